use std::io::{BufRead, BufReader};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{Emulator, field};

/// Creates a location `lab` with machine `rover` and returns the machine's main part ID.
fn rover(emulator: &Emulator) -> String {
    emulator.json(&["location", "create", "lab"]);
    emulator.json(&["machine", "create", "rover", "--location", "lab"]);
    let parts = emulator.json(&["part", "list", "--machine", "rover"]);
    parts[0]["id"].as_str().unwrap().to_string()
}

fn write_file(emulator: &Emulator, name: &str, text: &str) -> std::path::PathBuf {
    let path = emulator.dir.path().join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn part_create_list_and_set_main() {
    let emulator = Emulator::start();
    rover(&emulator);

    let created = emulator.json(&["part", "create", "arm", "--machine", "rover"]);
    let (code, _, stderr) = emulator.run(&["part", "set-main", "arm", "--machine", "rover"]);
    let parts = emulator.json(&["part", "list", "--machine", "rover"]);

    assert_eq!(created["name"], "arm");
    assert_eq!(created["main_part"], false);
    assert_eq!(code, 0, "{stderr}");
    let main: Vec<&Value> = parts
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["main_part"] == true)
        .collect();
    assert_eq!(main.len(), 1);
    assert_eq!(main[0]["name"], "arm");
}

#[test]
fn part_get_by_machine_is_main_part() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let part = emulator.json(&["part", "get", "--machine", "rover"]);

    assert_eq!(part["id"], part_id.as_str());
    assert_eq!(part["name"], "rover-main");
    assert!(part.get("secret").is_none(), "{part}");
}

#[test]
fn part_name_without_machine_rejected() {
    let emulator = Emulator::start();
    rover(&emulator);

    let (code, _, stderr) = emulator.run(&["part", "get", "rover-main"]);

    assert_eq!(code, 2);
    assert!(
        stderr.contains("part \"rover-main\" is not an ID"),
        "{stderr}"
    );
    assert!(stderr.contains("`--machine M`"), "{stderr}");
}

#[test]
fn part_get_by_name_in_location() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let by_name = emulator.json(&["part", "get-by-name", "rover-main", "--location", "lab"]);
    let by_location = emulator.json(&["part", "get", "rover-main", "--location", "lab"]);

    assert_eq!(by_name["id"], part_id.as_str());
    assert_eq!(by_location["id"], part_id.as_str());
}

#[test]
fn config_round_trip_keeps_numbers() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let config =
        r#"{"components": [{"name": "serial", "attributes": {"baud": 115200, "ratio": 0.5}}]}"#;
    let path = write_file(&emulator, "robot.json", config);
    let out = emulator.dir.path().join("out.json");

    emulator.json(&[
        "part",
        "update",
        &part_id,
        "--config",
        path.to_str().unwrap(),
    ]);
    emulator
        .cmd()
        .args([
            "part",
            "get",
            &part_id,
            "--config-out",
            out.to_str().unwrap(),
            "--indent",
            "2",
        ])
        .assert()
        .success();

    let text = std::fs::read_to_string(&out).unwrap();
    assert!(
        text.contains("\"baud\": 115200,") || text.contains("\"baud\": 115200\n"),
        "{text}"
    );
    assert!(text.contains("\"ratio\": 0.5"), "{text}");
    assert!(text.starts_with("{\n  \"components\""), "{text}");
}

#[test]
fn config_from_stdin() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    emulator
        .cmd()
        .args(["part", "update", &part_id, "--config", "-", "-o", "json"])
        .write_stdin(r#"{"modules": []}"#)
        .assert()
        .success();
    let part = emulator.json(&["part", "get", &part_id]);

    assert_eq!(part["robot_config"], serde_json::json!({"modules": []}));
}

