//! The person's own case (what `/api/v1/me` answered for their access code): held in memory
//! while the app is open, and kept on the device only if they choose ("Keep … on this phone"),
//! with the things they ticked. "Remove my data" deletes all of it at once. The access code
//! itself is never kept.
//!
//! Each part of the app reads the cases of one role (a traveller's, a sponsor's or a
//! returnee's), so that it carries no code to read the others. A code typed on another role's
//! page is handed to that role's page: its answer waits in this tab's session storage for the
//! length of one page load, and is deleted as it is read.

use std::collections::BTreeSet;

use leptos::prelude::*;
use passage_core::wire::{CaseView, ReturneeCase, SponsorCase, TravellerCase};
use serde::de::DeserializeOwned;

use crate::api::{decode, ApiError};

/// Where a kept case is stored: `{"saved":"YYYY-MM-DD","ticks":[…],"case":<the answer>}`.
const STORAGE_KEY: &str = "passage-case";
/// Where a case waits, in session storage, while its page loads: `{"kept":true,…}` as above.
const HANDOVER_KEY: &str = "passage-handover";

/// Every key under which Passage keeps something of the person's (what "Remove my data"
/// deletes): the case and its ticks, and the orientation modules marked as read.
const PERSONAL_KEYS: &[&str] = &[STORAGE_KEY, HANDOVER_KEY, "passage-read"];

/// Whose case an access code opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Traveller,
    Sponsor,
    Returnee,
}

impl Role {
    fn from_tag(tag: &str) -> Option<Role> {
        match tag {
            "traveller" => Some(Role::Traveller),
            "sponsor" => Some(Role::Sponsor),
            "returnee" => Some(Role::Returnee),
            _ => None,
        }
    }

    /// The page that shows this role's case.
    pub fn page(self) -> &'static str {
        match self {
            Role::Traveller => "/appointments",
            Role::Sponsor => "/sponsor",
            Role::Returnee => "/return",
        }
    }
}

/// A role's case type, as the API sends it.
pub trait RoleCase: DeserializeOwned {
    const ROLE: Role;
    fn into_view(self) -> CaseView;
}

impl RoleCase for TravellerCase {
    const ROLE: Role = Role::Traveller;
    fn into_view(self) -> CaseView {
        CaseView::Traveller(self)
    }
}

impl RoleCase for SponsorCase {
    const ROLE: Role = Role::Sponsor;
    fn into_view(self) -> CaseView {
        CaseView::Sponsor(self)
    }
}

impl RoleCase for ReturneeCase {
    const ROLE: Role = Role::Returnee;
    fn into_view(self) -> CaseView {
        CaseView::Returnee(self)
    }
}

/// What an answer of `/me` is, for a part of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Opened {
    /// A case of this part's role.
    Here(CaseView),
    /// Another role's case: its page shows it.
    Elsewhere(Role),
}

/// Reads an answer of `/me` for the part that shows `T`'s role: its `role` first, then, for
/// this role only, the case itself. (Decoding only one role keeps the others' decoding code
/// out of the part; serde's own tagged-enum decoding would also buffer the whole answer.)
pub fn decode_for<T: RoleCase>(text: &str) -> Result<Opened, ApiError> {
    let value = js_sys::JSON::parse(text).map_err(|_| ApiError::BadAnswer)?;
    let role = js_sys::Reflect::get(&value, &"role".into())
        .ok()
        .and_then(|role| role.as_string())
        .and_then(|tag| Role::from_tag(&tag))
        .ok_or(ApiError::BadAnswer)?;
    if role != T::ROLE {
        return Ok(Opened::Elsewhere(role));
    }
    serde_wasm_bindgen::from_value::<T>(value)
        .map(|case| Opened::Here(case.into_view()))
        .map_err(|_| ApiError::BadAnswer)
}

/// The case shown, and whether it is kept on this device.
#[derive(Debug, Clone, Copy)]
pub struct CaseStore {
    /// Reads an answer of `/me` for this part (`decode_for::<ItsRole>`).
    decode: fn(&str) -> Result<Opened, ApiError>,
    /// The case view, and the answer's JSON as received (kept as is when the person chooses).
    case: RwSignal<Option<(CaseView, String)>>,
    /// When the case was last fetched (the day), for "last updated".
    pub updated: RwSignal<Option<chrono::NaiveDate>>,
    /// Things to bring that the person ticked, as `<appointment uid>/<item>`.
    pub ticks: RwSignal<BTreeSet<String>>,
    /// Whether the person chose to keep all this on the device.
    pub kept: RwSignal<bool>,
}

#[derive(serde::Deserialize)]
struct Kept {
    /// False for a case handed over from another page without "keep" ticked.
    #[serde(default = "yes")]
    kept: bool,
    saved: String,
    ticks: Vec<String>,
    case: serde::de::IgnoredAny,
}

