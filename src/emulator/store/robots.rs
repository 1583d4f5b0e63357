//! Machines (robots in the API) and their parts.

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde_json::{Map, Value as Json};

use super::secrets::{self, Owner};
use super::{found, now_micros, timestamp};
use crate::emulator::error::{Error, Result};
use crate::emulator::ids;
use crate::emulator::rules::dns_label;
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::app::v1 as api;
use crate::structjson::json_to_struct;

/// A machine counts as online while its last contact is at most this many seconds old.
const ONLINE_WINDOW_SECS: i64 = 10;

/// Domain under which part FQDNs are built, like `<part>.<location id>.viam.cloud`.
const CLOUD_DOMAIN: &str = "viam.cloud";

/// Inserts machine `id` named `name` into `location_id`, with a main part named
/// `<name>-main`, and returns the main part's id. Machine names are unique within a location.
pub fn insert(
    db: &Connection,
    id: &str,
    name: &str,
    location_id: &str,
    now: i64,
) -> Result<String> {
    check_name_free(db, name, location_id, None)?;
    db.execute(
        "INSERT INTO robots (id, location_id, name, created_on) VALUES (?1, ?2, ?3, ?4)",
        params![id, location_id, name, now],
    )?;
    insert_part(db, id, &format!("{name}-main"), true, &Map::new(), now)
}

fn check_name_free(
    db: &Connection,
    name: &str,
    location_id: &str,
    except_robot: Option<&str>,
) -> Result<()> {
    let existing: Option<String> = db
        .query_row_cached(
            "SELECT id FROM robots WHERE location_id = ?1 AND name = ?2",
            params![location_id, name],
            |row| row.get(0),
        )
        .optional()?;
    match existing {
        Some(other) if Some(other.as_str()) != except_robot => Err(Error::already_exists(format!(
            "location {location_id} already has a machine named {name:?} ({other})"
        ))),
        _ => Ok(()),
    }
}

