use std::collections::HashMap;

use anyhow::Result;

use crate::context::Context;
use crate::output::{Table, cell, time_cell};
use crate::proto::viam::app::v1::Location;
use crate::resolve;

/// List the organization's locations, children under their parents
#[derive(clap::Args, Debug)]
pub struct ListArgs {}

pub async fn run(ctx: &Context, _args: ListArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;

    let locations = tree_order(resolve::locations(ctx, &org_id).await?);

    let data = serde_json::Value::Array(
        locations
            .iter()
            .map(|(_, l)| super::redacted_json(l))
            .collect(),
    );
    ctx.printer.print(&data, || {
        let names: HashMap<&str, &str> = locations
            .iter()
            .map(|(_, l)| (l.id.as_str(), l.name.as_str()))
            .collect();
        let mut table = Table::new(&["ID", "NAME", "PARENT", "MACHINES", "CREATED"]);
        for (depth, location) in &locations {
            let parent = names
                .get(location.parent_location_id.as_str())
                .copied()
                .unwrap_or_default();
            table.row(vec![
                location.id.clone(),
                // Indentation shows the tree to a person, but would become part of the name
                // for a script splitting tab-separated rows.
                if ctx.printer.is_terminal() {
                    format!("{}{}", "  ".repeat(*depth), location.name)
                } else {
                    location.name.clone()
                },
                cell(parent),
                location.robot_count.to_string(),
                time_cell(location.created_on.as_ref()),
            ]);
        }
        table
    })
}

/// Orders locations depth-first by name, each child after its parent, with its depth.
/// A location whose parent is not in the list is shown at the top level.
fn tree_order(locations: Vec<Location>) -> Vec<(usize, Location)> {
    let ids: std::collections::HashSet<String> = locations.iter().map(|l| l.id.clone()).collect();
    let mut children: HashMap<String, Vec<Location>> = HashMap::new();
    for location in locations {
        let parent = if ids.contains(&location.parent_location_id) {
            location.parent_location_id.clone()
        } else {
            String::new()
        };
        children.entry(parent).or_default().push(location);
    }
    for siblings in children.values_mut() {
        siblings.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.id.cmp(&b.id)));
    }
    let mut ordered = Vec::new();
    let mut stack: Vec<(usize, Location)> = children
        .remove("")
        .unwrap_or_default()
        .into_iter()
        .rev()
        .map(|l| (0, l))
        .collect();
    while let Some((depth, location)) = stack.pop() {
        if let Some(kids) = children.remove(&location.id) {
            stack.extend(kids.into_iter().rev().map(|kid| (depth + 1, kid)));
        }
        ordered.push((depth, location));
    }
    ordered
}

#[cfg(test)]
mod tests {
    use super::*;

    fn location(id: &str, name: &str, parent: &str) -> Location {
        Location {
            id: id.into(),
            name: name.into(),
            parent_location_id: parent.into(),
            ..Default::default()
        }
    }

    #[test]
    fn children_follow_parents() {
        let ordered = tree_order(vec![
            location("c", "dock", "b"),
            location("b", "warehouse", ""),
            location("a", "lab", ""),
        ]);
        let names: Vec<(usize, &str)> =
            ordered.iter().map(|(d, l)| (*d, l.name.as_str())).collect();
        assert_eq!(names, vec![(0, "lab"), (0, "warehouse"), (1, "dock")]);
    }

    #[test]
    fn orphan_shown_at_top() {
        let ordered = tree_order(vec![location("c", "dock", "gone")]);
        assert_eq!(ordered[0].0, 0);
    }
}
