//! The Immigration Loans Program repayment estimate: how long, how much a month, from when to
//! when, exact to the cent. Rules come from the policy data; nothing here is a policy figure.

use crate::money::Cents;
use crate::wire::{Bracket, LoanPolicy};

/// The largest amount the estimate accepts: far above any family's loan, so anything beyond it
/// is a typing slip.
pub const MAX_AMOUNT: Cents = Cents(100_000_000);
/// The most travellers one family estimate takes.
pub const MAX_TRAVELLERS: u32 = 50;
/// Arrival years the estimate accepts.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Why an input cannot give an estimate. Each maps to one message in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoanError {
    Empty,
    NotANumber,
    Zero,
    Negative,
    TooLarge,
    /// More than two digits after the decimal mark.
    TooManyDecimals,
    /// A known loan amount above the family cap cannot be right: IOM pays above the cap.
    AboveFamilyCap,
    /// A month outside 1 to 12, or a year outside [`YEARS`].
    DateOutOfRange,
    /// Travellers must be a whole number from 1 to [`MAX_TRAVELLERS`].
    TravellersOutOfRange,
    /// The policy data itself is unusable (no brackets, or brackets out of order).
    BadPolicy,
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

/// The rules the estimate needs, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoanRules {
    brackets: Vec<Bracket>,
    pub family_cap: Cents,
    pub iom_fee_per_person: Cents,
    pub first_payment_after_months: u32,
}

impl TryFrom<&LoanPolicy> for LoanRules {
    type Error = LoanError;

    fn try_from(policy: &LoanPolicy) -> Result<Self, LoanError> {
        let brackets = policy.brackets.value.clone();
        let ordered = brackets
            .windows(2)
            .all(|pair| match (pair[0].up_to, pair[1].up_to) {
                (Some(a), Some(b)) => a < b,
                (Some(_), None) => true,
                (None, _) => false,
            });
        let open_ended = brackets.last().is_some_and(|b| b.up_to.is_none());
        if !ordered || !open_ended || brackets.iter().any(|b| b.months == 0) {
            return Err(LoanError::BadPolicy);
        }
        Ok(LoanRules {
            brackets,
            family_cap: policy.family_cap.value,
            iom_fee_per_person: policy.iom_fee_per_person.value,
            first_payment_after_months: policy
                .repayment_start
                .value
                .transportation_months_after_arrival,
        })
    }
}

impl LoanRules {
    /// Months of repayment for a loan: the first bracket whose upper bound (inclusive) holds it.
    pub fn months_for(&self, loan: Cents) -> u32 {
        self.brackets
            .iter()
            .find(|b| b.up_to.is_none_or(|up_to| loan <= up_to))
            .map_or(0, |b| b.months)
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
    /// The usual monthly amount: the loan divided by the months, to the nearest cent.
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
    if loan > rules.family_cap {
        return Err(LoanError::AboveFamilyCap);
    }
    Ok(schedule(loan, arrival, rules))
}

fn schedule(loan: Cents, arrival: YearMonth, rules: &LoanRules) -> Repayment {
    let months = rules.months_for(loan).max(1);
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
    let monthly = Cents((loan.0 * 2 + i64::from(months)) / (2 * i64::from(months)));
    Repayment {
        loan,
        months,
        monthly,
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

/// An estimate built from fares instead of a known loan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FareEstimate {
    /// Fares plus the IOM fee, for everyone.
    pub travel_cost: Cents,
    /// What IOM pays because the cost is above the family cap (zero if not).
    pub paid_by_iom: Cents,
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
    let per_person = fare_per_person.0 + rules.iom_fee_per_person.0;
    let travel_cost = Cents(per_person * i64::from(travellers));
    let loan = travel_cost.min(rules.family_cap);
    Ok(FareEstimate {
        travel_cost,
        paid_by_iom: Cents(travel_cost.0 - loan.0),
        repayment: schedule(loan, arrival, rules),
    })
}

/// How a locale writes numbers: read from the browser (Intl) by the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: char,
}

/// Reads an amount as a person typed it: their own digits (Western, Arabic-Indic, Extended
/// Arabic-Indic, full-width), their locale's separators, spaces anywhere between digits, an
/// optional `$` or `CAD`. A `.` or `,` that is not the locale's own mark is the decimal mark
/// when one or two digits end the text after it ("1234.56" in French), else grouping.
pub fn parse_amount(text: &str, style: NumberStyle) -> Result<Cents, LoanError> {
    let (negative, digits, decimals) = parse_number(text, style)?;
    if decimals.len() > 2 {
        return Err(LoanError::TooManyDecimals);
    }
    if digits.len() > 12 {
        return Err(LoanError::TooLarge);
    }
    let whole: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| LoanError::TooLarge)?
    };
    let mut fraction: i64 = decimals.parse().unwrap_or(0);
    if decimals.len() == 1 {
        fraction *= 10;
    }
    let cents = whole * 100 + fraction;
    let amount = Cents(if negative { -cents } else { cents });
    check_amount(amount)?;
    Ok(amount)
}

