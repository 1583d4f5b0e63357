use serde_json::{Value, json};

use crate::common::{Emulator, field};

fn write_file(emulator: &Emulator, name: &str, text: &str) -> std::path::PathBuf {
    let path = emulator.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// Creates a fragment from `config` and returns its JSON.
fn create(emulator: &Emulator, name: &str, config: &str, extra: &[&str]) -> Value {
    let path = write_file(emulator, &format!("{name}.json"), config);
    let mut args = vec![
        "fragment",
        "create",
        name,
        "--config",
        path.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    emulator.json(&args)
}

/// Sets the config of machine `machine`'s main part straight in the data file, so these tests
/// exercise the fragment rules whether or not part updates are served.
fn set_part_config(emulator: &Emulator, machine: &str, config: &Value) {
    let connection = rusqlite::Connection::open(emulator.data_path()).unwrap();
    connection
        .busy_timeout(std::time::Duration::from_secs(5))
        .unwrap();
    let updated = connection
        .execute(
            "UPDATE parts SET config = ?2
             WHERE main_part = 1 AND robot_id = (SELECT id FROM robots WHERE name = ?1)",
            rusqlite::params![machine, config.to_string()],
        )
        .unwrap();
    assert_eq!(updated, 1, "machine {machine} has one main part");
}

fn make_machine(emulator: &Emulator, name: &str) {
    let location = emulator.json(&["location", "create", "lab"]);
    let location_id = location["id"].as_str().unwrap();
    emulator
        .cmd()
        .args(["--location", location_id, "machine", "create", name])
        .assert()
        .success();
}

#[test]
fn create_get_keeps_large_integers() {
    let emulator = Emulator::start();
    let created = create(
        &emulator,
        "base",
        r#"{"components": [{"name": "motor", "attributes": {"max_rpm": 1000000}}]}"#,
        &[],
    );
    let id = created["id"].as_str().unwrap();

    let fragment = emulator.json(&["fragment", "get", id]);
    assert_eq!(
        fragment["fragment"]["components"][0]["attributes"]["max_rpm"],
        json!(1000000)
    );
    assert_eq!(fragment["visibility"], "FRAGMENT_VISIBILITY_PRIVATE");
    assert_eq!(fragment["revision"], "1");

    let out = emulator.dir.path().join("out.json");
    emulator
        .cmd()
        .args([
            "fragment",
            "get",
            "base",
            "--config-out",
            out.to_str().unwrap(),
        ])
        .assert()
        .success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("\"max_rpm\": 1000000"), "{text}");
}

#[test]
fn invalid_config_names_line_and_column() {
    let emulator = Emulator::start();
    let path = write_file(&emulator, "bad.json", "{\n  \"a\": [1,\n    2,,\n  ]\n}\n");

    let (code, _, stderr) = emulator.run(&[
        "fragment",
        "create",
        "broken",
        "--config",
        path.to_str().unwrap(),
    ]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!(
            "invalid JSON in {} at line 3, column 7",
            path.display()
        )),
        "{stderr}"
    );
    assert_eq!(emulator.request_count("CreateFragment"), 0);
}

#[test]
fn config_not_object_rejected() {
    let emulator = Emulator::start();
    let path = write_file(&emulator, "list.json", "[1, 2]");

    let (code, _, stderr) = emulator.run(&[
        "fragment",
        "create",
        "listy",
        "--config",
        path.to_str().unwrap(),
    ]);

    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("JSON object"), "{stderr}");
    assert_eq!(emulator.request_count("CreateFragment"), 0);
}

#[test]
fn list_default_public_and_all() {
    let emulator = Emulator::start();
    let home = emulator.org_id();
    create(&emulator, "mine", "{}", &[]);
    let other = emulator.json(&["org", "create", "Other"]);
    let other_id = other["id"].as_str().unwrap();
    for (name, visibility) in [
        ("theirs-private", "private"),
        ("theirs-public", "public"),
        ("theirs-unlisted", "unlisted"),
    ] {
        emulator.json(&[
            "--org",
            other_id,
            "fragment",
            "create",
            name,
            "--visibility",
            visibility,
        ]);
    }

    let own = emulator.json(&["--org", &home, "fragment", "list"]);
    assert_eq!(field(&own, "name"), ["mine"]);
    let public = emulator.json(&["--org", &home, "fragment", "list", "--public"]);
    assert_eq!(field(&public, "name"), ["theirs-public"]);
    let all = emulator.json(&["--org", &home, "fragment", "list", "--all"]);
    assert_eq!(field(&all, "name"), ["mine", "theirs-public"]);
    let theirs = emulator.json(&["--org", other_id, "fragment", "list"]);
    assert_eq!(
        field(&theirs, "name"),
        ["theirs-private", "theirs-public", "theirs-unlisted"]
    );
}

