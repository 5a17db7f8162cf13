//! Order statistics of measured times.

use std::time::Duration;

/// The `p`-th percentile (0 to 100) by nearest rank; zero for no samples.
pub fn percentile(samples: &[Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// The median (the 50th percentile by nearest rank).
pub fn median(samples: &[Duration]) -> Duration {
    percentile(samples, 50.0)
}

/// The mean; zero for no samples.
pub fn mean(samples: &[Duration]) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    samples.iter().sum::<Duration>() / samples.len() as u32
}

/// How many times faster the base was on each query, one ratio per query: the median of
/// `other`'s times over the median of `base`'s, query by query (`None` where the base took
/// no time). Pooled medians weigh the kinds of query by how many there are; this asks of
/// each query on its own which engine answered it faster.
pub fn speedups(base: &[Vec<Duration>], other: &[Vec<Duration>]) -> Vec<Option<f64>> {
    base.iter()
        .zip(other)
        .map(|(b, o)| {
            let (b, o) = (median(b), median(o));
            (!b.is_zero()).then(|| o.as_secs_f64() / b.as_secs_f64())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{mean, median, percentile, speedups};
    use std::time::Duration;

    #[test]
    fn percentiles_by_nearest_rank() {
        let ms: Vec<Duration> = (1..=100).rev().map(Duration::from_millis).collect();
        assert_eq!(median(&ms), Duration::from_millis(50));
        assert_eq!(percentile(&ms, 99.0), Duration::from_millis(99));
        assert_eq!(percentile(&ms, 100.0), Duration::from_millis(100));
        assert_eq!(percentile(&ms, 0.0), Duration::from_millis(1));
        assert_eq!(mean(&ms), Duration::from_micros(50_500));
        assert_eq!(median(&[]), Duration::ZERO);
    }

    #[test]
    fn speedups_are_per_query_medians_over_the_base() {
        let ms = |v: &[u64]| {
            v.iter()
                .copied()
                .map(Duration::from_millis)
                .collect::<Vec<_>>()
        };
        let base = vec![ms(&[1, 2, 3]), ms(&[10, 10]), ms(&[0])];
        let other = vec![ms(&[4, 5, 6]), ms(&[5, 5]), ms(&[1])];
        assert_eq!(speedups(&base, &other), [Some(2.5), Some(0.5), None]);
    }
}
