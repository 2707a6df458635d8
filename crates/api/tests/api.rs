//! Black-box tests of `/api/v1`: a real server on a random loopback port, the real database
//! imported from `data/`, a real HTTP client.

mod common;

use std::path::Path;
use std::time::Duration;

use common::{data_dir, temp_dir, today};
use passage_api::rate_limit::Limit;
use passage_core::wire::{
    CaseView, LoanPolicy, Module, OfficeList, OrientationAll, OrientationList, Reintegration,
    ReturneeCase, SessionList, Sponsorship, TravellerCase,
};
use reqwest::{header, Client, Method, StatusCode};
use serde_json::Value;

const TRAVELLER: &str = "2MCDW2-QC5971-91PR1M";
const SPONSOR: &str = "SGZ7E2-N4MGR7-VBNATV";
const RETURNEE: &str = "2F2P1C-R7RJSN-07X1YZ";
const REVOKED: &str = "3BDX4V-RQ40ST-JJQSZP";

/// A server without a built app: only the API.
struct Server {
    base: String,
    _server: common::TestServer,
}

async fn start_with(me_limit: Limit) -> Server {
    let server = common::start(temp_dir(), me_limit).await;
    Server {
        base: format!("{}/api/v1", server.origin),
        _server: server,
    }
}

async fn start() -> Server {
    start_with(Limit::default()).await
}

fn client() -> Client {
    Client::new()
}

async fn get_json<T: serde::de::DeserializeOwned>(url: String) -> T {
    let response = client().get(&url).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{url}");
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "application/json",
        "{url}"
    );
    let cache = response.headers()[header::CACHE_CONTROL]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cache.contains("max-age=") && cache.contains("stale-while-revalidate"),
        "{url}: {cache}"
    );
    assert!(response.headers().contains_key(header::ETAG), "{url}");
    response.json().await.unwrap()
}

#[tokio::test]
async fn orientation_lists_in_english_arabic_and_negotiated_languages() {
    let server = start().await;
    let en: OrientationList = get_json(format!("{}/orientation?lang=en", server.base)).await;
    assert_eq!(en.lang, "en");
    assert!(en.modules.len() >= 6);
    assert!(
        en.modules.windows(2).all(|w| w[0].order < w[1].order),
        "sorted by order"
    );
    assert!(en.modules.iter().all(|m| m.lang == "en"));

    let ar: OrientationList = get_json(format!("{}/orientation?lang=ar", server.base)).await;
    assert_eq!(ar.lang, "ar");
    assert_eq!(ar.modules.len(), en.modules.len());
    assert!(ar.modules.iter().all(|m| m.lang == "ar"));
    assert_ne!(ar.modules[0].title, en.modules[0].title);

    // Regional and related tags negotiate; unknown languages get English.
    let sy: OrientationList = get_json(format!("{}/orientation?lang=ar-SY", server.base)).await;
    assert_eq!(sy.lang, "ar");
    let fa: OrientationList = get_json(format!("{}/orientation?lang=fa-AF", server.base)).await;
    assert_eq!(fa.lang, "prs");
    let de: OrientationList = get_json(format!("{}/orientation?lang=de", server.base)).await;
    assert_eq!(de.lang, "en");
    let none: OrientationList = get_json(format!("{}/orientation", server.base)).await;
    assert_eq!(none.lang, "en");
}

/// A module missing in a language comes in English, saying so: a copy of the data without the
/// Somali "about orientation".
#[tokio::test]
async fn a_module_not_translated_comes_in_english_and_says_so() {
    let dir = temp_dir();
    let data = dir.join("data");
    copy_dir(&data_dir(), &data);
    let _ = std::fs::remove_file(data.join("orientation/about-orientation.so.toml"));
    let server = common::start_with(dir, "127.0.0.1:0", |config| config.data = data).await;
    let base = format!("{}/api/v1", server.origin);
    let so: OrientationList = get_json(format!("{base}/orientation?lang=so")).await;
    assert_eq!(so.lang, "so");
    let about = so
        .modules
        .iter()
        .find(|m| m.slug == "about-orientation")
        .unwrap();
    assert_eq!(about.lang, "en");
    let module: Module = get_json(format!("{base}/orientation/about-orientation?lang=so")).await;
    assert_eq!(module.lang, "en");
    let all: OrientationAll = get_json(format!("{base}/orientation-all?lang=so")).await;
    assert_eq!(all.modules.len(), so.modules.len());
    assert_eq!(all.modules[0].lang, "en");
}

