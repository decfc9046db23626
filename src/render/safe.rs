//! Terminal safety for human output: what insats prints from the file (names, notes, addresses)
//! cannot drive the terminal. Control characters are shown in caret notation (`^[`, `^G`), C1
//! controls and bidirectional overrides as `<U+202E>`; only line breaks, tabs and insats's own
//! colour codes (SGR, `ESC [ ... m`) pass. JSON is never filtered: serde escapes it exactly.

use std::io::{self, Write};

/// The longest colour code passed through, in bytes after `ESC [`.
const MAX_SGR: usize = 16;

/// A writer that makes every byte written through it harmless at a terminal.
pub struct Safe<W: Write> {
    inner: W,
    pending: Vec<u8>,
    /// What the last write cleaned, kept for the next one's (no allocation a write).
    out: Vec<u8>,
}

impl<W: Write> Safe<W> {
    pub fn new(inner: W) -> Safe<W> {
        Safe {
            inner,
            pending: Vec::new(),
            out: Vec::new(),
        }
    }
}

impl<W: Write> Write for Safe<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Most writes are whole lines of printable text: passed on as they are.
        if self.pending.is_empty() && plain_len(buf) == buf.len() {
            self.inner.write_all(buf)?;
            return Ok(buf.len());
        }
        self.pending.extend_from_slice(buf);
        self.out.clear();
        let used = clean_into(&self.pending, false, &mut self.out);
        self.inner.write_all(&self.out)?;
        self.pending.drain(..used);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.clear();
        let used = clean_into(&self.pending, true, &mut self.out);
        self.inner.write_all(&self.out)?;
        self.pending.drain(..used);
        self.inner.flush()
    }
}

impl<W: Write> Drop for Safe<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// Whether `c` reorders or hides text (bidi overrides, isolates and marks).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// How many bytes at the start of `buf` pass as they are: printable ASCII, a line break or tab,
/// and whole two-byte characters but the C1 controls (U+0080-U+009F), which are the Swedish
/// letters and no bidi control.
fn plain_len(buf: &[u8]) -> usize {
    let mut i = 0;
    loop {
        // Eight bytes at a time while they are all printable ASCII, which most are.
        while let Some(eight) = buf.get(i..i + 8).and_then(|b| <[u8; 8]>::try_from(b).ok()) {
            if !printable_ascii(u64::from_le_bytes(eight)) {
                break;
            }
            i += 8;
        }
        match buf.get(i) {
            Some(0x20..=0x7e | b'\n' | b'\t') => i += 1,
            Some(&b @ 0xC2..=0xDF) => match buf.get(i + 1) {
                Some(&next) if next & 0xC0 == 0x80 && (b != 0xC2 || next >= 0xA0) => i += 2,
                _ => return i,
            },
            _ => return i,
        }
    }
}

/// Whether each of the eight bytes of `x` is printable ASCII (0x20-0x7E): none has its high
/// bit, none is below 0x20, none is 0x7F (the tests of "Bit Twiddling Hacks", byte-wise).
fn printable_ascii(x: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // With no high bit set, a byte below n borrows into its own high bit (n <= 0x80).
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH != 0;
    x & HIGH == 0 && !below(x, 0x20) && !below(x ^ (ONES * 0x7f), 1)
}

/// Appends the cleaned bytes of `buf` to `out` and returns how many of its bytes were used: at
/// the end an incomplete character or colour code waits for the next write, unless `last`.
fn clean_into(buf: &[u8], last: bool, out: &mut Vec<u8>) -> usize {
    let mut i = 0;
    while i < buf.len() {
        // Most of what is written is printable ASCII, copied as it is, a run at a time.
        let plain = plain_len(&buf[i..]);
        if plain > 0 {
            out.extend_from_slice(&buf[i..i + plain]);
            i += plain;
            continue;
        }
        let b = buf[i];
        if b == 0x1b {
            match sgr_len(&buf[i..]) {
                Some(n) => {
                    out.extend_from_slice(&buf[i..i + n]);
                    i += n;
                }
                None if !last && buf.len() - i <= MAX_SGR + 2 && could_be_sgr(&buf[i..]) => break,
                None => {
                    out.extend_from_slice(b"^[");
                    i += 1;
                }
            }
            continue;
        }
        if b < 0x20 {
            out.extend_from_slice(&[b'^', b + 0x40]);
            i += 1;
            continue;
        }
        if b == 0x7f {
            out.extend_from_slice(b"^?");
            i += 1;
            continue;
        }
        let width = utf8_width(b);
        if i + width > buf.len() && !last {
            break;
        }
        match std::str::from_utf8(&buf[i..(i + width).min(buf.len())]) {
            Ok(s) => {
                let c = s.chars().next().unwrap_or('\u{FFFD}');
                if ('\u{80}'..='\u{9F}').contains(&c) || is_bidi_control(c) {
                    out.extend_from_slice(format!("<U+{:04X}>", c as u32).as_bytes());
                } else {
                    out.extend_from_slice(s.as_bytes());
                }
                i += width;
            }
            Err(_) => {
                out.extend_from_slice("\u{FFFD}".as_bytes());
                i += 1;
            }
        }
    }
    i
}

