use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use anyhow::Result;
use tokio::io::AsyncReadExt;

use crate::context::Context;
use crate::error::UserError;
use crate::proto::viam::app::v1::{
    ModuleFileInfo, UploadModuleFileRequest, upload_module_file_request::ModuleFile,
};

/// Bytes per streamed message, well under gRPC's usual 4 MiB message limit. With 1 MiB chunks
/// and four in flight, a 64 MiB upload raised the peak RSS of a debug build by about 12 MiB
/// over a plain `module list` (31 MiB). With these values it stays within 1 MiB of it.
const CHUNK_BYTES: usize = 256 * 1024;

/// Messages buffered between the file reader and the network, bounding memory.
const CHUNKS_IN_FLIGHT: usize = 2;

/// Platforms the registry accepts.
const PLATFORMS: &[&str] = &[
    "any",
    "any/amd64",
    "any/arm64",
    "linux/any",
    "darwin/any",
    "linux/amd64",
    "linux/arm64",
    "linux/arm32v7",
    "linux/arm32v6",
    "darwin/amd64",
    "darwin/arm64",
];

/// Upload a version of a module for one platform
#[derive(clap::Args, Debug)]
pub struct UploadArgs {
    /// Module ID (`namespace:name` or `org-id:name`), or name in the organization
    pub module: String,

    /// The module archive (`.tar.gz`)
    pub file: PathBuf,

    /// Semantic version, e.g. `1.2.0` (a leading `v` is dropped)
    #[arg(long = "version", id = "module_version", value_name = "V")]
    pub version: String,

    /// Platform as OS/ARCH, e.g. `linux/arm64` or `any`
    #[arg(long)]
    pub platform: String,

    /// Platform tag such as `distro:debian` (can be repeated)
    #[arg(long = "tag", value_name = "T")]
    pub tags: Vec<String>,

    /// meta.json naming the entrypoint (default: a meta.json beside FILE, if any)
    #[arg(long, value_name = "FILE")]
    pub meta: Option<PathBuf>,

    /// Skip the archive checks (the version and platform are still checked)
    #[arg(long)]
    pub force: bool,
}

pub async fn run(ctx: &Context, args: UploadArgs) -> Result<()> {
    let version = validate_version(&args.version)?;
    validate_platform(&args.platform)?;
    let size = file_size(&args.file)?;
    if !args.force {
        let meta_path = args.meta.clone().or_else(|| {
            let beside = args
                .file
                .parent()
                .unwrap_or(std::path::Path::new("."))
                .join("meta.json");
            beside.is_file().then_some(beside)
        });
        let entrypoint = match &meta_path {
            Some(path) => super::update::read_meta(path)?.entrypoint,
            None => None,
        };
        super::archive::check(&args.file, entrypoint.as_deref())?;
    }
    let module_id = super::module_id(ctx, &args.module).await?;
    let connection = ctx.connection().await?;

    let progress = progress_bar(size);
    let failure: Arc<Mutex<Option<std::io::Error>>> = Arc::default();
    let failed = Arc::new(tokio::sync::Notify::new());
    let info = ModuleFileInfo {
        module_id: module_id.clone(),
        version: version.clone(),
        platform: args.platform.clone(),
        platform_tags: args.tags,
    };
    let make_stream = || {
        progress.set_position(0);
        Ok(chunks(
            args.file.clone(),
            info.clone(),
            progress.clone(),
            Arc::clone(&failure),
            Arc::clone(&failed),
        ))
    };
    let upload = connection.call_with(
        "upload_module_file",
        make_stream,
        |mut client, request| async move { client.upload_module_file(request).await },
    );
    let url = tokio::select! {
        result = upload => result?.url,
        _ = failed.notified() => {
            let error = failure.lock().ok().and_then(|mut slot| slot.take());
            return Err(UserError::usage(format!(
                "failed to read {} during the upload; nothing was stored: {}",
                args.file.display(),
                error.map(|e| e.to_string()).unwrap_or_default()
            ))
            .into());
        }
    };
    progress.finish_and_clear();

    ctx.printer.notice(&format!(
        "uploaded {module_id} {version} for {} ({size} bytes)",
        args.platform
    ));
    ctx.printer.print(&serde_json::json!({"module_id": module_id, "version": version, "platform": args.platform, "url": url}), || {
        let mut table = crate::output::Table::new(&["MODULE_ID", "VERSION", "PLATFORM", "URL"]);
        table.row(vec![module_id.clone(), version.clone(), args.platform.clone(), url.clone()]);
        table
    })
}

