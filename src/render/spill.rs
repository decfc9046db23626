//! Rows held in memory up to a budget, the rest in a temporary file: how a report that has to
//! see all its rows before it prints (the reminders sort theirs; a table measures its columns)
//! stays within its memory however big the file (issue 21: a million cases give a million
//! reminders).
//!
//! A row is a list of strings. [`Spill`] keeps rows in the order they came; [`Sorter`] gives
//! them back sorted by a key, an external merge sort: each time the rows held pass the budget
//! they are sorted and written out as one run, and the runs are merged at the end.
//!
//! The temporary file holds what the report prints (personal data): it is made in `TMPDIR`
//! (else `/tmp`), as SQLite makes its own temporary files, with mode 0600, and it has no name
//! from the moment it is made (Linux's `O_TMPFILE`; elsewhere it is removed as soon as it is
//! open): it is gone when the command ends, however it ends.
//!
//! The budget is `INSATS_SPILL_KIB` KiB of row text (default [`DEFAULT_KIB`]).

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::os::unix::fs::FileExt;

use anyhow::{Context, Result, bail};

/// The default budget in KiB. At 100,000 cases the longest report (14,000 reminders, some 3 MB
/// packed) stays within it; at a million cases the reminders stay under 25 MB resident.
pub const DEFAULT_KIB: usize = 4 * 1024;

/// What a held row costs beyond its packed bytes: its place in the list and the allocator's
/// header and rounding.
const ROW_COST: usize = 40;

/// Bytes read from the file at a time, per run being merged.
const READ_CHUNK: usize = 32 * 1024;

/// The budget in bytes: `INSATS_SPILL_KIB`, else [`DEFAULT_KIB`].
pub fn budget() -> Result<usize> {
    match std::env::var("INSATS_SPILL_KIB") {
        Err(_) => Ok(DEFAULT_KIB * 1024),
        Ok(v) => match v.trim().parse::<usize>() {
            Ok(kib) if kib > 0 => Ok(kib.saturating_mul(1024)),
            _ => Err(crate::error::usage(format!(
                "INSATS_SPILL_KIB is {v:?}: give how many KiB of rows a report may hold in memory, a whole number above 0"
            ))),
        },
    }
}

/// A row in one allocation, as the file holds it: the number of cells, each cell's length, then
/// the cells' bytes one after the other (numbers as little-endian u32). A row of eight cells as
/// eight strings cost three times its text; packed it costs its text and a few bytes. The text
/// comes last and whole so that reading it back checks its UTF-8 once, not cell by cell (a
/// fifth of the cost of reading a held table back, at 100,000 cases).
struct Packed(Box<[u8]>);

impl Packed {
    fn new<'a>(cells: impl Iterator<Item = &'a str> + Clone) -> Result<Packed> {
        let (count, text) = cells.clone().fold((0, 0), |(n, t), c| (n + 1, t + c.len()));
        let mut bytes = Vec::with_capacity(4 + 4 * count + text);
        bytes.extend_from_slice(&len32(count)?.to_le_bytes());
        for cell in cells.clone() {
            bytes.extend_from_slice(&len32(cell.len())?.to_le_bytes());
        }
        for cell in cells {
            bytes.extend_from_slice(cell.as_bytes());
        }
        Ok(Packed(bytes.into_boxed_slice()))
    }

    fn cost(&self) -> usize {
        self.0.len() + ROW_COST
    }

    /// The `i`th number of the row's head (0: the count, then each cell's length).
    fn number(&self, i: usize) -> Result<usize> {
        number_at(&self.0, i)
    }

    /// The first cell's bytes (a sort key).
    fn first(&self) -> &[u8] {
        match (self.number(0), self.number(1)) {
            (Ok(count), Ok(n)) if count > 0 => {
                let at = 4 + 4 * count;
                self.0.get(at..at + n).unwrap_or_default()
            }
            _ => &[],
        }
    }

    /// The cells, read in place.
    fn strs(&self) -> Result<Vec<&str>> {
        let count = self.number(0)?;
        let head = 4 + 4 * count;
        let text = self
            .0
            .get(head..)
            .context("a report's held row lost its end")?;
        let text = std::str::from_utf8(text).context("a report's held row is not UTF-8")?;
        let mut out = Vec::with_capacity(count);
        let mut at = 0;
        for i in 0..count {
            let end = at + self.number(1 + i)?;
            // A cell ends where the next begins, so on a character's boundary; `get` holds it.
            out.push(
                text.get(at..end)
                    .context("a report's held row lost its end")?,
            );
            at = end;
        }
        Ok(out)
    }

    /// The cells from the `skip`th on, as strings of their own.
    fn cells(&self, skip: usize) -> Result<Vec<String>> {
        Ok(self
            .strs()?
            .into_iter()
            .skip(skip)
            .map(String::from)
            .collect())
    }
}

