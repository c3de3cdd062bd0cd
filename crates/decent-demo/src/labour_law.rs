//! The year 2026 under the Labour Law in force (`lv-2002`): a municipal care home (24/7, three
//! rotating 8-hour shifts and 12-hour days, summarised working time) and a municipal home-care
//! service (five-day, six-day and part-time weeks), both institutions paid under the
//! Remuneration Law (`pay_regime = remuneration-law`).
//!
//! The same layout as the 1995 year: slot `i % 150` decides the role, the protected statuses and
//! the deliberate mistakes, so that `--employees N` scales the demo into benchmark data. Most
//! rows are lawful; each breach is a handful of named employees, so that the findings read as
//! they would in a real service. Public holidays come from the law's own calendar, passed in.

use std::io::{self, Write};

use decent_core::time::{civil_from_days, start_of_day, weekday, Day, Minute};

use crate::{d, draw, emit, mix, money, Common, Config, Fmt, Out, Rng, Row, Staff, Written, UNIT};

/// The year the data covers.
pub const YEAR: i32 = 2026;

const EMPLOYEE_HEADER: &str = "employee_id,employer_id,birth_date,sex,weekly_norm_hours,week_days,\
summary_period_months,overtime_consent,union_member,monthly_salary,hired_on,children_birth_dates,\
disabled_children_birth_dates,pregnancies,pay_regime,part_time_requested,breastfeeding,disability,\
special_risk,night_worker,night_consent\n";

/// The public holidays of the year and the day after it, from the law's calendar.
pub struct Holidays {
    first: Day,
    days: Vec<bool>,
}

impl Holidays {
    fn new(holidays: &dyn Fn(Day) -> bool) -> Self {
        let first = d(YEAR, 1, 1);
        Self { first, days: (first..=d(YEAR + 1, 1, 1)).map(holidays).collect() }
    }

    fn is(&self, day: Day) -> bool {
        usize::try_from(day - self.first).ok().and_then(|i| self.days.get(i)).copied().unwrap_or(false)
    }

    /// A working day before a public holiday (s135).
    fn is_eve(&self, day: Day) -> bool {
        self.is(day + 1) && !self.is(day) && weekday(day) < 5
    }
}

/// How an employee's week is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// Care home, summarised working time: five 8-hour shifts a week (day 07–15, evening
    /// 15–23, night 23–07 with an hour's break so that a night worker's day is an hour shorter,
    /// s138(3)), two days off in a row on fixed weekdays, the shift changing each week.
    Rot8 { off: u8, nights: bool, phase: u8 },
    /// Care home, summarised working time: 12-hour days 08:00–20:00 (an hour's break), four one
    /// week and three the next.
    Day12 { phase: u8 },
    /// Care home, office hours: Monday–Friday 08:00–16:30.
    Office,
    /// Home care, five-day week: Monday–Friday 08:00–16:30.
    Hc5,
    /// Home care, six-day week (s133): Monday–Friday 08:00–15:30, Saturday 08:00–13:00.
    Hc6,
    /// Home care, part-time 30 h on the employee's request (s134): Monday–Friday 08:00–14:00.
    Part30,
    /// Care home, permanent nights on normal working time: Monday–Friday 22:00–06:00 with a
    /// 30-minute break, so the night worker's day is not an hour shorter (s138(3)).
    Nights,
}

/// Deliberate departures from the law, by bit.
mod quirk {
    pub const NIGHT_UNSHORTENED: u32 = 1 << 0;
    pub const DOUBLES: u32 = 1 << 1;
    pub const LATE_PUBLISH: u32 = 1 << 2;
    pub const CALLED_IN: u32 = 1 << 3;
    pub const OVER_56: u32 = 1 << 4;
    pub const OT_HEAVY: u32 = 1 << 5;
    pub const OVER_24: u32 = 1 << 6;
    pub const OT_NO_CONSENT: u32 = 1 << 7;
    pub const LONG_WEEKS: u32 = 1 << 8;
    pub const EVE_UNSHORTENED: u32 = 1 << 9;
    pub const LONG_DAY: u32 = 1 << 10;
    pub const NO_BREAK: u32 = 1 << 11;
    pub const LATE_BREAK: u32 = 1 << 12;
    pub const SIX_DAY_LONG: u32 = 1 << 13;
    pub const HOLIDAY_WORK: u32 = 1 << 14;
    pub const SUNDAY_WORK: u32 = 1 << 15;
    pub const FEED_NONE: u32 = 1 << 16;
    pub const FEED_OK: u32 = 1 << 17;
    pub const MARCH_OVERTIME: u32 = 1 << 18;
    pub const QUICK_RETURN: u32 = 1 << 19;
    pub const EVENING_AFTER_DAY: u32 = 1 << 20;
}

