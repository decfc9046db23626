//! Letters as PDF: A4, DejaVu Serif embedded, PDF/A-2b, the same bytes for the same input.
//!
//! The first page follows DIN 5008 form B, which fits the window of a C5 or C4 window envelope
//! (window 20 mm from the left edge, 45–90 mm from the top): the letterhead and the reference
//! block share the header above 45 mm, the recipient's address sits in the address field at
//! 20 mm from the left, and the body starts two lines below the field. Later pages carry only
//! the body; every page ends with the footer and "Sida N av M".
//!
//! Text is measured by shaping it with rustybuzz exactly as krilla's `draw_text` shapes it, so a
//! line that fits when measured fits when drawn.

use std::cell::RefCell;

use anyhow::{Context, Result, anyhow};
use chrono::{Datelike, NaiveDate};
use krilla::color::luma;
use krilla::configure::{Archival, ConfigurationBuilder};
use krilla::geom::{Point, Transform};
use krilla::metadata::{DateTime, Metadata};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};
use krilla::{Document, SerializeSettings};
use rustybuzz::{Direction, GlyphBuffer, Language, Script, ShapePlan, UnicodeBuffer, script};

use super::doc::Block;

const REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSerif-Bold.ttf");

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const LEFT: f32 = 25.0 * MM;
const RIGHT: f32 = PAGE_W - 20.0 * MM;
const TOP: f32 = 25.0 * MM;
/// The body stops here; the footer sits in the bottom margin below it.
const BOTTOM: f32 = PAGE_H - 25.0 * MM;
const FOOTER_BASELINE: f32 = PAGE_H - 12.0 * MM;

/// The header, above the address field.
const HEADER_TOP: f32 = 15.0 * MM;
/// DIN 5008 form B address field: 20 mm from the left, 45 mm from the top, 85 × 45 mm. Its
/// upper 17.7 mm are for the return address and notes; the recipient starts below them.
const WINDOW_X: f32 = 20.0 * MM;
const WINDOW_TOP: f32 = 45.0 * MM;
const WINDOW_W: f32 = 85.0 * MM;
const WINDOW_BOTTOM: f32 = 90.0 * MM;
const ADDRESS_TOP: f32 = 62.7 * MM;
/// The reference block (date, case, decision) stands at the DIN tab stop of 125 mm.
const REFERENCE_X: f32 = 125.0 * MM;
/// Two lines of space between the address field and the body.
const BODY_GAP: f32 = 8.46 * MM;

const BULLET_INDENT: f32 = 6.0 * MM;

/// A run of text's face and size.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Style {
    bold: bool,
    size: f32,
}

impl Style {
    const BODY: Style = Style {
        bold: false,
        size: 11.0,
    };
    const TITLE: Style = Style {
        bold: true,
        size: 15.0,
    };
    const HEADING: Style = Style {
        bold: true,
        size: 11.5,
    };
    const HEADER: Style = Style {
        bold: false,
        size: 9.0,
    };
    const HEADER_FIRST: Style = Style {
        bold: true,
        size: 11.0,
    };
    const FOOTER: Style = Style {
        bold: false,
        size: 8.0,
    };
    const DRAFT: Style = Style {
        bold: true,
        size: 96.0,
    };

    fn leading(self) -> f32 {
        self.size * 1.3
    }
}

/// What goes around the body of a letter.
#[derive(Debug, Clone)]
pub struct Page<'a> {
    /// The PDF's metadata title.
    pub title: &'a str,
    /// Top left: municipality, committee, postal address, phone, e-mail, web.
    pub letterhead: &'a [String],
    /// The recipient's name and address, shown through the envelope's window.
    pub window: &'a [String],
    /// Top right: date, case number, decision number.
    pub reference: &'a [String],
    /// `Some("UTKAST")` draws that word across every page.
    pub draft: Option<&'a str>,
    /// The bottom line of every page, followed by "Sida N av M".
    pub footer: &'a str,
    /// The document's date, written as the PDF's creation date so the output is reproducible.
    pub date: NaiveDate,
}

