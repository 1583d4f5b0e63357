use anyhow::Result;
use clap::Subcommand;

use crate::cli::Confirm;
use crate::context::Context;
use crate::error::UserError;
use crate::output::{Table, list_to_json, time_cell};
use crate::proto::viam::app::v1::{
    CreateRobotPartSecretRequest, DeleteRobotPartSecretRequest, SharedSecret,
};
use crate::rpc;

#[derive(Subcommand, Debug)]
pub enum SecretCommand {
    List(ListArgs),
    Create(CreateArgs),
    Delete(DeleteArgs),
}

/// Show a part's secrets
#[derive(clap::Args, Debug)]
pub struct ListArgs {
    #[command(flatten)]
    pub part: super::PartRef,
}

/// Create a part secret and print it once
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    #[command(flatten)]
    pub part: super::PartRef,
}

/// Delete a part secret
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// Part ID
    pub part: String,

    /// ID of the secret (see `viamctl part secret list`)
    pub secret_id: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, command: SecretCommand) -> Result<()> {
    match command {
        SecretCommand::List(args) => list(ctx, args).await,
        SecretCommand::Create(args) => create(ctx, args).await,
        SecretCommand::Delete(args) => delete(ctx, args).await,
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;
    ctx.printer
        .print(&list_to_json(&part.secrets), || secret_table(&part.secrets))
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;
    let before: Vec<String> = part.secrets.iter().map(|s| s.id.clone()).collect();
    let connection = ctx.connection().await?;

    let request = CreateRobotPartSecretRequest {
        part_id: part.id.clone(),
    };
    let updated = rpc!(connection, create_robot_part_secret, request)
        .await?
        .part
        .unwrap_or_default();

    let created: Vec<SharedSecret> = updated
        .secrets
        .into_iter()
        .filter(|s| !before.contains(&s.id))
        .collect();
    ctx.printer
        .notice("store the secret now: only owners of the machine can list it again");
    ctx.printer
        .print(&list_to_json(&created), || secret_table(&created))
}

async fn delete(ctx: &Context, args: DeleteArgs) -> Result<()> {
    crate::resolve::require_non_empty(&args.secret_id, "secret")?;
    let part = crate::resolve::part(ctx, Some(&args.part), None).await?;
    if !part.secrets.iter().any(|s| s.id == args.secret_id) {
        return Err(UserError::not_found(format!(
            "secret {} not found in part \"{}\"",
            args.secret_id, part.name
        ))
        .with_hint(format!(
            "list its secrets with `viamctl part secret list {}`",
            part.id
        ))
        .into());
    }
    ctx.confirm(
        args.confirm.yes,
        &format!("delete secret {} of part \"{}\"", args.secret_id, part.name),
    )?;
    let connection = ctx.connection().await?;

    let request = DeleteRobotPartSecretRequest {
        part_id: part.id.clone(),
        secret_id: args.secret_id.clone(),
    };
    rpc!(connection, delete_robot_part_secret, request).await?;

    ctx.printer.notice(&format!(
        "deleted secret {} of part \"{}\"",
        args.secret_id, part.name
    ));
    Ok(())
}

fn secret_table(secrets: &[SharedSecret]) -> Table {
    let mut table = Table::new(&["ID", "SECRET", "CREATED"]);
    for secret in secrets {
        table.row(vec![
            secret.id.clone(),
            secret.secret.clone(),
            time_cell(secret.created_on.as_ref()),
        ]);
    }
    table
}
