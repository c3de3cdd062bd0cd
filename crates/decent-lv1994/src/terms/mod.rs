//! Terms and deadlines under lv-1994: the s257 reading and the sections that set terms.
//!
//! s257: "The term sets in on the next day after the calendar date or the happening of the event
//! which determines the beginning of the term." A term in years ends "on the month and date of
//! the last year"; in months "on the respective date of the last month", or "the last day of this
//! month" when it has no such date; in weeks "on the respective day of the last week". "If the
//! term expires on a holiday, the next working day shall be considered as the last day of the
//! term." A holiday is the weekly holiday, Sunday (s61; interpretation `s257.weekly_holiday`), or
//! a festive day of the law's calendar (s68), and a day off an employer moved (moved days).
//!
//! [`deadline`] computes one [`Kind`] of deadline with every step cited; the arithmetic is
//! [`decent_core::term`]. [`termination`] checks the protections against firing.

pub mod termination;

use decent_core::model::{Absence, AbsenceKind};
use decent_core::params::{Bind, Binder, Choice, Flag, Num, ParamError, Text};
pub(crate) use decent_core::term::absence_key;
use decent_core::term::{self, Backward, Ceiling, Excluded, Length, Outcome, Reckoning, Step, Term};
pub use decent_core::term::{kind_key, Deadline, MovedDays, TermKind};
use decent_core::time::{fmt_day, weekday, year_of, ymd, Day};
use decent_core::{Law, Message};
use rust_decimal::prelude::ToPrimitive;

/// The kinds of deadline `decent deadline` computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// s31: the employee's one calendar month notice of resignation.
    Resignation,
    /// s35: the employer's written notice, one month in advance.
    Notice,
    /// s23: the longest probation.
    Probation,
    /// s143: the last day to apply a disciplinary punishment.
    Discipline,
    /// s145: the day a punishment lapses.
    DisciplineExpiry,
    /// s217: the last day to apply to the labour dispute commission (or court).
    Dispute,
    /// s221: the last day to comply with the commission's decision.
    Decision,
    /// s70: the last day to make the year's leave schedule.
    LeaveSchedule,
    /// s54: the last day to acquaint employees with a shift schedule.
    RosterPublication,
    /// s90, s106: the last day to inform of new pay conditions or work quotas.
    ChangeNotice,
    /// s173: the maternity and childbirth leave.
    Maternity,
}

/// Every kind, in the order of the Code.
pub const KINDS: &[(Kind, TermKind)] = &[
    (
        Kind::Probation,
        TermKind {
            name: "probation",
            section: "23",
            event: "the day of hiring",
            meaning: "the last day the probation may last",
            options: &[],
        },
    ),
    (
        Kind::Resignation,
        TermKind {
            name: "resignation",
            section: "31",
            event: "the day the employee gave notice of resignation",
            meaning: "the last day of the notice of resignation",
            options: &[],
        },
    ),
    (
        Kind::Notice,
        TermKind {
            name: "notice",
            section: "35",
            event: "the day the employer's written notice was given",
            meaning: "the earliest day the employer may end the contract",
            options: &[("point-5", "firing under point 5) of s33: temporary disablement is counted")],
        },
    ),
    (
        Kind::RosterPublication,
        TermKind {
            name: "roster-publication",
            section: "54",
            event: "the day the shift schedule takes effect",
            meaning: "the latest day to acquaint the employees with the schedule",
            options: &[],
        },
    ),
    (
        Kind::LeaveSchedule,
        TermKind {
            name: "leave-schedule",
            section: "70",
            event: "any day of the calendar year the schedule is for",
            meaning: "the latest day to make the leave schedule and acquaint the employees with it",
            options: &[],
        },
    ),
    (
        Kind::ChangeNotice,
        TermKind {
            name: "change-notice",
            section: "90",
            event: "the day the new conditions take effect",
            meaning: "the latest day to inform the employees",
            options: &[
                ("remuneration", "new or changed remuneration conditions (s90; the default)"),
                ("work-quotas", "new, substituted or revised work quotas (s106)"),
            ],
        },
    ),
    (
        Kind::Discipline,
        TermKind {
            name: "discipline",
            section: "143",
            event: "the day the violation was discovered",
            meaning: "the last day to apply the disciplinary punishment",
            options: &[],
        },
    ),
    (
        Kind::DisciplineExpiry,
        TermKind {
            name: "discipline-expiry",
            section: "145",
            event: "the day the disciplinary punishment was applied",
            meaning: "the last day of the year after which the punishment lapses if no new one is received",
            options: &[],
        },
    ),
    (
        Kind::Maternity,
        TermKind {
            name: "maternity",
            section: "173",
            event: "the first day of the maternity leave",
            meaning: "the last day of the maternity and childbirth leave",
            options: &[
                (
                    "early-care",
                    "treatment from before the twelfth week of pregnancy: 14 days added to the maternity leave",
                ),
                ("complications", "complications, or two or more children born: 14 days added to the childbirth leave"),
            ],
        },
    ),
    (
        Kind::Dispute,
        TermKind {
            name: "dispute",
            section: "217",
            event:
                "the day the employee learned (or had to learn) of the violation, or received the log-book on firing",
            meaning: "the last day to apply to the labour dispute commission (on firing: the court)",
            options: &[],
        },
    ),
    (
        Kind::Decision,
        TermKind {
            name: "decision",
            section: "221",
            event: "the day of the labour dispute commission's decision",
            meaning: "the last day for the employer to comply with the decision",
            options: &[],
        },
    ),
];

