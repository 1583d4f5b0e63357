use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::common::{Emulator, field};

/// Size of the upload whose memory use is measured.
const LARGE_UPLOAD_BYTES: usize = 64 * 1024 * 1024;

/// Peak resident memory allowed to `viamctl` while it uploads [`LARGE_UPLOAD_BYTES`].
const MAX_UPLOAD_RSS_KIB: u64 = 40 * 1024;

/// One entry of a test archive.
enum Item<'a> {
    File {
        path: &'a str,
        mode: u32,
        data: &'a [u8],
    },
    Dir(&'a str),
}

/// Writes a gzip tar archive of `items` to `path`.
fn write_archive(path: &Path, items: &[Item<'_>]) {
    let file = std::fs::File::create(path).unwrap();
    let encoder = flate2::write::GzEncoder::new(file, flate2::Compression::fast());
    let mut builder = tar::Builder::new(encoder);
    for item in items {
        let mut header = tar::Header::new_gnu();
        match item {
            Item::File { path, mode, data } => {
                header.set_entry_type(tar::EntryType::Regular);
                header.set_mode(*mode);
                header.set_size(data.len() as u64);
                builder.append_data(&mut header, path, *data).unwrap();
            }
            Item::Dir(path) => {
                header.set_entry_type(tar::EntryType::Directory);
                header.set_mode(0o755);
                header.set_size(0);
                builder
                    .append_data(&mut header, path, std::io::empty())
                    .unwrap();
            }
        }
    }
    builder.into_inner().unwrap().finish().unwrap();
}

const RUN_SCRIPT: &[u8] = b"#!/bin/sh\nexec echo module\n";

/// Creates module `name` and returns its ID.
fn create_module(emulator: &Emulator, name: &str) -> String {
    let created = emulator.json(&["module", "create", name]);
    created["module_id"].as_str().unwrap().to_string()
}

/// Creates a `build` directory with `module.tar.gz` holding `items` and a `meta.json` naming
/// `entrypoint`, and returns its path.
fn module_dir(emulator: &Emulator, entrypoint: &str, items: &[Item<'_>]) -> PathBuf {
    let dir = emulator.dir.path().join("build");
    std::fs::create_dir_all(&dir).unwrap();
    write_archive(&dir.join("module.tar.gz"), items);
    let meta = json!({
        "visibility": "private",
        "url": "https://example.com/wheels",
        "description": "Hoverboard wheels",
        "models": [{"api": "rdk:component:base", "model": "acme:wheels:hover"}],
        "entrypoint": entrypoint,
    });
    std::fs::write(dir.join("meta.json"), meta.to_string()).unwrap();
    dir
}

fn executable_run_sh() -> Item<'static> {
    Item::File {
        path: "run.sh",
        mode: 0o755,
        data: RUN_SCRIPT,
    }
}

fn upload(emulator: &Emulator, file: &Path, version: &str, platform: &str) -> (i32, String) {
    let (code, _, stderr) = emulator.run(&[
        "module",
        "upload",
        "wheels",
        file.to_str().unwrap(),
        "--version",
        version,
        "--platform",
        platform,
    ]);
    (code, stderr)
}

fn sha256_file(path: &Path) -> String {
    let mut file = std::fs::File::open(path).unwrap();
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher).unwrap();
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

#[test]
fn create_prints_id_and_url() {
    let emulator = Emulator::start();
    let org_id = emulator.org_id();

    let created = emulator.json(&["module", "create", "wheels"]);

    assert_eq!(created["module_id"], format!("{org_id}:wheels"));
    assert!(
        created["url"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/{org_id}/wheels")),
        "{created}"
    );
    let (code, _, stderr) = emulator.run(&["module", "create", "wheels"]);
    assert_eq!(code, 5, "{stderr}");
    assert!(stderr.contains("already has a module named"), "{stderr}");
}

#[test]
fn invalid_name_rejected() {
    let emulator = Emulator::start();

    let (code, _, stderr) = emulator.run(&["module", "create", "Wheels!"]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("invalid module name \"Wheels!\""),
        "{stderr}"
    );
    assert_eq!(emulator.request_count("CreateModule"), 0);
}

#[test]
fn module_id_uses_public_namespace() {
    let emulator = Emulator::start();
    let org_id = emulator.org_id();
    create_module(&emulator, "wheels");
    emulator
        .cmd()
        .args(["org", "update", "--namespace", "acme-robotics"])
        .assert()
        .success();

    let module = emulator.json(&["module", "get", "acme-robotics:wheels"]);
    assert_eq!(module["module_id"], "acme-robotics:wheels");
    assert_eq!(module["public_namespace"], "acme-robotics");
    let by_org = emulator.json(&["module", "get", &format!("{org_id}:wheels")]);
    assert_eq!(by_org["module_id"], "acme-robotics:wheels");
    let (code, _, stderr) = emulator.run(&["module", "get", "acme-robotics:tires"]);
    assert_eq!(code, 3, "{stderr}");
}

#[test]
fn update_from_meta_with_flag_override() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let dir = module_dir(&emulator, "run.sh", &[executable_run_sh()]);

    emulator
        .cmd()
        .args(["module", "update", "wheels", "--meta"])
        .arg(dir.join("meta.json"))
        .args(["--description", "Faster wheels", "--visibility", "unlisted"])
        .assert()
        .success();

    let module = emulator.json(&["module", "get", "wheels"]);
    assert_eq!(module["url"], "https://example.com/wheels");
    assert_eq!(module["description"], "Faster wheels");
    assert_eq!(module["entrypoint"], "run.sh");
    assert_eq!(module["visibility"], "VISIBILITY_PUBLIC_UNLISTED");
    assert_eq!(module["models"][0]["api"], "rdk:component:base");
    assert_eq!(module["models"][0]["model"], "acme:wheels:hover");
}

#[test]
fn invalid_meta_names_line_and_column() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let meta = emulator.dir.path().join("meta.json");
    std::fs::write(
        &meta,
        "{\n  \"url\": \"x\",\n  \"entrypoint\" \"run.sh\"\n}\n",
    )
    .unwrap();

    let (code, _, stderr) = emulator.run(&[
        "module",
        "update",
        "wheels",
        "--meta",
        meta.to_str().unwrap(),
    ]);

    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("at line 3, column 16"), "{stderr}");
    assert_eq!(stderr.matches("line 3").count(), 1, "{stderr}");
    assert_eq!(emulator.request_count("UpdateModule"), 0);
}

