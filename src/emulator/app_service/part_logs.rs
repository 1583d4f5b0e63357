//! Handlers for part logs: filtered pages of history (GetRobotPartLogs) and the live tail
//! (TailRobotPartLogs).
//!
//! The tail finds new entries by polling the `part_logs` table by id, which finds entries
//! written by any process on the same data file, and wakes at once for entries written in this
//! process. It never sends an empty batch, because the Python SDK's tail iterator (viam-sdk
//! 0.85.1) stops at the first one.

use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::mpsc;
use tokio_stream::Stream;
use tokio_stream::wrappers::ReceiverStream;
use tonic::{Request, Response, Status};

use super::Context;
use super::parts::{page_token, parse_page_token, require_part};
use crate::emulator::access::{Identity, Permission};
use crate::emulator::error::{Error, Result};
use crate::emulator::handler;
use crate::emulator::ids;
use crate::emulator::request_log::RpcMethod;
use crate::emulator::store::Store;
use crate::emulator::store::logs::{self, LogCursor, LogFilter};
use crate::proto::viam::app::v1 as api;
use crate::proto::viam::common::v1::LogEntry;

/// Entries per page when the request sets no `limit`.
const DEFAULT_PAGE: usize = 100;

/// Maximum page size; a larger `limit` is reduced to it.
const MAX_PAGE: usize = 1000;

/// How often a tail looks for entries written by other processes.
const TAIL_POLL_INTERVAL: Duration = Duration::from_millis(250);

/// Largest batch a tail sends at once.
const TAIL_BATCH: usize = 500;

/// Batches a tail buffers for a slow client before it stops reading the table.
const TAIL_BUFFER: usize = 4;

/// The stream of a TailRobotPartLogs response.
pub type TailStream =
    Pin<Box<dyn Stream<Item = std::result::Result<api::TailRobotPartLogsResponse, Status>> + Send>>;

/// Returns one page of a part's log entries.
///
/// Entries are newest first unless `order` is ascending, in pages of `limit` entries (default
/// 100, at most 1000). `next_page_token` is empty on the last page. `levels`, `errors_only`,
/// `filter` (a case-sensitive substring of the message), `start` (inclusive) and `end`
/// (exclusive) narrow the entries; `source`, `user_facing_only` and `range` are ignored.
pub fn get(
    context: &Context,
    request: api::GetRobotPartLogsRequest,
) -> Result<api::GetRobotPartLogsResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let filter = LogFilter {
        levels: request
            .levels
            .iter()
            .map(|level| logs::normalize_level(level))
            .collect(),
        errors_only: request.errors_only,
        text: request.filter.clone().filter(|text| !text.is_empty()),
        start: request.start.as_ref().map(logs::nanos),
        end: request.end.as_ref().map(logs::nanos),
    };
    let limit = match request.limit {
        None | Some(0) => DEFAULT_PAGE,
        Some(limit) if limit < 0 => {
            return Err(Error::invalid_argument(format!(
                "invalid `limit` {limit}: expected a positive number"
            )));
        }
        Some(limit) => (limit as usize).min(MAX_PAGE),
    };
    let descending = match request.order.map(api::LogOrder::try_from) {
        None | Some(Ok(api::LogOrder::Unspecified | api::LogOrder::Descending)) => true,
        Some(Ok(api::LogOrder::Ascending)) => false,
        Some(Err(_)) => {
            return Err(Error::invalid_argument(format!(
                "invalid `order` {}: expected LOG_ORDER_ASCENDING or LOG_ORDER_DESCENDING",
                request.order.unwrap_or_default()
            )));
        }
    };
    let after = match request.page_token.as_deref() {
        None | Some("") => None,
        Some(token) => {
            let (time, id) = parse_page_token(token)?;
            Some(LogCursor { time, id })
        }
    };

    let (entries, next) = context.store.read(|db| {
        require_part(db, &context.identity, Permission::Read, &id)?;
        logs::page(db, &id, &filter, descending, after, limit)
    })?;
    Ok(api::GetRobotPartLogsResponse {
        logs: entries,
        next_page_token: next.map_or_else(String::new, |c| page_token(c.time, c.id)),
    })
}

