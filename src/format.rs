//! The only place that turns money, numbers and dates into text, through the browser's Intl
//! (no formatting data ships in the wasm). Each function takes the app's language id. Intl
//! formatters are built once per language and kind, then reused (a schedule has 96 rows).
//!
//! Browsers do not all know every language: Chromium's Intl has no Pashto, Tigrinya or Somali
//! and would write their numbers and months in English. For a language the browser does not
//! know, numbers use the nearest locale it does (Pashto: Arabic with Extended Arabic-Indic
//! digits, as Pashto writes them; Tigrinya and Somali: Western digits), and month names come
//! from the language's own messages (`date-month-1` …).

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};
use js_sys::{Function, Object, Reflect};
use passage_core::loan::YearMonth;
use passage_core::money::Cents;
use passage_core::number::NumberStyle;
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;

use crate::i18n::tr;

/// The Intl locale for an app language: Arabic with Arabic-Indic digits (browsers differ in
/// their default); Dari as written in Afghanistan (`fa-AF`, Extended Arabic-Indic digits) with
/// the Gregorian calendar (`fa-AF` alone gives Afghan solar months, which are not the months
/// payments fall in); Pashto likewise.
fn intl_locale(lang: &str) -> &str {
    match lang {
        "ar" => "ar-u-nu-arab-ca-gregory",
        "prs" => "fa-AF-u-ca-gregory",
        "ps" => "ps-AF-u-ca-gregory",
        other => other,
    }
}

/// Numbers for a language the browser's Intl does not know: the nearest locale it does.
fn number_fallback(lang: &str) -> &'static str {
    match lang {
        "ps" | "prs" => "ar-u-nu-arabext",
        "ar" => "ar-u-nu-arab",
        _ => "en",
    }
}

thread_local! {
    static KNOWN: RefCell<HashMap<String, bool>> = RefCell::new(HashMap::new());
}

/// Whether the browser's Intl knows `lang` (Chromium's does not know ps, ti or so).
fn known(lang: &str) -> bool {
    KNOWN.with(|cache| {
        *cache
            .borrow_mut()
            .entry(lang.to_owned())
            .or_insert_with(|| {
                let locales = js_sys::Array::of1(&JsValue::from_str(intl_locale(lang)));
                js_sys::Intl::DateTimeFormat::supported_locales_of(&locales, &Object::new())
                    .length()
                    > 0
            })
    })
}

/// The locale Intl formats `lang`'s numbers with.
fn number_locale(lang: &str) -> &str {
    if known(lang) {
        intl_locale(lang)
    } else {
        number_fallback(lang)
    }
}

/// The formatters this module builds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Kind {
    Money,
    Amount,
    Number,
    PlainNumber,
    MonthYear,
    Date,
    Weekday,
    Clock,
}

thread_local! {
    static FORMATTERS: RefCell<HashMap<(Kind, String), Function>> = RefCell::new(HashMap::new());
}

/// The `format` function of the Intl formatter of `kind` for `lang`, built on first use.
fn formatter(kind: Kind, lang: &str) -> Function {
    FORMATTERS.with(|cache| {
        cache
            .borrow_mut()
            .entry((kind, lang.to_owned()))
            .or_insert_with(|| build(kind, lang))
            .clone()
    })
}

fn build(kind: Kind, lang: &str) -> Function {
    let tag = match kind {
        Kind::MonthYear | Kind::Date | Kind::Weekday | Kind::Clock => intl_locale(lang),
        _ => number_locale(lang),
    };
    let locales = js_sys::Array::of1(&JsValue::from_str(tag));
    let options = Object::new();
    let set = |key: &str, value: JsValue| {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &value);
    };
    let text = |value: &str| JsValue::from_str(value);
    match kind {
        Kind::Money => {
            set("style", text("currency"));
            set("currency", text("CAD"));
        }
        Kind::Amount => {
            set("minimumFractionDigits", JsValue::from_f64(2.0));
            set("maximumFractionDigits", JsValue::from_f64(2.0));
        }
        Kind::Number => {}
        // Years, months and days are never grouped ("2027", not "2,027").
        Kind::PlainNumber => set("useGrouping", JsValue::FALSE),
        Kind::MonthYear => {
            set("month", text("long"));
            set("year", text("numeric"));
            set("timeZone", text("UTC"));
        }
        Kind::Date => {
            set("dateStyle", text("long"));
            set("timeZone", text("UTC"));
        }
        Kind::Weekday => {
            set("weekday", text("long"));
            set("timeZone", text("UTC"));
        }
        Kind::Clock => {
            set("hour", text("numeric"));
            set("minute", text("2-digit"));
            set("timeZone", text("UTC"));
        }
    }
    match kind {
        Kind::MonthYear | Kind::Date | Kind::Weekday | Kind::Clock => {
            js_sys::Intl::DateTimeFormat::new(&locales, &options).format()
        }
        _ => js_sys::Intl::NumberFormat::new(&locales, &options).format(),
    }
}

