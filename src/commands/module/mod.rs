//! `viamctl module`: registry modules, their metadata and their uploaded versions.

mod archive;
mod update;
mod upload;

use anyhow::Result;
use clap::{Subcommand, ValueEnum};
use serde_json::json;

use crate::context::Context;
use crate::error::UserError;
use crate::output::{Table, cell, time_cell, to_json};
use crate::proto::viam::app::v1::{
    CreateModuleRequest, GetModuleRequest, ListModulesRequest, Module,
};
use crate::{resolve, rpc};

#[derive(Subcommand, Debug)]
pub enum ModuleCommand {
    Create(CreateArgs),
    Update(update::UpdateArgs),
    // Its `--version` names the module version, so the program's own flag is left out here.
    #[command(disable_version_flag = true)]
    Upload(upload::UploadArgs),
    Get(GetArgs),
    List(ListArgs),
}

/// Who may see a module
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Visibility {
    /// Only the owning organization
    Private,
    /// Everyone, listed in the registry
    Public,
    /// Everyone with its ID, not listed
    Unlisted,
}

impl Visibility {
    pub fn to_wire(self) -> crate::proto::viam::app::v1::Visibility {
        use crate::proto::viam::app::v1::Visibility as Wire;
        match self {
            Visibility::Private => Wire::Private,
            Visibility::Public => Wire::Public,
            Visibility::Unlisted => Wire::PublicUnlisted,
        }
    }

    /// Parses a `meta.json` visibility: the words `--visibility` takes, the words Viam's module
    /// tooling writes (`public_unlisted`), or the API's enum names (`VISIBILITY_PUBLIC`), in
    /// any case.
    pub fn from_meta(text: &str) -> Option<Self> {
        let lower = text.trim().to_ascii_lowercase();
        let word = lower.strip_prefix("visibility_").unwrap_or(&lower);
        match word {
            "private" => Some(Visibility::Private),
            "public" => Some(Visibility::Public),
            "public_unlisted" | "unlisted" => Some(Visibility::Unlisted),
            _ => None,
        }
    }
}

/// Create a module in the organization and print its ID
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Module name: lowercase letters, digits, `-` and `_`
    pub name: String,
}

/// Show a module with its versions, platforms and models
#[derive(clap::Args, Debug)]
pub struct GetArgs {
    /// Module ID (`namespace:name` or `org-id:name`), or name in the organization
    pub module: String,
}

/// List the modules the organization can see
#[derive(clap::Args, Debug)]
pub struct ListArgs {}

