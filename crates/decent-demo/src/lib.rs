//! `decent-demo`: a realistic, deterministic year (1995) of data for a municipal social service —
//! a 24/7 care home and a home-care service — in the interchange formats of `decent-io`.
//!
//! The same generator writes the 150-employee demo (`decent demo DIR`) and benchmark data of any
//! size (`decent demo DIR --employees 31000`). Employees are laid out in *units* of 150: slot
//! `i % 150` decides the role (rotating 8-hour shifts, 12-hour days, office hours, home-care
//! five-day, six-day or shortened-norm weeks), the protected statuses and the deliberate
//! mistakes, so that every unit is a copy of the demo with its own random draws (ages, union
//! membership, sick leave, annual leave, hire dates). Most rows are lawful; the violations are a
//! handful of named employees, as in a real service.
//!
//! Output is a pure function of the seed and the size: a seeded splitmix64 generator, no clock,
//! no hash-map iteration order. Rows come out in date order (a timesheet export), not grouped by
//! employee. Formatting is by hand into a buffer, so ten million rows take seconds.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

pub mod labour_law;

use decent_core::time::{civil_from_days, days_from_civil, start_of_day, weekday, Day, Minute};

/// The size of a unit of employees; slot `i % UNIT` decides an employee's role.
pub const UNIT: usize = 150;

/// The year the data covers.
pub const YEAR: i32 = 1995;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// Number of employees (150 for the demo).
    pub employees: usize,
    /// Seed of the pseudo-random generator.
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Self { employees: UNIT, seed: 1995 }
    }
}

/// What was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Written {
    /// Employee rows.
    pub employees: usize,
    /// Shift rows.
    pub shifts: u64,
    /// Absence rows.
    pub absences: usize,
    /// Bytes of `shifts.csv`.
    pub shift_bytes: u64,
}

/// Writes `shifts.csv`, `employees.csv` and `absences.csv` into `dir` (created if missing).
///
/// # Errors
/// Any I/O error creating the directory or writing the files.
pub fn write_dir(dir: &Path, cfg: &Config) -> io::Result<Written> {
    write_files(dir, |s, e, a| generate(cfg, s, e, a))
}

/// A writer of one of the three files.
type FileOut = BufWriter<File>;

/// Creates `dir` and the three files in it, and fills them with `generate`.
pub(crate) fn write_files(
    dir: &Path,
    generate: impl FnOnce(&mut FileOut, &mut FileOut, &mut FileOut) -> io::Result<Written>,
) -> io::Result<Written> {
    std::fs::create_dir_all(dir)?;
    let mut shifts = BufWriter::with_capacity(1 << 20, File::create(dir.join("shifts.csv"))?);
    let mut employees = BufWriter::new(File::create(dir.join("employees.csv"))?);
    let mut absences = BufWriter::new(File::create(dir.join("absences.csv"))?);
    let w = generate(&mut shifts, &mut employees, &mut absences)?;
    shifts.flush()?;
    employees.flush()?;
    absences.flush()?;
    Ok(w)
}

/// Generates the three files into writers.
///
/// # Errors
/// Any error of the writers.
pub fn generate(
    cfg: &Config,
    shifts: &mut impl Write,
    employees: &mut impl Write,
    absences: &mut impl Write,
) -> io::Result<Written> {
    let people: Vec<Person> = (0..cfg.employees).map(|i| Person::new(i, cfg)).collect();
    let out = Out { shifts, employees, absences };
    emit(&people, &Calendar::new(), YEAR, EMPLOYEE_HEADER, cfg.seed, out)
}

/// The three writers of a generated year.
pub(crate) struct Out<'a, S, E, A> {
    pub(crate) shifts: &'a mut S,
    pub(crate) employees: &'a mut E,
    pub(crate) absences: &'a mut A,
}

/// One generated employee, whatever the law the year is written for.
pub(crate) trait Staff {
    /// What the shifts of a day depend on beyond the employee (the year's calendar).
    type Cx;
    /// What every demo's employee has.
    fn common(&self) -> &Common;
    /// The employee's id.
    fn id(&self) -> &str {
        &self.common().id
    }
    /// The employer's id.
    fn employer(&self) -> &str {
        &self.common().employer
    }
    /// The absences, in date order.
    fn absences(&self) -> &[AbsenceRow] {
        &self.common().absences
    }
    /// The employee's row of employees.csv.
    fn write_employee(&self, fmt: &Fmt, b: &mut Vec<u8>);
    /// The shifts that start on `day`, appended to `out`.
    fn shifts_on(&self, day: Day, cx: &Self::Cx, seed: u64, out: &mut Vec<Row>);
}

