//! Machine configurations as files: reading JSON objects with precise errors, and writing
//! them back atomically with the user's indentation.

use std::io::Read;
use std::path::Path;

use anyhow::{Context as _, Result};
use prost_types::Struct;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::UserError;
use crate::structjson::json_to_struct;

/// Reads a config from `source` (a path, or `-` for stdin) and converts it to a `Struct`.
/// Anything that is not a JSON object, or holds a number protobuf cannot carry exactly, is
/// rejected here, before any request.
pub fn read(source: &str) -> Result<(Map<String, Value>, Struct)> {
    let (label, text) = if source == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("failed to read the config from stdin")?;
        ("stdin".to_string(), text)
    } else {
        let text = std::fs::read_to_string(source).map_err(|error| {
            UserError::usage(format!("cannot read config file {source}: {error}"))
        })?;
        (source.to_string(), text)
    };
    let object = parse(&label, &text)?;
    let config = json_to_struct(&object)
        .map_err(|error| UserError::usage(format!("config in {label}: {error}")))?;
    Ok((object, config))
}

/// Parses a JSON object, naming `label`, the line and the column of any error.
pub fn parse(label: &str, text: &str) -> Result<Map<String, Value>> {
    let value: Value = serde_json::from_str(text).map_err(|error| {
        UserError::usage(format!(
            "invalid JSON in {label} at line {}, column {}: {}",
            error.line(),
            error.column(),
            strip_position(&error.to_string())
        ))
    })?;
    match value {
        Value::Object(object) => Ok(object),
        other => Err(UserError::usage(format!(
            "config in {label} must be a JSON object, not {}",
            kind_of(&other)
        ))
        .into()),
    }
}

/// Renders a config as pretty JSON with `indent` spaces per level and a final newline.
pub fn render(config: &Value, indent: usize) -> Result<Vec<u8>> {
    let indent = " ".repeat(indent);
    let formatter = serde_json::ser::PrettyFormatter::with_indent(indent.as_bytes());
    let mut out = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    config.serialize(&mut serializer)?;
    out.push(b'\n');
    Ok(out)
}

/// Writes `contents` to `path` through a temporary file in the same directory and a rename,
/// so the file is never seen half-written.
pub fn write_atomically(path: &Path, contents: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let mut temp = tempfile::NamedTempFile::new_in(&dir)
        .with_context(|| format!("failed to create a temporary file in {}", dir.display()))?;
    std::io::Write::write_all(&mut temp, contents)
        .with_context(|| format!("failed to write {}", path.display()))?;
    temp.as_file().sync_all()?;
    temp.persist(path)
        .map_err(|error| error.error)
        .with_context(|| format!("failed to write {}", path.display()))?;
    Ok(())
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Drops serde_json's own " at line L column C" suffix, since the message states it first.
/// Removes the " at line L column C" suffix of a serde_json message, for callers that print
/// the position themselves.
pub fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_error_names_line_and_column() {
        let error = parse("robot.json", "{\n  \"a\": 1,\n  \"b\": }\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid JSON in robot.json at line 3, column 8: expected value"
        );
    }

    #[test]
    fn non_object_rejected() {
        let error = parse("robot.json", "[1, 2]").unwrap_err();
        assert_eq!(
            error.to_string(),
            "config in robot.json must be a JSON object, not an array"
        );
    }

    #[test]
    fn render_uses_indent() {
        let text = render(&serde_json::json!({"a": {"b": 115200}}), 2).unwrap();
        assert_eq!(
            String::from_utf8(text).unwrap(),
            "{\n  \"a\": {\n    \"b\": 115200\n  }\n}\n"
        );
    }
}
