//! The frame around every page: skip link, header with the language picker, main navigation,
//! the page itself, and the footer's privacy note.

use leptos::prelude::*;

use crate::components::connection_notice::ConnectionNotice;
use crate::components::language_picker::LanguagePicker;
use crate::components::update_banner::UpdateBanner;
use crate::i18n::{move_tr, use_i18n};
use crate::router::use_location;

#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let location = use_location();
    let i18n = use_i18n();
    let current = move |path: &'static str| move || (location.path.get() == path).then_some("page");
    let href = move |path: &'static str| move || i18n.href(path);
    view! {
        // The router moves focus to #main as well as the view, so the next Tab starts there.
        <a class="skip-link" href="#main">
            {move_tr!("shell-skip-link")}
        </a>
        <UpdateBanner />
        <header class="site-header">
            <div class="site-header__inner">
                <div class="site-header__brand">
                    <a href=href("/") class="site-header__name">
                        {move_tr!("shell-brand")}
                    </a>
                    <p class="site-header__tagline">{move_tr!("shell-tagline")}</p>
                </div>
                <LanguagePicker />
            </div>
            <nav class="site-nav" aria-label=move_tr!("shell-nav-label")>
                <ul class="site-nav__list">
                    <li>
                        <a href=href("/") class="site-nav__link" aria-current=current("/")>
                            {move_tr!("shell-nav-home")}
                        </a>
                    </li>
                    <li>
                        <a href=href("/orientation") class="site-nav__link" aria-current=current("/orientation")>
                            {move_tr!("shell-nav-orientation")}
                        </a>
                    </li>
                    <li>
                        <a href=href("/appointments") class="site-nav__link" aria-current=current("/appointments")>
                            {move_tr!("shell-nav-appointments")}
                        </a>
                    </li>
                    <li>
                        <a href=href("/loan") class="site-nav__link" aria-current=current("/loan")>
                            {move_tr!("shell-nav-loan")}
                        </a>
                    </li>
                    <li>
                        <a href=href("/sessions") class="site-nav__link" aria-current=current("/sessions")>
                            {move_tr!("shell-nav-sessions")}
                        </a>
                    </li>
                </ul>
            </nav>
        </header>
        <main id="main" class="site-main" tabindex="-1">
            // Shown by boot.js on the static page when this page's part of the app cannot be
            // loaded (offline, on a page whose part was never saved): its forms cannot work yet.
            <p class="callout" id="app-missing" hidden>{move_tr!("shell-app-missing")}</p>
            <ConnectionNotice />
            {children()}
        </main>
        <footer class="site-footer">
            <p>{move_tr!("shell-footer-privacy")}</p>
            <p>{move_tr!("shell-footer-sources")}</p>
        </footer>
    }
}
