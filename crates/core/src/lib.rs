//! Passage's domain logic and the API's wire types.
//!
//! Plain Rust with no web dependencies, so that everything here is tested natively and shared by
//! the server (`passage-api`) and the browser app (`passage`). Functions that depend on "now"
//! take it as an argument.

pub mod access_code;
pub mod content;
#[cfg(any(test, feature = "data"))]
pub mod data;
pub mod dates;
pub mod lang;
pub mod loan;
pub mod messages;
pub mod money;
pub mod number;
pub mod schedule;
pub mod search;
pub mod timeline;
pub mod wire;
