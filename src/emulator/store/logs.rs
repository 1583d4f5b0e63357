//! Log entries uploaded by parts: storage, filtered pages for GetRobotPartLogs, and reading
//! new entries by id for TailRobotPartLogs.
//!
//! Entries are kept whole (the encoded `LogEntry`), with the columns that queries filter on
//! beside them. A page is read with `LIMIT n + 1`, so memory per request stays bounded by the
//! page size whatever the number of stored entries.

use std::sync::LazyLock;

use prost::Message;
use rusqlite::types::Value as SqlValue;
use rusqlite::{Connection, params, params_from_iter};
use tokio::sync::watch;

use crate::emulator::error::{Error, Result};
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::common::v1::LogEntry;

/// Filters shared by log pages and the live tail.
#[derive(Clone, Debug, Default)]
pub struct LogFilter {
    /// Level names as [`normalize_level`] returns them; empty means every level.
    pub levels: Vec<String>,
    /// Only entries at level `error`.
    pub errors_only: bool,
    /// Case-sensitive substring of the message.
    pub text: Option<String>,
    /// Only entries at or after this time (Unix nanoseconds).
    pub start: Option<i64>,
    /// Only entries before this time (Unix nanoseconds).
    pub end: Option<i64>,
}

impl LogFilter {
    /// Tells whether an entry stored with `level` (normalized) and `message` passes the level
    /// and text filters. Times are checked in SQL only.
    pub fn matches(&self, level: &str, message: &str) -> bool {
        let level_ok = self.levels.is_empty() || self.levels.iter().any(|l| l == level);
        let error_ok = !self.errors_only || level == "error";
        let text_ok = self.text.as_deref().is_none_or(|t| message.contains(t));
        level_ok && error_ok && text_ok
    }
}

/// Position in a part's log: the time and id of the last entry returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LogCursor {
    pub time: i64,
    pub id: i64,
}

/// Stores `entries` for part `part_id`. An entry without a time gets `now_nanos`.
///
/// Call [`announce_written`] after the transaction commits, so that tails in this process
/// wake up at once instead of at their next poll.
pub fn insert(db: &Connection, part_id: &str, entries: &[LogEntry], now_nanos: i64) -> Result<()> {
    let mut statement = db.prepare_cached(
        "INSERT INTO part_logs (part_id, time, level, message, entry) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for entry in entries {
        let mut entry = entry.clone();
        let time = match entry.time {
            Some(time) => nanos(&time),
            None => {
                entry.time = Some(timestamp(now_nanos));
                now_nanos
            }
        };
        statement.execute(params![
            part_id,
            time,
            normalize_level(&entry.level),
            entry.message,
            entry.encode_to_vec()
        ])?;
    }
    Ok(())
}

/// Returns the form of a level name that filters compare: lowercase, with `warning` as
/// `warn`.
pub fn normalize_level(level: &str) -> String {
    match level.to_ascii_lowercase().as_str() {
        "warning" => "warn".to_owned(),
        other => other.to_owned(),
    }
}

/// Reads up to `limit` entries of part `part_id` that pass `filter`, after `after` in the
/// given order, and returns them with the cursor of the next page when there are more.
pub fn page(
    db: &Connection,
    part_id: &str,
    filter: &LogFilter,
    descending: bool,
    after: Option<LogCursor>,
    limit: usize,
) -> Result<(Vec<LogEntry>, Option<LogCursor>)> {
    let mut sql = String::from("SELECT id, time, entry FROM part_logs WHERE part_id = ?");
    let mut values = vec![SqlValue::Text(part_id.to_owned())];
    if !filter.levels.is_empty() {
        let marks = vec!["?"; filter.levels.len()].join(", ");
        sql.push_str(&format!(" AND level IN ({marks})"));
        values.extend(filter.levels.iter().cloned().map(SqlValue::Text));
    }
    if filter.errors_only {
        sql.push_str(" AND level = 'error'");
    }
    if let Some(text) = &filter.text {
        sql.push_str(" AND instr(message, ?) > 0");
        values.push(SqlValue::Text(text.clone()));
    }
    if let Some(start) = filter.start {
        sql.push_str(" AND time >= ?");
        values.push(SqlValue::Integer(start));
    }
    if let Some(end) = filter.end {
        sql.push_str(" AND time < ?");
        values.push(SqlValue::Integer(end));
    }
    if let Some(after) = after {
        sql.push_str(if descending {
            " AND (time, id) < (?, ?)"
        } else {
            " AND (time, id) > (?, ?)"
        });
        values.push(SqlValue::Integer(after.time));
        values.push(SqlValue::Integer(after.id));
    }
    sql.push_str(if descending {
        " ORDER BY time DESC, id DESC LIMIT ?"
    } else {
        " ORDER BY time, id LIMIT ?"
    });
    values.push(SqlValue::Integer(limit as i64 + 1));

    let mut statement = db.prepare_cached(&sql)?;
    let mut rows = statement.query(params_from_iter(values))?;
    let mut entries = Vec::with_capacity(limit.min(1024));
    let mut last = None;
    while let Some(row) = rows.next()? {
        if entries.len() == limit {
            return Ok((entries, last));
        }
        let id: i64 = row.get(0)?;
        let bytes: Vec<u8> = row.get(2)?;
        entries.push(decode(id, &bytes)?);
        last = Some(LogCursor {
            time: row.get(1)?,
            id,
        });
    }
    Ok((entries, None))
}

