//! The pack's pay rules and terms as every command reaches them: the engine's neutral
//! [`PayRules`] and [`Terms`] interfaces, by name, over this pack's own functions.

use decent_core::model::{Absence, Dataset, Employee};
use decent_core::pack::{Choice, PackResult, PayRules, Terms};
use decent_core::pay::{Average, DeductionCheck, LeavePay, MonthEarnings, MonthPays, Severance, YearMonth};
use decent_core::term::{Deadline, MovedDays, TermKind, TerminationFacts, Verdict};
use decent_core::time::Day;
use decent_core::{Law, Message, MessageError};
use rust_decimal::Decimal;

use crate::pay::{self, DeductionKind, Ground, PayError, PaymentKind};
use crate::terms::termination::{self, GROUNDS};
use crate::terms::{self, Kind, Request, KINDS};

/// lv-1994's pay rules (s37, s83, s88–s103, s124, s125).
#[derive(Debug, Clone, Copy)]
pub struct Pay;

/// lv-1994's terms (s257 and the kinds of [`KINDS`]) and termination protections.
#[derive(Debug, Clone, Copy)]
pub struct TermRules;

fn unknown(what: &'static str, name: &str, names: &[&str]) -> Box<dyn std::error::Error + Send + Sync> {
    let m = Message::new("pack-error-unknown")
        .key("what", format!("pack-unknown-{}", what.replace(' ', "-")))
        .text("name", format!("{name:?}"))
        .text("names", names.join(", "));
    Box::new(MessageError::new(m, format!("unknown {what} {name:?}: expected one of {}", names.join(", "))))
}

/// A pay error as the commands receive it: its words as a message, its English as text.
fn pay_err(e: PayError) -> Box<dyn std::error::Error + Send + Sync> {
    Box::new(MessageError::new(e.message(), e.to_string()))
}

/// A term error as the commands receive it: its words as a message, its English as text.
fn term_err(e: terms::TermError) -> Box<dyn std::error::Error + Send + Sync> {
    Box::new(MessageError::new(e.message(), e.to_string()))
}

impl PayRules for Pay {
    fn monthly(&self, law: &Law, data: &Dataset, month: YearMonth) -> PackResult<MonthPays> {
        pay::monthly_all(law, data, month).map_err(pay_err)
    }

    fn average(
        &self,
        law: &Law,
        earnings: &[MonthEarnings],
        on: Day,
        days_worked: Option<u32>,
        week_days: u8,
    ) -> PackResult<Average> {
        pay::average(law, earnings, on, days_worked, week_days).map_err(pay_err)
    }

    fn leave(
        &self,
        law: &Law,
        employee_id: &str,
        avg: &Average,
        from: Day,
        to: Day,
        week_days: u8,
    ) -> PackResult<LeavePay> {
        pay::leave(law, employee_id, avg, from, to, week_days).map_err(pay_err)
    }

    fn severance_grounds(&self) -> Vec<Choice> {
        Ground::ALL
            .iter()
            .map(|g| Choice {
                name: g.name(),
                section: g.section(),
                help: if *g == Ground::S30P8 {
                    "six months of average earnings"
                } else {
                    "one month of average earnings"
                },
            })
            .collect()
    }

    fn severance(
        &self,
        law: &Law,
        employee_id: &str,
        ground: &str,
        monthly_average: Decimal,
        on: Day,
    ) -> PackResult<Severance> {
        let g = Ground::parse(ground).ok_or_else(|| unknown("ground", ground, &Ground::ALL.map(Ground::name)))?;
        pay::severance(law, employee_id, g, monthly_average, on).map_err(pay_err)
    }

    fn deduction_kinds(&self) -> Vec<Choice> {
        DeductionKind::ALL.iter().map(|(n, _)| Choice { name: n, section: "124", help: "" }).collect()
    }

    fn payment_kinds(&self) -> Vec<Choice> {
        PaymentKind::ALL.iter().map(|(n, _)| Choice { name: n, section: "125", help: "" }).collect()
    }

    fn deduction(
        &self,
        law: &Law,
        on: Day,
        payment: &str,
        kind: &str,
        amount: Decimal,
        deductions: Decimal,
    ) -> PackResult<DeductionCheck> {
        let k = DeductionKind::ALL
            .iter()
            .find(|(n, _)| *n == kind)
            .map(|(_, k)| *k)
            .ok_or_else(|| unknown("kind of deduction", kind, &DeductionKind::ALL.map(|(n, _)| n)))?;
        let p = PaymentKind::ALL
            .iter()
            .find(|(n, _)| *n == payment)
            .map(|(_, k)| *k)
            .ok_or_else(|| unknown("payment", payment, &PaymentKind::ALL.map(|(n, _)| n)))?;
        pay::deduction(law, on, p, k, amount, deductions).map_err(pay_err)
    }
}

impl Terms for TermRules {
    fn kinds(&self) -> Vec<TermKind> {
        decent_core::term::kind_list(KINDS)
    }

    fn deadline(
        &self,
        law: &Law,
        kind: &str,
        event: Day,
        absences: &[Absence],
        options: &[String],
        moved: &MovedDays,
    ) -> PackResult<Deadline> {
        let kind = Kind::parse(kind).ok_or_else(|| term_err(terms::TermError::UnknownKind(kind.to_string())))?;
        terms::deadline(law, &Request { kind, event, absences, options, moved }).map_err(term_err)
    }

    fn grounds(&self) -> Vec<Choice> {
        // `s33-1` is a point of s33; the liquidation of the employer is read under s34.
        decent_core::pack::ground_choices(GROUNDS, |name| {
            name.strip_prefix('s').and_then(|n| n.split('-').next()).unwrap_or("34")
        })
    }

    fn termination(
        &self,
        law: &Law,
        employee: &Employee,
        absences: &[Absence],
        date: Day,
        ground: &str,
        facts: &TerminationFacts<'_>,
    ) -> PackResult<Verdict> {
        let g = termination::Ground::parse(ground).map_err(term_err)?;
        termination::check(employee, absences, date, g, facts, law).map_err(term_err)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use decent_core::time::days_from_civil;

    /// The names the interfaces list are the names they accept, and an unknown one is refused
    /// with the list.
    #[test]
    fn listed_names_are_accepted_and_others_refused() {
        let law = crate::law().expect("the pack loads");
        let moved = MovedDays::new();
        let day = days_from_civil(1995, 3, 1);
        for k in TermRules.kinds() {
            let options: Vec<String> = Vec::new();
            assert!(TermRules.deadline(&law, k.name, day, &[], &options, &moved).is_ok(), "kind {}", k.name);
        }
        let e = TermRules.deadline(&law, "bogus", day, &[], &[], &moved).unwrap_err().to_string();
        assert!(e.contains("\"bogus\"") && e.contains("resignation"), "{e}");
        for g in Pay.severance_grounds() {
            assert!(Pay.severance(&law, "A", g.name, Decimal::from(100), day).is_ok(), "ground {}", g.name);
        }
        let e = Pay.severance(&law, "A", "s99-1", Decimal::ONE, day).unwrap_err().to_string();
        assert!(e.contains("s30-8"), "{e}");
        let e = Pay.deduction(&law, day, "remuneration", "bogus", Decimal::ONE, Decimal::ONE).unwrap_err().to_string();
        assert!(e.contains("ordinary"), "{e}");
        assert_eq!(TermRules.grounds().iter().find(|g| g.name == "s30-8").map(|g| g.section), Some("30"));
        assert_eq!(TermRules.grounds().iter().find(|g| g.name == "liquidation").map(|g| g.section), Some("34"));
    }
}
