use anyhow::Result;
use serde_json::Value;

use crate::context::Context;
use crate::output::{Table, cell, time_cell, to_json};
use crate::proto::viam::app::v1::{GetRobotPartsRequest, RobotPart};
use crate::{resolve, rpc};

/// Show a machine with its parts and online state (part secrets are not shown)
#[derive(clap::Args, Debug)]
pub struct GetArgs {
    /// Machine ID or name
    pub machine: String,
}

pub async fn run(ctx: &Context, args: GetArgs) -> Result<()> {
    let robot = resolve::machine(ctx, &args.machine).await?;
    let connection = ctx.connection().await?;

    let request = GetRobotPartsRequest {
        robot_id: robot.id.clone(),
    };
    let parts = rpc!(connection, get_robot_parts, request).await?.parts;

    let mut data = to_json(&robot);
    data["parts"] = Value::Array(parts.iter().map(part_without_secrets).collect());
    if ctx.printer.is_structured() {
        return ctx.printer.print_data(&data);
    }
    let mut detail = Table::new(&["FIELD", "VALUE"]);
    detail.row(vec!["id".into(), robot.id.clone()]);
    detail.row(vec!["name".into(), robot.name.clone()]);
    detail.row(vec!["location".into(), robot.location.clone()]);
    detail.row(vec![
        "state".into(),
        super::online_word(robot.online_state).into(),
    ]);
    detail.row(vec![
        "last_access".into(),
        time_cell(robot.last_access.as_ref()),
    ]);
    detail.row(vec![
        "created_on".into(),
        time_cell(robot.created_on.as_ref()),
    ]);
    ctx.printer.print_table(&detail)?;
    ctx.printer.print_text("")?;
    let mut table = Table::new(&["PART_ID", "PART", "MAIN", "STATE", "FQDN"]);
    for part in &parts {
        table.row(vec![
            part.id.clone(),
            part.name.clone(),
            if part.main_part { "yes" } else { "no" }.into(),
            super::online_word(part.online_state).into(),
            cell(&part.fqdn),
        ]);
    }
    ctx.printer.print_table(&table)
}

/// Renders a part without `secret` and `secrets`, which only the secret commands print.
pub fn part_without_secrets(part: &RobotPart) -> Value {
    let mut value = to_json(part);
    if let Some(object) = value.as_object_mut() {
        object.remove("secret");
        object.remove("secrets");
    }
    value
}