/// Writes a year of `people` (employees, absences, then shifts day by day in a timesheet's
/// order).
pub(crate) fn emit<P: Staff>(
    people: &[P],
    cx: &P::Cx,
    year: i32,
    employee_header: &str,
    seed: u64,
    out: Out<'_, impl Write, impl Write, impl Write>,
) -> io::Result<Written> {
    let fmt = Fmt::new();
    let mut w = Written { employees: people.len(), ..Written::default() };

    let mut buf = Vec::with_capacity(1 << 16);
    buf.extend_from_slice(employee_header.as_bytes());
    for p in people {
        p.write_employee(&fmt, &mut buf);
    }
    out.employees.write_all(&buf)?;

    buf.clear();
    buf.extend_from_slice(b"employee_id,kind,from,to\n");
    for p in people {
        for a in p.absences() {
            buf.extend_from_slice(p.id().as_bytes());
            buf.push(b',');
            buf.extend_from_slice(a.kind.as_bytes());
            buf.push(b',');
            fmt.day(&mut buf, a.from);
            buf.push(b',');
            fmt.day(&mut buf, a.to);
            buf.push(b'\n');
            w.absences += 1;
        }
    }
    out.absences.write_all(&buf)?;

    buf.clear();
    buf.extend_from_slice(SHIFT_HEADER.as_bytes());
    let mut rows = Vec::with_capacity(4);
    for day in days_from_civil(year, 1, 1)..=days_from_civil(year, 12, 31) {
        for p in people {
            rows.clear();
            p.shifts_on(day, cx, seed, &mut rows);
            for r in &rows {
                write_shift(p.id(), p.employer(), &fmt, r, &mut buf);
                w.shifts += 1;
            }
            if buf.len() >= 1 << 20 {
                out.shifts.write_all(&buf)?;
                w.shift_bytes += buf.len() as u64;
                buf.clear();
            }
        }
    }
    out.shifts.write_all(&buf)?;
    w.shift_bytes += buf.len() as u64;
    Ok(w)
}

const SHIFT_HEADER: &str =
    "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes\n";
const EMPLOYEE_HEADER: &str = "employee_id,employer_id,birth_date,sex,weekly_norm_hours,week_days,\
summary_period_months,overtime_consent,business_trip_consent,union_member,union_official,hourly_rate,\
monthly_salary,hired_on,children_birth_dates,disabled_children_birth_dates,single_parent,trustee,\
night_barred,pregnancies\n";

/// splitmix64: a tiny, well-mixed generator; also used as a hash of (seed, employee, day).
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in `0..n` (n > 0); the slight modulo bias does not matter here.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A deterministic hash of (seed, employee, day): per-day draws without per-day state.
fn draw(seed: u64, emp: usize, day: Day) -> u64 {
    mix(seed ^ mix((emp as u64) << 20 ^ (day as u32 as u64)))
}

fn d(y: i32, m: u32, day: u32) -> Day {
    days_from_civil(y, m, day)
}

/// The lv-1994 festive days of 1995 (PRODUCT.md §7), and their eves.
struct Calendar {
    festive: Vec<Day>,
}

impl Calendar {
    fn new() -> Self {
        let festive = vec![
            d(1995, 1, 1),
            d(1995, 4, 14), // Good Friday
            d(1995, 4, 16), // Easter Sunday
            d(1995, 5, 1),
            d(1995, 5, 14), // Mother's Day (second Sunday of May)
            d(1995, 6, 23),
            d(1995, 6, 24),
            d(1995, 11, 18),
            d(1995, 12, 25),
            d(1995, 12, 26),
            d(1995, 12, 31),
            d(1996, 1, 1),
        ];
        Self { festive }
    }

    fn is_festive(&self, day: Day) -> bool {
        self.festive.contains(&day)
    }

    /// A working day before a festive day (s49).
    fn is_eve(&self, day: Day) -> bool {
        self.is_festive(day + 1) && !self.is_festive(day)
    }
}

/// How an employee's week is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pattern {
    /// Care home, summary registration: five 8-hour shifts a week (day 07–15, evening 15–23,
    /// night 23–07 with an hour's break so that it is one hour shorter), two days off in a row
    /// on fixed weekdays `off` and `off + 1`, the shift changing each week (day, evening, night).
    Rot8 { off: u8, nights: bool, phase: u8 },
    /// Care home, summary registration: 12-hour day shifts 07:00–18:30 (an hour's break), four
    /// one week and three the next.
    Day12 { phase: u8 },
    /// Care home, office hours: Monday–Friday 07:00–15:30.
    Office,
    /// Home care, five-day week: Monday–Friday 08:00–16:30.
    Hc5,
    /// Home care, six-day week (s47): Monday–Friday 08:00–15:30, Saturday 08:00–12:00.
    Hc6,
    /// Home care, shortened norm (36 h, s46): Monday–Friday 08:00–15:30.
    Hc36,
}

