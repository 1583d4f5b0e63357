//! `viamctl emulator log`: append log entries to a part the way a machine does, for tests and
//! demos.
//!
//! The command reads the part and its first secret with the caller's API key, exchanges the
//! part id and secret for a part access token (credentials type `robot-secret`) and uploads
//! the entries with RobotService `Log`. It works against any server that implements those
//! calls, not only the emulator.

use anyhow::{Context as _, Result};
use tonic::transport::Channel;

use crate::context::Context;
use crate::error::{Exit, UserError};
use crate::proto::proto::rpc::v1::auth_service_client::AuthServiceClient;
use crate::proto::proto::rpc::v1::{AuthenticateRequest, Credentials};
use crate::proto::viam::app::v1::LogRequest;
use crate::proto::viam::app::v1::robot_service_client::RobotServiceClient;
use crate::proto::viam::common::v1::LogEntry;

/// Levels a machine sends; anything else is probably a typo.
const LEVELS: &[&str] = &["debug", "info", "warn", "error", "fatal"];

/// Entries sent per `Log` request, which keeps each request far below the 4 MiB message limit
/// for short messages.
const BATCH: usize = 1000;

/// Append log entries to a part through RobotService Log, as a machine would
#[derive(clap::Args, Debug)]
pub struct LogArgs {
    /// Part ID, or part name with `--machine`
    pub part: String,

    /// Message of each entry
    pub message: String,

    /// Machine ID or name the part belongs to
    #[arg(long, short = 'm', value_name = "M")]
    pub machine: Option<String>,

    /// Level of each entry: debug, info, warn, error or fatal
    #[arg(long, default_value = "info", value_name = "LEVEL")]
    pub level: String,

    /// Logger name of each entry
    #[arg(long, default_value = "rdk.emulator", value_name = "NAME")]
    pub logger: String,

    /// Host name of each entry
    #[arg(long, default_value = "emulator", value_name = "HOST")]
    pub host: String,

    /// Number of entries to append; their times are one microsecond apart
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub count: u64,

    /// Time of the first entry, in RFC 3339 such as 2026-12-04T09:15:02Z [default: now]
    #[arg(long, value_name = "T", value_parser = parse_time)]
    pub time: Option<chrono::DateTime<chrono::Utc>>,
}

pub async fn run(ctx: &Context, args: LogArgs) -> Result<()> {
    let level = validate_level(&args.level)?;
    if args.count == 0 {
        return Err(UserError::usage("`--count` must be at least 1").into());
    }
    let part = crate::resolve::part(ctx, Some(&args.part), args.machine.as_deref()).await?;
    if part.secret.is_empty() {
        return Err(
            UserError::new(Exit::Failure, format!("part {} has no secret", part.id))
                .with_hint(format!(
                    "create one with `viamctl part secret create {}`",
                    part.id
                ))
                .into(),
        );
    }
    let channel = ctx.connection().await?.channel();

    let token = authenticate_part(channel.clone(), &part.id, &part.secret).await?;
    let start = args.time.unwrap_or_else(chrono::Utc::now);
    let entry = |index: u64| LogEntry {
        host: args.host.clone(),
        level: level.clone(),
        time: Some(timestamp(
            start + chrono::Duration::microseconds(index as i64),
        )),
        logger_name: args.logger.clone(),
        message: args.message.clone(),
        ..Default::default()
    };
    let mut client = RobotServiceClient::new(channel);
    let mut sent = 0;
    while sent < args.count {
        let batch_end = (sent + BATCH as u64).min(args.count);
        let logs = (sent..batch_end).map(entry).collect();
        let mut request = tonic::Request::new(LogRequest {
            id: part.id.clone(),
            logs,
        });
        request.metadata_mut().insert(
            "authorization",
            format!("Bearer {token}")
                .parse()
                .context("the part access token is not a valid header value")?,
        );
        client.log(request).await?;
        sent = batch_end;
    }

    ctx.printer.notice(&format!(
        "appended {} {level} entr{} to part {}",
        args.count,
        if args.count == 1 { "y" } else { "ies" },
        part.id
    ));
    Ok(())
}

fn validate_level(level: &str) -> Result<String> {
    let lower = level.to_ascii_lowercase();
    if LEVELS.contains(&lower.as_str()) {
        Ok(lower)
    } else {
        Err(UserError::usage(format!("unknown log level \"{level}\""))
            .with_hint(format!("use one of {}", LEVELS.join(", ")))
            .into())
    }
}

fn parse_time(text: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|time| time.to_utc())
        .map_err(|_| format!("invalid time `{text}`: use RFC 3339, such as 2026-12-04T09:15:02Z"))
}

/// Exchanges a part id and secret for an access token that RobotService accepts.
async fn authenticate_part(channel: Channel, part_id: &str, secret: &str) -> Result<String> {
    let request = AuthenticateRequest {
        entity: part_id.to_owned(),
        credentials: Some(Credentials {
            r#type: "robot-secret".into(),
            payload: secret.to_owned(),
        }),
    };
    let response = AuthServiceClient::new(channel)
        .authenticate(request)
        .await
        .with_context(|| format!("authenticating as part {part_id} failed"))?;
    Ok(response.into_inner().access_token)
}

fn timestamp(time: chrono::DateTime<chrono::Utc>) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: time.timestamp(),
        nanos: time.timestamp_subsec_nanos() as i32,
    }
}
