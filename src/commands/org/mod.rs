//! `viamctl org`: organizations, their members and invites.

mod create;
mod delete;
mod get;
mod invite;
mod list;
mod member;
mod namespace;
mod update;

use anyhow::Result;
use clap::Subcommand;

use crate::context::Context;
use crate::error::UserError;
use crate::output::{Table, cell, time_cell};
use crate::proto::viam::app::v1::Organization;

#[derive(Subcommand, Debug)]
pub enum OrgCommand {
    List(list::ListArgs),
    Get(get::GetArgs),
    Create(create::CreateArgs),
    Update(update::UpdateArgs),
    Delete(delete::DeleteArgs),
    NamespaceAvailable(namespace::NamespaceArgs),
    /// Manage the members of an organization
    #[command(subcommand)]
    Member(member::MemberCommand),
    /// Manage invitations to an organization
    #[command(subcommand)]
    Invite(invite::InviteCommand),
}

pub async fn run(ctx: &Context, command: OrgCommand) -> Result<()> {
    match command {
        OrgCommand::List(args) => list::run(ctx, args).await,
        OrgCommand::Get(args) => get::run(ctx, args).await,
        OrgCommand::Create(args) => create::run(ctx, args).await,
        OrgCommand::Update(args) => update::run(ctx, args).await,
        OrgCommand::Delete(args) => delete::run(ctx, args).await,
        OrgCommand::NamespaceAvailable(args) => namespace::run(ctx, args).await,
        OrgCommand::Member(command) => member::run(ctx, command).await,
        OrgCommand::Invite(command) => invite::run(ctx, command).await,
    }
}

fn org_table(organizations: &[Organization]) -> Table {
    let mut table = Table::new(&["ID", "NAME", "NAMESPACE", "REGION", "CREATED"]);
    for org in organizations {
        table.row(vec![
            org.id.clone(),
            org.name.clone(),
            cell(&org.public_namespace),
            cell(&org.default_region),
            time_cell(org.created_on.as_ref()),
        ]);
    }
    table
}

fn org_detail(org: &Organization) -> Table {
    let mut table = Table::new(&["FIELD", "VALUE"]);
    table.row(vec!["id".into(), org.id.clone()]);
    table.row(vec!["name".into(), org.name.clone()]);
    table.row(vec!["public_namespace".into(), cell(&org.public_namespace)]);
    table.row(vec!["default_region".into(), cell(&org.default_region)]);
    table.row(vec![
        "cid".into(),
        cell(org.cid.as_deref().unwrap_or_default()),
    ]);
    table.row(vec![
        "created_on".into(),
        time_cell(org.created_on.as_ref()),
    ]);
    table
}

/// Checks a public namespace locally: lowercase letters, digits and dashes, starting and
/// ending with a letter or digit.
pub fn validate_namespace(namespace: &str) -> Result<(), UserError> {
    let valid_chars = namespace
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    let valid_ends = !namespace.starts_with('-') && !namespace.ends_with('-');
    if namespace.is_empty() || !valid_chars || !valid_ends {
        return Err(
            UserError::usage(format!("invalid namespace \"{namespace}\"")).with_hint(
                "use lowercase letters, digits and dashes, not starting or ending with a dash",
            ),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::validate_namespace;

    #[test]
    fn namespace_rules() {
        assert!(validate_namespace("acme-robotics2").is_ok());
        for bad in ["", "Acme", "acme_robotics", "-acme", "acme-", "ac me"] {
            assert!(
                validate_namespace(bad).is_err(),
                "{bad:?} should be rejected"
            );
        }
    }
}
