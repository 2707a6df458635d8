//! Reading and validating the human-edited source data in `data/`.
//!
//! Layout: `orientation/<slug>.<lang>.toml`, `sessions.toml`, `offices.toml`,
//! `loan-policy.toml`, `reintegration.toml`, `demo-cases.toml`. Every error names the file and
//! the field, so whoever edits the data can fix it.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use passage_core::lang::is_language_tag;
use passage_core::wire::{
    Appointment, AppointmentKind, ArrivalWindow, Audience, Block, CaseView, LoanPolicy, Milestone,
    Module, OfficeList, Periods, PlanItem, PlanStatus, Reintegration, ReturneeCase, Rule,
    SessionFormat, SessionList, Source, SponsorCase, Sponsorship, TimeUnit, TravellerCase,
};
use serde::de::DeserializeOwned;
use serde::Deserialize;

/// Everything the API serves, validated.
#[derive(Debug, Clone)]
pub struct Dataset {
    /// Every module in every language it is written in, sorted by order, slug, language.
    pub modules: Vec<Module>,
    pub sessions: SessionList,
    pub offices: OfficeList,
    pub loan_policy: LoanPolicy,
    pub reintegration: Reintegration,
    pub sponsorship: Sponsorship,
    pub cases: Vec<StoredCase>,
}

/// A case as stored: the SHA-256 of its access code, never the code.
#[derive(Debug, Clone)]
pub struct StoredCase {
    pub code_sha256: [u8; 32],
    pub revoked: bool,
    pub view: CaseView,
}

/// What is wrong with the data, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    pub file: PathBuf,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file.display(), self.message)
    }
}

impl std::error::Error for DataError {}

type Result<T> = std::result::Result<T, DataError>;

fn error(file: &Path, message: impl Into<String>) -> DataError {
    DataError {
        file: file.to_owned(),
        message: message.into(),
    }
}

/// Parses a TOML file into `T`. Syntax errors give the line; type errors give the field path.
fn read_toml<T: DeserializeOwned>(file: &Path) -> Result<T> {
    let text = std::fs::read_to_string(file).map_err(|err| error(file, err.to_string()))?;
    passage_core::data::from_toml(&text).map_err(|message| error(file, message))
}

/// Reads and checks the whole data directory. `today` bounds the "checked" dates: a fact
/// cannot have been checked in the future.
pub fn load(dir: &Path, today: NaiveDate) -> Result<Dataset> {
    let offices = load_offices(&dir.join("offices.toml"), today)?;
    let reintegration = load_reintegration(&dir.join("reintegration.toml"), today)?;
    let loan_policy = load_loan_policy(&dir.join("loan-policy.toml"), today)?;
    let sponsorship = load_sponsorship(&dir.join("sponsorship.toml"), today, &loan_policy)?;
    let medical = load_medical(&dir.join("medical.toml"), today)?;
    // The periods orientation text names, from the rules that hold them.
    let periods = Periods {
        medical_validity_months: medical.value,
        notice_working_days: sponsorship.arrival_notice_working_days.value,
        support_months: sponsorship.support_months.value,
        joint_support_months: sponsorship.joint_assistance_support_months.value,
    };
    let mut modules = load_modules(&dir.join("orientation"), today)?;
    for module in &mut modules {
        module.periods = Some(periods);
    }
    Ok(Dataset {
        modules,
        sessions: load_sessions(&dir.join("sessions.toml"), today)?,
        sponsorship,
        loan_policy,
        cases: load_cases(
            &dir.join("demo-cases.toml"),
            &offices,
            &reintegration,
            &medical,
            today,
        )?,
        offices,
        reintegration,
    })
}

fn check_source(file: &Path, field: &str, source: &Source, today: NaiveDate) -> Result<()> {
    if source.title.trim().is_empty() {
        return Err(error(file, format!("{field}.title is empty")));
    }
    if let Some(checked) = source.checked.filter(|checked| *checked > today) {
        return Err(error(
            file,
            format!("{field}.checked {checked} is in the future"),
        ));
    }
    if let Some(url) = &source.url {
        if !url.starts_with("https://") {
            return Err(error(file, format!("{field}.url must start with https://")));
        }
    }
    Ok(())
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_country(text: &str) -> bool {
    text.len() == 2 && text.bytes().all(|b| b.is_ascii_uppercase())
}

fn check_text(file: &Path, field: &str, text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(error(file, format!("{field} is empty")));
    }
    if text.contains('<') || text.contains('>') {
        return Err(error(
            file,
            format!("{field} contains < or >: the data holds text, not HTML"),
        ));
    }
    Ok(())
}