fn yes() -> bool {
    true
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn session() -> Option<web_sys::Storage> {
    window().session_storage().ok().flatten()
}

impl CaseStore {
    /// The store of a part that shows `decode`'s role: with a case handed over by another
    /// page, else the one kept on this device, if any.
    pub fn load(decode: fn(&str) -> Result<Opened, ApiError>) -> CaseStore {
        let store = CaseStore {
            decode,
            case: RwSignal::new(None),
            updated: RwSignal::new(None),
            ticks: RwSignal::new(BTreeSet::new()),
            kept: RwSignal::new(false),
        };
        let handed = session().and_then(|s| {
            let text = s.get_item(HANDOVER_KEY).ok().flatten();
            let _ = s.remove_item(HANDOVER_KEY);
            text
        });
        let restored = handed.is_some_and(|text| store.restore(&text));
        if restored {
            store.save();
        } else if let Some(text) = storage().and_then(|s| s.get_item(STORAGE_KEY).ok().flatten()) {
            store.restore(&text);
        }
        store
    }

    /// Shows a case stored as `{"kept":…,"saved":…,"ticks":[…],"case":…}`, if it is one of
    /// this part's role.
    fn restore(self, text: &str) -> bool {
        let Ok(kept) = decode::<Kept>(text) else {
            return false;
        };
        let _ = kept.case;
        // The case's own JSON, cut out of the kept text as it was stored.
        let Some(json) = text
            .find("\"case\":")
            .map(|at| &text[at + 7..text.len() - 1])
        else {
            return false;
        };
        let Ok(Opened::Here(view)) = (self.decode)(json) else {
            return false;
        };
        self.case.set(Some((view, json.to_owned())));
        self.updated
            .set(passage_core::dates::parse_date(&kept.saved));
        self.ticks.set(kept.ticks.into_iter().collect());
        self.kept.set(kept.kept);
        true
    }

    /// An answer of `/me`: shown here when it is this part's role (and kept if the person
    /// chose so), or handed to its own page, whose role it returns.
    pub fn open(self, text: String, today: chrono::NaiveDate) -> Result<Option<Role>, ApiError> {
        match (self.decode)(&text)? {
            Opened::Here(view) => {
                self.case.set(Some((view, text)));
                self.updated.set(Some(today));
                self.save();
                Ok(None)
            }
            Opened::Elsewhere(role) => {
                let kept = self.kept.get_untracked();
                let saved = passage_core::dates::format_date(&today);
                if let Some(session) = session() {
                    let _ = session.set_item(
                        HANDOVER_KEY,
                        &format!("{{\"kept\":{kept},\"saved\":\"{saved}\",\"ticks\":[],\"case\":{text}}}"),
                    );
                }
                Ok(Some(role))
            }
        }
    }

    /// The case shown (tracked).
    pub fn view(self) -> Option<CaseView> {
        self.case.with(|c| c.as_ref().map(|(view, _)| view.clone()))
    }

    /// Ticks or unticks a thing to bring.
    pub fn tick(self, key: String, ticked: bool) {
        self.ticks.update(|ticks| {
            if ticked {
                ticks.insert(key);
            } else {
                ticks.remove(&key);
            }
        });
        self.save();
    }

    /// Keeps the case on this device from now on, or stops keeping it (and deletes the copy).
    pub fn keep(self, keep: bool) {
        self.kept.set(keep);
        if keep {
            self.save();
        } else if let Some(storage) = storage() {
            let _ = storage.remove_item(STORAGE_KEY);
        }
    }

    fn save(self) {
        if !self.kept.get_untracked() {
            return;
        }
        let Some(storage) = storage() else { return };
        let saved = self
            .updated
            .get_untracked()
            .map(|d| passage_core::dates::format_date(&d))
            .unwrap_or_default();
        // Item keys are slugs and uids are plain ASCII: no escaping is needed.
        let ticks = self.ticks.with_untracked(|ticks| {
            ticks
                .iter()
                .map(|t| format!("\"{t}\""))
                .collect::<Vec<_>>()
                .join(",")
        });
        self.case.with_untracked(|case| {
            if let Some((_, json)) = case {
                let text = format!("{{\"saved\":\"{saved}\",\"ticks\":[{ticks}],\"case\":{json}}}");
                let _ = storage.set_item(STORAGE_KEY, &text);
            }
        });
    }

    /// Deletes everything of the person's: on the device, and from the page.
    pub fn remove_all(self) {
        remove_personal_data();
        self.case.set(None);
        self.updated.set(None);
        self.ticks.set(BTreeSet::new());
        self.kept.set(false);
    }
}

/// Deletes everything Passage keeps of the person's on this device (in this tab's session too).
pub fn remove_personal_data() {
    for storage in [storage(), session()].into_iter().flatten() {
        for key in PERSONAL_KEYS {
            let _ = storage.remove_item(key);
        }
    }
}

pub fn use_case() -> CaseStore {
    expect_context::<CaseStore>()
}