impl Kind {
    /// The kind named `name`.
    #[must_use]
    pub fn parse(name: &str) -> Option<Self> {
        term::kind_named(KINDS, name)
    }

    /// Its description.
    #[must_use]
    pub fn info(self) -> &'static TermKind {
        term::kind_info(KINDS, self)
    }

    /// Every name, comma-separated (for messages).
    #[must_use]
    pub fn names() -> String {
        term::kind_names(KINDS)
    }
}

/// Why a deadline could not be computed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TermError {
    /// No such kind.
    #[error("unknown deadline kind {0:?}: expected one of {kinds}", kinds = Kind::names())]
    UnknownKind(String),
    /// An option the kind does not have.
    #[error("unknown option {option:?} for {kind}: {valid}")]
    UnknownOption {
        /// The kind.
        kind: &'static str,
        /// The option given.
        option: String,
        /// What is valid.
        valid: String,
    },
    /// A ground of termination the pack does not know.
    #[error("unknown ground {0:?}: expected one of {grounds}", grounds = termination::Ground::names())]
    UnknownGround(String),
    /// A day outside the festive calendar's years.
    #[error("{0} is outside the years the festive calendar covers ({first}–{last})", first = crate::CALENDAR_YEARS.0, last = crate::CALENDAR_YEARS.1)]
    OutsideCalendar(String),
    /// A parameter missing or of the wrong kind.
    #[error(transparent)]
    Param(#[from] ParamError),
}

impl TermError {
    /// The error as a message (keys `term-error-*` of the pack's `terms.ftl`, and
    /// `param-error-*`), for the reader's language.
    #[must_use]
    pub fn message(&self) -> Message {
        match self {
            Self::UnknownKind(k) => {
                Message::new("term-error-unknown-kind").text("kind", format!("{k:?}")).text("kinds", Kind::names())
            }
            Self::UnknownOption { kind, option, .. } => {
                let options = KINDS.iter().find(|(_, k)| k.name == *kind).map_or(&[][..], |(_, k)| k.options);
                let valid = if options.is_empty() {
                    Message::new("term-options-none")
                } else {
                    Message::new("term-options-expected")
                        .text("list", options.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "))
                };
                Message::new("term-error-unknown-option")
                    .text("option", format!("{option:?}"))
                    .text("kind", *kind)
                    .msg("valid", valid)
            }
            Self::UnknownGround(g) => Message::new("term-error-unknown-ground")
                .text("ground", format!("{g:?}"))
                .text("grounds", termination::Ground::names()),
            Self::OutsideCalendar(day) => Message::new("term-error-outside-calendar")
                .text("day", day.clone())
                .count("first", crate::CALENDAR_YEARS.0)
                .count("last", crate::CALENDAR_YEARS.1),
            Self::Param(p) => p.message(),
        }
    }
}

/// Which days are holidays under s257, read on one day (the interpretation is dated).
#[derive(Debug)]
pub struct Holidays<'a> {
    law: &'a Law,
    moved: &'a MovedDays,
    saturday: bool,
}

impl<'a> Holidays<'a> {
    /// The holidays of `law` with the interpretation in force on `day`.
    ///
    /// # Errors
    /// The interpretation `s257.weekly_holiday` is missing or not a choice.
    pub fn new(law: &'a Law, moved: &'a MovedDays, day: Day) -> Result<Self, TermError> {
        let saturday = params(law).weekly_holiday.try_at(&law.params, day)? == WeeklyHoliday::SaturdayAndSunday;
        Ok(Self { law, moved, saturday })
    }

