//! JSON shapes exchanged between `passage-api` and the app. Unknown fields are accepted, and
//! enums have an `Unknown` catch-all where the API may add kinds, so the API can grow without
//! breaking installed apps.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::money::Cents;

/// `GET /api/v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    /// `"ok"` while the server can answer.
    pub status: String,
    /// The server's crate version.
    pub version: String,
}

/// An error answer in the RFC 9457 "problem details" format (`application/problem+json`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// A URI naming the kind of problem; `about:blank` when the status says it all.
    #[serde(rename = "type")]
    pub kind: String,
    /// Short, fixed summary of the kind of problem.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong with this request, safe to show (never echoes secrets).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// Where a fact comes from and when a person last compared it with that source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The document, page or notice, as a reader can look it up.
    pub title: String,
    /// Its public address, where it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// When a person last compared the text with this source; `None` while nobody has, which
    /// the app says.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::dates::optional_date"
    )]
    pub checked: Option<NaiveDate>,
}

/// The programme and the years a figure describes, when that is not today's rule (a pilot that
/// ended, say).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    /// The programme's name, as its source gives it.
    pub name: String,
    /// When it began.
    #[serde(with = "crate::dates::date")]
    pub from: NaiveDate,
    /// When it ended, if it has.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::dates::optional_date"
    )]
    pub until: Option<NaiveDate>,
}

// ---------------------------------------------------------------------------------------------
// Orientation (the topics of Canadian Orientation Abroad)

/// One entry of `GET /api/v1/orientation?lang=`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleSummary {
    pub slug: String,
    pub title: String,
    pub summary: String,
    /// Position in the list, smallest first.
    pub order: u32,
    /// When the content last changed.
    #[serde(with = "crate::dates::date")]
    pub updated: NaiveDate,
    /// The language this entry is actually in (English when not yet translated).
    pub lang: String,
    /// Whether a second person reviewed this translation.
    pub reviewed: bool,
}

/// `GET /api/v1/orientation?lang=`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrientationList {
    /// The language that was asked for (after negotiation), e.g. `ar`.
    pub lang: String,
    pub modules: Vec<ModuleSummary>,
    /// What `GET /api/v1/orientation-all` costs in this language, in bytes over the wire
    /// (brotli): the app says it before "keep all topics on this phone".
    pub all_bytes: u64,
}

/// `GET /api/v1/orientation-all?lang=`: every module of a language in full (English where one
/// is not translated yet), for reading offline and for searching on the phone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OrientationAll {
    pub lang: String,
    pub modules: Vec<Module>,
}

/// `GET /api/v1/orientation/{slug}?lang=`: one module as structured blocks (no HTML).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Module {
    pub slug: String,
    /// The language the module is actually in.
    pub lang: String,
    pub reviewed: bool,
    pub title: String,
    pub summary: String,
    pub order: u32,
    #[serde(with = "crate::dates::date")]
    pub updated: NaiveDate,
    pub blocks: Vec<Block>,
    pub sources: Vec<Source>,
    /// The periods its text may name (`content::Figure`), from the data. (Absent in answers
    /// saved from before there were any: their text names none.)
    #[serde(default)]
    pub periods: Option<Periods>,
}

/// The periods orientation text names with placeholders, as the sponsorship and medical data
/// give them (each with its source there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Periods {
    pub medical_validity_months: u32,
    pub notice_working_days: u32,
    pub support_months: u32,
    pub joint_support_months: u32,
}

/// A piece of a module's content, in reading order.
///
/// On the wire, `{"type": "paragraph", "text": …}`. It is read through [`RawBlock`], a plain
/// struct: serde's own reading of a tagged enum buffers every block first and doubles the
/// reading code (about 12 KB of the browser app's wasm).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", from = "RawBlock")]
pub enum Block {
    Heading {
        text: String,
    },
    Paragraph {
        text: String,
    },
    List {
        items: Vec<String>,
    },
    /// Something to notice: a warning or an important tip.
    Callout {
        text: String,
    },
    /// One thing to do or to bring, which the reader may tick off.
    ChecklistItem {
        text: String,
    },
    /// The loan's repayment periods by amount, shown from the loan policy data (never typed
    /// in the text, so they cannot drift from it).
    LoanBrackets,
    /// An illustration (`/images/<name>.svg`, shipped with the app) and what it shows, for
    /// people who read little; left out in low-data mode and for screen readers it is its
    /// `alt` text.
    Image {
        src: String,
        alt: String,
    },
    /// A kind of block this app does not know yet; shown as nothing.
    #[serde(other)]
    Unknown,
}

