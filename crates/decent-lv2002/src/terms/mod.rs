//! Terms under the Labour Law: s15–s16 on the engine's term arithmetic, the employee's notice
//! (s100) and the employer's notice by ground (s101, s103).
//!
//! s16(1): "Termiņš sākas datumā vai tā notikuma iestāšanās dienā, kas nosaka šā termiņa sākumu"
//! — a term begins on the day of its event (the Labour Code of 1994 began it the day after): the
//! kinds here run with [`Start::OnEvent`], the engine's arithmetic does the rest. s16(2)–(4): a
//! term in years, months or weeks ends on the corresponding day, a month without that date on its
//! last day; s16(5): a term that ends on a weekly rest day or a public holiday ends on the next
//! working day. Which days are weekly rest days is the interpretation `s16.weekly_rest_days`; how
//! a term in days is counted, `s16.day_terms`.
//!
//! [`deadline`] computes one [`Kind`]; [`termination`] checks a termination by the employer.

pub mod termination;

use decent_core::model::{Absence, AbsenceKind};
use decent_core::params::ParamError;
use decent_core::term::{self, Excluded, Length, Reckoning, Start, Step, Term};
pub use decent_core::term::{absence_key, kind_key, Deadline, MovedDays, TermKind};
use decent_core::time::{fmt_day, weekday, Day};
use decent_core::{Law, Message};
use rust_decimal::prelude::ToPrimitive;

use termination::Ground;

/// The kinds of deadline `decent deadline --law lv-2002` computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// s100(1): the employee's notice, one month.
    Resignation,
    /// s103(1): the employer's notice, by the ground of s101(1).
    Notice,
}

/// The options of `notice`: the ground (one of s101(1)'s points), the disability of s103(1) 4)
/// and the request of s103(2).
const NOTICE_OPTIONS: &[(&str, &str)] = &[
    ("s101-1", "s101(1) 1): a material breach of the contract or the work procedure (10 days)"),
    ("s101-2", "s101(1) 2): unlawful conduct and lost trust (immediately)"),
    ("s101-3", "s101(1) 3): conduct contrary to good morals (10 days)"),
    ("s101-4", "s101(1) 4): at work under the influence of alcohol, narcotic or toxic substances (immediately)"),
    ("s101-5", "s101(1) 5): a gross breach of occupational safety (10 days)"),
    ("s101-6", "s101(1) 6): insufficient professional ability (one month)"),
    ("s101-7", "s101(1) 7): cannot work because of the state of health (immediately)"),
    ("s101-8", "s101(1) 8): the previous employee reinstated (one month; two with a disability)"),
    ("s101-9", "s101(1) 9): the number of employees reduced (one month; two with a disability)"),
    ("s101-10", "s101(1) 10): the employer liquidated (one month)"),
    ("s101-11", "s101(1) 11): long temporary incapacity (10 days; two months with a disability)"),
    ("disability", "the employee is recognised as a person with a disability (s103(1) 4))"),
    ("sick-not-counted", "at the employee's request, temporary incapacity is not counted (s103(2); not on point 11)"),
];

