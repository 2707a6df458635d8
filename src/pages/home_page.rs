//! `/`: what Passage offers each kind of user, in plain words.

use crate::i18n::{move_tr, tr, use_i18n};
use leptos::prelude::*;

use crate::i18n::set_document_title;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    set_document_title(|| tr!("home-title"));
    view! {
        <h1>{move_tr!("home-title")}</h1>
        <p class="lead">{move_tr!("home-lead")}</p>
        <div class="audiences">
            <section class="card" aria-labelledby="home-traveller">
                <h2 id="home-traveller">{move_tr!("home-traveller-heading")}</h2>
                <ul>
                    <li>{move_tr!("home-traveller-orientation")}</li>
                    <li>{move_tr!("home-traveller-schedule")}</li>
                    <li>{move_tr!("home-traveller-loan")}</li>
                </ul>
                <ul class="card__links">
                    <li><a href=move || i18n.href("/orientation")>{move_tr!("home-traveller-orientation-link")}</a></li>
                    <li><a href=move || i18n.href("/appointments")>{move_tr!("home-traveller-schedule-link")}</a></li>
                    <li><a href=move || i18n.href("/loan")>{move_tr!("home-traveller-loan-link")}</a></li>
                    <li><a href=move || i18n.href("/sessions")>{move_tr!("home-traveller-sessions-link")}</a></li>
                </ul>
            </section>
            <section class="card" aria-labelledby="home-sponsor">
                <h2 id="home-sponsor">{move_tr!("home-sponsor-heading")}</h2>
                <ul>
                    <li>{move_tr!("home-sponsor-timeline")}</li>
                    <li>{move_tr!("home-sponsor-share")}</li>
                </ul>
                <ul class="card__links">
                    <li><a href=move || i18n.href("/sponsor")>{move_tr!("home-sponsor-link")}</a></li>
                </ul>
            </section>
            <section class="card" aria-labelledby="home-returnee">
                <h2 id="home-returnee">{move_tr!("home-returnee-heading")}</h2>
                <ul>
                    <li>{move_tr!("home-returnee-deadlines")}</li>
                    <li>{move_tr!("home-returnee-plan")}</li>
                </ul>
                <ul class="card__links">
                    <li><a href=move || i18n.href("/return")>{move_tr!("home-returnee-link")}</a></li>
                </ul>
            </section>
        </div>
        <section class="note" aria-labelledby="home-privacy">
            <h2 id="home-privacy">{move_tr!("home-privacy-heading")}</h2>
            <p>{move_tr!("home-privacy-body")}</p>
        </section>
    }
}