/// Orientation text: plain text whose policy figures are placeholders filled from the loan
/// policy (`{iom-fee}`), never typed, and whose digits are those the reader's screen shows.
fn check_content_text(file: &Path, field: &str, text: &str, lang: &str) -> Result<()> {
    check_text(file, field, text)?;
    passage_core::content::parts(text)
        .map_err(|message| error(file, format!("{field}: {message}")))?;
    if passage_core::content::types_money(text) {
        return Err(error(
            file,
            format!("{field} types an amount of money: name it with {{iom-fee}} or {{family-cap}}, or leave it to the loan page"),
        ));
    }
    if let Some(found) = foreign_digit(text, lang) {
        return Err(error(
            file,
            format!("{field} has the digit {found:?}: {lang} text writes numbers with the digits its readers' screens show"),
        ));
    }
    Ok(())
}

/// A digit that the text's language does not show (Arabic-Indic for `ar`, Extended
/// Arabic-Indic for `prs` and `ps`, Western for the others), outside codes written in Latin
/// letters such as `IMM 0502` or `SOR/2018-22`.
fn foreign_digit(text: &str, lang: &str) -> Option<char> {
    let own: fn(char) -> bool = match lang {
        "ar" => |c| ('\u{0660}'..='\u{0669}').contains(&c),
        "prs" | "ps" => |c| ('\u{06f0}'..='\u{06f9}').contains(&c),
        _ => |c| c.is_ascii_digit(),
    };
    let mut in_code = false;
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            in_code = true;
        } else if !(c.is_ascii_digit() || matches!(c, ' ' | '/' | '-' | '.')) {
            in_code = false;
        }
        let is_digit = passage_core::number::ascii_digit(c).is_some();
        if is_digit && !own(c) && !(in_code && c.is_ascii_digit()) {
            return Some(c);
        }
    }
    None
}

// ---------------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    order: u32,
    title: String,
    summary: String,
    updated: NaiveDate,
    reviewed: bool,
    sources: Vec<Source>,
    blocks: Vec<Block>,
}