impl Block {
    /// The texts of the block that may name figures (`content::parts`): a heading's,
    /// paragraph's, callout's or checklist item's text, a list's items; none for the others.
    pub fn texts(&self) -> &[String] {
        match self {
            Block::Heading { text }
            | Block::Paragraph { text }
            | Block::Callout { text }
            | Block::ChecklistItem { text } => std::slice::from_ref(text),
            Block::List { items } => items,
            Block::LoanBrackets | Block::Image { .. } | Block::Unknown => &[],
        }
    }
}

/// A block as it comes: its type and whichever fields that type has.
#[derive(Deserialize)]
pub struct RawBlock {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    items: Option<Vec<String>>,
    #[serde(default)]
    src: Option<String>,
    #[serde(default)]
    alt: Option<String>,
}

impl From<RawBlock> for Block {
    /// A block missing a field its type needs is [`Block::Unknown`] (the importer refuses it;
    /// the app shows nothing for it).
    fn from(raw: RawBlock) -> Block {
        match (raw.kind.as_str(), raw.text, raw.items, raw.src, raw.alt) {
            ("heading", Some(text), ..) => Block::Heading { text },
            ("paragraph", Some(text), ..) => Block::Paragraph { text },
            ("callout", Some(text), ..) => Block::Callout { text },
            ("checklist_item", Some(text), ..) => Block::ChecklistItem { text },
            ("list", _, Some(items), ..) => Block::List { items },
            ("loan_brackets", ..) => Block::LoanBrackets,
            ("image", _, _, Some(src), Some(alt)) => Block::Image { src, alt },
            _ => Block::Unknown,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Canadian Orientation Abroad sessions

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionFormat {
    InPerson,
    Video,
    Phone,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    /// Adults (18 and over).
    Adult,
    /// Young people aged 13 to 17.
    Youth,
    #[serde(other)]
    Unknown,
}

/// One public orientation session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    pub id: String,
    /// Where it takes place (for video and phone sessions, the organising office).
    pub site: String,
    /// ISO 3166-1 alpha-2 code of the country, e.g. `KE`.
    pub country: String,
    pub format: SessionFormat,
    pub audience: Audience,
    /// Languages the session is given in (language codes).
    pub languages: Vec<String>,
    /// Start, with the local UTC offset of the site.
    #[serde(with = "crate::dates::date_time")]
    pub start: DateTime<FixedOffset>,
    /// IANA time zone of the site, e.g. `Africa/Nairobi`: the app writes times in it.
    pub time_zone: String,
    pub duration_minutes: u32,
}

/// `GET /api/v1/sessions`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionList {
    /// True while the schedule is demonstration data, not a real timetable.
    pub demo: bool,
    pub sessions: Vec<Session>,
    pub source: Source,
}

// ---------------------------------------------------------------------------------------------
// IOM offices

/// Opening hours on some days of the week, local time of the office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    /// ISO weekday numbers, Monday = 1 … Sunday = 7.
    pub days: Vec<u8>,
    /// `HH:MM`, 24-hour clock.
    pub opens: String,
    pub closes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub id: String,
    pub city: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// International format, e.g. `+254 20 000 0000`.
    pub phone: String,
    pub email: String,
    /// IANA time zone of the office, e.g. `Africa/Nairobi`.
    pub time_zone: String,
    pub hours: Vec<OpeningHours>,
}

/// `GET /api/v1/offices`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeList {
    /// True while the list is demonstration data (contact details are not real).
    pub demo: bool,
    pub offices: Vec<Office>,
    pub source: Source,
}

// ---------------------------------------------------------------------------------------------
// Immigration Loans Program

/// A rule's value with its legal source and, where the source states it, the date it took
/// effect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule<T> {
    pub value: T,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::dates::optional_date"
    )]
    pub effective: Option<NaiveDate>,
    pub source: Source,
}

/// Loans up to and including `up_to` are repaid over `months`; `None` means "any amount above
/// the previous bracket".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bracket {
    pub up_to: Option<Cents>,
    pub months: u32,
}

/// When the first payment falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepaymentStart {
    /// Transportation loans: months after the person enters Canada.
    pub transportation_months_after_arrival: u32,
    /// Other loans: months after the loan was made.
    pub other_months_after_loan: u32,
}

/// `GET /api/v1/loan-policy`: the rules the repayment estimate is computed from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoanPolicy {
    /// ISO 4217 code of every amount here (`CAD`).
    pub currency: String,
    pub brackets: Rule<Vec<Bracket>>,
    pub family_cap: Rule<Cents>,
    pub iom_fee_per_person: Rule<Cents>,
    /// Yearly interest in basis points (1 % = 100).
    pub interest_basis_points: Rule<u32>,
    pub repayment_start: Rule<RepaymentStart>,
}

