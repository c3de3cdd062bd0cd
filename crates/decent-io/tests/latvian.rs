//! Every kind of input error, one bad input each (a walk over every place decent-io builds an
//! expectation), rendered in Latvian: each names its expectation by a key that both catalogues
//! hold, and none shows an English word of ours (values, column names and the file's own words
//! such as `day_off` stay as written).

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use decent_core::attr::{Attr, AttrType, Schema};
use decent_core::{Dataset, Render};
use decent_i18n::{Catalog, Lang};
use decent_io::{read_absences, read_employees, read_shifts_from, ColumnMap, InputError, ShiftOptions};

static SCHEMA: Schema = Schema {
    employee: &[Attr { name: "grade", ty: AttrType::Choice(&["low", "high"]), meaning: "", section: "1" }],
    shift: &[Attr { name: "feeding_minutes", ty: AttrType::Minutes, meaning: "", section: "1" }],
};

fn shifts(text: &[u8], max_rows: Option<usize>) -> InputError {
    let mut data = Dataset::with_schema(&SCHEMA);
    let opts = ShiftOptions { map: ColumnMap::default(), known_employees_only: false, max_rows };
    read_shifts_from(&mut data, "s.csv", text, &opts).expect_err("bad shifts")
}

fn employees(text: &str) -> InputError {
    let mut data = Dataset::with_schema(&SCHEMA);
    read_employees(&mut data, "e.csv", text.as_bytes(), &ColumnMap::default()).expect_err("bad employees")
}

fn absences(text: &str) -> InputError {
    let mut data = Dataset::with_schema(&SCHEMA);
    read_employees(&mut data, "e.csv", b"employee_id\nE1\n", &ColumnMap::default()).unwrap();
    read_absences(&mut data, "a.csv", text.as_bytes(), &ColumnMap::default(), true).expect_err("bad absences")
}

struct Unreadable;

impl std::io::Read for Unreadable {
    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
        Err(std::io::Error::new(std::io::ErrorKind::NotFound, "No such file or directory (os error 2)"))
    }
}

/// One bad input per kind of error: (what it is, the error).
fn every_error() -> Vec<(&'static str, InputError)> {
    let head = "employee_id,start,end,break_minutes\n";
    let row = "A,1995-01-02T07:00,1995-01-02T15:00,30\n";
    let mut v = vec![
        ("empty shifts", shifts(b"", None)),
        ("empty employees", employees("")),
        ("unreadable", {
            let mut data = Dataset::with_schema(&SCHEMA);
            let opts = ShiftOptions { map: ColumnMap::default(), known_employees_only: false, max_rows: None };
            read_shifts_from(&mut data, "s.csv", Unreadable, &opts).expect_err("unreadable")
        }),
        ("not UTF-8", employees("employee_id\n\u{0}A\n").clone()),
        ("not UTF-8 shifts", shifts(b"employee_id,start,end\nA\xff,1995-01-02T07:00,1995-01-02T15:00\n", None)),
        ("column twice", shifts(b"employee_id,start,end,start\n", None)),
        ("columns missing", shifts(b"employee_id,begin,finish\nA,1,2\n", None)),
        ("column missing", shifts(b"employee_id,start,finish\nA,1,2\n", None)),
        ("fields missing", shifts(format!("{head}{row}A,1995-01-03T07:00,1995-01-03T15:00\n").as_bytes(), None)),
        ("fields extra", shifts(format!("{head}{row}A,1995-01-03T07:00,1995-01-03T15:00,30,x\n").as_bytes(), None)),
        ("too many rows", shifts(format!("{head}{row}{row}").as_bytes(), Some(1))),
        ("no id", shifts(format!("{head},1995-01-02T07:00,1995-01-02T15:00,30\n").as_bytes(), None)),
        ("bad id", shifts(format!("{head}\u{7},1995-01-02T07:00,1995-01-02T15:00,30\n").as_bytes(), None)),
        ("bad start", shifts(format!("{head}A,1995-13-02T07:00,1995-01-02T15:00,30\n").as_bytes(), None)),
        ("end before start", shifts(format!("{head}A,1995-01-02T07:00,1995-01-02T06:00,30\n").as_bytes(), None)),
        ("long shift", shifts(format!("{head}A,1995-01-02T07:00,1995-01-12T06:00,30\n").as_bytes(), None)),
        ("bad break", shifts(format!("{head}A,1995-01-02T07:00,1995-01-02T15:00,x\n").as_bytes(), None)),
        ("no rows", shifts(head.as_bytes(), None)),
        (
            "bad kind",
            shifts(b"employee_id,start,end,kind\nA,1995-01-02T07:00,1995-01-02T15:00,rest\n", None),
        ),
        (
            "bad break start",
            shifts(b"employee_id,start,end,break_start\nA,1995-01-02T07:00,1995-01-02T15:00,17:00\n", None),
        ),
        (
            "bad feeding",
            shifts(b"employee_id,start,end,feeding_minutes\nA,1995-01-02T07:00,1995-01-02T15:00,x\n", None),
        ),
        (
            "bad idle",
            shifts(b"employee_id,start,end,idle_minutes\nA,1995-01-02T07:00,1995-01-02T15:00,x\n", None),
        ),
        (
            "too much together",
            shifts(
                b"employee_id,start,end,break_minutes,feeding_minutes,idle_minutes\nA,1995-01-02T07:00,1995-01-02T15:00,200,200,100\n",
                None,
            ),
        ),
        (
            "bad published",
            shifts(b"employee_id,start,end,published_on\nA,1995-01-02T07:00,1995-01-02T15:00,1995-02-30\n", None),
        ),
        ("employee twice", employees("employee_id\nA\nA\n")),
        ("bad choice", employees("employee_id,grade\nA,middle\n")),
        ("bad sex", employees("employee_id,sex\nA,X\n")),
        ("bad hours", employees("employee_id,weekly_norm_hours\nA,200\n")),
        ("bad week", employees("employee_id,week_days\nA,7\n")),
        ("bad summary", employees("employee_id,summary_period_months\nA,13\n")),
        ("bad dates", employees("employee_id,children_birth_dates\nA,1990-01-01;x\n")),
        ("bad pregnancy", employees("employee_id,pregnancies\nA,1995-02-01/1995-01-01\n")),
        ("bad flag", employees("employee_id,overtime_consent\nA,maybe\n")),
        ("bad amount", employees("employee_id,hourly_rate\nA,4,50\n")),
        ("bad birth date", employees("employee_id,birth_date\nA,1990-02-30\n")),
        ("no employee id", employees("employee_id,sex\n,F\n")),
        ("no employee rows", employees("employee_id\n")),
        ("unknown employee", absences("employee_id,kind,from,to\nB,sick,1995-01-02,1995-01-03\n")),
        ("bad absence kind", absences("employee_id,kind,from,to\nE1,holiday,1995-01-02,1995-01-03\n")),
        ("last before first", absences("employee_id,kind,from,to\nE1,sick,1995-01-05,1995-01-03\n")),
        ("moved kind", decent_io::moved::read_moved_days("m.csv", b"date,kind\n1995-05-02,holiday\n").unwrap_err()),
        (
            "moved twice",
            decent_io::moved::read_moved_days("m.csv", b"date,kind\n1995-05-02,day_off\n1995-05-02,working\n")
                .unwrap_err(),
        ),
    ];
    let earnings =
        |t: &str| decent_io::earnings::read_earnings("r.csv", t.as_bytes(), &ColumnMap::default()).unwrap_err();
    v.extend([
        ("bad month", earnings("employee_id,month,amount\nE1,1995-13,1\n")),
        ("bad earnings", earnings("employee_id,month,amount\nE1,1995-01,-1\n")),
        ("bad days worked", earnings("employee_id,month,amount,days_worked\nE1,1995-01,1,40\n")),
        ("month twice", earnings("employee_id,month,amount\nE1,1995-01,1\nE1,1995-01,2\n")),
        ("earnings no id", earnings("employee_id,month,amount\n,1995-01,1\n")),
    ]);
    // A header longer than the read block, without a line break.
    let mut long = b"employee_id,start,end,".to_vec();
    long.resize((8 << 20) + 10, b'x');
    v.push(("long header", shifts(&long, None)));
    v
}