/// The document as A4 PDF/A-2b.
pub fn pdf(page: &Page, blocks: &[Block]) -> Result<Vec<u8>> {
    let fonts = Fonts::load()?;
    fonts.check(&one_line(page.footer), Style::FOOTER)?;
    if let Some(mark) = page.draft {
        fonts.check(&one_line(mark), Style::DRAFT)?;
    }
    let pages = layout(&fonts, page, blocks)?;
    write(&fonts, page, &pages)
}

/// One line of text placed on a page; `baseline` counts down from the top edge.
#[derive(Debug, Clone, PartialEq)]
struct Run {
    x: f32,
    baseline: f32,
    text: String,
    style: Style,
}

/// The two faces, for measuring (rustybuzz) and drawing (krilla).
struct Fonts {
    regular: rustybuzz::Face<'static>,
    bold: rustybuzz::Face<'static>,
    pdf_regular: Font,
    pdf_bold: Font,
    /// Shape plans by face and script: making one costs far more than shaping a word.
    plans: RefCell<Vec<(PlanKey, ShapePlan)>>,
}

type PlanKey = (bool, Option<Script>, Option<Language>);

impl Fonts {
    fn load() -> Result<Fonts> {
        let face = |data: &'static [u8]| {
            rustybuzz::Face::from_slice(data, 0).context("the embedded letter font does not parse")
        };
        let font = |data: &'static [u8]| {
            Font::new(data.into(), 0).context("the embedded letter font does not parse")
        };
        Ok(Fonts {
            regular: face(REGULAR_TTF)?,
            bold: face(BOLD_TTF)?,
            pdf_regular: font(REGULAR_TTF)?,
            pdf_bold: font(BOLD_TTF)?,
            plans: RefCell::new(Vec::new()),
        })
    }

    fn face(&self, style: Style) -> &rustybuzz::Face<'static> {
        if style.bold {
            &self.bold
        } else {
            &self.regular
        }
    }

    fn pdf_font(&self, style: Style) -> Font {
        if style.bold {
            self.pdf_bold.clone()
        } else {
            self.pdf_regular.clone()
        }
    }

    /// Shapes like krilla's `draw_text` (no features, left to right), with the plan that
    /// `rustybuzz::shape` would make for the same buffer.
    fn shape(&self, text: &str, style: Style) -> GlyphBuffer {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(Direction::LeftToRight);
        let script = Some(buffer.script()).filter(|s| *s != script::UNKNOWN);
        let key: PlanKey = (style.bold, script, buffer.language());
        let face = self.face(style);
        let mut plans = self.plans.borrow_mut();
        let i = match plans.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                let plan = ShapePlan::new(face, Direction::LeftToRight, key.1, key.2.as_ref(), &[]);
                plans.push((key, plan));
                plans.len() - 1
            }
        };
        rustybuzz::shape_with_plan(face, &plans[i].1, buffer)
    }

    /// The advance width of the text in points.
    fn width(&self, text: &str, style: Style) -> f32 {
        let units: i32 = self
            .shape(text, style)
            .glyph_positions()
            .iter()
            .map(|p| p.x_advance)
            .sum();
        units as f32 * style.size / self.face(style).units_per_em() as f32
    }

    /// The first character the font has no glyph for: drawn it would be an empty box, which
    /// PDF/A forbids and which would garble a name in a letter.
    fn missing_glyph(&self, text: &str, style: Style) -> Option<char> {
        let shaped = self.shape(text, style);
        shaped
            .glyph_infos()
            .iter()
            .find(|g| g.glyph_id == 0)
            .and_then(|g| text.get(g.cluster as usize..))
            .and_then(|rest| rest.chars().next())
    }

    /// Refuses text with a character the font lacks.
    fn check(&self, text: &str, style: Style) -> Result<()> {
        match self.missing_glyph(text, style) {
            Some(c) => Err(anyhow!(
                "the letter font has no glyph for {c:?} (U+{:04X}) in \"{text}\": write the \
                 text without it, or use another format than PDF",
                u32::from(c)
            )),
            None => Ok(()),
        }
    }

    /// Breaks the text into lines no wider than `width`, at spaces; a word wider than a whole
    /// line (a long e-mail address) is broken between characters.
    fn wrap(&self, text: &str, style: Style, width: f32) -> Vec<String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        // Words are shaped one by one (shaping every candidate line would be quadratic).
        let widths: Vec<f32> = words.iter().map(|w| self.width(w, style)).collect();
        let space = self.width(" ", style);
        let mut lines = Vec::new();
        let mut start = 0;
        while start < words.len() {
            if widths[start] > width {
                lines.extend(self.break_word(words[start], style, width));
                start += 1;
                continue;
            }
            let mut end = start + 1;
            let mut w = widths[start];
            while end < words.len() && w + space + widths[end] <= width {
                w += space + widths[end];
                end += 1;
            }
            // The sum leaves out kerning across the spaces: check the line as it will be drawn.
            let mut line = words[start..end].join(" ");
            while end - start > 1 && self.width(&line, style) > width {
                end -= 1;
                line = words[start..end].join(" ");
            }
            lines.push(line);
            start = end;
        }
        lines
    }

    /// A word too long for a line, in pieces that fit (at least one character each).
    fn break_word(&self, word: &str, style: Style, width: f32) -> Vec<String> {
        let mut pieces = Vec::new();
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if piece.chars().count() > 1 && self.width(&piece, style) > width {
                piece.pop();
                pieces.push(std::mem::replace(&mut piece, c.to_string()));
            }
        }
        if !piece.is_empty() {
            pieces.push(piece);
        }
        pieces
    }
}

