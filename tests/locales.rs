//! Every locale is complete and consistent with English: same files, same message ids, same
//! variables, every file parses, and nothing is left untranslated.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, Pattern, PatternElement};

const SOURCE: &str = "en";

fn locales_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// (id, dir) pairs from `locales/languages.json`.
fn languages() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(locales_dir().join("languages.json")).unwrap();
    let rows: Vec<Vec<String>> = serde_json::from_str(&text).unwrap();
    rows.into_iter()
        .map(|row| {
            assert_eq!(
                row.len(),
                3,
                "each language needs [id, native name, dir]: {row:?}"
            );
            (row[0].clone(), row[2].clone())
        })
        .collect()
}

fn ftl_files(locale: &str) -> BTreeSet<String> {
    std::fs::read_dir(locales_dir().join(locale))
        .unwrap_or_else(|err| panic!("locales/{locale}: {err}"))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect()
}

/// Message and term ids of one locale, each with the set of variables it uses.
fn entries(locale: &str) -> BTreeMap<String, (BTreeSet<String>, String)> {
    let mut all = BTreeMap::new();
    for file in ftl_files(locale) {
        let path = locales_dir().join(locale).join(&file);
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
        for entry in resource.body {
            let (id, value, attributes) = match entry {
                Entry::Message(m) => (m.id.name.to_owned(), m.value, m.attributes),
                Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                Entry::Junk { content } => panic!("{}: junk {content:?}", path.display()),
                _ => continue,
            };
            let mut variables = BTreeSet::new();
            let mut literal = String::new();
            for pattern in value.iter().chain(attributes.iter().map(|a| &a.value)) {
                collect(pattern, &mut variables, &mut literal);
            }
            assert!(
                all.insert(id.clone(), (variables, literal)).is_none(),
                "{locale}: {id} is defined twice"
            );
        }
    }
    all
}

fn collect(pattern: &Pattern<&str>, variables: &mut BTreeSet<String>, literal: &mut String) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => literal.push_str(value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(inline) => inline_vars(inline, variables),
                Expression::Select { selector, variants } => {
                    inline_vars(selector, variables);
                    for variant in variants {
                        collect(&variant.value, variables, literal);
                    }
                }
            },
        }
    }
}

fn inline_vars(expression: &InlineExpression<&str>, variables: &mut BTreeSet<String>) {
    match expression {
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => call_vars(arguments, variables),
        InlineExpression::Placeable { expression } => {
            if let Expression::Inline(inner) = expression.as_ref() {
                inline_vars(inner, variables);
            }
        }
        _ => {}
    }
}

fn call_vars(arguments: &ast::CallArguments<&str>, variables: &mut BTreeSet<String>) {
    for positional in &arguments.positional {
        inline_vars(positional, variables);
    }
    for named in &arguments.named {
        inline_vars(&named.value, variables);
    }
}

#[test]
fn the_launch_languages_are_declared_with_their_direction() {
    let declared: BTreeMap<String, String> = languages().into_iter().collect();
    for (id, dir) in [
        ("en", "ltr"),
        ("fr", "ltr"),
        ("ar", "rtl"),
        ("prs", "rtl"),
        ("ps", "rtl"),
        ("ti", "ltr"),
        ("so", "ltr"),
        ("sw", "ltr"),
    ] {
        assert_eq!(declared.get(id).map(String::as_str), Some(dir), "{id}");
    }
}

#[test]
fn the_app_and_the_api_serve_the_same_launch_languages() {
    let ids: Vec<String> = languages().into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, passage_core::lang::LAUNCH_LANGUAGES);
}

#[test]
fn every_declared_language_has_a_locale_folder_and_no_folder_is_undeclared() {
    let declared: BTreeSet<String> = languages().into_iter().map(|(id, _)| id).collect();
    let folders: BTreeSet<String> = std::fs::read_dir(locales_dir())
        .unwrap()
        .map(|entry| entry.unwrap())
        .filter(|entry| entry.file_type().unwrap().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(declared, folders);
}

#[test]
fn every_locale_has_the_same_files_as_english() {
    let source = ftl_files(SOURCE);
    assert!(!source.is_empty());
    for (locale, _) in languages() {
        assert_eq!(ftl_files(&locale), source, "locales/{locale}");
    }
}

#[test]
fn every_locale_has_exactly_the_english_messages_with_the_same_variables() {
    let source = entries(SOURCE);
    assert!(
        source.len() > 10,
        "English has only {} messages",
        source.len()
    );
    for (locale, _) in languages() {
        let translated = entries(&locale);
        let missing: Vec<_> = source
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<_> = translated
            .keys()
            .filter(|id| !source.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{locale} has ids English does not: {extra:?}"
        );
        for (id, (variables, _)) in &source {
            assert_eq!(&translated[id].0, variables, "{locale}: variables of {id}");
        }
    }
}

#[test]
fn no_message_is_left_in_english() {
    let source = entries(SOURCE);
    for (locale, _) in languages().into_iter().filter(|(id, _)| id != SOURCE) {
        let translated = entries(&locale);
        for (id, (_, english)) in &source {
            let text = &translated[id].1;
            // Messages that are only placeables (or names such as the brand) have no words.
            if english.split_whitespace().count() < 2 || id.starts_with('-') {
                continue;
            }
            assert_ne!(
                text.trim(),
                english.trim(),
                "{locale}: {id} is still English"
            );
        }
    }
}

#[test]
fn every_country_in_the_data_has_a_name() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let english = entries(SOURCE);
    let mut countries = BTreeSet::new();
    for file in ["sessions.toml", "offices.toml"] {
        let text = std::fs::read_to_string(data.join(file)).unwrap();
        for line in text.lines() {
            if let Some(rest) = line.trim().strip_prefix("country = \"") {
                countries.insert(rest.trim_end_matches('"').to_ascii_lowercase());
            }
        }
    }
    assert!(countries.len() >= 3, "found only {countries:?}");
    for country in countries {
        assert!(
            english.contains_key(&format!("country-{country}")),
            "no country-{country} in locales/{SOURCE}/countries.ftl"
        );
    }
}
