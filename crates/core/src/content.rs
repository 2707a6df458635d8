//! Figures inside orientation text. A text names a figure that lives in the data (the loan
//! policy, the sponsorship and medical rules) with a placeholder (`{iom-fee}`); the app fills
//! it in, formatted for the reader, so no content file types a policy figure or period by hand
//! and none can drift from the data.

/// A policy figure that text may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// `{family-cap}`: the most a family's transportation loan holds.
    FamilyCap,
    /// `{iom-fee}`: the IOM fee added to the loan for each person.
    IomFee,
    /// `{repayment-start}`: how long after arrival the first payment is due.
    RepaymentStart,
    /// `{medical-validity-months}`: how long a medical exam's result stays valid.
    MedicalValidityMonths,
    /// `{notice-working-days}`: how many working days before the arrival the notice is sent.
    NoticeWorkingDays,
    /// `{support-months}`: how long sponsors usually support the newcomers.
    SupportMonths,
    /// `{joint-support-months}`: the same under Joint Assistance Sponsorship.
    JointSupportMonths,
}

impl Figure {
    pub const ALL: [Figure; 7] = [
        Figure::FamilyCap,
        Figure::IomFee,
        Figure::RepaymentStart,
        Figure::MedicalValidityMonths,
        Figure::NoticeWorkingDays,
        Figure::SupportMonths,
        Figure::JointSupportMonths,
    ];

    /// The name written between braces.
    pub fn name(self) -> &'static str {
        match self {
            Figure::FamilyCap => "family-cap",
            Figure::IomFee => "iom-fee",
            Figure::RepaymentStart => "repayment-start",
            Figure::MedicalValidityMonths => "medical-validity-months",
            Figure::NoticeWorkingDays => "notice-working-days",
            Figure::SupportMonths => "support-months",
            Figure::JointSupportMonths => "joint-support-months",
        }
    }
}

/// A piece of a text: words as written, or a figure to fill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Text(&'a str),
    Figure(Figure),
}

/// Splits a text into words and figures. An unknown `{name}` or a lone brace is an error that
/// names it, so the importer refuses the file.
pub fn parts(text: &str) -> Result<Vec<Part<'_>>, String> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err("a } without its {".to_owned());
        }
        if open > 0 {
            parts.push(Part::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| "a { without its }".to_owned())?;
        let name = &after[..close];
        let figure = Figure::ALL
            .into_iter()
            .find(|f| f.name() == name)
            .ok_or_else(|| {
                let known: Vec<_> = Figure::ALL.iter().map(|f| f.name()).collect();
                format!("{{{name}}} is not a figure: use {{{}}}", known.join("}, {"))
            })?;
        parts.push(Part::Figure(figure));
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        parts.push(Part::Text(rest));
    }
    Ok(parts)
}

/// Words for money in the launch languages: with a digit in the same text, they mean an amount
/// was typed by hand instead of named with a placeholder.
const MONEY_WORDS: &[&str] = &[
    "$",
    "cad",
    "dollar",
    "دولار",
    "دالر",
    "دلار",
    "ዶላር",
    "doolar",
    "dola",
];

/// Whether a text seems to type an amount of money by hand (a money word and a digit).
pub fn types_money(text: &str) -> bool {
    let lower = text.to_lowercase();
    let has_digit = text
        .chars()
        .any(|c| crate::number::ascii_digit(c).is_some());
    has_digit && MONEY_WORDS.iter().any(|word| lower.contains(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_split_out_of_the_text() {
        assert_eq!(
            parts("The fee is {iom-fee} per person."),
            Ok(vec![
                Part::Text("The fee is "),
                Part::Figure(Figure::IomFee),
                Part::Text(" per person."),
            ])
        );
        assert_eq!(
            parts("{family-cap}{repayment-start}"),
            Ok(vec![
                Part::Figure(Figure::FamilyCap),
                Part::Figure(Figure::RepaymentStart)
            ])
        );
        assert_eq!(
            parts("valid for {medical-validity-months}, notice {notice-working-days}"),
            Ok(vec![
                Part::Text("valid for "),
                Part::Figure(Figure::MedicalValidityMonths),
                Part::Text(", notice "),
                Part::Figure(Figure::NoticeWorkingDays),
            ])
        );
        assert_eq!(parts("no figure"), Ok(vec![Part::Text("no figure")]));
        assert_eq!(parts(""), Ok(vec![]));
    }

    #[test]
    fn unknown_or_broken_placeholders_are_errors() {
        assert!(parts("{cap}").unwrap_err().contains("{cap}"));
        assert!(parts("a { b").is_err());
        assert!(parts("a } b").is_err());
        assert!(parts("{iom-fee").is_err());
    }

    #[test]
    fn typed_amounts_are_noticed_in_every_script() {
        assert!(types_money("The fee is CAD 300."));
        assert!(types_money("at most $15,000"));
        assert!(types_money("٣٠٠ دولار كندي"));
        assert!(types_money("۳۰۰ دالر"));
        assert!(!types_money("The fee is {iom-fee}."));
        assert!(!types_money("It lasts 15 hours, over 3 days."));
        assert!(!types_money("Ask about the dollar costs."));
    }
}
