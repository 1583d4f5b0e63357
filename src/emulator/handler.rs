//! Plumbing shared by the gRPC handlers: running store work off the async threads, and
//! logging every error returned to a client.

use tonic::Status;

use super::error::{Error, Result};
use super::request_log::{RpcMethod, code_name};

/// Runs `work` on tokio's blocking thread pool, because store calls may wait on SQLite's
/// busy timeout while another process writes. An error is logged with `method` and `caller`
/// and converted into a status.
pub async fn run_blocking<T, F>(
    method: Option<RpcMethod>,
    caller: Option<String>,
    work: F,
) -> std::result::Result<T, Status>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T> + Send + 'static,
{
    let result = tokio::task::spawn_blocking(work)
        .await
        .unwrap_or_else(|join_error| Err(Error::internal(format!("handler failed: {join_error}"))));
    result.map_err(|error| {
        log_error(method.as_ref(), caller.as_deref(), &error);
        error.into()
    })
}

/// Logs an error returned to a client. The message names the ids involved; `caller` is the
/// API key id or user id making the request. The line names the method without its service,
/// so that each request path appears only in the request line of [`super::request_log`].
pub fn log_error(method: Option<&RpcMethod>, caller: Option<&str>, error: &Error) {
    let code = code_name(Status::from(error.clone()).code());
    tracing::warn!(
        method = %method.map_or("unknown", RpcMethod::short_name),
        code = %code,
        caller = %caller.unwrap_or("-"),
        error = %error.message,
        "request failed"
    );
}
