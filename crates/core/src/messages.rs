//! The app's interface text, compiled from Fluent: one catalog per language, rendered here.
//!
//! The `.ftl` files under `locales/` are the only source of text. At build time they are
//! compiled (feature `l10n-compile`) into a [`Catalog`]: terms and message references are
//! inlined, and whether each placeable is wrapped in Unicode bidi isolation marks is decided as
//! Fluent decides it. The browser downloads only its language's catalog and renders messages
//! with [`Catalog::format`], taking plural categories from the browser's `Intl.PluralRules`. A
//! test renders every message of every locale through `fluent-bundle` and through this module
//! and requires the same text.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

/// First Strong Isolate and Pop Directional Isolate, which Fluent puts around placeables so a
/// number or a name keeps its own direction inside right-to-left text.
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// One language's messages, by id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    /// The language's id (`ar`).
    pub lang: String,
    pub messages: HashMap<String, Pattern>,
}

/// A message's value: its parts in order.
pub type Pattern = Vec<Part>;

/// A piece of a pattern. Short names: this is what the browser downloads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    /// Text as written.
    #[serde(rename = "t")]
    Text(String),
    /// A variable's value; `true` when it is isolated.
    #[serde(rename = "v")]
    Var(String, bool),
    /// A choice on a variable: by plural category, by number or by text.
    #[serde(rename = "s")]
    Select(Select),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Select {
    /// The variable chosen on.
    #[serde(rename = "v")]
    pub variable: String,
    /// Whether the chosen variant is isolated.
    #[serde(rename = "i")]
    pub isolate: bool,
    /// Variants in the order written (the first that matches wins).
    #[serde(rename = "k")]
    pub variants: Vec<(Key, Pattern)>,
    /// The index of the default variant (`*[other]`).
    #[serde(rename = "d")]
    pub default: usize,
}

/// A variant's key: a name (a plural category such as `one`, or any word) or a whole number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Key {
    #[serde(rename = "n")]
    Name(String),
    #[serde(rename = "x")]
    Number(i64),
}

/// A value passed to a message: text already formatted for the reader, or a whole number (for
/// plurals and exact-number variants; written as Fluent writes it, so pass formatted text for
/// display). Whole numbers only: no float formatting ships in the app.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as i64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, i8, i16, i32, i64);

/// The plural categories of Unicode CLDR, as `Intl.PluralRules` names them.
pub const PLURAL_CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// The locale whose plural rules a language follows: Dari (`prs`) follows Persian (`fa`), as
/// Dari text is written in Afghanistan; the others follow their own.
pub fn plural_locale(lang: &str) -> &str {
    match lang {
        "prs" => "fa",
        other => other,
    }
}

impl Catalog {
    /// The message `id` with `args`. `plural` gives a number's plural category in this
    /// language (`one`, `few`, `other`, …). `None` when the catalog has no such message.
    pub fn format(
        &self,
        id: &str,
        args: &[(&str, Arg)],
        plural: &dyn Fn(i64) -> &'static str,
    ) -> Option<String> {
        let pattern = self.messages.get(id)?;
        let mut out = String::new();
        write(pattern, args, plural, &mut out);
        Some(out)
    }

    /// The ids of this catalog, sorted.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.messages.keys().map(String::as_str).collect();
        ids.sort_unstable();
        ids
    }
}

fn write(
    pattern: &[Part],
    args: &[(&str, Arg)],
    plural: &dyn Fn(i64) -> &'static str,
    out: &mut String,
) {
    let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, v)| v);
    for part in pattern {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Var(name, isolate) => {
                if *isolate {
                    out.push(FSI);
                }
                match arg(name) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                    // As Fluent writes a missing variable.
                    None => {
                        out.push_str("{$");
                        out.push_str(name);
                        out.push('}');
                    }
                }
                if *isolate {
                    out.push(PDI);
                }
            }
            Part::Select(select) => {
                if select.isolate {
                    out.push(FSI);
                }
                let value = arg(&select.variable);
                let chosen = select
                    .variants
                    .iter()
                    .find(|(key, _)| matches(key, value, plural))
                    .or_else(|| select.variants.get(select.default));
                if let Some((_, variant)) = chosen {
                    write(variant, args, plural, out);
                }
                if select.isolate {
                    out.push(PDI);
                }
            }
        }
    }
}

