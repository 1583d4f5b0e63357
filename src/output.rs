//! Rendering of command results as tables, JSON or YAML.
//!
//! JSON and YAML carry every field of a response under its proto field name, built from the
//! compiled descriptors, so a field added to the protos shows up without code here. Tables are
//! chosen per command. All data goes to stdout; notices go to stderr.

use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

use anyhow::{Context as _, Result};
use clap::ValueEnum;
use comfy_table::{ContentArrangement, Table as ComfyTable, presets};
use prost_reflect::{DescriptorPool, DynamicMessage, SerializeOptions};
use serde_json::Value as Json;

use crate::structjson::number_to_json;

/// Output format selected with `-o`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Yaml,
}

/// When to colour output, selected with `--color`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Rows to show when the format is `table`.
#[derive(Debug, Default)]
pub struct Table {
    pub headers: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new(headers: &[&'static str]) -> Self {
        Self {
            headers: headers.to_vec(),
            rows: Vec::new(),
        }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }
}

/// Writes results in the chosen format; the only writer of stdout.
#[derive(Debug, Clone)]
pub struct Printer {
    pub format: Format,
    pub color: bool,
    stdout_is_terminal: bool,
}

impl Printer {
    pub fn new(format: Format, color: ColorChoice) -> Self {
        let stdout_is_terminal = std::io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => stdout_is_terminal && std::env::var_os("NO_COLOR").is_none(),
        };
        Self {
            format,
            color,
            stdout_is_terminal,
        }
    }

    /// Reports whether tables are laid out for a person rather than as tab-separated rows.
    pub fn is_terminal(&self) -> bool {
        self.stdout_is_terminal
    }

    pub fn is_structured(&self) -> bool {
        self.format != Format::Table
    }

    /// Prints `data` as JSON or YAML, or `table()` when the format is `table`.
    pub fn print(&self, data: &Json, table: impl FnOnce() -> Table) -> Result<()> {
        match self.format {
            Format::Table => self.print_table(&table()),
            _ => self.print_data(data),
        }
    }