fn load_modules(dir: &Path, today: NaiveDate) -> Result<Vec<Module>> {
    let entries = std::fs::read_dir(dir).map_err(|err| error(dir, err.to_string()))?;
    let mut modules = Vec::new();
    for entry in entries {
        let path = entry.map_err(|err| error(dir, err.to_string()))?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let Some((slug, lang)) = stem.rsplit_once('.') else {
            return Err(error(&path, "name the file <slug>.<lang>.toml"));
        };
        if !is_slug(slug) {
            return Err(error(
                &path,
                format!("{slug:?} is not a slug (a-z, 0-9 and dashes)"),
            ));
        }
        if !is_language_tag(lang) {
            return Err(error(&path, format!("{lang:?} is not a language tag")));
        }
        let file: ModuleFile = read_toml(&path)?;
        check_content_text(&path, "title", &file.title, lang)?;
        check_content_text(&path, "summary", &file.summary, lang)?;
        if file.updated > today {
            return Err(error(&path, "updated is in the future"));
        }
        if file.sources.is_empty() {
            return Err(error(&path, "needs at least one [[sources]]"));
        }
        for (i, source) in file.sources.iter().enumerate() {
            check_source(&path, &format!("sources[{i}]"), source, today)?;
        }
        if file.blocks.is_empty() {
            return Err(error(&path, "needs at least one [[blocks]]"));
        }
        for (i, block) in file.blocks.iter().enumerate() {
            let field = format!("blocks[{i}]");
            match block {
                Block::Heading { text }
                | Block::Paragraph { text }
                | Block::Callout { text }
                | Block::ChecklistItem { text } => {
                    check_content_text(&path, &format!("{field}.text"), text, lang)?
                }
                Block::List { items } => {
                    if items.is_empty() {
                        return Err(error(&path, format!("{field}.items is empty")));
                    }
                    for (j, item) in items.iter().enumerate() {
                        check_content_text(&path, &format!("{field}.items[{j}]"), item, lang)?;
                    }
                }
                Block::LoanBrackets => {}
                Block::Image { src, alt } => {
                    let name = src
                        .strip_prefix("/images/")
                        .and_then(|rest| rest.strip_suffix(".svg"));
                    if !name.is_some_and(is_slug) {
                        return Err(error(
                            &path,
                            format!("{field}.src must be /images/<name>.svg"),
                        ));
                    }
                    check_content_text(&path, &format!("{field}.alt"), alt, lang)?
                }
                Block::Unknown => {
                    let kinds =
                        "heading, paragraph, list, callout, checklist_item, loan_brackets or image";
                    return Err(error(&path, format!("{field}.type must be {kinds}")));
                }
            }
        }
        modules.push(Module {
            slug: slug.to_owned(),
            lang: lang.to_owned(),
            reviewed: file.reviewed,
            title: file.title,
            summary: file.summary,
            order: file.order,
            updated: file.updated,
            blocks: file.blocks,
            sources: file.sources,
            periods: None,
        });
    }
    let english: BTreeMap<&str, u32> = modules
        .iter()
        .filter(|m| m.lang == "en")
        .map(|m| (m.slug.as_str(), m.order))
        .collect();
    if english.is_empty() {
        return Err(error(
            dir,
            "no modules: at least one <slug>.en.toml is needed",
        ));
    }
    for module in &modules {
        match english.get(module.slug.as_str()) {
            None => {
                let file = dir.join(format!("{}.{}.toml", module.slug, module.lang));
                return Err(error(&file, "has no English original (<slug>.en.toml)"));
            }
            Some(order) if *order != module.order => {
                let file = dir.join(format!("{}.{}.toml", module.slug, module.lang));
                return Err(error(
                    &file,
                    format!("order is {}, the English has {order}", module.order),
                ));
            }
            Some(_) => {}
        }
    }
    let mut orders = BTreeSet::new();
    for (slug, order) in &english {
        if !orders.insert(order) {
            let file = dir.join(format!("{slug}.en.toml"));
            return Err(error(
                &file,
                format!("order {order} is used by another module"),
            ));
        }
    }
    modules.sort_by(|a, b| (a.order, &a.slug, &a.lang).cmp(&(b.order, &b.slug, &b.lang)));
    Ok(modules)
}

// ---------------------------------------------------------------------------------------------

/// The day a file of demonstration data is written as seen on (`dated = 2026-12-02`).
#[derive(Deserialize)]
struct Dated {
    dated: Option<NaiveDate>,
}

/// How many days to move the dates of a file of demonstration data written as seen on `dated`,
/// imported on `today`: the whole weeks nearest to the days between. The demo then tells the
/// same story on any day (an interview just past, an exam in a few days, …), within three days,
/// and every date keeps its weekday (no flight moves to a weekend). Real data is never moved.
fn demo_shift(file: &Path, demo: bool, dated: Option<NaiveDate>, today: NaiveDate) -> Result<i64> {
    match dated {
        None => Ok(0),
        Some(_) if !demo => Err(error(
            file,
            "dated moves dates to the import day: it is for demonstration data only (demo = true)",
        )),
        Some(dated) => Ok(((today - dated).num_days() + 3).div_euclid(7) * 7),
    }
}

fn shift_date(date: &mut NaiveDate, days: i64) {
    *date = *date + chrono::Duration::days(days);
}

fn shift_time(time: &mut chrono::DateTime<chrono::FixedOffset>, days: i64) {
    *time = *time + chrono::Duration::days(days);
}

