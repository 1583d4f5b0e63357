//! Compiles the API's `.proto` files with protox (pure Rust, so no `protoc` is needed) and
//! generates prost messages plus tonic clients and servers. The encoded descriptor set is
//! kept in `OUT_DIR` so the output formatters can render any message by its field names.

use std::path::PathBuf;

use prost::Message;

const PROTOS: &[&str] = &[
    "proto/proto/rpc/v1/auth.proto",
    "proto/viam/app/v1/app.proto",
    "proto/viam/common/v1/common.proto",
    "proto/viam/app/packages/v1/packages.proto",
    "proto/viam/app/mltraining/v1/mltraining.proto",
];

fn main() -> Result<(), Box<dyn std::error::Error>> {
    println!("cargo:rerun-if-changed=proto");

    let mut descriptors = protox::compile(PROTOS, ["proto"])?;
    // Source locations and comments are more than half of the encoded set (90 KB, 41 KB
    // without them), and decoding them took about 40% of the instructions of a warm
    // `viamctl org list -o json`. Nothing reads them.
    for file in &mut descriptors.file {
        file.source_code_info = None;
    }
    let out_dir = PathBuf::from(std::env::var("OUT_DIR")?);
    std::fs::write(out_dir.join("descriptors.bin"), descriptors.encode_to_vec())?;

    // Type names give every message its full proto name, which the formatters use to find its
    // descriptor. Default stubs answer `UNIMPLEMENTED` for any method the emulator leaves out.
    let mut config = tonic_prost_build::Config::new();
    config.enable_type_names();
    tonic_prost_build::configure()
        .build_client(true)
        .build_server(true)
        .generate_default_stubs(true)
        .compile_fds_with_config(descriptors, config)?;
    Ok(())
}
