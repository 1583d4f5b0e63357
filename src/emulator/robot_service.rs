//! `viam.app.v1.RobotService`: the calls a machine part makes to the cloud, authenticated
//! with a part secret (credentials type `robot-secret`).
//!
//! `Log` stores log entries and `NeedsRestart` returns a pending restart request once. Both
//! count as contact from the part, which makes it and its machine online.

use std::sync::Arc;

use tonic::service::Interceptor;
use tonic::{Request, Response, Status};

use super::auth::Authenticator;
use super::error::{Error, Result};
use super::handler;
use super::ids;
use super::request_log::RpcMethod;
use super::store::{Store, logs, now_micros, parts};
use crate::proto::viam::app::v1 as api;
use crate::proto::viam::app::v1::robot_service_server::RobotService;
use crate::proto::viam::common::v1::LogEntry;

/// How long a part should wait between `NeedsRestart` calls, in seconds.
const RESTART_CHECK_INTERVAL_SECS: i64 = 5;

/// The part a RobotService request comes from, established from its access token.
#[derive(Clone, Debug)]
struct PartCaller(String);

/// Interceptor that rejects RobotService calls without a valid part access token and stores
/// the calling part in the request extensions.
#[derive(Clone)]
pub struct RequirePartToken(pub Arc<Authenticator>);

impl Interceptor for RequirePartToken {
    fn call(&mut self, mut request: Request<()>) -> std::result::Result<Request<()>, Status> {
        match self
            .0
            .part(request.metadata(), chrono::Utc::now().timestamp())
        {
            Ok(part_id) => {
                request.extensions_mut().insert(PartCaller(part_id));
                Ok(request)
            }
            Err(error) => {
                handler::log_error(request.extensions().get::<RpcMethod>(), None, &error);
                Err(error.into())
            }
        }
    }
}

pub struct RobotApi {
    store: Arc<Store>,
}

impl RobotApi {
    pub fn new(store: Arc<Store>) -> Self {
        RobotApi { store }
    }

    /// Runs `work` for the calling part on the blocking thread pool, after checking that the
    /// request's `id` names that part.
    async fn call<Req, Res>(
        &self,
        request: Request<Req>,
        id: impl FnOnce(&Req) -> &str,
        work: fn(&Store, &str, Req) -> Result<Res>,
    ) -> std::result::Result<Response<Res>, Status>
    where
        Req: Send + 'static,
        Res: Send + 'static,
    {
        let method = request.extensions().get::<RpcMethod>().cloned();
        let Some(PartCaller(caller)) = request.extensions().get::<PartCaller>().cloned() else {
            let error = Error::unauthenticated("missing access token");
            handler::log_error(method.as_ref(), None, &error);
            return Err(error.into());
        };
        let message = request.into_inner();
        let requested = id(&message).to_owned();
        let store = Arc::clone(&self.store);
        let part_id = caller.clone();
        let response = handler::run_blocking(method, Some(caller), move || {
            let requested = ids::uuid_field("id", &requested)?;
            if requested != part_id {
                return Err(Error::permission_denied(format!(
                    "the access token is for part {part_id}, not part {requested}"
                )));
            }
            work(&store, &part_id, message)
        })
        .await?;
        Ok(Response::new(response))
    }
}

#[tonic::async_trait]
impl RobotService for RobotApi {
    async fn log(
        &self,
        request: Request<api::LogRequest>,
    ) -> std::result::Result<Response<api::LogResponse>, Status> {
        self.call(
            request,
            |message| &message.id,
            |store, part_id, message| {
                store_logs(store, part_id, &message.logs)?;
                Ok(api::LogResponse {})
            },
        )
        .await
    }

    async fn needs_restart(
        &self,
        request: Request<api::NeedsRestartRequest>,
    ) -> std::result::Result<Response<api::NeedsRestartResponse>, Status> {
        self.call(
            request,
            |message| &message.id,
            |store, part_id, _| {
                let must_restart = take_restart(store, part_id)?;
                Ok(api::NeedsRestartResponse {
                    id: part_id.to_owned(),
                    must_restart,
                    restart_check_interval: Some(prost_types::Duration {
                        seconds: RESTART_CHECK_INTERVAL_SECS,
                        nanos: 0,
                    }),
                })
            },
        )
        .await
    }
}

/// Stores log entries of part `part_id` and wakes the tails in this process.
pub fn store_logs(store: &Store, part_id: &str, entries: &[LogEntry]) -> Result<()> {
    let now = now_micros();
    store.write(|db| {
        parts::touch(db, part_id, now)?;
        logs::insert(db, part_id, entries, now.saturating_mul(1_000))
    })?;
    logs::announce_written();
    Ok(())
}

/// Consumes the pending restart request of part `part_id`, returning whether there was one.
pub fn take_restart(store: &Store, part_id: &str) -> Result<bool> {
    store.write(|db| {
        parts::touch(db, part_id, now_micros())?;
        parts::take_restart(db, part_id)
    })
}
