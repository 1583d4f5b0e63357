//! Single machine parts: reads by id or name, updates with their history, the main-part flag,
//! restart requests and part metadata. Creating parts and listing a machine's parts live in
//! [`super::robots`], which builds every part a machine starts with.

use prost::Message;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::{Map, Value as Json};

use super::{found, robots, timestamp};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::CachedQuery as _;
use crate::emulator::token::constant_time_eq;
use crate::proto::viam::app::v1 as api;

/// Returns the machine of part `part_id`, or `None` when there is no such part.
pub fn robot_of(db: &Connection, part_id: &str) -> Result<Option<String>> {
    let robot = db
        .query_row_cached(
            "SELECT robot_id FROM parts WHERE id = ?1",
            [part_id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(robot)
}

/// Reads part `part_id`, or `NOT_FOUND`.
pub fn get(db: &Connection, part_id: &str) -> Result<api::RobotPart> {
    let robot_id = found(robot_of(db, part_id)?, || {
        format!("part {part_id} not found")
    })?;
    let part = robots::parts(db, &robot_id)?
        .into_iter()
        .find(|part| part.id == part_id);
    found(part, || format!("part {part_id} not found"))
}

/// Lists the ids of the parts named `name` on machines in location `location_id`, oldest
/// first. Part names are unique only within a machine, so there may be several.
pub fn ids_by_name_in_location(
    db: &Connection,
    name: &str,
    location_id: &str,
) -> Result<Vec<String>> {
    let mut statement = db.prepare_cached(
        "SELECT p.id FROM parts p JOIN robots r ON r.id = p.robot_id
         WHERE r.location_id = ?1 AND p.name = ?2
         ORDER BY p.created_on, p.id",
    )?;
    let rows = statement.query_map(params![location_id, name], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The identity that changed a part, as recorded in its history.
#[derive(Clone, Debug)]
pub struct Editor {
    pub kind: api::AuthenticationType,
    pub id: String,
}

/// A requested change of a part's name and config.
pub struct PartUpdate<'a> {
    pub name: &'a str,
    pub config: &'a Map<String, Json>,
    /// The `last_updated` time the caller read, in Unix microseconds. When the stored time is
    /// newer, someone else changed the part meanwhile and the update fails.
    pub last_known_update: Option<i64>,
    pub editor: &'a Editor,
}

/// Applies `update` to part `part_id` at time `now`, recording the part as it was before in
/// the part's history, and returns the updated part.
///
/// Fails with `FAILED_PRECONDITION` when `last_known_update` is older than the stored
/// `last_updated`, and with `ALREADY_EXISTS` when another part of the machine has the name.
pub fn update(
    db: &Connection,
    part_id: &str,
    update: &PartUpdate<'_>,
    now: i64,
) -> Result<api::RobotPart> {
    let old = get(db, part_id)?;
    let stored_micros = old.last_updated.map_or(0, |t| micros(&t));
    if let Some(known) = update.last_known_update
        && known < stored_micros
    {
        return Err(Error::failed_precondition(format!(
            "part {part_id} was updated at {} after the given `last_known_update` {}: read the \
             part again and reapply the change",
            rfc3339(stored_micros),
            rfc3339(known)
        )));
    }
    if update.name != old.name {
        check_name_free(db, &old.robot, update.name)?;
    }

    insert_history(db, &old, update.editor, now)?;
    db.execute(
        "UPDATE parts SET name = ?2, config = ?3, last_updated = ?4 WHERE id = ?1",
        params![
            part_id,
            update.name,
            serde_json::to_string(update.config)?,
            now
        ],
    )?;
    get(db, part_id)
}

fn check_name_free(db: &Connection, robot_id: &str, name: &str) -> Result<()> {
    let existing: Option<String> = db
        .query_row_cached(
            "SELECT id FROM parts WHERE robot_id = ?1 AND name = ?2",
            params![robot_id, name],
            |row| row.get(0),
        )
        .optional()?;
    match existing {
        Some(other) => Err(Error::already_exists(format!(
            "machine {robot_id} already has a part named {name:?} ({other})"
        ))),
        None => Ok(()),
    }
}

fn insert_history(db: &Connection, old: &api::RobotPart, editor: &Editor, now: i64) -> Result<()> {
    // History is readable by anyone who can read the part, so it keeps no secrets.
    let snapshot = api::RobotPart {
        secret: String::new(),
        secrets: Vec::new(),
        ..old.clone()
    };
    db.execute(
        "INSERT INTO part_history (part_id, robot_id, edited_on, editor_type, editor_id, old_part)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![
            old.id,
            old.robot,
            now,
            editor.kind as i32,
            editor.id,
            snapshot.encode_to_vec()
        ],
    )?;
    Ok(())
}

/// Position in a part's history: the `edited_on` time and id of the last entry returned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HistoryCursor {
    pub edited_on: i64,
    pub id: i64,
}

/// Filters and position of one page of a part's history.
#[derive(Clone, Copy, Debug, Default)]
pub struct HistoryQuery {
    /// Only entries at or after this time (Unix microseconds).
    pub start: Option<i64>,
    /// Only entries before this time (Unix microseconds).
    pub end: Option<i64>,
    pub after: Option<HistoryCursor>,
    pub limit: usize,
}

/// Reads one page of part `part_id`'s history, newest first, and the cursor of the next page
/// when there are more entries.
pub fn history(
    db: &Connection,
    part_id: &str,
    query: &HistoryQuery,
) -> Result<(Vec<api::RobotPartHistoryEntry>, Option<HistoryCursor>)> {
    let (after_time, after_id) = query
        .after
        .map_or((i64::MAX, i64::MAX), |c| (c.edited_on, c.id));
    let mut statement = db.prepare_cached(
        "SELECT id, part_id, robot_id, edited_on, editor_type, editor_id, old_part
         FROM part_history
         WHERE part_id = ?1 AND edited_on >= ?2 AND edited_on < ?3
           AND (edited_on, id) < (?4, ?5)
         ORDER BY edited_on DESC, id DESC
         LIMIT ?6",
    )?;
    let rows = statement.query_map(
        params![
            part_id,
            query.start.unwrap_or(i64::MIN),
            query.end.unwrap_or(i64::MAX),
            after_time,
            after_id,
            query.limit as i64 + 1
        ],
        |row| {
            Ok((
                HistoryCursor {
                    id: row.get(0)?,
                    edited_on: row.get(3)?,
                },
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, i32>(4)?,
                row.get::<_, String>(5)?,
                row.get::<_, Vec<u8>>(6)?,
            ))
        },
    )?;

    let mut entries = Vec::new();
    let mut last = None;
    for row in rows {
        let (cursor, part, robot, editor_type, editor_id, old_part) = row?;
        if entries.len() == query.limit {
            return Ok((entries, last));
        }
        let old = api::RobotPart::decode(old_part.as_slice()).map_err(|error| {
            Error::internal(format!(
                "stored history entry {} is invalid: {error}",
                cursor.id
            ))
        })?;
        entries.push(api::RobotPartHistoryEntry {
            part,
            robot,
            when: Some(timestamp(cursor.edited_on)),
            old: Some(old),
            edited_by: Some(api::AuthenticatorInfo {
                r#type: editor_type,
                value: editor_id,
                is_deactivated: false,
            }),
        });
        last = Some(cursor);
    }
    Ok((entries, None))
}

/// Deletes part `part_id` with its secrets, history and logs. The main part can be deleted
/// only when it is the machine's last part, because a machine with other parts needs one.
pub fn delete(db: &Connection, part_id: &str) -> Result<()> {
    let part = get(db, part_id)?;
    if part.main_part {
        let others: i64 = db.query_row_cached(
            "SELECT COUNT(*) FROM parts WHERE robot_id = ?1 AND id <> ?2",
            params![part.robot, part_id],
            |row| row.get(0),
        )?;
        if others > 0 {
            return Err(Error::failed_precondition(format!(
                "part {part_id} is the main part of machine {} and the machine has {others} \
                 other part(s): make another part the main part first",
                part.robot
            )));
        }
    }
    db.execute("DELETE FROM parts WHERE id = ?1", [part_id])?;
    Ok(())
}

/// Makes part `part_id` the main part of its machine, and the machine's other parts not.
pub fn set_main(db: &Connection, part_id: &str) -> Result<()> {
    let robot_id = found(robot_of(db, part_id)?, || {
        format!("part {part_id} not found")
    })?;
    db.execute(
        "UPDATE parts SET main_part = (id = ?2) WHERE robot_id = ?1",
        params![robot_id, part_id],
    )?;
    Ok(())
}

/// Records a restart request for part `part_id`; a second request before the part checks
/// is the same request.
pub fn request_restart(db: &Connection, part_id: &str, now: i64) -> Result<()> {
    found(robot_of(db, part_id)?, || {
        format!("part {part_id} not found")
    })?;
    db.execute(
        "INSERT INTO part_restarts (part_id, requested_on) VALUES (?1, ?2)
         ON CONFLICT (part_id) DO NOTHING",
        params![part_id, now],
    )?;
    Ok(())
}

/// Removes the pending restart request of part `part_id`, returning whether there was one.
pub fn take_restart(db: &Connection, part_id: &str) -> Result<bool> {
    let removed = db.execute("DELETE FROM part_restarts WHERE part_id = ?1", [part_id])?;
    Ok(removed > 0)
}

/// Records that part `part_id` contacted the emulator at `now`, which makes it and its machine
/// online for a while.
pub fn touch(db: &Connection, part_id: &str, now: i64) -> Result<()> {
    let robot_id = found(robot_of(db, part_id)?, || {
        format!("part {part_id} not found")
    })?;
    db.execute(
        "UPDATE parts SET last_access = ?2 WHERE id = ?1",
        params![part_id, now],
    )?;
    db.execute(
        "UPDATE robots SET last_access = ?2 WHERE id = ?1",
        params![robot_id, now],
    )?;
    Ok(())
}

/// Reads the metadata of part `part_id`: an empty object when none was set.
pub fn metadata(db: &Connection, part_id: &str) -> Result<Map<String, Json>> {
    let data: Option<String> = db
        .query_row_cached(
            "SELECT data FROM part_metadata WHERE part_id = ?1",
            [part_id],
            |row| row.get(0),
        )
        .optional()?;
    match data {
        Some(text) => Ok(serde_json::from_str(&text)?),
        None => Ok(Map::new()),
    }
}

/// Replaces the metadata of part `part_id`.
pub fn set_metadata(db: &Connection, part_id: &str, data: &Map<String, Json>) -> Result<()> {
    db.execute(
        "INSERT INTO part_metadata (part_id, data) VALUES (?1, ?2)
         ON CONFLICT (part_id) DO UPDATE SET data = excluded.data",
        params![part_id, serde_json::to_string(data)?],
    )?;
    Ok(())
}

/// Returns the id of the secret of part `part_id` equal to `secret`, if there is one. Every
/// secret is compared, in time that does not depend on where they differ.
pub fn secret_id(db: &Connection, part_id: &str, secret: &str) -> Result<Option<String>> {
    let mut statement = db.prepare_cached("SELECT id, secret FROM secrets WHERE part_id = ?1")?;
    let rows = statement.query_map([part_id], |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
    })?;
    let mut matched = None;
    for row in rows {
        let (id, stored) = row?;
        if constant_time_eq(&stored, secret) {
            matched = Some(id);
        }
    }
    Ok(matched)
}

