use anyhow::Result;

use crate::context::Context;
use crate::proto::viam::app::v1::MarkPartAsMainRequest;
use crate::rpc;

/// Make a part its machine's main part
#[derive(clap::Args, Debug)]
pub struct SetMainArgs {
    #[command(flatten)]
    pub part: super::PartRef,
}

pub async fn run(ctx: &Context, args: SetMainArgs) -> Result<()> {
    let part = args.part.resolve(ctx).await?;
    let connection = ctx.connection().await?;

    rpc!(
        connection,
        mark_part_as_main,
        MarkPartAsMainRequest {
            part_id: part.id.clone()
        }
    )
    .await?;

    ctx.printer.notice(&format!(
        "part \"{}\" ({}) is now the main part",
        part.name, part.id
    ));
    Ok(())
}
