use anyhow::Result;
use serde_json::json;

use crate::context::Context;
use crate::error::{Exit, UserError};
use crate::proto::viam::app::v1::GetOrganizationNamespaceAvailabilityRequest;
use crate::{resolve, rpc};

/// Check whether a public namespace is free; exits 0 when it is and 1 when it is taken
#[derive(clap::Args, Debug)]
pub struct NamespaceArgs {
    /// Namespace to check
    pub namespace: String,
}

pub async fn run(ctx: &Context, args: NamespaceArgs) -> Result<()> {
    super::validate_namespace(&args.namespace)?;
    let org_id = resolve::org_id(ctx, None).await?;
    let connection = ctx.connection().await?;

    let request = GetOrganizationNamespaceAvailabilityRequest {
        public_namespace: args.namespace.clone(),
        organization_id: org_id,
    };
    let available = rpc!(connection, get_organization_namespace_availability, request)
        .await?
        .available;

    let data = json!({ "namespace": args.namespace, "available": available });
    if ctx.printer.is_structured() {
        ctx.printer.print_data(&data)?;
    } else {
        let word = if available { "available" } else { "taken" };
        ctx.printer
            .print_text(&format!("{}: {word}", args.namespace))?;
    }
    if available {
        Ok(())
    } else {
        Err(UserError::new(
            Exit::Failure,
            format!("namespace \"{}\" is taken", args.namespace),
        )
        .into())
    }
}
