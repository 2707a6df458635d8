//! Reusable pieces. They take already-localized text, or read the language context only to
//! show or change the language.

pub mod language_picker;
pub mod shell;
