//! Limiting access-code attempts per client, with `governor`: who the client is (behind a
//! trusted proxy, the address it reports; v4-mapped IPv6 as IPv4; IPv6 per /64), and a GCRA
//! budget per client whose check and count are one atomic step.

use std::net::{IpAddr, Ipv6Addr};
use std::num::NonZeroU32;
use std::str::FromStr;
use std::time::Duration;

use axum::http::HeaderMap;
use governor::clock::{Clock, DefaultClock};
use governor::state::keyed::DefaultKeyedStateStore;
use governor::{Quota, RateLimiter};

/// How many attempts a client may make in a window before it must wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub attempts: u32,
    pub window: Duration,
}

impl Default for Limit {
    /// Ten attempts a minute: far more than a family needs, far too few to guess a code.
    fn default() -> Self {
        Limit {
            attempts: 10,
            window: Duration::from_secs(60),
        }
    }
}

/// Clients tracked at most; past it, stale entries are dropped, and if the table is still full
/// (a flood from very many addresses) new clients share one budget, so memory stays bounded.
const MAX_CLIENTS: usize = 100_000;
/// Where clients go while the table is full.
const OVERFLOW: IpAddr = IpAddr::V6(Ipv6Addr::UNSPECIFIED);

/// The per-client budget of access-code attempts.
pub struct AttemptLimiter {
    limiter: RateLimiter<IpAddr, DefaultKeyedStateStore<IpAddr>, DefaultClock>,
    clock: DefaultClock,
}

impl std::fmt::Debug for AttemptLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptLimiter")
            .field("clients", &self.limiter.len())
            .finish()
    }
}

impl AttemptLimiter {
    pub fn new(limit: Limit) -> Self {
        let attempts = NonZeroU32::new(limit.attempts.max(1)).unwrap_or(NonZeroU32::MIN);
        let period = (limit.window / attempts.get()).max(Duration::from_nanos(1));
        let quota = Quota::with_period(period)
            .unwrap_or_else(|| Quota::per_second(NonZeroU32::MIN))
            .allow_burst(attempts);
        let clock = DefaultClock::default();
        AttemptLimiter {
            limiter: RateLimiter::dashmap_with_clock(quota, clock.clone()),
            clock,
        }
    }

    /// Spends one attempt of `client`'s budget: `Err(seconds to wait)` when none is left.
    /// Checking and counting are one atomic step, so parallel attempts cannot overdraw it.
    pub fn attempt(&self, client: IpAddr) -> Result<(), u64> {
        let mut key = client;
        if self.limiter.len() >= MAX_CLIENTS {
            self.limiter.retain_recent();
            if self.limiter.len() >= MAX_CLIENTS {
                key = OVERFLOW;
            }
        }
        self.limiter.check_key(&key).map_err(|not_until| {
            let wait = not_until.wait_time_from(self.clock.now());
            (wait.as_secs() + u64::from(wait.subsec_nanos() > 0)).max(1)
        })
    }

    /// Drops clients whose budget is full again (run now and then, off the request path).
    pub fn forget_idle(&self) {
        self.limiter.retain_recent();
        self.limiter.shrink_to_fit();
    }

    /// How many clients are tracked.
    pub fn clients(&self) -> usize {
        self.limiter.len()
    }
}

/// An address block such as `10.0.0.0/8` or `2001:db8::/32`, or one address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    network: IpAddr,
    prefix: u8,
}

impl Cidr {
    pub fn contains(&self, addr: IpAddr) -> bool {
        match (self.network, canonical(addr)) {
            (IpAddr::V4(net), IpAddr::V4(addr)) => {
                let mask = u32::MAX
                    .checked_shl(32 - u32::from(self.prefix))
                    .unwrap_or(0);
                u32::from(net) & mask == u32::from(addr) & mask
            }
            (IpAddr::V6(net), IpAddr::V6(addr)) => {
                let mask = u128::MAX
                    .checked_shl(128 - u32::from(self.prefix))
                    .unwrap_or(0);
                u128::from(net) & mask == u128::from(addr) & mask
            }
            _ => false,
        }
    }
}

