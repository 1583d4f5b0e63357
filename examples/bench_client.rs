//! Load and reference client for the benchmark harness (`benches/run.sh`); not part of viamctl.
//!
//! - `token` authenticates with an API key and prints the access token.
//! - `org-list` sends exactly one `ListOrganizations` with a given token: the floor that
//!   `viamctl org list` is compared with.
//! - `load` keeps many connections busy with `GetRobot` and prints throughput and latency.
//! - `push-logs` uploads numbered log entries through `RobotService.Log` as a machine does.
//!
//! Every subcommand reads the endpoint from `VIAM_APP_URL` and prints one JSON object (or, for
//! `token`, one line) on stdout. A failed call prints `error: ...` on stderr and exits 1.

#[allow(dead_code, clippy::all, clippy::pedantic)]
#[path = "../src/proto.rs"]
mod proto;

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, Result, bail};
use clap::{Parser, Subcommand};
use tonic::Request;
use tonic::transport::Channel;

use proto::proto::rpc::v1::auth_service_client::AuthServiceClient;
use proto::proto::rpc::v1::{AuthenticateRequest, Credentials};
use proto::viam::app::v1::app_service_client::AppServiceClient;
use proto::viam::app::v1::robot_service_client::RobotServiceClient;
use proto::viam::app::v1::{GetRobotRequest, ListOrganizationsRequest, LogRequest};
use proto::viam::common::v1::LogEntry;

#[derive(Parser)]
#[command(about = "Benchmark client for the viamctl emulator")]
struct Args {
    /// Endpoint, e.g. http://127.0.0.1:40123
    #[arg(long, env = "VIAM_APP_URL")]
    app_url: String,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Authenticate with VIAM_API_KEY_ID and VIAM_API_KEY and print the access token
    Token {
        #[arg(long, env = "VIAM_API_KEY_ID")]
        key_id: String,
        #[arg(long, env = "VIAM_API_KEY", hide_env_values = true)]
        key: String,
    },
    /// Send one ListOrganizations with VIAM_ACCESS_TOKEN and print the number of organizations
    OrgList {
        #[arg(long, env = "VIAM_ACCESS_TOKEN", hide_env_values = true)]
        token: String,
    },
    /// Send GetRobot from many connections at once for a fixed time
    Load {
        #[arg(long, env = "VIAM_ACCESS_TOKEN", hide_env_values = true)]
        token: String,
        /// Machine to fetch
        #[arg(long)]
        robot: String,
        /// Connections, each with one request in flight
        #[arg(long, default_value_t = 64)]
        clients: usize,
        /// Seconds of load before measuring starts
        #[arg(long, default_value_t = 1.0)]
        warmup: f64,
        /// Seconds measured
        #[arg(long, default_value_t = 5.0)]
        seconds: f64,
    },
    /// Upload numbered log entries for a part, authenticating with the part's secret
    PushLogs {
        /// Part ID
        #[arg(long)]
        part: String,
        /// Part secret
        #[arg(long, env = "VIAM_PART_SECRET", hide_env_values = true)]
        secret: String,
        /// Entries to send in all
        #[arg(long)]
        count: u64,
        /// Entries per second; 0 sends as fast as the server accepts them
        #[arg(long, default_value_t = 0)]
        rate: u64,
        /// Entries per Log request
        #[arg(long, default_value_t = 1000)]
        batch: usize,
        /// Sequence number of the first entry
        #[arg(long, default_value_t = 0)]
        first: u64,
    },
}

fn main() {
    let args = Args::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("failed to start the async runtime");
    if let Err(error) = runtime.block_on(run(args)) {
        eprintln!("error: {error:#}");
        std::process::exit(1);
    }
}

async fn run(args: Args) -> Result<()> {
    match args.command {
        Command::Token { key_id, key } => {
            let channel = connect(&args.app_url).await?;
            println!("{}", authenticate(channel, "api-key", &key_id, &key).await?);
        }
        Command::OrgList { token } => {
            let channel = connect(&args.app_url).await?;
            let response = AppServiceClient::new(channel)
                .list_organizations(with_token(ListOrganizationsRequest {}, &token)?)
                .await
                .context("ListOrganizations failed")?;
            let count = response.into_inner().organizations.len();
            println!("{}", serde_json::json!({ "organizations": count }));
        }
        Command::Load {
            token,
            robot,
            clients,
            warmup,
            seconds,
        } => {
            let summary = load(&args.app_url, &token, &robot, clients, warmup, seconds).await?;
            println!("{summary}");
        }
        Command::PushLogs {
            part,
            secret,
            count,
            rate,
            batch,
            first,
        } => {
            let channel = connect(&args.app_url).await?;
            let token = authenticate(channel.clone(), "robot-secret", &part, &secret).await?;
            let sent = push_logs(channel, &token, &part, count, rate, batch.max(1), first).await?;
            println!("{}", serde_json::json!({ "sent": sent }));
        }
    }
    Ok(())
}

async fn connect(app_url: &str) -> Result<Channel> {
    Channel::from_shared(app_url.to_string())
        .with_context(|| format!("invalid app URL `{app_url}`"))?
        .tcp_nodelay(true)
        .connect()
        .await
        .with_context(|| format!("failed to connect to {app_url}"))
}

async fn authenticate(channel: Channel, kind: &str, entity: &str, secret: &str) -> Result<String> {
    let request = AuthenticateRequest {
        entity: entity.to_string(),
        credentials: Some(Credentials {
            r#type: kind.to_string(),
            payload: secret.to_string(),
        }),
    };
    let response = AuthServiceClient::new(channel)
        .authenticate(request)
        .await
        .with_context(|| format!("Authenticate with {kind} credentials for {entity} failed"))?;
    Ok(response.into_inner().access_token)
}

