//! The frame around every page: skip link, header with the language picker, main navigation,
//! the page itself, and the footer's privacy note.

use leptos::prelude::*;
use leptos_fluent::move_tr;

use crate::components::language_picker::LanguagePicker;
use crate::router::use_location;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    // The skip link moves focus as well as the view, so the next Tab starts inside the page.
    let main_ref = NodeRef::<leptos::html::Main>::new();
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if let Some(main) = main_ref.get() {
            let _ = main.focus();
        }
    };
    let location = use_location();
    let current = move |path: &'static str| move || (location.path.get() == path).then_some("page");
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {move_tr!("shell-skip-link")}
        </a>
        <header class="site-header">
            <div class="site-header__inner">
                <div class="site-header__brand">
                    <a href="/" class="site-header__name">
                        {move_tr!("shell-brand")}
                    </a>
                    <p class="site-header__tagline">{move_tr!("shell-tagline")}</p>
                </div>
                <LanguagePicker />
            </div>
            <nav class="site-nav" aria-label=move_tr!("shell-nav-label")>
                <ul class="site-nav__list">
                    <li>
                        <a href="/" class="site-nav__link" aria-current=current("/")>
                            {move_tr!("shell-nav-home")}
                        </a>
                    </li>
                    <li>
                        <a href="/loan" class="site-nav__link" aria-current=current("/loan")>
                            {move_tr!("shell-nav-loan")}
                        </a>
                    </li>
                </ul>
            </nav>
        </header>
        <main id="main" class="site-main" tabindex="-1" node_ref=main_ref>
            {children()}
        </main>
        <footer class="site-footer">
            <p>{move_tr!("shell-footer-privacy")}</p>
            <p>{move_tr!("shell-footer-sources")}</p>
        </footer>
    }
}
