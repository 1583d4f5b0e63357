//! Server tests for part logs and RobotService: a real server on a loopback port, a machine
//! authenticating with a part secret, and AppService clients paging and tailing its log.

use std::time::Duration;

use tempfile::TempDir;
use tonic::service::Interceptor;
use tonic::transport::Channel;
use tonic::{Code, Request, Status};

use super::store::{Store, logs};
use super::{LocalEmulator, start_local};
use crate::proto::proto::rpc::v1 as rpc;
use crate::proto::proto::rpc::v1::auth_service_client::AuthServiceClient;
use crate::proto::viam::app::v1 as api;
use crate::proto::viam::app::v1::app_service_client::AppServiceClient;
use crate::proto::viam::app::v1::robot_service_client::RobotServiceClient;
use crate::proto::viam::common::v1::LogEntry;

/// Maximum wait for a tail to deliver, reached only when the test fails.
const TAIL_WAIT: Duration = Duration::from_secs(10);

#[derive(Clone)]
struct Bearer(String);

impl Interceptor for Bearer {
    fn call(&mut self, mut request: Request<()>) -> Result<Request<()>, Status> {
        let header = format!("Bearer {}", self.0).parse().unwrap();
        request.metadata_mut().insert("authorization", header);
        Ok(request)
    }
}

type Intercepted = tonic::service::interceptor::InterceptedService<Channel, Bearer>;

/// A server with a fresh machine `probe` whose main part the tests use, so the demo fleet's
/// own entries never mix in.
struct Fixture {
    emulator: LocalEmulator,
    data: std::path::PathBuf,
    app: AppServiceClient<Intercepted>,
    part: api::RobotPart,
    _dir: TempDir,
}

impl Fixture {
    async fn start() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("emulator.sqlite3");
        let emulator = start_local(&data).await.unwrap();
        let token = authenticate(&emulator.url, "api-key", &emulator.key_id, &emulator.key)
            .await
            .unwrap();
        let mut app =
            AppServiceClient::with_interceptor(channel(&emulator.url).await, Bearer(token));

        let org = app
            .list_organizations(api::ListOrganizationsRequest {})
            .await
            .unwrap()
            .into_inner()
            .organizations
            .remove(0);
        let location = app
            .list_locations(api::ListLocationsRequest {
                organization_id: org.id,
            })
            .await
            .unwrap()
            .into_inner()
            .locations
            .remove(0);
        let robot_id = app
            .new_robot(api::NewRobotRequest {
                name: "probe".into(),
                location: location.id,
            })
            .await
            .unwrap()
            .into_inner()
            .id;
        let part = app
            .get_robot_parts(api::GetRobotPartsRequest { robot_id })
            .await
            .unwrap()
            .into_inner()
            .parts
            .remove(0);
        Fixture {
            emulator,
            data,
            app,
            part,
            _dir: dir,
        }
    }

    /// Connects a RobotService client authenticated as the probe part with its first secret.
    async fn machine(&self) -> RobotServiceClient<Intercepted> {
        let token = authenticate(
            &self.emulator.url,
            "robot-secret",
            &self.part.id,
            &self.part.secret,
        )
        .await
        .unwrap();
        RobotServiceClient::with_interceptor(channel(&self.emulator.url).await, Bearer(token))
    }

    async fn page(
        &mut self,
        request: api::GetRobotPartLogsRequest,
    ) -> api::GetRobotPartLogsResponse {
        self.app
            .get_robot_part_logs(request)
            .await
            .unwrap()
            .into_inner()
    }
}

async fn channel(url: &str) -> Channel {
    Channel::from_shared(url.to_owned())
        .unwrap()
        .connect()
        .await
        .unwrap()
}

async fn authenticate(
    url: &str,
    kind: &str,
    entity: &str,
    payload: &str,
) -> Result<String, Status> {
    let response = AuthServiceClient::new(channel(url).await)
        .authenticate(rpc::AuthenticateRequest {
            entity: entity.to_owned(),
            credentials: Some(rpc::Credentials {
                r#type: kind.to_owned(),
                payload: payload.to_owned(),
            }),
        })
        .await?;
    Ok(response.into_inner().access_token)
}

fn entries(prefix: &str, count: usize, first_second: i64) -> Vec<LogEntry> {
    (0..count)
        .map(|index| LogEntry {
            level: "info".into(),
            message: format!("{prefix}-{index}"),
            logger_name: "rdk.test".into(),
            time: Some(prost_types::Timestamp {
                seconds: first_second + index as i64,
                nanos: 0,
            }),
            ..Default::default()
        })
        .collect()
}

