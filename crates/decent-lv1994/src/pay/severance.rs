//! Severance, "the firing benefit" (s37), paid on the day of firing (s102).
//!
//! s37: on the grounds of points 3) and 6) of s30 and points 1), 1.1), 1.2), 2) and 6) of s33,
//! "not less than the average wage of one month"; where the contract is terminated for
//! "non-compliance of the labour contract to the requirements set forth in the regulations on
//! labour protection (point 8) of Section 30)", "not less than the average wage of six months".
//! The seed's copy lost the lists of s30 and s33, so the grounds are named by the point numbers
//! s37 cites (see the note on s33). Nothing may be deducted from it (s125).

pub use decent_core::pay::Severance;
use decent_core::pay::{self as core_pay, Basis, PayLine, Payslip};
use decent_core::time::Day;
use decent_core::{Law, Message};
use rust_decimal::Decimal;
use serde::Serialize;

/// A ground of termination that carries severance under s37.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Ground {
    /// Point 3) of s30.
    S30P3,
    /// Point 6) of s30.
    S30P6,
    /// Point 8) of s30: the contract breached the labour-protection rules.
    S30P8,
    /// Point 1) of s33.
    S33P1,
    /// Point 1.1) of s33.
    S33P1_1,
    /// Point 1.2) of s33.
    S33P1_2,
    /// Point 2) of s33.
    S33P2,
    /// Point 6) of s33.
    S33P6,
}

impl Ground {
    /// Every ground, in the order s37 lists them.
    pub const ALL: [Ground; 8] = [
        Ground::S30P3,
        Ground::S30P6,
        Ground::S33P1,
        Ground::S33P1_1,
        Ground::S33P1_2,
        Ground::S33P2,
        Ground::S33P6,
        Ground::S30P8,
    ];

    /// The name on the command line: `s30-3`, `s33-1.1`.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Ground::S30P3 => "s30-3",
            Ground::S30P6 => "s30-6",
            Ground::S30P8 => "s30-8",
            Ground::S33P1 => "s33-1",
            Ground::S33P1_1 => "s33-1.1",
            Ground::S33P1_2 => "s33-1.2",
            Ground::S33P2 => "s33-2",
            Ground::S33P6 => "s33-6",
        }
    }

    /// The section of the ground: `30` or `33`.
    #[must_use]
    pub fn section(self) -> &'static str {
        match self {
            Ground::S30P3 | Ground::S30P6 | Ground::S30P8 => "30",
            _ => "33",
        }
    }

    /// The point of the section: `3`, `1.1`.
    #[must_use]
    pub fn point(self) -> &'static str {
        self.name().split_once('-').map_or("", |(_, p)| p)
    }

    /// Parses a name (`s30-8`, also `30-8` and `s30.8`).
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().trim_start_matches('s');
        Self::ALL.iter().copied().find(|g| {
            let n = &g.name()[1..];
            n == s || n.replacen('-', ".", 1) == s
        })
    }

    /// The parameter holding the months of average earnings due.
    #[must_use]
    pub fn months_param(self) -> &'static str {
        match self {
            Ground::S30P8 => "s37.labour_protection_months",
            _ => "s37.severance_months",
        }
    }

    /// The handle of the parameter giving its months of severance (s37).
    pub(crate) fn months(self, p: &super::PayParams) -> decent_core::params::Num {
        match self {
            Ground::S30P8 => p.labour_protection_months,
            _ => p.severance_months,
        }
    }

    /// Every name, comma-separated (for messages).
    #[must_use]
    pub fn names() -> String {
        Self::ALL.iter().map(|g| g.name()).collect::<Vec<_>>().join(", ")
    }
}

/// The minimum severance for `ground` on the day of firing `on`, from the average monthly
/// earnings (s103). The termination check calls this too.
///
/// # Errors
/// The average is not an amount from 0 to 10⁹ ([`core_pay::MAX_MONEY`]), or the product does not
/// fit.
///
/// # Panics
/// When the pack lacks a parameter it declares (the registry test guards this).
pub fn severance(
    law: &Law,
    employee_id: &str,
    ground: Ground,
    monthly_average: Decimal,
    on: Day,
) -> Result<Severance, super::PayError> {
    let monthly_average = core_pay::money("average monthly earnings", monthly_average)?;
    let handle = ground.months(super::params(law));
    let param = handle.id().name(&law.params);
    let months = handle.at(&law.params, on);
    let line = PayLine::new(
        Message::new("pay-severance").text("ground", ground.name()),
        "s37",
        (months, "months"),
        monthly_average,
        Decimal::ONE,
        super::rounding(law, on),
    )?
    .with_params(&[param, "s101.rounding"])
    .with_basis(vec![Basis {
        line: 0,
        day: Some(on),
        minutes: 0,
        note: Message::new("pay-basis-severance")
            .text("point", ground.point())
            .section("section", ground.section())
            .decimal("months", months.normalize()),
    }]);
    Ok(Severance {
        ground: ground.name(),
        months: months.normalize(),
        monthly: monthly_average,
        payslip: Payslip::new(employee_id, vec![line])?,
        pay_by: on,
        deductions_allowed: false,
    })
}
