use anyhow::Result;

use crate::context::Context;
use crate::proto::viam::app::v1::GetRobotPartsRequest;
use crate::{resolve, rpc};

/// List the parts of a machine
#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Machine ID or name
    #[arg(long, short = 'm', value_name = "M")]
    pub machine: String,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let robot = resolve::machine(ctx, &args.machine).await?;
    let connection = ctx.connection().await?;

    let request = GetRobotPartsRequest { robot_id: robot.id };
    let parts = rpc!(connection, get_robot_parts, request).await?.parts;

    let data = serde_json::Value::Array(parts.iter().map(super::part_json).collect());
    ctx.printer.print(&data, || super::parts_table(&parts))
}