/// The words of a text with single spaces between them.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text that keeps its line breaks: each string may itself hold several lines.
fn split_lines(lines: &[String]) -> impl Iterator<Item = &str> {
    lines.iter().flat_map(|l| l.lines())
}

/// Places the page furniture and flows the blocks over as many pages as they need.
fn layout(fonts: &Fonts, page: &Page, blocks: &[Block]) -> Result<Vec<Vec<Run>>> {
    let mut flow = Flow {
        fonts,
        pages: vec![Vec::new()],
        y: TOP,
        at_top: true,
    };
    let header_bottom = flow.header(page);
    flow.y = header_bottom.max(WINDOW_BOTTOM) + BODY_GAP;
    flow.at_top = true;

    let width = RIGHT - LEFT;
    for block in blocks {
        match block {
            Block::Title(t) => {
                flow.space(Style::TITLE.size * 0.5);
                flow.text(LEFT, t, Style::TITLE, width, 0.0);
                flow.space(Style::TITLE.size * 0.4);
            }
            Block::Heading(t) => {
                flow.space(Style::HEADING.size * 0.9);
                flow.text(LEFT, t, Style::HEADING, width, Style::BODY.leading());
                flow.space(Style::HEADING.size * 0.2);
            }
            Block::Para(t) => {
                flow.text(LEFT, t, Style::BODY, width, 0.0);
                flow.space(Style::BODY.size * 0.6);
            }
            Block::Lines(lines) => {
                for l in split_lines(lines) {
                    if l.trim().is_empty() {
                        flow.blank(Style::BODY);
                    } else {
                        flow.text(LEFT, l, Style::BODY, width, 0.0);
                    }
                }
                flow.space(Style::BODY.size * 0.6);
            }
            Block::Bullets(items) => {
                for item in items {
                    flow.bullet(item, width);
                    flow.space(Style::BODY.size * 0.2);
                }
                flow.space(Style::BODY.size * 0.4);
            }
        }
    }

    for run in flow.pages.iter().flatten() {
        fonts.check(&run.text, run.style)?;
    }
    Ok(flow.pages)
}

