use anyhow::Result;

use crate::context::Context;
use crate::error::UserError;
use crate::proto::viam::app::v1::UpdateLocationRequest;
use crate::resolve::{self, require_non_empty};
use crate::rpc;

/// Rename a location or move it under another one
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// Location ID or name
    pub location: String,

    /// New name
    #[arg(long)]
    pub name: Option<String>,

    /// New parent location ID or name
    #[arg(long, value_name = "LOC", conflicts_with = "top_level")]
    pub parent: Option<String>,

    /// Move the location to the top level
    #[arg(long)]
    pub top_level: bool,
}

pub async fn run(ctx: &Context, args: UpdateArgs) -> Result<()> {
    if args.name.is_none() && args.parent.is_none() && !args.top_level {
        return Err(UserError::usage("nothing to update")
            .with_hint("pass `--name`, `--parent LOC` or `--top-level`")
            .into());
    }
    if let Some(name) = &args.name {
        require_non_empty(name, "location")?;
    }
    let org_id = resolve::org_id(ctx, None).await?;
    let location = resolve::location(ctx, &org_id, &args.location).await?;
    let parent = match &args.parent {
        Some(parent) => Some(resolve::location(ctx, &org_id, parent).await?),
        None => None,
    };
    if parent.as_ref().is_some_and(|p| p.id == location.id) {
        return Err(UserError::usage(format!(
            "location \"{}\" cannot be its own parent",
            location.name
        ))
        .into());
    }
    let connection = ctx.connection().await?;

    let parent_location_id = match (&parent, args.top_level) {
        (Some(parent), _) => Some(parent.id.clone()),
        (None, true) => Some(String::new()),
        (None, false) => None,
    };
    let request = UpdateLocationRequest {
        location_id: location.id,
        name: args.name,
        parent_location_id,
        region: None,
    };
    let updated = rpc!(connection, update_location, request)
        .await?
        .location
        .unwrap_or_default();

    let parent_name = parent.as_ref().map(|p| p.name.as_str()).unwrap_or_default();
    ctx.printer.print(&super::redacted_json(&updated), || {
        super::location_detail(&updated, parent_name)
    })
}
