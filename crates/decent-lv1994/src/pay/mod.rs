//! Pay under lv-1994: monthly payslips from shifts (s88, s93–s95, s67, s99), the minimum-pay
//! check (s83, s97, s98, s185), average earnings and leave pay (s103, s72, s101), severance
//! (s37, s102) and the deduction caps (s124, s125).
//!
//! Every amount is a [`decent_core::pay::PayLine`] citing its section, with the parameters and
//! interpretations it read (`law/params/pay.toml`). Time is read exactly as the checks read it
//! (`rules::common`: night window, day attribution, overtime, weekly holidays, the festive
//! calendar): one reading, one place.

mod average;
mod deduction;
mod minimum;
mod monthly;
mod severance;

pub use average::{average, leave, pay_by, work_days, Average, AverageError, LeavePay, MAX_LEAVE_DAYS};
pub use deduction::{deduction, DeductionCheck, DeductionKind, PaymentKind};
pub use minimum::{MinimumCheck, MinimumStatus};
pub use monthly::{monthly, monthly_all, MonthPays, MonthlyPay};
pub use severance::{severance, Ground, Severance};

use decent_core::calendar::OutsideCalendar;
use decent_core::pay::{RangeError, Rounding};
use decent_core::time::Day;
use decent_core::Law;

/// Why pay cannot be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PayError {
    /// No average earnings can be formed (s103).
    #[error(transparent)]
    Average(#[from] AverageError),
    /// An amount out of its range, or arithmetic whose result does not fit.
    #[error(transparent)]
    Range(#[from] RangeError),
    /// A day outside the festive calendar: its festive days (s68), and so the premium (s94),
    /// the days of a leave (s72) and the day leave pay is due (s101), are not known.
    #[error("{0}; festive days (s68) decide this pay (s72, s94, s101), so it is not computed")]
    OutsideCalendar(#[from] OutsideCalendar),
    /// A leave longer than [`MAX_LEAVE_DAYS`].
    #[error("a leave from {from} to {to} is {days} days long; at most {max} days (ten years) are computed: check --from and --to")]
    LeaveTooLong {
        /// First day.
        from: String,
        /// Last day.
        to: String,
        /// Its length in days.
        days: i64,
        /// The most computed.
        max: i32,
    },
    /// A parameter the pay rules read that the law does not declare as they read it.
    #[error("the law's parameters: {0}")]
    Params(String),
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

/// The rounding to cents in force on `day` (interpretation `s101.rounding`).
#[must_use]
pub fn rounding(law: &Law, day: Day) -> Rounding {
    match law.params.choice("s101.rounding", day) {
        "half-even" => Rounding::HalfEven,
        _ => Rounding::HalfUp,
    }
}
