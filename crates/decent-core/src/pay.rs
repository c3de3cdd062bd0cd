//! Pay as auditable lines: jurisdiction-neutral money types.
//!
//! A [`PayLine`] is one amount a person can check by hand: *quantity × rate × multiplier =
//! amount*, with the section it rests on. A [`Payslip`] is an employee's lines and their total;
//! the total is private and recomputed on every change, so it is the sum of the lines by
//! construction. Money is [`Decimal`], never floating point, and is rounded to cents at exactly
//! one point: when a line's amount is computed ([`PayLine::new`]), with the pack's [`Rounding`].
//!
//! Nothing here names a country: a pack decides which lines exist and what they cite.
//!
//! **Ranges.** Every money amount a user gives (a rate, a salary, earnings, a payment) lies in
//! `0 ≤ x ≤` [`MAX_MONEY`] (10⁹ in the currency) and every multiplier in `0 ≤ x ≤`
//! [`MAX_MULTIPLIER`] (100); [`money`] and [`multiplier`] check them with an error naming the
//! input. Arithmetic on money is checked ([`PayLine::new`], [`Payslip::push`], [`mul`], [`div`],
//! [`add`]): a result that does not fit a [`Decimal`] is a [`RangeError`], never a panic.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::message::Message;
use crate::time::Day;

/// The largest amount of money an input may hold: 10⁹ (a billion in the currency; no wage,
/// salary or month's earnings comes near it).
pub const MAX_MONEY: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// The largest multiplier an input may hold: 100 (the statutes' premiums are 1.5 and 2).
pub const MAX_MULTIPLIER: Decimal = Decimal::from_parts(100, 0, 0, false, 0);

/// A value out of its range, or arithmetic on money whose result does not fit.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}: found {value}, expected {expected}")]
pub struct RangeError {
    /// What the value is (the input, or the computation).
    pub what: String,
    /// The value found (or the operands).
    pub value: String,
    /// What was expected.
    pub expected: String,
}

impl RangeError {
    fn overflow(what: &str, value: String) -> Self {
        Self {
            what: what.to_string(),
            value,
            expected: format!(
                "a result that fits exact decimal arithmetic (amounts 0 to {MAX_MONEY}, multipliers 0 to {MAX_MULTIPLIER})"
            ),
        }
    }
}

/// `x` when it is an amount of money in `0 ≤ x ≤ MAX_MONEY`.
///
/// # Errors
/// A negative amount or one above [`MAX_MONEY`], named `what`.
pub fn money(what: &str, x: Decimal) -> Result<Decimal, RangeError> {
    in_range(what, x, MAX_MONEY, "an amount")
}

/// `x` when it is a multiplier in `0 ≤ x ≤ MAX_MULTIPLIER`.
///
/// # Errors
/// A negative multiplier or one above [`MAX_MULTIPLIER`], named `what`.
pub fn multiplier(what: &str, x: Decimal) -> Result<Decimal, RangeError> {
    in_range(what, x, MAX_MULTIPLIER, "a multiplier")
}

fn in_range(what: &str, x: Decimal, max: Decimal, kind: &str) -> Result<Decimal, RangeError> {
    if x < Decimal::ZERO || x > max {
        return Err(RangeError {
            what: what.to_string(),
            value: x.to_string(),
            expected: format!("{kind} from 0 to {max}"),
        });
    }
    Ok(x)
}

/// `a × b`, or an error naming `what` when the product does not fit.
///
/// # Errors
/// The product overflows a [`Decimal`].
pub fn mul(what: &str, a: Decimal, b: Decimal) -> Result<Decimal, RangeError> {
    a.checked_mul(b).ok_or_else(|| RangeError::overflow(what, format!("{a} × {b}")))
}

/// `a ÷ b`, or an error naming `what` when `b` is zero or the quotient does not fit.
///
/// # Errors
/// Division by zero, or a quotient that overflows a [`Decimal`].
pub fn div(what: &str, a: Decimal, b: Decimal) -> Result<Decimal, RangeError> {
    if b.is_zero() {
        return Err(RangeError {
            what: what.to_string(),
            value: format!("{a} ÷ {b}"),
            expected: "a divisor other than 0".into(),
        });
    }
    a.checked_div(b).ok_or_else(|| RangeError::overflow(what, format!("{a} ÷ {b}")))
}

