//! `viamctl emulator serve`: run the emulator as a server until interrupted.

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, bail};
use tokio::net::TcpListener;

use super::{DemoSeed, open_prepared, server};

/// How long in-flight requests may run after Ctrl-C or SIGTERM before the server stops anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

const LONG_ABOUT: &str = "\
Serve the emulated Viam fleet API on a local port

Serves proto.rpc.v1.AuthService, viam.app.v1.AppService and viam.app.v1.RobotService over \
plaintext HTTP/2, and gRPC-web over HTTP/1.1 on the same port, until Ctrl-C or SIGTERM. After \
binding it prints three `export` lines for VIAM_APP_URL, VIAM_API_KEY_ID and VIAM_API_KEY on \
stdout, which a shell can source. It then logs one line per request (method, status, latency) \
and one line per failed request (method, status, caller, error) on stderr. RUST_LOG overrides \
the log filter.

State lives in an SQLite file that survives restarts. On first use the file gets an \
organization (\"Emulated Org\", or \"Demo Robotics\" with --demo) and an owner API key. The \
key's plaintext is kept in the file so that every start can print it again: the emulator is a \
local tool, and its file is created readable by its owner only (0600). Access tokens are valid \
for 24 hours.

Behaviour chosen where the real service's is not known:
  - a role on an organization covers its locations, shared ones included, and their machines, \
and a role on a location covers its child locations and their machines;
  - operators read and operate (list, get, logs, restart), and owners may also create, change \
and delete, and manage members, invites, roles, API keys and secrets;
  - an identity with any role inside an organization can get the organization and list the \
locations and machines it can reach there;
  - an unknown id is NOT_FOUND, and an existing one outside the caller's reach is \
PERMISSION_DENIED;
  - namespaces are 1 to 63 lowercase letters, digits and dashes, and checking an invalid one \
is INVALID_ARGUMENT;
  - names are 1 to 200 characters without surrounding whitespace; location names may repeat, \
machine names may not within a location;
  - the last user owning an organization cannot be removed as a member, and API keys do not \
count as owners for that rule;
  - removing a role or deleting a key fails when no user or API key would own the \
organization any more;
  - rotating or deleting an API key rejects the access tokens issued to it before, at their \
next call (a token issued within the same second as a rotation stays valid);
  - invites send no email: accept one with `viamctl emulator accept-invite`;
  - a user can be looked up by email only by callers sharing an organization with them;
  - deleting an organization deletes its locations, machines, members and invites, but keeps \
API keys;
  - renaming a machine keeps its part names;
  - machines are `awaiting setup` until they contact the emulator;
  - part logs come newest first unless ascending order is requested, in pages of 100 entries \
(at most 1000), and `filter` matches a case-sensitive substring of the message;
  - part history keeps the part as it was before each update, without its secrets;
  - looking up a part by a name that several machines of the location use is \
FAILED_PRECONDITION listing their part IDs;
  - NeedsRestart asks parts to check again every 5 seconds;
  - a fragment version is its revision number (1 for the created fragment, then one more per \
update), and fragments have no tags;
  - public and unlisted fragments and modules are readable by every caller, but only public \
ones are listed to other organizations;
  - a module version is a semantic version without a leading `v`, and each version and \
platform can be uploaded once; uploaded files are kept in a `modules` directory beside the \
data file, and UploadModuleFile returns their `file://` URL.

With --demo the demo machines upload log entries every few seconds (start-up, component \
status, heartbeats, occasional warnings and errors) and restart when asked.";

/// Serve the emulated Viam fleet API on a local port
#[derive(clap::Args, Debug)]
#[command(long_about = LONG_ABOUT)]
pub struct ServeArgs {
    /// Address to listen on; port 0 picks a free port
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,

    /// SQLite data file [default: emulator.sqlite3 in the user's data directory, or in
    /// $VIAMCTL_DATA_DIR]
    #[arg(long, value_name = "PATH")]
    pub data: Option<PathBuf>,

    /// Seed a demo fleet into the data file (only once per file) and run its machines, which
    /// upload log entries and act on restart requests
    #[arg(long)]
    pub demo: bool,

    /// Allow listening on a non-loopback address, although traffic is not encrypted
    #[arg(long)]
    pub allow_remote: bool,
}

pub async fn run(args: ServeArgs) -> anyhow::Result<()> {
    init_logging();

    if !args.listen.ip().is_loopback() && !args.allow_remote {
        bail!(
            "listen address {} is not a loopback address, and the emulator serves plaintext \
             gRPC, so API keys and access tokens would cross the network unencrypted. Listen \
             on 127.0.0.1, or pass `--allow-remote` to accept that",
            args.listen
        );
    }
    let path = match args.data {
        Some(path) => path,
        None => super::default_data_path()?,
    };

    let (store, prepared) = open_prepared(path.clone(), DemoSeed::from(args.demo)).await?;
    let listener = TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("failed to listen on {}", args.listen))?;
    let address = listener
        .local_addr()
        .context("failed to read the bound address")?;
    print_exports(&client_url(address), &prepared.key.id, &prepared.key.key)?;
    tracing::info!(address = %address, data = %path.display(), "emulator listening");
    if args.demo {
        super::demo::spawn(Arc::clone(&store), true);
    }

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = server::serve(store, prepared.signing_key, listener, async {
        let _ = stopped.await;
    });
    tokio::pin!(server);
    tokio::select! {
        result = &mut server => return result,
        () = shutdown_signal() => {}
    }

    tracing::info!("shutting down");
    let _ = stop.send(());
    match tokio::time::timeout(SHUTDOWN_GRACE, server).await {
        Ok(result) => result?,
        Err(_) => tracing::warn!(
            grace_secs = SHUTDOWN_GRACE.as_secs(),
            "requests still running after the shutdown grace period; stopping anyway"
        ),
    }
    tracing::info!("emulator stopped");
    Ok(())
}

/// Installs a stderr logger at level `info` for viamctl, unless the process already has one.
fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn,viamctl=info"));
    let _ = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(filter)
        .try_init();
}

/// Builds the URL a client on this machine uses for `address`. An unspecified address such as
/// 0.0.0.0 is replaced by loopback.
fn client_url(address: SocketAddr) -> String {
    let mut address = address;
    if address.ip().is_unspecified() {
        address.set_ip(match address {
            SocketAddr::V4(_) => std::net::Ipv4Addr::LOCALHOST.into(),
            SocketAddr::V6(_) => std::net::Ipv6Addr::LOCALHOST.into(),
        });
    }
    format!("http://{address}")
}

fn print_exports(url: &str, key_id: &str, key: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "export VIAM_APP_URL={url}")
        .and_then(|()| writeln!(stdout, "export VIAM_API_KEY_ID={key_id}"))
        .and_then(|()| writeln!(stdout, "export VIAM_API_KEY={key}"))
        .and_then(|()| stdout.flush())
        .context("failed to write the connection settings to stdout")
}

async fn shutdown_signal() {
    let interrupt = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "failed to listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut stream) => {
                stream.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "failed to listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();

    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_url_maps_unspecified_to_loopback() {
        assert_eq!(
            client_url("0.0.0.0:8080".parse().unwrap()),
            "http://127.0.0.1:8080"
        );
        assert_eq!(
            client_url("[::]:9000".parse().unwrap()),
            "http://[::1]:9000"
        );
        assert_eq!(
            client_url("127.0.0.1:4242".parse().unwrap()),
            "http://127.0.0.1:4242"
        );
    }
}
