//! `part logs --follow`: recent history, then the live stream, reconnecting after any break.
//!
//! On every (re)connect the stream is opened first and the gap is read from history second,
//! so an entry that arrives in between is in one or the other. Entries seen in both are
//! printed once, thanks to a bounded window of recently printed entries.

use std::collections::{HashSet, VecDeque};
use std::hash::{Hash, Hasher};
use std::time::Duration;

use anyhow::Result;
use prost_types::Timestamp;
use tonic::{Code, Streaming};

use super::render::Sink;
use super::{Query, history, time_key};
use crate::context::Context;
use crate::error::{code_name, exit_for};
use crate::proto::viam::app::v1::{LogOrder, TailRobotPartLogsRequest, TailRobotPartLogsResponse};
use crate::proto::viam::common::v1::LogEntry;
use crate::rpc;

/// Printed entries remembered to drop duplicates between history and stream.
const DEDUPE_WINDOW: usize = 50_000;

const FIRST_RETRY_DELAY: Duration = Duration::from_millis(200);
const MAX_RETRY_DELAY: Duration = Duration::from_secs(5);

pub async fn run(ctx: &Context, query: &Query, count: u64, mut sink: Sink) -> Result<()> {
    let closed = stdout_closed();
    tokio::select! {
        result = follow(ctx, query, count, &mut sink) => result,
        _ = closed => Ok(()),
    }
}

async fn follow(ctx: &Context, query: &Query, count: u64, sink: &mut Sink) -> Result<()> {
    let mut seen = Seen::default();
    let mut stream = open(ctx, query).await?;
    if count > 0 {
        let pages = history::newest(ctx, query, count).await?;
        pages.replay(|page| print_new(sink, &mut seen, query, page))?;
    }
    if seen.latest.is_none() {
        seen.latest = Some(now());
    }

    loop {
        match stream.message().await {
            Ok(Some(batch)) => {
                let mut logs = batch.logs;
                logs.sort_by_key(time_key);
                print_new(sink, &mut seen, query, logs)?;
            }
            Ok(None) => {
                tracing::debug!("log stream ended; reconnecting");
                stream = reconnect(ctx, query, sink, &mut seen, None).await?;
            }
            Err(status) if is_fatal(status.code()) => return Err(status.into()),
            Err(status) => {
                tracing::debug!(code = ?status.code(), "log stream broke; reconnecting");
                let cause = describe_status(&status);
                stream = reconnect(ctx, query, sink, &mut seen, Some(cause)).await?;
            }
        }
    }
}

/// Opens the stream again with backoff, then prints what was logged while it was down.
///
/// `broken` is the cause when the stream failed with an error. A stream that only ended
/// cleanly is reopened without a notice unless opening it fails. Each outage prints one
/// notice when it starts and one when the stream is back, whatever the number of attempts.
async fn reconnect(
    ctx: &Context,
    query: &Query,
    sink: &mut Sink,
    seen: &mut Seen,
    broken: Option<String>,
) -> Result<Streaming<TailRobotPartLogsResponse>> {
    let mut delay = FIRST_RETRY_DELAY;
    let mut warned = false;
    if let Some(cause) = &broken {
        notice_lost(cause);
        warned = true;
    }
    let stream = loop {
        match open(ctx, query).await {
            Ok(stream) => break stream,
            Err(error) if is_fatal_error(&error) => return Err(error),
            Err(error) => {
                tracing::debug!(error = %error, "opening the log stream failed; retrying");
                if !warned {
                    notice_lost(&describe_error(&error));
                    warned = true;
                }
                let jittered = delay.mul_f64(rand::random_range(0.5..1.0));
                tokio::time::sleep(jittered).await;
                delay = (delay * 2).min(MAX_RETRY_DELAY);
            }
        }
    };

    let mut gap = query.clone();
    gap.start = seen.latest;
    loop {
        let result = history::for_each_page(ctx, &gap, LogOrder::Ascending, None, |mut page| {
            page.sort_by_key(time_key);
            print_new(sink, seen, query, page)
        })
        .await;
        match result {
            Ok(()) => break,
            Err(error) if is_fatal_error(&error) => return Err(error),
            Err(error) => {
                tracing::debug!(error = %error, "reading the gap failed; trying again");
                tokio::time::sleep(FIRST_RETRY_DELAY).await;
            }
        }
    }
    if warned {
        crate::output::notice_line("notice: connection restored; following the log stream again");
    }
    Ok(stream)
}