    /// `Some(reason)` when `day` is not a working day.
    #[must_use]
    pub fn non_working(&self, day: Day) -> Option<Message> {
        match self.moved.get(day) {
            Some(true) => return None,
            Some(false) => return Some(Message::new("non-working-moved")),
            None => {}
        }
        if self.law.calendar.name(day).is_some() {
            return Some(
                Message::new("non-working-festive").key("name", crate::rules::words::festive_key(self.law, day)),
            );
        }
        match weekday(day) {
            6 => Some(Message::new("non-working-sunday")),
            5 if self.saturday => Some(Message::new("non-working-saturday")),
            _ => None,
        }
    }

    /// Whether `day` lies in the years the festive calendar covers.
    #[must_use]
    pub fn covers(&self, day: Day) -> bool {
        self.law.calendar.covers(day)
    }
}

decent_core::choices! {
    /// Which days are weekly holidays for terms (`s257.weekly_holiday`).
    pub(crate) enum WeeklyHoliday { Sunday = "sunday", SaturdayAndSunday = "saturday-and-sunday" }
}

decent_core::choices! {
    /// Where a term reckoned backwards ends on a holiday (`s257.backward_holiday`).
    pub(crate) enum BackwardHoliday { PreviousWorkingDay = "previous-working-day", NoMove = "no-move" }
}

decent_core::choices! {
    /// Which absences extend a probation (`s23.excluded_absences`).
    pub(crate) enum ProbationExcludes { AllButBusinessTrip = "all-but-business-trip", SickOnly = "sick-only", All = "all" }
}

decent_core::choices! {
    /// Which ages s176 protects (`s176.age_reading`).
    pub(crate) enum AgeReading { SectionAges = "section-ages", S176Ages = "s176-ages" }
}

/// The parameters terms and the termination protections read, bound once when the law loads
/// ([`crate::bound`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct TermParams {
    pub weekly_holiday: Choice<WeeklyHoliday>,
    pub backward_holiday: Choice<BackwardHoliday>,
    pub resignation_months: Num,
    pub notice_months: Num,
    pub probation_months: Num,
    pub probation_excludes: Choice<ProbationExcludes>,
    pub discipline_months: Num,
    pub discipline_ceiling: Num,
    pub expiry_years: Num,
    pub dispute_months: Num,
    pub decision_days: Num,
    pub schedule_deadline: Text,
    pub publication_notice: Num,
    pub work_quotas_notice: Num,
    pub remuneration_notice: Num,
    pub maternity_days: Num,
    pub childbirth_days: Num,
    pub early_care_days: Num,
    pub complications_days: Num,
    pub maternity_moves: Flag,
    pub liquidation_is_point_1: Flag,
    pub age_reading: Choice<AgeReading>,
    pub child_age: Num,
    pub retirement_age: Num,
}

impl Bind for TermParams {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            weekly_holiday: b.choice("s257.weekly_holiday"),
            backward_holiday: b.choice("s257.backward_holiday"),
            resignation_months: b.num("s31.resignation_months"),
            notice_months: b.num("s35.notice_months"),
            probation_months: b.num("s23.probation_months"),
            probation_excludes: b.choice("s23.excluded_absences"),
            discipline_months: b.num("s143.discipline_months"),
            discipline_ceiling: b.num("s143.ceiling_months"),
            expiry_years: b.num("s145.expiry_years"),
            dispute_months: b.num("s217.dispute_months"),
            decision_days: b.num("s221.decision_days"),
            schedule_deadline: b.text("s70.schedule_deadline"),
            publication_notice: b.num("s54.publication_notice"),
            work_quotas_notice: b.num("s106.notice_months"),
            remuneration_notice: b.num("s90.notice_months"),
            maternity_days: b.num("s173.maternity_days"),
            childbirth_days: b.num("s173.childbirth_days"),
            early_care_days: b.num("s173.early_care_days"),
            complications_days: b.num("s173.complications_days"),
            maternity_moves: b.flag("s173.moves_off_holiday"),
            liquidation_is_point_1: b.flag("s33.liquidation_is_point_1"),
            age_reading: b.choice("s176.age_reading"),
            child_age: b.num("s178.child_age"),
            retirement_age: b.num("s34_1.retirement_age"),
        }
    }
}

/// The term parameters of `law`, bound when it loaded.
pub(crate) fn params(law: &Law) -> &'static TermParams {
    &crate::bound::get(law).terms
}

/// A whole number parameter (months, days, years) on `day`.
pub(crate) fn count(law: &Law, h: Num, day: Day) -> Result<i32, TermError> {
    let n = h.try_at(&law.params, day)?;
    n.to_i32().filter(|&v| n.fract().is_zero() && (0..=10_000).contains(&v)).ok_or_else(|| {
        ParamError::BadValue(format!("{} is {n}, expected a whole number from 0", h.id().name(&law.params))).into()
    })
}

