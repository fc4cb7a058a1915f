//! The open data's formats: each data set as JSON, CSV and JSON Schema, from its one field list.

use serde_json::{json, Value};

use super::FieldKind::{self, Count, List, OptionalDate, OptionalText, OptionalUrl, Text, Url};
use super::{text, Dataset, LIST_SEPARATOR};

impl FieldKind {
    /// The interface string that names the kind on the downloads page.
    pub(super) fn label(self) -> &'static str {
        match self {
            Text => "data_type_text",
            OptionalText => "data_type_optional_text",
            OptionalDate => "data_type_optional_date",
            Url => "data_type_url",
            OptionalUrl => "data_type_optional_url",
            Count => "data_type_count",
            List => "data_type_list",
        }
    }

    fn schema(self) -> Value {
        match self {
            Text => json!({ "type": "string" }),
            OptionalText => json!({ "type": ["string", "null"] }),
            OptionalDate => json!({
                "type": ["string", "null"],
                "pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
            }),
            Url => json!({ "type": "string", "format": "uri-reference" }),
            OptionalUrl => json!({ "type": ["string", "null"], "format": "uri-reference" }),
            Count => json!({ "type": "integer", "minimum": 0 }),
            List => json!({ "type": "array", "items": { "type": "string" } }),
        }
    }
}

impl Dataset {
    /// The records as a JSON array of objects, one per line, keys in field order.
    pub fn json(&self) -> String {
        let mut out = String::from("[\n");
        for (index, record) in self.records.iter().enumerate() {
            out.push('{');
            for (position, (field, value)) in self.fields.iter().zip(record).enumerate() {
                if position > 0 {
                    out.push(',');
                }
                // Serialising a string or a `Value` cannot fail.
                out.push_str(&serde_json::to_string(field.name).unwrap_or_default());
                out.push(':');
                out.push_str(&serde_json::to_string(value).unwrap_or_default());
            }
            out.push('}');
            if index + 1 < self.records.len() {
                out.push(',');
            }
            out.push('\n');
        }
        out.push_str("]\n");
        out
    }

    /// The records as CSV (RFC 4180): a header row, CRLF line ends, null as an empty cell.
    pub fn csv(&self) -> String {
        let mut out = String::new();
        let header: Vec<String> = self.fields.iter().map(|f| csv_cell(f.name)).collect();
        out.push_str(&header.join(","));
        out.push_str("\r\n");
        for record in &self.records {
            let cells: Vec<String> = record.iter().map(|v| csv_cell(&cell_text(v))).collect();
            out.push_str(&cells.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// The JSON Schema (draft 2020-12) of the JSON file, whose address is `id`; `say` gives the
    /// text of an interface string.
    pub fn schema<'s>(&self, id: &str, say: impl Fn(&'s str) -> &'s str) -> Value {
        let mut properties = serde_json::Map::new();
        for field in self.fields {
            let mut schema = field.kind.schema();
            schema["description"] = text(say(field.about));
            properties.insert(field.name.to_string(), schema);
        }
        let required: Vec<&str> = self.fields.iter().map(|f| f.name).collect();
        json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": id,
            "title": self.name,
            "description": say(self.about),
            "type": "array",
            "items": {
                "type": "object",
                "properties": properties,
                "required": required,
                "additionalProperties": false
            }
        })
    }
}

/// A value as one CSV cell: text as it is, numbers in decimal, lists joined, null empty.
pub fn cell_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items
            .iter()
            .map(cell_text)
            .collect::<Vec<_>>()
            .join(LIST_SEPARATOR),
        other => other.to_string(),
    }
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_quote_what_needs_it() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn cells_flatten_lists_and_nulls() {
        assert_eq!(cell_text(&Value::Null), "");
        assert_eq!(cell_text(&json!(["a", "b"])), "a; b");
        assert_eq!(cell_text(&json!(3)), "3");
    }
}
