use anyhow::Result;

use crate::context::Context;
use crate::output::to_json;
use crate::proto::viam::app::v1::GetOrganizationRequest;
use crate::{resolve, rpc};

/// Show one organization
#[derive(clap::Args, Debug)]
pub struct GetArgs {
    /// Organization ID or name (default: `--org`, the profile's, or the only one visible)
    pub org: Option<String>,
}

pub async fn run(ctx: &Context, args: GetArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, args.org.as_deref()).await?;
    let connection = ctx.connection().await?;

    let request = GetOrganizationRequest {
        organization_id: org_id,
    };
    let org = rpc!(connection, get_organization, request)
        .await?
        .organization
        .unwrap_or_default();

    ctx.printer
        .print(&to_json(&org), || super::org_detail(&org))
}
