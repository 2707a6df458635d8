//! Reading the human-edited TOML in `data/` into wire types, for the importer and for the
//! app's build (feature `data`; the browser app itself never parses TOML).

use serde::de::DeserializeOwned;

/// Parses TOML text into `T`. TOML dates (`2026-11-23`, `2027-01-12T09:00:00+03:00`) become the
/// RFC 3339 text the wire types read. A syntax error gives its line; a type error gives the
/// field's path (`sessions[3].format: unknown variant …`).
pub fn from_toml<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let mut value: toml::Value =
        toml::from_str(text).map_err(|err| err.to_string().trim_end().replace('\n', " "))?;
    dates_as_text(&mut value);
    serde_path_to_error::deserialize(value)
        .map_err(|err| format!("{}: {}", err.path(), err.inner()))
}

fn dates_as_text(value: &mut toml::Value) {
    match value {
        toml::Value::Datetime(datetime) => *value = toml::Value::String(datetime.to_string()),
        toml::Value::Array(items) => items.iter_mut().for_each(dates_as_text),
        toml::Value::Table(table) => table.iter_mut().for_each(|(_, v)| dates_as_text(v)),
        _ => {}
    }
}
