//! Properties of the whole check: results do not depend on the order of input rows.

use decent_core::view::view;
use decent_core::{check, Options};
use proptest::prelude::*;

fn roster() -> impl Strategy<Value = Vec<(u8, u32, u32, u32, u8)>> {
    // (employee, start minute offset, length in minutes, break, kind)
    proptest::collection::vec((0u8..4, 0u32..(60 * 24 * 40), 30u32..(14 * 60), 0u32..150, 0u8..3), 1..60)
}

fn csv(rows: &[(u8, u32, u32, u32, u8)]) -> String {
    let base = decent_core::time::start_of_day(decent_core::time::days_from_civil(1995, 4, 3));
    let mut s = String::from("employee_id,start,end,break_minutes,kind\n");
    for &(e, off, len, brk, kind) in rows {
        let start = base + off as i32;
        let end = start + len as i32;
        let brk = brk.min(len);
        let kind = ["work", "overtime", "duty"][kind as usize];
        s.push_str(&format!(
            "E{e},{},{},{brk},{kind}\n",
            decent_core::time::fmt_minute(start),
            decent_core::time::fmt_minute(end)
        ));
    }
    s
}

const EMPLOYEES: &str =
    "employee_id,sex,birth_date,children_birth_dates,week_days,summary_period_months,overtime_consent\n\
E0,F,1960-01-01,1994-05-01,5,0,false\n\
E1,M,1978-03-01,,6,0,true\n\
E2,F,1970-01-01,,5,1,true\n\
E3,M,1950-01-01,,5,0,false\n";

fn findings(shifts: &str) -> Vec<String> {
    let law = decent_lv1994::law().unwrap();
    let data = decent_io::load_str_with(&decent_lv1994::attrs::SCHEMA, shifts, Some(EMPLOYEES), None).unwrap();
    let report = check(&law, &data, &Options { collect: true, ..Options::default() });
    let cat = crate::case::catalog(decent_i18n::Lang::En);
    report
        .findings
        .iter()
        .map(|f| {
            let mut v = view(f, &law, &data, &cat);
            // Line numbers name the input rows, which move when rows are shuffled; the message
            // may quote them too.
            v.line = None;
            let msg = if v.rule == "overlapping-shifts" { String::new() } else { v.message.clone() };
            format!(
                "{} {} {} {} {} {} {} {}",
                v.rule, v.severity, v.employee_id, v.from, v.to, v.measured, v.limit, msg
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Results do not depend on the order of input rows (a timesheet sorted by date, by
    /// employee, or not at all gives the same findings).
    #[test]
    fn findings_do_not_depend_on_row_order(rows in roster(), seed in any::<u64>()) {
        let a = findings(&csv(&rows));
        let mut shuffled = rows.clone();
        // Deterministic shuffle from the seed.
        let mut x = seed | 1;
        for i in (1..shuffled.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            shuffled.swap(i, (x % (i as u64 + 1)) as usize);
        }
        let b = findings(&csv(&shuffled));
        let mut sorted = rows;
        sorted.sort();
        let c = findings(&csv(&sorted));
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(&a, &c);
    }
}
