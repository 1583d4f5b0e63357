//! Fragments: configuration owned by an organization and shared by the parts that list it.
//!
//! A part uses a fragment when its config has a `"fragments"` list naming the fragment's ID,
//! either as a string or as an object with an `"id"` (and an optional `"version"`). A fragment's
//! own config may list further fragments the same way, which nests them.

use std::collections::HashSet;

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Map, Value as Json};

use super::{found, timestamp};
use crate::emulator::access::{Identity, IdentityKind};
use crate::emulator::error::{Error, Result};
use crate::emulator::ids;
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::app::v1 as api;
use crate::structjson::json_to_struct;

/// Deepest nesting [`resolve`] follows below the fragments it starts from.
pub const MAX_NESTING_DEPTH: usize = 10;

/// History entries per page when the request sets no `page_limit`.
pub const DEFAULT_HISTORY_PAGE: i64 = 10;

/// One revision of a fragment together with the fragment's fixed fields.
struct FragmentRow {
    id: String,
    organization_id: String,
    name: String,
    visibility: i32,
    revision: i64,
    created_on: i64,
    last_updated: i64,
    config: String,
}

/// The fields of an update. A `None` field keeps the stored value.
#[derive(Debug, Default)]
pub struct FragmentUpdate {
    pub name: Option<String>,
    pub config: Option<Map<String, Json>>,
    pub visibility: Option<api::FragmentVisibility>,
    /// Unix microseconds of the caller's last read. A value older than the stored
    /// `last_updated` fails the update.
    pub last_known_update: Option<i64>,
}

/// A fragment named in a config's `"fragments"` list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    pub id: String,
    pub version: Option<String>,
}

/// Inserts fragment `id` at revision 1, written by `editor`.
#[allow(clippy::too_many_arguments)]
pub fn insert(
    db: &Connection,
    id: &str,
    organization_id: &str,
    name: &str,
    config: &Map<String, Json>,
    visibility: api::FragmentVisibility,
    editor: &Identity,
    now: i64,
) -> Result<()> {
    db.execute(
        "INSERT INTO fragments (id, organization_id, name, visibility, revision, created_on,
                                last_updated)
         VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5)",
        params![id, organization_id, name, visibility as i32, now],
    )?;
    insert_revision(db, id, 1, name, config, visibility as i32, editor, now)
}

#[allow(clippy::too_many_arguments)]
fn insert_revision(
    db: &Connection,
    id: &str,
    revision: i64,
    name: &str,
    config: &Map<String, Json>,
    visibility: i32,
    editor: &Identity,
    now: i64,
) -> Result<()> {
    db.execute(
        "INSERT INTO fragment_revisions (fragment_id, revision, name, config, visibility,
                                         created_on, editor_type, editor_id)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            id,
            revision,
            name,
            serde_json::to_string(config)?,
            visibility,
            now,
            editor.kind.as_str(),
            editor.id
        ],
    )?;
    Ok(())
}

