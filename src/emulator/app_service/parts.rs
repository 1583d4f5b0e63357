//! Handlers for single machine parts: reads, updates with history, deletion, the main-part
//! flag, restart requests, part secrets and part metadata.
//!
//! A part belongs to a machine, so access is checked on the part's machine: Read for reads,
//! Operate for restart requests, Write for changes and Admin for secrets.

use rusqlite::Connection;
use serde_json::{Map, Value as Json};

use super::Context;
use crate::emulator::access::{Identity, IdentityKind, Permission, Resource, allows, require};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::parts::{self, Editor, HistoryCursor, HistoryQuery, PartUpdate};
use crate::emulator::store::secrets::{self, Owner};
use crate::emulator::store::{found, now_micros};
use crate::emulator::{ids, rules};
use crate::proto::viam::app::v1 as api;
use crate::structjson::{json_to_struct, struct_to_json};

/// History entries per page when the request sets no `page_limit`.
const DEFAULT_HISTORY_PAGE: usize = 100;

/// Maximum history page size; a larger `page_limit` is reduced to it.
const MAX_HISTORY_PAGE: usize = 1000;

/// Checks that `identity` may act on part `part_id` with `permission` and returns the part's
/// machine. An unknown part is `NOT_FOUND`.
pub fn require_part(
    db: &Connection,
    identity: &Identity,
    permission: Permission,
    part_id: &str,
) -> Result<String> {
    let robot_id = found(parts::robot_of(db, part_id)?, || {
        format!("part {part_id} not found")
    })?;
    require(db, identity, permission, Resource::Robot(&robot_id))?;
    Ok(robot_id)
}

/// Removes the secrets from `part` unless `identity` may manage its machine's secrets, so
/// that operators, who may read a part, cannot take over the machine's identity.
pub fn hide_secrets_from(
    db: &Connection,
    identity: &Identity,
    mut part: api::RobotPart,
) -> Result<api::RobotPart> {
    if !allows(
        db,
        identity,
        Permission::Admin,
        Resource::Robot(&part.robot),
    )? {
        part.secret.clear();
        part.secrets.clear();
    }
    Ok(part)
}

pub fn get(
    context: &Context,
    request: api::GetRobotPartRequest,
) -> Result<api::GetRobotPartResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let part = context.store.read(|db| {
        require_part(db, &context.identity, Permission::Read, &id)?;
        hide_secrets_from(db, &context.identity, parts::get(db, &id)?)
    })?;
    Ok(api::GetRobotPartResponse {
        config_json: part.robot_config_json.clone().unwrap_or_default(),
        part: Some(part),
    })
}

/// Finds a part by name among the machines of a location. Part names are unique only within
/// a machine, so a name shared by several machines there is `FAILED_PRECONDITION` listing
/// their part ids.
pub fn get_by_name_and_location(
    context: &Context,
    request: api::GetRobotPartByNameAndLocationRequest,
) -> Result<api::GetRobotPartByNameAndLocationResponse> {
    let location_id = ids::location_id_field("location_id", &request.location_id)?;
    if request.name.is_empty() {
        return Err(Error::invalid_argument("missing `name`"));
    }
    let part = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Location(&location_id),
        )?;
        let matches = parts::ids_by_name_in_location(db, &request.name, &location_id)?;
        match matches.as_slice() {
            [] => Err(Error::not_found(format!(
                "no part named {:?} in location {location_id}",
                request.name
            ))),
            [id] => hide_secrets_from(db, &context.identity, parts::get(db, id)?),
            several => Err(Error::failed_precondition(format!(
                "{} parts are named {:?} in location {location_id}: {}. Pass a part id instead",
                several.len(),
                request.name,
                several.join(", ")
            ))),
        }
    })?;
    Ok(api::GetRobotPartByNameAndLocationResponse { part: Some(part) })
}

/// Adds a part that is not the main part, with an empty config and one secret.
pub fn create(
    context: &Context,
    request: api::NewRobotPartRequest,
) -> Result<api::NewRobotPartResponse> {
    let robot_id = ids::uuid_field("robot_id", &request.robot_id)?;
    rules::validate_name("part_name", &request.part_name)?;
    let part_id = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Robot(&robot_id),
        )?;
        crate::emulator::store::robots::insert_part(
            db,
            &robot_id,
            &request.part_name,
            false,
            &Map::new(),
            now_micros(),
        )
    })?;
    Ok(api::NewRobotPartResponse { part_id })
}

