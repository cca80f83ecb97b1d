//! What the binary's two HTTP clients share, toward Segment (`segment.rs`)
//! and toward Stigg's API (`stigg_api.rs`): the agent's settings and the
//! backoff's jitter.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use ureq::config::ConfigBuilder;
use ureq::typestate::AgentScope;

/// An agent's settings, before each client adds its own: a status is an
/// answer, not an error (the core says what each means); the binary names
/// itself; a redirect is reported, never followed, so a request and its
/// credentials (the write key, Stigg's key) go only where the user said.
pub fn agent_config() -> ConfigBuilder<AgentScope> {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .user_agent(concat!("stigg-segment/", env!("CARGO_PKG_VERSION")))
        .max_redirects(0)
}

/// Numbers in [0, 1) for the backoff's jitter, for every thread of a
/// client: xorshift, seeded by the clock (jitter needs no cryptographic
/// randomness).
pub struct Jitter(AtomicU64);

impl Default for Jitter {
    fn default() -> Jitter {
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64)
            | 1;
        Jitter(AtomicU64::new(seed))
    }
}

impl Jitter {
    pub fn next(&self) -> f64 {
        let mut x = self.0.load(Ordering::Relaxed);
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0.store(x, Ordering::Relaxed);
        (x >> 11) as f64 / (1u64 << 53) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jitter_stays_in_its_range_and_moves() {
        let jitter = Jitter::default();
        let first = jitter.next();
        let mut moved = false;
        for _ in 0..10_000 {
            let next = jitter.next();
            assert!((0.0..1.0).contains(&next), "{next}");
            moved |= next != first;
        }
        assert!(moved);
    }
}