/// Every kind, in the order of the Law.
pub const KINDS: &[(Kind, TermKind)] = &[
    (
        Kind::Resignation,
        TermKind {
            name: "resignation",
            section: "100",
            event: "the day the employee gave written notice",
            meaning: "the last day of the employee's notice",
            options: &[(
                "sick-not-counted",
                "at the employee's request, temporary incapacity is not counted (s100(1))",
            )],
        },
    ),
    (
        Kind::Notice,
        TermKind {
            name: "notice",
            section: "103",
            event: "the day the employer's written notice was given",
            meaning: "the last day of the employer's notice period",
            options: NOTICE_OPTIONS,
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

    /// Every name, comma-separated.
    #[must_use]
    pub fn names() -> String {
        term::kind_names(KINDS)
    }
}

/// Why a deadline or a verdict could not be computed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TermError {
    /// No such kind.
    #[error("unknown deadline kind {0:?}: expected one of {kinds}", kinds = Kind::names())]
    UnknownKind(String),
    /// An option the kind does not have, or a missing or doubled one.
    #[error("option {option:?} of {kind}: {valid}")]
    Option {
        /// The kind.
        kind: &'static str,
        /// The option given (empty when one is missing).
        option: String,
        /// What is valid.
        valid: String,
    },
    /// A ground the Law does not have.
    #[error("unknown ground {0:?}: expected one of {grounds}", grounds = Ground::names())]
    UnknownGround(String),
    /// A day outside the public-holiday calendar's years.
    #[error("{0} is outside the years the public-holiday calendar covers ({first}–{last})", first = crate::CALENDAR_YEARS.0, last = crate::CALENDAR_YEARS.1)]
    OutsideCalendar(String),
    /// A parameter missing or of the wrong kind.
    #[error(transparent)]
    Param(#[from] ParamError),
}

/// Which days are not working days for s16(5), read on one day (the interpretation is dated).
#[derive(Debug)]
pub struct RestDays<'a> {
    law: &'a Law,
    moved: &'a MovedDays,
    saturday: bool,
}

impl<'a> RestDays<'a> {
    /// The rest days of `law` with `s16.weekly_rest_days` as in force on `day`.
    #[must_use]
    pub fn new(law: &'a Law, moved: &'a MovedDays, day: Day) -> Self {
        let saturday = law.params.choice("s16.weekly_rest_days", day) == "saturday-and-sunday";
        Self { law, moved, saturday }
    }

    /// `Some(reason)` when `day` is a weekly rest day, a public holiday or a moved day off.
    #[must_use]
    pub fn non_working(&self, day: Day) -> Option<Message> {
        match self.moved.get(day) {
            Some(true) => return None,
            Some(false) => return Some(Message::new("non-working-moved")),
            None => {}
        }
        if let Some(name) = self.law.calendar.name(day) {
            return Some(Message::new("non-working-holiday").text("name", name.to_string()));
        }
        match weekday(day) {
            6 => Some(Message::new("non-working-sunday")),
            5 if self.saturday => Some(Message::new("non-working-saturday")),
            _ => None,
        }
    }
}

/// A whole number parameter (days, months) on `day`.
pub(crate) fn count(law: &Law, name: &str, day: Day) -> Result<i32, TermError> {
    let n = law.params.try_num(name, day)?;
    n.to_i32()
        .filter(|&v| n.fract().is_zero() && (0..=10_000).contains(&v))
        .ok_or_else(|| ParamError::BadValue(format!("{name} is {n}, expected a whole number from 0")).into())
}

/// What a deadline is computed from.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The kind.
    pub kind: Kind,
    /// The event (see [`TermKind::event`]).
    pub event: Day,
    /// The employee's absences (temporary incapacity not counted at the employee's request).
    pub absences: &'a [Absence],
    /// Options of the kind.
    pub options: &'a [String],
    /// Days moved by the employer.
    pub moved: &'a MovedDays,
}

fn sick_periods(absences: &[Absence], section: &str) -> Vec<Excluded> {
    term::excluded_absences(absences, |k| k == AbsenceKind::Sick, section)
}

/// The length of the employer's notice on `ground` (s103(1)); `None`: immediately.
///
/// # Errors
/// A missing or malformed parameter.
pub fn notice_length(law: &Law, ground: Ground, disability: bool, day: Day) -> Result<Option<Length>, TermError> {
    use Ground as G;
    Ok(match ground {
        G::P8 | G::P9 | G::P11 if disability => Some(Length::months(count(law, "s103.disability_months", day)?)),
        G::P2 | G::P4 | G::P7 => None,
        G::P1 | G::P3 | G::P5 | G::P11 => Some(Length::days(count(law, "s103.short_days", day)?)),
        G::P6 | G::P8 | G::P9 | G::P10 => Some(Length::months(count(law, "s103.notice_months", day)?)),
    })
}

