//! The app's addresses, without the browser: which page a path shows, the language that leads
//! it (`/ar/loan`), and reading a query string. Plain Rust, tested natively.

/// The app's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Home,
    Loan,
    Appointments,
    Sessions,
    /// A sponsor's arrival timeline.
    Sponsor,
    /// A returnee's reintegration plan.
    Return,
    /// The orientation topics.
    Orientation,
    /// One orientation topic, `/orientation/<slug>`.
    Topic,
    /// What the service worker shows for an address it never saved, while offline.
    Offline,
    NotFound,
}

/// The app comes in parts, each its own wasm, so that a visit downloads only the part its page
/// needs (every part holds the frame around the pages, and its own pages). Moving to a page of
/// another part is a page load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// Home, the offline and not-found pages: the part most first visits download, kept to
    /// the frame around the pages.
    Main,
    /// The loan estimate.
    Loan,
    /// A traveller's appointments, opened with an access code.
    Case,
    /// A sponsor's timeline: the planner, and the case opened with a sponsor's code.
    Sponsor,
    /// A returnee's reintegration plan: the kinds of help, and the case opened with a code.
    Return,
    /// The orientation topics: the list and its search.
    Topics,
    /// One orientation topic, to read (or hear).
    Topic,
    /// Orientation sessions.
    Guide,
}

impl Bundle {
    pub const ALL: [Bundle; 8] = [
        Bundle::Main,
        Bundle::Loan,
        Bundle::Case,
        Bundle::Sponsor,
        Bundle::Return,
        Bundle::Topics,
        Bundle::Topic,
        Bundle::Guide,
    ];

    /// Its name, as its binary is named (`passage-<name>`; the main one is `passage`).
    pub fn name(self) -> &'static str {
        match self {
            Bundle::Main => "main",
            Bundle::Loan => "loan",
            Bundle::Case => "case",
            Bundle::Sponsor => "sponsor",
            Bundle::Return => "return",
            Bundle::Topics => "topics",
            Bundle::Topic => "topic",
            Bundle::Guide => "guide",
        }
    }
}

thread_local! {
    static RUNNING: std::cell::Cell<Bundle> = const { std::cell::Cell::new(Bundle::Main) };
}

/// Notes which part of the app is running (once, as it starts).
pub fn set_running(bundle: Bundle) {
    RUNNING.with(|running| running.set(bundle));
}

/// The part of the app running.
pub fn running() -> Bundle {
    RUNNING.with(std::cell::Cell::get)
}

/// The message files (`locales/<lang>/<name>.ftl`) every part needs: the frame around the
/// pages, dates, country names and the not-found page.
const COMMON_MESSAGES: &[&str] = &["shell", "dates", "countries"];

impl Bundle {
    /// The message files this part's pages use, besides the common ones: each part downloads
    /// a catalog of just these (the build checks that every message a part uses is in them).
    pub fn message_files(self) -> Vec<&'static str> {
        let own: &[&str] = match self {
            Bundle::Main => &["home"],
            Bundle::Loan => &["loan"],
            Bundle::Case => &["case", "appointments", "calendar"],
            Bundle::Sponsor => &["case", "sponsor", "sources"],
            Bundle::Return => &["case", "return", "sources"],
            Bundle::Topics => &["orientation", "case"],
            Bundle::Topic => &["orientation", "sources"],
            Bundle::Guide => &["sessions", "calendar"],
        };
        COMMON_MESSAGES.iter().chain(own).copied().collect()
    }
}

/// The one route table: each page's path and the part of the app that draws it.
const ROUTES: &[(&str, Page, Bundle)] = &[
    ("", Page::Home, Bundle::Main),
    ("/index.html", Page::Home, Bundle::Main),
    ("/loan", Page::Loan, Bundle::Loan),
    ("/offline", Page::Offline, Bundle::Main),
    ("/appointments", Page::Appointments, Bundle::Case),
    ("/sessions", Page::Sessions, Bundle::Guide),
    ("/orientation", Page::Orientation, Bundle::Topics),
    ("/sponsor", Page::Sponsor, Bundle::Sponsor),
    ("/return", Page::Return, Bundle::Return),
];

