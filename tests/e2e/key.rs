use serde_json::Value;

use crate::common::{Emulator, field};

/// Runs `viamctl` as another API key instead of the bootstrap key.
fn as_key(emulator: &Emulator, id: &str, key: &str, args: &[&str]) -> (i32, String, String) {
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

fn create_key(emulator: &Emulator, extra: &[&str]) -> (String, String) {
    let created = emulator.json(&[&["key", "create"], extra].concat());
    (
        created["id"].as_str().unwrap().to_string(),
        created["key"].as_str().unwrap().to_string(),
    )
}

#[test]
fn key_create_json_is_exactly_id_and_key() {
    let emulator = Emulator::start();

    let output = emulator
        .cmd()
        .args(["key", "create", "--name", "ci", "-o", "json"])
        .output()
        .unwrap();

    let created: Value = serde_json::from_slice(&output.stdout).unwrap();
    let keys: Vec<&String> = created.as_object().unwrap().keys().collect();
    assert_eq!(keys, vec!["id", "key"]);
    assert!(created["key"].as_str().unwrap().len() >= 32);
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot be shown again"));
}

#[test]
fn key_list_never_shows_secret() {
    let emulator = Emulator::start();
    let (id, secret) = create_key(&emulator, &["--name", "ci"]);

    let listing = emulator.json(&["key", "list"]);
    let (_, table, _) = emulator.run(&["key", "list"]);

    assert!(
        field(
            &listing
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k["api_key"].clone())
                .collect(),
            "id"
        )
        .contains(&id)
    );
    assert!(!listing.to_string().contains(&secret));
    assert!(!listing.to_string().contains(&emulator.key));
    assert!(!table.contains(&secret));
}

#[test]
fn key_list_grants_read_as_flags() {
    let emulator = Emulator::start();
    let lab = emulator.json(&["location", "create", "lab"]);
    let lab_id = lab["id"].as_str().unwrap();
    let (id, _) = create_key(&emulator, &["--grant", "operator:location:lab"]);

    let (code, table, stderr) = emulator.run(&["key", "list"]);

    assert_eq!(code, 0, "{stderr}");
    let row = table.lines().find(|line| line.starts_with(&id)).unwrap();
    assert!(
        row.contains(&format!("operator:location:{lab_id}")),
        "{row}"
    );
}

#[test]
fn new_key_authenticates() {
    let emulator = Emulator::start();
    let (id, secret) = create_key(&emulator, &[]);

    let (code, stdout, stderr) = as_key(&emulator, &id, &secret, &["org", "list", "-o", "json"]);

    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("Emulated Org"));
}

#[test]
fn location_operator_key_is_scoped() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    emulator.json(&["location", "create", "yard"]);
    emulator.json(&["machine", "create", "in-lab", "--location", "lab"]);
    emulator.json(&["machine", "create", "in-yard", "--location", "yard"]);
    let (id, secret) = create_key(&emulator, &["--grant", "operator:location:lab"]);

    let (list_code, machines, list_err) = as_key(
        &emulator,
        &id,
        &secret,
        &["machine", "list", "--all", "-o", "json"],
    );
    let (loc_code, locations, _) =
        as_key(&emulator, &id, &secret, &["location", "list", "-o", "json"]);
    let (delete_loc, _, delete_loc_err) = as_key(
        &emulator,
        &id,
        &secret,
        &["location", "delete", "lab", "--yes"],
    );
    let (delete_machine, _, _) = as_key(
        &emulator,
        &id,
        &secret,
        &["machine", "delete", "in-lab", "--yes"],
    );
    let (add_role, _, _) = as_key(
        &emulator,
        &id,
        &secret,
        &["role", "add", &id, "owner:location:lab"],
    );

    assert_eq!(list_code, 0, "{list_err}");
    let machines: Value = serde_json::from_str(&machines).unwrap();
    assert_eq!(field(&machines, "name"), vec!["in-lab"]);
    assert_eq!(loc_code, 0);
    let locations: Value = serde_json::from_str(&locations).unwrap();
    assert_eq!(field(&locations, "name"), vec!["lab"]);
    assert_eq!(delete_loc, 4, "{delete_loc_err}");
    assert_eq!(delete_machine, 4);
    assert_eq!(add_role, 4);
}