/// The layout's state: the pages so far and where the next line goes.
struct Flow<'f> {
    fonts: &'f Fonts,
    pages: Vec<Vec<Run>>,
    /// The top of the next line, from the page's top edge.
    y: f32,
    /// Nothing is on this page's body yet: space before a block is dropped here.
    at_top: bool,
}

impl Flow<'_> {
    /// Letterhead, reference and address on the first page; returns the lowest text's bottom.
    fn header(&mut self, page: &Page) -> f32 {
        let mut bottom: f32 = 0.0;

        let mut y = HEADER_TOP;
        for (i, l) in split_lines(page.letterhead).enumerate() {
            let style = if i == 0 {
                Style::HEADER_FIRST
            } else {
                Style::HEADER
            };
            y = self.place(LEFT, y, l, style, REFERENCE_X - LEFT - 5.0 * MM);
        }
        bottom = bottom.max(y);

        let mut y = HEADER_TOP;
        for l in split_lines(page.reference) {
            y = self.place(REFERENCE_X, y, l, Style::HEADER, RIGHT - REFERENCE_X);
        }
        bottom = bottom.max(y);

        // The recipient starts at the address zone; more lines than it holds move up into the
        // field's upper part, never above the window.
        let lines: Vec<&str> = split_lines(page.window).collect();
        let needed = lines.len() as f32 * Style::BODY.leading();
        let mut y = ADDRESS_TOP
            .min(WINDOW_BOTTOM - needed)
            .max(WINDOW_TOP + 2.0 * MM);
        for l in lines {
            y = self.place(WINDOW_X, y, l, Style::BODY, WINDOW_W);
        }
        bottom.max(y)
    }

    /// Places a piece of text at a fixed spot on the first page; returns the next line's top.
    fn place(&mut self, x: f32, mut y: f32, text: &str, style: Style, width: f32) -> f32 {
        for line in self.fonts.wrap(text, style, width) {
            self.pages[0].push(Run {
                x,
                baseline: y + style.size,
                text: line,
                style,
            });
            y += style.leading();
        }
        y
    }

    /// Space between blocks, dropped at the top of a page.
    fn space(&mut self, h: f32) {
        if !self.at_top {
            self.y += h;
        }
    }

    /// Starts a new page when less than `h` is left on this one.
    fn room(&mut self, h: f32) {
        if self.y + h > BOTTOM && !self.at_top {
            self.pages.push(Vec::new());
            self.y = TOP;
            self.at_top = true;
        }
    }

    fn blank(&mut self, style: Style) {
        self.room(style.leading());
        self.y += style.leading();
        self.at_top = false;
    }

    fn line(&mut self, x: f32, text: String, style: Style) {
        self.room(style.leading());
        let baseline = self.y + style.size;
        if let Some(page) = self.pages.last_mut() {
            page.push(Run {
                x,
                baseline,
                text,
                style,
            });
        }
        self.y += style.leading();
        self.at_top = false;
    }

    /// Wrapped text; `keep` is room wanted below its first line (a heading keeps a line of
    /// its section with it).
    fn text(&mut self, x: f32, text: &str, style: Style, width: f32, keep: f32) {
        let lines = self.fonts.wrap(text, style, width);
        if !lines.is_empty() {
            self.room(style.leading() + keep);
        }
        for l in lines {
            self.line(x, l, style);
        }
    }

    /// A bullet with a hanging indent: every line of the item starts at the indent.
    fn bullet(&mut self, item: &str, width: f32) {
        let style = Style::BODY;
        let lines = self.fonts.wrap(item, style, width - BULLET_INDENT);
        for (i, l) in lines.into_iter().enumerate() {
            self.room(style.leading());
            if i == 0 {
                let bullet_x = LEFT + BULLET_INDENT * 0.3;
                if let Some(page) = self.pages.last_mut() {
                    page.push(Run {
                        x: bullet_x,
                        baseline: self.y + style.size,
                        text: "•".into(),
                        style,
                    });
                }
            }
            self.line(LEFT + BULLET_INDENT, l, style);
        }
    }
}

