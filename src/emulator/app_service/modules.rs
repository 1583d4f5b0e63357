//! Handlers for registry modules and the registry items that describe them.
//!
//! A private module is visible only to callers with Read on its organization. Public and
//! unlisted modules are readable by every authenticated caller, but only public ones are
//! listed to other organizations. Changes need Write on the owning organization.
//!
//! NOTE: the registry URLs returned for a module point at where the real service would show
//! it; the emulator serves no web pages.

use rusqlite::Connection;

use super::Context;
use crate::emulator::access::{Identity, Permission, Resource, require};
use crate::emulator::error::{Error, Result};
use crate::emulator::ids;
use crate::emulator::store::modules::{self, ModuleChange, ModuleKey};
use crate::emulator::store::{now_micros, organizations};
use crate::proto::viam::app::packages::v1::PackageType;
use crate::proto::viam::app::v1 as api;

/// Maximum length of a module name, in bytes.
const MAX_MODULE_NAME_LEN: usize = 200;

/// Base of the registry page URL of a module.
const REGISTRY_URL: &str = "https://app.viam.com/module";

/// Platforms a module file may be uploaded for, as `os/arch`.
pub const PLATFORMS: &[&str] = &[
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

/// Creates a private module, named uniquely within the organization.
pub fn create(
    context: &Context,
    request: api::CreateModuleRequest,
) -> Result<api::CreateModuleResponse> {
    let organization_id = ids::uuid_field("organization_id", &request.organization_id)?;
    validate_name(&request.name)?;
    let module_id = context.store.write(|db| {
        require(
            db,
            &context.identity,
            Permission::Write,
            Resource::Organization(&organization_id),
        )?;
        let key = modules::insert(db, &organization_id, &request.name, now_micros())?;
        modules::module_id(db, &key)
    })?;
    Ok(api::CreateModuleResponse {
        url: registry_url(&module_id),
        module_id,
    })
}

/// Replaces the module's URL, description, models, entrypoint and app fields. The visibility
/// changes unless the request leaves it unspecified.
pub fn update(
    context: &Context,
    request: api::UpdateModuleRequest,
) -> Result<api::UpdateModuleResponse> {
    let visibility = match api::Visibility::try_from(request.visibility) {
        Ok(api::Visibility::Unspecified) => None,
        Ok(visibility) => Some(visibility),
        Err(_) => {
            return Err(Error::invalid_argument(format!(
                "invalid `visibility` {}: expected VISIBILITY_PRIVATE, VISIBILITY_PUBLIC or \
                 VISIBILITY_PUBLIC_UNLISTED",
                request.visibility
            )));
        }
    };
    for (index, model) in request.models.iter().enumerate() {
        if model.api.is_empty() || model.model.is_empty() {
            return Err(Error::invalid_argument(format!(
                "model {index} needs both `api` and `model`, such as \
                 \"rdk:component:base\" and \"acme:wheels:hoverboard\""
            )));
        }
    }
    let change = ModuleChange {
        visibility,
        url: request.url,
        description: request.description,
        metadata: api::ModuleMetadata {
            models: request.models,
            entrypoint: request.entrypoint,
            first_run: request.first_run,
            markdown_description: request.markdown_description,
            apps: request.apps,
            ..Default::default()
        },
    };
    let module_id = context.store.write(|db| {
        let key = find_owned(db, &context.identity, &request.module_id, Permission::Write)?;
        modules::update(db, &key, &change, now_micros())?;
        modules::module_id(db, &key)
    })?;
    Ok(api::UpdateModuleResponse {
        url: registry_url(&module_id),
    })
}

pub fn get(context: &Context, request: api::GetModuleRequest) -> Result<api::GetModuleResponse> {
    let include_markdown = request.include_markdown_documentation.unwrap_or(false);
    let module = context.store.read(|db| {
        let key = find_readable(db, &context.identity, &request.module_id)?;
        modules::get(db, &key, include_markdown)
    })?;
    Ok(api::GetModuleResponse {
        module: Some(module),
    })
}

/// Lists the modules of the given organization, or of every organization the caller belongs
/// to, together with every public module.
pub fn list(
    context: &Context,
    request: api::ListModulesRequest,
) -> Result<api::ListModulesResponse> {
    let include_markdown = request.include_markdown_documentation.unwrap_or(false);
    let organization_id = optional_organization(request.organization_id.as_deref())?;
    let modules = context.store.read(|db| {
        let owners = owning_organizations(db, &context.identity, organization_id.as_deref())?;
        modules::list_visible(db, &owners)?
            .iter()
            .map(|key| modules::get(db, key, include_markdown))
            .collect()
    })?;
    Ok(api::ListModulesResponse { modules })
}

/// Reads a module as a registry item. Other kinds of registry items do not exist in the
/// emulator, so any other ID is `NOT_FOUND`.
pub fn get_registry_item(
    context: &Context,
    request: api::GetRegistryItemRequest,
) -> Result<api::GetRegistryItemResponse> {
    let include_markdown = request.include_markdown_documentation.unwrap_or(false);
    let item = context.store.read(|db| {
        let key = find_readable(db, &context.identity, &request.item_id)?;
        modules::registry_item(db, &key, include_markdown)
    })?;
    Ok(api::GetRegistryItemResponse { item: Some(item) })
}

/// Lists modules as registry items, filtered like ListModules and then by the request's
/// types, visibilities, platforms, namespaces and search term. Filters on statuses, source
/// types and languages are not applied because the emulator does not track them.
pub fn list_registry_items(
    context: &Context,
    request: api::ListRegistryItemsRequest,
) -> Result<api::ListRegistryItemsResponse> {
    let include_markdown = request.include_markdown_documentation.unwrap_or(false);
    let organization_id = optional_organization(request.organization_id.as_deref())?;
    let wants_modules =
        request.types.is_empty() || request.types.contains(&(PackageType::Module as i32));
    if !wants_modules {
        return Ok(api::ListRegistryItemsResponse { items: Vec::new() });
    }
    let search = request
        .search_term
        .as_deref()
        .map(str::to_lowercase)
        .filter(|term| !term.is_empty());
    let items = context.store.read(|db| {
        let owners = owning_organizations(db, &context.identity, organization_id.as_deref())?;
        let mut items = Vec::new();
        for key in modules::list_visible(db, &owners)? {
            let item = modules::registry_item(db, &key, include_markdown)?;
            if matches_filters(&item, &request, search.as_deref()) {
                items.push(item);
            }
        }
        Ok(items)
    })?;
    Ok(api::ListRegistryItemsResponse { items })
}

fn matches_filters(
    item: &api::RegistryItem,
    request: &api::ListRegistryItemsRequest,
    search: Option<&str>,
) -> bool {
    let visibility_matches =
        request.visibilities.is_empty() || request.visibilities.contains(&item.visibility);
    let namespace_matches = request.public_namespaces.is_empty()
        || request.public_namespaces.contains(&item.public_namespace);
    let search_matches = search.is_none_or(|term| {
        item.name.to_lowercase().contains(term) || item.description.to_lowercase().contains(term)
    });
    let platform_matches = request.platforms.is_empty()
        || match &item.metadata {
            Some(api::registry_item::Metadata::ModuleMetadata(metadata)) => metadata
                .versions
                .iter()
                .flat_map(|version| &version.files)
                .any(|file| request.platforms.contains(&file.platform)),
            _ => false,
        };
    visibility_matches && namespace_matches && search_matches && platform_matches
}

/// Deletes a module with all its uploaded files.
pub fn delete_registry_item(
    context: &Context,
    request: api::DeleteRegistryItemRequest,
) -> Result<api::DeleteRegistryItemResponse> {
    let files = context.store.write(|db| {
        let key = find_owned(db, &context.identity, &request.item_id, Permission::Write)?;
        modules::delete(db, &key)
    })?;
    for file in files {
        let path = context.store.modules_dir().join(&file);
        if let Err(error) = std::fs::remove_file(&path) {
            tracing::warn!(
                path = %path.display(),
                error = %error,
                item_id = %request.item_id,
                "failed to remove a deleted module's file"
            );
        }
    }
    Ok(api::DeleteRegistryItemResponse {})
}

/// Returns the registry page URL of `module_id`.
pub fn registry_url(module_id: &str) -> String {
    format!("{REGISTRY_URL}/{}", module_id.replacen(':', "/", 1))
}

/// Checks a module name: lowercase ASCII letters, digits, `-` and `_`, starting with a letter
/// or digit, at most 200 characters.
pub fn validate_name(name: &str) -> Result<()> {
    if name.is_empty() {
        return Err(Error::invalid_argument("missing `name`"));
    }
    let valid = name.len() <= MAX_MODULE_NAME_LEN
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric());
    if valid {
        Ok(())
    } else {
        Err(Error::invalid_argument(format!(
            "invalid module name {name:?}: use up to {MAX_MODULE_NAME_LEN} lowercase letters, \
             digits, `-` and `_`, starting with a letter or digit"
        )))
    }
}

