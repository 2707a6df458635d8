//! Searching the orientation topics on the phone, as the person types: forgiving of typos and
//! of missing diacritics (Arabic short vowels, French accents), in any of the app's scripts.
//!
//! Words are compared after [`normalize`]: lower case, marks and tatweel removed, the letter
//! variants people type interchangeably made one (alef forms, Arabic and Persian yeh and kaf,
//! teh marbuta), Latin accents dropped; an Arabic word is also found without its article. A query word matches a word of a topic exactly, as the
//! beginning of it (the word being typed), or within one or two typing mistakes (a letter
//! missing, added, changed, or two swapped) for longer words. Every query word must match.

/// A topic to search: its id, title and every piece of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Doc {
    pub slug: String,
    pub title: String,
    pub texts: Vec<String>,
}

/// A topic that matched, best first, with the topic's own words that matched (as written,
/// at most [`MAX_WORDS`]), to show why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub slug: String,
    pub score: u32,
    pub words: Vec<String>,
}

/// How many matching words a hit shows.
pub const MAX_WORDS: usize = 5;

/// The topics, their words normalized once.
#[derive(Debug, Clone, Default)]
pub struct Index {
    docs: Vec<Indexed>,
}

#[derive(Debug, Clone)]
struct Indexed {
    slug: String,
    /// (normalized, as written), unique by normalized form; title words first.
    words: Vec<(String, String)>,
    /// How many of `words` come from the title.
    title_words: usize,
}

impl Index {
    pub fn new(docs: &[Doc]) -> Index {
        let docs = docs
            .iter()
            .map(|doc| {
                let mut words: Vec<(String, String)> = Vec::new();
                let add = |text: &str, words: &mut Vec<(String, String)>| {
                    for (normal, written) in words_of(text) {
                        for form in forms(&normal) {
                            if !words.iter().any(|(n, _)| *n == form) {
                                words.push((form, written.clone()));
                            }
                        }
                    }
                };
                add(&doc.title, &mut words);
                let title_words = words.len();
                for text in &doc.texts {
                    add(text, &mut words);
                }
                Indexed {
                    slug: doc.slug.clone(),
                    words,
                    title_words,
                }
            })
            .collect();
        Index { docs }
    }

    /// The topics matching every word of `query`, best first (ties keep the topics' order).
    pub fn search(&self, query: &str) -> Vec<Hit> {
        let terms: Vec<String> = words_of(query).into_iter().map(|(n, _)| n).collect();
        if terms.is_empty() {
            return Vec::new();
        }
        let last = terms.len() - 1;
        let mut hits: Vec<Hit> = self
            .docs
            .iter()
            .filter_map(|doc| {
                let mut score = 0;
                let mut matched: Vec<String> = Vec::new();
                for (i, term) in terms.iter().enumerate() {
                    // The word still being typed may be the beginning of a word.
                    let best = doc
                        .words
                        .iter()
                        .enumerate()
                        .filter_map(|(at, (normal, written))| {
                            let points = forms(term)
                                .iter()
                                .filter_map(|form| closeness(form, normal, i == last))
                                .max()?;
                            let weight = if at < doc.title_words { 3 } else { 1 };
                            Some((points * weight, written))
                        })
                        .max_by_key(|(points, _)| *points)?;
                    score += best.0;
                    if matched.len() < MAX_WORDS && !matched.contains(best.1) {
                        matched.push(best.1.clone());
                    }
                    // Every other word of the topic that matches this term, to show.
                    for (normal, written) in &doc.words {
                        if matched.len() >= MAX_WORDS {
                            break;
                        }
                        if closeness(term, normal, i == last).is_some()
                            && !matched.contains(written)
                        {
                            matched.push(written.clone());
                        }
                    }
                }
                Some(Hit {
                    slug: doc.slug.clone(),
                    score,
                    words: matched,
                })
            })
            .collect();
        hits.sort_by_key(|hit| std::cmp::Reverse(hit.score));
        hits
    }
}

/// A normalized word and, for Arabic, the word without the article and the particles written
/// joined to it ("المستشفي", "بالمستشفي" are also "مستشفي").
fn forms(normal: &str) -> Vec<String> {
    let mut forms = vec![normal.to_owned()];
    for prefix in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        if let Some(rest) = normal.strip_prefix(prefix) {
            if rest.chars().count() >= 3 {
                forms.push(rest.to_owned());
            }
            break;
        }
    }
    forms
}

