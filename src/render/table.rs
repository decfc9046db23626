//! Tables for human output (comfy-table): box lines sized to the terminal, plain columns
//! otherwise.
//!
//! At a terminal (or when `COLUMNS` names a width, which tests use to pin it) the table fits
//! that width: long texts wrap at word boundaries, and no column gets narrower than its longest
//! word, so that a date, a number or a code is never split. Without a terminal the columns are
//! as wide as the rows printed need. `NO_COLOR` only turns off the bold headers.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width};

use super::Style;

/// The longest word a column keeps whole; a longer one may wrap.
const LONGEST_WORD: usize = 40;

/// The width a table must fit: `COLUMNS` when set to a number, else the terminal's when stdout
/// is one, else none (plain columns).
pub fn width(style: Style) -> Option<u16> {
    let pinned = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .filter(|w| *w >= 20);
    if pinned.is_some() {
        return pinned;
    }
    if !style.tty {
        return None;
    }
    Table::new().width().or(Some(80))
}

pub fn table(
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
    style: Style,
) -> String {
    let rows: Vec<Vec<String>> = rows.into_iter().collect();
    let Some(fit) = width(style) else {
        // Without a width: plain columns, no padding after the last one.
        let mut text = plain(headers, &rows);
        text.pop();
        return text;
    };
    let mut t = Table::new();
    // The width is ours to decide (COLUMNS, the terminal); colour only with style.color.
    t.force_no_tty();
    if style.color {
        t.enforce_styling();
    }
    t.load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(fit);
    // A key's underscores read as spaces, so that a header wraps between its words.
    let headers: Vec<String> = headers.iter().map(|h| h.replace('_', " ")).collect();
    t.set_header(headers.iter().map(|h| {
        let c = Cell::new(h);
        if style.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }));
    let bounds = lower_bounds(&headers, &rows, Some(fit));
    for row in rows {
        t.add_row(row);
    }
    t.set_constraints(
        bounds
            .into_iter()
            .map(|w| ColumnConstraint::LowerBoundary(Width::Fixed(w))),
    );
    t.to_string()
}

/// Per column, the width (padding included) below which it may not go. A column of single
/// words (dates, numbers, codes) keeps its longest; a column of texts wraps, and is held to its
/// longest word only when the table cannot fit anyway (a bound lower than the space it could
/// have would fix it there).
fn lower_bounds(headers: &[String], rows: &[Vec<String>], width: Option<u16>) -> Vec<u16> {
    let n = headers.len();
    let mut words = longest_words(n, std::slice::from_ref(&headers.to_vec()));
    for (w, c) in words.iter_mut().zip(longest_words(n, rows)) {
        *w = (*w).max(c);
    }
    let words: Vec<u16> = words
        .into_iter()
        .map(|w| w.min(LONGEST_WORD) as u16 + 2)
        .collect();
    let text: Vec<bool> = (0..n)
        .map(|i| {
            rows.iter().any(|r| {
                r.get(i)
                    .is_some_and(|c| c.trim().contains(char::is_whitespace))
            })
        })
        .collect();
    let needed: usize = words.iter().map(|w| usize::from(*w)).sum::<usize>() + n + 1;
    let fits = width.is_some_and(|w| needed <= usize::from(w));
    words
        .into_iter()
        .zip(text)
        .map(|(w, text)| if text && fits { 1 } else { w })
        .collect()
}

/// Per column, the longest word of its cells: the width below which a word would be split.
fn longest_words(columns: usize, rows: &[Vec<impl AsRef<str>>]) -> Vec<usize> {
    let mut words = vec![1; columns];
    for row in rows {
        for (w, text) in words.iter_mut().zip(row) {
            let longest = text
                .as_ref()
                .split_whitespace()
                .map(|s| s.chars().count())
                .max()
                .unwrap_or(0);
            *w = (*w).max(longest);
        }
    }
    words
}

/// Plain columns for a reader without a terminal (a pipe, a cron mail): each as wide as the
/// widest of its header and the rows given, two spaces between, the last one unpadded.
pub fn plain(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = plain_to(&mut out, headers, rows);
    String::from_utf8(out).unwrap_or_default()
}

/// [`plain`], written line by line to `w`: a long report is not held twice, as its cells and as
/// its text.
pub fn plain_to(
    w: &mut dyn std::io::Write,
    headers: &[&str],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let mut widths = Widths::new(headers);
    for row in rows {
        widths.measure(row);
    }
    widths.header(w, headers)?;
    rows.iter().try_for_each(|row| widths.line(w, row))
}