    /// Prints a document as JSON or YAML (JSON when the format is `table`).
    pub fn print_data(&self, data: &Json) -> Result<()> {
        let mut out = buffered_stdout();
        match self.format {
            Format::Yaml => {
                let text = serde_saphyr::to_string(data).context("failed to render YAML")?;
                out.write_all(text.as_bytes())?;
                if !text.ends_with('\n') {
                    out.write_all(b"\n")?;
                }
            }
            _ => {
                serde_json::to_writer_pretty(&mut out, data)?;
                out.write_all(b"\n")?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Prints plain text lines to stdout.
    pub fn print_text(&self, text: &str) -> Result<()> {
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        if !text.ends_with('\n') {
            out.write_all(b"\n")?;
        }
        out.flush()?;
        Ok(())
    }

    /// Prints a table sized to the terminal, or tab-separated rows without a header when
    /// stdout is not a terminal, so `cut` and `awk` see one record per line.
    pub fn print_table(&self, table: &Table) -> Result<()> {
        let mut out = buffered_stdout();
        if self.stdout_is_terminal {
            writeln!(out, "{}", render_for_terminal(table, self.color, None))?;
        } else {
            for row in &table.rows {
                let cells: Vec<String> = row
                    .iter()
                    .map(|cell| cell.replace(['\t', '\n'], " "))
                    .collect();
                writeln!(out, "{}", cells.join("\t"))?;
            }
        }
        out.flush()?;
        Ok(())
    }

    /// Prints a message for the user on stderr; never part of the data.
    pub fn notice(&self, text: &str) {
        let _ = writeln!(std::io::stderr().lock(), "{text}");
    }
}

/// Returns stdout behind a buffer: the standard handle flushes at every newline, which costs a
/// system call per line of a long list. Callers flush before returning, so a closed pipe is
/// still reported as an error.
fn buffered_stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock())
}

/// Renders a table for a terminal: columns sized to the terminal (or `width`), measured in
/// display cells so CJK and emoji names line up, and ID columns never wrapped.
fn render_for_terminal(table: &Table, bold_header: bool, width: Option<u16>) -> String {
    let mut rendered = ComfyTable::new();
    rendered
        .load_preset(presets::NOTHING)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(table.headers.iter().map(|header| {
            let cell = comfy_table::Cell::new(header);
            if bold_header {
                cell.add_attribute(comfy_table::Attribute::Bold)
            } else {
                cell
            }
        }));
    let detected = rendered.width();
    let columns = std::env::var("COLUMNS").ok();
    match width.or_else(|| usable_width(columns.as_deref(), detected)) {
        Some(width) => {
            rendered.set_width(width);
        }
        None => {
            rendered.set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    for row in &table.rows {
        rendered.add_row(row.iter().map(|cell| cell.as_str()));
    }
    // An ID, email or timestamp split over two lines cannot be copied, so such columns never
    // wrap; the other columns share what width is left.
    // A column never gets narrower than its header or a short value, because words cut into
    // two-letter pieces are unreadable. A table that then overflows wraps whole lines instead.
    for (index, header) in table.headers.iter().enumerate() {
        let constraint = if is_unbreakable_column(table, index, header) {
            comfy_table::ColumnConstraint::ContentWidth
        } else {
            let longest = table
                .rows
                .iter()
                .filter_map(|row| row.get(index))
                .map(|cell| comfy_table::Cell::new(cell).content().len())
                .max()
                .unwrap_or(0);
            // The boundary includes the column's padding, one space on each side.
            let floor = header.len().max(longest.min(MIN_COLUMN_WIDTH)) + 2;
            comfy_table::ColumnConstraint::LowerBoundary(comfy_table::Width::Fixed(
                u16::try_from(floor).unwrap_or(u16::MAX),
            ))
        };
        if let Some(column) = rendered.column_mut(index) {
            column.set_constraint(constraint);
        }
    }
    rendered.to_string().trim_end().to_string()
}

/// Reports whether column `index` contains values that are copied whole: IDs, emails, and
/// timestamps (every cell RFC 3339 or `-`).
fn is_unbreakable_column(table: &Table, index: usize, header: &str) -> bool {
    if header == "ID" || header.ends_with("_ID") || header.contains("EMAIL") {
        return true;
    }
    let mut cells = table.rows.iter().filter_map(|row| row.get(index));
    let mut any_time = false;
    let all_times = cells.all(|cell| {
        let is_time = chrono::DateTime::parse_from_rfc3339(cell).is_ok();
        any_time |= is_time;
        is_time || cell == "-"
    });
    all_times && any_time
}

/// Width below which a column of wrappable text is not squeezed, in characters.
const MIN_COLUMN_WIDTH: usize = 12;

/// Narrowest terminal width worth fitting a table into. Below it, wrapping every cell to a few
/// characters is less readable than letting the terminal wrap whole lines.
const MIN_TABLE_WIDTH: u16 = 20;

/// Chooses the width to fit a table into: `COLUMNS` when it contains a usable number, else the
/// width detected from the terminal. Returns `None` when neither is usable, for example in a
/// pseudo-terminal whose size was never set, which reports zero columns.
fn usable_width(columns: Option<&str>, detected: Option<u16>) -> Option<u16> {
    columns
        .and_then(|value| value.trim().parse::<u16>().ok())
        .or(detected)
        .filter(|&width| width >= MIN_TABLE_WIDTH)
}

/// Prints a notice on stderr outside any command's printer.
pub fn notice_line(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

/// Returns the descriptor pool of every compiled `.proto` file.
// NOTE: building the pool takes about 10 million instructions (callgrind, x86-64 release
// build), two thirds of a warm `org list -o json`, and it is built even for table output when
// a command renders its JSON up front. A pool holding only the messages being printed would
// cost a fraction of that.
pub fn descriptor_pool() -> &'static DescriptorPool {
    static POOL: OnceLock<DescriptorPool> = OnceLock::new();
    POOL.get_or_init(|| {
        DescriptorPool::decode(crate::proto::DESCRIPTORS).expect("compiled descriptors decode")
    })
}

/// Converts a message to JSON: proto field names, enums by name, RFC 3339 timestamps,
/// Structs as plain objects, 64-bit integers as numbers and whole numbers without `.0`.
pub fn to_json<M: prost::Message + prost::Name>(message: &M) -> Json {
    let descriptor = descriptor_pool()
        .get_message_by_name(&M::full_name())
        .expect("every generated message has a descriptor");
    let dynamic = DynamicMessage::decode(descriptor, message.encode_to_vec().as_slice())
        .expect("a message decodes with its own descriptor");
    let options = SerializeOptions::new()
        .use_proto_field_name(true)
        .stringify_64_bit_integers(false)
        .skip_default_fields(false);
    let value = dynamic
        .serialize_with_options(serde_json::value::Serializer, &options)
        .expect("a message serializes to JSON");
    normalize_numbers(value)
}

/// Converts a list of messages to one JSON array.
pub fn list_to_json<M: prost::Message + prost::Name>(messages: &[M]) -> Json {
    Json::Array(messages.iter().map(to_json).collect())
}

fn normalize_numbers(value: Json) -> Json {
    match value {
        Json::Number(n) if n.is_f64() => number_to_json(n.as_f64().unwrap_or_default()),
        Json::Array(items) => Json::Array(items.into_iter().map(normalize_numbers).collect()),
        Json::Object(map) => Json::Object(
            map.into_iter()
                .map(|(key, item)| (key, normalize_numbers(item)))
                .collect(),
        ),
        other => other,
    }
}

/// Formats a timestamp as RFC 3339 UTC with `Z` and whole seconds, or `-` when unset.
pub fn time_cell(timestamp: Option<&prost_types::Timestamp>) -> String {
    timestamp
        .and_then(|t| chrono::DateTime::from_timestamp(t.seconds, t.nanos.max(0) as u32))
        .map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|| "-".into())
}

/// Formats a timestamp as RFC 3339 UTC with `Z` and milliseconds, or `-` when unset.
pub fn time_cell_millis(timestamp: Option<&prost_types::Timestamp>) -> String {
    timestamp
        .and_then(|t| chrono::DateTime::from_timestamp(t.seconds, t.nanos.max(0) as u32))
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
        .unwrap_or_else(|| "-".into())
}

/// Formats a timestamp as RFC 3339 UTC with `Z`, keeping as many fractional digits as the
/// JSON output of other messages does (none, 3, 6 or 9).
pub fn rfc3339(timestamp: &prost_types::Timestamp) -> String {
    let Some(time) =
        chrono::DateTime::from_timestamp(timestamp.seconds, timestamp.nanos.max(0) as u32)
    else {
        return String::new();
    };
    let nanos = timestamp.nanos.max(0);
    let format = if nanos == 0 {
        "%Y-%m-%dT%H:%M:%SZ"
    } else if nanos % 1_000_000 == 0 {
        "%Y-%m-%dT%H:%M:%S%.3fZ"
    } else if nanos % 1_000 == 0 {
        "%Y-%m-%dT%H:%M:%S%.6fZ"
    } else {
        "%Y-%m-%dT%H:%M:%S%.9fZ"
    };
    time.format(format).to_string()
}

/// Shows an empty string as `-` so a table column never looks shifted.
pub fn cell(text: &str) -> String {
    if text.is_empty() {
        "-".into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn usable_width_ignores_zero_terminal() {
        assert_eq!(super::usable_width(None, Some(0)), None);
        assert_eq!(super::usable_width(None, None), None);
        assert_eq!(super::usable_width(None, Some(120)), Some(120));
        assert_eq!(super::usable_width(Some("90"), Some(0)), Some(90));
        assert_eq!(super::usable_width(Some("wide"), Some(100)), Some(100));
        assert_eq!(super::usable_width(Some("0"), Some(100)), None);
    }

    use super::*;
    use crate::proto::viam::app::v1::{Organization, RobotPart};
    use serde_json::json;

    #[test]
    fn json_uses_proto_field_names() {
        let org = Organization {
            id: "o1".into(),
            public_namespace: "acme".into(),
            created_on: Some(prost_types::Timestamp {
                seconds: 1_764_840_902,
                nanos: 123_000_000,
            }),
            ..Default::default()
        };
        let value = to_json(&org);
        assert_eq!(value["public_namespace"], json!("acme"));
        assert_eq!(value["created_on"], json!("2025-12-04T09:35:02.123Z"));
        assert_eq!(value["default_region"], json!(""));
    }

    #[test]
    fn terminal_table_aligns_wide_characters() {
        let mut table = Table::new(&["ID", "NAME", "STATE"]);
        table.row(vec!["a1".into(), "ロボット-1".into(), "online".into()]);
        table.row(vec!["b2".into(), "rover 🚀".into(), "offline".into()]);
        table.row(vec!["c3".into(), "plain".into(), "online".into()]);

        let text = render_for_terminal(&table, false, Some(80));

        let state_columns: Vec<usize> = text
            .lines()
            .map(|line| {
                let at = line
                    .find("online")
                    .or_else(|| line.find("offline"))
                    .or_else(|| line.find("STATE"))
                    .unwrap();
                unicode_width::UnicodeWidthStr::width(&line[..at])
            })
            .collect();
        assert_eq!(state_columns.len(), 4, "{text}");
        assert!(
            state_columns.iter().all(|c| *c == state_columns[0]),
            "{text}"
        );
    }

    #[test]
    fn terminal_table_keeps_ids_whole() {
        let id = "8c196680-159f-4af9-869c-a67b0863e5ae";
        let mut table = Table::new(&["ID", "DESCRIPTION"]);
        table.row(vec![
            id.into(),
            "a long description that has to wrap somewhere ".repeat(3),
        ]);

        let text = render_for_terminal(&table, false, Some(60));

        assert!(text.contains(id), "{text}");
    }

    #[test]
    fn terminal_table_keeps_emails_times_headers_whole() {
        let email = "grace.hopper@demo-robotics.example";
        let time = "2026-12-04T16:58:17Z";
        let mut table = Table::new(&["EMAIL", "ADDED", "LAST_LOGIN", "NOTE"]);
        table.row(vec![
            email.into(),
            time.into(),
            "-".into(),
            "a note long enough that it has to wrap over several lines".into(),
        ]);

        let text = render_for_terminal(&table, false, Some(60));

        assert!(text.contains(email), "{text}");
        assert!(text.contains(time), "{text}");
        assert!(text.contains("LAST_LOGIN"), "{text}");
    }

    #[test]
    fn json_struct_config_keeps_integers() {
        let config = json!({"baud": 115200, "ratio": 0.5});
        let part = RobotPart {
            robot_config: Some(
                crate::structjson::json_to_struct(config.as_object().unwrap()).unwrap(),
            ),
            seconds_since_online: 42,
            ..Default::default()
        };
        let value = to_json(&part);
        assert_eq!(
            value["robot_config"].to_string(),
            r#"{"baud":115200,"ratio":0.5}"#
        );
        assert_eq!(value["seconds_since_online"], json!(42));
        assert_eq!(value["online_state"], json!("ONLINE_STATE_UNSPECIFIED"));
    }
}