#[test]
fn part_record_as_config_rejected() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let record = emulator.json(&["part", "get", &part_id]);
    let path = write_file(&emulator, "part.json", &record.to_string());
    let before = emulator.request_count("UpdateRobotPart");

    let (code, _, stderr) = emulator.run(&[
        "part",
        "update",
        &part_id,
        "--config",
        path.to_str().unwrap(),
    ]);

    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("contains a whole part record"), "{stderr}");
    assert!(stderr.contains("--config-out"), "{stderr}");
    assert_eq!(emulator.request_count("UpdateRobotPart"), before);
}

#[test]
fn invalid_config_names_line_and_column() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let path = write_file(
        &emulator,
        "bad.json",
        "{\n  \"components\": [\n    {\"name\": }\n  ]\n}\n",
    );
    let before = emulator.request_count("UpdateRobotPart");

    let (code, _, stderr) = emulator.run(&[
        "part",
        "update",
        &part_id,
        "--config",
        path.to_str().unwrap(),
    ]);

    assert_eq!(code, 2);
    assert!(
        stderr.contains(&format!(
            "invalid JSON in {} at line 3, column 14",
            path.display()
        )),
        "{stderr}"
    );
    assert_eq!(
        emulator.request_count("UpdateRobotPart"),
        before,
        "nothing may be sent"
    );
}

#[test]
fn config_not_object_rejected() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let path = write_file(&emulator, "list.json", "[1, 2, 3]");

    let (code, _, stderr) = emulator.run(&[
        "part",
        "update",
        &part_id,
        "--config",
        path.to_str().unwrap(),
    ]);

    assert_eq!(code, 2);
    assert!(
        stderr.contains("must be a JSON object, not an array"),
        "{stderr}"
    );
}

#[test]
fn config_huge_integer_rejected() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let path = write_file(&emulator, "big.json", r#"{"serial": 9007199254740993}"#);

    let (code, _, stderr) = emulator.run(&[
        "part",
        "update",
        &part_id,
        "--config",
        path.to_str().unwrap(),
    ]);

    assert_eq!(code, 2);
    assert!(stderr.contains("9007199254740993"), "{stderr}");
    assert!(stderr.contains("2^53"), "{stderr}");
}

#[test]
fn missing_config_file_named() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let (code, _, stderr) = emulator.run(&[
        "part",
        "update",
        &part_id,
        "--config",
        "/nonexistent/robot.json",
    ]);

    assert_eq!(code, 2);
    assert!(
        stderr.contains("cannot read config file /nonexistent/robot.json"),
        "{stderr}"
    );
}

#[test]
fn part_history_records_updates() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let first = write_file(&emulator, "one.json", r#"{"version": 1}"#);
    let second = write_file(&emulator, "two.json", r#"{"version": 2}"#);

    emulator.json(&[
        "part",
        "update",
        &part_id,
        "--config",
        first.to_str().unwrap(),
    ]);
    emulator.json(&[
        "part",
        "update",
        &part_id,
        "--config",
        second.to_str().unwrap(),
    ]);
    let history = emulator.json(&["part", "history", &part_id]);

    let entries = history.as_array().unwrap();
    assert!(entries.len() >= 2, "{history}");
    assert_eq!(
        entries[0]["old"]["robot_config"],
        serde_json::json!({"version": 1})
    );
    assert!(entries[0]["when"].as_str().unwrap() >= entries[1]["when"].as_str().unwrap());
    assert_eq!(entries[0]["edited_by"]["value"], emulator.key_id.as_str());
}

#[test]
fn config_edit_unchanged_sends_nothing() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let before = emulator.request_count("UpdateRobotPart");

    let output = emulator
        .cmd()
        .env("EDITOR", "true")
        .env_remove("VISUAL")
        .args(["part", "config", "edit", &part_id])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(stderr.contains("no changes; nothing was sent"), "{stderr}");
    assert_eq!(emulator.request_count("UpdateRobotPart"), before);
}

