use anyhow::Result;

use crate::context::Context;
use crate::output::list_to_json;
use crate::proto::viam::app::v1::ListOrganizationsRequest;
use crate::rpc;

/// List the organizations the API key can see
#[derive(clap::Args, Debug)]
pub struct ListArgs {}

pub async fn run(ctx: &Context, _args: ListArgs) -> Result<()> {
    let connection = ctx.connection().await?;

    let organizations = rpc!(connection, list_organizations, ListOrganizationsRequest {})
        .await?
        .organizations;

    ctx.printer.print(&list_to_json(&organizations), || {
        super::org_table(&organizations)
    })
}
