//! Build-time checks and data for the browser app:
//!
//! - the loan policy from `data/loan-policy.toml`, as the JSON the API serves, so that the first
//!   estimate works offline before the API was ever reached (a policy the wire type cannot read,
//!   or that the estimate cannot use, fails the build);
//! - the languages of `locales/languages.json`;
//! - the messages: every locale must compile, hold exactly the English messages with the same
//!   variables, and every message must be used by a `tr!`/`move_tr!` in `src/` and every used
//!   one defined. A missing or unused message fails the build. The catalogs themselves are not
//!   built into the app: `passage-site` writes one file per language, and the browser downloads
//!   only its own.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use passage_core::messages::compile::{compile, used_ids, variables};

/// The route table and the app's parts (plain Rust, shared with the app).
#[path = "src/route.rs"]
#[allow(dead_code)]
mod route;

fn main() {
    loan_policy();
    let languages = languages();
    check_messages(&languages);
    check_parts();
}

/// Each part of the app downloads only the message files it names (`Bundle::message_files`):
/// every message its code uses must be in them. A part's code is its binary and the modules it
/// reaches through `crate::…`/`passage::…` paths, from there and from the frame every part runs
/// (app.rs).
fn check_parts() {
    let mut problems = Vec::new();
    for bundle in route::Bundle::ALL {
        let bin = match bundle {
            route::Bundle::Main => PathBuf::from("src/main.rs"),
            other => PathBuf::from(format!("src/bin/passage-{}.rs", other.name())),
        };
        let files: Vec<(String, String)> = bundle
            .message_files()
            .into_iter()
            .map(|file| {
                let path = format!("locales/en/{file}.ftl");
                let text =
                    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"));
                (format!("{file}.ftl"), text)
            })
            .collect();
        let catalog = compile("en", &files)
            .unwrap_or_else(|errors| panic!("the {} part's messages: {errors:?}", bundle.name()));
        let ids: BTreeSet<String> = catalog.ids().into_iter().map(str::to_owned).collect();
        for file in reached(&[bin, PathBuf::from("src/app.rs")]) {
            let text = std::fs::read_to_string(&file).unwrap();
            for id in used_ids(&text) {
                if !ids.contains(&id) {
                    problems.push(format!(
                        "the {} part uses {id} ({}), which is not in its message files {:?}",
                        bundle.name(),
                        file.display(),
                        bundle.message_files()
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        panic!("parts:\n  {}", problems.join("\n  "));
    }
}

/// The source files `roots` reach through module paths (`crate::a::b`, `passage::a::{b, c}`).
fn reached(roots: &[PathBuf]) -> BTreeSet<PathBuf> {
    let mut seen = BTreeSet::new();
    let mut queue: Vec<PathBuf> = roots.to_vec();
    while let Some(file) = queue.pop() {
        if !seen.insert(file.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for path in module_paths(&text) {
            if let Some(found) = module_file(&path) {
                queue.push(found);
            }
        }
    }
    seen
}

/// Module paths named after `crate::` or `passage::`, with one level of `{…}` groups spread
/// out: `crate::pages::{a::A, b}` gives `pages::a::A` and `pages::b`.
fn module_paths(text: &str) -> Vec<Vec<String>> {
    let mut paths = Vec::new();
    for prefix in ["crate::", "passage::"] {
        for (at, _) in text.match_indices(prefix) {
            // `passage::` inside `passage_core::` or a longer name is not this crate.
            if at > 0 && text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &text[at + prefix.len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            let head: Vec<String> = rest[..end]
                .split("::")
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect();
            if rest[end..].starts_with('{') {
                let group = &rest[end + 1..rest[end..].find('}').map_or(rest.len(), |i| end + i)];
                for item in group.split(',') {
                    let mut path = head.clone();
                    path.extend(
                        item.trim()
                            .split("::")
                            .filter(|s| !s.is_empty() && *s != "self")
                            .map(str::to_owned),
                    );
                    paths.push(path);
                }
            } else {
                paths.push(head);
            }
        }
    }
    paths
}

/// The file of the longest module prefix of `path` that is a file under `src/`.
fn module_file(path: &[String]) -> Option<PathBuf> {
    (1..=path.len()).rev().find_map(|n| {
        let base = Path::new("src").join(path[..n].join("/"));
        [base.with_extension("rs"), base.join("mod.rs")]
            .into_iter()
            .find(|file| file.is_file())
    })
}

fn out_dir() -> PathBuf {
    PathBuf::from(std::env::var("OUT_DIR").unwrap())
}

fn loan_policy() {
    let source = Path::new("data/loan-policy.toml");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = std::fs::read_to_string(source).expect("data/loan-policy.toml");
    let policy: passage_core::wire::LoanPolicy = passage_core::data::from_toml(&text)
        .unwrap_or_else(|err| panic!("data/loan-policy.toml: {err}"));
    policy
        .validate()
        .unwrap_or_else(|err| panic!("data/loan-policy.toml: {err}"));
    std::fs::write(
        out_dir().join("loan-policy.json"),
        serde_json::to_string(&policy).unwrap(),
    )
    .unwrap();
}

/// `[id, native name, "ltr" | "rtl"]` rows, written out as Rust for `i18n.rs`.
fn languages() -> Vec<String> {
    let source = Path::new("locales/languages.json");
    println!("cargo:rerun-if-changed={}", source.display());
    let rows: Vec<[String; 3]> = serde_json::from_str(&std::fs::read_to_string(source).unwrap())
        .unwrap_or_else(|err| {
            panic!("locales/languages.json: each row is [id, native name, dir]: {err}")
        });
    let mut code = String::from("&[\n");
    for [id, name, dir] in &rows {
        let dir = match dir.as_str() {
            "ltr" => "Dir::Ltr",
            "rtl" => "Dir::Rtl",
            other => panic!("locales/languages.json: {id}: direction {other:?} is not ltr or rtl"),
        };
        code.push_str(&format!(
            "    Language {{ id: {id:?}, name: {name:?}, dir: {dir} }},\n"
        ));
    }
    code.push(']');
    std::fs::write(out_dir().join("languages.rs"), code).unwrap();
    rows.into_iter().map(|[id, ..]| id).collect()
}

fn ftl_files(lang: &str) -> Vec<(String, String)> {
    let dir = Path::new("locales").join(lang);
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .map(|path| {
            println!("cargo:rerun-if-changed={}", path.display());
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            println!("cargo:rerun-if-changed={}", path.display());
            out.push(path);
        }
    }
}

/// Messages looked up by a key from the data (`country-ke`), not named in the source:
/// tests/locales.rs checks that every key in data/ has its message.
const KEYED_BY_DATA: &[&str] = &["country-"];

fn check_messages(languages: &[String]) {
    let mut problems = Vec::new();
    let english = compile("en", &ftl_files("en"))
        .unwrap_or_else(|errors| panic!("locales/en does not compile:\n{}", errors.join("\n")));
    let english_variables = variables(&english);
    for lang in languages.iter().filter(|l| *l != "en") {
        match compile(lang, &ftl_files(lang)) {
            Err(errors) => problems.extend(errors),
            Ok(catalog) => {
                let vars = variables(&catalog);
                for (id, wanted) in &english_variables {
                    match vars.get(id) {
                        None => problems.push(format!("locales/{lang}: {id} is missing")),
                        Some(found) if found != wanted => problems.push(format!(
                            "locales/{lang}: {id} uses {found:?}, English uses {wanted:?}"
                        )),
                        Some(_) => {}
                    }
                }
                for id in vars
                    .keys()
                    .filter(|id| !english_variables.contains_key(*id))
                {
                    problems.push(format!("locales/{lang}: {id} is not in English"));
                }
            }
        }
    }

    let mut sources = Vec::new();
    rust_files(Path::new("src"), &mut sources);
    let mut used = BTreeSet::new();
    for path in &sources {
        for id in used_ids(&std::fs::read_to_string(path).unwrap()) {
            if !english.messages.contains_key(&id) {
                problems.push(format!(
                    "{}: message {id} is used but not in locales/en",
                    path.display()
                ));
            }
            used.insert(id);
        }
    }
    for id in english.ids() {
        if !used.contains(id) && !KEYED_BY_DATA.iter().any(|prefix| id.starts_with(prefix)) {
            problems.push(format!(
                "locales/en: {id} is not used by any tr!/move_tr! in src/"
            ));
        }
    }
    if !problems.is_empty() {
        panic!("messages:\n  {}", problems.join("\n  "));
    }
}
