use anyhow::Result;

use crate::context::Context;
use crate::output::to_json;
use crate::proto::viam::app::v1::CreateOrganizationRequest;
use crate::resolve::require_non_empty;
use crate::rpc;

/// Create an organization; the caller becomes its owner
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Name of the new organization
    pub name: String,
}

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<()> {
    require_non_empty(&args.name, "organization")?;
    let connection = ctx.connection().await?;

    let request = CreateOrganizationRequest { name: args.name };
    let org = rpc!(connection, create_organization, request)
        .await?
        .organization
        .unwrap_or_default();

    ctx.printer
        .print(&to_json(&org), || super::org_detail(&org))
}
