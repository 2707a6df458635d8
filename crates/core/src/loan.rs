//! The Immigration Loans Program repayment estimate: how long, how much a month, from when to
//! when, exact to the cent. Rules come from the policy data; nothing here is a policy figure.

use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::money::Cents;
use crate::number::{self, NumberError, NumberStyle};
use crate::wire::{Bracket, LoanPolicy, Rule};

/// The largest amount the estimate accepts: far above any family's loan, so anything beyond it
/// is a typing slip.
pub const MAX_AMOUNT: Cents = Cents(100_000_000);
/// The most travellers one family estimate takes.
pub const MAX_TRAVELLERS: u32 = 50;
/// Arrival years the form accepts (the rules themselves start later: see [`LoanRules`]).
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;
/// The longest repayment period or delay a policy may state, in months (50 years).
pub const MAX_MONTHS: u32 = 600;

/// Why an input cannot give an estimate. Each maps to one message in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoanError {
    Empty,
    NotANumber,
    /// Marks where the person's locale does not put them ("1200,50" in English): the page
    /// shows how their locale writes an amount.
    BadMarks,
    Zero,
    Negative,
    TooLarge,
    /// More than two digits after the decimal mark.
    TooManyDecimals,
    /// A month outside 1 to 12, or a year outside [`YEARS`].
    DateOutOfRange,
    /// The arrival is before the rules in the data took effect: the estimate cannot say what
    /// applied then. Holds the first arrival month it can estimate.
    BeforeRules(YearMonth),
    /// Travellers must be a whole number from 1 to [`MAX_TRAVELLERS`].
    TravellersOutOfRange,
}

impl From<NumberError> for LoanError {
    fn from(error: NumberError) -> Self {
        match error {
            NumberError::Empty => LoanError::Empty,
            NumberError::NotANumber | NumberError::NotWhole => LoanError::NotANumber,
            NumberError::BadMarks => LoanError::BadMarks,
            NumberError::Negative => LoanError::Negative,
            NumberError::TooManyDecimals => LoanError::TooManyDecimals,
            NumberError::TooLarge => LoanError::TooLarge,
        }
    }
}

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    year: i32,
    month: u32,
}

impl YearMonth {
    /// `month` is 1 (January) to 12; `year` within [`YEARS`].
    pub fn new(year: i32, month: u32) -> Result<YearMonth, LoanError> {
        if YEARS.contains(&year) && (1..=12).contains(&month) {
            Ok(YearMonth { year, month })
        } else {
            Err(LoanError::DateOutOfRange)
        }
    }

    /// The first month that starts on or after `date`: every arrival in it is on or after
    /// `date` (a rule that took effect on 12 February 2018 covers arrivals from March 2018).
    pub fn first_full_month_from(date: NaiveDate) -> YearMonth {
        let month = YearMonth {
            year: date.year(),
            month: date.month(),
        };
        if date.day() == 1 {
            month
        } else {
            month.plus(1)
        }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn month(self) -> u32 {
        self.month
    }

    /// The month `months` later.
    pub fn plus(self, months: u32) -> YearMonth {
        let index = self.year as i64 * 12 + (self.month as i64 - 1) + months as i64;
        YearMonth {
            year: (index.div_euclid(12)) as i32,
            month: (index.rem_euclid(12) + 1) as u32,
        }
    }
}

/// What is wrong with a loan policy, naming the field (as the data file spells it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError {
    pub field: String,
    pub message: String,
}

impl fmt::Display for PolicyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for PolicyError {}

fn policy_error(field: impl Into<String>, message: impl Into<String>) -> PolicyError {
    PolicyError {
        field: field.into(),
        message: message.into(),
    }
}