/// An employee of the year: what every demo's employee has ([`Common`], reached through
/// `Deref`) and what this law's columns add.
struct Person {
    c: Common,
    pattern: Pattern,
    monthly_salary: u32,
    part_time_requested: bool,
    breastfeeding: bool,
    disability: bool,
    special_risk: bool,
    night_worker: bool,
    night_consent: bool,
}

impl std::ops::Deref for Person {
    type Target = Common;

    fn deref(&self) -> &Common {
        &self.c
    }
}

impl std::ops::DerefMut for Person {
    fn deref_mut(&mut self) -> &mut Common {
        &mut self.c
    }
}

/// Writes `shifts.csv`, `employees.csv` and `absences.csv` of the 2026 year into `dir` (created
/// if missing), public holidays from `holidays`.
///
/// # Errors
/// Any I/O error creating the directory or writing the files.
pub fn write_dir(dir: &std::path::Path, cfg: &Config, holidays: &dyn Fn(Day) -> bool) -> io::Result<Written> {
    crate::write_files(dir, |s, e, a| generate(cfg, holidays, s, e, a))
}

/// Writes the 2026 year into writers, public holidays from `holidays`.
///
/// # Errors
/// Any error of the writers.
pub fn generate(
    cfg: &Config,
    holidays: &dyn Fn(Day) -> bool,
    shifts: &mut impl Write,
    employees: &mut impl Write,
    absences: &mut impl Write,
) -> io::Result<Written> {
    let people: Vec<Person> = (0..cfg.employees).map(|i| Person::new(i, cfg)).collect();
    emit(&people, &Holidays::new(holidays), YEAR, EMPLOYEE_HEADER, cfg.seed, Out { shifts, employees, absences })
}

