//! `decent check`: shifts (and employees, absences) in; findings out.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use decent_core::time::{start_of_day, Day, Span};
use decent_core::view::view;
use decent_core::{Options, Severity};
use serde_json::json;

use crate::output::{self, Format};
use crate::{CmdResult, Failure};

/// Flags of `decent check`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Shifts CSV: `employee_id,start,end[,break_minutes,kind,employer_id,published_on,…]`.
    #[arg(long, value_name = "FILE")]
    pub shifts: PathBuf,
    /// Employees CSV: `employee_id[,birth_date,sex,weekly_norm_hours,…]`; when given, every
    /// employee in the shifts must be listed.
    #[arg(long, value_name = "FILE")]
    pub employees: Option<PathBuf>,
    /// Absences CSV: employee_id,kind,from,to.
    #[arg(long, value_name = "FILE")]
    pub absences: Option<PathBuf>,
    /// The law to check against.
    #[arg(long, default_value = decent_lv1994::ID, value_name = "ID")]
    pub law: String,
    /// Report findings from this day on (all data is still read); years 1000 to 5000.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub from: Option<Day>,
    /// Report findings up to and including this day; years 1000 to 5000.
    #[arg(long, value_name = "DATE", value_parser = parse_day)]
    pub to: Option<Day>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Rename a column of your export: OLD=NEW (repeatable), e.g. --map person=employee_id.
    #[arg(long = "map", value_name = "OLD=NEW")]
    pub map: Vec<String>,
    /// Override a parameter or interpretation: NAME=VALUE or NAME@YYYY-MM-DD=VALUE (repeatable).
    #[arg(long = "set", value_name = "NAME=VALUE")]
    pub set: Vec<String>,
    /// Evaluate only this rule (repeatable).
    #[arg(long = "rule", value_name = "ID")]
    pub rules: Vec<String>,
    /// Refuse files with more rows than this.
    #[arg(long, value_name = "N")]
    pub max_rows: Option<usize>,
}

/// A `--from`/`--to` day: a date in the years the input files accept (1000 to 5000), whose every
/// minute fits the engine's clock. A later date would wrap the window and hide every finding.
fn parse_day(s: &str) -> Result<Day, String> {
    decent_io::fields::date(s.as_bytes()).ok_or_else(|| {
        format!(
            "expected a date YYYY-MM-DD in the years 1000 to 5000 (as in the input files), found {:?}",
            decent_io::error::cut(s)
        )
    })
}

/// The closing line of the text formats: employees, shifts and findings by severity.
fn totals(report: &decent_core::Report) -> String {
    format!(
        "{} employees, {} shifts: {} violations, {} warnings, {} info",
        report.employees,
        report.shifts,
        report.total(Severity::Violation),
        report.total(Severity::Warning),
        report.total(Severity::Info)
    )
}

