//! The device's clock: the app's one source of "now", passed to passage-core's logic.

use chrono::{DateTime, NaiveDate, Utc};

/// Now, from the device's clock.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Today on the device's clock, in its own time zone (a sponsor in Vancouver at 8 pm is
/// still on today, though UTC is on tomorrow).
pub fn today() -> NaiveDate {
    let date = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(|| now().date_naive())
}