#[test]
fn config_edit_applies_change() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let script = write_file(
        &emulator,
        "edit.sh",
        "#!/bin/sh\nprintf '{\"edited\": 42}' > \"$1\"\n",
    );
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();

    emulator
        .cmd()
        .env("VISUAL", &script)
        .args(["part", "config", "edit", &part_id])
        .assert()
        .success();
    let part = emulator.json(&["part", "get", &part_id]);

    assert_eq!(part["robot_config"], serde_json::json!({"edited": 42}));
}

#[test]
fn concurrent_edit_conflict_exit_5() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let other = write_file(&emulator, "other.json", r#"{"by": "someone else"}"#);
    // The "editor" makes a competing change through another viamctl before saving its own.
    let script = write_file(
        &emulator,
        "edit.sh",
        &format!(
            "#!/bin/sh\nsleep 1.1\n\"$VIAMCTL_BIN\" part update {part_id} --config {} >/dev/null || exit 1\nprintf '{{\"by\": \"me\"}}' > \"$1\"\n",
            other.display()
        ),
    );
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();

    let output = emulator
        .cmd()
        .env("VISUAL", &script)
        .env("VIAMCTL_BIN", crate::common::binary())
        .args(["part", "config", "edit", &part_id])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(5), "{stderr}");
    assert!(stderr.contains("your edit is saved in"), "{stderr}");
    let part = emulator.json(&["part", "get", &part_id]);
    assert_eq!(
        part["robot_config"],
        serde_json::json!({"by": "someone else"})
    );
}

#[test]
fn part_secret_create_and_delete() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let created = emulator.json(&["part", "secret", "create", &part_id]);
    let listed = emulator.json(&["part", "secret", "list", &part_id]);
    let secret_id = created[0]["id"].as_str().unwrap().to_string();
    let (code, _, stderr) =
        emulator.run(&["part", "secret", "delete", &part_id, &secret_id, "--yes"]);
    let after = emulator.json(&["part", "secret", "list", &part_id]);

    assert_eq!(created.as_array().unwrap().len(), 1);
    assert!(field(&listed, "id").contains(&secret_id));
    assert_eq!(code, 0, "{stderr}");
    assert!(!field(&after, "id").contains(&secret_id));
}

#[test]
fn operator_never_sees_part_secrets() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let owner_view = emulator.json(&["part", "secret", "list", &part_id]);
    let secret = owner_view[0]["secret"].as_str().unwrap().to_string();
    let created = emulator.json(&["key", "create", "--grant", "operator:location:lab"]);
    let operator = |args: &[&str]| {
        emulator
            .bare_cmd()
            .env("VIAM_API_KEY_ID", created["id"].as_str().unwrap())
            .env("VIAM_API_KEY", created["key"].as_str().unwrap())
            .args(args)
            .output()
            .unwrap()
    };

    let listed = operator(&["part", "secret", "list", &part_id, "-o", "json"]);
    let got = operator(&["part", "get", &part_id, "-o", "json"]);
    let parts = operator(&["part", "list", "--machine", "rover", "-o", "json"]);

    assert!(!secret.is_empty());
    for output in [&listed, &got, &parts] {
        assert_eq!(output.status.code(), Some(0));
        assert!(!String::from_utf8_lossy(&output.stdout).contains(&secret));
    }
    let listed: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(listed, serde_json::json!([]));
}

#[test]
fn main_part_delete_refused_with_others() {
    let emulator = Emulator::start();
    let main_id = rover(&emulator);
    emulator.json(&["part", "create", "arm", "--machine", "rover"]);

    let (code, _, stderr) = emulator.run(&["part", "delete", &main_id, "--yes"]);

    assert_eq!(code, 5, "{stderr}");
    assert_eq!(
        emulator
            .json(&["part", "list", "--machine", "rover"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn part_restart_marks_part() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let (code, _, stderr) = emulator.run(&["part", "restart", &part_id]);

    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("will restart"), "{stderr}");
    assert_eq!(emulator.request_count("AppService/MarkPartForRestart"), 1);
}

#[test]
fn logs_count_pages_exactly() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "tick", 250);

    let logs = emulator.json(&["part", "logs", &part_id, "--count", "150"]);

    assert_eq!(logs.as_array().unwrap().len(), 150);
    assert!(emulator.request_count("AppService/GetRobotPartLogs") <= 2);
    let times: Vec<String> = field(&logs, "time");
    let mut sorted = times.clone();
    sorted.sort();
    assert_eq!(times, sorted, "oldest first");
}

