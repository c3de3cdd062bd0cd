//! `decent pay`: monthly payslips from shifts, and the `average`, `leave`, `severance` and
//! `deduction` calculators. Every amount is a line `quantity × rate × multiplier = amount` with
//! its section; bad input exits 2 naming the file, line and column.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context};
use decent_core::pay::Average;
use decent_core::pay::{MonthEarnings, PayLine, Payslip, YearMonth};
use decent_core::time::{fmt_day, Day};
use decent_core::Law;
use decent_core::PayRules;
use rust_decimal::Decimal;
use serde_json::json;

use crate::output;
use crate::{CmdResult, Failure};

/// The header of pay lines as CSV.
const CSV_HEADER: [&str; 8] =
    ["employee_id", "component", "section", "quantity", "unit", "rate", "multiplier", "amount"];

/// Output format of `decent pay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PayFormat {
    /// Aligned text for a terminal.
    Table,
    /// One JSON document.
    Json,
    /// CSV, one pay line a row.
    Csv,
}

/// Flags of `decent pay` (monthly payslips) and its calculators.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
pub struct Args {
    /// A calculator instead of monthly payslips.
    #[command(subcommand)]
    pub command: Option<PayCommand>,
    /// Shifts CSV: employee_id,start,end[,break_minutes,kind,idle_minutes,…].
    #[arg(long, value_name = "FILE", required = true)]
    pub shifts: Option<PathBuf>,
    /// Employees CSV with hourly_rate or monthly_salary (and weekly_norm_hours, week_days…).
    #[arg(long, value_name = "FILE", required = true)]
    pub employees: Option<PathBuf>,
    /// Absences CSV: employee_id,kind,from,to (a `day_off` compensates festive or holiday work).
    #[arg(long, value_name = "FILE")]
    pub absences: Option<PathBuf>,
    /// The month to pay, YYYY-MM.
    #[arg(long, value_name = "YYYY-MM", value_parser = parse_month, required = true)]
    pub month: Option<YearMonth>,
    /// Explain how each line of this employee's payslip was derived.
    #[arg(long, value_name = "EMPLOYEE")]
    pub explain: Option<String>,
    #[command(flatten)]
    pub common: Common,
}

/// Flags every form of `decent pay` takes.
#[derive(Debug, clap::Args)]
pub struct Common {
    /// The law.
    #[arg(long, default_value = crate::laws::DEFAULT, value_name = "ID", global = true)]
    pub law: String,
    /// Override a parameter: NAME=VALUE or NAME@YYYY-MM-DD=VALUE (repeatable), e.g.
    /// --set s83.minimum_monthly=38 (the seed states no minimum amount).
    #[arg(long = "set", value_name = "NAME=VALUE", global = true)]
    pub set: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = PayFormat::Table, global = true)]
    pub format: PayFormat,
}

/// The calculators.
#[derive(Debug, clap::Subcommand)]
pub enum PayCommand {
    /// Average earnings on a day (s103): monthly, daily for leave, daily for other cases.
    Average(AverageArgs),
    /// Pay for a paid leave (s103, s72) and the day it is due (s101).
    Leave(LeaveArgs),
    /// Severance on a ground of termination (s37), due on the day of firing (s102).
    Severance(SeveranceArgs),
    /// Whether deductions from a payment are within the caps (s124, s125).
    Deduction(DeductionArgs),
}

/// The earnings an average rests on.
#[derive(Debug, clap::Args)]
pub struct EarningsArgs {
    /// Earnings CSV: `employee_id,month,amount[,days_worked]`.
    #[arg(long, value_name = "FILE")]
    pub earnings: PathBuf,
    /// The employee.
    #[arg(long, value_name = "ID")]
    pub employee: String,
    /// Days worked in the last month (when the employee worked less than two months).
    #[arg(long, value_name = "N")]
    pub days_worked: Option<u32>,
    /// Days in the employee's working week (5 or 6), for the work-day divisor and the day leave
    /// pay is due (s101, s61: on a five-day week Saturday and Sunday are holidays).
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = clap::value_parser!(u8).range(5..=6))]
    pub week_days: u8,
}

/// Flags of `decent pay average`.
#[derive(Debug, clap::Args)]
pub struct AverageArgs {
    #[command(flatten)]
    pub earnings: EarningsArgs,
    /// The day the average is for (the two calendar months before its month are averaged).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub on: Day,
}