fn load_sessions(file: &Path, today: NaiveDate) -> Result<SessionList> {
    let mut list: SessionList = read_toml(file)?;
    let Dated { dated } = read_toml(file)?;
    let shift = demo_shift(file, list.demo, dated, today)?;
    for session in &mut list.sessions {
        shift_time(&mut session.start, shift);
    }
    check_source(file, "source", &list.source, today)?;
    let mut ids = BTreeSet::new();
    for (i, session) in list.sessions.iter().enumerate() {
        let field = format!("sessions[{i}]");
        if !is_slug(&session.id) || !ids.insert(session.id.as_str()) {
            return Err(error(file, format!("{field}.id must be a unique slug")));
        }
        check_text(file, &format!("{field}.site"), &session.site)?;
        if !is_time_zone(&session.time_zone) {
            return Err(error(
                file,
                format!("{field}.time_zone must be an IANA zone such as Africa/Nairobi"),
            ));
        }
        if !is_country(&session.country) {
            return Err(error(
                file,
                format!("{field}.country must be an ISO code such as KE"),
            ));
        }
        if session.format == SessionFormat::Unknown {
            return Err(error(
                file,
                format!("{field}.format must be in-person, video or phone"),
            ));
        }
        if session.audience == Audience::Unknown {
            return Err(error(
                file,
                format!("{field}.audience must be adult or youth"),
            ));
        }
        if session.languages.is_empty() || !session.languages.iter().all(|l| is_language_tag(l)) {
            return Err(error(
                file,
                format!("{field}.languages must list language tags"),
            ));
        }
        if !(1..=24 * 60).contains(&session.duration_minutes) {
            return Err(error(
                file,
                format!("{field}.duration_minutes must be 1 to 1440"),
            ));
        }
    }
    let mut list = list;
    list.sessions.sort_by_key(|s| s.start);
    Ok(list)
}

fn is_clock_time(text: &str) -> bool {
    chrono::NaiveTime::parse_from_str(text, "%H:%M").is_ok() && text.len() == 5
}

fn load_offices(file: &Path, today: NaiveDate) -> Result<OfficeList> {
    let list: OfficeList = read_toml(file)?;
    check_source(file, "source", &list.source, today)?;
    let mut ids = BTreeSet::new();
    for (i, office) in list.offices.iter().enumerate() {
        let field = format!("offices[{i}]");
        if !is_slug(&office.id) || !ids.insert(office.id.as_str()) {
            return Err(error(file, format!("{field}.id must be a unique slug")));
        }
        check_text(file, &format!("{field}.city"), &office.city)?;
        if !is_country(&office.country) {
            return Err(error(
                file,
                format!("{field}.country must be an ISO code such as KE"),
            ));
        }
        if !office.phone.starts_with('+')
            || !office.phone[1..]
                .chars()
                .all(|c| c.is_ascii_digit() || c == ' ')
        {
            return Err(error(
                file,
                format!("{field}.phone must be international: +<digits>"),
            ));
        }
        if !office.email.contains('@') {
            return Err(error(file, format!("{field}.email is not an address")));
        }
        if !is_time_zone(&office.time_zone) {
            return Err(error(
                file,
                format!("{field}.time_zone must be an IANA zone such as Africa/Nairobi"),
            ));
        }
        for (j, hours) in office.hours.iter().enumerate() {
            let field = format!("{field}.hours[{j}]");
            if hours.days.is_empty() || !hours.days.iter().all(|d| (1..=7).contains(d)) {
                return Err(error(
                    file,
                    format!("{field}.days must be weekday numbers 1 (Monday) to 7"),
                ));
            }
            if !is_clock_time(&hours.opens)
                || !is_clock_time(&hours.closes)
                || hours.opens >= hours.closes
            {
                return Err(error(
                    file,
                    format!("{field}: opens and closes must be HH:MM, opens first"),
                ));
            }
        }
    }
    Ok(list)
}

fn load_loan_policy(file: &Path, today: NaiveDate) -> Result<LoanPolicy> {
    let policy: LoanPolicy = read_toml(file)?;
    policy
        .validate()
        .map_err(|err| error(file, err.to_string()))?;
    for (field, source) in [
        ("brackets.source", &policy.brackets.source),
        ("family_cap.source", &policy.family_cap.source),
        (
            "iom_fee_per_person.source",
            &policy.iom_fee_per_person.source,
        ),
        (
            "interest_basis_points.source",
            &policy.interest_basis_points.source,
        ),
        ("repayment_start.source", &policy.repayment_start.source),
    ] {
        check_source(file, field, source, today)?;
    }
    Ok(policy)
}

