//! The emulator's state: an SQLite file with one table per kind of resource.
//!
//! All SQL lives in this module. Each submodule covers one kind of resource and exposes plain
//! functions taking a `&Connection`, which is always an open transaction started by
//! [`Store::read`] or [`Store::write`]. Checks that need the stored data (name uniqueness, the
//! last owner, location deletion) are made here inside that transaction, so no other writer can
//! slip in between check and change.
//!
//! The file is opened in WAL mode with a busy timeout so that `viamctl emulator accept-invite`
//! can write to it while a server is running. WAL also lets readers work beside the one writer,
//! so reads use connections of their own instead of waiting for the writer's.

pub mod authorizations;
pub mod fragments;
pub mod keys;
pub mod locations;
pub mod logs;
pub mod members;
pub mod metadata;
pub mod modules;
pub mod organizations;
pub mod parts;
pub mod robots;
pub mod secrets;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{Context, bail};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params};

use super::error::{Error, Result};

/// Statements kept prepared per connection. The emulator runs a few dozen distinct queries,
/// and parsing SQL anew was a measurable part of each request.
const STATEMENT_CACHE_CAPACITY: usize = 128;

/// `query_row` through the connection's statement cache, which `Connection::query_row` skips.
pub trait CachedQuery {
    fn query_row_cached<T, P, F>(&self, sql: &str, params: P, map: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>;
}

impl CachedQuery for Connection {
    fn query_row_cached<T, P, F>(&self, sql: &str, params: P, map: F) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    {
        self.prepare_cached(sql)?.query_row(params, map)
    }
}

/// Schema migrations: entry `i` upgrades the file from `PRAGMA user_version` `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("schema.sql")];

/// How long a statement waits for another process's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Idle read connections kept open for reuse. More are opened while more reads run at once, and
/// the extra ones are closed when their read ends.
const MAX_IDLE_READERS: usize = 8;

/// The open data file. Writes share one connection behind a mutex, which SQLite's single
/// writer lock would serialise anyway. Reads take a connection from a pool.
pub struct Store {
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    /// The data file, for opening read connections. It is `None` for an in-memory store: only
    /// the store's one connection can see its data, so reads use the writer's connection.
    path: Option<PathBuf>,
    created: bool,
    /// Directory beside the data file that contains uploaded module files.
    modules_dir: PathBuf,
    /// Keeps the in-memory store's module directory alive until the store is dropped.
    #[cfg(test)]
    _temp_dir: Option<tempfile::TempDir>,
}

impl Store {
    /// Opens the data file at `path`, creating it (0600, in a 0700 directory) and its schema
    /// when it does not exist yet.
    pub fn open(path: &Path) -> anyhow::Result<Store> {
        let file_existed = path.exists();
        if !file_existed {
            create_private_file(path)?;
        }

        let mut connection = Connection::open(path)
            .with_context(|| format!("failed to open data file {}", path.display()))?;
        configure(&connection)
            .with_context(|| format!("failed to configure data file {}", path.display()))?;
        let previous_version = migrate(&mut connection)
            .with_context(|| format!("failed to prepare data file {}", path.display()))?;

        let data_dir = path.parent().unwrap_or(Path::new("."));
        Ok(Store {
            writer: Mutex::new(connection),
            readers: Mutex::new(Vec::new()),
            path: Some(path.to_path_buf()),
            created: previous_version == 0,
            modules_dir: data_dir.join("modules"),
            #[cfg(test)]
            _temp_dir: None,
        })
    }

    /// Opens a private in-memory store, for tests, whose module files go to a temp dir.
    #[cfg(test)]
    pub fn open_in_memory() -> Store {
        let mut connection = Connection::open_in_memory().unwrap();
        configure(&connection).unwrap();
        migrate(&mut connection).unwrap();
        let temp_dir = tempfile::tempdir().unwrap();
        Store {
            writer: Mutex::new(connection),
            readers: Mutex::new(Vec::new()),
            path: None,
            created: true,
            modules_dir: temp_dir.path().join("modules"),
            _temp_dir: Some(temp_dir),
        }
    }