#[test]
fn rotated_key_old_secret_fails() {
    let emulator = Emulator::start();
    let (id, old) = create_key(&emulator, &[]);

    let rotated = emulator.json(&["key", "rotate", &id]);
    let (old_code, _, old_err) = as_key(&emulator, &id, &old, &["org", "list"]);
    let (new_code, _, _) = as_key(
        &emulator,
        &id,
        rotated["key"].as_str().unwrap(),
        &["org", "list"],
    );

    assert_eq!(rotated["id"], id.as_str());
    assert_eq!(old_code, 4, "{old_err}");
    assert_eq!(new_code, 0);
}

#[test]
fn deleted_key_profile_fails_with_hint() {
    let emulator = Emulator::start();
    let (id, secret) = create_key(&emulator, &[]);
    emulator
        .bare_cmd()
        .args([
            "profile",
            "add",
            "doomed",
            "--key-id",
            &id,
            "--key-stdin",
            "--app-url",
            &emulator.url,
        ])
        .write_stdin(secret)
        .assert()
        .success();
    emulator
        .bare_cmd()
        .env_remove("VIAM_APP_URL")
        .args(["--profile", "doomed", "org", "list"])
        .assert()
        .success();

    let (code, _, stderr) = emulator.run(&["key", "delete", &id, "--yes"]);
    let output = emulator
        .bare_cmd()
        .env_remove("VIAM_APP_URL")
        .args(["--profile", "doomed", "org", "list"])
        .output()
        .unwrap();

    assert_eq!(code, 0, "{stderr}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(4), "{stderr}");
    assert!(stderr.contains("viamctl profile update"), "{stderr}");
}

#[test]
fn own_key_delete_needs_force() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["key", "delete", &emulator.key_id, "--yes"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("`--force`"), "{stderr}");
    assert_eq!(emulator.run(&["org", "list"]).0, 0);
}

#[test]
fn key_duplicate_copies_grants() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let (id, _) = create_key(&emulator, &["--grant", "operator:location:lab"]);

    let copy = emulator.json(&["key", "duplicate", &id, "--name", "copy"]);
    let listing = emulator.json(&["key", "list"]);

    let copied = listing
        .as_array()
        .unwrap()
        .iter()
        .find(|k| k["api_key"]["id"] == copy["id"])
        .unwrap();
    assert_eq!(copied["api_key"]["name"], "copy");
    assert_eq!(
        copied["authorizations"][0]["authorization_id"],
        "location_operator"
    );
}

#[test]
fn key_rename_changes_name() {
    let emulator = Emulator::start();
    let (id, _) = create_key(&emulator, &["--name", "old"]);

    let renamed = emulator.json(&["key", "rename", &id, "new"]);

    assert_eq!(renamed["name"], "new");
}

#[test]
fn key_save_profile_keeps_secret_off_stdout() {
    let emulator = Emulator::start();

    let output = emulator
        .cmd()
        .args(["key", "create", "--save-profile", "ci", "-o", "json"])
        .output()
        .unwrap();
    let (code, _, stderr) = {
        let out = emulator
            .bare_cmd()
            .env_remove("VIAM_APP_URL")
            .args(["--profile", "ci", "org", "list"])
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            (),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };

    let printed: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(printed.get("key").is_none(), "{printed}");
    assert_eq!(printed["profile"], "ci");
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn key_create_beyond_own_role_exit_4() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let (id, secret) = create_key(&emulator, &["--grant", "operator:location:lab"]);

    let (code, stdout, stderr) = as_key(
        &emulator,
        &id,
        &secret,
        &["key", "create", "--grant", "operator:location:lab"],
    );

    assert_eq!(code, 4, "{stderr}");
    assert_eq!(stdout, "");
}

#[test]
fn key_create_without_org_role_rejected() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let (id, secret) = create_key(&emulator, &["--grant", "owner:location:lab"]);

    let (scoped, _, scoped_err) = as_key(
        &emulator,
        &id,
        &secret,
        &[
            "key",
            "create",
            "--grant",
            "operator:location:lab",
            "-o",
            "json",
        ],
    );
    let (whole_org, _, _) = as_key(&emulator, &id, &secret, &["key", "create"]);

    assert_eq!(scoped, 0, "{scoped_err}");
    assert_eq!(whole_org, 4);
}

