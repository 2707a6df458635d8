//! Counting failed access-code attempts per client address, in fixed windows.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How many failures a client may make in a window before it must wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub failures: u32,
    pub window: Duration,
}

impl Default for Limit {
    /// Ten failed attempts a minute.
    fn default() -> Self {
        Limit {
            failures: 10,
            window: Duration::from_secs(60),
        }
    }
}

#[derive(Debug)]
pub struct RateLimiter {
    limit: Limit,
    clients: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

/// Entries kept before expired ones are swept.
const SWEEP_AT: usize = 10_000;

impl RateLimiter {
    pub fn new(limit: Limit) -> Self {
        RateLimiter {
            limit,
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(seconds to wait)` while `client` has used up its failures for the current window.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        let clients = self
            .clients
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match clients.get(&key(client)) {
            Some(&(start, failures)) if failures >= self.limit.failures => {
                let elapsed = now.saturating_duration_since(start);
                if elapsed < self.limit.window {
                    let left = self.limit.window - elapsed;
                    Err(left.as_secs() + u64::from(left.subsec_nanos() > 0))
                } else {
                    Ok(())
                }
            }
            _ => Ok(()),
        }
    }

    /// Counts one failed attempt by `client`.
    pub fn fail(&self, client: IpAddr, now: Instant) {
        let mut clients = self
            .clients
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if clients.len() >= SWEEP_AT {
            let window = self.limit.window;
            clients.retain(|_, (start, _)| now.saturating_duration_since(*start) < window);
        }
        let entry = clients.entry(key(client)).or_insert((now, 0));
        if now.saturating_duration_since(entry.0) >= self.limit.window {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
    }
}

/// IPv6 clients are counted per /64, the block one subscriber usually holds.
fn key(client: IpAddr) -> IpAddr {
    match client {
        IpAddr::V4(_) => client,
        IpAddr::V6(v6) => {
            let mut segments = v6.segments();
            segments[4..].fill(0);
            IpAddr::V6(segments.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trips_after_the_limit_and_recovers_after_the_window() {
        let limiter = RateLimiter::new(Limit {
            failures: 3,
            window: Duration::from_secs(60),
        });
        let client: IpAddr = "192.0.2.7".parse().unwrap();
        let other: IpAddr = "192.0.2.8".parse().unwrap();
        let t0 = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check(client, t0), Ok(()));
            limiter.fail(client, t0);
        }
        assert_eq!(limiter.check(client, t0), Err(60));
        assert_eq!(
            limiter.check(client, t0 + Duration::from_millis(59_500)),
            Err(1)
        );
        assert_eq!(limiter.check(other, t0), Ok(()));
        assert_eq!(limiter.check(client, t0 + Duration::from_secs(60)), Ok(()));
        limiter.fail(client, t0 + Duration::from_secs(61));
        assert_eq!(limiter.check(client, t0 + Duration::from_secs(61)), Ok(()));
    }

    #[test]
    fn ipv6_clients_share_their_slash_64() {
        let limiter = RateLimiter::new(Limit {
            failures: 1,
            window: Duration::from_secs(60),
        });
        let t0 = Instant::now();
        limiter.fail("2001:db8:1:2::1".parse().unwrap(), t0);
        assert!(limiter
            .check("2001:db8:1:2::ffff".parse().unwrap(), t0)
            .is_err());
        assert!(limiter
            .check("2001:db8:1:3::1".parse().unwrap(), t0)
            .is_ok());
    }
}
