//! Checks of a module archive before upload: a gzip tar file whose entrypoint exists inside it
//! as an executable regular file.

use std::io::Read;
use std::path::Path;

use anyhow::Result;

use crate::error::UserError;

/// The first bytes of every gzip stream.
const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// What the archive holds at one path.
struct Entry {
    path: String,
    kind: tar::EntryType,
    mode: u32,
}

/// Reads the archive's headers (the file is streamed, never held whole) and checks the
/// entrypoint, if one is given.
pub fn check(file: &Path, entrypoint: Option<&str>) -> Result<()> {
    let label = file.display();
    let mut handle = std::fs::File::open(file)
        .map_err(|error| UserError::usage(format!("cannot read {label}: {error}")))?;
    let mut magic = [0u8; 2];
    let is_gzip = handle.read_exact(&mut magic).is_ok() && magic == GZIP_MAGIC;
    if !is_gzip {
        return Err(UserError::usage(format!("{label} is not a gzip archive"))
            .with_hint("package the module with `tar czf module.tar.gz ...`, or pass `--force` to upload it as it is")
            .into());
    }
    let handle = std::fs::File::open(file)
        .map_err(|error| UserError::usage(format!("cannot read {label}: {error}")))?;
    let entries = read_entries(handle).map_err(|error| {
        UserError::usage(format!("{label} is not a valid gzip tar archive: {error}"))
            .with_hint("package the module with `tar czf module.tar.gz ...`")
    })?;

    let Some(entrypoint) = entrypoint else {
        return Ok(());
    };
    check_entrypoint(&entries, entrypoint, &label.to_string())
}

fn read_entries(file: std::fs::File) -> std::io::Result<Vec<Entry>> {
    let mut archive =
        tar::Archive::new(flate2::read::GzDecoder::new(std::io::BufReader::new(file)));
    let mut entries = Vec::new();
    for entry in archive.entries()? {
        let entry = entry?;
        let header = entry.header();
        entries.push(Entry {
            path: normalize(&entry.path()?.to_string_lossy()),
            kind: header.entry_type(),
            mode: header.mode().unwrap_or(0),
        });
    }
    Ok(entries)
}

fn check_entrypoint(entries: &[Entry], entrypoint: &str, label: &str) -> Result<()> {
    let wanted = normalize(entrypoint);
    let Some(entry) = entries.iter().find(|e| e.path == wanted) else {
        let base = wanted.rsplit('/').next().unwrap_or(&wanted);
        let elsewhere = entries.iter().find(|e| {
            e.kind.is_file() && (e.path == base || e.path.ends_with(&format!("/{base}")))
        });
        let error = UserError::usage(format!("entrypoint \"{entrypoint}\" is not in {label}"));
        let error = match elsewhere {
            Some(found) => error.with_hint(format!(
                "the archive has \"{}\"; set `\"entrypoint\": \"{}\"` in meta.json",
                found.path, found.path
            )),
            None => error
                .with_hint("build the module into the archive, or fix `entrypoint` in meta.json"),
        };
        return Err(error.into());
    };
    if entry.kind.is_dir() {
        return Err(UserError::usage(format!(
            "entrypoint \"{entrypoint}\" in {label} is a directory, not an executable file"
        ))
        .into());
    }
    if !entry.kind.is_file() {
        return Err(UserError::usage(format!(
            "entrypoint \"{entrypoint}\" in {label} is not a regular file"
        ))
        .into());
    }
    if entry.mode & 0o111 == 0 {
        return Err(UserError::usage(format!(
            "entrypoint \"{entrypoint}\" in {label} is not executable"
        ))
        .with_hint(format!(
            "run `chmod +x {entrypoint}` and rebuild the archive"
        ))
        .into());
    }
    Ok(())
}

/// Drops a leading `./` and trailing `/`, as tar tools write paths either way.
fn normalize(path: &str) -> String {
    path.trim_start_matches("./")
        .trim_end_matches('/')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, kind: tar::EntryType, mode: u32) -> Entry {
        Entry {
            path: path.into(),
            kind,
            mode,
        }
    }

    #[test]
    fn entrypoint_found_elsewhere_suggested() {
        let entries = [entry("build/run.sh", tar::EntryType::Regular, 0o755)];
        let error = check_entrypoint(&entries, "run.sh", "m.tar.gz").unwrap_err();
        let user = error.downcast_ref::<UserError>().unwrap();
        assert_eq!(user.message, "entrypoint \"run.sh\" is not in m.tar.gz");
        assert!(user.hint.as_deref().unwrap().contains("\"build/run.sh\""));
    }

    #[test]
    fn entrypoint_must_be_executable_file() {
        let entries = [
            entry("bin", tar::EntryType::Directory, 0o755),
            entry("run.sh", tar::EntryType::Regular, 0o644),
        ];
        assert!(
            check_entrypoint(&entries, "./bin/", "a")
                .unwrap_err()
                .to_string()
                .contains("is a directory")
        );
        assert!(
            check_entrypoint(&entries, "run.sh", "a")
                .unwrap_err()
                .to_string()
                .contains("not executable")
        );
        let good = [entry("run.sh", tar::EntryType::Regular, 0o755)];
        assert!(check_entrypoint(&good, "./run.sh", "a").is_ok());
    }
}