/// Inserts a part of machine `robot_id` with config `config` and one secret, and returns its
/// id. Part names are unique within a machine.
pub fn insert_part(
    db: &Connection,
    robot_id: &str,
    name: &str,
    main_part: bool,
    config: &Map<String, Json>,
    now: i64,
) -> Result<String> {
    let name_in_use = db
        .query_row_cached(
            "SELECT 1 FROM parts WHERE robot_id = ?1 AND name = ?2",
            params![robot_id, name],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if name_in_use {
        return Err(Error::already_exists(format!(
            "machine {robot_id} already has a part named {name:?}"
        )));
    }
    let id = ids::new_uuid();
    db.execute(
        "INSERT INTO parts (id, robot_id, name, main_part, config, created_on, last_updated)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
        params![
            id,
            robot_id,
            name,
            main_part,
            serde_json::to_string(config)?,
            now
        ],
    )?;
    secrets::insert(db, Owner::Part(&id), now)?;
    Ok(id)
}

/// Replaces the config of part `part_id` and sets its `last_updated` to `now`.
pub fn set_part_config(
    db: &Connection,
    part_id: &str,
    config: &Map<String, Json>,
    now: i64,
) -> Result<()> {
    let updated = db.execute(
        "UPDATE parts SET config = ?2, last_updated = ?3 WHERE id = ?1",
        params![part_id, serde_json::to_string(config)?, now],
    )?;
    if updated == 0 {
        return Err(Error::not_found(format!("part {part_id} not found")));
    }
    Ok(())
}

/// Returns the location of machine `id`, or `None` when there is no such machine.
pub fn location_of(db: &Connection, id: &str) -> Result<Option<String>> {
    let location = db
        .query_row_cached(
            "SELECT location_id FROM robots WHERE id = ?1",
            [id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(location)
}

/// Computes the online state and the seconds since the last contact at `last_access`.
fn online_state(last_access: Option<i64>, now: i64) -> (api::OnlineState, i64) {
    match last_access {
        None => (api::OnlineState::AwaitingSetup, 0),
        Some(at) => {
            let seconds = (now - at).max(0) / 1_000_000;
            if seconds <= ONLINE_WINDOW_SECS {
                (api::OnlineState::Online, seconds)
            } else {
                (api::OnlineState::Offline, seconds)
            }
        }
    }
}

const ROBOT_COLUMNS: &str = "id, name, location_id, last_access, created_on";

fn robot_from_row(row: &Row<'_>) -> rusqlite::Result<api::Robot> {
    let last_access: Option<i64> = row.get(3)?;
    let (state, seconds) = online_state(last_access, now_micros());
    Ok(api::Robot {
        id: row.get(0)?,
        name: row.get(1)?,
        location: row.get(2)?,
        last_access: last_access.map(timestamp),
        created_on: Some(timestamp(row.get(4)?)),
        online_state: state as i32,
        seconds_since_online: seconds,
    })
}

/// Reads machine `id`, or `NOT_FOUND`.
pub fn get(db: &Connection, id: &str) -> Result<api::Robot> {
    let robot = db
        .query_row_cached(
            &format!("SELECT {ROBOT_COLUMNS} FROM robots WHERE id = ?1"),
            [id],
            robot_from_row,
        )
        .optional()?;
    found(robot, || format!("machine {id} not found"))
}

/// Lists the machines in location `location_id`, oldest first.
pub fn list_in_location(db: &Connection, location_id: &str) -> Result<Vec<api::Robot>> {
    let mut statement = db.prepare_cached(&format!(
        "SELECT {ROBOT_COLUMNS} FROM robots WHERE location_id = ?1 ORDER BY created_on, id"
    ))?;
    let rows = statement.query_map([location_id], robot_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Lists the machines in every location organization `organization_id` has access to.
pub fn list_for_organization(db: &Connection, organization_id: &str) -> Result<Vec<api::Robot>> {
    let mut statement = db.prepare_cached(&format!(
        "SELECT {ROBOT_COLUMNS} FROM robots
         WHERE location_id IN (
             SELECT id FROM locations WHERE organization_id = ?1
             UNION
             SELECT location_id FROM location_shares WHERE organization_id = ?1)
         ORDER BY created_on, id"
    ))?;
    let rows = statement.query_map([organization_id], robot_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Renames machine `id` and, when `location_id` is given, moves it there. Parts keep their
/// names.
pub fn update(db: &Connection, id: &str, name: &str, location_id: Option<&str>) -> Result<()> {
    let current_location = found(location_of(db, id)?, || format!("machine {id} not found"))?;
    let target = location_id.unwrap_or(&current_location);
    check_name_free(db, name, target, Some(id))?;
    db.execute(
        "UPDATE robots SET name = ?2, location_id = ?3 WHERE id = ?1",
        params![id, name, target],
    )?;
    Ok(())
}

/// Deletes machine `id` with its parts.
pub fn delete(db: &Connection, id: &str) -> Result<()> {
    let deleted = db.execute("DELETE FROM robots WHERE id = ?1", [id])?;
    if deleted == 0 {
        return Err(Error::not_found(format!("machine {id} not found")));
    }
    Ok(())
}

/// Lists the parts of machine `robot_id`, the main part first.
pub fn parts(db: &Connection, robot_id: &str) -> Result<Vec<api::RobotPart>> {
    let rows: Vec<PartRow> = {
        let mut statement = db.prepare_cached(
            "SELECT p.id, p.name, p.robot_id, r.location_id, p.config, p.main_part,
                    p.created_on, p.last_updated, p.last_access
             FROM parts p JOIN robots r ON r.id = p.robot_id
             WHERE p.robot_id = ?1
             ORDER BY p.main_part DESC, p.created_on, p.id",
        )?;
        let rows = statement.query_map([robot_id], |row| {
            Ok(PartRow {
                id: row.get(0)?,
                name: row.get(1)?,
                robot_id: row.get(2)?,
                location_id: row.get(3)?,
                config: row.get(4)?,
                main_part: row.get(5)?,
                created_on: row.get(6)?,
                last_updated: row.get(7)?,
                last_access: row.get(8)?,
            })
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    rows.into_iter().map(|row| part_to_api(db, row)).collect()
}

struct PartRow {
    id: String,
    name: String,
    robot_id: String,
    location_id: String,
    config: String,
    main_part: bool,
    created_on: i64,
    last_updated: i64,
    last_access: Option<i64>,
}

fn part_to_api(db: &Connection, part: PartRow) -> Result<api::RobotPart> {
    let config: Map<String, Json> = serde_json::from_str(&part.config)?;
    let robot_config = json_to_struct(&config)
        .map_err(|error| Error::internal(format!("stored config of part {}: {error}", part.id)))?;
    let secrets = secrets::list(db, Owner::Part(&part.id))?;
    let (state, seconds) = online_state(part.last_access, now_micros());
    let label = dns_label(&part.name);
    Ok(api::RobotPart {
        fqdn: format!("{label}.{}.{CLOUD_DOMAIN}", part.location_id),
        local_fqdn: format!("{label}.{}.local.{CLOUD_DOMAIN}", part.location_id),
        dns_name: label,
        secret: secrets
            .first()
            .map(|s| s.secret.clone())
            .unwrap_or_default(),
        robot: part.robot_id,
        location_id: part.location_id,
        robot_config: Some(robot_config),
        last_access: part.last_access.map(timestamp),
        user_supplied_info: None,
        main_part: part.main_part,
        created_on: Some(timestamp(part.created_on)),
        secrets,
        last_updated: Some(timestamp(part.last_updated)),
        online_state: state as i32,
        seconds_since_online: seconds,
        robot_config_json: Some(part.config),
        id: part.id,
        name: part.name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::access::Identity;
    use crate::emulator::error::ErrorKind;
    use crate::emulator::store::{Store, locations, organizations};

    const ORG: &str = "00000000-0000-4000-8000-00000000000a";
    const ROVER: &str = "00000000-0000-4000-8000-000000000001";
    const ARM: &str = "00000000-0000-4000-8000-000000000002";

    fn store() -> Store {
        let store = Store::open_in_memory();
        let owner = Identity::api_key("00000000-0000-4000-8000-0000000000ff");
        store
            .write(|db| {
                organizations::insert(db, ORG, "Alpha", &owner, 1)?;
                locations::insert(db, "lab0000001", ORG, "lab", None, 1)?;
                locations::insert(db, "shed000001", ORG, "shed", None, 1)?;
                insert(db, ROVER, "rover", "lab0000001", 2)?;
                Ok(())
            })
            .unwrap();
        store
    }

    #[test]
    fn new_machine_has_main_part() {
        let store = store();
        let parts = store.read(|db| parts(db, ROVER)).unwrap();
        assert_eq!(parts.len(), 1);
        let main = &parts[0];
        assert_eq!(main.name, "rover-main");
        assert!(main.main_part);
        assert_eq!(main.fqdn, "rover-main.lab0000001.viam.cloud");
        assert_eq!(main.local_fqdn, "rover-main.lab0000001.local.viam.cloud");
        assert_eq!(main.secrets.len(), 1);
        assert!(!main.secret.is_empty());
        assert_eq!(main.robot_config, Some(Default::default()));
        assert_eq!(main.robot_config_json.as_deref(), Some("{}"));
    }

    #[test]
    fn names_unique_in_location() {
        let store = store();
        let error = store
            .write(|db| insert(db, ARM, "rover", "lab0000001", 3))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::AlreadyExists);
        store
            .write(|db| insert(db, ARM, "rover", "shed000001", 3))
            .unwrap();

        let error = store
            .write(|db| update(db, ARM, "rover", Some("lab0000001")))
            .unwrap_err();
        assert_eq!(error.kind, ErrorKind::AlreadyExists);
        store.write(|db| update(db, ROVER, "rover", None)).unwrap();
    }

    #[test]
    fn update_moves_machine() {
        let store = store();
        store
            .write(|db| update(db, ROVER, "rover-2", Some("shed000001")))
            .unwrap();
        let robot = store.read(|db| get(db, ROVER)).unwrap();
        assert_eq!(robot.name, "rover-2");
        assert_eq!(robot.location, "shed000001");
        assert_eq!(robot.online_state, api::OnlineState::AwaitingSetup as i32);
    }

    #[test]
    fn delete_removes_parts() {
        let store = store();
        store.write(|db| delete(db, ROVER)).unwrap();
        let remaining: i64 = store
            .read(|db| Ok(db.query_row_cached("SELECT COUNT(*) FROM parts", [], |row| row.get(0))?))
            .unwrap();
        assert_eq!(remaining, 0);
        let error = store.read(|db| get(db, ROVER)).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn online_state_from_last_access() {
        let now = 100_000_000;
        assert_eq!(online_state(None, now).0, api::OnlineState::AwaitingSetup);
        assert_eq!(
            online_state(Some(now - 1_000_000), now),
            (api::OnlineState::Online, 1)
        );
        assert_eq!(
            online_state(Some(now - 60_000_000), now),
            (api::OnlineState::Offline, 60)
        );
    }
}
