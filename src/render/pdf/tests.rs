use lopdf::{Document as Read, Object};

use super::*;

fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 2).expect("test date")
}

fn strings(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

struct Furniture {
    letterhead: Vec<String>,
    window: Vec<String>,
    reference: Vec<String>,
}

fn furniture() -> Furniture {
    Furniture {
        letterhead: strings(&[
            "Exempelby kommun",
            "Socialnämnden",
            "Box 123, 123 45 Exempelby",
            "Telefon 0123-456 00",
            "socialnamnden@exempelby.se",
            "www.exempelby.se",
        ]),
        window: strings(&["Åsa Öberg", "Ängsvägen 7\n123 46 Exempelby"]),
        reference: strings(&["Datum: 2026-03-02", "Ärende: 12", "Beslut: 34"]),
    }
}

fn page<'a>(f: &'a Furniture, draft: Option<&'a str>) -> Page<'a> {
    Page {
        title: "Beslut om kontaktperson",
        letterhead: &f.letterhead,
        window: &f.window,
        reference: &f.reference,
        draft,
        footer: "Exempelby kommun · Socialnämnden · Ärende 12",
        date: date(),
    }
}

fn letter() -> Vec<Block> {
    vec![
        Block::Title("Beslut om kontaktperson".into()),
        Block::Heading("Ärendet".into()),
        Block::Para(
            "Åsa Öberg har ansökt om kontaktperson. Ansökan kom in den 2026-02-01 – och \
             utredningen är gjord av socialsekreterare René Ström."
                .into(),
        ),
        Block::Heading("Beslut".into()),
        Block::Para(
            "Socialnämnden beviljar Åsa Öberg kontaktperson under perioden 2026-03-01 – \
             2026-08-31. Insatsen omfattar 8 timmar per månad."
                .into(),
        ),
        Block::Heading("Mål med insatsen".into()),
        Block::Bullets(strings(&[
            "Att bryta social isolering och få ett större nätverk utanför familjen, med \
             regelbundna aktiviteter som den enskilde själv väljer och som kan fortsätta efter \
             insatsens slut.",
            "Att öka självständigheten i vardagen.",
        ])),
        Block::Heading("Överklagande".into()),
        Block::Para(
            "Den som inte är nöjd med beslutet kan överklaga det till förvaltningsrätten. \
             Överklagandet skickas till Socialnämnden."
                .into(),
        ),
        Block::Lines(strings(&[
            "Beslutet är fattat 2026-03-02.",
            "Socialnämnden",
        ])),
    ]
}

fn long_letter() -> Vec<Block> {
    let mut blocks = letter();
    for i in 1..=40 {
        blocks.push(Block::Heading(format!("Avsnitt {i}")));
        blocks.push(Block::Para(
            "Utredningen visar att behovet av stöd är väl beskrivet och att insatsen svarar \
             mot det. Den enskilde har själv fått lämna synpunkter på förslaget."
                .into(),
        ));
    }
    blocks
}

fn read(bytes: &[u8]) -> Read {
    Read::load_mem(bytes).expect("the PDF reads back")
}

fn page_text(doc: &Read, n: u32) -> String {
    doc.extract_text(&[n]).expect("text extracts")
}

fn all_text(doc: &Read) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text extracts")
}

