//! Protections against termination by the employer: s33–s37, s178 (with s176) and s239.
//!
//! [`check`] takes one employee, their absences, the day the contract is to end, the ground
//! ([`Ground`]) and the facts only the user knows ([`Facts`]: trade-union consent, the day written
//! notice was given), and returns a [`Verdict`]: every check with its section and whether it
//! passes, refuses or only notes something, plus the severance s37 owes.
//!
//! Grounds: the seed lost the list of s33 (notes.toml); grounds are named by the point numbers
//! the Code itself cites (s33 points 1), 1.1), 1.2), 2), 5), 6) in s34, s34.1, s35 and s37; point
//! 3), 6) and 8) of s30 in s37), plus `liquidation` (s34, s178) and `s33-other` for a point the Code does
//! not cite elsewhere. Their wording is not in the seed and decent does not invent it.

use decent_core::model::{Absence, AbsenceKind, Employee, Sex};
use decent_core::params::ParamError;
use decent_core::term::{self, absence_covering};
pub use decent_core::term::{
    Check, CheckStatus as Status, SeveranceOwed as Severance, TerminationFacts as Facts, Verdict,
};
use decent_core::time::Day;
use decent_core::{Law, Message};
use rust_decimal::prelude::ToPrimitive;

use super::{count, deadline, Kind, Request, TermError};
use crate::attrs::{SINGLE_PARENT, TRUSTEE, UNION_OFFICIAL};

/// A ground of termination, named by the points the Code cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ground {
    /// Point 1) of s33.
    S33P1,
    /// Point 1.1) of s33 (retirement age, s34.1).
    S33P1_1,
    /// Point 1.2) of s33.
    S33P1_2,
    /// Point 2) of s33.
    S33P2,
    /// Point 5) of s33 (s34: firing during temporary disablement allowed).
    S33P5,
    /// Point 6) of s33.
    S33P6,
    /// A point of s33 that s34–s37 do not cite.
    S33Other,
    /// Point 3) of s30 (s37: one month's severance).
    S30P3,
    /// Point 6) of s30 (s37: one month's severance).
    S30P6,
    /// Point 8) of s30: the contract does not comply with labour protection (s37: six months).
    S30P8,
    /// The complete liquidation of the enterprise, institution or organisation.
    Liquidation,
}

/// Every ground: `(name, ground, what the Code says of it)`.
pub const GROUNDS: &[term::GroundRow<Ground>] = &[
    (
        "s33-1",
        Ground::S33P1,
        "point 1) of s33 (s35 notice, s37 severance; s35 speaks of reducing the number of employees)",
    ),
    ("s33-1.1", Ground::S33P1_1, "point 1.1) of s33: an employee who has reached the retirement age (s34.1)"),
    ("s33-1.2", Ground::S33P1_2, "point 1.2) of s33 (s35 notice, s37 severance; only if no transfer is possible)"),
    ("s33-2", Ground::S33P2, "point 2) of s33 (s35 notice, s37 severance; only if no transfer is possible)"),
    ("s33-5", Ground::S33P5, "point 5) of s33 (s35 notice; s34 allows it during temporary disablement)"),
    ("s33-6", Ground::S33P6, "point 6) of s33 (s35 notice, s37 severance; only if no transfer is possible)"),
    ("s33-other", Ground::S33Other, "another point of s33, not cited by s34–s37 (no s35 notice, no s37 severance)"),
    ("s30-3", Ground::S30P3, "point 3) of s30 (s37 severance of one month; no s35 notice)"),
    ("s30-6", Ground::S30P6, "point 6) of s30 (s37 severance of one month; no s35 notice)"),
    ("s30-8", Ground::S30P8, "point 8) of s30: the contract does not comply with labour protection (s37: six months)"),
    ("liquidation", Ground::Liquidation, "the complete liquidation of the employer (s34, s178)"),
];

impl Ground {
    /// The ground named `name`.
    ///
    /// # Errors
    /// [`TermError::UnknownGround`] listing the valid names.
    pub fn parse(name: &str) -> Result<Self, TermError> {
        term::ground_named(GROUNDS, name).ok_or_else(|| TermError::UnknownGround(name.to_string()))
    }