#[test]
fn logs_all_with_count_zero() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "tick", 250);

    let logs = emulator.json(&["part", "logs", &part_id, "--count", "0"]);

    assert_eq!(logs.as_array().unwrap().len(), 250);
}

#[test]
fn logs_filter_by_level_and_text() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "all good", 3);
    emulator.append_logs(&part_id, "error", "motor stalled", 2);
    emulator.append_logs(&part_id, "warn", "battery low", 1);

    let errors = emulator.json(&["part", "logs", &part_id, "--errors-only"]);
    let warns = emulator.json(&["part", "logs", &part_id, "--level", "warn"]);
    let filtered = emulator.json(&["part", "logs", &part_id, "--filter", "stalled"]);

    assert_eq!(errors.as_array().unwrap().len(), 2);
    assert_eq!(field(&warns, "message"), vec!["battery low"]);
    assert_eq!(filtered.as_array().unwrap().len(), 2);
}

#[test]
fn logs_text_lines_have_columns() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "error", "joint over limit", 1);

    let (code, stdout, stderr) = emulator.run(&["part", "logs", &part_id]);

    assert_eq!(code, 0, "{stderr}");
    let line = stdout.lines().next().unwrap();
    let columns: Vec<&str> = line.split("  ").collect();
    assert_eq!(columns[0].len(), "2026-12-04T09:15:02.123Z".len(), "{line}");
    assert!(columns[0].ends_with('Z'), "{line}");
    assert_eq!(columns[1].trim(), "ERROR", "{line}");
    assert!(line.contains("joint over limit"), "{line}");
}

#[test]
fn logs_empty_json_is_array() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let (code, stdout, _) = emulator.run(&["part", "logs", &part_id, "-o", "json"]);

    assert_eq!(code, 0);
    assert_eq!(stdout.trim(), "[]");
}

#[test]
fn logs_unknown_level_rejected() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let (code, _, stderr) = emulator.run(&["part", "logs", &part_id, "--level", "loud"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("unknown log level \"loud\""), "{stderr}");
}

/// A `part logs --follow -o json` child whose stdout lines arrive on a channel.
struct Follower {
    child: std::process::Child,
    lines: std::sync::mpsc::Receiver<String>,
}

impl Follower {
    fn start(emulator: &Emulator, part_id: &str, extra: &[&str]) -> Self {
        Self::start_as(emulator, &emulator.key_id, &emulator.key, part_id, extra)
    }

    /// Starts a follower that authenticates with API key `key_id`.
    fn start_as(
        emulator: &Emulator,
        key_id: &str,
        key: &str,
        part_id: &str,
        extra: &[&str],
    ) -> Self {
        let mut child = std::process::Command::new(crate::common::binary())
            .args(["part", "logs", part_id, "--follow", "-o", "json"])
            .args(extra)
            .env("VIAM_APP_URL", &emulator.url)
            .env("VIAM_API_KEY_ID", key_id)
            .env("VIAM_API_KEY", key)
            .env("VIAMCTL_CONFIG_DIR", emulator.config_dir())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    return;
                }
            }
        });
        Self { child, lines }
    }

    /// Collects messages until `count` have arrived or `timeout` passes.
    fn messages(&self, count: usize, timeout: Duration) -> Vec<String> {
        let deadline = Instant::now() + timeout;
        let mut messages = Vec::new();
        while messages.len() < count {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                break;
            };
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    let entry: Value = serde_json::from_str(&line)
                        .unwrap_or_else(|e| panic!("bad NDJSON line {line:?}: {e}"));
                    messages.push(entry["message"].as_str().unwrap().to_string());
                }
                Err(_) => break,
            }
        }
        messages
    }
}