impl Person {
    #[allow(clippy::too_many_lines)]
    fn new(index: usize, cfg: &Config) -> Self {
        use quirk::*;
        let slot = index % UNIT;
        let mut rng = Rng(mix(cfg.seed ^ mix(index as u64 + 2026)));
        let (id, employer) = crate::id_and_employer(index, cfg);
        let pattern = match slot {
            0..=59 => {
                let off = (slot % 6) as u8;
                Pattern::Rot8 { off, nights: off != 5, phase: (slot % 3) as u8 }
            }
            60..=71 => Pattern::Day12 { phase: (slot % 2) as u8 },
            72..=89 => Pattern::Office,
            90..=119 => Pattern::Hc5,
            120..=134 => Pattern::Hc6,
            _ => Pattern::Part30,
        };
        let female = rng.chance(85);
        let birth = d(1961 + rng.below(40) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
        let hired_on = if rng.chance(5) {
            d(YEAR, 2 + rng.below(9) as u32, 1)
        } else {
            d(2000 + rng.below(25) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)
        };
        let mut p = Person {
            c: Common {
                index,
                id,
                employer,
                quirks: 0,
                birth,
                female,
                norm_hours: 40,
                week_days: 5,
                summary_months: 0,
                overtime_consent: rng.chance(30),
                union_member: rng.chance(35),
                hired_on,
                children: Vec::new(),
                disabled_children: Vec::new(),
                pregnancies: Vec::new(),
                absences: Vec::new(),
            },
            pattern,
            monthly_salary: 900 + rng.below(450) as u32,
            part_time_requested: false,
            breastfeeding: false,
            disability: false,
            special_risk: false,
            night_worker: false,
            night_consent: false,
        };
        match pattern {
            Pattern::Rot8 { nights, .. } => {
                p.summary_months = 3;
                p.night_worker = nights;
            }
            Pattern::Day12 { .. } => p.summary_months = 3,
            Pattern::Hc6 => p.week_days = 6,
            Pattern::Part30 => {
                p.norm_hours = 30;
                p.part_time_requested = true;
                p.monthly_salary = 700 + rng.below(300) as u32;
            }
            Pattern::Office | Pattern::Hc5 | Pattern::Nights => {}
        }
        // Grown-up children for about a third of the staff (no protection left).
        if rng.chance(35) {
            p.children.push(d(1985 + rng.below(20) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32));
        }
        let adult_woman = |p: &mut Person, year: i32| {
            p.female = true;
            p.birth = d(year, 3, 12);
        };
        match slot {
            3 => {
                // Pregnant; given overtime in March without her written consent (s136(7)).
                adult_woman(&mut p, 1994);
                p.quirks |= MARCH_OVERTIME;
                p.overtime_consent = false;
                p.pregnancies.push((d(2025, 12, 1), d(2026, 8, 20)));
                p.children = vec![d(2026, 8, 21)];
                p.absence("maternity", d(2026, 7, 1), d(2026, 10, 31));
                p.absence("childcare", d(2026, 11, 1), d(2026, 12, 31));
            }
            7 => {
                // Mother of a child under three on the rotating roster with nights, without her
                // consent to night work (s138(7)).
                adult_woman(&mut p, 1992);
                p.children = vec![d(2024, 5, 10)];
                p.night_consent = false;
            }
            9 => {
                // Mother of a child under three who consented to night work (lawful).
                adult_woman(&mut p, 1990);
                p.children = vec![d(2025, 1, 15)];
                p.night_consent = true;
            }
            13 => {
                // An adolescent (16, then 17) put on the adult rotating roster, nights included
                // (s132, s138(6)); a minor is on normal working time.
                p.birth = d(2009, 9, 10);
                p.children.clear();
                p.summary_months = 0;
                p.night_worker = false;
            }
            25 => {
                // Breastfeeding mother back from child-care leave; no feeding breaks given (s146).
                adult_woman(&mut p, 1993);
                p.pattern = Pattern::Office;
                p.quirks |= FEED_NONE;
                p.breastfeeding = true;
                p.children = vec![d(2025, 9, 1)];
                p.absence("childcare", d(2026, 1, 1), d(2026, 2, 28));
            }
            31 => {
                // Breastfeeding mother with her feeding breaks (lawful).
                adult_woman(&mut p, 1991);
                p.pattern = Pattern::Office;
                p.quirks |= FEED_OK;
                p.breastfeeding = true;
                p.children = vec![d(2025, 6, 15)];
            }
            37 => {
                // Pregnant, asked for part-time work, still on full-time office hours (s134(2)).
                adult_woman(&mut p, 1995);
                p.pattern = Pattern::Office;
                p.part_time_requested = true;
                p.pregnancies.push((d(2026, 3, 1), d(2026, 11, 30)));
                p.children = vec![d(2026, 12, 1)];
                p.absence("maternity", d(2026, 10, 5), d(2026, 12, 31));
            }
            43 => {
                // An employee with a disability on part-time at her request (lawful).
                p.pattern = Pattern::Part30;
                p.norm_hours = 30;
                p.part_time_requested = true;
                p.disability = true;
            }
            19 => {
                // A night worker on permanent nights whose day is not shortened (s138(3)).
                p.pattern = Pattern::Nights;
                p.summary_months = 0;
                p.night_worker = true;
            }
            55 => {
                // Special-risk work (s131(3): 7 h a day), on 8-hour office days.
                p.pattern = Pattern::Office;
                p.special_risk = true;
            }
            138 => {
                // An adolescent (16) on the 30-hour week without the adolescent's break (s145).
                p.birth = d(2010, 2, 20);
                p.children.clear();
                p.part_time_requested = false;
            }
            146 => {
                // Pregnant from June; home care by day (lawful).
                adult_woman(&mut p, 1996);
                p.pregnancies.push((d(2026, 6, 1), d(2027, 2, 28)));
            }
            _ => {}
        }
        // The deliberate mistakes of everyday scheduling.
        p.quirks |= match slot {
            0..=2 | 4..=6 => NIGHT_UNSHORTENED,
            10..=12 | 14..=18 => LATE_PUBLISH,
            _ => 0,
        };
        p.quirks |= match slot {
            2 | 8 => DOUBLES,
            4 => CALLED_IN,
            20 => QUICK_RETURN,
            61 => OVER_56,
            65 => OT_HEAVY,
            67 => OVER_24,
            73 => OT_NO_CONSENT,
            92 | 98 => LONG_WEEKS,
            100..=104 => EVE_UNSHORTENED,
            107 => EVENING_AFTER_DAY,
            110 => LONG_DAY,
            113 => NO_BREAK,
            116 => LATE_BREAK,
            122 | 128 => SIX_DAY_LONG,
            125 => HOLIDAY_WORK,
            141 => SUNDAY_WORK,
            _ => 0,
        };
        match slot {
            61 | 65 | 67 => p.overtime_consent = true,
            73 => p.overtime_consent = false,
            _ => {}
        }
        // Those moved to office hours work by day on normal working time.
        if p.pattern == Pattern::Office {
            p.summary_months = 0;
            p.night_worker = false;
        }
        // Everyone whose case the demo shows is employed the whole year.
        let shown = matches!(slot, 3 | 7 | 9 | 13 | 25 | 31 | 37 | 43 | 55 | 138 | 146);
        if p.hired_on > d(YEAR, 1, 1) && (p.quirks != 0 || shown) {
            p.hired_on = d(2015, 9, 1);
        }
        // Annual leave: four calendar weeks (s149).
        crate::leave_and_sickness(&mut rng, YEAR, p.hired_on, &mut p.absences);
        p
    }

    /// The day the schedule for `day`'s month was made known: the 20th two months before (at
    /// least a month ahead, s139(5)), or for a late unit the 25th of the month before, for June
    /// and December.
    fn published(&self, day: Day) -> Day {
        crate::published_on(day, self.quirks & quirk::LATE_PUBLISH != 0)
    }
}

impl Staff for Person {
    type Cx = Holidays;