fn load_reintegration(file: &Path, today: NaiveDate) -> Result<Reintegration> {
    let reintegration: Reintegration = read_toml(file)?;
    check_source(file, "source", &reintegration.source, today)?;
    let mut keys = BTreeSet::new();
    for (i, deadline) in reintegration.deadlines.iter().enumerate() {
        let field = format!("deadlines[{i}]");
        if !is_slug(&deadline.key) || !keys.insert(deadline.key.as_str()) {
            return Err(error(file, format!("{field}.key must be a unique slug")));
        }
        if deadline.amount == 0 || deadline.unit == TimeUnit::Unknown {
            return Err(error(
                file,
                format!("{field}: amount above 0, unit hours, days or months"),
            ));
        }
        match &deadline.programme {
            None if !deadline.verified => {
                return Err(error(
                    file,
                    format!("{field}.programme: an unverified figure says which programme and years it describes"),
                ))
            }
            Some(programme) => {
                check_text(file, &format!("{field}.programme.name"), &programme.name)?;
                if programme.until.is_some_and(|until| until < programme.from) {
                    return Err(error(
                        file,
                        format!("{field}.programme: until is before from"),
                    ));
                }
            }
            None => {}
        }
        check_source(file, &format!("{field}.source"), &deadline.source, today)?;
    }
    let mut categories = BTreeSet::new();
    for (i, category) in reintegration.categories.iter().enumerate() {
        if !is_slug(category) || !categories.insert(category) {
            return Err(error(
                file,
                format!("categories[{i}] must be a unique slug"),
            ));
        }
    }
    if categories.is_empty() {
        return Err(error(file, "categories is empty"));
    }
    Ok(reintegration)
}

// ---------------------------------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CasesFile {
    demo: bool,
    /// The day the dates are written as seen on (demonstration data only): see `demo_shift`.
    dated: Option<NaiveDate>,
    cases: Vec<CaseEntry>,
}

#[derive(Deserialize)]
#[serde(tag = "role", rename_all = "snake_case", deny_unknown_fields)]
enum CaseEntry {
    Traveller {
        code_sha256: String,
        #[serde(default)]
        revoked: bool,
        appointments: Vec<Appointment>,
        milestones: Vec<Milestone>,
    },
    Sponsor {
        code_sha256: String,
        #[serde(default)]
        revoked: bool,
        arrival: ArrivalWindow,
        destination_city: String,
        arrival_notice_sent: bool,
        milestones: Vec<Milestone>,
    },
    Returnee {
        code_sha256: String,
        #[serde(default)]
        revoked: bool,
        return_date: NaiveDate,
        office: String,
        plan: Vec<PlanItem>,
    },
}

fn parse_sha256(file: &Path, field: &str, hex: &str) -> Result<[u8; 32]> {
    let bad = || error(file, format!("{field}.code_sha256 must be 64 hex digits"));
    if hex.len() != 64 {
        return Err(bad());
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).map_err(|_| bad())?;
    }
    Ok(out)
}

fn check_milestones(file: &Path, field: &str, milestones: &[Milestone]) -> Result<()> {
    for (i, milestone) in milestones.iter().enumerate() {
        if !is_slug(&milestone.key) {
            return Err(error(
                file,
                format!("{field}.milestones[{i}].key must be a slug"),
            ));
        }
    }
    Ok(())
}

/// `medical.toml`: how long a medical exam's result stays valid.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MedicalFile {
    validity_months: Rule<u32>,
}

fn load_medical(file: &Path, today: NaiveDate) -> Result<Rule<u32>> {
    let medical: MedicalFile = read_toml(file)?;
    let rule = medical.validity_months;
    if !(1..=60).contains(&rule.value) {
        return Err(error(file, "validity_months.value must be 1 to 60"));
    }
    check_source(file, "validity_months.source", &rule.source, today)?;
    Ok(rule)
}

/// `sponsorship.toml`: the figures of a sponsor's timeline.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SponsorshipFile {
    arrival_notice_working_days: Rule<u32>,
    support_months: Rule<u32>,
    joint_assistance_support_months: Rule<u32>,
    loan_is_the_newcomers: Source,
}