impl Follower {
    /// Stops the follower and returns everything it printed on stderr.
    fn stop_and_read_stderr(&mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut stderr = String::new();
        if let Some(mut pipe) = self.child.stderr.take() {
            std::io::Read::read_to_string(&mut pipe, &mut stderr).unwrap();
        }
        stderr
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn follow_prints_history_then_stream() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "old", 15);

    let follower = Follower::start(&emulator, &part_id, &[]);
    let history = follower.messages(10, Duration::from_secs(10));
    emulator.append_logs(&part_id, "info", "live", 3);
    let live = follower.messages(3, Duration::from_secs(10));

    assert_eq!(history, vec!["old"; 10]);
    assert_eq!(live, vec!["live"; 3]);
}

#[test]
fn follow_survives_emulator_restart() {
    let mut emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "before", 2);
    let follower = Follower::start(&emulator, &part_id, &[]);
    let before = follower.messages(2, Duration::from_secs(10));

    emulator.restart();
    emulator.append_logs(&part_id, "info", "during", 2);
    let during = follower.messages(2, Duration::from_secs(15));
    emulator.append_logs(&part_id, "info", "after", 2);
    let after = follower.messages(2, Duration::from_secs(10));
    let extra = follower.messages(1, Duration::from_secs(1));

    assert_eq!(before, vec!["before"; 2]);
    assert_eq!(during, vec!["during"; 2]);
    assert_eq!(after, vec!["after"; 2]);
    assert!(extra.is_empty(), "repeated entries: {extra:?}");
}

#[test]
fn follow_outage_prints_one_notice() {
    let mut emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "before", 1);
    let mut follower = Follower::start(&emulator, &part_id, &[]);
    let before = follower.messages(1, Duration::from_secs(10));

    // Down long enough for several failed reconnect attempts (the first waits 200 ms).
    emulator.stop();
    std::thread::sleep(Duration::from_millis(2500));
    emulator.start_again();
    emulator.append_logs(&part_id, "info", "after", 1);
    let after = follower.messages(1, Duration::from_secs(15));
    let stderr = follower.stop_and_read_stderr();

    assert_eq!(before, ["before"]);
    assert_eq!(after, ["after"]);
    let lost: Vec<&str> = stderr
        .lines()
        .filter(|line| line.starts_with("notice: connection lost ("))
        .collect();
    assert_eq!(lost.len(), 1, "{stderr}");
    assert!(lost[0].ends_with("); reconnecting"), "{stderr}");
    assert!(
        lost[0].contains("UNAVAILABLE: ") || lost[0].contains("UNKNOWN: "),
        "{stderr}"
    );
    let restored = stderr
        .lines()
        .filter(|line| *line == "notice: connection restored; following the log stream again")
        .count();
    assert_eq!(restored, 1, "{stderr}");
    assert!(!stderr.contains("Status {"), "{stderr}");
    assert!(!stderr.contains("metadata"), "{stderr}");
}

#[test]
fn follow_ends_when_pipe_closes() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "line", 5);

    let started = Instant::now();
    let output = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "\"$VIAMCTL_BIN\" part logs {part_id} --follow | head -1"
        ))
        .env("VIAMCTL_BIN", crate::common::binary())
        .env("VIAM_APP_URL", &emulator.url)
        .env("VIAM_API_KEY_ID", &emulator.key_id)
        .env("VIAM_API_KEY", &emulator.key)
        .env("VIAMCTL_CONFIG_DIR", emulator.config_dir())
        .output()
        .unwrap();

    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
}

#[test]
fn follow_interrupt_exits_130() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let mut follower = Follower::start(&emulator, &part_id, &["--count", "0"]);
    std::thread::sleep(Duration::from_millis(800));

    // SAFETY: sending SIGINT to our own child process.
    unsafe { libc_kill(follower.child.id() as i32, 2) };
    let started = Instant::now();
    let status = loop {
        if let Some(status) = follower.child.try_wait().unwrap() {
            break status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "did not exit after Ctrl-C"
        );
        std::thread::sleep(Duration::from_millis(20));
    };

    assert_eq!(status.code(), Some(130));
}

