//! Every parser of `decent-io` against hostile bytes: none panics, and an error names a line
//! of the input (or the whole file). The fuzz targets in `fuzz/` call the same functions; this
//! is their stable, short form (`scripts/fuzz.sh` runs it with many cases when `cargo fuzz` is
//! not at hand). `PROPTEST_CASES` sets how many inputs each property tries.

use decent_core::Dataset;
use decent_io::{earnings, moved, read_absences, read_employees, read_shifts, ColumnMap, InputError, ShiftOptions};
use proptest::prelude::*;

/// One parser: its name and how it reads bytes (into a dataset that may already hold employees).
type Parser = (&'static str, fn(&[u8]) -> Result<(), InputError>);

fn employees_known() -> Dataset {
    let mut d = Dataset::default();
    for id in ["a", "b", "CH0001"] {
        d.intern(id);
    }
    d
}

/// Every parser, as the fuzz targets call them.
const PARSERS: [Parser; 6] = [
    ("shifts", |b| read_shifts(&mut Dataset::default(), "shifts.csv", b, &ShiftOptions::default()).map(drop)),
    ("shifts (known employees)", |b| {
        let opts = ShiftOptions { known_employees_only: true, ..ShiftOptions::default() };
        read_shifts(&mut employees_known(), "shifts.csv", b, &opts).map(drop)
    }),
    ("employees", |b| read_employees(&mut Dataset::default(), "employees.csv", b, &ColumnMap::default()).map(drop)),
    ("absences", |b| read_absences(&mut employees_known(), "absences.csv", b, &ColumnMap::default(), false).map(drop)),
    ("earnings", |b| earnings::read_earnings("earnings.csv", b, &ColumnMap::default()).map(drop)),
    ("moved-days", |b| moved::read_moved_days("moved-days.csv", b).map(drop)),
];

/// The header each parser reads, and plausible and hostile values for its rows.
const HEADERS: [&str; 6] = [
    "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes,idle_minutes",
    "employee_id,start,end,break_minutes,kind",
    "employee_id,employer_id,birth_date,sex,weekly_norm_hours,week_days,summary_period_months,overtime_consent,hourly_rate,children_birth_dates,pregnancies",
    "employee_id,kind,from,to",
    "employee_id,month,amount,days_worked",
    "date,kind",
];

const VALUES: [&str; 40] = [
    "a",
    "CH0001",
    "=1+1",
    "@SUM(A1)",
    "-2+3",
    " ",
    "",
    "\u{a0}",
    "a\u{1b}[2J",
    "\"q\"",
    "\"a,b\"",
    "\"line\nbreak\"",
    "1995-01-02T07:00",
    "1995-01-02T15:00",
    "1995-01-02 24:00:00",
    "1995-01-02T24:00:30",
    "9999-12-31T23:59",
    "1995-02-29",
    "1995-01-02",
    "4999-12-31",
    "1995-01",
    "30",
    "99999999999",
    "0.004",
    "168",
    "-1",
    "1e400",
    "79228162514264337593543950335",
    "work",
    "overtime",
    "sick",
    "annual_leave",
    "working",
    "day_off",
    "F",
    "true",
    "10:30",
    "1995-01-02/1995-03-01",
    "ā\u{fe0f}",
    "x,y",
];

const ENDS: [&str; 5] = ["\n", "\r\n", "\r", "", "\n\n"];

proptest! {
    /// Random bytes: no parser panics; an error names at most the last line.
    #[test]
    fn every_parser_survives_random_bytes(b in proptest::collection::vec(any::<u8>(), 0..600)) {
        for (name, parse) in PARSERS {
            if let Err(e) = parse(&b) {
                let lines = b.iter().filter(|&&c| c == b'\n' || c == b'\r').count() as u64 + 1;
                prop_assert!(e.line <= lines, "{}: {}", name, e);
            }
        }
    }

    /// Files that look like the real ones (a right header, rows of plausible and hostile
    /// values, any width, any line ends, a final line break or none): no parser panics, and an
    /// error names a line of the file and a value of bounded length.
    #[test]
    fn every_parser_survives_plausible_hostile_files(
        which in 0usize..6,
        bom in any::<bool>(),
        rows in proptest::collection::vec(
            (proptest::collection::vec(0usize..VALUES.len(), 0..13), 0usize..ENDS.len()),
            0..8,
        ),
        last_end in 0usize..ENDS.len(),
    ) {
        let mut text = String::new();
        if bom {
            text.push('\u{feff}');
        }
        text.push_str(HEADERS[which]);
        text.push_str(ENDS[last_end]);
        for (fields, end) in &rows {
            let row: Vec<&str> = fields.iter().map(|&v| VALUES[v]).collect();
            text.push_str(&row.join(","));
            text.push_str(ENDS[*end]);
        }
        // The header's parser, and every other one on the same bytes.
        let order = std::iter::once(which).chain(0..PARSERS.len());
        for i in order {
            let (name, parse) = PARSERS[i];
            if let Err(e) = parse(text.as_bytes()) {
                let lines = text.bytes().filter(|&c| c == b'\n' || c == b'\r').count() as u64 + 1;
                prop_assert!(e.line <= lines, "{}: {} in {:?}", name, e, text);
                prop_assert!(e.to_string().len() < 1000, "{}: {}", name, e);
            }
        }
    }
}

#[test]
fn every_parser_refuses_a_short_last_row_without_a_final_line_break() {
    // The class of input that made the shifts reader panic: each parser, its own header, one
    // good row, then a last row with fewer fields and no line break after it.
    let files: [(usize, &str, &str); 6] = [
        (0, HEADERS[0], "a,1995-01-02T07:00,1995-01-02T15:00,30,work,x,1994-11-20,10:30,,0\na,1995-01-03T07:00,1995-01-03T15:00,30,work"),
        (1, HEADERS[1], "a,1995-01-02T07:00,1995-01-02T15:00,30,work\na,1995-01-03T07:00"),
        (2, "employee_id,sex,birth_date", "a,F,1960-01-01\nb,F"),
        (3, HEADERS[3], "a,sick,1995-01-02,1995-01-03\na,sick"),
        (4, HEADERS[4], "a,1995-01,100,20\na,1995-02,100"),
        (5, HEADERS[5], "1995-05-02,day_off\n1995-05-06"),
    ];
    for (i, head, body) in files {
        let (name, parse) = PARSERS[i];
        let text = format!("{head}\n{body}");
        let e = parse(text.as_bytes()).expect_err(name);
        assert_eq!(e.line, 3, "{name}: {e}");
        assert!(e.expected.contains("fields"), "{name}: {e}");
    }
}