/// Reads a whole number (a month, a year, a count) in the person's digits.
pub fn parse_whole(text: &str, style: NumberStyle) -> Result<u32, LoanError> {
    let (negative, digits, decimals) = parse_number(text, style)?;
    if negative {
        return Err(LoanError::Negative);
    }
    if !decimals.is_empty() || digits.is_empty() || digits.len() > 6 {
        return Err(LoanError::NotANumber);
    }
    digits.parse().map_err(|_| LoanError::NotANumber)
}

/// Reads a count of people: a whole number from 1 to [`MAX_TRAVELLERS`].
pub fn parse_travellers(text: &str, style: NumberStyle) -> Result<u32, LoanError> {
    let count = match parse_whole(text, style) {
        Err(LoanError::NotANumber) if parse_number(text, style).is_ok() => {
            return Err(LoanError::TravellersOutOfRange)
        }
        other => other?,
    };
    if count == 0 {
        return Err(LoanError::Zero);
    }
    if count > MAX_TRAVELLERS {
        return Err(LoanError::TravellersOutOfRange);
    }
    Ok(count)
}

/// Splits typed text into sign, whole digits and decimal digits (ASCII).
fn parse_number(text: &str, style: NumberStyle) -> Result<(bool, String, String), LoanError> {
    let mut cleaned = String::new();
    let trimmed = text.trim();
    let without_currency = trimmed
        .trim_start_matches(['$', '\u{a0}', ' '])
        .trim_end_matches(['$', '\u{a0}', ' ']);
    let without_currency = strip_code(without_currency);
    for c in without_currency.chars() {
        match c {
            // Bidi and other invisible marks that phones insert around numbers.
            '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{2066}'..='\u{2069}' => {}
            _ => cleaned.push(c),
        }
    }
    if cleaned.trim().is_empty() {
        return Err(LoanError::Empty);
    }
    let chars: Vec<char> = cleaned.trim().chars().collect();
    let (negative, body) = match chars.first() {
        Some('-' | '\u{2212}') => (true, &chars[1..]),
        _ => (false, &chars[..]),
    };
    let mut whole = String::new();
    let mut decimals = String::new();
    let mut seen_decimal = false;
    for (i, &c) in body.iter().enumerate() {
        // A '.' or ',' that is not this locale's own mark: a decimal mark when one or two digits
        // end the text after it, else grouping.
        let foreign_mark = (c == '.' || c == ',') && c != style.decimal && c != style.group;
        let is_decimal = c == style.decimal
            || c == '\u{066b}'
            || (foreign_mark && {
                let rest = &body[i + 1..];
                (1..=2).contains(&rest.len()) && rest.iter().all(|r| ascii_digit(*r).is_some())
            });
        if let Some(d) = ascii_digit(c) {
            if seen_decimal {
                decimals.push(d)
            } else {
                whole.push(d)
            }
        } else if is_decimal {
            if seen_decimal {
                return Err(LoanError::NotANumber);
            }
            seen_decimal = true;
        } else if c == style.group
            || foreign_mark
            || c == '\u{066c}'
            || c == '\''
            || c.is_whitespace()
            || c == '\u{202f}'
        {
            if seen_decimal {
                return Err(LoanError::NotANumber);
            }
        } else {
            return Err(LoanError::NotANumber);
        }
    }
    if whole.is_empty() && decimals.is_empty() {
        return Err(LoanError::NotANumber);
    }
    Ok((negative, whole, decimals))
}