#[test]
fn deleted_key_token_revoked() {
    let emulator = Emulator::start();
    let (id, secret) = create_key(&emulator, &[]);
    let token_before = as_key(&emulator, &id, &secret, &["org", "list"]).0;

    let (deleted, _, deleted_err) = emulator.run(&["key", "delete", &id, "--yes"]);
    let (after, _, after_err) = as_key(&emulator, &id, &secret, &["org", "list"]);

    assert_eq!(token_before, 0);
    assert_eq!(deleted, 0, "{deleted_err}");
    assert_eq!(after, 4, "{after_err}");
    let listing = emulator.json(&["key", "list"]);
    assert!(!listing.to_string().contains(&id), "{listing}");
}

/// Only `key create` and `key rotate` print a key, once, and never into a `-v` log or the
/// emulator's log.
#[test]
fn key_secret_printed_only_once() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);

    let create = emulator
        .cmd()
        .args(["-v", "key", "create", "--name", "ci", "-o", "json"])
        .output()
        .unwrap();
    let created: Value = serde_json::from_slice(&create.stdout).unwrap();
    let (id, secret) = (
        created["id"].as_str().unwrap().to_string(),
        created["key"].as_str().unwrap().to_string(),
    );
    let rotate = emulator
        .cmd()
        .args(["-v", "key", "rotate", &id, "-o", "json"])
        .output()
        .unwrap();
    let rotated: Value = serde_json::from_slice(&rotate.stdout).unwrap();
    let new_secret = rotated["key"].as_str().unwrap().to_string();

    let commands: [&[&str]; 8] = [
        &["-v", "key", "list"],
        &["-v", "key", "list", "-o", "json"],
        &["-v", "key", "rename", &id, "ci-2"],
        &["-v", "role", "list"],
        &["-v", "role", "list", "-o", "yaml"],
        &["-v", "role", "add", &id, "operator:location:lab"],
        &["-v", "org", "list"],
        &["-v", "key", "duplicate", &id, "-o", "json"],
    ];
    let mut printed = String::new();
    for args in commands {
        let (code, stdout, stderr) = as_key(&emulator, &id, &new_secret, args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        printed.push_str(&stdout);
        printed.push_str(&stderr);
    }

    let create_out = String::from_utf8_lossy(&create.stdout);
    let create_err = String::from_utf8_lossy(&create.stderr);
    let rotate_err = String::from_utf8_lossy(&rotate.stderr);
    assert_eq!(create_out.matches(&secret).count(), 1);
    assert!(!create_err.contains(&secret), "{create_err}");
    assert!(!rotate_err.contains(&new_secret), "{rotate_err}");
    assert!(!printed.contains(&secret));
    assert!(!printed.contains(&new_secret));
    let log = emulator.log();
    assert!(!log.contains(&secret));
    assert!(!log.contains(&new_secret));
    assert!(!log.contains(&emulator.key));
}

#[test]
fn key_delete_unknown_exit_3() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&[
        "key",
        "delete",
        "00000000-0000-4000-8000-000000000000",
        "--yes",
    ]);

    assert_eq!(code, 3, "{stderr}");
}

/// A location owner lists and manages only keys whose every role it owns itself.
#[test]
fn location_owner_lists_own_keys() {
    let emulator = Emulator::start();
    emulator.json(&["location", "create", "lab"]);
    let (id, secret) = create_key(&emulator, &["--grant", "owner:location:lab"]);
    let (code, created, created_err) = as_key(
        &emulator,
        &id,
        &secret,
        &[
            "key",
            "create",
            "--grant",
            "operator:location:lab",
            "-o",
            "json",
        ],
    );
    assert_eq!(code, 0, "{created_err}");
    let created: Value = serde_json::from_str(&created).unwrap();

    let (list_code, listed, list_err) =
        as_key(&emulator, &id, &secret, &["key", "list", "-o", "json"]);
    let (roles_code, roles, roles_err) =
        as_key(&emulator, &id, &secret, &["role", "list", "-o", "json"]);
    let (delete_code, _, delete_err) = as_key(
        &emulator,
        &id,
        &secret,
        &["key", "delete", created["id"].as_str().unwrap(), "--yes"],
    );

    assert_eq!(list_code, 0, "{list_err}");
    let listed: Value = serde_json::from_str(&listed).unwrap();
    let mut listed_ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["api_key"]["id"].as_str().unwrap())
        .collect();
    listed_ids.sort();
    let mut expected = vec![id.as_str(), created["id"].as_str().unwrap()];
    expected.sort();
    assert_eq!(listed_ids, expected);
    assert_eq!(roles_code, 0, "{roles_err}");
    let roles: Value = serde_json::from_str(&roles).unwrap();
    assert!(
        roles
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["resource_type"] == "location"),
        "{roles}"
    );
    assert_eq!(delete_code, 0, "{delete_err}");
}

