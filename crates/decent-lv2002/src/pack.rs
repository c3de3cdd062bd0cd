//! The pack's pay rules and terms as every command reaches them: the engine's neutral
//! [`PayRules`] and [`Terms`] interfaces over this pack's own functions.

use decent_core::model::{Absence, Dataset, Employee};
use decent_core::pack::{Choice, PackResult, PayRules, Terms};
use decent_core::pay::{Average, DeductionCheck, LeavePay, MonthEarnings, MonthPays, Severance, YearMonth};
use decent_core::term::{Deadline, MovedDays, TermKind, TerminationFacts, Verdict};
use decent_core::time::Day;
use decent_core::Law;
use rust_decimal::Decimal;

use crate::pay;
use crate::terms::termination::{self, GROUNDS, SEVERANCE_BANDS};
use crate::terms::{self, Kind, Request, KINDS};

/// lv-2002's pay rules (s62, s67, s68, s75, s112; the Remuneration Law's s14).
#[derive(Debug, Clone, Copy)]
pub struct Pay;

/// lv-2002's terms (s16, s100, s103) and the checks of a termination (s101, s109, s110, s112).
#[derive(Debug, Clone, Copy)]
pub struct TermRules;

impl PayRules for Pay {
    fn monthly(&self, law: &Law, data: &Dataset, month: YearMonth) -> PackResult<MonthPays> {
        Ok(pay::monthly_all(law, data, month)?)
    }

    fn average(
        &self,
        law: &Law,
        earnings: &[MonthEarnings],
        on: Day,
        days_worked: Option<u32>,
        week_days: u8,
    ) -> PackResult<Average> {
        Ok(pay::average(law, earnings, on, days_worked, week_days)?)
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
        Ok(pay::leave(law, employee_id, avg, from, to, week_days)?)
    }

    fn severance_grounds(&self) -> Vec<Choice> {
        const HELP: [&str; 4] = [
            "one month's average earnings: employed less than five years (s112(1) 1))",
            "two months': five to 10 years (s112(1) 2))",
            "three months': 10 to 20 years (s112(1) 3))",
            "four months': more than 20 years (s112(1) 4))",
        ];
        SEVERANCE_BANDS.iter().zip(HELP).map(|(b, help)| Choice { name: b.0, section: "112", help }).collect()
    }

    fn severance(
        &self,
        _law: &Law,
        employee_id: &str,
        ground: &str,
        monthly_average: Decimal,
        on: Day,
    ) -> PackResult<Severance> {
        Ok(pay::severance(employee_id, ground, monthly_average, on)?)
    }

    fn deduction_kinds(&self) -> Vec<Choice> {
        Vec::new()
    }

    fn payment_kinds(&self) -> Vec<Choice> {
        Vec::new()
    }

    fn deduction(
        &self,
        _law: &Law,
        _on: Day,
        _payment: &str,
        _kind: &str,
        _amount: Decimal,
        _deductions: Decimal,
    ) -> PackResult<DeductionCheck> {
        Err("lv-2002: deductions from pay (s79) are not encoded in this pack; no check is made".into())
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
        let kind = Kind::parse(kind).ok_or_else(|| terms::TermError::UnknownKind(kind.to_string()))?;
        Ok(terms::deadline(law, &Request { kind, event, absences, options, moved })?)
    }

    fn grounds(&self) -> Vec<Choice> {
        decent_core::pack::ground_choices(GROUNDS, |_| "101")
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
        let g = termination::Ground::parse(ground)?;
        Ok(termination::check(employee, absences, date, g, facts, law)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::terms::termination::severance_band;
    use decent_core::time::days_from_civil;

    /// The names the interfaces list are the names they accept, and an unknown one is refused
    /// with the list.
    #[test]
    fn listed_names_are_accepted_and_others_refused() {
        let law = crate::law().expect("the pack loads");
        let moved = MovedDays::new();
        let day = days_from_civil(2026, 3, 2);
        let ground = vec!["s101-9".to_string()];
        for k in TermRules.kinds() {
            let options: &[String] = if k.name == "notice" { &ground } else { &[] };
            assert!(TermRules.deadline(&law, k.name, day, &[], options, &moved).is_ok(), "kind {}", k.name);
        }
        let e = TermRules.deadline(&law, "probation", day, &[], &[], &moved).unwrap_err().to_string();
        assert!(e.contains("\"probation\"") && e.contains("resignation, notice"), "{e}");
        for g in Pay.severance_grounds() {
            assert!(Pay.severance(&law, "A", g.name, Decimal::from(100), day).is_ok(), "ground {}", g.name);
        }
        let e = Pay.severance(&law, "A", "s30-8", Decimal::ONE, day).unwrap_err().to_string();
        assert!(e.contains("over-20-years"), "{e}");
        assert_eq!(TermRules.grounds().len(), 11);
        let e = TermRules
            .termination(
                &law,
                &Employee::new("A"),
                &[],
                day,
                "s33-1",
                &TerminationFacts { union_consent: false, notice_given: None, moved: &moved },
            )
            .unwrap_err()
            .to_string();
        assert!(e.contains("s101-11"), "{e}");
    }

    /// Source: s112(1). Less than five years: the first point; five to ten: the second; exactly
    /// ten: the third by default (s112.band_edge); up to and including 20: the third; more than
    /// 20: the fourth.
    #[test]
    fn severance_bands_by_years_of_service() {
        let hired = days_from_civil(2006, 2, 28);
        let on = |y: i32, m: u32, d: u32| days_from_civil(y, m, d);
        assert_eq!(severance_band(hired, on(2011, 2, 27), true), 0);
        assert_eq!(severance_band(hired, on(2011, 2, 28), true), 1);
        assert_eq!(severance_band(hired, on(2016, 2, 27), true), 1);
        assert_eq!(severance_band(hired, on(2016, 2, 28), true), 2);
        assert_eq!(severance_band(hired, on(2016, 2, 28), false), 1);
        assert_eq!(severance_band(hired, on(2026, 2, 28), true), 2);
        assert_eq!(severance_band(hired, on(2026, 3, 1), true), 3);
    }
}
