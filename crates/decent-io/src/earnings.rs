//! `earnings.csv`: `employee_id,month,amount` required (`month` as `YYYY-MM`, `amount` the
//! month's earnings); `days_worked` optional (the days worked in the month, which s103 needs when
//! an employee worked less than two months).

use decent_core::pay::{MonthEarnings, YearMonth};
use rustc_hash::FxHashMap;

use crate::error::{InputError, Warning};
use crate::fields;
use crate::table::{check_text, for_each_row, header, ColumnMap};

const COLS: [&str; 4] = ["employee_id", "month", "amount", "days_worked"];
const REQUIRED: [&str; 3] = ["employee_id", "month", "amount"];

/// One row of `earnings.csv`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarningsRow {
    /// The employee.
    pub employee_id: String,
    /// The month and its earnings.
    pub earnings: MonthEarnings,
    /// Line of the file (the header is line 1).
    pub line: u64,
}

/// Reads `earnings.csv`. All or nothing.
///
/// # Errors
/// The first bad row, naming line, column, value and what was expected; the same employee and
/// month twice.
pub fn read_earnings(
    file: &str,
    bytes: &[u8],
    map: &ColumnMap,
) -> Result<(Vec<EarningsRow>, Vec<Warning>), InputError> {
    let mut warnings = Vec::new();
    let text = check_text(file, bytes, "employee_id,month,amount")?;
    let bytes: &[u8] = &text;
    let h = header(file, bytes, &COLS, &REQUIRED, map, &mut warnings)?;
    let mut rows = Vec::new();
    let mut seen: FxHashMap<(String, YearMonth), u64> = FxHashMap::default();
    for_each_row(file, bytes, &h, |rec, line| {
        let get = |i: usize| h.pos[i].map(|p| (p, fields::trim(rec.get(p).unwrap_or(b""))));
        let bad = |p: usize, v: &[u8], what: &str| InputError::field(file, line, p + 1, h.name(p), v, what);
        let (pi, id) = get(0).unwrap_or((0, b""));
        if id.is_empty() {
            return Err(bad(pi, id, "an employee id (not empty)"));
        }
        let id = fields::id(id).ok_or_else(|| bad(pi, id, fields::EXPECT_ID))?;
        let (pm, m) = get(1).unwrap_or((1, b""));
        let month =
            std::str::from_utf8(m).ok().and_then(YearMonth::parse).ok_or_else(|| bad(pm, m, "a month YYYY-MM"))?;
        let (pa, a) = get(2).unwrap_or((2, b""));
        let amount = fields::decimal(a)
            .ok_or_else(|| bad(pa, a, "an amount of at least 0 like 1234.50 (a dot as decimal separator)"))?;
        let days_worked = match get(3).filter(|(_, v)| !v.is_empty()) {
            Some((p, v)) => Some(fields::uint(v, 31).ok_or_else(|| bad(p, v, "days worked in the month, 0 to 31"))?),
            None => None,
        };
        if let Some(first) = seen.insert((id.to_string(), month), line) {
            let id = crate::error::cut(id);
            return Err(bad(pm, m, &format!("each employee and month once; {id} {month} is also on line {first}"))
                .keyed(
                    decent_core::Message::new("input-expect-employee-month-once")
                        .text("id", id.clone())
                        .text("month", month.to_string())
                        .count("line", i64::try_from(first).unwrap_or(i64::MAX)),
                ));
        }
        rows.push(EarningsRow {
            employee_id: id.to_string(),
            earnings: MonthEarnings { month, amount, days_worked },
            line,
        });
        Ok(())
    })?;
    Ok((rows, warnings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Vec<EarningsRow>, InputError> {
        read_earnings("earnings.csv", text.as_bytes(), &ColumnMap::default()).map(|r| r.0)
    }

    #[test]
    fn reads_rows_and_names_the_bad_line() {
        let rows = read("employee_id,month,amount,days_worked\na,1994-08,100.50,\na,1994-09,120,20\n").expect("valid");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[1].earnings.days_worked, Some(20));
        assert_eq!(rows[1].line, 3);
        let e = read("employee_id,month,amount\na,1994-08,100\na,1994-13,5\n").expect_err("bad month");
        assert_eq!(e.line, 3);
        assert_eq!(e.column.as_ref().map(|c| c.0), Some(2));
        let e = read("employee_id,month,amount\na,1994-08,-5\n").expect_err("negative");
        assert_eq!((e.line, e.value.as_deref()), (2, Some("-5")));
        let e = read("employee_id,month,amount\na,1994-08,5\na,1994-08,6\n").expect_err("twice");
        assert!(e.to_string().contains("also on line 2"), "{e}");
        assert!(read("employee_id,amount\na,5\n").is_err());
    }

    #[test]
    fn short_rows_long_rows_and_bad_ids_are_refused() {
        let e =
            read("employee_id,month,amount,days_worked\na,1994-08,100,20\na,1994-09,100").expect_err("short last row");
        assert!((e.line, e.expected.contains("has 3")) == (3, true), "{e}");
        let e = read("employee_id,month,amount\na,1994-08,100,5\n").expect_err("a field too many");
        assert!(e.expected.contains("has 4"), "{e}");
        let e = read("employee_id,month,amount\na\u{1b}[1m,1994-08,100\n").expect_err("control character");
        assert_eq!(e.column.map(|c| c.0), Some(1));
        let e = read(&format!("employee_id,month,amount\n{0},1994-08,1\n{0},1994-08,2\n", "x".repeat(1 << 20)))
            .expect_err("twice");
        assert!(e.to_string().len() < 400, "the id is cut: {} bytes", e.to_string().len());
    }
}
