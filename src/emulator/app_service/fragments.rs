//! Handlers for fragments: configuration that an organization owns and parts include.
//!
//! Reading a fragment needs Read on its organization unless the fragment is public or
//! unlisted, which every authenticated caller may read by ID. Changes need Write on the
//! owning organization.

use rusqlite::Connection;
use serde_json::{Map, Value as Json};

use super::Context;
use crate::emulator::access::{Identity, Permission, Resource, require};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::fragments::{self, FragmentUpdate, Reference};
use crate::emulator::store::{now_micros, organizations};
use crate::emulator::{ids, rules};
use crate::proto::viam::app::v1 as api;
use crate::structjson::struct_to_json;

/// Largest `page_limit` GetFragmentHistory accepts.
const MAX_HISTORY_PAGE: i64 = 1000;

pub fn list(
    context: &Context,
    request: api::ListFragmentsRequest,
) -> Result<api::ListFragmentsResponse> {
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    let visibilities = request
        .fragment_visibility
        .iter()
        .map(|value| known_visibility("fragment_visibility", *value))
        .collect::<Result<Vec<_>>>()?;
    let listed = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Organization(&organization_id),
        )?;
        fragments::list(db, &organization_id, request.show_public, &visibilities)
    })?;
    let (fragments, fragment_usages) = listed.into_iter().unzip();
    Ok(api::ListFragmentsResponse {
        fragments,
        fragment_usages,
    })
}

/// Reads a fragment, at its latest revision or at `version` (a revision number; the emulator
/// has no tags).
pub fn get(
    context: &Context,
    request: api::GetFragmentRequest,
) -> Result<api::GetFragmentResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let current_organization_id = match request.current_organization_id.as_str() {
        "" => None,
        given => Some(ids::uuid_field("current_organization_id", given)?),
    };
    let revision = match request.version.as_deref().filter(|v| !v.is_empty()) {
        None => None,
        Some(version) => Some(version.parse::<i64>().map_err(|_| {
            Error::invalid_argument(format!(
                "invalid `version` {version:?}: pass a revision number such as \"2\""
            ))
        })?),
    };
    let response = context.store.read(|db| {
        require_readable(db, &context.identity, &id)?;
        if let Some(organization_id) = &current_organization_id {
            require(
                db,
                &context.identity,
                Permission::Read,
                Resource::Organization(organization_id),
            )?;
        }
        let current = current_organization_id.as_deref();
        let (fragment, usage) = match revision {
            Some(revision) => fragments::get_revision(db, &id, revision, current)?,
            None => fragments::get(db, &id, current)?,
        };
        Ok(api::GetFragmentResponse {
            fragment: Some(fragment),
            fragment_usage: Some(usage),
            revisions: fragments::revisions(db, &id)?,
            tags: Vec::new(),
        })
    })?;
    Ok(response)
}

/// Creates a fragment, private unless the request sets a visibility.
pub fn create(
    context: &Context,
    request: api::CreateFragmentRequest,
) -> Result<api::CreateFragmentResponse> {
    rules::validate_name("name", &request.name)?;
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    let visibility = match request.visibility {
        None => api::FragmentVisibility::Private,
        Some(value) => known_visibility("visibility", value)?,
    };
    let config = config_object(request.config.as_ref());
    let id = ids::new_uuid();
    let fragment = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Organization(&organization_id),
        )?;
        fragments::insert(
            db,
            &id,
            &organization_id,
            &request.name,
            &config,
            visibility,
            &context.identity,
            now_micros(),
        )?;
        Ok(fragments::get(db, &id, Some(&organization_id))?.0)
    })?;
    Ok(api::CreateFragmentResponse {
        fragment: Some(fragment),
    })
}

/// Writes a new revision. An empty `name` and a missing config, visibility and `public` keep
/// the stored values; `fragment_config_json`, when set, is the config as JSON text.
pub fn update(
    context: &Context,
    request: api::UpdateFragmentRequest,
) -> Result<api::UpdateFragmentResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    if !request.name.is_empty() {
        rules::validate_name("name", &request.name)?;
    }
    let config = match (&request.config, &request.fragment_config_json) {
        (Some(_), Some(_)) => {
            return Err(Error::invalid_argument(
                "both `config` and `fragment_config_json` are set: send only one",
            ));
        }
        (Some(config), None) => Some(config_object(Some(config))),
        (None, Some(text)) => Some(parse_config_json(text)?),
        (None, None) => None,
    };
    let visibility = match (request.visibility, request.public) {
        (Some(value), _) => Some(known_visibility("visibility", value)?),
        (None, Some(true)) => Some(api::FragmentVisibility::Public),
        (None, Some(false)) => Some(api::FragmentVisibility::Private),
        (None, None) => None,
    };
    let change = FragmentUpdate {
        name: Some(request.name).filter(|name| !name.is_empty()),
        config,
        visibility,
        last_known_update: request.last_known_update.map(|time| {
            time.seconds
                .saturating_mul(1_000_000)
                .saturating_add(i64::from(time.nanos) / 1_000)
        }),
    };
    let fragment = context.store.write(|db| {
        require_owner(db, &context.identity, &id, Permission::Write)?;
        fragments::update(db, &id, change, &context.identity, now_micros())?;
        Ok(fragments::get(db, &id, None)?.0)
    })?;
    Ok(api::UpdateFragmentResponse {
        fragment: Some(fragment),
    })
}