fn utf8_width(first: u8) -> usize {
    match first {
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => 1,
    }
}

/// The length of a complete colour code `ESC [ digits;... m` at the start of `b`.
fn sgr_len(b: &[u8]) -> Option<usize> {
    if b.len() < 3 || b[1] != b'[' {
        return None;
    }
    let body = b[2..]
        .iter()
        .take(MAX_SGR + 1)
        .take_while(|c| c.is_ascii_digit() || **c == b';')
        .count();
    (body <= MAX_SGR && b.get(2 + body) == Some(&b'm')).then_some(3 + body)
}

/// Whether `b` (starting with ESC) may still become a colour code with more bytes.
fn could_be_sgr(b: &[u8]) -> bool {
    b.len() == 1 || (b[1] == b'[' && b[2..].iter().all(|c| c.is_ascii_digit() || *c == b';'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(s: &str) -> String {
        let mut out = Vec::new();
        {
            let mut w = Safe::new(&mut out);
            w.write_all(s.as_bytes()).unwrap();
        }
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn escape_codes_from_the_file_are_shown_not_obeyed() {
        assert_eq!(
            shown("Eva \x1b]0;PWNED\x07\x1b[2J"),
            "Eva ^[]0;PWNED^G^[[2J"
        );
        assert_eq!(shown("a\rb\x7f"), "a^Mb^?");
        assert_eq!(shown("Anna \u{202E}nosrettA"), "Anna <U+202E>nosrettA");
        assert_eq!(shown("x\u{85}y"), "x<U+0085>y");
    }

    #[test]
    fn every_two_byte_character_is_shown_or_coded_and_broken_bytes_replaced() {
        for c in ('\u{80}'..='\u{7FF}').filter(|c| c.len_utf8() == 2) {
            let want = if (c as u32) <= 0x9F {
                format!("<U+{:04X}>", c as u32)
            } else {
                c.to_string()
            };
            assert_eq!(shown(&c.to_string()), want);
        }
        let mut out = Vec::new();
        let used = clean_into(b"a\xC3(b\xC0\x80\xDF", true, &mut out);
        assert_eq!(used, 7);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "a\u{FFFD}(b\u{FFFD}\u{FFFD}\u{FFFD}"
        );
    }

    /// What `plain_len` gives, a byte at a time (the rule it keeps).
    fn plain_len_bytewise(buf: &[u8]) -> usize {
        let mut i = 0;
        while let Some(&b) = buf.get(i) {
            match b {
                0x20..=0x7e | b'\n' | b'\t' => i += 1,
                0xC2..=0xDF => match buf.get(i + 1) {
                    Some(&next) if next & 0xC0 == 0x80 && (b != 0xC2 || next >= 0xA0) => i += 2,
                    _ => break,
                },
                _ => break,
            }
        }
        i
    }

    #[test]
    fn eight_bytes_at_a_time_stop_where_one_at_a_time_stops() {
        // Every byte value at every place of a run longer than two words, and the two-byte
        // characters around the edges of a word.
        for b in 0..=255u8 {
            for at in 0..20 {
                let mut buf = b"abcdefghijklmnopqrst".to_vec();
                buf[at] = b;
                assert_eq!(plain_len(&buf), plain_len_bytewise(&buf), "{b:#x} at {at}");
            }
        }
        for text in [
            "ärende åtta öar",
            "1234567ä89",
            "abcdefg\u{85}h",
            "x\ty\nz åäö ÅÄÖ é",
        ] {
            for end in 0..=text.len() {
                let buf = &text.as_bytes()[..end];
                assert_eq!(plain_len(buf), plain_len_bytewise(buf), "{text:?} to {end}");
            }
        }
    }

    #[test]
    fn own_colour_line_breaks_and_swedish_letters_pass() {
        let s = "\x1b[1mÄrende\x1b[0m\tå ä ö\n";
        assert_eq!(shown(s), s);
    }

    #[test]
    fn a_character_or_code_split_between_writes_is_kept_whole() {
        let mut out = Vec::new();
        {
            let mut w = Safe::new(&mut out);
            let a = "ö\x1b[1m".as_bytes();
            w.write_all(&a[..1]).unwrap();
            w.write_all(&a[1..3]).unwrap();
            w.write_all(&a[3..]).unwrap();
            w.write_all(b"x\x1b[0m").unwrap();
        }
        assert_eq!(String::from_utf8(out).unwrap(), "ö\x1b[1mx\x1b[0m");
    }
}
