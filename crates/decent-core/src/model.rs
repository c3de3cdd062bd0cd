//! The data the rules read: shifts, employees with their dated statuses, and absences.
//!
//! Nothing here knows a file format. Employee identifiers are interned once into dense `u32`
//! indices ([`EmployeeIdx`]); a shift is a small `Copy` record with no string in it.

use rust_decimal::Decimal;
use rustc_hash::FxHashMap;

use crate::attr::{Flag, Pick, Schema, ShiftCol};
use crate::time::{Day, Minute, Span};

/// Dense index of an employee in a [`Dataset`].
pub type EmployeeIdx = u32;

/// "No value" for the optional `u16` fields of a [`Shift`].
pub const NONE_U16: u16 = u16::MAX;
/// "No value" for the optional day fields of a [`Shift`].
pub const NONE_DAY: Day = Day::MIN;
/// Slots of [`Employee::choices`]: how many choices a pack may declare.
pub const CHOICE_SLOTS: usize = 4;
/// Slots of [`Shift::extra`]: how many shift columns a pack may declare.
pub const EXTRA_SLOTS: usize = 1;

/// What a shift row records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
#[repr(u8)]
pub enum ShiftKind {
    /// Ordinary work under the schedule.
    #[default]
    Work = 0,
    /// Work ordered as overtime.
    Overtime = 1,
    /// Duty (on call, watch) not part of the direct duties of the job.
    Duty = 2,
}

impl ShiftKind {
    /// The accepted spellings, as documented.
    pub const NAMES: [&'static str; 3] = ["work", "overtime", "duty"];

    /// Parses a documented spelling.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "work" | "" => Some(Self::Work),
            "overtime" => Some(Self::Overtime),
            "duty" => Some(Self::Duty),
            _ => None,
        }
    }

    /// The documented spelling.
    #[must_use]
    pub fn name(self) -> &'static str {
        Self::NAMES[self as usize]
    }
}

/// One shift (planned or worked). 32 bytes, no strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shift {
    /// Start, civil minute.
    pub start: Minute,
    /// End, civil minute; always after `start`.
    pub end: Minute,
    /// The employee.
    pub emp: EmployeeIdx,
    /// Line of the input file the shift came from (1-based, header is line 1).
    pub line: u32,
    /// Day the schedule holding this shift was published ([`NONE_DAY`] when not recorded).
    pub published: Day,
    /// Unpaid rest and meal break inside the shift, minutes.
    pub break_minutes: u16,
    /// When the break starts, minutes after the shift's start ([`NONE_U16`] when not recorded).
    pub break_offset: u16,
    /// Values of the shift columns the pack declares ([`crate::attr::Schema::shift`]), minutes
    /// inside the shift, slot by slot ([`NONE_U16`] when not recorded).
    pub extra: [u16; EXTRA_SLOTS],
    /// Employer index of the row ([`NONE_U16`] when the row names none).
    pub employer: u16,
    /// What the row records.
    pub kind: ShiftKind,
    /// Idle time inside the shift (minutes not worked for a reason the employee is not
    /// responsible for), minutes; 0 when none.
    pub idle_minutes: u16,
}

impl Shift {
    /// A plain shift of work `[start, end)` of employee `emp`, from input line `line`: no
    /// break and none of the optional columns recorded.
    #[must_use]
    pub fn plain(emp: EmployeeIdx, start: Minute, end: Minute, line: u32) -> Self {
        Self {
            start,
            end,
            emp,
            line,
            published: NONE_DAY,
            break_minutes: 0,
            break_offset: NONE_U16,
            extra: [NONE_U16; EXTRA_SLOTS],
            employer: NONE_U16,
            kind: ShiftKind::Work,
            idle_minutes: 0,
        }
    }

    /// The value of a declared shift column, when the row recorded one.
    #[must_use]
    pub fn extra(&self, column: ShiftCol) -> Option<u16> {
        self.extra.get(usize::from(column.0)).copied().filter(|&v| v != NONE_U16)
    }

