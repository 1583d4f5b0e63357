use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::common::{Emulator, isolated_cmd};

const KEY_ID: &str = "6d9b4b6e-0c8e-4a57-9d37-2f1d6c0e8a11";

fn add_profile(dir: &std::path::Path, name: &str, key: &str, extra: &[&str]) {
    isolated_cmd(dir)
        .args(["profile", "add", name, "--key-id", KEY_ID, "--key-stdin"])
        .args(extra)
        .write_stdin(format!("{key}\n"))
        .assert()
        .success();
}

fn profiles_file(dir: &std::path::Path) -> std::path::PathBuf {
    dir.join("config").join("profiles.json")
}

#[test]
fn profile_add_file_modes_private() {
    let dir = tempfile::tempdir().unwrap();

    // Run under umask 022 so the modes come from viamctl, not from the test's environment.
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg("umask 022; printf 'secret-key\\n' | \"$0\" profile add work --key-id 6d9b4b6e-0c8e-4a57-9d37-2f1d6c0e8a11 --key-stdin")
        .arg(crate::common::binary())
        .env("VIAMCTL_CONFIG_DIR", dir.path().join("config"))
        .status()
        .unwrap();

    assert!(status.success());
    let file_mode = std::fs::metadata(profiles_file(dir.path()))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    let dir_mode = std::fs::metadata(dir.path().join("config"))
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(file_mode, 0o600);
    assert_eq!(dir_mode, 0o700);
}

#[test]
fn profile_show_never_prints_key() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(
        dir.path(),
        "work",
        "very-secret-key",
        &["--app-url", "http://127.0.0.1:9"],
    );

    let show = isolated_cmd(dir.path())
        .args(["profile", "show", "work", "-o", "json"])
        .output()
        .unwrap();
    let list = isolated_cmd(dir.path())
        .args(["profile", "list"])
        .output()
        .unwrap();

    let shown: Value = serde_json::from_slice(&show.stdout).unwrap();
    assert_eq!(shown["key_id"], KEY_ID);
    assert_eq!(shown["default"], true);
    assert_eq!(shown["app_url"], "http://127.0.0.1:9");
    assert!(!String::from_utf8_lossy(&show.stdout).contains("very-secret-key"));
    assert!(!String::from_utf8_lossy(&list.stdout).contains("very-secret-key"));
}

#[test]
fn profile_add_without_terminal_needs_key_stdin() {
    let dir = tempfile::tempdir().unwrap();

    let output = isolated_cmd(dir.path())
        .args(["profile", "add", "work", "--key-id", KEY_ID])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr.contains("`--key-stdin`"), "{stderr}");
    assert!(!profiles_file(dir.path()).exists());
}

#[test]
fn profile_add_non_uuid_key_id_rejected() {
    let dir = tempfile::tempdir().unwrap();

    let output = isolated_cmd(dir.path())
        .args([
            "profile",
            "add",
            "work",
            "--key-id",
            "not-a-uuid",
            "--key-stdin",
        ])
        .write_stdin("secret-key\n")
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("invalid API key ID `not-a-uuid`"),
        "{stderr}"
    );
    assert!(!dir.path().join("config/profiles.json").exists());
}

#[test]
fn profile_add_existing_name_rejected() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "work", "first", &[]);

    let output = isolated_cmd(dir.path())
        .args(["profile", "add", "work", "--key-id", KEY_ID, "--key-stdin"])
        .write_stdin("second")
        .output()
        .unwrap();

    assert_eq!(output.status.code(), Some(5));
    let text = std::fs::read_to_string(profiles_file(dir.path())).unwrap();
    assert!(text.contains("\"first\""), "{text}");
}

#[test]
fn profile_rewrite_keeps_unknown_keys() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "work", "k1", &[]);
    let path = profiles_file(dir.path());
    let mut file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    file["future_setting"] = Value::from(7);
    file["profiles"]["work"]["team_tag"] = Value::from("blue");
    std::fs::write(&path, file.to_string()).unwrap();

    add_profile(dir.path(), "home", "k2", &[]);
    isolated_cmd(dir.path())
        .args(["profile", "use", "home"])
        .assert()
        .success();

    let after: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(after["future_setting"], 7);
    assert_eq!(after["profiles"]["work"]["team_tag"], "blue");
    assert_eq!(after["default"], "home");
}

#[test]
fn profile_rewrite_never_widens_mode() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "work", "k1", &[]);
    let path = profiles_file(dir.path());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).unwrap();

    isolated_cmd(dir.path())
        .args(["profile", "update", "work", "--org", "acme"])
        .assert()
        .success();

    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o400);
}

#[test]
fn concurrent_adds_all_kept() {
    let dir = tempfile::tempdir().unwrap();

    let children: Vec<_> = (0..8)
        .map(|i| {
            let mut command = std::process::Command::new(crate::common::binary());
            command
                .args([
                    "profile",
                    "add",
                    &format!("p{i}"),
                    "--key-id",
                    KEY_ID,
                    "--key-stdin",
                ])
                .env("VIAMCTL_CONFIG_DIR", dir.path().join("config"))
                .stdin(std::process::Stdio::piped());
            let mut child = command.spawn().unwrap();
            use std::io::Write;
            child.stdin.take().unwrap().write_all(b"key").unwrap();
            child
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success());
    }

    let file: Value =
        serde_json::from_str(&std::fs::read_to_string(profiles_file(dir.path())).unwrap()).unwrap();
    assert_eq!(file["profiles"].as_object().unwrap().len(), 8);
}