/// The `i`th little-endian u32 of a packed row's head (see [`Packed`]).
fn number_at(bytes: &[u8], i: usize) -> Result<usize> {
    let b = bytes
        .get(4 * i..4 * i + 4)
        .context("a report's held row lost its end")?;
    let n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
    usize::try_from(n).context("a report's row does not fit in memory")
}

/// The temporary file, without a name (see the module's notes).
fn temp_file() -> Result<File> {
    use std::fs::OpenOptions;
    use std::os::unix::fs::OpenOptionsExt;
    let dir = std::env::temp_dir();
    let fail = |e: std::io::Error| {
        anyhow::anyhow!(
            "cannot make a temporary file in {} for a report's rows beyond its memory ({e}): set TMPDIR to a writable folder, or INSATS_SPILL_KIB higher",
            dir.display()
        )
    };
    #[cfg(target_os = "linux")]
    {
        let unnamed = OpenOptions::new()
            .read(true)
            .write(true)
            .mode(0o600)
            .custom_flags(libc::O_TMPFILE)
            .open(&dir);
        if let Ok(f) = unnamed {
            return Ok(f);
        }
    }
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    for attempt in 0..100u32 {
        let path = dir.join(format!(
            ".insats-rows-{}-{nanos}-{attempt}",
            std::process::id()
        ));
        match OpenOptions::new()
            .read(true)
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&path)
        {
            Ok(f) => {
                std::fs::remove_file(&path).map_err(fail)?;
                return Ok(f);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(fail(e)),
        }
    }
    Err(fail(std::io::Error::other("every name tried was taken")))
}

/// The file the rows beyond the budget go to, written at its end.
struct Runs {
    out: BufWriter<File>,
    len: u64,
}

impl Runs {
    fn new() -> Result<Runs> {
        Ok(Runs {
            out: BufWriter::with_capacity(64 * 1024, temp_file()?),
            len: 0,
        })
    }

    /// The file of `slot`, made at the first rows that do not fit.
    fn of(slot: &mut Option<Runs>) -> Result<&mut Runs> {
        if slot.is_none() {
            *slot = Some(Runs::new()?);
        }
        slot.as_mut().context("a report's temporary file was lost")
    }

    /// Writes `rows`; returns where they start and end in the file.
    fn write<'a>(&mut self, rows: impl Iterator<Item = &'a Packed>) -> Result<(u64, u64)> {
        let start = self.len;
        for row in rows {
            self.out
                .write_all(&row.0)
                .context("cannot write a report's rows to its temporary file")?;
            self.len += row.0.len() as u64;
        }
        Ok((start, self.len))
    }

    /// The file, every row written and flushed, to read back.
    fn done(self) -> Result<File> {
        self.out.into_inner().map_err(|e| {
            anyhow::anyhow!(
                "cannot write a report's rows to its temporary file: {}",
                e.error()
            )
        })
    }
}

fn len32(n: usize) -> Result<u32> {
    u32::try_from(n).context("a report's row or cell is over 4 GB")
}

/// Reads one run's rows back, a chunk at a time.
struct RunReader<'f> {
    file: &'f File,
    pos: u64,
    end: u64,
    buf: Vec<u8>,
    at: usize,
}