fn call(kind: Kind, lang: &str, value: JsValue) -> String {
    formatter(kind, lang)
        .call1(&JsValue::NULL, &value)
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

/// Cents as exact decimal text ("4800.05"), which Intl formats without going through a float.
fn decimal_text(cents: Cents) -> JsValue {
    let sign = if cents.0 < 0 { "-" } else { "" };
    let abs = cents.0.unsigned_abs();
    JsValue::from_str(&format!("{sign}{}.{:02}", abs / 100, abs % 100))
}

/// Canadian dollars, e.g. "CA$66.67", "66,67 $ CA", "‏٦٦٫٦٧ CA$".
pub fn money(cents: Cents, lang: &str) -> String {
    call(Kind::Money, lang, decimal_text(cents))
}

/// An amount as a person would type it, without currency: "4,800.00", "4 800,00", "٤٬٨٠٠٫٠٠".
pub fn amount(cents: Cents, lang: &str) -> String {
    call(Kind::Amount, lang, decimal_text(cents))
}

/// A whole number in the language's digits, grouped ("1,200").
pub fn number(value: i64, lang: &str) -> String {
    call(Kind::Number, lang, JsValue::from_str(&value.to_string()))
}

/// A year, month or day number, never grouped ("2027", "٢٠٢٧").
pub fn plain_number(value: i64, lang: &str) -> String {
    call(
        Kind::PlainNumber,
        lang,
        JsValue::from_str(&value.to_string()),
    )
}

/// A month's name from the language's own messages (for browsers that do not know it).
fn month_name(month: u32) -> String {
    match month {
        1 => tr!("date-month-1"),
        2 => tr!("date-month-2"),
        3 => tr!("date-month-3"),
        4 => tr!("date-month-4"),
        5 => tr!("date-month-5"),
        6 => tr!("date-month-6"),
        7 => tr!("date-month-7"),
        8 => tr!("date-month-8"),
        9 => tr!("date-month-9"),
        10 => tr!("date-month-10"),
        11 => tr!("date-month-11"),
        _ => tr!("date-month-12"),
    }
}

/// A month and year, e.g. "March 2027", "mars 2027", "مارس ٢٠٢٧".
pub fn month_year(month: YearMonth, lang: &str) -> String {
    if !known(lang) {
        return tr!("date-month-year", {
            "month" => month_name(month.month()),
            "year" => plain_number(i64::from(month.year()), lang),
        });
    }
    let time = js_sys::Date::utc(f64::from(month.year()), f64::from(month.month() - 1));
    call(
        Kind::MonthYear,
        lang,
        js_sys::Date::new(&JsValue::from_f64(time)).into(),
    )
}

/// A calendar date, e.g. "23 November 2026".
pub fn date(date: chrono::NaiveDate, lang: &str) -> String {
    use chrono::Datelike;
    if !known(lang) {
        return tr!("date-day-month-year", {
            "day" => plain_number(i64::from(date.day()), lang),
            "month" => month_name(date.month()),
            "year" => plain_number(i64::from(date.year()), lang),
        });
    }
    let time = js_sys::Date::utc(f64::from(date.year()), f64::from(date.month0()))
        + f64::from(date.day0()) * 86_400_000.0;
    call(
        Kind::Date,
        lang,
        js_sys::Date::new(&JsValue::from_f64(time)).into(),
    )
}

/// An hour or a minute in two digits of the language ("09", "٠٩").
fn two_digits(n: i64, lang: &str) -> String {
    let text = plain_number(n, lang);
    if n < 10 {
        format!("{}{text}", plain_number(0, lang))
    } else {
        text
    }
}

/// A day of the week (ISO: Monday = 1), e.g. "Monday", "الاثنين".
pub fn weekday(day: u8, lang: &str) -> String {
    if !known(lang) {
        return match day {
            1 => tr!("date-weekday-1"),
            2 => tr!("date-weekday-2"),
            3 => tr!("date-weekday-3"),
            4 => tr!("date-weekday-4"),
            5 => tr!("date-weekday-5"),
            6 => tr!("date-weekday-6"),
            _ => tr!("date-weekday-7"),
        };
    }
    // 1 January 2024 was a Monday.
    let time = js_sys::Date::utc(2024.0, 0.0) + f64::from(day.clamp(1, 7) - 1) * 86_400_000.0;
    call(
        Kind::Weekday,
        lang,
        js_sys::Date::new(&JsValue::from_f64(time)).into(),
    )
}

/// A time of day given as `HH:MM` (24-hour), written the reader's way: "8:30 AM", "٨:٣٠ ص".
pub fn clock(hh_mm: &str, lang: &str) -> String {
    let (hours, minutes) = hh_mm.split_once(':').unwrap_or((hh_mm, "0"));
    let (hours, minutes) = (
        hours.trim().parse::<i64>().unwrap_or(0),
        minutes.trim().parse::<i64>().unwrap_or(0),
    );
    if !known(lang) {
        return format!("{}:{}", two_digits(hours, lang), two_digits(minutes, lang));
    }
    let time = js_sys::Date::utc(2024.0, 0.0) + ((hours * 60 + minutes) * 60_000) as f64;
    call(
        Kind::Clock,
        lang,
        js_sys::Date::new(&JsValue::from_f64(time)).into(),
    )
}

thread_local! {
    static STYLES: RefCell<HashMap<String, NumberStyle>> = RefCell::new(HashMap::new());
}

/// A moment in the time zone `zone` (IANA, e.g. `Africa/Nairobi`), in full: "Thursday
/// 3 December 2026 at 09:30". The browser's Intl knows the zones; where it does not know the
/// language, the day, month name and time are put together from the language's messages.
pub fn date_time(at: DateTime<FixedOffset>, zone: &str, lang: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let moment: JsValue = date.clone().into();
    let options = Object::new();
    let set = |key: &str, value: &str| {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    };
    set("timeZone", zone);
    if known(lang) {
        set("dateStyle", "full");
        set("timeStyle", "short");
        let locales = js_sys::Array::of1(&JsValue::from_str(intl_locale(lang)));
        let format = js_sys::Intl::DateTimeFormat::new(&locales, &options).format();
        return format
            .call1(&JsValue::NULL, &moment)
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
    }
    // The parts of the moment in that zone, as numbers.
    for (key, value) in [
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
    ] {
        set(key, value);
    }
    set("hourCycle", "h23");
    let locales = js_sys::Array::of1(&JsValue::from_str("en"));
    let parts = js_sys::Intl::DateTimeFormat::new(&locales, &options).format_to_parts(&date);
    let part = |name: &str| -> i64 {
        parts
            .iter()
            .find(|p| {
                Reflect::get(p, &"type".into())
                    .ok()
                    .and_then(|t| t.as_string())
                    .as_deref()
                    == Some(name)
            })
            .and_then(|p| {
                Reflect::get(&p, &"value".into())
                    .ok()?
                    .as_string()?
                    .parse()
                    .ok()
            })
            .unwrap_or(0)
    };
    let date = tr!("date-day-month-year", {
        "day" => plain_number(part("day"), lang),
        "month" => month_name(part("month") as u32),
        "year" => plain_number(part("year"), lang),
    });
    let time = format!(
        "{}:{}",
        two_digits(part("hour"), lang),
        two_digits(part("minute"), lang)
    );
    tr!("date-at-time", { "date" => date, "time" => time })
}

/// The phone's own time zone (IANA), from the browser.
pub fn phone_zone() -> String {
    js_sys::Intl::DateTimeFormat::new(&js_sys::Array::new(), &Object::new())
        .resolved_options()
        .dyn_into::<Object>()
        .ok()
        .and_then(|options| Reflect::get(&options, &"timeZone".into()).ok())
        .and_then(|zone| zone.as_string())
        .unwrap_or_default()
}

/// Whether the phone's clock is at a different UTC offset than `at`'s place at that moment.
pub fn phone_differs(at: DateTime<FixedOffset>) -> bool {
    let moment = js_sys::Date::new(&JsValue::from_f64(at.timestamp_millis() as f64));
    let phone_minutes_east = -(moment.get_timezone_offset() as i32);
    phone_minutes_east * 60 != at.offset().local_minus_utc()
}

/// The decimal and grouping marks the language writes (read from Intl once), for reading input.
pub fn number_style(lang: &str) -> NumberStyle {
    STYLES.with(|cache| {
        *cache
            .borrow_mut()
            .entry(lang.to_owned())
            .or_insert_with(|| read_number_style(lang))
    })
}

fn read_number_style(lang: &str) -> NumberStyle {
    let locales = js_sys::Array::of1(&JsValue::from_str(number_locale(lang)));
    let format = js_sys::Intl::NumberFormat::new(&locales, &Object::new());
    let mut style = NumberStyle::ASCII;
    for part in format.format_to_parts(12345.5).iter() {
        let field = |name: &str| {
            Reflect::get(&part, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        let first = field("value").and_then(|v| v.chars().next());
        match (field("type").as_deref(), first) {
            (Some("decimal"), Some(c)) => style.decimal = c,
            (Some("group"), Some(c)) => style.group = c,
            _ => {}
        }
    }
    style
}
