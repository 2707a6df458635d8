//! The loan rules the estimate uses: the API's latest copy, kept on the device, or the copy
//! built into the app from `data/loan-policy.toml`, whichever was compared with its sources
//! more recently. A copy the estimate cannot use (see `LoanPolicy::validate`) is never used.

use passage_core::loan::newer_policy;
use passage_core::wire::LoanPolicy;

use crate::api::decode;

/// The policy as the API sent it (JSON), and the day it was saved (`YYYY-MM-DD`).
const STORAGE_KEY: &str = "passage-loan-policy";
const SAVED_KEY: &str = "passage-loan-policy-saved";
const BUILT_IN: &str = include_str!(concat!(env!("OUT_DIR"), "/loan-policy.json"));

/// Where the rules in use came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Provenance {
    /// Fetched from the API just now.
    Live,
    /// Saved on this device on that date (the device's clock).
    Saved(chrono::NaiveDate),
    /// Shipped inside the app.
    BuiltIn,
}

/// Rules that passed validation, and where they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentRules {
    pub policy: LoanPolicy,
    pub provenance: Provenance,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The rules to start with: the saved copy if it is usable and at least as recently checked
/// as the built-in one, else the built-in copy.
pub fn initial() -> CurrentRules {
    let built_in = built_in();
    let saved = storage().and_then(|s| {
        let policy = decode::<LoanPolicy>(&s.get_item(STORAGE_KEY).ok()??).ok()?;
        policy.validate().ok()?;
        let saved = passage_core::dates::parse_date(&s.get_item(SAVED_KEY).ok()??)?;
        Some((policy, saved))
    });
    match saved {
        Some((policy, saved)) if std::ptr::eq(newer_policy(&policy, &built_in), &policy) => {
            CurrentRules {
                policy,
                provenance: Provenance::Saved(saved),
            }
        }
        _ => CurrentRules {
            policy: built_in,
            provenance: Provenance::BuiltIn,
        },
    }
}

/// The copy built into the app. The build validated it (build.rs).
fn built_in() -> LoanPolicy {
    decode(BUILT_IN).expect("the build checked data/loan-policy.toml")
}

/// Takes the API's answer (made on `saved_on` when it is an old answer the service worker
/// kept): kept on the device and used, unless the estimate cannot use it or the built-in copy
/// was compared with its sources more recently. `None` when refused.
pub fn take_live(
    policy: LoanPolicy,
    json: &str,
    saved_on: Option<chrono::NaiveDate>,
) -> Option<CurrentRules> {
    policy.validate().ok()?;
    let built_in = built_in();
    if !std::ptr::eq(newer_policy(&policy, &built_in), &policy) {
        return None;
    }
    save(json, saved_on.unwrap_or_else(crate::clock::today));
    Some(CurrentRules {
        policy,
        provenance: saved_on.map_or(Provenance::Live, Provenance::Saved),
    })
}

/// Keeps the policy's JSON (as the API sent it) on the device, dated `today`.
fn save(json: &str, today: chrono::NaiveDate) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, json);
        let _ = storage.set_item(SAVED_KEY, &passage_core::dates::format_date(&today));
    }
}
