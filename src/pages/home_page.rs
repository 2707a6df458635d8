//! `/`: what Passage offers each kind of user, in plain words.

use leptos::prelude::*;
use leptos_fluent::{move_tr, tr};

use crate::i18n::set_document_title;

#[component]
pub fn HomePage() -> impl IntoView {
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
                <p>
                    <a href="/loan" class="button">{move_tr!("home-traveller-loan-link")}</a>
                </p>
            </section>
            <section class="card" aria-labelledby="home-sponsor">
                <h2 id="home-sponsor">{move_tr!("home-sponsor-heading")}</h2>
                <ul>
                    <li>{move_tr!("home-sponsor-timeline")}</li>
                    <li>{move_tr!("home-sponsor-share")}</li>
                </ul>
            </section>
            <section class="card" aria-labelledby="home-returnee">
                <h2 id="home-returnee">{move_tr!("home-returnee-heading")}</h2>
                <ul>
                    <li>{move_tr!("home-returnee-deadlines")}</li>
                    <li>{move_tr!("home-returnee-plan")}</li>
                </ul>
            </section>
        </div>
        <section class="note" aria-labelledby="home-privacy">
            <h2 id="home-privacy">{move_tr!("home-privacy-heading")}</h2>
            <p>{move_tr!("home-privacy-body")}</p>
        </section>
    }
}