impl LoanPolicy {
    /// Checks that the estimate can use this policy: the one validation, used by the importer,
    /// the app's build and the app itself. Brackets must cover every amount in order, periods
    /// be 1 to [`MAX_MONTHS`] months, the cap positive and the fee not negative. Interest must
    /// be zero: the estimate computes none, so a policy with interest is refused rather than
    /// silently estimated without it.
    pub fn validate(&self) -> Result<(), PolicyError> {
        if self.currency != "CAD" {
            return Err(policy_error(
                "currency",
                "must be CAD: the app shows Canadian dollars",
            ));
        }
        let brackets = &self.brackets.value;
        let Some(last) = brackets.last() else {
            return Err(policy_error("brackets.value", "is empty"));
        };
        let mut previous = Cents(0);
        for (i, bracket) in brackets.iter().enumerate() {
            if !(1..=MAX_MONTHS).contains(&bracket.months) {
                return Err(policy_error(
                    format!("brackets.value[{i}].months"),
                    format!("must be 1 to {MAX_MONTHS}"),
                ));
            }
            if i + 1 < brackets.len() {
                match bracket.up_to {
                    Some(up_to) if up_to > previous => previous = up_to,
                    _ => {
                        return Err(policy_error(
                            format!("brackets.value[{i}].up_to"),
                            "must be set and above the bracket before (the first above 0)",
                        ))
                    }
                }
            }
        }
        if last.up_to.is_some() {
            return Err(policy_error(
                format!("brackets.value[{}].up_to", brackets.len() - 1),
                "the last bracket must have no up_to, so that it covers any larger amount",
            ));
        }
        if self.family_cap.value.0 <= 0 {
            return Err(policy_error("family_cap.value", "must be above 0"));
        }
        if self.iom_fee_per_person.value.0 < 0 {
            return Err(policy_error(
                "iom_fee_per_person.value",
                "must not be negative",
            ));
        }
        if self.interest_basis_points.value != 0 {
            return Err(policy_error(
                "interest_basis_points.value",
                "the estimate computes no interest, so a policy with interest cannot be estimated",
            ));
        }
        let start = self.repayment_start.value;
        for (field, months) in [
            (
                "repayment_start.value.transportation_months_after_arrival",
                start.transportation_months_after_arrival,
            ),
            (
                "repayment_start.value.other_months_after_loan",
                start.other_months_after_loan,
            ),
        ] {
            if months > MAX_MONTHS {
                return Err(policy_error(field, format!("must be 0 to {MAX_MONTHS}")));
            }
        }
        Ok(())
    }

    /// The day of the most recent comparison of any of these rules with its source.
    pub fn checked(&self) -> Option<NaiveDate> {
        [
            self.brackets.source.checked,
            self.family_cap.source.checked,
            self.iom_fee_per_person.source.checked,
            self.interest_basis_points.source.checked,
            self.repayment_start.source.checked,
        ]
        .into_iter()
        .flatten()
        .max()
    }
}

/// Of two copies of the policy (one kept on the device, one built into the app), the one
/// compared with its sources more recently; `saved` when they are as recent.
pub fn newer_policy<'a>(saved: &'a LoanPolicy, built_in: &'a LoanPolicy) -> &'a LoanPolicy {
    if built_in.checked() > saved.checked() {
        built_in
    } else {
        saved
    }
}

/// The first arrival month a rule covers; a rule whose source states no date covers all.
fn covers_from<T>(rule: &Rule<T>) -> Option<YearMonth> {
    rule.effective.map(YearMonth::first_full_month_from)
}

/// The rules the estimate needs, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoanRules {
    brackets: Vec<Bracket>,
    pub family_cap: Cents,
    pub iom_fee_per_person: Cents,
    pub first_payment_after_months: u32,
    /// The first arrival month for which the repayment rules (brackets, start, no interest)
    /// are all in force.
    pub repayment_from: Option<YearMonth>,
    /// The first arrival month for which the cap is in force.
    pub cap_from: Option<YearMonth>,
    /// The first arrival month for which an estimate from fares can be made (repayment rules,
    /// fee and cap all in force).
    pub fares_from: Option<YearMonth>,
}

impl TryFrom<&LoanPolicy> for LoanRules {
    type Error = PolicyError;

    fn try_from(policy: &LoanPolicy) -> Result<Self, PolicyError> {
        policy.validate()?;
        let repayment_from = [
            covers_from(&policy.brackets),
            covers_from(&policy.interest_basis_points),
            covers_from(&policy.repayment_start),
        ]
        .into_iter()
        .max()
        .flatten();
        let cap_from = covers_from(&policy.family_cap);
        let fares_from = [
            repayment_from,
            cap_from,
            covers_from(&policy.iom_fee_per_person),
        ]
        .into_iter()
        .max()
        .flatten();
        Ok(LoanRules {
            brackets: policy.brackets.value.clone(),
            family_cap: policy.family_cap.value,
            iom_fee_per_person: policy.iom_fee_per_person.value,
            first_payment_after_months: policy
                .repayment_start
                .value
                .transportation_months_after_arrival,
            repayment_from,
            cap_from,
            fares_from,
        })
    }
}