    /// The shift as a span of civil minutes.
    #[must_use]
    pub fn span(&self) -> Span {
        Span { start: self.start, end: self.end }
    }

    /// Minutes on the clock, break included.
    #[must_use]
    pub fn clock_minutes(&self) -> i32 {
        self.end - self.start
    }

    /// Minutes of working time: clock minutes less the break (never negative).
    #[must_use]
    pub fn worked_minutes(&self) -> i32 {
        (self.clock_minutes() - i32::from(self.break_minutes)).max(0)
    }
}

/// Sex as recorded (for the sections that protect women).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sex {
    /// Female.
    F,
    /// Male.
    M,
    /// Not recorded.
    #[default]
    Unknown,
}

/// An employee's profile with dated statuses. Every field but the id is optional in input; the
/// defaults describe an adult full-time employee on a five-day 40-hour week.
#[derive(Debug, Clone, PartialEq)]
pub struct Employee {
    /// The identifier as written in the input.
    pub id: Box<str>,
    /// Employer identifier.
    pub employer: Option<Box<str>>,
    /// Birth date.
    pub birth_date: Option<Day>,
    /// Sex.
    pub sex: Sex,
    /// Weekly norm of working hours, in minutes (default 40 h).
    pub weekly_norm_minutes: i32,
    /// Working days per week: 5 or 6.
    pub week_days: u8,
    /// Summary registration reference period in months (0 = none).
    pub summary_period_months: u8,
    /// Written consent to overtime given.
    pub overtime_consent: bool,
    /// Trade-union member.
    pub union_member: bool,
    /// Hourly rate.
    pub hourly_rate: Option<Decimal>,
    /// Monthly salary.
    pub monthly_salary: Option<Decimal>,
    /// Hire date.
    pub hired_on: Option<Day>,
    /// Children's birth dates.
    pub children: Vec<Day>,
    /// Disabled children's birth dates.
    pub disabled_children: Vec<Day>,
    /// The pack's declared statuses ([`crate::attr::Schema::employee`]), one bit per
    /// [`Flag`]: set when the employee has it.
    pub flags: u64,
    /// The pack's declared choices ([`crate::attr::AttrType::Choice`]), one slot per [`Pick`]:
    /// the index of the value in the declared list (0, the first, when not given).
    pub choices: [u8; CHOICE_SLOTS],
    /// Pregnancies as inclusive day ranges.
    pub pregnancies: Vec<(Day, Day)>,
    /// Line of the employees file (0 when the employee was only seen in shifts).
    pub line: u32,
}

impl Employee {
    /// Default profile for an id: adult, full-time, five-day 40-hour week, no consents.
    #[must_use]
    pub fn new(id: &str) -> Self {
        Self {
            id: id.into(),
            employer: None,
            birth_date: None,
            sex: Sex::Unknown,
            weekly_norm_minutes: 40 * 60,
            week_days: 5,
            summary_period_months: 0,
            overtime_consent: false,
            union_member: false,
            hourly_rate: None,
            monthly_salary: None,
            hired_on: None,
            children: Vec::new(),
            disabled_children: Vec::new(),
            flags: 0,
            choices: [0; CHOICE_SLOTS],
            pregnancies: Vec::new(),
            line: 0,
        }
    }

    /// Whether the employee has the declared status `flag`.
    #[must_use]
    pub fn has(&self, flag: Flag) -> bool {
        self.flags >> (flag.0 & 63) & 1 == 1
    }

    /// Sets or clears the declared status `flag`.
    pub fn set(&mut self, flag: Flag, on: bool) {
        let bit = 1u64 << (flag.0 & 63);
        if on {
            self.flags |= bit;
        } else {
            self.flags &= !bit;
        }
    }