impl FromStr for Cidr {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let text = text.trim();
        let (addr, prefix) = match text.split_once('/') {
            Some((addr, prefix)) => (addr, Some(prefix)),
            None => (text, None),
        };
        let network = canonical(
            addr.parse::<IpAddr>()
                .map_err(|_| format!("{text:?} is not an address or address block"))?,
        );
        let max = if network.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(p) => p
                .parse::<u8>()
                .ok()
                .filter(|p| *p <= max)
                .ok_or_else(|| format!("{text:?}: the prefix must be 0 to {max}"))?,
            None => max,
        };
        Ok(Cidr { network, prefix })
    }
}

/// Reads a comma-separated list of addresses and blocks (`PASSAGE_TRUSTED_PROXIES`).
pub fn parse_trusted(list: &str) -> Result<Vec<Cidr>, String> {
    list.split(',')
        .filter(|item| !item.trim().is_empty())
        .map(str::parse)
        .collect()
}

/// An address as one client: IPv4-mapped IPv6 (`::ffff:192.0.2.7`, what a dual-stack socket
/// reports for IPv4 peers) as the IPv4 address.
pub fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        v4 => v4,
    }
}

/// The key a client's budget is kept under: its address, or for IPv6 its /64, the block one
/// subscriber usually holds.
pub fn budget_key(client: IpAddr) -> IpAddr {
    match canonical(client) {
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::V6(segments.into())
        }
        v4 => v4,
    }
}

/// Who the client is. The peer itself, unless it is a trusted proxy: then the address it
/// reports in `Forwarded` (or, without it, `X-Forwarded-For`), walking back through further
/// trusted proxies. Headers from anyone else are ignored: a client cannot choose its budget.
pub fn client_address(peer: IpAddr, headers: &HeaderMap, trusted: &[Cidr]) -> IpAddr {
    let is_trusted = |addr: IpAddr| trusted.iter().any(|cidr| cidr.contains(addr));
    let mut current = canonical(peer);
    if !is_trusted(current) {
        return current;
    }
    let chain = forwarded_chain(headers);
    for hop in chain.iter().rev() {
        match hop {
            Some(addr) => current = canonical(*addr),
            // An obfuscated or unknown hop: the last address a trusted proxy vouched for.
            None => return current,
        }
        if !is_trusted(current) {
            return current;
        }
    }
    current
}

/// The client addresses the proxies reported, the original client first. `None` marks a hop
/// given as `unknown` or an obfuscated name.
fn forwarded_chain(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let forwarded: Vec<&str> = headers
        .get_all("forwarded")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .collect();
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .flat_map(|value| value.split(','))
            .map(|element| {
                element.split(';').find_map(|pair| {
                    let (name, value) = pair.split_once('=')?;
                    name.trim()
                        .eq_ignore_ascii_case("for")
                        .then(|| node_address(value.trim().trim_matches('"')))
                })?
            })
            .collect();
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(|item| node_address(item.trim()))
        .collect()
}

