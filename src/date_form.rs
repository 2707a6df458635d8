//! A date typed in three fields (day, month, year), as GOV.UK's date input asks for it, read
//! in the person's digits; and the date as it travels in an address (`?arrival=2027-02-17`).
//! Plain Rust, tested natively.

use chrono::NaiveDate;
use passage_core::number::{parse_whole, NumberError, NumberStyle};

/// The fields of a date, in page order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    Day,
    Month,
    Year,
}

impl DateField {
    /// The id of the field's input, after the form's own prefix (`arrival-day`).
    pub fn suffix(self) -> &'static str {
        match self {
            DateField::Day => "day",
            DateField::Month => "month",
            DateField::Year => "year",
        }
    }
}

/// Why a date could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Empty,
    /// Not a whole number in the person's digits.
    NotANumber,
    /// A day over 31, a month over 12, a year outside [`YEARS`].
    OutOfRange,
    /// Each field reads, but the day does not exist (31 April, 29 February 2027).
    NoSuchDay,
}

/// Years a date here may fall in.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2099;

/// Reads the three fields. Errors come in page order, one per field; a day that does not exist
/// is the day's error.
pub fn read(
    day: &str,
    month: &str,
    year: &str,
    style: NumberStyle,
) -> Result<NaiveDate, Vec<(DateField, DateError)>> {
    let whole = |text: &str, range: std::ops::RangeInclusive<u32>| {
        if text.trim().is_empty() {
            return Err(DateError::Empty);
        }
        match parse_whole(text, style) {
            Ok(n) if range.contains(&n) => Ok(n),
            Ok(_) => Err(DateError::OutOfRange),
            Err(NumberError::TooLarge) => Err(DateError::OutOfRange),
            Err(_) => Err(DateError::NotANumber),
        }
    };
    let years = (*YEARS.start() as u32)..=(*YEARS.end() as u32);
    let fields = [
        (DateField::Day, whole(day, 1..=31)),
        (DateField::Month, whole(month, 1..=12)),
        (DateField::Year, whole(year, years)),
    ];
    let errors: Vec<(DateField, DateError)> = fields
        .iter()
        .filter_map(|(field, result)| result.err().map(|error| (*field, error)))
        .collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    let [day, month, year] = fields.map(|(_, result)| result.unwrap_or(0));
    NaiveDate::from_ymd_opt(year as i32, month, day)
        .ok_or_else(|| vec![(DateField::Day, DateError::NoSuchDay)])
}

/// A date for an address: `2027-02-17`.
pub fn to_query(date: NaiveDate) -> String {
    passage_core::dates::format_date(&date)
}

/// A date from an address; `None` when it is not one (a link typed by hand, or cut short).
pub fn from_query(value: &str) -> Option<NaiveDate> {
    passage_core::dates::parse_date(value).filter(|date| {
        use chrono::Datelike;
        YEARS.contains(&date.year())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> NumberStyle {
        NumberStyle {
            decimal: '.',
            group: ',',
        }
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_date_reads_in_any_digits() {
        assert_eq!(read("17", "2", "2027", english()), Ok(day("2027-02-17")));
        assert_eq!(read(" 07 ", "02", "2027", english()), Ok(day("2027-02-07")));
        let arabic = NumberStyle {
            decimal: '٫',
            group: '٬',
        };
        assert_eq!(read("١٧", "٢", "٢٠٢٧", arabic), Ok(day("2027-02-17")));
        assert_eq!(read("۲۹", "۲", "۲۰۲۸", arabic), Ok(day("2028-02-29")));
    }

    #[test]
    fn every_bad_field_is_named_in_page_order() {
        assert_eq!(
            read("", "13", "27", english()),
            Err(vec![
                (DateField::Day, DateError::Empty),
                (DateField::Month, DateError::OutOfRange),
                (DateField::Year, DateError::OutOfRange),
            ])
        );
        assert_eq!(
            read("1.5", "x", "2027", english()),
            Err(vec![
                (DateField::Day, DateError::NotANumber),
                (DateField::Month, DateError::NotANumber),
            ])
        );
        assert_eq!(
            read("99999999999", "1", "2027", english()),
            Err(vec![(DateField::Day, DateError::OutOfRange)])
        );
    }

    #[test]
    fn a_day_that_does_not_exist_is_the_day_s_error() {
        assert_eq!(
            read("29", "2", "2027", english()),
            Err(vec![(DateField::Day, DateError::NoSuchDay)])
        );
        assert_eq!(
            read("31", "4", "2027", english()),
            Err(vec![(DateField::Day, DateError::NoSuchDay)])
        );
        assert_eq!(read("29", "2", "2028", english()), Ok(day("2028-02-29")));
    }

    #[test]
    fn the_address_holds_the_date_alone_and_reads_back() {
        let date = day("2027-02-17");
        assert_eq!(to_query(date), "2027-02-17");
        assert_eq!(from_query(&to_query(date)), Some(date));
        for bad in ["", "2027-02-30", "17/02/2027", "1999-01-01", "2027-2-17x"] {
            assert_eq!(from_query(bad), None, "{bad}");
        }
    }
}