#[test]
fn upload_records_version_and_platform() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let dir = module_dir(&emulator, "run.sh", &[executable_run_sh()]);
    let archive = dir.join("module.tar.gz");

    let (code, stderr) = upload(&emulator, &archive, "v1.2.0", "linux/arm64");
    assert_eq!(code, 0, "{stderr}");
    let (code, stderr) = upload(&emulator, &archive, "1.2.0", "linux/amd64");
    assert_eq!(code, 0, "{stderr}");

    let module = emulator.json(&["module", "get", "wheels"]);
    assert_eq!(module["versions"][0]["version"], "1.2.0");
    let platforms = field(&module["versions"][0]["files"], "platform");
    assert_eq!(platforms, ["linux/arm64", "linux/amd64"]);
    let listed = emulator.json(&["module", "list"]);
    assert_eq!(field(&listed, "name"), ["wheels"]);
}

#[test]
fn duplicate_version_rejected() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let dir = module_dir(&emulator, "run.sh", &[executable_run_sh()]);
    let archive = dir.join("module.tar.gz");
    let (code, stderr) = upload(&emulator, &archive, "0.1.0", "any");
    assert_eq!(code, 0, "{stderr}");

    let (code, stderr) = upload(&emulator, &archive, "0.1.0", "any");

    assert_eq!(code, 5, "{stderr}");
    assert!(
        stderr.contains("already has version 0.1.0 for platform any"),
        "{stderr}"
    );
    let module = emulator.json(&["module", "get", "wheels"]);
    assert_eq!(module["versions"].as_array().unwrap().len(), 1);
}

#[test]
fn invalid_version_and_platform_send_nothing() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let dir = module_dir(&emulator, "run.sh", &[executable_run_sh()]);
    let archive = dir.join("module.tar.gz");

    let (code, stderr) = upload(&emulator, &archive, "1.2", "linux/amd64");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("invalid `--version` \"1.2\""), "{stderr}");
    assert!(
        stderr.contains("a version must be MAJOR.MINOR.PATCH, like `1.2.0`"),
        "{stderr}"
    );
    assert!(!stderr.contains("unexpected end of input"), "{stderr}");

    let (code, stderr) = upload(&emulator, &archive, "1.2.0", "linux/riscv64");
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("invalid platform \"linux/riscv64\""),
        "{stderr}"
    );
    assert!(stderr.contains("linux/arm32v7"), "{stderr}");

    assert_eq!(emulator.request_count("UploadModuleFile"), 0);
}