impl<'f> RunReader<'f> {
    fn new(file: &'f File, (start, end): (u64, u64)) -> RunReader<'f> {
        RunReader {
            file,
            pos: start,
            end,
            buf: Vec::new(),
            at: 0,
        }
    }

    /// Appends the next `n` bytes to `out`, reading on as needed.
    fn take(&mut self, n: usize, out: &mut Vec<u8>) -> Result<()> {
        while self.buf.len() - self.at < n {
            let left = usize::try_from(self.end - self.pos).unwrap_or(usize::MAX);
            if left == 0 {
                bail!("a report's temporary file ended inside a row");
            }
            self.buf.drain(..self.at);
            self.at = 0;
            let want = left.min(READ_CHUNK.max(n));
            let have = self.buf.len();
            self.buf.resize(have + want, 0);
            self.file
                .read_exact_at(&mut self.buf[have..], self.pos)
                .context("cannot read a report's rows back from its temporary file")?;
            self.pos += want as u64;
        }
        out.extend_from_slice(&self.buf[self.at..self.at + n]);
        self.at += n;
        Ok(())
    }

    /// The next row, as [`Runs::write`] wrote it: a [`Packed`] row's bytes.
    fn next_row(&mut self) -> Result<Option<Packed>> {
        if self.pos == self.end && self.at == self.buf.len() {
            return Ok(None);
        }
        let mut bytes = Vec::new();
        self.take(4, &mut bytes)?;
        let count = number_at(&bytes, 0)?;
        self.take(4 * count, &mut bytes)?;
        let text = (1..=count)
            .map(|i| number_at(&bytes, i))
            .sum::<Result<usize>>()?;
        self.take(text, &mut bytes)?;
        Ok(Some(Packed(bytes.into_boxed_slice())))
    }
}

/// Rows in the order they came, held in memory up to the budget.
pub struct Spill {
    held: Vec<Packed>,
    held_cost: usize,
    budget: usize,
    /// The rows that did not fit, in the order they came: the whole file.
    runs: Option<Runs>,
    count: usize,
}

impl Spill {
    pub fn new(budget: usize) -> Spill {
        Spill {
            held: Vec::new(),
            held_cost: 0,
            budget,
            runs: None,
            count: 0,
        }
    }

