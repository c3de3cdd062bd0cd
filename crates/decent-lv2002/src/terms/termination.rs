//! Termination by the employer under the Labour Law: the grounds of s101(1), the notice periods
//! of s103(1), the prohibitions of s109, the trade union's consent (s110) and the severance of
//! s112.
//!
//! [`check`] takes the employee, their absences, the day the employment is to end, the ground and
//! what only the user knows (the union's consent, the day written notice was given) and returns
//! a [`Verdict`]: every check with its section, and the severance owed. The prohibitions of s109
//! and s110 are on giving notice ("uzteikt"), so they are read on the day notice was given (the
//! day the employment ends when no notice day is given).

use decent_core::model::{Absence, AbsenceKind, Employee, Sex};
use decent_core::term::{self, absence_covering};
pub use decent_core::term::{Check, CheckStatus as Status, SeveranceOwed, TerminationFacts as Facts, Verdict};
use decent_core::time::Day;
use decent_core::{Law, Message};

use super::{absence_key, deadline, Kind, Request, TermError};
use crate::attrs::{BREASTFEEDING, DISABILITY};

/// A ground of termination by the employer: a point of s101(1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)] // Each is the point of s101(1) its name gives; GROUNDS says what it is.
pub enum Ground {
    P1,
    P2,
    P3,
    P4,
    P5,
    P6,
    P7,
    P8,
    P9,
    P10,
    P11,
}

/// Every ground: `(name, ground, what s101(1) says)`.
pub const GROUNDS: &[term::GroundRow<Ground>] = &[
    (
        "s101-1",
        Ground::P1,
        "a material breach of the employment contract or the work procedure, without justified reason",
    ),
    ("s101-2", Ground::P2, "unlawful conduct at work, and the employer's trust lost"),
    ("s101-3", Ground::P3, "conduct at work contrary to good morals"),
    ("s101-4", Ground::P4, "at work under the influence of alcohol, narcotic or toxic substances"),
    ("s101-5", Ground::P5, "a gross breach of occupational safety endangering others"),
    ("s101-6", Ground::P6, "insufficient professional ability for the agreed work"),
    ("s101-7", Ground::P7, "cannot perform the agreed work because of the state of health (a doctor's opinion)"),
    ("s101-8", Ground::P8, "an employee who previously did the work has been reinstated"),
    ("s101-9", Ground::P9, "the number of employees is being reduced"),
    ("s101-10", Ground::P10, "the employer (a legal person or partnership) is being liquidated"),
    ("s101-11", Ground::P11, "temporary incapacity for more than six months, or one year in three"),
];

impl Ground {
    /// The ground named `name`.
    ///
    /// # Errors
    /// [`TermError::UnknownGround`] listing the valid names.
    pub fn parse(name: &str) -> Result<Self, TermError> {
        term::ground_named(GROUNDS, name).ok_or_else(|| TermError::UnknownGround(name.to_string()))
    }

    /// Its name (`s101-9`).
    #[must_use]
    pub fn name(self) -> &'static str {
        term::ground_name(GROUNDS, self).unwrap_or("s101-1")
    }

    /// Its point of s101(1).
    #[must_use]
    pub fn point(self) -> u32 {
        GROUNDS.iter().position(|g| g.1 == self).map_or(1, |i| i as u32 + 1)
    }

    /// Every name, comma-separated.
    #[must_use]
    pub fn names() -> String {
        term::ground_names(GROUNDS)
    }
}

/// The severance bands of s112(1): `(name, months, point)`, which [`crate::pay`] computes.
pub const SEVERANCE_BANDS: &[(&str, u32, u32)] =
    &[("under-5-years", 1, 1), ("5-to-10-years", 2, 2), ("10-to-20-years", 3, 3), ("over-20-years", 4, 4)];

fn m(key: &'static str) -> Message {
    Message::new(key)
}

/// The severance band of s112(1) for service from `hired` to `on`: index into
/// [`SEVERANCE_BANDS`]. `higher_band`: the interpretation `s112.band_edge` (exactly ten years in
/// the third point).
#[must_use]
pub fn severance_band(hired: Day, on: Day, higher_band: bool) -> usize {
    use decent_core::term::{add, Length};
    let at = |years: i32| add(hired, Length::years(years));
    if on > at(20) {
        3
    } else if on > at(10) || (on == at(10) && higher_band) {
        2
    } else if on >= at(5) {
        1
    } else {
        0
    }
}