/// Computes a deadline under the Labour Law, with every step cited.
///
/// # Errors
/// An unknown option, no ground (or two) for `notice`, a missing parameter, or a day outside the
/// public-holiday calendar.
///
/// # Example
/// ```
/// use decent_core::time::{days_from_civil, fmt_day};
/// use decent_lv2002::terms::{deadline, Kind, MovedDays, Request};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let law = decent_lv2002::law()?;
/// let moved = MovedDays::new();
/// // Notice given on Monday 2 March 2026: one month, to Thursday 2 April 2026 (s100(1), s16(3)).
/// let req = Request { kind: Kind::Resignation, event: days_from_civil(2026, 3, 2), absences: &[], options: &[], moved: &moved };
/// assert_eq!(fmt_day(deadline(&law, &req)?.date), "2026-04-02");
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
            return Err(TermError::Option { kind: info.name, option: o.clone(), valid });
        }
    }
    let has = |o: &str| req.options.iter().any(|x| x == o);
    let day = req.event;
    if !law.calendar.covers(day) {
        return Err(TermError::OutsideCalendar(fmt_day(day)));
    }
    let rest = RestDays::new(law, req.moved, day);
    let nw = |d: Day| rest.non_working(d);
    let r = Reckoning { section: "16".to_string(), non_working: &nw };
    // s16(1): a term begins on the day of its event; for terms in days the reading is dated.
    let start =
        if law.params.choice("s16.day_terms", day) == "day-after-first" { Start::DayAfter } else { Start::OnEvent };
    let term_of = |label: Message, section: &str, length: Length, excluded: Vec<Excluded>| Term {
        label,
        section: section.to_string(),
        length,
        excluded,
        ceiling: None,
        moves_off_non_working: true,
    };
    let first = |length: Length| if length.unit == term::Unit::Days { start } else { Start::OnEvent };
    let (outcome, section) = match req.kind {
        Kind::Resignation => {
            let length = Length::months(count(law, "s100.resignation_months", day)?);
            let ex = if has("sick-not-counted") { sick_periods(req.absences, "100") } else { Vec::new() };
            let t = term_of(Message::new("term-label-resignation"), "100", length, ex);
            (term::compute_from(day, first(length), &t, &r), "100")
        }
        Kind::Notice => {
            let grounds: Vec<Ground> = req.options.iter().filter_map(|o| Ground::parse(o).ok()).collect();
            let [ground] = grounds[..] else {
                return Err(TermError::Option {
                    kind: info.name,
                    option: if req.options.is_empty() { "(none)".into() } else { req.options.join(" ") },
                    valid: format!("expected exactly one ground: --option {}", Ground::names()),
                });
            };
            match notice_length(law, ground, has("disability"), day)? {
                None => {
                    let steps = vec![Step {
                        message: Message::new("term-notice-immediate").text("ground", ground.name()),
                        section: "103".into(),
                        date: day,
                    }];
                    (term::Outcome { start: day, end: day, excluded_days: 0, steps }, "103")
                }
                Some(length) => {
                    // s103(2): at the employee's request, except on point 11.
                    let ex = if has("sick-not-counted") && ground != Ground::P11 {
                        sick_periods(req.absences, "103")
                    } else {
                        Vec::new()
                    };
                    let label = Message::new("term-label-notice").text("ground", ground.name());
                    let t = term_of(label, "103", length, ex);
                    (term::compute_from(day, first(length), &t, &r), "103")
                }
            }
        }
    };
    if !law.calendar.covers(outcome.end) {
        return Err(TermError::OutsideCalendar(fmt_day(outcome.end)));
    }
    let mut steps = outcome.steps;
    steps.push(Step {
        message: Message::new("term-result").key("meaning", kind_key(info.name, "meaning")).day("date", outcome.end),
        section: section.to_string(),
        date: outcome.end,
    });
    Ok(Deadline {
        kind: info.name,
        event: day,
        date: outcome.end,
        start: Some(outcome.start),
        excluded_days: outcome.excluded_days,
        steps,
    })
}
