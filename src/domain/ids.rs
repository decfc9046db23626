//! A set of row ids, one bit each: what a long report has already seen or counted, in memory
//! that grows with the largest id (125 KB for a million cases) rather than with the rows.

/// Ids at or above zero; a negative id is never a row's and is never held.
#[derive(Debug, Default)]
pub struct IdSet {
    words: Vec<u64>,
    len: usize,
}

impl IdSet {
    pub fn new() -> IdSet {
        IdSet::default()
    }

    /// Adds `id`; whether it was new.
    pub fn insert(&mut self, id: i64) -> bool {
        let Ok(i) = usize::try_from(id) else {
            return false;
        };
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        if word >= self.words.len() {
            self.words.resize(word + 1, 0);
        }
        let new = self.words[word] & bit == 0;
        self.words[word] |= bit;
        self.len += usize::from(new);
        new
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The ids in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = i64> + '_ {
        self.words.iter().enumerate().flat_map(|(w, &bits)| {
            (0..64u32)
                .filter(move |b| bits & (1u64 << b) != 0)
                .map(move |b| i64::try_from(w * 64).unwrap_or(i64::MAX) + i64::from(b))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::IdSet;

    #[test]
    fn holds_each_id_once_and_lists_them_in_order() {
        let mut s = IdSet::new();
        assert!(s.is_empty());
        for id in [130, 3, 64, 3, 0, 63, 130] {
            s.insert(id);
        }
        assert_eq!(s.len(), 5);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![0, 3, 63, 64, 130]);
        assert!(!s.insert(64), "already there");
        assert!(s.insert(1_000_000));
        assert_eq!(s.iter().last(), Some(1_000_000));
    }

    #[test]
    fn a_negative_id_is_not_held() {
        let mut s = IdSet::new();
        assert!(!s.insert(-1));
        assert!(s.is_empty());
        assert_eq!(s.iter().count(), 0);
    }
}