impl LoanRules {
    /// Months of repayment for a loan: the first bracket whose upper bound (inclusive) holds it.
    pub fn months_for(&self, loan: Cents) -> u32 {
        self.brackets
            .iter()
            .find(|b| b.up_to.is_none_or(|up_to| loan <= up_to))
            .map_or(1, |b| b.months)
    }

    /// The brackets, smallest first; the last has no upper bound.
    pub fn brackets(&self) -> &[Bracket] {
        &self.brackets
    }

    /// Whether a known loan is above the family cap in force at `arrival`: IRCC's letter may
    /// combine loans, so it is estimated anyway, with a note.
    pub fn above_cap(&self, loan: Cents, arrival: YearMonth) -> bool {
        loan > self.family_cap && self.cap_from.is_none_or(|from| arrival >= from)
    }
}

/// One monthly payment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Instalment {
    /// 1 for the first payment.
    pub number: u32,
    pub month: YearMonth,
    pub amount: Cents,
}

/// What a loan costs to repay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repayment {
    pub loan: Cents,
    pub months: u32,
    /// The largest monthly payment ("about X a month"): never below what the person pays.
    pub monthly: Cents,
    pub first_month: YearMonth,
    pub last_month: YearMonth,
    /// Every payment, in order. The remainder cents of the division go one each to the first
    /// payments, so they add up to the loan exactly.
    pub schedule: Vec<Instalment>,
}

impl Repayment {
    /// The sum of the schedule (always equal to the loan).
    pub fn total(&self) -> Cents {
        Cents(self.schedule.iter().map(|i| i.amount.0).sum())
    }
}

/// The repayment of a known loan amount, for a person arriving in `arrival`.
pub fn repayment(
    loan: Cents,
    arrival: YearMonth,
    rules: &LoanRules,
) -> Result<Repayment, LoanError> {
    check_amount(loan)?;
    check_in_force(arrival, rules.repayment_from)?;
    Ok(schedule(loan, arrival, rules))
}

fn check_in_force(arrival: YearMonth, from: Option<YearMonth>) -> Result<(), LoanError> {
    match from {
        Some(from) if arrival < from => Err(LoanError::BeforeRules(from)),
        _ => Ok(()),
    }
}

fn schedule(loan: Cents, arrival: YearMonth, rules: &LoanRules) -> Repayment {
    let months = rules.months_for(loan);
    let base = loan.0 / i64::from(months);
    let extra = (loan.0 % i64::from(months)) as u32;
    let first_month = arrival.plus(rules.first_payment_after_months);
    let schedule = (0..months)
        .map(|i| Instalment {
            number: i + 1,
            month: first_month.plus(i),
            amount: Cents(base + i64::from(i < extra)),
        })
        .collect();
    Repayment {
        loan,
        months,
        monthly: Cents(base + i64::from(extra > 0)),
        first_month,
        last_month: first_month.plus(months - 1),
        schedule,
    }
}

fn check_amount(amount: Cents) -> Result<(), LoanError> {
    match amount.0 {
        0 => Err(LoanError::Zero),
        a if a < 0 => Err(LoanError::Negative),
        a if a > MAX_AMOUNT.0 => Err(LoanError::TooLarge),
        _ => Ok(()),
    }
}

/// An estimate built from fares instead of a known loan. It is a lower bound: a transportation
/// loan also holds travel to the departure city, lodging and meals, taxes and escorts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FareEstimate {
    /// Fares plus the IOM fee, for everyone.
    pub travel_cost: Cents,
    /// The part of the travel cost above the family cap, which the loan does not hold (zero if
    /// none). No source says who pays it: the page says to ask IOM.
    pub above_cap: Cents,
    /// The loan: the travel cost up to the cap.
    pub repayment: Repayment,
}

/// Estimates the loan of `travellers` people with `fare_per_person` each, plus the IOM fee per
/// person, capped per family, and its repayment.
pub fn estimate_from_fares(
    travellers: u32,
    fare_per_person: Cents,
    arrival: YearMonth,
    rules: &LoanRules,
) -> Result<FareEstimate, LoanError> {
    if !(1..=MAX_TRAVELLERS).contains(&travellers) {
        return Err(LoanError::TravellersOutOfRange);
    }
    check_amount(fare_per_person)?;
    check_in_force(arrival, rules.fares_from)?;
    let per_person = fare_per_person.0 + rules.iom_fee_per_person.0;
    let travel_cost = Cents(per_person * i64::from(travellers));
    let loan = travel_cost.min(rules.family_cap);
    Ok(FareEstimate {
        travel_cost,
        above_cap: Cents(travel_cost.0 - loan.0),
        repayment: schedule(loan, arrival, rules),
    })
}

