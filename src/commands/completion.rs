use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use clap::{CommandFactory, ValueEnum};
use clap_complete::Shell;

use crate::cli::Cli;
use crate::context::Context;
use crate::error::UserError;

/// Print a completion script for a shell
#[derive(clap::Args, Debug)]
pub struct CompletionArgs {
    /// Shell to complete for
    #[arg(required_unless_present = "write_docs")]
    pub shell: Option<Shell>,

    /// Write every completion script to DIR/completions and the man pages to DIR/man
    #[arg(long, value_name = "DIR", hide = true, conflicts_with = "shell")]
    pub write_docs: Option<PathBuf>,
}

pub fn run(ctx: &Context, args: CompletionArgs) -> Result<()> {
    if let Some(dir) = args.write_docs {
        return write_docs(ctx, &dir);
    }
    let Some(shell) = args.shell else {
        return Err(UserError::usage("missing shell")
            .with_hint("pass bash, zsh, fish, powershell or elvish")
            .into());
    };
    let mut command = Cli::command();
    // clap_complete panics when its writer fails, so the script is generated in memory and a
    // closed stdout (`| head`) surfaces as an ordinary write error.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "viamctl", &mut script);
    let mut out = std::io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(())
}

/// Generates the files committed under `completions/` and `man/`.
fn write_docs(ctx: &Context, dir: &Path) -> Result<()> {
    let completions = dir.join("completions");
    let man = dir.join("man");
    for folder in [&completions, &man] {
        if folder.exists() {
            std::fs::remove_dir_all(folder)
                .with_context(|| format!("failed to clear {}", folder.display()))?;
        }
        std::fs::create_dir_all(folder)
            .with_context(|| format!("failed to create {}", folder.display()))?;
    }

    let mut command = Cli::command();
    for shell in Shell::value_variants() {
        clap_complete::generate_to(*shell, &mut command, "viamctl", &completions)
            .with_context(|| format!("failed to write the {shell} completion script"))?;
    }

    command.build();
    write_man_pages(&command, "viamctl", &man)?;

    ctx.printer.notice(&format!(
        "wrote {} and {}",
        completions.display(),
        man.display()
    ));
    Ok(())
}

/// Writes one man page per command, named like `viamctl-org-list.1`.
fn write_man_pages(command: &clap::Command, name: &str, dir: &Path) -> Result<()> {
    let page = command.clone().name(name.to_string());
    let mut buffer = Vec::new();
    clap_mangen::Man::new(page).render(&mut buffer)?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, buffer).with_context(|| format!("failed to write {}", path.display()))?;

    for sub in command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_man_pages(sub, &format!("{name}-{}", sub.get_name()), dir)?;
    }
    Ok(())
}