/// A profile's cached access token stops working once its key is rotated, and the old key
/// cannot get a new one.
#[test]
fn rotated_key_cached_token_fails() {
    let emulator = Emulator::start();
    let (id, secret) = create_key(&emulator, &[]);
    emulator
        .bare_cmd()
        .args(["profile", "add", "rotating", "--key-id", &id, "--key-stdin"])
        .args(["--app-url", &emulator.url])
        .write_stdin(secret)
        .assert()
        .success();
    let with_profile = || {
        emulator
            .bare_cmd()
            .env_remove("VIAM_APP_URL")
            .args(["--profile", "rotating", "org", "list"])
            .output()
            .unwrap()
    };
    let before = with_profile();
    // Tokens carry whole seconds, so let the rotation fall into a later second than the token.
    std::thread::sleep(std::time::Duration::from_millis(1100));

    emulator.json(&["key", "rotate", &id]);
    let after = with_profile();

    assert!(before.status.success());
    let stderr = String::from_utf8_lossy(&after.stderr);
    assert_eq!(after.status.code(), Some(4), "{stderr}");
}

#[test]
fn save_profile_existing_creates_no_key() {
    let emulator = Emulator::start();
    emulator
        .cmd()
        .args(["key", "create", "--save-profile", "ci"])
        .assert()
        .success();
    let before = emulator.json(&["key", "list"]).as_array().unwrap().len();

    let (code, _, stderr) = emulator.run(&["key", "create", "--save-profile", "ci"]);

    let after = emulator.json(&["key", "list"]).as_array().unwrap().len();
    assert_eq!(code, 5, "{stderr}");
    assert!(
        stderr.contains("error: profile \"ci\" already exists"),
        "{stderr}"
    );
    assert!(stderr.contains("no key was created"), "{stderr}");
    assert!(stderr.contains("`--force`"), "{stderr}");
    assert_eq!(after, before);
    assert_eq!(emulator.request_count("AppService/CreateKey"), 1);
}

#[test]
fn save_profile_force_replaces_profile() {
    let emulator = Emulator::start();
    emulator
        .cmd()
        .args(["key", "create", "--save-profile", "ci"])
        .assert()
        .success();

    let replaced = emulator.json(&["key", "create", "--save-profile", "ci", "--force"]);

    let profile = emulator.json(&["profile", "show", "ci"]);
    assert_eq!(profile["key_id"], replaced["id"], "{profile}");
}

#[test]
fn key_verbs_accept_name() {
    let emulator = Emulator::start();
    let (id, _) = create_key(&emulator, &["--name", "tmp1"]);

    let renamed = emulator.json(&["key", "rename", "tmp1", "tmp2"]);
    let rotated = emulator.json(&["key", "rotate", "tmp2"]);
    let copy = emulator.json(&["key", "duplicate", "tmp2", "--name", "tmp3"]);
    let (code, _, stderr) = emulator.run(&["key", "delete", "tmp2", "--yes"]);

    assert_eq!(renamed["id"], id.as_str());
    assert_eq!(rotated["id"], id.as_str());
    assert_ne!(copy["id"], id.as_str());
    assert_eq!(code, 0, "{stderr}");
    let ids: Vec<String> = emulator
        .json(&["key", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|k| k["api_key"]["id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(!ids.contains(&id), "{ids:?}");
    assert!(
        ids.contains(&copy["id"].as_str().unwrap().to_string()),
        "{ids:?}"
    );
}

#[test]
fn key_name_unknown_exit_3() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["key", "rotate", "nosuchkey"]);

    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("API key \"nosuchkey\" not found in this organization"),
        "{stderr}"
    );
    assert!(stderr.contains("`viamctl key list`"), "{stderr}");
}

#[test]
fn key_name_ambiguous_lists_ids() {
    let emulator = Emulator::start();
    let (first, _) = create_key(&emulator, &["--name", "dup"]);
    let (second, _) = create_key(&emulator, &["--name", "dup"]);

    let (code, _, stderr) = emulator.run(&["key", "rotate", "dup"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("key name \"dup\" matches 2 keys"),
        "{stderr}"
    );
    assert!(stderr.contains(&first), "{stderr}");
    assert!(stderr.contains(&second), "{stderr}");
    assert!(stderr.contains("pass the key ID instead"), "{stderr}");
    assert_eq!(emulator.request_count("AppService/RotateKey"), 0);
}
