//! Passage's domain logic and the API's wire types.
//!
//! Plain Rust with no web dependencies, so that everything here is tested natively and shared by
//! the server (`passage-api`) and the browser app (`passage`).

pub mod access_code;
pub mod lang;
pub mod money;
pub mod wire;
