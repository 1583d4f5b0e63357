//! `proto.rpc.v1.AuthService` and the bearer-token check in front of every AppService call.

use std::sync::Arc;

use tonic::metadata::MetadataMap;
use tonic::service::Interceptor;
use tonic::{Request, Response, Status};

use super::access::Identity;
use super::error::{Error, Result};
use super::handler;
use super::ids;
use super::request_log::RpcMethod;
use super::store::{Store, keys, parts};
use super::token::SigningKey;
use crate::proto::proto::rpc::v1 as rpc;
use crate::proto::proto::rpc::v1::auth_service_server::AuthService;

/// Credential type of an API key: entity is the key id, payload the key.
const API_KEY_CREDENTIALS: &str = "api-key";

/// Credential type of a machine part: entity is the part id, payload one of its secrets.
const PART_SECRET_CREDENTIALS: &str = "robot-secret";

/// Start of the subject of a token issued for a part secret, followed by the part id, `:` and
/// the secret id. API key tokens carry the bare key id, which is a UUID and has no `:`.
const PART_SUBJECT_PREFIX: &str = "part:";

/// Issues and checks access tokens against the API keys in the store.
pub struct Authenticator {
    store: Arc<Store>,
    signing_key: SigningKey,
}

impl Authenticator {
    pub fn new(store: Arc<Store>, signing_key: SigningKey) -> Self {
        Authenticator { store, signing_key }
    }

    /// Exchanges an API key for an access token valid for 24 hours from `now` (Unix seconds).
    ///
    /// An unknown key id and a wrong key give the same `UNAUTHENTICATED` message, so a caller
    /// cannot probe which key ids exist.
    pub fn authenticate(
        &self,
        entity: &str,
        credentials: Option<&rpc::Credentials>,
        now: i64,
    ) -> Result<String> {
        let credentials =
            credentials.ok_or_else(|| Error::unauthenticated("missing `credentials`"))?;
        if credentials.r#type == PART_SECRET_CREDENTIALS {
            return self.authenticate_part(entity, &credentials.payload, now);
        }
        if credentials.r#type != API_KEY_CREDENTIALS {
            return Err(Error::unauthenticated(format!(
                "unsupported credentials type {:?}: use \"{API_KEY_CREDENTIALS}\" or \
                 \"{PART_SECRET_CREDENTIALS}\"",
                credentials.r#type
            )));
        }
        let key_id = entity.to_ascii_lowercase();
        let valid = self
            .store
            .read(|db| keys::verify(db, &key_id, &credentials.payload))?;
        if !valid {
            return Err(Error::unauthenticated("invalid API key id or key"));
        }
        Ok(self.signing_key.issue(&key_id, now))
    }

    /// Exchanges a part id and one of the part's secrets for an access token that only
    /// RobotService accepts. A wrong part id and a wrong secret give the same message.
    fn authenticate_part(&self, part_id: &str, secret: &str, now: i64) -> Result<String> {
        let rejected = || Error::unauthenticated("invalid part id or part secret");
        let part_id = ids::uuid_field("entity", part_id).map_err(|_| rejected())?;
        let secret_id = self
            .store
            .read(|db| parts::secret_id(db, &part_id, secret))?
            .ok_or_else(rejected)?;
        let subject = format!("{PART_SUBJECT_PREFIX}{part_id}:{secret_id}");
        Ok(self.signing_key.issue(&subject, now))
    }

    /// Returns the identity behind the `authorization: Bearer <token>` entry of `metadata`,
    /// checking the token's signature and expiry at `now` and that its API key still exists.
    pub fn identity(&self, metadata: &MetadataMap, now: i64) -> Result<Identity> {
        let token = bearer_token(metadata)?;
        let claims = self.signing_key.verify(token, now)?;
        if claims.sub.starts_with(PART_SUBJECT_PREFIX) {
            return Err(Error::unauthenticated(
                "this access token was issued for a part secret, which only RobotService \
                 accepts: authenticate with an API key",
            ));
        }
        let (exists, rotated_at) = self.store.read(|db| {
            Ok((
                keys::exists(db, &claims.sub)?,
                keys::rotated_at(db, &claims.sub)?,
            ))
        })?;
        if !exists {
            return Err(Error::unauthenticated(format!(
                "API key {} of this access token no longer exists",
                claims.sub
            )));
        }
        // Token times have a resolution of one second, so a token issued in the second of the
        // rotation stays valid whichever secret it was issued for.
        if rotated_at.is_some_and(|rotated_at| claims.iat < rotated_at) {
            return Err(Error::unauthenticated(format!(
                "API key {} was rotated after this access token was issued: authenticate again \
                 with the new key",
                claims.sub
            )));
        }
        Ok(Identity::api_key(claims.sub))
    }

    /// Returns the part behind the bearer token in `metadata`, checking the token's signature
    /// and expiry at `now` and that the part secret it was issued for still exists.
    pub fn part(&self, metadata: &MetadataMap, now: i64) -> Result<String> {
        let token = bearer_token(metadata)?;
        let claims = self.signing_key.verify(token, now)?;
        let (part_id, secret_id) = claims
            .sub
            .strip_prefix(PART_SUBJECT_PREFIX)
            .and_then(|rest| rest.split_once(':'))
            .ok_or_else(|| {
                Error::unauthenticated(
                    "RobotService accepts only access tokens issued for a part secret: \
                     authenticate with credentials type \"robot-secret\"",
                )
            })?;
        let valid = self
            .store
            .read(|db| parts::has_secret(db, part_id, secret_id))?;
        if !valid {
            return Err(Error::unauthenticated(format!(
                "the secret of part {part_id} behind this access token was deleted"
            )));
        }
        Ok(part_id.to_owned())
    }
}

