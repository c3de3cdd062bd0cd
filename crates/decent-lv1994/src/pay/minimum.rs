//! The minimum-pay check (s83; s97 and s98 hold their cases to it, s185 holds minors on reduced
//! working time to it in full).
//!
//! The minimum is `s83.minimum_monthly`, an effective-dated parameter with **no default**: the
//! seed states no amount ("the living wage established by the state ... for the respective period
//! of time"), so the user supplies it (`--set s83.minimum_monthly=AMOUNT`). Without it the check
//! is reported as not done; no amount is ever invented.

use decent_core::params::ParamError;
use decent_core::pay::{self as core_pay, YearMonth};
use decent_core::{Ctx, Message};
use rust_decimal::Decimal;

use crate::rules::common::is_working_day;
pub use decent_core::pay::{MinimumCheck, MinimumStatus};

/// Checks a month's payslip against the minimum.
pub(super) fn check(
    cx: &Ctx<'_>,
    month: YearMonth,
    salary: Option<Decimal>,
    rate: Decimal,
    normal_minutes: i32,
) -> Result<MinimumCheck, super::PayError> {
    let law = cx.law;
    let day = month.first();
    let rounding = super::rounding(law, day);
    let normal_pay = match salary {
        Some(s) => s,
        None => rounding.cents(core_pay::div(
            "pay for normal hours (s83)",
            core_pay::mul("pay for normal hours (s83)", rate, Decimal::from(normal_minutes))?,
            Decimal::from(60),
        )?),
    };
    let h = super::params(law);
    let minimum = match h.minimum_monthly.try_at(&law.params, day) {
        Ok(m) => m,
        Err(ParamError::Missing { .. } | ParamError::Unknown(_) | ParamError::BadValue(_)) => {
            return Ok(MinimumCheck {
                status: MinimumStatus::NotChecked,
                section: "s83".into(),
                minimum: None,
                required: None,
                normal_pay,
                shortfall: Decimal::ZERO,
                note: Message::new("pay-minimum-not-checked").day("day", day),
            })
        }
    };
    let e = cx.employee;
    let statutory_weekly = h.weekly_norm.at(&law.params, day);
    let minor_reduced = e.is_under(18, month.last()) && e.weekly_norm_minutes < statutory_weekly;
    let statutory_daily = statutory_weekly / i32::from(e.week_days.max(1));
    let statutory_norm: i32 =
        (month.first()..=month.last()).filter(|&d| is_working_day(cx, d)).map(|_| statutory_daily).sum();
    let pro_rata = h.minimum_pro_rata.at(&law.params, day) && !minor_reduced && salary.is_none();
    let (required, how) = if pro_rata && statutory_norm > 0 && normal_minutes < statutory_norm {
        (
            rounding.cents(core_pay::div(
                "the minimum pro rata (s83)",
                core_pay::mul("the minimum pro rata (s83)", minimum, Decimal::from(normal_minutes))?,
                Decimal::from(statutory_norm),
            )?),
            Message::new("pay-minimum-pro-rata")
                .count("worked", normal_minutes / 60)
                .count("norm", statutory_norm / 60),
        )
    } else if minor_reduced {
        (minimum, Message::new("pay-minimum-minor"))
    } else {
        (minimum, Message::new("pay-minimum-full"))
    };
    let shortfall = (required - normal_pay).max(Decimal::ZERO);
    Ok(MinimumCheck {
        status: if shortfall > Decimal::ZERO { MinimumStatus::Below } else { MinimumStatus::Met },
        section: if minor_reduced { "s83+s185".into() } else { "s83".into() },
        minimum: Some(minimum),
        required: Some(required),
        normal_pay,
        shortfall,
        note: Message::new("pay-minimum").decimal("minimum", minimum).msg("how", how).decimal("normal_pay", normal_pay),
    })
}
