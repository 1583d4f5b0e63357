//! UploadModuleFile: a client stream of one `module_file_info` message followed by `file`
//! chunks of any size.
//!
//! The bytes go to a temporary file in the store's modules directory as they arrive, so an
//! upload of any size needs memory only for the message in flight. The file is renamed into
//! place in the same transaction that records the version, so a cancelled or rejected upload
//! leaves no version and no file behind (the temporary file is removed when dropped).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;
use tonic::{Request, Response, Status, Streaming};

use super::modules::{find_owned, validate_platform, validate_version};
use crate::emulator::access::{Identity, Permission};
use crate::emulator::error::{Error, Result};
use crate::emulator::handler;
use crate::emulator::request_log::RpcMethod;
use crate::emulator::store::modules::{self, ModuleKey, Upload};
use crate::emulator::store::{Store, now_micros};
use crate::proto::viam::app::v1 as api;
use crate::proto::viam::app::v1::upload_module_file_request::ModuleFile;

/// The caller and log labels of one upload.
struct Caller {
    identity: Identity,
    method: Option<RpcMethod>,
}

impl Caller {
    /// Logs `error` and converts it into the status returned to the client.
    fn fail(&self, error: Error) -> Status {
        handler::log_error(self.method.as_ref(), Some(&self.identity.id), &error);
        error.into()
    }

    async fn blocking<T, F>(&self, work: F) -> std::result::Result<T, Status>
    where
        T: Send + 'static,
        F: FnOnce() -> Result<T> + Send + 'static,
    {
        handler::run_blocking(self.method.clone(), Some(self.identity.id.clone()), work).await
    }
}

/// Logs, when dropped before [`Unfinished::finish`], that an upload stopped midway. Tonic drops
/// the handler without running it further when the client cancels the call, so this is the
/// only place that can report it.
struct Unfinished<'a> {
    caller: &'a Caller,
    module_id: &'a str,
    finished: bool,
}

impl Unfinished<'_> {
    fn finish(mut self) {
        self.finished = true;
    }
}

impl Drop for Unfinished<'_> {
    fn drop(&mut self) {
        if !self.finished {
            tracing::warn!(
                caller = %self.caller.identity.id,
                module_id = %self.module_id,
                "module upload stopped before it completed; its partial file is removed"
            );
        }
    }
}

