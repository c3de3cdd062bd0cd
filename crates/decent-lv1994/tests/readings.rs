//! The lv-1994 readings real rosters showed wrong (issue 8, item 7): each fixture case named
//! here is run with its own parameter overrides (`set.txt`) and held to the exact number of
//! findings of its rule — and, where the reading changed what a finding says, to its measure
//! and window. Every assertion here failed before the reading was fixed (the old count is noted).

use std::path::{Path, PathBuf};

use decent_core::time::fmt_minute;
use decent_core::{check, Options, Report};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn read(dir: &Path, name: &str) -> Option<String> {
    std::fs::read_to_string(dir.join(name)).ok()
}

/// A finding as (from, to, measured, limit), in the finding's whole units (minutes for hours).
type Seen = (String, String, i64, i64);

/// The findings of `rule` on the case `rule/case`, and the report's rules not checked (by id).
fn run(rule: &str, case: &str) -> (Vec<Seen>, Vec<&'static str>) {
    let dir = root().join(rule).join(case);
    let mut law = decent_lv1994::law().expect("the pack loads");
    for line in read(&dir, "set.txt").unwrap_or_default().lines().filter(|l| !l.trim().is_empty()) {
        law.params.set(line.trim()).unwrap_or_else(|e| panic!("{rule}/{case}/set.txt: {e}"));
    }
    let shifts = read(&dir, "shifts.csv").unwrap_or_else(|| panic!("{} has no shifts.csv", dir.display()));
    let data = decent_io::load_str_with(
        &decent_lv1994::attrs::SCHEMA,
        &shifts,
        read(&dir, "employees.csv").as_deref(),
        read(&dir, "absences.csv").as_deref(),
    )
    .unwrap_or_else(|e| panic!("fixture {} does not load: {e}", dir.display()));
    let report: Report = check(&law, &data, &Options { collect: true, ..Options::default() });
    let own = report
        .findings
        .iter()
        .filter(|f| law.rules[f.rule as usize].meta().id == rule)
        .map(|f| (fmt_minute(f.from), fmt_minute(f.to), f.measured, f.limit))
        .collect();
    let unchecked = report.not_checked.iter().map(|&(ri, _)| law.rules[ri].meta().id).collect();
    (own, unchecked)
}

fn count(rule: &str, case: &str) -> usize {
    run(rule, case).0.len()
}

/// Source: s65 — a rest counts whole wherever it lies. Before: each case gave 2 findings (one
/// per calendar week, the rest cut at Sunday midnight).
#[test]
fn weekly_rest_across_sunday_midnight_counts() {
    assert_eq!(count("weekly-rest", "passes-six-day-week-saturday-13-to-monday-08"), 0);
    assert_eq!(count("weekly-rest", "passes-night-worker-weekend-off"), 0);
    assert_eq!(count("weekly-rest", "passes-six-days-straddling-two-weeks"), 0);
}

/// Source: s65 — ten days in a row from a Wednesday: each calendar week held 42 h (before: no
/// finding), but seven days pass without a rest: one finding, its window the whole stretch.
#[test]
fn weekly_rest_seven_days_without_rest_is_one_finding() {
    let (f, _) = run("weekly-rest", "breaks-ten-days-across-sunday");
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!((f[0].0.as_str(), f[0].1.as_str(), f[0].2), ("1995-03-08T08:00", "1995-03-17T16:30", 15 * 60 + 30));
    // Eight days in a row: one stretch, one finding (before: one per calendar week).
    assert_eq!(count("weekly-rest", "breaks"), 1);
    // The other readings stay available as choices.
    assert_eq!(count("weekly-rest", "breaks-calendar-week-saturday-0630"), 1);
    assert_eq!(count("weekly-rest", "breaks-rolling-six-eight-hour-days"), 1);
}

/// Source: s50 — measured against the employee's established (day) shift. Before: the 11-h
/// nights on 12-h days gave 2 findings (limit 7 h), and the part-time employee none.
#[test]
fn night_shift_is_an_hour_shorter_than_the_established_shift() {
    assert_eq!(count("night-shift-length", "passes-11h-night-on-12h-day-shifts"), 0);
    let (f, _) = run("night-shift-length", "breaks-12h-night-on-12h-day-shifts");
    assert_eq!(f.len(), 2);
    assert!(f.iter().all(|x| x.2 == 12 * 60 && x.3 == 11 * 60), "{f:?}");
    assert_eq!(count("night-shift-length", "breaks-daily-norm-reading"), 2);
    // s52: a part-time week is not the shortened hours of s46 and does not exempt.
    let (f, _) = run("night-shift-length", "breaks-part-time-s52");
    assert_eq!(f.len(), 1);
    assert_eq!((f[0].2, f[0].3), (8 * 60, 7 * 60));
    assert_eq!(count("night-shift-length", "passes-part-time-s52-night-an-hour-shorter"), 0);
}

/// Source: s57, s45, s47 — five 9-h days: the week's 5 h of excess are the hour beyond each
/// day's 8 h, not 5 h on Friday (before: one s59 finding for Thursday–Friday).
#[test]
fn derived_overtime_goes_to_the_days_it_came_from() {
    assert_eq!(count("overtime-two-day-cap", "passes-nine-hour-days-excess-spread"), 0);
    assert_eq!(count("overtime-two-day-cap", "breaks-nine-hour-days-time-order"), 1);
}

/// Source: s169, s60 — one finding per employee and month, measured as the count of shifts.
/// Before: one per shift (4, 7 and 6 findings).
#[test]
fn one_finding_per_month() {
    let (f, _) = run("women-night-work", "breaks-one-finding-per-month");
    let got: Vec<_> = f.iter().map(|x| (x.0.as_str(), x.1.as_str(), x.2)).collect();
    assert_eq!(got, [("1995-03-06T22:00", "1995-03-21T06:00", 3), ("1995-04-03T22:00", "1995-04-04T06:00", 1)]);
    assert_eq!(run("women-night-work", "breaks-seven-nights-named-five").0.len(), 1);
    let (f, _) = run("meal-break", "breaks-missing-breaks-one-finding-per-month");
    assert_eq!(f.iter().map(|x| x.2).collect::<Vec<_>>(), [4, 2]);
}

/// Source: s177, s54, s60 — a rule the input has no column for is said not to be checked.
/// Before: the report had no such list and the rules were silent.
#[test]
fn rules_without_their_column_are_said_not_checked() {
    let (f, unchecked) = run("feeding-breaks", "passes-no-feeding-column-not-checked");
    assert!(f.is_empty());
    assert!(unchecked.contains(&"feeding-breaks") && unchecked.contains(&"schedule-publication"), "{unchecked:?}");
    let (_, unchecked) = run("meal-break", "passes-no-break-column-not-checked");
    assert!(unchecked.contains(&"meal-break"), "{unchecked:?}");
    // With the column, the rule runs.
    let (_, unchecked) = run("meal-break", "breaks-missing-breaks-one-finding-per-month");
    assert!(!unchecked.contains(&"meal-break"), "{unchecked:?}");
}