    /// Returns the directory for uploaded module files, which may not exist yet.
    pub fn modules_dir(&self) -> &Path {
        &self.modules_dir
    }

    /// Returns whether this process created the schema, which is when the demo fleet may be
    /// seeded.
    pub fn created(&self) -> bool {
        self.created
    }

    /// Runs `work` in a read transaction, which reads one consistent snapshot that includes
    /// every write committed before it started. `work` must not write: it may run on a
    /// connection of its own, in parallel with other reads and with a write.
    pub fn read<T>(&self, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let Some(path) = &self.path else {
            return self.transaction(TransactionBehavior::Deferred, work);
        };
        let idle = lock(&self.readers).pop();
        let mut connection = match idle {
            Some(connection) => connection,
            None => open_reader(path)?,
        };
        let result = run_transaction(&mut connection, TransactionBehavior::Deferred, work);
        let mut idle = lock(&self.readers);
        if idle.len() < MAX_IDLE_READERS {
            idle.push(connection);
        }
        result
    }

    /// Runs `work` in a write transaction, committed only when `work` succeeds. The write lock
    /// is taken up front so that a concurrent writer waits instead of failing midway.
    pub fn write<T>(&self, work: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        self.transaction(TransactionBehavior::Immediate, work)
    }

    fn transaction<T>(
        &self,
        behavior: TransactionBehavior,
        work: impl FnOnce(&Connection) -> Result<T>,
    ) -> Result<T> {
        run_transaction(&mut lock(&self.writer), behavior, work)
    }
}

/// Locks `mutex`, recovering it from a panic in another holder. A panic inside a transaction's
/// `work` rolls the transaction back as it unwinds, so the connections stay consistent.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn run_transaction<T>(
    connection: &mut Connection,
    behavior: TransactionBehavior,
    work: impl FnOnce(&Connection) -> Result<T>,
) -> Result<T> {
    let transaction = connection.transaction_with_behavior(behavior)?;
    let value = work(&transaction)?;
    transaction.commit()?;
    Ok(value)
}

/// Opens another connection to a data file that [`Store::open`] has already prepared.
fn open_reader(path: &Path) -> Result<Connection> {
    let connection = Connection::open(path)?;
    connection.busy_timeout(BUSY_TIMEOUT)?;
    connection.pragma_update(None, "foreign_keys", true)?;
    connection.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
    Ok(connection)
}

fn create_private_file(path: &Path) -> anyhow::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder
            .create(parent)
            .with_context(|| format!("failed to create directory {}", parent.display()))?;
    }

    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
        .open(path)
        .with_context(|| format!("failed to create data file {}", path.display()))?;
    Ok(())
}

fn configure(connection: &Connection) -> rusqlite::Result<()> {
    connection.busy_timeout(BUSY_TIMEOUT)?;
    // SQLite creates the `-wal` and `-shm` files with the permissions of the data file.
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "NORMAL")?;
    connection.pragma_update(None, "foreign_keys", true)?;
    connection.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
    Ok(())
}

/// Brings the schema up to date and returns the version the file had before.
fn migrate(connection: &mut Connection) -> anyhow::Result<usize> {
    let transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let version: usize = transaction.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if version > MIGRATIONS.len() {
        bail!(
            "the data file has schema version {version}, but this viamctl knows only up to \
             version {}: use a newer viamctl or another `--data` file",
            MIGRATIONS.len()
        );
    }
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(version) {
        transaction
            .execute_batch(migration)
            .with_context(|| format!("schema migration {} failed", index + 1))?;
    }
    transaction.pragma_update(None, "user_version", MIGRATIONS.len())?;
    transaction.commit()?;
    Ok(version)
}

/// Reads a row of the `settings` table.
pub fn setting(db: &Connection, name: &str) -> Result<Option<String>> {
    let value = db
        .query_row_cached(
            "SELECT value FROM settings WHERE name = ?1",
            [name],
            |row| row.get(0),
        )
        .optional()?;
    Ok(value)
}

/// Writes a row of the `settings` table.
pub fn set_setting(db: &Connection, name: &str, value: &str) -> Result<()> {
    db.execute(
        "INSERT INTO settings (name, value) VALUES (?1, ?2)
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        params![name, value],
    )?;
    Ok(())
}

