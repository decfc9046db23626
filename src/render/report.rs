//! Reports as streams of rows: table, JSON or CSV, written row by row so that a long report
//! never sits whole in memory.
//!
//! JSON is one document, `{"as_of": ..., <meta>, "items": [{...}, ...]}`; CSV has a header of the
//! stable column keys. A table is the one format that waits for its last row: at a terminal it
//! is drawn with comfy-table to the terminal's width, elsewhere it is written as plain columns
//! as wide as the rows printed need (measured, not guessed, so that nothing drifts in a cron
//! mail; tab-separated output would align nowhere a person reads it, and CSV is there for
//! machines).

use std::io::Write;

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};

use super::Style;
use super::spill::Spill;
use super::table::{Widths, table, width};

/// Output formats of every report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Csv,
    /// A Markdown table with the Swedish headers, to paste into a document.
    Markdown,
}

impl Format {
    pub const NAMES: [&'static str; 4] = ["table", "json", "csv", "markdown"];

    /// `--format`, where the global `--json` means json.
    pub fn choose(flag: Option<&str>, json: bool) -> Result<Format> {
        match (flag, json) {
            (Some("json"), _) | (None, true) => Ok(Format::Json),
            (Some("csv"), false) => Ok(Format::Csv),
            (Some("markdown"), false) => Ok(Format::Markdown),
            (Some("table"), false) | (None, false) => Ok(Format::Table),
            (Some(f), true) => {
                bail!("--json asks for JSON but --format asks for {f}: give one of them")
            }
            (Some(f), false) => bail!("unknown format {f}: use table, json, csv or markdown"),
        }
    }
}

/// A report column: its stable key (JSON key and CSV header), the table's header, and a width
/// it is expected to need (the table measures the rows it prints).
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub key: &'static str,
    pub width: usize,
    /// The header of the table and Markdown (Swedish: a caseworker reads them).
    pub label: &'static str,
    /// How the table and Markdown show the value.
    pub shown: Shown,
}

/// How a column's value reads in the table and Markdown (JSON and CSV keep it as it is).
#[derive(Debug, Clone, Copy)]
pub enum Shown {
    /// As it is.
    Value,
    /// A code, in the words of the function (the code itself where it has none).
    Words(fn(&str) -> Option<&'static str>),
    /// A yes/no that adds the column's header to the previous column's cell when true (a
    /// reminder's due day "2026-05-06 försenad"); it has no column of its own.
    AfterPrevious,
}

/// A column whose table header is the Swedish word for `key` (render::headers).
pub const fn col(key: &'static str, width: usize) -> Column {
    Column {
        key,
        width,
        label: super::headers::swedish(key),
        shown: Shown::Value,
    }
}

/// A column whose table header is `label` (Swedish), its key staying the JSON key.
pub const fn labelled(key: &'static str, label: &'static str, width: usize) -> Column {
    Column {
        key,
        width,
        label,
        shown: Shown::Value,
    }
}

impl Column {
    /// Shown in the table through `words` (a code a caseworker reads in Swedish).
    pub const fn words(mut self, words: fn(&str) -> Option<&'static str>) -> Column {
        self.shown = Shown::Words(words);
        self
    }

    /// Shown in the table as the previous column's addition (see [`Shown::AfterPrevious`]).
    pub const fn after_previous(mut self) -> Column {
        self.shown = Shown::AfterPrevious;
        self
    }
}

/// The headers of the human formats: every column but those shown after the previous one.
fn human_headers(columns: &[Column]) -> Vec<String> {
    columns
        .iter()
        .filter(|c| !matches!(c.shown, Shown::AfterPrevious))
        .map(|c| c.label.to_string())
        .collect()
}

/// A row's cells in the human formats (its strings moved, not copied: a long report makes
/// hundreds of thousands of cells).
fn human_cells(columns: &[Column], values: Vec<Value>) -> Vec<String> {
    let mut cells: Vec<String> = Vec::with_capacity(columns.len());
    for (c, v) in columns.iter().zip(values) {
        match c.shown {
            Shown::Value => cells.push(owned_cell(v)),
            Shown::Words(words) => {
                let text = owned_cell(v);
                cells.push(words(&text).map_or(text, str::to_string));
            }
            Shown::AfterPrevious => {
                if v.as_bool() == Some(true)
                    && let Some(last) = cells.last_mut()
                {
                    last.push(' ');
                    last.push_str(c.label);
                }
            }
        }
    }
    cells
}

/// A row of a table written as a block of lines instead, when the terminal is narrower than
/// `below` columns: the function gets the row's human cells and the width.
#[derive(Debug, Clone, Copy)]
pub struct Blocks {
    pub below: u16,
    pub block: fn(&[&str], usize) -> String,
}

pub struct ReportWriter<'w> {
    w: &'w mut dyn Write,
    format: Format,
    columns: &'static [Column],
    style: Style,
    rows: usize,
    // Only for a table, which has to measure its columns: its rows, in memory up to the
    // budget (`render::spill`), and the widths they need.
    buffered: Spill,
    widths: Widths,
    // A line a table starts with (a summary), when there are rows.
    preface: Option<String>,
    blocks: Option<Blocks>,
}

