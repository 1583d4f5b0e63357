use anyhow::{Result, bail};

use crate::context::Context;
use crate::output::{Table, time_cell};
use crate::proto::viam::app::v1::{FragmentHistoryEntry, GetFragmentHistoryRequest};
use crate::{resolve, rpc};

/// Show a fragment's edit history, newest first
#[derive(clap::Args, Debug)]
pub struct HistoryArgs {
    /// Fragment ID, or name within the organization
    pub fragment: String,
}

pub async fn run(ctx: &Context, args: HistoryArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let id = super::fragment_id(ctx, &org_id, &args.fragment).await?;
    let connection = ctx.connection().await?;

    let mut entries: Vec<FragmentHistoryEntry> = Vec::new();
    let mut page_token: Option<String> = None;
    loop {
        let request = GetFragmentHistoryRequest {
            id: id.clone(),
            page_token: page_token.clone(),
            page_limit: None,
        };
        let response = rpc!(connection, get_fragment_history, request).await?;
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
    entries.sort_by_key(|entry| std::cmp::Reverse(entry.edited_on.map(|t| (t.seconds, t.nanos))));

    ctx.printer
        .print(&crate::output::list_to_json(&entries), || {
            let mut table = Table::new(&["EDITED_ON", "REVISION", "EDITED_BY"]);
            for entry in &entries {
                let editor = entry
                    .edited_by
                    .as_ref()
                    .map(|e| e.value.clone())
                    .unwrap_or_default();
                table.row(vec![
                    time_cell(entry.edited_on.as_ref()),
                    crate::output::cell(&entry.revision),
                    crate::output::cell(&editor),
                ]);
            }
            table
        })
}