/// How well a query term matches a word: 3 the same, 2 its beginning (for the word being
/// typed), 1 within a typo or two; `None` otherwise.
fn closeness(term: &str, word: &str, typing: bool) -> Option<u32> {
    if term == word {
        return Some(3);
    }
    let term_len = term.chars().count();
    if typing && term_len >= 2 && word.starts_with(term) {
        return Some(2);
    }
    let allowed = match term_len {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    };
    if allowed == 0 {
        return None;
    }
    let word_len = word.chars().count();
    if distance(term, word, allowed) <= allowed {
        return Some(1);
    }
    // A word being typed, with a typo in what is typed so far.
    if typing && word_len > term_len {
        let start: String = word.chars().take(term_len).collect();
        if distance(term, &start, allowed) <= allowed {
            return Some(1);
        }
    }
    None
}

/// The edit distance between two words (insertions, deletions, substitutions and swaps of
/// neighbours, each 1), or `limit + 1` as soon as it is known to exceed `limit`.
fn distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let width = b.len() + 1;
    let mut rows = vec![0usize; (a.len() + 1) * width];
    for (j, cell) in rows.iter_mut().take(width).enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i * width] = i;
        let mut row_min = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[(i - 1) * width + j] + 1)
                .min(rows[i * width + j - 1] + 1)
                .min(rows[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[(i - 2) * width + j - 2] + 1);
            }
            rows[i * width + j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return limit + 1;
        }
    }
    rows[a.len() * width + b.len()]
}

/// A text's words, each normalized and as written.
fn words_of(text: &str) -> Vec<(String, String)> {
    let mut words = Vec::new();
    let mut written = String::new();
    let mut normal = String::new();
    let mut flush = |written: &mut String, normal: &mut String| {
        if !normal.is_empty() {
            words.push((std::mem::take(normal), std::mem::take(written)));
        }
        written.clear();
    };
    for c in text.chars() {
        match fold(c) {
            Fold::Letter(letters) => {
                written.push(c);
                normal.push_str(&letters);
            }
            // Marks, tatweel and the zero-width non-joiner are part of the word, not letters.
            Fold::Mark => written.push(c),
            Fold::Break => flush(&mut written, &mut normal),
        }
    }
    flush(&mut written, &mut normal);
    words
}

/// The normal form of a whole text (what [`Index`] compares), for tests and display.
pub fn normalize(text: &str) -> String {
    words_of(text)
        .into_iter()
        .map(|(normal, _)| normal)
        .collect::<Vec<_>>()
        .join(" ")
}

enum Fold {
    Letter(String),
    Mark,
    Break,
}

