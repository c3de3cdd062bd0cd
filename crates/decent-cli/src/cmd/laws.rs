//! `decent laws`: the packs this binary carries — id, title, jurisdiction, validity, the
//! consolidation date of the text, its sources and the content hash of the pack's data.

use std::io::Write;
use std::process::ExitCode;

use anyhow::anyhow;
use decent_core::{Message, Render};
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

/// The columns a pack reads beyond the common ones, each with its type, section and meaning
/// (from the pack's catalogue in the chosen language, or the declaration's English).
fn columns(
    out: &mut impl Write,
    cat: &decent_i18n::Catalog,
    law: &decent_core::Law,
    schema: &decent_core::Schema,
) -> anyhow::Result<()> {
    if schema.employee.is_empty() && schema.shift.is_empty() {
        return Ok(());
    }
    let pack = crate::i18n::catalog_for(cat.lang(), law)?;
    writeln!(out, "{}", cat.text("laws-columns"))?;
    for (file, attrs) in [("employees.csv", schema.employee), ("shifts.csv", schema.shift)] {
        for a in attrs {
            let key = format!("attr-{}", a.name);
            let meaning = if pack.has(&key) { pack.text(&key) } else { a.meaning.to_string() };
            let mut ty = cat.text(&format!("laws-type-{}", a.ty.name()));
            if let decent_core::AttrType::Choice(values) = a.ty {
                ty = format!("{ty} {}", values.join(" | "));
            }
            writeln!(out, "  {file} {} ({ty}, {}): {meaning}", a.name, law.cite(a.section))?;
        }
    }
    Ok(())
}

/// Runs `decent laws`.
pub fn run(a: Args) -> CmdResult {
    let mut packs = Vec::new();
    for p in crate::laws::PACKS {
        let info = p.info().map_err(|e| Failure::Other(anyhow!(e)))?;
        let law = p.law().map_err(|e| Failure::Other(anyhow!(e)))?;
        packs.push((info, p.hash(), law.rules.len(), law.params.all().len(), law.sections.len(), p.schema(), law));
    }
    let mut out = output::stdout();
    match a.format {
        ListFormat::Json => {
            let doc = json!({
                "laws": packs.iter().map(|(info, hash, rules, params, sections, schema, law)| {
                    let mut v = serde_json::to_value(info).unwrap_or_default();
                    if let Some(o) = v.as_object_mut() {
                        o.insert("hash".into(), json!(hash));
                        o.insert("sections".into(), json!(sections));
                        o.insert("rules".into(), json!(rules));
                        o.insert("parameters".into(), json!(params));
                        o.insert("default".into(), json!(info.id == crate::laws::DEFAULT));
                        let attrs = |attrs: &[decent_core::Attr]| -> Vec<serde_json::Value> {
                            attrs.iter().map(|a| json!({
                                "name": a.name,
                                "type": a.ty.name(),
                                "section": law.cite(a.section),
                                "meaning": a.meaning,
                                "values": match a.ty {
                                    decent_core::AttrType::Choice(values) => json!(values),
                                    _ => serde_json::Value::Null,
                                },
                            })).collect()
                        };
                        o.insert("columns".into(), json!({
                            "employees": attrs(schema.employee),
                            "shifts": attrs(schema.shift),
                        }));
                    }
                    v
                }).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            let cat = crate::i18n::own()?;
            let t = |k: &'static str| cat.text(k);
            for (i, (info, hash, rules, params, sections, schema, law)) in packs.iter().enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                let default =
                    if info.id == crate::laws::DEFAULT { format!(" {}", t("laws-default")) } else { String::new() };
                writeln!(out, "{}{default} — {}", info.id, info.title_in(cat.lang().code()))?;
                let valid = match &info.valid_to {
                    Some(to) => {
                        Message::new("laws-in-force-range").text("from", info.valid_from.clone()).text("to", to.clone())
                    }
                    None => Message::new("laws-in-force-from").text("from", info.valid_from.clone()),
                };
                let contents = Message::new("laws-contents-value")
                    .count("sections", *sections as i64)
                    .count("rules", *rules as i64)
                    .count("params", *params as i64);
                let rows = vec![
                    vec![t("laws-jurisdiction"), info.jurisdiction.clone()],
                    vec![t("laws-in-force"), cat.render(&valid)],
                    vec![t("laws-consolidated"), info.consolidated.clone()],
                    vec![
                        t("laws-text"),
                        format!("{} ({})", info.text_status_in(cat.lang().code()), info.text_language),
                    ],
                    vec![t("laws-contents"), cat.render(&contents)],
                    vec![t("laws-hash"), hash.clone()],
                ];
                output::table(&mut out, &["", ""], &rows)?;
                writeln!(out, "{}", t("laws-sources"))?;
                for s in &info.sources {
                    writeln!(out, "  - {}", s.title)?;
                    if let Some(u) = &s.url {
                        writeln!(out, "    {u}")?;
                    }
                    if let Some(u) = &s.used_for {
                        writeln!(out, "    {}", cat.render(&Message::new("laws-used-for").text("text", u.clone())))?;
                    }
                }
                columns(&mut out, &cat, law, schema)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
