//! Conversions between `google.protobuf.Struct` and JSON values.
//!
//! Protobuf carries every number in a `Struct` as a double, so an integer survives the trip
//! only while a double holds it exactly. [`json_to_struct`] rejects integers beyond 2^53 instead
//! of rounding them, and [`struct_to_json`] turns whole doubles back into JSON integers, so
//! `115200` reads back as `115200`, not `115200.0`.

use anyhow::{Result, bail};
use prost_types::{ListValue, Struct, Value, value::Kind};
use serde_json::{Map, Number, Value as Json};

/// Largest integer magnitude a double represents exactly (2^53).
const MAX_EXACT_INTEGER: u64 = 1 << 53;

/// Converts a JSON object into a `Struct`, rejecting integers a double cannot hold exactly.
pub fn json_to_struct(object: &Map<String, Json>) -> Result<Struct> {
    let mut fields = std::collections::BTreeMap::new();
    for (key, value) in object {
        fields.insert(key.clone(), json_to_value(value, key)?);
    }
    Ok(Struct { fields })
}

fn json_to_value(value: &Json, path: &str) -> Result<Value> {
    let kind = match value {
        Json::Null => Kind::NullValue(0),
        Json::Bool(b) => Kind::BoolValue(*b),
        Json::String(s) => Kind::StringValue(s.clone()),
        Json::Number(n) => Kind::NumberValue(number_to_f64(n, path)?),
        Json::Array(items) => Kind::ListValue(ListValue {
            values: items
                .iter()
                .enumerate()
                .map(|(i, item)| json_to_value(item, &format!("{path}[{i}]")))
                .collect::<Result<_>>()?,
        }),
        Json::Object(map) => {
            let mut fields = std::collections::BTreeMap::new();
            for (key, item) in map {
                fields.insert(key.clone(), json_to_value(item, &format!("{path}.{key}"))?);
            }
            Kind::StructValue(Struct { fields })
        }
    };
    Ok(Value { kind: Some(kind) })
}

fn number_to_f64(number: &Number, path: &str) -> Result<f64> {
    let too_large = match (number.as_u64(), number.as_i64()) {
        (Some(u), _) => u > MAX_EXACT_INTEGER,
        (None, Some(i)) => i.unsigned_abs() > MAX_EXACT_INTEGER,
        (None, None) => false,
    };
    if too_large {
        bail!(
            "number {number} at `{path}` is too large to send exactly: protobuf stores config \
             numbers as doubles, which hold integers only up to 2^53; write it as a string instead"
        );
    }
    number
        .as_f64()
        .ok_or_else(|| anyhow::anyhow!("number {number} at `{path}` is not representable"))
}

/// Converts a `Struct` into a JSON object, writing whole doubles as integers.
pub fn struct_to_json(value: &Struct) -> Json {
    Json::Object(
        value
            .fields
            .iter()
            .map(|(key, item)| (key.clone(), value_to_json(item)))
            .collect(),
    )
}

/// Converts a `Value` into JSON, writing whole doubles as integers.
pub fn value_to_json(value: &Value) -> Json {
    match &value.kind {
        None | Some(Kind::NullValue(_)) => Json::Null,
        Some(Kind::BoolValue(b)) => Json::Bool(*b),
        Some(Kind::StringValue(s)) => Json::String(s.clone()),
        Some(Kind::NumberValue(n)) => number_to_json(*n),
        Some(Kind::ListValue(list)) => Json::Array(list.values.iter().map(value_to_json).collect()),
        Some(Kind::StructValue(s)) => struct_to_json(s),
    }
}

/// Writes a double as a JSON integer when it is whole and exact, else as a float.
pub fn number_to_json(n: f64) -> Json {
    if n.fract() == 0.0 && n.abs() <= MAX_EXACT_INTEGER as f64 {
        Json::Number(Number::from(n as i64))
    } else {
        Number::from_f64(n).map_or(Json::Null, Json::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn round_trip(value: Json) -> Json {
        let object = value.as_object().unwrap();
        struct_to_json(&json_to_struct(object).unwrap())
    }

    #[test]
    fn integers_stay_integers() {
        let back = round_trip(json!({"baud": 115200, "ratio": 0.5, "neg": -3}));
        assert_eq!(back.to_string(), r#"{"baud":115200,"neg":-3,"ratio":0.5}"#);
    }

    #[test]
    fn nested_values_round_trip() {
        let value = json!({"a": [1, "x", null, true, {"b": 2.25}]});
        assert_eq!(round_trip(value.clone()), value);
    }

    #[test]
    fn integer_beyond_2_pow_53_rejected() {
        let value = json!({"components": {"id": 9007199254740993_u64}});
        let error = json_to_struct(value.as_object().unwrap()).unwrap_err();
        assert!(error.to_string().contains("9007199254740993"), "{error}");
        assert!(error.to_string().contains("`components.id`"), "{error}");
    }

    #[test]
    fn integer_at_2_pow_53_accepted() {
        let back = round_trip(json!({"n": 9007199254740992_u64}));
        assert_eq!(back["n"], json!(9007199254740992_u64));
    }
}