/// Deliberate departures from the law, by bit.
mod quirk {
    pub const NIGHT_UNSHORTENED: u32 = 1 << 0;
    pub const DOUBLES: u32 = 1 << 1;
    pub const LATE_PUBLISH: u32 = 1 << 2;
    pub const EXTRA_OFF_DAY: u32 = 1 << 3;
    pub const OVERLAP: u32 = 1 << 4;
    pub const SUMMARY_OVER: u32 = 1 << 5;
    pub const OT_HEAVY: u32 = 1 << 6;
    pub const OT_TWO_DAY: u32 = 1 << 7;
    pub const OT_NO_CONSENT: u32 = 1 << 8;
    pub const LONG_WEEKS: u32 = 1 << 9;
    pub const EVE_UNSHORTENED: u32 = 1 << 10;
    pub const LONG_BREAK: u32 = 1 << 11;
    pub const NO_BREAK: u32 = 1 << 12;
    pub const SIX_DAY_LONG: u32 = 1 << 13;
    pub const FESTIVE_WORK: u32 = 1 << 14;
    pub const SUNDAY_WORK: u32 = 1 << 15;
    pub const PREGNANT_NIGHTS: u32 = 1 << 16;
    pub const DAY_WHILE_PREGNANT: u32 = 1 << 17;
    pub const SUMMER_NIGHTS: u32 = 1 << 18;
    pub const DUTY: u32 = 1 << 19;
    pub const FEED_NONE: u32 = 1 << 20;
    pub const FEED_OK: u32 = 1 << 21;
    pub const EVENING_OVERTIME: u32 = 1 << 22;
}

pub(crate) struct AbsenceRow {
    kind: &'static str,
    from: Day,
    to: Day,
}

/// An employee of the year: what every demo's employee has ([`Common`], reached through
/// `Deref`) and what this law's columns add.
struct Person {
    c: Common,
    pattern: Pattern,
    trip_consent: bool,
    union_official: bool,
    hourly_rate: Option<u32>,
    monthly_salary: Option<u32>,
    single_parent: bool,
    trustee: bool,
    night_barred: bool,
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

/// One shift row before formatting.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Row {
    start: Minute,
    end: Minute,
    brk: u16,
    /// Minutes after the start the break begins (ignored when `brk` is 0).
    brk_at: u16,
    kind: &'static str,
    feeding: Option<u16>,
    published: Day,
}

