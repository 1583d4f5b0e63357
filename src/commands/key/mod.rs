//! `viamctl key`: API keys and their grants. A key's secret is shown only when it is created
//! or rotated.

use anyhow::Result;
use clap::Subcommand;
use serde_json::json;

use crate::cli::Confirm;
use crate::context::Context;
use crate::error::{Exit, UserError};
use crate::grant::{self, Grant, ResourceType, Role};
use crate::output::{Table, time_cell};
use crate::proto::viam::app::v1::{
    ApiKeyWithAuthorizations, CreateKeyFromExistingKeyAuthorizationsRequest, CreateKeyRequest,
    DeleteKeyRequest, ListKeysRequest, RenameKeyRequest, RotateKeyRequest,
};
use crate::{resolve, rpc};

#[derive(Subcommand, Debug)]
pub enum KeyCommand {
    Create(CreateArgs),
    List(ListArgs),
    Duplicate(DuplicateArgs),
    Rename(RenameArgs),
    Rotate(RotateArgs),
    Delete(DeleteArgs),
}

/// Create an API key and print it once
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Name of the key
    #[arg(long)]
    pub name: Option<String>,

    /// Role of the key, as ROLE:TYPE:ID (can be repeated; default: owner of the organization)
    #[arg(long = "grant", value_name = "GRANT", value_parser = grant::parse_arg)]
    pub grants: Vec<Grant>,

    /// Store the new key in this profile instead of printing it
    #[arg(long, value_name = "NAME")]
    pub save_profile: Option<String>,

    /// Replace the `--save-profile` profile if it already exists
    #[arg(long, requires = "save_profile")]
    pub force: bool,
}

/// List the organization's API keys with their grants (never their secrets)
#[derive(clap::Args, Debug)]
pub struct ListArgs {}

/// Create a new key with the same grants as an existing one
#[derive(clap::Args, Debug)]
pub struct DuplicateArgs {
    /// ID or name of the key to copy
    #[arg(value_name = "KEY")]
    pub key: String,

    /// Name of the new key
    #[arg(long)]
    pub name: Option<String>,
}

/// Rename an API key
#[derive(clap::Args, Debug)]
pub struct RenameArgs {
    /// ID or name of the key
    #[arg(value_name = "KEY")]
    pub key: String,

    /// New name
    pub name: String,
}

/// Replace a key's secret; the old secret stops working at once
#[derive(clap::Args, Debug)]
pub struct RotateArgs {
    /// ID or name of the key
    #[arg(value_name = "KEY")]
    pub key: String,
}

