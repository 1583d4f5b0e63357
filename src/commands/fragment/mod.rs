//! `viamctl fragment`: reusable configuration shared by many machines.

mod history;
mod update;

use std::path::PathBuf;

use anyhow::Result;
use clap::{Subcommand, ValueEnum};

use crate::cli::Confirm;
use crate::context::Context;
use crate::error::UserError;
use crate::output::{Table, cell, time_cell, to_json};
use crate::proto::viam::app::v1::{
    CreateFragmentRequest, DeleteFragmentRequest, Fragment, FragmentVisibility, GetFragmentRequest,
    ListFragmentsRequest, ListMachineFragmentsRequest, ListNestedFragmentsRequest,
};
use crate::{resolve, rpc};

#[derive(Subcommand, Debug)]
pub enum FragmentCommand {
    List(ListArgs),
    // Its `--version` names a fragment revision, so the program's own flag is left out here.
    #[command(disable_version_flag = true)]
    Get(GetArgs),
    Create(CreateArgs),
    Update(update::UpdateArgs),
    Delete(DeleteArgs),
    History(history::HistoryArgs),
    Usage(UsageArgs),
}

/// Who may see a fragment
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Visibility {
    /// Only the owning organization
    Private,
    /// Every organization
    Public,
    /// Anyone with its ID, without being listed
    Unlisted,
}

impl Visibility {
    pub fn to_wire(self) -> FragmentVisibility {
        match self {
            Visibility::Private => FragmentVisibility::Private,
            Visibility::Public => FragmentVisibility::Public,
            Visibility::Unlisted => FragmentVisibility::PublicUnlisted,
        }
    }
}

/// List fragments: by default the organization's own
#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// List only public fragments, from every organization
    #[arg(long, conflicts_with = "all")]
    pub public: bool,

    /// List the organization's own fragments and every public one
    #[arg(long)]
    pub all: bool,
}

/// Show a fragment, or write its config to a file
#[derive(clap::Args, Debug)]
pub struct GetArgs {
    /// Fragment ID, or name within the organization
    pub fragment: String,

    /// Revision or tag to show (default: the latest)
    #[arg(long = "version", id = "fragment_version", value_name = "V")]
    pub version: Option<String>,

    /// Write the fragment's config as JSON to FILE (atomically) instead of showing it
    #[arg(long, value_name = "FILE")]
    pub config_out: Option<PathBuf>,

    /// Spaces per indentation level in `--config-out`
    #[arg(long, default_value_t = 4, value_name = "N", requires = "config_out")]
    pub indent: usize,
}

/// Create a fragment
#[derive(clap::Args, Debug)]
pub struct CreateArgs {
    /// Name of the new fragment
    pub name: String,

    /// Config: a JSON file, or `-` for stdin (default: empty)
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,

    /// Who may see it
    #[arg(long, value_enum)]
    pub visibility: Option<Visibility>,
}

/// Delete a fragment that no part uses
#[derive(clap::Args, Debug)]
pub struct DeleteArgs {
    /// Fragment ID, or name within the organization
    pub fragment: String,

    #[command(flatten)]
    pub confirm: Confirm,
}

/// Show which fragments a machine uses, or which fragments a fragment nests
#[derive(clap::Args, Debug)]
pub struct UsageArgs {
    /// Machine ID or name whose fragments to list
    #[arg(
        long,
        short = 'm',
        value_name = "M",
        required_unless_present = "fragment",
        conflicts_with = "fragment"
    )]
    pub machine: Option<String>,

    /// Fragment ID or name whose nested fragments to list
    #[arg(long, value_name = "FRAGMENT")]
    pub fragment: Option<String>,
}

pub async fn run(ctx: &Context, command: FragmentCommand) -> Result<()> {
    match command {
        FragmentCommand::List(args) => list(ctx, args).await,
        FragmentCommand::Get(args) => get(ctx, args).await,
        FragmentCommand::Create(args) => create(ctx, args).await,
        FragmentCommand::Update(args) => update::run(ctx, args).await,
        FragmentCommand::Delete(args) => delete(ctx, args).await,
        FragmentCommand::History(args) => history::run(ctx, args).await,
        FragmentCommand::Usage(args) => usage(ctx, args).await,
    }
}

async fn list(ctx: &Context, args: ListArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;

    let request = ListFragmentsRequest {
        organization_id: org_id,
        show_public: args.public || args.all,
        fragment_visibility: if args.public {
            vec![FragmentVisibility::Public as i32]
        } else {
            Vec::new()
        },
    };
    let fragments = rpc!(connection, list_fragments, request).await?.fragments;

    ctx.printer
        .print(&crate::output::list_to_json(&fragments), || {
            fragment_table(&fragments)
        })
}

async fn get(ctx: &Context, args: GetArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let id = fragment_id(ctx, &org_id, &args.fragment).await?;
    let connection = ctx.connection().await?;

    let version = args.version.clone();
    let request = GetFragmentRequest {
        id,
        current_organization_id: org_id,
        version: args.version,
    };
    // Tags are valid versions too, so only the server can reject a version.
    let fragment = match rpc!(connection, get_fragment, request).await {
        Ok(response) => response.fragment.unwrap_or_default(),
        Err(error) => match version {
            Some(version) => {
                return Err(crate::error::reject_input(
                    error,
                    &format!("`--version` \"{version}\""),
                    "pass a revision number from `viamctl fragment history`, or a tag",
                ));
            }
            None => return Err(error),
        },
    };

    if let Some(path) = &args.config_out {
        let text = crate::config::render(&config_json(&fragment), args.indent)?;
        crate::config::write_atomically(path, &text)?;
        ctx.printer.notice(&format!(
            "wrote the config of fragment \"{}\" to {}",
            fragment.name,
            path.display()
        ));
        return Ok(());
    }
    ctx.printer
        .print(&to_json(&fragment), || fragment_detail(&fragment))
}