/// Streams the info message, then the file in chunks read as they are sent. A read error
/// keeps the stream open and signals `failed`, so the caller cancels the call and the server
/// never sees a complete, truncated upload.
fn chunks(
    path: PathBuf,
    info: ModuleFileInfo,
    progress: indicatif::ProgressBar,
    failure: Arc<Mutex<Option<std::io::Error>>>,
    failed: Arc<tokio::sync::Notify>,
) -> tokio_stream::wrappers::ReceiverStream<UploadModuleFileRequest> {
    let (sender, receiver) = tokio::sync::mpsc::channel(CHUNKS_IN_FLIGHT);
    tokio::spawn(async move {
        let first = UploadModuleFileRequest {
            module_file: Some(ModuleFile::ModuleFileInfo(info)),
        };
        if sender.send(first).await.is_err() {
            return;
        }
        let result: std::io::Result<()> = async {
            let mut file = tokio::fs::File::open(&path).await?;
            loop {
                let mut buffer = Vec::with_capacity(CHUNK_BYTES);
                let read = (&mut file)
                    .take(CHUNK_BYTES as u64)
                    .read_to_end(&mut buffer)
                    .await?;
                if read == 0 {
                    return Ok(());
                }
                progress.inc(read as u64);
                let message = UploadModuleFileRequest {
                    module_file: Some(ModuleFile::File(buffer)),
                };
                if sender.send(message).await.is_err() {
                    return Ok(());
                }
            }
        }
        .await;
        if let Err(error) = result {
            if let Ok(mut slot) = failure.lock() {
                *slot = Some(error);
            }
            failed.notify_one();
            // Holding the sender keeps the stream open until the caller cancels the call.
            sender.closed().await;
        }
    });
    tokio_stream::wrappers::ReceiverStream::new(receiver)
}

/// A byte progress bar on a terminal's stderr; hidden otherwise.
fn progress_bar(size: u64) -> indicatif::ProgressBar {
    if !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(size);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} eta {eta}",
    ) {
        bar.set_style(style);
    }
    bar
}

fn file_size(path: &std::path::Path) -> Result<u64> {
    let meta = std::fs::metadata(path)
        .map_err(|error| UserError::usage(format!("cannot read {}: {error}", path.display())))?;
    if !meta.is_file() {
        return Err(UserError::usage(format!("{} is not a file", path.display())).into());
    }
    if meta.len() == 0 {
        return Err(UserError::usage(format!("{} is empty", path.display())).into());
    }
    Ok(meta.len())
}

/// Checks a semantic version, dropping a leading `v`: `v1.2.0` becomes `1.2.0`.
pub fn validate_version(text: &str) -> Result<String> {
    let version = text.strip_prefix('v').unwrap_or(text);
    match semver::Version::parse(version) {
        Ok(parsed) => Ok(parsed.to_string()),
        // The semver crate's own messages ("unexpected end of input while parsing minor
        // version number") name parser states, not the expected form, so they are left out.
        Err(_) => Err(UserError::usage(format!(
            "invalid `--version` \"{text}\": a version must be MAJOR.MINOR.PATCH, like `1.2.0`"
        ))
        .with_hint("a leading `v` (`v1.2.0`) and a pre-release suffix (`1.2.0-rc.1`) are accepted")
        .into()),
    }
}

fn validate_platform(platform: &str) -> Result<()> {
    if PLATFORMS.contains(&platform) {
        return Ok(());
    }
    Err(UserError::usage(format!("invalid platform \"{platform}\""))
        .with_hint(format!("use one of {}", PLATFORMS.join(", ")))
        .into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_prefix_dropped() {
        assert_eq!(validate_version("v1.2.0").unwrap(), "1.2.0");
        assert_eq!(validate_version("0.1.0-rc.1").unwrap(), "0.1.0-rc.1");
    }

    #[test]
    fn short_version_rejected() {
        let error = validate_version("1.2").unwrap_err();
        assert!(
            error
                .to_string()
                .contains("a version must be MAJOR.MINOR.PATCH, like `1.2.0`"),
            "{error}"
        );
    }

    #[test]
    fn platform_checked() {
        assert!(validate_platform("linux/arm64").is_ok());
        assert!(
            validate_platform("linux/riscv")
                .unwrap_err()
                .to_string()
                .contains("invalid platform \"linux/riscv\"")
        );
    }
}
