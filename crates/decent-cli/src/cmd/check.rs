//! `decent check`: shifts (and employees, absences) in; findings out.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use decent_core::time::{start_of_day, Day, Span};
use decent_core::view::view;
use decent_core::{Message, Options, Render, Severity};
use serde_json::json;

use crate::i18n::Catalog;
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
    #[arg(long, default_value = crate::laws::DEFAULT, value_name = "ID")]
    pub law: String,
    /// Report findings from this day on (all data is still read); years 1000 to 5000.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub from: Option<Day>,
    /// Report findings up to and including this day; years 1000 to 5000.
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
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

/// The rules the input could not be checked against, each as (rule id, section, missing column).
fn not_checked(
    law: &decent_core::Law,
    schema: &decent_core::Schema,
    report: &decent_core::Report,
) -> Vec<(&'static str, String, String)> {
    report
        .not_checked
        .iter()
        .map(|&(ri, col)| {
            let m = law.rules[ri].meta();
            (m.id, law.cite(m.section), col.name(schema).to_string())
        })
        .collect()
}

/// The closing line of the text formats: employees, shifts and findings by severity.
fn totals(cat: &Catalog, report: &decent_core::Report) -> String {
    cat.render(
        &Message::new("check-totals")
            .count("employees", report.employees as i64)
            .count("shifts", report.shifts as i64)
            .count("violations", report.total(Severity::Violation) as i64)
            .count("warnings", report.total(Severity::Warning) as i64)
            .count("info", report.total(Severity::Info) as i64),
    )
}

/// The catalogue key of a severity's name.
fn severity_key(name: &str) -> &'static str {
    match name {
        "violation" => "severity-violation",
        "warning" => "severity-warning",
        _ => "severity-info",
    }
}

/// Runs `decent check`.
pub fn run(a: Args) -> CmdResult {
    let law = crate::laws::load(&a.law, &a.set).map_err(Failure::Input)?;
    let cat = crate::i18n::catalog(&law)?;
    let map = decent_io::ColumnMap::parse(&a.map).map_err(|_| {
        let bad = a.map.iter().find(|p| decent_io::ColumnMap::parse(std::slice::from_ref(p)).is_err());
        let value = format!("{:?}", decent_io::error::cut(bad.map_or("", String::as_str)));
        Failure::Input(anyhow::anyhow!(cat.render(&Message::new("check-bad-map").text("value", value))))
    })?;
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
        schema: crate::laws::schema(&law).map_err(Failure::Input)?,
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
        eprintln!("{}", crate::cmd::warning(&cat, w));
    }
    // Festive days decide rules (s68 and those that read it): a shift outside the years of the
    // law's festive calendar is refused, never checked as if no day of it were festive.
    let (lo, hi) = {
        use rayon::prelude::*;
        let span = |s: &decent_core::model::Shift| (s.start, s.end);
        let widest = |a: (i32, i32), b: (i32, i32)| (a.0.min(b.0), a.1.max(b.1));
        data.shifts
            .par_iter()
            .map(span)
            .chain(data.shift_blocks.par_iter().flatten().map(span))
            .reduce(|| (i32::MAX, i32::MIN), widest)
    };
    if lo < hi && law.calendar.require(decent_core::time::day_of(lo), decent_core::time::day_of(hi - 1)).is_err() {
        let outside = |s: &&decent_core::model::Shift| {
            law.calendar.require(decent_core::time::day_of(s.start), decent_core::time::day_of(s.end - 1)).err()
        };
        if let Some((s, e)) =
            data.input_shifts().filter_map(|s| outside(&s).map(|e| (s, e))).min_by_key(|(s, _)| s.line)
        {
            return Err(Failure::Input(anyhow::anyhow!(
                "{}:{}: the shift starting {}: {e}; the law {} cannot be checked on it",
                a.shifts.display(),
                s.line,
                decent_core::time::fmt_minute(s.start),
                law.id
            )));
        }
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
    let unchecked = not_checked(&law, data.schema, &report);
    let unchecked_lines: Vec<String> = unchecked
        .iter()
        .map(|(id, sec, why)| {
            cat.render(
                &Message::new("check-not-checked")
                    .text("rule", *id)
                    .text("section", sec.clone())
                    .text("column", why.clone()),
            )
        })
        .collect();
    if matches!(a.format, Format::Csv | Format::Jsonl) {
        for l in &unchecked_lines {
            eprintln!("{}", cat.render(&Message::new("check-note").text("text", l.clone())));
        }
    }
    match a.format {
        Format::Json => {
            let findings: Vec<_> = report.findings.iter().map(|f| view(f, &law, &data, &cat)).collect();
            let doc = json!({
                "law": law.id,
                "law_hash": law.hash,
                "from": a.from.map(decent_core::time::fmt_day),
                "to": a.to.map(decent_core::time::fmt_day),
                "employees": report.employees,
                "shifts": report.shifts,
                "totals": { "violation": report.total(Severity::Violation), "warning": report.total(Severity::Warning), "info": report.total(Severity::Info) },
                "summary": counts.iter().map(|(m, c)| json!({"rule": m.id, "section": format!("s{}", m.section), "violation": c[2], "warning": c[1], "info": c[0]})).collect::<Vec<_>>(),
                "input_warnings": warnings.iter().map(ToString::to_string).collect::<Vec<_>>(),
                "not_checked": unchecked.iter().map(|(id, sec, why)| json!({"rule": id, "section": sec, "column": why, "reason": cat.render(&Message::new("check-no-column").text("column", why.clone()))})).collect::<Vec<_>>(),
                "findings": findings,
            });
            serde_json::to_writer_pretty(&mut out, &doc).context("writing JSON")?;
            writeln!(out)?;
        }
        Format::Jsonl => {
            /// A JSON line: the finding, named with the law it was found under.
            #[derive(serde::Serialize)]
            struct Line<'a> {
                law: &'a str,
                law_hash: &'a str,
                #[serde(flatten)]
                finding: decent_core::view::FindingView,
            }
            for f in &report.findings {
                let line = Line { law: &law.id, law_hash: &law.hash, finding: view(f, &law, &data, &cat) };
                serde_json::to_writer(&mut out, &line).context("writing JSON")?;
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
                let v = view(f, &law, &data, &cat);
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
            let header =
                ["check-col-rule", "check-col-section", "check-col-violations", "check-col-warnings", "check-col-info"]
                    .map(|k| cat.text(k));
            output::table(&mut out, &header.each_ref().map(String::as_str), &rows)?;
            writeln!(out, "{}", totals(&cat, &report))?;
            for l in &unchecked_lines {
                writeln!(out, "{l}")?;
            }
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = report
                .findings
                .iter()
                .map(|f| {
                    let v = view(f, &law, &data, &cat);
                    vec![
                        cat.text(severity_key(v.severity)),
                        v.section,
                        v.rule.to_string(),
                        v.employee_id,
                        v.from,
                        v.message,
                    ]
                })
                .collect();
            let header = [
                "check-col-severity",
                "check-col-section",
                "check-col-rule",
                "check-col-employee",
                "check-col-from",
                "check-col-message",
            ]
            .map(|k| cat.text(k));
            output::table(&mut out, &header.each_ref().map(String::as_str), &rows)?;
            writeln!(out, "\n{}", totals(&cat, &report))?;
            for l in &unchecked_lines {
                writeln!(out, "{l}")?;
            }
        }
    }
    out.flush()?;
    Ok(if report.total(Severity::Violation) > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
