//! Choosing which of the app's languages to show for a person's requested language tags.

/// The languages Passage launches with, in the order its language list shows them. The app's
/// `locales/languages.json` lists the same (a test checks it); the API serves content for them.
pub const LAUNCH_LANGUAGES: &[&str] = &["en", "fr", "ar", "prs", "ps", "ti", "so", "sw"];

/// Whether `tag` is shaped like a BCP 47 language tag (`ar`, `fa-AF`, `zh-Hant-TW`): a 2-3
/// letter language, then subtags of 1-8 letters or digits. Anything else is a client error.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    tag.len() <= 35
        && (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|part| {
            (1..=8).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Languages people ask for that Passage serves through a close relative, checked only when the
/// requested language itself is not served. Farsi readers read Dari (`prs`) text; ISO 639-2 codes
/// map to the two-letter codes used by the locales.
const ALIASES: &[(&str, &str)] = &[
    ("fa", "prs"),
    ("fas", "prs"),
    ("per", "prs"),
    ("pus", "ps"),
    ("pbt", "ps"),
    ("pbu", "ps"),
    ("ara", "ar"),
    ("arb", "ar"),
    ("tir", "ti"),
    ("som", "so"),
    ("swa", "sw"),
    ("swh", "sw"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("eng", "en"),
];

/// The best served language for one BCP 47 tag such as `fa-AF` or `ar_SY`, if any: the whole tag,
/// then its primary language subtag, then an alias of it.
pub fn match_tag<'a>(tag: &str, served: &[&'a str]) -> Option<&'a str> {
    let tag = tag.trim().replace('_', "-").to_ascii_lowercase();
    if tag.is_empty() || tag.len() > 35 {
        return None;
    }
    let find = |wanted: &str| {
        served
            .iter()
            .copied()
            .find(|id| id.eq_ignore_ascii_case(wanted))
    };
    if let Some(id) = find(&tag) {
        return Some(id);
    }
    let primary = tag.split('-').next().unwrap_or_default();
    find(primary).or_else(|| {
        ALIASES
            .iter()
            .filter(|(asked, _)| *asked == primary)
            .find_map(|(_, served_as)| find(served_as))
    })
}

/// The language tags of an `Accept-Language` header, most wanted first (by `q`, then order);
/// tags with `q=0` are left out.
pub fn accept_language(header: &str) -> Vec<&str> {
    let mut tags: Vec<(u32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(index, item)| {
            let mut parts = item.split(';');
            let tag = parts.next()?.trim();
            let q = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), |q| {
                    q.trim()
                        .parse::<f32>()
                        .ok()
                        .map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u32)
                })?;
            (!tag.is_empty() && tag != "*" && q > 0).then_some((q, index, tag))
        })
        .collect();
    tags.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    tags.into_iter().map(|(_, _, tag)| tag).collect()
}

/// The first of the requested tags (in the person's order of preference) that Passage serves.
pub fn negotiate<'r, 's>(
    requested: impl IntoIterator<Item = &'r str>,
    served: &[&'s str],
) -> Option<&'s str> {
    requested.into_iter().find_map(|tag| match_tag(tag, served))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SERVED: &[&str] = &["en", "fr", "ar", "prs", "ps", "ti", "so", "sw"];

    #[test]
    fn exact_and_regional_tags_match_their_language() {
        assert_eq!(match_tag("ar", SERVED), Some("ar"));
        assert_eq!(match_tag("ar-SY", SERVED), Some("ar"));
        assert_eq!(match_tag("AR_eg", SERVED), Some("ar"));
        assert_eq!(match_tag("sw-KE", SERVED), Some("sw"));
        assert_eq!(match_tag("fr-CA", SERVED), Some("fr"));
        assert_eq!(match_tag("prs-AF", SERVED), Some("prs"));
        assert_eq!(match_tag("ps-AF", SERVED), Some("ps"));
        assert_eq!(match_tag("ti-ER", SERVED), Some("ti"));
    }

    #[test]
    fn farsi_falls_back_to_dari_while_farsi_is_not_served() {
        assert_eq!(match_tag("fa-AF", SERVED), Some("prs"));
        assert_eq!(match_tag("fa", SERVED), Some("prs"));
        assert_eq!(match_tag("fa-IR", SERVED), Some("prs"));
        let with_farsi = ["en", "fa", "prs"];
        assert_eq!(match_tag("fa-IR", &with_farsi), Some("fa"));
    }

    #[test]
    fn unknown_or_junk_tags_match_nothing() {
        assert_eq!(match_tag("de-DE", SERVED), None);
        assert_eq!(match_tag("", SERVED), None);
        assert_eq!(match_tag("   ", SERVED), None);
        assert_eq!(match_tag("e", SERVED), None);
        assert_eq!(match_tag(&"x".repeat(100), SERVED), None);
    }

    #[test]
    fn language_tags_are_recognised_by_shape() {
        for good in ["en", "prs", "fa-AF", "zh-Hant-TW", "sw-KE", "es-419"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "", "e", "english", "12", "fa_AF", "ar-", "-ar", "ar--SY", "ar SY", "<x>", "ар",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        assert!(!is_language_tag(&format!("en-{}", "a-".repeat(20))));
    }

    #[test]
    fn accept_language_is_read_by_preference() {
        assert_eq!(
            accept_language("fa-AF,fa;q=0.9,en;q=0.8"),
            ["fa-AF", "fa", "en"]
        );
        assert_eq!(
            accept_language("en;q=0.5, ar , ti;q=0.7, de;q=0"),
            ["ar", "ti", "en"]
        );
        assert_eq!(accept_language(""), Vec::<&str>::new());
        assert_eq!(accept_language("*"), Vec::<&str>::new());
        assert_eq!(accept_language("so;q=x, sw"), ["sw"]);
        assert_eq!(
            negotiate(accept_language("de-DE,fa-AF;q=0.8"), SERVED),
            Some("prs")
        );
    }

    #[test]
    fn negotiation_keeps_the_persons_order() {
        assert_eq!(negotiate(["de", "fa-AF", "en"], SERVED), Some("prs"));
        assert_eq!(negotiate(["en-GB", "ar"], SERVED), Some("en"));
        assert_eq!(negotiate(["de", "it"], SERVED), None);
    }
}
