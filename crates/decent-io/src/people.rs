//! `employees.csv` and `absences.csv`.
//!
//! employees: `employee_id` required; `employer_id, birth_date, sex (F|M), weekly_norm_hours,
//! week_days (5|6), summary_period_months, overtime_consent, union_member, hourly_rate,
//! monthly_salary, hired_on, children_birth_dates, disabled_children_birth_dates` (`;`-separated
//! dates), `pregnancies` (`;`-separated `FROM/TO` date intervals) optional; and the statuses the
//! law pack declares ([`decent_core::Schema::employee`], flags), read by their declared names.
//!
//! absences: `employee_id,kind,from,to` (inclusive dates).

use decent_core::model::{Absence, AbsenceKind, Dataset, Employee, Sex};
use decent_core::{AttrType, Flag, Message, Schema};
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::error::{InputError, Warning};
use crate::fields::{self, EXPECT_BOOL, EXPECT_DATE, EXPECT_ID};
use crate::table::{check_text, header, par_rows, ColumnMap};

/// The columns read for every pack, in this order; the pack's declared statuses follow.
pub const EMP_COLS: [&str; 15] = [
    "employee_id",
    "employer_id",
    "birth_date",
    "sex",
    "weekly_norm_hours",
    "week_days",
    "summary_period_months",
    "overtime_consent",
    "union_member",
    "hourly_rate",
    "monthly_salary",
    "hired_on",
    "children_birth_dates",
    "disabled_children_birth_dates",
    "pregnancies",
];

/// Reads employee profiles into `data`. All or nothing.
///
/// # Errors
/// The first bad row, naming line, column, value and what was expected; a duplicate id.
pub fn read_employees(
    data: &mut Dataset,
    file: &str,
    bytes: &[u8],
    map: &ColumnMap,
) -> Result<Vec<Warning>, InputError> {
    let mut warnings = Vec::new();
    let text = check_text(file, bytes, "employee_id,...")?;
    let bytes: &[u8] = &text;
    let schema = data.schema;
    let wanted: Vec<&str> = EMP_COLS.iter().copied().chain(schema.employee.iter().map(|a| a.name)).collect();
    let h = header(file, bytes, &wanted, &["employee_id"], map, &mut warnings)?;
    let (rows, read) = par_rows(file, bytes, &h, |rec, line| employee_row(schema, file, rec, line, &h));
    // A repeated id among the rows read comes before any bad row (which stopped the reading).
    let mut seen = rustc_hash::FxHashMap::with_capacity_and_hasher(rows.len(), Default::default());
    for e in &rows {
        if let Some(first) = seen.insert(&*e.id, e.line) {
            return Err(InputError::field(
                file,
                u64::from(e.line),
                h.pos[0].map_or(1, |p| p + 1),
                "employee_id",
                e.id.as_bytes(),
                format!("each employee once; this id is also on line {first}"),
            )
            .keyed(Message::new("input-expect-employee-once").count("line", first)));
        }
    }
    drop(seen);
    read?;
    if rows.is_empty() {
        return Err(InputError::file(file, "at least one employee row after the header"));
    }
    for e in rows {
        if let Some(emp) = e.employer.as_deref() {
            let _ = data.intern_employer(emp);
        }
        data.upsert(e);
    }
    Ok(warnings)
}

