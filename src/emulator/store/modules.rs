//! Registry modules and their uploaded files.
//!
//! A module is stored under its organization and name. Its ID is computed when read:
//! `namespace:name` while the organization has a public namespace, else
//! `organization-id:name`. Lookups accept both forms.

use prost::Message;
use rusqlite::{Connection, OptionalExtension, params};

use super::{found, timestamp};
use crate::emulator::error::{Error, Result};
use crate::emulator::store::CachedQuery as _;
use crate::proto::viam::app::v1 as api;

/// A module's primary key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleKey {
    pub organization_id: String,
    pub name: String,
}

/// The fields of UpdateModule that replace the stored ones.
#[derive(Debug, Default)]
pub struct ModuleChange {
    /// `None` keeps the stored visibility.
    pub visibility: Option<api::Visibility>,
    pub url: String,
    pub description: String,
    pub metadata: api::ModuleMetadata,
}

/// A file to record as one version and platform of a module.
pub struct Upload<'a> {
    pub version: &'a str,
    pub platform: &'a str,
    pub platform_tags: &'a [String],
    /// Path relative to the modules directory.
    pub file_name: &'a str,
    pub size: i64,
    pub sha256: &'a str,
}

/// Finds the module named by `module_id` (`namespace:name` or `organization-id:name`), or
/// fails with `NOT_FOUND`. A value without a colon is `INVALID_ARGUMENT`.
pub fn find(db: &Connection, module_id: &str) -> Result<ModuleKey> {
    let Some((prefix, name)) = module_id.split_once(':') else {
        return Err(Error::invalid_argument(format!(
            "invalid module ID {module_id:?}: expected `namespace:name` or `organization-id:name`"
        )));
    };
    let key: Option<(String, String)> = db
        .query_row_cached(
            "SELECT m.organization_id, m.name FROM modules m
             JOIN organizations o ON o.id = m.organization_id
             WHERE m.name = ?2 AND (o.id = lower(?1) OR o.public_namespace = ?1)",
            params![prefix, name],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?;
    let (organization_id, name) = found(key, || format!("module {module_id} not found"))?;
    Ok(ModuleKey {
        organization_id,
        name,
    })
}

/// Inserts a private module `name` into `organization_id`. Names are unique per organization.
pub fn insert(db: &Connection, organization_id: &str, name: &str, now: i64) -> Result<ModuleKey> {
    let name_in_use = db
        .query_row_cached(
            "SELECT 1 FROM modules WHERE organization_id = ?1 AND name = ?2",
            params![organization_id, name],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    if name_in_use {
        return Err(Error::already_exists(format!(
            "organization {organization_id} already has a module named {name:?}"
        )));
    }
    db.execute(
        "INSERT INTO modules (organization_id, name, visibility, url, description, metadata,
                              created_on, updated_on)
         VALUES (?1, ?2, ?3, '', '', ?4, ?5, ?5)",
        params![
            organization_id,
            name,
            api::Visibility::Private as i32,
            api::ModuleMetadata::default().encode_to_vec(),
            now
        ],
    )?;
    Ok(ModuleKey {
        organization_id: organization_id.to_owned(),
        name: name.to_owned(),
    })
}

/// Returns the module ID clients use for `key`.
pub fn module_id(db: &Connection, key: &ModuleKey) -> Result<String> {
    let namespace: Option<String> = db.query_row_cached(
        "SELECT public_namespace FROM organizations WHERE id = ?1",
        [&key.organization_id],
        |row| row.get(0),
    )?;
    let prefix = namespace.unwrap_or_else(|| key.organization_id.clone());
    Ok(format!("{prefix}:{}", key.name))
}

/// Returns the module's visibility.
pub fn visibility(db: &Connection, key: &ModuleKey) -> Result<api::Visibility> {
    let value: i32 = db.query_row_cached(
        "SELECT visibility FROM modules WHERE organization_id = ?1 AND name = ?2",
        params![key.organization_id, key.name],
        |row| row.get(0),
    )?;
    Ok(api::Visibility::try_from(value).unwrap_or(api::Visibility::Private))
}

/// Replaces the module's visibility, URL, description and metadata.
pub fn update(db: &Connection, key: &ModuleKey, change: &ModuleChange, now: i64) -> Result<()> {
    let visibility = match change.visibility {
        Some(visibility) => visibility,
        None => visibility(db, key)?,
    };
    db.execute(
        "UPDATE modules SET visibility = ?3, url = ?4, description = ?5, metadata = ?6,
                            updated_on = ?7
         WHERE organization_id = ?1 AND name = ?2",
        params![
            key.organization_id,
            key.name,
            visibility as i32,
            change.url,
            change.description,
            change.metadata.encode_to_vec(),
            now
        ],
    )?;
    Ok(())
}

/// Returns whether the module already has a file for `version` and `platform`.
pub fn upload_exists(
    db: &Connection,
    key: &ModuleKey,
    version: &str,
    platform: &str,
) -> Result<bool> {
    let exists = db
        .query_row_cached(
            "SELECT 1 FROM module_uploads
             WHERE organization_id = ?1 AND module_name = ?2 AND version = ?3 AND platform = ?4",
            params![key.organization_id, key.name, version, platform],
            |_| Ok(()),
        )
        .optional()?
        .is_some();
    Ok(exists)
}

/// Records an uploaded file, with a copy of the module's current metadata. A version and
/// platform that already have a file are `ALREADY_EXISTS`.
pub fn insert_upload(
    db: &Connection,
    key: &ModuleKey,
    upload: &Upload<'_>,
    now: i64,
) -> Result<()> {
    if upload_exists(db, key, upload.version, upload.platform)? {
        return Err(Error::already_exists(format!(
            "module {}:{} already has version {} for platform {}: upload a new version",
            key.organization_id, key.name, upload.version, upload.platform
        )));
    }
    let metadata: Vec<u8> = db.query_row_cached(
        "SELECT metadata FROM modules WHERE organization_id = ?1 AND name = ?2",
        params![key.organization_id, key.name],
        |row| row.get(0),
    )?;
    db.execute(
        "INSERT INTO module_uploads (organization_id, module_name, version, platform,
                                     platform_tags, file_name, size, sha256, metadata,
                                     uploaded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            key.organization_id,
            key.name,
            upload.version,
            upload.platform,
            serde_json::to_string(upload.platform_tags)?,
            upload.file_name,
            upload.size,
            upload.sha256,
            metadata,
            now
        ],
    )?;
    db.execute(
        "UPDATE modules SET updated_on = ?3 WHERE organization_id = ?1 AND name = ?2",
        params![key.organization_id, key.name, now],
    )?;
    Ok(())
}

