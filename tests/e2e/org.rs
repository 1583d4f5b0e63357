use serde_json::Value;

use crate::common::{Emulator, field};

#[test]
fn org_list_shows_bootstrap_org() {
    let emulator = Emulator::start();

    let orgs = emulator.json(&["org", "list"]);

    assert_eq!(orgs.as_array().unwrap().len(), 1);
    assert_eq!(orgs[0]["name"], "Emulated Org");
    assert!(uuid_like(orgs[0]["id"].as_str().unwrap()), "{orgs}");
    assert!(
        orgs[0]["created_on"].as_str().unwrap().ends_with('Z'),
        "{orgs}"
    );
}

#[test]
fn org_get_by_name_and_id() {
    let emulator = Emulator::start();
    let id = emulator.org_id();

    let by_name = emulator.json(&["org", "get", "Emulated Org"]);
    let by_id = emulator.json(&["org", "get", &id]);
    let by_default = emulator.json(&["org", "get"]);

    assert_eq!(by_name["id"], id.as_str());
    assert_eq!(by_id["name"], "Emulated Org");
    assert_eq!(by_default["id"], id.as_str());
}

#[test]
fn org_yaml_matches_json() {
    let emulator = Emulator::start();

    let (code, yaml, _) = emulator.run(&["org", "get", "-o", "yaml"]);

    assert_eq!(code, 0);
    assert!(yaml.contains("name: Emulated Org"), "{yaml}");
    assert!(yaml.contains("public_namespace:"), "{yaml}");
}

#[test]
fn org_get_unknown_name_exit_3() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["org", "get", "nope"]);

    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("error: organization \"nope\" not found"),
        "{stderr}"
    );
}

#[test]
fn org_update_sends_only_given_fields() {
    let emulator = Emulator::start();

    let renamed = emulator.json(&["org", "update", "--name", "Acme Robotics"]);
    let with_namespace = emulator.json(&["org", "update", "--namespace", "acme-robotics"]);

    assert_eq!(renamed["name"], "Acme Robotics");
    assert_eq!(with_namespace["name"], "Acme Robotics");
    assert_eq!(with_namespace["public_namespace"], "acme-robotics");
}

#[test]
fn org_update_without_flags_rejected() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["org", "update"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("nothing to update"), "{stderr}");
}

#[test]
fn namespace_set_only_once() {
    let emulator = Emulator::start();
    emulator.json(&["org", "update", "--namespace", "first-ns"]);

    let (code, _, stderr) = emulator.run(&["org", "update", "--namespace", "second-ns"]);

    assert_eq!(code, 5, "{stderr}");
    let org = emulator.json(&["org", "get"]);
    assert_eq!(org["public_namespace"], "first-ns");
}

#[test]
fn invalid_namespace_rejected_locally() {
    let emulator = Emulator::start();
    let before = emulator.request_count(" request ");

    let (code, _, stderr) = emulator.run(&["org", "namespace-available", "Bad_Name"]);

    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid namespace \"Bad_Name\""),
        "{stderr}"
    );
    assert!(stderr.contains("hint: use lowercase letters"), "{stderr}");
    assert_eq!(
        emulator.request_count(" request "),
        before,
        "nothing may be sent"
    );
}

#[test]
fn namespace_availability_flips_when_taken() {
    let emulator = Emulator::start();

    let before = emulator.json(&["org", "namespace-available", "fleet-one"]);
    emulator.json(&["org", "update", "--namespace", "fleet-one"]);
    emulator.json(&["org", "create", "Second Org"]);
    let (code, stdout, _) = emulator.run(&[
        "org",
        "namespace-available",
        "fleet-one",
        "--org",
        "Second Org",
    ]);

    assert_eq!(before["available"], true);
    assert_eq!(code, 1);
    assert_eq!(stdout.trim(), "fleet-one: taken");
}

#[test]
fn org_create_then_delete() {
    let emulator = Emulator::start();

    let created = emulator.json(&["org", "create", "Scratch Org"]);
    let id = created["id"].as_str().unwrap().to_string();
    let names = field(&emulator.json(&["org", "list"]), "name");
    let (code, _, stderr) = emulator.run(&["org", "delete", &id, "--yes"]);

    assert!(names.contains(&"Scratch Org".to_string()), "{names:?}");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        field(&emulator.json(&["org", "list"]), "name"),
        vec!["Emulated Org"]
    );
}