    /// Its name.
    #[must_use]
    pub fn name(self) -> &'static str {
        term::ground_name(GROUNDS, self).unwrap_or("s33-other")
    }

    /// The ground under which `crate::pay::severance` computes the s37 benefit, if any;
    /// `liquidation_as_point_1` is the interpretation `s33.liquidation_is_point_1`.
    #[must_use]
    pub fn pay_ground(self, liquidation_as_point_1: bool) -> Option<crate::pay::Ground> {
        use crate::pay::Ground as P;
        match self {
            Ground::S33P1 => Some(P::S33P1),
            Ground::Liquidation if liquidation_as_point_1 => Some(P::S33P1),
            Ground::S33P1_1 => Some(P::S33P1_1),
            Ground::S33P1_2 => Some(P::S33P1_2),
            Ground::S33P2 => Some(P::S33P2),
            Ground::S33P6 => Some(P::S33P6),
            Ground::S30P3 => Some(P::S30P3),
            Ground::S30P6 => Some(P::S30P6),
            Ground::S30P8 => Some(P::S30P8),
            Ground::S33P5 | Ground::S33Other | Ground::Liquidation => None,
        }
    }

    /// Every name, comma-separated.
    #[must_use]
    pub fn names() -> String {
        term::ground_names(GROUNDS)
    }
}

fn m(key: &'static str) -> Message {
    Message::new(key)
}

fn years(law: &Law, h: decent_core::params::Num, day: Day) -> Result<u32, TermError> {
    count(law, h, day).map(|n| n.unsigned_abs())
}