/// Deletes the module and its upload records, and returns the names of its files, which the
/// caller removes once the transaction commits.
pub fn delete(db: &Connection, key: &ModuleKey) -> Result<Vec<String>> {
    let files: Vec<String> = {
        let mut statement = db.prepare_cached(
            "SELECT file_name FROM module_uploads WHERE organization_id = ?1 AND module_name = ?2",
        )?;
        let rows = statement.query_map(params![key.organization_id, key.name], |row| row.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    db.execute(
        "DELETE FROM modules WHERE organization_id = ?1 AND name = ?2",
        params![key.organization_id, key.name],
    )?;
    Ok(files)
}

/// Lists the modules of `organization_ids` (every visibility) and the public modules of every
/// other organization, oldest first. Unlisted modules of other organizations are left out.
pub fn list_visible(db: &Connection, organization_ids: &[String]) -> Result<Vec<ModuleKey>> {
    let owned = serde_json::to_string(organization_ids)?;
    let mut statement = db.prepare_cached(
        "SELECT organization_id, name FROM modules
         WHERE organization_id IN (SELECT value FROM json_each(?1)) OR visibility = ?2
         ORDER BY created_on, organization_id, name",
    )?;
    let rows = statement.query_map(params![owned, api::Visibility::Public as i32], |row| {
        Ok(ModuleKey {
            organization_id: row.get(0)?,
            name: row.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The stored fields of a module, before they are shaped into an API message.
struct ModuleRow {
    visibility: i32,
    url: String,
    description: String,
    metadata: api::ModuleMetadata,
    public_namespace: Option<String>,
    created_on: i64,
    updated_on: i64,
}

fn read_row(db: &Connection, key: &ModuleKey) -> Result<ModuleRow> {
    let row = db
        .query_row_cached(
            "SELECT m.visibility, m.url, m.description, m.metadata, o.public_namespace,
                    m.created_on, m.updated_on
             FROM modules m JOIN organizations o ON o.id = m.organization_id
             WHERE m.organization_id = ?1 AND m.name = ?2",
            params![key.organization_id, key.name],
            |row| {
                Ok((
                    row.get::<_, i32>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    row.get::<_, Vec<u8>>(3)?,
                    row.get::<_, Option<String>>(4)?,
                    row.get::<_, i64>(5)?,
                    row.get::<_, i64>(6)?,
                ))
            },
        )
        .optional()?;
    let (visibility, url, description, metadata, public_namespace, created_on, updated_on) =
        found(row, || {
            format!("module {}:{} not found", key.organization_id, key.name)
        })?;
    Ok(ModuleRow {
        visibility,
        url,
        description,
        metadata: decode_metadata(&metadata)?,
        public_namespace,
        created_on,
        updated_on,
    })
}

fn decode_metadata(bytes: &[u8]) -> Result<api::ModuleMetadata> {
    api::ModuleMetadata::decode(bytes)
        .map_err(|error| Error::internal(format!("stored module metadata is invalid: {error}")))
}

/// One version of a module with its files, oldest platform upload first.
struct VersionRow {
    version: String,
    metadata: api::ModuleMetadata,
    files: Vec<api::Uploads>,
}

/// Lists the module's versions in semantic version order.
fn versions(db: &Connection, key: &ModuleKey) -> Result<Vec<VersionRow>> {
    let uploads: Vec<(String, String, Vec<u8>, i64)> = {
        let mut statement = db.prepare_cached(
            "SELECT version, platform, metadata, uploaded_at FROM module_uploads
             WHERE organization_id = ?1 AND module_name = ?2
             ORDER BY uploaded_at, platform",
        )?;
        let rows = statement.query_map(params![key.organization_id, key.name], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut versions: Vec<VersionRow> = Vec::new();
    for (version, platform, metadata, uploaded_at) in uploads {
        let file = api::Uploads {
            platform,
            uploaded_at: Some(timestamp(uploaded_at)),
        };
        match versions.iter_mut().find(|v| v.version == version) {
            Some(existing) => existing.files.push(file),
            None => versions.push(VersionRow {
                version,
                metadata: decode_metadata(&metadata)?,
                files: vec![file],
            }),
        }
    }
    versions.sort_by(|a, b| semantic_order(&a.version, &b.version));
    Ok(versions)
}

fn semantic_order(a: &str, b: &str) -> std::cmp::Ordering {
    match (semver::Version::parse(a), semver::Version::parse(b)) {
        (Ok(a), Ok(b)) => a.cmp(&b),
        _ => a.cmp(b),
    }
}

/// How many machines and organizations use a module, in total and outside its organization.
struct Usage {
    robots: i64,
    organizations: i64,
    external_robots: i64,
    external_organizations: i64,
}

/// Counts the machines and organizations whose part configs use the module, that is whose
/// `"modules"` list has an entry with its `module_id` in either form. A machine belongs to the
/// primary organization of its location.
fn usage(db: &Connection, key: &ModuleKey) -> Result<Usage> {
    let current_id = module_id(db, key)?;
    let organization_form = format!("{}:{}", key.organization_id, key.name);
    let usage = db.query_row_cached(
        "SELECT COUNT(DISTINCT p.robot_id),
                COUNT(DISTINCT l.organization_id),
                COUNT(DISTINCT CASE WHEN l.organization_id <> ?3 THEN p.robot_id END),
                COUNT(DISTINCT CASE WHEN l.organization_id <> ?3 THEN l.organization_id END)
         FROM parts p
         JOIN robots r ON r.id = p.robot_id
         JOIN locations l ON l.id = r.location_id
         WHERE EXISTS (
             SELECT 1 FROM json_each(p.config, '$.modules') listed
             WHERE listed.type = 'object'
               AND json_extract(listed.value, '$.module_id') IN (?1, ?2))",
        params![current_id, organization_form, key.organization_id],
        |row| {
            Ok(Usage {
                robots: row.get(0)?,
                organizations: row.get(1)?,
                external_robots: row.get(2)?,
                external_organizations: row.get(3)?,
            })
        },
    )?;
    Ok(usage)
}

/// Reads the module as the GetModule and ListModules responses carry it.
pub fn get(db: &Connection, key: &ModuleKey, include_markdown: bool) -> Result<api::Module> {
    let row = read_row(db, key)?;
    let usage = usage(db, key)?;
    let markdown = |text: Option<String>| text.filter(|_| include_markdown);
    let versions = versions(db, key)?
        .into_iter()
        .map(|version| api::VersionHistory {
            version: version.version,
            files: version.files,
            models: version.metadata.models,
            entrypoint: version.metadata.entrypoint,
            first_run: version.metadata.first_run,
            markdown_description: markdown(version.metadata.markdown_description),
            apps: version.metadata.apps,
            deprecated_status: None,
        })
        .collect();
    Ok(api::Module {
        module_id: module_id(db, key)?,
        name: key.name.clone(),
        visibility: row.visibility,
        versions,
        url: row.url,
        description: row.description,
        models: row.metadata.models,
        total_robot_usage: usage.robots,
        total_organization_usage: usage.organizations,
        organization_id: key.organization_id.clone(),
        entrypoint: row.metadata.entrypoint,
        public_namespace: row.public_namespace.unwrap_or_default(),
        first_run: row.metadata.first_run,
        markdown_description: markdown(row.metadata.markdown_description),
        apps: row.metadata.apps,
        deprecated_status: None,
    })
}

/// Reads the module as a registry item of type module.
pub fn registry_item(
    db: &Connection,
    key: &ModuleKey,
    include_markdown: bool,
) -> Result<api::RegistryItem> {
    let row = read_row(db, key)?;
    let usage = usage(db, key)?;
    let markdown = |text: Option<String>| text.filter(|_| include_markdown);
    let versions = versions(db, key)?
        .into_iter()
        .map(|version| api::ModuleVersion {
            version: version.version,
            files: version.files,
            models: version.metadata.models,
            entrypoint: version.metadata.entrypoint,
            first_run: version.metadata.first_run,
            markdown_description: markdown(version.metadata.markdown_description),
            apps: version.metadata.apps,
            deprecated_status: None,
            min_viam_server_version: None,
        })
        .collect();
    let metadata = api::ModuleMetadata {
        versions,
        markdown_description: markdown(row.metadata.markdown_description.clone()),
        ..row.metadata
    };
    Ok(api::RegistryItem {
        item_id: module_id(db, key)?,
        organization_id: key.organization_id.clone(),
        public_namespace: row.public_namespace.clone().unwrap_or_default(),
        name: key.name.clone(),
        r#type: crate::proto::viam::app::packages::v1::PackageType::Module as i32,
        visibility: row.visibility,
        url: row.url,
        description: row.description,
        total_robot_usage: usage.robots,
        total_external_robot_usage: usage.external_robots,
        total_organization_usage: usage.organizations,
        total_external_organization_usage: usage.external_organizations,
        metadata: Some(api::registry_item::Metadata::ModuleMetadata(metadata)),
        created_at: Some(timestamp(row.created_on)),
        updated_at: Some(timestamp(row.updated_on)),
        deprecated_status: None,
        billing: None,
    })
}
