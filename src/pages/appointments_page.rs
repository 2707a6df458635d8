//! `/appointments`: a traveller's schedule, opened with the access code on their IOM letter.
//!
//! Upcoming appointments first, each with how long until it, its time where it takes place
//! (and on the phone's clock when that differs), the place and a list of what to bring to
//! tick off; past ones folded away. The order, the countdowns, the medical exam's validity and
//! the calendar file are `passage_core::schedule`'s.

use leptos::prelude::*;
use passage_core::schedule::{self, CalendarEvent, Countdown};
use passage_core::wire::{Appointment, AppointmentKind, CaseView, Rule, TravellerCase};

use crate::case::use_case;
use crate::clock::now;
use crate::components::code_form::{CodeForm, KeepCase};
use crate::components::remove_data::RemoveData;
use crate::format;
use crate::i18n::{move_tr, set_document_title, tr, unisolated, use_i18n};

fn kind_name(kind: AppointmentKind) -> String {
    match kind {
        AppointmentKind::SelectionInterview => tr!("appt-kind-selection-interview"),
        AppointmentKind::MedicalExam => tr!("appt-kind-medical-exam"),
        AppointmentKind::Orientation => tr!("appt-kind-orientation"),
        AppointmentKind::Flight => tr!("appt-kind-flight"),
        AppointmentKind::Unknown => tr!("appt-kind-other"),
    }
}

fn kind_slug(kind: AppointmentKind) -> &'static str {
    match kind {
        AppointmentKind::SelectionInterview => "selection-interview",
        AppointmentKind::MedicalExam => "medical-exam",
        AppointmentKind::Orientation => "orientation",
        AppointmentKind::Flight => "flight",
        AppointmentKind::Unknown => "appointment",
    }
}

/// A thing to bring, by the key IOM's data gives it.
fn item_name(key: &str) -> String {
    match key {
        "travel-documents" => tr!("appt-bring-travel-documents"),
        "case-letters" => tr!("appt-bring-case-letters"),
        "family-members" => tr!("appt-bring-family-members"),
        "medical-records" => tr!("appt-bring-medical-records"),
        "glasses" => tr!("appt-bring-glasses"),
        "medicines" => tr!("appt-bring-medicines"),
        "questions" => tr!("appt-bring-questions"),
        "notebook" => tr!("appt-bring-notebook"),
        "warm-clothes" => tr!("appt-bring-warm-clothes"),
        _ => tr!("appt-bring-other"),
    }
}

/// A shape for each kind of appointment, so the list does not rely on colour or on reading.
fn kind_icon(kind: AppointmentKind) -> impl IntoView {
    let path = match kind {
        // A speech bubble, a cross, an open book, a plane.
        AppointmentKind::SelectionInterview => "M4 5h16v10H9l-5 4z",
        AppointmentKind::MedicalExam => "M10 4h4v6h6v4h-6v6h-4v-6H4v-4h6z",
        AppointmentKind::Orientation => {
            "M3 6c3-1 6-1 9 1 3-2 6-2 9-1v12c-3-1-6-1-9 1-3-2-6-2-9-1zM12 7v12"
        }
        AppointmentKind::Flight => {
            "M2 14l8-2 4-8h2l-2 8 6-1 2-2h1l-1 4 1 4h-1l-2-2-6-1 2 8h-2l-4-8-8-2z"
        }
        AppointmentKind::Unknown => "M5 5h14v14H5z",
    };
    view! {
        <svg class="appointment__icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24"
            width="28" height="28">
            <path d=path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/>
        </svg>
    }
}

fn countdown_text(countdown: Countdown, lang: &str) -> String {
    match countdown {
        Countdown::Past => tr!("appt-countdown-past"),
        Countdown::Today => tr!("appt-countdown-today"),
        Countdown::Tomorrow => tr!("appt-countdown-tomorrow"),
        Countdown::InDays(days) => tr!("appt-countdown-days", {
            "days" => days,
            "days-text" => format::number(i64::from(days), lang),
        }),
    }
}

/// The calendar event of an appointment, in the reader's language.
fn event(appointment: &Appointment) -> CalendarEvent {
    let what = kind_name(appointment.kind);
    let items: Vec<String> = appointment.bring.iter().map(|k| item_name(k)).collect();
    CalendarEvent {
        uid: schedule::uid(kind_slug(appointment.kind), appointment.start),
        start: appointment.start,
        minutes: 60,
        title: what.clone(),
        place: appointment.place.clone(),
        description: if items.is_empty() {
            String::new()
        } else {
            unisolated(tr!("calendar-bring", { "items" => items.join("\n") }))
        },
        reminder: unisolated(tr!("calendar-reminder", { "what" => what })),
    }
}

