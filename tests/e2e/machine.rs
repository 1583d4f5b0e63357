use crate::common::{Emulator, field};

#[test]
fn machine_create_gets_main_part() {
    let emulator = Emulator::start();
    let lab = emulator.json(&["location", "create", "lab"]);

    let robot = emulator.json(&["machine", "create", "rover-1", "--location", "lab"]);
    let detail = emulator.json(&["machine", "get", "rover-1"]);

    assert_eq!(robot["name"], "rover-1");
    assert_eq!(robot["location"], lab["id"]);
    let parts = detail["parts"].as_array().unwrap();
    assert_eq!(parts.len(), 1);
    assert_eq!(parts[0]["name"], "rover-1-main");
    assert_eq!(parts[0]["main_part"], true);
    assert!(
        parts[0].get("secret").is_none(),
        "secrets must not be shown: {detail}"
    );
    assert!(
        parts[0].get("secrets").is_none(),
        "secrets must not be shown: {detail}"
    );
}

#[test]
fn machine_create_without_location_rejected() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let (code, _, stderr) = emulator.run(&["machine", "create", "rover-1"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("no location given"), "{stderr}");
}

#[test]
fn machine_list_in_location_and_all() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    emulator.json(&["location", "create", "yard"]);
    emulator.json(&["machine", "create", "a-1", "--location", "lab"]);
    emulator.json(&["machine", "create", "b-1", "--location", "yard"]);
    emulator.json(&["machine", "create", "b-2", "--location", "yard"]);

    let in_lab = emulator.json(&["machine", "list", "--location", "lab"]);
    let all = emulator.json(&["machine", "list", "--all"]);

    assert_eq!(field(&in_lab, "name"), vec!["a-1"]);
    let mut names = field(&all, "name");
    names.sort();
    assert_eq!(names, vec!["a-1", "b-1", "b-2"]);
}

#[test]
fn machine_list_empty_is_array() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let (code, stdout, _) = emulator.run(&["machine", "list", "--location", "lab", "-o", "json"]);

    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), "[]");
}

#[test]
fn all_and_location_conflict() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["machine", "list", "--all", "--location", "lab"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("`--all` and `--location`"), "{stderr}");
}

#[test]
fn machine_update_renames() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let robot = emulator.json(&["machine", "create", "old-name", "--location", "lab"]);

    let renamed = emulator.json(&["machine", "update", "old-name", "--name", "new-name"]);
    let fetched = emulator.json(&["machine", "get", robot["id"].as_str().unwrap()]);

    assert_eq!(renamed["name"], "new-name");
    assert_eq!(fetched["name"], "new-name");
    assert_eq!(fetched["location"], robot["location"]);
}

#[test]
fn machine_delete_removes_it() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    emulator.json(&["machine", "create", "doomed", "--location", "lab"]);

    let (code, _, stderr) = emulator.run(&["machine", "delete", "doomed", "--yes"]);
    let (get_code, _, get_stderr) = emulator.run(&["machine", "get", "doomed"]);

    assert_eq!(code, 0, "{stderr}");
    assert_eq!(get_code, 3, "{get_stderr}");
}

#[test]
fn unknown_machine_names_location() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let (code, _, stderr) = emulator.run(&["machine", "get", "rover-2", "--location", "lab"]);

    assert_eq!(code, 3);
    assert!(
        stderr.contains("error: machine \"rover-2\" not found in location \"lab\""),
        "{stderr}"
    );
}

#[test]
fn unknown_machine_id_exit_3() {
    let emulator = Emulator::start();

    let (code, _, stderr) =
        emulator.run(&["machine", "get", "5b0c6f0e-1111-4222-8333-444455556666"]);

    assert_eq!(code, 3, "{stderr}");
}

#[test]
fn ambiguous_machine_lists_ids() {
    let emulator = Emulator::start();
    let lab = emulator.json(&["location", "create", "lab"]);
    emulator.json(&["location", "create", "yard"]);
    let first = emulator.json(&["machine", "create", "twin", "--location", "lab"]);
    let second = emulator.json(&["machine", "create", "twin", "--location", "yard"]);

    let (code, _, stderr) = emulator.run(&["machine", "get", "twin"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("machine name \"twin\" matches 2 machines"),
        "{stderr}"
    );
    assert!(stderr.contains(first["id"].as_str().unwrap()), "{stderr}");
    assert!(stderr.contains(second["id"].as_str().unwrap()), "{stderr}");
    let lab_id = lab["id"].as_str().unwrap();
    assert!(stderr.contains(&format!("(location {lab_id})")), "{stderr}");
    assert!(stderr.contains("`--location LOC`"), "{stderr}");
}

#[test]
fn demo_fleet_has_machines_with_parts() {
    let emulator = Emulator::start_demo();

    let all = emulator.json(&["machine", "list", "--all"]);
    let locations = field(&emulator.json(&["location", "list"]), "name");

    assert!(all.as_array().unwrap().len() >= 4, "{all}");
    assert!(
        locations.contains(&"loading-dock".to_string()),
        "{locations:?}"
    );
    let first = all[0]["id"].as_str().unwrap();
    let detail = emulator.json(&["machine", "get", first]);
    assert!(!detail["parts"].as_array().unwrap().is_empty(), "{detail}");
}

#[test]
fn local_flag_uses_in_process_emulator() {
    let dir = tempfile::tempdir().unwrap();

    let output = crate::common::isolated_cmd(dir.path())
        .args(["--local", "machine", "list", "--all", "-o", "json"])
        .output()
        .unwrap();
    let again = crate::common::isolated_cmd(dir.path())
        .args(["--local", "location", "list", "-o", "json"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let machines: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(machines.as_array().unwrap().len() >= 4, "{machines}");
    let locations: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert!(
        field(&locations, "name").contains(&"lab".to_string()),
        "{locations}"
    );
}

#[test]
fn local_with_profile_rejected() {
    let dir = tempfile::tempdir().unwrap();

    let output = crate::common::isolated_cmd(dir.path())
        .args(["--local", "--profile", "ci", "machine", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("'--local' cannot be used with '--profile"),
        "{stderr}"
    );
    assert!(
        !dir.path().join("data").exists(),
        "no emulator data file was created"
    );
}

#[test]
fn local_error_printed_once() {
    let dir = tempfile::tempdir().unwrap();

    let output = crate::common::isolated_cmd(dir.path())
        .args(["--local", "location", "secrets", "zz00zz00zz"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(!stderr.contains("request failed"), "{stderr}");
    assert_eq!(stderr.matches("not found").count(), 1, "{stderr}");
}