/// Runs an upload that must fail its archive check, and returns stderr.
fn rejected_archive(emulator: &Emulator, entrypoint: &str, items: &[Item<'_>]) -> String {
    let dir = module_dir(emulator, entrypoint, items);
    let (code, stderr) = upload(emulator, &dir.join("module.tar.gz"), "1.0.0", "any");
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(emulator.request_count("UploadModuleFile"), 0, "{stderr}");
    stderr
}

#[test]
fn archive_missing_entrypoint_rejected() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");

    let stderr = rejected_archive(&emulator, "bin/wheels", &[executable_run_sh()]);

    assert!(
        stderr.contains("entrypoint \"bin/wheels\" is not in"),
        "{stderr}"
    );
    assert!(stderr.contains("fix `entrypoint` in meta.json"), "{stderr}");
}

#[test]
fn archive_entrypoint_elsewhere_suggested() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let items = [
        Item::Dir("build"),
        Item::File {
            path: "build/run.sh",
            mode: 0o755,
            data: RUN_SCRIPT,
        },
    ];

    let stderr = rejected_archive(&emulator, "run.sh", &items);

    assert!(
        stderr.contains("entrypoint \"run.sh\" is not in"),
        "{stderr}"
    );
    assert!(
        stderr.contains("set `\"entrypoint\": \"build/run.sh\"` in meta.json"),
        "{stderr}"
    );
}

#[test]
fn archive_entrypoint_not_executable_rejected() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let items = [Item::File {
        path: "run.sh",
        mode: 0o644,
        data: RUN_SCRIPT,
    }];

    let stderr = rejected_archive(&emulator, "run.sh", &items);

    assert!(stderr.contains("is not executable"), "{stderr}");
    assert!(stderr.contains("chmod +x run.sh"), "{stderr}");
}

#[test]
fn archive_entrypoint_directory_rejected() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let items = [Item::Dir("run.sh"), executable_run_sh_under("run.sh/inner")];

    let stderr = rejected_archive(&emulator, "run.sh", &items);

    assert!(stderr.contains("is a directory"), "{stderr}");
}

fn executable_run_sh_under(path: &str) -> Item<'_> {
    Item::File {
        path,
        mode: 0o755,
        data: RUN_SCRIPT,
    }
}

#[test]
fn not_gzip_rejected_unless_forced() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let plain = emulator.dir.path().join("module.tar.gz");
    std::fs::write(&plain, b"just text, not an archive\n").unwrap();

    let (code, stderr) = upload(&emulator, &plain, "1.0.0", "any");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is not a gzip archive"), "{stderr}");
    assert_eq!(emulator.request_count("UploadModuleFile"), 0);

    let forced = |version: &str| {
        emulator.run(&[
            "module",
            "upload",
            "wheels",
            plain.to_str().unwrap(),
            "--version",
            version,
            "--platform",
            "any",
            "--force",
        ])
    };
    let (code, _, stderr) = forced("1.0");
    assert_eq!(code, 2, "--force must not skip the version check: {stderr}");
    assert_eq!(emulator.request_count("UploadModuleFile"), 0);
    let (code, _, stderr) = forced("1.0.0");
    assert_eq!(code, 0, "{stderr}");
}

#[test]
fn missing_and_empty_files_rejected() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let empty = emulator.dir.path().join("empty.tar.gz");
    std::fs::write(&empty, b"").unwrap();

    let (code, stderr) = upload(
        &emulator,
        Path::new("/nonexistent/m.tar.gz"),
        "1.0.0",
        "any",
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("cannot read /nonexistent/m.tar.gz"),
        "{stderr}"
    );
    let (code, stderr) = upload(&emulator, &empty, "1.0.0", "any");
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("is empty"), "{stderr}");
    assert_eq!(emulator.request_count("UploadModuleFile"), 0);
}