/// Draws the laid-out pages with the footer and, for a draft, the draft mark.
fn write(fonts: &Fonts, page: &Page, pages: &[Vec<Run>]) -> Result<Vec<u8>> {
    // PDF/A-2b: an archivable letter (fonts embedded, colours device-independent, XMP
    // metadata). krilla checks it while writing and fails instead of writing a PDF that is not.
    let configuration = ConfigurationBuilder::new()
        .with_archival_validator(Archival::A2_B)
        .finish()
        .map_err(|e| anyhow!("PDF/A-2b configuration: {e:?}"))?;
    let settings = SerializeSettings {
        configuration,
        // Nothing is tagged yet; a tagged (PDF/UA) letter would need every run marked.
        enable_tagging: false,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    // No document ID is set: krilla then derives both file IDs from a hash of the content.
    doc.set_metadata(
        Metadata::new()
            .title(page.title.to_string())
            .language("sv".into())
            .creator("insats".into())
            .creation_date(pdf_date(page.date)),
    );

    let total = pages.len();
    let settings = PageSettings::from_wh(PAGE_W, PAGE_H).context("A4 is a valid page size")?;
    for (i, runs) in pages.iter().enumerate() {
        let mut pdf_page = doc.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();

        if let Some(mark) = page.draft.map(one_line).filter(|m| !m.is_empty()) {
            // Light grey and drawn first, so the body stays readable on top of it.
            let style = Style::DRAFT;
            let w = fonts.width(&mark, style);
            let angle = -(PAGE_H / PAGE_W).atan().to_degrees();
            surface.push_transform(&Transform::from_translate(PAGE_W / 2.0, PAGE_H / 2.0));
            surface.push_transform(&Transform::from_rotate(angle));
            surface.set_fill(Some(Fill {
                paint: luma::Color::new(220).into(),
                ..Fill::default()
            }));
            surface.draw_text(
                Point::from_xy(-w / 2.0, style.size * 0.35),
                fonts.pdf_font(style),
                style.size,
                &mark,
                false,
                TextDirection::LeftToRight,
            );
            surface.pop();
            surface.pop();
            surface.set_fill(Some(Fill::default()));
        }

        for run in runs {
            surface.draw_text(
                Point::from_xy(run.x, run.baseline),
                fonts.pdf_font(run.style),
                run.style.size,
                &run.text,
                false,
                TextDirection::LeftToRight,
            );
        }

        let number = format!("Sida {} av {total}", i + 1);
        let style = Style::FOOTER;
        let number_w = fonts.width(&number, style);
        surface.draw_text(
            Point::from_xy(RIGHT - number_w, FOOTER_BASELINE),
            fonts.pdf_font(style),
            style.size,
            &number,
            false,
            TextDirection::LeftToRight,
        );
        let footer = fonts.wrap(page.footer, style, RIGHT - LEFT - number_w - 5.0 * MM);
        let mut baseline = FOOTER_BASELINE - (footer.len().max(1) - 1) as f32 * style.leading();
        for line in &footer {
            surface.draw_text(
                Point::from_xy(LEFT, baseline),
                fonts.pdf_font(style),
                style.size,
                line,
                false,
                TextDirection::LeftToRight,
            );
            baseline += style.leading();
        }

        surface.finish();
        pdf_page.finish();
    }

    doc.finish().map_err(|e| match e {
        krilla::error::KrillaError::Validation(errors) => {
            anyhow!("the letter is not valid PDF/A-2b: {errors:?}")
        }
        e => anyhow!("could not write the PDF: {e}"),
    })
}

fn pdf_date(d: NaiveDate) -> DateTime {
    // Years outside 0–9999 are clamped by krilla; a letter's date is never there.
    DateTime::new(u16::try_from(d.year()).unwrap_or(0))
        .month(d.month() as u8)
        .day(d.day() as u8)
}

#[cfg(test)]
mod tests;
