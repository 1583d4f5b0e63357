use anyhow::Result;
use clap::Subcommand;

use crate::cli::Confirm;
use crate::context::Context;
use crate::error::UserError;
use crate::output::{Table, list_to_json, time_cell};
use crate::proto::viam::app::v1::{
    CreateLocationSecretRequest, DeleteLocationSecretRequest, LocationAuthRequest, SharedSecret,
    shared_secret::State,
};
use crate::{resolve, rpc};

/// Show a location's secrets
#[derive(clap::Args, Debug)]
pub struct SecretsArgs {
    /// Location ID or name
    pub location: String,
}

#[derive(Subcommand, Debug)]
pub enum SecretCommand {
    Create(CreateArgs),
    Delete(DeleteArgs),
}

/// Create a new location secret and print it
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Location ID or name
    pub location: String,
}

/// Delete a location secret
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// Location ID or name
    pub location: String,

    /// ID of the secret (see `viamctl location secrets`)
    pub secret_id: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, command: SecretCommand) -> Result<()> {
    match command {
        SecretCommand::Create(args) => create(ctx, args).await,
        SecretCommand::Delete(args) => delete(ctx, args).await,
    }
}

pub async fn list(ctx: &Context, args: SecretsArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let location = resolve::location(ctx, &org_id, &args.location).await?;
    let connection = ctx.connection().await?;

    let request = LocationAuthRequest {
        location_id: location.id,
    };
    let secrets = rpc!(connection, location_auth, request)
        .await?
        .auth
        .unwrap_or_default()
        .secrets;

    ctx.printer
        .print(&list_to_json(&secrets), || secret_table(&secrets))
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let location = resolve::location(ctx, &org_id, &args.location).await?;
    let before: Vec<String> = location
        .auth
        .as_ref()
        .map(|a| a.secrets.iter().map(|s| s.id.clone()).collect())
        .unwrap_or_default();
    let connection = ctx.connection().await?;

    let request = CreateLocationSecretRequest {
        location_id: location.id,
    };
    let secrets = rpc!(connection, create_location_secret, request)
        .await?
        .auth
        .unwrap_or_default()
        .secrets;

    let created: Vec<SharedSecret> = secrets
        .into_iter()
        .filter(|s| !before.contains(&s.id))
        .collect();
    ctx.printer
        .print(&list_to_json(&created), || secret_table(&created))
}

async fn delete(ctx: &Context, args: DeleteArgs) -> Result<()> {
    resolve::require_non_empty(&args.secret_id, "secret")?;
    let org_id = resolve::org_id(ctx, None).await?;
    let location = resolve::location(ctx, &org_id, &args.location).await?;
    let known = location
        .auth
        .as_ref()
        .is_some_and(|a| a.secrets.iter().any(|s| s.id == args.secret_id));
    if location.auth.is_some() && !known {
        return Err(UserError::not_found(format!(
            "secret {} not found in location \"{}\"",
            args.secret_id, location.name
        ))
        .with_hint(format!(
            "list its secrets with `viamctl location secrets {}`",
            location.id
        ))
        .into());
    }
    ctx.confirm(
        args.confirm.yes,
        &format!(
            "delete secret {} of location \"{}\"",
            args.secret_id, location.name
        ),
    )?;
    let connection = ctx.connection().await?;

    let request = DeleteLocationSecretRequest {
        location_id: location.id.clone(),
        secret_id: args.secret_id.clone(),
    };
    rpc!(connection, delete_location_secret, request).await?;

    ctx.printer.notice(&format!(
        "deleted secret {} of location \"{}\"",
        args.secret_id, location.name
    ));
    Ok(())
}

fn secret_table(secrets: &[SharedSecret]) -> Table {
    let mut table = Table::new(&["ID", "SECRET", "STATE", "CREATED"]);
    for secret in secrets {
        let state = State::try_from(secret.state).map_or("unknown", |s| match s {
            State::Enabled => "enabled",
            State::Disabled => "disabled",
            State::Unspecified => "-",
        });
        table.row(vec![
            secret.id.clone(),
            secret.secret.clone(),
            state.into(),
            time_cell(secret.created_on.as_ref()),
        ]);
    }
    table
}