/// Flags of `decent pay leave`.
#[derive(Debug, clap::Args)]
pub struct LeaveArgs {
    #[command(flatten)]
    pub earnings: EarningsArgs,
    /// First day of the leave.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub from: Day,
    /// Last day of the leave (inclusive); a leave is at most ten years (3,653 days) long.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub to: Day,
}

/// Flags of `decent pay severance`.
#[derive(Debug, clap::Args)]
pub struct SeveranceArgs {
    #[command(flatten)]
    pub earnings: EarningsArgs,
    /// The day of firing.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub on: Day,
    /// The ground: s30-3, s30-6, s33-1, s33-1.1, s33-1.2, s33-2, s33-6 (one month), s30-8
    /// (labour-protection breach: six months).
    #[arg(long, value_name = "G")]
    pub ground: String,
}

/// Flags of `decent pay deduction`.
#[derive(Debug, clap::Args)]
pub struct DeductionArgs {
    /// The payment deducted from (0 to 1000000000).
    #[arg(long, value_name = "X", value_parser = parse_money)]
    pub amount: Decimal,
    /// The sum of the deductions (0 to 1000000000).
    #[arg(long, value_name = "Y", value_parser = parse_money)]
    pub deductions: Decimal,
    /// What the deductions are for: ordinary (20 %), special (50 %), several-warrants (keep
    /// 50 %), alimony-minors or punitive-labour (no cap).
    #[arg(long, value_name = "KIND", default_value = "ordinary")]
    pub kind: String,
    /// The payment: remuneration, severance or compensation (nothing may be deducted from the
    /// last two, s125).
    #[arg(long, value_name = "PAYMENT", default_value = "remuneration")]
    pub payment: String,
    /// The day of the payment (for dated parameters; default: the latest values).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub on: Option<Day>,
}

fn parse_month(s: &str) -> Result<YearMonth, String> {
    YearMonth::parse(s).ok_or_else(|| format!("expected a month YYYY-MM, found {s:?}"))
}

/// An amount of money on the command line: a decimal from 0 to 10⁹
/// ([`decent_core::pay::MAX_MONEY`]); anything beyond is refused before any arithmetic.
pub(crate) fn parse_money(s: &str) -> Result<Decimal, String> {
    let max = decent_core::pay::MAX_MONEY;
    let shown: String = s.chars().take(40).collect();
    let shown = if shown.len() < s.len() { format!("{shown}…") } else { shown };
    s.trim()
        .parse::<Decimal>()
        .ok()
        .filter(|d| *d >= Decimal::ZERO && *d <= max)
        .ok_or_else(|| format!("expected an amount from 0 to {max} like 123.45, found {shown:?}"))
}

fn input(e: impl Into<anyhow::Error>) -> Failure {
    Failure::Input(e.into())
}

/// Runs `decent pay`.
pub fn run(a: Args) -> CmdResult {
    let law = crate::laws::load(&a.common.law, &a.common.set).map_err(Failure::Input)?;
    let rules = crate::laws::pay_rules(&law).map_err(Failure::Input)?;
    let format = a.common.format;
    match a.command {
        Some(PayCommand::Average(c)) => run_average(rules, &law, &c, format),
        Some(PayCommand::Leave(c)) => run_leave(rules, &law, &c, format),
        Some(PayCommand::Severance(c)) => run_severance(rules, &law, &c, format),
        Some(PayCommand::Deduction(c)) => run_deduction(rules, &law, &c, format),
        None => run_month(rules, &law, &a, format),
    }
}

