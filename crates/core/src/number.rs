//! Reading numbers as people type or paste them: their own digits and their locale's marks,
//! exactly, or not at all.
//!
//! A group mark (`,` in English, a narrow space in French, `٬` in Arabic) counts as grouping only
//! when exactly three digits follow it and every group is whole: `1,234.56` and `1 234,56` (in
//! French) are read; `1200,50` in English is refused, never guessed to be 1,200.50 or 120,050.

use crate::money::Cents;

/// How a locale writes numbers, as the browser's Intl formats them for that locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    pub decimal: char,
    pub group: char,
}

impl NumberStyle {
    /// The marks an address (a share link) uses in every language: `4800.00`.
    pub const ASCII: NumberStyle = NumberStyle {
        decimal: '.',
        group: ',',
    };

    /// Whether `c` is this locale's decimal mark. Arabic-script locales write `٫` with their own
    /// digits and `.` with Western ones (Unicode CLDR, for `ar`, `fa` and `ps` alike).
    fn is_decimal(self, c: char) -> bool {
        c == self.decimal || (self.decimal == ARABIC_DECIMAL && c == '.')
    }

    /// The kind of group mark `c` is in this locale, if it is one.
    fn group_kind(self, c: char) -> Option<GroupKind> {
        if is_space(c) {
            // Nobody writes a decimal mark as a space: spaces group in every locale.
            Some(GroupKind::Space)
        } else if c == self.group || (self.group == ARABIC_GROUP && c == ',') {
            Some(GroupKind::Mark(c))
        } else {
            None
        }
    }
}

const ARABIC_DECIMAL: char = '\u{066b}';
const ARABIC_GROUP: char = '\u{066c}';

/// Why typed text is not a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberError {
    /// Nothing but spaces (and currency signs).
    Empty,
    /// Letters or other signs that are not part of a number.
    NotANumber,
    /// Marks where this locale does not put them: `1200,50` in English, `1.234,56` in French.
    /// The person is shown how their locale writes an amount.
    BadMarks,
    /// A minus sign (or a dash in its place).
    Negative,
    /// More than two digits after the decimal mark.
    TooManyDecimals,
    /// More digits than any amount here can have.
    TooLarge,
    /// A fraction, or marks, where a whole number is wanted.
    NotWhole,
}

/// Reads an amount of money in cents: the person's own digits (Western, Arabic-Indic, Extended
/// Arabic-Indic, full-width), their locale's marks, spaces between groups, and what the app
/// itself shows (`CA$4,800.00`, `4 800,00 $ CA`, `‏٤٬٨٠٠٫٠٠ CA$`). Zero is a valid reading.
pub fn parse_amount(text: &str, style: NumberStyle) -> Result<Cents, NumberError> {
    let number = read(text, style)?;
    if number.negative {
        return Err(NumberError::Negative);
    }
    if number.fraction.len() > 2 {
        return Err(NumberError::TooManyDecimals);
    }
    let whole = number.whole.trim_start_matches('0');
    if whole.len() > 12 {
        return Err(NumberError::TooLarge);
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| NumberError::TooLarge)?
    };
    let fraction: i64 = format!("{:0<2}", number.fraction)
        .parse()
        .map_err(|_| NumberError::NotANumber)?;
    Ok(Cents(whole * 100 + fraction))
}

/// Reads a whole number (a month, a year, a count of people) in the person's digits. Whole
/// numbers here are small: they are never grouped, and have no fraction.
pub fn parse_whole(text: &str, style: NumberStyle) -> Result<u32, NumberError> {
    let number = read(text, style)?;
    if number.negative {
        return Err(NumberError::Negative);
    }
    if number.grouped || number.has_decimal_mark {
        return Err(NumberError::NotWhole);
    }
    let digits = number.whole.trim_start_matches('0');
    if digits.len() > 9 {
        return Err(NumberError::TooLarge);
    }
    Ok(digits.parse().unwrap_or(0))
}

