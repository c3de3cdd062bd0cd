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
use decent_core::PayRules;
use decent_core::{Law, Message, Render};
use rust_decimal::Decimal;
use serde_json::json;

use crate::i18n::Catalog;
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
    let cat = crate::i18n::catalog(&law)?;
    let format = a.common.format;
    let ctx = Out { law: &law, cat: &cat, format };
    match a.command {
        Some(PayCommand::Average(c)) => run_average(rules, &ctx, &c),
        Some(PayCommand::Leave(c)) => run_leave(rules, &ctx, &c),
        Some(PayCommand::Severance(c)) => run_severance(rules, &ctx, &c),
        Some(PayCommand::Deduction(c)) => run_deduction(rules, &ctx, &c),
        None => run_month(rules, &ctx, &a),
    }
}

/// What every form of output needs: the law, the run's catalogue, the format.
struct Out<'a> {
    law: &'a Law,
    cat: &'a Catalog,
    format: PayFormat,
}

impl Out<'_> {
    fn t(&self, key: &str) -> String {
        self.cat.text(key)
    }

    fn r(&self, m: &Message) -> String {
        self.cat.render(m)
    }

    /// A unit of a quantity in the reader's language (`h`, `days`, `month`, `months`).
    fn unit(&self, u: &str) -> String {
        let key = format!("pay-unit-{u}");
        if self.cat.has(&key) {
            self.t(&key)
        } else {
            u.to_string()
        }
    }
}

