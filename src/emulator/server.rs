//! The gRPC server: AuthService, AppService and RobotService on one plaintext port, speaking
//! HTTP/2 gRPC and, for browser-style clients, gRPC-web over HTTP/1.1.

use std::future::Future;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio_stream::StreamExt as _;
use tokio_stream::wrappers::TcpListenerStream;
use tonic::service::interceptor::InterceptedService;
use tonic_web::GrpcWebLayer;

use super::app_service::AppApi;
use super::auth::{AuthApi, Authenticator, RequireToken};
use super::request_log::RequestLogLayer;
use super::robot_service::{RequirePartToken, RobotApi};
use super::store::Store;
use super::token::SigningKey;
use crate::proto::proto::rpc::v1::auth_service_server::AuthServiceServer;
use crate::proto::viam::app::v1::app_service_server::AppServiceServer;
use crate::proto::viam::app::v1::robot_service_server::RobotServiceServer;

/// Largest AppService request accepted, in bytes. The Python SDK uploads a module file as a
/// single message, so the default of 4 MiB is far too small.
const MAX_APP_REQUEST_BYTES: usize = 1 << 30;

/// Serves on `listener` until `shutdown` completes, then lets in-flight requests finish.
pub async fn serve(
    store: Arc<Store>,
    signing_key: SigningKey,
    listener: TcpListener,
    shutdown: impl Future<Output = ()>,
) -> anyhow::Result<()> {
    let authenticator = Arc::new(Authenticator::new(Arc::clone(&store), signing_key));
    let robot = RobotServiceServer::new(RobotApi::new(Arc::clone(&store)));
    let app =
        AppServiceServer::new(AppApi::new(store)).max_decoding_message_size(MAX_APP_REQUEST_BYTES);

    tonic::transport::Server::builder()
        .accept_http1(true)
        // The first layer added is the outermost, so gRPC-web requests are translated to gRPC
        // before they reach the request log.
        .layer(GrpcWebLayer::new())
        .layer(RequestLogLayer)
        .add_service(AuthServiceServer::new(AuthApi(Arc::clone(&authenticator))))
        .add_service(InterceptedService::new(
            app,
            RequireToken(Arc::clone(&authenticator)),
        ))
        .add_service(InterceptedService::new(
            robot,
            RequirePartToken(authenticator),
        ))
        .serve_with_incoming_shutdown(incoming(listener), shutdown)
        .await
        .context("emulator server failed")
}

/// Accepts connections from `listener` with Nagle's algorithm off. Without it, a small
/// response written in two segments waits for the client's delayed acknowledgement, which
/// adds about 40 ms to some calls on Linux. Tonic sets this only on listeners it binds itself.
fn incoming(
    listener: TcpListener,
) -> impl tokio_stream::Stream<Item = std::io::Result<tokio::net::TcpStream>> {
    TcpListenerStream::new(listener).map(|accepted| {
        let stream = accepted?;
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "failed to turn off Nagle's algorithm on a connection");
        }
        Ok(stream)
    })
}
