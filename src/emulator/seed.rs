//! First-start setup of a data file: the token signing secret, the bootstrap organization and
//! owner API key, and the optional demo fleet.
//!
//! The bootstrap key's plaintext is kept in the `settings` table so that every start can print
//! it again. That is acceptable for a local tool whose data file is readable only by its owner.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use rand::RngCore;
use rusqlite::Connection;
use serde_json::{Value as Json, json};

use super::access::{Grant, Identity, ResourceType, Role};
use super::error::{Error, Result};
use super::ids;
use super::store::{self, Store, keys, locations, members, organizations, robots};
use super::token::SigningKey;

const SIGNING_SECRET: &str = "token_signing_secret";
const BOOTSTRAP_KEY_ID: &str = "bootstrap_key_id";
const BOOTSTRAP_KEY: &str = "bootstrap_key";
const BOOTSTRAP_ORGANIZATION: &str = "bootstrap_organization_id";
const DEMO_SEEDED: &str = "demo_seeded";

const PLAIN_ORGANIZATION_NAME: &str = "Emulated Org";
const DEMO_ORGANIZATION_NAME: &str = "Demo Robotics";

/// The owner API key printed by `serve`.
#[derive(Clone, Debug)]
pub struct BootstrapKey {
    pub id: String,
    pub key: String,
}

/// The bootstrap key and token signing key a server starts with.
pub struct Prepared {
    pub key: BootstrapKey,
    pub signing_key: SigningKey,
}

/// Makes the data file ready to serve, creating on first use the signing secret, an
/// organization and its owner API key, and, when `demo` is set, the demo fleet (once per file).
///
/// A file that already has a bootstrap organization gets the demo fleet in a second
/// organization owned by the bootstrap key. A bootstrap key that was deleted is replaced by a
/// new one owning the bootstrap organization.
pub fn prepare(store: &Store, demo: bool) -> Result<Prepared> {
    store.write(|db| {
        let signing_key = signing_key(db)?;
        let seed_demo = demo && store::setting(db, DEMO_SEEDED)?.is_none();
        let name = if seed_demo {
            DEMO_ORGANIZATION_NAME
        } else {
            PLAIN_ORGANIZATION_NAME
        };
        let (key, created_organization) = bootstrap_key(db, name)?;

        if seed_demo {
            let owner = Identity::api_key(&key.id);
            let organization_id = match created_organization {
                Some(id) => id,
                None => {
                    let id = ids::new_uuid();
                    organizations::insert(
                        db,
                        &id,
                        DEMO_ORGANIZATION_NAME,
                        &owner,
                        store::now_micros(),
                    )?;
                    id
                }
            };
            seed_demo_fleet(db, &organization_id)?;
            store::set_setting(db, DEMO_SEEDED, &organization_id)?;
        }
        Ok(Prepared { key, signing_key })
    })
}

/// Returns the id of the demo organization, if this data file has the demo fleet.
pub fn demo_organization(db: &Connection) -> Result<Option<String>> {
    store::setting(db, DEMO_SEEDED)
}