/// `a + b`, or an error naming `what` when the sum does not fit.
///
/// # Errors
/// The sum overflows a [`Decimal`].
pub fn add(what: &str, a: Decimal, b: Decimal) -> Result<Decimal, RangeError> {
    a.checked_add(b).ok_or_else(|| RangeError::overflow(what, format!("{a} + {b}")))
}

/// How a line's amount is rounded to cents (the one rounding point of pay).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rounding {
    /// Half a cent rounds away from zero (commercial rounding).
    #[default]
    HalfUp,
    /// Half a cent rounds to the even cent (banker's rounding).
    HalfEven,
}

impl Rounding {
    /// Rounds `x` to cents.
    #[must_use]
    pub fn cents(self, x: Decimal) -> Decimal {
        let s = match self {
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
        };
        let mut c = x.round_dp_with_strategy(2, s);
        c.rescale(2);
        c
    }
}

/// What a line rests on, for `--explain`: an input row, a day, minutes and a note.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Basis {
    /// Line of the input file (0 when the basis is not one row).
    #[serde(skip_serializing_if = "is_zero")]
    pub line: u32,
    /// The day it is about, `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "ser_day")]
    pub day: Option<Day>,
    /// Minutes it contributes to the line's quantity (0 when not a time quantity).
    #[serde(skip_serializing_if = "is_zero_i32")]
    pub minutes: i32,
    /// What it is (which shift, which hours fell at night, which festive day), as a message of
    /// the pack's catalogue; the output renders it in the reader's language as `note`.
    #[serde(skip)]
    pub note: Message,
}

fn is_zero(x: &u32) -> bool {
    *x == 0
}

fn is_zero_i32(x: &i32) -> bool {
    *x == 0
}

fn ser_day<S: serde::Serializer>(d: &Option<Day>, s: S) -> Result<S::Ok, S::Error> {
    match d {
        Some(d) => s.serialize_str(&crate::time::fmt_day(*d)),
        None => s.serialize_none(),
    }
}

/// One auditable amount: `quantity × rate × multiplier = amount`, citing its section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PayLine {
    /// What is paid (`night hours`), as a message of the pack's catalogue; the output renders it
    /// in the reader's language as `component`.
    #[serde(skip)]
    pub label: Message,
    /// The sections it rests on, as the pack cites them (several joined with `+`).
    pub section: String,
    /// How many units.
    pub quantity: Decimal,
    /// Unit of the quantity: `h`, `days`, `month`, `months`.
    pub unit: String,
    /// Money per unit.
    pub rate: Decimal,
    /// Multiplier applied to the rate.
    pub multiplier: Decimal,
    /// The amount, rounded to cents.
    pub amount: Decimal,
    /// Parameters and interpretations the line read.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub params: Vec<String>,
    /// What the line rests on (shown with `--explain`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub basis: Vec<Basis>,
}

impl PayLine {
    /// A line; the amount is `quantity × rate × multiplier`, rounded to cents by `rounding`.
    ///
    /// # Errors
    /// The product does not fit a [`Decimal`] (the error names the component).
    pub fn new(
        label: Message,
        section: impl Into<String>,
        (quantity, unit): (Decimal, &str),
        rate: Decimal,
        multiplier: Decimal,
        rounding: Rounding,
    ) -> Result<Self, RangeError> {
        let what = label.key.to_string();
        let amount = mul(&what, quantity, rate).and_then(|x| mul(&what, x, multiplier))?;
        Ok(Self {
            label,
            section: section.into(),
            quantity: quantity.normalize(),
            unit: unit.to_string(),
            rate,
            multiplier: multiplier.normalize(),
            amount: rounding.cents(amount),
            params: Vec::new(),
            basis: Vec::new(),
        })
    }

    /// A line for `minutes` of time, quantity in hours. The amount is computed from the exact
    /// minutes (`minutes × rate × multiplier ÷ 60`) before the one rounding to cents; the
    /// quantity shown is the hours to four decimals (exact whenever the minutes are a multiple
    /// of three, so every quarter hour).
    ///
    /// # Errors
    /// The product does not fit a [`Decimal`] (the error names the component).
    pub fn hours(
        label: Message,
        section: impl Into<String>,
        minutes: i64,
        rate: Decimal,
        multiplier: Decimal,
        rounding: Rounding,
    ) -> Result<Self, RangeError> {
        let m = Decimal::from(minutes);
        let mut line = Self::new(label, section, (Decimal::ZERO, "h"), rate, multiplier, rounding)?;
        line.quantity = (m / Decimal::from(60)).round_dp(4).normalize();
        let c = &*line.label.key;
        let amount = mul(c, m, rate).and_then(|x| mul(c, x, multiplier))?;
        line.amount = rounding.cents(div(c, amount, Decimal::from(60))?);
        Ok(line)
    }

