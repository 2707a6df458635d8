//! Build steps that finish `dist/` after Trunk.
//!
//! `passage-site messages <locales> <dist>` compiles each language's Fluent files into one
//! catalog file per part of the app, with just the files that part uses
//! (`Bundle::message_files`): `<dist>/l10n/<part>-<lang>-<hash>.json` (named by its content,
//! so it can be cached for ever). It names them in `<dist>/index.html`'s
//! `<meta name="passage-messages" content="main/en=/l10n/main-en-….json …">`, where the app
//! looks for its own. Trunk runs it after each build (Trunk.toml).
//!
//! `passage-site bundles` prints the names of the app's parts other than the main one;
//! `passage-site bundles <dist> <name>=<its dist> …` copies each part's JavaScript and wasm
//! (built by Trunk into its own directory) into `<dist>` and names them, with the paths each
//! part draws, in `<dist>/index.html`'s `<meta name="passage-bundles">`, where boot.js looks
//! for the part a page needs.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use passage::route::{self, Bundle};
use passage_core::messages::compile::compile;
use sha2::{Digest, Sha256};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["messages", locales, dist] => done(messages(Path::new(locales), Path::new(dist))),
        ["bundles"] => {
            for bundle in Bundle::ALL.iter().filter(|b| **b != Bundle::Main) {
                println!("{}", bundle.name());
            }
            ExitCode::SUCCESS
        }
        ["bundles", dist, parts @ ..] => done(bundles(Path::new(dist), parts)),
        _ => {
            eprintln!(
                "usage: passage-site messages <locales> <dist>\n       passage-site bundles [<dist> <name>=<dir> …]"
            );
            ExitCode::from(2)
        }
    }
}

fn done(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("passage-site: {err}");
            ExitCode::FAILURE
        }
    }
}

/// The value of `attribute` in the first `<meta name="passage-app" …>` of `html`. Trunk's
/// minifier may drop the quotes and reorder the attributes, so each `<meta>` tag is read
/// attribute by attribute.
fn app_meta(html: &str, attribute: &str) -> Option<String> {
    html.split("<meta ").skip(1).find_map(|rest| {
        let attributes = attributes(&rest[..rest.find('>')?]);
        let named = attributes
            .iter()
            .any(|(name, value)| name == "name" && value == "passage-app");
        named
            .then(|| attributes.into_iter().find(|(name, _)| name == attribute))
            .flatten()
            .map(|(_, value)| value)
    })
}

/// The attributes of a tag's inside (`a=1 b="2 3" c='4'`), values unquoted.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut rest = tag.trim_start();
    while let Some(eq) = rest.find('=') {
        let name = rest[..eq].trim().to_owned();
        let after = &rest[eq + 1..];
        let (value, next) = match after.chars().next() {
            Some(quote @ ('"' | '\'')) => match after[1..].find(quote) {
                Some(end) => (&after[1..1 + end], &after[end + 2..]),
                None => (&after[1..], ""),
            },
            _ => {
                let end = after.find(char::is_whitespace).unwrap_or(after.len());
                (&after[..end], &after[end..])
            }
        };
        found.push((name, value.to_owned()));
        rest = next.trim_start();
    }
    found
}

