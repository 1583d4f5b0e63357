use anyhow::Result;

use crate::context::Context;
use crate::proto::viam::app::v1::{GetRobotPartRequest, NewRobotPartRequest};
use crate::{resolve, rpc};

/// Add a part to a machine
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Name of the new part
    pub name: String,

    /// Machine ID or name
    #[arg(long, short = 'm', value_name = "M")]
    pub machine: String,
}

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<()> {
    resolve::require_non_empty(&args.name, "part")?;
    let robot = resolve::machine(ctx, &args.machine).await?;
    let connection = ctx.connection().await?;

    let request = NewRobotPartRequest {
        robot_id: robot.id,
        part_name: args.name,
    };
    let part_id = rpc!(connection, new_robot_part, request).await?.part_id;
    let part = rpc!(
        connection,
        get_robot_part,
        GetRobotPartRequest { id: part_id }
    )
    .await?
    .part
    .unwrap_or_default();

    ctx.printer
        .print(&super::part_json(&part), || super::part_detail(&part))
}
