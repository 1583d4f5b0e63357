//! Placeholder for the emulator while it is built on its own branch.

use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

#[derive(clap::Subcommand, Debug)]
pub enum EmulatorCommand {
    /// Serve the emulated API
    Serve,
}

pub async fn run(_command: EmulatorCommand) -> Result<()> {
    bail!("the emulator is not built into this binary yet")
}

pub struct LocalEmulator {
    pub url: String,
    pub key_id: String,
    pub key: String,
}

pub async fn start_local(_data: &Path) -> Result<LocalEmulator> {
    bail!("the emulator is not built into this binary yet")
}

pub fn default_data_path() -> Result<PathBuf> {
    bail!("the emulator is not built into this binary yet")
}
