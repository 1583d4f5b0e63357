//! Generated protobuf messages and gRPC stubs for Viam's app API.

#![allow(clippy::all, clippy::pedantic)]

pub mod proto {
    pub mod rpc {
        pub mod v1 {
            tonic::include_proto!("proto.rpc.v1");
        }
    }
}

pub mod viam {
    pub mod app {
        pub mod v1 {
            tonic::include_proto!("viam.app.v1");
        }
        pub mod packages {
            pub mod v1 {
                tonic::include_proto!("viam.app.packages.v1");
            }
        }
        pub mod mltraining {
            pub mod v1 {
                tonic::include_proto!("viam.app.mltraining.v1");
            }
        }
    }
    pub mod common {
        pub mod v1 {
            tonic::include_proto!("viam.common.v1");
        }
    }
}

/// Encoded `FileDescriptorSet` of every compiled `.proto` file.
pub const DESCRIPTORS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/descriptors.bin"));