/// What a deadline is computed from.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The kind.
    pub kind: Kind,
    /// The event (see [`TermKind::event`]).
    pub event: Day,
    /// The employee's absences (for the kinds that exclude them); may be empty.
    pub absences: &'a [Absence],
    /// Options of the kind.
    pub options: &'a [String],
    /// Days moved by the employer.
    pub moved: &'a MovedDays,
}

/// Computes a deadline under lv-1994, with every step cited.
///
/// # Errors
/// An unknown option, a missing or malformed parameter, or a day outside the festive calendar.
///
/// # Example
/// ```
/// use decent_core::time::{days_from_civil, fmt_day};
/// use decent_lv1994::terms::{deadline, Kind, MovedDays, Request};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let law = decent_lv1994::law()?;
/// let moved = MovedDays::new();
/// let req = Request { kind: Kind::Resignation, event: days_from_civil(1994, 1, 31), absences: &[], options: &[], moved: &moved };
/// // 31 January + one month: 28 February 1994, a Monday.
/// assert_eq!(fmt_day(deadline(&law, &req)?.date), "1994-02-28");
/// # Ok(())
/// # }
/// ```
pub fn deadline(law: &Law, req: &Request<'_>) -> Result<Deadline, TermError> {
    let info = req.kind.info();
    for o in req.options {
        if !info.options.iter().any(|(n, _)| n == o) {
            let valid = if info.options.is_empty() {
                "it takes none".to_string()
            } else {
                format!("expected {}", info.options.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", "))
            };
            return Err(TermError::UnknownOption { kind: info.name, option: o.clone(), valid });
        }
    }
    let has = |o: &str| req.options.iter().any(|x| x == o);
    let day = req.event;
    let h = params(law);
    let holidays = Holidays::new(law, req.moved, day)?;
    if !holidays.covers(day) {
        return Err(TermError::OutsideCalendar(fmt_day(day)));
    }
    let nw = |d: Day| holidays.non_working(d);
    let r = Reckoning { section: "257".to_string(), non_working: &nw };
    let mk = |label: &str, section: &str, length: Length, excluded: Vec<Excluded>| Term {
        label: Message::new(label.to_string()),
        section: section.to_string(),
        length,
        excluded,
        ceiling: None,
        moves_off_non_working: true,
    };
    let backward = || -> Result<Backward, TermError> {
        Ok(if h.backward_holiday.try_at(&law.params, day)? == BackwardHoliday::NoMove {
            Backward::Keep
        } else {
            Backward::PreviousWorkingDay
        })
    };
    let (outcome, forward): (Outcome, bool) = match req.kind {
        Kind::Resignation => {
            let n = count(law, h.resignation_months, day)?;
            let ex = term::excluded_absences(req.absences, |k| k == AbsenceKind::Sick, "31");
            (term::compute(day, &mk("term-label-resignation", "31", Length::months(n), ex), &r), true)
        }
        Kind::Notice => {
            let n = count(law, h.notice_months, day)?;
            let ex = if has("point-5") {
                Vec::new()
            } else {
                term::excluded_absences(req.absences, |k| k == AbsenceKind::Sick, "35")
            };
            let label = "term-label-notice";
            let mut o = term::compute(day, &mk(label, "35", Length::months(n), ex), &r);
            if has("point-5") {
                o.steps
                    .insert(1, Step { message: Message::new("term-notice-point-5"), section: "35".into(), date: day });
            }
            (o, true)
        }
        Kind::Probation => {
            let n = count(law, h.probation_months, day)?;
            let reading = h.probation_excludes.try_at(&law.params, day)?;
            let keep = |k: AbsenceKind| match reading {
                ProbationExcludes::SickOnly => k == AbsenceKind::Sick,
                ProbationExcludes::All => true,
                ProbationExcludes::AllButBusinessTrip => k != AbsenceKind::BusinessTrip,
            };
            let ex = term::excluded_absences(req.absences, keep, "23");
            (term::compute(day, &mk("term-label-probation", "23", Length::months(n), ex), &r), true)
        }
        Kind::Discipline => {
            let n = count(law, h.discipline_months, day)?;
            let cap = count(law, h.discipline_ceiling, day)?;
            let ex = term::excluded_absences(req.absences, |k| k == AbsenceKind::Sick || k.is_leave(), "143");
            let mut t = mk("term-label-discipline", "143", Length::months(n), ex);
            t.ceiling = Some(Ceiling { length: Length::months(cap), section: "143".into() });
            (term::compute(day, &t, &r), true)
        }
        Kind::DisciplineExpiry => {
            let n = count(law, h.expiry_years, day)?;
            (term::compute(day, &mk("term-label-discipline-expiry", "145", Length::years(n), vec![]), &r), true)
        }
        Kind::Dispute => {
            let n = count(law, h.dispute_months, day)?;
            (term::compute(day, &mk("term-label-dispute", "217", Length::months(n), vec![]), &r), true)
        }
        Kind::Decision => {
            let n = count(law, h.decision_days, day)?;
            let label = "term-label-decision";
            (term::compute(day, &mk(label, "221", Length::days(n), vec![]), &r), true)
        }
        Kind::LeaveSchedule => {
            let md = h.schedule_deadline.try_at(&law.params, day)?;
            let bad = || {
                let name = h.schedule_deadline.name(&law.params);
                ParamError::BadValue(format!("{name} is {md:?}, expected MM-DD"))
            };
            let (m, d) = md.split_once('-').ok_or_else(bad)?;
            let (m, d) = (m.parse::<u32>().map_err(|_| bad())?, d.parse::<u32>().map_err(|_| bad())?);
            let year = year_of(day);
            let date = ymd(year, m, d).ok_or_else(bad)?;
            let label = Message::new("term-label-leave-schedule").text("year", year.to_string());
            (term::on_date(date, label, "70", &r, true), false)
        }
        Kind::RosterPublication => {
            let n = count(law, h.publication_notice, day)?;
            let label = Message::new("term-label-roster-publication");
            (term::latest_before(day, Length::months(n), label, "54", &r, backward()?), false)
        }
        Kind::ChangeNotice => {
            let (section, handle, label) = if has("work-quotas") {
                ("106", h.work_quotas_notice, "term-label-change-work-quotas")
            } else {
                ("90", h.remuneration_notice, "term-label-change-remuneration")
            };
            let n = count(law, handle, day)?;
            (term::latest_before(day, Length::months(n), Message::new(label), section, &r, backward()?), false)
        }
        Kind::Maternity => (maternity(law, day, has("early-care"), has("complications"), &r)?, false),
    };
    if !holidays.covers(outcome.end) {
        return Err(TermError::OutsideCalendar(fmt_day(outcome.end)));
    }
    let mut steps = outcome.steps;
    steps.push(Step {
        message: Message::new("term-result").key("meaning", kind_key(info.name, "meaning")).day("date", outcome.end),
        section: if req.kind == Kind::ChangeNotice && has("work-quotas") { "106" } else { info.section }.to_string(),
        date: outcome.end,
    });
    Ok(Deadline {
        kind: info.name,
        event: day,
        date: outcome.end,
        start: forward.then_some(outcome.start),
        excluded_days: outcome.excluded_days,
        steps,
    })
}

