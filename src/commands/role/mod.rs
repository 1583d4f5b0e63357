//! `viamctl role`: grant, revoke, list and check roles of users and API keys.

mod check;
mod list;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::grant::{self, Grant};
use crate::proto::viam::app::v1::{
    AddRoleRequest, Authorization, ChangeRoleRequest, RemoveRoleRequest,
};
use crate::resolve::{self, Identity};
use crate::rpc;

#[derive(Subcommand, Debug)]
pub enum RoleCommand {
    Add(GrantArgs),
    Remove(RemoveArgs),
    Change(ChangeArgs),
    List(list::ListArgs),
    Check(check::CheckArgs),
}

/// Grant a role to a user or API key
#[derive(clap::Args, Debug)]
pub struct GrantArgs {
    /// User ID, member email, or API key ID or name
    pub identity: String,

    /// Role to grant, as ROLE:TYPE:ID (e.g. `operator:location:lab`)
    #[arg(value_parser = grant::parse_arg)]
    pub grant: Grant,
}

/// Revoke a role from a user or API key
#[derive(clap::Args, Debug)]
pub struct RemoveArgs {
    /// User ID, member email, or API key ID or name
    pub identity: String,

    /// Role to revoke, as ROLE:TYPE:ID
    #[arg(value_parser = grant::parse_arg)]
    pub grant: Grant,

    #[command(flatten)]
    pub confirm: crate::cli::Confirm,
}

/// Replace one role of a user or API key with another
#[derive(clap::Args, Debug)]
pub struct ChangeArgs {
    /// User ID, member email, or API key ID or name
    pub identity: String,

    /// Role held now, as ROLE:TYPE:ID
    #[arg(long, value_parser = grant::parse_arg)]
    pub from: Grant,

    /// Role to hold instead, as ROLE:TYPE:ID
    #[arg(long, value_parser = grant::parse_arg)]
    pub to: Grant,
}

pub async fn run(ctx: &Context, command: RoleCommand) -> Result<()> {
    match command {
        RoleCommand::Add(args) => add(ctx, args).await,
        RoleCommand::Remove(args) => remove(ctx, args).await,
        RoleCommand::Change(args) => change(ctx, args).await,
        RoleCommand::List(args) => list::run(ctx, args).await,
        RoleCommand::Check(args) => check::run(ctx, args).await,
    }
}

async fn add(ctx: &Context, args: GrantArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let identity = resolve::identity(ctx, &org_id, &args.identity).await?;
    let authorization = for_identity(ctx, &org_id, &args.grant, &identity).await?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        add_role,
        AddRoleRequest {
            authorization: Some(authorization)
        }
    )
    .await?;

    ctx.printer.notice(&format!(
        "granted {} to {}",
        args.grant,
        describe(&identity)
    ));
    Ok(())
}

async fn remove(ctx: &Context, args: RemoveArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let identity = resolve::identity(ctx, &org_id, &args.identity).await?;
    let authorization = for_identity(ctx, &org_id, &args.grant, &identity).await?;
    ctx.confirm(
        args.confirm.yes,
        &format!("revoke {} from {}", args.grant, describe(&identity)),
    )?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        remove_role,
        RemoveRoleRequest {
            authorization: Some(authorization)
        }
    )
    .await?;

    ctx.printer.notice(&format!(
        "revoked {} from {}",
        args.grant,
        describe(&identity)
    ));
    Ok(())
}

async fn change(ctx: &Context, args: ChangeArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let identity = resolve::identity(ctx, &org_id, &args.identity).await?;
    let old = for_identity(ctx, &org_id, &args.from, &identity).await?;
    let new = for_identity(ctx, &org_id, &args.to, &identity).await?;
    let connection = ctx.connection().await?;

    let request = ChangeRoleRequest {
        old_authorization: Some(old),
        new_authorization: Some(new),
    };
    rpc!(connection, change_role, request).await?;

    ctx.printer.notice(&format!(
        "changed {} to {} for {}",
        args.from,
        args.to,
        describe(&identity)
    ));
    Ok(())
}

/// Builds the wire authorization of `grant` for `identity`.
async fn for_identity(
    ctx: &Context,
    org_id: &str,
    grant: &Grant,
    identity: &Identity,
) -> Result<Authorization> {
    let mut authorization = resolve::authorization(ctx, org_id, grant).await?;
    authorization.identity_id = identity.id.clone();
    authorization.identity_type = identity.kind.to_string();
    Ok(authorization)
}

fn describe(identity: &Identity) -> String {
    match (identity.kind, identity.label.is_empty()) {
        ("api-key", true) => format!("API key {}", identity.id),
        ("api-key", false) => format!("API key \"{}\" ({})", identity.label, identity.id),
        (_, true) => format!("user {}", identity.id),
        (_, false) => format!("{} ({})", identity.label, identity.id),
    }
}
