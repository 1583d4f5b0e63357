use anyhow::Result;

use crate::cli::Confirm;
use crate::context::Context;
use crate::proto::viam::app::v1::DeleteRobotRequest;
use crate::{resolve, rpc};

/// Delete a machine and all its parts
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// Machine ID or name
    pub machine: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let robot = resolve::machine(ctx, &args.machine).await?;
    ctx.confirm(
        args.confirm.yes,
        &format!("delete machine \"{}\" ({})", robot.name, robot.id),
    )?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        delete_robot,
        DeleteRobotRequest {
            id: robot.id.clone()
        }
    )
    .await?;

    ctx.printer.notice(&format!(
        "deleted machine \"{}\" ({})",
        robot.name, robot.id
    ));
    Ok(())
}