/// Returns the owning organization and the visibility of fragment `id`, or `NOT_FOUND`.
pub fn owner(db: &Connection, id: &str) -> Result<(String, api::FragmentVisibility)> {
    let row: Option<(String, i32)> = db
        .query_row_cached(
            "SELECT organization_id, visibility FROM fragments WHERE id = ?1",
            [id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let (organization_id, visibility) = found(row, || format!("fragment {id} not found"))?;
    let visibility =
        api::FragmentVisibility::try_from(visibility).unwrap_or(api::FragmentVisibility::Private);
    Ok((organization_id, visibility))
}

const CURRENT_COLUMNS: &str = "f.id, f.organization_id, f.name, f.visibility, f.revision, \
                               f.created_on, f.last_updated, r.config";

const CURRENT_FROM: &str = "fragments f \
     JOIN fragment_revisions r ON r.fragment_id = f.id AND r.revision = f.revision";

fn row_from(row: &Row<'_>) -> rusqlite::Result<FragmentRow> {
    Ok(FragmentRow {
        id: row.get(0)?,
        organization_id: row.get(1)?,
        name: row.get(2)?,
        visibility: row.get(3)?,
        revision: row.get(4)?,
        created_on: row.get(5)?,
        last_updated: row.get(6)?,
        config: row.get(7)?,
    })
}

/// Reads the latest revision of fragment `id`, or `NOT_FOUND`. `current_organization_id`
/// selects whose machines count in the usage.
pub fn get(
    db: &Connection,
    id: &str,
    current_organization_id: Option<&str>,
) -> Result<(api::Fragment, api::FragmentUsage)> {
    let row = db
        .query_row_cached(
            &format!("SELECT {CURRENT_COLUMNS} FROM {CURRENT_FROM} WHERE f.id = ?1"),
            [id],
            row_from,
        )
        .optional()?;
    let row = found(row, || format!("fragment {id} not found"))?;
    with_usage(db, row, current_organization_id)
}

/// Reads fragment `id` as it was at `revision`: its name, config and visibility then, and
/// `last_updated` set to when that revision was written.
pub fn get_revision(
    db: &Connection,
    id: &str,
    revision: i64,
    current_organization_id: Option<&str>,
) -> Result<(api::Fragment, api::FragmentUsage)> {
    let row = db
        .query_row_cached(
            "SELECT f.id, f.organization_id, r.name, r.visibility, r.revision, f.created_on,
                    r.created_on, r.config
             FROM fragments f JOIN fragment_revisions r ON r.fragment_id = f.id
             WHERE f.id = ?1 AND r.revision = ?2",
            params![id, revision],
            row_from,
        )
        .optional()?;
    let row = found(row, || format!("fragment {id} has no revision {revision}"))?;
    with_usage(db, row, current_organization_id)
}

fn with_usage(
    db: &Connection,
    row: FragmentRow,
    current_organization_id: Option<&str>,
) -> Result<(api::Fragment, api::FragmentUsage)> {
    let users = parts_using(db, &row.id)?;
    let usage = usage(&row.id, &users, current_organization_id);
    let fragment = to_api(db, row, &users, &usage)?;
    Ok((fragment, usage))
}

/// Lists every revision of fragment `id`, oldest first.
pub fn revisions(db: &Connection, id: &str) -> Result<Vec<api::FragmentRevision>> {
    let mut statement = db.prepare_cached(
        "SELECT revision, created_on FROM fragment_revisions
         WHERE fragment_id = ?1 ORDER BY revision",
    )?;
    let rows = statement.query_map([id], |row| {
        Ok(api::FragmentRevision {
            revision: row.get::<_, i64>(0)?.to_string(),
            created_at: Some(timestamp(row.get(1)?)),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Lists the fragments of `organization_id` (every visibility) and, with `show_public`, the
/// public fragments of other organizations. Unlisted fragments of other organizations are
/// never listed. A non-empty `visibilities` keeps only fragments with one of those. Each
/// fragment comes with its usage, counting machines of `organization_id` as the current ones.
pub fn list(
    db: &Connection,
    organization_id: &str,
    show_public: bool,
    visibilities: &[api::FragmentVisibility],
) -> Result<Vec<(api::Fragment, api::FragmentUsage)>> {
    let rows: Vec<FragmentRow> = {
        let mut statement = db.prepare_cached(&format!(
            "SELECT {CURRENT_COLUMNS} FROM {CURRENT_FROM}
             WHERE f.organization_id = ?1 OR (?2 AND f.visibility = ?3)
             ORDER BY f.created_on, f.id"
        ))?;
        let rows = statement.query_map(
            params![
                organization_id,
                show_public,
                api::FragmentVisibility::Public as i32
            ],
            row_from,
        )?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let requested: Vec<i32> = visibilities.iter().map(|v| *v as i32).collect();
    rows.into_iter()
        .filter(|row| requested.is_empty() || requested.contains(&row.visibility))
        .map(|row| with_usage(db, row, Some(organization_id)))
        .collect()
}

/// Applies `change` to fragment `id` as a new revision written by `editor`, and returns the
/// new revision number. Fails with `FAILED_PRECONDITION` when `last_known_update` is older
/// than the stored `last_updated`.
pub fn update(
    db: &Connection,
    id: &str,
    change: FragmentUpdate,
    editor: &Identity,
    now: i64,
) -> Result<i64> {
    let row = db
        .query_row_cached(
            &format!("SELECT {CURRENT_COLUMNS} FROM {CURRENT_FROM} WHERE f.id = ?1"),
            [id],
            row_from,
        )
        .optional()?;
    let current = found(row, || format!("fragment {id} not found"))?;
    if let Some(known) = change.last_known_update
        && known < current.last_updated
    {
        return Err(Error::failed_precondition(format!(
            "fragment {id} was updated at {}, after the last known update {}: read it again \
             and reapply the change",
            rfc3339(current.last_updated),
            rfc3339(known)
        )));
    }

    let name = change.name.unwrap_or(current.name);
    let config = match change.config {
        Some(config) => config,
        None => serde_json::from_str(&current.config)?,
    };
    let visibility = change
        .visibility
        .map_or(current.visibility, |visibility| visibility as i32);
    // Each revision must be strictly newer than the last, or a client holding the previous
    // `last_updated` could not tell that it is stale.
    let now = now.max(current.last_updated + 1);
    let revision = current.revision + 1;
    insert_revision(db, id, revision, &name, &config, visibility, editor, now)?;
    db.execute(
        "UPDATE fragments SET name = ?2, visibility = ?3, revision = ?4, last_updated = ?5
         WHERE id = ?1",
        params![id, name, visibility, revision, now],
    )?;
    Ok(revision)
}

/// Deletes fragment `id` with its history. Fails with `FAILED_PRECONDITION` while any part
/// config lists it.
pub fn delete(db: &Connection, id: &str) -> Result<()> {
    let users = parts_using(db, id)?;
    if !users.is_empty() {
        let listed: Vec<&str> = users.iter().map(|user| user.part_id.as_str()).collect();
        return Err(Error::failed_precondition(format!(
            "fragment {id} is used by {} part(s) ({}): remove it from their configs first",
            users.len(),
            listed.join(", ")
        )));
    }
    let deleted = db.execute("DELETE FROM fragments WHERE id = ?1", [id])?;
    if deleted == 0 {
        return Err(Error::not_found(format!("fragment {id} not found")));
    }
    Ok(())
}

/// Reads one page of the update history of fragment `id`, newest first, and the token of the
/// next page (empty after the last). Each entry is one update: the revision it wrote, the
/// config it set, and the fragment as it was before.
pub fn history(
    db: &Connection,
    id: &str,
    page_token: Option<&str>,
    page_limit: i64,
) -> Result<(Vec<api::FragmentHistoryEntry>, String)> {
    // An unknown fragment is NOT_FOUND rather than an empty history.
    owner(db, id)?;
    let before = match page_token.filter(|token| !token.is_empty()) {
        None => i64::MAX,
        Some(token) => token.parse::<i64>().map_err(|_| {
            Error::invalid_argument(format!(
                "invalid `page_token` {token:?}: pass the `next_page_token` of the previous page"
            ))
        })?,
    };
    let revisions: Vec<(i64, String, i64, String, String)> = {
        let mut statement = db.prepare_cached(
            "SELECT revision, config, created_on, editor_type, editor_id
             FROM fragment_revisions
             WHERE fragment_id = ?1 AND revision > 1 AND revision < ?2
             ORDER BY revision DESC LIMIT ?3",
        )?;
        let rows = statement.query_map(params![id, before, page_limit + 1], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
            ))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };

    let more = revisions.len() as i64 > page_limit;
    let mut entries = Vec::new();
    for (revision, config, edited_on, editor_type, editor_id) in
        revisions.into_iter().take(page_limit as usize)
    {
        let (old, _) = get_revision(db, id, revision - 1, None)?;
        let config: Map<String, Json> = serde_json::from_str(&config)?;
        entries.push(api::FragmentHistoryEntry {
            fragment: id.to_owned(),
            edited_on: Some(timestamp(edited_on)),
            old: Some(old),
            edited_by: Some(editor_info(&editor_type, editor_id)),
            revision: revision.to_string(),
            config: Some(stored_struct(&config, id)?),
        });
    }
    let next_page_token = match entries.last() {
        Some(last) if more => last.revision.clone(),
        _ => String::new(),
    };
    Ok((entries, next_page_token))
}

fn editor_info(editor_type: &str, editor_id: String) -> api::AuthenticatorInfo {
    let kind = if editor_type == IdentityKind::ApiKey.as_str() {
        api::AuthenticationType::ApiKey
    } else {
        api::AuthenticationType::WebOauth
    };
    api::AuthenticatorInfo {
        r#type: kind as i32,
        value: editor_id,
        is_deactivated: false,
    }
}

/// A part whose config lists a fragment.
struct PartUse {
    part_id: String,
    robot_id: String,
    organization_id: String,
}

/// Lists the parts whose config lists fragment `id`, with their machine and the primary
/// organization of the machine's location.
fn parts_using(db: &Connection, id: &str) -> Result<Vec<PartUse>> {
    let mut statement = db.prepare_cached(
        "SELECT p.id, p.robot_id, l.organization_id
         FROM parts p
         JOIN robots r ON r.id = p.robot_id
         JOIN locations l ON l.id = r.location_id
         WHERE EXISTS (
             SELECT 1 FROM json_each(p.config, '$.fragments') listed
             WHERE (listed.type = 'text' AND listed.atom = ?1)
                OR (listed.type = 'object' AND json_extract(listed.value, '$.id') = ?1))
         ORDER BY p.id",
    )?;
    let rows = statement.query_map([id], |row| {
        Ok(PartUse {
            part_id: row.get(0)?,
            robot_id: row.get(1)?,
            organization_id: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Counts the machines and organizations among `users`, the parts that list fragment `id`.
fn usage(id: &str, users: &[PartUse], current_organization_id: Option<&str>) -> api::FragmentUsage {
    let machines: HashSet<&str> = users.iter().map(|u| u.robot_id.as_str()).collect();
    let organizations: HashSet<&str> = users.iter().map(|u| u.organization_id.as_str()).collect();
    let in_current: HashSet<&str> = users
        .iter()
        .filter(|u| Some(u.organization_id.as_str()) == current_organization_id)
        .map(|u| u.robot_id.as_str())
        .collect();
    api::FragmentUsage {
        fragment_id: id.to_owned(),
        organizations: organizations.len() as i32,
        machines: machines.len() as i32,
        machines_in_current_org: in_current.len() as i32,
        version: None,
    }
}

fn to_api(
    db: &Connection,
    row: FragmentRow,
    users: &[PartUse],
    usage: &api::FragmentUsage,
) -> Result<api::Fragment> {
    let config: Map<String, Json> = serde_json::from_str(&row.config)?;
    let (organization_name, public_namespace): (String, Option<String>) = db.query_row_cached(
        "SELECT name, public_namespace FROM organizations WHERE id = ?1",
        [&row.organization_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let used_elsewhere = users
        .iter()
        .any(|user| user.organization_id != row.organization_id);
    Ok(api::Fragment {
        fragment: Some(stored_struct(&config, &row.id)?),
        organization_owner: row.organization_id,
        public: row.visibility == api::FragmentVisibility::Public as i32,
        created_on: Some(timestamp(row.created_on)),
        organization_name,
        robot_part_count: users.len() as i32,
        organization_count: usage.organizations,
        only_used_by_owner: !used_elsewhere,
        visibility: row.visibility,
        last_updated: Some(timestamp(row.last_updated)),
        revision: row.revision.to_string(),
        public_namespace,
        fragment_config_json: Some(row.config),
        id: row.id,
        name: row.name,
    })
}

fn stored_struct(config: &Map<String, Json>, id: &str) -> Result<prost_types::Struct> {
    json_to_struct(config)
        .map_err(|error| Error::internal(format!("stored config of fragment {id}: {error}")))
}

fn rfc3339(micros: i64) -> String {
    chrono::DateTime::from_timestamp_micros(micros)
        .map(|time| time.to_rfc3339_opts(chrono::SecondsFormat::Micros, true))
        .unwrap_or_else(|| micros.to_string())
}

/// Reads the fragments a config lists under `"fragments"`. Entries that are neither a string
/// nor an object with a string `"id"` are skipped.
pub fn references(config: &Map<String, Json>) -> Vec<Reference> {
    let Some(Json::Array(listed)) = config.get("fragments") else {
        return Vec::new();
    };
    listed
        .iter()
        .filter_map(|entry| match entry {
            Json::String(id) => Some(Reference {
                id: id.clone(),
                version: None,
            }),
            Json::Object(object) => Some(Reference {
                id: object.get("id")?.as_str()?.to_owned(),
                version: object
                    .get("version")
                    .and_then(Json::as_str)
                    .map(str::to_owned),
            }),
            _ => None,
        })
        .collect()
}

/// Lists the configs of the parts of machine `robot_id`.
pub fn machine_configs(db: &Connection, robot_id: &str) -> Result<Vec<Map<String, Json>>> {
    let mut statement = db.prepare_cached(
        "SELECT config FROM parts WHERE robot_id = ?1 ORDER BY main_part DESC, id",
    )?;
    let rows = statement.query_map([robot_id], |row| row.get::<_, String>(0))?;
    let mut configs = Vec::new();
    for text in rows {
        configs.push(serde_json::from_str(&text?)?);
    }
    Ok(configs)
}

/// The fragments reachable from a set of references, each once.
#[derive(Default)]
pub struct Resolved {
    pub fragments: Vec<api::Fragment>,
    pub resolved: Vec<api::ResolvedFragment>,
}

/// Follows `roots` and the fragments their configs list, depth first, up to
/// [`MAX_NESTING_DEPTH`] levels. `can_read` decides whether the caller may see a fragment,
/// given its organization and visibility. A reference that is not a UUID, names an unknown or
/// unreadable fragment, closes a cycle or is nested too deep becomes a resolved entry with an
/// error instead of failing the request.
pub fn resolve(
    db: &Connection,
    roots: &[Reference],
    can_read: &dyn Fn(&str, api::FragmentVisibility) -> bool,
) -> Result<Resolved> {
    let mut resolved = Resolved::default();
    let mut seen = HashSet::new();
    let mut path = Vec::new();
    for root in roots {
        visit(db, root, 0, can_read, &mut path, &mut seen, &mut resolved)?;
    }
    Ok(resolved)
}

fn visit(
    db: &Connection,
    reference: &Reference,
    depth: usize,
    can_read: &dyn Fn(&str, api::FragmentVisibility) -> bool,
    path: &mut Vec<String>,
    seen: &mut HashSet<String>,
    resolved: &mut Resolved,
) -> Result<()> {
    let failed = |kind: api::FragmentErrorType, detail: String| api::ResolvedFragment {
        fragment_id: reference.id.clone(),
        resolved_config: None,
        error: Some(api::FragmentError {
            error_type: kind as i32,
            fragment_id: reference.id.clone(),
            detail,
        }),
        revision: String::new(),
    };

    let Ok(id) = ids::uuid_field("fragment_id", &reference.id) else {
        resolved.resolved.push(failed(
            api::FragmentErrorType::ChildIdInvalid,
            format!("{:?} is not a fragment ID", reference.id),
        ));
        return Ok(());
    };
    if path.contains(&id) {
        resolved.resolved.push(failed(
            api::FragmentErrorType::CycleDetected,
            format!(
                "fragment {id} includes itself through {}",
                path.join(" -> ")
            ),
        ));
        return Ok(());
    }
    if depth > MAX_NESTING_DEPTH {
        resolved.resolved.push(failed(
            api::FragmentErrorType::NestingLimitExceeded,
            format!("fragment {id} is nested more than {MAX_NESTING_DEPTH} levels deep"),
        ));
        return Ok(());
    }
    if !seen.insert(id.clone()) {
        return Ok(());
    }
    let readable = match owner(db, &id) {
        Ok((organization_id, visibility)) => can_read(&organization_id, visibility),
        Err(error) if error.kind == crate::emulator::error::ErrorKind::NotFound => false,
        Err(error) => return Err(error),
    };
    if !readable {
        resolved.resolved.push(failed(
            api::FragmentErrorType::NoAccess,
            format!("fragment {id} does not exist or is not visible to the caller"),
        ));
        return Ok(());
    }

    let (fragment, _) = match reference.version.as_deref().map(str::parse::<i64>) {
        Some(Ok(revision)) => get_revision(db, &id, revision, None)?,
        _ => get(db, &id, None)?,
    };
    let config = fragment.fragment.clone().unwrap_or_default();
    let stored: Map<String, Json> =
        serde_json::from_str(fragment.fragment_config_json.as_deref().unwrap_or("{}"))?;
    let nested = references(&stored);
    resolved.resolved.push(api::ResolvedFragment {
        fragment_id: id.clone(),
        resolved_config: Some(config),
        error: None,
        revision: fragment.revision.clone(),
    });
    resolved.fragments.push(fragment);

    path.push(id);
    for child in &nested {
        visit(db, child, depth + 1, can_read, path, seen, resolved)?;
    }
    path.pop();
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::emulator::error::ErrorKind;
    use crate::emulator::store::{Store, locations, organizations, robots};

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const ROVER: &str = "00000000-0000-4000-8000-000000000001";
    const SHARED: &str = "00000000-0000-4000-8000-0000000000f1";
    const NESTED: &str = "00000000-0000-4000-8000-0000000000f2";

    fn owner_key() -> Identity {
        Identity::api_key("00000000-0000-4000-8000-0000000000ff")
    }

    fn object(value: Json) -> Map<String, Json> {
        match value {
            Json::Object(map) => map,
            _ => panic!("not an object"),
        }
    }

    fn store() -> Store {
        let store = Store::open_in_memory();
        store
            .write(|db| {
                organizations::insert(db, ORG, "Alpha", &owner_key(), 1)?;
                locations::insert(db, "lab0000001", ORG, "lab", None, 1)?;
                robots::insert(db, ROVER, "rover", "lab0000001", 2)?;
                let config = object(json!({"fragments": [NESTED]}));
                let private = api::FragmentVisibility::Private;
                insert(db, SHARED, ORG, "shared", &config, private, &owner_key(), 3)?;
                insert(
                    db,
                    NESTED,
                    ORG,
                    "nested",
                    &Map::new(),
                    private,
                    &owner_key(),
                    3,
                )
            })
            .unwrap();
        store
    }

    fn use_in_part(store: &Store, listed: Json) {
        store
            .write(|db| {
                let part_id: String = db.query_row_cached(
                    "SELECT id FROM parts WHERE robot_id = ?1",
                    [ROVER],
                    |row| row.get(0),
                )?;
                robots::set_part_config(db, &part_id, &object(json!({"fragments": listed})), 4)
            })
            .unwrap();
    }

    #[test]
    fn stale_update_rejected() {
        let store = store();
        let change = FragmentUpdate {
            name: Some("renamed".into()),
            ..Default::default()
        };
        store
            .write(|db| update(db, SHARED, change, &owner_key(), 10))
            .unwrap();

        let stale = FragmentUpdate {
            last_known_update: Some(3),
            ..Default::default()
        };
        let error = store
            .write(|db| update(db, SHARED, stale, &owner_key(), 20))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);

        let current = FragmentUpdate {
            last_known_update: Some(10),
            ..Default::default()
        };
        let revision = store
            .write(|db| update(db, SHARED, current, &owner_key(), 20))
            .unwrap();
        assert_eq!(revision, 3);
    }

    #[test]
    fn update_keeps_old_revision() {
        let store = store();
        let change = FragmentUpdate {
            config: Some(object(json!({"a": 1}))),
            ..Default::default()
        };
        store
            .write(|db| update(db, NESTED, change, &owner_key(), 10))
            .unwrap();
        let (old, _) = store.read(|db| get_revision(db, NESTED, 1, None)).unwrap();
        assert_eq!(old.fragment_config_json.as_deref(), Some("{}"));
        let (entries, next) = store.read(|db| history(db, NESTED, None, 10)).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].revision, "2");
        assert_eq!(entries[0].old.as_ref().unwrap().revision, "1");
        assert_eq!(next, "");
    }

    #[test]
    fn history_pages_by_revision() {
        let store = store();
        for now in 10..15 {
            store
                .write(|db| update(db, NESTED, FragmentUpdate::default(), &owner_key(), now))
                .unwrap();
        }
        let (first, token) = store.read(|db| history(db, NESTED, None, 3)).unwrap();
        let revisions: Vec<&str> = first.iter().map(|e| e.revision.as_str()).collect();
        assert_eq!(revisions, ["6", "5", "4"]);
        assert_eq!(token, "4");
        let (rest, token) = store
            .read(|db| history(db, NESTED, Some(&token), 3))
            .unwrap();
        let revisions: Vec<&str> = rest.iter().map(|e| e.revision.as_str()).collect();
        assert_eq!(revisions, ["3", "2"]);
        assert_eq!(token, "");
    }

    #[test]
    fn delete_refused_while_listed_by_id_string() {
        let store = store();
        use_in_part(&store, json!([SHARED]));
        let error = store.write(|db| delete(db, SHARED)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        let (fragment, usage) = store.read(|db| get(db, SHARED, Some(ORG))).unwrap();
        assert_eq!(fragment.robot_part_count, 1);
        assert_eq!(usage.machines_in_current_org, 1);
        let listed = store.read(|db| list(db, ORG, false, &[])).unwrap();
        let usages: Vec<(&str, i32)> = listed
            .iter()
            .map(|(fragment, usage)| (fragment.name.as_str(), usage.machines))
            .collect();
        assert_eq!(usages, [("shared", 1), ("nested", 0)]);
    }

    #[test]
    fn delete_refused_while_listed_by_object() {
        let store = store();
        use_in_part(&store, json!([{"id": SHARED, "version": "1"}]));
        let error = store.write(|db| delete(db, SHARED)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);

        use_in_part(&store, json!([]));
        store.write(|db| delete(db, SHARED)).unwrap();
        let error = store.read(|db| get(db, SHARED, None)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn resolve_follows_nesting_and_detects_cycles() {
        let store = store();
        let cycle = FragmentUpdate {
            config: Some(object(json!({"fragments": [{"id": SHARED}, "not-an-id"]}))),
            ..Default::default()
        };
        store
            .write(|db| update(db, NESTED, cycle, &owner_key(), 10))
            .unwrap();
        let roots = [Reference {
            id: SHARED.into(),
            version: None,
        }];
        let resolved = store.read(|db| resolve(db, &roots, &|_, _| true)).unwrap();
        let ids: Vec<&str> = resolved.fragments.iter().map(|f| f.id.as_str()).collect();
        assert_eq!(ids, [SHARED, NESTED]);
        let errors: Vec<i32> = resolved
            .resolved
            .iter()
            .filter_map(|r| r.error.as_ref().map(|e| e.error_type))
            .collect();
        assert_eq!(
            errors,
            [
                api::FragmentErrorType::CycleDetected as i32,
                api::FragmentErrorType::ChildIdInvalid as i32
            ]
        );
    }

    #[test]
    fn references_accept_strings_and_objects() {
        let config = object(json!({"fragments": ["a", {"id": "b", "version": "2"}, 3, {}]}));
        assert_eq!(
            references(&config),
            [
                Reference {
                    id: "a".into(),
                    version: None
                },
                Reference {
                    id: "b".into(),
                    version: Some("2".into())
                }
            ]
        );
    }
}