/// Renames a part and replaces its config, recording the previous part in its history.
///
/// `robot_config_json`, when set, takes precedence over `robot_config`; when neither is set
/// the config is kept. `last_known_update` older than the stored `last_updated` is
/// `FAILED_PRECONDITION`.
pub fn update(
    context: &Context,
    request: api::UpdateRobotPartRequest,
) -> Result<api::UpdateRobotPartResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    rules::validate_name("name", &request.name)?;
    let config = requested_config(&request)?;
    let last_known_update = request.last_known_update.as_ref().map(parts::micros);
    let editor = editor(&context.identity);
    let part = context.store.write(|db| {
        require_part(db, &context.identity, Permission::Write, &id)?;
        let config = match &config {
            Some(config) => config.clone(),
            None => stored_config(&parts::get(db, &id)?)?,
        };
        let update = PartUpdate {
            name: &request.name,
            config: &config,
            last_known_update,
            editor: &editor,
        };
        parts::update(db, &id, &update, now_micros())
    })?;
    Ok(api::UpdateRobotPartResponse { part: Some(part) })
}

fn requested_config(request: &api::UpdateRobotPartRequest) -> Result<Option<Map<String, Json>>> {
    if let Some(text) = &request.robot_config_json {
        return match serde_json::from_str::<Json>(text) {
            Ok(Json::Object(object)) => {
                // Rejects integers that a protobuf Struct would change, because it stores
                // numbers as doubles.
                json_to_struct(&object).map_err(|error| {
                    Error::invalid_argument(format!("invalid `robot_config_json`: {error}"))
                })?;
                Ok(Some(object))
            }
            Ok(_) => Err(Error::invalid_argument(
                "invalid `robot_config_json`: expected a JSON object",
            )),
            Err(error) => Err(Error::invalid_argument(format!(
                "invalid `robot_config_json`: {error}"
            ))),
        };
    }
    Ok(request
        .robot_config
        .as_ref()
        .map(|config| match struct_to_json(config) {
            Json::Object(object) => object,
            _ => unreachable!("a Struct converts to a JSON object"),
        }))
}

fn stored_config(part: &api::RobotPart) -> Result<Map<String, Json>> {
    let text = part.robot_config_json.as_deref().unwrap_or("{}");
    Ok(serde_json::from_str(text)?)
}

fn editor(identity: &Identity) -> Editor {
    let kind = match identity.kind {
        IdentityKind::ApiKey => api::AuthenticationType::ApiKey,
        IdentityKind::User => api::AuthenticationType::WebOauth,
    };
    Editor {
        kind,
        id: identity.id.clone(),
    }
}

/// Deletes a part with its secrets, history and logs. The main part of a machine that has
/// other parts is `FAILED_PRECONDITION`.
pub fn delete(
    context: &Context,
    request: api::DeleteRobotPartRequest,
) -> Result<api::DeleteRobotPartResponse> {
    let id = ids::uuid_field("part_id", &request.part_id)?;
    context.store.write(|db| {
        require_part(db, &context.identity, Permission::Write, &id)?;
        parts::delete(db, &id)
    })?;
    Ok(api::DeleteRobotPartResponse {})
}

pub fn mark_as_main(
    context: &Context,
    request: api::MarkPartAsMainRequest,
) -> Result<api::MarkPartAsMainResponse> {
    let id = ids::uuid_field("part_id", &request.part_id)?;
    context.store.write(|db| {
        require_part(db, &context.identity, Permission::Write, &id)?;
        parts::set_main(db, &id)
    })?;
    Ok(api::MarkPartAsMainResponse {})
}

/// Records a restart request, which the part's next RobotService `NeedsRestart` call
/// returns once.
pub fn mark_for_restart(
    context: &Context,
    request: api::MarkPartForRestartRequest,
) -> Result<api::MarkPartForRestartResponse> {
    let id = ids::uuid_field("part_id", &request.part_id)?;
    context.store.write(|db| {
        require_part(db, &context.identity, Permission::Operate, &id)?;
        parts::request_restart(db, &id, now_micros())
    })?;
    Ok(api::MarkPartForRestartResponse {})
}