fn with_token<T>(message: T, token: &str) -> Result<Request<T>> {
    let mut request = Request::new(message);
    let header = format!("Bearer {token}")
        .parse()
        .context("access token is not a valid header value")?;
    request.metadata_mut().insert("authorization", header);
    Ok(request)
}

/// Latencies and errors of one load connection, counting only requests started after warm-up.
#[derive(Default)]
struct ClientResult {
    latencies_micros: Vec<u32>,
    errors: u64,
    first_error: Option<String>,
}

/// Runs `clients` connections, each sending `GetRobot` back to back, and summarises the
/// measured window as JSON: requests, errors, requests per second and latency percentiles.
async fn load(
    app_url: &str,
    token: &str,
    robot: &str,
    clients: usize,
    warmup: f64,
    seconds: f64,
) -> Result<serde_json::Value> {
    let mut channels = Vec::with_capacity(clients);
    for _ in 0..clients {
        channels.push(connect(app_url).await?);
    }
    let measure_from = Instant::now() + Duration::from_secs_f64(warmup);
    let measure_until = measure_from + Duration::from_secs_f64(seconds);

    let mut tasks = Vec::with_capacity(clients);
    for channel in channels {
        let token = token.to_string();
        let robot = robot.to_string();
        tasks.push(tokio::spawn(async move {
            let mut client = AppServiceClient::new(channel);
            let mut result = ClientResult::default();
            loop {
                let started = Instant::now();
                if started >= measure_until {
                    break;
                }
                let request = with_token(GetRobotRequest { id: robot.clone() }, &token)
                    .expect("a token that parsed once parses again");
                let outcome = client.get_robot(request).await;
                if started < measure_from {
                    continue;
                }
                match outcome {
                    Ok(_) => {
                        let micros = started.elapsed().as_micros();
                        result
                            .latencies_micros
                            .push(u32::try_from(micros).unwrap_or(u32::MAX));
                    }
                    Err(status) => {
                        result.errors += 1;
                        result.first_error.get_or_insert_with(|| status.to_string());
                    }
                }
            }
            result
        }));
    }

    let mut latencies = Vec::new();
    let mut errors = 0;
    let mut first_error = None;
    for task in tasks {
        let result = task.await.context("a load task panicked")?;
        latencies.extend(result.latencies_micros);
        errors += result.errors;
        if first_error.is_none() {
            first_error = result.first_error;
        }
    }
    latencies.sort_unstable();
    let percentile_ms = |fraction: f64| -> Option<f64> {
        let last = latencies.len().checked_sub(1)?;
        let index = ((last as f64) * fraction).round() as usize;
        Some(f64::from(latencies[index]) / 1000.0)
    };
    let completed = latencies.len() as u64;
    Ok(serde_json::json!({
        "clients": clients,
        "seconds": seconds,
        "requests": completed + errors,
        "errors": errors,
        "first_error": first_error,
        "requests_per_second": (completed + errors) as f64 / seconds,
        "p50_ms": percentile_ms(0.50),
        "p99_ms": percentile_ms(0.99),
        "max_ms": percentile_ms(1.0),
    }))
}

/// Sends `count` entries numbered from `first`, `batch` per request, paced to `rate` entries
/// per second (unpaced when 0). Each message carries its sequence number and its send time in
/// Unix microseconds, so a reader can check for loss, repeats and lag.
async fn push_logs(
    channel: Channel,
    token: &str,
    part: &str,
    count: u64,
    rate: u64,
    batch: usize,
    first: u64,
) -> Result<u64> {
    let mut client = RobotServiceClient::new(channel);
    // The Python SDK's log file writer expects every entry to name its source file and line.
    let caller = prost_types::Struct {
        fields: [
            ("File".to_string(), string_value("bench/push_logs.rs")),
            ("Line".to_string(), number_value(1.0)),
        ]
        .into(),
    };
    let started = Instant::now();
    let mut sent = 0;
    while sent < count {
        if rate > 0 {
            // Sleep until the schedule allows this batch, so bursts stay one batch long.
            let due = Duration::from_secs_f64(sent as f64 / rate as f64);
            tokio::time::sleep_until((started + due).into()).await;
        }
        let size = (count - sent).min(batch as u64);
        let now = SystemTime::now().duration_since(UNIX_EPOCH)?;
        let logs = (0..size)
            .map(|offset| LogEntry {
                host: "bench".into(),
                level: "info".into(),
                time: Some(prost_types::Timestamp {
                    seconds: now.as_secs() as i64,
                    nanos: now.subsec_nanos() as i32,
                }),
                logger_name: "bench".into(),
                caller: Some(caller.clone()),
                message: format!(
                    "bench seq={} sent_us={}",
                    first + sent + offset,
                    now.as_micros()
                ),
                ..LogEntry::default()
            })
            .collect();
        let request = with_token(
            LogRequest {
                id: part.to_string(),
                logs,
            },
            token,
        )?;
        if let Err(status) = client.log(request).await {
            bail!("Log failed after {sent} entries: {status}");
        }
        sent += size;
    }
    Ok(sent)
}

fn string_value(text: &str) -> prost_types::Value {
    prost_types::Value {
        kind: Some(prost_types::value::Kind::StringValue(text.to_string())),
    }
}

fn number_value(number: f64) -> prost_types::Value {
    prost_types::Value {
        kind: Some(prost_types::value::Kind::NumberValue(number)),
    }
}