    /// The index of the value of the declared choice `pick` (0, the first, when not given).
    #[must_use]
    pub fn pick(&self, pick: Pick) -> u8 {
        self.choices.get(usize::from(pick.slot)).copied().unwrap_or(0)
    }

    /// Whole years of age on `day`, when the birth date is known.
    #[must_use]
    pub fn age_on(&self, day: Day) -> Option<u32> {
        self.birth_date.map(|b| whole_years(b, day))
    }

    /// Under `years` of age on `day` (false when the birth date is unknown).
    #[must_use]
    pub fn is_under(&self, years: u32, day: Day) -> bool {
        self.age_on(day).is_some_and(|a| a < years)
    }

    /// Pregnant on `day`.
    #[must_use]
    pub fn pregnant_on(&self, day: Day) -> bool {
        self.pregnancies.iter().any(|&(f, t)| f <= day && day <= t)
    }

    /// Has a child (born on or before `day`) under `years` on `day`, or a disabled child under
    /// `disabled_years`.
    #[must_use]
    pub fn has_child_under(&self, years: u32, disabled_years: u32, day: Day) -> bool {
        let young = |b: &Day, limit: u32| *b <= day && whole_years(*b, day) < limit;
        self.children.iter().any(|b| young(b, years))
            || self.disabled_children.iter().any(|b| young(b, disabled_years.max(years)))
    }

    /// Number of children (disabled or not) born on or before `day` and under `months` months.
    #[must_use]
    pub fn children_under_months(&self, months: u32, day: Day) -> usize {
        self.children
            .iter()
            .chain(&self.disabled_children)
            .filter(|&&b| b <= day && whole_months(b, day) < months)
            .count()
    }
}

/// Whole years from `from` to `to` (a birthday counts on its date; 29 February on 1 March).
#[must_use]
pub fn whole_years(from: Day, to: Day) -> u32 {
    whole_months(from, to) / 12
}

/// Whole months from `from` to `to`.
#[must_use]
pub fn whole_months(from: Day, to: Day) -> u32 {
    if to < from {
        return 0;
    }
    let (y0, m0, d0) = crate::time::civil_from_days(from);
    let (y1, m1, d1) = crate::time::civil_from_days(to);
    let mut months = (y1 - y0) * 12 + m1 as i32 - m0 as i32;
    if d1 < d0 {
        months -= 1;
    }
    months.max(0) as u32
}

/// Why an employee was absent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AbsenceKind {
    /// Temporary disablement (sick leave).
    Sick,
    /// Annual paid leave.
    AnnualLeave,
    /// Maternity and childbirth leave.
    Maternity,
    /// Child-care leave.
    Childcare,
    /// Leave without pay.
    Unpaid,
    /// Study leave.
    Study,
    /// Business trip.
    BusinessTrip,
    /// A day off given in compensation.
    DayOff,
    /// Other justified absence.
    Other,
}

impl AbsenceKind {
    /// Every kind with its documented spelling.
    pub const ALL: [(&'static str, Self); 9] = [
        ("sick", Self::Sick),
        ("annual_leave", Self::AnnualLeave),
        ("maternity", Self::Maternity),
        ("childcare", Self::Childcare),
        ("unpaid", Self::Unpaid),
        ("study", Self::Study),
        ("business_trip", Self::BusinessTrip),
        ("day_off", Self::DayOff),
        ("other", Self::Other),
    ];

    /// Parses a documented spelling.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.iter().find(|(n, _)| *n == s).map(|(_, k)| *k)
    }

    /// The documented spelling.
    #[must_use]
    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|(_, k)| *k == self).map_or("other", |(n, _)| n)
    }

    /// Any leave (annual, maternity, child-care, unpaid, study).
    #[must_use]
    pub fn is_leave(self) -> bool {
        matches!(self, Self::AnnualLeave | Self::Maternity | Self::Childcare | Self::Unpaid | Self::Study)
    }
}