/// The sponsorship figures, with the first loan payment taken from the loan policy (one rule,
/// one place).
fn load_sponsorship(file: &Path, today: NaiveDate, loan: &LoanPolicy) -> Result<Sponsorship> {
    let data: SponsorshipFile = read_toml(file)?;
    for (field, rule, range) in [
        (
            "arrival_notice_working_days",
            &data.arrival_notice_working_days,
            1..=60,
        ),
        ("support_months", &data.support_months, 1..=60),
        (
            "joint_assistance_support_months",
            &data.joint_assistance_support_months,
            1..=60,
        ),
    ] {
        if !range.contains(&rule.value) {
            return Err(error(file, format!("{field}.value must be 1 to 60")));
        }
        check_source(file, &format!("{field}.source"), &rule.source, today)?;
    }
    check_source(
        file,
        "loan_is_the_newcomers",
        &data.loan_is_the_newcomers,
        today,
    )?;
    let start = &loan.repayment_start;
    Ok(Sponsorship {
        arrival_notice_working_days: data.arrival_notice_working_days,
        support_months: data.support_months,
        joint_assistance_support_months: data.joint_assistance_support_months,
        first_loan_payment_months: Rule {
            value: start.value.transportation_months_after_arrival,
            effective: start.effective,
            source: start.source.clone(),
        },
        loan_is_the_newcomers: data.loan_is_the_newcomers,
    })
}

/// An IANA time zone name as the data writes it (`Africa/Nairobi`): the app gives it to the
/// browser's Intl, which knows the zones.
fn is_time_zone(text: &str) -> bool {
    text.contains('/')
        && text.split('/').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'+')
        })
}

