//! The gRPC layer: one channel to the app API, API-key authentication with a cached access
//! token, and the retry and re-authentication policy shared by every call.

use std::future::Future;
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{Context as _, Result};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;
use tonic::transport::{Channel, ClientTlsConfig, Endpoint};
use tonic::{Code, Status};

use crate::error::{Exit, UserError, code_name};
use crate::profile;
use crate::proto::proto::rpc::v1::{
    AuthenticateRequest, Credentials, auth_service_client::AuthServiceClient,
};
use crate::proto::viam::app::v1::app_service_client::AppServiceClient;

/// The production endpoint, used when neither a flag, the environment nor the profile names one.
pub const DEFAULT_APP_URL: &str = "https://app.viam.com:443";

/// Largest response the client accepts; long lists can pass tonic's 4 MiB default.
const MAX_RESPONSE_BYTES: usize = 256 * 1024 * 1024;

/// Reads that fail with `UNAVAILABLE` are retried this many times; writes never are.
const MAX_READ_RETRIES: u32 = 3;

/// A cached token is used only while it has at least this long to live.
const TOKEN_EXPIRY_MARGIN: Duration = Duration::from_secs(120);

/// Lifetime assumed for a token that is not a JWT with an `exp` claim.
const OPAQUE_TOKEN_LIFETIME: Duration = Duration::from_secs(10 * 60);

/// An API key. `Debug` never shows the secret.
#[derive(Clone)]
pub struct ApiKey {
    pub id: String,
    pub secret: String,
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKey")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// Where to connect and as whom.
#[derive(Debug, Clone)]
pub struct Target {
    pub app_url: String,
    pub key: ApiKey,
    /// Name of the token cache file; `None` keeps the token in memory only.
    pub cache_name: Option<String>,
    pub connect_timeout: Duration,
    /// What to do when the server rejects the key, which depends on where the key came from.
    pub rejected_hint: String,
}

#[derive(Serialize, Deserialize)]
struct CachedToken {
    fingerprint: String,
    access_token: String,
    expires_at: u64,
}

/// An authenticated connection to the app API.
pub struct Connection {
    channel: Channel,
    target: Target,
    token: Mutex<Option<String>>,
}

impl Connection {
    /// Prepares a channel to `target`; nothing is sent until the first call.
    pub fn new(target: Target) -> Result<Self> {
        let channel = endpoint(&target.app_url, target.connect_timeout)?.connect_lazy();
        Ok(Self {
            channel,
            target,
            token: Mutex::new(None),
        })
    }

    /// Returns the ID of the API key this connection authenticates with.
    pub fn key_id(&self) -> &str {
        &self.target.key.id
    }

    /// Returns the endpoint this connection talks to.
    pub fn app_url(&self) -> &str {
        &self.target.app_url
    }

    /// Returns the shared channel, for services other than the app service.
    pub fn channel(&self) -> Channel {
        self.channel.clone()
    }

    /// Returns a client for the app service on the shared channel.
    pub fn app(&self) -> AppServiceClient<Channel> {
        AppServiceClient::new(self.channel.clone())
            .max_decoding_message_size(MAX_RESPONSE_BYTES)
            .max_encoding_message_size(MAX_RESPONSE_BYTES)
    }

    /// Sends one call with the bearer token. `UNAUTHENTICATED` re-authenticates once and
    /// retries; `UNAVAILABLE` on an idempotent read retries with jittered backoff.
    pub async fn call<Req, Resp, Send, Fut>(
        &self,
        method: &'static str,
        request: Req,
        send: Send,
    ) -> Result<Resp>
    where
        Req: Clone,
        Send: Fn(AppServiceClient<Channel>, tonic::Request<Req>) -> Fut,
        Fut: Future<Output = Result<tonic::Response<Resp>, Status>>,
    {
        self.call_with(method, || Ok(request.clone()), send).await
    }

