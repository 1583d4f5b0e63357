use anyhow::Result;

use crate::cli::Confirm;
use crate::context::Context;
use crate::proto::viam::app::v1::DeleteRobotPartRequest;
use crate::rpc;

/// Delete a part (a main part only once it is the machine's last)
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    #[command(flatten)]
    pub part: super::PartRef,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;
    ctx.confirm(
        args.confirm.yes,
        &format!("delete part \"{}\" ({})", part.name, part.id),
    )?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        delete_robot_part,
        DeleteRobotPartRequest {
            part_id: part.id.clone()
        }
    )
    .await?;

    ctx.printer
        .notice(&format!("deleted part \"{}\" ({})", part.name, part.id));
    Ok(())
}