    fn common(&self) -> &Common {
        &self.c
    }

    fn write_employee(&self, fmt: &Fmt, b: &mut Vec<u8>) {
        let flag = |b: &mut Vec<u8>, v: bool, last: bool| {
            b.extend_from_slice(if v { b"true" } else { b"false" });
            b.push(if last { b'\n' } else { b',' });
        };
        self.write_head(fmt, b);
        flag(b, self.overtime_consent, false);
        flag(b, self.union_member, false);
        money(b, self.monthly_salary * 100);
        b.push(b',');
        fmt.day(b, self.hired_on);
        b.push(b',');
        crate::write_days(fmt, b, &self.children);
        b.push(b',');
        crate::write_days(fmt, b, &self.disabled_children);
        b.push(b',');
        crate::write_periods(fmt, b, &self.pregnancies);
        b.extend_from_slice(b",remuneration-law,");
        flag(b, self.part_time_requested, false);
        flag(b, self.breastfeeding, false);
        flag(b, self.disability, false);
        flag(b, self.special_risk, false);
        flag(b, self.night_worker, false);
        flag(b, self.night_consent, true);
    }

    #[allow(clippy::too_many_lines)]
    fn shifts_on(&self, day: Day, cal: &Holidays, seed: u64, out: &mut Vec<Row>) {
        use quirk::*;
        if self.absent(day) {
            return;
        }
        let q = self.quirks;
        let wd = weekday(day);
        let (_, month, dom) = civil_from_days(day);
        let published = self.published(day);
        let r = draw(seed, self.index, day);
        let at = |h: i32, m: i32| start_of_day(day) + h * 60 + m;
        let row = |start: Minute, end: Minute, brk: u16, brk_at: u16| Row {
            start,
            end,
            brk,
            brk_at,
            kind: "work",
            feeding: None,
            published,
        };
        let overtime = |start: Minute, end: Minute| Row { kind: "overtime", ..row(start, end, 0, 0) };
        let holiday = cal.is(day);
        let eve = cal.is_eve(day);
        match self.pattern {
            Pattern::Rot8 { off, nights, phase } => {
                let off = i32::from(off);
                let block_start = off + 2;
                let k = (i32::from(wd) - block_start).rem_euclid(7);
                let block = (day + 3 - block_start).div_euclid(7);
                let kinds = if nights { 3 } else { 2 };
                let kind = (block + i32::from(phase)).rem_euclid(kinds);
                if k < 5 {
                    out.push(match kind {
                        0 => row(at(7, 0), at(15, 0), 30, 210),
                        1 => row(at(15, 0), at(23, 0), 30, 210),
                        _ => {
                            let unshortened = q & NIGHT_UNSHORTENED != 0 && (month == 2 || month == 3);
                            row(at(23, 0), at(31, 0), if unshortened { 30 } else { 60 }, 210)
                        }
                    });
                    // A double: the night after the evening shift, once a month.
                    if q & DOUBLES != 0 && kind == 1 && dom <= 7 && k == 2 {
                        out.push(row(at(23, 0), at(31, 0), 60, 210));
                    }
                    if q & MARCH_OVERTIME != 0 && month == 3 && kind == 0 && k < 3 {
                        out.push(overtime(at(15, 0), at(17, 0)));
                    }
                    // An evening shift followed by the next morning's day shift: 8 hours' rest.
                    if q & QUICK_RETURN != 0 && kind == 1 && k == 4 && dom <= 7 {
                        out.push(row(at(31, 0), at(39, 0), 30, 210));
                    }
                } else if q & CALLED_IN != 0 && k == 5 && dom <= 7 {
                    // Called in on a day off, once a month: the weekly rest is lost.
                    out.push(row(at(7, 0), at(15, 0), 30, 210));
                }
            }
            Pattern::Day12 { phase } => {
                let week = (day + 3).div_euclid(7) + i32::from(phase);
                let works = if week % 2 == 0 { matches!(wd, 0 | 1 | 4 | 5) } else { matches!(wd, 2 | 3 | 6) };
                let extra = q & OVER_56 != 0 && (4..=6).contains(&month) && matches!(wd, 2 | 3) && week % 2 == 0;
                if q & OVER_24 != 0 && works && dom <= 7 && wd == 5 {
                    // A 25-hour stretch once a month, Saturday into the free Sunday (s140(4)).
                    out.push(row(at(8, 0), at(33, 0), 60, 240));
                } else if works || extra {
                    out.push(row(at(8, 0), at(20, 0), 60, 240));
                } else if q & OT_HEAVY != 0 && r % 100 < 70 && wd != 6 {
                    out.push(overtime(at(8, 0), at(14, 0)));
                }
            }
            Pattern::Office => {
                if wd < 5 && !holiday {
                    let end = if eve { at(15, 30) } else { at(16, 30) };
                    let mut s = row(at(8, 0), end, 30, 210);
                    if q & FEED_OK != 0 {
                        s.feeding = Some(60);
                    } else if q & FEED_NONE != 0 {
                        s.feeding = Some(0);
                    }
                    out.push(s);
                    if q & OT_NO_CONSENT != 0 && wd == 3 && dom <= 14 {
                        out.push(overtime(at(16, 30), at(18, 30)));
                    }
                }
            }
            Pattern::Hc5 => {
                let week = (day + 3).div_euclid(7);
                let works = wd < 5 && (!holiday || q & HOLIDAY_WORK != 0);
                if works {
                    let end = if eve && q & EVE_UNSHORTENED == 0 { at(15, 30) } else { at(16, 30) };
                    if q & LONG_DAY != 0 && wd == 2 {
                        out.push(row(at(7, 0), at(18, 0), 60, 240));
                    } else if q & NO_BREAK != 0 {
                        out.push(row(at(8, 0), at(16, 0), 0, 0));
                    } else if q & LATE_BREAK != 0 {
                        out.push(row(at(8, 0), end, 30, 300));
                    } else {
                        out.push(row(at(8, 0), end, 30, 210));
                    }
                    // An evening round straight after the day's, on the first Monday of the month.
                    if q & EVENING_AFTER_DAY != 0 && wd == 0 && dom <= 7 {
                        out.push(row(end, end + 5 * 60, 0, 0));
                    }
                } else if q & LONG_WEEKS != 0 && wd == 5 && week % 4 == 0 && !holiday {
                    out.push(row(at(8, 0), at(16, 30), 30, 210));
                } else if q & SUNDAY_WORK != 0 && wd == 6 && dom <= 7 {
                    out.push(row(at(9, 0), at(13, 0), 0, 0));
                }
            }
            Pattern::Hc6 => {
                let works = wd < 6 && !holiday;
                if works && wd < 5 {
                    let end = match (eve, q & SIX_DAY_LONG != 0) {
                        (_, true) => at(16, 30),
                        (true, false) => at(14, 30),
                        (false, false) => at(15, 30),
                    };
                    out.push(row(at(8, 0), end, 30, 210));
                } else if works {
                    out.push(row(at(8, 0), at(13, 0), 0, 0));
                }
            }
            Pattern::Nights => {
                if wd < 5 {
                    out.push(row(at(22, 0), at(30, 0), 30, 210));
                }
            }
            Pattern::Part30 => {
                if wd < 5 && !holiday {
                    let end = if eve { at(13, 0) } else { at(14, 0) };
                    out.push(row(at(8, 0), end, 0, 0));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::days_from_civil;
    use decent_lv2002::attrs::{BREASTFEEDING, FEEDING_MINUTES, NIGHT_WORKER, PAY_REGIME};

    fn year(employees: usize) -> (decent_core::Dataset, Written) {
        let law = decent_lv2002::law().expect("the pack loads");
        let (mut s, mut e, mut a) = (Vec::new(), Vec::new(), Vec::new());
        let cfg = Config { employees, ..Config::default() };
        let w = generate(&cfg, &|d| law.calendar.is_festive(d), &mut s, &mut e, &mut a).expect("in memory");
        let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8");
        let data = decent_io::load_str_with(&decent_lv2002::attrs::SCHEMA, &text(s), Some(&text(e)), Some(&text(a)))
            .expect("the 2026 demo loads under lv-2002's columns");
        (data, w)
    }

    #[test]
    fn the_year_loads_with_the_packs_columns_and_scales() {
        let (data, w) = year(UNIT);
        assert_eq!(data.employees.len(), UNIT);
        assert_eq!(data.shifts.len() as u64, w.shifts);
        assert!(w.shifts > 30_000, "{} shifts", w.shifts);
        assert!(data.employees.iter().all(|e| e.pick(PAY_REGIME) == 1), "all paid under the Remuneration Law");
        assert!(
            data.employees.iter().any(|e| e.has(NIGHT_WORKER)) && data.employees.iter().any(|e| e.has(BREASTFEEDING))
        );
        assert!(data.columns.has(decent_core::Column::Declared(FEEDING_MINUTES)));
        let (bigger, w2) = year(2 * UNIT);
        assert_eq!(bigger.employees.len(), 2 * UNIT);
        assert!(
            w2.shifts > 2 * w.shifts - 2_000,
            "a second unit is a copy of the first: {} vs {}",
            w2.shifts,
            w.shifts
        );
    }

    /// Office staff do not work on public holidays and leave an hour early the working day
    /// before one (s135): 18 November 2026 is a Wednesday, so the 17th is shorter.
    #[test]
    fn holidays_come_from_the_laws_calendar() {
        let (data, _) = year(UNIT);
        let office = data.lookup("CH073").expect("slot 72 is office staff");
        let on =
            |day: Day| data.shifts_of(office).iter().filter(|s| s.start.div_euclid(1440) == day).collect::<Vec<_>>();
        assert!(on(days_from_civil(2026, 11, 18)).is_empty(), "no work on 18 November");
        let eve = on(days_from_civil(2026, 11, 17));
        let normal = on(days_from_civil(2026, 11, 16));
        assert_eq!(eve.len(), 1);
        assert_eq!(normal[0].worked_minutes() - eve[0].worked_minutes(), 60);
    }
}
