use anyhow::Result;

use crate::context::Context;
use crate::error::UserError;
use crate::output::to_json;
use crate::proto::viam::app::v1::{GetRobotRequest, NewRobotRequest};
use crate::resolve::{self, require_non_empty};
use crate::rpc;

/// Create a machine in `--location`; it gets a main part named `<machine>-main`
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Name of the new machine
    pub name: String,
}

pub async fn run(ctx: &Context, args: CreateArgs) -> Result<()> {
    require_non_empty(&args.name, "machine")?;
    let org_id = resolve::org_id(ctx, None).await?;
    let location = resolve::default_location(ctx, &org_id).await?.ok_or_else(|| {
        UserError::usage("no location given for the new machine")
            .with_hint("pass `--location LOC`, or set a default with `viamctl profile update NAME --location LOC`")
    })?;
    let connection = ctx.connection().await?;

    let request = NewRobotRequest {
        name: args.name,
        location: location.id,
    };
    let id = rpc!(connection, new_robot, request).await?.id;
    let robot = rpc!(connection, get_robot, GetRobotRequest { id: id.clone() })
        .await?
        .robot
        .unwrap_or_default();

    ctx.printer.print(&to_json(&robot), || {
        let mut table = crate::output::Table::new(&["ID", "NAME", "LOCATION"]);
        table.row(vec![
            robot.id.clone(),
            robot.name.clone(),
            robot.location.clone(),
        ]);
        table
    })
}
