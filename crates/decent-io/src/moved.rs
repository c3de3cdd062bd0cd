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
    let bytes = check_text(file, bytes, "date,kind")?;
    let cols = ["date", "kind"];
    let h = header(file, bytes, &cols, &cols, &ColumnMap::default(), &mut warnings)?;
    let mut out = Vec::new();
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
}
