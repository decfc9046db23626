//! Tables for human output (comfy-table): box lines at a terminal, plain columns otherwise.

use comfy_table::presets::{NOTHING, UTF8_FULL_CONDENSED};
use comfy_table::{Attribute, Cell, ContentArrangement, Table};

use super::Style;

pub fn table(
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
    style: Style,
) -> String {
    let mut t = Table::new();
    if style.tty {
        t.load_preset(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic);
    } else {
        t.load_preset(NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
    }
    t.set_header(headers.iter().map(|h| {
        let c = Cell::new(h);
        if style.color {
            c.add_attribute(Attribute::Bold)
        } else {
            c
        }
    }));
    for row in rows {
        t.add_row(row);
    }
    if !style.color {
        t.force_no_tty();
    }
    t.to_string()
}
