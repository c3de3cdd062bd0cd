//! `decent rules` and `decent explain`: the catalogue, its citations and interpretations.

use std::io::Write;
use std::process::ExitCode;

use decent_core::params::{Param, ParamKind};
use decent_core::Law;
use serde_json::json;

use crate::output;
use crate::{CmdResult, Failure};

/// Output format of the catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ListFormat {
    /// Text for a terminal.
    Table,
    /// One JSON document.
    Json,
}

/// Flags of `decent rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// The law.
    #[arg(long, default_value = crate::laws::DEFAULT, value_name = "ID")]
    pub law: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// Flags of `decent explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// A rule id (`decent rules` lists them), a parameter name, or a section (`s59`).
    pub what: String,
    /// The law.
    #[arg(long, default_value = crate::laws::DEFAULT, value_name = "ID")]
    pub law: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

fn values(p: &Param) -> String {
    if p.values.is_empty() {
        return "(no value: the user supplies it)".into();
    }
    p.values
        .iter()
        .map(|d| match d.from {
            Some(f) => format!("{} from {}", d.value, decent_core::time::fmt_day(f)),
            None => d.value.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn param_json(p: &Param) -> serde_json::Value {
    serde_json::to_value(p).unwrap_or_default()
}

/// Runs `decent rules`.
pub fn run_rules(a: RulesArgs) -> CmdResult {
    let law = crate::laws::load(&a.law, &[]).map_err(Failure::Input)?;
    let mut out = output::stdout();
    match a.format {
        ListFormat::Json => {
            let doc = json!({
                "law": law.id,
                "law_hash": law.hash,
                "title": law.title,
                "rules": law.rules.iter().map(|r| { let m = r.meta(); json!({
                    "rule": m.id, "section": format!("s{}", m.section), "title": m.title, "params": m.params,
                })}).collect::<Vec<_>>(),
                "parameters": law.params.all().iter().map(param_json).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            writeln!(out, "{} — {}\n", law.id, law.title)?;
            let rows: Vec<Vec<String>> = law
                .rules
                .iter()
                .map(|r| {
                    let m = r.meta();
                    vec![m.id.to_string(), format!("s{}", m.section), m.title.to_string()]
                })
                .collect();
            output::table(&mut out, &["rule", "section", "title"], &rows)?;
            for (kind, title) in [(ParamKind::Interpretation, "Interpretations"), (ParamKind::Parameter, "Parameters")]
            {
                writeln!(out, "\n{title}:")?;
                for p in law.params.all().iter().filter(|p| p.kind == kind) {
                    writeln!(out, "  {} (s{}) = {}", p.name, p.section, values(p))?;
                    writeln!(out, "      {}", p.doc)?;
                    writeln!(out, "      {}", p.direction_line())?;
                    if let Some(r) = &p.rationale {
                        writeln!(out, "      why: {r}")?;
                    }
                    if !p.choices.is_empty() {
                        writeln!(out, "      choices: {}", p.choices.join(", "))?;
                    }
                }
            }
            writeln!(
                out,
                "\nOverride any of them with --set NAME=VALUE. `decent explain RULE` shows one rule in full."
            )?;
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn explain_section(law: &Law, number: &str, out: &mut impl Write) -> anyhow::Result<bool> {
    let Some(s) = law.section(number) else { return Ok(false) };
    writeln!(out, "Section {}. {}\n", s.number, s.title)?;
    for para in s.text.split("\n\n") {
        writeln!(out, "  {para}\n")?;
    }
    if let Some(n) = &s.note {
        writeln!(out, "Note: {n}\n")?;
    }
    Ok(true)
}

/// Runs `decent explain`.
pub fn run_explain(a: ExplainArgs) -> CmdResult {
    let law = crate::laws::load(&a.law, &[]).map_err(Failure::Input)?;
    let mut out = output::stdout();
    let what = a.what.trim();
    if let Some(i) = law.rule_index(what) {
        let r = &law.rules[i];
        let m = r.meta();
        let params: Vec<&Param> = m.params.iter().filter_map(|p| law.params.get(p)).collect();
        if a.format == ListFormat::Json {
            let s = law.section(m.section);
            let doc = json!({
                "law": law.id, "law_hash": law.hash,
                "rule": m.id, "section": format!("s{}", m.section), "title": m.title, "doc": m.doc,
                "quote": m.quote, "example": m.example,
                "statute": s.map(|s| json!({"number": s.number, "title": s.title, "text": s.text, "note": s.note})),
                "params": params.iter().map(|p| param_json(p)).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        } else {
            writeln!(out, "{} — {} (s{})\n", m.id, m.title, m.section)?;
            writeln!(out, "{}\n", m.doc)?;
            writeln!(out, "Enforces: \"{}\"\n", m.quote)?;
            writeln!(out, "Example: {}\n", m.example)?;
            for p in &params {
                let kind = if p.kind == ParamKind::Interpretation { "interpretation" } else { "parameter" };
                writeln!(out, "{kind} {} (s{}) = {}\n    {}", p.name, p.section, values(p), p.doc)?;
                writeln!(out, "    {}", p.direction_line())?;
                if let Some(r) = &p.rationale {
                    writeln!(out, "    why: {r}")?;
                }
                if !p.choices.is_empty() {
                    writeln!(out, "    choices: {}", p.choices.join(", "))?;
                }
            }
            writeln!(out, "\nThe statute:\n")?;
            explain_section(&law, m.section, &mut out)?;
        }
    } else if let Some(p) = law.params.get(what) {
        if a.format == ListFormat::Json {
            let mut doc = param_json(p);
            if let Some(o) = doc.as_object_mut() {
                o.insert("law".into(), json!(law.id));
                o.insert("law_hash".into(), json!(law.hash));
            }
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        } else {
            writeln!(out, "{} (s{}) = {}\n    {}", p.name, p.section, values(p), p.doc)?;
            writeln!(out, "    {}", p.direction_line())?;
            if let Some(r) = &p.rationale {
                writeln!(out, "    why: {r}")?;
            }
            writeln!(out)?;
            explain_section(&law, &p.section, &mut out)?;
        }
    } else if !explain_section(&law, what.trim_start_matches(['s', 'S']), &mut out)? {
        return Err(Failure::Input(anyhow::anyhow!(
            "{what:?} is neither a rule, a parameter nor a section of {}: see `decent rules`",
            law.id
        )));
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