fn number(o: &Object) -> f32 {
    match o {
        Object::Integer(i) => *i as f32,
        Object::Real(r) => *r,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn swedish_text_reads_back() {
    let f = furniture();
    let bytes = pdf(&page(&f, None), &letter()).expect("pdf");
    assert!(bytes.starts_with(b"%PDF-1.7"), "a PDF/A-2 file is PDF 1.7");
    let text = all_text(&read(&bytes));
    for word in [
        "Beslut",
        "Överklagande",
        "förvaltningsrätten",
        "Åsa Öberg",
        "Ängsvägen 7",
        "René Ström",
        "2026-03-01 –",
        "Exempelby kommun",
        "Ärende: 12",
        "Sida 1 av 1",
    ] {
        assert!(text.contains(word), "{word:?} missing from {text}");
    }
}

#[test]
fn both_fonts_are_embedded() {
    let f = furniture();
    let doc = read(&pdf(&page(&f, None), &letter()).expect("pdf"));
    let mut embedded = Vec::new();
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.has(b"FontFile2") || dict.has(b"FontFile3") {
            let name = dict
                .get(b"FontName")
                .and_then(Object::as_name)
                .expect("font name");
            embedded.push(String::from_utf8_lossy(name).to_string());
        }
    }
    // Subsets, named with a tag: "ABCDEF+DejaVuSerif".
    let mut names: Vec<&str> = embedded
        .iter()
        .filter_map(|n| n.split_once('+').map(|(_, name)| name))
        .collect();
    names.sort();
    assert_eq!(names, ["DejaVuSerif", "DejaVuSerif-Bold"], "{embedded:?}");
}

#[test]
fn every_page_is_a4() {
    let f = furniture();
    let doc = read(&pdf(&page(&f, None), &long_letter()).expect("pdf"));
    for id in doc.get_pages().values() {
        let page = doc.get_dictionary(*id).expect("page");
        let media = page
            .get(b"MediaBox")
            .and_then(Object::as_array)
            .expect("MediaBox");
        let media: Vec<f32> = media.iter().map(number).collect();
        let a4 = [0.0, 0.0, 595.28, 841.89];
        assert!(
            media.iter().zip(a4).all(|(m, a)| (m - a).abs() < 0.01),
            "{media:?}"
        );
    }
}

#[test]
fn a_long_letter_flows_over_pages_with_the_letterhead_once() {
    let f = furniture();
    let doc = read(&pdf(&page(&f, None), &long_letter()).expect("pdf"));
    let n = doc.get_pages().len() as u32;
    assert!(n > 1, "{n} pages");
    let first = page_text(&doc, 1);
    let second = page_text(&doc, 2);
    assert!(first.contains(&format!("Sida 1 av {n}")), "{first}");
    assert!(second.contains(&format!("Sida 2 av {n}")), "{second}");
    assert!(first.contains("Box 123, 123 45 Exempelby"), "{first}");
    assert!(!second.contains("Box 123"), "{second}");
    assert!(
        !second.contains("Åsa Öberg"),
        "the address is on page 1 only: {second}"
    );
    // The footer is on every page.
    for p in 1..=n {
        assert!(page_text(&doc, p).contains("Ärende 12"), "page {p}");
    }
    assert!(page_text(&doc, n).contains("Avsnitt 40"));
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let f = furniture();
    let a = pdf(&page(&f, Some("UTKAST")), &long_letter()).expect("pdf");
    let b = pdf(&page(&f, Some("UTKAST")), &long_letter()).expect("pdf");
    assert!(a == b, "two runs differ");
    let other = pdf(&page(&f, None), &long_letter()).expect("pdf");
    assert!(a != other);
}

#[test]
fn the_draft_mark_is_on_every_page_when_set() {
    let f = furniture();
    let draft = read(&pdf(&page(&f, Some("UTKAST")), &long_letter()).expect("pdf"));
    for p in draft.get_pages().keys() {
        assert!(page_text(&draft, *p).contains("UTKAST"), "page {p}");
    }
    let final_ = read(&pdf(&page(&f, None), &long_letter()).expect("pdf"));
    assert!(!all_text(&final_).contains("UTKAST"));
}

#[test]
fn metadata_is_pdf_a_2b_dated_by_the_letter() {
    let f = furniture();
    let bytes = pdf(&page(&f, None), &letter()).expect("pdf");
    let doc = read(&bytes);
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("Info");
    let created = info
        .get(b"CreationDate")
        .and_then(Object::as_str)
        .expect("CreationDate");
    assert!(created.starts_with(b"D:20260302"), "{created:?}");
    let title = info.get(b"Title").expect("Title");
    assert!(matches!(title, Object::String(..)), "{title:?}");

    // The XMP packet is stored uncompressed, as PDF/A asks.
    let xmp = String::from_utf8_lossy(&bytes);
    assert!(xmp.contains("pdfaid:part>2<") || xmp.contains("pdfaid:part=\"2\""));
    assert!(xmp.contains("pdfaid:conformance>B<") || xmp.contains("pdfaid:conformance=\"B\""));
    assert!(xmp.contains("2026-03-02"));
}

#[test]
fn a_character_without_a_glyph_is_refused() {
    let f = furniture();
    let blocks = vec![Block::Para("Namn: 漢字".into())];
    let err = pdf(&page(&f, None), &blocks).expect_err("no glyph");
    assert!(err.to_string().contains("U+6F22"), "{err}");
}

#[test]
fn lines_wrap_at_words_within_the_column() {
    let fonts = Fonts::load().expect("fonts");
    let text = "Den som inte är nöjd med beslutet kan överklaga det till förvaltningsrätten, \
                skriftligt och inom tre veckor från den dag beslutet togs emot.";
    let width = 60.0 * MM;
    let lines = fonts.wrap(text, Style::BODY, width);
    assert!(lines.len() > 2, "{lines:?}");
    for l in &lines {
        assert!(fonts.width(l, Style::BODY) <= width, "{l:?} is too wide");
    }
    assert_eq!(lines.join(" "), text, "no word is lost or broken");

    // A word longer than the line is broken between characters, nothing lost.
    let long = "handlaggare.socialnamnden.exempelby.kommun@exempelby.se";
    let pieces = fonts.wrap(long, Style::BODY, 30.0 * MM);
    assert!(pieces.len() > 1);
    assert_eq!(pieces.concat(), long);
}

#[test]
fn bold_is_measured_wider_than_regular() {
    let fonts = Fonts::load().expect("fonts");
    let regular = fonts.width("Överklagande", Style::BODY);
    let bold = fonts.width(
        "Överklagande",
        Style {
            bold: true,
            ..Style::BODY
        },
    );
    assert!(regular > 30.0 && bold > regular, "{regular} {bold}");
}

#[test]
fn the_address_sits_in_the_envelope_window() {
    let fonts = Fonts::load().expect("fonts");
    let f = furniture();
    let pages = layout(&fonts, &page(&f, None), &letter()).expect("layout");
    let first = &pages[0];
    let address: Vec<&Run> = first.iter().filter(|r| r.x == WINDOW_X).collect();
    let texts: Vec<&str> = address.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(texts, ["Åsa Öberg", "Ängsvägen 7", "123 46 Exempelby"]);
    for r in &address {
        let top = r.baseline - r.style.size;
        assert!(top >= 45.0 * MM && r.baseline <= 90.0 * MM, "{r:?}");
        assert!(fonts.width(&r.text, r.style) <= WINDOW_W);
    }
    // The body starts below the window, inside the margins.
    let body: Vec<&Run> = first.iter().filter(|r| r.style == Style::TITLE).collect();
    assert!(body[0].baseline > 90.0 * MM, "{:?}", body[0]);
    for r in pages.iter().flatten() {
        assert!(r.x + fonts.width(&r.text, r.style) <= RIGHT + 0.01, "{r:?}");
        assert!(r.baseline <= BOTTOM, "{r:?}");
    }
}

#[test]
fn bullets_hang_and_headings_are_bold() {
    let fonts = Fonts::load().expect("fonts");
    let f = furniture();
    let pages = layout(&fonts, &page(&f, None), &letter()).expect("layout");
    let runs = &pages[0];
    let bullet = runs.iter().position(|r| r.text == "•").expect("a bullet");
    // The item's first line and its continuation start at the same indent.
    let item: Vec<&Run> = runs[bullet + 1..bullet + 3].iter().collect();
    assert!(item.iter().all(|r| r.x == LEFT + BULLET_INDENT), "{item:?}");
    assert!(item[0].text.starts_with("Att bryta"));
    let heading = runs
        .iter()
        .find(|r| r.text == "Överklagande")
        .expect("heading");
    assert!(heading.style.bold);
}