/// A number as read: sign, whole digits and fraction digits (ASCII).
#[derive(Debug, Default)]
struct Read {
    negative: bool,
    whole: String,
    fraction: String,
    grouped: bool,
    has_decimal_mark: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum GroupKind {
    Space,
    Mark(char),
}

fn read(text: &str, style: NumberStyle) -> Result<Read, NumberError> {
    let visible: String = text.chars().filter(|c| !is_invisible(*c)).collect();
    let (negative, body) = strip_sign_and_currency(&visible);
    if body.is_empty() {
        return Err(if negative {
            NumberError::NotANumber
        } else {
            NumberError::Empty
        });
    }
    let mut read = Read {
        negative,
        ..Read::default()
    };
    // Groups of the whole part, split at group marks.
    let mut groups: Vec<String> = vec![String::new()];
    let mut kind: Option<GroupKind> = None;
    for c in body.chars() {
        if let Some(digit) = ascii_digit(c) {
            if read.has_decimal_mark {
                read.fraction.push(digit);
            } else {
                if let Some(group) = groups.last_mut() {
                    group.push(digit);
                }
            }
        } else if style.is_decimal(c) {
            if read.has_decimal_mark {
                return Err(NumberError::BadMarks);
            }
            read.has_decimal_mark = true;
        } else if let Some(this_kind) = style.group_kind(c) {
            if read.has_decimal_mark || kind.is_some_and(|k| k != this_kind) {
                return Err(NumberError::BadMarks);
            }
            kind = Some(this_kind);
            groups.push(String::new());
        } else if matches!(c, '.' | ',' | '\'' | '\u{060c}' | '\u{066b}' | '\u{066c}') {
            // A mark this locale does not write (or not here): show how it writes amounts.
            return Err(NumberError::BadMarks);
        } else {
            return Err(NumberError::NotANumber);
        }
    }
    if groups.len() > 1 {
        read.grouped = true;
        let first_ok = (1..=3).contains(&groups[0].len());
        let rest_ok = groups[1..].iter().all(|g| g.len() == 3);
        if !first_ok || !rest_ok {
            return Err(NumberError::BadMarks);
        }
    }
    read.whole = groups.concat();
    if read.whole.is_empty() && read.fraction.is_empty() {
        return Err(NumberError::NotANumber);
    }
    Ok(read)
}

/// Removes currency signs and codes and a minus sign from both ends, in any order
/// (`-CA$4,800.00`, `‏؜-٤٬٨٠٠٫٠٠ CA$`, `4 800,00 $ CA`), and says whether there was a minus.
fn strip_sign_and_currency(text: &str) -> (bool, &str) {
    /// Longest first, so `CA$` is not read as `CA` and a stray `$`.
    const CURRENCY: &[&str] = &["CA$", "$CA", "C$", "CAD", "CA", "$"];
    let mut negative = false;
    let mut rest = text.trim_matches(is_space);
    loop {
        let before = rest;
        if let Some(stripped) = rest.strip_prefix(is_minus) {
            negative = true;
            rest = stripped;
        }
        if let Some(stripped) = rest.strip_suffix(is_minus) {
            negative = true;
            rest = stripped;
        }
        for code in CURRENCY {
            let n = code.len();
            if rest.len() >= n && rest.is_char_boundary(n) && rest[..n].eq_ignore_ascii_case(code) {
                rest = &rest[n..];
            }
            let end = rest.len().wrapping_sub(n);
            if rest.len() >= n
                && rest.is_char_boundary(end)
                && rest[end..].eq_ignore_ascii_case(code)
            {
                rest = &rest[..end];
            }
        }
        rest = rest.trim_matches(is_space);
        if rest == before {
            return (negative, rest);
        }
    }
}

/// Minus signs and the dashes people (and PDFs) put in their place.
fn is_minus(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}'
    )
}

/// Spaces of every width, including the no-break spaces locales group digits with.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}')
}

/// Direction and other invisible marks that phones and Intl put around numbers.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}'..='\u{200f}' | '\u{061c}' | '\u{2066}'..='\u{2069}' | '\u{202a}'..='\u{202e}' | '\u{feff}'
    )
}

