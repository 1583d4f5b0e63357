//! Paging through GetRobotPartLogs.
//!
//! With `--count 0` every entry is wanted, so pages are requested oldest first and printed as
//! they arrive. With `--count N` the newest N are wanted, so pages are requested newest first
//! and kept, encoded, until N are in hand (spilling to a temporary file past a memory budget),
//! then printed in reverse: memory stays bounded for any N.

use std::io::{Read, Seek, SeekFrom, Write};

use anyhow::{Context as _, Result, bail};
use prost::Message;

use super::render::Sink;
use super::{Query, time_key};
use crate::context::Context;
use crate::proto::viam::app::v1::{GetRobotPartLogsResponse, LogOrder};
use crate::proto::viam::common::v1::LogEntry;
use crate::rpc;

/// Entries asked for per request.
const PAGE_LIMIT: u64 = 1000;

/// Encoded pages kept in memory before the rest go to a temporary file.
const MEMORY_BUDGET: usize = 4 * 1024 * 1024;

/// Prints the newest `count` entries (all when 0) oldest first, then closes the output.
pub async fn print(ctx: &Context, query: &Query, count: u64, mut sink: Sink) -> Result<()> {
    if count == 0 {
        for_each_page(ctx, query, LogOrder::Ascending, None, |mut page| {
            page.sort_by_key(time_key);
            sink.write(&page)
        })
        .await?;
    } else {
        let pages = newest(ctx, query, count).await?;
        pages.replay(|page| sink.write(&page))?;
    }
    sink.finish()
}

/// Fetches the newest `count` entries, returned newest page first.
pub async fn newest(ctx: &Context, query: &Query, count: u64) -> Result<PageBuffer> {
    let mut pages = PageBuffer::default();
    let mut remaining = count;
    for_each_page(ctx, query, LogOrder::Descending, Some(count), |mut page| {
        page.sort_by_key(|entry| std::cmp::Reverse(time_key(entry)));
        page.truncate(remaining.min(page.len() as u64) as usize);
        remaining -= page.len() as u64;
        pages.push(page)?;
        Ok(())
    })
    .await?;
    Ok(pages)
}

/// Requests pages until the token runs out or `count` entries have arrived, handing each page
/// to `handle`. A token the server repeats ends the loop with an error rather than forever.
pub async fn for_each_page(
    ctx: &Context,
    query: &Query,
    order: LogOrder,
    count: Option<u64>,
    mut handle: impl FnMut(Vec<LogEntry>) -> Result<()>,
) -> Result<()> {
    let connection = ctx.connection().await?;
    let mut page_token: Option<String> = None;
    let mut received = 0u64;
    loop {
        let limit = count.map_or(PAGE_LIMIT, |count| (count - received).min(PAGE_LIMIT));
        let mut request = query.request();
        request.page_token = page_token.clone();
        request.limit = Some(limit as i64);
        request.order = Some(order as i32);
        let GetRobotPartLogsResponse {
            logs,
            next_page_token,
        } = rpc!(connection, get_robot_part_logs, request).await?;

        received += logs.len() as u64;
        handle(logs)?;
        let done = count.is_some_and(|count| received >= count);
        if done || next_page_token.is_empty() {
            return Ok(());
        }
        if page_token.as_deref() == Some(next_page_token.as_str()) {
            bail!(
                "the server returned page token {next_page_token:?} twice; stopping instead of looping"
            );
        }
        page_token = Some(next_page_token);
    }
}

/// Pages of entries, newest first, kept encoded in memory up to [`MEMORY_BUDGET`] and in a
/// temporary file beyond it.
#[derive(Default)]
pub struct PageBuffer {
    memory: Vec<Vec<u8>>,
    memory_bytes: usize,
    spill: Option<std::fs::File>,
    /// Offset and length of each spilled page, in arrival order.
    spilled: Vec<(u64, usize)>,
}

impl PageBuffer {
    fn push(&mut self, page: Vec<LogEntry>) -> Result<()> {
        let encoded = GetRobotPartLogsResponse {
            logs: page,
            next_page_token: String::new(),
        }
        .encode_to_vec();
        if self.memory_bytes + encoded.len() <= MEMORY_BUDGET && self.spill.is_none() {
            self.memory_bytes += encoded.len();
            self.memory.push(encoded);
            return Ok(());
        }
        let file = match &mut self.spill {
            Some(file) => file,
            None => self.spill.insert(
                tempfile::tempfile().context("failed to create a temporary file for log pages")?,
            ),
        };
        let offset = file.seek(SeekFrom::End(0))?;
        file.write_all(&encoded)?;
        self.spilled.push((offset, encoded.len()));
        Ok(())
    }

    /// Hands the pages to `emit` oldest first, each page sorted oldest first.
    pub fn replay(mut self, mut emit: impl FnMut(Vec<LogEntry>) -> Result<()>) -> Result<()> {
        if let Some(file) = &mut self.spill {
            for (offset, length) in self.spilled.iter().rev() {
                let mut bytes = vec![0; *length];
                file.seek(SeekFrom::Start(*offset))?;
                file.read_exact(&mut bytes)?;
                emit(decode_ascending(&bytes)?)?;
            }
        }
        for bytes in self.memory.iter().rev() {
            emit(decode_ascending(bytes)?)?;
        }
        Ok(())
    }
}

fn decode_ascending(bytes: &[u8]) -> Result<Vec<LogEntry>> {
    let mut logs = GetRobotPartLogsResponse::decode(bytes)
        .context("failed to decode a buffered log page")?
        .logs;
    logs.sort_by_key(time_key);
    Ok(logs)
}
