//! Pay as auditable lines: jurisdiction-neutral money types.
//!
//! A [`PayLine`] is one amount a person can check by hand: *quantity × rate × multiplier =
//! amount*, with the section it rests on. A [`Payslip`] is an employee's lines and their total;
//! the total is private and recomputed on every change, so it is the sum of the lines by
//! construction. Money is [`Decimal`], never floating point, and is rounded to cents at exactly
//! one point: when a line's amount is computed ([`PayLine::new`]), with the pack's [`Rounding`].
//!
//! Nothing here names a country: a pack decides which lines exist and what they cite.

use rust_decimal::{Decimal, RoundingStrategy};
use serde::Serialize;

use crate::time::Day;

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
    /// What it is, in words (which shift, which hours fell at night, which festive day).
    pub note: String,
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
    /// What is paid, e.g. `night hours`.
    pub component: String,
    /// The sections it rests on, e.g. `s95` or `s93+s95`.
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
    #[must_use]
    pub fn new(
        component: impl Into<String>,
        section: impl Into<String>,
        (quantity, unit): (Decimal, &str),
        rate: Decimal,
        multiplier: Decimal,
        rounding: Rounding,
    ) -> Self {
        Self {
            component: component.into(),
            section: section.into(),
            quantity: quantity.normalize(),
            unit: unit.to_string(),
            rate,
            multiplier: multiplier.normalize(),
            amount: rounding.cents(quantity * rate * multiplier),
            params: Vec::new(),
            basis: Vec::new(),
        }
    }

    /// A line for `minutes` of time, quantity in hours. The amount is computed from the exact
    /// minutes (`minutes × rate × multiplier ÷ 60`) before the one rounding to cents; the
    /// quantity shown is the hours to four decimals (exact whenever the minutes are a multiple
    /// of three, so every quarter hour).
    #[must_use]
    pub fn hours(
        component: impl Into<String>,
        section: impl Into<String>,
        minutes: i64,
        rate: Decimal,
        multiplier: Decimal,
        rounding: Rounding,
    ) -> Self {
        let m = Decimal::from(minutes);
        let mut line = Self::new(component, section, (Decimal::ZERO, "h"), rate, multiplier, rounding);
        line.quantity = (m / Decimal::from(60)).round_dp(4).normalize();
        line.amount = rounding.cents(m * rate * multiplier / Decimal::from(60));
        line
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
    #[must_use]
    pub fn new(employee_id: impl Into<String>, lines: Vec<PayLine>) -> Self {
        let total = lines.iter().fold(Decimal::new(0, 2), |t, l| t + l.amount);
        Self { employee_id: employee_id.into(), lines, total }
    }

    /// Adds a line.
    pub fn push(&mut self, line: PayLine) {
        self.total += line.amount;
        self.lines.push(line);
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
        let l = PayLine::hours("night hours", "s95", 440, Decimal::ONE, Decimal::new(15, 1), Rounding::HalfUp);
        assert_eq!(l.amount, Decimal::new(1100, 2));
        assert_eq!(l.quantity, Decimal::new(73333, 4));
        let half = Decimal::new(5, 3); // 0.005
        assert_eq!(Rounding::HalfUp.cents(half), Decimal::new(1, 2));
        assert_eq!(Rounding::HalfEven.cents(half), Decimal::ZERO);
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
            let mut p = Payslip::new("a", Vec::new());
            for (m, r, x) in &items {
                p.push(PayLine::hours("x", "s1", *m, Decimal::new(*r, 2), Decimal::new(*x, 1), Rounding::HalfUp));
            }
            let sum: Decimal = p.lines().iter().map(|l| l.amount).sum();
            prop_assert_eq!(p.total(), sum);
            let q = Payslip::new("a", p.lines().to_vec());
            prop_assert_eq!(q.total(), sum);
        }
    }
}