async fn create(ctx: &Context, args: CreateArgs) -> Result<()> {
    resolve::require_non_empty(&args.name, "fragment")?;
    let config = match &args.config {
        Some(source) => crate::config::read(source)?.1,
        None => Default::default(),
    };
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;

    let request = CreateFragmentRequest {
        name: args.name,
        config: Some(config),
        organization_id: org_id,
        visibility: args.visibility.map(|v| v.to_wire() as i32),
    };
    let fragment = rpc!(connection, create_fragment, request)
        .await?
        .fragment
        .unwrap_or_default();

    ctx.printer
        .print(&to_json(&fragment), || fragment_detail(&fragment))
}

async fn delete(ctx: &Context, args: DeleteArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let id = fragment_id(ctx, &org_id, &args.fragment).await?;
    ctx.confirm(args.confirm.yes, &format!("delete fragment {id}"))?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        delete_fragment,
        DeleteFragmentRequest { id: id.clone() }
    )
    .await?;

    ctx.printer.notice(&format!("deleted fragment {id}"));
    Ok(())
}

async fn usage(ctx: &Context, args: UsageArgs) -> Result<()> {
    let connection = ctx.connection().await?;
    let fragments = match (&args.machine, &args.fragment) {
        (Some(machine), _) => {
            let robot = resolve::machine(ctx, machine).await?;
            let request = ListMachineFragmentsRequest {
                machine_id: robot.id,
                ..Default::default()
            };
            rpc!(connection, list_machine_fragments, request)
                .await?
                .fragments
        }
        (None, Some(fragment)) => {
            let org_id = resolve::org_id(ctx, None).await?;
            let id = fragment_id(ctx, &org_id, fragment).await?;
            let request = ListNestedFragmentsRequest {
                fragment_id: Some(id),
                ..Default::default()
            };
            rpc!(connection, list_nested_fragments, request)
                .await?
                .fragments
        }
        (None, None) => {
            return Err(UserError::usage("pass `--machine M` or `--fragment FRAGMENT`").into());
        }
    };
    ctx.printer
        .print(&crate::output::list_to_json(&fragments), || {
            fragment_table(&fragments)
        })
}

/// Resolves a fragment ID, or a name among the organization's own fragments.
pub async fn fragment_id(ctx: &Context, org_id: &str, given: &str) -> Result<String> {
    resolve::require_non_empty(given, "fragment")?;
    if resolve::looks_like_uuid(given) {
        return Ok(given.to_string());
    }
    let connection = ctx.connection().await?;
    let request = ListFragmentsRequest {
        organization_id: org_id.to_string(),
        ..Default::default()
    };
    let fragments = rpc!(connection, list_fragments, request).await?.fragments;
    let matches: Vec<&Fragment> = fragments.iter().filter(|f| f.name == given).collect();
    match matches.as_slice() {
        [one] => Ok(one.id.clone()),
        [] => Err(UserError::not_found(format!(
            "fragment \"{given}\" not found in this organization"
        ))
        .into()),
        many => {
            let listed: Vec<String> = many
                .iter()
                .map(|f| format!("  {}  {}", f.id, f.name))
                .collect();
            Err(UserError::usage(format!(
                "fragment name \"{given}\" matches {} fragments:\n{}",
                many.len(),
                listed.join("\n")
            ))
            .with_hint("pass the fragment ID instead")
            .into())
        }
    }
}

/// Returns the fragment's config as JSON, `{}` when it has none.
fn config_json(fragment: &Fragment) -> serde_json::Value {
    fragment
        .fragment
        .as_ref()
        .map(crate::structjson::struct_to_json)
        .unwrap_or_else(|| serde_json::json!({}))
}

fn visibility_word(fragment: &Fragment) -> &'static str {
    match FragmentVisibility::try_from(fragment.visibility) {
        Ok(FragmentVisibility::Private) => "private",
        Ok(FragmentVisibility::Public) => "public",
        Ok(FragmentVisibility::PublicUnlisted) => "unlisted",
        _ if fragment.public => "public",
        _ => "private",
    }
}

fn fragment_table(fragments: &[Fragment]) -> Table {
    let mut table = Table::new(&[
        "ID",
        "NAME",
        "ORGANIZATION",
        "VISIBILITY",
        "PARTS",
        "LAST_UPDATED",
    ]);
    for fragment in fragments {
        table.row(vec![
            fragment.id.clone(),
            fragment.name.clone(),
            cell(&fragment.organization_name),
            visibility_word(fragment).into(),
            fragment.robot_part_count.to_string(),
            time_cell(fragment.last_updated.as_ref()),
        ]);
    }
    table
}

fn fragment_detail(fragment: &Fragment) -> Table {
    let mut table = Table::new(&["FIELD", "VALUE"]);
    table.row(vec!["id".into(), fragment.id.clone()]);
    table.row(vec!["name".into(), fragment.name.clone()]);
    table.row(vec![
        "organization".into(),
        cell(&fragment.organization_name),
    ]);
    table.row(vec!["visibility".into(), visibility_word(fragment).into()]);
    table.row(vec!["revision".into(), cell(&fragment.revision)]);
    table.row(vec![
        "robot_part_count".into(),
        fragment.robot_part_count.to_string(),
    ]);
    table.row(vec![
        "created_on".into(),
        time_cell(fragment.created_on.as_ref()),
    ]);
    table.row(vec![
        "last_updated".into(),
        time_cell(fragment.last_updated.as_ref()),
    ]);
    table
}
