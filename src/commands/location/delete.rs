use anyhow::Result;

use crate::cli::Confirm;
use crate::context::Context;
use crate::proto::viam::app::v1::DeleteLocationRequest;
use crate::{resolve, rpc};

/// Delete an empty location (one with no machines and no child locations)
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// Location ID or name
    pub location: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let location = resolve::location(ctx, &org_id, &args.location).await?;
    ctx.confirm(
        args.confirm.yes,
        &format!("delete location \"{}\" ({})", location.name, location.id),
    )?;
    let connection = ctx.connection().await?;

    let request = DeleteLocationRequest {
        location_id: location.id.clone(),
    };
    rpc!(connection, delete_location, request).await?;

    ctx.printer.notice(&format!(
        "deleted location \"{}\" ({})",
        location.name, location.id
    ));
    Ok(())
}