    /// Adds the names of the parameters the line read.
    #[must_use]
    pub fn with_params(mut self, params: &[&str]) -> Self {
        self.params.extend(params.iter().map(|p| (*p).to_string()));
        self
    }

    /// Adds what the line rests on.
    #[must_use]
    pub fn with_basis(mut self, basis: Vec<Basis>) -> Self {
        self.basis.extend(basis);
        self
    }
}

/// An employee's pay lines and their total. The total is the sum of the lines by
/// construction: the fields are private and every change recomputes it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Payslip {
    employee_id: String,
    lines: Vec<PayLine>,
    total: Decimal,
}

impl Payslip {
    /// A payslip of `lines`.
    ///
    /// # Errors
    /// The total does not fit a [`Decimal`].
    pub fn new(employee_id: impl Into<String>, lines: Vec<PayLine>) -> Result<Self, RangeError> {
        let mut total = Decimal::new(0, 2);
        for l in &lines {
            total = add("the payslip's total", total, l.amount)?;
        }
        Ok(Self { employee_id: employee_id.into(), lines, total })
    }

    /// Adds a line.
    ///
    /// # Errors
    /// The total does not fit a [`Decimal`]; the payslip is left unchanged.
    pub fn push(&mut self, line: PayLine) -> Result<(), RangeError> {
        self.total = add("the payslip's total", self.total, line.amount)?;
        self.lines.push(line);
        Ok(())
    }

    /// The employee.
    #[must_use]
    pub fn employee_id(&self) -> &str {
        &self.employee_id
    }

    /// The lines.
    #[must_use]
    pub fn lines(&self) -> &[PayLine] {
        &self.lines
    }

    /// The total: the sum of the lines' amounts.
    #[must_use]
    pub fn total(&self) -> Decimal {
        self.total
    }

    /// Drops every line's basis (when no explanation was asked for).
    pub fn strip_basis(&mut self) {
        for l in &mut self.lines {
            l.basis.clear();
        }
    }
}

/// A calendar month, `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    /// Year.
    pub year: i32,
    /// Month 1..=12.
    pub month: u32,
}

impl YearMonth {
    /// Parses `YYYY-MM`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let (y, m) = s.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 || !y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let (year, month) = (y.parse().ok()?, m.parse().ok()?);
        (1..=12).contains(&month).then_some(Self { year, month })
    }

    /// The month holding `day`.
    #[must_use]
    pub fn of(day: Day) -> Self {
        let (year, month, _) = crate::time::civil_from_days(day);
        Self { year, month }
    }

    /// The first day.
    #[must_use]
    pub fn first(self) -> Day {
        crate::time::days_from_civil(self.year, self.month, 1)
    }

    /// The last day.
    #[must_use]
    pub fn last(self) -> Day {
        self.first() + crate::time::days_in_month(self.year, self.month) as i32 - 1
    }

    /// The month before.
    #[must_use]
    pub fn prev(self) -> Self {
        if self.month == 1 {
            Self { year: self.year - 1, month: 12 }
        } else {
            Self { year: self.year, month: self.month - 1 }
        }
    }
}

impl std::fmt::Display for YearMonth {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// One month's earnings of an employee (the input of average earnings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthEarnings {
    /// The month.
    pub month: YearMonth,
    /// Earnings in the month.
    pub amount: Decimal,
    /// Days worked in the month, when known.
    pub days_worked: Option<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_hours_line_rounds_once() {
        // 7 h 20 min at 1.00 × 1.5 = 11.00 exactly; the quantity shows 7.3333 h.
        let l = PayLine::hours(
            Message::new("night-hours"),
            "§ 7",
            440,
            Decimal::ONE,
            Decimal::new(15, 1),
            Rounding::HalfUp,
        )
        .expect("fits");
        assert_eq!(l.amount, Decimal::new(1100, 2));
        assert_eq!(l.quantity, Decimal::new(73333, 4));
        let half = Decimal::new(5, 3); // 0.005
        assert_eq!(Rounding::HalfUp.cents(half), Decimal::new(1, 2));
        assert_eq!(Rounding::HalfEven.cents(half), Decimal::ZERO);
    }