/// Whether a variant key matches the selector's value, as Fluent matches: equal text, equal
/// numbers, or a plural category name against a number.
fn matches(key: &Key, value: Option<&Arg>, plural: &dyn Fn(i64) -> &'static str) -> bool {
    match (key, value) {
        (Key::Name(name), Some(Arg::Text(text))) => name == text,
        (Key::Number(n), Some(Arg::Number(v))) => n == v,
        (Key::Name(name), Some(Arg::Number(v))) => {
            PLURAL_CATEGORIES.contains(&name.as_str()) && plural(*v) == name
        }
        _ => false,
    }
}

#[cfg(any(test, feature = "l10n-compile"))]
pub mod compile {
    //! Compiling Fluent resources into a [`Catalog`] (at build time).

    use std::collections::{BTreeMap, BTreeSet, HashMap};

    use fluent_syntax::ast;

    use super::{Catalog, Key, Part, Pattern, Select};

    /// A message's or term's source, by id (terms keep their leading `-`).
    type Sources<'s> = HashMap<String, &'s ast::Pattern<&'s str>>;

    /// Compiles one language's `.ftl` files (name and text). Errors name the file and the
    /// message: a syntax error, a duplicate, or Fluent that the catalog does not support
    /// (functions, attributes, terms with variables, selectors on anything but a variable).
    pub fn compile(lang: &str, files: &[(String, String)]) -> Result<Catalog, Vec<String>> {
        let mut errors = Vec::new();
        let mut resources = Vec::new();
        for (name, text) in files {
            match fluent_syntax::parser::parse(text.as_str()) {
                Ok(resource) => resources.push((name, resource)),
                Err((_, parse_errors)) => {
                    for e in parse_errors {
                        errors.push(format!("{lang}/{name}: {:?}", e.kind));
                    }
                }
            }
        }
        let mut sources: Sources = HashMap::new();
        let mut messages = Vec::new();
        for (name, resource) in &resources {
            for entry in &resource.body {
                let (id, pattern, attributes) = match entry {
                    ast::Entry::Message(m) => {
                        let Some(value) = &m.value else {
                            errors.push(format!("{lang}/{name}: {} has no value", m.id.name));
                            continue;
                        };
                        messages.push(m.id.name.to_owned());
                        (m.id.name.to_owned(), value, m.attributes.len())
                    }
                    ast::Entry::Term(t) => {
                        (format!("-{}", t.id.name), &t.value, t.attributes.len())
                    }
                    ast::Entry::Junk { content } => {
                        errors.push(format!("{lang}/{name}: cannot read {content:?}"));
                        continue;
                    }
                    _ => continue,
                };
                if attributes > 0 {
                    errors.push(format!(
                        "{lang}/{name}: {id} has attributes (not supported)"
                    ));
                }
                if sources.insert(id.clone(), pattern).is_some() {
                    errors.push(format!("{lang}/{name}: {id} is defined twice"));
                }
            }
        }
        let mut catalog = Catalog {
            lang: lang.to_owned(),
            messages: HashMap::new(),
        };
        for id in messages {
            let mut stack = vec![id.clone()];
            match pattern(sources[&id], &sources, &mut stack) {
                Ok(compiled) => {
                    catalog.messages.insert(id, compiled);
                }
                Err(e) => errors.push(format!("{lang}: {id}: {e}")),
            }
        }
        if errors.is_empty() {
            Ok(catalog)
        } else {
            Err(errors)
        }
    }

    /// Compiles a pattern. Isolation is decided on this pattern's own length, as Fluent's
    /// resolver does, before references are inlined.
    fn pattern(
        source: &ast::Pattern<&str>,
        sources: &Sources,
        stack: &mut Vec<String>,
    ) -> Result<Pattern, String> {
        let many = source.elements.len() > 1;
        let mut out: Pattern = Vec::new();
        for element in &source.elements {
            match element {
                ast::PatternElement::TextElement { value } => push_text(&mut out, value),
                ast::PatternElement::Placeable { expression } => match expression {
                    ast::Expression::Inline(inline) => {
                        inline_expression(inline, many, sources, stack, &mut out)?
                    }
                    ast::Expression::Select { selector, variants } => {
                        let ast::InlineExpression::VariableReference { id } = selector else {
                            return Err("a selector must be a variable".to_owned());
                        };
                        let mut compiled = Vec::new();
                        let mut default = 0;
                        for (i, variant) in variants.iter().enumerate() {
                            let key = match &variant.key {
                                ast::VariantKey::Identifier { name } => {
                                    Key::Name((*name).to_owned())
                                }
                                ast::VariantKey::NumberLiteral { value } => Key::Number(
                                    value
                                        .parse()
                                        .map_err(|_| format!("bad number key {value}"))?,
                                ),
                            };
                            if variant.default {
                                default = i;
                            }
                            compiled.push((key, pattern(&variant.value, sources, stack)?));
                        }
                        out.push(Part::Select(Select {
                            variable: id.name.to_owned(),
                            isolate: many,
                            variants: compiled,
                            default,
                        }));
                    }
                },
            }
        }
        Ok(out)
    }

