//! The device's clock: the app's one source of "now", passed to passage-core's logic.
//!
//! Two corrections keep countdowns true. Views that read `now()` or `today()` are drawn again
//! when the device's day changes, so "Tomorrow" becomes "Today" on a page left open: at its
//! midnight, and when the page is seen again (a phone asleep overnight runs no timers). And a phone
//! whose date is wrong (cheap phones lose it with their battery) is noticed from the server's
//! `Date` header: from then on the app counts from the server's time, and `wrong_date()`
//! says so.

use std::cell::Cell;

use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;

/// How far the phone's clock may be from the server's before the app counts from the
/// server's: more than a day, so a phone an hour off (a time zone set wrong, a late answer)
/// is left alone, while one on another day is not.
const TRUSTED_SKEW_MS: f64 = 36.0 * 3_600_000.0;

thread_local! {
    /// Milliseconds added to the device's clock: the server's time less the device's, once
    /// they were found further apart than `TRUSTED_SKEW_MS`; else 0.
    static OFFSET: ArcRwSignal<f64> = ArcRwSignal::new(0.0);
    /// The device's day (days since 1970 in its time zone), once a view has read the clock;
    /// views that read it are drawn again when it changes.
    static DAY: ArcRwSignal<i32> = ArcRwSignal::new(0);
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// The time in milliseconds since 1970, corrected (tracked: views follow the day and the
/// correction).
fn millis() -> f64 {
    watch_the_day();
    DAY.with(|day| day.track());
    js_sys::Date::now() + OFFSET.with(|offset| offset.get())
}

/// Now, from the device's clock (corrected when it was found wrong).
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(millis() as i64).unwrap_or_default()
}

/// Today on the device's clock, in its own time zone (a sponsor in Vancouver at 8 pm is
/// still on today, though UTC is on tomorrow).
pub fn today() -> NaiveDate {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis()));
    NaiveDate::from_ymd_opt(
        date.get_full_year() as i32,
        date.get_month() + 1,
        date.get_date(),
    )
    .unwrap_or_else(|| now().date_naive())
}

/// Today as the server's clock says, when the phone's date was found wrong (tracked).
pub fn wrong_date() -> Option<NaiveDate> {
    OFFSET.with(|offset| offset.get() != 0.0).then(today)
}

/// Compares the device's clock with a server's `Date` header (`fresh`: an answer the server
/// made just now, never a saved one; a saved answer's date is only ever earlier, so one in the
/// future is taken as fresh too).
pub fn compare_with_server(date: &str, fresh: bool) {
    let server = js_sys::Date::new(&date.into()).get_time();
    if server.is_nan() {
        return;
    }
    let ahead = server - js_sys::Date::now();
    if !(fresh || ahead > 0.0) {
        return;
    }
    let offset = if ahead.abs() > TRUSTED_SKEW_MS {
        ahead
    } else {
        0.0
    };
    OFFSET.with(|current| {
        if current.get_untracked() != offset {
            current.set(offset);
        }
    });
}

/// The device's day now: days since 1970 in its own time zone.
fn device_day() -> i32 {
    let now = js_sys::Date::new_0();
    let local = now.get_time() - now.get_timezone_offset() * 60_000.0;
    (local / 86_400_000.0).floor() as i32
}

/// Moves `DAY` on when the device's day has changed.
fn check_the_day() {
    let day = device_day();
    DAY.with(|current| {
        if current.get_untracked() != day {
            current.set(day);
        }
    });
}

/// Once: notes the day, then checks it at each of the device's midnights and whenever the
/// page is seen again.
fn watch_the_day() {
    if WATCHING.with(|watching| watching.replace(true)) {
        return;
    }
    DAY.with(|day| day.set(device_day()));
    let seen = leptos::prelude::window_event_listener_untyped("focus", |_| check_the_day());
    let shown = leptos::prelude::window_event_listener_untyped("pageshow", |_| check_the_day());
    let visible = document_listener("visibilitychange");
    std::mem::forget((seen, shown, visible));
    at_next_midnight();
}

/// Listens to `event` on the document (the page seen again) for as long as the page lives.
fn document_listener(event: &str) -> Option<()> {
    let check = wasm_bindgen::closure::Closure::<dyn Fn()>::new(check_the_day);
    let document = document();
    let target: &web_sys::EventTarget = document.as_ref();
    target
        .add_event_listener_with_callback(
            event,
            wasm_bindgen::JsCast::unchecked_ref(check.as_ref()),
        )
        .ok()?;
    check.forget();
    Some(())
}

/// Checks the day a second after the device's next midnight, and so on.
fn at_next_midnight() {
    let date = js_sys::Date::new_0();
    let next = js_sys::Date::new_with_year_month_day(
        date.get_full_year(),
        date.get_month() as i32,
        date.get_date() as i32 + 1,
    );
    let wait = (next.get_time() - date.get_time()).max(0.0) + 1000.0;
    set_timeout(
        || {
            check_the_day();
            at_next_midnight();
        },
        std::time::Duration::from_millis(wait as u64),
    );
}
