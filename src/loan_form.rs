//! The loan page's form without the browser: reading what was typed into an estimate or a list
//! of errors (in the order the fields appear), and the share link. Plain Rust, tested natively;
//! the page only wires it to the inputs and words the result.

use passage_core::loan::{self, LoanError, LoanRules, Repayment, YearMonth};
use passage_core::money::Cents;
use passage_core::number::NumberStyle;

use crate::route::query_param;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The person types the loan amount from their papers.
    Known,
    /// The person types the number of travellers and one ticket's price.
    Estimate,
}

/// The form's fields, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Amount,
    Travellers,
    Fare,
    Month,
    Year,
}

impl Field {
    /// The input's `id` (the error summary links to it).
    pub fn id(self) -> &'static str {
        match self {
            Field::Amount => "loan-amount",
            Field::Travellers => "loan-travellers",
            Field::Fare => "loan-fare",
            Field::Month => "loan-month",
            Field::Year => "loan-year",
        }
    }
}

/// What was typed, kept as typed so that nothing is lost on an error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inputs {
    pub mode: Mode,
    pub amount: String,
    pub travellers: String,
    pub fare: String,
    pub month: String,
    pub year: String,
}

/// An estimate the page can word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub repayment: Repayment,
    /// A known amount above the family cap in force (estimated anyway: IRCC's letter may
    /// combine loans).
    pub above_cap: bool,
    /// For an estimate from fares: the travel cost, and the part of it above the cap.
    pub fares: Option<Fares>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fares {
    pub travel_cost: Cents,
    pub above_cap: Cents,
}

/// Reads the form. Errors come in the order of the fields on the page, one per field.
pub fn evaluate(
    inputs: &Inputs,
    style: NumberStyle,
    rules: &LoanRules,
) -> Result<Answer, Vec<(Field, LoanError)>> {
    let mut errors = Vec::new();
    let (amount, travellers, fare) = match inputs.mode {
        Mode::Known => (
            keep(
                &mut errors,
                Field::Amount,
                loan::parse_amount(&inputs.amount, style),
            ),
            None,
            None,
        ),
        Mode::Estimate => (
            None,
            keep(
                &mut errors,
                Field::Travellers,
                loan::parse_travellers(&inputs.travellers, style),
            ),
            keep(
                &mut errors,
                Field::Fare,
                loan::parse_amount(&inputs.fare, style),
            ),
        ),
    };
    let month = loan::parse_whole(&inputs.month, style).and_then(|m| {
        (1..=12)
            .contains(&m)
            .then_some(m)
            .ok_or(LoanError::DateOutOfRange)
    });
    let month = keep(&mut errors, Field::Month, month);
    let year = loan::parse_whole(&inputs.year, style).and_then(|y| {
        i32::try_from(y)
            .ok()
            .filter(|y| loan::YEARS.contains(y))
            .ok_or(LoanError::DateOutOfRange)
    });
    let year = keep(&mut errors, Field::Year, year);
    let (Some(month), Some(year)) = (month, year) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let arrival = YearMonth::new(year, month).map_err(|error| vec![(Field::Month, error)])?;
    // An error about the arrival's date belongs to the date; any other to the amount typed.
    let place = |error: LoanError, field: Field| match error {
        LoanError::BeforeRules(_) => vec![(Field::Month, error)],
        _ => vec![(field, error)],
    };
    match (amount, travellers, fare) {
        (Some(amount), _, _) => loan::repayment(amount, arrival, rules)
            .map(|repayment| Answer {
                above_cap: rules.above_cap(amount, arrival),
                repayment,
                fares: None,
            })
            .map_err(|error| place(error, Field::Amount)),
        (None, Some(travellers), Some(fare)) => {
            loan::estimate_from_fares(travellers, fare, arrival, rules)
                .map(|estimate| Answer {
                    repayment: estimate.repayment,
                    above_cap: false,
                    fares: Some(Fares {
                        travel_cost: estimate.travel_cost,
                        above_cap: estimate.above_cap,
                    }),
                })
                .map_err(|error| place(error, Field::Fare))
        }
        _ => Err(vec![(Field::Amount, LoanError::Empty)]),
    }
}

/// The value of a field that reads, or its error noted.
fn keep<T>(
    errors: &mut Vec<(Field, LoanError)>,
    field: Field,
    result: Result<T, LoanError>,
) -> Option<T> {
    result.map_err(|error| errors.push((field, error))).ok()
}

/// The form's values as an address (`/loan?mode=known&amount=4800.00&month=3&year=2027`):
/// amounts in ASCII with two decimals, whole numbers in ASCII, whatever the page's language.
/// A value that cannot be read is left out.
pub fn share_path(inputs: &Inputs, style: NumberStyle) -> String {
    let money = |text: &str| {
        loan::parse_amount(text, style)
            .map(|c| format!("{}.{:02}", c.0 / 100, c.0 % 100))
            .unwrap_or_default()
    };
    let whole = |text: &str| {
        loan::parse_whole(text, style)
            .map(|n| n.to_string())
            .unwrap_or_default()
    };
    let when = format!(
        "month={}&year={}",
        whole(&inputs.month),
        whole(&inputs.year)
    );
    match inputs.mode {
        Mode::Known => format!("/loan?mode=known&amount={}&{when}", money(&inputs.amount)),
        Mode::Estimate => format!(
            "/loan?mode=estimate&people={}&fare={}&{when}",
            whole(&inputs.travellers),
            money(&inputs.fare)
        ),
    }
}

