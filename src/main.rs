// Temporary entry point until the CLI lands: it runs only `viamctl emulator ...`. The crate-wide
// `dead_code` allowance covers the emulator's API for `--local`, which nothing calls yet.
#![allow(dead_code)]

mod emulator;
mod proto;
mod structjson;

#[derive(clap::Parser)]
enum Cli {
    /// Run the local emulator of the fleet API
    #[command(subcommand)]
    Emulator(emulator::EmulatorCommand),
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let Cli::Emulator(command) = clap::Parser::parse();
    emulator::run(command).await
}