    fn inline_expression(
        inline: &ast::InlineExpression<&str>,
        many: bool,
        sources: &Sources,
        stack: &mut Vec<String>,
        out: &mut Pattern,
    ) -> Result<(), String> {
        match inline {
            ast::InlineExpression::VariableReference { id } => {
                out.push(Part::Var(id.name.to_owned(), many));
            }
            ast::InlineExpression::StringLiteral { value } => {
                if value.contains('\\') {
                    return Err("string literals with escapes are not supported".to_owned());
                }
                push_text(out, value);
            }
            ast::InlineExpression::NumberLiteral { value } => {
                // Written as Fluent writes a number literal (its fraction digits kept).
                let number: f64 = value.parse().map_err(|_| format!("bad number {value}"))?;
                let mut text = number.to_string();
                if let Some(digits) = value.find('.').map(|p| value.len() - p - 1) {
                    let have = text.find('.').map_or(0, |p| text.len() - p - 1);
                    if have == 0 {
                        text.push('.');
                    }
                    text.push_str(&"0".repeat(digits.saturating_sub(have)));
                }
                if many {
                    out.push(Part::Text(format!("\u{2068}{text}\u{2069}")));
                } else {
                    push_text(out, &text);
                }
            }
            ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            } => reference(id.name.to_owned(), sources, stack, out)?,
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                arguments: None,
            } => reference(format!("-{}", id.name), sources, stack, out)?,
            ast::InlineExpression::Placeable { .. } => {
                return Err("nested placeables are not supported".to_owned())
            }
            _ => {
                return Err("functions, attributes and term arguments are not supported".to_owned())
            }
        }
        Ok(())
    }

    /// Inlines a message or term: it resolves with its own isolation, as Fluent resolves it.
    fn reference(
        id: String,
        sources: &Sources,
        stack: &mut Vec<String>,
        out: &mut Pattern,
    ) -> Result<(), String> {
        let source = sources
            .get(&id)
            .ok_or_else(|| format!("{id} is not defined"))?;
        if stack.contains(&id) {
            return Err(format!("{id} refers to itself"));
        }
        stack.push(id.clone());
        let inlined = pattern(source, sources, stack)?;
        stack.pop();
        if id.starts_with('-') && uses_variables(&inlined) {
            return Err(format!("term {id} uses variables (not supported)"));
        }
        for part in inlined {
            match part {
                Part::Text(text) => push_text(out, &text),
                other => out.push(other),
            }
        }
        Ok(())
    }

    fn uses_variables(pattern: &Pattern) -> bool {
        pattern.iter().any(|part| !matches!(part, Part::Text(_)))
    }

    /// Appends text, joining it to text just before.
    fn push_text(out: &mut Pattern, text: &str) {
        if let Some(Part::Text(last)) = out.last_mut() {
            last.push_str(text);
        } else {
            out.push(Part::Text(text.to_owned()));
        }
    }

    /// The variables each message uses (for checks and tests).
    pub fn variables(catalog: &Catalog) -> BTreeMap<String, BTreeSet<String>> {
        fn walk(pattern: &Pattern, found: &mut BTreeSet<String>) {
            for part in pattern {
                match part {
                    Part::Text(_) => {}
                    Part::Var(name, _) => {
                        found.insert(name.clone());
                    }
                    Part::Select(select) => {
                        found.insert(select.variable.clone());
                        for (_, variant) in &select.variants {
                            walk(variant, found);
                        }
                    }
                }
            }
        }
        catalog
            .messages
            .iter()
            .map(|(id, pattern)| {
                let mut found = BTreeSet::new();
                walk(pattern, &mut found);
                (id.clone(), found)
            })
            .collect()
    }

    /// The ids of messages used in Rust source: the first argument of each `tr!(` and
    /// `move_tr!(` that is a string literal, outside comment lines.
    pub fn used_ids(source: &str) -> Vec<String> {
        let mut ids = Vec::new();
        for line in source.lines() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for (index, _) in line.match_indices("tr!(") {
                let before = &line[..index];
                let is_macro = before.ends_with("move_")
                    || !before.ends_with(|c: char| c.is_alphanumeric() || c == '_');
                if !is_macro {
                    continue;
                }
                let rest = line[index + 4..].trim_start();
                if let Some(rest) = rest.strip_prefix('"') {
                    if let Some(end) = rest.find('"') {
                        ids.push(rest[..end].to_owned());
                    }
                }
            }
        }
        ids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english_plural(n: i64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }

    #[test]
    fn a_choice_picks_exact_numbers_first_then_the_category_then_the_default() {
        let select = Part::Select(Select {
            variable: "n".into(),
            isolate: false,
            variants: vec![
                (Key::Number(12), vec![Part::Text("a year".into())]),
                (Key::Name("one".into()), vec![Part::Text("a month".into())]),
                (
                    Key::Name("other".into()),
                    vec![
                        Part::Var("text".into(), false),
                        Part::Text(" months".into()),
                    ],
                ),
            ],
            default: 2,
        });
        let catalog = Catalog {
            lang: "en".into(),
            messages: [("period".to_owned(), vec![select])].into_iter().collect(),
        };
        let say = |n: i64| {
            catalog
                .format(
                    "period",
                    &[("n", Arg::Number(n)), ("text", Arg::Text(format!("{n}")))],
                    &english_plural,
                )
                .unwrap()
        };
        assert_eq!(say(12), "a year");
        assert_eq!(say(1), "a month");
        assert_eq!(say(5), "5 months");
        assert_eq!(catalog.format("missing", &[], &english_plural), None);
    }

    #[test]
    fn isolated_values_are_wrapped_and_missing_ones_shown_as_fluent_does() {
        let catalog = Catalog {
            lang: "en".into(),
            messages: [(
                "title".to_owned(),
                vec![
                    Part::Var("page".into(), true),
                    Part::Text(" – Passage".into()),
                ],
            )]
            .into_iter()
            .collect(),
        };
        let plain = |n| english_plural(n);
        assert_eq!(
            catalog.format("title", &[("page", "Loan".into())], &plain),
            Some("\u{2068}Loan\u{2069} – Passage".into())
        );
        assert_eq!(
            catalog.format("title", &[], &plain),
            Some("\u{2068}{$page}\u{2069} – Passage".into())
        );
    }
}

