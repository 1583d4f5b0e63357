use anyhow::Result;

use crate::cli::Confirm;
use crate::context::Context;
use crate::proto::viam::app::v1::DeleteOrganizationRequest;
use crate::{resolve, rpc};

/// Delete an organization and everything in it
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// Organization ID or name
    pub org: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let org = resolve::organization(ctx, Some(&args.org)).await?;
    ctx.confirm(
        args.confirm.yes,
        &format!("delete organization \"{}\" ({})", org.name, org.id),
    )?;
    let connection = ctx.connection().await?;

    let request = DeleteOrganizationRequest {
        organization_id: org.id.clone(),
    };
    rpc!(connection, delete_organization, request).await?;

    ctx.printer.notice(&format!(
        "deleted organization \"{}\" ({})",
        org.name, org.id
    ));
    Ok(())
}