/// Reads the token of the `authorization: Bearer <token>` entry of `metadata`.
fn bearer_token(metadata: &MetadataMap) -> Result<&str> {
    let header = metadata
        .get("authorization")
        .ok_or_else(|| {
            Error::unauthenticated("missing `authorization` metadata: authenticate first")
        })?
        .to_str()
        .map_err(|_| Error::unauthenticated("invalid `authorization` metadata"))?;
    header
        .split_once(' ')
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .ok_or_else(|| {
            Error::unauthenticated("invalid `authorization` metadata: expected `Bearer <token>`")
        })
}

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Interceptor that rejects AppService calls without a valid access token and stores the
/// caller's [`Identity`] in the request extensions.
#[derive(Clone)]
pub struct RequireToken(pub Arc<Authenticator>);

impl Interceptor for RequireToken {
    fn call(&mut self, mut request: Request<()>) -> std::result::Result<Request<()>, Status> {
        match self.0.identity(request.metadata(), unix_now()) {
            Ok(identity) => {
                request.extensions_mut().insert(identity);
                Ok(request)
            }
            Err(error) => {
                handler::log_error(request.extensions().get::<RpcMethod>(), None, &error);
                Err(error.into())
            }
        }
    }
}

/// The `proto.rpc.v1.AuthService` implementation.
pub struct AuthApi(pub Arc<Authenticator>);

