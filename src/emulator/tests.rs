//! End-to-end tests: a real server on a loopback port, called with the generated clients.

use std::io::Write;
use std::sync::{Arc, Mutex};

use tempfile::TempDir;
use tonic::service::Interceptor;
use tonic::transport::Channel;
use tonic::{Code, Request, Status};

use super::access::Identity;
use super::store::{Store, keys, organizations};
use super::{LocalEmulator, ids, start_local};
use crate::proto::proto::rpc::v1 as rpc;
use crate::proto::proto::rpc::v1::auth_service_client::AuthServiceClient;
use crate::proto::viam::app::v1 as api;
use crate::proto::viam::app::v1::app_service_client::AppServiceClient;

struct TestServer {
    emulator: LocalEmulator,
    data: std::path::PathBuf,
    _dir: TempDir,
}

async fn start() -> TestServer {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("emulator.sqlite3");
    let emulator = start_local(&data).await.unwrap();
    TestServer {
        emulator,
        data,
        _dir: dir,
    }
}

async fn channel(server: &TestServer) -> Channel {
    Channel::from_shared(server.emulator.url.clone())
        .unwrap()
        .connect()
        .await
        .unwrap()
}

async fn authenticate(server: &TestServer, key_id: &str, key: &str) -> Result<String, Status> {
    let mut client = AuthServiceClient::new(channel(server).await);
    let response = client
        .authenticate(rpc::AuthenticateRequest {
            entity: key_id.to_owned(),
            credentials: Some(rpc::Credentials {
                r#type: "api-key".into(),
                payload: key.to_owned(),
            }),
        })
        .await?;
    Ok(response.into_inner().access_token)
}

/// Adds `authorization: Bearer <token>` and the extra headers the official SDKs send.
#[derive(Clone)]
struct Bearer(String);

impl Interceptor for Bearer {
    fn call(&mut self, mut request: Request<()>) -> Result<Request<()>, Status> {
        let metadata = request.metadata_mut();
        metadata.insert(
            "authorization",
            format!("Bearer {}", self.0).parse().unwrap(),
        );
        metadata.insert("viam_client", "python;v0.85.1;v0.0.0".parse().unwrap());
        Ok(request)
    }
}

type App = AppServiceClient<tonic::service::interceptor::InterceptedService<Channel, Bearer>>;

async fn app_client(server: &TestServer) -> App {
    let emulator = &server.emulator;
    let token = authenticate(server, &emulator.key_id, &emulator.key)
        .await
        .unwrap();
    AppServiceClient::with_interceptor(channel(server).await, Bearer(token))
}

async fn demo_org(app: &mut App) -> api::Organization {
    let organizations = app
        .list_organizations(api::ListOrganizationsRequest {})
        .await
        .unwrap()
        .into_inner()
        .organizations;
    assert_eq!(organizations.len(), 1);
    organizations.into_iter().next().unwrap()
}

#[tokio::test]
async fn call_without_token_unauthenticated() {
    let server = start().await;
    let mut app = AppServiceClient::new(channel(&server).await);
    let status = app
        .list_organizations(api::ListOrganizationsRequest {})
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);

    let mut forged = AppServiceClient::with_interceptor(
        channel(&server).await,
        Bearer("eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl".into()),
    );
    let status = forged
        .list_organizations(api::ListOrganizationsRequest {})
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test]
async fn wrong_key_unauthenticated() {
    let server = start().await;
    let status = authenticate(&server, &server.emulator.key_id, "wrong")
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
    let status = authenticate(&server, &ids::new_uuid(), &server.emulator.key)
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::Unauthenticated);
}