impl Person {
    #[allow(clippy::too_many_lines)]
    fn new(index: usize, cfg: &Config) -> Self {
        use quirk::*;
        let slot = index % UNIT;
        let mut rng = Rng(mix(cfg.seed ^ mix(index as u64 + 1)));
        let (id, employer) = id_and_employer(index, cfg);
        let pattern = match slot {
            0..=59 => {
                let off = (slot % 6) as u8;
                Pattern::Rot8 { off, nights: off != 5, phase: (slot % 3) as u8 }
            }
            60..=71 => Pattern::Day12 { phase: (slot % 2) as u8 },
            72..=89 => Pattern::Office,
            90..=119 => Pattern::Hc5,
            120..=134 => Pattern::Hc6,
            _ => Pattern::Hc36,
        };
        // Care work in 1995 was mostly done by women.
        let female = rng.chance(85);
        let birth = d(1940 + rng.below(36) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32);
        let hired_on = if rng.chance(5) {
            d(YEAR, 2 + rng.below(9) as u32, 1)
        } else {
            d(1975 + rng.below(20) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32)
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
                union_member: rng.chance(45),
                hired_on,
                children: Vec::new(),
                disabled_children: Vec::new(),
                pregnancies: Vec::new(),
                absences: Vec::new(),
            },
            pattern,
            trip_consent: false,
            union_official: false,
            hourly_rate: None,
            monthly_salary: None,
            single_parent: false,
            trustee: false,
            night_barred: false,
        };
        match pattern {
            Pattern::Rot8 { .. } | Pattern::Day12 { .. } => {
                p.summary_months = 3;
                p.hourly_rate = Some(45 + rng.below(30) as u32); // santims
            }
            Pattern::Hc6 => {
                p.week_days = 6;
                p.monthly_salary = Some(60 + rng.below(40) as u32);
            }
            Pattern::Hc36 => {
                p.norm_hours = 36;
                p.monthly_salary = Some(55 + rng.below(40) as u32);
            }
            Pattern::Office | Pattern::Hc5 => p.monthly_salary = Some(65 + rng.below(50) as u32),
        }
        // Grown-up children for about a third of the staff (no protection left).
        if rng.chance(35) {
            p.children.push(d(1965 + rng.below(14) as i32, 1 + rng.below(12) as u32, 1 + rng.below(28) as u32));
        }
        let adult_woman = |p: &mut Person, year: i32| {
            p.female = true;
            p.birth = d(year, 3, 12);
        };
        match slot {
            3 => {
                // Pregnant, moved to day work by the employer; maternity, then child-care leave.
                adult_woman(&mut p, 1968);
                p.quirks |= DAY_WHILE_PREGNANT;
                p.pregnancies.push((d(1994, 10, 5), d(1995, 7, 14)));
                p.children = vec![d(1995, 7, 15)];
                p.absence("maternity", d(1995, 5, 20), d(1995, 9, 8));
                p.absence("childcare", d(1995, 9, 9), d(1995, 12, 31));
            }
            7 => {
                // Pregnant, yet left on the rotating roster with nights and overtime.
                adult_woman(&mut p, 1970);
                p.quirks |= PREGNANT_NIGHTS;
                p.overtime_consent = true;
                p.pregnancies.push((d(1995, 2, 1), d(1995, 10, 30)));
                p.children = vec![d(1995, 10, 31)];
                p.absence("maternity", d(1995, 9, 5), d(1995, 12, 25));
            }
            13 => {
                // A minor (17) put on the adult rotating roster, nights included.
                p.birth = d(1977, 9, 10);
                p.norm_hours = 36;
                p.overtime_consent = false;
                p.children.clear();
            }
            19 => {
                // In a category barred from night work, yet covering nights in July.
                p.night_barred = true;
                p.quirks |= SUMMER_NIGHTS;
                if let Pattern::Rot8 { off, phase, .. } = pattern {
                    p.pattern = Pattern::Rot8 { off, nights: false, phase };
                }
            }
            25 => {
                // Nursing mother back from child-care leave; no feeding intervals given.
                adult_woman(&mut p, 1969);
                p.pattern = Pattern::Office;
                p.quirks |= FEED_NONE;
                p.children = vec![d(1994, 12, 1)];
                p.absence("childcare", d(1995, 1, 1), d(1995, 2, 28));
            }
            31 => {
                // Nursing mother with her feeding intervals.
                adult_woman(&mut p, 1966);
                p.pattern = Pattern::Office;
                p.quirks |= FEED_OK;
                p.children = vec![d(1994, 8, 15)];
            }
            37 => {
                // Mother of a toddler, sent on a business trip.
                adult_woman(&mut p, 1964);
                p.pattern = Pattern::Office;
                p.children = vec![d(1993, 5, 2), d(1988, 1, 20)];
                p.absence("business_trip", d(1995, 10, 9), d(1995, 10, 13));
            }
            43 => {
                // Mother of a ten-year-old, given duty on Saturdays.
                adult_woman(&mut p, 1960);
                p.pattern = Pattern::Office;
                p.quirks |= DUTY;
                p.children = vec![d(1985, 4, 4)];
            }
            49 => {
                // Single father of a toddler, on office hours (lawful).
                p.female = false;
                p.single_parent = true;
                p.pattern = Pattern::Office;
                p.children = vec![d(1993, 11, 20)];
            }
            55 => {
                // Trustee of a child under 14 (lawful: no overtime, no trips).
                p.trustee = true;
                p.overtime_consent = false;
                p.children = vec![d(1990, 4, 4)];
            }
            5 | 95 => p.union_official = true,
            79 => {
                // Mother of a disabled child under 16, consenting to a business trip (lawful).
                adult_woman(&mut p, 1958);
                p.trip_consent = true;
                p.disabled_children = vec![d(1983, 6, 6)];
                p.absence("business_trip", d(1995, 3, 6), d(1995, 3, 8));
            }
            138 => {
                // A minor (16) on the shortened 36-hour week (lawful).
                p.birth = d(1978, 8, 20);
                p.children.clear();
            }
            146 => {
                // Pregnant from June; home care by day (lawful).
                adult_woman(&mut p, 1971);
                p.pregnancies.push((d(1995, 6, 1), d(1996, 2, 28)));
            }
            _ => {}
        }
        // The deliberate mistakes of everyday scheduling.
        p.quirks |= match slot {
            0..=9 => NIGHT_UNSHORTENED,
            10..=12 | 14..=18 => LATE_PUBLISH,
            _ => 0,
        };
        p.quirks |= match slot {
            2 | 8 => DOUBLES,
            4 => EXTRA_OFF_DAY,
            11 => OVERLAP,
            61 => SUMMARY_OVER,
            65 => OT_HEAVY,
            67 => OT_TWO_DAY,
            73 => OT_NO_CONSENT,
            92 | 98 => LONG_WEEKS,
            100..=104 => EVE_UNSHORTENED,
            110 => LONG_BREAK,
            113 => NO_BREAK,
            122 | 128 => SIX_DAY_LONG,
            125 => FESTIVE_WORK,
            141 => SUNDAY_WORK,
            _ => 0,
        };
        match slot {
            65 | 67 => p.overtime_consent = true,
            73 => p.overtime_consent = false,
            _ => {}
        }
        if slot == 7 {
            p.quirks |= EVENING_OVERTIME;
        }
        if p.hired_on > d(YEAR, 1, 1) && p.quirks != 0 {
            p.hired_on = d(1990, 9, 1);
        }
        // Annual leave: four weeks (s66-s67: 28 calendar days).
        leave_and_sickness(&mut rng, YEAR, p.hired_on, &mut p.absences);
        p
    }

    fn pregnant(&self, day: Day) -> bool {
        self.pregnancies.iter().any(|&(f, t)| f <= day && day <= t)
    }

    /// The day the schedule for `day`'s month was made known ([`published_on`]).
    fn published(&self, day: Day) -> Day {
        published_on(day, self.quirks & quirk::LATE_PUBLISH != 0)
    }

    /// The shifts that start on `day`, appended to `out`.
    #[allow(clippy::too_many_lines)]
    fn shifts_on(&self, day: Day, cal: &Calendar, seed: u64, out: &mut Vec<Row>) {
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
        let mut pattern = self.pattern;
        if q & DAY_WHILE_PREGNANT != 0 && self.pregnant(day) {
            pattern = Pattern::Office;
        }
        let festive = cal.is_festive(day);
        let eve = cal.is_eve(day);
        match pattern {
            Pattern::Rot8 { off, nights, phase } => {
                let off = i32::from(off);
                // Day index within the personal week that starts after the two days off.
                let block_start = off + 2;
                let k = (i32::from(wd) - block_start).rem_euclid(7);
                let block = (day + 3 - block_start).div_euclid(7);
                let kinds = if nights { 3 } else { 2 };
                let mut kind = (block + i32::from(phase)).rem_euclid(kinds);
                if q & SUMMER_NIGHTS != 0 && month == 7 && kind == 1 {
                    kind = 2;
                }
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
                    if q & OVERLAP != 0 && month == 3 && dom == 15 {
                        out.push(row(at(13, 0), at(17, 0), 0, 0));
                    }
                    if q & EVENING_OVERTIME != 0 && month == 3 && kind == 0 {
                        let mut o = row(at(15, 0), at(17, 0), 0, 0);
                        o.kind = "overtime";
                        out.push(o);
                    }
                } else if q & EXTRA_OFF_DAY != 0 && k == 5 && dom <= 7 {
                    // Called in on a day off, once a month: the weekly rest is lost.
                    out.push(row(at(7, 0), at(15, 0), 30, 210));
                }
            }
            Pattern::Day12 { phase } => {
                let week = (day + 3).div_euclid(7) + i32::from(phase);
                let works = if week % 2 == 0 { matches!(wd, 0 | 1 | 4 | 5) } else { matches!(wd, 2 | 3 | 6) };
                let extra = q & SUMMARY_OVER != 0 && (4..=6).contains(&month) && matches!(wd, 2 | 6) && week % 2 == 0;
                if works || extra {
                    out.push(row(at(7, 0), at(18, 30), 60, 210));
                } else if q & OT_HEAVY != 0 && r % 100 < 40 && wd != 6 {
                    let mut o = row(at(8, 0), at(12, 0), 0, 0);
                    o.kind = "overtime";
                    out.push(o);
                } else if q & OT_TWO_DAY != 0 && month % 3 == 0 && (8..=9).contains(&dom) {
                    let mut o = row(at(8, 0), at(11, 0), 0, 0);
                    o.kind = "overtime";
                    out.push(o);
                }
            }
            Pattern::Office => {
                if wd < 5 && !festive {
                    let end = if eve { at(14, 30) } else { at(15, 30) };
                    let mut s = row(at(7, 0), end, 30, 210);
                    if q & FEED_OK != 0 {
                        s.feeding = Some(60);
                    } else if q & FEED_NONE != 0 {
                        s.feeding = Some(0);
                    }
                    out.push(s);
                    if q & OT_NO_CONSENT != 0 && wd == 3 && dom <= 14 {
                        let mut o = row(at(15, 30), at(17, 30), 0, 0);
                        o.kind = "overtime";
                        out.push(o);
                    }
                }
                if q & DUTY != 0 && wd == 5 && dom <= 7 {
                    let mut s = row(at(9, 0), at(13, 0), 0, 0);
                    s.kind = "duty";
                    out.push(s);
                }
            }
            Pattern::Hc5 => {
                let week = (day + 3).div_euclid(7);
                let works = wd < 5 && (!festive || q & FESTIVE_WORK != 0);
                if works {
                    let end = if eve && q & EVE_UNSHORTENED == 0 { at(15, 30) } else { at(16, 30) };
                    if q & LONG_BREAK != 0 && wd == 2 {
                        out.push(row(at(7, 0), at(18, 0), 150, 240));
                    } else if q & NO_BREAK != 0 {
                        out.push(row(at(8, 0), at(16, 0), 0, 0));
                    } else {
                        out.push(row(at(8, 0), end, 30, 210));
                    }
                } else if q & LONG_WEEKS != 0 && wd == 5 && week % 4 == 0 && !festive {
                    out.push(row(at(8, 0), at(16, 30), 30, 210));
                } else if q & SUNDAY_WORK != 0 && wd == 6 && dom <= 7 {
                    out.push(row(at(9, 0), at(13, 0), 0, 0));
                }
            }
            Pattern::Hc6 => {
                let works = wd < 6 && (!festive || q & FESTIVE_WORK != 0);
                if works && wd < 5 {
                    let long = q & SIX_DAY_LONG != 0;
                    let end = match (eve, long) {
                        (true, false) => at(14, 30),
                        (_, true) => at(16, 0),
                        (false, false) => at(15, 30),
                    };
                    out.push(row(at(8, 0), end, 30, 210));
                } else if works {
                    out.push(row(at(8, 0), at(12, 0), 0, 0));
                }
            }
            Pattern::Hc36 => {
                if wd < 5 && !festive {
                    let end = if eve { at(14, 30) } else { at(15, 30) };
                    out.push(row(at(8, 0), end, 30, 210));
                }
            }
        }
    }

    fn write_employee(&self, fmt: &Fmt, b: &mut Vec<u8>) {
        let flag = |b: &mut Vec<u8>, v: bool| b.extend_from_slice(if v { b"true," } else { b"false," });
        self.write_head(fmt, b);
        flag(b, self.overtime_consent);
        flag(b, self.trip_consent);
        flag(b, self.union_member);
        flag(b, self.union_official);
        if let Some(r) = self.hourly_rate {
            money(b, r);
        }
        b.push(b',');
        if let Some(s) = self.monthly_salary {
            num(b, s);
            b.extend_from_slice(b".00");
        }
        b.push(b',');
        fmt.day(b, self.hired_on);
        b.push(b',');
        write_days(fmt, b, &self.children);
        b.push(b',');
        write_days(fmt, b, &self.disabled_children);
        b.push(b',');
        flag(b, self.single_parent);
        flag(b, self.trustee);
        flag(b, self.night_barred);
        write_periods(fmt, b, &self.pregnancies);
        b.push(b'\n');
    }
}