/// The columns' widths of a plain table, measured row by row: a report too long to hold in
/// memory measures its rows as they come and writes them as it reads them back.
#[derive(Debug, Clone)]
pub struct Widths(Vec<usize>);

/// A cell as a plain table writes it: on one line.
fn clean(s: &str) -> std::borrow::Cow<'_, str> {
    // By bytes, for any control character first: none of the three is ever part of a longer
    // UTF-8 character. The first pass does not stop early, so that the compiler makes it wide
    // (`any` went byte by byte: 150 instructions a cell, twice for each of a long table's).
    let control = s.bytes().fold(false, |found, b| found | (b < 0x20));
    if control && s.bytes().any(|b| matches!(b, b'\n' | b'\r' | b'\t')) {
        std::borrow::Cow::Owned(s.replace(['\n', '\r', '\t'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

impl Widths {
    pub fn new(headers: &[&str]) -> Widths {
        Widths(headers.iter().map(|h| h.chars().count()).collect())
    }

    pub fn measure(&mut self, row: &[String]) {
        for (w, text) in self.0.iter_mut().zip(row) {
            *w = (*w).max(clean(text).chars().count());
        }
    }

    pub fn header(&self, w: &mut dyn std::io::Write, headers: &[&str]) -> std::io::Result<()> {
        self.line(w, headers)
    }

    /// One row, each cell padded to its column's width.
    pub fn line(&self, w: &mut dyn std::io::Write, row: &[impl AsRef<str>]) -> std::io::Result<()> {
        const SPACES: &str = "                                ";
        // One allocation and one write a line: a long report prints a line per row.
        let mut line = String::with_capacity(self.0.iter().sum::<usize>() + 2 * self.0.len() + 1);
        for (i, (width, text)) in self.0.iter().zip(row).enumerate() {
            let text = clean(text.as_ref());
            line.push_str(&text);
            if i + 1 < self.0.len() {
                let mut pad = width.saturating_sub(text.chars().count()) + 2;
                while pad > 0 {
                    let n = pad.min(SPACES.len());
                    line.push_str(&SPACES[..n]);
                    pad -= n;
                }
            }
        }
        line.truncate(line.trim_end().len());
        line.push('\n');
        w.write_all(line.as_bytes())
    }
}

/// Wraps each line of `text` at word boundaries to `width` columns; a continued line keeps the
/// first line's indent. A word longer than the line stands alone, unbroken.
pub fn wrap(text: &str, width: usize) -> String {
    text.split('\n')
        .map(|line| wrap_line(line, width))
        .collect::<Vec<_>>()
        .join("\n")
}

/// One line of [`wrap`] (no line breaks in `line`).
pub fn wrap_line(line: &str, width: usize) -> String {
    let indent: String = line.chars().take_while(|c| *c == ' ').collect();
    let mut out = String::new();
    let mut col = 0;
    for word in line.split_whitespace() {
        let len = word.chars().count();
        if col == 0 {
            out.push_str(&indent);
            col = indent.len();
        } else if col + 1 + len > width {
            out.push('\n');
            out.push_str(&indent);
            col = indent.len();
        } else {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += len;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_columns_fit_the_rows_printed() {
        let rows = vec![
            vec!["1".to_string(), "kort".to_string(), "x".to_string()],
            vec![
                "22".to_string(),
                "ett mycket längre namn".to_string(),
                "y".to_string(),
            ],
        ];
        let text = plain(&["id", "namn", "z"], &rows);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "id  namn                    z");
        assert_eq!(lines[1], "1   kort                    x");
        assert_eq!(lines[2], "22  ett mycket längre namn  y");
    }

    #[test]
    fn a_plain_cell_keeps_to_one_line() {
        use std::borrow::Cow;
        assert_eq!(clean("rad\tett\ntvå\rtre"), "rad ett två tre");
        // Other control bytes are the terminal cleaning's (`render::safe`), and text without
        // any control byte is given back as it is, whatever its length.
        assert!(matches!(clean("ljud\u{7}"), Cow::Borrowed("ljud\u{7}")));
        let long = "å".repeat(100) + "x";
        assert!(matches!(clean(&long), Cow::Borrowed(_)));
        assert_eq!(clean(&format!("{long}\n")), format!("{long} "));
    }

    #[test]
    fn words_bound_the_columns() {
        let rows = vec![vec!["2026-11-29".to_string(), "strict".to_string()]];
        assert_eq!(longest_words(2, &rows), vec![10, 6]);
    }
}
