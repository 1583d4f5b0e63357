//! Activity of the demo fleet while the emulator runs: every demo part uploads log entries
//! (start-up, component status, periodic heartbeats, occasional warnings and errors) and
//! restarts when asked, so that `viamctl part logs --follow` shows live output.
//!
//! The entries are written straight to the store, as RobotService `Log` would store them, once
//! per [`TICK`]. Which entry a part writes depends only on how many ticks it has seen, so a
//! run is predictable apart from the times.

use std::sync::Arc;
use std::time::Duration;

use prost_types::{Struct, Value, value::Kind};
use serde_json::Value as Json;

use super::error::Result;
use super::seed;
use super::store::{Store, logs, now_micros, parts, robots};
use crate::proto::viam::common::v1::LogEntry;

/// Interval between two rounds of demo activity.
const TICK: Duration = Duration::from_secs(1);

/// A part writes a periodic entry every this many ticks; parts are staggered so the fleet
/// writes a little every tick.
const PERIOD_TICKS: u64 = 3;

/// One demo part and the components of its config.
#[derive(Clone, Debug)]
struct DemoPart {
    id: String,
    name: String,
    components: Vec<Component>,
    /// Periodic entries written so far, which picks the next one.
    written: u64,
}

#[derive(Clone, Debug)]
struct Component {
    name: String,
    /// Last segment of the component's API, such as `motor` or `camera`.
    kind: String,
    model: String,
}

/// Starts the demo activity when the data file has the demo fleet. It runs until the process
/// exits; a failing round is logged and the next one tried.
///
/// With `startup`, every part first logs its start-up, as when `emulator serve` starts the
/// fleet. Without it the first round comes one tick later and writes only periodic entries,
/// so that a short `viamctl --local` command adds next to nothing to the log.
pub fn spawn(store: Arc<Store>, startup: bool) {
    tokio::spawn(async move {
        let loaded = {
            let store = Arc::clone(&store);
            tokio::task::spawn_blocking(move || load(&store)).await
        };
        let mut fleet = match loaded {
            Ok(Ok(fleet)) if !fleet.is_empty() => fleet,
            Ok(Ok(_)) => return,
            Ok(Err(error)) => {
                tracing::error!(error = %error, "failed to load the demo fleet; it stays silent");
                return;
            }
            Err(error) => {
                tracing::error!(error = %error, "failed to load the demo fleet; it stays silent");
                return;
            }
        };
        tracing::info!(parts = fleet.len(), "demo machines started");

        let mut interval = tokio::time::interval(TICK);
        let first_tick = if startup { 0 } else { 1 };
        if !startup {
            // The first tick of an interval completes at once.
            interval.tick().await;
        }
        for tick in first_tick.. {
            interval.tick().await;
            let store = Arc::clone(&store);
            let result = tokio::task::spawn_blocking(move || {
                let outcome = run_tick(&store, &mut fleet, tick);
                (fleet, outcome)
            })
            .await;
            match result {
                Ok((returned, outcome)) => {
                    fleet = returned;
                    if let Err(error) = outcome {
                        tracing::warn!(error = %error, tick, "demo machines failed to write");
                    }
                }
                Err(error) => {
                    tracing::error!(error = %error, "demo machines stopped");
                    return;
                }
            }
        }
    });
}

/// Reads the parts of the demo organization's machines; empty without a demo fleet.
fn load(store: &Store) -> Result<Vec<DemoPart>> {
    store.read(|db| {
        let Some(organization_id) = seed::demo_organization(db)? else {
            return Ok(Vec::new());
        };
        let mut fleet = Vec::new();
        for robot in robots::list_for_organization(db, &organization_id)? {
            for part in robots::parts(db, &robot.id)? {
                let config: Json =
                    serde_json::from_str(part.robot_config_json.as_deref().unwrap_or("{}"))?;
                fleet.push(DemoPart {
                    id: part.id,
                    name: part.name,
                    components: components(&config),
                    written: 0,
                });
            }
        }
        Ok(fleet)
    })
}

fn components(config: &Json) -> Vec<Component> {
    let Some(list) = config.get("components").and_then(Json::as_array) else {
        return Vec::new();
    };
    list.iter()
        .map(|component| {
            let text = |key: &str| component.get(key).and_then(Json::as_str).unwrap_or("");
            Component {
                name: text("name").to_owned(),
                kind: text("api").rsplit(':').next().unwrap_or("").to_owned(),
                model: text("model").to_owned(),
            }
        })
        .collect()
}