/// An absence over inclusive days.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Absence {
    /// The employee.
    pub emp: EmployeeIdx,
    /// Why.
    pub kind: AbsenceKind,
    /// First day.
    pub from: Day,
    /// Last day (inclusive).
    pub to: Day,
    /// Line of the input file.
    pub line: u32,
}

/// Everything one check reads, grouped for evaluation per employee.
///
/// After [`Dataset::finish`], `shifts` is ordered by (employee, start) and
/// `shift_ranges[e]` is employee `e`'s slice; the same for absences.
#[derive(Debug, Default)]
pub struct Dataset {
    /// Employees by index.
    pub employees: Vec<Employee>,
    /// Employer identifiers by index.
    pub employers: Vec<Box<str>>,
    /// All shifts (before [`Dataset::finish`], those not in `shift_blocks`).
    pub shifts: Vec<Shift>,
    /// Shifts read but not yet grouped, block by block in input order after those in `shifts`
    /// (a loader's parsed blocks, kept as they are to save a copy); [`Dataset::finish`] moves
    /// them into `shifts`.
    pub shift_blocks: Vec<Vec<Shift>>,
    /// All absences.
    pub absences: Vec<Absence>,
    /// Start offsets into `shifts` per employee (len = employees + 1).
    pub shift_offsets: Vec<u32>,
    /// Start offsets into `absences` per employee (len = employees + 1).
    pub absence_offsets: Vec<u32>,
    /// Which optional shift columns were present in the input.
    pub columns: ShiftColumns,
    /// The attributes the pack declares, which the input layer read.
    pub schema: &'static Schema,
    index: FxHashMap<Box<str>, EmployeeIdx>,
    employer_index: FxHashMap<Box<str>, u16>,
}

/// Optional shift columns the input carried (rules that need them stay silent otherwise).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ShiftColumns {
    /// `break_minutes`.
    pub break_minutes: bool,
    /// `break_start`.
    pub break_start: bool,
    /// `published_on`.
    pub published_on: bool,
    /// `idle_minutes`.
    pub idle_minutes: bool,
    /// The declared shift columns, slot by slot.
    pub extra: [bool; EXTRA_SLOTS],
}

/// One optional shift column, as a rule names the columns it cannot be checked without.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Column {
    /// `break_minutes`.
    BreakMinutes,
    /// `break_start`.
    BreakStart,
    /// `published_on`.
    PublishedOn,
    /// `idle_minutes`.
    IdleMinutes,
    /// A shift column the pack declares.
    Declared(ShiftCol),
}

impl Column {
    /// The column's name in shifts.csv, a declared one's as `schema` declares it.
    #[must_use]
    pub fn name(self, schema: &Schema) -> &'static str {
        match self {
            Column::BreakMinutes => "break_minutes",
            Column::BreakStart => "break_start",
            Column::PublishedOn => "published_on",
            Column::IdleMinutes => "idle_minutes",
            Column::Declared(c) => schema.shift.get(usize::from(c.0)).map_or("?", |a| a.name),
        }
    }
}

impl ShiftColumns {
    /// Whether the input carried `column`.
    #[must_use]
    pub fn has(&self, column: Column) -> bool {
        match column {
            Column::BreakMinutes => self.break_minutes,
            Column::BreakStart => self.break_start,
            Column::PublishedOn => self.published_on,
            Column::IdleMinutes => self.idle_minutes,
            Column::Declared(c) => self.extra.get(usize::from(c.0)).copied().unwrap_or(false),
        }
    }
}

impl Dataset {
    /// An empty dataset whose input reads the attributes `schema` declares.
    #[must_use]
    pub fn with_schema(schema: &'static Schema) -> Self {
        Self { schema, ..Self::default() }
    }

    /// The index of an employee id, creating a default profile when new.
    pub fn intern(&mut self, id: &str) -> EmployeeIdx {
        if let Some(&i) = self.index.get(id) {
            return i;
        }
        let i = self.employees.len() as EmployeeIdx;
        self.employees.push(Employee::new(id));
        self.index.insert(id.into(), i);
        i
    }

