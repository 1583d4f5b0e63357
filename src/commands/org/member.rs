use anyhow::Result;
use clap::Subcommand;
use serde_json::json;

use crate::cli::Confirm;
use crate::context::Context;
use crate::error::UserError;
use crate::output::{Table, list_to_json, time_cell};
use crate::proto::viam::app::v1::{
    DeleteOrganizationMemberRequest, ListOrganizationMembersRequest,
    ListOrganizationMembersResponse, OrganizationMember,
};
use crate::{resolve, rpc};

#[derive(Subcommand, Debug)]
pub enum MemberCommand {
    List(ListArgs),
    Remove(RemoveArgs),
}

/// List members and pending invites
#[derive(clap::Args, Debug)]
pub struct ListArgs {}

/// Remove a member from the organization
#[derive(clap::Args, Debug)]
pub struct RemoveArgs {
    /// User ID or email of the member
    pub user: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

pub async fn run(ctx: &Context, command: MemberCommand) -> Result<()> {
    match command {
        MemberCommand::List(args) => list(ctx, args).await,
        MemberCommand::Remove(args) => remove(ctx, args).await,
    }
}

async fn list(ctx: &Context, _args: ListArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;

    let response = fetch(ctx, &org_id).await?;

    let data = json!({
        "members": list_to_json(&response.members),
        "invites": list_to_json(&response.invites),
    });
    if ctx.printer.is_structured() {
        return ctx.printer.print_data(&data);
    }
    let mut members = Table::new(&["USER_ID", "EMAIL", "ADDED", "LAST_LOGIN"]);
    for member in &response.members {
        members.row(vec![
            member.user_id.clone(),
            member.emails.join(", "),
            time_cell(member.date_added.as_ref()),
            time_cell(member.last_login.as_ref()),
        ]);
    }
    let mut invites = Table::new(&["INVITED_EMAIL", "INVITED", "GRANTS"]);
    for invite in &response.invites {
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
        invites.row(vec![
            invite.email.clone(),
            time_cell(invite.created_on.as_ref()),
            grants.join(", "),
        ]);
    }
    ctx.printer.print_table(&members)?;
    if !invites.rows.is_empty() {
        ctx.printer.print_text("")?;
        ctx.printer.print_table(&invites)?;
    }
    Ok(())
}

async fn remove(ctx: &Context, args: RemoveArgs) -> Result<()> {
    resolve::require_non_empty(&args.user, "user")?;
    let org_id = resolve::org_id(ctx, None).await?;
    let members = fetch(ctx, &org_id).await?.members;
    let member = find_member(&members, &args.user)?;
    let label = member
        .emails
        .first()
        .cloned()
        .unwrap_or_else(|| member.user_id.clone());
    ctx.confirm(
        args.confirm.yes,
        &format!("remove member {label} ({})", member.user_id),
    )?;
    let connection = ctx.connection().await?;

    let request = DeleteOrganizationMemberRequest {
        organization_id: org_id,
        user_id: member.user_id.clone(),
    };
    rpc!(connection, delete_organization_member, request).await?;

    ctx.printer
        .notice(&format!("removed member {label} ({})", member.user_id));
    Ok(())
}

async fn fetch(ctx: &Context, org_id: &str) -> Result<ListOrganizationMembersResponse> {
    let connection = ctx.connection().await?;
    let request = ListOrganizationMembersRequest {
        organization_id: org_id.to_string(),
    };
    rpc!(connection, list_organization_members, request).await
}

/// Finds a member by user ID or by one of its emails (case-insensitive).
fn find_member<'a>(
    members: &'a [OrganizationMember],
    user: &str,
) -> Result<&'a OrganizationMember> {
    members
        .iter()
        .find(|m| m.user_id == user || m.emails.iter().any(|e| e.eq_ignore_ascii_case(user)))
        .ok_or_else(|| {
            UserError::not_found(format!("member \"{user}\" not found in this organization"))
                .with_hint("list members with `viamctl org member list`")
                .into()
        })
}
