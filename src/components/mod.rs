//! Reusable pieces. They take already-localized text as props; only the language picker and
//! the words every instance shares (the hidden "Error:" of a field) read the language.

pub mod clock_notice;
pub mod code_form;
pub mod connection_notice;
pub mod error_summary;
pub mod field;
pub mod language_picker;
pub mod listen;
pub mod load_failed;
pub mod remove_data;
pub mod shell;
pub mod sources;
pub mod timeline;
pub mod update_banner;