/// Adds a secret to a part and returns the part with all its secrets.
pub fn create_secret(
    context: &Context,
    request: api::CreateRobotPartSecretRequest,
) -> Result<api::CreateRobotPartSecretResponse> {
    let id = ids::uuid_field("part_id", &request.part_id)?;
    let part = context.store.write(|db| {
        require_part(db, &context.identity, Permission::Admin, &id)?;
        secrets::insert(db, Owner::Part(&id), now_micros())?;
        parts::get(db, &id)
    })?;
    Ok(api::CreateRobotPartSecretResponse { part: Some(part) })
}

/// Deletes a part secret. Access tokens issued for it stop working at once.
pub fn delete_secret(
    context: &Context,
    request: api::DeleteRobotPartSecretRequest,
) -> Result<api::DeleteRobotPartSecretResponse> {
    let id = ids::uuid_field("part_id", &request.part_id)?;
    let secret_id = ids::uuid_field("secret_id", &request.secret_id)?;
    context.store.write(|db| {
        require_part(db, &context.identity, Permission::Admin, &id)?;
        secrets::delete(db, Owner::Part(&id), &secret_id)
    })?;
    Ok(api::DeleteRobotPartSecretResponse {})
}

/// Returns a part's config history, newest first, in pages of `page_limit` (default 100).
pub fn history(
    context: &Context,
    request: api::GetRobotPartHistoryRequest,
) -> Result<api::GetRobotPartHistoryResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let limit = match request.page_limit {
        None | Some(0) => DEFAULT_HISTORY_PAGE,
        Some(limit) if limit < 0 => {
            return Err(Error::invalid_argument(format!(
                "invalid `page_limit` {limit}: expected a positive number"
            )));
        }
        Some(limit) => (limit as usize).min(MAX_HISTORY_PAGE),
    };
    let after = match request.page_token.as_deref() {
        None | Some("") => None,
        Some(token) => {
            let (edited_on, id) = parse_page_token(token)?;
            Some(HistoryCursor { edited_on, id })
        }
    };
    let query = HistoryQuery {
        start: request.start.as_ref().map(parts::micros),
        end: request.end.as_ref().map(parts::micros),
        after,
        limit,
    };
    let (history, next) = context.store.read(|db| {
        require_part(db, &context.identity, Permission::Read, &id)?;
        parts::history(db, &id, &query)
    })?;
    Ok(api::GetRobotPartHistoryResponse {
        history,
        next_page_token: next.map_or_else(String::new, |c| page_token(c.edited_on, c.id)),
    })
}

pub fn get_metadata(
    context: &Context,
    request: api::GetRobotPartMetadataRequest,
) -> Result<api::GetRobotPartMetadataResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let data = context.store.read(|db| {
        require_part(db, &context.identity, Permission::Read, &id)?;
        parts::metadata(db, &id)
    })?;
    let data = json_to_struct(&data)
        .map_err(|error| Error::internal(format!("stored metadata: {error}")))?;
    Ok(api::GetRobotPartMetadataResponse { data: Some(data) })
}

/// Replaces a part's metadata; a missing `data` clears it.
pub fn update_metadata(
    context: &Context,
    request: api::UpdateRobotPartMetadataRequest,
) -> Result<api::UpdateRobotPartMetadataResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let data = match struct_to_json(&request.data.unwrap_or_default()) {
        Json::Object(map) => map,
        _ => unreachable!("a Struct converts to a JSON object"),
    };
    context.store.write(|db| {
        require_part(db, &context.identity, Permission::Write, &id)?;
        parts::set_metadata(db, &id, &data)
    })?;
    Ok(api::UpdateRobotPartMetadataResponse {})
}

/// Builds the page token that continues after the entry with sort key `time` and row `id`.
/// The same position always gives the same token.
pub fn page_token(time: i64, id: i64) -> String {
    format!("{time}.{id}")
}

/// Reads a token built by [`page_token`].
pub fn parse_page_token(token: &str) -> Result<(i64, i64)> {
    let parsed = token
        .split_once('.')
        .and_then(|(time, id)| Some((time.parse().ok()?, id.parse().ok()?)));
    parsed.ok_or_else(|| {
        Error::invalid_argument(format!(
            "invalid `page_token` {token:?}: pass a `next_page_token` from an earlier page"
        ))
    })
}