/// Every module of a language in one answer, and what it costs over the wire, said first.
#[tokio::test]
async fn every_module_of_a_language_in_one_answer_with_its_size() {
    let server = start().await;
    let list: OrientationList = get_json(format!("{}/orientation?lang=ar", server.base)).await;
    let all: OrientationAll = get_json(format!("{}/orientation-all?lang=ar", server.base)).await;
    assert_eq!(all.lang, "ar");
    let slugs = |modules: Vec<&str>| modules.join(" ");
    assert_eq!(
        slugs(all.modules.iter().map(|m| m.slug.as_str()).collect()),
        slugs(list.modules.iter().map(|m| m.slug.as_str()).collect())
    );
    assert!(all.modules.iter().all(|m| !m.blocks.is_empty()));
    // The size is the brotli body a phone receives.
    let raw = Client::builder().no_brotli().no_gzip().build().unwrap();
    let response = raw
        .get(format!("{}/orientation-all?lang=ar", server.base))
        .header(header::ACCEPT_ENCODING, "br")
        .send()
        .await
        .unwrap();
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "br");
    let body = response.bytes().await.unwrap();
    assert_eq!(body.len() as u64, list.all_bytes);
}

#[tokio::test]
async fn a_module_comes_as_blocks_with_sources() {
    let server = start().await;
    // (A language without the module gets English: see a_module_not_translated_comes_in_english_and_says_so.)
    for (lang, expected) in [("en", "en"), ("ar", "ar"), ("sw", "sw"), ("ti", "ti")] {
        let module: Module = get_json(format!(
            "{}/orientation/your-travel-loan?lang={lang}",
            server.base
        ))
        .await;
        assert_eq!(module.slug, "your-travel-loan");
        assert_eq!(module.lang, expected);
        assert!(!module.blocks.is_empty());
        assert!(!module.sources.is_empty());
        let text = serde_json::to_string(&module.blocks).unwrap();
        assert!(!text.contains('<'), "no HTML in {lang}");
    }
    let missing = client()
        .get(format!(
            "{}/orientation/no-such-module?lang=en",
            server.base
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn sessions_filter_by_country_format_audience_language_and_date() {
    let server = start().await;
    let all: SessionList = get_json(format!("{}/sessions", server.base)).await;
    assert!(all.demo);
    assert!(all.sessions.len() >= 5);
    assert!(all.sessions.windows(2).all(|w| w[0].start <= w[1].start));

    let kenya: SessionList = get_json(format!("{}/sessions?country=ke", server.base)).await;
    assert!(!kenya.sessions.is_empty() && kenya.sessions.iter().all(|s| s.country == "KE"));

    let video: SessionList = get_json(format!(
        "{}/sessions?format=video&audience=adult",
        server.base
    ))
    .await;
    assert!(!video.sessions.is_empty());
    assert!(video
        .sessions
        .iter()
        .all(|s| s.format == passage_core::wire::SessionFormat::Video));

    let dari: SessionList = get_json(format!("{}/sessions?lang=fa-AF", server.base)).await;
    assert!(!dari.sessions.is_empty());
    assert!(dari
        .sessions
        .iter()
        .all(|s| s.languages.iter().any(|l| l == "prs")));

    let later: SessionList = get_json(format!("{}/sessions?from=2027-02-01", server.base)).await;
    assert!(later.sessions.len() < all.sessions.len());
    assert!(later
        .sessions
        .iter()
        .all(|s| s.start.date_naive() >= "2027-02-01".parse().unwrap()));

    let empty: SessionList = get_json(format!("{}/sessions?country=CA", server.base)).await;
    assert!(empty.sessions.is_empty());
}

#[tokio::test]
async fn offices_policy_and_reintegration_are_sourced_data() {
    let server = start().await;
    let offices: OfficeList = get_json(format!("{}/offices", server.base)).await;
    assert!(offices.demo, "the office list is demonstration data");
    assert!(offices
        .offices
        .iter()
        .all(|o| o.email.ends_with("@example.org")));

    let policy: LoanPolicy = get_json(format!("{}/loan-policy", server.base)).await;
    assert_eq!(policy.currency, "CAD");
    let months: Vec<u32> = policy.brackets.value.iter().map(|b| b.months).collect();
    assert_eq!(months, [36, 48, 60, 72, 96]);
    assert_eq!(
        policy.brackets.value[0].up_to,
        Some(passage_core::money::Cents(120_000))
    );
    assert_eq!(
        policy.family_cap.value,
        passage_core::money::Cents::units(15_000)
    );
    assert_eq!(
        policy.iom_fee_per_person.value,
        passage_core::money::Cents::units(300)
    );
    assert_eq!(policy.interest_basis_points.value, 0);
    assert_eq!(
        policy
            .repayment_start
            .value
            .transportation_months_after_arrival,
        12
    );
    assert!(policy.family_cap.effective.is_some());

    // The sponsor's figures, and the first loan payment from the loan policy itself.
    let sponsorship: Sponsorship = get_json(format!("{}/sponsorship", server.base)).await;
    assert_eq!(sponsorship.arrival_notice_working_days.value, 10);
    assert_eq!(sponsorship.support_months.value, 12);
    assert_eq!(sponsorship.joint_assistance_support_months.value, 24);
    assert_eq!(
        sponsorship.first_loan_payment_months.value,
        policy
            .repayment_start
            .value
            .transportation_months_after_arrival
    );
    assert_eq!(
        sponsorship.first_loan_payment_months.source,
        policy.repayment_start.source
    );
    for source in [
        &sponsorship.arrival_notice_working_days.source,
        &sponsorship.support_months.source,
        &sponsorship.joint_assistance_support_months.source,
        &sponsorship.loan_is_the_newcomers,
    ] {
        assert!(source
            .url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://")));
        assert!(
            source.checked.is_some(),
            "{} was compared with",
            source.title
        );
    }

    let avrr: Reintegration = get_json(format!("{}/reintegration", server.base)).await;
    let deadline = |key: &str| {
        avrr.deadlines
            .iter()
            .find(|d| d.key == key)
            .unwrap()
            .clone()
    };
    assert_eq!(deadline("contact-iom-after-referral").amount, 24);
    assert_eq!(deadline("start-plan-after-arrival").amount, 30);
    assert!(
        !deadline("start-plan-after-arrival").verified,
        "the 30-day figure is unverified"
    );
    assert_eq!(deadline("in-kind-assistance-within").amount, 6);
    assert!(avrr.categories.iter().any(|c| c == "small-business"));
}

#[tokio::test]
async fn a_matching_etag_gets_304_on_api_data() {
    let server = start().await;
    for path in [
        "/orientation?lang=ar",
        "/orientation/the-journey?lang=en",
        "/loan-policy",
        "/sessions?country=KE",
    ] {
        let url = format!("{}{path}", server.base);
        let first = client().get(&url).send().await.unwrap();
        let etag = first.headers()[header::ETAG].clone();
        let again = client()
            .get(&url)
            .header(header::IF_NONE_MATCH, etag.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(again.status(), StatusCode::NOT_MODIFIED, "{path}");
        assert_eq!(again.headers()[header::ETAG], etag, "{path}");
        assert!(again.bytes().await.unwrap().is_empty());
    }
}

async fn me(server: &Server, authorization: Option<&str>) -> reqwest::Response {
    let mut request = client().get(format!("{}/me", server.base));
    if let Some(value) = authorization {
        request = request.header(header::AUTHORIZATION, value);
    }
    request.send().await.unwrap()
}

#[tokio::test]
async fn each_role_sees_only_its_own_view() {
    let server = start().await;

    let response = me(&server, Some(&format!("Bearer {TRAVELLER}"))).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()[header::CACHE_CONTROL], "no-store");
    let CaseView::Traveller(TravellerCase { appointments, .. }) = response.json().await.unwrap()
    else {
        panic!("the traveller code shows a traveller");
    };
    let kinds: Vec<_> = appointments.iter().map(|a| a.kind).collect();
    use passage_core::wire::AppointmentKind::*;
    assert_eq!(
        kinds,
        [SelectionInterview, MedicalExam, Orientation, Flight]
    );

    // A sponsor sees arrival milestones only: nothing medical, no interview.
    let response = me(
        &server,
        Some(&format!(
            "Bearer {}",
            SPONSOR.to_lowercase().replace('-', " ")
        )),
    )
    .await;
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    for word in ["appointments", "medical", "interview", "bring", "place"] {
        assert!(
            !text.contains(word),
            "sponsor view contains {word:?}: {text}"
        );
    }
    let sponsor: CaseView = serde_json::from_str(&text).unwrap();
    assert!(matches!(sponsor, CaseView::Sponsor(_)));

    // The scheme is case-insensitive (RFC 9110).
    let response = me(&server, Some(&format!("bearer {RETURNEE}"))).await;
    let CaseView::Returnee(ReturneeCase { office, plan, .. }) = response.json().await.unwrap()
    else {
        panic!("the returnee code shows a returnee");
    };
    assert_eq!(office.city, "Kabul");
    assert!(!plan.is_empty());
}

#[tokio::test]
async fn missing_malformed_unknown_and_revoked_codes_get_the_same_401() {
    let server = start().await;
    let typo = format!("Bearer {}", TRAVELLER.replacen('M', "N", 1));
    // A well-formed code (right check character) that belongs to no case.
    let unknown = format!("Bearer {}", unknown_code(0));
    let mut bodies = Vec::new();
    for authorization in [
        None,
        Some(""),
        Some("Bearer"),
        Some("Bearer "),
        Some("Basic dXNlcjpwYXNz"),
        Some("bearer 2MCDW2-QC5971-91PR1M-extra"),
        Some(typo.as_str()),
        Some(unknown.as_str()),
        Some(&format!("Bearer {REVOKED}")),
        Some("Bearer ' OR 1=1 --"),
    ] {
        let response = me(&server, authorization).await;
        assert_eq!(
            response.status(),
            StatusCode::UNAUTHORIZED,
            "{authorization:?}"
        );
        assert_eq!(response.headers()[header::WWW_AUTHENTICATE], "Bearer");
        bodies.push(response.text().await.unwrap());
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "every failure reads the same"
    );
    assert!(!bodies[0].contains(TRAVELLER) && !bodies[0].contains(REVOKED));
}

#[tokio::test]
async fn the_rate_limit_trips_and_recovers() {
    let window = Duration::from_secs(2);
    let server = start_with(Limit {
        attempts: 3,
        window,
    })
    .await;
    for _ in 0..3 {
        assert_eq!(
            me(&server, Some(&format!("Bearer {}", unknown_code(0))))
                .await
                .status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let blocked = me(&server, Some(&format!("Bearer {TRAVELLER}"))).await;
    assert_eq!(blocked.status(), StatusCode::TOO_MANY_REQUESTS);
    let retry: u64 = blocked.headers()[header::RETRY_AFTER]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&retry), "Retry-After {retry}");
    assert_eq!(
        blocked.headers()[header::CONTENT_TYPE],
        "application/problem+json"
    );
    // Public data is not limited.
    let public = client()
        .get(format!("{}/offices", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(public.status(), StatusCode::OK);

    tokio::time::sleep(window + Duration::from_millis(200)).await;
    let recovered = me(&server, Some(&format!("Bearer {TRAVELLER}"))).await;
    assert_eq!(recovered.status(), StatusCode::OK);
}

/// A well-formed code (its check character is right) that belongs to no case.
fn unknown_code(n: u128) -> passage_core::access_code::AccessCode {
    (n << 40..)
        .find_map(passage_core::access_code::AccessCode::from_bits)
        .unwrap()
}

#[tokio::test]
async fn typos_caught_by_the_check_character_spend_no_budget() {
    let server = start_with(Limit {
        attempts: 2,
        window: Duration::from_secs(60),
    })
    .await;
    let typo = format!("Bearer {}", TRAVELLER.replacen('M', "N", 1));
    for _ in 0..20 {
        assert_eq!(
            me(&server, Some(&typo)).await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let right = me(&server, Some(&format!("Bearer {TRAVELLER}"))).await;
    assert_eq!(right.status(), StatusCode::OK);
}

#[tokio::test]
async fn fifty_parallel_wrong_codes_never_get_more_than_the_limit_through() {
    let limit = 10;
    let server = start_with(Limit {
        attempts: limit,
        window: Duration::from_secs(60),
    })
    .await;
    let attempts = (0..50).map(|n| {
        let url = format!("{}/me", server.base);
        tokio::spawn(async move {
            client()
                .get(url)
                .header(header::AUTHORIZATION, format!("Bearer {}", unknown_code(n)))
                .send()
                .await
                .unwrap()
                .status()
        })
    });
    let mut looked_up = 0;
    let mut refused = 0;
    for attempt in attempts.collect::<Vec<_>>() {
        match attempt.await.unwrap() {
            StatusCode::UNAUTHORIZED => looked_up += 1,
            StatusCode::TOO_MANY_REQUESTS => refused += 1,
            other => panic!("unexpected {other}"),
        }
    }
    assert!(looked_up <= limit, "{looked_up} codes were looked up");
    assert_eq!(looked_up + refused, 50);
}

/// A client bound to a loopback address of its own, so one test can be several clients.
fn client_from(local: &str) -> Client {
    Client::builder()
        .local_address(local.parse::<std::net::IpAddr>().unwrap())
        .build()
        .unwrap()
}

#[tokio::test]
async fn ipv4_clients_of_a_dual_stack_socket_each_have_their_own_budget() {
    // On [::], IPv4 peers arrive as ::ffff:a.b.c.d: they must not all share the budget of `::`.
    let server = common::start_with(temp_dir(), "[::]:0", |config| {
        config.me_limit = Limit {
            attempts: 2,
            window: Duration::from_secs(60),
        }
    })
    .await;
    let url = format!("{}/api/v1/me", server.origin);
    let ask = |local: &'static str, code: String| {
        let url = url.clone();
        async move {
            client_from(local)
                .get(url)
                .header(header::AUTHORIZATION, format!("Bearer {code}"))
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    for n in 0..2 {
        assert_eq!(
            ask("127.0.0.2", unknown_code(n).to_string()).await,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        ask("127.0.0.2", TRAVELLER.into()).await,
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(ask("127.0.0.3", TRAVELLER.into()).await, StatusCode::OK);
}

#[tokio::test]
async fn only_a_trusted_proxy_names_the_client() {
    let server = common::start_with(temp_dir(), "127.0.0.1:0", |config| {
        config.me_limit = Limit {
            attempts: 2,
            window: Duration::from_secs(60),
        };
        config.trusted_proxies = passage_api::rate_limit::parse_trusted("127.0.0.4").unwrap();
    })
    .await;
    let url = format!("{}/api/v1/me", server.origin);
    let ask = |local: &'static str, forwarded_for: &'static str, code: String| {
        let url = url.clone();
        async move {
            client_from(local)
                .get(url)
                .header(header::AUTHORIZATION, format!("Bearer {code}"))
                .header("x-forwarded-for", forwarded_for)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    // Through the trusted proxy, two families are two budgets.
    for n in 0..2 {
        let status = ask("127.0.0.4", "203.0.113.7", unknown_code(n).to_string()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let first = ask("127.0.0.4", "203.0.113.7", TRAVELLER.into()).await;
    assert_eq!(first, StatusCode::TOO_MANY_REQUESTS);
    let second = ask("127.0.0.4", "203.0.113.8", TRAVELLER.into()).await;
    assert_eq!(second, StatusCode::OK);
    // From anyone else the header is ignored: changing it does not buy a new budget.
    for n in 0..2 {
        let status = ask("127.0.0.5", "198.51.100.1", unknown_code(n).to_string()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
    }
    let forged = ask("127.0.0.5", "198.51.100.2", TRAVELLER.into()).await;
    assert_eq!(forged, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn bad_requests_get_clear_4xx_and_never_5xx() {
    let server = start().await;
    let base = &server.base;
    let long = "a".repeat(3000);
    let cases: Vec<(Method, String, StatusCode)> = vec![
        (
            Method::POST,
            "/orientation".into(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (
            Method::PUT,
            "/sessions".into(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (Method::DELETE, "/me".into(), StatusCode::METHOD_NOT_ALLOWED),
        (
            Method::PATCH,
            "/loan-policy".into(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (
            Method::POST,
            "/offices".into(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (
            Method::OPTIONS,
            "/reintegration".into(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (
            Method::POST,
            "/health".into(),
            StatusCode::METHOD_NOT_ALLOWED,
        ),
        (Method::GET, "/nope".into(), StatusCode::NOT_FOUND),
        (Method::GET, "/orientation/".into(), StatusCode::NOT_FOUND),
        (
            Method::GET,
            "/orientation/a/b".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/orientation/..%2F..%2Fetc%2Fpasswd".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/orientation/%2e%2e".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/orientation/%00".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/orientation/the-journey%20OR%201=1".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/orientation/%F0%9F%92%A9".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/orientation/%E2%80%AEevil".into(),
            StatusCode::NOT_FOUND,
        ),
        (
            Method::GET,
            "/orientation/%FF%FE".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=e".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=english".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=ar_SY".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=%D8%B9%D8%B1%D8%A8%D9%8A".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=en'%20OR%20'1'='1".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=en&lang=ar".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?langs=en".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation?lang=en&debug=1".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/orientation/the-journey?lang=%00".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?country=KEN".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?country=K1".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?format=online".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?audience=children".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?from=2027-13-01".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?from=2027-02-30".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?from=tomorrow".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?from=2027-1-5".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?from=99999-01-01".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?lang=<script>".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/sessions?country=KE;DROP%20TABLE%20cases".into(),
            StatusCode::BAD_REQUEST,
        ),
        (Method::GET, "/offices?x=1".into(), StatusCode::BAD_REQUEST),
        (
            Method::GET,
            "/loan-policy?amount=100".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/reintegration?%ZZ=1".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/health?verbose".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            "/me?code=2MCDW2-QC5971-91PR1M".into(),
            StatusCode::BAD_REQUEST,
        ),
        (
            Method::GET,
            format!("/orientation/{long}"),
            StatusCode::URI_TOO_LONG,
        ),
        (
            Method::GET,
            format!("/sessions?country={long}"),
            StatusCode::URI_TOO_LONG,
        ),
    ];
    for (method, path, expected) in &cases {
        let response = client()
            .request(method.clone(), format!("{base}{path}"))
            .send()
            .await
            .unwrap();
        let status = response.status();
        assert_eq!(status, *expected, "{method} {path}");
        assert_eq!(
            response.headers()[header::CONTENT_TYPE],
            "application/problem+json",
            "{method} {path}"
        );
        let problem: Value = response.json().await.unwrap();
        assert_eq!(problem["status"], status.as_u16(), "{method} {path}");
    }

    // Oversized headers and near-miss codes in odd encodings.
    let response = client()
        .get(format!("{base}/me"))
        .header(
            header::AUTHORIZATION,
            format!("Bearer {}", "A".repeat(9000)),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        response.status(),
        StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE
    );
    let response = client()
        .get(format!("{base}/me"))
        .header(
            header::AUTHORIZATION,
            "Bearer ２ＭＣＤＷ２-ＱＣ５９７１-９１ＰＲ１Ｍ",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn every_route_is_described_and_every_description_answers() {
    let server = start().await;
    let openapi: Value = get_json(format!("{}/openapi.json", server.base)).await;
    assert_eq!(openapi["openapi"], "3.1.0");
    let described: Vec<String> = openapi["paths"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let mut routes: Vec<String> = passage_api::api_paths()
        .iter()
        .map(|p| p.to_string())
        .collect();
    let mut sorted = described.clone();
    sorted.sort();
    routes.sort();
    assert_eq!(sorted, routes, "OpenAPI paths and router paths");
    for path in described {
        let url = format!("{}{}", server.base, path.replace("{slug}", "the-journey"));
        let response = client()
            .get(&url)
            .header(header::AUTHORIZATION, format!("Bearer {TRAVELLER}"))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
    }
}

/// A validator for one schema of the OpenAPI document (a JSON Schema 2020-12 dialect), with
/// the document's components beside it so that its `$ref`s resolve. Objects in the document
/// allow no properties it does not name, so a wire type that grows, loses or renames a field
/// fails here until the description follows.
fn schema_validator(openapi: &Value, schema: &Value) -> jsonschema::Validator {
    let root = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "components": openapi["components"],
        "allOf": [schema],
    });
    jsonschema::options()
        .should_validate_formats(true)
        .build(&root)
        .unwrap_or_else(|err| panic!("the schema does not compile: {err}"))
}

#[tokio::test]
async fn real_answers_match_the_description() {
    let server = start().await;
    let openapi: Value = get_json(format!("{}/openapi.json", server.base)).await;
    let ok_schema = |path: &str| {
        openapi["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]
            .clone()
    };
    let list: OrientationList = get_json(format!("{}/orientation", server.base)).await;
    let mut answers: Vec<(&str, String, Option<&str>)> = vec![
        ("/health", "/health".into(), None),
        ("/sessions", "/sessions".into(), None),
        (
            "/sessions",
            "/sessions?country=KE&format=video".into(),
            None,
        ),
        ("/offices", "/offices".into(), None),
        ("/loan-policy", "/loan-policy".into(), None),
        ("/reintegration", "/reintegration".into(), None),
        ("/sponsorship", "/sponsorship".into(), None),
        ("/me", "/me".into(), Some(TRAVELLER)),
        ("/me", "/me".into(), Some(SPONSOR)),
        ("/me", "/me".into(), Some(RETURNEE)),
    ];
    for lang in passage_core::lang::LAUNCH_LANGUAGES {
        answers.push(("/orientation", format!("/orientation?lang={lang}"), None));
        answers.push((
            "/orientation-all",
            format!("/orientation-all?lang={lang}"),
            None,
        ));
        for module in &list.modules {
            let url = format!("/orientation/{}?lang={lang}", module.slug);
            answers.push(("/orientation/{slug}", url, None));
        }
    }
    for (path, url, code) in answers {
        let validator = schema_validator(&openapi, &ok_schema(path));
        let mut request = client().get(format!("{}{url}", server.base));
        if let Some(code) = code {
            request = request.header(header::AUTHORIZATION, format!("Bearer {code}"));
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{url}");
        let body: Value = response.json().await.unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&body)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(
            errors.is_empty(),
            "{url} does not match {path}: {errors:#?}"
        );
    }

    // Errors are problem details as described.
    let problem = schema_validator(
        &openapi,
        &serde_json::json!({ "$ref": "#/components/schemas/Problem" }),
    );
    for (url, status) in [
        ("/sessions?format=hologram", StatusCode::BAD_REQUEST),
        ("/orientation/no-such-module", StatusCode::NOT_FOUND),
        ("/me", StatusCode::UNAUTHORIZED),
    ] {
        let response = client()
            .get(format!("{}{url}", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{url}");
        let body: Value = response.json().await.unwrap();
        assert!(problem.is_valid(&body), "{url}: {body}");
    }
}

#[test]
fn import_refuses_bad_data_naming_file_and_field_and_keeps_the_old_database() {
    let dir = temp_dir();
    let data = dir.join("data");
    copy_dir(&data_dir(), &data);
    let db = dir.join("passage.db");
    passage_api::import(&data, &db, today()).unwrap();
    let before = std::fs::read(&db).unwrap();

    let refuses = |file: &str, from: &str, to: &str, names: &[&str]| {
        let path = data.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        let err = passage_api::import(&data, &db, today())
            .unwrap_err()
            .to_string();
        for name in names {
            assert!(err.contains(name), "{file}: {err:?} does not name {name:?}");
        }
        assert_eq!(
            std::fs::read(&db).unwrap(),
            before,
            "the old database is untouched"
        );
        std::fs::write(&path, text).unwrap();
    };
    refuses(
        "sessions.toml",
        "format = \"video\"",
        "format = \"hologram\"",
        &["sessions.toml", "format"],
    );
    refuses(
        "orientation/the-journey.ar.toml",
        "type = \"paragraph\"",
        "type = \"video\"",
        &["the-journey.ar.toml", "blocks["],
    );
    refuses(
        "loan-policy.toml",
        "months = 48",
        "months = 0",
        &["loan-policy.toml", "months"],
    );

    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