impl Page {
    pub fn from_path(path: &str) -> Page {
        let path = path.trim_end_matches('/');
        if topic_slug(path).is_some() {
            return Page::Topic;
        }
        ROUTES
            .iter()
            .find(|(route, ..)| *route == path)
            .map_or(Page::NotFound, |(_, page, _)| *page)
    }

    /// The part of the app that draws this page (an unknown address: the main one).
    pub fn bundle(self) -> Bundle {
        if self == Page::Topic {
            return Bundle::Topic;
        }
        ROUTES
            .iter()
            .find(|(_, page, _)| *page == self)
            .map_or(Bundle::Main, |(.., bundle)| *bundle)
    }
}

/// The topic a path names: `/orientation/housing` is `housing` (a slug: a-z, 0-9, dashes).
pub fn topic_slug(path: &str) -> Option<&str> {
    let slug = path.trim_end_matches('/').strip_prefix("/orientation/")?;
    let valid = !slug.is_empty()
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    valid.then_some(slug)
}

/// The paths each part other than the main one draws (the main one draws the rest), for the
/// page that loads the app (`passage-site bundles`): exact paths, or `/a/*` for every path
/// below `/a/`.
pub fn bundle_paths(bundle: Bundle) -> Vec<&'static str> {
    let mut paths: Vec<&'static str> = ROUTES
        .iter()
        .filter(|(path, _, b)| *b == bundle && !path.is_empty())
        .map(|(path, ..)| *path)
        .collect();
    // A path ending in `/*` covers every path below it: the topics' own pages.
    if bundle == Bundle::Topic {
        paths.push("/orientation/*");
    }
    paths
}

/// Splits a path into the language that leads it, if it is one of `languages`, and the rest:
/// `/ar/loan` is `(Some("ar"), "/loan")`, `/ar` is `(Some("ar"), "/")`, `/loan` is
/// `(None, "/loan")`.
pub fn split_language<'p>(path: &'p str, languages: &[&str]) -> (Option<&'p str>, &'p str) {
    let trimmed = path.strip_prefix('/').unwrap_or(path);
    let (first, rest) = match trimmed.find('/') {
        Some(i) => (&trimmed[..i], &trimmed[i..]),
        None => (trimmed, "/"),
    };
    if languages.contains(&first) {
        (Some(first), rest)
    } else {
        (None, path)
    }
}

/// The address of a page (`/loan`, `/`) in a language: `/ar/loan`, `/ar/`.
pub fn localized(lang: &str, path: &str) -> String {
    if path == "/" || path.is_empty() {
        format!("/{lang}/")
    } else {
        format!("/{lang}{path}")
    }
}

/// The value of `name` in a query string (`?a=1&b=x%20y`, with or without its `?`), decoded as
/// a form does (`+` is a space). The first one wins; `None` when absent.
pub fn query_param(search: &str, name: &str) -> Option<String> {
    search
        .trim_start_matches('?')
        .split('&')
        .filter_map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key)? == name).then(|| decode(value))?
        })
        .next()
}

