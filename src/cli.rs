//! The top of the command tree and the flags every command accepts.

use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::commands::{fragment, key, location, machine, module, org, part, profile, role};
use crate::output::{ColorChoice, Format};

/// Manage a Viam robot fleet: organizations, locations, machines and their parts
#[derive(Parser, Debug)]
#[command(
    name = "viamctl",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command.
#[derive(Args, Debug, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (default: `VIAM_PROFILE`, then the key in `VIAM_API_KEY_ID` and
    /// `VIAM_API_KEY`, then the default profile)
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,

    /// Organization ID or name (default: the profile's, else the only one the key can see)
    #[arg(long, global = true, value_name = "ORG")]
    pub org: Option<String>,

    /// Location ID or name (default: the profile's)
    #[arg(long, global = true, value_name = "LOC")]
    pub location: Option<String>,

    /// Output format
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = Format::Table)]
    pub output: Format,

    /// When to colour output; `auto` honours `NO_COLOR`
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,

    /// Log each request (method, status, latency) to stderr; repeat for more detail
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// Time limit for the whole command, e.g. `30s` or `2m` (log streams are not limited)
    #[arg(long, global = true, value_name = "DURATION", default_value = "30s", value_parser = parse_duration)]
    pub timeout: Duration,

    /// API endpoint, e.g. `https://app.viam.com:443` or `http://127.0.0.1:8080` (default:
    /// `VIAM_APP_URL`, then the profile's)
    #[arg(long, global = true, value_name = "URL")]
    pub app_url: Option<String>,

    /// Run against an in-process emulator on the default data file (seeded with a demo fleet),
    /// as the owner key of that emulator
    #[arg(long, global = true, conflicts_with_all = ["profile", "app_url"])]
    pub local: bool,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Manage organizations, their members and invites
    #[command(subcommand)]
    Org(org::OrgCommand),
    /// Manage locations and their secrets
    #[command(subcommand)]
    Location(location::LocationCommand),
    /// Manage machines
    #[command(subcommand)]
    Machine(machine::MachineCommand),
    /// Manage machine parts, their configs, secrets and logs
    #[command(subcommand)]
    Part(part::PartCommand),
    /// Manage fragments: configuration shared by machines
    #[command(subcommand)]
    Fragment(fragment::FragmentCommand),
    /// Manage registry modules and upload their versions
    #[command(subcommand)]
    Module(module::ModuleCommand),
    /// Grant, revoke, list and check roles
    #[command(subcommand)]
    Role(role::RoleCommand),
    /// Manage API keys
    #[command(subcommand)]
    Key(key::KeyCommand),
    /// Manage the stored credentials (never contacts the API)
    #[command(subcommand)]
    Profile(profile::ProfileCommand),
    /// Run a local emulator of the fleet API
    #[command(subcommand)]
    Emulator(crate::emulator::EmulatorCommand),
    /// Print a shell completion script
    Completion(crate::commands::completion::CompletionArgs),
}

/// Parses a duration such as `30s`, `2m` or `1h30m`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    humantime::parse_duration(text).map_err(|error| {
        format!("invalid duration `{text}`: {error}; use a form such as 30s or 2m")
    })
}

/// Shared `--yes` flag of destructive commands.
#[derive(Args, Debug, Clone, Copy)]
pub struct Confirm {
    /// Do not ask for confirmation (required when stdin is not a terminal)
    #[arg(short, long)]
    pub yes: bool,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap checks the whole tree for clashes (such as a `--version` flag) only when it is built.
    #[test]
    fn command_tree_is_valid() {
        super::Cli::command().debug_assert();
    }
}