impl Staff for Person {
    type Cx = Calendar;

    fn common(&self) -> &Common {
        &self.c
    }

    fn write_employee(&self, fmt: &Fmt, b: &mut Vec<u8>) {
        Person::write_employee(self, fmt, b);
    }

    fn shifts_on(&self, day: Day, cx: &Calendar, seed: u64, out: &mut Vec<Row>) {
        Person::shifts_on(self, day, cx, seed, out);
    }
}

/// Annual leave of four calendar weeks (28 days), mostly in summer and not in the first six
/// months of employment, and sick spells (most people none or one short one), for a person with
/// no other absence in `year`; the absences are left in date order.
pub(crate) fn leave_and_sickness(rng: &mut Rng, year: i32, hired_on: Day, absences: &mut Vec<AbsenceRow>) {
    let protected = !absences.is_empty();
    if !protected {
        let start =
            if rng.chance(80) { d(year, 6, 1) + rng.below(75) as Day } else { d(year, 2, 1) + rng.below(220) as Day };
        let start = start.max(hired_on + 180);
        if start + 27 <= d(year, 12, 31) {
            absences.push(AbsenceRow { kind: "annual_leave", from: start, to: start + 27 });
        }
    }
    let spells = [0, 0, 0, 1, 1, 1, 1, 2, 2, 3][rng.below(10) as usize];
    for _ in 0..spells {
        let from = d(year, 1, 3) + rng.below(350) as Day;
        let to = (from + 2 + rng.below(9) as Day).min(d(year, 12, 31));
        if !absences.iter().any(|a| from <= a.to + 1 && a.from <= to + 1) && !protected {
            absences.push(AbsenceRow { kind: "sick", from, to });
        }
    }
    absences.sort_by_key(|a| a.from);
}

