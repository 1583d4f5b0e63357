use std::path::PathBuf;

use anyhow::Result;
use serde::Deserialize;

use crate::context::Context;
use crate::error::UserError;
use crate::proto::viam::app::v1::{Model, Module, UpdateModuleRequest};
use crate::rpc;

/// Change a module's metadata, from flags or a `meta.json`; flags win over the file
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// Module ID (`namespace:name` or `org-id:name`), or name in the organization
    pub module: String,

    /// Read metadata from this `meta.json`
    #[arg(long, value_name = "FILE")]
    pub meta: Option<PathBuf>,

    /// Source or documentation URL
    #[arg(long)]
    pub url: Option<String>,

    /// One-line description
    #[arg(long)]
    pub description: Option<String>,

    /// Path of the executable inside uploaded archives
    #[arg(long)]
    pub entrypoint: Option<String>,

    /// Who may see the module
    #[arg(long, value_enum)]
    pub visibility: Option<super::Visibility>,

    /// JSON file with a list of `{"api": ..., "model": ...}` models
    #[arg(long, value_name = "FILE")]
    pub models: Option<PathBuf>,
}

/// The fields of a `meta.json` that describe a module.
#[derive(Debug, Default, Deserialize)]
pub struct Meta {
    #[serde(default)]
    pub module_id: Option<String>,
    #[serde(default)]
    pub visibility: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub models: Option<Vec<MetaModel>>,
    #[serde(default)]
    pub entrypoint: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MetaModel {
    pub api: String,
    pub model: String,
}

pub async fn run(ctx: &Context, args: UpdateArgs) -> Result<()> {
    let meta = match &args.meta {
        Some(path) => read_meta(path)?,
        None => Meta::default(),
    };
    let visibility = match (args.visibility, &meta.visibility) {
        (Some(visibility), _) => Some(visibility),
        (None, Some(text)) => Some(super::Visibility::from_meta(text).ok_or_else(|| {
            UserError::usage(format!(
                "invalid visibility \"{text}\" in meta.json: expected private, public or unlisted"
            ))
            .with_hint("`public_unlisted` and the API's names such as `VISIBILITY_PUBLIC` work too")
        })?),
        (None, None) => None,
    };
    let models = match &args.models {
        Some(path) => Some(read_models(path)?),
        None => meta.models.clone(),
    };
    let nothing = args.url.is_none()
        && args.description.is_none()
        && args.entrypoint.is_none()
        && visibility.is_none()
        && models.is_none()
        && meta.url.is_none()
        && meta.description.is_none()
        && meta.entrypoint.is_none();
    if nothing {
        return Err(UserError::usage("nothing to update")
            .with_hint("pass `--meta meta.json` or at least one of `--url`, `--description`, `--entrypoint`, `--visibility`, `--models`")
            .into());
    }
    let module_arg = if args.module.is_empty() {
        meta.module_id.clone().unwrap_or_default()
    } else {
        args.module.clone()
    };
    let current = super::fetch(ctx, &module_arg).await?;
    if let Some(meta_id) = meta.module_id.as_deref().filter(|id| !id.is_empty()) {
        check_meta_module(&current, meta_id)?;
    }
    let connection = ctx.connection().await?;

    // The request has no presence for these fields, so whatever is not changed is sent as it is now.
    let request = UpdateModuleRequest {
        module_id: current.module_id.clone(),
        visibility: visibility.map_or(current.visibility, |v| v.to_wire() as i32),
        url: args.url.or(meta.url).unwrap_or(current.url),
        description: args
            .description
            .or(meta.description)
            .unwrap_or(current.description),
        models: models.map_or(current.models, |models| {
            models.into_iter().map(to_model).collect()
        }),
        entrypoint: args
            .entrypoint
            .or(meta.entrypoint)
            .unwrap_or(current.entrypoint),
        first_run: current.first_run,
        apps: current.apps,
        markdown_description: current.markdown_description,
    };
    let url = rpc!(connection, update_module, request).await?.url;

    ctx.printer
        .notice(&format!("updated module {}", current.module_id));
    ctx.printer.print(
        &serde_json::json!({"module_id": current.module_id, "url": url}),
        || {
            let mut table = crate::output::Table::new(&["MODULE_ID", "URL"]);
            table.row(vec![current.module_id.clone(), url.clone()]);
            table
        },
    )
}

/// Reads a `meta.json`, naming the file, line and column of any error.
pub fn read_meta(path: &std::path::Path) -> Result<Meta> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| UserError::usage(format!("cannot read {}: {error}", path.display())))?;
    serde_json::from_str(&text).map_err(|error| {
        UserError::usage(format!(
            "invalid meta.json {} at line {}, column {}: {}",
            path.display(),
            error.line(),
            error.column(),
            crate::config::strip_position(&error.to_string())
        ))
        .into()
    })
}

fn read_models(path: &std::path::Path) -> Result<Vec<MetaModel>> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| UserError::usage(format!("cannot read {}: {error}", path.display())))?;
    serde_json::from_str(&text).map_err(|error| {
        UserError::usage(format!(
            "invalid models file {} at line {}, column {}: {}; expected a list of {{\"api\": ..., \"model\": ...}}",
            path.display(),
            error.line(),
            error.column(),
            crate::config::strip_position(&error.to_string())
        ))
        .into()
    })
}

/// Rejects a `meta.json` written for another module. A module ID may name its organization
/// by namespace or by ID, so both forms of the module's own ID match.
fn check_meta_module(module: &Module, meta_id: &str) -> Result<()> {
    let by_org_id = format!("{}:{}", module.organization_id, module.name);
    if meta_id == module.module_id || meta_id == by_org_id {
        return Ok(());
    }
    Err(UserError::usage(format!(
        "meta.json is for module \"{meta_id}\", but the module to update is \"{}\"",
        module.module_id
    ))
    .with_hint("pass the `meta.json` of this module, or fix its `module_id`")
    .into())
}

fn to_model(model: MetaModel) -> Model {
    Model {
        api: model.api,
        model: model.model,
        ..Default::default()
    }
}
