use anyhow::Result;
use prost_types::Timestamp;

use crate::context::Context;
use crate::error::{Exit, UserError};
use crate::output::to_json;
use crate::proto::viam::app::v1::{GetFragmentRequest, UpdateFragmentRequest};
use crate::{resolve, rpc};

/// Change a fragment's name, config or visibility; only what is given changes
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// Fragment ID, or name within the organization
    pub fragment: String,

    /// New name
    #[arg(long)]
    pub name: Option<String>,

    /// New config: a JSON file, or `-` for stdin. The output of `fragment get -o json` is
    /// accepted too: its config is used and its `last_updated` guards the write
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,

    /// Who may see it
    #[arg(long, value_enum)]
    pub visibility: Option<super::Visibility>,

    /// Fail with exit code 5 if the fragment changed after this time (RFC 3339)
    #[arg(long, value_name = "TIMESTAMP", value_parser = parse_timestamp)]
    pub if_unchanged_since: Option<Timestamp>,
}

pub async fn run(ctx: &Context, args: UpdateArgs) -> Result<()> {
    if args.name.is_none() && args.config.is_none() && args.visibility.is_none() {
        return Err(UserError::usage("nothing to update")
            .with_hint("pass `--name`, `--config FILE` or `--visibility`")
            .into());
    }
    if let Some(name) = &args.name {
        resolve::require_non_empty(name, "fragment")?;
    }
    let (config, read_at) = match &args.config {
        Some(source) => {
            let (object, _) = crate::config::read(source)?;
            split_get_output(object)?
        }
        None => (None, None),
    };
    let org_id = resolve::org_id(ctx, None).await?;
    let id = super::fragment_id(ctx, &org_id, &args.fragment).await?;
    let connection = ctx.connection().await?;

    let request = GetFragmentRequest {
        id: id.clone(),
        current_organization_id: org_id,
        version: None,
    };
    let current = rpc!(connection, get_fragment, request)
        .await?
        .fragment
        .unwrap_or_default();
    let guard = args.if_unchanged_since.or(read_at).or(current.last_updated);
    let request = UpdateFragmentRequest {
        id,
        name: args.name.unwrap_or_else(|| current.name.clone()),
        config: config
            .or_else(|| current.fragment.clone())
            .or_else(|| Some(Default::default())),
        public: None,
        visibility: args.visibility.map(|v| v.to_wire() as i32),
        last_known_update: guard,
        fragment_config_json: None,
    };
    let updated = match rpc!(connection, update_fragment, request).await {
        Ok(response) => response.fragment.unwrap_or_default(),
        Err(error) if crate::error::exit_for(&error) == Exit::Conflict => {
            return Err(error.context(
                UserError::new(
                    Exit::Conflict,
                    format!("fragment \"{}\" changed since it was read", current.name),
                )
                .with_hint("read it again and reapply the change"),
            ));
        }
        Err(error) => return Err(error),
    };

    ctx.printer
        .print(&to_json(&updated), || super::fragment_detail(&updated))
}

/// Accepts either a plain config object or the whole `fragment get -o json` document, whose
/// `fragment` is the config and whose `last_updated` guards the write.
fn split_get_output(
    object: serde_json::Map<String, serde_json::Value>,
) -> Result<(Option<prost_types::Struct>, Option<Timestamp>)> {
    let is_get_output = object.contains_key("id")
        && object
            .get("fragment")
            .is_some_and(serde_json::Value::is_object)
        && object
            .get("last_updated")
            .is_some_and(serde_json::Value::is_string);
    if !is_get_output {
        let config = crate::structjson::json_to_struct(&object)
            .map_err(|e| UserError::usage(e.to_string()))?;
        return Ok((Some(config), None));
    }
    let last_updated = object["last_updated"].as_str().unwrap_or_default();
    let read_at = parse_timestamp(last_updated).map_err(UserError::usage)?;
    let config = object["fragment"].as_object().cloned().unwrap_or_default();
    let config =
        crate::structjson::json_to_struct(&config).map_err(|e| UserError::usage(e.to_string()))?;
    Ok((Some(config), Some(read_at)))
}

fn parse_timestamp(text: &str) -> Result<Timestamp, String> {
    chrono::DateTime::parse_from_rfc3339(text)
        .map(|time| Timestamp {
            seconds: time.timestamp(),
            nanos: time.timestamp_subsec_nanos() as i32,
        })
        .map_err(|error| {
            format!("invalid timestamp `{text}`: {error}; use RFC 3339, e.g. 2026-12-04T09:15:02Z")
        })
}