    /// Amounts near the largest decimal used to panic in `quantity × rate × multiplier`; now the
    /// line is an error naming its component, and the ranges refuse such inputs first.
    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let huge = Decimal::MAX;
        let e = PayLine::new(
            Message::new("leave-pay"),
            "§ 1",
            (Decimal::from(30), "days"),
            huge,
            Decimal::ONE,
            Rounding::HalfUp,
        )
        .expect_err("overflows");
        assert!(e.to_string().starts_with("leave-pay: found"), "{e}");
        assert!(PayLine::hours(Message::new("x"), "§ 1", 600, huge, Decimal::TWO, Rounding::HalfUp).is_err());
        let big = PayLine::new(Message::new("x"), "§ 1", (Decimal::ONE, "month"), huge, Decimal::ONE, Rounding::HalfUp)
            .expect("fits");
        let mut p = Payslip::new("a", vec![big.clone()]).expect("one line fits");
        assert!(p.push(big.clone()).is_err());
        assert_eq!(p.lines().len(), 1);
        assert!(Payslip::new("a", vec![big.clone(), big]).is_err());
        assert!(money("amount", Decimal::from(1_000_000_001)).is_err());
        assert!(money("amount", Decimal::from(-1)).is_err());
        assert_eq!(money("amount", MAX_MONEY), Ok(MAX_MONEY));
        assert!(multiplier("x", Decimal::from(101)).is_err());
        assert!(div("x", Decimal::ONE, Decimal::ZERO).is_err());
    }

    #[test]
    fn months_parse_and_step() {
        let m = YearMonth::parse("1994-01").expect("a month");
        assert_eq!(m.prev().to_string(), "1993-12");
        assert_eq!(m.last() - m.first(), 30);
        assert_eq!(YearMonth::parse("1994-13"), None);
        assert_eq!(YearMonth::parse("1994-1"), None);
    }

    proptest! {
        /// A payslip's total is the sum of its lines, however they were added.
        #[test]
        fn total_is_the_sum_of_lines(items in proptest::collection::vec((0i64..100_000, 0i64..10_000, 1i64..40), 0..20)) {
            let mut p = Payslip::new("a", Vec::new()).expect("empty");
            for (m, r, x) in &items {
                let l = PayLine::hours(Message::new("x"), "§ 1", *m, Decimal::new(*r, 2), Decimal::new(*x, 1), Rounding::HalfUp).expect("fits");
                p.push(l).expect("fits");
            }
            let sum: Decimal = p.lines().iter().map(|l| l.amount).sum();
            prop_assert_eq!(p.total(), sum);
            let q = Payslip::new("a", p.lines().to_vec()).expect("fits");
            prop_assert_eq!(q.total(), sum);
        }
    }
}

/// Serialises a day as `YYYY-MM-DD`.
fn ser_day_plain<S: serde::Serializer>(d: &Day, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&crate::time::fmt_day(*d))
}

/// The outcome of a minimum-pay check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MinimumStatus {
    /// No minimum was supplied for the month.
    NotChecked,
    /// Pay for normal hours reaches the minimum.
    Met,
    /// Pay for normal hours is below the minimum.
    Below,
}

/// The minimum-pay check of one payslip.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MinimumCheck {
    /// Outcome.
    pub status: MinimumStatus,
    /// The sections that decide, as the law cites them.
    pub section: String,
    /// The monthly minimum supplied.
    pub minimum: Option<Decimal>,
    /// The minimum this month's normal hours must reach.
    pub required: Option<Decimal>,
    /// Pay for the normal hours worked.
    pub normal_pay: Decimal,
    /// How much is missing (0 when met or not checked).
    pub shortfall: Decimal,
    /// How it was decided, as a message of the pack's catalogue (rendered as `note`).
    #[serde(skip)]
    pub note: Message,
}