/// Whether a person hired on `hired_on` with `absences` is away on `day`.
pub(crate) fn away(hired_on: Day, absences: &[AbsenceRow], day: Day) -> bool {
    day < hired_on || absences.iter().any(|a| a.from <= day && day <= a.to)
}

/// An employee's id and employer by slot: the first 90 of a unit work in the care home
/// (`CH…`), the rest in home care (`HC…`); the units after the first are copies of the
/// employers (`care-home-1`, …). The id's number is `index + 1`, zero-padded to the width of
/// the number of employees (at least three digits).
pub(crate) fn id_and_employer(index: usize, cfg: &Config) -> (String, String) {
    let care = index % UNIT < 90;
    let unit = index / UNIT;
    let width = cfg.employees.to_string().len().max(3);
    let id = format!("{}{:0width$}", if care { "CH" } else { "HC" }, index + 1);
    let base = if care { "care-home" } else { "home-care" };
    let employer = if unit == 0 { base.to_string() } else { format!("{base}-{unit}") };
    (id, employer)
}

/// The day the schedule for `day`'s month was made known: the 20th two months before, or, when
/// `late` (a late unit, for June and December), the 25th of the month before.
pub(crate) fn published_on(day: Day, late: bool) -> Day {
    let (y, m, _) = civil_from_days(day);
    if late && (m == 6 || m == 12) {
        return d(y, m - 1, 25);
    }
    let (py, pm) = if m <= 2 { (y - 1, m + 10) } else { (y, m - 2) };
    d(py, pm, 20)
}