#[component]
fn AppointmentCard(appointment: Appointment, upcoming: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_case();
    let id = schedule::uid(kind_slug(appointment.kind), appointment.start);
    let heading_id = format!("{}-heading", kind_slug(appointment.kind));
    let start = appointment.start;
    let zone = appointment.time_zone.clone();
    let bring = appointment.bring.clone();
    let for_calendar = appointment.clone();
    view! {
        <li class="appointment">
            <h3 class="appointment__title" id=heading_id.clone()>
                {kind_icon(appointment.kind)}
                <span>{move || kind_name(appointment.kind)}</span>
            </h3>
            {upcoming.then(|| view! {
                <p class="appointment__countdown">
                    {move || countdown_text(schedule::countdown(start, now()), i18n.lang())}
                </p>
            })}
            <p class="appointment__when">{move || format::date_time(start, &zone, i18n.lang())}</p>
            {format::phone_differs(start).then(|| view! {
                <p class="field__hint">{move || tr!("date-phone-time", {
                    "time" => format::date_time(start, &format::phone_zone(), i18n.lang()),
                })}</p>
            })}
            <p class="appointment__place">{appointment.place.clone()}</p>
            {(!bring.is_empty()).then(|| view! {
                <fieldset class="bring" aria-describedby=heading_id.clone()>
                    <legend class="bring__legend">{move_tr!("appt-bring-legend")}</legend>
                    {bring.into_iter().map(|item| {
                        let key = format!("{id}/{item}");
                        let box_id = format!("tick-{}-{item}", kind_slug(appointment.kind));
                        let checked = {
                            let key = key.clone();
                            move || store.ticks.with(|t| t.contains(&key))
                        };
                        view! {
                            <div class="checkbox">
                                <input class="checkbox__input" type="checkbox" id=box_id.clone()
                                    prop:checked=checked
                                    on:change=move |ev| store.tick(key.clone(), event_target_checked(&ev)) />
                                <label class="checkbox__label" for=box_id>{move || item_name(&item)}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            })}
            <p class="no-print">
                <button class="button button--secondary" type="button" on:click=move |_| {
                    let file = schedule::calendar(&[event(&for_calendar)], now());
                    crate::calendar::download(&format!("passage-{}.ics", kind_slug(for_calendar.kind)), &file);
                }>{move_tr!("calendar-add-one")}</button>
            </p>
        </li>
    }
}

#[component]
fn Schedule(appointments: Vec<Appointment>, validity: Rule<u32>, demo: bool) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_case();
    let (upcoming, past) = {
        let (upcoming, past) = schedule::order(&appointments, now());
        let owned = |list: Vec<&Appointment>| list.into_iter().cloned().collect::<Vec<_>>();
        (owned(upcoming), owned(past))
    };
    let medical = schedule::medical_validity(&appointments, validity.value);
    let past_count = past.len();
    let all = appointments.clone();
    view! {
        {demo.then(|| view! { <p class="callout">{move_tr!("appt-demo")}</p> })}
        {move || store.kept.get().then(|| store.updated.get()).flatten().map(|day| view! {
            <p class="field__hint">{tr!("appt-updated", { "date" => format::date(day, i18n.lang()) })}</p>
        })}
        {medical.map(|medical| view! {
            <p class="callout">{move || tr!("appt-medical-valid", {
                "date" => format::date(medical.valid_until, i18n.lang()),
            })}</p>
            {medical.flight_after_expiry.then(|| view! {
                <p class="callout callout--warning" role="note">
                    <strong>{move_tr!("appt-medical-warning")}</strong>
                </p>
            })}
        })}
        <h2>{move_tr!("appt-upcoming")}</h2>
        {if upcoming.is_empty() {
            view! { <p>{move_tr!("appt-none-upcoming")}</p> }.into_any()
        } else {
            view! {
                <ol class="appointments">
                    {upcoming.into_iter().map(|a| view! { <AppointmentCard appointment=a upcoming=true /> }).collect_view()}
                </ol>
            }.into_any()
        }}
        <p class="no-print">
            <button class="button" type="button" on:click=move |_| {
                let events: Vec<CalendarEvent> = all.iter().map(event).collect();
                crate::calendar::download("passage-appointments.ics", &schedule::calendar(&events, now()));
            }>{move_tr!("calendar-add-all")}</button>
        </p>
        {(past_count > 0).then(|| view! {
            <details class="past">
                <summary>{move || tr!("appt-past", {
                    "count" => past_count as i64,
                    "count-text" => format::number(past_count as i64, i18n.lang()),
                })}</summary>
                <ol class="appointments">
                    {past.into_iter().map(|a| view! { <AppointmentCard appointment=a upcoming=false /> }).collect_view()}
                </ol>
            </details>
        })}
        <KeepCase keep_label=move_tr!("appt-keep") refresh_label=move_tr!("appt-refresh") printed=true />
    }
}

#[component]
pub fn AppointmentsPage() -> impl IntoView {
    set_document_title(|| tr!("appt-title"));
    let store = use_case();
    view! {
        <h1>{move_tr!("appt-title")}</h1>
        <crate::components::clock_notice::ClockNotice />
        {move || match store.view() {
            Some(CaseView::Traveller(TravellerCase { appointments, medical_validity_months, demo, .. })) => view! {
                <Schedule appointments=appointments validity=medical_validity_months demo=demo />
            }.into_any(),
            _ => view! {
                <p class="lead">{move_tr!("appt-lead")}</p>
                <CodeForm keep_label=move_tr!("appt-keep") />
            }.into_any(),
        }}
        <RemoveData />
    }
}