/// Receives one module file and records it as a version of the module for a platform.
pub async fn upload(
    store: Arc<Store>,
    request: Request<Streaming<api::UploadModuleFileRequest>>,
) -> std::result::Result<Response<api::UploadModuleFileResponse>, Status> {
    let method = request.extensions().get::<RpcMethod>().cloned();
    let Some(identity) = request.extensions().get::<Identity>().cloned() else {
        // Only reachable if the service was mounted without the token interceptor.
        let error = Error::unauthenticated("missing access token");
        handler::log_error(method.as_ref(), None, &error);
        return Err(error.into());
    };
    let caller = Caller { identity, method };
    let mut stream = request.into_inner();

    let info = match stream.message().await? {
        Some(api::UploadModuleFileRequest {
            module_file: Some(ModuleFile::ModuleFileInfo(info)),
        }) => info,
        Some(_) => {
            return Err(caller.fail(Error::invalid_argument(
                "the first message must be `module_file_info`, before any `file` chunk",
            )));
        }
        None => {
            return Err(caller.fail(Error::invalid_argument(
                "empty stream: send `module_file_info` and then the file",
            )));
        }
    };
    validate_info(&info).map_err(|error| caller.fail(error))?;

    // Reject an unknown module, a missing permission or a duplicate before reading the file.
    let key = {
        let store = Arc::clone(&store);
        let identity = caller.identity.clone();
        let info = info.clone();
        caller
            .blocking(move || {
                store.read(|db| {
                    let key = find_owned(db, &identity, &info.module_id, Permission::Write)?;
                    check_not_uploaded(db, &key, &info)?;
                    Ok(key)
                })
            })
            .await?
    };

    let modules_dir = store.modules_dir().to_path_buf();
    let temp = {
        let dir = modules_dir.clone();
        caller.blocking(move || create_temp_file(&dir)).await?
    };
    let unfinished = Unfinished {
        caller: &caller,
        module_id: &info.module_id,
        finished: false,
    };
    let (file, temp_path) = temp.into_parts();
    let mut file = tokio::fs::File::from_std(file);
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    // A client that cancels makes `message` fail; returning drops `temp_path`, which deletes it.
    while let Some(message) = stream.message().await? {
        match message.module_file {
            Some(ModuleFile::File(chunk)) => {
                hasher.update(&chunk);
                file.write_all(&chunk)
                    .await
                    .map_err(|error| caller.fail(write_failed(&temp_path, &error)))?;
                size += chunk.len() as u64;
            }
            Some(ModuleFile::ModuleFileInfo(_)) => {
                return Err(caller.fail(Error::invalid_argument(
                    "a second `module_file_info` message: send it once, then only `file` chunks",
                )));
            }
            None => {
                return Err(caller.fail(Error::invalid_argument(
                    "a message with neither `module_file_info` nor `file`",
                )));
            }
        }
    }
    if size == 0 {
        return Err(caller.fail(Error::invalid_argument(
            "the module file is empty: send its bytes in `file` messages",
        )));
    }
    file.sync_all()
        .await
        .map_err(|error| caller.fail(write_failed(&temp_path, &error)))?;
    drop(file);

    let sha256 = hex(&hasher.finalize());
    let file_name = stored_file_name(&key, &info);
    let destination = modules_dir.join(&file_name);
    let module_id = {
        let store = Arc::clone(&store);
        let identity = caller.identity.clone();
        let destination = destination.clone();
        let info = info.clone();
        caller
            .blocking(move || {
                store.write(|db| {
                    // Checked again: another upload may have finished while this one streamed.
                    let key = find_owned(db, &identity, &info.module_id, Permission::Write)?;
                    let upload = Upload {
                        version: &info.version,
                        platform: &info.platform,
                        platform_tags: &info.platform_tags,
                        file_name: &file_name,
                        size: size as i64,
                        sha256: &sha256,
                    };
                    modules::insert_upload(db, &key, &upload, now_micros())?;
                    // NOTE: if the commit after this rename fails, the file stays without a
                    // version that points at it.
                    temp_path.persist_noclobber(&destination).map_err(|error| {
                        Error::internal(format!(
                            "failed to move the upload to {}: {}",
                            destination.display(),
                            error.error
                        ))
                    })?;
                    modules::module_id(db, &key)
                })
            })
            .await?
    };
    unfinished.finish();

    tracing::info!(
        module_id = %module_id,
        version = %info.version,
        platform = %info.platform,
        bytes = size,
        "stored module file"
    );
    Ok(Response::new(api::UploadModuleFileResponse {
        url: file_url(&destination),
    }))
}

fn validate_info(info: &api::ModuleFileInfo) -> Result<()> {
    if info.module_id.is_empty() {
        return Err(Error::invalid_argument(
            "missing `module_file_info.module_id`",
        ));
    }
    validate_version(&info.version)?;
    validate_platform(&info.platform)?;
    if let Some(tag) = info.platform_tags.iter().find(|tag| tag.trim().is_empty()) {
        return Err(Error::invalid_argument(format!(
            "invalid platform tag {tag:?}: tags look like `distro:debian`"
        )));
    }
    Ok(())
}

fn check_not_uploaded(
    db: &rusqlite::Connection,
    key: &ModuleKey,
    info: &api::ModuleFileInfo,
) -> Result<()> {
    if modules::upload_exists(db, key, &info.version, &info.platform)? {
        return Err(Error::already_exists(format!(
            "module {} already has version {} for platform {}: upload a new version",
            info.module_id, info.version, info.platform
        )));
    }
    Ok(())
}

fn create_temp_file(dir: &Path) -> Result<tempfile::NamedTempFile> {
    std::fs::create_dir_all(dir)
        .map_err(|error| Error::internal(format!("failed to create {}: {error}", dir.display())))?;
    tempfile::Builder::new()
        .prefix(".upload-")
        .tempfile_in(dir)
        .map_err(|error| {
            Error::internal(format!(
                "failed to create a temporary file in {}: {error}",
                dir.display()
            ))
        })
}

fn write_failed(path: &Path, error: &std::io::Error) -> Error {
    Error::internal(format!("failed to write {}: {error}", path.display()))
}

/// Names the stored file after the module, version and platform, which together are unique.
fn stored_file_name(key: &ModuleKey, info: &api::ModuleFileInfo) -> String {
    format!(
        "{}_{}_{}_{}.tar.gz",
        key.organization_id,
        key.name,
        info.version,
        info.platform.replace('/', "-")
    )
}

/// Returns a `file://` URL for the stored file, absolute when the path can be resolved.
fn file_url(path: &Path) -> String {
    let absolute: PathBuf = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    format!("file://{}", absolute.display())
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