/// Writes a gzip tar archive of about `size` bytes of pseudo-random (incompressible) data,
/// stored without compression so that building it stays fast.
fn write_large_archive(path: &Path, size: usize) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let encoder = flate2::write::GzEncoder::new(file, flate2::Compression::none());
    let mut builder = tar::Builder::new(encoder);
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_mode(0o755);
    header.set_size(RUN_SCRIPT.len() as u64);
    builder
        .append_data(&mut header, "run.sh", RUN_SCRIPT)
        .unwrap();

    let mut data = Vec::with_capacity(size);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    while data.len() < size {
        // xorshift64: cheap bytes that gzip cannot shrink.
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        data.extend_from_slice(&state.to_le_bytes());
    }
    let mut header = tar::Header::new_gnu();
    header.set_entry_type(tar::EntryType::Regular);
    header.set_mode(0o644);
    header.set_size(data.len() as u64);
    builder
        .append_data(&mut header, "weights.bin", data.as_slice())
        .unwrap();
    let mut file = builder.into_inner().unwrap().finish().unwrap();
    file.flush().unwrap();
}

#[test]
fn large_upload_streams_with_flat_memory() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let dir = module_dir(&emulator, "run.sh", &[executable_run_sh()]);
    let archive = dir.join("module.tar.gz");
    write_large_archive(&archive, LARGE_UPLOAD_BYTES);
    let rss_file = emulator.dir.path().join("rss.txt");

    // GNU time runs viamctl as its only child and writes that child's peak RSS in KiB.
    let output = std::process::Command::new("/usr/bin/time")
        .args(["-f", "%M", "-o"])
        .arg(&rss_file)
        .arg(crate::common::binary())
        .args(["module", "upload", "wheels"])
        .arg(&archive)
        .args([
            "--version",
            "2.0.0",
            "--platform",
            "linux/amd64",
            "-o",
            "json",
        ])
        .env_clear()
        .envs(emulator_env(&emulator))
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let uploaded: Value = serde_json::from_slice(&output.stdout).unwrap();
    let stored = uploaded["url"]
        .as_str()
        .unwrap()
        .strip_prefix("file://")
        .unwrap();
    assert_eq!(sha256_file(Path::new(stored)), sha256_file(&archive));
    let peak_kib: u64 = std::fs::read_to_string(&rss_file)
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    eprintln!("viamctl peak RSS while uploading 64 MiB: {peak_kib} KiB");
    assert!(
        peak_kib < MAX_UPLOAD_RSS_KIB,
        "peak RSS {peak_kib} KiB is not under {MAX_UPLOAD_RSS_KIB} KiB"
    );
}

/// Returns the environment [`Emulator::cmd`] sets, for commands started some other way.
fn emulator_env(emulator: &Emulator) -> Vec<(String, String)> {
    let dir = emulator.dir.path();
    vec![
        (
            "VIAMCTL_CONFIG_DIR".into(),
            dir.join("config").display().to_string(),
        ),
        (
            "VIAMCTL_DATA_DIR".into(),
            dir.join("data").display().to_string(),
        ),
        ("HOME".into(), dir.display().to_string()),
        ("NO_COLOR".into(), "1".into()),
        ("VIAM_APP_URL".into(), emulator.url.clone()),
        ("VIAM_API_KEY_ID".into(), emulator.key_id.clone()),
        ("VIAM_API_KEY".into(), emulator.key.clone()),
    ]
}

#[test]
fn private_module_hidden_from_other_orgs_listing() {
    let emulator = Emulator::start();
    let home = emulator.org_id();
    create_module(&emulator, "wheels");
    let other = emulator.json(&["org", "create", "Other"]);
    let other_id = other["id"].as_str().unwrap();
    for (name, visibility) in [
        ("secret", "private"),
        ("shared", "public"),
        ("quiet", "unlisted"),
    ] {
        emulator.json(&["--org", other_id, "module", "create", name]);
        emulator
            .cmd()
            .args([
                "--org",
                other_id,
                "module",
                "update",
                name,
                "--visibility",
                visibility,
            ])
            .assert()
            .success();
    }

    let listed = emulator.json(&["--org", &home, "module", "list"]);
    assert_eq!(field(&listed, "name"), ["wheels", "shared"]);
}

/// Returns the in-progress upload files in the emulator's modules directory.
fn partial_uploads(emulator: &Emulator) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(emulator.dir.path().join("modules")) else {
        return Vec::new();
    };
    entries
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            path.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(".upload-")
        })
        .collect()
}