/// Returns the current time in Unix microseconds, the unit of every stored time.
pub fn now_micros() -> i64 {
    chrono::Utc::now().timestamp_micros()
}

/// Converts stored Unix microseconds into a protobuf timestamp.
pub fn timestamp(micros: i64) -> prost_types::Timestamp {
    prost_types::Timestamp {
        seconds: micros.div_euclid(1_000_000),
        nanos: (micros.rem_euclid(1_000_000) * 1_000) as i32,
    }
}

/// Turns "no row" into `NOT_FOUND` with `message`.
pub(crate) fn found<T>(value: Option<T>, message: impl FnOnce() -> String) -> Result<T> {
    value.ok_or_else(|| Error::not_found(message()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_file_is_private_and_versioned() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/dir/emulator.sqlite3");
        let store = Store::open(&path).unwrap();
        assert!(store.created());

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let file_mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(file_mode & 0o777, 0o600);
            let dir_mode = std::fs::metadata(path.parent().unwrap())
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(dir_mode & 0o777, 0o700);
        }

        let version: usize = store
            .read(|db| Ok(db.pragma_query_value(None, "user_version", |row| row.get(0))?))
            .unwrap();
        assert_eq!(version, MIGRATIONS.len());
    }

    #[test]
    fn reopen_keeps_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("emulator.sqlite3");
        let store = Store::open(&path).unwrap();
        store.write(|db| set_setting(db, "probe", "kept")).unwrap();
        drop(store);

        let store = Store::open(&path).unwrap();
        assert!(!store.created());
        let value = store.read(|db| setting(db, "probe")).unwrap();
        assert_eq!(value.as_deref(), Some("kept"));
    }

    #[test]
    fn newer_schema_rejected() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("emulator.sqlite3");
        drop(Store::open(&path).unwrap());
        let connection = Connection::open(&path).unwrap();
        connection
            .pragma_update(None, "user_version", MIGRATIONS.len() + 1)
            .unwrap();
        drop(connection);

        let error = Store::open(&path).err().unwrap();
        assert!(format!("{error:#}").contains("newer viamctl"), "{error:#}");
    }

    #[test]
    fn failed_write_rolls_back() {
        let store = Store::open_in_memory();
        let result: Result<()> = store.write(|db| {
            set_setting(db, "probe", "lost")?;
            Err(Error::internal("stop"))
        });
        assert!(result.is_err());
        assert_eq!(store.read(|db| setting(db, "probe")).unwrap(), None);
    }

    #[test]
    fn read_sees_committed_write() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("emulator.sqlite3")).unwrap();
        assert_eq!(store.read(|db| setting(db, "probe")).unwrap(), None);

        store.write(|db| set_setting(db, "probe", "new")).unwrap();

        let value = store.read(|db| setting(db, "probe")).unwrap();
        assert_eq!(value.as_deref(), Some("new"));
    }

    #[test]
    fn reads_run_in_parallel() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("emulator.sqlite3")).unwrap();
        let (entered_sender, entered) = std::sync::mpsc::channel();
        let (release, released_receiver) = std::sync::mpsc::channel::<()>();

        std::thread::scope(|scope| {
            let store = &store;
            let first = scope.spawn(move || {
                store.read(|db| {
                    setting(db, "probe")?;
                    entered_sender.send(()).unwrap();
                    // Bounded only so that serialised reads fail the test instead of hanging it.
                    let released = released_receiver.recv_timeout(Duration::from_secs(30));
                    Ok(released.is_ok())
                })
            });
            entered.recv().unwrap();
            // The first read is still open: this one must not wait for it.
            store.read(|db| setting(db, "probe")).unwrap();
            let _ = release.send(());
            assert!(
                first.join().unwrap().unwrap(),
                "the second read waited for the first"
            );
        });
    }

    #[test]
    fn timestamp_splits_micros() {
        let ts = timestamp(1_700_000_000_123_456);
        assert_eq!(ts.seconds, 1_700_000_000);
        assert_eq!(ts.nanos, 123_456_000);
    }
}
