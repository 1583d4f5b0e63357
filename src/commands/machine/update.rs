use anyhow::Result;

use crate::context::Context;
use crate::output::to_json;
use crate::proto::viam::app::v1::UpdateRobotRequest;
use crate::resolve::{self, require_non_empty};
use crate::rpc;

/// Rename a machine
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// Machine ID or name
    pub machine: String,

    /// New name
    #[arg(long, required = true)]
    pub name: String,
}

pub async fn run(ctx: &Context, args: UpdateArgs) -> Result<()> {
    require_non_empty(&args.name, "machine")?;
    let robot = resolve::machine(ctx, &args.machine).await?;
    let connection = ctx.connection().await?;

    let request = UpdateRobotRequest {
        id: robot.id,
        name: args.name,
        location: robot.location,
    };
    let updated = rpc!(connection, update_robot, request)
        .await?
        .robot
        .unwrap_or_default();

    ctx.printer.print(&to_json(&updated), || {
        let mut table = crate::output::Table::new(&["ID", "NAME", "LOCATION"]);
        table.row(vec![
            updated.id.clone(),
            updated.name.clone(),
            updated.location.clone(),
        ]);
        table
    })
}
