//! The loan rules the estimate uses: the API's latest copy, kept on the device; the copy built
//! into the app from `data/loan-policy.toml` the first time the app is offline.

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
    /// Saved on this device on that date (`YYYY-MM-DD`, the device's clock).
    Saved(chrono::NaiveDate),
    /// Shipped inside the app.
    BuiltIn,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentRules {
    pub policy: LoanPolicy,
    pub provenance: Provenance,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The rules to start with: the saved copy if there is one, else the built-in copy.
pub fn initial() -> CurrentRules {
    let saved = storage().and_then(|s| {
        let policy = decode::<LoanPolicy>(&s.get_item(STORAGE_KEY).ok()??).ok()?;
        let saved = s.get_item(SAVED_KEY).ok()??.parse().ok()?;
        Some((policy, saved))
    });
    match saved {
        Some((policy, saved)) => CurrentRules {
            policy,
            provenance: Provenance::Saved(saved),
        },
        None => CurrentRules {
            policy: built_in(),
            provenance: Provenance::BuiltIn,
        },
    }
}

/// The copy built into the app. It was checked against the wire type when the app was built.
pub fn built_in() -> LoanPolicy {
    decode(BUILT_IN).expect("the build checked data/loan-policy.toml")
}

/// Keeps the policy's JSON (as the API sent it) on the device, dated `today`.
pub fn save(json: &str, today: chrono::NaiveDate) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(STORAGE_KEY, json);
        let _ = storage.set_item(SAVED_KEY, &today.to_string());
    }
}

/// The latest "checked" date among the rules' sources.
pub fn checked(policy: &LoanPolicy) -> chrono::NaiveDate {
    [
        policy.brackets.source.checked,
        policy.family_cap.source.checked,
        policy.iom_fee_per_person.source.checked,
        policy.interest_basis_points.source.checked,
        policy.repayment_start.source.checked,
    ]
    .into_iter()
    .max()
    .unwrap_or_default()
}
