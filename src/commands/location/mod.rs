//! `viamctl location`: locations, their nesting and their secrets.

mod create;
mod delete;
mod get;
mod list;
mod secret;
mod update;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::output::{Table, cell, time_cell};
use crate::proto::viam::app::v1::Location;

#[derive(Subcommand, Debug)]
pub enum LocationCommand {
    List(list::ListArgs),
    Get(get::GetArgs),
    Create(create::CreateArgs),
    Update(update::UpdateArgs),
    Delete(delete::DeleteArgs),
    Secrets(secret::SecretsArgs),
    /// Create or delete location secrets
    #[command(subcommand)]
    Secret(secret::SecretCommand),
}

pub async fn run(ctx: &Context, command: LocationCommand) -> Result<()> {
    match command {
        LocationCommand::List(args) => list::run(ctx, args).await,
        LocationCommand::Get(args) => get::run(ctx, args).await,
        LocationCommand::Create(args) => create::run(ctx, args).await,
        LocationCommand::Update(args) => update::run(ctx, args).await,
        LocationCommand::Delete(args) => delete::run(ctx, args).await,
        LocationCommand::Secrets(args) => secret::list(ctx, args).await,
        LocationCommand::Secret(command) => secret::run(ctx, command).await,
    }
}

/// Shows a location without its secrets, which only `location secrets` prints.
fn redacted_json(location: &Location) -> serde_json::Value {
    let mut value = crate::output::to_json(location);
    if let Some(object) = value.as_object_mut() {
        object.remove("auth");
    }
    value
}

fn location_detail(location: &Location, parent_name: &str) -> Table {
    let mut table = Table::new(&["FIELD", "VALUE"]);
    table.row(vec!["id".into(), location.id.clone()]);
    table.row(vec!["name".into(), location.name.clone()]);
    table.row(vec!["parent".into(), cell(parent_name)]);
    table.row(vec![
        "parent_location_id".into(),
        cell(&location.parent_location_id),
    ]);
    table.row(vec!["robot_count".into(), location.robot_count.to_string()]);
    table.row(vec![
        "created_on".into(),
        time_cell(location.created_on.as_ref()),
    ]);
    table
}
