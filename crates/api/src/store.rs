//! Everything the API answers, prepared in memory from the database at start-up.

use std::collections::HashMap;

use axum::body::Bytes;
use chrono::NaiveDate;
use passage_core::lang::{is_language_tag, match_tag, LAUNCH_LANGUAGES};
use passage_core::wire::{
    Audience, Module, ModuleSummary, OrientationAll, OrientationList, Session, SessionFormat,
    SessionList,
};
use sha2::{Digest, Sha256};

use crate::data::Dataset;
use crate::prepared::Prepared;
use crate::problem::ApiError;

/// The prepared answers.
#[derive(Debug)]
pub struct Store {
    /// Languages with prepared answers: the launch languages and every content language.
    languages: Vec<&'static str>,
    orientation_lists: HashMap<&'static str, Prepared>,
    /// Every module of a language, in full.
    orientation_all: HashMap<&'static str, Prepared>,
    modules: HashMap<(String, &'static str), Prepared>,
    sessions: SessionList,
    pub offices: Prepared,
    pub loan_policy: Prepared,
    pub reintegration: Prepared,
    pub sponsorship: Prepared,
    /// Case views by the SHA-256 of their access code; revoked codes are left out.
    cases: HashMap<[u8; 32], Bytes>,
}

/// Filters of `GET /sessions`, already validated.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SessionFilter {
    pub country: Option<String>,
    pub format: Option<SessionFormat>,
    pub audience: Option<Audience>,
    pub lang: Option<String>,
    pub from: Option<NaiveDate>,
}

impl Store {
    pub fn new(data: Dataset) -> Store {
        let mut languages: Vec<&'static str> = LAUNCH_LANGUAGES.to_vec();
        for module in &data.modules {
            if !languages.iter().any(|l| *l == module.lang) {
                // Content languages live as long as the server: leaking the few names is fine.
                languages.push(Box::leak(module.lang.clone().into_boxed_str()));
            }
        }
        let english: Vec<&Module> = data.modules.iter().filter(|m| m.lang == "en").collect();
        let find = |slug: &str, lang: &str| {
            data.modules
                .iter()
                .find(|m| m.slug == slug && m.lang == lang)
        };

        // Each language's answers, compressed at the highest level: seconds of work, spread
        // over the machine's cores.
        let prepare = |lang: &'static str| {
            let mut summaries = Vec::new();
            let mut full = Vec::new();
            let mut modules = Vec::new();
            for original in &english {
                let module = find(&original.slug, lang).unwrap_or(original);
                full.push(module.clone());
                summaries.push(ModuleSummary {
                    slug: module.slug.clone(),
                    title: module.title.clone(),
                    summary: module.summary.clone(),
                    order: module.order,
                    updated: module.updated,
                    lang: module.lang.clone(),
                    reviewed: module.reviewed,
                });
                modules.push(((module.slug.clone(), lang), Prepared::json(module)));
            }
            let all = Prepared::json(&OrientationAll {
                lang: lang.to_owned(),
                modules: full,
            });
            let list = OrientationList {
                lang: lang.to_owned(),
                modules: summaries,
                all_bytes: all.transfer_size() as u64,
            };
            (lang, Prepared::json(&list), all, modules)
        };
        let prepared: Vec<_> = std::thread::scope(|scope| {
            let threads: Vec<_> = languages
                .iter()
                .map(|&lang| scope.spawn(move || prepare(lang)))
                .collect();
            threads
                .into_iter()
                .filter_map(|thread| thread.join().ok())
                .collect()
        });
        let mut orientation_lists = HashMap::new();
        let mut orientation_all = HashMap::new();
        let mut modules = HashMap::new();
        for (lang, list, all, prepared_modules) in prepared {
            orientation_lists.insert(lang, list);
            orientation_all.insert(lang, all);
            modules.extend(prepared_modules);
        }

        let cases = data
            .cases
            .iter()
            .filter(|case| !case.revoked)
            .map(|case| {
                let body = Bytes::from(serde_json::to_vec(&case.view).unwrap_or_default());
                (case.code_sha256, body)
            })
            .collect();

        Store {
            languages,
            orientation_lists,
            orientation_all,
            modules,
            offices: Prepared::json(&data.offices),
            loan_policy: Prepared::json(&data.loan_policy),
            reintegration: Prepared::json(&data.reintegration),
            sponsorship: Prepared::json(&data.sponsorship),
            sessions: data.sessions,
            cases,
        }
    }

    /// The prepared language for a `lang` parameter: a served language, or English when the
    /// language has no content yet. A value that is not a language tag is the client's error.
    pub fn language(&self, requested: Option<&str>) -> Result<&'static str, ApiError> {
        match requested {
            None => Ok("en"),
            Some(tag) if is_language_tag(tag) => {
                Ok(match_tag(tag, &self.languages).unwrap_or("en"))
            }
            Some(_) => Err(ApiError::BadRequest(
                "lang must be a language tag such as en, ar or fa-AF.".to_owned(),
            )),
        }
    }

    pub fn orientation_list(&self, lang: &'static str) -> Option<&Prepared> {
        self.orientation_lists.get(lang)
    }

    pub fn orientation_all(&self, lang: &'static str) -> Option<&Prepared> {
        self.orientation_all.get(lang)
    }

    pub fn module(&self, slug: &str, lang: &'static str) -> Option<&Prepared> {
        self.modules.get(&(slug.to_owned(), lang))
    }

    /// The sessions that pass every filter, soonest first.
    pub fn sessions(&self, filter: &SessionFilter) -> SessionList {
        let keep = |session: &&Session| {
            filter
                .country
                .as_ref()
                .is_none_or(|c| session.country == *c)
                && filter.format.is_none_or(|f| session.format == f)
                && filter.audience.is_none_or(|a| session.audience == a)
                && filter
                    .from
                    .is_none_or(|from| session.start.date_naive() >= from)
                && filter.lang.as_ref().is_none_or(|tag| {
                    session
                        .languages
                        .iter()
                        .any(|l| match_tag(tag, &[l.as_str()]).is_some())
                })
        };
        SessionList {
            demo: self.sessions.demo,
            sessions: self
                .sessions
                .sessions
                .iter()
                .filter(keep)
                .cloned()
                .collect(),
            source: self.sessions.source.clone(),
        }
    }

    /// The case view for an access code's canonical text, unless unknown or revoked. The
    /// lookup is by the code's hash, so its timing says nothing about any stored code.
    pub fn case(&self, canonical_code: &str) -> Option<Bytes> {
        let hash: [u8; 32] = Sha256::digest(canonical_code.as_bytes()).into();
        self.cases.get(&hash).cloned()
    }
}
