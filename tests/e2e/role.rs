use serde_json::Value;

use crate::common::Emulator;

#[test]
fn role_add_list_remove_for_key() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let created = emulator.json(&[
        "key",
        "create",
        "--name",
        "robot-ci",
        "--grant",
        "operator:location:lab",
    ]);
    let id = created["id"].as_str().unwrap();

    emulator
        .cmd()
        .args(["role", "add", "robot-ci", "owner:location:lab"])
        .assert()
        .success();
    let after_add = emulator.json(&["role", "list", "--resource", "location:lab"]);
    emulator
        .cmd()
        .args(["role", "remove", id, "owner:location:lab", "--yes"])
        .assert()
        .success();
    let after_remove = emulator.json(&["role", "list", "--resource", "location:lab"]);

    let roles = |list: &Value| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .filter(|a| a["identity_id"] == id)
            .map(|a| a["authorization_id"].as_str().unwrap().to_string())
            .collect()
    };
    let mut added = roles(&after_add);
    added.sort();
    assert_eq!(added, vec!["location_operator", "location_owner"]);
    assert_eq!(roles(&after_remove), vec!["location_operator"]);
}

#[test]
fn role_change_swaps_grant() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let created = emulator.json(&["key", "create", "--grant", "operator:location:lab"]);
    let id = created["id"].as_str().unwrap();

    emulator
        .cmd()
        .args([
            "role",
            "change",
            id,
            "--from",
            "operator:location:lab",
            "--to",
            "owner:location:lab",
        ])
        .assert()
        .success();
    let list = emulator.json(&["role", "list", "--resource", "location:lab"]);

    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["identity_id"] == id)
        .map(|a| a["authorization_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["location_owner"]);
}

#[test]
fn role_unknown_identity_exit_3() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&[
        "role",
        "add",
        "ghost@example.com",
        "operator:org:Emulated Org",
    ]);

    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("identity \"ghost@example.com\" not found"),
        "{stderr}"
    );
}

#[test]
fn role_bad_grant_rejected() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["role", "add", "someone", "boss:location:lab"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("unknown role \"boss\""), "{stderr}");
}

/// Permission checks agree with what a location operator key can actually do.
#[test]
fn role_check_agrees_with_actions() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    emulator.json(&["machine", "create", "rover", "--location", "lab"]);
    let created = emulator.json(&["key", "create", "--grant", "operator:location:lab"]);
    let (id, key) = (
        created["id"].as_str().unwrap().to_string(),
        created["key"].as_str().unwrap().to_string(),
    );
    let as_key = |args: &[&str]| {
        emulator
            .bare_cmd()
            .env("VIAM_API_KEY_ID", &id)
            .env("VIAM_API_KEY", &key)
            .args(args)
            .output()
            .unwrap()
    };

    let checks = as_key(&[
        "role",
        "check",
        "read_location",
        "write_location",
        "read_robot",
        "-o",
        "json",
        "--resource",
        "location:lab",
    ]);
    let checks: Value = serde_json::from_slice(&checks.stdout).unwrap();
    let allowed = |permission: &str| {
        checks
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["permission"] == permission)
            .unwrap()["allowed"]
            == true
    };

    let cases: [(&str, Vec<&str>); 3] = [
        ("read_location", vec!["location", "get", "lab"]),
        (
            "write_location",
            vec!["location", "update", "lab", "--name", "lab-2"],
        ),
        ("read_robot", vec!["machine", "list", "--location", "lab"]),
    ];
    for (permission, action) in cases {
        let output = as_key(&action);
        assert_eq!(
            output.status.success(),
            allowed(permission),
            "{permission} vs {action:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(allowed("read_location"));
    assert!(!allowed("write_location"));
}

#[test]
fn role_check_exits_zero_when_denied() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let created = emulator.json(&["key", "create", "--grant", "operator:location:lab"]);

    let output = emulator
        .bare_cmd()
        .env("VIAM_API_KEY_ID", created["id"].as_str().unwrap())
        .env("VIAM_API_KEY", created["key"].as_str().unwrap())
        .args([
            "role",
            "check",
            "write_location",
            "--resource",
            "location:lab",
        ])
        .output()
        .unwrap();

    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        String::from_utf8_lossy(&output.stdout).trim(),
        "write_location\tno"
    );
}

#[test]
fn role_check_bad_resource_rejected() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["role", "check", "read_robot", "--resource", "lab"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("expected TYPE:ID"), "{stderr}");
}
