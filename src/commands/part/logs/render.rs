//! Rendering of log entries as text lines, a JSON array, or one JSON object per line.

use std::fmt::Write as _;
use std::io::Write;

use anyhow::Result;
use serde_json::{Map, Value};

use crate::output::{Format, Printer};
use crate::proto::viam::common::v1::LogEntry;
use crate::structjson::struct_to_json;

/// How entries are written: text, a streamed JSON array (history), or NDJSON (follow).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Text,
    JsonArray,
    JsonLines,
}

/// Writes entries to stdout as they come, never holding more than one batch.
pub struct Sink {
    mode: Mode,
    color: bool,
    opened: bool,
    written: u64,
}

impl Sink {
    pub fn new(printer: &Printer, follow: bool) -> Self {
        let mode = match (printer.format, follow) {
            (Format::Table, _) => Mode::Text,
            (_, false) => Mode::JsonArray,
            (_, true) => Mode::JsonLines,
        };
        Self {
            mode,
            color: printer.color,
            opened: false,
            written: 0,
        }
    }

    /// Writes a batch of entries, already in the order to show, and flushes.
    pub fn write(&mut self, entries: &[LogEntry]) -> Result<()> {
        if entries.is_empty() {
            return Ok(());
        }
        let mut text = String::with_capacity(entries.len() * 160);
        for entry in entries {
            match self.mode {
                Mode::Text => self.text_line(&mut text, entry),
                Mode::JsonArray => {
                    text.push_str(if self.opened { ",\n  " } else { "[\n  " });
                    self.opened = true;
                    text.push_str(&serde_json::to_string(&entry_json(entry))?);
                }
                Mode::JsonLines => {
                    text.push_str(&serde_json::to_string(&entry_json(entry))?);
                    text.push('\n');
                }
            }
        }
        self.written += entries.len() as u64;
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// Closes a JSON array (`[]` when nothing was written).
    pub fn finish(&mut self) -> Result<()> {
        if self.mode == Mode::JsonArray {
            let closing: &[u8] = if self.opened { b"\n]\n" } else { b"[]\n" };
            let mut out = std::io::stdout().lock();
            out.write_all(closing)?;
            out.flush()?;
        }
        Ok(())
    }

    fn text_line(&self, text: &mut String, entry: &LogEntry) {
        let time = crate::output::time_cell_millis(entry.time.as_ref());
        let level = entry.level.to_ascii_uppercase();
        let padded = format!("{level:<5}");
        let level = if self.color {
            colorize(&padded, &level)
        } else {
            padded
        };
        let _ = write!(
            text,
            "{time}  {level}  {}  {}",
            entry.logger_name, entry.message
        );
        let fields = merged_fields(entry);
        if !fields.is_empty() {
            let _ = write!(text, "  {}", Value::Object(fields));
        }
        text.push('\n');
    }
}

fn colorize(padded: &str, level: &str) -> String {
    let code = match level {
        "ERROR" | "FATAL" | "PANIC" | "DPANIC" => "31",
        "WARN" => "33",
        "INFO" => "32",
        "DEBUG" => "34",
        _ => return padded.to_string(),
    };
    format!("\x1b[{code}m{padded}\x1b[0m")
}

/// Merges the entry's structured fields into one object for a text line.
fn merged_fields(entry: &LogEntry) -> Map<String, Value> {
    let mut merged = Map::new();
    for field in &entry.fields {
        if let Value::Object(object) = struct_to_json(field) {
            merged.extend(object);
        }
    }
    merged
}

/// Converts an entry to JSON with every `LogEntry` field under its proto name. Written by hand
/// because it is the hot path of large histories; a test checks it against the generic form.
pub fn entry_json(entry: &LogEntry) -> Value {
    let mut object = Map::with_capacity(8);
    object.insert("host".into(), Value::from(entry.host.as_str()));
    object.insert("level".into(), Value::from(entry.level.as_str()));
    object.insert(
        "time".into(),
        entry
            .time
            .as_ref()
            .map_or(Value::Null, |t| Value::from(crate::output::rfc3339(t))),
    );
    object.insert(
        "logger_name".into(),
        Value::from(entry.logger_name.as_str()),
    );
    object.insert("message".into(), Value::from(entry.message.as_str()));
    object.insert(
        "caller".into(),
        entry.caller.as_ref().map_or(Value::Null, struct_to_json),
    );
    object.insert("stack".into(), Value::from(entry.stack.as_str()));
    object.insert(
        "fields".into(),
        Value::Array(entry.fields.iter().map(struct_to_json).collect()),
    );
    Value::Object(object)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_json_matches_generic_rendering() {
        let caller = serde_json::json!({"File": "arm.go", "Line": 42});
        let field = serde_json::json!({"baud": 115200});
        let entry = LogEntry {
            host: "rover".into(),
            level: "error".into(),
            time: Some(prost_types::Timestamp {
                seconds: 1_796_375_702,
                nanos: 123_000_000,
            }),
            logger_name: "rdk.components.arm".into(),
            message: "joint 3 over limit".into(),
            caller: Some(crate::structjson::json_to_struct(caller.as_object().unwrap()).unwrap()),
            stack: String::new(),
            fields: vec![crate::structjson::json_to_struct(field.as_object().unwrap()).unwrap()],
        };
        assert_eq!(entry_json(&entry), crate::output::to_json(&entry));
    }
}
