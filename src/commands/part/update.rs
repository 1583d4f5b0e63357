use anyhow::Result;

use crate::context::Context;
use crate::error::UserError;
use crate::proto::viam::app::v1::{RobotPart, UpdateRobotPartRequest};
use crate::{resolve, rpc};

/// Rename a part or replace its config
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub part: super::PartRef,

    /// New name
    #[arg(long)]
    pub name: Option<String>,

    /// New config: a JSON file, or `-` for stdin
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,

    /// Overwrite even if the part changed since it was read
    #[arg(long)]
    pub force: bool,
}

pub async fn run(ctx: &Context, args: UpdateArgs) -> Result<()> {
    if args.name.is_none() && args.config.is_none() {
        return Err(UserError::usage("nothing to update")
            .with_hint("pass `--name` or `--config FILE`")
            .into());
    }
    if let Some(name) = &args.name {
        resolve::require_non_empty(name, "part")?;
    }
    let config = match &args.config {
        Some(source) => {
            let (object, config) = crate::config::read(source)?;
            reject_part_record(source, &object)?;
            Some(config)
        }
        None => None,
    };
    let part = args.part.resolve(ctx).await?;

    let updated = send_update(ctx, &part, args.name, config, args.force).await?;

    ctx.printer
        .print(&super::part_json(&updated), || super::part_detail(&updated))
}

/// Rejects a file containing a whole part record, as `part get -o json` prints it, which would
/// otherwise become the machine's config. A part config never has these fields at its top.
fn reject_part_record(
    source: &str,
    object: &serde_json::Map<String, serde_json::Value>,
) -> Result<()> {
    let part_fields = ["robot_config_json", "robot_config", "fqdn", "main_part"];
    if !part_fields.iter().any(|field| object.contains_key(*field)) {
        return Ok(());
    }
    Err(UserError::usage(format!(
        "invalid config `{source}`: it contains a whole part record (as `part get -o json` prints it), not a part config"
    ))
    .with_hint("write the config alone with `viamctl part get PART --config-out FILE`, edit it, and pass that file")
    .into())
}

/// Sends an update that keeps what is not given. Unless `force`, it carries the part's
/// `last_updated` as `last_known_update`, so a change made meanwhile is a conflict (exit 5).
pub async fn send_update(
    ctx: &Context,
    part: &RobotPart,
    name: Option<String>,
    config: Option<prost_types::Struct>,
    force: bool,
) -> Result<RobotPart> {
    let connection = ctx.connection().await?;
    let request = UpdateRobotPartRequest {
        id: part.id.clone(),
        name: name.unwrap_or_else(|| part.name.clone()),
        robot_config: config
            .or_else(|| part.robot_config.clone())
            .or_else(|| Some(Default::default())),
        last_known_update: if force { None } else { part.last_updated },
        robot_config_json: None,
    };
    match rpc!(connection, update_robot_part, request).await {
        Ok(response) => Ok(response.part.unwrap_or_default()),
        Err(error) if crate::error::exit_for(&error) == crate::error::Exit::Conflict => Err(error
            .context(
                UserError::new(
                    crate::error::Exit::Conflict,
                    format!(
                        "part \"{}\" was changed by someone else since it was read",
                        part.name
                    ),
                )
                .with_hint("read it again and reapply the change, or pass `--force` to overwrite"),
            )),
        Err(error) => Err(error),
    }
}