    /// Like [`Connection::call`], for a request that cannot be cloned (a client stream):
    /// `make_request` builds it afresh for each attempt.
    pub async fn call_with<Req, Resp, Make, Send, Fut>(
        &self,
        method: &'static str,
        make_request: Make,
        send: Send,
    ) -> Result<Resp>
    where
        Make: Fn() -> Result<Req>,
        Send: Fn(AppServiceClient<Channel>, tonic::Request<Req>) -> Fut,
        Fut: Future<Output = Result<tonic::Response<Resp>, Status>>,
    {
        let idempotent = is_idempotent(method);
        let mut reauthenticated = false;
        let mut retries = 0;
        loop {
            let token = match self.token().await {
                Ok(token) => token,
                Err(error)
                    if idempotent && retries < MAX_READ_RETRIES && is_unavailable(&error) =>
                {
                    retries += 1;
                    let delay = backoff(retries);
                    tracing::debug!(
                        method,
                        retry = retries,
                        delay_ms = delay.as_millis() as u64,
                        "server unavailable; retrying"
                    );
                    tokio::time::sleep(delay).await;
                    continue;
                }
                Err(error) => return Err(error),
            };
            let mut outgoing = tonic::Request::new(make_request()?);
            let header = format!("Bearer {token}")
                .parse()
                .context("access token is not a valid header value")?;
            outgoing.metadata_mut().insert("authorization", header);

            let started = Instant::now();
            let result = send(self.app(), outgoing).await;
            let code = result
                .as_ref()
                .map_or_else(|status| status.code(), |_| Code::Ok);
            tracing::debug!(
                method,
                status = code_name(code),
                latency_ms = elapsed_ms(started),
                "rpc"
            );

            match result {
                Ok(response) => return Ok(response.into_inner()),
                Err(status) if status.code() == Code::Unauthenticated && !reauthenticated => {
                    tracing::debug!(method, "token rejected; authenticating again");
                    self.forget_token().await;
                    reauthenticated = true;
                }
                Err(status)
                    if status.code() == Code::Unavailable
                        && idempotent
                        && retries < MAX_READ_RETRIES =>
                {
                    retries += 1;
                    let delay = backoff(retries);
                    tracing::debug!(
                        method,
                        retry = retries,
                        delay_ms = delay.as_millis() as u64,
                        "server unavailable; retrying"
                    );
                    tokio::time::sleep(delay).await;
                }
                Err(status) if is_unreachable(status.code()) => {
                    return Err(self.unreachable(status));
                }
                Err(status) => return Err(status.into()),
            }
        }
    }

    /// Wraps a transport failure in a message naming the endpoint. The status stays in the
    /// chain, so the exit code (6) and the retry checks still see its code.
    fn unreachable(&self, status: Status) -> anyhow::Error {
        let message = if status.code() == Code::DeadlineExceeded {
            format!(
                "the server at {} did not respond in time",
                self.target.app_url
            )
        } else {
            format!("could not reach the server at {}", self.target.app_url)
        };
        anyhow::Error::new(status).context(message)
    }

    /// Returns a usable token: the one in memory, else a fresh cached one, else a new one.
    async fn token(&self) -> Result<String> {
        let mut slot = self.token.lock().await;
        if let Some(token) = slot.as_ref() {
            return Ok(token.clone());
        }
        if let Some(token) = self.read_cached_token() {
            tracing::debug!("using cached access token");
            *slot = Some(token.clone());
            return Ok(token);
        }
        let token = self.authenticate().await?;
        self.write_cached_token(&token);
        *slot = Some(token.clone());
        Ok(token)
    }

    async fn forget_token(&self) {
        *self.token.lock().await = None;
        if let Some(path) = self.cache_path() {
            let _ = std::fs::remove_file(path);
        }
    }

    async fn authenticate(&self) -> Result<String> {
        let request = AuthenticateRequest {
            entity: self.target.key.id.clone(),
            credentials: Some(Credentials {
                r#type: "api-key".into(),
                payload: self.target.key.secret.clone(),
            }),
        };
        let started = Instant::now();
        let result = AuthServiceClient::new(self.channel.clone())
            .authenticate(request)
            .await;
        let code = result
            .as_ref()
            .map_or_else(|status| status.code(), |_| Code::Ok);
        tracing::debug!(
            method = "Authenticate",
            status = code_name(code),
            latency_ms = elapsed_ms(started),
            "rpc"
        );
        match result {
            Ok(response) => Ok(response.into_inner().access_token),
            Err(status) if status.code() == Code::Unauthenticated => Err(anyhow::Error::new(
                UserError::new(
                    Exit::Denied,
                    format!("API key {} was rejected", self.target.key.id),
                )
                .with_hint(self.target.rejected_hint.clone()),
            )),
            Err(status) if is_unreachable(status.code()) => Err(self.unreachable(status)),
            Err(status) => Err(anyhow::Error::new(status).context("authentication failed")),
        }
    }

    fn cache_path(&self) -> Option<PathBuf> {
        let name = self.target.cache_name.as_ref()?;
        let dir = profile::cache_dir().ok()?;
        Some(dir.join("tokens").join(format!("{name}.json")))
    }

    /// Identifies the endpoint and key a cached token belongs to, so a changed key or URL
    /// never reuses an old token. Only a hash of the key is stored.
    fn fingerprint(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update(self.target.app_url.as_bytes());
        hasher.update([0]);
        hasher.update(self.target.key.id.as_bytes());
        hasher.update([0]);
        hasher.update(self.target.key.secret.as_bytes());
        format!("{:x}", hasher.finalize())
    }