fn bundles(dist: &Path, parts: &[&str]) -> Result<(), String> {
    let mut named = Vec::new();
    for part in parts {
        let (name, dir) = part
            .split_once('=')
            .ok_or_else(|| format!("{part}: write <name>=<dir>"))?;
        let bundle = Bundle::ALL
            .into_iter()
            .find(|b| b.name() == name && *b != Bundle::Main)
            .ok_or_else(|| format!("{name} is not a part of the app"))?;
        let dir = Path::new(dir);
        let html = std::fs::read_to_string(dir.join("index.html"))
            .map_err(|e| format!("{}: {e}", dir.display()))?;
        let mut files = Vec::new();
        for attribute in ["data-js", "data-wasm"] {
            let url = app_meta(&html, attribute).ok_or_else(|| {
                format!("{}: no {attribute} in its passage-app meta", dir.display())
            })?;
            let file = url.trim_start_matches('/');
            std::fs::copy(dir.join(file), dist.join(file)).map_err(|e| format!("{file}: {e}"))?;
            files.push(url);
        }
        named.push(format!(
            "{name} {} {}",
            files.join(" "),
            route::bundle_paths(bundle).join(" ")
        ));
    }
    let meta = format!(
        "<meta name=\"passage-bundles\" content=\"{}\">",
        named.join(";")
    );
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let html = match html.find("<meta name=\"passage-bundles\"") {
        Some(start) => {
            let end = start + html[start..].find('>').ok_or("broken meta")? + 1;
            format!("{}{meta}{}", &html[..start], &html[end..])
        }
        None => html.replacen("</head>", &format!("{meta}</head>"), 1),
    };
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))
}

fn messages(locales: &Path, dist: &Path) -> Result<(), String> {
    let languages = languages(locales)?;
    let out = dist.join("l10n");
    if out.exists() {
        std::fs::remove_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    }
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut named = Vec::new();
    for lang in &languages {
        let files = ftl_files(&locales.join(lang))?;
        // One catalog per part of the app: just the messages its pages use.
        for bundle in Bundle::ALL {
            let wanted = bundle.message_files();
            let own: Vec<(String, String)> = files
                .iter()
                .filter(|(name, _)| wanted.contains(&name.trim_end_matches(".ftl")))
                .cloned()
                .collect();
            let catalog = compile(lang, &own).map_err(|errors| errors.join("\n"))?;
            let json = serde_json::to_string(&catalog).map_err(|e| e.to_string())?;
            let digest = Sha256::digest(json.as_bytes());
            let hash: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
            let part = bundle.name();
            let file = format!("{part}-{lang}-{hash}.json");
            std::fs::write(out.join(&file), json).map_err(|e| format!("{file}: {e}"))?;
            named.push(format!("{part}/{lang}=/l10n/{file}"));
        }
    }
    let index = dist.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    let meta = format!(
        "<meta name=\"passage-messages\" content=\"{}\">",
        named.join(" ")
    );
    let html = match html.find("<meta name=\"passage-messages\"") {
        Some(start) => {
            let end = start + html[start..].find('>').ok_or("broken meta")? + 1;
            format!("{}{meta}{}", &html[..start], &html[end..])
        }
        None => html.replacen("</head>", &format!("{meta}</head>"), 1),
    };
    std::fs::write(&index, html).map_err(|e| format!("{}: {e}", index.display()))?;
    Ok(())
}

/// The ids of `languages.json`, in order.
fn languages(locales: &Path) -> Result<Vec<String>, String> {
    let path = locales.join("languages.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let rows: Vec<Vec<String>> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(rows
        .into_iter()
        .filter_map(|row| row.into_iter().next())
        .collect())
}

fn ftl_files(dir: &PathBuf) -> Result<Vec<(String, String)>, String> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "ftl") {
            let name = path
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            files.push((name, text));
        }
    }
    files.sort();
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::app_meta;

    #[test]
    fn reads_the_app_meta_quoted_or_minified() {
        let trunk =
            r#"<head><meta name="passage-app" data-js="/a-1.js" data-wasm="/a-1_bg.wasm"></head>"#;
        assert_eq!(app_meta(trunk, "data-js").as_deref(), Some("/a-1.js"));
        let minified = "<meta content=light name=color-scheme><meta data-js=/b-2.js data-wasm=/b-2_bg.wasm name=passage-app><script>";
        assert_eq!(
            app_meta(minified, "data-wasm").as_deref(),
            Some("/b-2_bg.wasm")
        );
        assert_eq!(app_meta(minified, "data-js").as_deref(), Some("/b-2.js"));
        assert_eq!(app_meta("<meta name=other data-js=/c.js>", "data-js"), None);
    }
}
