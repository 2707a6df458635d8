//! The part of the app opened with an access code: a traveller's appointments.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use passage::pages::{appointments_page::AppointmentsPage, not_found_page::NotFoundPage};
    use passage::route::{Bundle, Page};

    use passage::case::{decode_for, CaseStore};
    use passage_core::wire::TravellerCase;

    let contexts = || provide_context(CaseStore::load(decode_for::<TravellerCase>));
    passage::run(Bundle::Case, contexts, |page| match page {
        Page::Appointments => view! { <AppointmentsPage /> }.into_any(),
        _ => view! { <NotFoundPage /> }.into_any(),
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
