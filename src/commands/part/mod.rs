//! `viamctl part`: machine parts, their configs, history, secrets and logs.

mod config;
mod create;
mod delete;
mod get;
mod history;
mod list;
mod logs;
mod restart;
mod secret;
mod set_main;
mod update;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::output::{Table, cell, time_cell};
use crate::proto::viam::app::v1::RobotPart;

#[derive(Subcommand, Debug)]
pub enum PartCommand {
    List(list::ListArgs),
    Get(get::GetArgs),
    GetByName(get::GetByNameArgs),
    Create(create::CreateArgs),
    Update(update::UpdateArgs),
    Delete(delete::DeleteArgs),
    SetMain(set_main::SetMainArgs),
    Restart(restart::RestartArgs),
    History(history::HistoryArgs),
    Logs(logs::LogsArgs),
    /// Create or delete part secrets
    #[command(subcommand)]
    Secret(secret::SecretCommand),
    /// Edit a part's config
    #[command(subcommand)]
    Config(config::ConfigCommand),
}

pub async fn run(ctx: &Context, command: PartCommand) -> Result<()> {
    match command {
        PartCommand::List(args) => list::run(ctx, args).await,
        PartCommand::Get(args) => get::run(ctx, args).await,
        PartCommand::GetByName(args) => get::run_by_name(ctx, args).await,
        PartCommand::Create(args) => create::run(ctx, args).await,
        PartCommand::Update(args) => update::run(ctx, args).await,
        PartCommand::Delete(args) => delete::run(ctx, args).await,
        PartCommand::SetMain(args) => set_main::run(ctx, args).await,
        PartCommand::Restart(args) => restart::run(ctx, args).await,
        PartCommand::History(args) => history::run(ctx, args).await,
        PartCommand::Logs(args) => logs::run(ctx, args).await,
        PartCommand::Secret(command) => secret::run(ctx, command).await,
        PartCommand::Config(command) => config::run(ctx, command).await,
    }
}

/// How a command names a part: its ID, a name with `--machine`, or `--machine` alone for the
/// machine's main part.
#[derive(clap::Args, Debug, Clone)]
pub struct PartRef {
    /// Part ID, or part name with `--machine` (omit it to use the machine's main part)
    pub part: Option<String>,

    /// Machine ID or name the part belongs to
    #[arg(long, short = 'm', value_name = "M")]
    pub machine: Option<String>,
}

impl PartRef {
    pub async fn resolve(&self, ctx: &Context) -> Result<RobotPart> {
        crate::resolve::part(ctx, self.part.as_deref(), self.machine.as_deref()).await
    }
}

/// Renders a part without `secret` and `secrets`, which only the secret commands print.
pub fn part_json(part: &RobotPart) -> serde_json::Value {
    let mut value = crate::output::to_json(part);
    if let Some(object) = value.as_object_mut() {
        object.remove("secret");
        object.remove("secrets");
    }
    value
}

fn part_detail(part: &RobotPart) -> Table {
    let mut table = Table::new(&["FIELD", "VALUE"]);
    table.row(vec!["id".into(), part.id.clone()]);
    table.row(vec!["name".into(), part.name.clone()]);
    table.row(vec!["machine".into(), part.robot.clone()]);
    table.row(vec!["location".into(), part.location_id.clone()]);
    table.row(vec!["main".into(), part.main_part.to_string()]);
    table.row(vec![
        "state".into(),
        crate::commands::machine::online_word(part.online_state).into(),
    ]);
    table.row(vec!["fqdn".into(), cell(&part.fqdn)]);
    table.row(vec!["local_fqdn".into(), cell(&part.local_fqdn)]);
    table.row(vec![
        "last_access".into(),
        time_cell(part.last_access.as_ref()),
    ]);
    table.row(vec![
        "last_updated".into(),
        time_cell(part.last_updated.as_ref()),
    ]);
    table.row(vec![
        "created_on".into(),
        time_cell(part.created_on.as_ref()),
    ]);
    table
}

fn parts_table(parts: &[RobotPart]) -> Table {
    let mut table = Table::new(&["ID", "NAME", "MAIN", "STATE", "LAST_UPDATED"]);
    for part in parts {
        table.row(vec![
            part.id.clone(),
            part.name.clone(),
            if part.main_part { "yes" } else { "no" }.into(),
            crate::commands::machine::online_word(part.online_state).into(),
            time_cell(part.last_updated.as_ref()),
        ]);
    }
    table
}

/// Returns the part's config as JSON, `{}` when it has none.
pub fn config_json(part: &RobotPart) -> serde_json::Value {
    part.robot_config
        .as_ref()
        .map(crate::structjson::struct_to_json)
        .unwrap_or_else(|| serde_json::json!({}))
}