fn strip_code(text: &str) -> &str {
    let text = text.trim();
    let lower = text.to_ascii_lowercase();
    if lower.starts_with("cad") {
        text[3..].trim()
    } else if lower.ends_with("cad") {
        text[..text.len() - 3].trim()
    } else {
        text
    }
}

/// The ASCII digit for any decimal digit a phone keyboard may type.
fn ascii_digit(c: char) -> Option<char> {
    let value = match c {
        '0'..='9' => c as u32 - '0' as u32,
        '\u{0660}'..='\u{0669}' => c as u32 - 0x0660,
        '\u{06f0}'..='\u{06f9}' => c as u32 - 0x06f0,
        '\u{ff10}'..='\u{ff19}' => c as u32 - 0xff10,
        _ => return None,
    };
    char::from_digit(value, 10)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::{RepaymentStart, Rule, Source};
    use proptest::prelude::*;

    /// The rules as `data/loan-policy.toml` states them (checked there against the sources).
    fn rules() -> LoanRules {
        let source = Source {
            title: "test".into(),
            url: None,
            checked: chrono::NaiveDate::MIN,
        };
        let rule = |value| Rule {
            value,
            effective: None,
            source: source.clone(),
        };
        let policy = LoanPolicy {
            currency: "CAD".into(),
            brackets: rule(vec![
                Bracket {
                    up_to: Some(Cents(120_000)),
                    months: 36,
                },
                Bracket {
                    up_to: Some(Cents(240_000)),
                    months: 48,
                },
                Bracket {
                    up_to: Some(Cents(360_000)),
                    months: 60,
                },
                Bracket {
                    up_to: Some(Cents(480_000)),
                    months: 72,
                },
                Bracket {
                    up_to: None,
                    months: 96,
                },
            ]),
            family_cap: Rule {
                value: Cents::units(15_000),
                effective: None,
                source: source.clone(),
            },
            iom_fee_per_person: Rule {
                value: Cents::units(300),
                effective: None,
                source: source.clone(),
            },
            interest_basis_points: Rule {
                value: 0,
                effective: None,
                source: source.clone(),
            },
            repayment_start: Rule {
                value: RepaymentStart {
                    transportation_months_after_arrival: 12,
                    other_months_after_loan: 12,
                },
                effective: None,
                source,
            },
        };
        LoanRules::try_from(&policy).unwrap()
    }

    fn march_2026() -> YearMonth {
        YearMonth::new(2026, 3).unwrap()
    }

    const EN: NumberStyle = NumberStyle {
        decimal: '.',
        group: ',',
    };
    const FR: NumberStyle = NumberStyle {
        decimal: ',',
        group: '\u{202f}',
    };
    const AR: NumberStyle = NumberStyle {
        decimal: '\u{066b}',
        group: '\u{066c}',
    };

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
        assert_eq!(plan.monthly, Cents(5_001));
        assert_eq!(plan.total(), Cents::units(4_801));
        assert_eq!(plan.first_month, YearMonth::new(2027, 3).unwrap());
        assert_eq!(plan.last_month, YearMonth::new(2035, 2).unwrap());
        let cents_over = plan
            .schedule
            .iter()
            .filter(|i| i.amount == Cents(5_002))
            .count();
        assert_eq!(cents_over, 4, "480100 = 96 × 5001 + 4");
    }

    #[test]
    fn every_bracket_edge_adds_up() {
        for cents in [
            120_000, 120_001, 240_000, 240_001, 360_000, 360_001, 480_000, 480_001,
        ] {
            let plan = repayment(Cents(cents), march_2026(), &rules()).unwrap();
            assert_eq!(plan.total(), Cents(cents));
        }
    }

    #[test]
    fn the_cap_and_one_cent_over_it() {
        let cap = rules().family_cap;
        assert_eq!(repayment(cap, march_2026(), &rules()).unwrap().months, 96);
        assert_eq!(
            repayment(Cents(cap.0 + 1), march_2026(), &rules()),
            Err(LoanError::AboveFamilyCap)
        );

        // From fares: above the cap, IOM pays the rest.
        let estimate = estimate_from_fares(6, Cents::units(2_500), march_2026(), &rules()).unwrap();
        assert_eq!(estimate.travel_cost, Cents::units(6 * 2_800));
        assert_eq!(estimate.repayment.loan, cap);
        assert_eq!(estimate.paid_by_iom, Cents::units(6 * 2_800 - 15_000));
        let at_cap = estimate_from_fares(5, Cents::units(2_700), march_2026(), &rules()).unwrap();
        assert_eq!(at_cap.travel_cost, cap);
        assert_eq!(at_cap.paid_by_iom, Cents(0));
    }

    #[test]
    fn the_iom_fee_is_added_per_person() {
        let estimate = estimate_from_fares(3, Cents::units(900), march_2026(), &rules()).unwrap();
        assert_eq!(estimate.repayment.loan, Cents::units(3 * 1_200));
        assert_eq!(estimate.repayment.months, 60);
    }

    #[test]
    fn bad_inputs_are_errors_not_panics() {
        assert_eq!(parse_amount("", EN), Err(LoanError::Empty));
        assert_eq!(parse_amount("   ", EN), Err(LoanError::Empty));
        assert_eq!(parse_amount("abc", EN), Err(LoanError::NotANumber));
        assert_eq!(parse_amount("12abc", EN), Err(LoanError::NotANumber));
        assert_eq!(parse_amount("1.2.3", EN), Err(LoanError::NotANumber));
        assert_eq!(parse_amount("0", EN), Err(LoanError::Zero));
        assert_eq!(parse_amount("0.00", EN), Err(LoanError::Zero));
        assert_eq!(parse_amount("-5", EN), Err(LoanError::Negative));
        assert_eq!(parse_amount("1000000.01", EN), Err(LoanError::TooLarge));
        assert_eq!(
            parse_amount("99999999999999999999", EN),
            Err(LoanError::TooLarge)
        );
        assert_eq!(parse_amount("12.345", EN), Err(LoanError::TooManyDecimals));
        assert_eq!(YearMonth::new(2026, 13), Err(LoanError::DateOutOfRange));
        assert_eq!(YearMonth::new(2026, 0), Err(LoanError::DateOutOfRange));
        assert_eq!(YearMonth::new(1999, 5), Err(LoanError::DateOutOfRange));
        assert_eq!(parse_travellers("0", EN), Err(LoanError::Zero));
        assert_eq!(
            parse_travellers("51", EN),
            Err(LoanError::TravellersOutOfRange)
        );
        assert_eq!(
            parse_travellers("2.5", EN),
            Err(LoanError::TravellersOutOfRange)
        );
        assert_eq!(parse_travellers("٣", AR), Ok(3));
        assert_eq!(parse_whole("۱۲", AR), Ok(12));
        assert_eq!(parse_whole("2026", EN), Ok(2026));
        assert_eq!(parse_whole("3.5", EN), Err(LoanError::NotANumber));
        assert_eq!(parse_whole("x", EN), Err(LoanError::NotANumber));
        assert_eq!(
            estimate_from_fares(0, Cents(100), march_2026(), &rules()),
            Err(LoanError::TravellersOutOfRange)
        );
    }

    #[test]
    fn people_type_amounts_their_own_way() {
        assert_eq!(parse_amount("1,234.56", EN), Ok(Cents(123_456)));
        assert_eq!(parse_amount("CAD 4,800", EN), Ok(Cents(480_000)));
        assert_eq!(parse_amount("$4800.5", EN), Ok(Cents(480_050)));
        assert_eq!(parse_amount("1 234,56", FR), Ok(Cents(123_456)));
        assert_eq!(parse_amount("1\u{202f}234,56 $", FR), Ok(Cents(123_456)));
        assert_eq!(parse_amount("1234.56", FR), Ok(Cents(123_456)));
        assert_eq!(parse_amount("1.234", FR), Ok(Cents(123_400)));
        assert_eq!(parse_amount("٤٨٠٠", AR), Ok(Cents(480_000)));
        assert_eq!(parse_amount("٤٬٨٠٠٫٥٠", AR), Ok(Cents(480_050)));
        assert_eq!(parse_amount("۴۸۰۰", AR), Ok(Cents(480_000)));
        assert_eq!(parse_amount("\u{200f}١٢٣٫٤", AR), Ok(Cents(12_340)));
        assert_eq!(parse_amount("４８００", EN), Ok(Cents(480_000)));
        // A share link writes amounts the ASCII way; every locale reads them.
        assert_eq!(parse_amount("1200.00", AR), Ok(Cents(120_000)));
        assert_eq!(parse_amount("1,200.50", AR), Ok(Cents(120_050)));
        assert_eq!(parse_amount("1200.00", FR), Ok(Cents(120_000)));
    }

    #[test]
    fn months_roll_over_years() {
        let dec = YearMonth::new(2026, 12).unwrap();
        assert_eq!(dec.plus(1), YearMonth::new(2027, 1).unwrap());
        assert_eq!(dec.plus(12), YearMonth::new(2027, 12).unwrap());
        assert_eq!(dec.plus(0), dec);
    }

    /// A test-side formatter in the style of the browser's Intl output for each locale.
    fn format(cents: i64, style: NumberStyle, digits: char) -> String {
        let whole = (cents / 100).to_string();
        let mut grouped = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push(style.group);
            }
            grouped.push(c);
        }
        let text = format!("{grouped}{}{:02}", style.decimal, cents % 100);
        text.chars()
            .map(|c| {
                c.to_digit(10)
                    .map_or(c, |d| char::from_u32(digits as u32 + d).unwrap())
            })
            .collect()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn instalments_add_up_to_the_loan(cents in 1i64..=1_500_000, month in 1u32..=12) {
            let plan = repayment(Cents(cents), YearMonth::new(2027, month).unwrap(), &rules()).unwrap();
            prop_assert_eq!(plan.total(), Cents(cents));
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
        fn no_instalment_is_negative_and_they_differ_by_at_most_a_cent(cents in 1i64..=1_500_000) {
            let plan = repayment(Cents(cents), march_2026(), &rules()).unwrap();
            let min = plan.schedule.iter().map(|i| i.amount.0).min().unwrap();
            let max = plan.schedule.iter().map(|i| i.amount.0).max().unwrap();
            prop_assert!(min >= 0);
            prop_assert!(max - min <= 1);
        }

        #[test]
        fn the_schedule_has_one_row_a_month_in_consecutive_months(
            cents in 1i64..=1_500_000, year in 2000i32..=2090, month in 1u32..=12,
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

        #[test]
        fn parsing_a_formatted_amount_gives_it_back(cents in 1i64..=100_000_000) {
            let locales = [
                (EN, '0'),                                              // en, so, sw, ti
                (FR, '0'),                                              // fr
                (NumberStyle { decimal: ',', group: '\u{a0}' }, '0'),   // fr, older browsers
                (AR, '\u{0660}'),                                       // ar: Arabic-Indic
                (AR, '\u{06f0}'),                                       // prs, ps: Extended
            ];
            for (style, digits) in locales {
                let text = format(cents, style, digits);
                prop_assert_eq!(parse_amount(&text, style), Ok(Cents(cents)), "{}", text);
            }
        }
    }
}