#[test]
fn org_choice_required_with_two_orgs() {
    let emulator = Emulator::start();
    emulator.json(&["org", "create", "Second Org"]);

    let (code, _, stderr) = emulator.run(&["location", "list"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("can see 2 organizations"), "{stderr}");
    assert!(stderr.contains("Second Org"), "{stderr}");
    assert!(stderr.contains("hint: pass `--org ORG`"), "{stderr}");
}

#[test]
fn ambiguous_org_name_lists_matches() {
    let emulator = Emulator::start();
    let first = emulator.json(&["org", "create", "Twin"]);
    let second = emulator.json(&["org", "create", "Twin"]);

    let (code, _, stderr) = emulator.run(&["org", "get", "Twin"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("matches 2 organizations"), "{stderr}");
    assert!(stderr.contains(first["id"].as_str().unwrap()), "{stderr}");
    assert!(stderr.contains(second["id"].as_str().unwrap()), "{stderr}");
}

#[test]
fn delete_without_terminal_needs_yes() {
    let emulator = Emulator::start();
    emulator.json(&["org", "create", "Keep Me"]);

    let (code, _, stderr) = emulator.run(&["org", "delete", "Keep Me"]);

    assert_eq!(code, 2);
    assert!(
        stderr.contains("refusing to delete organization \"Keep Me\""),
        "{stderr}"
    );
    assert!(stderr.contains("`--yes`"), "{stderr}");
    assert!(field(&emulator.json(&["org", "list"]), "name").contains(&"Keep Me".to_string()));
}

#[test]
fn member_list_has_members_and_invites() {
    let emulator = Emulator::start();
    emulator.json(&["org", "invite", "create", "ada@example.com", "--no-email"]);

    let listing = emulator.json(&["org", "member", "list"]);

    assert!(listing["members"].is_array(), "{listing}");
    assert_eq!(field(&listing["invites"], "email"), vec!["ada@example.com"]);
    let grants = &listing["invites"][0]["authorizations"];
    assert_eq!(grants[0]["authorization_id"], "organization_owner");
    assert_eq!(grants[0]["authorization_type"], "role");
}

#[test]
fn invite_with_location_grant_by_name() {
    let emulator = Emulator::start();
    let lab = emulator.json(&["location", "create", "lab"]);

    let invite = emulator.json(&[
        "org",
        "invite",
        "create",
        "bob@example.com",
        "--grant",
        "operator:location:lab",
        "--no-email",
    ]);

    assert_eq!(
        invite["authorizations"][0]["authorization_id"],
        "location_operator"
    );
    assert_eq!(invite["authorizations"][0]["resource_type"], "location");
    assert_eq!(invite["authorizations"][0]["resource_id"], lab["id"]);
}

#[test]
fn invite_update_adds_and_removes() {
    let emulator = Emulator::start();
    let org = emulator.org_id();
    emulator.json(&["location", "create", "lab"]);
    emulator.json(&[
        "org",
        "invite",
        "create",
        "cy@example.com",
        "--grant",
        &format!("owner:org:{org}"),
        "--no-email",
    ]);

    let updated = emulator.json(&[
        "org",
        "invite",
        "update",
        "cy@example.com",
        "--add",
        "operator:location:lab",
        "--remove",
        &format!("owner:organization:{org}"),
    ]);

    let ids: Vec<&str> = updated["authorizations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["authorization_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, vec!["location_operator"]);
}

#[test]
fn invite_removing_last_grant_fails() {
    let emulator = Emulator::start();
    let org = emulator.org_id();
    emulator.json(&["org", "invite", "create", "dee@example.com", "--no-email"]);

    let (code, _, stderr) = emulator.run(&[
        "org",
        "invite",
        "update",
        "dee@example.com",
        "--remove",
        &format!("owner:org:{org}"),
    ]);

    assert_ne!(code, 0, "{stderr}");
    let listing = emulator.json(&["org", "member", "list"]);
    assert_eq!(
        listing["invites"][0]["authorizations"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn invite_resend_and_delete() {
    let emulator = Emulator::start();
    emulator.json(&["org", "invite", "create", "eve@example.com", "--no-email"]);

    let resent = emulator.json(&["org", "invite", "resend", "eve@example.com"]);
    let (code, _, stderr) = emulator.run(&["org", "invite", "delete", "eve@example.com", "--yes"]);

    assert_eq!(resent["email"], "eve@example.com");
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(
        emulator.json(&["org", "member", "list"])["invites"],
        Value::Array(vec![])
    );
}

#[test]
fn unknown_invite_resend_fails() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["org", "invite", "resend", "ghost@example.com"]);

    assert_eq!(code, 3, "{stderr}");
}

#[test]
fn invalid_email_rejected_locally() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["org", "invite", "create", "not-an-email"]);

    assert_eq!(code, 2);
    assert!(
        stderr.contains("invalid email address \"not-an-email\""),
        "{stderr}"
    );
}

#[test]
fn bad_grant_names_the_part() {
    let emulator = Emulator::start();
    let cases = [
        (
            "admin:location:lab",
            "unknown role \"admin\" in grant \"admin:location:lab\"; expected owner or operator",
        ),
        ("owner:fleet:lab", "unknown resource type \"fleet\""),
        (
            "owner:location:",
            "missing resource ID in grant \"owner:location:\"",
        ),
        ("owner", "invalid grant \"owner\""),
    ];
    for (grant, expected) in cases {
        let (code, _, stderr) =
            emulator.run(&["org", "invite", "create", "x@example.com", "--grant", grant]);
        assert_eq!(code, 2, "{grant}: {stderr}");
        assert!(stderr.contains(expected), "{grant}: {stderr}");
    }
    assert_eq!(
        emulator.json(&["org", "member", "list"])["invites"],
        Value::Array(vec![])
    );
}

#[test]
fn member_remove_by_email() {
    let emulator = Emulator::start();
    emulator.json(&[
        "org",
        "invite",
        "create",
        "fay@example.com",
        "--grant",
        "operator:org:Emulated Org",
        "--no-email",
    ]);
    emulator
        .cmd()
        .args(["emulator", "accept-invite", "fay@example.com", "--data"])
        .arg(emulator.data_path())
        .assert()
        .success();
    let emails: Vec<Value> = emulator.json(&["org", "member", "list"])["members"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["emails"][0].clone())
        .collect();

    let (code, _, stderr) = emulator.run(&["org", "member", "remove", "fay@example.com", "--yes"]);

    assert!(
        emails.contains(&Value::from("fay@example.com")),
        "{emails:?}"
    );
    assert_eq!(code, 0, "{stderr}");
    let after = emulator.json(&["org", "member", "list"]);
    assert!(!after.to_string().contains("fay@example.com"), "{after}");
}

#[test]
fn member_remove_unknown_exit_3() {
    let emulator = Emulator::start();

    let (code, _, stderr) =
        emulator.run(&["org", "member", "remove", "nobody@example.com", "--yes"]);

    assert_eq!(code, 3, "{stderr}");
    assert!(
        stderr.contains("member \"nobody@example.com\" not found"),
        "{stderr}"
    );
}

#[test]
fn warm_command_skips_authenticate() {
    let emulator = Emulator::start();

    emulator.json(&["org", "list"]);
    let after_first = emulator.authenticate_count();
    emulator.json(&["org", "list"]);
    emulator.json(&["org", "get"]);

    assert_eq!(after_first, 1);
    assert_eq!(
        emulator.authenticate_count(),
        1,
        "cached token must be reused"
    );
}

#[test]
fn token_cache_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let emulator = Emulator::start();

    emulator.json(&["org", "list"]);

    let tokens = emulator.config_dir().join("cache").join("tokens");
    let entries: Vec<_> = std::fs::read_dir(&tokens)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(entries.len(), 1);
    let mode = std::fs::metadata(&entries[0]).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let dir_mode = std::fs::metadata(&tokens).unwrap().permissions().mode() & 0o777;
    assert_eq!(dir_mode, 0o700);
    let text = std::fs::read_to_string(&entries[0]).unwrap();
    assert!(
        !text.contains(&emulator.key),
        "the key must not be stored in the cache"
    );
}

