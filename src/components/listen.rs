//! Reading a page aloud with the phone's own voices (`speechSynthesis`), part by part: play,
//! pause, previous and next. It works offline, as the voices are the phone's. Shown only when
//! the phone has a voice for the language: never a button that does nothing.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::move_tr;

fn synthesis() -> Option<JsValue> {
    js_sys::Reflect::get(&window(), &"speechSynthesis".into())
        .ok()
        .filter(|s| s.is_object())
}

fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function = js_sys::Reflect::get(target, &method.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    function
        .apply(target, &args.iter().collect::<js_sys::Array>())
        .ok()
}

/// The BCP 47 tag of the phone's voice for `lang`, if it has one (Dari speaks as `fa`).
fn voice_for(lang: &str) -> Option<String> {
    let wanted = match lang {
        "prs" => "fa",
        other => other,
    };
    let voices = call(&synthesis()?, "getVoices", &[])?;
    js_sys::Array::from(&voices).iter().find_map(|voice| {
        let tag = js_sys::Reflect::get(&voice, &"lang".into())
            .ok()?
            .as_string()?;
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        (primary == wanted).then_some(tag)
    })
}

/// The utterance being spoken and its callback, kept alive while it speaks.
type Ending = Rc<RefCell<Option<(JsValue, Closure<dyn Fn()>)>>>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Stopped,
    Speaking,
    Paused,
}

/// Controls that read `parts` (already in the reader's language) aloud.
#[component]
pub fn Listen(parts: Vec<String>, lang: &'static str) -> impl IntoView {
    let voice = RwSignal::new(voice_for(lang));
    // Voices often arrive after the page: look again when the phone says they changed.
    if let Some(synth) = synthesis() {
        let on_change = Closure::<dyn Fn()>::new(move || voice.set(voice_for(lang)));
        let _ = js_sys::Reflect::set(
            &synth,
            &"onvoiceschanged".into(),
            on_change.as_ref().unchecked_ref(),
        );
        on_change.forget();
    }
    let parts = Rc::new(parts);
    let at = RwSignal::new(0usize);
    let state = RwSignal::new(State::Stopped);
    let ending: Ending = Rc::new(RefCell::new(None));

    let speak = {
        let parts = parts.clone();
        let ending = ending.clone();
        SendWrapper::new(Rc::new(move |index: usize| {
            let (Some(synth), Some(tag)) = (synthesis(), voice.get_untracked()) else {
                return;
            };
            // The utterance cut short calls nothing when it ends.
            if let Some((previous, _)) = ending.borrow_mut().take() {
                let _ = js_sys::Reflect::set(&previous, &"onend".into(), &JsValue::NULL);
            }
            let _ = call(&synth, "cancel", &[]);
            let Some(text) = parts.get(index) else {
                state.set(State::Stopped);
                at.set(0);
                return;
            };
            let Some(utterance) =
                js_sys::Reflect::get(&window(), &"SpeechSynthesisUtterance".into())
                    .ok()
                    .and_then(|c| c.dyn_into::<js_sys::Function>().ok())
                    .and_then(|c| {
                        js_sys::Reflect::construct(&c, &js_sys::Array::of1(&text.into())).ok()
                    })
            else {
                return;
            };
            let _ = js_sys::Reflect::set(&utterance, &"lang".into(), &tag.into());
            at.set(index);
            state.set(State::Speaking);
            // When a part ends, the next one (unless the person paused or moved on).
            let next = Closure::<dyn Fn()>::new(move || {
                if state.try_get_untracked() == Some(State::Speaking)
                    && at.try_get_untracked() == Some(index)
                {
                    at.set(index + 1);
                }
            });
            let _ =
                js_sys::Reflect::set(&utterance, &"onend".into(), next.as_ref().unchecked_ref());
            *ending.borrow_mut() = Some((utterance.clone(), next));
            let _ = call(&synth, "speak", &[utterance]);
        }) as Rc<dyn Fn(usize)>)
    };
    // Moving to the next part speaks it.
    {
        let speak = speak.clone();
        Effect::new(move |previous: Option<usize>| {
            let index = at.get();
            if previous.is_some_and(|p| p + 1 == index) && state.get_untracked() == State::Speaking
            {
                speak(index);
            }
            index
        });
    }
    // Leaving the page stops the reading; the utterance's end then calls nothing.
    let spoken = SendWrapper::new(ending);
    on_cleanup(move || {
        if let Some((utterance, _)) = spoken.borrow_mut().take() {
            let _ = js_sys::Reflect::set(&utterance, &"onend".into(), &JsValue::NULL);
        }
        if let Some(synth) = synthesis() {
            let _ = call(&synth, "cancel", &[]);
        }
    });
    let count = parts.len();
    let (play, previous, next) = (speak.clone(), speak.clone(), speak);
    view! {
        {move || voice.get().is_some().then(|| {
            let (play, previous, next) = (play.clone(), previous.clone(), next.clone());
            view! {
                <section class="listen no-print" aria-labelledby="listen-heading">
                    <h2 id="listen-heading" class="listen__heading">{move_tr!("orientation-listen-heading")}</h2>
                    <div class="listen__controls">
                        <button class="button button--secondary" type="button"
                            prop:disabled=move || at.get() == 0 || state.get() == State::Stopped
                            on:click=move |_| previous(at.get_untracked().saturating_sub(1))>
                            {move_tr!("orientation-listen-previous")}
                        </button>
                        <button class="button" type="button" aria-pressed=move || (state.get() == State::Speaking).to_string()
                            on:click=move |_| {
                                let Some(synth) = synthesis() else { return };
                                match state.get_untracked() {
                                    State::Stopped => play(at.get_untracked()),
                                    State::Speaking => {
                                        let _ = call(&synth, "pause", &[]);
                                        state.set(State::Paused);
                                    }
                                    State::Paused => {
                                        let _ = call(&synth, "resume", &[]);
                                        state.set(State::Speaking);
                                    }
                                }
                            }>
                            {move || match state.get() {
                                State::Stopped => move_tr!("orientation-listen-play"),
                                State::Speaking => move_tr!("orientation-listen-pause"),
                                State::Paused => move_tr!("orientation-listen-resume"),
                            }}
                        </button>
                        <button class="button button--secondary" type="button"
                            prop:disabled=move || { state.get() == State::Stopped || at.get() + 1 >= count }
                            on:click=move |_| next(at.get_untracked() + 1)>
                            {move_tr!("orientation-listen-next")}
                        </button>
                    </div>
                </section>
            }
        })}
    }
}
