use crate::common::{Emulator, field};

#[test]
fn location_create_nested_and_list_tree() {
    let emulator = Emulator::start();
    let warehouse = emulator.json(&["location", "create", "warehouse"]);
    let dock = emulator.json(&["location", "create", "dock", "--parent", "warehouse"]);
    emulator.json(&["location", "create", "annex"]);

    let listing = emulator.json(&["location", "list"]);

    assert_eq!(dock["parent_location_id"], warehouse["id"]);
    assert_eq!(field(&listing, "name"), vec!["annex", "warehouse", "dock"]);
    let id = warehouse["id"].as_str().unwrap();
    assert_eq!(id.len(), 10, "{id}");
    assert!(
        id.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()),
        "{id}"
    );
}

#[test]
fn location_list_hides_secrets() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let listing = emulator.json(&["location", "list"]);

    assert!(listing[0].get("auth").is_none(), "{listing}");
}

#[test]
fn location_table_is_tab_separated_when_piped() {
    let emulator = Emulator::start();
    let lab = emulator.json(&["location", "create", "lab"]);
    emulator.json(&["location", "create", "bench", "--parent", "lab"]);

    let (code, stdout, _) = emulator.run(&["location", "list"]);

    assert_eq!(code, 0);
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0][0], lab["id"].as_str().unwrap());
    assert_eq!(rows[0][1], "lab");
    assert_eq!(rows[0][2], "-");
    assert_eq!(
        rows[1][1], "bench",
        "child names are not indented when piped"
    );
    assert_eq!(rows[1][2], "lab");
}

#[test]
fn location_get_by_name_and_id() {
    let emulator = Emulator::start();
    let lab = emulator.json(&["location", "create", "lab"]);

    let by_name = emulator.json(&["location", "get", "lab"]);
    let by_id = emulator.json(&["location", "get", lab["id"].as_str().unwrap()]);

    assert_eq!(by_name["id"], lab["id"]);
    assert_eq!(by_id["name"], "lab");
}

#[test]
fn location_update_rename_and_move() {
    let emulator = Emulator::start();
    let parent = emulator.json(&["location", "create", "site"]);
    emulator.json(&["location", "create", "bay"]);

    let moved = emulator.json(&[
        "location", "update", "bay", "--parent", "site", "--name", "bay-1",
    ]);
    let top = emulator.json(&["location", "update", "bay-1", "--top-level"]);

    assert_eq!(moved["name"], "bay-1");
    assert_eq!(moved["parent_location_id"], parent["id"]);
    assert_eq!(top["parent_location_id"], "");
}

#[test]
fn location_cannot_be_own_parent() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "loop"]);

    let (code, _, stderr) = emulator.run(&["location", "update", "loop", "--parent", "loop"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("cannot be its own parent"), "{stderr}");
}

#[test]
fn location_with_machine_not_deleted() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    emulator.json(&["machine", "create", "rover", "--location", "lab"]);

    let (code, _, stderr) = emulator.run(&["location", "delete", "lab", "--yes"]);

    assert_eq!(code, 5, "{stderr}");
    assert_eq!(
        field(&emulator.json(&["location", "list"]), "name"),
        vec!["lab"]
    );
}

#[test]
fn location_with_child_not_deleted() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "site"]);
    emulator.json(&["location", "create", "bay", "--parent", "site"]);

    let (code, _, stderr) = emulator.run(&["location", "delete", "site", "--yes"]);

    assert_eq!(code, 5, "{stderr}");
}

#[test]
fn location_delete_empty() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "temp"]);

    let (code, _, stderr) = emulator.run(&["location", "delete", "temp", "--yes"]);

    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("deleted location \"temp\""), "{stderr}");
    assert_eq!(emulator.json(&["location", "list"]), serde_json::json!([]));
}

#[test]
fn location_delete_without_yes_keeps_it() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "temp"]);

    let (code, _, stderr) = emulator.run(&["location", "delete", "temp"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("`--yes`"), "{stderr}");
    assert_eq!(
        field(&emulator.json(&["location", "list"]), "name"),
        vec!["temp"]
    );
}

#[test]
fn delete_prompt_interrupted_exits_130() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "temp"]);

    // `script` runs the command on a pseudo-terminal, so it prompts; the shell sends Ctrl-C
    // (byte 3) once the prompt is up. util-linux's `script` is on every Debian system.
    let command = format!(
        "'{}' location delete temp",
        crate::common::binary().display()
    );
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg("(sleep 1; printf '\\003') | script -qec \"$COMMAND\" /dev/null")
        .env("COMMAND", command)
        .env("VIAM_APP_URL", &emulator.url)
        .env("VIAM_API_KEY_ID", &emulator.key_id)
        .env("VIAM_API_KEY", &emulator.key)
        .env("VIAMCTL_CONFIG_DIR", emulator.config_dir())
        .output()
        .unwrap();

    let terminal = String::from_utf8_lossy(&output.stdout);
    assert_eq!(output.status.code(), Some(130), "{terminal}");
    assert!(terminal.contains("[y/N]"), "{terminal}");
    assert!(
        terminal.contains("\x1b[?25h"),
        "cursor left hidden: {terminal:?}"
    );
    assert_eq!(
        field(&emulator.json(&["location", "list"]), "name"),
        vec!["temp"]
    );
}

#[test]
fn ambiguous_location_lists_ids() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "north"]);
    emulator.json(&["location", "create", "south"]);
    let first = emulator.json(&["location", "create", "bay", "--parent", "north"]);
    let second = emulator.json(&["location", "create", "bay", "--parent", "south"]);

    let (code, _, stderr) = emulator.run(&["location", "get", "bay"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("location name \"bay\" matches 2 locations"),
        "{stderr}"
    );
    assert!(stderr.contains(first["id"].as_str().unwrap()), "{stderr}");
    assert!(stderr.contains(second["id"].as_str().unwrap()), "{stderr}");
}

#[test]
fn unknown_location_exit_3() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["location", "get", "atlantis"]);

    assert_eq!(code, 3);
    assert!(
        stderr.contains("location \"atlantis\" not found in this organization"),
        "{stderr}"
    );
}

#[test]
fn location_secrets_create_and_delete() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let initial = emulator.json(&["location", "secrets", "lab"]);
    let created = emulator.json(&["location", "secret", "create", "lab"]);
    let after_create = emulator.json(&["location", "secrets", "lab"]);
    let new_id = created[0]["id"].as_str().unwrap().to_string();
    let (code, _, stderr) =
        emulator.run(&["location", "secret", "delete", "lab", &new_id, "--yes"]);
    let after_delete = emulator.json(&["location", "secrets", "lab"]);

    assert_eq!(initial.as_array().unwrap().len(), 1);
    assert_eq!(created.as_array().unwrap().len(), 1);
    assert!(
        created[0]["secret"].as_str().unwrap().len() >= 16,
        "{created}"
    );
    assert_eq!(after_create.as_array().unwrap().len(), 2);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(field(&after_delete, "id"), field(&initial, "id"));
}

#[test]
fn unknown_location_secret_exit_3() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let (code, _, stderr) = emulator.run(&[
        "location",
        "secret",
        "delete",
        "lab",
        "no-such-secret",
        "--yes",
    ]);

    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("secret no-such-secret not found"),
        "{stderr}"
    );
}