/// What every demo's employee has, whichever the law: who and where, the role's deliberate
/// mistakes (bits of the year's `quirk` module), the columns every employees.csv shares, and
/// the absences.
pub(crate) struct Common {
    pub index: usize,
    pub id: String,
    pub employer: String,
    pub quirks: u32,
    pub birth: Day,
    pub female: bool,
    pub norm_hours: u8,
    pub week_days: u8,
    pub summary_months: u8,
    pub overtime_consent: bool,
    pub union_member: bool,
    pub hired_on: Day,
    pub children: Vec<Day>,
    pub disabled_children: Vec<Day>,
    pub pregnancies: Vec<(Day, Day)>,
    pub absences: Vec<AbsenceRow>,
}

impl Common {
    pub(crate) fn absence(&mut self, kind: &'static str, from: Day, to: Day) {
        self.absences.push(AbsenceRow { kind, from, to });
    }

    /// Not yet hired, or absent.
    pub(crate) fn absent(&self, day: Day) -> bool {
        away(self.hired_on, &self.absences, day)
    }

    /// `id,employer,birth_date,sex,weekly_norm_hours,week_days,summary_period_months,`: the
    /// columns every demo's employees.csv starts with.
    pub(crate) fn write_head(&self, fmt: &Fmt, b: &mut Vec<u8>) {
        b.extend_from_slice(self.id.as_bytes());
        b.push(b',');
        b.extend_from_slice(self.employer.as_bytes());
        b.push(b',');
        fmt.day(b, self.birth);
        b.push(b',');
        b.push(if self.female { b'F' } else { b'M' });
        b.push(b',');
        num(b, u32::from(self.norm_hours));
        b.push(b',');
        num(b, u32::from(self.week_days));
        b.push(b',');
        num(b, u32::from(self.summary_months));
        b.push(b',');
    }
}

/// A list of days in one cell, `;` between them (no comma after).
pub(crate) fn write_days(fmt: &Fmt, b: &mut Vec<u8>, list: &[Day]) {
    for (i, c) in list.iter().enumerate() {
        if i > 0 {
            b.push(b';');
        }
        fmt.day(b, *c);
    }
}

/// A list of periods `from/to` in one cell, `;` between them (no comma after).
pub(crate) fn write_periods(fmt: &Fmt, b: &mut Vec<u8>, list: &[(Day, Day)]) {
    for (i, (f, t)) in list.iter().enumerate() {
        if i > 0 {
            b.push(b';');
        }
        fmt.day(b, *f);
        b.push(b'/');
        fmt.day(b, *t);
    }
}

/// One row of shifts.csv.
pub(crate) fn write_shift(id: &str, employer: &str, fmt: &Fmt, r: &Row, b: &mut Vec<u8>) {
    b.extend_from_slice(id.as_bytes());
    b.push(b',');
    fmt.minute(b, r.start);
    b.push(b',');
    fmt.minute(b, r.end);
    b.push(b',');
    num(b, u32::from(r.brk));
    b.push(b',');
    b.extend_from_slice(r.kind.as_bytes());
    b.push(b',');
    b.extend_from_slice(employer.as_bytes());
    b.push(b',');
    fmt.day(b, r.published);
    b.push(b',');
    if r.brk > 0 {
        fmt.time(b, r.start + i32::from(r.brk_at));
    }
    b.push(b',');
    if let Some(f) = r.feeding {
        num(b, u32::from(f));
    }
    b.push(b'\n');
}

