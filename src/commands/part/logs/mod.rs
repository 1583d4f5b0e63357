//! `viamctl part logs`: history paged oldest first, and `--follow` for the live stream.

mod follow;
mod history;
mod render;

use anyhow::Result;
use prost_types::Timestamp;

use crate::context::Context;
use crate::error::UserError;
use crate::proto::viam::app::v1::GetRobotPartLogsRequest;
use crate::proto::viam::common::v1::LogEntry;

/// Show a part's logs, oldest first; `--follow` keeps printing new entries
#[derive(clap::Args, Debug)]
pub struct LogsArgs {
    #[command(flatten)]
    pub part: super::PartRef,

    /// Number of most recent entries to show; 0 shows all [default: 100, or 10 with --follow]
    #[arg(long, short = 'n', value_name = "N")]
    pub count: Option<u64>,

    /// Show only this level, e.g. `error` or `warn` (can be repeated)
    #[arg(long = "level", value_name = "L")]
    pub levels: Vec<String>,

    /// Show only errors
    #[arg(long)]
    pub errors_only: bool,

    /// Show only entries whose message contains TEXT
    #[arg(long, value_name = "TEXT")]
    pub filter: Option<String>,

    /// Show entries at or after T: RFC 3339, or a duration ago such as `10m`
    #[arg(long, value_name = "T", value_parser = parse_time)]
    pub since: Option<Timestamp>,

    /// Show entries before T: RFC 3339, or a duration ago such as `10m`
    #[arg(long, value_name = "T", value_parser = parse_time)]
    pub until: Option<Timestamp>,

    /// Keep printing new entries as they arrive (Ctrl-C to stop)
    #[arg(long, short = 'f')]
    pub follow: bool,
}

/// Levels the API knows; anything else is a typo worth reporting before a request.
const LEVELS: &[&str] = &["debug", "info", "warn", "error", "fatal", "panic", "dpanic"];

/// Filters shared by the history requests and the stream.
#[derive(Debug, Clone)]
pub struct Query {
    pub part_id: String,
    pub levels: Vec<String>,
    pub errors_only: bool,
    pub filter: Option<String>,
    pub start: Option<Timestamp>,
    pub end: Option<Timestamp>,
}

impl Query {
    fn request(&self) -> GetRobotPartLogsRequest {
        GetRobotPartLogsRequest {
            id: self.part_id.clone(),
            errors_only: self.errors_only,
            filter: self.filter.clone(),
            levels: self.levels.clone(),
            start: self.start,
            end: self.end,
            ..Default::default()
        }
    }

    /// Applies the filters on the client too, for the stream, which only knows some of them.
    fn matches(&self, entry: &LogEntry) -> bool {
        let level = entry.level.to_ascii_lowercase();
        let level_ok = self.levels.is_empty() || self.levels.contains(&level);
        let error_ok = !self.errors_only || level == "error";
        let filter_ok = self
            .filter
            .as_ref()
            .is_none_or(|f| entry.message.contains(f.as_str()));
        let time = entry.time.map(|t| (t.seconds, t.nanos));
        let start_ok = self
            .start
            .is_none_or(|s| time >= Some((s.seconds, s.nanos)));
        let end_ok = self.end.is_none_or(|e| time < Some((e.seconds, e.nanos)));
        level_ok && error_ok && filter_ok && start_ok && end_ok
    }
}

pub async fn run(ctx: &Context, args: LogsArgs) -> Result<()> {
    let levels = validate_levels(&args.levels)?;
    if let (Some(since), Some(until)) = (&args.since, &args.until)
        && (since.seconds, since.nanos) >= (until.seconds, until.nanos)
    {
        return Err(UserError::usage("`--since` must be earlier than `--until`").into());
    }
    if args.follow && args.until.is_some() {
        return Err(UserError::usage("`--until` cannot be used with `--follow`").into());
    }
    let part = args.part.resolve(ctx).await?;
    let query = Query {
        part_id: part.id.clone(),
        levels,
        errors_only: args.errors_only,
        filter: args.filter.filter(|f| !f.is_empty()),
        start: args.since,
        end: args.until,
    };
    let sink = render::Sink::new(&ctx.printer, args.follow);

    if args.follow {
        follow::run(ctx, &query, args.count.unwrap_or(10), sink).await
    } else {
        history::print(ctx, &query, args.count.unwrap_or(100), sink).await
    }
}

fn validate_levels(levels: &[String]) -> Result<Vec<String>> {
    levels
        .iter()
        .map(|level| {
            let lower = level.to_ascii_lowercase();
            let lower = if lower == "warning" {
                "warn".to_string()
            } else {
                lower
            };
            if LEVELS.contains(&lower.as_str()) {
                Ok(lower)
            } else {
                Err(UserError::usage(format!("unknown log level \"{level}\""))
                    .with_hint(format!("use one of {}", LEVELS.join(", ")))
                    .into())
            }
        })
        .collect()
}

/// Parses an RFC 3339 time, or a duration meaning that long ago.
fn parse_time(text: &str) -> Result<Timestamp, String> {
    if let Ok(time) = chrono::DateTime::parse_from_rfc3339(text) {
        return Ok(Timestamp {
            seconds: time.timestamp(),
            nanos: time.timestamp_subsec_nanos() as i32,
        });
    }
    match humantime::parse_duration(text) {
        Ok(ago) => {
            let now = std::time::SystemTime::now() - ago;
            let since_epoch = now
                .duration_since(std::time::UNIX_EPOCH)
                .map_err(|_| format!("`{text}` reaches before 1970"))?;
            Ok(Timestamp {
                seconds: since_epoch.as_secs() as i64,
                nanos: since_epoch.subsec_nanos() as i32,
            })
        }
        Err(_) => Err(format!(
            "invalid time `{text}`: use RFC 3339 (2026-12-04T09:15:00Z) or a duration such as 10m"
        )),
    }
}

/// Orders entries by time; entries without one sort first.
fn time_key(entry: &LogEntry) -> (i64, i32) {
    entry.time.map_or((i64::MIN, 0), |t| (t.seconds, t.nanos))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_time_accepts_both_forms() {
        let exact = parse_time("2026-12-04T09:15:02.5Z").unwrap();
        assert_eq!(exact.seconds, 1_796_375_702);
        assert_eq!(exact.nanos, 500_000_000);
        let ago = parse_time("10m").unwrap();
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs() as i64;
        assert!((now - 600 - ago.seconds).abs() <= 2);
        assert!(
            parse_time("yesterday")
                .unwrap_err()
                .contains("invalid time `yesterday`")
        );
    }

    #[test]
    fn unknown_level_rejected() {
        let error = validate_levels(&["eror".into()]).unwrap_err();
        assert!(error.to_string().contains("unknown log level \"eror\""));
        assert_eq!(validate_levels(&["WARNING".into()]).unwrap(), vec!["warn"]);
    }
}