impl<'w> ReportWriter<'w> {
    /// Starts a report; `meta` goes beside `items` in JSON (`as_of` first).
    pub fn begin(
        w: &'w mut dyn Write,
        format: Format,
        columns: &'static [Column],
        meta: Map<String, Value>,
        style: Style,
    ) -> Result<ReportWriter<'w>> {
        match format {
            Format::Json => {
                let mut head = serde_json::to_string(&Value::Object(meta))?;
                // Reopen the object to append the streamed items.
                head.pop();
                if head.len() > 1 {
                    head.push(',');
                }
                write!(w, "{head}\"items\":[")?;
            }
            Format::Csv => w.write_all(&csv_line(columns.iter().map(|c| c.key.to_string()))?)?,
            Format::Markdown => {
                let header = human_headers(columns);
                write_markdown(w, &header)?;
                write_markdown(w, &vec!["---".to_string(); header.len()])?;
            }
            Format::Table => {}
        }
        let budget = match format {
            Format::Table => super::spill::budget()?,
            _ => 0,
        };
        let headers = human_headers(columns);
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        Ok(ReportWriter {
            w,
            format,
            columns,
            style,
            rows: 0,
            buffered: Spill::new(budget),
            widths: Widths::new(&headers),
            preface: None,
            blocks: None,
        })
    }

    /// One row: values in column order (strings, numbers, null).
    pub fn row(&mut self, values: Vec<Value>) -> Result<()> {
        if values.len() != self.columns.len() {
            bail!(
                "a report row has {} values for {} columns",
                values.len(),
                self.columns.len()
            );
        }
        match self.format {
            Format::Json => {
                if self.rows > 0 {
                    self.w.write_all(b",")?;
                }
                let mut item = Map::new();
                for (c, v) in self.columns.iter().zip(values) {
                    item.insert(c.key.to_string(), v);
                }
                // Serialized first, so that a closed pipe surfaces as the io::Error it is.
                let text = serde_json::to_vec(&Value::Object(item))?;
                self.w.write_all(&text)?;
            }
            Format::Csv => self.w.write_all(&csv_line(values.iter().map(cell))?)?,
            Format::Markdown => {
                let cells = human_cells(self.columns, values);
                write_markdown(self.w, &cells)?;
            }
            Format::Table => {
                let cells = human_cells(self.columns, values);
                self.widths.measure(&cells);
                self.buffered.push(cells)?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Ends the report; returns how many rows it had.
    pub fn finish(mut self) -> Result<usize> {
        match self.format {
            Format::Json => writeln!(self.w, "]}}")?,
            Format::Csv | Format::Markdown => {}
            Format::Table => {
                let headers = human_headers(self.columns);
                let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
                let rows = std::mem::replace(&mut self.buffered, Spill::new(0));
                if let Some(line) = self.preface.take().filter(|_| !rows.is_empty()) {
                    writeln!(self.w, "{line}\n")?;
                }
                let narrow = match (width(self.style), self.blocks) {
                    (Some(w), Some(b)) if w < b.below => Some((usize::from(w), b.block)),
                    _ => None,
                };
                let w = &mut *self.w;
                if let Some((width, block)) = narrow {
                    let mut first = true;
                    rows.each(&mut |row| {
                        if !std::mem::take(&mut first) {
                            writeln!(w)?;
                        }
                        writeln!(w, "{}", block(row, width))?;
                        Ok(())
                    })?;
                } else if rows.spilled() || width(self.style).is_none() {
                    // Too many rows to draw at a terminal in memory: plain columns, as in a
                    // cron mail.
                    self.widths.header(w, &headers)?;
                    rows.each(&mut |row| Ok(self.widths.line(w, row)?))?;
                } else {
                    let rows = rows.into_held()?.unwrap_or_default();
                    writeln!(w, "{}", table(&headers, rows, self.style))?;
                }
            }
        }
        self.w.flush()?;
        Ok(self.rows)
    }
}

/// What a streamed report is written to stdout in: 64 KiB at a time, where the default 8 KiB
/// made 409 writes of the 3.3 MB reminders at 100,000 cases.
const STDOUT_BUFFER: usize = 64 * 1024;

/// Writes a streamed report to stdout through `write`: buffered, and but for JSON (which serde
/// escapes) through [`crate::render::safe::Safe`], so that what the file holds cannot drive the
/// terminal.
pub fn to_stdout(format: Format, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::with_capacity(STDOUT_BUFFER, stdout.lock());
    if format == Format::Json {
        write(&mut w)?;
    } else {
        let mut safe = crate::render::safe::Safe::new(&mut w);
        write(&mut safe)?;
        safe.flush()?;
    }
    w.flush()?;
    Ok(())
}

/// When a report with no rows prints nothing at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenEmpty {
    /// Always the header (table, CSV) or the document (JSON).
    Header,
    /// Nothing in table and CSV, so that cron mails only when there is something to do; JSON
    /// still prints its (empty) document, since a script that asks for JSON wants one.
    Quiet,
}

/// A report that starts writing only at its first row when it is [`WhenEmpty::Quiet`].
pub struct Report<'w> {
    state: State<'w>,
    preface: Option<String>,
    blocks: Option<Blocks>,
}