    pub fn push(&mut self, row: Vec<String>) -> Result<()> {
        let row = Packed::new(row.iter().map(String::as_str))?;
        self.held_cost += row.cost();
        self.held.push(row);
        self.count += 1;
        if self.held_cost > self.budget {
            Runs::of(&mut self.runs)?.write(self.held.iter())?;
            self.held.clear();
            self.held_cost = 0;
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Whether some rows went to the file (they no longer fit in memory at once).
    pub fn spilled(&self) -> bool {
        self.runs.is_some()
    }

    /// The rows held in memory when nothing spilled.
    pub fn into_held(self) -> Result<Option<Vec<Vec<String>>>> {
        if self.spilled() {
            return Ok(None);
        }
        Ok(Some(
            self.held
                .iter()
                .map(|r| r.cells(0))
                .collect::<Result<_>>()?,
        ))
    }

    /// Calls `f` on every row, in the order they came. The rows held in memory are read in
    /// place, without a string a cell.
    pub fn each(self, f: &mut dyn FnMut(&[&str]) -> Result<()>) -> Result<()> {
        if let Some(runs) = self.runs {
            let len = runs.len;
            let file = runs.done()?;
            let mut r = RunReader::new(&file, (0, len));
            while let Some(row) = r.next_row()? {
                f(&row.strs()?)?;
            }
        }
        self.held.iter().try_for_each(|r| f(&r.strs()?))
    }
}

/// Rows given back sorted by their keys (ties in the order they came), held in memory up to the
/// budget.
pub struct Sorter {
    /// Each row packed with its key as its first cell.
    held: Vec<Packed>,
    held_cost: usize,
    budget: usize,
    runs: Option<Runs>,
    spans: Vec<(u64, u64)>,
}

impl Sorter {
    pub fn new(budget: usize) -> Sorter {
        Sorter {
            held: Vec::new(),
            held_cost: 0,
            budget,
            runs: None,
            spans: Vec::new(),
        }
    }

    pub fn push(&mut self, key: String, row: Vec<String>) -> Result<()> {
        let cells = std::iter::once(key.as_str()).chain(row.iter().map(String::as_str));
        let row = Packed::new(cells)?;
        self.held_cost += row.cost();
        self.held.push(row);
        if self.held_cost > self.budget {
            self.write_run()?;
        }
        Ok(())
    }

    fn write_run(&mut self) -> Result<()> {
        // Stable: equal keys keep the order they came in, within the run and (runs being
        // merged in the order they were written) across runs.
        self.held.sort_by(|a, b| a.first().cmp(b.first()));
        let runs = Runs::of(&mut self.runs)?;
        self.spans.push(runs.write(self.held.iter())?);
        self.held.clear();
        self.held_cost = 0;
        Ok(())
    }

    /// Calls `f` on every row, sorted by key.
    pub fn each(mut self, f: &mut dyn FnMut(Vec<String>) -> Result<()>) -> Result<()> {
        if self.runs.is_none() {
            self.held.sort_by(|a, b| a.first().cmp(b.first()));
            return self.held.iter().try_for_each(|r| f(r.cells(1)?));
        }
        // Past the budget, the rows still held go to the file as its last run: the merge then
        // holds a read buffer a run, and `f` has the budget for what it keeps (a table's rows).
        if !self.held.is_empty() {
            self.write_run()?;
        }
        self.held = Vec::new();
        let Some(runs) = self.runs else {
            bail!("a report's sorted rows lost their file");
        };
        let file = runs.done()?;
        let mut readers: Vec<RunReader<'_>> = self
            .spans
            .iter()
            .map(|s| RunReader::new(&file, *s))
            .collect();
        // The heap has each run's next key, the run's number breaking ties (equal keys come in
        // the order they came, runs being written in that order); `next` has the rows.
        let count = readers.len();
        let mut pull = |n: usize| -> Result<Option<(String, Vec<String>)>> {
            match readers[n].next_row()? {
                None => Ok(None),
                Some(packed) => {
                    let mut row = packed.cells(0)?;
                    if row.is_empty() {
                        bail!("a report's sorted row lost its key");
                    }
                    let key = row.remove(0);
                    Ok(Some((key, row)))
                }
            }
        };
        let mut heap = BinaryHeap::new();
        let mut next: Vec<Option<Vec<String>>> = Vec::with_capacity(count);
        for n in 0..count {
            next.push(pull(n)?.map(|(key, row)| {
                heap.push(Reverse((key, n)));
                row
            }));
        }
        while let Some(Reverse((_, n))) = heap.pop() {
            let Some(row) = next[n].take() else {
                bail!("a report's sorted rows lost their place");
            };
            next[n] = pull(n)?.map(|(key, row)| {
                heap.push(Reverse((key, n)));
                row
            });
            f(row)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(n: usize) -> Vec<String> {
        vec![format!("rad {n}"), "å".repeat(n % 7), String::new()]
    }

    #[test]
    fn a_packed_row_gives_back_its_key_and_its_cells() {
        let cells = ["nyckel", "", "åäö", "x"];
        let p = Packed::new(cells.iter().copied()).unwrap();
        assert_eq!(p.first(), "nyckel".as_bytes());
        assert_eq!(p.cells(0).unwrap(), cells);
        assert_eq!(p.cells(1).unwrap(), &cells[1..]);
        // The count, four lengths and 13 bytes of text, in one allocation.
        assert_eq!(p.cost(), 4 + 4 * 4 + 13 + ROW_COST);
        let empty = Packed::new(std::iter::empty()).unwrap();
        assert_eq!(empty.first(), b"");
        assert!(empty.cells(0).unwrap().is_empty());
    }

    #[test]
    fn a_spill_gives_back_every_row_in_order_whether_or_not_it_spilled() {
        for budget in [1, 300, 1 << 20] {
            let mut s = Spill::new(budget);
            for n in 0..500 {
                s.push(row(n)).unwrap();
            }
            assert_eq!(s.len(), 500);
            assert_eq!(s.spilled(), budget < 1 << 20);
            let mut back = Vec::new();
            s.each(&mut |r| {
                back.push(r.iter().map(|c| c.to_string()).collect::<Vec<_>>());
                Ok(())
            })
            .unwrap();
            let want: Vec<Vec<String>> = (0..500).map(row).collect();
            assert_eq!(back, want, "budget {budget}");
        }
    }

    #[test]
    fn a_sorter_sorts_by_key_and_keeps_ties_in_the_order_they_came() {
        let keys: Vec<String> = (0..1000)
            .map(|n| format!("{:03}", (n * 37) % 101))
            .collect();
        for budget in [1, 2000, 1 << 20] {
            let mut s = Sorter::new(budget);
            for (n, k) in keys.iter().enumerate() {
                s.push(k.clone(), vec![k.clone(), n.to_string()]).unwrap();
            }
            let mut back = Vec::new();
            s.each(&mut |r| {
                back.push(r.iter().map(|c| c.to_string()).collect::<Vec<_>>());
                Ok(())
            })
            .unwrap();
            let mut want: Vec<(String, usize)> = keys
                .iter()
                .cloned()
                .enumerate()
                .map(|(n, k)| (k, n))
                .collect();
            want.sort();
            let want: Vec<Vec<String>> = want
                .into_iter()
                .map(|(k, n)| vec![k, n.to_string()])
                .collect();
            assert_eq!(back, want, "budget {budget}");
        }
    }

    #[test]
    fn the_temporary_file_has_no_name_and_is_only_the_users() {
        let f = temp_file().unwrap();
        let meta = f.metadata().unwrap();
        use std::os::unix::fs::MetadataExt;
        assert_eq!(meta.mode() & 0o777, 0o600);
        assert_eq!(
            meta.nlink(),
            0,
            "the file is unlinked from the moment it is made"
        );
    }
}
