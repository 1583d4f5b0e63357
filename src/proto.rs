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

/// Checks the compiled descriptors against `proto/wire-facts.tsv`, the field-by-field facts of
/// the official service, so a wrong field number or presence fails here rather than silently
/// against the real API.
#[cfg(test)]
mod wire_facts {
    use prost_reflect::{Cardinality, DescriptorPool, FieldDescriptor, Kind};

    const FACTS: &str = include_str!("../proto/wire-facts.tsv");

    fn pool() -> DescriptorPool {
        DescriptorPool::decode(super::DESCRIPTORS).expect("descriptors decode")
    }

    fn type_name(field: &FieldDescriptor) -> String {
        match field.kind() {
            Kind::Message(message) if field.is_map() => {
                let key = message.map_entry_key_field();
                let value = message.map_entry_value_field();
                format!("map<{},{}>", type_name(&key), type_name(&value))
            }
            Kind::Message(message) => message.full_name().to_string(),
            Kind::Enum(en) => en.full_name().to_string(),
            Kind::Double => "double".into(),
            Kind::Float => "float".into(),
            Kind::Int32 => "int32".into(),
            Kind::Int64 => "int64".into(),
            Kind::Uint32 => "uint32".into(),
            Kind::Uint64 => "uint64".into(),
            Kind::Sint32 => "sint32".into(),
            Kind::Sint64 => "sint64".into(),
            Kind::Fixed32 => "fixed32".into(),
            Kind::Fixed64 => "fixed64".into(),
            Kind::Sfixed32 => "sfixed32".into(),
            Kind::Sfixed64 => "sfixed64".into(),
            Kind::Bool => "bool".into(),
            Kind::String => "string".into(),
            Kind::Bytes => "bytes".into(),
        }
    }

    fn label(field: &FieldDescriptor) -> String {
        if field.is_map() {
            return "map".into();
        }
        if field.cardinality() == Cardinality::Repeated {
            return "repeated".into();
        }
        let synthetic = field.containing_oneof().is_some_and(|o| o.is_synthetic());
        if synthetic {
            "proto3-optional".into()
        } else {
            "singular".into()
        }
    }

    #[test]
    fn every_fact_matches_descriptors() {
        let pool = pool();
        let mut current_message = None;
        let mut current_enum = None;
        let mut checked = 0;
        for line in FACTS.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let columns: Vec<&str> = line.split('\t').collect();
            if line.starts_with('/') {
                let path = columns[0];
                let (service, method) = path[1..].split_once('/').unwrap();
                let service = pool
                    .get_service_by_name(service)
                    .unwrap_or_else(|| panic!("service {service} missing"));
                let method = service
                    .methods()
                    .find(|m| m.name() == method)
                    .unwrap_or_else(|| panic!("method {path} missing"));
                assert_eq!(method.input().full_name(), columns[1], "{path} request");
                assert_eq!(method.output().full_name(), columns[2], "{path} response");
                let kind = match (method.is_client_streaming(), method.is_server_streaming()) {
                    (false, false) => "unary",
                    (true, false) => "client-stream",
                    (false, true) => "server-stream",
                    (true, true) => "bidi-stream",
                };
                assert_eq!(kind, columns[3], "{path} streaming");
            } else if let Some(name) = line.strip_prefix("message ") {
                current_message = Some(
                    pool.get_message_by_name(name)
                        .unwrap_or_else(|| panic!("message {name} missing")),
                );
                current_enum = None;
            } else if let Some(name) = line.strip_prefix("enum ") {
                current_enum = Some(
                    pool.get_enum_by_name(name)
                        .unwrap_or_else(|| panic!("enum {name} missing")),
                );
                current_message = None;
            } else if let Some(message) = &current_message {
                let number: u32 = columns[1].parse().unwrap();
                let field = message.get_field(number).unwrap_or_else(|| {
                    panic!("{}.{} (#{number}) missing", message.full_name(), columns[2])
                });
                let at = format!("{} #{number}", message.full_name());
                assert_eq!(field.name(), columns[2], "{at} name");
                assert_eq!(type_name(&field), columns[3], "{at} type");
                assert_eq!(label(&field), columns[4], "{at} label");
                let oneof = field
                    .containing_oneof()
                    .filter(|o| !o.is_synthetic())
                    .map(|o| format!("oneof {}", o.name()));
                assert_eq!(
                    oneof.as_deref(),
                    columns.get(5).copied().filter(|c| !c.is_empty()),
                    "{at} oneof"
                );
                checked += 1;
            } else if let Some(en) = &current_enum {
                let number: i32 = columns[1].parse().unwrap();
                let value = en
                    .get_value(number)
                    .unwrap_or_else(|| panic!("{} value {number} missing", en.full_name()));
                assert_eq!(
                    value.name(),
                    columns[2],
                    "{} value {number}",
                    en.full_name()
                );
                checked += 1;
            }
        }
        assert!(checked > 500, "only {checked} facts were checked");
    }

    #[test]
    fn messages_have_no_extra_fields() {
        let pool = pool();
        let mut counts = std::collections::HashMap::<String, usize>::new();
        let mut current = None;
        for line in FACTS.lines() {
            if let Some(name) = line.strip_prefix("message ") {
                current = Some(name.to_string());
                counts.entry(name.to_string()).or_default();
            } else if line.starts_with("enum ") || line.starts_with('/') {
                current = None;
            } else if line.starts_with('\t') {
                if let Some(name) = &current {
                    *counts.get_mut(name).unwrap() += 1;
                }
            }
        }
        for (name, count) in counts {
            let message = pool.get_message_by_name(&name).unwrap();
            assert_eq!(message.fields().count(), count, "{name} field count");
        }
    }
}
