//! A tower layer that logs one line per gRPC request: the full method path, the gRPC status
//! code name and the latency.
//!
//! A successful gRPC response carries its status in the trailers after the body, so the line
//! is written when the trailers pass through (or, for an error sent as headers only, when the
//! headers arrive). A response body dropped before its trailers, as when the client cancels,
//! is logged as `CANCELLED`. Either way each request produces exactly one line.
//!
//! The layer also stores the method path in the request extensions as [`RpcMethod`], so that
//! handlers can name the method in their error lines.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use bytes::Bytes;
use http_body::{Body as HttpBody, Frame, SizeHint};
use tonic::body::Body;

/// Full gRPC path of the request being handled, such as `/viam.app.v1.AppService/GetRobot`.
#[derive(Clone, Debug)]
pub struct RpcMethod(pub String);

impl RpcMethod {
    /// The method name without its service, such as `GetRobot`.
    pub fn short_name(&self) -> &str {
        self.0.rsplit('/').next().unwrap_or(&self.0)
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct RequestLogLayer;

impl<S> tower::Layer<S> for RequestLogLayer {
    type Service = RequestLog<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RequestLog { inner }
    }
}

#[derive(Clone, Debug)]
pub struct RequestLog<S> {
    inner: S,
}

impl<S, ReqBody> tower::Service<http::Request<ReqBody>> for RequestLog<S>
where
    S: tower::Service<http::Request<ReqBody>, Response = http::Response<Body>>,
    S::Future: Send + 'static,
{
    type Response = http::Response<Body>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, S::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: http::Request<ReqBody>) -> Self::Future {
        let record = Record {
            method: request.uri().path().to_owned(),
            started: Instant::now(),
        };
        request
            .extensions_mut()
            .insert(RpcMethod(record.method.clone()));
        let response = self.inner.call(request);

        Box::pin(async move {
            let response = match response.await {
                Ok(response) => response,
                Err(error) => {
                    record.finish("INTERNAL");
                    return Err(error);
                }
            };
            if let Some(code) = grpc_code(response.headers()) {
                record.finish(code_name(code));
                return Ok(response);
            }
            let (parts, body) = response.into_parts();
            let body = LoggedBody {
                inner: body,
                record: Some(record),
            };
            Ok(http::Response::from_parts(parts, Body::new(body)))
        })
    }
}

/// The request whose line is still to be written.
struct Record {
    method: String,
    started: Instant,
}

impl Record {
    fn finish(self, status: &str) {
        let latency_ms = self.started.elapsed().as_secs_f64() * 1000.0;
        tracing::info!(
            method = %self.method,
            status = %status,
            latency_ms = format_args!("{latency_ms:.3}"),
            "request"
        );
    }
}

/// A response body that writes the request's line when the trailers or the end pass through.
struct LoggedBody {
    inner: Body,
    record: Option<Record>,
}

impl LoggedBody {
    fn finish(&mut self, status: &str) {
        if let Some(record) = self.record.take() {
            record.finish(status);
        }
    }
}

impl HttpBody for LoggedBody {
    type Data = Bytes;
    type Error = tonic::Status;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        let this = self.get_mut();
        let polled = Pin::new(&mut this.inner).poll_frame(cx);
        match &polled {
            Poll::Ready(Some(Ok(frame))) => {
                if let Some(code) = frame.trailers_ref().and_then(grpc_code) {
                    this.finish(code_name(code));
                }
            }
            Poll::Ready(Some(Err(status))) => this.finish(code_name(status.code())),
            // A body that ends without trailers sent the client no status.
            Poll::Ready(None) => this.finish("UNKNOWN"),
            Poll::Pending => {}
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        // Claiming not to be finished while the line is pending keeps `Body::new` from
        // replacing this wrapper with an empty body, which would log `CANCELLED`.
        self.record.is_none() && self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}

impl Drop for LoggedBody {
    fn drop(&mut self) {
        self.finish("CANCELLED");
    }
}

fn grpc_code(headers: &http::HeaderMap) -> Option<tonic::Code> {
    let value = headers.get("grpc-status")?.to_str().ok()?;
    Some(tonic::Code::from_i32(value.parse().ok()?))
}

/// Returns the canonical gRPC name of `code`, such as `NOT_FOUND`.
pub fn code_name(code: tonic::Code) -> &'static str {
    use tonic::Code;
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