enum State<'w> {
    Waiting {
        w: &'w mut dyn Write,
        format: Format,
        columns: &'static [Column],
        meta: Map<String, Value>,
        style: Style,
    },
    Started(ReportWriter<'w>),
    Done,
}

impl<'w> Report<'w> {
    pub fn begin(
        w: &'w mut dyn Write,
        format: Format,
        columns: &'static [Column],
        meta: Map<String, Value>,
        style: Style,
        when_empty: WhenEmpty,
    ) -> Result<Report<'w>> {
        let state = if when_empty == WhenEmpty::Quiet && format != Format::Json {
            State::Waiting {
                w,
                format,
                columns,
                meta,
                style,
            }
        } else {
            State::Started(ReportWriter::begin(w, format, columns, meta, style)?)
        };
        Ok(Report {
            state,
            preface: None,
            blocks: None,
        })
    }

    /// A line the human table starts with, above its header (a summary); not in JSON, CSV or
    /// Markdown, and not printed when the report has no rows.
    pub fn preface(&mut self, line: String) {
        self.preface = Some(line);
    }

    /// At a terminal narrower than `blocks.below`, each row as a block of lines.
    pub fn blocks(&mut self, blocks: Blocks) {
        self.blocks = Some(blocks);
    }

    pub fn row(&mut self, values: Vec<Value>) -> Result<()> {
        if let State::Waiting { .. } = self.state {
            let State::Waiting {
                w,
                format,
                columns,
                meta,
                style,
            } = std::mem::replace(&mut self.state, State::Done)
            else {
                bail!("the report lost its place");
            };
            self.state = State::Started(ReportWriter::begin(w, format, columns, meta, style)?);
        }
        match &mut self.state {
            State::Started(r) => r.row(values),
            _ => bail!("the report lost its place"),
        }
    }

    /// Ends the report; returns how many rows it had.
    pub fn finish(self) -> Result<usize> {
        match self.state {
            State::Started(mut r) => {
                r.preface = self.preface;
                r.blocks = self.blocks;
                r.finish()
            }
            State::Waiting { w, .. } => {
                w.flush()?;
                Ok(0)
            }
            State::Done => Ok(0),
        }
    }
}