unsafe extern "C" {
    #[link_name = "kill"]
    fn libc_kill(pid: i32, signal: i32) -> i32;
}

#[test]
fn logs_printed_in_time_order() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator
        .cmd()
        .args([
            "emulator",
            "log",
            &part_id,
            "late",
            "--time",
            "2026-12-04T09:15:05Z",
        ])
        .assert()
        .success();
    emulator
        .cmd()
        .args([
            "emulator",
            "log",
            &part_id,
            "early",
            "--time",
            "2026-12-04T09:15:01Z",
        ])
        .assert()
        .success();

    let newest = emulator.json(&["part", "logs", &part_id]);
    let all = emulator.json(&["part", "logs", &part_id, "--count", "0"]);

    assert_eq!(field(&newest, "message"), vec!["early", "late"]);
    assert_eq!(field(&all, "message"), vec!["early", "late"]);
    assert_eq!(newest[0]["time"], "2026-12-04T09:15:01Z");
}

#[test]
fn logs_hundred_thousand_entries() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "info", "bulk", 100_000);

    let (code, stdout, stderr) = emulator.run(&["part", "logs", &part_id, "--count", "0"]);

    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.lines().count(), 100_000);
    let times: Vec<&str> = stdout.lines().map(|line| &line[..24]).collect();
    assert!(
        times.windows(2).all(|pair| pair[0] <= pair[1]),
        "oldest first"
    );
    // 1000 entries per page: one request per page, none repeated.
    assert_eq!(emulator.request_count("AppService/GetRobotPartLogs"), 100);
}

#[test]
fn emulator_log_bad_level_sends_nothing() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);

    let (code, _, stderr) = emulator.run(&["emulator", "log", &part_id, "boom", "--level", "loud"]);

    assert_eq!(code, 2);
    assert!(stderr.contains("unknown log level \"loud\""), "{stderr}");
    assert_eq!(emulator.request_count("RobotService/Log"), 0);
}

#[test]
fn emulator_log_uses_part_credentials() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    emulator.append_logs(&part_id, "warn", "fan noisy", 1);

    let logs = emulator.json(&["part", "logs", &part_id]);
    let machines = emulator.json(&["machine", "list", "--location", "lab"]);

    assert_eq!(field(&logs, "level"), vec!["warn"]);
    assert_eq!(logs[0]["logger_name"], "rdk.emulator");
    assert_eq!(emulator.request_count("RobotService/Log"), 1);
    // An upload is contact from the machine, which makes it online.
    assert_eq!(
        field(&machines, "online_state"),
        vec!["ONLINE_STATE_ONLINE"]
    );
}

#[test]
fn follow_prints_first_stream_batch() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let follower = Follower::start(&emulator, &part_id, &["--count", "1"]);
    wait_for_stream(&emulator);

    emulator.append_logs(&part_id, "info", "first", 1);
    let first = follower.messages(1, Duration::from_secs(10));

    assert_eq!(first, vec!["first"]);
}

#[test]
fn follow_errors_only_skips_others() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let follower = Follower::start(&emulator, &part_id, &["--count", "1", "--errors-only"]);
    wait_for_stream(&emulator);

    emulator.append_logs(&part_id, "info", "fine", 2);
    emulator.append_logs(&part_id, "error", "broken", 1);
    let received = follower.messages(1, Duration::from_secs(10));
    let extra = follower.messages(1, Duration::from_secs(1));

    assert_eq!(received, vec!["broken"]);
    assert!(extra.is_empty(), "{extra:?}");
}

