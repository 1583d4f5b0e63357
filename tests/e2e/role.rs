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

/// Runs `viamctl` authenticated as API key `id`, returning (exit code, stdout, stderr).
fn run_as(emulator: &Emulator, id: &str, key: &str, args: &[&str]) -> (i32, String, String) {
    let output = emulator
        .bare_cmd()
        .env("VIAM_API_KEY_ID", id)
        .env("VIAM_API_KEY", key)
        .args(args)
        .output()
        .unwrap();
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// For a location operator and a location owner, every permission `role check` reports
/// matches whether the action that needs it succeeds, and a denied action exits 4.
#[test]
fn role_check_matches_every_action() {
    let emulator = Emulator::start();
    let org_id = emulator.org_id();
    let lab = emulator.json(&["location", "create", "lab"]);
    let lab_id = lab["id"].as_str().unwrap().to_string();
    let rover = emulator.json(&["machine", "create", "rover", "--location", "lab"]);
    let rover_id = rover["id"].as_str().unwrap().to_string();
    let org = format!("organization:{org_id}");
    let location = format!("location:{lab_id}");
    let machine = format!("robot:{rover_id}");

    let cases: Vec<(&str, &str, Vec<&str>)> = vec![
        ("read_organization", &org, vec!["org", "member", "list"]),
        (
            "write_organization",
            &org,
            vec!["org", "update", &org_id, "--name", "Emulated Org"],
        ),
        ("read_location", &location, vec!["location", "get", &lab_id]),
        (
            "write_location",
            &location,
            vec!["location", "update", &lab_id, "--name", "lab"],
        ),
        (
            "read_location_secret",
            &location,
            vec!["location", "secrets", &lab_id],
        ),
        ("read_robot", &machine, vec!["machine", "get", &rover_id]),
        (
            "read_robot_config",
            &machine,
            vec!["part", "list", "--machine", &rover_id],
        ),
        (
            "read_robot_logs",
            &machine,
            vec!["part", "logs", "--machine", &rover_id, "--count", "1"],
        ),
        (
            "control_robot",
            &machine,
            vec!["part", "restart", "--machine", &rover_id],
        ),
        (
            "write_robot",
            &machine,
            vec!["machine", "update", &rover_id, "--name", "rover"],
        ),
    ];

    let expected_allowed = [
        (
            "operator:location:lab",
            vec![
                "read_location",
                "read_robot",
                "read_robot_config",
                "read_robot_logs",
                "control_robot",
            ],
        ),
        (
            "owner:location:lab",
            vec![
                "read_location",
                "write_location",
                "read_location_secret",
                "read_robot",
                "read_robot_config",
                "read_robot_logs",
                "control_robot",
                "write_robot",
            ],
        ),
    ];
    for (grant, expected) in expected_allowed {
        let created = emulator.json(&["key", "create", "--grant", grant]);
        let (id, key) = (
            created["id"].as_str().unwrap(),
            created["key"].as_str().unwrap(),
        );
        let mut allowed_permissions = Vec::new();
        for (permission, resource, action) in &cases {
            let check = [
                "role",
                "check",
                permission,
                "--resource",
                resource,
                "-o",
                "json",
            ];
            let (check_code, checked, check_err) = run_as(&emulator, id, key, &check);
            assert_eq!(check_code, 0, "{grant} {permission}: {check_err}");
            let checked: Value = serde_json::from_str(&checked).unwrap();
            let allowed = checked[0]["allowed"] == true;

            let (code, _, stderr) = run_as(&emulator, id, key, action);

            assert_eq!(
                code == 0,
                allowed,
                "{grant}: `role check {permission}` returned {allowed}, `{}` exited {code}: {stderr}",
                action.join(" ")
            );
            if allowed {
                allowed_permissions.push(*permission);
            } else {
                assert_eq!(code, 4, "{grant} {action:?}: {stderr}");
            }
        }
        assert_eq!(allowed_permissions, expected, "{grant}");
    }
}

#[test]
fn role_remove_last_owner_rejected() {
    let emulator = Emulator::start();
    let org_id = emulator.org_id();
    let grant = format!("owner:organization:{org_id}");

    let (code, _, stderr) = emulator.run(&["role", "remove", &emulator.key_id, &grant, "--yes"]);

    assert_ne!(code, 0);
    assert!(stderr.contains("last owner"), "{stderr}");
    assert_eq!(emulator.run(&["org", "list"]).0, 0);
}

#[test]
fn role_add_for_member_email() {
    let emulator = Emulator::start_demo();

    emulator
        .cmd()
        .args([
            "role",
            "add",
            "ben.okafor@demo-robotics.example",
            "owner:location:warehouse",
        ])
        .assert()
        .success();
    let list = emulator.json(&["role", "list", "--resource", "location:warehouse"]);
    let (_, table, _) = emulator.run(&["role", "list", "--resource", "location:warehouse"]);

    let owners: Vec<&Value> = list
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["authorization_id"] == "location_owner")
        .collect();
    assert_eq!(owners.len(), 1, "{list}");
    assert_eq!(owners[0]["identity_type"], "user");
    assert!(
        table
            .lines()
            .any(|line| line.contains("ben.okafor@demo-robotics.example") && line.contains("owner")),
        "{table}"
    );
}

#[test]
fn role_check_unknown_permission_rejected() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let (code, _, stderr) = emulator.run(&[
        "role",
        "check",
        "read_everything",
        "--resource",
        "location:lab",
    ]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: invalid permission name: the server rejected it"),
        "{stderr}"
    );
    assert!(stderr.contains("read_everything"), "{stderr}");
    assert!(
        stderr.contains("hint: permission names look like"),
        "{stderr}"
    );
}

/// An owner of one location grants roles there by email although it may not list members.
/// Another location is invisible to it by name (exit code 3) and denied by ID (exit code 4).
#[test]
fn location_owner_grants_by_email() {
    let emulator = Emulator::start_demo();
    let created = emulator.json(&["key", "create", "--grant", "owner:location:lab"]);
    let (id, key) = (
        created["id"].as_str().unwrap(),
        created["key"].as_str().unwrap(),
    );
    let email = "ben.okafor@demo-robotics.example";
    let locations = emulator.json(&["location", "list"]);
    let warehouse = locations
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["name"] == "warehouse")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let warehouse_grant = format!("owner:location:{warehouse}");

    let (lab_code, _, lab_err) = run_as(
        &emulator,
        id,
        key,
        &["role", "add", email, "owner:location:lab"],
    );
    let (by_name, _, by_name_err) = run_as(
        &emulator,
        id,
        key,
        &["role", "add", email, "owner:location:warehouse"],
    );
    let (by_id, _, by_id_err) = run_as(
        &emulator,
        id,
        key,
        &["role", "add", email, &warehouse_grant],
    );
    let (list_code, table, list_err) = run_as(&emulator, id, key, &["role", "list"]);

    assert_eq!(lab_code, 0, "{lab_err}");
    assert_eq!(by_name, 3, "{by_name_err}");
    assert_eq!(by_id, 4, "{by_id_err}");
    assert_eq!(list_code, 0, "{list_err}");
    assert!(
        table
            .lines()
            .any(|line| line.contains("user") && line.contains("owner")),
        "{table}"
    );
    assert!(!table.contains("organization"), "{table}");
}
