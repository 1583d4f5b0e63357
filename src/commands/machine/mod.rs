//! `viamctl machine`: machines (robots, in the API's words) and their parts.

mod create;
mod delete;
mod get;
mod list;
mod update;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::proto::viam::app::v1::OnlineState;

#[derive(Subcommand, Debug)]
pub enum MachineCommand {
    List(list::ListArgs),
    Get(get::GetArgs),
    Create(create::CreateArgs),
    Update(update::UpdateArgs),
    Delete(delete::DeleteArgs),
}

pub async fn run(ctx: &Context, command: MachineCommand) -> Result<()> {
    match command {
        MachineCommand::List(args) => list::run(ctx, args).await,
        MachineCommand::Get(args) => get::run(ctx, args).await,
        MachineCommand::Create(args) => create::run(ctx, args).await,
        MachineCommand::Update(args) => update::run(ctx, args).await,
        MachineCommand::Delete(args) => delete::run(ctx, args).await,
    }
}

/// Returns a short word for an online state, as a table shows it.
pub fn online_word(state: i32) -> &'static str {
    match OnlineState::try_from(state) {
        Ok(OnlineState::Online) => "online",
        Ok(OnlineState::Offline) => "offline",
        Ok(OnlineState::AwaitingSetup) => "awaiting setup",
        _ => "-",
    }
}
