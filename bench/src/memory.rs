//! Memory and time of one step: resident memory (`VmRSS`) before and after, and its peak
//! (`VmHWM`) during the step, read from /proc/self/status; the peak is reset before the
//! step through /proc/self/clear_refs. Off Linux the figures are absent.

use std::time::{Duration, Instant};

/// A field of /proc/self/status in KiB, e.g. `VmRSS`.
pub fn status_kib(field: &str) -> Option<u64> {
    let text = std::fs::read_to_string("/proc/self/status").ok()?;
    text.lines().find_map(|line| {
        let rest = line.strip_prefix(field)?.strip_prefix(':')?;
        rest.trim().strip_suffix("kB")?.trim().parse().ok()
    })
}

/// Resets the peak resident memory to the current one; false where that is not possible.
pub fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// What a step cost.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cost {
    pub time: Duration,
    /// Resident memory before and after, in KiB.
    pub rss_before: Option<u64>,
    pub rss_after: Option<u64>,
    /// The highest resident memory during the step, in KiB (only when the peak could be
    /// reset before it).
    pub rss_peak: Option<u64>,
}

impl Cost {
    /// Resident memory the step left behind, in KiB.
    pub fn retained_kib(&self) -> Option<i64> {
        Some(self.rss_after? as i64 - self.rss_before? as i64)
    }

    /// The most resident memory the step used above where it started, in KiB.
    pub fn peak_growth_kib(&self) -> Option<i64> {
        Some(self.rss_peak? as i64 - self.rss_before? as i64)
    }
}

/// Runs `step` and measures it.
pub fn measure<T, E>(step: impl FnOnce() -> Result<T, E>) -> Result<(T, Cost), E> {
    let reset = reset_peak();
    let rss_before = status_kib("VmRSS");
    let start = Instant::now();
    let value = step()?;
    let time = start.elapsed();
    let rss_after = status_kib("VmRSS");
    let rss_peak = if reset { status_kib("VmHWM") } else { None };
    Ok((
        value,
        Cost {
            time,
            rss_before,
            rss_after,
            rss_peak,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::{measure, status_kib};

    #[test]
    fn holding_memory_shows_as_growth() {
        if status_kib("VmRSS").is_none() {
            return; // not Linux
        }
        // black_box: an optimised build may otherwise never write (or even make) the block.
        let (block, cost) =
            measure(|| -> Result<Vec<u8>, ()> { Ok(std::hint::black_box(vec![1u8; 64 << 20])) })
                .unwrap();
        assert_eq!(block.len(), 64 << 20);
        let grown = cost.retained_kib().unwrap();
        assert!(grown > 50 << 10, "{grown} KiB");
        assert!(cost.peak_growth_kib().unwrap_or(grown) >= grown);
    }
}
