//! `decent termination`: is a termination by the employer lawful for one employee?
//!
//! Exit status: 0 lawful, 1 refused (each refusal with its section), 2 bad input.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{anyhow, Context};
use decent_core::term::TerminationFacts;
use decent_core::time::{fmt_day, Day};
use serde_json::json;

use decent_core::{Message, Render};

use super::deadline::{pack_text, read_people, step_json, steps_table, Format, TermArgs};
use crate::output;
use crate::{CmdResult, Failure};

/// Flags of `decent termination`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The employee.
    #[arg(long, value_name = "ID")]
    pub employee: String,
    /// Employees CSV (sex, children, pregnancies, union_member, union_official, birth_date…).
    #[arg(long, value_name = "FILE")]
    pub employees: PathBuf,
    /// Absences CSV: employee_id,kind,from,to.
    #[arg(long, value_name = "FILE")]
    pub absences: Option<PathBuf>,
    /// The last day of employment.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub date: Day,
    /// The ground: s33-1, s33-1.1, s33-1.2, s33-2, s33-5, s33-6, s33-other, s30-3, s30-6, s30-8,
    /// liquidation.
    #[arg(long, value_name = "G")]
    pub ground: String,
    /// The trade union (for an elected official: its supreme institution) consented in advance.
    #[arg(long)]
    pub union_consent: bool,
    /// The day written notice was given to the employee personally (s35).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub notice_given: Option<Day>,
    /// Average monthly earnings (s103), from 0 to 1000000000: the severance owed is computed in
    /// money (s37).
    #[arg(long, value_name = "AMOUNT", value_parser = super::pay::parse_money)]
    pub earnings: Option<rust_decimal::Decimal>,
    /// The law, its overrides, moved days and the output format.
    #[command(flatten)]
    pub common: TermArgs,
}

/// Runs `decent termination`.
pub fn run(a: Args) -> CmdResult {
    let (law, moved) = a.common.load("termination")?;
    let cat = crate::i18n::catalog(&law)?;
    let terms = crate::laws::terms(&law).map_err(Failure::Input)?;
    let grounds = terms.grounds();
    let Some(ground) = grounds.iter().find(|g| g.name == a.ground.trim()) else {
        let names: Vec<&str> = grounds.iter().map(|g| g.name).collect();
        let m = Message::new("termination-unknown-ground")
            .text("ground", format!("{:?}", a.ground))
            .text("grounds", names.join(", "));
        return Err(Failure::Input(anyhow!(cat.render(&m))));
    };
    let schema = crate::laws::schema(&law).map_err(Failure::Input)?;
    let data = read_people(schema, Some(&a.employees), a.absences.as_deref()).map_err(Failure::Input)?;
    let idx = data.lookup(&a.employee).ok_or_else(|| {
        let m = Message::new("termination-no-employee")
            .text("employee", format!("{:?}", a.employee))
            .text("file", a.employees.display().to_string());
        Failure::Input(anyhow!(cat.render(&m)))
    })?;
    let employee = &data.employees[idx as usize];
    let facts = TerminationFacts { union_consent: a.union_consent, notice_given: a.notice_given, moved: &moved };
    let v = terms
        .termination(&law, employee, data.absences_of(idx), a.date, ground.name, &facts)
        .map_err(|e| Failure::Input(crate::cmd::pack_error(&cat, &*e, None)))?;
    let pay = match (&v.severance, a.earnings) {
        (Some(s), Some(e)) => Some(
            crate::laws::pay_rules(&law)
                .map_err(Failure::Input)?
                .severance(&law, &a.employee, s.ground, e, a.date)
                .map_err(|err| Failure::Input(anyhow!("--earnings {e}: {err}")))?,
        ),
        _ => None,
    };
    let ground_doc = pack_text(&cat, &format!("termination-ground-{}", ground.name.replace('.', "_")), ground.help);
    let status = |c: &decent_core::term::Check| cat.text(&format!("termination-status-{}", c.status.name()));
    let mut out = output::stdout();
    match a.common.format {
        Format::Json => {
            let doc = json!({
                "law": law.id,
                "law_hash": law.hash,
                "employee_id": a.employee,
                "date": fmt_day(a.date),
                "ground": ground.name,
                "ground_is": ground_doc,
                "lawful": v.lawful,
                "refused_by": v.refusals().map(|c| format!("s{}", c.section)).collect::<Vec<_>>(),
                "checks": v.checks.iter().map(|c| json!({"section": format!("s{}", c.section), "status": c.status.name(), "text": cat.render(&c.message), "message_key": c.message.key})).collect::<Vec<_>>(),
                "severance": v.severance.as_ref().map(|s| json!({"section": format!("s{}", s.section), "months": s.months, "text": cat.render(&s.message), "message_key": s.message.key, "amount": pay.as_ref().map(|p| p.payslip.total().to_string())})),
                "notice": v.notice.as_ref().map(|d| json!({"date": fmt_day(d.date), "steps": d.steps.iter().map(|s| step_json(&cat, s)).collect::<Vec<_>>()})),
            });
            serde_json::to_writer_pretty(&mut out, &doc).context("writing JSON")?;
            writeln!(out)?;
        }
        Format::Table => {
            let verdict = if v.lawful {
                cat.text("termination-lawful")
            } else {
                let secs: Vec<String> = v.refusals().map(|c| format!("s{}", c.section)).collect();
                cat.render(&Message::new("termination-refused").text("sections", secs.join(", ")))
            };
            let head = Message::new("termination-head")
                .text("employee", a.employee.clone())
                .day("date", a.date)
                .text("ground", ground.name)
                .text("verdict", verdict);
            writeln!(out, "{}\n", cat.render(&head))?;
            let rows: Vec<Vec<String>> =
                v.checks.iter().map(|c| vec![format!("s{}", c.section), status(c), cat.render(&c.message)]).collect();
            let cols = [
                cat.text("termination-col-section"),
                cat.text("termination-col-status"),
                cat.text("termination-col-check"),
            ];
            output::table(&mut out, &[cols[0].as_str(), cols[1].as_str(), cols[2].as_str()], &rows)?;
            match &v.severance {
                Some(s) => {
                    let m = Message::new("termination-severance-head")
                        .section("section", s.section.clone())
                        .msg("text", s.message.clone());
                    writeln!(out, "\n{}", cat.render(&m))?;
                    if let Some(p) = &pay {
                        let m = Message::new("termination-severance-amount")
                            .decimal("months", p.months)
                            .decimal("monthly", p.monthly)
                            .decimal("total", p.payslip.total())
                            .day("day", p.pay_by);
                        writeln!(out, "{}", cat.render(&m))?;
                    }
                }
                None => writeln!(
                    out,
                    "\n{}",
                    cat.render(&Message::new("termination-no-severance").text("ground", ground.name))
                )?,
            }
            if let Some(d) = &v.notice {
                writeln!(out, "\n{}", cat.text("termination-notice-term"))?;
                steps_table(&mut out, &cat, &d.steps)?;
            }
        }
    }
    out.flush()?;
    Ok(if v.lawful { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
