use std::path::PathBuf;

use anyhow::Result;

use crate::context::Context;
use crate::proto::viam::app::v1::GetRobotPartByNameAndLocationRequest;
use crate::{resolve, rpc};

/// Show a part, or write its config to a file
#[derive(clap::Args, Debug)]
pub struct GetArgs {
    #[command(flatten)]
    pub part: super::PartRef,

    /// Write the part's config as JSON to FILE (atomically) instead of showing the part
    #[arg(long, value_name = "FILE")]
    pub config_out: Option<PathBuf>,

    /// Spaces per indentation level in `--config-out`
    #[arg(long, default_value_t = 4, value_name = "N", requires = "config_out")]
    pub indent: usize,
}

/// Show a part found by its name within a location
#[derive(clap::Args, Debug)]
pub struct GetByNameArgs {
    /// Part name
    pub name: String,
}

pub async fn run(ctx: &Context, args: GetArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;

    if let Some(path) = &args.config_out {
        let text = crate::config::render(&super::config_json(&part), args.indent)?;
        crate::config::write_atomically(path, &text)?;
        ctx.printer.notice(&format!(
            "wrote the config of part \"{}\" to {}",
            part.name,
            path.display()
        ));
        return Ok(());
    }
    ctx.printer
        .print(&super::part_json(&part), || super::part_detail(&part))
}

pub async fn run_by_name(ctx: &Context, args: GetByNameArgs) -> Result<()> {
    resolve::require_non_empty(&args.name, "part")?;
    let org_id = resolve::org_id(ctx, None).await?;
    let location = resolve::default_location(ctx, &org_id)
        .await?
        .ok_or_else(|| {
            crate::error::UserError::usage("no location given").with_hint("pass `--location LOC`")
        })?;
    let connection = ctx.connection().await?;

    let request = GetRobotPartByNameAndLocationRequest {
        name: args.name,
        location_id: location.id,
    };
    let part = rpc!(connection, get_robot_part_by_name_and_location, request)
        .await?
        .part
        .unwrap_or_default();

    ctx.printer
        .print(&super::part_json(&part), || super::part_detail(&part))
}
