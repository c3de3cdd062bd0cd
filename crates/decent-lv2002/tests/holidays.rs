//! The public holidays 2002–2030 against a calendar computed here, independently of the engine's:
//! Easter by Gauss's algorithm (the engine uses Meeus/Jones/Butcher), weekdays by Sakamoto's
//! method, dates by `jiff`, and the list of the law written out.
//!
//! Source: Law "On Public Holidays, Commemoration Days and Celebration Days", s1 (consolidated
//! text as amended by the Law of 28 May 2023); PRODUCT.md §7 (4 May from 2002, 24 December from
//! 2007, a public holiday on a weekend moved to the next working day from 2007); the
//! `holidays` package (the Song and Dance Festival days off of 2018 and 2023).

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use std::collections::BTreeMap;

use decent_core::time::{days_from_civil, Day};
use jiff::civil::{date, Date};

/// Gregorian Easter Sunday by Gauss's algorithm with its two exceptions.
fn gauss_easter(y: i32) -> Date {
    let (a, b, c) = (y % 19, y % 4, y % 7);
    let k = y / 100;
    let p = (13 + 8 * k) / 25;
    let q = k / 4;
    let m = (15 - p + k - q).rem_euclid(30);
    let n = (4 + k - q).rem_euclid(7);
    let d = (19 * a + m) % 30;
    let e = (2 * b + 4 * c + 6 * d + n) % 7;
    if d == 29 && e == 6 {
        return date(y as i16, 4, 19);
    }
    if d == 28 && e == 6 && (11 * m + 11) % 30 < 19 {
        return date(y as i16, 4, 18);
    }
    let march = 22 + d + e;
    if march <= 31 {
        date(y as i16, 3, march as i8)
    } else {
        date(y as i16, 4, (march - 31) as i8)
    }
}

/// Day of the week, Sunday = 0 … Saturday = 6 (Sakamoto).
fn sakamoto(d: Date) -> i32 {
    const T: [i32; 12] = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let (mut y, m, dd) = (i32::from(d.year()), i32::from(d.month()), i32::from(d.day()));
    if m < 3 {
        y -= 1;
    }
    (y + y / 4 - y / 100 + y / 400 + T[(m - 1) as usize] + dd) % 7
}

fn day(d: Date) -> Day {
    days_from_civil(i32::from(d.year()), d.month() as u32, d.day() as u32)
}

/// The public holidays of `y` (true: a weekday off in place of a holiday on a weekend).
fn expected(y: i32) -> BTreeMap<Date, bool> {
    let yy = y as i16;
    let easter = gauss_easter(y);
    let mut days: Vec<Date> = vec![
        date(yy, 1, 1),
        easter.checked_sub(jiff::Span::new().days(2)).unwrap(),
        easter,
        easter.checked_add(jiff::Span::new().days(1)).unwrap(),
        date(yy, 5, 1),
        date(yy, 5, 4), // from 2002
        easter.checked_add(jiff::Span::new().days(49)).unwrap(),
        date(yy, 6, 23),
        date(yy, 6, 24),
        date(yy, 11, 18),
        date(yy, 12, 25),
        date(yy, 12, 26),
        date(yy, 12, 31),
    ];
    // Mother's Day: the second Sunday of May.
    let first_sunday = (1..=7).map(|d| date(yy, 5, d)).find(|d| sakamoto(*d) == 0).unwrap();
    days.push(first_sunday.checked_add(jiff::Span::new().days(7)).unwrap());
    if y >= 2007 {
        days.push(date(yy, 12, 24));
    }
    // One-off days of s1 and the Song and Dance Festival's closing days.
    match y {
        2018 => days.extend([date(2018, 7, 8), date(2018, 9, 24)]),
        2023 => days.extend([date(2023, 5, 29), date(2023, 7, 9)]),
        _ => {}
    }
    let mut out: BTreeMap<Date, bool> = days.iter().map(|d| (*d, false)).collect();
    // From 2007, 4 May, the festival's closing day and 18 November on a Saturday or Sunday: the
    // next working day is a day off.
    if y >= 2007 {
        let movable: Vec<Date> = [date(yy, 5, 4), date(yy, 11, 18), date(2018, 7, 8), date(2023, 7, 9)]
            .into_iter()
            .filter(|d| d.year() == yy)
            .collect();
        for d in movable {
            if sakamoto(d) == 6 || sakamoto(d) == 0 {
                let mut next = d.checked_add(jiff::Span::new().days(1)).unwrap();
                while sakamoto(next) == 6 || sakamoto(next) == 0 || out.contains_key(&next) {
                    next = next.checked_add(jiff::Span::new().days(1)).unwrap();
                }
                out.insert(next, true);
            }
        }
    }
    out
}