/// Deletes a fragment. Fails with `FAILED_PRECONDITION` while a part config still lists it.
pub fn delete(
    context: &Context,
    request: api::DeleteFragmentRequest,
) -> Result<api::DeleteFragmentResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    context.store.write(|db| {
        require_owner(db, &context.identity, &id, Permission::Write)?;
        fragments::delete(db, &id)
    })?;
    Ok(api::DeleteFragmentResponse {})
}

/// Pages through a fragment's updates, newest first.
pub fn history(
    context: &Context,
    request: api::GetFragmentHistoryRequest,
) -> Result<api::GetFragmentHistoryResponse> {
    let id = ids::uuid_field("id", &request.id)?;
    let page_limit = match request.page_limit {
        None | Some(0) => fragments::DEFAULT_HISTORY_PAGE,
        Some(limit @ 1..=MAX_HISTORY_PAGE) => limit,
        Some(limit) => {
            return Err(Error::invalid_argument(format!(
                "invalid `page_limit` {limit}: use 1 to {MAX_HISTORY_PAGE}"
            )));
        }
    };
    let (history, next_page_token) = context.store.read(|db| {
        require_owner(db, &context.identity, &id, Permission::Read)?;
        fragments::history(db, &id, request.page_token.as_deref(), page_limit)
    })?;
    Ok(api::GetFragmentHistoryResponse {
        history,
        next_page_token,
    })
}

/// Lists the fragments a machine's parts include, nested ones too, plus the additional ones
/// the request names.
pub fn list_for_machine(
    context: &Context,
    request: api::ListMachineFragmentsRequest,
) -> Result<api::ListMachineFragmentsResponse> {
    let machine_id = ids::uuid_field("machine_id", &request.machine_id)?;
    let mut roots: Vec<Reference> = request
        .additional_fragment_ids
        .iter()
        .map(|id| Reference {
            id: id.clone(),
            version: None,
        })
        .collect();
    roots.extend(request.additional_fragments.iter().map(additional));
    let resolved = context.store.read(|db| {
        require(
            db,
            &context.identity,
            Permission::Read,
            Resource::Robot(&machine_id),
        )?;
        let mut listed: Vec<Reference> = fragments::machine_configs(db, &machine_id)?
            .iter()
            .flat_map(fragments::references)
            .collect();
        listed.append(&mut roots);
        resolve(db, &context.identity, &listed)
    })?;
    Ok(api::ListMachineFragmentsResponse {
        fragments: resolved.fragments,
        resolved_fragments: resolved.resolved,
    })
}

/// Lists the fragments nested in a fragment's config, at any depth, and those nested in the
/// additional fragments. The starting fragment itself is not listed.
pub fn list_nested(
    context: &Context,
    request: api::ListNestedFragmentsRequest,
) -> Result<api::ListNestedFragmentsResponse> {
    let root = match request.fragment_id.as_deref().filter(|id| !id.is_empty()) {
        Some(id) => Some(ids::uuid_field("fragment_id", id)?),
        None => None,
    };
    let additional: Vec<Reference> = request
        .additional_fragments
        .iter()
        .map(additional)
        .collect();
    let resolved = context.store.read(|db| {
        let mut children = Vec::new();
        if let Some(id) = &root {
            require_readable(db, &context.identity, id)?;
            let (fragment, _) = fragments::get(db, id, None)?;
            let config: Map<String, Json> =
                serde_json::from_str(fragment.fragment_config_json.as_deref().unwrap_or("{}"))?;
            children = fragments::references(&config);
        }
        children.extend(additional.iter().cloned());
        resolve(db, &context.identity, &children)
    })?;
    Ok(api::ListNestedFragmentsResponse {
        fragments: resolved.fragments,
        resolved_fragments: resolved.resolved,
    })
}

fn additional(fragment: &api::AdditionalFragment) -> Reference {
    Reference {
        id: fragment.fragment_id.clone(),
        version: fragment.version.clone(),
    }
}

fn resolve(
    db: &Connection,
    identity: &Identity,
    roots: &[Reference],
) -> Result<fragments::Resolved> {
    let accessible = organizations::accessible_ids(db, identity)?;
    let can_read = |organization_id: &str, visibility: api::FragmentVisibility| {
        visibility != api::FragmentVisibility::Private
            || accessible.iter().any(|id| id == organization_id)
    };
    fragments::resolve(db, roots, &can_read)
}

