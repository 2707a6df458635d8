//! "The date on your phone seems to be wrong": shown on the pages that count days once the
//! server's clock says another day (`clock::compare_with_server`); the days are then counted
//! from the server's date, which the notice gives.

use leptos::prelude::*;

use crate::format;
use crate::i18n::{tr, use_i18n};

#[component]
pub fn ClockNotice() -> impl IntoView {
    let i18n = use_i18n();
    move || {
        crate::clock::wrong_date().map(|today| {
            view! {
                <p class="callout" role="status">
                    {tr!("case-clock-wrong", { "date" => format::date(today, i18n.lang()) })}
                </p>
            }
        })
    }
}