/// Runs `decent check`.
pub fn run(a: Args) -> CmdResult {
    let law = crate::laws::load(&a.law, &a.set).map_err(Failure::Input)?;
    let map = decent_io::ColumnMap::parse(&a.map).map_err(|e| Failure::Input(anyhow::anyhow!(e)))?;
    let only = if a.rules.is_empty() {
        None
    } else {
        Some(
            a.rules
                .iter()
                .map(|id| law.rule_index(id).ok_or_else(|| anyhow::anyhow!("unknown rule {id:?}: see `decent rules`")))
                .collect::<anyhow::Result<Vec<_>>>()
                .map_err(Failure::Input)?,
        )
    };
    if let (Some(f), Some(t)) = (a.from, a.to) {
        if t < f {
            return Err(Failure::Input(anyhow::anyhow!("--to must not be before --from")));
        }
    }
    let inputs = decent_io::Inputs {
        shifts: a.shifts.clone(),
        employees: a.employees.clone(),
        absences: a.absences.clone(),
        map,
        max_rows: a.max_rows,
    };
    // DECENT_TIMINGS=1 prints the time of each phase to stderr (for benchmarks).
    let timings = std::env::var_os("DECENT_TIMINGS").is_some();
    let (t0, cpu0) = (std::time::Instant::now(), if timings { decent_io::cpu_time() } else { Default::default() });
    let loaded = if timings {
        decent_io::load_timed(&inputs)
    } else {
        decent_io::load(&inputs).map(|(data, warnings)| (data, warnings, Vec::new()))
    };
    let (data, warnings, phases) = loaded.map_err(|e| Failure::Input(e.into()))?;
    let t_load = t0.elapsed();
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let window = match (a.from, a.to) {
        (None, None) => None,
        (f, t) => {
            Some(Span::new(f.map_or(i32::MIN / 2, start_of_day), t.map_or(i32::MAX / 2, |t| start_of_day(t + 1))))
        }
    };
    let collect = a.format != Format::Summary;
    let report = decent_core::check(&law, &data, &Options { window, collect, only });
    if timings {
        // Wall seconds, and processor seconds (all threads) after the slash.
        let parts: Vec<String> =
            phases.iter().map(|(n, w, c)| format!("{n} {:.3}/{:.2}", w.as_secs_f64(), c.as_secs_f64())).collect();
        let cpu_load: std::time::Duration = phases.iter().map(|p| p.2).sum();
        eprintln!(
            "timings (wall/cpu s): load {:.3}/{:.2} ({}), check {:.3}/{:.2}",
            t_load.as_secs_f64(),
            cpu_load.as_secs_f64(),
            parts.join(", "),
            (t0.elapsed() - t_load).as_secs_f64(),
            (decent_io::cpu_time().saturating_sub(cpu0) - cpu_load).as_secs_f64()
        );
    }
    let mut out = output::stdout();
    let counts: Vec<_> = law
        .rules
        .iter()
        .zip(&report.counts)
        .filter(|(_, c)| c.iter().any(|&n| n > 0))
        .map(|(r, c)| (r.meta(), c))
        .collect();
    match a.format {
        Format::Json => {
            let findings: Vec<_> = report.findings.iter().map(|f| view(f, &law, &data)).collect();
            let doc = json!({
                "law": law.id,
                "from": a.from.map(decent_core::time::fmt_day),
                "to": a.to.map(decent_core::time::fmt_day),
                "employees": report.employees,
                "shifts": report.shifts,
                "totals": { "violation": report.total(Severity::Violation), "warning": report.total(Severity::Warning), "info": report.total(Severity::Info) },
                "summary": counts.iter().map(|(m, c)| json!({"rule": m.id, "section": format!("s{}", m.section), "violation": c[2], "warning": c[1], "info": c[0]})).collect::<Vec<_>>(),
                "input_warnings": warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
                "findings": findings,
            });
            serde_json::to_writer_pretty(&mut out, &doc).context("writing JSON")?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            for f in &report.findings {
                serde_json::to_writer(&mut out, &view(f, &law, &data)).context("writing JSON")?;
                writeln!(out)?;
            }
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut out);
            output::csv_record(
                &mut w,
                [
                    "rule",
                    "section",
                    "severity",
                    "employee_id",
                    "from",
                    "to",
                    "measured",
                    "limit",
                    "unit",
                    "message",
                    "line",
                ],
            )?;
            for f in &report.findings {
                let v = view(f, &law, &data);
                output::csv_record(
                    &mut w,
                    [
                        v.rule,
                        &v.section,
                        v.severity,
                        &v.employee_id,
                        &v.from,
                        &v.to,
                        &v.measured.to_string(),
                        &v.limit.to_string(),
                        v.unit,
                        &v.message,
                        &v.line.map(|l| l.to_string()).unwrap_or_default(),
                    ],
                )?;
            }
            w.flush()?;
        }
        Format::Summary => {
            let rows: Vec<Vec<String>> = counts
                .iter()
                .map(|(m, c)| {
                    vec![
                        m.id.to_string(),
                        format!("s{}", m.section),
                        c[2].to_string(),
                        c[1].to_string(),
                        c[0].to_string(),
                    ]
                })
                .collect();
            output::table(&mut out, &["rule", "section", "violations", "warnings", "info"], &rows)?;
            writeln!(out, "{}", totals(&report))?;
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = report
                .findings
                .iter()
                .map(|f| {
                    let v = view(f, &law, &data);
                    vec![v.severity.to_string(), v.section, v.rule.to_string(), v.employee_id, v.from, v.message]
                })
                .collect();
            output::table(&mut out, &["severity", "section", "rule", "employee", "from", "message"], &rows)?;
            writeln!(out, "\n{}", totals(&report))?;
        }
    }
    out.flush()?;
    Ok(if report.total(Severity::Violation) > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