/// Writes one round: start-up entries on the first tick and after a restart request, and a
/// periodic entry from each part whose turn it is. Parts that were deleted are skipped.
fn run_tick(store: &Store, fleet: &mut [DemoPart], tick: u64) -> Result<()> {
    let now = now_micros();
    store.write(|db| {
        for (index, part) in fleet.iter_mut().enumerate() {
            if parts::robot_of(db, &part.id)?.is_none() {
                continue;
            }
            parts::touch(db, &part.id, now)?;
            let mut entries = Vec::new();
            if tick == 0 {
                entries.extend(startup(part));
            } else if parts::take_restart(db, &part.id)? {
                entries.extend(restart(part));
            }
            if (tick + index as u64).is_multiple_of(PERIOD_TICKS) {
                entries.push(periodic(part));
                part.written += 1;
            }
            let entries = with_times(entries, now);
            logs::insert(db, &part.id, &entries, now.saturating_mul(1_000))?;
        }
        Ok(())
    })?;
    logs::announce_written();
    Ok(())
}

/// Gives consecutive entries times one microsecond apart from `now`, keeping their order.
fn with_times(entries: Vec<LogEntry>, now_micros: i64) -> Vec<LogEntry> {
    entries
        .into_iter()
        .enumerate()
        .map(|(offset, entry)| LogEntry {
            time: Some(logs::timestamp(
                (now_micros + offset as i64).saturating_mul(1_000),
            )),
            ..entry
        })
        .collect()
}

fn entry(part: &DemoPart, level: &str, logger: &str, message: String) -> LogEntry {
    LogEntry {
        host: part.name.clone(),
        level: level.to_owned(),
        logger_name: logger.to_owned(),
        message,
        ..Default::default()
    }
}

fn startup(part: &DemoPart) -> Vec<LogEntry> {
    let mut entries = vec![
        entry(part, "info", "rdk", "viam-server starting".to_owned()),
        entry(
            part,
            "info",
            "rdk.config",
            format!("config loaded: {} components", part.components.len()),
        ),
    ];
    for component in &part.components {
        entries.push(entry(
            part,
            "info",
            &component_logger(component),
            format!(
                "{} {} ready (model {})",
                component.kind, component.name, component.model
            ),
        ));
    }
    entries.push(entry(
        part,
        "info",
        "rdk.networking",
        "connected to the cloud".to_owned(),
    ));
    entries
}

fn restart(part: &DemoPart) -> Vec<LogEntry> {
    let mut entries = vec![entry(
        part,
        "info",
        "rdk",
        "restart requested by the cloud; shutting down".to_owned(),
    )];
    entries.extend(startup(part));
    entries
}

/// Picks the part's next periodic entry: mostly heartbeats and component status, a warning
/// every fifth and an error every eleventh.
fn periodic(part: &DemoPart) -> LogEntry {
    let n = part.written;
    let component =
        (!part.components.is_empty()).then(|| &part.components[n as usize % part.components.len()]);
    match component {
        Some(component) if n % 11 == 10 => entry(
            part,
            "error",
            &component_logger(component),
            error_message(component, n),
        ),
        Some(component) if n % 5 == 4 => entry(
            part,
            "warn",
            &component_logger(component),
            warning_message(component, n),
        ),
        Some(component) if n % 2 == 1 => entry(
            part,
            "info",
            &component_logger(component),
            format!("{} {} is healthy", component.kind, component.name),
        ),
        _ => heartbeat(part, n),
    }
}

fn heartbeat(part: &DemoPart, n: u64) -> LogEntry {
    let cpu = 12 + (n * 7) % 40;
    let memory = 310 + (n * 13) % 120;
    let mut heartbeat = entry(
        part,
        "info",
        "rdk.heartbeat",
        format!("cpu {cpu}%, memory {memory} MiB"),
    );
    heartbeat.fields = vec![Struct {
        fields: [
            ("cpu_percent".to_owned(), number(cpu)),
            ("memory_mib".to_owned(), number(memory)),
        ]
        .into_iter()
        .collect(),
    }];
    heartbeat
}