fn messages(entries: &[LogEntry]) -> Vec<String> {
    entries.iter().map(|e| e.message.clone()).collect()
}

#[tokio::test]
async fn logged_entries_page_by_hundred() {
    let mut fixture = Fixture::start().await;
    let mut machine = fixture.machine().await;
    machine
        .log(api::LogRequest {
            id: fixture.part.id.clone(),
            logs: entries("tick", 250, 1_700_000_000),
        })
        .await
        .unwrap();
    let ascending = api::GetRobotPartLogsRequest {
        id: fixture.part.id.clone(),
        order: Some(api::LogOrder::Ascending as i32),
        ..Default::default()
    };

    let first = fixture.page(ascending.clone()).await;
    let again = fixture.page(ascending.clone()).await;
    let second = fixture
        .page(api::GetRobotPartLogsRequest {
            page_token: Some(first.next_page_token.clone()),
            ..ascending.clone()
        })
        .await;
    let third = fixture
        .page(api::GetRobotPartLogsRequest {
            page_token: Some(second.next_page_token.clone()),
            ..ascending.clone()
        })
        .await;
    let newest = fixture
        .page(api::GetRobotPartLogsRequest {
            id: fixture.part.id.clone(),
            limit: Some(2),
            ..Default::default()
        })
        .await;

    assert_eq!(first.logs.len(), 100);
    assert_eq!(first.next_page_token, again.next_page_token, "stable token");
    assert_eq!(second.logs.len(), 100);
    assert_eq!(third.logs.len(), 50);
    assert_eq!(third.next_page_token, "", "last page has an empty token");
    assert_eq!(first.logs[0].message, "tick-0");
    assert_eq!(third.logs[49].message, "tick-249");
    assert_eq!(messages(&newest.logs), ["tick-249", "tick-248"]);
}

#[tokio::test]
async fn bad_page_requests_rejected() {
    let mut fixture = Fixture::start().await;
    let part_id = fixture.part.id.clone();
    let cases = [
        api::GetRobotPartLogsRequest {
            id: part_id.clone(),
            page_token: Some("not-a-token".into()),
            ..Default::default()
        },
        api::GetRobotPartLogsRequest {
            id: part_id.clone(),
            limit: Some(-1),
            ..Default::default()
        },
        api::GetRobotPartLogsRequest {
            id: part_id.clone(),
            order: Some(7),
            ..Default::default()
        },
    ];
    for request in cases {
        let status = fixture
            .app
            .get_robot_part_logs(request.clone())
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{request:?}");
    }
}

#[tokio::test]
async fn needs_restart_true_once() {
    let mut fixture = Fixture::start().await;
    let mut machine = fixture.machine().await;
    let check = api::NeedsRestartRequest {
        id: fixture.part.id.clone(),
    };

    let before = machine
        .needs_restart(check.clone())
        .await
        .unwrap()
        .into_inner();
    fixture
        .app
        .mark_part_for_restart(api::MarkPartForRestartRequest {
            part_id: fixture.part.id.clone(),
        })
        .await
        .unwrap();
    let first = machine
        .needs_restart(check.clone())
        .await
        .unwrap()
        .into_inner();
    let second = machine.needs_restart(check).await.unwrap().into_inner();

    assert!(!before.must_restart);
    assert!(first.must_restart);
    assert!(!second.must_restart);
    assert_eq!(first.id, fixture.part.id);
    assert!(first.restart_check_interval.unwrap().seconds > 0);
}