/// Percent-decodes a query component; `None` when the bytes are not UTF-8.
fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let escaped = bytes
                    .get(i + 1..i + 3)
                    .and_then(|hex| std::str::from_utf8(hex).ok())
                    .and_then(|hex| u8::from_str_radix(hex, 16).ok());
                match escaped {
                    Some(byte) => {
                        out.push(byte);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            byte => out.push(byte),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_pages() {
        assert_eq!(Page::from_path("/"), Page::Home);
        assert_eq!(Page::from_path(""), Page::Home);
        assert_eq!(Page::from_path("/index.html"), Page::Home);
        assert_eq!(Page::from_path("/loan"), Page::Loan);
        assert_eq!(Page::from_path("/loan/"), Page::Loan);
        assert_eq!(Page::from_path("/loans"), Page::NotFound);
        assert_eq!(Page::from_path("/loan/x"), Page::NotFound);
        assert_eq!(Page::from_path("/offline"), Page::Offline);
        assert_eq!(Page::from_path("/appointments"), Page::Appointments);
        assert_eq!(Page::from_path("/sessions/"), Page::Sessions);
        assert_eq!(Page::from_path("/LOAN"), Page::NotFound);
        assert_eq!(Page::from_path("/orientation"), Page::Orientation);
        assert_eq!(Page::from_path("/orientation/housing"), Page::Topic);
        assert_eq!(Page::from_path("/orientation/housing/"), Page::Topic);
        assert_eq!(Page::from_path("/orientation/Housing"), Page::NotFound);
        assert_eq!(Page::from_path("/orientation/a/b"), Page::NotFound);
        assert_eq!(topic_slug("/orientation/travel-day"), Some("travel-day"));
        assert_eq!(topic_slug("/orientation/"), None);
    }

    #[test]
    fn every_page_has_its_part_of_the_app() {
        assert_eq!(Page::Loan.bundle(), Bundle::Loan);
        assert_eq!(Page::Home.bundle(), Bundle::Main);
        assert_eq!(Page::NotFound.bundle(), Bundle::Main);
        assert_eq!(Page::Appointments.bundle(), Bundle::Case);
        assert_eq!(Page::Sessions.bundle(), Bundle::Guide);
        assert_eq!(Page::from_path("/sponsor").bundle(), Bundle::Sponsor);
        assert_eq!(Page::from_path("/return").bundle(), Bundle::Return);
        assert_eq!(Page::Topic.bundle(), Bundle::Topic);
        assert_eq!(Page::Orientation.bundle(), Bundle::Topics);
        assert!(bundle_paths(Bundle::Case).contains(&"/appointments"));
        for bundle in Bundle::ALL {
            for path in bundle_paths(bundle) {
                let example = path.replace('*', "housing");
                assert_eq!(Page::from_path(&example).bundle(), bundle, "{path}");
            }
        }
    }

    #[test]
    fn a_leading_language_is_split_off() {
        let languages = ["en", "ar", "prs"];
        assert_eq!(
            split_language("/ar/loan", &languages),
            (Some("ar"), "/loan")
        );
        assert_eq!(split_language("/ar/", &languages), (Some("ar"), "/"));
        assert_eq!(split_language("/ar", &languages), (Some("ar"), "/"));
        assert_eq!(
            split_language("/prs/a/b", &languages),
            (Some("prs"), "/a/b")
        );
        assert_eq!(split_language("/loan", &languages), (None, "/loan"));
        assert_eq!(split_language("/", &languages), (None, "/"));
        assert_eq!(split_language("/arx/loan", &languages), (None, "/arx/loan"));
        assert_eq!(localized("ar", "/loan"), "/ar/loan");
        assert_eq!(localized("ti", "/"), "/ti/");
        for path in ["/", "/loan"] {
            let address = localized("prs", path);
            assert_eq!(split_language(&address, &languages), (Some("prs"), path));
        }
    }

    #[test]
    fn query_values_are_found_and_decoded() {
        let search = "?mode=known&amount=4800.00&x=a%20b+c&empty=&flag&amount=1";
        assert_eq!(query_param(search, "mode").as_deref(), Some("known"));
        assert_eq!(query_param(search, "amount").as_deref(), Some("4800.00"));
        assert_eq!(query_param(search, "x").as_deref(), Some("a b c"));
        assert_eq!(query_param(search, "empty").as_deref(), Some(""));
        assert_eq!(query_param(search, "flag").as_deref(), Some(""));
        assert_eq!(query_param(search, "missing"), None);
        assert_eq!(query_param("", "mode"), None);
        assert_eq!(query_param("lang=ar", "lang").as_deref(), Some("ar"));
        assert_eq!(query_param("?q=%D8%B9", "q").as_deref(), Some("ع"));
        // Broken escapes are kept as typed; bytes that are not UTF-8 are no value.
        assert_eq!(query_param("?q=100%", "q").as_deref(), Some("100%"));
        assert_eq!(query_param("?q=%zz", "q").as_deref(), Some("%zz"));
        assert_eq!(query_param("?q=%ff", "q"), None);
    }
}