/// Checks a termination by the employer ending the employment on `date`, on `ground`.
///
/// # Errors
/// A missing or malformed parameter, or a day outside the public-holiday calendar.
pub fn check(
    employee: &Employee,
    absences: &[Absence],
    date: Day,
    ground: Ground,
    facts: &Facts<'_>,
    law: &Law,
) -> Result<Verdict, TermError> {
    use Ground as G;
    let mut checks = Vec::new();
    let given = facts.notice_given.unwrap_or(date);
    let point = i64::from(ground.point());

    // s101(2), (3): the written explanation and the month from discovery (the data cannot show).
    if matches!(ground, G::P1 | G::P2 | G::P3 | G::P4 | G::P5) {
        checks.push(Check::new("101", Status::Note, m("termination-2002-explanation").count("point", point)));
    }
    // s101(4): no other work with the employee's consent.
    if matches!(ground, G::P6 | G::P7 | G::P8 | G::P9) {
        checks.push(Check::new("101", Status::Note, m("termination-2002-no-transfer").count("point", point)));
    }

    // s109(1): pregnancy, the post-natal year, breastfeeding up to the child's second year.
    let excepted_109_1 = matches!(ground, G::P1 | G::P2 | G::P3 | G::P4 | G::P5 | G::P10);
    let protected = if employee.pregnant_on(given) {
        Some(m("termination-2002-pregnant"))
    } else if employee.sex == Sex::F && employee.children_under_months(12, given) > 0 {
        Some(m("termination-2002-post-natal"))
    } else if employee.has(BREASTFEEDING) && employee.children_under_months(24, given) > 0 {
        Some(m("termination-2002-breastfeeding"))
    } else {
        None
    };
    match protected {
        Some(why) if !excepted_109_1 => {
            checks.push(Check::new(
                "109",
                Status::Refused,
                m("termination-2002-protected").msg("why", why).day("day", given),
            ));
        }
        Some(why) => checks.push(Check::new(
            "109",
            Status::Pass,
            m("termination-2002-protected-excepted").msg("why", why).count("point", point),
        )),
        None => checks.push(Check::new("109", Status::Pass, m("termination-2002-not-protected").day("day", given))),
    }

    // s109(3): temporary incapacity (except point 11), leave or other justified absence; none of
    // it on point 10.
    let absent = absence_covering(absences, given, |k| match k {
        AbsenceKind::Sick => ground != G::P11,
        AbsenceKind::BusinessTrip | AbsenceKind::DayOff => false,
        _ => true,
    });
    match absent {
        Some(a) if ground != G::P10 => checks.push(Check::new(
            "109",
            Status::Refused,
            m("termination-2002-absent")
                .day("day", given)
                .key("kind", absence_key(a.kind))
                .text("line", a.line.to_string())
                .day("from", a.from)
                .day("to", a.to),
        )),
        Some(_) => checks.push(Check::new("109", Status::Pass, m("termination-2002-absent-liquidation"))),
        None => checks.push(Check::new("109", Status::Pass, m("termination-2002-not-absent").day("day", given))),
    }

    // s110(1): a union member of more than six months, except points 4, 8 and 10; points 7 and
    // 11: inform and consult.
    if employee.union_member {
        let long_enough = law.params.choice("s110.membership", given) == "over-six-months";
        if matches!(ground, G::P4 | G::P8 | G::P10) {
            checks.push(Check::new("110", Status::Pass, m("termination-2002-union-excepted").count("point", point)));
        } else if facts.union_consent {
            checks.push(Check::new("110", Status::Pass, m("termination-2002-union-consent")));
        } else if !long_enough {
            checks.push(Check::new("110", Status::Note, m("termination-2002-union-recent")));
        } else {
            checks.push(Check::new("110", Status::Refused, m("termination-2002-union-member")));
        }
        if matches!(ground, G::P7 | G::P11) {
            checks.push(Check::new("110", Status::Note, m("termination-2002-union-consult").count("point", point)));
        }
    } else {
        checks.push(Check::new("110", Status::Pass, m("termination-2002-not-union-member")));
    }

    // s103(1): the notice period.
    let mut notice = None;
    match facts.notice_given {
        None => checks.push(Check::new("103", Status::Note, m("termination-2002-no-notice-day"))),
        Some(g) if g > date => {
            checks.push(Check::new(
                "103",
                Status::Refused,
                m("termination-2002-notice-after").day("given", g).day("day", date),
            ));
        }
        Some(g) => {
            let mut options = vec![ground.name().to_string()];
            if employee.has(DISABILITY) {
                options.push("disability".into());
            }
            let req = Request { kind: Kind::Notice, event: g, absences, options: &options, moved: facts.moved };
            let d = deadline(law, &req)?;
            if date < d.date {
                checks.push(Check::new(
                    "103",
                    Status::Refused,
                    m("termination-2002-notice-runs").day("given", g).day("end", d.date).day("day", date),
                ));
            } else {
                checks.push(Check::new(
                    "103",
                    Status::Pass,
                    m("termination-2002-notice-ran").day("given", g).day("end", d.date).day("day", date),
                ));
            }
            notice = Some(d);
        }
    }

    // s112(1): severance on points 6 to 11, by the years of service.
    let severance = if matches!(ground, G::P6 | G::P7 | G::P8 | G::P9 | G::P10 | G::P11) {
        let higher = law.params.choice("s112.band_edge", date) == "higher-band";
        Some(match employee.hired_on {
            Some(h) if h <= date => {
                let (name, months, band) = SEVERANCE_BANDS[severance_band(h, date, higher)];
                SeveranceOwed {
                    ground: name,
                    months,
                    section: "112".into(),
                    message: m("termination-2002-severance")
                        .count("months", months)
                        .count("band", band)
                        .day("hired", h)
                        .count("years", decent_core::model::whole_years(h, date)),
                }
            }
            _ => {
                let (name, months, _) = SEVERANCE_BANDS[0];
                SeveranceOwed {
                    ground: name,
                    months,
                    section: "112".into(),
                    message: m("termination-2002-severance-no-hire-date"),
                }
            }
        })
    } else {
        None
    };

    Ok(Verdict::of(checks, severance, notice))
}
