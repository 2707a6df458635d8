//! Access codes: what a traveller, sponsor or returnee types to see their case.
//!
//! A code is 17 Crockford base32 characters (85 bits, of which at least 84 are random) and a
//! check character, shown as three groups of six: `7K3M9Q-T2XV8R-4WH6PD`. The check is the
//! value modulo 37, which catches every single mistyped character and every swap of two
//! neighbours before any request is sent. Reading ignores case, spaces of any width and dashes
//! of any kind (PDFs turn `-` into `‐` or `–`), reads Arabic-Indic and Extended Arabic-Indic
//! digits (the top row of Arabic and Persian keyboards) and full-width characters like their
//! ASCII forms, and takes `I`/`L` as `1` and `O` as `0`, as Crockford's alphabet intends.

use std::fmt;

use crate::number::{ascii_digit, is_invisible, is_space};

/// Crockford's base32 alphabet: digits and letters without I, L, O, U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters that carry data.
pub const DATA_CHARS: usize = 17;
/// Data characters and the check character.
pub const CODE_CHARS: usize = DATA_CHARS + 1;
const CHECK_MODULUS: u128 = 37;
const DATA_MASK: u128 = (1 << (5 * DATA_CHARS)) - 1;

/// A well-formed access code (its check character is right). Whether it belongs to a case is
/// for the server to say.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct AccessCode {
    value: u128,
}

/// Why typed text is not an access code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing but spaces and dashes.
    Empty,
    /// Not 18 characters once spaces and dashes are dropped.
    WrongLength { found: usize },
    /// A character outside the alphabet (such as `U` or `#`).
    InvalidCharacter,
    /// Every character is valid, but the check character does not match: a typo.
    CheckFailed,
}

impl AccessCode {
    /// The code for 85 bits of data (higher bits are ignored), if its check value can be
    /// written with the alphabet; `None` for the 5 in 37 values that cannot (draw again).
    pub fn from_bits(bits: u128) -> Option<AccessCode> {
        let value = bits & DATA_MASK;
        (value % CHECK_MODULUS < 32).then_some(AccessCode { value })
    }

    /// Reads a code as a person typed it.
    pub fn parse(text: &str) -> Result<AccessCode, CodeError> {
        let mut digits = [None; CODE_CHARS];
        let mut count = 0usize;
        for c in text.chars() {
            if is_separator(c) {
                continue;
            }
            if let Some(slot) = digits.get_mut(count) {
                *slot = digit(c);
            }
            count += 1;
        }
        if count == 0 {
            return Err(CodeError::Empty);
        }
        if count != CODE_CHARS {
            return Err(CodeError::WrongLength { found: count });
        }
        let mut checked = [0u8; CODE_CHARS];
        for (out, d) in checked.iter_mut().zip(digits) {
            *out = d.ok_or(CodeError::InvalidCharacter)?;
        }
        let digits = checked;
        let value = digits[..DATA_CHARS]
            .iter()
            .fold(0u128, |acc, d| (acc << 5) | u128::from(*d));
        let check = digits[DATA_CHARS];
        if value % CHECK_MODULUS == u128::from(check) {
            Ok(AccessCode { value })
        } else {
            Err(CodeError::CheckFailed)
        }
    }

    /// The 18 characters without separators: what the server hashes.
    pub fn canonical(&self) -> String {
        let mut out = String::with_capacity(CODE_CHARS);
        for i in (0..DATA_CHARS).rev() {
            out.push(ALPHABET[((self.value >> (5 * i)) & 31) as usize] as char);
        }
        out.push(ALPHABET[(self.value % CHECK_MODULUS) as usize] as char);
        out
    }
}

/// Shows the code in three groups of six, as printed for people.
impl fmt::Display for AccessCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let canonical = self.canonical();
        let (a, rest) = canonical.split_at(6);
        let (b, c) = rest.split_at(6);
        write!(f, "{a}-{b}-{c}")
    }
}

/// Never prints the code itself, so it cannot end up in a log by accident.
impl fmt::Debug for AccessCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AccessCode(…)")
    }
}

/// What people and documents put between the groups of a code: spaces, dashes, underscores,
/// and the invisible direction marks of right-to-left text.
fn is_separator(c: char) -> bool {
    is_space(c)
        || is_invisible(c)
        || matches!(
            c,
            '-' | '_' | '\u{2010}'
                ..='\u{2015}' | '\u{2212}' | '\u{fe58}' | '\u{fe63}' | '\u{ff0d}' | '\u{ff3f}'
        )
}

