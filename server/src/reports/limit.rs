//! How many notes one client may send: at most `max` in a sliding window, counted per
//! network address (an IPv6 address by its /64, which one home or phone usually has).
//! Kept only in memory, never written or logged, and forgotten when the window has
//! passed. Past the limit the answer is 429 with how long to wait.

use std::{
    collections::{HashMap, VecDeque},
    net::IpAddr,
    sync::Mutex,
    time::{Duration, Instant},
};

/// The most clients remembered at once; past it, the forgotten ones are dropped first and,
/// if all are still counting, new clients wait too. Bounds the memory a flood can take.
const MAX_CLIENTS: usize = 100_000;

/// Who counts as one client: an IPv4 address, or the first 64 bits of an IPv6 address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ClientKey(u128);

impl ClientKey {
    /// The key of a peer address; `None` (a connection without one, as in tests that call
    /// the router directly) counts as one client.
    pub fn of(ip: Option<IpAddr>) -> ClientKey {
        match ip.map(|ip| ip.to_canonical()) {
            Some(IpAddr::V4(v4)) => ClientKey(u128::from(u32::from(v4))),
            Some(IpAddr::V6(v6)) => ClientKey((u128::from(v6) >> 64) | (1 << 127)),
            None => ClientKey(u128::MAX),
        }
    }
}

/// The sliding-window counter.
#[derive(Debug)]
pub struct RateLimit {
    max: usize,
    window: Duration,
    clients: Mutex<HashMap<ClientKey, VecDeque<Instant>>>,
}

impl RateLimit {
    /// At most `max` notes per client in any `window`.
    pub fn new(max: usize, window: Duration) -> RateLimit {
        RateLimit {
            max,
            window,
            clients: Mutex::new(HashMap::new()),
        }
    }

    /// Counts a note from `client` at `now`: `Ok` when it may be sent, or how long to wait.
    pub fn admit(&self, client: ClientKey, now: Instant) -> Result<(), Duration> {
        let mut clients = self
            .clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let window = self.window;
        let expired = |t: &Instant| now.saturating_duration_since(*t) >= window;
        if clients.len() >= MAX_CLIENTS && !clients.contains_key(&client) {
            clients.retain(|_, times| !times.back().is_some_and(expired));
            if clients.len() >= MAX_CLIENTS {
                return Err(window);
            }
        }
        let times = clients.entry(client).or_default();
        while times.front().is_some_and(expired) {
            times.pop_front();
        }
        if times.len() >= self.max {
            let oldest = times.front().copied().unwrap_or(now);
            let wait = window.saturating_sub(now.saturating_duration_since(oldest));
            return Err(wait.max(Duration::from_secs(1)));
        }
        times.push_back(now);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    const HOUR: Duration = Duration::from_secs(3600);

    fn v4(last: u8) -> ClientKey {
        ClientKey::of(Some(IpAddr::V4(Ipv4Addr::new(192, 0, 2, last))))
    }

    #[test]
    fn the_limit_holds_per_client_and_frees_up_as_the_window_slides() {
        let limit = RateLimit::new(3, HOUR);
        let start = Instant::now();
        for minute in 0..3 {
            assert_eq!(
                limit.admit(v4(1), start + Duration::from_secs(minute * 60)),
                Ok(())
            );
        }
        let at = start + Duration::from_secs(10 * 60);
        assert_eq!(limit.admit(v4(1), at), Err(Duration::from_secs(50 * 60)));
        assert_eq!(
            limit.admit(v4(2), at),
            Ok(()),
            "another client is not held up"
        );
        assert_eq!(
            limit.admit(v4(1), start + HOUR),
            Ok(()),
            "the first note has expired"
        );
        assert!(limit.admit(v4(1), start + HOUR).is_err());
    }

    #[test]
    fn one_ipv6_network_is_one_client_and_mapped_ipv4_is_ipv4() {
        let a: Ipv6Addr = "2001:db8:1:2::1".parse().expect("address");
        let b: Ipv6Addr = "2001:db8:1:2:ffff::9".parse().expect("address");
        let c: Ipv6Addr = "2001:db8:1:3::1".parse().expect("address");
        let key = |ip| ClientKey::of(Some(IpAddr::V6(ip)));
        assert_eq!(key(a), key(b));
        assert_ne!(key(a), key(c));
        let mapped: Ipv6Addr = "::ffff:192.0.2.1".parse().expect("address");
        assert_eq!(key(mapped), v4(1));
        assert_ne!(ClientKey::of(None), v4(1));
    }
}