/// Reads an amount of money as typed (see [`number::parse_amount`]); zero is refused here.
pub fn parse_amount(text: &str, style: NumberStyle) -> Result<Cents, LoanError> {
    let amount = number::parse_amount(text, style)?;
    check_amount(amount)?;
    Ok(amount)
}

/// Reads a whole number (a month, a year) in the person's digits.
pub fn parse_whole(text: &str, style: NumberStyle) -> Result<u32, LoanError> {
    Ok(number::parse_whole(text, style)?)
}

/// Reads a count of people: a whole number from 1 to [`MAX_TRAVELLERS`].
pub fn parse_travellers(text: &str, style: NumberStyle) -> Result<u32, LoanError> {
    match number::parse_whole(text, style) {
        Ok(0) => Err(LoanError::Zero),
        Ok(count) if count <= MAX_TRAVELLERS => Ok(count),
        Ok(_) | Err(NumberError::NotWhole | NumberError::TooLarge) => {
            Err(LoanError::TravellersOutOfRange)
        }
        Err(error) => Err(error.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The policy the app ships, read from `data/loan-policy.toml` itself.
    fn policy() -> LoanPolicy {
        let text = include_str!("../../../data/loan-policy.toml");
        crate::data::from_toml(text).unwrap_or_else(|err| panic!("{err}"))
    }

    fn rules() -> LoanRules {
        LoanRules::try_from(&policy()).unwrap()
    }

    fn march_2026() -> YearMonth {
        YearMonth::new(2026, 3).unwrap()
    }

    const EN: NumberStyle = NumberStyle::ASCII;

    #[test]
    fn bracket_edges_are_inclusive() {
        let r = rules();
        for (cents, months) in [
            (1, 36),
            (120_000, 36),
            (120_001, 48),
            (240_000, 48),
            (240_001, 60),
            (360_000, 60),
            (360_001, 72),
            (480_000, 72),
            (480_001, 96),
            (1_500_000, 96),
        ] {
            assert_eq!(r.months_for(Cents(cents)), months, "{cents} cents");
        }
    }

    #[test]
    fn four_thousand_eight_hundred_over_72_months() {
        let plan = repayment(Cents::units(4_800), march_2026(), &rules()).unwrap();
        assert_eq!(plan.months, 72);
        assert_eq!(plan.monthly, Cents(6_667));
        // 480000 = 72 × 6666 + 48: the first 48 payments are 66.67, the last 24 are 66.66.
        assert!(plan.schedule[..48].iter().all(|i| i.amount == Cents(6_667)));
        assert!(plan.schedule[48..].iter().all(|i| i.amount == Cents(6_666)));
        assert_eq!(plan.total(), Cents::units(4_800));
        assert_eq!(plan.first_month, YearMonth::new(2027, 3).unwrap());
        assert_eq!(plan.last_month, YearMonth::new(2033, 2).unwrap());
    }

    #[test]
    fn one_dollar_more_is_96_months_and_less_a_month() {
        let plan = repayment(Cents::units(4_801), march_2026(), &rules()).unwrap();
        assert_eq!(plan.months, 96);
        // 480100 = 96 × 5001 + 4: four payments of 50.02, then 50.01. "About" shows the most.
        assert_eq!(plan.monthly, Cents(5_002));
        assert_eq!(plan.total(), Cents::units(4_801));
        assert_eq!(plan.first_month, YearMonth::new(2027, 3).unwrap());
        assert_eq!(plan.last_month, YearMonth::new(2035, 2).unwrap());
        let cents_over = plan
            .schedule
            .iter()
            .filter(|i| i.amount == Cents(5_002))
            .count();
        assert_eq!(cents_over, 4);
    }

    #[test]
    fn the_cap_is_a_note_for_known_amounts_and_a_limit_for_fares() {
        let r = rules();
        let cap = r.family_cap;
        let over = repayment(Cents(cap.0 + 1), march_2026(), &r).unwrap();
        assert_eq!(over.loan, Cents(cap.0 + 1));
        assert!(r.above_cap(over.loan, march_2026()));
        assert!(!r.above_cap(cap, march_2026()));

        let fee = r.iom_fee_per_person.0;
        let fare = Cents(cap.0 / 5 - fee + 10_000);
        let estimate = estimate_from_fares(5, fare, march_2026(), &r).unwrap();
        assert_eq!(estimate.travel_cost, Cents(5 * (fare.0 + fee)));
        assert_eq!(estimate.repayment.loan, cap);
        assert_eq!(estimate.above_cap, Cents(5 * 10_000));
        let at_cap = estimate_from_fares(5, Cents(cap.0 / 5 - fee), march_2026(), &r).unwrap();
        assert_eq!(at_cap.travel_cost, cap);
        assert_eq!(at_cap.above_cap, Cents(0));
    }

    #[test]
    fn the_iom_fee_is_added_per_person() {
        let r = rules();
        let estimate = estimate_from_fares(3, Cents::units(900), march_2026(), &r).unwrap();
        assert_eq!(
            estimate.repayment.loan,
            Cents(3 * (90_000 + r.iom_fee_per_person.0))
        );
    }

    #[test]
    fn arrivals_before_the_rules_took_effect_are_not_estimated() {
        let r = rules();
        let policy = policy();
        let repayment_from = YearMonth::first_full_month_from(
            policy
                .repayment_start
                .effective
                .expect("the data has dates"),
        );
        let fares_from = YearMonth::first_full_month_from(
            policy.family_cap.effective.expect("the data has dates"),
        );
        assert_eq!(r.repayment_from, Some(repayment_from));
        assert_eq!(r.fares_from, Some(fares_from));
        let before = |m: YearMonth| YearMonth::new(m.year() - 1, m.month()).unwrap();
        assert_eq!(
            repayment(Cents::units(100), before(repayment_from), &r),
            Err(LoanError::BeforeRules(repayment_from))
        );
        assert!(repayment(Cents::units(100), repayment_from, &r).is_ok());
        // Between the two dates a known amount is estimated, but fares are not: the cap and
        // fee then in force are not in the data.
        let between = before(fares_from);
        assert!(between >= repayment_from);
        assert!(repayment(Cents::units(100), between, &r).is_ok());
        assert!(!r.above_cap(Cents(i64::MAX / 2), between));
        assert_eq!(
            estimate_from_fares(2, Cents::units(100), between, &r),
            Err(LoanError::BeforeRules(fares_from))
        );
        assert!(estimate_from_fares(2, Cents::units(100), fares_from, &r).is_ok());
    }

    #[test]
    fn a_rule_dated_mid_month_covers_the_next_month_first() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let month = |y, m| YearMonth::new(y, m).unwrap();
        assert_eq!(
            YearMonth::first_full_month_from(date(2018, 2, 12)),
            month(2018, 3)
        );
        assert_eq!(
            YearMonth::first_full_month_from(date(2021, 9, 1)),
            month(2021, 9)
        );
        assert_eq!(
            YearMonth::first_full_month_from(date(2021, 12, 31)),
            month(2022, 1)
        );
    }

    #[test]
    fn policies_the_estimate_cannot_use_are_refused_naming_the_field() {
        let refused = |change: fn(&mut LoanPolicy), field: &str| {
            let mut policy = policy();
            change(&mut policy);
            let err = LoanRules::try_from(&policy).unwrap_err();
            assert_eq!(err.field, field, "{err}");
        };
        refused(|p| p.brackets.value.clear(), "brackets.value");
        refused(
            |p| p.brackets.value[1].months = 0,
            "brackets.value[1].months",
        );
        refused(
            |p| p.brackets.value[1].months = 601,
            "brackets.value[1].months",
        );
        refused(
            |p| p.brackets.value[0].up_to = Some(Cents(0)),
            "brackets.value[0].up_to",
        );
        refused(|p| p.brackets.value.swap(1, 2), "brackets.value[2].up_to");
        refused(
            |p| p.brackets.value[2].up_to = None,
            "brackets.value[2].up_to",
        );
        refused(
            |p| {
                let last = p.brackets.value.len() - 1;
                p.brackets.value[last].up_to = Some(Cents::units(1_000_000));
            },
            "brackets.value[4].up_to",
        );
        refused(|p| p.family_cap.value = Cents(0), "family_cap.value");
        refused(
            |p| p.iom_fee_per_person.value = Cents(-1),
            "iom_fee_per_person.value",
        );
        refused(
            |p| p.interest_basis_points.value = 114,
            "interest_basis_points.value",
        );
        refused(
            |p| p.repayment_start.value.transportation_months_after_arrival = 601,
            "repayment_start.value.transportation_months_after_arrival",
        );
        refused(|p| p.currency = "USD".into(), "currency");
        assert!(policy().validate().is_ok());
    }

    #[test]
    fn the_copy_checked_more_recently_wins() {
        let older = policy();
        let mut newer = policy();
        newer.family_cap.source.checked = older.checked().map(|d| d + chrono::Days::new(1));
        assert_eq!(newer_policy(&older, &newer), &newer);
        assert_eq!(newer_policy(&newer, &older), &newer);
        assert_eq!(newer_policy(&older, &older.clone()), &older);
    }

    #[test]
    fn typed_inputs_become_loan_errors() {
        assert_eq!(parse_amount("", EN), Err(LoanError::Empty));
        assert_eq!(parse_amount("0.00", EN), Err(LoanError::Zero));
        assert_eq!(parse_amount("-5", EN), Err(LoanError::Negative));
        assert_eq!(parse_amount("1200,50", EN), Err(LoanError::BadMarks));
        assert_eq!(parse_amount("1000000.01", EN), Err(LoanError::TooLarge));
        assert_eq!(parse_amount("12.345", EN), Err(LoanError::TooManyDecimals));
        assert_eq!(parse_travellers("0", EN), Err(LoanError::Zero));
        assert_eq!(
            parse_travellers("51", EN),
            Err(LoanError::TravellersOutOfRange)
        );
        assert_eq!(
            parse_travellers("2.5", EN),
            Err(LoanError::TravellersOutOfRange)
        );
        assert_eq!(parse_travellers("x", EN), Err(LoanError::NotANumber));
        assert_eq!(YearMonth::new(2026, 13), Err(LoanError::DateOutOfRange));
        assert_eq!(YearMonth::new(1999, 5), Err(LoanError::DateOutOfRange));
        assert_eq!(
            estimate_from_fares(0, Cents(100), march_2026(), &rules()),
            Err(LoanError::TravellersOutOfRange)
        );
    }

    #[test]
    fn months_roll_over_years() {
        let dec = YearMonth::new(2026, 12).unwrap();
        assert_eq!(dec.plus(1), YearMonth::new(2027, 1).unwrap());
        assert_eq!(dec.plus(12), YearMonth::new(2027, 12).unwrap());
        assert_eq!(dec.plus(0), dec);
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn instalments_add_up_to_the_loan(cents in 1i64..=MAX_AMOUNT.0, month in 1u32..=12) {
            let plan = repayment(Cents(cents), YearMonth::new(2027, month).unwrap(), &rules()).unwrap();
            prop_assert_eq!(plan.total(), Cents(cents));
        }

        #[test]
        fn about_a_month_is_the_largest_payment(cents in 1i64..=MAX_AMOUNT.0) {
            let plan = repayment(Cents(cents), march_2026(), &rules()).unwrap();
            let max = plan.schedule.iter().map(|i| i.amount).max().unwrap();
            let min = plan.schedule.iter().map(|i| i.amount).min().unwrap();
            prop_assert_eq!(plan.monthly, max);
            prop_assert!(min.0 >= 0 && max.0 - min.0 <= 1);
        }

        #[test]
        fn months_match_the_bracket(cents in 1i64..=1_500_000) {
            let plan = repayment(Cents(cents), march_2026(), &rules()).unwrap();
            let expected = match cents {
                ..=120_000 => 36,
                ..=240_000 => 48,
                ..=360_000 => 60,
                ..=480_000 => 72,
                _ => 96,
            };
            prop_assert_eq!(plan.months, expected);
        }

        #[test]
        fn the_schedule_has_one_row_a_month_in_consecutive_months(
            cents in 1i64..=1_500_000, year in 2019i32..=2090, month in 1u32..=12,
        ) {
            let arrival = YearMonth::new(year, month).unwrap();
            let plan = repayment(Cents(cents), arrival, &rules()).unwrap();
            prop_assert_eq!(plan.schedule.len() as u32, plan.months);
            prop_assert_eq!(plan.schedule[0].month, arrival.plus(12));
            for pair in plan.schedule.windows(2) {
                prop_assert_eq!(pair[1].month, pair[0].month.plus(1));
                prop_assert_eq!(pair[1].number, pair[0].number + 1);
            }
            prop_assert_eq!(plan.schedule.last().unwrap().month, plan.last_month);
        }
    }
}