pub async fn run(ctx: &Context, command: ModuleCommand) -> Result<()> {
    match command {
        ModuleCommand::Create(args) => create(ctx, args).await,
        ModuleCommand::Update(args) => update::run(ctx, args).await,
        ModuleCommand::Upload(args) => upload::run(ctx, args).await,
        ModuleCommand::Get(args) => get(ctx, args).await,
        ModuleCommand::List(args) => list(ctx, args).await,
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    validate_name(&args.name)?;
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;

    let request = CreateModuleRequest {
        organization_id: org_id,
        name: args.name,
    };
    let created = rpc!(connection, create_module, request).await?;

    ctx.printer.print(
        &json!({"module_id": created.module_id, "url": created.url}),
        || {
            let mut table = Table::new(&["MODULE_ID", "URL"]);
            table.row(vec![created.module_id.clone(), created.url.clone()]);
            table
        },
    )
}

async fn get(ctx: &Context, args: GetArgs) -> Result<()> {
    let module = fetch(ctx, &args.module).await?;

    if ctx.printer.is_structured() {
        return ctx.printer.print_data(&to_json(&module));
    }
    let mut detail = Table::new(&["FIELD", "VALUE"]);
    detail.row(vec!["module_id".into(), module.module_id.clone()]);
    detail.row(vec![
        "visibility".into(),
        visibility_word(module.visibility).into(),
    ]);
    detail.row(vec!["url".into(), cell(&module.url)]);
    detail.row(vec!["description".into(), cell(&module.description)]);
    detail.row(vec!["entrypoint".into(), cell(&module.entrypoint)]);
    let models: Vec<String> = module
        .models
        .iter()
        .map(|m| format!("{} {}", m.api, m.model))
        .collect();
    detail.row(vec!["models".into(), cell(&models.join(", "))]);
    detail.row(vec![
        "machines_using".into(),
        module.total_robot_usage.to_string(),
    ]);
    detail.row(vec![
        "organizations_using".into(),
        module.total_organization_usage.to_string(),
    ]);
    ctx.printer.print_table(&detail)?;
    ctx.printer.print_text("")?;
    let mut versions = Table::new(&["VERSION", "PLATFORM", "UPLOADED"]);
    for version in &module.versions {
        for file in &version.files {
            versions.row(vec![
                version.version.clone(),
                file.platform.clone(),
                time_cell(file.uploaded_at.as_ref()),
            ]);
        }
    }
    ctx.printer.print_table(&versions)
}

async fn list(ctx: &Context, _args: ListArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;

    let request = ListModulesRequest {
        organization_id: Some(org_id),
        include_markdown_documentation: None,
    };
    let modules = rpc!(connection, list_modules, request).await?.modules;

    ctx.printer
        .print(&crate::output::list_to_json(&modules), || {
            let mut table =
                Table::new(&["MODULE_ID", "VISIBILITY", "VERSIONS", "LATEST", "MACHINES"]);
            for module in &modules {
                table.row(vec![
                    module.module_id.clone(),
                    visibility_word(module.visibility).into(),
                    module.versions.len().to_string(),
                    cell(
                        module
                            .versions
                            .last()
                            .map(|v| v.version.as_str())
                            .unwrap_or_default(),
                    ),
                    module.total_robot_usage.to_string(),
                ]);
            }
            table
        })
}

/// Fetches a module by ID (`namespace:name`, `org-id:name`) or by name in the organization.
pub async fn fetch(ctx: &Context, given: &str) -> Result<Module> {
    let module_id = module_id(ctx, given).await?;
    let connection = ctx.connection().await?;
    let request = GetModuleRequest {
        module_id,
        include_markdown_documentation: None,
    };
    Ok(rpc!(connection, get_module, request)
        .await?
        .module
        .unwrap_or_default())
}

/// Resolves a module ID; a bare name is looked up among the organization's modules.
pub async fn module_id(ctx: &Context, given: &str) -> Result<String> {
    resolve::require_non_empty(given, "module")?;
    if given.contains(':') {
        return Ok(given.to_string());
    }
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;
    let request = ListModulesRequest {
        organization_id: Some(org_id.clone()),
        include_markdown_documentation: None,
    };
    let modules = rpc!(connection, list_modules, request).await?.modules;
    let found = modules
        .into_iter()
        .find(|m| m.name == given && m.organization_id == org_id);
    found.map(|m| m.module_id).ok_or_else(|| {
        UserError::not_found(format!("module \"{given}\" not found in this organization"))
            .with_hint(
                "list modules with `viamctl module list`, or pass the module ID (`namespace:name`)",
            )
            .into()
    })
}

fn validate_name(name: &str) -> Result<()> {
    let valid = !name.is_empty()
        && name.len() <= 200
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
        && name.starts_with(|c: char| c.is_ascii_alphanumeric());
    if valid {
        Ok(())
    } else {
        Err(UserError::usage(format!("invalid module name \"{name}\""))
            .with_hint(
                "use lowercase letters, digits, `-` and `_`, starting with a letter or digit",
            )
            .into())
    }
}

fn visibility_word(visibility: i32) -> &'static str {
    use crate::proto::viam::app::v1::Visibility as Wire;
    match Wire::try_from(visibility) {
        Ok(Wire::Private) => "private",
        Ok(Wire::Public) => "public",
        Ok(Wire::PublicUnlisted) => "unlisted",
        _ => "-",
    }
}