fn maternity(law: &Law, first: Day, early: bool, complications: bool, r: &Reckoning<'_>) -> Result<Outcome, TermError> {
    let s = |m: Message, date: Day| Step { message: m, section: "173".into(), date };
    let h = params(law);
    let mut m = count(law, h.maternity_days, first)?;
    let mut c = count(law, h.childbirth_days, first)?;
    let mut steps = vec![s(Message::new("maternity-begins").day("first", first), first)];
    if early {
        let e = count(law, h.early_care_days, first)?;
        m += e;
        steps.push(s(Message::new("maternity-early-care").count("days", e), first));
    }
    let m_end = first + m - 1;
    steps.push(s(Message::new("maternity-leave").count("days", m).day("from", first).day("to", m_end), m_end));
    if complications {
        let e = count(law, h.complications_days, first)?;
        c += e;
        steps.push(s(Message::new("maternity-complications").count("days", e), m_end));
    }
    let end = m_end + c;
    steps.push(s(Message::new("maternity-childbirth").count("days", c).day("from", m_end + 1).day("to", end), end));
    steps.push(s(Message::new("maternity-total").count("days", m + c), end));
    let mut last = end;
    if let Some(reason) = (r.non_working)(end) {
        if h.maternity_moves.try_at(&law.params, first)? {
            last = term::next_working(end, r.non_working);
            steps.push(Step {
                message: Message::new("maternity-moved").day("end", end).msg("reason", reason).day("last", last),
                section: "257".into(),
                date: last,
            });
        } else {
            steps.push(Step {
                message: Message::new("maternity-not-moved").day("end", end).msg("reason", reason),
                section: "173".into(),
                date: end,
            });
        }
    }
    Ok(Outcome { start: first, end: last, excluded_days: 0, steps })
}
