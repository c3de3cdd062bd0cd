//! Field parsers on bytes: dates, date-times, numbers, switches. Each returns `None` on bad
//! input; the caller turns that into an [`crate::InputError`] naming what was expected.

use decent_core::time::{days_from_civil, days_in_month, start_of_day, Day, Minute};
use rust_decimal::Decimal;

/// What a date field expects.
pub const EXPECT_DATE: &str = "a date YYYY-MM-DD (years 1000 to 5000)";
/// What a date-time field expects.
pub const EXPECT_DATETIME: &str = "a local date-time YYYY-MM-DDTHH:MM[:SS] (a space instead of T accepted)";
/// What a switch expects.
pub const EXPECT_BOOL: &str = "true or false (also yes/no, 1/0, or empty for false)";

/// Up to nine ASCII digits, nothing else.
#[must_use]
#[inline]
pub fn digits(b: &[u8]) -> Option<u32> {
    if b.is_empty() || b.len() > 9 {
        return None;
    }
    let mut n = 0u32;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + u32::from(c - b'0');
    }
    Some(n)
}

/// `YYYY-MM-DD`, checked (no 30 February), years 1000–5000: every such day, and every minute of
/// it, fits the engine's 32-bit civil minutes.
#[must_use]
pub fn date(b: &[u8]) -> Option<Day> {
    let b = trim(b);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = digits(&b[0..4])?;
    let m = digits(&b[5..7])?;
    let d = digits(&b[8..10])?;
    let y = i32::try_from(y).ok().filter(|y| (1000..=5000).contains(y))?;
    if !(1..=12).contains(&m) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// `HH:MM` or `HH:MM:SS` as minutes of the day; seconds must be 00–59 and are dropped.
/// `24:00` and `24:00:00` are the end of the day; `24:00:30` is no time at all.
#[must_use]
pub fn time_of_day(b: &[u8]) -> Option<i32> {
    match trim(b) {
        t @ [_, _, _, _, _] => hhmm(t),
        [t @ .., b':', s1, s2] if t.len() == 5 => {
            let (m, s) = (hhmm(t)?, two_digits(*s1, *s2)?);
            (s <= 59 && (m < 1440 || s == 0)).then_some(m)
        }
        _ => None,
    }
}

/// What an id field (an employee or an employer) expects.
pub const EXPECT_ID: &str = "an id: UTF-8 text, not empty, not only blanks, without control characters";

/// An id (already trimmed of blanks): UTF-8, not empty, not only white space (of any script:
/// a no-break space alone is no id), and without control characters (a line feed, an escape
/// sequence or a bell in an id would rewrite a terminal or a report).
#[must_use]
pub fn id(b: &[u8]) -> Option<&str> {
    let s = std::str::from_utf8(b).ok()?;
    (!s.chars().all(char::is_whitespace) && !s.chars().any(char::is_control)).then_some(s)
}

/// Exactly `HH:MM` (no blanks), 00:00 to 24:00 (24:00 is the end of the day), as minutes.
#[must_use]
#[inline(always)]
pub fn hhmm(b: &[u8]) -> Option<i32> {
    let &[h1, h2, b':', m1, m2] = b else { return None };
    let (h, m) = (two_digits(h1, h2)?, two_digits(m1, m2)?);
    (h < 24 && m <= 59 || h == 24 && m == 0).then_some((h * 60 + m) as i32)
}

/// Two ASCII digits as a number.
#[inline]
fn two_digits(a: u8, b: u8) -> Option<u32> {
    let (a, b) = (a.wrapping_sub(b'0'), b.wrapping_sub(b'0'));
    (a <= 9 && b <= 9).then_some(u32::from(a) * 10 + u32::from(b))
}

/// `YYYY-MM-DDTHH:MM[:SS]` or with a space instead of `T`.
#[must_use]
pub fn datetime(b: &[u8]) -> Option<Minute> {
    let b = trim(b);
    if b.len() < 16 || !(b[10] == b'T' || b[10] == b' ') {
        return None;
    }
    let d = date(&b[..10])?;
    let t = time_of_day(&b[11..])?;
    minute_at(d, t)
}

/// The civil minute `t` minutes into `day`, when it fits the engine's `i32` minutes with a
/// week to spare (years up to about 6000; later dates are refused, never wrapped).
#[must_use]
#[inline]
pub fn minute_at(day: Day, t: i32) -> Option<Minute> {
    let m = i64::from(day) * 1440 + i64::from(t);
    let margin = 8 * 1440;
    (m > i64::from(i32::MIN) + margin && m < i64::from(i32::MAX) - margin).then(|| start_of_day(day) + t)
}

/// A non-negative decimal (`12.50`); a comma decimal separator is not accepted.
#[must_use]
pub fn decimal(b: &[u8]) -> Option<Decimal> {
    let s = std::str::from_utf8(trim(b)).ok()?;
    let d: Decimal = s.parse().ok()?;
    (!d.is_sign_negative()).then_some(d)
}

/// A switch.
#[must_use]
pub fn boolean(b: &[u8]) -> Option<bool> {
    match trim(b) {
        b"true" | b"TRUE" | b"True" | b"yes" | b"YES" | b"Yes" | b"1" | b"y" | b"Y" => Some(true),
        b"false" | b"FALSE" | b"False" | b"no" | b"NO" | b"No" | b"0" | b"n" | b"N" | b"" => Some(false),
        _ => None,
    }
}

/// A whole number in `0..=max`.
#[must_use]
pub fn uint(b: &[u8], max: u32) -> Option<u32> {
    digits(trim(b)).filter(|n| *n <= max)
}

/// Removes surrounding ASCII spaces and tabs.
#[must_use]
pub fn trim(mut b: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = b {
        if *first == b' ' || *first == b'\t' {
            b = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = b {
        if *last == b' ' || *last == b'\t' || *last == b'\r' {
            b = rest;
        } else {
            break;
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::fmt_minute;
    use proptest::prelude::*;

    #[test]
    fn datetimes() {
        assert_eq!(datetime(b"1994-10-25T22:00").map(fmt_minute).as_deref(), Some("1994-10-25T22:00"));
        assert_eq!(datetime(b"1994-10-25 22:00:59").map(fmt_minute).as_deref(), Some("1994-10-25T22:00"));
        assert_eq!(datetime(b"1994-10-25T24:00").map(fmt_minute).as_deref(), Some("1994-10-26T00:00"));
        assert_eq!(datetime(b"1994-10-25T24:00:00").map(fmt_minute).as_deref(), Some("1994-10-26T00:00"));
        assert_eq!(datetime(b"9999-12-31T23:59"), None, "beyond the engine's minutes, refused, not wrapped");
        for bad in [
            "1994-02-29T08:00",
            "1994-13-01T08:00",
            "1994-10-25T25:00",
            "1994-10-25",
            "25.10.1994 08:00",
            "1994-10-25T08:60",
            "1994-10-25T24:00:30",
            "1994-10-25T24:01",
            "",
        ] {
            assert_eq!(datetime(bad.as_bytes()), None, "{bad}");
        }
    }

    #[test]
    fn ids_refuse_blanks_and_control_characters() {
        assert_eq!(id("CH0001".as_bytes()), Some("CH0001"));
        assert_eq!(id("Ābele Ē.".as_bytes()), Some("Ābele Ē."));
        assert_eq!(id("=1+1".as_bytes()), Some("=1+1"), "neutralised on output, not refused");
        for bad in ["", "\u{a0}", "\u{3000}\u{a0}", "a\rb", "a\nb", "\u{1b}[31mred", "a\u{7}", "a\u{85}b", "a\u{0}"] {
            assert_eq!(id(bad.as_bytes()), None, "{bad:?}");
        }
        assert_eq!(id(b"a\xffb"), None);
    }

    proptest! {
        /// The parsers never panic, whatever bytes they get.
        #[test]
        fn parsers_never_panic(b in proptest::collection::vec(any::<u8>(), 0..40)) {
            let _ = datetime(&b);
            let _ = time_of_day(&b);
            let _ = date(&b);
            let _ = decimal(&b);
            let _ = boolean(&b);
            let _ = uint(&b, 100);
            let _ = id(&b);
        }

        /// Every valid date-time round-trips through its formatting.
        #[test]
        fn datetime_round_trip(z in -300_000i32..1_480_000, m in 0i32..1440) {
            let minute = start_of_day(z) + m;
            let text = fmt_minute(minute);
            if text.len() == 16 && !text.starts_with('-') && (1000..=5000).contains(&text[..4].parse::<i32>().unwrap()) {
                prop_assert_eq!(datetime(text.as_bytes()), Some(minute));
            }
        }
    }
}