fn number(value: u64) -> Value {
    Value {
        kind: Some(Kind::NumberValue(value as f64)),
    }
}

fn component_logger(component: &Component) -> String {
    format!("rdk.components.{}", component.name)
}

fn warning_message(component: &Component, n: u64) -> String {
    match component.kind.as_str() {
        "motor" => format!("motor {} current is high: 2.{} A", component.name, n % 10),
        "camera" => format!("camera {} dropped {} frames", component.name, 1 + n % 6),
        "arm" => format!("arm {} is close to a joint limit", component.name),
        "movement_sensor" => format!("{}: GPS fix is weak (4 satellites)", component.name),
        _ => format!(
            "{} {} answered slowly: {} ms",
            component.kind,
            component.name,
            150 + (n * 37) % 300
        ),
    }
}

fn error_message(component: &Component, n: u64) -> String {
    match component.kind.as_str() {
        "motor" => format!(
            "motor {} stalled: encoder did not move for 2s",
            component.name
        ),
        "camera" => format!(
            "camera {}: failed to read a frame: device busy",
            component.name
        ),
        "arm" => format!(
            "arm {}: joint {} exceeded its velocity limit; stopped",
            component.name,
            1 + n % 6
        ),
        "base" => format!("base {}: move interrupted by an obstacle", component.name),
        _ => format!(
            "{} {}: request timed out after 5s",
            component.kind, component.name
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::store::logs::LogFilter;

    fn fleet(store: &Store) -> Vec<DemoPart> {
        seed::prepare(store, true).unwrap();
        load(store).unwrap()
    }

    fn all_entries(store: &Store, part_id: &str) -> Vec<LogEntry> {
        store
            .read(|db| logs::page(db, part_id, &LogFilter::default(), false, None, 1000))
            .unwrap()
            .0
    }

    #[test]
    fn loads_every_demo_part() {
        let store = Store::open_in_memory();
        let fleet = fleet(&store);
        assert_eq!(fleet.len(), 7);
        let rover = fleet.iter().find(|p| p.name == "rover-1-main").unwrap();
        let kinds: Vec<&str> = rover.components.iter().map(|c| c.kind.as_str()).collect();
        assert_eq!(
            kinds,
            ["motor", "motor", "base", "camera", "movement_sensor"]
        );
    }

    #[test]
    fn first_tick_writes_startup() {
        let store = Store::open_in_memory();
        let mut fleet = fleet(&store);
        run_tick(&store, &mut fleet, 0).unwrap();

        let rover = fleet.iter().find(|p| p.name == "rover-1-main").unwrap();
        let entries = all_entries(&store, &rover.id);
        assert_eq!(entries[0].message, "viam-server starting");
        assert_eq!(entries[1].message, "config loaded: 5 components");
        assert!(
            entries
                .iter()
                .any(|e| e.message == "motor left-motor ready (model rdk:builtin:gpio)")
        );
        let part = store.read(|db| parts::get(db, &rover.id)).unwrap();
        assert!(part.last_access.is_some());
    }

    #[test]
    fn restart_request_answered_once() {
        let store = Store::open_in_memory();
        let mut fleet = fleet(&store);
        let part_id = fleet[0].id.clone();
        run_tick(&store, &mut fleet, 0).unwrap();
        store
            .write(|db| parts::request_restart(db, &part_id, now_micros()))
            .unwrap();

        run_tick(&store, &mut fleet, 1).unwrap();
        run_tick(&store, &mut fleet, 2).unwrap();

        let shutdowns = all_entries(&store, &part_id)
            .iter()
            .filter(|e| e.message.starts_with("restart requested"))
            .count();
        assert_eq!(shutdowns, 1);
        assert!(!store.write(|db| parts::take_restart(db, &part_id)).unwrap());
    }

    #[test]
    fn periodic_entries_include_warnings_and_errors() {
        let store = Store::open_in_memory();
        let mut part = fleet(&store).remove(0);
        let mut levels = Vec::new();
        for _ in 0..22 {
            levels.push(periodic(&part).level);
            part.written += 1;
        }
        assert_eq!(levels.iter().filter(|l| *l == "error").count(), 2);
        assert_eq!(levels.iter().filter(|l| *l == "warn").count(), 4);
        assert!(levels.iter().filter(|l| *l == "info").count() >= 14);
    }
}