// ---------------------------------------------------------------------------------------------
// Private sponsorship: what happens around a refugee's arrival

/// `GET /api/v1/sponsorship`: the figures a sponsor's timeline is computed from, each with its
/// source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sponsorship {
    /// The arrival notice comes at least this many working days before the arrival.
    pub arrival_notice_working_days: Rule<u32>,
    /// Sponsors usually support the newcomers for this many months from their arrival.
    pub support_months: Rule<u32>,
    /// The same under Joint Assistance Sponsorship.
    pub joint_assistance_support_months: Rule<u32>,
    /// The first payment of the transportation loan falls due this many months after arrival
    /// (the loan policy's rule, repeated here with its source).
    pub first_loan_payment_months: Rule<u32>,
    /// Where it says that the loan is the newcomers' debt, not the sponsors'.
    pub loan_is_the_newcomers: Source,
}

// ---------------------------------------------------------------------------------------------
// Assisted voluntary return and reintegration

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    Hours,
    Days,
    Months,
    #[serde(other)]
    Unknown,
}

/// A deadline of the return and reintegration process.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    /// What must happen, e.g. `contact-iom-after-referral`.
    pub key: String,
    pub amount: u32,
    pub unit: TimeUnit,
    /// False where the figure is not confirmed for today: the app words it as guidance.
    pub verified: bool,
    /// The programme and years the figure comes from, when it is not today's rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub programme: Option<Programme>,
    pub source: Source,
}

/// `GET /api/v1/reintegration`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reintegration {
    pub deadlines: Vec<Deadline>,
    /// Kinds of reintegration help, e.g. `small-business`.
    pub categories: Vec<String>,
    pub source: Source,
}

// ---------------------------------------------------------------------------------------------
// The case view (`GET /api/v1/me`)

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AppointmentKind {
    SelectionInterview,
    MedicalExam,
    Orientation,
    Flight,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub kind: AppointmentKind,
    /// Start, with the local UTC offset of the place.
    #[serde(with = "crate::dates::date_time")]
    pub start: DateTime<FixedOffset>,
    /// IANA time zone of the place, e.g. `Africa/Nairobi`: the app writes times in it.
    pub time_zone: String,
    pub place: String,
    /// What to bring, as item keys the app words in the person's language (`passport`, …).
    pub bring: Vec<String>,
}

/// A step of a case with its (expected) date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Milestone {
    /// e.g. `medical-valid-until`, `departure`, `arrival`, `first-loan-payment`.
    pub key: String,
    #[serde(with = "crate::dates::date")]
    pub date: NaiveDate,
    pub done: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStatus {
    NotStarted,
    InProgress,
    Done,
    #[serde(other)]
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    /// One of the reintegration categories.
    pub category: String,
    pub status: PlanStatus,
    #[serde(with = "crate::dates::date")]
    pub deadline: NaiveDate,
}

/// The expected arrival: a single day when `earliest == latest`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArrivalWindow {
    #[serde(with = "crate::dates::date")]
    pub earliest: NaiveDate,
    #[serde(with = "crate::dates::date")]
    pub latest: NaiveDate,
}

/// A traveller's case: their appointments and milestones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TravellerCase {
    pub demo: bool,
    pub appointments: Vec<Appointment>,
    pub milestones: Vec<Milestone>,
    /// How long a medical exam's result stays valid, in months (a rule, with its source).
    pub medical_validity_months: Rule<u32>,
}

/// What a sponsor sees of the person they sponsor: no medical or interview details.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SponsorCase {
    pub demo: bool,
    pub arrival: ArrivalWindow,
    pub destination_city: String,
    pub arrival_notice_sent: bool,
    pub milestones: Vec<Milestone>,
}

/// A returnee's reintegration plan and their IOM office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReturneeCase {
    pub demo: bool,
    #[serde(with = "crate::dates::date")]
    pub return_date: NaiveDate,
    pub office: Office,
    pub plan: Vec<PlanItem>,
}

/// What the holder of an access code may see, tagged by `role`. Role-scoped: a sponsor never
/// sees medical or interview details. No names, birth dates or document numbers exist anywhere.
/// (The browser app reads `role` first and then decodes the one case type directly, which
/// costs far less wasm than serde's buffering of internally tagged enums.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum CaseView {
    Traveller(TravellerCase),
    Sponsor(SponsorCase),
    Returnee(ReturneeCase),
}
