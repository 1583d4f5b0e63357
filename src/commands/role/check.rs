use anyhow::Result;
use serde_json::json;

use crate::context::Context;
use crate::error::UserError;
use crate::grant::ResourceRef;
use crate::output::Table;
use crate::proto::viam::app::v1::{AuthorizedPermissions, CheckPermissionsRequest};
use crate::{resolve, rpc};

/// Check which permissions the current key holds on a resource; exits 0 either way
#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Permissions to check, e.g. `read_robot` `write_location` (at least one)
    #[arg(required = true, value_name = "PERMISSION")]
    pub permissions: Vec<String>,

    /// Resource to check them on, as TYPE:ID (e.g. `location:lab`)
    #[arg(long, value_name = "TYPE:ID", value_parser = crate::grant::parse_resource_arg)]
    pub resource: ResourceRef,
}

pub async fn run(ctx: &Context, args: CheckArgs) -> Result<()> {
    if let Some(bad) = args
        .permissions
        .iter()
        .find(|p| p.trim().is_empty() || p.contains(char::is_whitespace))
    {
        return Err(UserError::usage(format!("invalid permission name \"{bad}\"")).into());
    }
    let org_id = resolve::org_id(ctx, None).await?;
    let resource_id = resolve::resource_id(
        ctx,
        &org_id,
        args.resource.resource_type,
        &args.resource.resource,
    )
    .await?;
    let connection = ctx.connection().await?;

    let resource_type = args.resource.resource_type.as_str().to_string();
    let request = CheckPermissionsRequest {
        permissions: vec![AuthorizedPermissions {
            resource_type: resource_type.clone(),
            resource_id: resource_id.clone(),
            permissions: args.permissions.clone(),
        }],
    };
    // The CLI has no list of the service's permission names, and the resource was resolved
    // above, so an INVALID_ARGUMENT here is about the permission names.
    let granted = rpc!(connection, check_permissions, request)
        .await
        .map_err(|error| {
            crate::error::reject_input(
                error,
                "permission name",
                "permission names look like `read_robot` or `write_location`",
            )
        })?
        .authorized_permissions;

    let allowed = |permission: &str| {
        granted
            .iter()
            .any(|g| g.resource_id == resource_id && g.permissions.iter().any(|p| p == permission))
    };
    let data: Vec<serde_json::Value> = args
        .permissions
        .iter()
        .map(|p| json!({"permission": p, "allowed": allowed(p), "resource_type": resource_type, "resource_id": resource_id}))
        .collect();
    ctx.printer.print(&serde_json::Value::Array(data), || {
        let mut table = Table::new(&["PERMISSION", "ALLOWED"]);
        for permission in &args.permissions {
            table.row(vec![
                permission.clone(),
                if allowed(permission) { "yes" } else { "no" }.into(),
            ]);
        }
        table
    })
}
