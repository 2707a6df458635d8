//! One file per route.

pub mod home_page;
pub mod loan_page;
pub mod not_found_page;
