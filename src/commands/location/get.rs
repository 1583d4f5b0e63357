use anyhow::Result;

use crate::context::Context;
use crate::resolve;

/// Show one location (secrets are shown only by `location secrets`)
#[derive(clap::Args, Debug)]
pub struct GetArgs {
    /// Location ID or name
    pub location: String,
}

pub async fn run(ctx: &Context, args: GetArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let all = resolve::locations(ctx, &org_id).await?;

    let location = resolve::location(ctx, &org_id, &args.location).await?;

    let parent = all
        .iter()
        .find(|l| l.id == location.parent_location_id)
        .map(|l| l.name.as_str())
        .unwrap_or_default();
    ctx.printer.print(&super::redacted_json(&location), || {
        super::location_detail(&location, parent)
    })
}