/// Returns the largest entry id of part `part_id`, 0 when it has none.
pub fn last_id(db: &Connection, part_id: &str) -> Result<i64> {
    let id = db.query_row_cached(
        "SELECT COALESCE(MAX(id), 0) FROM part_logs WHERE part_id = ?1",
        [part_id],
        |row| row.get(0),
    )?;
    Ok(id)
}

/// Reads up to `limit` entries of part `part_id` stored after entry `after_id`, in the order
/// they were stored, keeping those that pass `filter`. Returns them with the largest id read,
/// which is where the next call continues.
pub fn after_id(
    db: &Connection,
    part_id: &str,
    filter: &LogFilter,
    after_id: i64,
    limit: usize,
) -> Result<(Vec<LogEntry>, i64)> {
    let mut statement = db.prepare_cached(
        "SELECT id, level, message, entry FROM part_logs
         WHERE part_id = ?1 AND id > ?2 ORDER BY id LIMIT ?3",
    )?;
    let mut rows = statement.query(params![part_id, after_id, limit as i64])?;
    let mut entries = Vec::new();
    let mut last = after_id;
    while let Some(row) = rows.next()? {
        last = row.get(0)?;
        let level: String = row.get(1)?;
        let message: String = row.get(2)?;
        if filter.matches(&level, &message) {
            let bytes: Vec<u8> = row.get(3)?;
            entries.push(decode(last, &bytes)?);
        }
    }
    Ok((entries, last))
}

fn decode(id: i64, bytes: &[u8]) -> Result<LogEntry> {
    LogEntry::decode(bytes)
        .map_err(|error| Error::internal(format!("stored log entry {id} is invalid: {error}")))
}

/// Signals that log entries were committed by this process. Tails in other processes find
/// them by polling.
static WRITTEN: LazyLock<watch::Sender<u64>> = LazyLock::new(|| watch::Sender::new(0));

/// Wakes every tail in this process; call after committing new entries.
pub fn announce_written() {
    WRITTEN.send_modify(|count| *count = count.wrapping_add(1));
}

/// Returns a receiver that changes each time [`announce_written`] is called.
pub fn subscribe_written() -> watch::Receiver<u64> {
    WRITTEN.subscribe()
}

/// Converts a protobuf timestamp into Unix nanoseconds, the unit of log entry times.
pub fn nanos(time: &prost_types::Timestamp) -> i64 {
    time.seconds
        .saturating_mul(1_000_000_000)
        .saturating_add(i64::from(time.nanos))
}