/// Checks a module version: a semantic version such as `1.2.0`, without a leading `v`.
pub fn validate_version(version: &str) -> Result<()> {
    if version.is_empty() {
        return Err(Error::invalid_argument("missing `version`"));
    }
    semver::Version::parse(version).map_err(|error| {
        Error::invalid_argument(format!(
            "invalid `version` {version:?}: {error}; use a semantic version such as 1.2.0"
        ))
    })?;
    Ok(())
}

pub fn validate_platform(platform: &str) -> Result<()> {
    if PLATFORMS.contains(&platform) {
        return Ok(());
    }
    Err(Error::invalid_argument(format!(
        "invalid `platform` {platform:?}: use one of {}",
        PLATFORMS.join(", ")
    )))
}

/// Finds a module and checks `permission` on its organization.
pub fn find_owned(
    db: &Connection,
    identity: &Identity,
    module_id: &str,
    permission: Permission,
) -> Result<ModuleKey> {
    let key = find(db, module_id)?;
    require(
        db,
        identity,
        permission,
        Resource::Organization(&key.organization_id),
    )?;
    Ok(key)
}

/// Finds a module the caller may read: a public or unlisted one, or one of an organization
/// where the caller has Read.
fn find_readable(db: &Connection, identity: &Identity, module_id: &str) -> Result<ModuleKey> {
    let key = find(db, module_id)?;
    if modules::visibility(db, &key)? != api::Visibility::Private {
        return Ok(key);
    }
    require(
        db,
        identity,
        Permission::Read,
        Resource::Organization(&key.organization_id),
    )?;
    Ok(key)
}