#[tokio::test]
async fn part_tokens_scoped_to_their_part() {
    let mut fixture = Fixture::start().await;
    let url = fixture.emulator.url.clone();
    let wrong_secret = authenticate(&url, "robot-secret", &fixture.part.id, "wrong")
        .await
        .unwrap_err();
    let mut machine = fixture.machine().await;
    let other_part = machine
        .log(api::LogRequest {
            id: super::ids::new_uuid(),
            logs: entries("x", 1, 1),
        })
        .await
        .unwrap_err();
    let part_token = authenticate(&url, "robot-secret", &fixture.part.id, &fixture.part.secret)
        .await
        .unwrap();
    let mut app_with_part_token =
        AppServiceClient::with_interceptor(channel(&url).await, Bearer(part_token));
    let app_call = app_with_part_token
        .list_organizations(api::ListOrganizationsRequest {})
        .await
        .unwrap_err();
    let key_token = authenticate(
        &url,
        "api-key",
        &fixture.emulator.key_id,
        &fixture.emulator.key,
    )
    .await
    .unwrap();
    let mut machine_with_key =
        RobotServiceClient::with_interceptor(channel(&url).await, Bearer(key_token));
    let robot_call = machine_with_key
        .needs_restart(api::NeedsRestartRequest {
            id: fixture.part.id.clone(),
        })
        .await
        .unwrap_err();

    assert_eq!(wrong_secret.code(), Code::Unauthenticated);
    assert_eq!(other_part.code(), Code::PermissionDenied);
    assert_eq!(app_call.code(), Code::Unauthenticated);
    assert_eq!(robot_call.code(), Code::Unauthenticated);

    // Deleting the secret revokes the tokens issued for it.
    fixture
        .app
        .delete_robot_part_secret(api::DeleteRobotPartSecretRequest {
            part_id: fixture.part.id.clone(),
            secret_id: fixture.part.secrets[0].id.clone(),
        })
        .await
        .unwrap();
    let revoked = machine
        .needs_restart(api::NeedsRestartRequest {
            id: fixture.part.id.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(revoked.code(), Code::Unauthenticated);
}

#[tokio::test]
async fn tail_streams_new_entries_only() {
    let mut fixture = Fixture::start().await;
    let mut machine = fixture.machine().await;
    machine
        .log(api::LogRequest {
            id: fixture.part.id.clone(),
            logs: entries("before", 2, 1_700_000_000),
        })
        .await
        .unwrap();
    let mut tail = fixture
        .app
        .tail_robot_part_logs(api::TailRobotPartLogsRequest {
            id: fixture.part.id.clone(),
            errors_only: false,
            filter: Some("after".into()),
        })
        .await
        .unwrap()
        .into_inner();

    let mut logged = entries("after", 2, 1_700_000_100);
    logged.extend(entries("skipped", 1, 1_700_000_200));
    machine
        .log(api::LogRequest {
            id: fixture.part.id.clone(),
            logs: logged,
        })
        .await
        .unwrap();
    let batch = tokio::time::timeout(TAIL_WAIT, tail.message())
        .await
        .expect("tail delivered in time")
        .unwrap()
        .unwrap();

    assert_eq!(messages(&batch.logs), ["after-0", "after-1"]);
}

#[tokio::test]
async fn tail_sees_other_connection_on_file() {
    let mut fixture = Fixture::start().await;
    let mut tail = fixture
        .app
        .tail_robot_part_logs(api::TailRobotPartLogsRequest {
            id: fixture.part.id.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();

    // A second connection to the data file plays the part of another process: it writes without
    // waking the tail, which must find the entry by polling.
    let other = Store::open(&fixture.data).unwrap();
    let part_id = fixture.part.id.clone();
    other
        .write(|db| logs::insert(db, &part_id, &entries("elsewhere", 1, 1_700_000_000), 0))
        .unwrap();
    let batch = tokio::time::timeout(TAIL_WAIT, tail.message())
        .await
        .expect("tail delivered in time")
        .unwrap()
        .unwrap();

    assert_eq!(messages(&batch.logs), ["elsewhere-0"]);
}

#[tokio::test]
async fn tail_of_deleted_part_ends_not_found() {
    let mut fixture = Fixture::start().await;
    let part_id = fixture
        .app
        .new_robot_part(api::NewRobotPartRequest {
            robot_id: fixture.part.robot.clone(),
            part_name: "arm".into(),
        })
        .await
        .unwrap()
        .into_inner()
        .part_id;
    let mut tail = fixture
        .app
        .tail_robot_part_logs(api::TailRobotPartLogsRequest {
            id: part_id.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner();

    fixture
        .app
        .delete_robot_part(api::DeleteRobotPartRequest { part_id })
        .await
        .unwrap();
    let ended = tokio::time::timeout(TAIL_WAIT, tail.message())
        .await
        .expect("tail ended in time")
        .unwrap_err();

    assert_eq!(ended.code(), Code::NotFound);
}

#[tokio::test]
async fn tail_of_unknown_part_not_found() {
    let mut fixture = Fixture::start().await;
    let status = fixture
        .app
        .tail_robot_part_logs(api::TailRobotPartLogsRequest {
            id: super::ids::new_uuid(),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::NotFound);
}

#[tokio::test]
async fn update_rejects_invalid_config_json() {
    let mut fixture = Fixture::start().await;
    let cases = ["{\"baud\": ", "[1, 2]", "{\"serial\": 9007199254740993}"];

    for text in cases {
        let status = fixture
            .app
            .update_robot_part(api::UpdateRobotPartRequest {
                id: fixture.part.id.clone(),
                name: fixture.part.name.clone(),
                robot_config_json: Some(text.to_owned()),
                ..Default::default()
            })
            .await
            .unwrap_err();
        assert_eq!(status.code(), Code::InvalidArgument, "{text}");
        assert!(
            status.message().contains("`robot_config_json`"),
            "{status:?}"
        );
    }
    let history = fixture
        .app
        .get_robot_part_history(api::GetRobotPartHistoryRequest {
            id: fixture.part.id.clone(),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .history;
    assert!(history.is_empty(), "rejected updates leave no history");
}

#[tokio::test]
async fn update_keeps_config_json_text() {
    let mut fixture = Fixture::start().await;
    let text = r#"{"z": 1, "a": {"baud": 115200}}"#;

    let updated = fixture
        .app
        .update_robot_part(api::UpdateRobotPartRequest {
            id: fixture.part.id.clone(),
            name: fixture.part.name.clone(),
            robot_config_json: Some(text.to_owned()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .part
        .unwrap();

    assert_eq!(
        updated.robot_config_json.as_deref(),
        Some(r#"{"z":1,"a":{"baud":115200}}"#),
        "key order is kept"
    );
}

#[tokio::test]
async fn shared_part_name_lookup_ambiguous() {
    let mut fixture = Fixture::start().await;
    let location_id = fixture.part.location_id.clone();
    let robot_id = fixture
        .app
        .new_robot(api::NewRobotRequest {
            name: "second".into(),
            location: location_id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .id;
    for robot in [fixture.part.robot.clone(), robot_id] {
        fixture
            .app
            .new_robot_part(api::NewRobotPartRequest {
                robot_id: robot,
                part_name: "camera".into(),
            })
            .await
            .unwrap();
    }
    let lookup = |name: &str| api::GetRobotPartByNameAndLocationRequest {
        name: name.to_owned(),
        location_id: location_id.clone(),
    };

    let shared = fixture
        .app
        .get_robot_part_by_name_and_location(lookup("camera"))
        .await
        .unwrap_err();
    let missing = fixture
        .app
        .get_robot_part_by_name_and_location(lookup("nothing"))
        .await
        .unwrap_err();
    let unique = fixture
        .app
        .get_robot_part_by_name_and_location(lookup(&fixture.part.name))
        .await
        .unwrap()
        .into_inner()
        .part
        .unwrap();

    assert_eq!(shared.code(), Code::FailedPrecondition);
    assert!(shared.message().contains("2 parts"), "{shared:?}");
    assert_eq!(missing.code(), Code::NotFound);
    assert_eq!(unique.id, fixture.part.id);
}

#[tokio::test]
async fn part_metadata_round_trip() {
    let mut fixture = Fixture::start().await;
    let get = api::GetRobotPartMetadataRequest {
        id: fixture.part.id.clone(),
    };
    let data = crate::structjson::json_to_struct(
        serde_json::json!({"rack": 4, "owner": "ops"})
            .as_object()
            .unwrap(),
    )
    .unwrap();

    let empty = fixture
        .app
        .get_robot_part_metadata(get.clone())
        .await
        .unwrap();
    fixture
        .app
        .update_robot_part_metadata(api::UpdateRobotPartMetadataRequest {
            id: fixture.part.id.clone(),
            data: Some(data.clone()),
        })
        .await
        .unwrap();
    let stored = fixture
        .app
        .get_robot_part_metadata(get.clone())
        .await
        .unwrap();
    fixture
        .app
        .update_robot_part_metadata(api::UpdateRobotPartMetadataRequest {
            id: fixture.part.id.clone(),
            data: None,
        })
        .await
        .unwrap();
    let cleared = fixture.app.get_robot_part_metadata(get).await.unwrap();

    assert_eq!(empty.into_inner().data, Some(Default::default()));
    assert_eq!(stored.into_inner().data, Some(data));
    assert_eq!(cleared.into_inner().data, Some(Default::default()));
}