/// Delete an API key; tokens issued to it stop working
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// ID or name of the key
    #[arg(value_name = "KEY")]
    pub key: String,

    /// Allow deleting the key this command authenticates with
    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, command: KeyCommand) -> Result<()> {
    match command {
        KeyCommand::Create(args) => create(ctx, args).await,
        KeyCommand::List(args) => list(ctx, args).await,
        KeyCommand::Duplicate(args) => duplicate(ctx, args).await,
        KeyCommand::Rename(args) => rename(ctx, args).await,
        KeyCommand::Rotate(args) => rotate(ctx, args).await,
        KeyCommand::Delete(args) => delete(ctx, args).await,
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    // Everything that can fail locally is checked before CreateKey, because a key created
    // for a profile that cannot be saved is never shown and stays behind unusable.
    if let Some(name) = &args.save_profile {
        crate::commands::profile::validate_name(name)?;
        let existing = crate::profile::Store::open_default()?.load()?;
        if !args.force && existing.profiles.contains_key(name) {
            return Err(profile_exists_error(name)
                .with_hint(
                    "choose another name for `--save-profile`, or pass `--force` to replace it; \
                     no key was created",
                )
                .into());
        }
    }
    let org_id = resolve::org_id(ctx, None).await?;
    let grants = if args.grants.is_empty() {
        vec![Grant {
            role: Role::Owner,
            resource_type: ResourceType::Organization,
            resource: org_id.clone(),
        }]
    } else {
        args.grants
    };
    let mut authorizations = Vec::with_capacity(grants.len());
    for grant in &grants {
        let mut authorization = resolve::authorization(ctx, &org_id, grant).await?;
        authorization.identity_type = "api-key".into();
        authorizations.push(authorization);
    }
    let connection = ctx.connection().await?;

    let name = args.name.unwrap_or_default();
    let created = rpc!(
        connection,
        create_key,
        CreateKeyRequest {
            authorizations,
            name
        }
    )
    .await?;

    match args.save_profile {
        Some(profile) => save_profile(ctx, &profile, args.force, &created.id, &created.key),
        None => print_secret(ctx, &created.id, &created.key),
    }
}

async fn list(ctx: &Context, _args: ListArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;

    let keys = rpc!(connection, list_keys, ListKeysRequest { org_id })
        .await?
        .api_keys;

    let data = serde_json::Value::Array(keys.iter().map(key_json).collect());
    ctx.printer.print(&data, || {
        let mut table = Table::new(&["ID", "NAME", "CREATED", "GRANTS"]);
        for entry in &keys {
            let key = entry.api_key.clone().unwrap_or_default();
            let grants: Vec<String> = entry
                .authorizations
                .iter()
                .map(|a| {
                    crate::grant::display_authorization(
                        &a.authorization_id,
                        &a.resource_type,
                        &a.resource_id,
                    )
                })
                .collect();
            table.row(vec![
                key.id,
                crate::output::cell(&key.name),
                time_cell(key.created_on.as_ref()),
                grants.join(", "),
            ]);
        }
        table
    })
}

async fn duplicate(ctx: &Context, args: DuplicateArgs) -> Result<()> {
    let key_id = resolve::key_id(ctx, &args.key).await?;
    let connection = ctx.connection().await?;

    let request = CreateKeyFromExistingKeyAuthorizationsRequest { id: key_id };
    let created = rpc!(
        connection,
        create_key_from_existing_key_authorizations,
        request
    )
    .await?;
    if let Some(name) = args.name {
        rpc!(
            connection,
            rename_key,
            RenameKeyRequest {
                id: created.id.clone(),
                name
            }
        )
        .await?;
    }

    print_secret(ctx, &created.id, &created.key)
}

async fn rename(ctx: &Context, args: RenameArgs) -> Result<()> {
    resolve::require_non_empty(&args.key, "key")?;
    resolve::require_non_empty(&args.name, "key name")?;
    let key_id = resolve::key_id(ctx, &args.key).await?;
    let connection = ctx.connection().await?;

    let renamed = rpc!(
        connection,
        rename_key,
        RenameKeyRequest {
            id: key_id,
            name: args.name
        }
    )
    .await?;

    ctx.printer
        .print(&json!({"id": renamed.id, "name": renamed.name}), || {
            let mut table = Table::new(&["ID", "NAME"]);
            table.row(vec![renamed.id.clone(), renamed.name.clone()]);
            table
        })
}

async fn rotate(ctx: &Context, args: RotateArgs) -> Result<()> {
    let key_id = resolve::key_id(ctx, &args.key).await?;
    let connection = ctx.connection().await?;

    let rotated = rpc!(connection, rotate_key, RotateKeyRequest { id: key_id }).await?;

    print_secret(ctx, &rotated.id, &rotated.key)
}

async fn delete(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let key_id = resolve::key_id(ctx, &args.key).await?;
    let own_key = ctx.connection().await?.key_id() == key_id;
    if own_key && !args.force {
        return Err(UserError::usage(format!(
            "key {} is the key this command authenticates with",
            key_id
        ))
        .with_hint(
            "deleting it locks this profile out; pass `--force` as well as `--yes` to do it anyway",
        )
        .into());
    }
    ctx.confirm(args.confirm.yes, &format!("delete API key {}", key_id))?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        delete_key,
        DeleteKeyRequest { id: key_id.clone() }
    )
    .await?;

    ctx.printer.notice(&format!("deleted API key {}", key_id));
    Ok(())
}

/// Prints a new key's ID and secret, warning on stderr that the secret is not shown again.
fn print_secret(ctx: &Context, id: &str, key: &str) -> Result<()> {
    ctx.printer
        .notice("store the key now: it cannot be shown again");
    ctx.printer.print(&json!({"id": id, "key": key}), || {
        let mut table = Table::new(&["ID", "KEY"]);
        table.row(vec![id.to_string(), key.to_string()]);
        table
    })
}

/// Stores a new key in a profile with the endpoint of this invocation, printing only its ID.
fn save_profile(ctx: &Context, name: &str, force: bool, id: &str, key: &str) -> Result<()> {
    let app_url = ctx.app_url();
    let store = crate::profile::Store::open_default()?;
    store.update(|file| {
        // Checked again because another process may have added the profile since `create`
        // checked it.
        if !force && file.profiles.contains_key(name) {
            return Err(profile_exists_error(name)
                .with_hint(
                "choose another name for `--save-profile`; the key was created and is not shown",
            )
            .into());
        }
        let profile = crate::profile::Profile {
            key_id: id.to_string(),
            key: key.to_string(),
            app_url,
            ..Default::default()
        };
        file.profiles.insert(name.to_string(), profile);
        Ok(())
    })?;
    ctx.printer
        .notice(&format!("saved the new key in profile \"{name}\""));
    ctx.printer.print(&json!({"id": id, "profile": name}), || {
        let mut table = Table::new(&["ID", "PROFILE"]);
        table.row(vec![id.to_string(), name.to_string()]);
        table
    })
}

fn profile_exists_error(name: &str) -> UserError {
    UserError::new(Exit::Conflict, format!("profile \"{name}\" already exists"))
}

/// Renders a key without its secret field.
fn key_json(entry: &ApiKeyWithAuthorizations) -> serde_json::Value {
    let mut value = crate::output::to_json(entry);
    if let Some(key) = value.get_mut("api_key").and_then(|k| k.as_object_mut()) {
        key.remove("key");
    }
    value
}