#[test]
fn stale_cached_token_reauthenticates_once() {
    let emulator = Emulator::start();
    emulator.json(&["org", "list"]);
    let tokens = emulator.config_dir().join("cache").join("tokens");
    let path = std::fs::read_dir(&tokens)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let mut cached: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    cached["access_token"] = Value::from("forged.token.value");
    std::fs::write(&path, cached.to_string()).unwrap();

    let orgs = emulator.json(&["org", "list"]);

    assert_eq!(orgs.as_array().unwrap().len(), 1);
    assert_eq!(emulator.authenticate_count(), 2);
}

#[test]
fn wrong_key_exit_4() {
    let emulator = Emulator::start();

    let output = emulator
        .bare_cmd()
        .env("VIAM_API_KEY_ID", &emulator.key_id)
        .env("VIAM_API_KEY", "wrong-secret-value")
        .args(["org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(4), "{stderr}");
    assert!(
        stderr.contains(&format!("API key {} was rejected", emulator.key_id)),
        "{stderr}"
    );
    assert!(!stderr.contains("wrong-secret-value"), "{stderr}");
}

#[test]
fn verbose_logs_requests_without_secrets() {
    let emulator = Emulator::start();

    let output = emulator.cmd().args(["-v", "org", "list"]).output().unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("list_organizations"), "{stderr}");
    assert!(
        stderr.contains("status=\"OK\"") || stderr.contains("status=OK"),
        "{stderr}"
    );
    assert!(!stderr.contains(&emulator.key), "key leaked: {stderr}");
    let cache = std::fs::read_dir(emulator.config_dir().join("cache/tokens"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let cached: Value = serde_json::from_str(&std::fs::read_to_string(cache).unwrap()).unwrap();
    assert!(
        !stderr.contains(cached["access_token"].as_str().unwrap()),
        "token leaked: {stderr}"
    );
}

#[test]
fn closed_stdout_exits_quietly() {
    let emulator = Emulator::start_demo();

    // `true` exits at once, so viamctl's write meets a closed pipe.
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg("set -o pipefail; \"$VIAMCTL_BIN\" machine list --all -o json | true")
        .env("VIAMCTL_BIN", crate::common::binary())
        .env("VIAM_APP_URL", &emulator.url)
        .env("VIAM_API_KEY_ID", &emulator.key_id)
        .env("VIAM_API_KEY", &emulator.key)
        .env("VIAMCTL_CONFIG_DIR", emulator.config_dir())
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
fn unresponsive_server_times_out() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let dir = tempfile::tempdir().unwrap();

    let started = std::time::Instant::now();
    let output = crate::common::isolated_cmd(dir.path())
        .env("VIAM_APP_URL", &url)
        .env("VIAM_API_KEY_ID", "00000000-0000-4000-8000-000000000000")
        .env("VIAM_API_KEY", "secret")
        .args(["--timeout", "1s", "org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("timed out after 1s"), "{stderr}");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    drop(listener);
}

fn uuid_like(text: &str) -> bool {
    text.len() == 36 && text.chars().filter(|c| *c == '-').count() == 4
}

#[test]
fn closed_port_is_unavailable_exit_6() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let dir = tempfile::tempdir().unwrap();

    let output = crate::common::isolated_cmd(dir.path())
        .env("VIAM_APP_URL", format!("http://127.0.0.1:{port}"))
        .env("VIAM_API_KEY_ID", "00000000-0000-4000-8000-000000000000")
        .env("VIAM_API_KEY", "secret")
        .args(["-v", "org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("hint: check the endpoint"), "{stderr}");
    assert_eq!(
        stderr.matches("server unavailable; retrying").count(),
        3,
        "{stderr}"
    );
    assert!(!stderr.contains("secret"), "{stderr}");
}

#[test]
fn accept_unknown_invite_exit_3() {
    let emulator = Emulator::start();
    let data = emulator.data_path();

    let output = emulator
        .cmd()
        .args(["emulator", "accept-invite", "nobody@example.com", "--data"])
        .arg(&data)
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(
        stderr.contains("no pending invite for nobody@example.com"),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("data file {}", data.display())),
        "{stderr}"
    );
    assert!(stderr.contains("`viamctl org member list`"), "{stderr}");
}

#[test]
fn accept_invite_without_data_file_exit_3() {
    let emulator = Emulator::start();

    let output = emulator
        .cmd()
        .args(["emulator", "accept-invite", "nobody@example.com"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{stderr}");
    assert!(stderr.contains("no emulator data file at"), "{stderr}");
    assert!(stderr.contains("`--data`"), "{stderr}");
}
