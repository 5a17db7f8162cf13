//! A small seeded random number generator (SplitMix64), so that a generated directory is
//! the same for the same seed on every machine. Not for anything that must be secret.

/// SplitMix64: a 64-bit state advanced by a fixed odd constant and mixed on the way out.
#[derive(Clone, Debug)]
pub struct Rng {
    state: u64,
}

impl Rng {
    /// A generator that starts from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng { state: seed }
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0). The slight bias of taking the remainder
    /// does not matter for test data.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        (self.next_u64() % n as u64) as usize
    }

    /// True with a chance of `percent` in a hundred.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    /// One item of a non-empty slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// From `fewest` to `most` different items of `items`, in the slice's order.
    pub fn several<T: Copy>(&mut self, items: &[T], fewest: usize, most: usize) -> Vec<T> {
        let count = fewest + self.below(most.saturating_sub(fewest) + 1);
        self.some(items, count)
    }

    /// `count` different items of `items` (all of them when there are fewer), in the
    /// slice's order.
    pub fn some<T: Copy>(&mut self, items: &[T], count: usize) -> Vec<T> {
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < count.min(items.len()) {
            let i = self.below(items.len());
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        chosen.into_iter().map(|i| items[i]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Rng;

    #[test]
    fn the_same_seed_gives_the_same_numbers_and_another_seed_others() {
        let a: Vec<u64> = (0..5)
            .scan(Rng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        let b: Vec<u64> = (0..5)
            .scan(Rng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        let c: Vec<u64> = (0..5)
            .scan(Rng::new(8), |r, _| Some(r.next_u64()))
            .collect();
        assert_eq!(a, b);
        assert_ne!(a, c);
    }

    #[test]
    fn picks_stay_in_range_and_some_are_distinct() {
        let mut rng = Rng::new(1);
        for n in 1..50 {
            assert!(rng.below(n) < n);
        }
        assert_eq!(rng.below(0), 0);
        let items = [1, 2, 3, 4, 5];
        for count in 0..7 {
            let some = rng.some(&items, count);
            assert_eq!(some.len(), count.min(items.len()));
            assert!(some.windows(2).all(|w| w[0] < w[1]), "{some:?}");
        }
        for _ in 0..20 {
            let n = rng.several(&items, 1, 3).len();
            assert!((1..=3).contains(&n), "{n}");
        }
    }
}
