//! The credential store: named profiles holding an API key and per-profile defaults.
//!
//! Profiles live in `profiles.json` in the config directory (`VIAMCTL_CONFIG_DIR` overrides
//! the user's config directory). The directory is created 0700 and the file 0600. Every write
//! holds an exclusive lock on a sibling lock file, re-reads the file, and replaces it
//! atomically through a temporary file, so two processes never lose each other's changes and
//! a crash never leaves half a file. Keys this version does not know are kept as they are.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::UserError;

const FILE_NAME: &str = "profiles.json";

/// One named set of credentials and defaults.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Profile {
    pub key_id: String,
    pub key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// Keys written by other versions of viamctl, kept on rewrite.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The whole profile file.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProfileFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<String>,
    #[serde(default)]
    pub profiles: std::collections::BTreeMap<String, Profile>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// Returns the config directory: `VIAMCTL_CONFIG_DIR`, else the platform's config directory.
pub fn config_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("VIAMCTL_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("com", "viam", "viamctl")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .context("cannot find a config directory; set VIAMCTL_CONFIG_DIR")
}

/// Returns the cache directory for access tokens: `VIAMCTL_CACHE_DIR`, else `cache/` inside
/// `VIAMCTL_CONFIG_DIR` when that is set, else the platform's cache directory.
pub fn cache_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os("VIAMCTL_CACHE_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    if let Some(dir) = std::env::var_os("VIAMCTL_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir).join("cache"));
    }
    directories::ProjectDirs::from("com", "viam", "viamctl")
        .map(|dirs| dirs.cache_dir().to_path_buf())
        .context("cannot find a cache directory; set VIAMCTL_CACHE_DIR")
}

/// Creates `dir` and its parents, with mode 0700 for the ones it creates.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .with_context(|| format!("failed to create directory {}", dir.display()))
}

/// Writes `contents` to `path` atomically: a 0600 (or narrower, if the old file was) temporary
/// file in the same directory, synced, then renamed over the old one.
pub fn write_private_file(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = path.parent().context("file path has no parent directory")?;
    create_private_dir(dir)?;
    let mode = match fs::metadata(path) {
        Ok(meta) => meta.permissions().mode() & 0o600,
        Err(_) => 0o600,
    };
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    let result = (|| -> Result<()> {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(mode)
            .open(&temp)
            .with_context(|| format!("failed to create {}", temp.display()))?;
        file.set_permissions(fs::Permissions::from_mode(mode))?;
        file.write_all(contents)
            .with_context(|| format!("failed to write {}", temp.display()))?;
        file.sync_all()?;
        fs::rename(&temp, path).with_context(|| format!("failed to replace {}", path.display()))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// The profile store in one directory.
pub struct Store {
    dir: PathBuf,
}

impl Store {
    pub fn open_default() -> Result<Self> {
        Ok(Self { dir: config_dir()? })
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// Reads the profile file; a missing file is an empty store.
    pub fn load(&self) -> Result<ProfileFile> {
        let path = self.path();
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(ProfileFile::default());
            }
            Err(error) => {
                return Err(error).with_context(|| format!("failed to read {}", path.display()));
            }
        };
        serde_json::from_str(&text).map_err(|error| {
            UserError::new(
                crate::error::Exit::Failure,
                format!(
                    "profile file {} is not valid JSON at line {}, column {}: {error}",
                    path.display(),
                    error.line(),
                    error.column()
                ),
            )
            .with_hint("fix the file by hand, or move it away to start over")
            .into()
        })
    }

    /// Applies `change` to the file under an exclusive lock and writes the result atomically.
    pub fn update<T>(&self, change: impl FnOnce(&mut ProfileFile) -> Result<T>) -> Result<T> {
        create_private_dir(&self.dir)?;
        let lock_path = self.dir.join(format!("{FILE_NAME}.lock"));
        let lock = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .mode(0o600)
            .open(&lock_path)
            .with_context(|| format!("failed to open lock file {}", lock_path.display()))?;
        lock.lock()
            .with_context(|| format!("failed to lock {}", lock_path.display()))?;

        let mut file = self.load()?;
        let result = change(&mut file)?;
        let mut text = serde_json::to_string_pretty(&file)?;
        text.push('\n');
        write_private_file(&self.path(), text.as_bytes())?;
        drop::<File>(lock);
        Ok(result)
    }
}