async fn open(ctx: &Context, query: &Query) -> Result<Streaming<TailRobotPartLogsResponse>> {
    let connection = ctx.connection().await?;
    let request = TailRobotPartLogsRequest {
        id: query.part_id.clone(),
        errors_only: query.errors_only,
        filter: query.filter.clone(),
    };
    rpc!(connection, tail_robot_part_logs, request).await
}

fn print_new(
    sink: &mut Sink,
    seen: &mut Seen,
    query: &Query,
    entries: Vec<LogEntry>,
) -> Result<()> {
    let fresh: Vec<LogEntry> = entries
        .into_iter()
        .filter(|e| query.matches(e) && seen.insert(e))
        .collect();
    sink.write(&fresh)
}

fn notice_lost(cause: &str) {
    crate::output::notice_line(&format!("notice: connection lost ({cause}); reconnecting"));
}

/// Formats a status as `CODE: message` for a one-line notice.
fn describe_status(status: &tonic::Status) -> String {
    let message = status.message().trim();
    let code = code_name(status.code());
    if message.is_empty() {
        code.to_string()
    } else {
        format!("{code}: {message}")
    }
}

/// Formats an error for a one-line notice: its gRPC status if it has one, else its message.
fn describe_error(error: &anyhow::Error) -> String {
    match error
        .chain()
        .find_map(|cause| cause.downcast_ref::<tonic::Status>())
    {
        Some(status) => describe_status(status),
        None => error.to_string(),
    }
}

/// Errors that end the follow instead of a reconnect.
fn is_fatal(code: Code) -> bool {
    matches!(
        code,
        Code::PermissionDenied | Code::NotFound | Code::InvalidArgument | Code::Unimplemented
    )
}

fn is_fatal_error(error: &anyhow::Error) -> bool {
    if let Some(status) = error
        .chain()
        .find_map(|cause| cause.downcast_ref::<tonic::Status>())
    {
        return is_fatal(status.code()) || status.code() == Code::Unauthenticated;
    }
    // Anything else that is not a transport failure (a rejected key, say) is final too.
    !matches!(exit_for(error), crate::error::Exit::Unavailable)
}

/// Recently printed entries and the newest time printed.
#[derive(Default)]
struct Seen {
    keys: HashSet<u64>,
    order: VecDeque<u64>,
    latest: Option<Timestamp>,
}

impl Seen {
    /// Records an entry, reporting whether it is new.
    fn insert(&mut self, entry: &LogEntry) -> bool {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        time_key(entry).hash(&mut hasher);
        entry.logger_name.hash(&mut hasher);
        entry.message.hash(&mut hasher);
        entry.level.hash(&mut hasher);
        entry.host.hash(&mut hasher);
        let key = hasher.finish();
        if !self.keys.insert(key) {
            return false;
        }
        self.order.push_back(key);
        if self.order.len() > DEDUPE_WINDOW
            && let Some(old) = self.order.pop_front()
        {
            self.keys.remove(&old);
        }
        if let Some(time) = entry.time
            && self
                .latest
                .is_none_or(|latest| (time.seconds, time.nanos) > (latest.seconds, latest.nanos))
        {
            self.latest = Some(time);
        }
        true
    }
}

fn now() -> Timestamp {
    let elapsed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    Timestamp {
        seconds: elapsed.as_secs() as i64,
        nanos: elapsed.subsec_nanos() as i32,
    }
}

/// Resolves when stdout is a pipe whose reader has gone (`viamctl part logs -f | head -1`),
/// so the follow ends at once instead of at the next entry. Never resolves for a terminal
/// or a file.
async fn stdout_closed() {
    use std::os::fd::AsRawFd;
    let fd = std::io::stdout().as_raw_fd();
    let (sender, receiver) = tokio::sync::oneshot::channel::<()>();
    std::thread::spawn(move || {
        let mut poll_fd = libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        };
        loop {
            // SAFETY: `poll_fd` is a valid pollfd for the duration of the call.
            let ready = unsafe { libc::poll(&mut poll_fd, 1, -1) };
            if ready > 0 && poll_fd.revents & (libc::POLLERR | libc::POLLHUP) != 0 {
                let _ = sender.send(());
                return;
            }
            if ready < 0
                && std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted
            {
                return;
            }
        }
    });
    if receiver.await.is_err() {
        std::future::pending::<()>().await;
    }
}