fn load_cases(
    file: &Path,
    offices: &OfficeList,
    reintegration: &Reintegration,
    medical_validity_months: &Rule<u32>,
    today: NaiveDate,
) -> Result<Vec<StoredCase>> {
    let mut cases: CasesFile = read_toml(file)?;
    let demo = cases.demo;
    let shift = demo_shift(file, demo, cases.dated, today)?;
    for entry in &mut cases.cases {
        match entry {
            CaseEntry::Traveller {
                appointments,
                milestones,
                ..
            } => {
                appointments
                    .iter_mut()
                    .for_each(|a| shift_time(&mut a.start, shift));
                milestones
                    .iter_mut()
                    .for_each(|m| shift_date(&mut m.date, shift));
            }
            CaseEntry::Sponsor {
                arrival,
                milestones,
                ..
            } => {
                shift_date(&mut arrival.earliest, shift);
                shift_date(&mut arrival.latest, shift);
                milestones
                    .iter_mut()
                    .for_each(|m| shift_date(&mut m.date, shift));
            }
            CaseEntry::Returnee {
                return_date, plan, ..
            } => {
                shift_date(return_date, shift);
                plan.iter_mut()
                    .for_each(|item| shift_date(&mut item.deadline, shift));
            }
        }
    }
    let mut seen = BTreeSet::new();
    let mut stored = Vec::new();
    for (i, entry) in cases.cases.into_iter().enumerate() {
        let field = format!("cases[{i}]");
        let (hash, revoked, view) = match entry {
            CaseEntry::Traveller {
                code_sha256,
                revoked,
                appointments,
                milestones,
            } => {
                for (j, appointment) in appointments.iter().enumerate() {
                    let field = format!("{field}.appointments[{j}]");
                    if appointment.kind == AppointmentKind::Unknown {
                        return Err(error(
                            file,
                            format!("{field}.kind must be selection-interview, medical-exam, orientation or flight"),
                        ));
                    }
                    check_text(file, &format!("{field}.place"), &appointment.place)?;
                    if !is_time_zone(&appointment.time_zone) {
                        return Err(error(
                            file,
                            format!(
                                "{field}.time_zone must be an IANA zone such as Africa/Nairobi"
                            ),
                        ));
                    }
                    if !appointment.bring.iter().all(|item| is_slug(item)) {
                        return Err(error(
                            file,
                            format!("{field}.bring lists item keys (slugs)"),
                        ));
                    }
                }
                check_milestones(file, &field, &milestones)?;
                (
                    code_sha256,
                    revoked,
                    CaseView::Traveller(TravellerCase {
                        demo,
                        appointments,
                        milestones,
                        medical_validity_months: medical_validity_months.clone(),
                    }),
                )
            }
            CaseEntry::Sponsor {
                code_sha256,
                revoked,
                arrival,
                destination_city,
                arrival_notice_sent,
                milestones,
            } => {
                if arrival.earliest > arrival.latest {
                    return Err(error(
                        file,
                        format!("{field}.arrival: earliest is after latest"),
                    ));
                }
                check_text(
                    file,
                    &format!("{field}.destination_city"),
                    &destination_city,
                )?;
                check_milestones(file, &field, &milestones)?;
                let view = CaseView::Sponsor(SponsorCase {
                    demo,
                    arrival,
                    destination_city,
                    arrival_notice_sent,
                    milestones,
                });
                (code_sha256, revoked, view)
            }
            CaseEntry::Returnee {
                code_sha256,
                revoked,
                return_date,
                office,
                plan,
            } => {
                let Some(office) = offices.offices.iter().find(|o| o.id == office) else {
                    return Err(error(
                        file,
                        format!("{field}.office {office:?} is not in offices.toml"),
                    ));
                };
                for (j, item) in plan.iter().enumerate() {
                    if !reintegration.categories.contains(&item.category) {
                        return Err(error(
                            file,
                            format!("{field}.plan[{j}].category is not in reintegration.toml"),
                        ));
                    }
                    if item.status == PlanStatus::Unknown {
                        return Err(error(
                            file,
                            format!(
                                "{field}.plan[{j}].status must be not-started, in-progress or done"
                            ),
                        ));
                    }
                }
                let view = CaseView::Returnee(ReturneeCase {
                    demo,
                    return_date,
                    office: office.clone(),
                    plan,
                });
                (code_sha256, revoked, view)
            }
        };
        let code_sha256 = parse_sha256(file, &field, &hash)?;
        if !seen.insert(code_sha256) {
            return Err(error(
                file,
                format!("{field}.code_sha256 is used by another case"),
            ));
        }
        stored.push(StoredCase {
            code_sha256,
            revoked,
            view,
        });
    }
    Ok(stored)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        chrono::Utc::now().date_naive()
    }

    fn data_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
    }

    #[test]
    fn the_shipped_data_is_valid() {
        let data = load(&data_dir(), today()).unwrap_or_else(|err| panic!("{err}"));
        assert!(data.modules.iter().any(|m| m.lang == "en"));
        assert!(data.modules.iter().any(|m| m.lang == "ar"));
        assert!(!data.sessions.sessions.is_empty());
        assert!(data.cases.len() >= 3);
    }

    /// Demonstration dates move by whole weeks to the import day, keeping their weekday and the
    /// story the demo tells; real data and the day the demo is written for stay as written.
    #[test]
    fn demonstration_dates_move_by_whole_weeks_to_the_import_day() {
        let file = Path::new("demo-cases.toml");
        let day = |text: &str| text.parse::<NaiveDate>().unwrap();
        let dated = Some(day("2026-12-02"));
        for (imported, shift) in [
            ("2026-12-02", 0),
            ("2026-12-05", 0),
            ("2026-12-06", 7),
            ("2026-11-28", -7),
            ("2027-06-25", 203),
        ] {
            assert_eq!(
                demo_shift(file, true, dated, day(imported)).unwrap(),
                shift,
                "{imported}"
            );
        }
        assert_eq!(demo_shift(file, false, None, day("2030-01-01")).unwrap(), 0);
        let refused = demo_shift(file, false, dated, day("2026-12-02")).unwrap_err();
        assert!(
            refused.to_string().contains("demonstration data only"),
            "{refused}"
        );

        // The shipped demo, imported half a year later: the same schedule, 29 weeks on.
        let dir = data_dir();
        let at = |today: &str| load(&dir, day(today)).unwrap_or_else(|err| panic!("{err}"));
        let (then, later) = (at("2026-12-02"), at("2027-06-25"));
        let traveller = |data: &Dataset| {
            data.cases
                .iter()
                .find_map(|case| match &case.view {
                    CaseView::Traveller(t) if !case.revoked => Some(t.appointments.clone()),
                    _ => None,
                })
                .unwrap()
        };
        for (a, b) in traveller(&then).iter().zip(traveller(&later).iter()) {
            assert_eq!(b.start - a.start, chrono::Duration::days(203));
            assert_eq!(
                b.start.format("%a %H:%M").to_string(),
                a.start.format("%a %H:%M").to_string()
            );
        }
        assert_eq!(
            later.sessions.sessions[0].start - then.sessions.sessions[0].start,
            chrono::Duration::days(203)
        );
    }

    /// The periods the data holds (the medical result's validity, the notice, support) are
    /// named in orientation text with placeholders, never typed: typed, they would drift.
    #[test]
    fn orientation_names_the_periods_of_the_data() {
        let data = load(&data_dir(), today()).unwrap_or_else(|err| panic!("{err}"));
        let medical = load_medical(&data_dir().join("medical.toml"), today()).unwrap();
        let typed = |text: &str| {
            let words: Vec<&str> = text.split([' ', '-']).collect();
            words.windows(2).any(|pair| {
                !pair[0].is_empty()
                    && pair[0].bytes().all(|b| b.is_ascii_digit())
                    && (pair[1].starts_with("month") || pair[1].starts_with("working"))
            })
        };
        for module in &data.modules {
            let periods = module.periods.expect("every module carries the periods");
            assert_eq!(periods.medical_validity_months, medical.value);
            assert_eq!(
                periods.notice_working_days,
                data.sponsorship.arrival_notice_working_days.value
            );
            assert_eq!(
                periods.support_months,
                data.sponsorship.support_months.value
            );
            assert_eq!(
                periods.joint_support_months,
                data.sponsorship.joint_assistance_support_months.value
            );
            if module.lang != "en" {
                continue;
            }
            for text in module.blocks.iter().flat_map(Block::texts) {
                assert!(!typed(text), "{}: {text:?} types a period", module.slug);
            }
        }
        assert!(typed("valid for 12 months"));
        assert!(typed("a 12-month clock"));
        assert!(!typed("valid for {medical-validity-months}"));
    }

    /// Orientation covers the curriculum in every launch language, each module says where its
    /// facts come from and when a person compared them, and each translation keeps the
    /// original's structure, sources and figures.
    #[test]
    fn every_topic_is_in_every_launch_language_with_checked_sources() {
        let data = load(&data_dir(), today()).unwrap_or_else(|err| panic!("{err}"));
        let english: Vec<&Module> = data.modules.iter().filter(|m| m.lang == "en").collect();
        assert!(
            english.len() >= 14,
            "the COA curriculum needs at least 14 modules"
        );
        for original in &english {
            assert!(
                original
                    .sources
                    .iter()
                    .any(|s| s.url.is_some() && s.checked.is_some()),
                "{}: no source with an address that a person compared it with",
                original.slug
            );
            for lang in passage_core::lang::LAUNCH_LANGUAGES {
                let translated = data
                    .modules
                    .iter()
                    .find(|m| m.slug == original.slug && m.lang == *lang)
                    .unwrap_or_else(|| panic!("{} has no {lang} version", original.slug));
                assert_eq!(
                    translated.sources, original.sources,
                    "{}.{lang}",
                    original.slug
                );
                let kinds = |m: &Module| -> Vec<String> {
                    m.blocks
                        .iter()
                        .map(|b| format!("{:?}", std::mem::discriminant(b)))
                        .collect()
                };
                assert_eq!(
                    kinds(translated),
                    kinds(original),
                    "{}.{lang}",
                    original.slug
                );
                if *lang != "en" {
                    assert!(
                        !translated.reviewed || original.reviewed,
                        "{}.{lang}",
                        original.slug
                    );
                }
                // The same loan figures named, never typed.
                let figures = |m: &Module| -> Vec<String> {
                    let mut all = Vec::new();
                    for text in m.blocks.iter().flat_map(Block::texts) {
                        for part in passage_core::content::parts(text).unwrap() {
                            if let passage_core::content::Part::Figure(f) = part {
                                all.push(f.name().to_owned());
                            }
                        }
                    }
                    all.sort();
                    all
                };
                assert_eq!(
                    figures(translated),
                    figures(original),
                    "{}.{lang}",
                    original.slug
                );
            }
        }
    }

    #[test]
    fn a_fact_checked_in_the_future_is_refused() {
        let yesterday = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
        let err = load(&data_dir(), yesterday).unwrap_err();
        assert!(err.message.contains("in the future"), "{err}");
    }
}