#[tonic::async_trait]
impl AuthService for AuthApi {
    async fn authenticate(
        &self,
        request: Request<rpc::AuthenticateRequest>,
    ) -> std::result::Result<Response<rpc::AuthenticateResponse>, Status> {
        let method = request.extensions().get::<RpcMethod>().cloned();
        let message = request.into_inner();
        let authenticator = Arc::clone(&self.0);
        // A client that swaps the key id and the key would send the secret as `entity`, so
        // only a well-formed key id is logged.
        let caller = ids::uuid_field("entity", &message.entity).ok();
        let token = handler::run_blocking(method, caller, move || {
            authenticator.authenticate(&message.entity, message.credentials.as_ref(), unix_now())
        })
        .await?;
        Ok(Response::new(rpc::AuthenticateResponse {
            access_token: token,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;
    use crate::emulator::seed;

    const NOW: i64 = 1_700_000_000;

    fn setup() -> (Authenticator, seed::BootstrapKey) {
        let store = Arc::new(Store::open_in_memory());
        let prepared = seed::prepare(&store, false).unwrap();
        (
            Authenticator::new(store, prepared.signing_key),
            prepared.key,
        )
    }

    fn credentials(kind: &str, payload: &str) -> rpc::Credentials {
        rpc::Credentials {
            r#type: kind.into(),
            payload: payload.into(),
        }
    }

    fn bearer(token: &str) -> MetadataMap {
        let mut metadata = MetadataMap::new();
        metadata.insert("authorization", format!("Bearer {token}").parse().unwrap());
        metadata
    }

    #[test]
    fn key_exchanged_for_token() {
        let (auth, key) = setup();
        let token = auth
            .authenticate(&key.id, Some(&credentials("api-key", &key.key)), NOW)
            .unwrap();
        let identity = auth.identity(&bearer(&token), NOW + 3600).unwrap();
        assert_eq!(identity, Identity::api_key(&key.id));
    }

    #[test]
    fn bad_credentials_unauthenticated() {
        let (auth, key) = setup();
        let wrong_key = auth
            .authenticate(&key.id, Some(&credentials("api-key", "wrong")), NOW)
            .unwrap_err();
        let unknown_id = auth
            .authenticate(
                "00000000-0000-4000-8000-000000000000",
                Some(&credentials("api-key", &key.key)),
                NOW,
            )
            .unwrap_err();
        assert_eq!(wrong_key.kind, ErrorKind::Unauthenticated);
        assert_eq!(wrong_key, unknown_id);

        let wrong_type = auth
            .authenticate(&key.id, Some(&credentials("robot-secret", &key.key)), NOW)
            .unwrap_err();
        assert_eq!(wrong_type.kind, ErrorKind::Unauthenticated);
        let missing = auth.authenticate(&key.id, None, NOW).unwrap_err();
        assert_eq!(missing.kind, ErrorKind::Unauthenticated);
    }

    #[test]
    fn expired_token_rejected() {
        let (auth, key) = setup();
        let token = auth
            .authenticate(&key.id, Some(&credentials("api-key", &key.key)), NOW)
            .unwrap();
        let later = NOW + crate::emulator::token::TOKEN_LIFETIME_SECS + 1;
        let error = auth.identity(&bearer(&token), later).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unauthenticated);
    }

    #[test]
    fn token_of_deleted_key_rejected() {
        let (auth, key) = setup();
        let token = auth
            .authenticate(&key.id, Some(&credentials("api-key", &key.key)), NOW)
            .unwrap();
        auth.store
            .write(|db| {
                db.execute("DELETE FROM api_keys WHERE id = ?1", [&key.id])?;
                Ok(())
            })
            .unwrap();
        let error = auth.identity(&bearer(&token), NOW).unwrap_err();
        assert_eq!(error.kind, ErrorKind::Unauthenticated);
        assert!(error.message.contains("no longer exists"), "{error}");
    }

    #[test]
    fn malformed_header_rejected() {
        let (auth, _) = setup();
        let empty = MetadataMap::new();
        assert_eq!(
            auth.identity(&empty, NOW).unwrap_err().kind,
            ErrorKind::Unauthenticated
        );
        let mut basic = MetadataMap::new();
        basic.insert("authorization", "Basic dXNlcjpwYXNz".parse().unwrap());
        assert_eq!(
            auth.identity(&basic, NOW).unwrap_err().kind,
            ErrorKind::Unauthenticated
        );
        assert_eq!(
            auth.identity(&bearer("not-a-jwt"), NOW).unwrap_err().kind,
            ErrorKind::Unauthenticated
        );
    }

    #[test]
    fn token_before_rotation_rejected() {
        let (auth, key) = setup();
        let token = auth
            .authenticate(&key.id, Some(&credentials("api-key", &key.key)), NOW)
            .unwrap();
        auth.store
            .write(|db| keys::set_secret(db, &key.id, "replacement-secret", NOW + 60))
            .unwrap();

        let old_token = auth.identity(&bearer(&token), NOW + 120).unwrap_err();
        let old_key = auth
            .authenticate(&key.id, Some(&credentials("api-key", &key.key)), NOW + 120)
            .unwrap_err();
        let new_token = auth
            .authenticate(
                &key.id,
                Some(&credentials("api-key", "replacement-secret")),
                NOW + 120,
            )
            .unwrap();

        assert_eq!(old_token.kind, ErrorKind::Unauthenticated);
        assert!(old_token.message.contains("rotated"), "{old_token}");
        assert_eq!(old_key.kind, ErrorKind::Unauthenticated);
        assert!(auth.identity(&bearer(&new_token), NOW + 180).is_ok());
    }
}
