use anyhow::{Result, bail};

use crate::context::Context;
use crate::output::{Table, time_cell};
use crate::proto::viam::app::v1::{
    AuthenticationType, GetRobotPartHistoryRequest, RobotPartHistoryEntry,
};
use crate::rpc;

/// Show a part's config history, newest first, with who changed it and when
#[derive(clap::Args, Debug)]
pub struct HistoryArgs {
    #[command(flatten)]
    pub part: super::PartRef,
}

pub async fn run(ctx: &Context, args: HistoryArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;
    let connection = ctx.connection().await?;

    let mut entries: Vec<RobotPartHistoryEntry> = Vec::new();
    let mut page_token: Option<String> = None;
    loop {
        let request = GetRobotPartHistoryRequest {
            id: part.id.clone(),
            page_token: page_token.clone(),
            ..Default::default()
        };
        let response = rpc!(connection, get_robot_part_history, request).await?;
        entries.extend(response.history);
        if response.next_page_token.is_empty() {
            break;
        }
        if page_token.as_deref() == Some(response.next_page_token.as_str()) {
            bail!(
                "the server repeated history page token {:?}; stopping",
                response.next_page_token
            );
        }
        page_token = Some(response.next_page_token);
    }
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.when.map(|t| (t.seconds, t.nanos))));

    let data = serde_json::Value::Array(entries.iter().map(entry_json).collect());
    ctx.printer.print(&data, || {
        let mut table = Table::new(&["WHEN", "EDITED_BY", "OLD_NAME"]);
        for entry in &entries {
            table.row(vec![
                time_cell(entry.when.as_ref()),
                editor(entry),
                entry
                    .old
                    .as_ref()
                    .map(|p| p.name.clone())
                    .unwrap_or_default(),
            ]);
        }
        table
    })
}

/// Renders a history entry; the old part loses its secrets like every part shown.
fn entry_json(entry: &RobotPartHistoryEntry) -> serde_json::Value {
    let mut value = crate::output::to_json(entry);
    if let Some(old) = &entry.old {
        value["old"] = super::part_json(old);
    }
    value
}

fn editor(entry: &RobotPartHistoryEntry) -> String {
    let Some(info) = &entry.edited_by else {
        return "-".into();
    };
    let kind = match AuthenticationType::try_from(info.r#type) {
        Ok(AuthenticationType::ApiKey) => "api-key",
        Ok(AuthenticationType::WebOauth) => "user",
        Ok(AuthenticationType::RobotPartSecret) => "part-secret",
        Ok(AuthenticationType::LocationSecret) => "location-secret",
        _ => "unknown",
    };
    format!("{kind} {}", info.value)
}
