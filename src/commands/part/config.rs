use std::process::Command;

use anyhow::{Context as _, Result};
use clap::Subcommand;

use crate::context::Context;
use crate::error::{Exit, UserError};

#[derive(Subcommand, Debug)]
pub enum ConfigCommand {
    Edit(EditArgs),
}

/// Open a part's config in `$VISUAL` or `$EDITOR` and send it if it changed
#[derive(clap::Args, Debug)]
pub struct EditArgs {
    #[command(flatten)]
    pub part: super::PartRef,

    /// Overwrite even if the part changed while it was being edited
    #[arg(long)]
    pub force: bool,
}

pub async fn run(ctx: &Context, command: ConfigCommand) -> Result<()> {
    match command {
        ConfigCommand::Edit(args) => edit(ctx, args).await,
    }
}

async fn edit(ctx: &Context, args: EditArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;
    let original = super::config_json(&part);
    let file = tempfile::Builder::new()
        .prefix(&format!("viamctl-{}-", part.name))
        .suffix(".json")
        .tempfile()
        .context("failed to create a file to edit")?;
    std::fs::write(file.path(), crate::config::render(&original, 2)?)?;

    run_editor(file.path())?;

    let text = std::fs::read_to_string(file.path()).context("failed to read the edited config")?;
    let label = file.path().display().to_string();
    let edited = match crate::config::parse(&label, &text) {
        Ok(edited) => edited,
        Err(error) => {
            let (_, kept) = file.keep().context("failed to keep the edited file")?;
            return Err(error.context(UserError::usage("the edited config is invalid; nothing was sent").with_hint(
                format!("your edit is saved in {}; fix it and apply it with `viamctl part update {} --config {}`", kept.display(), part.id, kept.display()),
            )));
        }
    };
    if serde_json::Value::Object(edited.clone()) == original {
        ctx.printer.notice("no changes; nothing was sent");
        return Ok(());
    }
    let config = crate::structjson::json_to_struct(&edited)
        .map_err(|error| UserError::usage(error.to_string()))?;

    let updated = super::update::send_update(ctx, &part, None, Some(config), args.force).await;

    match updated {
        Ok(updated) => {
            ctx.printer
                .notice(&format!("updated the config of part \"{}\"", updated.name));
            Ok(())
        }
        Err(error) => {
            let exit = crate::error::exit_for(&error);
            let (_, kept) = file.keep().context("failed to keep the edited file")?;
            Err(error.context(UserError::new(
                exit,
                format!("your edit is saved in {}", kept.display()),
            )))
        }
    }
}

/// Runs `$VISUAL`, else `$EDITOR`, else `vi`, through the shell so the variable may carry
/// arguments (`code --wait`).
fn run_editor(path: &std::path::Path) -> Result<()> {
    let editor = std::env::var("VISUAL")
        .ok()
        .filter(|v| !v.trim().is_empty())
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|v| !v.trim().is_empty())
        })
        .unwrap_or_else(|| "vi".into());
    let status = Command::new("sh")
        .arg("-c")
        .arg(format!("{editor} \"$1\""))
        .arg("sh")
        .arg(path)
        .status()
        .with_context(|| format!("failed to start the editor `{editor}`"))?;
    if !status.success() {
        return Err(UserError::new(
            Exit::Failure,
            format!("the editor `{editor}` exited with {status}; nothing was sent"),
        )
        .into());
    }
    Ok(())
}
