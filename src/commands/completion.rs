use anyhow::Result;
use clap::CommandFactory;
use clap_complete::Shell;

use crate::cli::Cli;
use crate::context::Context;

/// Print a completion script for a shell
#[derive(clap::Args, Debug)]
pub struct CompletionArgs {
    /// Shell to complete for
    pub shell: Shell,
}

pub fn run(_ctx: &Context, args: CompletionArgs) -> Result<()> {
    let mut command = Cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut command, "viamctl", &mut out);
    Ok(())
}
