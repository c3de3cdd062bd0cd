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

pub use average::{average, leave, work_days, Average, AverageError, LeavePay};
pub use deduction::{deduction, DeductionCheck, DeductionKind, PaymentKind};
pub use minimum::{MinimumCheck, MinimumStatus};
pub use monthly::{monthly, monthly_all, MonthPays, MonthlyPay};
pub use severance::{severance, Ground, Severance};

use decent_core::pay::Rounding;
use decent_core::time::Day;
use decent_core::Law;

/// The rounding to cents in force on `day` (interpretation `s101.rounding`).
#[must_use]
pub fn rounding(law: &Law, day: Day) -> Rounding {
    match law.params.choice("s101.rounding", day) {
        "half-even" => Rounding::HalfEven,
        _ => Rounding::HalfUp,
    }
}