/// Starts a tail of a part's log: the stream carries entries stored after the call, in the
/// order they were stored, filtered by `errors_only` and `filter`.
///
/// Access is checked again at every poll, so a deleted part ends the stream with `NOT_FOUND`
/// and a removed authorization with `PERMISSION_DENIED`.
pub async fn tail(
    store: Arc<Store>,
    request: Request<api::TailRobotPartLogsRequest>,
) -> std::result::Result<Response<TailStream>, Status> {
    let method = request.extensions().get::<RpcMethod>().cloned();
    let Some(identity) = request.extensions().get::<Identity>().cloned() else {
        let error = Error::unauthenticated("missing access token");
        handler::log_error(method.as_ref(), None, &error);
        return Err(error.into());
    };
    let caller = Some(identity.id.clone());
    let message = request.into_inner();
    let filter = LogFilter {
        errors_only: message.errors_only,
        text: message.filter.filter(|text| !text.is_empty()),
        ..Default::default()
    };

    let tail_store = Arc::clone(&store);
    let tail_identity = identity.clone();
    let (part_id, start) = handler::run_blocking(method.clone(), caller.clone(), move || {
        let part_id = ids::uuid_field("id", &message.id)?;
        let start = tail_store.read(|db| {
            require_part(db, &tail_identity, Permission::Read, &part_id)?;
            logs::last_id(db, &part_id)
        })?;
        Ok((part_id, start))
    })
    .await?;

    let (sender, receiver) = mpsc::channel(TAIL_BUFFER);
    let tail = Tail {
        store,
        identity,
        part_id,
        filter,
        method,
        caller,
    };
    // NOTE: a running tail ends only when its client goes away or access fails, so a client
    // that keeps following delays the stop of `emulator serve` by the whole shutdown grace
    // period.
    tokio::spawn(Arc::new(tail).run(start, sender));
    Ok(Response::new(Box::pin(ReceiverStream::new(receiver))))
}

type TailSender = mpsc::Sender<std::result::Result<api::TailRobotPartLogsResponse, Status>>;

/// One running tail and what it needs at every poll.
struct Tail {
    store: Arc<Store>,
    identity: Identity,
    part_id: String,
    filter: LogFilter,
    method: Option<RpcMethod>,
    caller: Option<String>,
}

impl Tail {
    /// Sends the entries stored after entry `last_id` until the client goes away or access
    /// fails.
    async fn run(self: Arc<Self>, mut last_id: i64, sender: TailSender) {
        let mut written = logs::subscribe_written();
        loop {
            let (entries, scanned_to) = match Arc::clone(&self).poll(last_id).await {
                Ok(found) => found,
                Err(status) => {
                    let _ = sender.send(Err(status)).await;
                    return;
                }
            };
            let more_waiting = scanned_to != last_id;
            last_id = scanned_to;
            if !entries.is_empty() {
                let batch = api::TailRobotPartLogsResponse { logs: entries };
                if sender.send(Ok(batch)).await.is_err() {
                    return;
                }
            }
            if more_waiting {
                continue;
            }

            tokio::select! {
                _ = written.changed() => {}
                () = tokio::time::sleep(TAIL_POLL_INTERVAL) => {}
                () = sender.closed() => return,
            }
        }
    }

    /// Checks access again and reads the next entries after entry `last_id`, returning them
    /// with the largest id read.
    async fn poll(
        self: Arc<Self>,
        last_id: i64,
    ) -> std::result::Result<(Vec<LogEntry>, i64), Status> {
        let method = self.method.clone();
        let caller = self.caller.clone();
        handler::run_blocking(method, caller, move || {
            self.store.read(|db| {
                require_part(db, &self.identity, Permission::Read, &self.part_id)?;
                logs::after_id(db, &self.part_id, &self.filter, last_id, TAIL_BATCH)
            })
        })
        .await
    }
}