/// The compiled catalogs say exactly what `fluent-bundle` says for every message of every
/// locale: plurals, exact-number variants, terms, message references and bidi isolation.
#[cfg(test)]
mod same_as_fluent {
    use std::path::{Path, PathBuf};

    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
    use unic_langid::LanguageIdentifier;

    use super::compile::{compile, variables};
    use super::*;

    fn locales_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
    }

    /// The language ids of `locales/languages.json` (the first string of each row).
    fn languages() -> Vec<String> {
        let text = std::fs::read_to_string(locales_dir().join("languages.json")).unwrap();
        text.lines()
            .filter_map(|line| line.trim().strip_prefix("[\""))
            .filter_map(|rest| rest.split('"').next())
            .map(str::to_owned)
            .collect()
    }

    fn files(lang: &str) -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = std::fs::read_dir(locales_dir().join(lang))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (name, std::fs::read_to_string(&p).unwrap())
            })
            .collect();
        files.sort();
        files
    }

    /// Plural rules as fluent-bundle finds them: the language's own, else English.
    fn plural_rules(lang: &str) -> PluralRules {
        let langid: LanguageIdentifier = plural_locale(lang).parse().unwrap();
        PluralRules::create(langid, PluralRuleType::CARDINAL).unwrap_or_else(|_| {
            PluralRules::create(
                "en".parse::<LanguageIdentifier>().unwrap(),
                PluralRuleType::CARDINAL,
            )
            .unwrap()
        })
    }

    fn category(rules: &PluralRules, n: i64) -> &'static str {
        match rules.select(n) {
            Ok(PluralCategory::ZERO) => "zero",
            Ok(PluralCategory::ONE) => "one",
            Ok(PluralCategory::TWO) => "two",
            Ok(PluralCategory::FEW) => "few",
            Ok(PluralCategory::MANY) => "many",
            _ => "other",
        }
    }

    /// Variables that a select chooses on, in a pattern.
    fn selectors(pattern: &Pattern, found: &mut Vec<String>) {
        for part in pattern {
            if let Part::Select(select) = part {
                found.push(select.variable.clone());
                for (_, variant) in &select.variants {
                    selectors(variant, found);
                }
            }
        }
    }

    const NUMBERS: [i64; 15] = [0, 1, 2, 3, 5, 6, 11, 12, 21, 24, 36, 96, 100, 102, 1001];

    #[test]
    fn every_message_of_every_locale_reads_the_same_as_through_fluent_bundle() {
        let languages = languages();
        assert!(languages.len() >= 8, "{languages:?}");
        let mut compared = 0;
        for lang in &languages {
            let files = files(lang);
            let catalog = compile(lang, &files).unwrap_or_else(|e| panic!("{e:#?}"));
            let langid: LanguageIdentifier = plural_locale(lang).parse().unwrap();
            let mut bundle = FluentBundle::new(vec![langid]);
            for (_, text) in &files {
                let resource = FluentResource::try_new(text.clone()).unwrap();
                bundle.add_resource(resource).unwrap();
            }
            let rules = plural_rules(lang);
            let plural = |n: i64| category(&rules, n);
            let variables = variables(&catalog);
            for id in catalog.ids() {
                let mut chosen = Vec::new();
                selectors(&catalog.messages[id], &mut chosen);
                let samples: Vec<Option<i64>> = if chosen.is_empty() {
                    vec![None]
                } else {
                    NUMBERS.iter().copied().map(Some).collect()
                };
                for sample in samples {
                    let mut fluent_args = FluentArgs::new();
                    let mut args: Vec<(&str, Arg)> = Vec::new();
                    for name in &variables[id] {
                        match sample.filter(|_| chosen.contains(name)) {
                            Some(n) => {
                                fluent_args.set(name.as_str(), FluentValue::from(n));
                                args.push((name, Arg::Number(n)));
                            }
                            None => {
                                let text = format!("«{name}»");
                                fluent_args.set(name.as_str(), FluentValue::from(text.clone()));
                                args.push((name, Arg::Text(text)));
                            }
                        }
                    }
                    let message = bundle.get_message(id).unwrap();
                    let mut errors = Vec::new();
                    let expected = bundle
                        .format_pattern(message.value().unwrap(), Some(&fluent_args), &mut errors)
                        .into_owned();
                    assert!(errors.is_empty(), "{lang} {id}: {errors:?}");
                    let ours = catalog.format(id, &args, &plural).unwrap();
                    assert_eq!(ours, expected, "{lang} {id} with {sample:?}");
                    compared += 1;
                }
            }
        }
        assert!(compared > 500, "compared {compared} renderings");
    }

    #[test]
    fn unsupported_fluent_is_a_build_error_naming_the_message() {
        let bad = |text: &str| {
            compile("en", &[("x.ftl".into(), text.into())])
                .unwrap_err()
                .join("\n")
        };
        assert!(bad("a = { NUMBER($n) }").contains("a:"));
        assert!(bad("a = x\n    .title = y").contains("attributes"));
        assert!(bad("a = { b }").contains("b is not defined"));
        assert!(bad("a = { a }").contains("refers to itself"));
        assert!(bad("-t = { $x }\na = { -t }").contains("uses variables"));
        assert!(bad("a = { b").contains("x.ftl"));
        assert!(bad("a = 1\na = 2").contains("defined twice"));
    }

    #[test]
    fn used_ids_are_found_in_source() {
        use super::compile::used_ids;
        let source = r#"
            let a = tr!("one-id");
            let b = move_tr!( "two-id", { "x" => 1 });
            let c = strtr!("not-this");
            let d = tr!(variable);
            /// `tr!("in-a-comment")`
            // tr!("commented-out")
        "#;
        assert_eq!(used_ids(source), ["one-id", "two-id"]);
    }
}
