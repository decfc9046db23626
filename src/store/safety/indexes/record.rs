//! The values of an index's entries as SQLite holds them: their order, a hash that holds equal
//! values alike, and the bytes of a record (see the module above).

use std::cmp::Ordering;
use std::hash::Hasher;

use rusqlite::types::{Value, ValueRef};

use super::Payload;

/// 2^63: every i64 is below it, and at or above its negation.
const TWO_63: f64 = 9_223_372_036_854_775_808.0;

/// SQLite's order of two values under BINARY collation: NULL, then numbers by value, then
/// text and blobs byte by byte.
pub(super) fn value_order(a: &Value, b: &Value) -> Ordering {
    fn class(v: &Value) -> u8 {
        match v {
            Value::Null => 0,
            Value::Integer(_) | Value::Real(_) => 1,
            Value::Text(_) => 2,
            Value::Blob(_) => 3,
        }
    }
    match (a, b) {
        (Value::Integer(x), Value::Integer(y)) => x.cmp(y),
        (Value::Integer(x), Value::Real(y)) => number_order(*x, *y),
        (Value::Real(x), Value::Integer(y)) => number_order(*y, *x).reverse(),
        (Value::Real(x), Value::Real(y)) => x.total_cmp(y),
        (Value::Text(x), Value::Text(y)) => x.as_bytes().cmp(y.as_bytes()),
        (Value::Blob(x), Value::Blob(y)) => x.cmp(y),
        _ => class(a).cmp(&class(b)),
    }
}

/// The order of an integer and a real.
fn number_order(i: i64, r: f64) -> Ordering {
    if r.is_nan() {
        return Ordering::Greater;
    }
    // Beyond 2^63 either way, the real is outside every integer.
    if r >= TWO_63 {
        return Ordering::Less;
    }
    if r < -TWO_63 {
        return Ordering::Greater;
    }
    let whole = r.floor();
    match i.cmp(&(whole as i64)) {
        Ordering::Equal if r > whole => Ordering::Less,
        o => o,
    }
}

/// A real that is a whole number within i64, as that integer: SQLite holds it equal to one, and
/// stores it as one in a REAL column.
fn whole(r: f64) -> Option<i64> {
    (r.fract() == 0.0 && (-TWO_63..TWO_63).contains(&r)).then_some(r as i64)
}

/// Feeds one value to the hash, so that values SQLite holds equal hash alike (5 and 5.0).
pub(super) fn hash_value(v: ValueRef<'_>, h: &mut impl Hasher) {
    match v {
        ValueRef::Null => h.write_u8(0),
        ValueRef::Integer(i) => {
            h.write_u8(1);
            h.write_i64(i);
        }
        ValueRef::Real(r) => match whole(r) {
            Some(i) => {
                h.write_u8(1);
                h.write_i64(i);
            }
            None => {
                h.write_u8(2);
                h.write_u64(r.to_bits());
            }
        },
        ValueRef::Text(t) => {
            h.write_u8(3);
            h.write_usize(t.len());
            h.write(t);
        }
        ValueRef::Blob(b) => {
            h.write_u8(4);
            h.write_usize(b.len());
            h.write(b);
        }
    }
}

/// The size of one record as SQLite writes it: a header (its own length, then each field's
/// serial type, as varints) and the fields' bytes.
#[derive(Default)]
pub(super) struct Record {
    types: u64,
    body: u64,
}

impl Record {
    /// Adds a field; `real` when its column has REAL affinity (a whole number in it is stored
    /// as an integer).
    pub(super) fn add(&mut self, v: ValueRef<'_>, real: bool, payload: &mut Payload) {
        let (serial, bytes) = match v {
            ValueRef::Null => (0, 0),
            ValueRef::Integer(i) => integer_type(i, payload),
            ValueRef::Real(r) => match whole(r).filter(|_| real) {
                Some(i) => integer_type(i, payload),
                None => (7, 8),
            },
            ValueRef::Text(t) => (2 * t.len() as u64 + 13, t.len() as u64),
            ValueRef::Blob(b) => (2 * b.len() as u64 + 12, b.len() as u64),
        };
        self.types += varint_len(serial);
        self.body += bytes;
    }

    pub(super) fn len(&self) -> u64 {
        let mut header = self.types + 1;
        if self.types > 126 {
            let n = varint_len(self.types);
            header = self.types + n;
            if n < varint_len(header) {
                header += 1;
            }
        }
        header + self.body
    }
}

/// An integer's serial type and its bytes in a record.
fn integer_type(i: i64, payload: &mut Payload) -> (u64, u64) {
    match i {
        0 | 1 => {
            payload.small += 1;
            (8 + i as u64, 0)
        }
        -128..=127 => (1, 1),
        -32_768..=32_767 => (2, 2),
        -8_388_608..=8_388_607 => (3, 3),
        -2_147_483_648..=2_147_483_647 => (4, 4),
        -140_737_488_355_328..=140_737_488_355_327 => (5, 6),
        _ => (6, 8),
    }
}

fn varint_len(v: u64) -> u64 {
    match v {
        0..=0x7f => 1,
        0x80..=0x3fff => 2,
        0x4000..=0x1f_ffff => 3,
        0x20_0000..=0x0fff_ffff => 4,
        0x1000_0000..=0x7_ffff_ffff => 5,
        0x8_0000_0000..=0x3ff_ffff_ffff => 6,
        0x400_0000_0000..=0x1_ffff_ffff_ffff => 7,
        0x2_0000_0000_0000..=0xff_ffff_ffff_ffff => 8,
        _ => 9,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_order_as_sqlite_orders_them() {
        use Value::*;
        let ordered = [
            Null,
            Real(f64::NEG_INFINITY),
            Integer(i64::MIN),
            Real(-1.5),
            Integer(-1),
            Real(-0.0),
            Real(0.5),
            Integer(1),
            Real(1.0e19),
            Text("A".into()),
            Text("a".into()),
            Text("å".into()),
            Blob(vec![]),
            Blob(vec![0]),
        ];
        for (i, a) in ordered.iter().enumerate() {
            for (j, b) in ordered.iter().enumerate() {
                assert_eq!(value_order(a, b), i.cmp(&j), "{a:?} against {b:?}");
            }
        }
        assert_eq!(value_order(&Integer(2), &Real(2.0)), Ordering::Equal);
        assert_eq!(value_order(&Real(2.0), &Integer(2)), Ordering::Equal);
    }

    #[test]
    fn records_are_as_long_as_sqlite_writes_them() {
        let mut payload = Payload::default();
        let mut r = Record::default();
        for v in [
            ValueRef::Null,
            ValueRef::Integer(1),
            ValueRef::Integer(200),
            ValueRef::Integer(-9_000_000_000),
            ValueRef::Text(b"abc"),
        ] {
            r.add(v, false, &mut payload);
        }
        r.add(ValueRef::Real(2.0), true, &mut payload);
        r.add(ValueRef::Real(2.5), true, &mut payload);
        // A header of 8 bytes (its length, seven types); 0 + 0 + 2 + 6 + 3 + 1 + 8 bytes.
        assert_eq!(r.len(), 8 + 20);
        assert_eq!(payload.small, 1);
    }
}