fn find(db: &Connection, module_id: &str) -> Result<ModuleKey> {
    if module_id.is_empty() {
        return Err(Error::invalid_argument("missing `module_id`"));
    }
    modules::find(db, module_id)
}

fn optional_organization(organization_id: Option<&str>) -> Result<Option<String>> {
    match organization_id.filter(|id| !id.is_empty()) {
        Some(id) => Ok(Some(ids::uuid_field("organization_id", id)?)),
        None => Ok(None),
    }
}

/// Returns the organizations whose private modules a listing includes: the given one after
/// checking Read on it, else every organization the caller belongs to.
fn owning_organizations(
    db: &Connection,
    identity: &Identity,
    organization_id: Option<&str>,
) -> Result<Vec<String>> {
    match organization_id {
        Some(id) => {
            require(db, identity, Permission::Read, Resource::Organization(id))?;
            Ok(vec![id.to_owned()])
        }
        None => organizations::accessible_ids(db, identity),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::emulator::error::ErrorKind;

    use crate::emulator::app_service::test_support::{HOME, OTHER, contexts};

    fn create_in_home(home: &Context, name: &str, visibility: api::Visibility) -> String {
        let request = api::CreateModuleRequest {
            organization_id: HOME.into(),
            name: name.into(),
        };
        let module_id = create(home, request).unwrap().module_id;
        let change = api::UpdateModuleRequest {
            module_id: module_id.clone(),
            visibility: visibility as i32,
            ..Default::default()
        };
        update(home, change).unwrap();
        module_id
    }

    fn get_by(context: &Context, module_id: &str) -> Result<api::GetModuleResponse> {
        let request = api::GetModuleRequest {
            module_id: module_id.into(),
            include_markdown_documentation: None,
        };
        get(context, request)
    }

    #[test]
    fn private_module_hidden_from_other_org() {
        let (home, other) = contexts();
        let module_id = create_in_home(&home, "wheels", api::Visibility::Private);

        let error = get_by(&other, &module_id).unwrap_err();

        assert_eq!(error.kind, ErrorKind::PermissionDenied);
        assert!(get_by(&home, &module_id).is_ok());
    }

    #[test]
    fn other_org_lists_only_public_modules() {
        let (home, other) = contexts();
        create_in_home(&home, "secret", api::Visibility::Private);
        let unlisted = create_in_home(&home, "quiet", api::Visibility::PublicUnlisted);
        let public = create_in_home(&home, "shared", api::Visibility::Public);

        let listed = list(
            &other,
            api::ListModulesRequest {
                organization_id: Some(OTHER.into()),
                include_markdown_documentation: None,
            },
        )
        .unwrap();

        let ids: Vec<&str> = listed
            .modules
            .iter()
            .map(|m| m.module_id.as_str())
            .collect();
        assert_eq!(ids, [public.as_str()]);
        assert!(get_by(&other, &unlisted).is_ok());
    }

    #[test]
    fn other_org_cannot_update_module() {
        let (home, other) = contexts();
        let module_id = create_in_home(&home, "wheels", api::Visibility::Public);
        let change = api::UpdateModuleRequest {
            module_id,
            description: "hijacked".into(),
            ..Default::default()
        };

        let error = update(&other, change).unwrap_err();

        assert_eq!(error.kind, ErrorKind::PermissionDenied);
    }

    #[test]
    fn registry_item_describes_module() {
        let (home, _) = contexts();
        let module_id = create_in_home(&home, "wheels", api::Visibility::Private);

        let item = get_registry_item(
            &home,
            api::GetRegistryItemRequest {
                item_id: module_id.clone(),
                include_markdown_documentation: None,
            },
        )
        .unwrap()
        .item
        .unwrap();

        assert_eq!(item.item_id, module_id);
        assert_eq!(item.r#type, PackageType::Module as i32);
        assert!(matches!(
            item.metadata,
            Some(api::registry_item::Metadata::ModuleMetadata(_))
        ));
    }

    #[test]
    fn list_registry_items_filters_by_search_term() {
        let (home, _) = contexts();
        create_in_home(&home, "wheels", api::Visibility::Private);
        create_in_home(&home, "camera", api::Visibility::Private);
        let request = api::ListRegistryItemsRequest {
            organization_id: Some(HOME.into()),
            search_term: Some("WHEEL".into()),
            ..Default::default()
        };

        let items = list_registry_items(&home, request).unwrap().items;

        let names: Vec<&str> = items.iter().map(|item| item.name.as_str()).collect();
        assert_eq!(names, ["wheels"]);
    }

    #[test]
    fn delete_registry_item_removes_module() {
        let (home, _) = contexts();
        let module_id = create_in_home(&home, "wheels", api::Visibility::Private);

        delete_registry_item(
            &home,
            api::DeleteRegistryItemRequest {
                item_id: module_id.clone(),
            },
        )
        .unwrap();

        let error = get_by(&home, &module_id).unwrap_err();
        assert_eq!(error.kind, ErrorKind::NotFound);
    }

    #[test]
    fn version_and_platform_rules() {
        assert!(validate_version("1.2.0").is_ok());
        assert!(validate_version("1.2.0-rc.1").is_ok());
        for invalid in ["", "1.2", "v1.2.0", "one"] {
            assert!(validate_version(invalid).is_err(), "{invalid:?}");
        }
        assert!(validate_platform("linux/arm32v6").is_ok());
        assert!(validate_platform("linux/riscv64").is_err());
    }
}