#[test]
fn update_sends_only_given_fields() {
    let emulator = Emulator::start();
    let created = create(&emulator, "base", r#"{"services": [{"name": "nav"}]}"#, &[]);
    let id = created["id"].as_str().unwrap();

    let renamed = emulator.json(&["fragment", "update", id, "--name", "base-v2"]);
    assert_eq!(renamed["name"], "base-v2");
    assert_eq!(renamed["fragment"], json!({"services": [{"name": "nav"}]}));
    assert_eq!(renamed["revision"], "2");

    let shared = emulator.json(&["fragment", "update", "base-v2", "--visibility", "public"]);
    assert_eq!(shared["visibility"], "FRAGMENT_VISIBILITY_PUBLIC");
    assert_eq!(shared["public"], true);
    assert_eq!(shared["name"], "base-v2");
}

#[test]
fn update_without_changes_rejected() {
    let emulator = Emulator::start();
    create(&emulator, "base", "{}", &[]);

    let (code, _, stderr) = emulator.run(&["fragment", "update", "base"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("nothing to update"), "{stderr}");
    assert_eq!(emulator.request_count("UpdateFragment"), 0);
}

#[test]
fn stale_update_exits_5() {
    let emulator = Emulator::start();
    let created = create(&emulator, "base", r#"{"v": 1}"#, &[]);
    let id = created["id"].as_str().unwrap();
    let read = emulator
        .cmd()
        .args(["fragment", "get", id, "-o", "json"])
        .output()
        .unwrap();
    let snapshot = emulator.dir.path().join("snapshot.json");
    std::fs::write(&snapshot, &read.stdout).unwrap();
    let newer = write_file(&emulator, "newer.json", r#"{"v": 2}"#);
    emulator.json(&[
        "fragment",
        "update",
        id,
        "--config",
        newer.to_str().unwrap(),
    ]);

    let (code, _, stderr) = emulator.run(&[
        "fragment",
        "update",
        id,
        "--config",
        snapshot.to_str().unwrap(),
    ]);

    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("changed since it was read"), "{stderr}");
    let fragment = emulator.json(&["fragment", "get", id]);
    assert_eq!(fragment["fragment"], json!({"v": 2}));
}

#[test]
fn if_unchanged_since_guards_update() {
    let emulator = Emulator::start();
    let created = create(&emulator, "base", "{}", &[]);
    let id = created["id"].as_str().unwrap();

    let (code, _, stderr) = emulator.run(&[
        "fragment",
        "update",
        id,
        "--name",
        "late",
        "--if-unchanged-since",
        "2020-01-01T00:00:00Z",
    ]);
    assert_eq!(code, 5, "{stderr}");

    let (code, _, stderr) = emulator.run(&[
        "fragment",
        "update",
        id,
        "--name",
        "late",
        "--if-unchanged-since",
        "yesterday",
    ]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("invalid timestamp `yesterday`"), "{stderr}");

    let last_updated = created["last_updated"].as_str().unwrap();
    let updated = emulator.json(&[
        "fragment",
        "update",
        id,
        "--name",
        "on-time",
        "--if-unchanged-since",
        last_updated,
    ]);
    assert_eq!(updated["name"], "on-time");
}

#[test]
fn history_and_get_version() {
    let emulator = Emulator::start();
    let created = create(&emulator, "base", r#"{"v": 1}"#, &[]);
    let id = created["id"].as_str().unwrap();
    let second = write_file(&emulator, "second.json", r#"{"v": 2}"#);
    emulator.json(&[
        "fragment",
        "update",
        id,
        "--config",
        second.to_str().unwrap(),
    ]);
    emulator.json(&["fragment", "update", id, "--name", "renamed"]);

    let history = emulator.json(&["fragment", "history", id]);
    assert_eq!(field(&history, "revision"), ["3", "2"]);
    assert_eq!(history[0]["old"]["name"], "base");
    assert_eq!(history[1]["old"]["fragment"], json!({"v": 1}));
    assert_eq!(history[1]["config"], json!({"v": 2}));

    let first = emulator.json(&["fragment", "get", id, "--version", "1"]);
    assert_eq!(first["fragment"], json!({"v": 1}));
    assert_eq!(first["name"], "base");
    let (code, _, stderr) = emulator.run(&["fragment", "get", id, "--version", "9"]);
    assert_eq!(code, 3, "{stderr}");
}

#[test]
fn name_resolution_and_ambiguity() {
    let emulator = Emulator::start();
    let first = create(&emulator, "twin", "{}", &[]);
    create(&emulator, "twin", "{}", &[]);

    let (code, _, stderr) = emulator.run(&["fragment", "get", "twin"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("matches 2 fragments"), "{stderr}");
    assert!(stderr.contains(first["id"].as_str().unwrap()), "{stderr}");

    let (code, _, stderr) = emulator.run(&["fragment", "get", "nobody"]);
    assert_eq!(code, 3, "{stderr}");
    assert!(stderr.contains("fragment \"nobody\" not found"), "{stderr}");
}

#[test]
fn fragment_in_use_cannot_be_deleted() {
    let emulator = Emulator::start();
    make_machine(&emulator, "rover");
    let created = create(&emulator, "base", "{}", &[]);
    let id = created["id"].as_str().unwrap();
    set_part_config(&emulator, "rover", &json!({"fragments": [{"id": id}]}));

    let fragment = emulator.json(&["fragment", "get", id]);
    assert_eq!(fragment["robot_part_count"], 1);
    let (code, _, stderr) = emulator.run(&["fragment", "delete", id, "--yes"]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("is used by 1 part"), "{stderr}");
    emulator.json(&["fragment", "get", id]);

    set_part_config(&emulator, "rover", &json!({"fragments": []}));
    let (code, _, stderr) = emulator.run(&["fragment", "delete", id, "--yes"]);
    assert_eq!(code, 0, "{stderr}");
    let (code, _, _) = emulator.run(&["fragment", "get", id]);
    assert_eq!(code, 3);
}

#[test]
fn delete_needs_yes_without_terminal() {
    let emulator = Emulator::start();
    create(&emulator, "base", "{}", &[]);

    let (code, _, stderr) = emulator.run(&["fragment", "delete", "base"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("--yes"), "{stderr}");
    assert_eq!(emulator.request_count("DeleteFragment"), 0);
}

#[test]
fn usage_lists_machine_and_nested_fragments() {
    let emulator = Emulator::start();
    make_machine(&emulator, "rover");
    let leaf = create(&emulator, "leaf", r#"{"components": []}"#, &[]);
    let leaf_id = leaf["id"].as_str().unwrap();
    let parent = create(
        &emulator,
        "parent",
        &json!({"fragments": [leaf_id]}).to_string(),
        &[],
    );
    let parent_id = parent["id"].as_str().unwrap();
    set_part_config(&emulator, "rover", &json!({"fragments": [parent_id]}));

    let used = emulator.json(&["fragment", "usage", "--machine", "rover"]);
    assert_eq!(field(&used, "name"), ["parent", "leaf"]);
    let nested = emulator.json(&["fragment", "usage", "--fragment", "parent"]);
    assert_eq!(field(&nested, "name"), ["leaf"]);
}

#[test]
fn piped_get_output_guards_update() {
    let emulator = Emulator::start();
    let created = create(&emulator, "base", r#"{"v": 1}"#, &[]);
    let id = created["id"].as_str().unwrap();
    let read = emulator
        .cmd()
        .args(["fragment", "get", id, "-o", "json"])
        .output()
        .unwrap();
    let mut edited: Value = serde_json::from_slice(&read.stdout).unwrap();
    edited["fragment"] = json!({"v": 2});

    let fresh = emulator
        .cmd()
        .args(["fragment", "update", id, "--config", "-", "-o", "json"])
        .write_stdin(edited.to_string())
        .output()
        .unwrap();
    assert_eq!(fresh.status.code(), Some(0));
    let updated: Value = serde_json::from_slice(&fresh.stdout).unwrap();
    assert_eq!(updated["fragment"], json!({"v": 2}));

    edited["fragment"] = json!({"v": 3});
    let stale = emulator
        .cmd()
        .args(["fragment", "update", id, "--config", "-"])
        .write_stdin(edited.to_string())
        .output()
        .unwrap();
    assert_eq!(stale.status.code(), Some(5));
    let fragment = emulator.json(&["fragment", "get", id]);
    assert_eq!(fragment["fragment"], json!({"v": 2}));
}

#[test]
fn get_invalid_version_exit_2() {
    let emulator = Emulator::start();
    let created = create(&emulator, "base", r#"{"v": 1}"#, &[]);
    let id = created["id"].as_str().unwrap();

    let (code, _, stderr) = emulator.run(&["fragment", "get", id, "--version", "abc"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("error: invalid `--version` \"abc\""),
        "{stderr}"
    );
    assert!(stderr.contains("`viamctl fragment history`"), "{stderr}");
}
