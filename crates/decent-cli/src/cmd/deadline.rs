//! `decent deadline KIND --event DATE`: the end of a term under s257, with every step cited.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context};
use decent_core::model::{Absence, Dataset};
use decent_core::term::MovedDays;
use decent_core::term::Step;
use decent_core::time::{fmt_day, Day};
use decent_core::{Message, Render};
use serde_json::json;

use crate::i18n::Catalog;

use crate::output;
use crate::{CmdResult, Failure};

/// Output format of `decent deadline` and `decent termination`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned text for a terminal.
    Table,
    /// One JSON document.
    Json,
}

/// Flags of `decent deadline`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The kind of deadline: probation, resignation, notice, roster-publication, leave-schedule,
    /// change-notice, discipline, discipline-expiry, maternity, dispute, decision.
    #[arg(value_name = "KIND")]
    pub kind: String,
    /// The day the term runs from (see the kind: the day notice was given, the violation was
    /// discovered, the schedule takes effect…).
    #[arg(long, value_name = "DATE", value_parser = super::parse_date)]
    pub event: Day,
    /// The employee whose absences extend the term (needs --absences).
    #[arg(long, value_name = "ID")]
    pub employee: Option<String>,
    /// Employees CSV (when given, --employee must be listed in it).
    #[arg(long, value_name = "FILE")]
    pub employees: Option<PathBuf>,
    /// Absences CSV: employee_id,kind,from,to (sick leave and leave extend some terms).
    #[arg(long, value_name = "FILE")]
    pub absences: Option<PathBuf>,
    /// An option of the kind (repeatable): point-5 (notice), work-quotas (change-notice),
    /// early-care, complications (maternity).
    #[arg(long = "option", value_name = "NAME")]
    pub options: Vec<String>,
    /// The law, its overrides, moved days and the output format.
    #[command(flatten)]
    pub common: TermArgs,
}

/// Flags `decent deadline` and `decent termination` share.
#[derive(Debug, clap::Args)]
pub struct TermArgs {
    /// Days the employer moved: CSV date,kind with kind working or day_off.
    #[arg(long = "moved-days", value_name = "FILE")]
    pub moved_days: Option<PathBuf>,
    /// The law.
    #[arg(long, default_value = crate::laws::DEFAULT, value_name = "ID")]
    pub law: String,
    /// Override a parameter or interpretation: NAME=VALUE or NAME@YYYY-MM-DD=VALUE (repeatable).
    #[arg(long = "set", value_name = "NAME=VALUE")]
    pub set: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

impl TermArgs {
    /// Loads the law and the employer's moved days.
    ///
    /// # Errors
    /// An unknown law or one without terms, a bad override, a moved-days file that does not load.
    pub fn load(&self, command: &str) -> Result<(decent_core::Law, MovedDays), Failure> {
        let law = crate::laws::load(&self.law, &self.set).map_err(Failure::Input)?;
        crate::laws::terms(&law).map_err(|e| Failure::Input(anyhow!("decent {command}: {e}")))?;
        let moved = match &self.moved_days {
            Some(p) => read_moved_days(p).map_err(Failure::Input)?,
            None => MovedDays::new(),
        };
        Ok((law, moved))
    }
}

/// Reads a moved-days CSV: a header `date,kind`, then `YYYY-MM-DD,working|day_off` rows.
///
/// # Errors
/// An unreadable file, or a row that does not parse (naming file, line and column).
pub fn read_moved_days(path: &Path) -> anyhow::Result<MovedDays> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| decent_io::InputError::unreadable(&name, &e))?;
    let (days, warnings) = decent_io::moved::read_moved_days(&name, &bytes)?;
    for w in warnings {
        crate::cmd::warn(&w);
    }
    let mut moved = MovedDays::new();
    for (day, working) in days {
        moved.insert(day, working);
    }
    Ok(moved)
}

/// Reads the employees and absences files into a dataset (either may be absent).
///
/// # Errors
/// A file that does not load.
pub fn read_people(
    schema: &'static decent_core::Schema,
    employees: Option<&Path>,
    absences: Option<&Path>,
) -> anyhow::Result<Dataset> {
    let mut data = Dataset::with_schema(schema);
    let map = decent_io::ColumnMap::default();
    let read = |p: &Path| std::fs::read(p).map_err(|e| decent_io::InputError::unreadable(&p.display().to_string(), &e));
    if let Some(p) = employees {
        for w in decent_io::read_employees(&mut data, &p.display().to_string(), &read(p)?, &map)? {
            crate::cmd::warn(&w);
        }
    }
    if let Some(p) = absences {
        for w in decent_io::read_absences(&mut data, &p.display().to_string(), &read(p)?, &map, employees.is_some())? {
            crate::cmd::warn(&w);
        }
    }
    data.finish();
    Ok(data)
}

