use anyhow::Result;

use crate::context::Context;
use crate::proto::viam::app::v1::MarkPartForRestartRequest;
use crate::rpc;

/// Ask a part to restart the next time it checks in
#[derive(clap::Args, Debug)]
pub struct RestartArgs {
    #[command(flatten)]
    pub part: super::PartRef,
}

pub async fn run(ctx: &Context, args: RestartArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        mark_part_for_restart,
        MarkPartForRestartRequest {
            part_id: part.id.clone()
        }
    )
    .await?;

    ctx.printer.notice(&format!(
        "part \"{}\" ({}) will restart when it next checks in",
        part.name, part.id
    ));
    Ok(())
}