/// The values a share link carries, read back (as written by [`share_path`]). The page writes
/// them into the fields in the reader's own digits and marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub mode: Mode,
    pub amount: Option<Cents>,
    pub travellers: Option<u32>,
    pub fare: Option<Cents>,
    pub month: Option<u32>,
    pub year: Option<u32>,
}

/// Reads a share link's query string; anything unreadable is simply absent.
pub fn from_query(search: &str) -> Shared {
    let money = |name| {
        query_param(search, name)
            .and_then(|v| passage_core::number::parse_amount(&v, NumberStyle::ASCII).ok())
    };
    let whole = |name| {
        query_param(search, name)
            .and_then(|v| passage_core::number::parse_whole(&v, NumberStyle::ASCII).ok())
    };
    Shared {
        mode: match query_param(search, "mode").as_deref() {
            Some("estimate") => Mode::Estimate,
            _ => Mode::Known,
        },
        amount: money("amount"),
        travellers: whole("people"),
        fare: money("fare"),
        month: whole("month"),
        year: whole("year"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passage_core::wire::LoanPolicy;

    fn rules() -> LoanRules {
        let policy: LoanPolicy =
            serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/loan-policy.json")))
                .unwrap();
        LoanRules::try_from(&policy).unwrap()
    }

    fn known(amount: &str, month: &str, year: &str) -> Inputs {
        Inputs {
            mode: Mode::Known,
            amount: amount.into(),
            travellers: String::new(),
            fare: String::new(),
            month: month.into(),
            year: year.into(),
        }
    }

    const EN: NumberStyle = NumberStyle::ASCII;
    const AR: NumberStyle = NumberStyle {
        decimal: '\u{066b}',
        group: '\u{066c}',
    };

    #[test]
    fn a_known_amount_gives_its_repayment() {
        let answer = evaluate(&known("4,800", "3", "2026"), EN, &rules()).unwrap();
        assert_eq!(answer.repayment.months, 72);
        assert_eq!(answer.repayment.monthly, Cents(6_667));
        assert!(!answer.above_cap && answer.fares.is_none());
    }

    #[test]
    fn every_bad_field_is_listed_in_page_order() {
        let errors = evaluate(&known("1200,50", "13", "20266"), EN, &rules()).unwrap_err();
        assert_eq!(
            errors,
            vec![
                (Field::Amount, LoanError::BadMarks),
                (Field::Month, LoanError::DateOutOfRange),
                (Field::Year, LoanError::DateOutOfRange),
            ]
        );
        let estimate = Inputs {
            mode: Mode::Estimate,
            travellers: "0".into(),
            fare: "x".into(),
            ..known("", "3", "2027")
        };
        assert_eq!(
            evaluate(&estimate, EN, &rules()).unwrap_err(),
            vec![
                (Field::Travellers, LoanError::Zero),
                (Field::Fare, LoanError::NotANumber),
            ]
        );
    }

    #[test]
    fn an_arrival_before_the_rules_is_an_error_of_the_date() {
        let errors = evaluate(&known("4800", "1", "2017"), EN, &rules()).unwrap_err();
        assert!(matches!(
            errors[..],
            [(Field::Month, LoanError::BeforeRules(_))]
        ));
    }

    #[test]
    fn above_the_cap_a_known_amount_is_estimated_with_a_note() {
        let answer = evaluate(&known("16,000", "3", "2027"), EN, &rules()).unwrap();
        assert!(answer.above_cap);
        assert_eq!(answer.repayment.loan, Cents::units(16_000));
    }

    #[test]
    fn fares_above_the_cap_are_capped_and_the_rest_reported() {
        let estimate = Inputs {
            mode: Mode::Estimate,
            travellers: "6".into(),
            fare: "2,500".into(),
            ..known("", "3", "2027")
        };
        let answer = evaluate(&estimate, EN, &rules()).unwrap();
        let fares = answer.fares.unwrap();
        assert_eq!(answer.repayment.loan, rules().family_cap);
        assert_eq!(
            fares.above_cap,
            Cents(fares.travel_cost.0 - rules().family_cap.0)
        );
    }

    #[test]
    fn the_share_link_holds_ascii_numbers_and_reads_back() {
        let inputs = known("٤٬٨٠٠٫٥", "٣", "٢٠٢٧");
        let path = share_path(&inputs, AR);
        assert_eq!(path, "/loan?mode=known&amount=4800.50&month=3&year=2027");
        let shared = from_query(path.split_once('?').unwrap().1);
        assert_eq!(shared.mode, Mode::Known);
        assert_eq!(shared.amount, Some(Cents(480_050)));
        assert_eq!((shared.month, shared.year), (Some(3), Some(2027)));

        let estimate = Inputs {
            mode: Mode::Estimate,
            travellers: "4".into(),
            fare: "1,200".into(),
            ..known("", "3", "2027")
        };
        let path = share_path(&estimate, EN);
        assert_eq!(
            path,
            "/loan?mode=estimate&people=4&fare=1200.00&month=3&year=2027"
        );
        let shared = from_query(&path["/loan".len()..]);
        assert_eq!(shared.mode, Mode::Estimate);
        assert_eq!(shared.travellers, Some(4));
        assert_eq!(shared.fare, Some(Cents(120_000)));
    }

    #[test]
    fn a_tampered_link_fills_nothing_it_cannot_read() {
        let shared = from_query("?mode=evil&amount=1%2C2&people=-1&month=<b>&year=99999999999");
        assert_eq!(shared.mode, Mode::Known);
        assert_eq!(shared.amount, None);
        assert_eq!(shared.travellers, None);
        assert_eq!(shared.month, None);
        assert_eq!(shared.year, None);
    }
}
