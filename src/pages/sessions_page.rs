//! `/sessions`: upcoming Canadian Orientation Abroad sessions, to filter by country, format and
//! language, each in the site's local time (and the phone's, when it differs) and ready for a
//! calendar.

use std::collections::BTreeSet;

use leptos::prelude::*;
use passage_core::schedule::{self, CalendarEvent};
use passage_core::wire::{Audience, Session, SessionFormat};

use crate::api;
use crate::clock::now;
use crate::components::load_failed::LoadFailed;
use crate::format;
use crate::i18n::{country_name, move_tr, set_document_title, tr, unisolated, use_i18n, LANGUAGES};
use crate::loaded::Loaded;

fn format_name(format: SessionFormat) -> String {
    match format {
        SessionFormat::InPerson => tr!("sessions-format-in-person"),
        SessionFormat::Video => tr!("sessions-format-video"),
        SessionFormat::Phone => tr!("sessions-format-phone"),
        SessionFormat::Unknown => tr!("sessions-format-other"),
    }
}

fn audience_name(audience: Audience) -> String {
    match audience {
        Audience::Adult => tr!("sessions-audience-adult"),
        Audience::Youth => tr!("sessions-audience-youth"),
        Audience::Unknown => tr!("sessions-audience-other"),
    }
}

/// A language's name in itself ("العربية"); its code when the app does not speak it.
fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|l| l.id == code)
        .map_or_else(|| code.to_owned(), |l| l.name.to_owned())
}

fn duration(minutes: u32, lang: &str) -> String {
    if minutes % 60 == 0 {
        let hours = i64::from(minutes / 60);
        tr!("sessions-duration-hours", { "hours" => hours, "hours-text" => format::number(hours, lang) })
    } else {
        let minutes = i64::from(minutes);
        tr!("sessions-duration-minutes", { "minutes" => minutes, "minutes-text" => format::number(minutes, lang) })
    }
}

fn format_slug(format: SessionFormat) -> &'static str {
    match format {
        SessionFormat::InPerson => "in-person",
        SessionFormat::Video => "video",
        SessionFormat::Phone => "phone",
        SessionFormat::Unknown => "",
    }
}

/// The filters: empty means "all".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Filters {
    country: String,
    format: String,
    language: String,
}

/// Whether a session is shown: not begun yet, and as the filters ask.
fn keep(session: &Session, filters: &Filters, now: chrono::DateTime<chrono::Utc>) -> bool {
    session.start > now
        && (filters.country.is_empty() || session.country == filters.country)
        && (filters.format.is_empty() || format_slug(session.format) == filters.format)
        && (filters.language.is_empty() || session.languages.contains(&filters.language))
}

#[component]
fn SessionItem(session: Session) -> impl IntoView {
    let i18n = use_i18n();
    let start = session.start;
    let zone = session.time_zone.clone();
    let languages = session
        .languages
        .iter()
        .map(|l| language_name(l))
        .collect::<Vec<_>>();
    let for_calendar = session.clone();
    let heading = format!("session-{}", session.id);
    view! {
        <li class="session">
            <h2 class="session__title" id=heading.clone()>
                {move || tr!("sessions-item-title", {
                    "site" => session.site.clone(),
                    "audience" => audience_name(session.audience),
                })}
            </h2>
            <p class="session__when">{move || format::date_time(start, &zone, i18n.lang())}</p>
            {format::phone_differs(start).then(|| view! {
                <p class="field__hint">{move || tr!("date-phone-time", {
                    "time" => format::date_time(start, &format::phone_zone(), i18n.lang()),
                })}</p>
            })}
            <ul class="session__facts">
                <li>{move || duration(session.duration_minutes, i18n.lang())}</li>
                <li>{move || format_name(session.format)}</li>
                <li>{move || tr!("sessions-item-languages", {
                    "languages" => languages.join(&tr!("shell-list-separator")),
                })}</li>
            </ul>
            <p class="no-print">
                <button class="button button--secondary" type="button" aria-describedby=heading on:click=move |_| {
                    let title = unisolated(tr!("sessions-calendar-title", { "site" => for_calendar.site.clone() }));
                    let event = CalendarEvent {
                        uid: schedule::uid(&format!("session-{}", for_calendar.id), for_calendar.start),
                        start: for_calendar.start,
                        minutes: for_calendar.duration_minutes,
                        reminder: unisolated(tr!("calendar-reminder", { "what" => title.clone() })),
                        title,
                        place: for_calendar.site.clone(),
                        description: format_name(for_calendar.format),
                    };
                    crate::calendar::download(&format!("passage-{}.ics", for_calendar.id), &schedule::calendar(&[event], now()));
                }>{move_tr!("calendar-add-one")}</button>
            </p>
        </li>
    }
}

