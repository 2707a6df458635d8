//! The only place that turns money, numbers and dates into text, through the browser's Intl
//! (no formatting data ships in the wasm). Each function takes the app's language id.

use js_sys::{Array, Object, Reflect};
use passage_core::loan::{NumberStyle, YearMonth};
use passage_core::money::Cents;
use wasm_bindgen::JsValue;

/// The Intl locale for an app language: Arabic with Arabic-Indic digits (browsers differ in
/// their default); Dari as written in Afghanistan (`fa-AF`, Extended Arabic-Indic digits);
/// Pashto likewise.
fn intl_locale(lang: &str) -> &str {
    match lang {
        "ar" => "ar-u-nu-arab",
        "prs" => "fa-AF",
        "ps" => "ps-AF",
        other => other,
    }
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

fn locales(lang: &str) -> Array {
    Array::of1(&JsValue::from_str(intl_locale(lang)))
}

fn call_format(format: js_sys::Function, value: JsValue) -> String {
    format
        .call1(&JsValue::NULL, &value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Cents as exact decimal text ("4800.05"), which Intl formats without going through a float.
fn decimal_text(cents: Cents) -> String {
    let sign = if cents.0 < 0 { "-" } else { "" };
    format!(
        "{sign}{}.{:02}",
        cents.0.unsigned_abs() / 100,
        cents.0.unsigned_abs() % 100
    )
}

/// Canadian dollars, e.g. "CA$66.67", "66,67 $ CA", "‏٦٦٫٦٧ CA$".
pub fn money(cents: Cents, lang: &str) -> String {
    let format = js_sys::Intl::NumberFormat::new(
        &locales(lang),
        &options(&[("style", "currency"), ("currency", "CAD")]),
    );
    call_format(format.format(), JsValue::from_str(&decimal_text(cents)))
}

/// An amount as a person would type it, without currency: "4,800.00", "4 800,00", "٤٬٨٠٠٫٠٠".
pub fn amount(cents: Cents, lang: &str) -> String {
    let format = js_sys::Intl::NumberFormat::new(
        &locales(lang),
        &options(&[
            ("minimumFractionDigits", "2"),
            ("maximumFractionDigits", "2"),
        ]),
    );
    call_format(format.format(), JsValue::from_str(&decimal_text(cents)))
}

/// A whole number in the language's digits.
pub fn number(value: i64, lang: &str) -> String {
    let format = js_sys::Intl::NumberFormat::new(&locales(lang), &Object::new());
    call_format(format.format(), JsValue::from_str(&value.to_string()))
}

/// A year or another number written without grouping ("2027", "٢٠٢٧").
pub fn plain_number(value: i64, lang: &str) -> String {
    let format =
        js_sys::Intl::NumberFormat::new(&locales(lang), &options(&[("useGrouping", "false")]));
    call_format(format.format(), JsValue::from_str(&value.to_string()))
}

/// A month and year, e.g. "March 2027", "mars 2027", "مارس ٢٠٢٧".
pub fn month_year(month: YearMonth, lang: &str) -> String {
    let format = js_sys::Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[("month", "long"), ("year", "numeric"), ("timeZone", "UTC")]),
    );
    let time = js_sys::Date::utc(f64::from(month.year()), f64::from(month.month() - 1));
    call_format(
        format.format(),
        js_sys::Date::new(&JsValue::from_f64(time)).into(),
    )
}

/// A calendar date, e.g. "23 November 2026".
pub fn date(date: chrono::NaiveDate, lang: &str) -> String {
    use chrono::Datelike;
    let format = js_sys::Intl::DateTimeFormat::new(
        &locales(lang),
        &options(&[("dateStyle", "long"), ("timeZone", "UTC")]),
    );
    let time = js_sys::Date::utc(f64::from(date.year()), f64::from(date.month0()))
        + f64::from(date.day0()) * 86_400_000.0;
    call_format(
        format.format(),
        js_sys::Date::new(&JsValue::from_f64(time)).into(),
    )
}

/// The decimal and grouping marks the language writes (read from Intl), for reading input.
pub fn number_style(lang: &str) -> NumberStyle {
    let format = js_sys::Intl::NumberFormat::new(&locales(lang), &Object::new());
    let mut style = NumberStyle {
        decimal: '.',
        group: ',',
    };
    for part in format.format_to_parts(12345.5).iter() {
        let kind = Reflect::get(&part, &JsValue::from_str("type"))
            .ok()
            .and_then(|v| v.as_string());
        let value = Reflect::get(&part, &JsValue::from_str("value"))
            .ok()
            .and_then(|v| v.as_string());
        let first = value.and_then(|v| v.chars().next());
        match (kind.as_deref(), first) {
            (Some("decimal"), Some(c)) => style.decimal = c,
            (Some("group"), Some(c)) => style.group = c,
            _ => {}
        }
    }
    style
}