/// The index of a column of `EMP_COLS`, at compile time.
const fn col(name: &str) -> usize {
    let mut i = 0;
    while i < EMP_COLS.len() {
        let (a, b) = (EMP_COLS[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a column of employees.csv")
}

fn employee_row(
    schema: &Schema,
    file: &str,
    rec: &csv::ByteRecord,
    line: u64,
    h: &crate::table::Header,
) -> Result<Employee, InputError> {
    let get = |i: usize| h.pos[i].map(|p| (p, fields::trim(rec.get(p).unwrap_or(b""))));
    let bad = |p: usize, v: &[u8], what: &str| InputError::field(file, line, p + 1, h.name(p), v, what);
    let nonempty = |i: usize| get(i).filter(|(_, v)| !v.is_empty());

    let (pid, idv) = get(const { col("employee_id") }).unwrap_or((0, b""));
    if idv.is_empty() {
        return Err(bad(pid, idv, "an employee id (not empty)"));
    }
    let mut e = Employee::new(fields::id(idv).ok_or_else(|| bad(pid, idv, EXPECT_ID))?);
    e.line = u32::try_from(line).unwrap_or(u32::MAX);
    if let Some((p, v)) = nonempty(const { col("employer_id") }) {
        e.employer = Some(fields::id(v).ok_or_else(|| bad(p, v, EXPECT_ID))?.into());
    }
    let date = |i: usize| -> Result<Option<i32>, InputError> {
        nonempty(i).map(|(p, v)| fields::date(v).ok_or_else(|| bad(p, v, EXPECT_DATE))).transpose()
    };
    let flag = |i: usize| -> Result<bool, InputError> {
        get(i).map_or(Ok(false), |(p, v)| fields::boolean(v).ok_or_else(|| bad(p, v, EXPECT_BOOL)))
    };
    let money = |i: usize| -> Result<Option<Decimal>, InputError> {
        nonempty(i)
            .map(|(p, v)| {
                fields::decimal(v).ok_or_else(|| bad(p, v, "an amount like 4.50 (a dot as decimal separator)"))
            })
            .transpose()
    };
    e.birth_date = date(const { col("birth_date") })?;
    e.hired_on = date(const { col("hired_on") })?;
    if let Some((p, v)) = nonempty(const { col("sex") }) {
        e.sex = match v {
            b"F" | b"f" => Sex::F,
            b"M" | b"m" => Sex::M,
            _ => return Err(bad(p, v, "F or M")),
        };
    }
    if let Some((p, v)) = nonempty(const { col("weekly_norm_hours") }) {
        // Minutes are what the rules count: hours that round to no minute at all are no norm.
        e.weekly_norm_minutes = fields::decimal(v)
            .filter(|h| *h <= Decimal::from(168))
            .and_then(|h| (h * Decimal::from(60)).round().to_i32())
            .filter(|m| *m > 0)
            .ok_or_else(|| bad(p, v, "weekly hours, a number of at least one minute (0.0167) and at most 168"))?;
    }
    if let Some((p, v)) = nonempty(const { col("week_days") }) {
        e.week_days = match v {
            b"5" => 5,
            b"6" => 6,
            _ => return Err(bad(p, v, "5 or 6 (days in the working week)")),
        };
    }
    if let Some((p, v)) = nonempty(const { col("summary_period_months") }) {
        e.summary_period_months = fields::uint(v, 12).ok_or_else(|| bad(p, v, "months from 0 (none) to 12"))? as u8;
    }
    e.overtime_consent = flag(const { col("overtime_consent") })?;
    e.union_member = flag(const { col("union_member") })?;
    let (mut flags, mut choices) = (0u8, 0usize);
    for (i, a) in schema.employee.iter().enumerate() {
        let at = EMP_COLS.len() + i;
        if let AttrType::Choice(values) = a.ty {
            if let Some((p, v)) = nonempty(at) {
                let found = values.iter().position(|c| c.as_bytes() == v);
                let listed = || format!("one of {}", values.join(", "));
                let index = found.ok_or_else(|| {
                    bad(p, v, &listed()).keyed(Message::new("input-expect-one-of").text("values", values.join(", ")))
                })?;
                if let Some(slot) = e.choices.get_mut(choices) {
                    *slot = u8::try_from(index).unwrap_or(0);
                }
            }
            choices += 1;
        } else {
            e.set(Flag(flags), flag(at)?);
            flags += 1;
        }
    }
    e.hourly_rate = money(const { col("hourly_rate") })?;
    e.monthly_salary = money(const { col("monthly_salary") })?;
    let dates = |i: usize| -> Result<Vec<i32>, InputError> {
        let Some((p, v)) = nonempty(i) else { return Ok(Vec::new()) };
        v.split(|&b| b == b';')
            .map(fields::trim)
            .filter(|d| !d.is_empty())
            .map(|d| fields::date(d).ok_or_else(|| bad(p, v, "dates YYYY-MM-DD separated by ;")))
            .collect()
    };
    e.children = dates(const { col("children_birth_dates") })?;
    e.disabled_children = dates(const { col("disabled_children_birth_dates") })?;
    if let Some((p, v)) = nonempty(const { col("pregnancies") }) {
        for iv in v.split(|&b| b == b';').map(fields::trim).filter(|d| !d.is_empty()) {
            let mut it = iv.splitn(2, |&b| b == b'/');
            let from = it.next().and_then(fields::date);
            let to = it.next().and_then(fields::date);
            match (from, to) {
                (Some(f), Some(t)) if f <= t => e.pregnancies.push((f, t)),
                _ => {
                    return Err(bad(
                        p,
                        v,
                        "intervals FROM/TO (YYYY-MM-DD/YYYY-MM-DD, FROM not after TO) separated by ;",
                    ))
                }
            }
        }
    }
    Ok(e)
}

/// Reads absences into `data`. All or nothing. When `known_employees_only`, an id not already
/// in `data` is an error; otherwise it is added with a default profile.
///
/// # Errors
/// The first bad row.
pub fn read_absences(
    data: &mut Dataset,
    file: &str,
    bytes: &[u8],
    map: &ColumnMap,
    known_employees_only: bool,
) -> Result<Vec<Warning>, InputError> {
    let mut warnings = Vec::new();
    let text = check_text(file, bytes, "employee_id,kind,from,to")?;
    let bytes: &[u8] = &text;
    let cols = ["employee_id", "kind", "from", "to"];
    let h = header(file, bytes, &cols, &cols, map, &mut warnings)?;
    let kinds = AbsenceKind::ALL.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ");
    let (rows, read) = par_rows(file, bytes, &h, |rec, line| {
        let get = |i: usize| h.pos[i].map_or((i, &b""[..]), |p| (p, fields::trim(rec.get(p).unwrap_or(b""))));
        let bad = |p: usize, v: &[u8], what: &str| InputError::field(file, line, p + 1, h.name(p), v, what);
        let (pi, id) = get(0);
        if id.is_empty() {
            return Err(bad(pi, id, "an employee id (not empty)"));
        }
        let id = fields::id(id).ok_or_else(|| bad(pi, id, EXPECT_ID))?;
        if known_employees_only && data.lookup(id).is_none() {
            return Err(bad(pi, id.as_bytes(), "an employee listed in the employees file"));
        }
        let (pk, k) = get(1);
        let kind = std::str::from_utf8(k).ok().and_then(AbsenceKind::parse).ok_or_else(|| {
            bad(pk, k, &format!("an absence kind: {kinds}"))
                .keyed(Message::new("input-expect-absence-kind").text("kinds", kinds.clone()))
        })?;
        let (pf, f) = get(2);
        let from = fields::date(f).ok_or_else(|| bad(pf, f, EXPECT_DATE))?;
        let (pt, t) = get(3);
        let to = fields::date(t).ok_or_else(|| bad(pt, t, EXPECT_DATE))?;
        if to < from {
            let first = crate::error::cut(&String::from_utf8_lossy(f));
            return Err(bad(pt, t, &format!("a last day on or after the first ({first})"))
                .keyed(Message::new("input-expect-last-day").text("first", first)));
        }
        Ok((id.to_string(), kind, from, to, u32::try_from(line).unwrap_or(u32::MAX)))
    });
    read?;
    for (id, kind, from, to, line) in rows {
        let emp = data.intern(&id);
        data.absences.push(Absence { emp, kind, from, to, line });
    }
    Ok(warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn employees(text: &str) -> Result<Dataset, InputError> {
        let mut d = Dataset::default();
        read_employees(&mut d, "employees.csv", text.as_bytes(), &ColumnMap::default())?;
        Ok(d)
    }

    /// A pack's declaration: two flags around a choice.
    static SCHEMA: Schema = Schema {
        employee: &[
            decent_core::Attr { name: "carer", ty: AttrType::Flag, meaning: "C.", section: "1" },
            decent_core::Attr {
                name: "regime",
                ty: AttrType::Choice(&["general", "public"]),
                meaning: "R.",
                section: "2",
            },
            decent_core::Attr { name: "night", ty: AttrType::Flag, meaning: "N.", section: "3" },
        ],
        shift: &[],
    };

    #[test]
    fn declared_flags_and_choices_are_read_by_their_names() {
        let mut d = Dataset::with_schema(&SCHEMA);
        let text = "employee_id,night,regime,carer\nA,yes,public,\nB,0,,1\n";
        read_employees(&mut d, "employees.csv", text.as_bytes(), &ColumnMap::default()).expect("reads");
        let (carer, night, regime) = (SCHEMA.flag("carer"), SCHEMA.flag("night"), SCHEMA.pick("regime"));
        assert_eq!((carer, night), (Flag(0), Flag(1)));
        let (a, b) = (&d.employees[0], &d.employees[1]);
        assert!(!a.has(carer) && a.has(night) && a.pick(regime) == 1);
        assert!(b.has(carer) && !b.has(night) && b.pick(regime) == 0, "an empty choice is the first value");
        let mut d = Dataset::with_schema(&SCHEMA);
        let bad = "employee_id,regime\nA,private\n";
        let e = read_employees(&mut d, "employees.csv", bad.as_bytes(), &ColumnMap::default()).unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("employees.csv:2:2") && msg.contains("private"), "{msg}");
        assert!(msg.contains("one of general, public"), "{msg}");
        // Under a pack that declares none of them, the columns are not read (and a warning says so).
        let w = read_employees(&mut Dataset::default(), "employees.csv", text.as_bytes(), &ColumnMap::default())
            .expect("reads");
        assert_eq!(w.len(), 3, "{w:?}");
    }

    #[test]
    fn a_repeated_id_names_both_lines_and_comes_in_file_order() {
        let e = employees("employee_id,sex\na,F\nb,M\na,F\n").expect_err("a repeated id");
        assert_eq!(e.line, 4, "{e}");
        assert!(e.expected.contains("line 2"), "{e}");
        // A repeated id before a bad row is reported first; a bad row before it, first.
        let e = employees("employee_id,sex\na,F\na,F\nb,X\n").expect_err("both");
        assert_eq!(e.line, 3, "{e}");
        let e = employees("employee_id,sex\na,F\nb,X\na,F\n").expect_err("both");
        assert_eq!((e.line, e.value.as_deref()), (3, Some("X")), "{e}");
    }

    #[test]
    fn a_weekly_norm_of_no_minute_is_refused() {
        // 0.004 h is a quarter of a minute: rounded, no norm at all.
        let e = employees("employee_id,weekly_norm_hours\na,40\nb,0.004\n").expect_err("rounds to 0");
        assert_eq!((e.line, e.value.as_deref()), (3, Some("0.004")), "{e}");
        let d = employees("employee_id,weekly_norm_hours\na,0.0167\n").expect("one minute");
        assert_eq!(d.employees[0].weekly_norm_minutes, 1);
    }

    #[test]
    fn missing_or_extra_fields_are_errors_in_both_files() {
        // The last row short and without a final line break, a row with a field too many.
        let e = employees("employee_id,sex,birth_date\na,F,1960-01-01\nb,F").expect_err("short");
        assert_eq!(e.line, 3, "{e}");
        assert!(e.expected.contains("3 fields") && e.expected.contains("has 2"), "{e}");
        let e = employees("employee_id,sex\na,F,1960-01-01\n").expect_err("extra");
        assert!(e.expected.contains("has 3"), "{e}");
        let mut d = employees("employee_id\na\n").expect("valid");
        let e =
            read_absences(&mut d, "a.csv", b"employee_id,kind,from,to\na,sick,1995-01-02", &ColumnMap::default(), true)
                .expect_err("short absence");
        assert_eq!(e.line, 2, "{e}");
        // Extra columns in the header are still only a warning.
        let mut d = Dataset::default();
        let w =
            read_employees(&mut d, "e.csv", b"employee_id,nickname\na,Ann\n", &ColumnMap::default()).expect("valid");
        assert_eq!(w.len(), 1);
    }

    #[test]
    fn ids_with_control_characters_or_only_blanks_are_refused() {
        for (text, col) in [
            ("employee_id,sex\na\u{1b}]0;pwned\u{7},F\n", 1),
            ("employee_id,sex\n\u{a0},F\n", 1),
            ("employee_id,employer_id\na,\u{2003}\n", 2),
            ("employee_id,employer_id\na,x\u{0}y\n", 2),
        ] {
            let e = employees(text).expect_err(text);
            assert_eq!((e.line, e.column.as_ref().map(|c| c.0)), (2, Some(col)), "{text:?}: {e}");
        }
        let mut d = Dataset::default();
        let e = read_absences(
            &mut d,
            "a.csv",
            "employee_id,kind,from,to\n\u{a0}\u{a0},sick,1995-01-02,1995-01-02\n".as_bytes(),
            &ColumnMap::default(),
            false,
        )
        .expect_err("blank id");
        assert_eq!(e.line, 2, "{e}");
    }

    #[test]
    fn bare_carriage_returns_end_lines_like_line_feeds() {
        let e = employees("employee_id,sex\ra,F\rb,X\rc,F\r").expect_err("bad sex");
        assert_eq!(e.line, 3, "{e}");
        assert_eq!(employees("employee_id,sex\ra,F\rb,M").expect("valid").employees.len(), 2);
    }

    #[test]
    fn rows_read_in_parallel_keep_their_lines_and_order() {
        // Big enough to be read in several chunks.
        let mut text = String::from("employee_id,sex,birth_date\n");
        for i in 0..20_000 {
            text.push_str(&format!("emp-{i},F,1960-01-01\n"));
        }
        let d = employees(&text).expect("valid");
        assert_eq!(d.employees.len(), 20_000);
        assert!(d.employees.iter().enumerate().all(|(i, e)| *e.id == *format!("emp-{i}") && e.line as usize == i + 2));
        let bad = text.replace("emp-15000,F,1960-01-01", "emp-15000,F,1960-02-30");
        let e = employees(&bad).expect_err("a bad date");
        assert_eq!((e.line, e.column.as_ref().map(|c| c.0)), (15_002, Some(3)), "{e}");
        let mut absences = String::from("employee_id,kind,from,to\n");
        for i in 0..20_000 {
            absences.push_str(&format!("emp-{i},sick,1995-01-02,1995-01-03\n"));
        }
        absences.push_str("emp-1,sick,1995-01-05,1995-01-04\n");
        let mut d = employees(&text).expect("valid");
        let e = read_absences(&mut d, "absences.csv", absences.as_bytes(), &ColumnMap::default(), true)
            .expect_err("last day before the first");
        assert_eq!(e.line, 20_002, "{e}");
    }
}