#[test]
fn public_holidays_2002_to_2030_match_the_law_and_its_history() {
    let law = decent_lv2002::law().unwrap_or_else(|e| panic!("{e}"));
    let mut total = 0;
    for y in 2002..=2030 {
        let want = expected(y);
        let mut got = BTreeMap::new();
        let mut d = date(y as i16, 1, 1);
        while d.year() == y as i16 {
            if let Some(f) = law.calendar.festive(day(d)) {
                got.insert(d, f.moved);
            }
            d = d.checked_add(jiff::Span::new().days(1)).unwrap();
        }
        assert_eq!(got, want, "{y}");
        total += got.len();
    }
    assert!(total > 29 * 14, "{total}");
}

/// The history the issue names, spelled out. Source: PRODUCT.md §7; law s1.
#[test]
fn the_history_4_may_24_december_and_the_weekend_moves() {
    let law = decent_lv2002::law().unwrap();
    let is = |y, m, d| law.calendar.is_festive(days_from_civil(y, m, d));
    let moved = |y, m, d| law.calendar.festive(days_from_civil(y, m, d)).is_some_and(|f| f.moved);
    assert!(is(2002, 5, 4), "4 May 2002, a Saturday, is a public holiday");
    assert!(!is(2002, 5, 6), "but before 2007 it does not move to Monday");
    assert!(!is(2006, 12, 24) && is(2007, 12, 24), "24 December from 2007");
    assert!(moved(2007, 11, 19), "18 November 2007 was a Sunday: Monday 19 November is off");
    assert!(!is(2006, 11, 20), "18 November 2006, a Saturday, did not move");
    assert!(moved(2008, 5, 5), "4 May 2008 was a Sunday: Monday 5 May is off");
    assert!(!moved(2025, 11, 17) && is(2025, 11, 18), "18 November 2025 is a Tuesday");
    assert!(moved(2029, 11, 19), "18 November 2029 is a Sunday");
    assert!(moved(2018, 7, 9) && moved(2023, 7, 10), "the Song and Dance Festival days off");
    assert!(is(2018, 9, 24) && is(2023, 5, 29) && !is(2019, 9, 24) && !is(2024, 5, 29), "one-off days");
    assert_eq!(law.calendar.years().0, 2002);
}

/// Every public holiday 2002–2030 has its name in both languages.
#[test]
fn every_public_holiday_is_named_in_both_languages() {
    use decent_core::pack::Pack;
    use decent_i18n::{Catalog, Lang};
    let law = decent_lv2002::law().unwrap();
    for lang in [Lang::En, Lang::Lv] {
        let cat = Catalog::new(lang, &decent_lv2002::PACK.messages(lang.code()), "s").unwrap_or_else(|e| panic!("{e}"));
        let mut names = std::collections::BTreeSet::new();
        for d in days_from_civil(2002, 1, 1)..=days_from_civil(2030, 12, 31) {
            if let Some(n) = law.calendar.name(d) {
                names.insert(n.to_string());
            }
        }
        assert_eq!(names.len(), 18, "{names:?}");
        for n in names {
            let key = decent_lv2002::data::holiday_key_of(&n);
            assert!(cat.has(&key), "{}: no name for {n:?} ({key})", lang.code());
        }
        assert!(cat.has("holiday-unnamed"));
    }
}
