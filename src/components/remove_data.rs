//! "Remove my data from this phone": everything Passage keeps of the person's, in one tap.

use leptos::prelude::*;

use crate::case::{remove_personal_data, CaseStore};
use crate::i18n::move_tr;

/// A button that deletes the case kept on the device, its ticks and the orientation topics
/// marked as read, and the case shown (on the pages that show one); then says so. `then` runs
/// after, for a page that shows some of it (the read marks).
#[component]
pub fn RemoveData(#[prop(optional, into)] then: Option<Callback<()>>) -> impl IntoView {
    let store = use_context::<CaseStore>();
    let done = RwSignal::new(false);
    view! {
        <section class="remove-data no-print" aria-labelledby="remove-data-heading">
            <h2 id="remove-data-heading">{move_tr!("remove-heading")}</h2>
            <p>{move_tr!("remove-body")}</p>
            <button class="button button--warning" type="button" on:click=move |_| {
                match store {
                    Some(store) => store.remove_all(),
                    None => remove_personal_data(),
                }
                if let Some(then) = then {
                    then.run(());
                }
                done.set(true);
            }>{move_tr!("remove-button")}</button>
            <p role="status" class="remove-data__done">
                {move || done.get().then(|| move_tr!("remove-done"))}
            </p>
        </section>
    }
}
