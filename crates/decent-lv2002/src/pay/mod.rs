//! Pay under the Labour Law, and under the Remuneration Law for employees of State and municipal
//! institutions (`pay_regime` = `remuneration-law`; Labour Law s2(2)).
//!
//! - [`monthly`]: a month's payslip from shifts: the time wage for the hours worked (s62(2)) or
//!   the monthly salary, and the supplements — night work (s67; Remuneration Law s14(4)),
//!   overtime and public-holiday work (s68; Remuneration Law s14(5¹), (6)) — at the hourly rate
//!   (the employee's, or the salary's by s75³ / Remuneration Law s14(11)).
//! - [`average`]: average earnings over the last six calendar months (s75).
//! - [`severance`]: the severance of s112 by years of service.
//!
//! Every amount is a [`decent_core::pay::PayLine`] whose component is a message key of
//! `i18n/{en,lv}/pay.ftl` and whose section names the law that set its rate: `s67(1)` for the
//! Labour Law, `AL14(4)` for the Remuneration Law (its sections are held as `AL14`).

mod average;
mod monthly;

pub use average::{average, leave, severance};
pub use monthly::{monthly, monthly_all};

use decent_core::calendar::OutsideCalendar;
use decent_core::pay::RangeError;
use decent_core::Employee;

use crate::attrs::PAY_REGIME;

/// Which law sets an employee's pay (the `pay_regime` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Regime {
    /// The Labour Law (the default).
    LabourLaw,
    /// The Remuneration Law, for employees of State and municipal institutions.
    RemunerationLaw,
}

impl Regime {
    /// The employee's regime.
    #[must_use]
    pub fn of(e: &Employee) -> Self {
        if e.pick(PAY_REGIME) == 1 {
            Regime::RemunerationLaw
        } else {
            Regime::LabourLaw
        }
    }
}

/// Why pay cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PayError {
    /// An amount out of its range, or arithmetic whose result does not fit.
    #[error(transparent)]
    Range(#[from] RangeError),
    /// A day outside the public-holiday calendar: its holidays, and so the supplement of s68,
    /// the working hours of the month (s75³) and the working days of s75 are not known.
    #[error("{0}; public holidays decide this pay (s68, s75, s75³), so it is not computed")]
    OutsideCalendar(#[from] OutsideCalendar),
    /// A parameter whose value the law does not allow.
    #[error("{name} is {value}: {expected}")]
    Param {
        /// The parameter.
        name: &'static str,
        /// Its value.
        value: String,
        /// What the law allows.
        expected: &'static str,
    },
    /// The earnings do not allow an average.
    #[error("average earnings (s75): {0}")]
    Average(String),
    /// The pay of one employee failed.
    #[error("employee {id} (employees line {line}): {source}")]
    Employee {
        /// The employee.
        id: String,
        /// Line of the employees file.
        line: u32,
        /// Why.
        source: Box<PayError>,
    },
}
