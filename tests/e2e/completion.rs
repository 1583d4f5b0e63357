use std::path::Path;

use crate::common::isolated_cmd;

#[test]
fn completion_prints_bash_script() {
    let dir = tempfile::tempdir().unwrap();

    let output = isolated_cmd(dir.path())
        .args(["completion", "bash"])
        .output()
        .unwrap();

    assert!(output.status.success());
    let script = String::from_utf8_lossy(&output.stdout);
    assert!(script.contains("_viamctl()"), "{script}");
    assert!(script.contains("namespace-available"), "{script}");
}

#[test]
fn unknown_shell_rejected() {
    let dir = tempfile::tempdir().unwrap();

    let output = isolated_cmd(dir.path())
        .args(["completion", "tcsh"])
        .output()
        .unwrap();

    assert_eq!(output.status.code(), Some(2));
}

/// The committed completion scripts and man pages must match what the binary generates now;
/// regenerate them with `cargo run -- completion --write-docs .` after changing a command.
#[test]
fn committed_docs_are_current() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = dir.path().join("fresh");

    isolated_cmd(dir.path())
        .args(["completion", "--write-docs"])
        .arg(&fresh)
        .assert()
        .success();

    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for folder in ["completions", "man"] {
        let mut expected: Vec<_> = std::fs::read_dir(fresh.join(folder))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        expected.sort();
        let mut committed: Vec<_> = std::fs::read_dir(root.join(folder))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        committed.sort();
        assert_eq!(
            committed, expected,
            "{folder}/ is stale: regenerate with `cargo run -- completion --write-docs .`"
        );
        for name in expected {
            let want = std::fs::read(fresh.join(folder).join(&name)).unwrap();
            let have = std::fs::read(root.join(folder).join(&name)).unwrap();
            assert!(
                want == have,
                "{folder}/{} is stale: regenerate with `cargo run -- completion --write-docs .`",
                name.to_string_lossy()
            );
        }
    }
}

#[test]
fn completion_into_closed_pipe_quiet() {
    let dir = tempfile::tempdir().unwrap();

    // `true` exits at once, so the script is written into a closed pipe.
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg("set -o pipefail; \"$VIAMCTL_BIN\" completion bash | true")
        .env("VIAMCTL_BIN", crate::common::binary())
        .env("VIAMCTL_CONFIG_DIR", dir.path())
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn version_shortcut_matches_clap() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let output = isolated_cmd(dir.path()).args(args).output().unwrap();
        assert!(output.status.success(), "{args:?}");
        String::from_utf8(output.stdout).unwrap()
    };

    // With a second argument, clap itself prints the version.
    let from_clap = run(&["--color", "never", "--version"]);
    let long = run(&["--version"]);
    let short = run(&["-V"]);

    assert_eq!(
        from_clap,
        format!("viamctl {}\n", env!("CARGO_PKG_VERSION"))
    );
    assert_eq!(long, from_clap);
    assert_eq!(short, from_clap);
}