/// One employee's pay for a month.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthlyPay {
    /// The payslip.
    pub payslip: Payslip,
    /// The minimum-pay check.
    pub minimum: MinimumCheck,
    /// What the payslip does not cover (duty, work compensated by a day off…), as messages of
    /// the pack's catalogue.
    pub notes: Vec<Message>,
}

/// Every employee's pay for a month.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthPays {
    /// The month.
    pub month: YearMonth,
    /// Payslips of the employees with an hourly rate or a monthly salary, in input order.
    pub pays: Vec<MonthlyPay>,
    /// Employees with neither (no payslip can be made).
    pub skipped: Vec<String>,
}

/// Every employee's pay for `month`: `pay` on each employee's context in input order (see
/// [`crate::rule::each_employee`]); an employee for whom it gives `None` is skipped.
///
/// # Errors
/// The first employee whose pay fails, with the error.
pub fn month_pays<'d, E>(
    law: &crate::law::Law,
    data: &'d crate::model::Dataset,
    month: YearMonth,
    pay: impl Fn(&crate::rule::Ctx<'_>, YearMonth) -> Result<Option<MonthlyPay>, E>,
) -> Result<MonthPays, (&'d crate::model::Employee, E)> {
    let mut pays = Vec::new();
    let mut skipped = Vec::new();
    crate::rule::each_employee(law, data, |cx| match pay(cx, month) {
        Ok(Some(p)) => {
            pays.push(p);
            Ok(())
        }
        Ok(None) => {
            skipped.push(cx.employee.id.to_string());
            Ok(())
        }
        Err(err) => Err((&data.employees[cx.emp as usize], err)),
    })?;
    Ok(MonthPays { month, pays, skipped })
}

/// Average earnings on a day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Average {
    /// The day asked about.
    #[serde(serialize_with = "ser_day_plain")]
    pub on: Day,
    /// The reference months used.
    pub months: Vec<YearMonth>,
    /// Average monthly earnings.
    pub monthly: Decimal,
    /// Average daily earnings for a paid leave.
    pub daily_leave: Decimal,
    /// Average daily earnings for other cases.
    pub daily_other: Decimal,
    /// The average number of work-days per month used.
    pub work_days_per_month: Decimal,
    /// True when the employee worked less than the reference period.
    pub short_service: bool,
    /// How it was computed, as a message of the pack's catalogue (rendered as `how`).
    #[serde(skip)]
    pub how: Message,
}

/// Pay for a paid leave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LeavePay {
    /// First day of the leave.
    #[serde(serialize_with = "ser_day_plain")]
    pub from: Day,
    /// Last day of the leave (inclusive).
    #[serde(serialize_with = "ser_day_plain")]
    pub to: Day,
    /// Days paid.
    pub days: u32,
    /// Festive days within the leave, excluded: each day and its name (a message of the pack's
    /// catalogue).
    #[serde(skip)]
    pub festive_excluded: Vec<(Day, Message)>,
    /// The day rate.
    pub daily_leave: Decimal,
    /// The payslip of the leave pay.
    pub payslip: Payslip,
    /// Pay no later than this day.
    #[serde(serialize_with = "ser_day_plain")]
    pub pay_by: Day,
}

/// A severance due.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Severance {
    /// The ground, as the pack names it.
    pub ground: &'static str,
    /// Months of average earnings due (at least).
    pub months: Decimal,
    /// The average monthly earnings it rests on.
    pub monthly: Decimal,
    /// The payslip.
    pub payslip: Payslip,
    /// Pay on this day.
    #[serde(serialize_with = "ser_day_plain")]
    pub pay_by: Day,
    /// Whether anything may be deducted from it.
    pub deductions_allowed: bool,
}

/// The outcome of a deduction check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeductionCheck {
    /// The payment.
    pub amount: Decimal,
    /// The deductions asked for.
    pub deductions: Decimal,
    /// The cap as a share of the payment, percent (`None`: no cap).
    pub cap_percent: Option<Decimal>,
    /// The most that may be deducted (`None`: no cap).
    pub cap: Option<Decimal>,
    /// The deductions above the cap.
    pub excess: Decimal,
    /// Whether the deductions are within the law.
    pub lawful: bool,
    /// The section that decides.
    pub section: String,
    /// The parameter read, if any.
    pub param: Option<String>,
    /// Why, as a message of the pack's catalogue (rendered as `reason`).
    #[serde(skip)]
    pub reason: Message,
}