fn num(b: &mut Vec<u8>, mut n: u32) {
    let mut tmp = [0u8; 10];
    let mut i = tmp.len();
    loop {
        i -= 1;
        tmp[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    b.extend_from_slice(&tmp[i..]);
}

/// Lats and santims from santims: `0.45`.
fn money(b: &mut Vec<u8>, santims: u32) {
    num(b, santims / 100);
    b.push(b'.');
    b.push(b'0' + (santims % 100 / 10) as u8);
    b.push(b'0' + (santims % 10) as u8);
}

/// Pre-formatted dates and times.
pub(crate) struct Fmt {
    first: Day,
    days: Vec<[u8; 10]>,
    times: Vec<[u8; 5]>,
}

impl Fmt {
    fn new() -> Self {
        let first = d(1900, 1, 1);
        let last = d(2100, 12, 31);
        let days = (first..=last)
            .map(|z| {
                let (y, m, dd) = civil_from_days(z);
                let mut s = [0u8; 10];
                s.copy_from_slice(format!("{y:04}-{m:02}-{dd:02}").as_bytes());
                s
            })
            .collect();
        let times = (0..1440)
            .map(|t| {
                let mut s = [0u8; 5];
                s.copy_from_slice(format!("{:02}:{:02}", t / 60, t % 60).as_bytes());
                s
            })
            .collect();
        Self { first, days, times }
    }

    fn day(&self, b: &mut Vec<u8>, day: Day) {
        match usize::try_from(day - self.first).ok().and_then(|i| self.days.get(i)) {
            Some(s) => b.extend_from_slice(s),
            None => {
                let (y, m, dd) = civil_from_days(day);
                b.extend_from_slice(format!("{y:04}-{m:02}-{dd:02}").as_bytes());
            }
        }
    }

    fn time(&self, b: &mut Vec<u8>, m: Minute) {
        b.extend_from_slice(&self.times[m.rem_euclid(1440) as usize]);
    }

    fn minute(&self, b: &mut Vec<u8>, m: Minute) {
        self.day(b, m.div_euclid(1440));
        b.push(b'T');
        self.time(b, m);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(cfg: &Config) -> (Vec<u8>, Vec<u8>, Vec<u8>, Written) {
        let (mut s, mut e, mut a) = (Vec::new(), Vec::new(), Vec::new());
        let w = generate(cfg, &mut s, &mut e, &mut a).expect("writing to memory");
        (s, e, a, w)
    }

    #[test]
    fn deterministic() {
        let cfg = Config::default();
        let one = bytes(&cfg);
        let two = bytes(&cfg);
        assert_eq!(one, two);
        assert_eq!(one.3.employees, 150);
        assert!(one.3.shifts > 30_000, "{} shifts", one.3.shifts);
        let other = bytes(&Config { seed: 7, ..cfg });
        assert_ne!(one.0, other.0, "another seed gives other data");
    }

    #[test]
    fn loads_with_decent_io() {
        let (s, e, a, w) = bytes(&Config::default());
        let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8");
        // The statuses and the shift column a pack declares for the demo's extra columns.
        static SCHEMA: decent_core::Schema = decent_core::Schema {
            employee: &[
                decent_core::Attr { name: "trustee", ty: decent_core::AttrType::Flag, meaning: "T.", section: "1" },
                decent_core::Attr {
                    name: "night_barred",
                    ty: decent_core::AttrType::Flag,
                    meaning: "N.",
                    section: "1",
                },
            ],
            shift: &[decent_core::Attr {
                name: "feeding_minutes",
                ty: decent_core::AttrType::Minutes,
                meaning: "F.",
                section: "1",
            }],
        };
        let data = decent_io::load_str_with(&SCHEMA, &text(s), Some(&text(e)), Some(&text(a))).expect("the demo loads");
        assert_eq!(data.employees.len(), 150);
        assert_eq!(data.shifts.len() as u64, w.shifts);
        assert_eq!(data.absences.len(), w.absences);
        let feeding = decent_core::Column::Declared(SCHEMA.shift_column("feeding_minutes"));
        assert!(data.columns.published_on && data.columns.break_start && data.columns.has(feeding));
        for flag in [SCHEMA.flag("trustee"), SCHEMA.flag("night_barred")] {
            assert!(data.employees.iter().any(|e| e.has(flag)), "some demo employee has each declared status");
        }
    }

    #[test]
    fn scales_by_units() {
        let (s, e, _, w) = bytes(&Config { employees: 1000, seed: 1 });
        assert_eq!(w.employees, 1000);
        assert_eq!(e.iter().filter(|&&b| b == b'\n').count(), 1001);
        assert_eq!(s.iter().filter(|&&b| b == b'\n').count() as u64, w.shifts + 1);
        assert_eq!(w.shift_bytes, s.len() as u64);
    }
}