/// Checks that the caller may read fragment `id`: any caller for public and unlisted
/// fragments, else Read on the owning organization.
fn require_readable(db: &Connection, identity: &Identity, id: &str) -> Result<()> {
    let (organization_id, visibility) = fragments::owner(db, id)?;
    if visibility != api::FragmentVisibility::Private {
        return Ok(());
    }
    require(
        db,
        identity,
        Permission::Read,
        Resource::Organization(&organization_id),
    )
}

/// Checks `permission` on the organization that owns fragment `id`.
fn require_owner(
    db: &Connection,
    identity: &Identity,
    id: &str,
    permission: Permission,
) -> Result<()> {
    let (organization_id, _) = fragments::owner(db, id)?;
    require(
        db,
        identity,
        permission,
        Resource::Organization(&organization_id),
    )
}

fn known_visibility(field: &str, value: i32) -> Result<api::FragmentVisibility> {
    match api::FragmentVisibility::try_from(value) {
        Ok(api::FragmentVisibility::Unspecified) | Err(_) => Err(Error::invalid_argument(format!(
            "invalid `{field}` {value}: expected FRAGMENT_VISIBILITY_PRIVATE, \
             FRAGMENT_VISIBILITY_PUBLIC or FRAGMENT_VISIBILITY_PUBLIC_UNLISTED"
        ))),
        Ok(visibility) => Ok(visibility),
    }
}

/// Converts a request's config into a JSON object. A missing config becomes `{}`.
fn config_object(config: Option<&prost_types::Struct>) -> Map<String, Json> {
    match config.map(struct_to_json) {
        Some(Json::Object(map)) => map,
        _ => Map::new(),
    }
}

fn parse_config_json(text: &str) -> Result<Map<String, Json>> {
    match serde_json::from_str::<Json>(text) {
        Ok(Json::Object(map)) => Ok(map),
        Ok(_) => Err(Error::invalid_argument(
            "invalid `fragment_config_json`: expected a JSON object",
        )),
        Err(error) => Err(Error::invalid_argument(format!(
            "invalid `fragment_config_json` at line {}, column {}: {error}",
            error.line(),
            error.column()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;

    use crate::emulator::app_service::test_support::{HOME, OTHER, contexts};

    fn create_in_home(home: &Context, visibility: api::FragmentVisibility) -> String {
        let request = api::CreateFragmentRequest {
            name: "base".into(),
            config: None,
            organization_id: HOME.into(),
            visibility: Some(visibility as i32),
        };
        create(home, request).unwrap().fragment.unwrap().id
    }

    fn get_by(context: &Context, id: &str) -> Result<api::GetFragmentResponse> {
        let request = api::GetFragmentRequest {
            id: id.into(),
            ..Default::default()
        };
        get(context, request)
    }

    #[test]
    fn private_fragment_hidden_from_other_org() {
        let (home, other) = contexts();
        let id = create_in_home(&home, api::FragmentVisibility::Private);

        let error = get_by(&other, &id).unwrap_err();

        assert_eq!(error.kind, ErrorKind::PermissionDenied);
        assert!(get_by(&home, &id).is_ok());
    }

    #[test]
    fn unlisted_fragment_readable_by_id_only() {
        let (home, other) = contexts();
        let id = create_in_home(&home, api::FragmentVisibility::PublicUnlisted);

        assert!(get_by(&other, &id).is_ok());
        let listed = list(
            &other,
            api::ListFragmentsRequest {
                organization_id: OTHER.into(),
                show_public: true,
                fragment_visibility: Vec::new(),
            },
        )
        .unwrap();
        assert!(listed.fragments.is_empty(), "{:?}", listed.fragments);
    }

    #[test]
    fn other_org_cannot_change_fragment() {
        let (home, other) = contexts();
        let id = create_in_home(&home, api::FragmentVisibility::Public);

        let update_error = update(
            &other,
            api::UpdateFragmentRequest {
                id: id.clone(),
                name: "taken".into(),
                ..Default::default()
            },
        )
        .unwrap_err();
        let delete_error = delete(&other, api::DeleteFragmentRequest { id }).unwrap_err();

        assert_eq!(update_error.kind, ErrorKind::PermissionDenied);
        assert_eq!(delete_error.kind, ErrorKind::PermissionDenied);
    }

    #[test]
    fn unspecified_visibility_rejected() {
        let (home, _) = contexts();
        let request = api::CreateFragmentRequest {
            name: "base".into(),
            config: None,
            organization_id: HOME.into(),
            visibility: Some(api::FragmentVisibility::Unspecified as i32),
        };

        let error = create(&home, request).unwrap_err();

        assert_eq!(error.kind, ErrorKind::InvalidArgument);
    }

    #[test]
    fn config_json_and_struct_conflict() {
        let (home, _) = contexts();
        let id = create_in_home(&home, api::FragmentVisibility::Private);
        let request = api::UpdateFragmentRequest {
            id,
            config: Some(Default::default()),
            fragment_config_json: Some("{}".into()),
            ..Default::default()
        };

        let error = update(&home, request).unwrap_err();

        assert_eq!(error.kind, ErrorKind::InvalidArgument);
    }
}