/// A step as JSON: its words in the run's language (`text`), its catalogue key (`message_key`,
/// the same in every language, for scripts), its section and day.
pub fn step_json(cat: &Catalog, s: &Step) -> serde_json::Value {
    json!({
        "text": cat.render(&s.message),
        "message_key": s.message.key,
        "section": format!("s{}", s.section),
        "date": fmt_day(s.date),
    })
}

/// The steps as a table: day, section, step.
pub fn steps_table(out: &mut impl Write, cat: &Catalog, steps: &[Step]) -> anyhow::Result<()> {
    let rows: Vec<Vec<String>> =
        steps.iter().map(|s| vec![fmt_day(s.date), format!("s{}", s.section), cat.render(&s.message)]).collect();
    let head = [cat.text("deadline-col-date"), cat.text("deadline-col-section"), cat.text("deadline-col-step")];
    output::table(out, &[head[0].as_str(), head[1].as_str(), head[2].as_str()], &rows)
}

/// The words a pack gives under `key` in the run's language, or `fallback` (the pack's English)
/// when its catalogue has none.
pub fn pack_text(cat: &Catalog, key: &str, fallback: &str) -> String {
    if cat.has(key) {
        cat.render(&Message::new(key.to_string()))
    } else {
        fallback.to_string()
    }
}

/// Runs `decent deadline`.
pub fn run(a: Args) -> CmdResult {
    let (law, moved) = a.common.load("deadline")?;
    let cat = crate::i18n::catalog(&law)?;
    let terms = crate::laws::terms(&law).map_err(Failure::Input)?;
    let kinds = terms.kinds();
    let Some(info) = kinds.iter().find(|k| k.name == a.kind) else {
        let names: Vec<&str> = kinds.iter().map(|k| k.name).collect();
        let m =
            Message::new("deadline-unknown-kind").text("kind", format!("{:?}", a.kind)).text("kinds", names.join(", "));
        return Err(Failure::Input(anyhow!(cat.render(&m))));
    };
    if a.absences.is_some() && a.employee.is_none() {
        return Err(Failure::Input(anyhow!(cat.text("deadline-absences-need-employee"))));
    }
    let schema = crate::laws::schema(&law).map_err(Failure::Input)?;
    let data = read_people(schema, a.employees.as_deref(), a.absences.as_deref()).map_err(Failure::Input)?;
    let absences: Vec<Absence> = match &a.employee {
        Some(id) => match data.lookup(id) {
            Some(e) => data.absences_of(e).to_vec(),
            None if a.employees.is_some() => {
                let m = Message::new("deadline-no-employee").text("employee", format!("{id:?}"));
                return Err(Failure::Input(anyhow!(cat.render(&m))));
            }
            None => Vec::new(),
        },
        None => Vec::new(),
    };
    let d = terms
        .deadline(&law, info.name, a.event, &absences, &a.options, &moved)
        .map_err(|e| Failure::Input(crate::cmd::pack_error(&cat, &*e, None)))?;
    let mut out = output::stdout();
    match a.common.format {
        Format::Json => {
            let doc = json!({
                "law": law.id,
                "law_hash": law.hash,
                "kind": info.name,
                "section": format!("s{}", d.steps.last().map_or(info.section, |s| s.section.as_str())),
                "event": fmt_day(d.event),
                "event_is": pack_text(&cat, &format!("deadline-{}-event", info.name), info.event),
                "start": d.start.map(fmt_day),
                "date": fmt_day(d.date),
                "meaning": pack_text(&cat, &format!("deadline-{}-meaning", info.name), info.meaning),
                "excluded_days": d.excluded_days,
                "employee_id": a.employee,
                "options": a.options,
                "steps": d.steps.iter().map(|s| step_json(&cat, s)).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc).context("writing JSON")?;
            writeln!(out)?;
        }
        Format::Table => {
            let section = d.steps.last().map_or(info.section, |s| s.section.as_str());
            writeln!(out, "{} (s{section}): {}", info.name, fmt_day(d.date))?;
            let meaning = pack_text(&cat, &format!("deadline-{}-meaning", info.name), info.meaning);
            writeln!(out, "{}.\n", capitalise(&meaning))?;
            steps_table(&mut out, &cat, &d.steps)?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}