    /// The index of a known employee id.
    #[must_use]
    pub fn lookup(&self, id: &str) -> Option<EmployeeIdx> {
        self.index.get(id).copied()
    }

    /// Replaces (or adds) a full profile; returns its index.
    pub fn upsert(&mut self, e: Employee) -> EmployeeIdx {
        if let Some(&i) = self.index.get(&e.id) {
            self.employees[i as usize] = e;
            return i;
        }
        let i = self.employees.len() as EmployeeIdx;
        self.index.insert(e.id.clone(), i);
        self.employees.push(e);
        i
    }

    /// Interns an employer id into a `u16` index; `None` past 65,535 employers.
    pub fn intern_employer(&mut self, id: &str) -> Option<u16> {
        if self.employer_index.len() != self.employers.len() {
            // `employers` was filled directly: index it afresh.
            self.employer_index = self.employers.iter().enumerate().map(|(i, e)| (e.clone(), i as u16)).collect();
        }
        if let Some(&i) = self.employer_index.get(id) {
            return Some(i);
        }
        let i = u16::try_from(self.employers.len()).ok().filter(|&i| i != NONE_U16)?;
        self.employers.push(id.into());
        self.employer_index.insert(id.into(), i);
        Some(i)
    }

    /// Shifts in input order: before [`Dataset::finish`], the order they were read in.
    pub fn input_shifts(&self) -> impl Iterator<Item = &Shift> {
        self.shifts.iter().chain(self.shift_blocks.iter().flatten())
    }

    /// Groups shifts (with `shift_blocks`) and absences by employee, orders each employee's
    /// rows by (start, end, line) in parallel, and builds the offset tables. The result depends only on the rows, not on their input order. Idempotent.
    pub fn finish(&mut self) {
        let n = self.employees.len();
        let blocks = std::mem::take(&mut self.shift_blocks);
        let check = group_stable(&mut self.shifts, blocks, n, |s| s.emp, |s| s.start, &mut self.shift_offsets);
        // Equal shifts are ordered by content, so that results never depend on row order.
        let key = |s: &Shift| (s.start, s.end, s.kind, s.break_minutes, s.line);
        sort_ranges(&mut self.shifts, &self.shift_offsets, &check, key);
        let check = group_stable(&mut self.absences, Vec::new(), n, |a| a.emp, |a| a.from, &mut self.absence_offsets);
        sort_ranges(&mut self.absences, &self.absence_offsets, &check, |a| (a.from, a.to, a.kind, a.line));
    }

    /// Employee `e`'s shifts, ordered by start (after [`Dataset::finish`]).
    #[must_use]
    pub fn shifts_of(&self, e: EmployeeIdx) -> &[Shift] {
        let e = e as usize;
        &self.shifts[self.shift_offsets[e] as usize..self.shift_offsets[e + 1] as usize]
    }

    /// Employee `e`'s absences, ordered by start (after [`Dataset::finish`]).
    #[must_use]
    pub fn absences_of(&self, e: EmployeeIdx) -> &[Absence] {
        let e = e as usize;
        &self.absences[self.absence_offsets[e] as usize..self.absence_offsets[e + 1] as usize]
    }
}

