use std::collections::HashMap;

use anyhow::Result;

use crate::context::Context;
use crate::error::{Exit, exit_for};
use crate::grant::ResourceRef;
use crate::output::{Table, list_to_json};
use crate::proto::viam::app::v1::{
    ListAuthorizationsRequest, ListKeysRequest, ListOrganizationMembersRequest,
};
use crate::{resolve, rpc};

/// List who holds which role, optionally only on some resources
#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Only roles on this resource, as TYPE:ID (can be repeated)
    #[arg(long = "resource", value_name = "TYPE:ID", value_parser = crate::grant::parse_resource_arg)]
    pub resources: Vec<ResourceRef>,
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<()> {
    let org_id = resolve::org_id(ctx, None).await?;
    let mut resource_ids = Vec::with_capacity(args.resources.len());
    for resource in &args.resources {
        resource_ids.push(
            resolve::resource_id(ctx, &org_id, resource.resource_type, &resource.resource).await?,
        );
    }
    let connection = ctx.connection().await?;

    let request = ListAuthorizationsRequest {
        organization_id: org_id.clone(),
        resource_ids,
    };
    let authorizations = rpc!(connection, list_authorizations, request)
        .await?
        .authorizations;

    if ctx.printer.is_structured() {
        return ctx.printer.print_data(&list_to_json(&authorizations));
    }
    let labels = identity_labels(ctx, &org_id).await?;
    let resources = resource_names(ctx, &org_id).await?;
    let mut table = Table::new(&[
        "IDENTITY_ID",
        "KIND",
        "NAME",
        "ROLE",
        "RESOURCE_TYPE",
        "RESOURCE",
    ]);
    for authorization in &authorizations {
        let role = authorization
            .authorization_id
            .rsplit('_')
            .next()
            .unwrap_or_default()
            .to_string();
        table.row(vec![
            authorization.identity_id.clone(),
            authorization.identity_type.clone(),
            crate::output::cell(
                labels
                    .get(&authorization.identity_id)
                    .map(String::as_str)
                    .unwrap_or_default(),
            ),
            role,
            authorization.resource_type.clone(),
            resources
                .get(&authorization.resource_id)
                .cloned()
                .unwrap_or_else(|| authorization.resource_id.clone()),
        ]);
    }
    ctx.printer.print_table(&table)
}

/// Maps user and key IDs to emails and key names, for the table.
async fn identity_labels(ctx: &Context, org_id: &str) -> Result<HashMap<String, String>> {
    let connection = ctx.connection().await?;
    let mut labels = HashMap::new();
    let keys = rpc!(
        connection,
        list_keys,
        ListKeysRequest {
            org_id: org_id.to_string()
        }
    )
    .await?
    .api_keys;
    for key in keys.into_iter().filter_map(|k| k.api_key) {
        labels.insert(key.id, key.name);
    }
    let request = ListOrganizationMembersRequest {
        organization_id: org_id.to_string(),
    };
    let members = match rpc!(connection, list_organization_members, request).await {
        Ok(response) => response.members,
        // A caller who owns only some locations may not list members, so its table shows user
        // IDs without emails.
        Err(error) if exit_for(&error) == Exit::Denied => Vec::new(),
        Err(error) => return Err(error),
    };
    for member in members {
        labels.insert(
            member.user_id,
            member.emails.into_iter().next().unwrap_or_default(),
        );
    }
    Ok(labels)
}

/// Maps organization and location IDs to names, for the table.
async fn resource_names(ctx: &Context, org_id: &str) -> Result<HashMap<String, String>> {
    let mut names: HashMap<String, String> = resolve::locations(ctx, org_id)
        .await?
        .into_iter()
        .map(|l| (l.id, l.name))
        .collect();
    let org = resolve::organization(ctx, Some(org_id)).await?;
    names.insert(org.id, org.name);
    Ok(names)
}
