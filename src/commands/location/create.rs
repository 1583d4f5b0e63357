use anyhow::Result;

use crate::context::Context;
use crate::proto::viam::app::v1::CreateLocationRequest;
use crate::resolve::{self, require_non_empty};
use crate::rpc;

/// Create a location, optionally inside another one
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Name of the new location
    pub name: String,

    /// Parent location ID or name
    #[arg(long, value_name = "LOC")]
    pub parent: Option<String>,
}

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<()> {
    require_non_empty(&args.name, "location")?;
    let org_id = resolve::org_id(ctx, None).await?;
    let parent = match &args.parent {
        Some(parent) => Some(resolve::location(ctx, &org_id, parent).await?),
        None => None,
    };
    let connection = ctx.connection().await?;

    let request = CreateLocationRequest {
        organization_id: org_id,
        name: args.name,
        parent_location_id: parent.as_ref().map(|p| p.id.clone()),
    };
    let location = rpc!(connection, create_location, request)
        .await?
        .location
        .unwrap_or_default();

    let parent_name = parent.as_ref().map(|p| p.name.as_str()).unwrap_or_default();
    ctx.printer.print(&super::redacted_json(&location), || {
        super::location_detail(&location, parent_name)
    })
}