/// Groups the items of `items` and then of each of `blocks` (input order) by key with a stable
/// counting sort into `items`: rows of one employee keep their input order, so a timesheet sorted
/// by date needs no sort afterwards. Peak memory is twice the items for the moment of the
/// scatter; the blocks are freed after it. Returns, per key, whether its rows may be out of
/// order: not strictly increasing in `order` as they were scattered (the caller sorts those).
fn group_stable<T: Copy + Send + Sync>(
    items: &mut Vec<T>,
    blocks: Vec<Vec<T>>,
    n: usize,
    key: impl Fn(&T) -> EmployeeIdx + Sync,
    order: impl Fn(&T) -> i32 + Sync,
    offsets: &mut Vec<u32>,
) -> Vec<bool> {
    use rayon::prelude::*;
    let mut sources: Vec<&[T]> = Vec::with_capacity(blocks.len() + 1);
    sources.push(items);
    sources.extend(blocks.iter().map(Vec::as_slice));
    sources.retain(|s| !s.is_empty());
    // Counts per key, the sources in parallel.
    let mut counts = sources
        .par_iter()
        .fold(
            || vec![0u32; n + 1],
            |mut c, src| {
                for it in *src {
                    c[key(it) as usize + 1] += 1;
                }
                c
            },
        )
        .reduce_with(|mut a, b| {
            a.iter_mut().zip(&b).for_each(|(x, y)| *x += y);
            a
        })
        .unwrap_or_else(|| vec![0u32; n + 1]);
    for i in 0..n {
        counts[i + 1] += counts[i];
    }
    offsets.clone_from(&counts);
    let total = offsets[n] as usize;
    let Some(&first) = sources.first().and_then(|s| s.first()) else { return vec![false; n] };
    if sources.len() == 1 && sources[0].windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
        drop(sources);
        if items.is_empty() {
            *items = blocks.into_iter().find(|b| !b.is_empty()).unwrap_or_default();
        }
        return vec![true; n];
    }
    // The output is filled in parallel first, so that its pages are mapped by both threads.
    let mut out = Vec::with_capacity(total);
    out.par_extend(rayon::iter::repeat_n(first, total));
    // Each thread owns a contiguous range of employees, hence a contiguous part of the output,
    // and scans the whole input for its employees' rows: reads are sequential, writes disjoint.
    let parts = rayon::current_num_threads().clamp(1, 16);
    let mut bounds = vec![0usize];
    for p in 1..parts {
        let target = (total as u64 * p as u64 / parts as u64) as u32;
        let e = offsets.partition_point(|&o| o < target).min(n);
        bounds.push(e.max(*bounds.last().unwrap_or(&0)));
    }
    bounds.push(n);
    let mut slices: Vec<(usize, usize, &mut [T])> = Vec::with_capacity(parts);
    let mut rest: &mut [T] = &mut out;
    for w in bounds.windows(2) {
        let len = (offsets[w[1]] - offsets[w[0]]) as usize;
        let (head, tail) = rest.split_at_mut(len);
        slices.push((w[0], w[1], head));
        rest = tail;
    }
    let offsets_ref: &[u32] = offsets;
    let sources_ref = &sources;
    let unsorted: Vec<Vec<bool>> = slices
        .into_par_iter()
        .map(|(lo, hi, dst)| {
            let base = offsets_ref[lo];
            let mut next: Vec<u32> = offsets_ref[lo..hi].iter().map(|o| o - base).collect();
            let mut last = vec![i32::MIN; hi - lo];
            let mut unsorted = vec![false; hi - lo];
            for src in sources_ref {
                for it in *src {
                    let k = key(it) as usize;
                    if k >= lo && k < hi {
                        let (slot, o) = (&mut next[k - lo], order(it));
                        dst[*slot as usize] = *it;
                        *slot += 1;
                        unsorted[k - lo] |= o <= last[k - lo];
                        last[k - lo] = o;
                    }
                }
            }
            unsorted
        })
        .collect();
    drop(sources);
    drop(blocks);
    *items = out;
    unsorted.concat()
}