/// The result of a report that streamed itself to stdout.
pub struct Written;

impl super::Output for Written {
    fn json(&self) -> Value {
        Value::Null
    }
    fn human(&self, _: &mut dyn Write, _: Style) -> std::io::Result<()> {
        Ok(())
    }
    fn written(&self) -> bool {
        true
    }
}

/// One CSV record, quoted as the csv crate does, handed on at once: the report streams.
fn csv_line(fields: impl Iterator<Item = String>) -> Result<Vec<u8>> {
    let mut c = csv::WriterBuilder::new().from_writer(Vec::new());
    c.write_record(fields)?;
    c.into_inner().context("cannot write a CSV row")
}

/// [`cell`] of a value given up: its string moved, not copied.
fn owned_cell(v: Value) -> String {
    match v {
        Value::String(s) => s,
        other => cell(&other),
    }
}

/// A value as a cell: strings bare, null empty, numbers as JSON writes them.
fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// One row of a Markdown table: `|` in a cell escaped, line breaks as spaces.
fn write_markdown(w: &mut dyn Write, cells: &[String]) -> Result<()> {
    let cells: Vec<String> = cells
        .iter()
        .map(|c| c.replace(['\n', '\r', '\t'], " ").replace('|', "\\|"))
        .collect();
    writeln!(w, "| {} |", cells.join(" | "))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLS: &[Column] = &[col("case_id", 6), col("message", 20)];

    fn render(format: Format, tty: bool) -> String {
        let mut out = Vec::new();
        let mut meta = Map::new();
        meta.insert("as_of".into(), Value::from("2026-11-23"));
        let style = Style { color: false, tty };
        let mut r = ReportWriter::begin(&mut out, format, COLS, meta, style).unwrap();
        r.row(vec![Value::from(1), Value::from("a, \"quoted\" text")])
            .unwrap();
        r.row(vec![Value::from(2), Value::Null]).unwrap();
        assert_eq!(r.finish().unwrap(), 2);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn json_is_one_document_with_meta_and_items() {
        let v: Value = serde_json::from_str(&render(Format::Json, false)).unwrap();
        assert_eq!(v["as_of"], "2026-11-23");
        assert_eq!(v["items"][0]["case_id"], 1);
        assert_eq!(v["items"][1]["message"], Value::Null);
    }

    #[test]
    fn csv_quotes_and_has_stable_header() {
        let text = render(Format::Csv, false);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("case_id,message"));
        assert_eq!(lines.next(), Some("1,\"a, \"\"quoted\"\" text\""));
        assert_eq!(lines.next(), Some("2,"));
    }

    #[test]
    fn plain_table_streams_aligned_columns() {
        let text = render(Format::Table, false);
        assert!(text.starts_with("ärende  meddelande\n"), "{text}");
        assert!(text.contains("1       a, \"quoted\" text"), "{text}");
    }

    #[test]
    fn quiet_report_prints_nothing_without_rows_except_json() {
        for (format, expect_empty) in [
            (Format::Table, true),
            (Format::Csv, true),
            (Format::Json, false),
        ] {
            let mut out = Vec::new();
            let style = Style {
                color: false,
                tty: false,
            };
            let r =
                Report::begin(&mut out, format, COLS, Map::new(), style, WhenEmpty::Quiet).unwrap();
            assert_eq!(r.finish().unwrap(), 0);
            assert_eq!(out.is_empty(), expect_empty, "{format:?}");
        }
        let mut out = Vec::new();
        let style = Style {
            color: false,
            tty: false,
        };
        let mut r = Report::begin(
            &mut out,
            Format::Csv,
            COLS,
            Map::new(),
            style,
            WhenEmpty::Quiet,
        )
        .unwrap();
        r.row(vec![Value::from(1), Value::from("x")]).unwrap();
        assert_eq!(r.finish().unwrap(), 1);
        assert_eq!(String::from_utf8(out).unwrap(), "case_id,message\n1,x\n");
    }

    #[test]
    fn format_choice() {
        assert_eq!(Format::choose(None, true).unwrap(), Format::Json);
        assert_eq!(Format::choose(Some("csv"), false).unwrap(), Format::Csv);
        assert!(Format::choose(Some("csv"), true).is_err());
    }
}