#[test]
fn interrupted_upload_keeps_no_version() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    // A sparse file: large enough that the upload is still running when it is interrupted.
    let big = emulator.dir.path().join("big.bin");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let mut child = std::process::Command::new(crate::common::binary())
        .args(["module", "upload", "wheels"])
        .arg(&big)
        .args(["--version", "3.0.0", "--platform", "any", "--force"])
        .env_clear()
        .envs(emulator_env(&emulator))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();

    // Wait until the emulator has received some bytes, then press Ctrl-C.
    loop {
        let receiving = partial_uploads(&emulator)
            .iter()
            .any(|path| std::fs::metadata(path).is_ok_and(|meta| meta.len() > 0));
        if receiving {
            break;
        }
        assert!(
            child.try_wait().unwrap().is_none(),
            "the upload ended before it could be interrupted"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // SAFETY: sends SIGINT to a child process this test started and has not yet waited for.
    unsafe { libc::kill(child.id() as i32, libc::SIGINT) };
    let status = child.wait().unwrap();

    assert_eq!(status.code(), Some(130));
    let started = std::time::Instant::now();
    while !partial_uploads(&emulator).is_empty() {
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "the emulator kept the partial upload {:?}",
            partial_uploads(&emulator)
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let module = emulator.json(&["module", "get", "wheels"]);
    assert_eq!(module["versions"], json!([]));
}

#[test]
fn update_meta_for_other_module_rejected() {
    let emulator = Emulator::start();
    let wheels = create_module(&emulator, "wheels");
    create_module(&emulator, "tires");
    let meta = emulator.dir.path().join("meta.json");
    std::fs::write(
        &meta,
        json!({"module_id": wheels, "description": "Hoverboard wheels"}).to_string(),
    )
    .unwrap();

    let (code, _, stderr) = emulator.run(&[
        "module",
        "update",
        "tires",
        "--meta",
        meta.to_str().unwrap(),
    ]);

    let tires = wheels.replace(":wheels", ":tires");
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!("meta.json is for module \"{wheels}\"")),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!("the module to update is \"{tires}\"")),
        "{stderr}"
    );
    assert_eq!(emulator.request_count("UpdateModule"), 0);
}

#[test]
fn update_meta_for_same_module_accepted() {
    let emulator = Emulator::start();
    let wheels = create_module(&emulator, "wheels");
    let meta = emulator.dir.path().join("meta.json");
    std::fs::write(
        &meta,
        json!({"module_id": wheels, "description": "Hoverboard wheels"}).to_string(),
    )
    .unwrap();

    let (code, _, stderr) = emulator.run(&[
        "module",
        "update",
        "wheels",
        "--meta",
        meta.to_str().unwrap(),
    ]);

    assert_eq!(code, 0, "{stderr}");
    let module = emulator.json(&["module", "get", "wheels"]);
    assert_eq!(module["description"], "Hoverboard wheels");
}

#[test]
fn meta_visibility_accepts_flag_words() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let meta = emulator.dir.path().join("meta.json");
    let cases = [
        ("unlisted", "VISIBILITY_PUBLIC_UNLISTED"),
        ("public", "VISIBILITY_PUBLIC"),
        ("private", "VISIBILITY_PRIVATE"),
        ("public_unlisted", "VISIBILITY_PUBLIC_UNLISTED"),
        ("VISIBILITY_PUBLIC", "VISIBILITY_PUBLIC"),
    ];

    for (word, expected) in cases {
        std::fs::write(&meta, json!({"visibility": word}).to_string()).unwrap();
        let (code, _, stderr) = emulator.run(&[
            "module",
            "update",
            "wheels",
            "--meta",
            meta.to_str().unwrap(),
        ]);

        assert_eq!(code, 0, "{word}: {stderr}");
        let module = emulator.json(&["module", "get", "wheels"]);
        assert_eq!(module["visibility"], expected, "{word}");
    }
}

#[test]
fn meta_visibility_invalid_exit_2() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let meta = emulator.dir.path().join("meta.json");
    std::fs::write(&meta, json!({"visibility": "secret"}).to_string()).unwrap();

    let (code, _, stderr) = emulator.run(&[
        "module",
        "update",
        "wheels",
        "--meta",
        meta.to_str().unwrap(),
    ]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(
            "invalid visibility \"secret\" in meta.json: expected private, public or unlisted"
        ),
        "{stderr}"
    );
}

#[test]
fn update_missing_models_file_exit_2() {
    let emulator = Emulator::start();
    create_module(&emulator, "wheels");
    let missing = emulator.dir.path().join("nofile.json");

    let (code, _, stderr) = emulator.run(&[
        "module",
        "update",
        "wheels",
        "--models",
        missing.to_str().unwrap(),
    ]);

    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains(&format!("cannot read {}", missing.display())),
        "{stderr}"
    );
    assert_eq!(emulator.request_count("UpdateModule"), 0);
}
