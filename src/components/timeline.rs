//! A vertical timeline: steps in order, each marked done, next or later in words (and by its
//! shape, never by colour alone), with its date and what it means.

use leptos::prelude::*;
use passage_core::timeline::Stage;

use crate::i18n::{text, tr};

fn stage_name(stage: Stage) -> String {
    match stage {
        Stage::Done => tr!("timeline-stage-done"),
        Stage::Next => tr!("timeline-stage-next"),
        Stage::Later => tr!("timeline-stage-later"),
    }
}

fn stage_class(stage: Stage) -> &'static str {
    match stage {
        Stage::Done => "timeline__step timeline__step--done",
        Stage::Next => "timeline__step timeline__step--next",
        Stage::Later => "timeline__step timeline__step--later",
    }
}

/// One step: its stage, title and date (already in the reader's language), and its body.
pub fn step(
    stage: Stage,
    title: Signal<String>,
    date: Signal<String>,
    body: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <li class=stage_class(stage) aria-current=(stage == Stage::Next).then_some("step")>
            <p class="timeline__stage">{text(move || stage_name(stage))}</p>
            <h3 class="timeline__title">{title}</h3>
            <p class="timeline__date">{date}</p>
            {body}
        </li>
    }
}
