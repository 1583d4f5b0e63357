use anyhow::Result;
use clap::Subcommand;

use crate::cli::Confirm;
use crate::context::Context;
use crate::error::UserError;
use crate::grant::{self, Grant, ResourceType, Role};
use crate::output::{Table, time_cell, to_json};
use crate::proto::viam::app::v1::{
    Authorization, CreateOrganizationInviteRequest, DeleteOrganizationInviteRequest,
    OrganizationInvite, ResendOrganizationInviteRequest,
    UpdateOrganizationInviteAuthorizationsRequest,
};
use crate::{resolve, rpc};

#[derive(Subcommand, Debug)]
pub enum InviteCommand {
    Create(CreateArgs),
    Update(UpdateArgs),
    Delete(DeleteArgs),
    Resend(ResendArgs),
}

/// Invite someone to the organization by email
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Email address to invite
    pub email: String,

    /// Role to grant, as ROLE:TYPE:ID (can be repeated; default: owner of the organization)
    #[arg(long = "grant", value_name = "GRANT", value_parser = grant::parse_arg)]
    pub grants: Vec<Grant>,

    /// Create the invite without sending an email
    #[arg(long)]
    pub no_email: bool,
}

/// Add or remove roles of a pending invite
#[derive(clap::Args, Debug)]
pub struct UpdateArgs {
    /// Email address of the invite
    pub email: String,

    /// Role to add, as ROLE:TYPE:ID (can be repeated)
    #[arg(long = "add", value_name = "GRANT", value_parser = grant::parse_arg)]
    pub add: Vec<Grant>,

    /// Role to remove, as ROLE:TYPE:ID (can be repeated)
    #[arg(long = "remove", value_name = "GRANT", value_parser = grant::parse_arg)]
    pub remove: Vec<Grant>,
}

/// Withdraw a pending invite
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// Email address of the invite
    pub email: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

/// Send the invite email again
#[derive(clap::Args, Debug)]
pub struct ResendArgs {
    /// Email address of the invite
    pub email: String,
}

pub async fn run(ctx: &Context, command: InviteCommand) -> Result<()> {
    match command {
        InviteCommand::Create(args) => create(ctx, args).await,
        InviteCommand::Update(args) => update(ctx, args).await,
        InviteCommand::Delete(args) => delete(ctx, args).await,
        InviteCommand::Resend(args) => resend(ctx, args).await,
    }
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    validate_email(&args.email)?;
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
    let authorizations = authorizations(ctx, &org_id, &grants).await?;
    let connection = ctx.connection().await?;

    let request = CreateOrganizationInviteRequest {
        organization_id: org_id,
        email: args.email,
        authorizations,
        send_email_invite: Some(!args.no_email),
    };
    let invite = rpc!(connection, create_organization_invite, request)
        .await?
        .invite
        .unwrap_or_default();

    print_invite(ctx, &invite)
}

async fn update(ctx: &Context, args: UpdateArgs) -> Result<()> {
    validate_email(&args.email)?;
    if args.add.is_empty() && args.remove.is_empty() {
        return Err(UserError::usage("nothing to update")
            .with_hint("pass `--add GRANT` or `--remove GRANT`")
            .into());
    }
    let org_id = resolve::org_id(ctx, None).await?;
    let add_authorizations = authorizations(ctx, &org_id, &args.add).await?;
    let remove_authorizations = authorizations(ctx, &org_id, &args.remove).await?;
    let connection = ctx.connection().await?;

    let request = UpdateOrganizationInviteAuthorizationsRequest {
        organization_id: org_id,
        email: args.email,
        add_authorizations,
        remove_authorizations,
    };
    let invite = rpc!(
        connection,
        update_organization_invite_authorizations,
        request
    )
    .await?
    .invite
    .unwrap_or_default();

    print_invite(ctx, &invite)
}

async fn delete(ctx: &Context, args: DeleteArgs) -> Result<()> {
    validate_email(&args.email)?;
    let org_id = resolve::org_id(ctx, None).await?;
    ctx.confirm(
        args.confirm.yes,
        &format!("delete the invite for {}", args.email),
    )?;
    let connection = ctx.connection().await?;

    let request = DeleteOrganizationInviteRequest {
        organization_id: org_id,
        email: args.email.clone(),
    };
    rpc!(connection, delete_organization_invite, request).await?;

    ctx.printer
        .notice(&format!("deleted the invite for {}", args.email));
    Ok(())
}

async fn resend(ctx: &Context, args: ResendArgs) -> Result<()> {
    validate_email(&args.email)?;
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;

    let request = ResendOrganizationInviteRequest {
        organization_id: org_id,
        email: args.email,
        send_email_invite: Some(true),
    };
    let invite = rpc!(connection, resend_organization_invite, request)
        .await?
        .invite
        .unwrap_or_default();

    print_invite(ctx, &invite)
}

async fn authorizations(
    ctx: &Context,
    org_id: &str,
    grants: &[Grant],
) -> Result<Vec<Authorization>> {
    let mut resolved = Vec::with_capacity(grants.len());
    for grant in grants {
        resolved.push(resolve::authorization(ctx, org_id, grant).await?);
    }
    Ok(resolved)
}

fn print_invite(ctx: &Context, invite: &OrganizationInvite) -> Result<()> {
    ctx.printer.print(&to_json(invite), || {
        let mut table = Table::new(&["EMAIL", "INVITED", "GRANTS"]);
        let grants: Vec<String> = invite
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
            invite.email.clone(),
            time_cell(invite.created_on.as_ref()),
            grants.join(", "),
        ]);
        table
    })
}

/// Rejects an address without a local part and a dotted domain before anything is sent.
fn validate_email(email: &str) -> Result<()> {
    let valid = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !email.contains(char::is_whitespace)
        }
        None => false,
    };
    if valid {
        Ok(())
    } else {
        Err(UserError::usage(format!("invalid email address \"{email}\"")).into())
    }
}