fn digit(c: char) -> Option<u8> {
    // Full-width Latin letters and digits (U+FF01 to U+FF5E) read as their ASCII forms.
    let c = match c {
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xff01 + 0x21).unwrap_or(c),
        _ => c,
    };
    let c = ascii_digit(c).unwrap_or(c);
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| a as char == c)
        .map(|p| p as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn any_code() -> impl Strategy<Value = AccessCode> {
        any::<u128>().prop_filter_map("check not writable", AccessCode::from_bits)
    }

    #[test]
    fn a_known_code_reads_back_in_any_typing() {
        let code = (0x1_2345_6789_ABCD_EF01_2345u128..)
            .find_map(AccessCode::from_bits)
            .unwrap();
        let shown = code.to_string();
        assert_eq!(shown.len(), 20);
        assert_eq!(AccessCode::parse(&shown), Ok(code));
        assert_eq!(AccessCode::parse(&shown.to_lowercase()), Ok(code));
        assert_eq!(AccessCode::parse(&shown.replace('-', " ")), Ok(code));
        assert_eq!(AccessCode::parse(&code.canonical()), Ok(code));
    }

    #[test]
    fn look_alike_letters_read_as_digits() {
        let code = (0u128..).find_map(AccessCode::from_bits).unwrap();
        let canonical = code.canonical();
        assert!(canonical.starts_with("000000"));
        let typed = canonical.replacen("00", "Oo", 1);
        assert_eq!(AccessCode::parse(&typed), Ok(code));
    }

    #[test]
    fn arabic_digits_pdf_dashes_and_wide_forms_read_like_ascii() {
        let code = (0x9_8765_4321_0FED_CBA9_8765u128..)
            .find_map(AccessCode::from_bits)
            .unwrap();
        let shown = code.to_string();
        let arabic: String = shown
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap(),
                _ => c,
            })
            .collect();
        let persian: String = shown
            .chars()
            .map(|c| match c.to_digit(10) {
                Some(d) if c.is_ascii_digit() => char::from_u32(0x06f0 + d).unwrap(),
                _ => c,
            })
            .collect();
        assert!(arabic != shown, "the test code has digits: {shown}");
        assert_eq!(AccessCode::parse(&arabic), Ok(code));
        assert_eq!(AccessCode::parse(&persian), Ok(code));
        for dash in ['\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}', '\u{2212}'] {
            let typed = shown.replace('-', &dash.to_string());
            assert_eq!(AccessCode::parse(&typed), Ok(code), "{typed}");
        }
        let spaced = format!("\u{200f}{}\u{202f}", shown.replace('-', "\u{a0}"));
        assert_eq!(AccessCode::parse(&spaced), Ok(code));
        let wide: String = shown
            .chars()
            .map(|c| match c {
                '!'..='~' => char::from_u32(c as u32 - 0x21 + 0xff01).unwrap(),
                _ => c,
            })
            .collect();
        assert_eq!(AccessCode::parse(&wide), Ok(code));
    }

    #[test]
    fn malformed_text_is_refused_with_a_reason() {
        assert_eq!(AccessCode::parse(""), Err(CodeError::Empty));
        assert_eq!(AccessCode::parse(" - -"), Err(CodeError::Empty));
        assert_eq!(
            AccessCode::parse("ABC"),
            Err(CodeError::WrongLength { found: 3 })
        );
        assert_eq!(
            AccessCode::parse(&"0".repeat(40)),
            Err(CodeError::WrongLength { found: 40 })
        );
        assert_eq!(
            AccessCode::parse("UUUUUU-UUUUUU-UUUUUU"),
            Err(CodeError::InvalidCharacter)
        );
        assert_eq!(
            AccessCode::parse("ÄÄÄÄÄÄ-ÄÄÄÄÄÄ-ÄÄÄÄÄÄ"),
            Err(CodeError::InvalidCharacter)
        );
    }

    #[test]
    fn debug_output_hides_the_code() {
        let code = AccessCode::from_bits(12345).unwrap();
        assert!(!format!("{code:?}").contains(&code.canonical()));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        #[test]
        fn round_trips_through_its_text(code in any_code()) {
            prop_assert_eq!(AccessCode::parse(&code.to_string()), Ok(code));
            prop_assert_eq!(AccessCode::parse(&code.canonical()), Ok(code));
        }

        #[test]
        fn every_single_character_typo_is_caught(code in any_code()) {
            let canonical: Vec<u8> = code.canonical().into_bytes();
            for position in 0..CODE_CHARS {
                for &replacement in ALPHABET.iter() {
                    if replacement == canonical[position] {
                        continue;
                    }
                    let mut typo = canonical.clone();
                    typo[position] = replacement;
                    let typo = String::from_utf8(typo).unwrap();
                    prop_assert_eq!(AccessCode::parse(&typo), Err(CodeError::CheckFailed), "{}", typo);
                }
            }
        }

        #[test]
        fn every_swap_of_neighbours_is_caught(code in any_code()) {
            let canonical: Vec<u8> = code.canonical().into_bytes();
            for position in 0..CODE_CHARS - 1 {
                if canonical[position] == canonical[position + 1] {
                    continue;
                }
                let mut swapped = canonical.clone();
                swapped.swap(position, position + 1);
                let swapped = String::from_utf8(swapped).unwrap();
                prop_assert_eq!(AccessCode::parse(&swapped), Err(CodeError::CheckFailed), "{}", swapped);
            }
        }
    }
}
