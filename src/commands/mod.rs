//! The command tree: each noun is a module whose `mod.rs` holds its subcommand enum and
//! dispatch, with one file per verb.

pub mod completion;
pub mod fragment;
pub mod key;
pub mod location;
pub mod machine;
pub mod module;
pub mod org;
pub mod part;
pub mod profile;
pub mod role;

use anyhow::Result;

use crate::cli::{Cli, Command};
use crate::context::Context;
use crate::error::{Exit, UserError};

/// Runs the parsed command under the `--timeout` limit, ending with exit code 130 on Ctrl-C.
pub async fn run(cli: Cli) -> Result<()> {
    let timeout = cli.global.timeout;
    let following =
        matches!(&cli.command, Command::Part(part::PartCommand::Logs(args)) if args.follow);
    let serving = matches!(
        cli.command,
        Command::Emulator(crate::emulator::EmulatorCommand::Serve(_))
    );
    let bounded = !following && !serving && !matches!(cli.command, Command::Profile(_));
    let ctx = Context::new(cli.global);
    let work = dispatch(&ctx, cli.command);

    tokio::select! {
        result = async {
            if bounded {
                tokio::time::timeout(timeout, work).await.unwrap_or_else(|_| {
                    Err(UserError::new(Exit::Unavailable, format!("timed out after {}", humantime::format_duration(timeout)))
                        .with_hint("the server did not answer in time; raise the limit with `--timeout`")
                        .into())
                })
            } else {
                work.await
            }
        } => result,
        _ = tokio::signal::ctrl_c() => Err(UserError::new(Exit::Interrupted, "interrupted").into()),
    }
}

async fn dispatch(ctx: &Context, command: Command) -> Result<()> {
    match command {
        Command::Org(command) => org::run(ctx, command).await,
        Command::Location(command) => location::run(ctx, command).await,
        Command::Machine(command) => machine::run(ctx, command).await,
        Command::Part(command) => part::run(ctx, command).await,
        Command::Fragment(command) => fragment::run(ctx, command).await,
        Command::Module(command) => module::run(ctx, command).await,
        Command::Role(command) => role::run(ctx, command).await,
        Command::Key(command) => key::run(ctx, command).await,
        Command::Profile(command) => profile::run(ctx, command).await,
        Command::Emulator(command) => crate::emulator::run(ctx, command).await,
        Command::Completion(args) => completion::run(ctx, args),
    }
}
