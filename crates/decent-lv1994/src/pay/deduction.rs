//! The deduction caps (s124) and the payments nothing may be deducted from (s125).
//!
//! s124: all deductions from one payment "shall not exceed 20 per cent, but in the special cases
//! stipulated by the laws ... 50 per cent"; under several warrants the employee "shall preserve
//! 50 per cent"; the caps do not apply "upon punitive labour and when recovering alimony in behalf
//! of minors". s125: no deductions "from the firing benefit, compensations and other payments" to
//! which recovery does not apply.

use decent_core::pay as core_pay;
pub use decent_core::pay::DeductionCheck;
use decent_core::time::Day;
use decent_core::{Law, Message};
use rust_decimal::Decimal;
use serde::Serialize;

/// What the deductions are for (s124).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum DeductionKind {
    /// Ordinary deductions: at most 20 %.
    #[default]
    Ordinary,
    /// The special cases of the laws (Civil Procedure Code s403 part one paragraph 1): 50 %.
    Special,
    /// Several warrants: the employee keeps 50 %.
    SeveralWarrants,
    /// Alimony for minors: no cap.
    AlimonyMinors,
    /// Punitive labour: no cap.
    PunitiveLabour,
}

impl DeductionKind {
    /// Every kind with its name.
    pub const ALL: [(&'static str, DeductionKind); 5] = [
        ("ordinary", DeductionKind::Ordinary),
        ("special", DeductionKind::Special),
        ("several-warrants", DeductionKind::SeveralWarrants),
        ("alimony-minors", DeductionKind::AlimonyMinors),
        ("punitive-labour", DeductionKind::PunitiveLabour),
    ];
}

/// The payment deducted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PaymentKind {
    /// Remuneration for work.
    #[default]
    Remuneration,
    /// The firing benefit (s37): no deductions (s125).
    Severance,
    /// Compensations: no deductions (s125).
    Compensation,
}

impl PaymentKind {
    /// Every kind with its name.
    pub const ALL: [(&'static str, PaymentKind); 3] = [
        ("remuneration", PaymentKind::Remuneration),
        ("severance", PaymentKind::Severance),
        ("compensation", PaymentKind::Compensation),
    ];
}

/// Checks `deductions` from a payment of `amount` (s124, s125), with the parameters in force on
/// `on`.
///
/// # Errors
/// The payment or the deductions are not amounts from 0 to 10⁹ ([`core_pay::MAX_MONEY`]).
///
/// # Panics
/// When the pack lacks a parameter it declares (the registry test guards this).
pub fn deduction(
    law: &Law,
    on: Day,
    payment: PaymentKind,
    kind: DeductionKind,
    amount: Decimal,
    deductions: Decimal,
) -> Result<DeductionCheck, super::PayError> {
    let amount = core_pay::money("the payment", amount)?;
    let deductions = core_pay::money("the deductions", deductions)?;
    let hundred = Decimal::from(100);
    let h = super::params(law);
    let read = |n: decent_core::params::Num| (n.at(&law.params, on), n.id().name(&law.params));
    let (cap_percent, section, param, why) = match (payment, kind) {
        (PaymentKind::Severance, _) => (Some(Decimal::ZERO), "s125", None, Message::new("pay-deduction-severance")),
        (PaymentKind::Compensation, _) => {
            (Some(Decimal::ZERO), "s125", None, Message::new("pay-deduction-compensation"))
        }
        (_, DeductionKind::AlimonyMinors) => (None, "s124", None, Message::new("pay-deduction-alimony")),
        (_, DeductionKind::PunitiveLabour) => (None, "s124", None, Message::new("pay-deduction-punitive")),
        (_, DeductionKind::Ordinary) => {
            let (c, p) = read(h.cap_percent);
            (Some(c), "s124", Some(p), Message::new("pay-deduction-ordinary").decimal("percent", c.normalize()))
        }
        (_, DeductionKind::Special) => {
            let (c, p) = read(h.special_cap_percent);
            (Some(c), "s124", Some(p), Message::new("pay-deduction-special").decimal("percent", c.normalize()))
        }
        (_, DeductionKind::SeveralWarrants) => {
            let (keep, p) = read(h.several_warrants_keep);
            let c = hundred - keep;
            (Some(c), "s124", Some(p), Message::new("pay-deduction-several").decimal("percent", keep.normalize()))
        }
    };
    let cap = match cap_percent {
        Some(c) => Some(core_pay::div("the cap (s124)", core_pay::mul("the cap (s124)", amount, c)?, hundred)?),
        None => None,
    };
    let excess = cap.map_or(Decimal::ZERO, |c| (deductions - c).max(Decimal::ZERO));
    Ok(DeductionCheck {
        amount,
        deductions,
        cap_percent: cap_percent.map(|c| c.normalize()),
        cap: cap.map(|c| c.normalize()),
        excess: excess.normalize(),
        lawful: excess.is_zero(),
        section: section.to_string(),
        param: param.map(str::to_string),
        reason: why,
    })
}
