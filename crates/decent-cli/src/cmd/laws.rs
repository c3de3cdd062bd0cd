//! `decent laws`: the packs this binary carries — id, title, jurisdiction, validity, the
//! consolidation date of the text, its sources and the content hash of the pack's data.

use std::io::Write;
use std::process::ExitCode;

use anyhow::anyhow;
use serde_json::json;

use super::rules::ListFormat;
use crate::output;
use crate::{CmdResult, Failure};

/// Flags of `decent laws`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ListFormat::Table)]
    pub format: ListFormat,
}

/// Runs `decent laws`.
pub fn run(a: Args) -> CmdResult {
    let mut packs = Vec::new();
    for p in crate::laws::PACKS {
        let info = p.info().map_err(|e| Failure::Other(anyhow!(e)))?;
        let law = p.law().map_err(|e| Failure::Other(anyhow!(e)))?;
        packs.push((info, p.hash(), law.rules.len(), law.params.all().len(), law.sections.len()));
    }
    let mut out = output::stdout();
    match a.format {
        ListFormat::Json => {
            let doc = json!({
                "laws": packs.iter().map(|(info, hash, rules, params, sections)| {
                    let mut v = serde_json::to_value(info).unwrap_or_default();
                    if let Some(o) = v.as_object_mut() {
                        o.insert("hash".into(), json!(hash));
                        o.insert("sections".into(), json!(sections));
                        o.insert("rules".into(), json!(rules));
                        o.insert("parameters".into(), json!(params));
                        o.insert("default".into(), json!(info.id == crate::laws::DEFAULT));
                    }
                    v
                }).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            for (i, (info, hash, rules, params, sections)) in packs.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                let default = if info.id == crate::laws::DEFAULT { " (default)" } else { "" };
                writeln!(out, "{}{default} — {}", info.id, info.title)?;
                let valid = match &info.valid_to {
                    Some(to) => format!("{} to {to}", info.valid_from),
                    None => format!("from {}", info.valid_from),
                };
                let rows = vec![
                    vec!["jurisdiction".to_string(), info.jurisdiction.clone()],
                    vec!["in force".to_string(), valid],
                    vec!["text consolidated to".to_string(), info.consolidated.clone()],
                    vec!["text".to_string(), format!("{} ({})", info.text_status, info.text_language)],
                    vec!["contents".to_string(), format!("{sections} sections, {rules} rules, {params} parameters")],
                    vec!["hash".to_string(), hash.clone()],
                ];
                output::table(&mut out, &["", ""], &rows)?;
                writeln!(out, "sources:")?;
                for s in &info.sources {
                    writeln!(out, "  - {}", s.title)?;
                    if let Some(u) = &s.url {
                        writeln!(out, "    {u}")?;
                    }
                    if let Some(u) = &s.used_for {
                        writeln!(out, "    used for: {u}")?;
                    }
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