/// Sorts each range `offsets[e]..offsets[e + 1]` flagged in `check` by `key`, the ranges in parallel.
fn sort_ranges<T: Send, K: Ord>(items: &mut [T], offsets: &[u32], check: &[bool], key: impl Fn(&T) -> K + Sync) {
    use rayon::prelude::*;
    let mut ranges: Vec<&mut [T]> = Vec::with_capacity(offsets.len());
    let mut rest = items;
    for w in offsets.windows(2) {
        let (head, tail) = rest.split_at_mut((w[1] - w[0]) as usize);
        ranges.push(head);
        rest = tail;
    }
    ranges.par_iter_mut().zip(check).with_min_len(256).for_each(|(r, &check)| {
        if check && !r.windows(2).all(|w| key(&w[0]) <= key(&w[1])) {
            r.sort_by_key(&key);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::days_from_civil;

    #[test]
    fn ages_and_children_on_a_date() {
        let mut e = Employee::new("a");
        e.birth_date = Some(days_from_civil(1976, 6, 15));
        assert_eq!(e.age_on(days_from_civil(1994, 6, 14)), Some(17));
        assert_eq!(e.age_on(days_from_civil(1994, 6, 15)), Some(18));
        e.children = vec![days_from_civil(1992, 1, 31)];
        assert!(e.has_child_under(3, 16, days_from_civil(1995, 1, 30)));
        assert!(!e.has_child_under(3, 16, days_from_civil(1995, 1, 31)));
        assert_eq!(e.children_under_months(18, days_from_civil(1993, 7, 30)), 1);
        assert_eq!(e.children_under_months(18, days_from_civil(1993, 7, 31)), 0);
        // A child not yet born protects nobody.
        assert!(!e.has_child_under(3, 16, days_from_civil(1991, 12, 1)));
    }

    #[test]
    fn finish_groups_and_orders() {
        let mut d = Dataset::default();
        let a = d.intern("a");
        let b = d.intern("b");
        let mk = |emp, start, line| Shift::plain(emp, start, start + 60, line);
        d.shifts = vec![mk(b, 500, 2), mk(a, 300, 3), mk(b, 100, 4), mk(a, 200, 5)];
        d.finish();
        assert_eq!(d.shifts_of(a).iter().map(|s| s.line).collect::<Vec<_>>(), vec![5, 3]);
        assert_eq!(d.shifts_of(b).iter().map(|s| s.line).collect::<Vec<_>>(), vec![4, 2]);
    }

    proptest::proptest! {
        /// Shifts in any order, in any blocks, come out grouped by employee, each employee's
        /// ordered by (start, end, kind, break, line), none lost.
        #[test]
        fn finish_orders_whatever_the_input_order(
            rows in proptest::collection::vec((0u32..5, 0i32..20, 1i32..4, 0u32..3), 0..200),
            cuts in proptest::collection::vec(0usize..200, 0..6),
        ) {
            let mut d = Dataset::default();
            for id in ["a", "b", "c", "d", "e"] {
                d.intern(id);
            }
            let shifts: Vec<Shift> = rows
                .iter()
                .enumerate()
                .map(|(line, &(emp, start, len, kind))| Shift {
                    start,
                    end: start + len,
                    emp,
                    line: line as u32,
                    published: NONE_DAY,
                    break_minutes: 0,
                    break_offset: NONE_U16,
                    extra: [NONE_U16; EXTRA_SLOTS],
                    employer: NONE_U16,
                    kind: [ShiftKind::Work, ShiftKind::Overtime, ShiftKind::Duty][kind as usize],
                    idle_minutes: 0,
                })
                .collect();
            let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c.min(shifts.len())).collect();
            cuts.sort_unstable();
            let mut rest = shifts.as_slice();
            let mut taken = 0;
            for c in cuts {
                let (head, tail) = rest.split_at(c - taken);
                d.shift_blocks.push(head.to_vec());
                (rest, taken) = (tail, c);
            }
            d.shift_blocks.push(rest.to_vec());
            d.finish();
            let key = |s: &Shift| (s.start, s.end, s.kind, s.break_minutes, s.line);
            let mut want = shifts.clone();
            want.sort_by_key(|s| (s.emp, key(s)));
            proptest::prop_assert_eq!(&d.shifts, &want);
            for e in 0..5 {
                proptest::prop_assert!(d.shifts_of(e).iter().all(|s| s.emp == e));
            }
        }
    }
}