/// Converts Unix nanoseconds into a protobuf timestamp.
pub fn timestamp(nanos: i64) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: nanos.div_euclid(1_000_000_000),
        nanos: nanos.rem_euclid(1_000_000_000) as i32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::access::Identity;
    use crate::emulator::store::{Store, locations, organizations, robots};

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const ROVER: &str = "00000000-0000-4000-8000-000000000001";

    fn store() -> (Store, String) {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        let part = store
            .write(|db| {
                organizations::insert(db, ORG, "Alpha", &owner, 1)?;
                locations::insert(db, "lab0000001", ORG, "lab", None, 1)?;
                robots::insert(db, ROVER, "rover", "lab0000001", 2)
            })
            .unwrap();
        (store, part)
    }

    fn entry(time: i64, level: &str, message: &str) -> LogEntry {
        LogEntry {
            time: Some(timestamp(time)),
            level: level.into(),
            message: message.into(),
            logger_name: "rdk".into(),
            ..Default::default()
        }
    }

    fn messages(entries: &[LogEntry]) -> Vec<&str> {
        entries.iter().map(|e| e.message.as_str()).collect()
    }

    #[test]
    fn pages_cover_all_once() {
        let (store, part) = store();
        // Inserted out of time order, with two entries sharing a time.
        let entries: Vec<LogEntry> = [5, 1, 3, 3, 2, 4]
            .iter()
            .enumerate()
            .map(|(i, t)| entry(*t, "info", &format!("{t}-{i}")))
            .collect();
        store.write(|db| insert(db, &part, &entries, 0)).unwrap();
        let filter = LogFilter::default();

        let mut seen = Vec::new();
        let mut cursor = None;
        let mut pages = 0;
        loop {
            let (page, next) = store
                .read(|db| page(db, &part, &filter, false, cursor, 4))
                .unwrap();
            pages += 1;
            seen.extend(page.into_iter().map(|e| e.message));
            match next {
                Some(next) => cursor = Some(next),
                None => break,
            }
        }

        assert_eq!(pages, 2);
        assert_eq!(seen, ["1-1", "2-4", "3-2", "3-3", "4-5", "5-0"]);
    }

    #[test]
    fn descending_page_is_newest() {
        let (store, part) = store();
        let entries: Vec<LogEntry> = (1..=5).map(|t| entry(t, "info", &t.to_string())).collect();
        store.write(|db| insert(db, &part, &entries, 0)).unwrap();

        let (newest, next) = store
            .read(|db| page(db, &part, &LogFilter::default(), true, None, 2))
            .unwrap();

        assert_eq!(messages(&newest), ["5", "4"]);
        assert_eq!(next, Some(LogCursor { time: 4, id: 4 }));
    }

    #[test]
    fn filters_combine() {
        let (store, part) = store();
        let entries = [
            entry(1, "info", "motor ok"),
            entry(2, "ERROR", "motor stalled"),
            entry(3, "WARNING", "battery low"),
            entry(4, "error", "camera lost"),
        ];
        store.write(|db| insert(db, &part, &entries, 0)).unwrap();
        let read = |filter: LogFilter| {
            store
                .read(|db| page(db, &part, &filter, false, None, 100))
                .unwrap()
                .0
        };

        let errors = read(LogFilter {
            errors_only: true,
            ..Default::default()
        });
        let motor = read(LogFilter {
            text: Some("motor".into()),
            ..Default::default()
        });
        let warn_or_info = read(LogFilter {
            levels: vec!["warn".into(), "info".into()],
            ..Default::default()
        });
        let window = read(LogFilter {
            start: Some(2),
            end: Some(4),
            ..Default::default()
        });

        assert_eq!(messages(&errors), ["motor stalled", "camera lost"]);
        assert_eq!(messages(&motor), ["motor ok", "motor stalled"]);
        assert_eq!(messages(&warn_or_info), ["motor ok", "battery low"]);
        assert_eq!(messages(&window), ["motor stalled", "battery low"]);
    }

    #[test]
    fn after_id_reads_new_entries() {
        let (store, part) = store();
        store
            .write(|db| insert(db, &part, &[entry(1, "info", "old")], 0))
            .unwrap();
        let start = store.read(|db| last_id(db, &part)).unwrap();
        store
            .write(|db| {
                insert(
                    db,
                    &part,
                    &[entry(2, "info", "new"), entry(3, "error", "bad")],
                    0,
                )
            })
            .unwrap();
        let errors = LogFilter {
            errors_only: true,
            ..Default::default()
        };

        let (all, last) = store
            .read(|db| after_id(db, &part, &LogFilter::default(), start, 100))
            .unwrap();
        let (only_errors, last_errors) = store
            .read(|db| after_id(db, &part, &errors, start, 100))
            .unwrap();
        let (none, unchanged) = store
            .read(|db| after_id(db, &part, &LogFilter::default(), last, 100))
            .unwrap();

        assert_eq!(messages(&all), ["new", "bad"]);
        assert_eq!(messages(&only_errors), ["bad"]);
        assert_eq!(last, last_errors);
        assert!(none.is_empty());
        assert_eq!(unchanged, last);
    }

    #[test]
    fn missing_time_gets_now() {
        let (store, part) = store();
        let untimed = LogEntry {
            message: "untimed".into(),
            ..Default::default()
        };
        store.write(|db| insert(db, &part, &[untimed], 42)).unwrap();
        let (entries, _) = store
            .read(|db| page(db, &part, &LogFilter::default(), false, None, 10))
            .unwrap();
        assert_eq!(entries[0].time, Some(timestamp(42)));
    }
}
