//! One file per route.

pub mod appointments_page;
pub mod home_page;
pub mod loan_page;
pub mod not_found_page;
pub mod offline_page;
pub mod orientation_page;
pub mod return_page;
pub mod sessions_page;
pub mod sponsor_page;
pub mod topic_page;