/// An address from a `Forwarded` node or an `X-Forwarded-For` item: `192.0.2.7`,
/// `192.0.2.7:4711`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn node_address(node: &str) -> Option<IpAddr> {
    if let Ok(addr) = node.parse::<IpAddr>() {
        return Some(addr);
    }
    if let Ok(socket) = node.parse::<std::net::SocketAddr>() {
        return Some(socket.ip());
    }
    node.strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .and_then(|(addr, _)| addr.parse().ok())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, HeaderValue::from_str(value).unwrap());
        }
        map
    }

    #[test]
    fn the_budget_runs_out_and_says_how_long_to_wait() {
        let limiter = AttemptLimiter::new(Limit {
            attempts: 3,
            window: Duration::from_secs(60),
        });
        for _ in 0..3 {
            assert_eq!(limiter.attempt(ip("192.0.2.7")), Ok(()));
        }
        let wait = limiter.attempt(ip("192.0.2.7")).unwrap_err();
        assert!((1..=20).contains(&wait), "wait {wait}");
        assert_eq!(limiter.attempt(ip("192.0.2.8")), Ok(()));
    }

    #[test]
    fn v4_mapped_addresses_are_their_ipv4_client() {
        assert_eq!(canonical(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(budget_key(ip("::ffff:192.0.2.7")), ip("192.0.2.7"));
        assert_eq!(canonical(ip("2001:db8::1")), ip("2001:db8::1"));
        // Two IPv4 clients on a dual-stack socket are two budgets, not one `::` budget.
        assert_ne!(
            budget_key(ip("::ffff:192.0.2.7")),
            budget_key(ip("::ffff:198.51.100.9"))
        );
    }

    #[test]
    fn ipv6_clients_share_their_slash_64() {
        assert_eq!(
            budget_key(ip("2001:db8:1:2::1")),
            budget_key(ip("2001:db8:1:2:ffff::9"))
        );
        assert_ne!(
            budget_key(ip("2001:db8:1:2::1")),
            budget_key(ip("2001:db8:1:3::1"))
        );
    }

    #[test]
    fn address_blocks_parse_and_match() {
        let trusted = parse_trusted("10.0.0.0/8, 192.0.2.1 ,2001:db8::/32,").unwrap();
        assert_eq!(trusted.len(), 3);
        assert!(trusted[0].contains(ip("10.200.3.4")));
        assert!(trusted[0].contains(ip("::ffff:10.1.1.1")));
        assert!(!trusted[0].contains(ip("11.0.0.1")));
        assert!(trusted[1].contains(ip("192.0.2.1")));
        assert!(!trusted[1].contains(ip("192.0.2.2")));
        assert!(trusted[2].contains(ip("2001:db8:ffff::1")));
        assert!(!trusted[2].contains(ip("2001:db9::1")));
        assert!("0.0.0.0/0".parse::<Cidr>().unwrap().contains(ip("8.8.8.8")));
        for bad in ["10.0.0.0/33", "nonsense", "10.0.0.0/x", "::/129"] {
            assert!(parse_trusted(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn only_a_trusted_proxy_is_believed() {
        let trusted = parse_trusted("10.0.0.1").unwrap();
        let claim = headers(&[("x-forwarded-for", "203.0.113.5")]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &claim, &trusted),
            ip("203.0.113.5")
        );
        // Anyone else's header is ignored.
        assert_eq!(
            client_address(ip("198.51.100.2"), &claim, &trusted),
            ip("198.51.100.2")
        );
        assert_eq!(client_address(ip("10.0.0.1"), &claim, &[]), ip("10.0.0.1"));
    }

    #[test]
    fn the_chain_is_walked_back_only_through_trusted_proxies() {
        let trusted = parse_trusted("10.0.0.0/8").unwrap();
        // A client that forges an earlier hop: the first untrusted address from the right wins.
        let chain = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.5, 10.0.0.9")]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &chain, &trusted),
            ip("203.0.113.5")
        );
        let forwarded = headers(&[(
            "forwarded",
            "for=198.51.100.1, for=\"[2001:db8:cafe::17]:4711\";proto=https, for=10.0.0.7",
        )]);
        assert_eq!(
            client_address(ip("::ffff:10.0.0.1"), &forwarded, &trusted),
            ip("2001:db8:cafe::17")
        );
        // Forwarded wins over X-Forwarded-For when a proxy sends both.
        let both = headers(&[
            ("forwarded", "for=192.0.2.44"),
            ("x-forwarded-for", "192.0.2.99"),
        ]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &both, &trusted),
            ip("192.0.2.44")
        );
        let hidden = headers(&[("forwarded", "for=_hidden, for=10.0.0.8")]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &hidden, &trusted),
            ip("10.0.0.8")
        );
        let garbage = headers(&[("x-forwarded-for", "not an address")]);
        assert_eq!(
            client_address(ip("10.0.0.1"), &garbage, &trusted),
            ip("10.0.0.1")
        );
        assert_eq!(
            client_address(ip("10.0.0.1"), &HeaderMap::new(), &trusted),
            ip("10.0.0.1")
        );
    }
}
