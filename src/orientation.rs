//! What the orientation pages share: the topics marked as read and the low-data setting (both
//! kept on the device; the read marks count as the person's, and "Remove my data" deletes
//! them), the words of a topic for the search, and the loan figures its text names.

use std::collections::BTreeSet;

use passage_core::content::{self, Figure, Part};
use passage_core::search::Doc;
use passage_core::wire::{Block, LoanPolicy, Module, Periods};

use crate::format;
use crate::i18n::tr;

/// Slugs of the topics read, as a JSON list of strings.
const READ_KEY: &str = "passage-read";
/// "1" when the person chose not to download pictures.
const LOW_DATA_KEY: &str = "passage-low-data";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The topics marked as read on this device.
pub fn read_topics() -> BTreeSet<String> {
    storage()
        .and_then(|s| s.get_item(READ_KEY).ok().flatten())
        .and_then(|text| crate::api::decode::<Vec<String>>(&text).ok())
        .map(|slugs| slugs.into_iter().collect())
        .unwrap_or_default()
}

/// Marks a topic as read, or not.
pub fn set_read(slug: &str, read: bool) {
    let mut topics = read_topics();
    if read {
        topics.insert(slug.to_owned());
    } else {
        topics.remove(slug);
    }
    // Slugs are a-z, 0-9 and dashes: no escaping is needed.
    let json = format!(
        "[{}]",
        topics
            .iter()
            .map(|s| format!("\"{s}\""))
            .collect::<Vec<_>>()
            .join(",")
    );
    if let Some(storage) = storage() {
        let _ = storage.set_item(READ_KEY, &json);
    }
}

/// Whether pictures are left out to save data.
pub fn low_data() -> bool {
    storage()
        .and_then(|s| s.get_item(LOW_DATA_KEY).ok().flatten())
        .is_some_and(|v| v == "1")
}

pub fn set_low_data(on: bool) {
    if let Some(storage) = storage() {
        let _ = if on {
            storage.set_item(LOW_DATA_KEY, "1")
        } else {
            storage.remove_item(LOW_DATA_KEY)
        };
    }
}

/// A topic's words for the search: its title, summary and every text of its blocks.
pub fn doc(module: &Module) -> Doc {
    let mut texts = vec![module.summary.clone()];
    for block in &module.blocks {
        if let Block::Image { alt, .. } = block {
            texts.push(alt.clone());
        }
        texts.extend(block.texts().iter().cloned());
    }
    Doc {
        slug: module.slug.clone(),
        title: module.title.clone(),
        texts,
    }
}

/// A text with the figures it names filled in, for the reader: loan figures from the loan
/// policy, periods from the module's answer.
pub fn fill(text: &str, policy: &LoanPolicy, periods: Option<Periods>, lang: &str) -> String {
    let Ok(parts) = content::parts(text) else {
        return text.to_owned();
    };
    // (An answer without periods names none: its text is from before there were any.)
    let period = |pick: fn(&Periods) -> u32| periods.as_ref().map_or(0, pick);
    parts
        .into_iter()
        .map(|part| match part {
            Part::Text(text) => text.to_owned(),
            Part::Figure(figure) => match figure {
                Figure::FamilyCap => format::money(policy.family_cap.value, lang),
                Figure::IomFee => format::money(policy.iom_fee_per_person.value, lang),
                Figure::RepaymentStart => months(
                    policy
                        .repayment_start
                        .value
                        .transportation_months_after_arrival,
                    lang,
                ),
                Figure::MedicalValidityMonths => {
                    months(period(|p| p.medical_validity_months), lang)
                }
                Figure::NoticeWorkingDays => working_days(period(|p| p.notice_working_days), lang),
                Figure::SupportMonths => months(period(|p| p.support_months), lang),
                Figure::JointSupportMonths => months(period(|p| p.joint_support_months), lang),
            },
        })
        .collect()
}

/// "10 working days", in the reader's words and digits.
fn working_days(n: u32, lang: &str) -> String {
    crate::i18n::unisolated(tr!("orientation-working-days", {
        "days" => i64::from(n),
        "days-text" => format::number(i64::from(n), lang),
    }))
}

/// "12 months", in the reader's words and digits.
pub fn months(n: u32, lang: &str) -> String {
    crate::i18n::unisolated(tr!("orientation-loan-months", {
        "months" => i64::from(n),
        "months-text" => format::number(i64::from(n), lang),
    }))
}