#[component]
pub fn SessionsPage() -> impl IntoView {
    set_document_title(|| tr!("sessions-title"));
    let i18n = use_i18n();
    let (loaded, ask) = crate::loaded::load(api::sessions);
    let Loaded {
        value: list,
        saved_on,
        failed,
    } = loaded;
    ask();
    let filters = RwSignal::new(Filters::default());
    let choices = move || {
        list.with(|list| {
            // Only the choices of sessions not begun: the others are not shown.
            let now = now();
            let sessions = list.as_ref().map(|l| l.sessions.as_slice()).unwrap_or(&[]);
            let upcoming = || sessions.iter().filter(move |s| s.start > now);
            let countries: BTreeSet<String> = upcoming().map(|s| s.country.clone()).collect();
            let languages: BTreeSet<String> =
                upcoming().flat_map(|s| s.languages.clone()).collect();
            (countries, languages)
        })
    };
    let select = move |id: &'static str,
                       label: Signal<String>,
                       all: Signal<String>,
                       options: Vec<(String, String)>,
                       set: fn(&mut Filters, String)| {
        view! {
            <div class="field field--inline">
                <label class="field__label" for=id>{label}</label>
                <select id=id on:change=move |ev| {
                    let value = event_target_value(&ev);
                    filters.update(|f| set(f, value));
                }>
                    <option value="">{all}</option>
                    {options.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
                </select>
            </div>
        }
    };
    view! {
        <h1>{move_tr!("sessions-title")}</h1>
        <p class="lead">{move_tr!("sessions-lead")}</p>
        {move || list.with(|l| l.as_ref().is_some_and(|l| l.demo)).then(|| view! {
            <p class="callout">{move_tr!("sessions-demo")}</p>
        })}
        {move || {
            let (countries, languages) = choices();
            let mut countries: Vec<(String, String)> =
                countries.into_iter().map(|c| { let name = country_name(&c); (c, name) }).collect();
            countries.sort_by(|a, b| a.1.cmp(&b.1));
            view! {
                <form class="filters" role="search" aria-label=move_tr!("sessions-filters-label")
                    on:submit=|ev| ev.prevent_default()>
                    {select("filter-country", move_tr!("sessions-filter-country"), move_tr!("sessions-filter-all-countries"),
                        countries,
                        |f, v| f.country = v)}
                    {select("filter-format", move_tr!("sessions-filter-format"), move_tr!("sessions-filter-all-formats"),
                        [SessionFormat::InPerson, SessionFormat::Video, SessionFormat::Phone]
                            .into_iter().map(|f| (format_slug(f).to_owned(), format_name(f))).collect(),
                        |f, v| f.format = v)}
                    {select("filter-language", move_tr!("sessions-filter-language"), move_tr!("sessions-filter-all-languages"),
                        languages.into_iter().map(|l| (l.clone(), language_name(&l))).collect(),
                        |f, v| f.language = v)}
                </form>
            }
        }}
        <p class="visually-hidden" aria-live="polite" aria-atomic="true" id="sessions-count">
            {move || list.with(|l| l.as_ref().map(|l| {
                let now = now();
                let count = filters.with(|f| l.sessions.iter().filter(|s| keep(s, f, now)).count()) as i64;
                tr!("sessions-count", { "count" => count, "count-text" => format::number(count, i18n.lang()) })
            }))}
        </p>
        {move || match (list.get(), failed.get()) {
            (Some(list), _) => {
                let now = now();
                let shown: Vec<Session> = filters.with(|f| list.sessions.iter().filter(|s| keep(s, f, now)).cloned().collect());
                if shown.is_empty() {
                    view! { <p class="callout">{move_tr!("sessions-none")}</p> }.into_any()
                } else {
                    view! {
                        <ol class="sessions">
                            {shown.into_iter().map(|s| view! { <SessionItem session=s /> }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }
            (None, Some(error)) => view! {
                <LoadFailed error=error offline=move_tr!("sessions-offline") server_error=move_tr!("sessions-server-error") retry=move |()| ask() />
            }.into_any(),
            (None, None) => view! { <p>{move_tr!("sessions-loading")}</p> }.into_any(),
        }}
        {move || saved_on.get().map(|day| view! {
            <p class="field__hint">{tr!("sessions-saved", { "date" => format::date(day, i18n.lang()) })}</p>
        })}
    }
}