fn signing_key(db: &Connection) -> Result<SigningKey> {
    if let Some(encoded) = store::setting(db, SIGNING_SECRET)? {
        let bytes = STANDARD
            .decode(encoded)
            .map_err(|_| Error::internal("the stored token signing secret is not base64"))?;
        return Ok(SigningKey::new(bytes));
    }
    let mut bytes = vec![0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    store::set_setting(db, SIGNING_SECRET, &STANDARD.encode(&bytes))?;
    Ok(SigningKey::new(bytes))
}

/// Returns the bootstrap key, creating it when missing. The second value is the id of the
/// organization created for it with `organization_name`, if one was.
fn bootstrap_key(
    db: &Connection,
    organization_name: &str,
) -> Result<(BootstrapKey, Option<String>)> {
    let stored_id = store::setting(db, BOOTSTRAP_KEY_ID)?;
    let stored_key = store::setting(db, BOOTSTRAP_KEY)?;
    if let (Some(id), Some(key)) = (stored_id, stored_key)
        && keys::verify(db, &id, &key)?
    {
        return Ok((BootstrapKey { id, key }, None));
    }

    let now = store::now_micros();
    let key = BootstrapKey {
        id: ids::new_uuid(),
        key: ids::new_secret(),
    };
    keys::insert(db, &key.id, "bootstrap", &key.key, now)?;
    store::set_setting(db, BOOTSTRAP_KEY_ID, &key.id)?;
    store::set_setting(db, BOOTSTRAP_KEY, &key.key)?;

    let owner = Identity::api_key(&key.id);
    let existing_organization = match store::setting(db, BOOTSTRAP_ORGANIZATION)? {
        Some(id) if organizations::get(db, &id).is_ok() => Some(id),
        _ => None,
    };
    match existing_organization {
        Some(id) => {
            members::add_authorization(db, &owner, &Grant::organization_owner(&id), &id)?;
            Ok((key, None))
        }
        None => {
            let id = ids::new_uuid();
            organizations::insert(db, &id, organization_name, &owner, now)?;
            store::set_setting(db, BOOTSTRAP_ORGANIZATION, &id)?;
            Ok((key, Some(id)))
        }
    }
}

/// A location of the demo fleet.
#[derive(Clone, Copy)]
enum DemoLocation {
    Lab,
    Warehouse,
    LoadingDock,
}

/// A demo machine: its name, location, and parts with their configs, the main part first.
struct DemoMachine {
    name: &'static str,
    location: DemoLocation,
    parts: Vec<(String, Json)>,
}

fn seed_demo_fleet(db: &Connection, organization_id: &str) -> Result<()> {
    // Consecutive timestamps keep the listing order equal to the order below.
    let mut clock = store::now_micros();
    let mut tick = || {
        clock += 1;
        clock
    };

    let lab = ids::new_location_id();
    let warehouse = ids::new_location_id();
    let loading_dock = ids::new_location_id();
    locations::insert(db, &lab, organization_id, "lab", None, tick())?;
    locations::insert(db, &warehouse, organization_id, "warehouse", None, tick())?;
    locations::insert(
        db,
        &loading_dock,
        organization_id,
        "loading-dock",
        Some(&warehouse),
        tick(),
    )?;

    for machine in demo_machines() {
        let location = match machine.location {
            DemoLocation::Lab => &lab,
            DemoLocation::Warehouse => &warehouse,
            DemoLocation::LoadingDock => &loading_dock,
        };
        let robot_id = ids::new_uuid();
        let main_part = robots::insert(db, &robot_id, machine.name, location, tick())?;
        for (index, (part_name, config)) in machine.parts.iter().enumerate() {
            let config = config
                .as_object()
                .ok_or_else(|| Error::internal("demo part config is not an object"))?;
            if index == 0 {
                robots::set_part_config(db, &main_part, config, tick())?;
            } else {
                robots::insert_part(db, &robot_id, part_name, false, config, tick())?;
            }
        }
    }

    seed_demo_members(db, organization_id, &lab, &warehouse, &mut tick)
}

fn seed_demo_members(
    db: &Connection,
    organization_id: &str,
    lab: &str,
    warehouse: &str,
    tick: &mut impl FnMut() -> i64,
) -> Result<()> {
    let grant = |role, resource_type, resource_id: &str| Grant {
        role,
        resource_type,
        resource_id: resource_id.to_owned(),
    };
    let people = [
        (
            "grace.hopper@demo-robotics.example",
            grant(Role::Owner, ResourceType::Organization, organization_id),
        ),
        (
            "ben.okafor@demo-robotics.example",
            grant(Role::Operator, ResourceType::Organization, organization_id),
        ),
        (
            "chen.wei@demo-robotics.example",
            grant(Role::Operator, ResourceType::Location, lab),
        ),
    ];
    for (email, grant) in people {
        let now = tick();
        let user_id = match members::user_id_by_email(db, email)? {
            Some(id) => id,
            None => members::insert_user(db, email, now)?,
        };
        members::add_member(db, organization_id, &user_id, &[grant], now)?;
    }

    let invite = grant(Role::Operator, ResourceType::Location, warehouse);
    members::create_invite(
        db,
        organization_id,
        "dana.silva@demo-robotics.example",
        &[invite],
        tick(),
    )?;
    Ok(())
}

fn demo_machines() -> Vec<DemoMachine> {
    vec![
        DemoMachine {
            name: "rover-1",
            location: DemoLocation::Lab,
            parts: vec![("rover-1-main".into(), rover_config("/dev/ttyUSB0"))],
        },
        DemoMachine {
            name: "rover-2",
            location: DemoLocation::Lab,
            parts: vec![
                ("rover-2-main".into(), rover_config("/dev/ttyACM0")),
                ("rover-2-lidar".into(), lidar_config()),
            ],
        },
        DemoMachine {
            name: "arm-station",
            location: DemoLocation::Warehouse,
            parts: vec![
                ("arm-station-main".into(), arm_config()),
                (
                    "arm-station-vision".into(),
                    camera_config("arm-cam", 1280, 720),
                ),
            ],
        },
        DemoMachine {
            name: "forklift-3",
            location: DemoLocation::Warehouse,
            parts: vec![("forklift-3-main".into(), forklift_config())],
        },
        DemoMachine {
            name: "dock-cam",
            location: DemoLocation::LoadingDock,
            parts: vec![(
                "dock-cam-main".into(),
                camera_config("dock-cam", 1920, 1080),
            )],
        },
    ]
}

fn rover_config(gps_path: &str) -> Json {
    json!({
        "components": [
            {
                "name": "left-motor",
                "api": "rdk:component:motor",
                "model": "rdk:builtin:gpio",
                "attributes": {"pins": {"pwm": "12", "dir": "16"}, "max_rpm": 200, "board": "pi"}
            },
            {
                "name": "right-motor",
                "api": "rdk:component:motor",
                "model": "rdk:builtin:gpio",
                "attributes": {"pins": {"pwm": "13", "dir": "18"}, "max_rpm": 200, "board": "pi"}
            },
            {
                "name": "base",
                "api": "rdk:component:base",
                "model": "rdk:builtin:wheeled",
                "attributes": {
                    "left": ["left-motor"],
                    "right": ["right-motor"],
                    "width_mm": 400,
                    "wheel_circumference_mm": 381,
                    "spin_slip_factor": 0.5
                }
            },
            {
                "name": "front-cam",
                "api": "rdk:component:camera",
                "model": "rdk:builtin:webcam",
                "attributes": {"video_path": "video0", "width_px": 640, "height_px": 480, "frame_rate": 30}
            },
            {
                "name": "gps",
                "api": "rdk:component:movement_sensor",
                "model": "rdk:builtin:gps-nmea",
                "attributes": {
                    "connection_type": "serial",
                    "serial_attributes": {"serial_path": gps_path, "serial_baud_rate": 115200}
                }
            }
        ]
    })
}

fn lidar_config() -> Json {
    json!({
        "components": [
            {
                "name": "lidar",
                "api": "rdk:component:camera",
                "model": "viam:lidar:rplidar",
                "attributes": {"device_path": "/dev/ttyUSB1", "scan_rate_hz": 5.5}
            }
        ],
        "modules": [
            {"type": "registry", "name": "viam_rplidar", "module_id": "viam:rplidar", "version": "latest"}
        ]
    })
}

fn arm_config() -> Json {
    json!({
        "components": [
            {
                "name": "arm",
                "api": "rdk:component:arm",
                "model": "viam:ufactory:xArm6",
                "attributes": {
                    "host": "10.0.40.21",
                    "speed_degs_per_sec": 30,
                    "acceleration_degs_per_sec_per_sec": 100.5
                }
            },
            {
                "name": "gripper",
                "api": "rdk:component:gripper",
                "model": "viam:ufactory:gripper",
                "attributes": {"arm": "arm"}
            }
        ],
        "modules": [
            {"type": "registry", "name": "viam_ufactory", "module_id": "viam:ufactory", "version": "latest"}
        ]
    })
}

fn camera_config(name: &str, width: u32, height: u32) -> Json {
    json!({
        "components": [
            {
                "name": name,
                "api": "rdk:component:camera",
                "model": "rdk:builtin:webcam",
                "attributes": {"video_path": "video0", "width_px": width, "height_px": height, "frame_rate": 15}
            }
        ],
        "services": [
            {
                "name": "detector",
                "api": "rdk:service:vision",
                "model": "rdk:builtin:color_detector",
                "attributes": {"detect_color": "#ffcc00", "hue_tolerance_pct": 0.05, "segment_size_px": 200}
            }
        ]
    })
}

fn forklift_config() -> Json {
    json!({
        "components": [
            {
                "name": "base",
                "api": "rdk:component:base",
                "model": "rdk:builtin:wheeled",
                "attributes": {
                    "left": ["drive-left"],
                    "right": ["drive-right"],
                    "width_mm": 1100,
                    "wheel_circumference_mm": 1250,
                    "spin_slip_factor": 0.5
                }
            },
            {
                "name": "drive-left",
                "api": "rdk:component:motor",
                "model": "rdk:builtin:roboclaw",
                "attributes": {"serial_path": "/dev/ttyAMA0", "serial_baud_rate": 115200, "motor_channel": 1}
            },
            {
                "name": "drive-right",
                "api": "rdk:component:motor",
                "model": "rdk:builtin:roboclaw",
                "attributes": {"serial_path": "/dev/ttyAMA0", "serial_baud_rate": 115200, "motor_channel": 2}
            }
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::store::members as store_members;

    fn count(store: &Store, table: &str) -> i64 {
        store
            .read(|db| {
                Ok(
                    db.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
                        row.get(0)
                    })?,
                )
            })
            .unwrap()
    }

    #[test]
    fn plain_bootstrap_creates_org_and_key() {
        let store = Store::open_in_memory();
        let prepared = prepare(&store, false).unwrap();
        assert!(ids::uuid_field("key id", &prepared.key.id).is_ok());
        assert!(prepared.key.key.len() >= 32);

        let owner = Identity::api_key(&prepared.key.id);
        let orgs = store
            .read(|db| organizations::list_accessible(db, &owner))
            .unwrap();
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].name, PLAIN_ORGANIZATION_NAME);
        assert_eq!(count(&store, "robots"), 0);
    }

    #[test]
    fn prepare_again_keeps_key() {
        let store = Store::open_in_memory();
        let first = prepare(&store, true).unwrap();
        let second = prepare(&store, true).unwrap();
        assert_eq!(first.key.id, second.key.id);
        assert_eq!(first.key.key, second.key.key);
        assert_eq!(count(&store, "organizations"), 1);
        assert_eq!(count(&store, "robots"), 5);

        let token = first.signing_key.issue(&first.key.id, 100);
        assert!(second.signing_key.verify(&token, 101).is_ok());
    }

    #[test]
    fn demo_fleet_shape() {
        let store = Store::open_in_memory();
        let prepared = prepare(&store, true).unwrap();
        let owner = Identity::api_key(&prepared.key.id);
        let orgs = store
            .read(|db| organizations::list_accessible(db, &owner))
            .unwrap();
        assert_eq!(orgs.len(), 1);
        assert_eq!(orgs[0].name, DEMO_ORGANIZATION_NAME);

        let locations = store
            .read(|db| locations::list_for_organization(db, &orgs[0].id))
            .unwrap();
        let names: Vec<&str> = locations.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["lab", "warehouse", "loading-dock"]);
        assert_eq!(locations[2].parent_location_id, locations[1].id);
        assert_eq!(locations[0].robot_count, 2);

        let robots = store
            .read(|db| robots::list_for_organization(db, &orgs[0].id))
            .unwrap();
        assert_eq!(robots.len(), 5);
        let arm = robots.iter().find(|r| r.name == "arm-station").unwrap();
        let parts = store.read(|db| robots::parts(db, &arm.id)).unwrap();
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].name, "arm-station-main");
        assert!(
            parts[0]
                .robot_config_json
                .as_deref()
                .unwrap()
                .contains("viam:ufactory:xArm6")
        );

        let members = store
            .read(|db| store_members::members(db, &orgs[0].id))
            .unwrap();
        assert_eq!(members.len(), 3);
        let invites = store
            .read(|db| store_members::list_invites(db, &orgs[0].id))
            .unwrap();
        assert_eq!(invites.len(), 1);
    }

    #[test]
    fn demo_added_to_existing_file() {
        let store = Store::open_in_memory();
        let plain = prepare(&store, false).unwrap();
        let demo = prepare(&store, true).unwrap();
        assert_eq!(plain.key.id, demo.key.id);
        assert_eq!(count(&store, "organizations"), 2);
        assert_eq!(count(&store, "robots"), 5);
        prepare(&store, true).unwrap();
        assert_eq!(count(&store, "robots"), 5);
    }

    #[test]
    fn deleted_bootstrap_key_replaced() {
        let store = Store::open_in_memory();
        let first = prepare(&store, false).unwrap();
        store
            .write(|db| {
                db.execute("DELETE FROM api_keys WHERE id = ?1", [&first.key.id])?;
                Ok(())
            })
            .unwrap();
        let second = prepare(&store, false).unwrap();
        assert_ne!(first.key.id, second.key.id);
        let owner = Identity::api_key(&second.key.id);
        let orgs = store
            .read(|db| organizations::list_accessible(db, &owner))
            .unwrap();
        assert_eq!(orgs.len(), 1);
        assert_eq!(count(&store, "organizations"), 1);
    }
}