/// Words of our English messages that must not show in a Latvian one (a value, a column's name
/// or a file's own word is one token with its underscores, and none of these).
const ENGLISH: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "at",
    "from",
    "with",
    "this",
    "is",
    "are",
    "has",
    "also",
    "each",
    "once",
    "expected",
    "found",
    "line",
    "column",
    "columns",
    "field",
    "fields",
    "header",
    "row",
    "rows",
    "file",
    "readable",
    "one",
    "most",
    "least",
    "after",
    "before",
    "minutes",
    "month",
    "day",
    "days",
    "kind",
    "shift",
    "break",
    "employee",
    "amount",
    "date",
    "number",
    "whole",
    "not",
    "only",
    "such",
    "empty",
    "missing",
    "more",
    "than",
    "listed",
    "valid",
    "months",
    "weekly",
    "hours",
    "intervals",
    "separated",
    "text",
    "idle",
];

#[test]
fn every_input_error_reads_in_latvian() {
    let lv = Catalog::new(Lang::Lv, &[], "s").unwrap();
    let en = Catalog::new(Lang::En, &[], "s").unwrap();
    let errors = every_error();
    assert!(errors.len() >= 45, "{}", errors.len());
    let mut problems = Vec::new();
    for (what, e) in &errors {
        let expected = e.expected_message();
        if expected.key == "input-expect-text" {
            problems.push(format!("{what}: no key for {:?}", e.expected));
            continue;
        }
        // English renders as Display writes it.
        match en.try_render(&e.message()) {
            Ok(s) if s == e.to_string() => {}
            Ok(s) => problems.push(format!("{what}: en {s:?} is not {:?}", e.to_string())),
            Err(x) => problems.push(format!("{what}: en {x}")),
        }
        let text = match lv.try_render(&e.message()) {
            Ok(s) => s,
            Err(x) => {
                problems.push(format!("{what}: {x}"));
                continue;
            }
        };
        // The value found is the input's own: leave it out of the words looked at.
        // So are the file's name and a column's name (the location before the first blank, and
        // what stands in backquotes).
        let mut words = text.split_once(' ').map_or(String::new(), |(_, rest)| rest.to_string());
        if let Some(v) = &e.value {
            words = words.replace(&format!("{:?}", decent_io::error::cut(v)), "");
        }
        let words: String = words.split('`').step_by(2).collect();
        let english: Vec<&str> = words
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
            .collect();
        if !english.is_empty() {
            problems.push(format!("{what}: English {english:?} in {text:?}"));
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
    let _ = Render::render(&lv, &decent_core::Message::new("input-expect-csv-row"));
}

/// Every fixed expectation of the table has its key in both catalogues, with no English word in
/// the Latvian.
#[test]
fn every_fixed_expectation_has_its_latvian() {
    let lv = Catalog::new(Lang::Lv, &[], "s").unwrap();
    for (en, key) in decent_io::error::EXPECTATIONS {
        let text = lv.try_render(&decent_core::Message::new(*key)).unwrap_or_else(|e| panic!("{en}: {e}"));
        let english: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| ENGLISH.contains(&w.to_lowercase().as_str()))
            .collect();
        assert!(english.is_empty(), "{key}: English {english:?} in {text:?}");
    }
}
