//! Test harness: starts `viamctl emulator serve` on `127.0.0.1:0` with its own data file and
//! config directory, and runs `viamctl` commands against it.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command as StdCommand, Stdio};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub fn binary() -> PathBuf {
    assert_cmd::cargo::cargo_bin("viamctl")
}

/// A running emulator and an isolated config directory for the commands run against it.
pub struct Emulator {
    child: Child,
    extra: Vec<String>,
    pub url: String,
    pub key_id: String,
    pub key: String,
    pub dir: TempDir,
}

impl Emulator {
    pub fn start() -> Self {
        Self::start_with(&[])
    }

    pub fn start_demo() -> Self {
        Self::start_with(&["--demo"])
    }

    fn start_with(extra: &[&str]) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let extra: Vec<String> = extra.iter().map(|s| s.to_string()).collect();
        let (child, url, key_id, key) = spawn(dir.path(), "127.0.0.1:0", &extra);
        Self {
            child,
            extra,
            url,
            key_id,
            key,
            dir,
        }
    }

    /// Stops the emulator (if running) and starts it again on the same port and data file.
    pub fn restart(&mut self) {
        self.stop();
        self.start_again();
    }

    /// Stops the emulator; [`Emulator::start_again`] brings it back.
    pub fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts the emulator again on the same port and data file after [`Emulator::stop`].
    pub fn start_again(&mut self) {
        let listen = self.url.trim_start_matches("http://").to_string();
        let (child, url, _, _) = spawn(self.dir.path(), &listen, &self.extra);
        self.child = child;
        assert_eq!(url, self.url);
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn data_path(&self) -> PathBuf {
        self.dir.path().join("emulator.sqlite3")
    }

    /// A `viamctl` command authenticated with the bootstrap key through the environment.
    pub fn cmd(&self) -> Command {
        let mut command = self.bare_cmd();
        command
            .env("VIAM_API_KEY_ID", &self.key_id)
            .env("VIAM_API_KEY", &self.key);
        command
    }

    /// A `viamctl` command with the emulator's URL and config directory but no credentials.
    pub fn bare_cmd(&self) -> Command {
        let mut command = isolated_cmd(self.dir.path());
        command.env("VIAM_APP_URL", &self.url);
        command
    }

    /// Runs a command with `-o json`, asserts success, and returns the parsed output.
    pub fn json(&self, args: &[&str]) -> Value {
        let output = self
            .cmd()
            .args(args)
            .args(["-o", "json"])
            .output()
            .expect("run viamctl");
        assert!(
            output.status.success(),
            "viamctl {args:?} failed with {:?}\nstdout: {}\nstderr: {}",
            output.status.code(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
            panic!(
                "viamctl {args:?} printed invalid JSON ({error}): {}",
                String::from_utf8_lossy(&output.stdout)
            )
        })
    }

    /// Runs a command and returns (exit code, stdout, stderr).
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let output = self.cmd().args(args).output().expect("run viamctl");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    /// Counts the Authenticate calls the emulator has logged so far.
    pub fn authenticate_count(&self) -> usize {
        self.request_count("AuthService/Authenticate")
    }

    /// Counts the logged requests whose path contains `method`, e.g. `AppService/GetRobotPartLogs`.
    pub fn request_count(&self, method: &str) -> usize {
        self.log()
            .lines()
            .filter(|line| line.contains(method))
            .count()
    }

    /// Appends log entries to a part through RobotService `Log`, as a machine would.
    pub fn append_logs(&self, part_id: &str, level: &str, message: &str, count: usize) {
        self.cmd()
            .args(["emulator", "log", part_id, message, "--level", level])
            .args(["--count", &count.to_string()])
            .assert()
            .success();
    }

    /// Returns the emulator's log, for assertions on what was (not) sent.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("emulator.log")).unwrap_or_default()
    }

    /// Returns the ID of the only organization.
    pub fn org_id(&self) -> String {
        let orgs = self.json(&["org", "list"]);
        orgs[0]["id"].as_str().expect("org id").to_string()
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `viamctl emulator serve` on `listen` and reads the three exports it prints.
fn spawn(dir: &Path, listen: &str, extra: &[String]) -> (Child, String, String, String) {
    let data = dir.join("emulator.sqlite3");
    let stderr = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join("emulator.log"))
        .expect("log file");
    let mut child = StdCommand::new(binary())
        .args(["emulator", "serve", "--listen", listen, "--data"])
        .arg(&data)
        .args(extra)
        .env("VIAMCTL_CONFIG_DIR", dir.join("config"))
        .env("VIAMCTL_DATA_DIR", dir.join("data"))
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(stderr)
        .spawn()
        .expect("start emulator");
    let stdout = child.stdout.take().expect("emulator stdout");
    let mut lines = BufReader::new(stdout).lines();
    let mut read = |name: &str| -> String {
        let line = lines
            .next()
            .expect("emulator printed a line")
            .expect("utf-8 line");
        let prefix = format!("export {name}=");
        line.strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("expected `{prefix}...`, got {line:?}"))
            .to_string()
    };
    let url = read("VIAM_APP_URL");
    let key_id = read("VIAM_API_KEY_ID");
    let key = read("VIAM_API_KEY");
    (child, url, key_id, key)
}

/// A `viamctl` command whose config, cache and data directories are inside `dir`, with no
/// credentials or endpoint inherited from the environment.
pub fn isolated_cmd(dir: &Path) -> Command {
    let mut command = Command::new(binary());
    command
        .env("VIAMCTL_CONFIG_DIR", dir.join("config"))
        .env("VIAMCTL_DATA_DIR", dir.join("data"))
        .env_remove("VIAMCTL_CACHE_DIR")
        .env_remove("VIAM_PROFILE")
        .env_remove("VIAM_API_KEY_ID")
        .env_remove("VIAM_API_KEY")
        .env_remove("VIAM_APP_URL")
        .env_remove("RUST_LOG")
        .env("NO_COLOR", "1")
        .env("HOME", dir);
    command
}

/// Returns the strings of one field across a JSON array.
pub fn field(list: &Value, name: &str) -> Vec<String> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|item| item[name].as_str().unwrap_or_default().to_string())
        .collect()
}