#[test]
fn follow_deleted_part_exits_3() {
    let emulator = Emulator::start();
    rover(&emulator);
    let arm = emulator.json(&["part", "create", "arm", "--machine", "rover"]);
    let arm_id = arm["id"].as_str().unwrap().to_string();
    let mut follower = Follower::start(&emulator, &arm_id, &["--count", "1"]);
    wait_for_stream(&emulator);

    let (code, _, stderr) = emulator.run(&["part", "delete", &arm_id, "--yes"]);
    assert_eq!(code, 0, "{stderr}");
    let status = wait_for_exit(&mut follower.child, "the part was deleted");

    assert_eq!(status.code(), Some(3));
}

#[test]
fn follow_revoked_role_exits_4() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let created = emulator.json(&["key", "create", "--grant", "operator:location:lab"]);
    let key_id = created["id"].as_str().unwrap();
    let key = created["key"].as_str().unwrap();
    let mut follower = Follower::start_as(&emulator, key_id, key, &part_id, &["--count", "1"]);
    wait_for_stream(&emulator);

    let (code, _, stderr) =
        emulator.run(&["role", "remove", key_id, "operator:location:lab", "--yes"]);
    assert_eq!(code, 0, "{stderr}");
    let status = wait_for_exit(&mut follower.child, "the key lost its role");

    assert_eq!(status.code(), Some(4));
}

/// Waits at most ten seconds for `child` to exit after `cause`.
fn wait_for_exit(child: &mut std::process::Child, cause: &str) -> std::process::ExitStatus {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "follow did not end after {cause}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Waits until a follower has its stream open. A stream's request is logged only when it
/// ends, but the follower reads its history after opening the stream, so a finished history
/// request (the part's first, with no other `part logs` run) shows the stream is open.
fn wait_for_stream(emulator: &Emulator) {
    let started = Instant::now();
    while emulator.request_count("AppService/GetRobotPartLogs") == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the follower never read its history"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn emulator_log_bad_input_rejected() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let cases: [(&[&str], &str); 2] = [
        (&["--count", "0"], "`--count` must be at least 1"),
        (&["--time", "yesterday"], "invalid time `yesterday`"),
    ];

    for (extra, expected) in cases {
        let (code, _, stderr) =
            emulator.run(&[&["emulator", "log", part_id.as_str(), "boom"], extra].concat());
        assert_eq!(code, 2, "{extra:?}: {stderr}");
        assert!(stderr.contains(expected), "{extra:?}: {stderr}");
    }
    assert_eq!(emulator.request_count("RobotService/Log"), 0);
}

#[test]
fn emulator_log_part_without_secret() {
    let emulator = Emulator::start();
    let part_id = rover(&emulator);
    let secrets = emulator.json(&["part", "secret", "list", &part_id]);
    let secret_id = secrets[0]["id"].as_str().unwrap().to_string();
    emulator
        .cmd()
        .args(["part", "secret", "delete", &part_id, &secret_id, "--yes"])
        .assert()
        .success();

    let (code, _, stderr) = emulator.run(&["emulator", "log", &part_id, "boom"]);

    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("has no secret"), "{stderr}");
    assert!(stderr.contains("part secret create"), "{stderr}");
    assert_eq!(emulator.request_count("RobotService/Log"), 0);
}

#[test]
fn emulator_log_bounded_by_timeout() {
    // A listener that never accepts: the TCP handshake completes, but no gRPC reply comes.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", silent.local_addr().unwrap());
    let dir = tempfile::tempdir().unwrap();
    let part_id = "2f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f";

    let output = crate::common::isolated_cmd(dir.path())
        .env("VIAM_APP_URL", &url)
        .env("VIAM_API_KEY_ID", "3f1c7a4e-8d3b-4c1a-9e6f-0a1b2c3d4e5f")
        .env("VIAM_API_KEY", "not-a-real-key")
        .args(["emulator", "log", part_id, "boom", "--timeout", "1s"])
        .output()
        .unwrap();

    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(6), "{stderr}");
    assert!(stderr.contains("timed out"), "{stderr}");
}