fn run_month(rules: &dyn PayRules, o: &Out<'_>, a: &Args) -> CmdResult {
    let (law, format) = (o.law, o.format);
    let (Some(shifts), Some(employees), Some(month)) = (&a.shifts, &a.employees, a.month) else {
        return Err(input(anyhow!(o.t("pay-needs-inputs"))));
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
        eprintln!("{}", crate::cmd::warning(o.cat, w));
    }
    if let Some(id) = &a.explain {
        if data.lookup(id).is_none() {
            let m = Message::new("pay-explain-no-employee")
                .text("employee", format!("{id:?}"))
                .text("file", employees.display().to_string());
            return Err(input(anyhow!(o.r(&m))));
        }
    }
    let mut result = rules.monthly(law, &data, month).map_err(|e| {
        let at = Message::new("pay-error-in-file").text("file", employees.display().to_string());
        input(crate::cmd::pack_error(o.cat, &*e, Some(at)))
    })?;
    for p in &mut result.pays {
        if a.explain.as_deref() != Some(p.payslip.employee_id()) {
            p.payslip.strip_basis();
        }
    }
    let cat = o.cat;
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
                        o.insert("lines".into(), lines_json(law, cat, &p.payslip, month.first()));
                    }
                    if let Some(o) = v.as_object_mut() {
                        let mut m = serde_json::to_value(&p.minimum).unwrap_or_default();
                        if let Some(mo) = m.as_object_mut() {
                            mo.insert("note".into(), json!(cat.render(&p.minimum.note)));
                            mo.insert("message_key".into(), json!(p.minimum.note.key));
                        }
                        o.insert("minimum".into(), m);
                        o.insert("notes".into(), json!(p.notes.iter().map(|n| cat.render(n)).collect::<Vec<_>>()));
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
                write_csv_lines(&mut w, cat, &p.payslip)?;
            }
            w.flush()?;
        }
        PayFormat::Table => {
            for p in &result.pays {
                write_payslip(&mut out, o, &p.payslip)?;
                let m = Message::new("pay-minimum-line")
                    .text("section", p.minimum.section.clone())
                    .msg("note", p.minimum.note.clone());
                writeln!(out, "  {}", o.r(&m))?;
                for n in &p.notes {
                    writeln!(out, "  {}", o.r(&Message::new("pay-note-line").msg("note", n.clone())))?;
                }
                if a.explain.as_deref() == Some(p.payslip.employee_id()) {
                    write_explanation(&mut out, o, &p.payslip)?;
                }
                writeln!(out)?;
            }
            for id in &result.skipped {
                writeln!(out, "{}", o.r(&Message::new("pay-skipped").text("employee", id.clone())))?;
            }
            let count =
                Message::new("pay-count").count("count", result.pays.len() as i64).text("month", month.to_string());
            writeln!(out, "{}", o.r(&count))?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_csv_lines<W: Write>(w: &mut csv::Writer<W>, cat: &Catalog, p: &Payslip) -> anyhow::Result<()> {
    for l in p.lines() {
        output::csv_record(
            w,
            [
                p.employee_id(),
                &cat.render(&l.label),
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

fn write_payslip(out: &mut impl Write, o: &Out<'_>, p: &Payslip) -> anyhow::Result<()> {
    let head = Message::new("pay-payslip-head")
        .text("employee", p.employee_id().to_string())
        .text("total", p.total().to_string());
    writeln!(out, "{}", o.r(&head))?;
    let rows: Vec<Vec<String>> = p
        .lines()
        .iter()
        .map(|l: &PayLine| {
            vec![
                l.section.clone(),
                format!("{} {}", l.quantity, o.unit(&l.unit)),
                show_rate(l.rate),
                format!("×{}", l.multiplier),
                l.amount.to_string(),
                o.r(&l.label),
            ]
        })
        .collect();
    let cols =
        ["section", "quantity", "rate", "multiplier", "amount", "component"].map(|c| o.t(&format!("pay-col-{c}")));
    let first = format!("  {}", cols[0]);
    let head = [first.as_str(), &cols[1], &cols[2], &cols[3], &cols[4], &cols[5]];
    output::table(out, &head, &indent(rows))?;
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

fn write_explanation(out: &mut impl Write, o: &Out<'_>, p: &Payslip) -> anyhow::Result<()> {
    writeln!(out, "  {}", o.t("pay-how-derived"))?;
    for l in p.lines() {
        writeln!(
            out,
            "  - {} ({}): {} {} × {} × {} = {}",
            o.r(&l.label),
            l.section,
            l.quantity,
            o.unit(&l.unit),
            l.rate,
            l.multiplier,
            l.amount
        )?;
        if !l.params.is_empty() {
            writeln!(out, "      {}", o.r(&Message::new("pay-parameters").text("names", l.params.join(", "))))?;
        }
        for b in &l.basis {
            writeln!(out, "      {}", o.r(&b.note))?;
        }
    }
    Ok(())
}

fn load_earnings(o: &Out<'_>, e: &EarningsArgs) -> Result<Vec<MonthEarnings>, Failure> {
    let name = e.earnings.display().to_string();
    let bytes = read_file(&e.earnings)?;
    let (rows, warnings) =
        decent_io::earnings::read_earnings(&name, &bytes, &decent_io::ColumnMap::default()).map_err(input)?;
    for w in &warnings {
        eprintln!("{}", crate::cmd::warning(o.cat, w));
    }
    let mine: Vec<MonthEarnings> =
        rows.into_iter().filter(|r| r.employee_id == e.employee).map(|r| r.earnings).collect();
    if mine.is_empty() {
        let m = Message::new("pay-no-earnings").text("file", name).text("employee", format!("{:?}", e.employee));
        return Err(input(anyhow!(o.r(&m))));
    }
    Ok(mine)
}

fn read_file(p: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(p).map_err(|err| input(decent_io::InputError::unreadable(&p.display().to_string(), &err)))
}

fn average_of(rules: &dyn PayRules, o: &Out<'_>, e: &EarningsArgs, on: Day) -> Result<Average, Failure> {
    let rows = load_earnings(o, e)?;
    rules.average(o.law, &rows, on, e.days_worked, e.week_days).map_err(|err| {
        let at = Message::new("pay-error-earnings-of")
            .text("file", e.earnings.display().to_string())
            .text("employee", e.employee.clone());
        input(crate::cmd::pack_error(o.cat, &*err, Some(at)))
    })
}

/// A payslip's lines as JSON, each with its `component` in the run's language and the key of its
/// message (`message_key`, the same in every language), its basis notes in the run's language,
/// and its `rate_source` on `day` (the law and the sections it cites, or the `--set` that changed
/// a parameter the line read).
fn lines_json(law: &Law, cat: &Catalog, slip: &Payslip, day: Day) -> serde_json::Value {
    serde_json::Value::Array(
        slip.lines()
            .iter()
            .map(|l| {
                let v = serde_json::to_value(l).unwrap_or_default();
                let mut o = serde_json::Map::new();
                o.insert("component".into(), json!(cat.render(&l.label)));
                o.insert("message_key".into(), json!(l.label.key));
                if let serde_json::Value::Object(fields) = v {
                    for (k, mut x) in fields {
                        if k == "basis" {
                            if let serde_json::Value::Array(bs) = &mut x {
                                for (b, basis) in bs.iter_mut().zip(&l.basis) {
                                    if let Some(bo) = b.as_object_mut() {
                                        bo.insert("note".into(), json!(cat.render(&basis.note)));
                                    }
                                }
                            }
                        }
                        o.insert(k, x);
                    }
                }
                o.insert("rate_source".into(), json!(decent_core::view::rate_source(law, l, day)));
                serde_json::Value::Object(o)
            })
            .collect(),
    )
}

/// Writes a calculator's result; its JSON names the law and the law's hash first.
fn emit(o: &Out<'_>, doc: &serde_json::Value, table: &[(String, String)], slip: Option<&Payslip>) -> CmdResult {
    let law = o.law;
    let mut out = output::stdout();
    match o.format {
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
                    write_csv_lines(&mut w, o.cat, p)?;
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
                write_payslip(&mut out, o, p)?;
                write_explanation(&mut out, o, p)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn run_average(rules: &dyn PayRules, o: &Out<'_>, c: &AverageArgs) -> CmdResult {
    let avg = average_of(rules, o, &c.earnings, c.on)?;
    let how = o.r(&avg.how);
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
        "how": how,
        "message_key": avg.how.key,
    });
    let table = vec![
        (o.t("pay-row-employee"), c.earnings.employee.clone()),
        (o.t("pay-row-on"), fmt_day(c.on)),
        (o.t("pay-row-months"), avg.months.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
        (o.t("pay-row-monthly"), show_rate(avg.monthly)),
        (o.t("pay-row-daily-leave"), show_rate(avg.daily_leave)),
        (o.t("pay-row-daily-other"), show_rate(avg.daily_other)),
        (o.t("pay-row-how"), how),
    ];
    emit(o, &doc, &table, None)
}

fn run_leave(rules: &dyn PayRules, o: &Out<'_>, c: &LeaveArgs) -> CmdResult {
    if c.to < c.from {
        return Err(input(anyhow!(o.t("pay-to-before-from"))));
    }
    let avg = average_of(rules, o, &c.earnings, c.from)?;
    let l = rules.leave(o.law, &c.earnings.employee, &avg, c.from, c.to, c.earnings.week_days).map_err(|e| {
        let at = Message::new("pay-error-leave-of").text("employee", c.earnings.employee.clone());
        input(crate::cmd::pack_error(o.cat, &*e, Some(at)))
    })?;
    let festive: Vec<String> =
        l.festive_excluded.iter().map(|(d, name)| format!("{} ({})", fmt_day(*d), o.r(name))).collect();
    let doc = json!({
        "employee_id": c.earnings.employee,
        "from": fmt_day(l.from),
        "to": fmt_day(l.to),
        "days": l.days,
        "festive_excluded": festive,
        "daily_leave": l.daily_leave,
        "lines": lines_json(o.law, o.cat, &l.payslip, l.from),
        "total": l.payslip.total(),
        "pay_by": fmt_day(l.pay_by),
        "pay_by_section": "s101",
    });
    let table = vec![
        (o.t("pay-row-employee"), c.earnings.employee.clone()),
        (o.t("pay-row-leave"), o.r(&Message::new("pay-from-to").day("from", l.from).day("to", l.to))),
        (o.t("pay-row-work-days"), l.days.to_string()),
        (o.t("pay-row-festive-excluded"), festive.join(", ")),
        (o.t("pay-row-total"), l.payslip.total().to_string()),
        (o.t("pay-row-pay-by"), fmt_day(l.pay_by)),
    ];
    emit(o, &doc, &table, Some(&l.payslip))
}

fn run_severance(rules: &dyn PayRules, o: &Out<'_>, c: &SeveranceArgs) -> CmdResult {
    let law = o.law;
    let avg = average_of(rules, o, &c.earnings, c.on)?;
    let s = rules.severance(law, &c.earnings.employee, &c.ground, avg.monthly, c.on).map_err(|e| {
        let at = Message::new("pay-error-severance-of").text("employee", c.earnings.employee.clone());
        input(crate::cmd::pack_error(o.cat, &*e, Some(at)))
    })?;
    let ground_section = rules.severance_grounds().iter().find(|g| g.name == s.ground).map(|g| law.cite(g.section));
    let doc = json!({
        "employee_id": c.earnings.employee,
        "on": fmt_day(c.on),
        "ground": s.ground,
        "ground_section": ground_section.as_deref(),
        "months": s.months,
        "monthly": s.monthly,
        "lines": lines_json(law, o.cat, &s.payslip, c.on),
        "total": s.payslip.total(),
        "pay_by": fmt_day(s.pay_by),
        "pay_by_section": "s102",
        "deductions_allowed": s.deductions_allowed,
        "average": o.r(&avg.how),
    });
    let table = vec![
        (o.t("pay-row-employee"), c.earnings.employee.clone()),
        (o.t("pay-row-ground"), format!("{} ({})", s.ground, ground_section.as_deref().unwrap_or(""))),
        (o.t("pay-row-severance-months"), s.months.to_string()),
        (o.t("pay-row-average-monthly"), show_rate(s.monthly)),
        (o.t("pay-row-total"), s.payslip.total().to_string()),
        (o.t("pay-row-pay-on"), fmt_day(s.pay_by)),
        (o.t("pay-row-deductions"), o.t("pay-no-deductions")),
    ];
    emit(o, &doc, &table, Some(&s.payslip))
}

fn run_deduction(rules: &dyn PayRules, o: &Out<'_>, c: &DeductionArgs) -> CmdResult {
    let on = c.on.unwrap_or(i32::MAX / 2);
    let d = rules
        .deduction(o.law, on, &c.payment, &c.kind, c.amount, c.deductions)
        .map_err(|e| input(crate::cmd::pack_error(o.cat, &*e, None)))?;
    let reason = o.r(&d.reason);
    let mut doc = serde_json::to_value(&d).context("writing JSON")?;
    if let Some(m) = doc.as_object_mut() {
        m.insert("reason".into(), json!(reason));
        m.insert("message_key".into(), json!(d.reason.key));
    }
    let table = vec![
        (o.t("pay-row-amount"), d.amount.to_string()),
        (o.t("pay-row-deductions-asked"), d.deductions.to_string()),
        (o.t("pay-row-cap"), d.cap.map_or_else(|| o.t("pay-no-cap"), |c| c.to_string())),
        (o.t("pay-row-excess"), d.excess.to_string()),
        (o.t("pay-row-lawful"), o.t(if d.lawful { "pay-yes" } else { "pay-no" })),
        (o.t("pay-row-why"), format!("{reason} ({})", d.section)),
    ];
    emit(o, &doc, &table, None)?;
    Ok(if d.lawful { ExitCode::SUCCESS } else { ExitCode::from(1) })
}