    fn read_cached_token(&self) -> Option<String> {
        let text = std::fs::read_to_string(self.cache_path()?).ok()?;
        let cached: CachedToken = serde_json::from_str(&text).ok()?;
        let fresh = cached.expires_at > unix_now() + TOKEN_EXPIRY_MARGIN.as_secs();
        (fresh && cached.fingerprint == self.fingerprint()).then_some(cached.access_token)
    }

    fn write_cached_token(&self, token: &str) {
        let Some(path) = self.cache_path() else {
            return;
        };
        let cached = CachedToken {
            fingerprint: self.fingerprint(),
            access_token: token.to_string(),
            expires_at: token_expiry(token),
        };
        let Ok(text) = serde_json::to_vec(&cached) else {
            return;
        };
        // A cache that cannot be written costs one more Authenticate next time, nothing more.
        if let Err(error) = profile::write_private_file(&path, &text) {
            tracing::debug!(error = %error, "could not cache the access token");
        }
    }
}

/// Builds an endpoint: TLS with verified certificates for `https://`, plaintext for `http://`.
fn endpoint(app_url: &str, connect_timeout: Duration) -> Result<Endpoint> {
    let invalid = || {
        UserError::usage(format!("invalid app URL `{app_url}`"))
            .with_hint("use https://HOST:PORT, or http://127.0.0.1:PORT for a local emulator")
    };
    let scheme = app_url.split("://").next().unwrap_or_default();
    if !app_url.contains("://") || !matches!(scheme, "http" | "https") {
        return Err(invalid().into());
    }
    let endpoint = Endpoint::from_shared(app_url.to_string())
        .map_err(|_| invalid())?
        .connect_timeout(connect_timeout)
        .tcp_nodelay(true)
        .http2_keep_alive_interval(Duration::from_secs(30));
    if scheme == "https" {
        let tls = ClientTlsConfig::new().with_enabled_roots();
        return endpoint
            .tls_config(tls)
            .with_context(|| format!("failed to set up TLS for {app_url}"));
    }
    Ok(endpoint)
}

/// Reports whether a method (by its snake_case client name) only reads, so a retry is safe.
/// Returns the time since `started` in milliseconds, rounded to microseconds for the log.
fn elapsed_ms(started: Instant) -> f64 {
    (started.elapsed().as_secs_f64() * 1_000_000.0).round() / 1000.0
}

fn is_idempotent(method: &str) -> bool {
    method == "location_auth"
        || ["list_", "get_", "check_"]
            .iter()
            .any(|prefix| method.starts_with(prefix))
}

fn is_unreachable(code: Code) -> bool {
    matches!(code, Code::Unavailable | Code::DeadlineExceeded)
}

fn is_unavailable(error: &anyhow::Error) -> bool {
    error
        .chain()
        .filter_map(|cause| cause.downcast_ref::<Status>())
        .any(|status| status.code() == Code::Unavailable)
}

/// Exponential backoff from 100 ms with full jitter.
fn backoff(attempt: u32) -> Duration {
    let ceiling = 100u64 << attempt.min(6);
    Duration::from_millis(rand::random_range(ceiling / 2..=ceiling))
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs())
}

/// Reads the `exp` claim of a JWT; other tokens get a short assumed lifetime.
fn token_expiry(token: &str) -> u64 {
    let claims = token
        .split('.')
        .nth(1)
        .and_then(|payload| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(payload.trim_end_matches('='))
                .ok()
        })
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok());
    claims
        .and_then(|claims| claims.get("exp").and_then(serde_json::Value::as_u64))
        .unwrap_or_else(|| unix_now() + OPAQUE_TOKEN_LIFETIME.as_secs())
}

/// Sends one app-service call through [`Connection::call`], naming the method once.
#[macro_export]
macro_rules! rpc {
    ($connection:expr, $method:ident, $request:expr) => {
        $connection.call(
            stringify!($method),
            $request,
            |mut client, request| async move { client.$method(request).await },
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jwt_expiry_read_from_claims() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"sub":"k","exp":1900000000}"#);
        assert_eq!(token_expiry(&format!("h.{payload}.s")), 1_900_000_000);
    }

    #[test]
    fn opaque_token_gets_short_lifetime() {
        let expiry = token_expiry("not-a-jwt");
        assert!(expiry <= unix_now() + OPAQUE_TOKEN_LIFETIME.as_secs());
        assert!(expiry > unix_now());
    }

    #[test]
    fn only_reads_are_idempotent() {
        assert!(is_idempotent("list_organizations"));
        assert!(is_idempotent("get_robot"));
        assert!(is_idempotent("location_auth"));
        assert!(!is_idempotent("delete_robot"));
        assert!(!is_idempotent("new_robot"));
    }

    #[test]
    fn url_without_scheme_rejected() {
        let error = endpoint("app.viam.com:443", Duration::from_secs(1)).unwrap_err();
        assert!(error.to_string().contains("app.viam.com:443"), "{error}");
    }
}
