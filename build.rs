//! Builds the app's own copy of the loan policy from `data/loan-policy.toml` (as the JSON the
//! API serves), so the first estimate works offline before the API was ever reached. A policy
//! the wire type cannot read fails the build.

use std::path::Path;

fn dates_as_text(value: toml::Value) -> serde_json::Value {
    match value {
        toml::Value::String(s) => serde_json::Value::String(s),
        toml::Value::Integer(i) => serde_json::Value::from(i),
        toml::Value::Float(f) => serde_json::Value::from(f),
        toml::Value::Boolean(b) => serde_json::Value::Bool(b),
        toml::Value::Datetime(d) => serde_json::Value::String(d.to_string()),
        toml::Value::Array(items) => items.into_iter().map(dates_as_text).collect(),
        toml::Value::Table(table) => table
            .into_iter()
            .map(|(k, v)| (k, dates_as_text(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
    }
}

fn main() {
    let source = Path::new("data/loan-policy.toml");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(source).expect("data/loan-policy.toml");
    let value: toml::Value = toml::from_str(&text).expect("data/loan-policy.toml is TOML");
    let json = dates_as_text(value);
    let policy: passage_core::wire::LoanPolicy = serde_json::from_value(json)
        .expect("data/loan-policy.toml matches the LoanPolicy wire type");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("loan-policy.json");
    std::fs::write(out, serde_json::to_string(&policy).unwrap()).unwrap();
}
