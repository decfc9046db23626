//! A small document model for texts people receive (decision letters, orders to the provider),
//! written out as Markdown, HTML (escaped) or plain text.

use std::path::Path;

/// The written forms of a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Md,
    Html,
    Txt,
}

impl Format {
    pub const NAMES: [&'static str; 3] = ["md", "html", "txt"];

    pub fn parse(s: &str) -> Option<Format> {
        match s {
            "md" | "markdown" => Some(Format::Md),
            "html" | "htm" => Some(Format::Html),
            "txt" | "text" => Some(Format::Txt),
            _ => None,
        }
    }

    /// The format a file's extension names, if any.
    pub fn from_path(p: &Path) -> Option<Format> {
        p.extension()
            .and_then(|e| e.to_str())
            .and_then(|e| Format::parse(&e.to_ascii_lowercase()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Format::Md => "md",
            Format::Html => "html",
            Format::Txt => "txt",
        }
    }
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    Title(String),
    Heading(String),
    Para(String),
    /// Lines kept as lines (an address, a header).
    Lines(Vec<String>),
    Bullets(Vec<String>),
}

/// Writes the blocks in the format; `title` is the HTML document's title.
pub fn render(title: &str, blocks: &[Block], f: Format) -> String {
    match f {
        Format::Md => markdown(blocks),
        Format::Txt => text(blocks),
        Format::Html => html(title, blocks),
    }
}

fn markdown(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => out.push_str(&format!("# {}\n\n", md_line(t))),
            Block::Heading(t) => out.push_str(&format!("## {}\n\n", md_line(t))),
            Block::Para(t) => out.push_str(&format!("{}\n\n", md_line(t))),
            Block::Lines(lines) => {
                let ls: Vec<String> = lines.iter().map(|l| md_line(l)).collect();
                out.push_str(&ls.join("  \n"));
                out.push_str("\n\n");
            }
            Block::Bullets(items) => {
                for i in items {
                    out.push_str(&format!("- {}\n", md_line(i)));
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// A line of user text that Markdown shows as written: no line breaks, no leading markup.
fn md_line(s: &str) -> String {
    let one: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(one.len());
    for (i, c) in one.chars().enumerate() {
        let leading = i == 0 && matches!(c, '#' | '>' | '-' | '+' | '=' | '|');
        if leading || matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn text(blocks: &[Block]) -> String {
    let mut out = String::new();
    for b in blocks {
        match b {
            Block::Title(t) => {
                out.push_str(&format!("{t}\n{}\n\n", "=".repeat(t.chars().count())));
            }
            Block::Heading(t) => {
                out.push_str(&format!("{t}\n{}\n\n", "-".repeat(t.chars().count())));
            }
            Block::Para(t) => out.push_str(&format!("{t}\n\n")),
            Block::Lines(lines) => out.push_str(&format!("{}\n\n", lines.join("\n"))),
            Block::Bullets(items) => {
                for i in items {
                    out.push_str(&format!("  * {i}\n"));
                }
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

fn html(title: &str, blocks: &[Block]) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n</head>\n<body>\n",
        escape(title)
    );
    for b in blocks {
        match b {
            Block::Title(t) => out.push_str(&format!("<h1>{}</h1>\n", escape(t))),
            Block::Heading(t) => out.push_str(&format!("<h2>{}</h2>\n", escape(t))),
            Block::Para(t) => out.push_str(&format!("<p>{}</p>\n", escape(t))),
            Block::Lines(lines) => {
                let ls: Vec<String> = lines.iter().map(|l| escape(l)).collect();
                out.push_str(&format!("<p>{}</p>\n", ls.join("<br>\n")));
            }
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for i in items {
                    out.push_str(&format!("<li>{}</li>\n", escape(i)));
                }
                out.push_str("</ul>\n");
            }
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

/// HTML text and attribute escaping.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> Vec<Block> {
        vec![
            Block::Title("Beslut om <kontaktperson>".into()),
            Block::Lines(vec!["Anna & Co".into(), "Storgatan \"1\"".into()]),
            Block::Heading("Mål".into()),
            Block::Bullets(vec!["<script>alert(1)</script>".into()]),
            Block::Para("# inte en rubrik *inte fet*".into()),
        ]
    }

    #[test]
    fn html_escapes_every_text() {
        let h = render("Beslut & brev", &doc(), Format::Html);
        assert!(h.contains("<title>Beslut &amp; brev</title>"));
        assert!(h.contains("<h1>Beslut om &lt;kontaktperson&gt;</h1>"));
        assert!(h.contains("Anna &amp; Co<br>"));
        assert!(h.contains("Storgatan &quot;1&quot;"));
        assert!(h.contains("<li>&lt;script&gt;alert(1)&lt;/script&gt;</li>"));
        assert!(!h.contains("<script>"));
    }

    #[test]
    fn markdown_keeps_user_text_as_text() {
        let m = render("", &doc(), Format::Md);
        assert!(m.starts_with("# Beslut om \\<kontaktperson>\n"), "{m}");
        assert!(m.contains("Anna & Co  \nStorgatan \"1\""), "{m}");
        assert!(m.contains("\\# inte en rubrik \\*inte fet\\*"), "{m}");
    }

    #[test]
    fn text_underlines_headings() {
        let t = render("", &doc(), Format::Txt);
        assert!(t.contains("Mål\n---\n"), "{t}");
        assert!(t.contains("  * <script>"), "{t}");
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(Format::from_path(Path::new("a/b.HTML")), Some(Format::Html));
        assert_eq!(Format::from_path(Path::new("b.md")), Some(Format::Md));
        assert_eq!(Format::from_path(Path::new("b.pdf")), None);
        assert_eq!(Format::from_path(Path::new("b")), None);
    }
}
