use anyhow::Result;

use crate::context::Context;
use crate::error::UserError;
use crate::output::to_json;
use crate::proto::viam::app::v1::UpdateOrganizationRequest;
use crate::{resolve, rpc};

/// Change an organization's name, namespace, region or CID; only the flags given are sent
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// Organization ID or name (default: `--org`, the profile's, or the only one visible)
    pub org: Option<String>,

    /// New name
    #[arg(long)]
    pub name: Option<String>,

    /// Public namespace; it can be set only once
    #[arg(long)]
    pub namespace: Option<String>,

    /// Default region
    #[arg(long)]
    pub region: Option<String>,

    /// Customer ID used for billing
    #[arg(long)]
    pub cid: Option<String>,
}

pub async fn run(ctx: &Context, args: UpdateArgs) -> Result<()> {
    if args.name.is_none()
        && args.namespace.is_none()
        && args.region.is_none()
        && args.cid.is_none()
    {
        return Err(UserError::usage("nothing to update")
            .with_hint("pass at least one of `--name`, `--namespace`, `--region` or `--cid`")
            .into());
    }
    if let Some(name) = &args.name {
        crate::resolve::require_non_empty(name, "organization")?;
    }
    if let Some(namespace) = &args.namespace {
        super::validate_namespace(namespace)?;
    }
    let org_id = resolve::org_id(ctx, args.org.as_deref()).await?;
    let connection = ctx.connection().await?;

    let request = UpdateOrganizationRequest {
        organization_id: org_id,
        name: args.name,
        public_namespace: args.namespace,
        region: args.region,
        cid: args.cid,
        ..Default::default()
    };
    let org = rpc!(connection, update_organization, request)
        .await?
        .organization
        .unwrap_or_default();

    ctx.printer
        .print(&to_json(&org), || super::org_detail(&org))
}
