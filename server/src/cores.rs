//! Work shared over every core: a list cut into one run per core, each run on a thread of
//! its own, the answers in the list's order. Start-up with a large directory is CPU work
//! (reading and checking the files, the search index's key), and the machine has cores
//! to spare while it starts.

/// `work` done for every item of `items`, on every core, the answers in the items' order.
/// A panic in `work` reaches the caller as it was.
pub fn map<T: Sync, R: Send>(items: &[T], work: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let share = items.len().div_ceil(workers).max(1);
    let work = &work;
    std::thread::scope(|scope| {
        let running: Vec<_> = items
            .chunks(share)
            .map(|run| scope.spawn(move || run.iter().map(work).collect::<Vec<_>>()))
            .collect();
        running
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_answers_come_in_the_items_order() {
        let items: Vec<u32> = (0..1001).collect();
        assert_eq!(
            map(&items, |n| n * 2),
            (0..1001).map(|n| n * 2).collect::<Vec<_>>()
        );
        assert_eq!(map(&[7], |n| n + 1), [8]);
        assert!(map(&[] as &[u32], |n| *n).is_empty());
    }

    #[test]
    #[should_panic(expected = "item 5")]
    fn a_panic_in_the_work_reaches_the_caller() {
        let items: Vec<u32> = (0..10).collect();
        map(&items, |n| assert_ne!(*n, 5, "item 5"));
    }
}