fn run_month(rules: &dyn PayRules, law: &Law, a: &Args, format: PayFormat) -> CmdResult {
    let (Some(shifts), Some(employees), Some(month)) = (&a.shifts, &a.employees, a.month) else {
        return Err(input(anyhow!("decent pay needs --shifts, --employees and --month (or a calculator)")));
    };
    let inputs = decent_io::Inputs {
        shifts: shifts.clone(),
        employees: Some(employees.clone()),
        absences: a.absences.clone(),
        schema: crate::laws::schema(law).map_err(input)?,
        ..decent_io::Inputs::default()
    };
    let (data, warnings) = decent_io::load(&inputs).map_err(input)?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    if let Some(id) = &a.explain {
        if data.lookup(id).is_none() {
            return Err(input(anyhow!("--explain {id:?}: no such employee in {}", employees.display())));
        }
    }
    let mut result = rules.monthly(law, &data, month).map_err(|e| input(anyhow!("{}: {e}", employees.display())))?;
    for p in &mut result.pays {
        if a.explain.as_deref() != Some(p.payslip.employee_id()) {
            p.payslip.strip_basis();
        }
    }
    let mut out = output::stdout();
    match format {
        PayFormat::Json => {
            let doc = json!({
                "law": law.id,
                "law_hash": law.hash,
                "month": month.to_string(),
                "payslips": result.pays.iter().map(|p| {
                    let mut v = serde_json::to_value(&p.payslip).unwrap_or_default();
                    if let Some(o) = v.as_object_mut() {
                        o.insert("lines".into(), lines_json(law, &p.payslip, month.first()));
                    }
                    if let Some(o) = v.as_object_mut() {
                        o.insert("minimum".into(), serde_json::to_value(&p.minimum).unwrap_or_default());
                        o.insert("notes".into(), json!(p.notes));
                    }
                    v
                }).collect::<Vec<_>>(),
                "skipped": result.skipped.iter().map(|id| json!({"employee_id": id, "reason": "no hourly_rate or monthly_salary"})).collect::<Vec<_>>(),
                "input_warnings": warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc).context("writing JSON")?;
            writeln!(out)?;
        }
        PayFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            output::csv_record(&mut w, CSV_HEADER)?;
            for p in &result.pays {
                write_csv_lines(&mut w, &p.payslip)?;
            }
            w.flush()?;
        }
        PayFormat::Table => {
            for p in &result.pays {
                write_payslip(&mut out, &p.payslip)?;
                writeln!(out, "  minimum pay ({}): {}", p.minimum.section, p.minimum.note)?;
                for n in &p.notes {
                    writeln!(out, "  note: {n}")?;
                }
                if a.explain.as_deref() == Some(p.payslip.employee_id()) {
                    write_explanation(&mut out, &p.payslip)?;
                }
                writeln!(out)?;
            }
            for id in &result.skipped {
                writeln!(out, "{id}: no payslip (no hourly_rate or monthly_salary in the employees file)")?;
            }
            writeln!(out, "{} payslips for {month}", result.pays.len())?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_csv_lines<W: Write>(w: &mut csv::Writer<W>, p: &Payslip) -> anyhow::Result<()> {
    for l in p.lines() {
        output::csv_record(
            w,
            [
                p.employee_id(),
                &l.component,
                &l.section,
                &l.quantity.to_string(),
                &l.unit,
                &l.rate.to_string(),
                &l.multiplier.to_string(),
                &l.amount.to_string(),
            ],
        )?;
    }
    output::csv_record(w, [p.employee_id(), "total", "", "", "", "", "", &p.total().to_string()])?;
    Ok(())
}

fn show_rate(r: Decimal) -> String {
    let short = r.round_dp(4).normalize();
    if short == r.normalize() {
        short.to_string()
    } else {
        format!("{short}…")
    }
}

fn write_payslip(out: &mut impl Write, p: &Payslip) -> anyhow::Result<()> {
    writeln!(out, "{}: total {}", p.employee_id(), p.total())?;
    let rows: Vec<Vec<String>> = p
        .lines()
        .iter()
        .map(|l: &PayLine| {
            vec![
                l.section.clone(),
                format!("{} {}", l.quantity, l.unit),
                show_rate(l.rate),
                format!("×{}", l.multiplier),
                l.amount.to_string(),
                l.component.clone(),
            ]
        })
        .collect();
    output::table(out, &["  section", "quantity", "rate", "multiplier", "amount", "component"], &indent(rows))?;
    Ok(())
}

fn indent(mut rows: Vec<Vec<String>>) -> Vec<Vec<String>> {
    for r in &mut rows {
        if let Some(c) = r.first_mut() {
            c.insert_str(0, "  ");
        }
    }
    rows
}

fn write_explanation(out: &mut impl Write, p: &Payslip) -> anyhow::Result<()> {
    writeln!(out, "  how each line was derived:")?;
    for l in p.lines() {
        writeln!(
            out,
            "  - {} ({}): {} {} × {} × {} = {}",
            l.component, l.section, l.quantity, l.unit, l.rate, l.multiplier, l.amount
        )?;
        if !l.params.is_empty() {
            writeln!(out, "      parameters: {}", l.params.join(", "))?;
        }
        for b in &l.basis {
            writeln!(out, "      {}", b.note)?;
        }
    }
    Ok(())
}

fn load_earnings(e: &EarningsArgs) -> Result<Vec<MonthEarnings>, Failure> {
    let name = e.earnings.display().to_string();
    let bytes = read_file(&e.earnings)?;
    let (rows, warnings) =
        decent_io::earnings::read_earnings(&name, &bytes, &decent_io::ColumnMap::default()).map_err(input)?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let mine: Vec<MonthEarnings> =
        rows.into_iter().filter(|r| r.employee_id == e.employee).map(|r| r.earnings).collect();
    if mine.is_empty() {
        return Err(input(anyhow!("{name}: no earnings rows for employee {:?}", e.employee)));
    }
    Ok(mine)
}

fn read_file(p: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(p)
        .map_err(|err| input(decent_io::InputError::file(&p.display().to_string(), format!("a readable file ({err})"))))
}

fn average_of(rules: &dyn PayRules, law: &Law, e: &EarningsArgs, on: Day) -> Result<Average, Failure> {
    let rows = load_earnings(e)?;
    rules
        .average(law, &rows, on, e.days_worked, e.week_days)
        .map_err(|err| input(anyhow!("{}: employee {}: {err}", e.earnings.display(), e.employee)))
}

/// A payslip's lines as JSON, each with its `rate_source` on `day` (the law and the sections it
/// cites, or the `--set` that changed a parameter the line read).
fn lines_json(law: &Law, slip: &Payslip, day: Day) -> serde_json::Value {
    serde_json::Value::Array(
        slip.lines()
            .iter()
            .map(|l| {
                let mut v = serde_json::to_value(l).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("rate_source".into(), json!(decent_core::view::rate_source(law, l, day)));
                }
                v
            })
            .collect(),
    )
}

/// Writes a calculator's result; its JSON names the law and the law's hash first.
fn emit(
    law: &Law,
    format: PayFormat,
    doc: &serde_json::Value,
    table: &[(String, String)],
    slip: Option<&Payslip>,
) -> CmdResult {
    let mut out = output::stdout();
    match format {
        PayFormat::Json => {
            let mut named = serde_json::Map::new();
            named.insert("law".into(), json!(law.id));
            named.insert("law_hash".into(), json!(law.hash));
            if let Some(o) = doc.as_object() {
                named.extend(o.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
            serde_json::to_writer_pretty(&mut out, &named).context("writing JSON")?;
            writeln!(out)?;
        }
        PayFormat::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            match slip {
                Some(p) => {
                    output::csv_record(&mut w, CSV_HEADER)?;
                    write_csv_lines(&mut w, p)?;
                }
                None => {
                    output::csv_record(&mut w, ["name", "value"])?;
                    for (k, v) in table {
                        output::csv_record(&mut w, [k, v])?;
                    }
                }
            }
            w.flush()?;
        }
        PayFormat::Table => {
            let rows: Vec<Vec<String>> = table.iter().map(|(k, v)| vec![k.clone(), v.clone()]).collect();
            output::table(&mut out, &["", ""], &rows)?;
            if let Some(p) = slip {
                writeln!(out)?;
                write_payslip(&mut out, p)?;
                write_explanation(&mut out, p)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn run_average(rules: &dyn PayRules, law: &Law, c: &AverageArgs, format: PayFormat) -> CmdResult {
    let avg = average_of(rules, law, &c.earnings, c.on)?;
    let doc = json!({
        "employee_id": c.earnings.employee,
        "on": fmt_day(c.on),
        "section": "s103",
        "months": avg.months,
        "monthly": avg.monthly,
        "daily_leave": avg.daily_leave,
        "daily_other": avg.daily_other,
        "work_days_per_month": avg.work_days_per_month,
        "short_service": avg.short_service,
        "how": avg.how,
    });
    let table = vec![
        ("employee".into(), c.earnings.employee.clone()),
        ("on".into(), fmt_day(c.on)),
        ("months".into(), avg.months.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
        ("monthly (s103)".into(), show_rate(avg.monthly)),
        ("daily, leave".into(), show_rate(avg.daily_leave)),
        ("daily, other".into(), show_rate(avg.daily_other)),
        ("how".into(), avg.how.clone()),
    ];
    emit(law, format, &doc, &table, None)
}

fn run_leave(rules: &dyn PayRules, law: &Law, c: &LeaveArgs, format: PayFormat) -> CmdResult {
    if c.to < c.from {
        return Err(input(anyhow!("--to must not be before --from")));
    }
    let avg = average_of(rules, law, &c.earnings, c.from)?;
    let l = rules
        .leave(law, &c.earnings.employee, &avg, c.from, c.to, c.earnings.week_days)
        .map_err(|e| input(anyhow!("leave of {}: {e}", c.earnings.employee)))?;
    let doc = json!({
        "employee_id": c.earnings.employee,
        "from": fmt_day(l.from),
        "to": fmt_day(l.to),
        "days": l.days,
        "festive_excluded": l.festive_excluded,
        "daily_leave": l.daily_leave,
        "lines": lines_json(law, &l.payslip, l.from),
        "total": l.payslip.total(),
        "pay_by": fmt_day(l.pay_by),
        "pay_by_section": "s101",
    });
    let table = vec![
        ("employee".into(), c.earnings.employee.clone()),
        ("leave".into(), format!("{} to {}", fmt_day(l.from), fmt_day(l.to))),
        ("calendar work-days".into(), l.days.to_string()),
        ("festive days excluded (s72)".into(), l.festive_excluded.join(", ")),
        ("total".into(), l.payslip.total().to_string()),
        ("pay by (s101)".into(), fmt_day(l.pay_by)),
    ];
    emit(law, format, &doc, &table, Some(&l.payslip))
}

fn run_severance(rules: &dyn PayRules, law: &Law, c: &SeveranceArgs, format: PayFormat) -> CmdResult {
    let avg = average_of(rules, law, &c.earnings, c.on)?;
    let s = rules
        .severance(law, &c.earnings.employee, &c.ground, avg.monthly, c.on)
        .map_err(|e| input(anyhow!("severance of {}: {e}", c.earnings.employee)))?;
    let ground_section = rules.severance_grounds().iter().find(|g| g.name == s.ground).map(|g| law.cite(g.section));
    let doc = json!({
        "employee_id": c.earnings.employee,
        "on": fmt_day(c.on),
        "ground": s.ground,
        "ground_section": ground_section.as_deref(),
        "months": s.months,
        "monthly": s.monthly,
        "lines": lines_json(law, &s.payslip, c.on),
        "total": s.payslip.total(),
        "pay_by": fmt_day(s.pay_by),
        "pay_by_section": "s102",
        "deductions_allowed": s.deductions_allowed,
        "average": avg.how,
    });
    let table = vec![
        ("employee".into(), c.earnings.employee.clone()),
        ("ground".into(), format!("{} ({})", s.ground, ground_section.as_deref().unwrap_or(""))),
        ("months of average earnings (s37)".into(), s.months.to_string()),
        ("average monthly (s103)".into(), show_rate(s.monthly)),
        ("total".into(), s.payslip.total().to_string()),
        ("pay on (s102)".into(), fmt_day(s.pay_by)),
        ("deductions".into(), "none allowed (s125)".into()),
    ];
    emit(law, format, &doc, &table, Some(&s.payslip))
}

fn run_deduction(rules: &dyn PayRules, law: &Law, c: &DeductionArgs, format: PayFormat) -> CmdResult {
    let on = c.on.unwrap_or(i32::MAX / 2);
    let d = rules.deduction(law, on, &c.payment, &c.kind, c.amount, c.deductions).map_err(|e| input(anyhow!(e)))?;
    let doc = serde_json::to_value(&d).context("writing JSON")?;
    let table = vec![
        ("amount".into(), d.amount.to_string()),
        ("deductions".into(), d.deductions.to_string()),
        ("cap".into(), d.cap.map_or_else(|| "none".to_string(), |c| c.to_string())),
        ("excess".into(), d.excess.to_string()),
        ("lawful".into(), d.lawful.to_string()),
        ("why".into(), format!("{} ({})", d.reason, d.section)),
    ];
    emit(law, format, &doc, &table, None)?;
    Ok(if d.lawful { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