#[test]
fn unknown_profile_from_flag_named() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "work", "k1", &[]);

    let output = isolated_cmd(dir.path())
        .args(["--profile", "typo", "org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("profile \"typo\" (from `--profile`) not found"),
        "{stderr}"
    );
    assert!(stderr.contains("known profiles: work"), "{stderr}");
}

#[test]
fn unknown_profile_from_env_named() {
    let dir = tempfile::tempdir().unwrap();

    let output = isolated_cmd(dir.path())
        .env("VIAM_PROFILE", "typo")
        .args(["org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr.contains("profile \"typo\" (from the VIAM_PROFILE environment variable) not found"),
        "{stderr}"
    );
}

#[test]
fn no_credentials_explains_options() {
    let dir = tempfile::tempdir().unwrap();

    let output = isolated_cmd(dir.path())
        .args(["org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(4));
    assert!(stderr.contains("no credentials configured"), "{stderr}");
    assert!(stderr.contains("VIAM_API_KEY_ID"), "{stderr}");
}

#[test]
fn profile_used_against_emulator() {
    let emulator = Emulator::start();
    emulator
        .bare_cmd()
        .env_remove("VIAM_APP_URL")
        .args([
            "profile",
            "add",
            "emu",
            "--key-id",
            &emulator.key_id,
            "--key-stdin",
            "--app-url",
            &emulator.url,
        ])
        .write_stdin(emulator.key.clone())
        .assert()
        .success();

    let output = emulator
        .bare_cmd()
        .env_remove("VIAM_APP_URL")
        .args(["org", "list", "-o", "json"])
        .output()
        .unwrap();

    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let orgs: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(orgs[0]["name"], "Emulated Org");
}

#[test]
fn revoked_key_profile_can_be_updated() {
    let emulator = Emulator::start();
    let dir = emulator.dir.path();
    add_profile(dir, "emu", "revoked-key", &["--app-url", &emulator.url]);
    let denied = emulator
        .bare_cmd()
        .env_remove("VIAM_APP_URL")
        .args(["org", "list"])
        .output()
        .unwrap();

    emulator
        .bare_cmd()
        .args([
            "profile",
            "update",
            "emu",
            "--key-id",
            &emulator.key_id,
            "--key-stdin",
        ])
        .write_stdin(emulator.key.clone())
        .assert()
        .success();
    let allowed = emulator
        .bare_cmd()
        .env_remove("VIAM_APP_URL")
        .args(["org", "list"])
        .output()
        .unwrap();

    assert_eq!(denied.status.code(), Some(4));
    assert!(
        allowed.status.success(),
        "{}",
        String::from_utf8_lossy(&allowed.stderr)
    );
}

#[test]
fn profile_remove_deletes_it() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "work", "k1", &[]);

    isolated_cmd(dir.path())
        .args(["profile", "remove", "work"])
        .assert()
        .success();
    let output = isolated_cmd(dir.path())
        .args(["profile", "show", "work"])
        .output()
        .unwrap();

    assert_eq!(output.status.code(), Some(3));
}

#[test]
fn half_env_key_pair_rejected() {
    let dir = tempfile::tempdir().unwrap();
    add_profile(dir.path(), "work", "secret-key", &[]);
    let cases = [
        ("VIAM_API_KEY_ID", KEY_ID, "VIAM_API_KEY"),
        ("VIAM_API_KEY", "secret-key", "VIAM_API_KEY_ID"),
    ];

    for (set, value, missing) in cases {
        let output = isolated_cmd(dir.path())
            .env(set, value)
            .args(["org", "list"])
            .output()
            .unwrap();

        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{set}: {stderr}");
        assert!(
            stderr.contains(&format!("`{set}` is set but `{missing}` is missing")),
            "{stderr}"
        );
        assert!(
            stderr.contains(&format!("hint: set `{missing}` as well")),
            "{stderr}"
        );
    }
}

#[test]
fn unreachable_server_named() {
    let dir = tempfile::tempdir().unwrap();

    let output = isolated_cmd(dir.path())
        .env("VIAM_API_KEY_ID", KEY_ID)
        .env("VIAM_API_KEY", "secret-key")
        .args(["--app-url", "http://127.0.0.1:1", "machine", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6));
    assert!(
        stderr.contains("error: could not reach the server at http://127.0.0.1:1"),
        "{stderr}"
    );
    assert!(!stderr.contains("authentication failed"), "{stderr}");
    assert!(stderr.contains("hint: check the endpoint"), "{stderr}");
}

#[test]
fn rejected_env_key_hint_names_variables() {
    let emulator = Emulator::start();

    let output = emulator
        .bare_cmd()
        .env("VIAM_API_KEY_ID", &emulator.key_id)
        .env("VIAM_API_KEY", "wrong-key")
        .args(["org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(4));
    assert!(stderr.contains("was rejected"), "{stderr}");
    assert!(
        stderr.contains("set `VIAM_API_KEY_ID` and `VIAM_API_KEY` to a valid key"),
        "{stderr}"
    );
    assert!(!stderr.contains("profile update"), "{stderr}");
}

#[test]
fn rejected_profile_key_hint_names_profile() {
    let emulator = Emulator::start();
    add_profile(
        emulator.dir.path(),
        "emu",
        "revoked-key",
        &["--app-url", &emulator.url],
    );

    let output = emulator
        .bare_cmd()
        .env_remove("VIAM_APP_URL")
        .args(["org", "list"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(4));
    assert!(
        stderr.contains("`viamctl profile update emu --key-id ID`"),
        "{stderr}"
    );
}