#[tokio::test]
async fn demo_fleet_listed() {
    let server = start().await;
    assert!(server.emulator.url.starts_with("http://127.0.0.1:"));
    let mut app = app_client(&server).await;

    let org = demo_org(&mut app).await;
    assert_eq!(org.name, "Demo Robotics");
    assert!(org.created_on.is_some());

    let locations = app
        .list_locations(api::ListLocationsRequest {
            organization_id: org.id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .locations;
    assert_eq!(locations.len(), 3);
    let lab = locations.iter().find(|l| l.name == "lab").unwrap();
    assert_eq!(lab.robot_count, 2);
    assert_eq!(lab.auth.as_ref().unwrap().secrets.len(), 1);
    assert_eq!(lab.organizations[0].organization_id, org.id);

    let robots = app
        .list_robots_for_org(api::ListRobotsForOrgRequest {
            org_id: org.id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .robots;
    assert_eq!(robots.len(), 5);

    let members = app
        .list_organization_members(api::ListOrganizationMembersRequest {
            organization_id: org.id.clone(),
        })
        .await
        .unwrap()
        .into_inner();
    assert_eq!(members.members.len(), 3);
    assert_eq!(members.invites.len(), 1);
}

#[tokio::test]
async fn machine_lifecycle() {
    let server = start().await;
    let mut app = app_client(&server).await;
    let org = demo_org(&mut app).await;

    let location = app
        .create_location(api::CreateLocationRequest {
            organization_id: org.id.clone(),
            name: "test-bench".into(),
            parent_location_id: None,
        })
        .await
        .unwrap()
        .into_inner()
        .location
        .unwrap();
    assert!(ids::location_id_field("id", &location.id).is_ok());

    let robot_id = app
        .new_robot(api::NewRobotRequest {
            name: "probe".into(),
            location: location.id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .id;
    let parts = app
        .get_robot_parts(api::GetRobotPartsRequest {
            robot_id: robot_id.clone(),
        })
        .await
        .unwrap()
        .into_inner()
        .parts;
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0].name, "probe-main");
    assert_eq!(
        parts[0].fqdn,
        format!("probe-main.{}.viam.cloud", location.id)
    );

    let duplicate = app
        .new_robot(api::NewRobotRequest {
            name: "probe".into(),
            location: location.id.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(duplicate.code(), Code::AlreadyExists);

    let not_empty = app
        .delete_location(api::DeleteLocationRequest {
            location_id: location.id.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(not_empty.code(), Code::FailedPrecondition);

    app.delete_robot(api::DeleteRobotRequest { id: robot_id })
        .await
        .unwrap();
    app.delete_location(api::DeleteLocationRequest {
        location_id: location.id.clone(),
    })
    .await
    .unwrap();
    let deleted = app
        .get_location(api::GetLocationRequest {
            location_id: location.id,
        })
        .await
        .unwrap_err();
    assert_eq!(deleted.code(), Code::NotFound);
}

#[tokio::test]
async fn bad_ids_rejected() {
    let server = start().await;
    let mut app = app_client(&server).await;

    let malformed = app
        .get_robot(api::GetRobotRequest {
            id: "rover-1".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(malformed.code(), Code::InvalidArgument);
    assert!(malformed.message().contains("`id`"), "{malformed:?}");

    let empty = app
        .get_organization(api::GetOrganizationRequest::default())
        .await
        .unwrap_err();
    assert_eq!(empty.code(), Code::InvalidArgument);
    assert!(empty.message().contains("`organization_id`"), "{empty:?}");

    let unknown_id = ids::new_uuid();
    let unknown = app
        .get_robot(api::GetRobotRequest {
            id: unknown_id.clone(),
        })
        .await
        .unwrap_err();
    assert_eq!(unknown.code(), Code::NotFound);
    assert!(unknown.message().contains(&unknown_id), "{unknown:?}");
}

#[tokio::test]
async fn other_organization_permission_denied() {
    let server = start().await;
    let mut app = app_client(&server).await;
    let demo = demo_org(&mut app).await;

    // A second key that owns only its own organization, written through a second connection
    // to the data file while the server is running.
    let outsider_id = ids::new_uuid();
    let outsider_key = ids::new_secret();
    let store = Store::open(&server.data).unwrap();
    store
        .write(|db| {
            keys::insert(db, &outsider_id, "outsider", &outsider_key, 1)?;
            let own_org = ids::new_uuid();
            organizations::insert(
                db,
                &own_org,
                "Elsewhere",
                &Identity::api_key(&outsider_id),
                1,
            )
        })
        .unwrap();

    let token = authenticate(&server, &outsider_id, &outsider_key)
        .await
        .unwrap();
    let mut outsider = AppServiceClient::with_interceptor(channel(&server).await, Bearer(token));
    let visible = outsider
        .list_organizations(api::ListOrganizationsRequest {})
        .await
        .unwrap()
        .into_inner()
        .organizations;
    assert_eq!(visible.len(), 1);
    assert_eq!(visible[0].name, "Elsewhere");

    let denied = outsider
        .list_locations(api::ListLocationsRequest {
            organization_id: demo.id,
        })
        .await
        .unwrap_err();
    assert_eq!(denied.code(), Code::PermissionDenied);

    // Deleting the key invalidates the token it was exchanged for.
    store
        .write(|db| {
            db.execute("DELETE FROM api_keys WHERE id = ?1", [&outsider_id])?;
            Ok(())
        })
        .unwrap();
    let revoked = outsider
        .list_organizations(api::ListOrganizationsRequest {})
        .await
        .unwrap_err();
    assert_eq!(revoked.code(), Code::Unauthenticated);
}

fn operator_grant(organization_id: &str) -> api::Authorization {
    api::Authorization {
        authorization_type: "role".into(),
        authorization_id: "organization_operator".into(),
        resource_type: "organization".into(),
        resource_id: organization_id.to_owned(),
        organization_id: organization_id.to_owned(),
        ..Default::default()
    }
}

#[tokio::test]
async fn invite_edge_cases() {
    let server = start().await;
    let mut app = app_client(&server).await;
    let org = demo_org(&mut app).await;
    let invite = |email: &str, authorizations: Vec<api::Authorization>| {
        api::CreateOrganizationInviteRequest {
            organization_id: org.id.clone(),
            email: email.to_owned(),
            authorizations,
            send_email_invite: Some(false),
        }
    };

    let created = app
        .create_organization_invite(invite("zed@example.com", vec![]))
        .await
        .unwrap()
        .into_inner()
        .invite
        .unwrap();
    assert_eq!(created.authorizations.len(), 1);
    assert_eq!(
        created.authorizations[0].authorization_id,
        "organization_owner"
    );
    assert_eq!(created.authorizations[0].resource_id, org.id);

    let duplicate = app
        .create_organization_invite(invite("ZED@example.com", vec![]))
        .await
        .unwrap_err();
    assert_eq!(duplicate.code(), Code::AlreadyExists);
    let member = app
        .create_organization_invite(invite("grace.hopper@demo-robotics.example", vec![]))
        .await
        .unwrap_err();
    assert_eq!(member.code(), Code::AlreadyExists);
    let invalid = app
        .create_organization_invite(invite("not an email", vec![]))
        .await
        .unwrap_err();
    assert_eq!(invalid.code(), Code::InvalidArgument);

    let owner_grant = created.authorizations[0].clone();
    let last = app
        .update_organization_invite_authorizations(
            api::UpdateOrganizationInviteAuthorizationsRequest {
                organization_id: org.id.clone(),
                email: "zed@example.com".into(),
                add_authorizations: vec![],
                remove_authorizations: vec![owner_grant.clone()],
            },
        )
        .await
        .unwrap_err();
    assert_eq!(last.code(), Code::InvalidArgument);
    let swapped = app
        .update_organization_invite_authorizations(
            api::UpdateOrganizationInviteAuthorizationsRequest {
                organization_id: org.id.clone(),
                email: "zed@example.com".into(),
                add_authorizations: vec![operator_grant(&org.id)],
                remove_authorizations: vec![owner_grant],
            },
        )
        .await
        .unwrap()
        .into_inner()
        .invite
        .unwrap();
    assert_eq!(swapped.authorizations.len(), 1);
    assert_eq!(
        swapped.authorizations[0].authorization_id,
        "organization_operator"
    );

    let resend_unknown = app
        .resend_organization_invite(api::ResendOrganizationInviteRequest {
            organization_id: org.id.clone(),
            email: "nobody@example.com".into(),
            send_email_invite: None,
        })
        .await
        .unwrap_err();
    assert_eq!(resend_unknown.code(), Code::NotFound);
    app.delete_organization_invite(api::DeleteOrganizationInviteRequest {
        organization_id: org.id.clone(),
        email: "zed@example.com".into(),
    })
    .await
    .unwrap();
    let delete_again = app
        .delete_organization_invite(api::DeleteOrganizationInviteRequest {
            organization_id: org.id.clone(),
            email: "zed@example.com".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(delete_again.code(), Code::NotFound);
}

#[tokio::test]
async fn last_owner_not_removed() {
    let server = start().await;
    let mut app = app_client(&server).await;
    let org = demo_org(&mut app).await;

    let owner_id = app
        .get_user_id_by_email(api::GetUserIdByEmailRequest {
            email: "grace.hopper@demo-robotics.example".into(),
        })
        .await
        .unwrap()
        .into_inner()
        .user_id;
    let status = app
        .delete_organization_member(api::DeleteOrganizationMemberRequest {
            organization_id: org.id.clone(),
            user_id: owner_id,
        })
        .await
        .unwrap_err();
    assert_eq!(status.code(), Code::FailedPrecondition);

    let operator_id = app
        .get_user_id_by_email(api::GetUserIdByEmailRequest {
            email: "ben.okafor@demo-robotics.example".into(),
        })
        .await
        .unwrap()
        .into_inner()
        .user_id;
    app.delete_organization_member(api::DeleteOrganizationMemberRequest {
        organization_id: org.id.clone(),
        user_id: operator_id,
    })
    .await
    .unwrap();
    let members = app
        .list_organization_members(api::ListOrganizationMembersRequest {
            organization_id: org.id,
        })
        .await
        .unwrap()
        .into_inner()
        .members;
    assert_eq!(members.len(), 2);
}

#[tokio::test]
async fn organization_update_rules() {
    let server = start().await;
    let mut app = app_client(&server).await;
    let org = demo_org(&mut app).await;

    let renamed = app
        .update_organization(api::UpdateOrganizationRequest {
            organization_id: org.id.clone(),
            name: Some("Demo Robotics GmbH".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .organization
        .unwrap();
    assert_eq!(renamed.name, "Demo Robotics GmbH");
    assert_eq!(renamed.default_region, org.default_region);
    assert_eq!(renamed.public_namespace, "");

    let available = app
        .get_organization_namespace_availability(api::GetOrganizationNamespaceAvailabilityRequest {
            public_namespace: "demo-robotics".into(),
            organization_id: String::new(),
        })
        .await
        .unwrap()
        .into_inner()
        .available;
    assert!(available);

    let with_namespace = app
        .update_organization(api::UpdateOrganizationRequest {
            organization_id: org.id.clone(),
            public_namespace: Some("demo-robotics".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .organization
        .unwrap();
    assert_eq!(with_namespace.public_namespace, "demo-robotics");
    assert_eq!(with_namespace.name, "Demo Robotics GmbH");

    let second_change = app
        .update_organization_namespace(api::UpdateOrganizationNamespaceRequest {
            organization_id: org.id.clone(),
            new_public_namespace: "demo-robotics-2".into(),
        })
        .await
        .unwrap_err();
    assert_eq!(second_change.code(), Code::FailedPrecondition);

    let invalid = app
        .get_organization_namespace_availability(api::GetOrganizationNamespaceAvailabilityRequest {
            public_namespace: "-bad-".into(),
            organization_id: String::new(),
        })
        .await
        .unwrap_err();
    assert_eq!(invalid.code(), Code::InvalidArgument);

    let taken = app
        .get_organization_namespace_availability(api::GetOrganizationNamespaceAvailabilityRequest {
            public_namespace: "demo-robotics".into(),
            organization_id: String::new(),
        })
        .await
        .unwrap()
        .into_inner()
        .available;
    assert!(!taken);
}

#[tokio::test]
async fn location_move_rejects_cycle() {
    let server = start().await;
    let mut app = app_client(&server).await;
    let org = demo_org(&mut app).await;
    let locations = app
        .list_locations(api::ListLocationsRequest {
            organization_id: org.id,
        })
        .await
        .unwrap()
        .into_inner()
        .locations;
    let warehouse = locations.iter().find(|l| l.name == "warehouse").unwrap();
    let dock = locations.iter().find(|l| l.name == "loading-dock").unwrap();

    let cycle = app
        .update_location(api::UpdateLocationRequest {
            location_id: warehouse.id.clone(),
            parent_location_id: Some(dock.id.clone()),
            ..Default::default()
        })
        .await
        .unwrap_err();
    assert_eq!(cycle.code(), Code::InvalidArgument);

    let top_level = app
        .update_location(api::UpdateLocationRequest {
            location_id: dock.id.clone(),
            parent_location_id: Some(String::new()),
            ..Default::default()
        })
        .await
        .unwrap()
        .into_inner()
        .location
        .unwrap();
    assert_eq!(top_level.parent_location_id, "");
    assert_eq!(top_level.name, "loading-dock");
}

#[tokio::test]
async fn restart_keeps_state_and_key() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("emulator.sqlite3");
    let first = start_local(&data).await.unwrap();
    let second = start_local(&data).await.unwrap();
    assert_eq!(first.key_id, second.key_id);
    assert_eq!(first.key, second.key);
    assert_ne!(first.url, second.url);
}

/// A log sink shared between the test and the subscriber.
#[derive(Clone, Default)]
struct CapturedLog(Arc<Mutex<Vec<u8>>>);

impl Write for CapturedLog {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl CapturedLog {
    fn clear(&self) {
        self.0.lock().unwrap().clear();
    }

    fn text(&self) -> String {
        String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
    }
}

// A current-thread runtime runs the server's connection tasks on this thread, where the
// capturing subscriber is installed.
#[tokio::test(flavor = "current_thread")]
async fn one_log_line_per_authenticate() {
    let log = CapturedLog::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::INFO)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);

    let server = start().await;
    let emulator = &server.emulator;

    // Tests on other threads may register the log call sites while this subscriber is being
    // installed, which can leave them cached as disabled. A warm-up request makes sure they
    // are registered, and the rebuild then enables them for this subscriber.
    authenticate(&server, &emulator.key_id, "warm-up")
        .await
        .unwrap_err();
    tracing::callsite::rebuild_interest_cache();
    log.clear();

    authenticate(&server, &emulator.key_id, &emulator.key)
        .await
        .unwrap();
    authenticate(&server, &emulator.key_id, "wrong")
        .await
        .unwrap_err();
    // The key sent as the key id must not reach the log either.
    authenticate(&server, &emulator.key, &emulator.key_id)
        .await
        .unwrap_err();
    let mut app = app_client(&server).await;
    app.list_organizations(api::ListOrganizationsRequest {})
        .await
        .unwrap();

    let text = log.text();
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| line.contains("/proto.rpc.v1.AuthService/Authenticate"))
        .collect();
    assert_eq!(lines.len(), 4, "{text}");
    assert!(lines[0].contains("status=OK"), "{text}");
    assert!(lines[0].contains("latency_ms="), "{text}");
    assert!(lines[1].contains("status=UNAUTHENTICATED"), "{text}");

    let failures: Vec<&str> = text
        .lines()
        .filter(|line| line.contains("request failed"))
        .collect();
    assert_eq!(failures.len(), 2, "{text}");
    assert!(failures[0].contains("method=Authenticate"), "{text}");
    assert!(failures[0].contains(&emulator.key_id), "{text}");

    assert!(
        text.contains("/viam.app.v1.AppService/ListOrganizations"),
        "{text}"
    );
    assert!(!text.contains(&emulator.key), "secret logged: {text}");
}