/// Tells whether part `part_id` still has secret `secret_id`.
pub fn has_secret(db: &Connection, part_id: &str, secret_id: &str) -> Result<bool> {
    let found = db
        .query_row_cached(
            "SELECT 1 FROM secrets WHERE id = ?1 AND part_id = ?2",
            params![secret_id, part_id],
            |_| Ok(()),
        )
        .optional()?;
    Ok(found.is_some())
}

/// Converts a protobuf timestamp into Unix microseconds, the unit of stored times.
pub fn micros(time: &prost_types::Timestamp) -> i64 {
    time.seconds
        .saturating_mul(1_000_000)
        .saturating_add(i64::from(time.nanos) / 1_000)
}

fn rfc3339(micros: i64) -> String {
    chrono::DateTime::from_timestamp_micros(micros)
        .map_or_else(|| micros.to_string(), |time| time.to_rfc3339())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::access::Identity;
    use crate::emulator::error::ErrorKind;
    use crate::emulator::store::{Store, locations, organizations};

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const ROVER: &str = "00000000-0000-4000-8000-000000000001";

    fn editor() -> Editor {
        Editor {
            kind: api::AuthenticationType::ApiKey,
            id: "00000000-0000-4000-8000-0000000000ff".into(),
        }
    }

    /// Returns a store with machine `rover` and the ids of its main part and a second part.
    fn store() -> (Store, String, String) {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        let (main, arm) = store
            .write(|db| {
                organizations::insert(db, ORG, "Alpha", &owner, 1)?;
                locations::insert(db, "lab0000001", ORG, "lab", None, 1)?;
                let main = robots::insert(db, ROVER, "rover", "lab0000001", 2)?;
                let arm = robots::insert_part(db, ROVER, "arm", false, &Map::new(), 3)?;
                Ok((main, arm))
            })
            .unwrap();
        (store, main, arm)
    }

    fn config(text: &str) -> Map<String, Json> {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn update_records_old_part() {
        let (store, main, _) = store();
        let editor = editor();
        let new_config = config(r#"{"version": 2}"#);
        let update = PartUpdate {
            name: "rover-brain",
            config: &new_config,
            last_known_update: None,
            editor: &editor,
        };
        let updated = store
            .write(|db| super::update(db, &main, &update, 10))
            .unwrap();
        let (history, next) = store
            .read(|db| {
                history(
                    db,
                    &main,
                    &HistoryQuery {
                        limit: 10,
                        ..Default::default()
                    },
                )
            })
            .unwrap();

        assert_eq!(updated.name, "rover-brain");
        assert_eq!(updated.fqdn, "rover-brain.lab0000001.viam.cloud");
        assert_eq!(
            updated.robot_config_json.as_deref(),
            Some(r#"{"version":2}"#)
        );
        assert_eq!(history.len(), 1);
        assert_eq!(next, None);
        let old = history[0].old.as_ref().unwrap();
        assert_eq!(old.name, "rover-main");
        assert_eq!(old.robot_config_json.as_deref(), Some("{}"));
        assert!(old.secrets.is_empty());
        assert!(old.secret.is_empty());
        assert_eq!(history[0].edited_by.as_ref().unwrap().value, editor.id);
    }

    #[test]
    fn stale_update_rejected() {
        let (store, main, _) = store();
        let editor = editor();
        let empty = Map::new();
        let update = |known| PartUpdate {
            name: "rover-main",
            config: &empty,
            last_known_update: Some(known),
            editor: &editor,
        };
        store
            .write(|db| super::update(db, &main, &update(2), 10))
            .unwrap();

        let error = store
            .write(|db| super::update(db, &main, &update(2), 20))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);
        store
            .write(|db| super::update(db, &main, &update(10), 20))
            .unwrap();
    }

    #[test]
    fn rename_to_sibling_name_rejected() {
        let (store, main, _) = store();
        let editor = editor();
        let empty = Map::new();
        let update = PartUpdate {
            name: "arm",
            config: &empty,
            last_known_update: None,
            editor: &editor,
        };
        let error = store
            .write(|db| super::update(db, &main, &update, 10))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::AlreadyExists);
    }

    #[test]
    fn history_pages_newest_first() {
        let (store, main, _) = store();
        let editor = editor();
        for version in 0..5 {
            let config = config(&format!(r#"{{"version": {version}}}"#));
            let update = PartUpdate {
                name: "rover-main",
                config: &config,
                last_known_update: None,
                editor: &editor,
            };
            store
                .write(|db| super::update(db, &main, &update, 100 + version))
                .unwrap();
        }
        let page = |after| {
            store
                .read(|db| {
                    history(
                        db,
                        &main,
                        &HistoryQuery {
                            limit: 2,
                            after,
                            ..Default::default()
                        },
                    )
                })
                .unwrap()
        };

        let (first, next) = page(None);
        let (second, next2) = page(next);
        let (third, next3) = page(next2);
        let whens: Vec<i64> = first
            .iter()
            .chain(&second)
            .chain(&third)
            .map(|entry| micros(entry.when.as_ref().unwrap()))
            .collect();
        assert_eq!(whens, [104, 103, 102, 101, 100]);
        assert_eq!(third.len(), 1);
        assert_eq!(next3, None);
    }

    #[test]
    fn main_part_deleted_only_when_last() {
        let (store, main, arm) = store();
        let error = store.write(|db| delete(db, &main)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::FailedPrecondition);

        store.write(|db| delete(db, &arm)).unwrap();
        store.write(|db| delete(db, &main)).unwrap();
        let error = store.read(|db| get(db, &main)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn set_main_moves_flag() {
        let (store, main, arm) = store();
        store.write(|db| set_main(db, &arm)).unwrap();
        assert!(store.read(|db| get(db, &arm)).unwrap().main_part);
        assert!(!store.read(|db| get(db, &main)).unwrap().main_part);
    }

    #[test]
    fn restart_taken_once() {
        let (store, main, _) = store();
        store.write(|db| request_restart(db, &main, 5)).unwrap();
        store.write(|db| request_restart(db, &main, 6)).unwrap();
        assert!(store.write(|db| take_restart(db, &main)).unwrap());
        assert!(!store.write(|db| take_restart(db, &main)).unwrap());
    }
}