/// Checks a termination by the employer on `date` (the last day of employment) on `ground`.
///
/// # Errors
/// A missing or malformed parameter (the retirement age of s34.1 has no default: the Code
/// states none; supply `--set s34_1.retirement_age=N`), or a day outside the festive calendar.
pub fn check(
    employee: &Employee,
    absences: &[Absence],
    date: Day,
    ground: Ground,
    facts: &Facts<'_>,
    law: &Law,
) -> Result<Verdict, TermError> {
    let mut checks = Vec::new();
    let liquidation = ground == Ground::Liquidation;
    let h = super::params(law);
    let as_point_1 = liquidation && h.liquidation_is_point_1.try_at(&law.params, date)?;

    // s33: transfer first.
    if matches!(ground, Ground::S33P1_2 | Ground::S33P2 | Ground::S33P6) {
        checks.push(Check::new("33", Status::Note, m("termination-no-transfer")));
    }

    // s34: temporary disablement and leave.
    if liquidation {
        checks.push(Check::new("34", Status::Pass, m("termination-liquidation-s34")));
    } else {
        match absence_covering(absences, date, |k| k == AbsenceKind::Sick) {
            Some(a) if ground != Ground::S33P5 => checks.push(Check::new(
                "34",
                Status::Refused,
                m("termination-disabled")
                    .day("day", date)
                    .text("line", a.line.to_string())
                    .day("from", a.from)
                    .day("to", a.to),
            )),
            Some(_) => checks.push(Check::new("34", Status::Pass, m("termination-disabled-point-5").day("day", date))),
            None => checks.push(Check::new("34", Status::Pass, m("termination-not-disabled").day("day", date))),
        }
        match absence_covering(absences, date, AbsenceKind::is_leave) {
            Some(a) => checks.push(Check::new(
                "34",
                Status::Refused,
                m("termination-on-leave")
                    .day("day", date)
                    .key("kind", super::absence_key(a.kind))
                    .text("line", a.line.to_string())
                    .day("from", a.from)
                    .day("to", a.to),
            )),
            None => checks.push(Check::new("34", Status::Pass, m("termination-no-leave").day("day", date))),
        }
    }

    // s34.1: retirement age.
    if ground == Ground::S33P1_1 {
        let age = h.retirement_age.try_at(&law.params, date).map_err(TermError::Param)?;
        let age = age
            .to_u32()
            .ok_or_else(|| ParamError::BadValue(format!("{} is {age}", h.retirement_age.id().name(&law.params))))?;
        match employee.age_on(date) {
            None => checks.push(Check::new("34.1", Status::Refused, m("termination-no-birth-date"))),
            Some(a) if a < age => checks.push(Check::new(
                "34.1",
                Status::Refused,
                m("termination-under-retirement-age").count("age", a).day("day", date).count("limit", age),
            )),
            Some(a) => checks.push(Check::new(
                "34.1",
                Status::Pass,
                m("termination-retirement-age").count("age", a).day("day", date).count("limit", age),
            )),
        }
    }

    // s35: written notice one month in advance.
    let needs_notice = as_point_1
        || matches!(
            ground,
            Ground::S33P1 | Ground::S33P1_1 | Ground::S33P1_2 | Ground::S33P2 | Ground::S33P5 | Ground::S33P6
        );
    let mut notice = None;
    if needs_notice {
        match facts.notice_given {
            None => checks.push(Check::new("35", Status::Refused, m("termination-no-notice"))),
            Some(given) if given > date => checks.push(Check::new(
                "35",
                Status::Refused,
                m("termination-notice-after").day("given", given).day("day", date),
            )),
            Some(given) => {
                let options = if ground == Ground::S33P5 { vec!["point-5".to_string()] } else { vec![] };
                let req = Request { kind: Kind::Notice, event: given, absences, options: &options, moved: facts.moved };
                let d = deadline(law, &req)?;
                if date < d.date {
                    checks.push(Check::new(
                        "35",
                        Status::Refused,
                        m("termination-notice-runs")
                            .day("given", given)
                            .day("end", d.date)
                            .count("excluded", d.excluded_days),
                    ));
                } else {
                    checks.push(Check::new(
                        "35",
                        Status::Pass,
                        m("termination-notice-ran").day("given", given).day("end", d.date).day("day", date),
                    ));
                }
                notice = Some(d);
            }
        }
    } else {
        checks.push(Check::new("35", Status::Pass, m("termination-notice-not-required").text("ground", ground.name())));
    }

    // s36: trade-union members.
    if employee.union_member {
        if facts.union_consent {
            checks.push(Check::new("36", Status::Pass, m("termination-union-consent")));
        } else if liquidation {
            checks.push(Check::new("36", Status::Pass, m("termination-union-liquidation")));
        } else {
            checks.push(Check::new("36", Status::Refused, m("termination-union-member")));
        }
    } else {
        checks.push(Check::new("36", Status::Pass, m("termination-not-union-member")));
    }

    // s178 (with s176): pregnant women, women with a child under three, single fathers, trustees.
    let child_age = years(law, h.child_age, date)?;
    let protected = if employee.pregnant_on(date) {
        Some(m("termination-pregnant"))
    } else if employee.sex == Sex::F && employee.has_child_under(child_age, child_age, date) {
        Some(m("termination-mother").count("age", child_age))
    } else if (employee.sex == Sex::M && employee.has(SINGLE_PARENT)) || employee.has(TRUSTEE) {
        let (y, dy, why) = if h.age_reading.try_at(&law.params, date)? == super::AgeReading::S176Ages {
            (14, 16, m("termination-child-s176"))
        } else {
            (child_age, child_age, m("termination-child-s178"))
        };
        employee.has_child_under(y, dy, date).then(|| {
            let who = if employee.has(TRUSTEE) { "trustee" } else { "father" };
            m("termination-single-father").text("who", who).msg("child", why)
        })
    } else {
        None
    };
    match protected {
        Some(why) if !liquidation => {
            checks.push(Check::new("178", Status::Refused, m("termination-protected").msg("why", why)))
        }
        Some(why) => {
            checks.push(Check::new("178", Status::Pass, m("termination-protected-liquidation").msg("why", why)))
        }
        None => checks.push(Check::new("178", Status::Pass, m("termination-not-protected"))),
    }

    // s239: elected officials of trade unions.
    if employee.has(UNION_OFFICIAL) {
        if facts.union_consent {
            checks.push(Check::new("239", Status::Pass, m("termination-official-consent")));
        } else {
            checks.push(Check::new("239", Status::Refused, m("termination-official")));
        }
    } else {
        checks.push(Check::new("239", Status::Pass, m("termination-not-official")));
    }

    // s37: severance.
    let severance = match ground.pay_ground(as_point_1) {
        Some(g) => {
            let months = count(law, g.months(crate::pay::params(law)), date)?.unsigned_abs();
            let key =
                if g == crate::pay::Ground::S30P8 { "termination-severance-s30-8" } else { "termination-severance" };
            let message = Message::new(key).count("months", months);
            Some(Severance { ground: g.name(), months, section: "37".into(), message })
        }
        None => None,
    };
    Ok(Verdict::of(checks, severance, notice))
}
