//! `moved-days.csv`: `date,kind` with kind `working` or `day_off` — the working days a municipal
//! employer moved (budget-funded institutions move working days around festive days).

use decent_core::time::Day;

use crate::error::{InputError, Warning};
use crate::fields::{self, EXPECT_DATE};
use crate::table::{check_text, for_each_row, header, ColumnMap};

/// Moved days in file order: `(day, true)` for a moved working day, `(day, false)` for a day off.
pub type MovedDayRows = Vec<(Day, bool)>;

/// Reads moved days, with the warnings of the header (ignored columns).
///
/// # Errors
/// The first bad row, naming line, column, value and what was expected.
pub fn read_moved_days(file: &str, bytes: &[u8]) -> Result<(MovedDayRows, Vec<Warning>), InputError> {
    let mut warnings = Vec::new();
    let text = check_text(file, bytes, "date,kind")?;
    let bytes: &[u8] = &text;
    let cols = ["date", "kind"];
    let h = header(file, bytes, &cols, &cols, &ColumnMap::default(), &mut warnings)?;
    let mut out = Vec::new();
    let mut seen: rustc_hash::FxHashMap<Day, u64> = rustc_hash::FxHashMap::default();
    for_each_row(file, bytes, &h, |rec, line| {
        let get = |i: usize| h.pos[i].map_or((i, &b""[..]), |p| (p, fields::trim(rec.get(p).unwrap_or(b""))));
        let bad = |p: usize, v: &[u8], what: &str| InputError::field(file, line, p + 1, h.name(p), v, what);
        let (pd, d) = get(0);
        let day = fields::date(d).ok_or_else(|| bad(pd, d, EXPECT_DATE))?;
        let (pk, k) = get(1);
        let working = match k {
            b"working" => true,
            b"day_off" => false,
            _ => return Err(bad(pk, k, "working or day_off")),
        };
        if let Some(first) = seen.insert(day, line) {
            return Err(bad(
                pd,
                d,
                &format!("each day once; this day is also on line {first} (keep the row that holds)"),
            )
            .keyed(
                decent_core::Message::new("input-expect-day-once")
                    .count("line", i64::try_from(first).unwrap_or(i64::MAX)),
            ));
        }
        out.push((day, working));
        Ok(())
    })?;
    Ok((out, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_days_and_names_a_bad_kind() {
        let (days, _) =
            read_moved_days("m.csv", b"date,kind\n1995-05-02,day_off\n1995-05-06,working\n").expect("valid");
        assert_eq!(days.len(), 2);
        assert!(!days[0].1 && days[1].1);
        let e = read_moved_days("m.csv", b"date,kind\n1995-05-02,holiday\n").expect_err("bad kind");
        assert_eq!((e.line, e.column.map(|c| c.0)), (2, Some(2)));
    }

    #[test]
    fn a_day_listed_twice_is_refused_naming_both_lines() {
        let e = read_moved_days("m.csv", b"date,kind\n1995-05-02,day_off\n1995-05-06,working\n1995-05-02,working\n")
            .expect_err("a day twice");
        assert_eq!((e.line, e.column.as_ref().map(|c| c.0)), (4, Some(1)), "{e}");
        assert!(e.expected.contains("line 2"), "{e}");
        // The same day twice with the same kind is no less ambiguous about which row was meant.
        assert!(read_moved_days("m.csv", b"date,kind\n1995-05-02,day_off\n1995-05-02,day_off\n").is_err());
    }

    #[test]
    fn rows_with_a_field_too_many_or_too_few_are_refused() {
        let e = read_moved_days("m.csv", b"date,kind\n1995-05-02,day_off,x\n").expect_err("extra field");
        assert_eq!(e.line, 2, "{e}");
        assert!(e.expected.contains("2 fields") && e.expected.contains("has 3"), "{e}");
        // The last row short, and no final line break: an error, not a panic or a silent row.
        let e = read_moved_days("m.csv", b"date,kind\n1995-05-02,day_off\n1995-05-06").expect_err("short");
        assert!(e.expected.contains("has 1"), "{e}");
        assert_eq!(e.line, 3, "{e}");
    }

    #[test]
    fn bare_carriage_returns_end_lines_like_line_feeds() {
        let e = read_moved_days("m.csv", b"date,kind\r1995-05-02,day_off\r1995-05-06,holiday\r").expect_err("bad kind");
        assert_eq!(e.line, 3, "{e}");
        let (days, _) = read_moved_days("m.csv", b"date,kind\r1995-05-02,day_off\r1995-05-06,working").expect("valid");
        assert_eq!(days.len(), 2);
    }
}
