//! Errors that reach the user, their exit codes, and the one place they are printed.
//!
//! Commands return `anyhow::Error`. A [`UserError`] anywhere in the chain sets the exit code and
//! may carry a hint; a `tonic::Status` from the server maps to an exit code by its gRPC code.

use std::fmt;
use std::io::Write;

use tonic::Code;

/// Process exit codes, as documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Success = 0,
    Failure = 1,
    Usage = 2,
    NotFound = 3,
    Denied = 4,
    Conflict = 5,
    Unavailable = 6,
    Interrupted = 130,
}

/// An error the user can act on: a message, an exit code and an optional hint.
#[derive(Debug)]
pub struct UserError {
    pub exit: Exit,
    pub message: String,
    pub hint: Option<String>,
}

impl UserError {
    pub fn new(exit: Exit, message: impl Into<String>) -> Self {
        Self {
            exit,
            message: message.into(),
            hint: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Exit::Usage, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(Exit::NotFound, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for UserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for UserError {}

/// Maps a gRPC status code to the exit code a script sees.
pub fn exit_for_code(code: Code) -> Exit {
    match code {
        Code::Ok => Exit::Success,
        Code::NotFound => Exit::NotFound,
        Code::Unauthenticated | Code::PermissionDenied => Exit::Denied,
        Code::FailedPrecondition | Code::Aborted | Code::AlreadyExists => Exit::Conflict,
        Code::Unavailable | Code::DeadlineExceeded => Exit::Unavailable,
        Code::Cancelled => Exit::Interrupted,
        _ => Exit::Failure,
    }
}

/// Turns a server's `INVALID_ARGUMENT` into a usage error (exit 2) that names the input
/// the server rejected, for calls where that input is the only part the user typed and the
/// CLI cannot check it locally. Other errors pass through unchanged.
pub fn reject_input(error: anyhow::Error, input: &str, hint: &str) -> anyhow::Error {
    let status = error
        .chain()
        .find_map(|cause| cause.downcast_ref::<tonic::Status>());
    match status {
        Some(status) if status.code() == Code::InvalidArgument => UserError::usage(format!(
            "invalid {input}: the server rejected it: {}",
            status.message().trim()
        ))
        .with_hint(hint)
        .into(),
        _ => error,
    }
}

/// Returns the exit code for an error: the first [`UserError`] or gRPC status in its chain.
pub fn exit_for(error: &anyhow::Error) -> Exit {
    for cause in error.chain() {
        if let Some(user) = cause.downcast_ref::<UserError>() {
            return user.exit;
        }
        if let Some(status) = cause.downcast_ref::<tonic::Status>() {
            return exit_for_code(status.code());
        }
    }
    Exit::Failure
}

/// Reports whether the error is a write to a closed stdout, which ends the program quietly.
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    let broken = Some(std::io::ErrorKind::BrokenPipe);
    error.chain().any(|cause| {
        let io = cause
            .downcast_ref::<std::io::Error>()
            .map(std::io::Error::kind);
        let json = cause
            .downcast_ref::<serde_json::Error>()
            .and_then(serde_json::Error::io_error_kind);
        io == broken || json == broken
    })
}

/// Prints `error: ...` with the cause chain, then any hints, on stderr.
pub fn print(error: &anyhow::Error) {
    let mut stderr = std::io::stderr().lock();
    let mut hints = Vec::new();
    let mut parts = Vec::new();
    for cause in error.chain() {
        if let Some(user) = cause.downcast_ref::<UserError>() {
            hints.extend(user.hint.clone());
            parts.push(user.message.clone());
        } else if let Some(status) = cause.downcast_ref::<tonic::Status>() {
            parts.push(describe_status(status));
            hints.extend(hint_for_status(status));
        } else {
            parts.push(cause.to_string());
        }
    }
    parts.dedup();
    let _ = writeln!(stderr, "error: {}", parts.join(": "));
    for hint in hints {
        let _ = writeln!(stderr, "hint: {hint}");
    }
}

fn describe_status(status: &tonic::Status) -> String {
    let message = status.message().trim();
    let code = code_name(status.code());
    if message.is_empty() {
        format!("server returned {code}")
    } else {
        format!("{message} ({code})")
    }
}

fn hint_for_status(status: &tonic::Status) -> Option<String> {
    match status.code() {
        Code::Unauthenticated => Some(
            "check the API key with `viamctl profile show`, or replace it with \
             `viamctl profile update NAME --key-id ID`"
                .into(),
        ),
        Code::PermissionDenied => {
            Some("the API key lacks a role for this resource; ask an owner to grant one".into())
        }
        Code::Unavailable => Some(
            "check the endpoint (`--app-url` or `VIAM_APP_URL`) and that the server is running"
                .into(),
        ),
        _ => None,
    }
}

/// Returns the canonical upper-case name of a gRPC code, as the gRPC documentation spells it.
pub fn code_name(code: Code) -> &'static str {
    match code {
        Code::Ok => "OK",
        Code::Cancelled => "CANCELLED",
        Code::Unknown => "UNKNOWN",
        Code::InvalidArgument => "INVALID_ARGUMENT",
        Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
        Code::NotFound => "NOT_FOUND",
        Code::AlreadyExists => "ALREADY_EXISTS",
        Code::PermissionDenied => "PERMISSION_DENIED",
        Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
        Code::FailedPrecondition => "FAILED_PRECONDITION",
        Code::Aborted => "ABORTED",
        Code::OutOfRange => "OUT_OF_RANGE",
        Code::Unimplemented => "UNIMPLEMENTED",
        Code::Internal => "INTERNAL",
        Code::Unavailable => "UNAVAILABLE",
        Code::DataLoss => "DATA_LOSS",
        Code::Unauthenticated => "UNAUTHENTICATED",
    }
}
