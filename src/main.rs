//! viamctl: a command-line tool for Viam's fleet management API.

mod cli;
mod client;
mod commands;
mod config;
mod context;
mod emulator;
mod error;
mod grant;
mod output;
mod profile;
mod proto;
mod resolve;
mod structjson;

use std::io::Write as _;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::Cli;
use crate::error::Exit;

fn main() -> ExitCode {
    // Scripts call `viamctl --version` to probe for the tool. Printing the version before clap
    // builds the whole command tree keeps that call close to a bare process start.
    if let [_, flag] = std::env::args_os().collect::<Vec<_>>().as_slice()
        && (flag == "--version" || flag == "-V")
    {
        // A closed stdout is not an error here either.
        let _ = writeln!(std::io::stdout(), "viamctl {}", env!("CARGO_PKG_VERSION"));
        return ExitCode::SUCCESS;
    }
    let cli = Cli::parse();
    let serving = matches!(cli.command, cli::Command::Emulator(_));
    init_tracing(cli.global.verbose, serving);

    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: failed to start the async runtime: {error}");
            return ExitCode::from(Exit::Failure as u8);
        }
    };
    let result = runtime.block_on(commands::run(cli));
    // Background tasks (an in-process emulator, a pending connection) must not hold up exit.
    runtime.shutdown_background();

    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) if error::is_broken_pipe(&error) => ExitCode::SUCCESS,
        Err(error) => {
            error::print(&error);
            ExitCode::from(error::exit_for(&error) as u8)
        }
    }
}

/// Sends `tracing` output to stderr: warnings by default (the emulator's request log when
/// serving), requests with `-v`, everything with `-vv`. `RUST_LOG` overrides these.
///
/// Without `-v`, the warnings of an in-process emulator (`--local`) are left out, because each
/// one repeats an error that the command itself prints.
fn init_tracing(verbose: u8, serving: bool) {
    let default = match verbose {
        0 if serving => "info",
        0 => "warn,viamctl::emulator=error",
        1 => "viamctl=debug",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(
            std::io::IsTerminal::is_terminal(&std::io::stderr())
                && std::env::var_os("NO_COLOR").is_none(),
        )
        .with_target(false)
        .init();
}
