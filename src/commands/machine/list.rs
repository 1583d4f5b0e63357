use std::collections::HashMap;

use anyhow::Result;
use futures::{StreamExt, TryStreamExt};

use crate::context::Context;
use crate::error::UserError;
use crate::output::{Table, list_to_json, time_cell};
use crate::proto::viam::app::v1::{ListRobotsRequest, Location, Robot};
use crate::{resolve, rpc};

/// Location listings in flight at once for `--all`.
const CONCURRENT_LISTINGS: usize = 8;

/// List machines in `--location` (default: the profile's), or in the whole organization
#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// List every location of the organization, ignoring the profile's default location
    #[arg(long)]
    pub all: bool,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let all_locations = resolve::locations(ctx, &org_id).await?;
    if args.all && ctx.global.location.is_some() {
        return Err(UserError::usage("`--all` and `--location` cannot be used together").into());
    }
    let scope: Vec<Location> = if args.all {
        all_locations.clone()
    } else {
        match resolve::default_location(ctx, &org_id).await? {
            Some(location) => vec![location],
            None => all_locations.clone(),
        }
    };

    let robots = list_in(ctx, &scope).await?;

    let names: HashMap<&str, &str> = all_locations
        .iter()
        .map(|l| (l.id.as_str(), l.name.as_str()))
        .collect();
    ctx.printer.print(&list_to_json(&robots), || {
        let mut table = Table::new(&["ID", "NAME", "LOCATION", "STATE", "LAST_ACCESS"]);
        for robot in &robots {
            table.row(vec![
                robot.id.clone(),
                robot.name.clone(),
                names
                    .get(robot.location.as_str())
                    .copied()
                    .unwrap_or(&robot.location)
                    .to_string(),
                super::online_word(robot.online_state).into(),
                time_cell(robot.last_access.as_ref()),
            ]);
        }
        table
    })
}

/// Lists the machines of several locations with a bounded number of requests in flight,
/// keeping the locations' order.
async fn list_in(ctx: &Context, locations: &[Location]) -> Result<Vec<Robot>> {
    let connection = ctx.connection().await?;
    let pages: Vec<Vec<Robot>> =
        futures::stream::iter(locations.iter().map(|location| async move {
            let request = ListRobotsRequest {
                location_id: location.id.clone(),
            };
            rpc!(connection, list_robots, request)
                .await
                .map(|r| r.robots)
        }))
        .buffered(CONCURRENT_LISTINGS)
        .try_collect()
        .await?;
    Ok(pages.into_iter().flatten().collect())
}