fn fold(c: char) -> Fold {
    let letter = |s: &str| Fold::Letter(s.to_owned());
    match c {
        // Arabic short vowels and other marks, the superscript alef, tatweel; ZWNJ and ZWJ.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}' => Fold::Mark,
        // Alef with hamza or madda, and alef wasla, as plain alef.
        'أ' | 'إ' | 'آ' | 'ٱ' => letter("ا"),
        // Alef maqsura, Persian yeh and yeh with hamza, as Arabic yeh; Persian kaf as kaf.
        'ى' | 'ی' | 'ئ' => letter("ي"),
        'ک' => letter("ك"),
        'ة' => letter("ه"),
        'ؤ' => letter("و"),
        // Latin letters with accents, as people type them without.
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'À' | 'Á' | 'Â' | 'Ä' | 'Ã' | 'Å' => {
            letter("a")
        }
        'ç' | 'Ç' => letter("c"),
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => letter("e"),
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => letter("i"),
        'ñ' | 'Ñ' => letter("n"),
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'Ò' | 'Ó' | 'Ô' | 'Ö' | 'Õ' => letter("o"),
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => letter("u"),
        'ÿ' | 'Ÿ' => letter("y"),
        'œ' | 'Œ' => letter("oe"),
        'æ' | 'Æ' => letter("ae"),
        '’' | '\'' => Fold::Mark,
        c if c.is_alphanumeric() => {
            // Digits of any script as ASCII digits.
            match crate::number::ascii_digit(c) {
                Some(d) => Fold::Letter(d.to_string()),
                None => Fold::Letter(c.to_lowercase().collect()),
            }
        }
        _ => Fold::Break,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<Doc> {
        let doc = |slug: &str, title: &str, texts: &[&str]| Doc {
            slug: slug.to_owned(),
            title: title.to_owned(),
            texts: texts.iter().map(|t| (*t).to_owned()).collect(),
        };
        vec![
            doc(
                "health-care",
                "Health care and mental health",
                &[
                    "Go to the hospital emergency room if it is urgent.",
                    "A family doctor.",
                ],
            ),
            doc(
                "housing",
                "Housing",
                &["Your first home. The landlord and the tenant sign a lease."],
            ),
            doc(
                "school",
                "L’école et les langues",
                &["Les enfants vont à l’école. Cours de français gratuits."],
            ),
            doc(
                "arabic",
                "الرعاية الصحية",
                &["اذهب إلى المُسْتَشْفَى في حالة الطوارئ.", "طبيب العائلة"],
            ),
            doc(
                "dari",
                "کار در کانادا",
                &["شماره بیمهٔ اجتماعی را به کسی ندهید."],
            ),
            doc("tigrinya", "ጥዕና", &["ናብ ሆስፒታል ኪዱ። ሓኪም ስድራቤት።"]),
        ]
    }

    fn slugs(hits: &[Hit]) -> Vec<&str> {
        hits.iter().map(|h| h.slug.as_str()).collect()
    }

    #[test]
    fn a_misspelt_word_still_finds_its_topic() {
        let index = Index::new(&docs());
        let hits = index.search("hospitl");
        assert_eq!(slugs(&hits), ["health-care"]);
        assert_eq!(hits[0].words, ["hospital"]);
        // Two letters swapped.
        assert_eq!(slugs(&index.search("lanldord")), ["housing"]);
        // Short words must be exact: "the" is no typo of "tea".
        assert!(index.search("tea").is_empty());
    }

    #[test]
    fn the_word_being_typed_matches_as_a_beginning() {
        let index = Index::new(&docs());
        assert_eq!(slugs(&index.search("hous")), ["housing"]);
        assert_eq!(slugs(&index.search("family doc")), ["health-care"]);
        // An earlier word must be whole (or a typo), not just a beginning.
        assert!(index.search("fam doctor").is_empty());
    }

    #[test]
    fn every_word_must_match_and_titles_count_more() {
        let index = Index::new(&docs());
        assert!(index.search("hospital lease").is_empty());
        let hits = index.search("health");
        assert_eq!(slugs(&hits), ["health-care"]);
        assert!(hits[0].score >= 9, "a title word counts three times");
    }

    #[test]
    fn arabic_without_its_short_vowels_and_with_other_alef_forms() {
        let index = Index::new(&docs());
        // Typed without diacritics, found where the text has them, shown as written.
        let hits = index.search("مستشفى");
        assert_eq!(slugs(&hits), ["arabic"]);
        assert_eq!(hits[0].words, ["المُسْتَشْفَى"]);
        assert_eq!(slugs(&index.search("اذهب الي")), ["arabic"]);
        assert_eq!(slugs(&index.search("أذهب")), ["arabic"]);
        assert_eq!(normalize("مُسْتَشْفَى"), normalize("مستشفي"));
    }

    #[test]
    fn dari_and_french_letters_typed_either_way() {
        let index = Index::new(&docs());
        // Arabic kaf and yeh for the Persian ones, no zero-width non-joiner.
        assert_eq!(slugs(&index.search("كار")), ["dari"]);
        assert_eq!(slugs(&index.search("بيمه")), ["dari"]);
        assert_eq!(slugs(&index.search("ecole francais")), ["school"]);
        assert_eq!(normalize("L’école"), "lecole");
    }

    #[test]
    fn tigrinya_words_split_at_ethiopic_punctuation() {
        let index = Index::new(&docs());
        assert_eq!(slugs(&index.search("ሆስፒታል")), ["tigrinya"]);
        assert_eq!(slugs(&index.search("ሓኪም")), ["tigrinya"]);
    }

    #[test]
    fn nothing_typed_finds_nothing() {
        let index = Index::new(&docs());
        assert!(index.search("").is_empty());
        assert!(index.search(" ,. ").is_empty());
        assert!(Index::default().search("health").is_empty());
    }

    #[test]
    fn distance_counts_each_kind_of_typo_once() {
        assert_eq!(distance("hospital", "hospital", 2), 0);
        assert_eq!(distance("hospitl", "hospital", 2), 1);
        assert_eq!(distance("hsopital", "hospital", 2), 1);
        assert_eq!(distance("hospitxal", "hospital", 2), 1);
        assert_eq!(distance("hxspitxl", "hospital", 2), 2);
        assert_eq!(distance("abc", "xyzuvw", 1), 2);
    }
}
