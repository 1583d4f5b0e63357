//! A local, offline implementation of Viam's fleet-management API.
//!
//! `viamctl emulator serve` runs it as a server, and [`start_local`] runs it inside the CLI
//! process for `viamctl --local`. Both keep their state in an SQLite file (see [`store`]).

mod accept_invite;
mod access;
mod app_service;
mod auth;
mod demo;
mod error;
mod handler;
mod ids;
mod log;
mod request_log;
mod robot_service;
mod rules;
mod seed;
mod serve;
mod server;
mod store;
mod token;

#[cfg(test)]
mod part_tests;
#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use store::Store;

pub use accept_invite::AcceptInviteArgs;
pub use log::LogArgs;
pub use serve::ServeArgs;

/// Name of the data file inside the data directory.
const DATA_FILE_NAME: &str = "emulator.sqlite3";

/// Subcommands of `viamctl emulator`.
#[derive(clap::Subcommand, Debug)]
pub enum EmulatorCommand {
    Serve(ServeArgs),
    AcceptInvite(AcceptInviteArgs),
    Log(LogArgs),
}

/// Runs a `viamctl emulator` subcommand.
pub async fn run(ctx: &crate::context::Context, command: EmulatorCommand) -> anyhow::Result<()> {
    match command {
        EmulatorCommand::Serve(args) => serve::run(args).await,
        EmulatorCommand::AcceptInvite(args) => accept_invite::run(args).await,
        EmulatorCommand::Log(args) => log::run(ctx, args).await,
    }
}

/// An emulator serving on a loopback port inside this process, for `viamctl --local`.
pub struct LocalEmulator {
    /// Endpoint such as `http://127.0.0.1:PORT`.
    pub url: String,
    pub key_id: String,
    pub key: String,
    _server: JoinHandle<()>,
}

/// Opens (creating if needed) the data file, seeds the demo fleet when the file is new,
/// binds 127.0.0.1:0 and serves in a spawned tokio task until the process exits. Demo
/// machines in the file upload log entries meanwhile.
///
/// The server logs through `tracing` like `serve` does, but installs no subscriber.
pub async fn start_local(data: &Path) -> anyhow::Result<LocalEmulator> {
    let (store, prepared) = open_prepared(data.to_owned(), DemoSeed::IfNew).await?;
    let listener = TcpListener::bind(("127.0.0.1", 0))
        .await
        .context("failed to listen on a loopback port for the local emulator")?;
    let port = listener.local_addr()?.port();
    demo::spawn(Arc::clone(&store), false);

    let server = tokio::spawn(async move {
        let forever = std::future::pending::<()>();
        if let Err(error) = server::serve(store, prepared.signing_key, listener, forever).await {
            tracing::error!(error = format!("{error:#}"), "local emulator stopped");
        }
    });
    Ok(LocalEmulator {
        url: format!("http://127.0.0.1:{port}"),
        key_id: prepared.key.id,
        key: prepared.key.key,
        _server: server,
    })
}

/// Default data file: `emulator.sqlite3` in the user's data directory for viamctl (on Linux
/// `~/.local/share/viamctl`), or in the directory named by `VIAMCTL_DATA_DIR` when that is set.
pub fn default_data_path() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os("VIAMCTL_DATA_DIR").filter(|dir| !dir.is_empty()) {
        return Ok(PathBuf::from(dir).join(DATA_FILE_NAME));
    }
    let dirs = directories::ProjectDirs::from("", "", "viamctl").context(
        "cannot find the user's data directory for the emulator: set `VIAMCTL_DATA_DIR` or \
         pass `--data`",
    )?;
    Ok(dirs.data_dir().join(DATA_FILE_NAME))
}

/// When to seed the demo fleet while opening a data file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum DemoSeed {
    /// Seed it unless this file already has it.
    Yes,
    /// Seed it only into a file created by this open.
    IfNew,
    No,
}

impl From<bool> for DemoSeed {
    fn from(demo: bool) -> Self {
        if demo { DemoSeed::Yes } else { DemoSeed::No }
    }
}

/// Opens the data file at `path` and prepares it for serving, off the async threads because
/// SQLite may wait for another process's lock.
async fn open_prepared(
    path: PathBuf,
    demo: DemoSeed,
) -> anyhow::Result<(Arc<Store>, seed::Prepared)> {
    tokio::task::spawn_blocking(move || {
        let store = Store::open(&path)?;
        let seed_demo = match demo {
            DemoSeed::Yes => true,
            DemoSeed::IfNew => store.created(),
            DemoSeed::No => false,
        };
        let prepared = seed::prepare(&store, seed_demo)
            .with_context(|| format!("failed to prepare data file {}", path.display()))?;
        Ok((Arc::new(store), prepared))
    })
    .await
    .context("opening the data file failed")?
}
