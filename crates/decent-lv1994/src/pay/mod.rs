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
use decent_core::params::{Bind, Binder, Choice, Flag, Minutes, Num};
use decent_core::pay::{RangeError, Rounding};
use decent_core::time::Day;
use decent_core::{Law, Message};

decent_core::choices! {
    /// How premiums of one cell combine (`s93.premium_combination`).
    pub(crate) enum Combination { Additive = "additive", Highest = "highest" }
}

decent_core::choices! {
    /// Whether a day off compensates work on a festive day or weekly holiday (`s94.day_off_compensation`).
    pub(crate) enum DayOff { SameMonth = "same-month", Never = "never" }
}

decent_core::choices! {
    /// The rounding to cents (`s101.rounding`).
    pub(crate) enum Cents { HalfUp = "half-up", HalfEven = "half-even" }
}

decent_core::choices! {
    /// The months whose work-days give the days of a month (`s103.work_days_per_month`).
    pub(crate) enum WorkDaysBy { CalendarYear = "calendar-year", ReferenceMonths = "reference-months" }
}

/// The parameters pay reads, bound once when the law loads ([`crate::bound`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PayParams {
    /// The readings pay shares with the checks.
    pub readings: monthly::Readings,
    pub overtime: Num,
    pub night: Num,
    pub festive: Num,
    pub holiday: Num,
    pub idle: Num,
    pub combination: Choice<Combination>,
    pub day_off: Choice<DayOff>,
    pub rounding: Choice<Cents>,
    pub minimum_monthly: Num,
    pub minimum_pro_rata: Flag,
    pub weekly_norm: Minutes,
    pub work_days: Choice<WorkDaysBy>,
    pub leave_divisor: Num,
    pub cap_percent: Num,
    pub special_cap_percent: Num,
    pub several_warrants_keep: Num,
    pub severance_months: Num,
    pub labour_protection_months: Num,
}

impl Bind for PayParams {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            readings: b.bind(),
            overtime: b.num("s93.overtime_multiplier"),
            night: b.num("s95.night_multiplier"),
            festive: b.num("s94.festive_multiplier"),
            holiday: b.num("s67.holiday_multiplier"),
            idle: b.num("s99.idle_multiplier"),
            combination: b.choice("s93.premium_combination"),
            day_off: b.choice("s94.day_off_compensation"),
            rounding: b.choice("s101.rounding"),
            minimum_monthly: b.num("s83.minimum_monthly"),
            minimum_pro_rata: b.flag("s83.minimum_pro_rata"),
            weekly_norm: b.minutes("s45.weekly_norm"),
            work_days: b.choice("s103.work_days_per_month"),
            leave_divisor: b.num("s103.leave_divisor"),
            cap_percent: b.num("s124.cap_percent"),
            special_cap_percent: b.num("s124.special_cap_percent"),
            several_warrants_keep: b.num("s124.several_warrants_keep_percent"),
            severance_months: b.num("s37.severance_months"),
            labour_protection_months: b.num("s37.labour_protection_months"),
        }
    }
}

/// The pay parameters of `law`, bound when it loaded.
pub(crate) fn params(law: &Law) -> &'static PayParams {
    &crate::bound::get(law).pay
}

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

impl PayError {
    /// The error as a message (keys `pay-error-*` of the pack's `pay.ftl`), for the reader's
    /// language.
    #[must_use]
    pub fn message(&self) -> Message {
        match self {
            Self::Average(AverageError::NoEarnings(m)) => {
                Message::new("pay-error-no-earnings").text("month", m.to_string())
            }
            Self::Average(AverageError::DaysWorkedMissing { earlier, last }) => {
                Message::new("pay-error-days-worked-missing")
                    .text("earlier", earlier.to_string())
                    .text("last", last.to_string())
            }
            Self::Range(r) => range_message(r),
            Self::OutsideCalendar(o) => Message::new("pay-error-outside-calendar")
                .text("day", o.day.clone())
                .count("first", o.first)
                .count("last", o.last),
            Self::LeaveTooLong { from, to, days, max } => Message::new("pay-error-leave-too-long")
                .text("from", from.clone())
                .text("to", to.clone())
                .count("days", *days)
                .count("max", *max),
            Self::Params(text) => Message::new("pay-error-params").text("text", text.clone()),
            Self::Employee { id, line, source } => Message::new("pay-error-employee")
                .text("id", id.clone())
                .count("line", *line)
                .msg("error", source.message()),
        }
    }
}

/// What the pay computations name in a [`RangeError`], each with its key in `pay.ftl`.
const RANGE_WHATS: &[(&str, &str)] = &[
    ("amount", "pay-what-amount"),
    ("the payslip's total", "pay-what-total"),
    ("the cap (s124)", "pay-what-cap"),
    ("the payment", "pay-what-payment"),
    ("the deductions", "pay-what-deductions"),
    ("the minimum pro rata (s83)", "pay-what-pro-rata"),
    ("the hourly rate of the salary (s93)", "pay-what-salary-rate"),
    ("the earnings of two months (s103)", "pay-what-two-months"),
    ("the day rate for other cases (s103)", "pay-what-day-rate-other"),
    ("the day rate for leave (s103.leave_divisor)", "pay-what-day-rate-leave"),
    ("the day rate (s103.short_service)", "pay-what-day-rate-short"),
    ("pay for normal hours (s83)", "pay-what-normal-pay"),
    ("average monthly earnings (s103.short_service)", "pay-what-average-short"),
    ("average monthly earnings (s103)", "pay-what-average"),
    ("average monthly earnings", "pay-what-average-given"),
    ("monthly_salary", "pay-what-monthly-salary"),
    ("hourly_rate", "pay-what-hourly-rate"),
];

/// A [`RangeError`] as a message: what it names (by key when known), the value, and what was
/// expected (an amount or a multiplier in range, a divisor other than 0, a result that fits).
fn range_message(r: &RangeError) -> Message {
    let what = match RANGE_WHATS.iter().find(|(en, _)| *en == r.what) {
        Some((_, key)) => Message::new(*key),
        None => match r.what.strip_prefix("earnings of ") {
            Some(month) => Message::new("pay-what-earnings-of").text("month", month.to_string()),
            None => Message::new("pay-what-text").text("text", r.what.clone()),
        },
    };
    let max = |prefix: &str| r.expected.strip_prefix(prefix).map(str::to_string);
    let expected = if let Some(m) = max("an amount from 0 to ") {
        Message::new("pay-range-amount").text("max", m)
    } else if let Some(m) = max("a multiplier from 0 to ") {
        Message::new("pay-range-multiplier").text("max", m)
    } else if r.expected.starts_with("a divisor") {
        Message::new("pay-range-divisor")
    } else {
        Message::new("pay-range-fits")
            .text("money", decent_core::pay::MAX_MONEY.to_string())
            .text("multiplier", decent_core::pay::MAX_MULTIPLIER.to_string())
    };
    Message::new("pay-error-range").msg("what", what).text("value", r.value.clone()).msg("expected", expected)
}

/// The rounding to cents in force on `day` (interpretation `s101.rounding`).
#[must_use]
pub fn rounding(law: &Law, day: Day) -> Rounding {
    match params(law).rounding.at(&law.params, day) {
        Cents::HalfEven => Rounding::HalfEven,
        Cents::HalfUp => Rounding::HalfUp,
    }
}