/// The ASCII digit for a decimal digit a phone keyboard may type: Western, Arabic-Indic,
/// Extended Arabic-Indic (Dari, Pashto, Persian) or full-width.
pub fn ascii_digit(c: char) -> Option<char> {
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
    use proptest::prelude::*;

    const EN: NumberStyle = NumberStyle::ASCII;
    const FR: NumberStyle = NumberStyle {
        decimal: ',',
        group: '\u{202f}',
    };
    const AR: NumberStyle = NumberStyle {
        decimal: ARABIC_DECIMAL,
        group: ARABIC_GROUP,
    };

    #[test]
    fn a_group_mark_needs_three_digits_after_it() {
        // Seen on the English loan page: read as 120,050.00. Now refused.
        assert_eq!(parse_amount("1200,50", EN), Err(NumberError::BadMarks));
        assert_eq!(parse_amount("1 234,56", EN), Err(NumberError::BadMarks));
        assert_eq!(parse_amount("1,2345", EN), Err(NumberError::BadMarks));
        assert_eq!(parse_amount("12,34,567", EN), Err(NumberError::BadMarks));
        assert_eq!(parse_amount("1234,567", EN), Err(NumberError::BadMarks));
        assert_eq!(parse_amount(",480", EN), Err(NumberError::BadMarks));
        assert_eq!(parse_amount("4,800.", EN), Ok(Cents(480_000)));
        assert_eq!(parse_amount("1,234.56", EN), Ok(Cents(123_456)));
        assert_eq!(parse_amount("1,234,567", EN), Ok(Cents(123_456_700)));
        assert_eq!(parse_amount("1 234.56", EN), Ok(Cents(123_456)));
        assert_eq!(parse_amount("1 234,56", FR), Ok(Cents(123_456)));
        assert_eq!(parse_amount("1.234,56", FR), Err(NumberError::BadMarks));
        assert_eq!(parse_amount("1234.56", FR), Err(NumberError::BadMarks));
    }

    #[test]
    fn mixed_group_marks_are_refused() {
        assert_eq!(parse_amount("1,234 567", EN), Err(NumberError::BadMarks));
        assert_eq!(parse_amount("1٬234,567", AR), Err(NumberError::BadMarks));
        // Every kind of space is one kind of group mark.
        assert_eq!(
            parse_amount("1\u{a0}234\u{202f}567", FR),
            Ok(Cents(123_456_700))
        );
    }

    #[test]
    fn what_the_app_shows_is_what_it_reads() {
        assert_eq!(parse_amount("CA$4,800.00", EN), Ok(Cents(480_000)));
        assert_eq!(parse_amount("CAD 4,800", EN), Ok(Cents(480_000)));
        assert_eq!(parse_amount("$4800.5", EN), Ok(Cents(480_050)));
        assert_eq!(
            parse_amount("4\u{202f}800,00\u{a0}$\u{a0}CA", FR),
            Ok(Cents(480_000))
        );
        assert_eq!(parse_amount("4 800,00 $", FR), Ok(Cents(480_000)));
        assert_eq!(
            parse_amount("\u{200f}٤٬٨٠٠٫٠٠\u{a0}CA$", AR),
            Ok(Cents(480_000))
        );
        assert_eq!(
            parse_amount("\u{200e}$CA\u{a0}۴٬۸۰۰٫۰۰", AR),
            Ok(Cents(480_000))
        );
        assert_eq!(parse_amount("٤٨٠٠", AR), Ok(Cents(480_000)));
        assert_eq!(parse_amount("۴۸۰۰", AR), Ok(Cents(480_000)));
        assert_eq!(parse_amount("\u{200f}١٢٣٫٤", AR), Ok(Cents(12_340)));
        assert_eq!(parse_amount("４８００", EN), Ok(Cents(480_000)));
        // Arabic-script locales write Western digits with `.` and `,` (CLDR).
        assert_eq!(parse_amount("1,200.50", AR), Ok(Cents(120_050)));
        assert_eq!(parse_amount("1200.00", AR), Ok(Cents(120_000)));
    }

    #[test]
    fn minus_signs_and_dashes_are_read_as_negative() {
        for text in [
            "-5",
            "\u{2212}5",
            "\u{2013}5",
            "\u{2014}5",
            "5-",
            "-CA$5.00",
            "\u{200f}\u{061c}-٥ CA$",
            "\u{ff0d}5",
        ] {
            assert_eq!(parse_amount(text, AR), Err(NumberError::Negative), "{text}");
        }
    }

    #[test]
    fn bad_text_is_an_error_not_a_panic() {
        assert_eq!(parse_amount("", EN), Err(NumberError::Empty));
        assert_eq!(parse_amount("  $ ", EN), Err(NumberError::Empty));
        assert_eq!(parse_amount("abc", EN), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("12abc", EN), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("-", EN), Err(NumberError::NotANumber));
        assert_eq!(parse_amount("1.2.3", EN), Err(NumberError::BadMarks));
        assert_eq!(
            parse_amount("12.345", EN),
            Err(NumberError::TooManyDecimals)
        );
        assert_eq!(parse_amount("0", EN), Ok(Cents(0)));
        assert_eq!(
            parse_amount("99999999999999999999", EN),
            Err(NumberError::TooLarge)
        );
        assert_eq!(
            parse_amount("\u{0}\u{ffff}é", EN),
            Err(NumberError::NotANumber)
        );
    }

    #[test]
    fn whole_numbers_are_never_grouped() {
        assert_eq!(parse_whole("2027", EN), Ok(2027));
        assert_eq!(parse_whole("٢٠٢٧", AR), Ok(2027));
        assert_eq!(parse_whole("۱۲", AR), Ok(12));
        assert_eq!(parse_whole(" 03 ", EN), Ok(3));
        assert_eq!(parse_whole("2,027", EN), Err(NumberError::NotWhole));
        assert_eq!(parse_whole("3.5", EN), Err(NumberError::NotWhole));
        assert_eq!(parse_whole("-3", EN), Err(NumberError::Negative));
        assert_eq!(parse_whole("x", EN), Err(NumberError::NotANumber));
        assert_eq!(parse_whole("", EN), Err(NumberError::Empty));
    }

    /// Writes cents the way Intl does for a locale: grouped whole part, two decimals.
    fn format(cents: i64, style: NumberStyle, zero: char) -> String {
        let whole = (cents / 100).to_string();
        let mut out = String::new();
        for (i, c) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push(style.group);
            }
            out.push(c);
        }
        let text = format!("{out}{}{:02}", style.decimal, cents % 100);
        text.chars()
            .map(|c| {
                c.to_digit(10)
                    .map_or(c, |d| char::from_u32(zero as u32 + d).unwrap())
            })
            .collect()
    }

    const LOCALES: [(NumberStyle, char); 5] = [
        (EN, '0'),
        (FR, '0'),
        (
            NumberStyle {
                decimal: ',',
                group: '\u{a0}',
            },
            '0',
        ),
        (AR, '\u{0660}'),
        (AR, '\u{06f0}'),
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn a_formatted_amount_reads_back(cents in 0i64..=100_000_000_000) {
            for (style, zero) in LOCALES {
                let text = format(cents, style, zero);
                prop_assert_eq!(parse_amount(&text, style), Ok(Cents(cents)), "{}", text);
            }
        }

        /// Moving one group mark one place left or right never gives a number. (Except a space
        /// moved in front of "1 000,00": " 1000,00" is 1000,00 written without grouping.)
        #[test]
        fn a_misplaced_group_mark_never_reads(cents in 100_000i64..=100_000_000_000, shift in prop::bool::ANY) {
            for (style, zero) in LOCALES {
                let text: Vec<char> = format(cents, style, zero).chars().collect();
                let mark = text.iter().position(|&c| c == style.group).unwrap();
                let mut moved = text.clone();
                let to = if shift { mark + 1 } else { mark - 1 };
                if to == 0 && style.group.is_whitespace() {
                    continue;
                }
                moved.swap(mark, to);
                let moved: String = moved.into_iter().collect();
                prop_assert_eq!(parse_amount(&moved, style), Err(NumberError::BadMarks), "{}", moved);
            }
        }

        /// Any text at all: an answer or an error, never a panic.
        #[test]
        fn any_text_reads_or_is_refused(text in "\\PC{0,24}") {
            for (style, _) in LOCALES {
                let _ = parse_amount(&text, style);
                let _ = parse_whole(&text, style);
            }
        }
    }
}
