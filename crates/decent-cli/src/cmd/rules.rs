//! `decent rules` and `decent explain`: the catalogue, its citations and interpretations.

use std::io::Write;
use std::process::ExitCode;

use decent_core::params::{Param, ParamKind};
use decent_core::rule::RuleMeta;
use decent_core::{Law, Message, Render};
use serde_json::json;

use crate::i18n::Catalog;
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

fn values(cat: &Catalog, p: &Param) -> String {
    if p.values.is_empty() {
        return cat.text("rules-no-value");
    }
    p.values
        .iter()
        .map(|d| match d.from {
            Some(f) => cat.render(&Message::new("rules-value-from").text("value", d.value.to_string()).day("day", f)),
            None => d.value.to_string(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A rule's or parameter's words in the run's language: the pack's catalogue entry when it has
/// one (the Latvian catalogue has every one, tested by the pack), else the English the pack holds
/// in its `RuleMeta` and parameter files.
fn words(cat: &Catalog, key: &str, english: &str) -> String {
    if cat.has(key) {
        cat.text(key)
    } else {
        english.to_string()
    }
}

fn rule_title(cat: &Catalog, m: &RuleMeta) -> String {
    words(cat, &format!("rule-{}-title", m.id), m.title)
}

fn rule_doc(cat: &Catalog, m: &RuleMeta) -> String {
    words(cat, &format!("rule-{}-doc", m.id), m.doc)
}

fn rule_example(cat: &Catalog, m: &RuleMeta) -> String {
    words(cat, &format!("rule-{}-example", m.id), m.example)
}

fn param_key(p: &Param) -> String {
    format!("param-{}", p.name.replace('.', "-"))
}

fn param_doc(cat: &Catalog, p: &Param) -> String {
    words(cat, &format!("{}-doc", param_key(p)), &p.doc)
}

fn param_rationale(cat: &Catalog, p: &Param) -> Option<String> {
    p.rationale.as_ref().map(|r| words(cat, &format!("{}-rationale", param_key(p)), r))
}

/// Writes a parameter's doc, rationale and choices, each line indented by `indent`.
fn param_lines(cat: &Catalog, p: &Param, indent: &str, out: &mut impl Write) -> std::io::Result<()> {
    writeln!(out, "{indent}{}", param_doc(cat, p))?;
    writeln!(out, "{indent}{}", cat.render(&p.direction_message()))?;
    if let Some(r) = param_rationale(cat, p) {
        writeln!(out, "{indent}{}", cat.render(&Message::new("explain-why").text("text", r)))?;
    }
    if !p.choices.is_empty() {
        writeln!(out, "{indent}{}", cat.render(&Message::new("explain-choices").text("text", p.choices.join(", "))))?;
    }
    Ok(())
}

/// The note that quotes of the statute are in the language of the pack's text, when the run's
/// language is another.
fn quotes_note(cat: &Catalog, law: &Law) -> Option<String> {
    (cat.lang().code() != law.info.text_language).then(|| {
        cat.render(
            &Message::new("rules-quotes-language")
                .text("status", law.info.text_status_in(cat.lang().code()).to_string()),
        )
    })
}

fn param_json(p: &Param) -> serde_json::Value {
    serde_json::to_value(p).unwrap_or_default()
}

/// Runs `decent rules`.
pub fn run_rules(a: RulesArgs) -> CmdResult {
    let law = crate::laws::load(&a.law, &[]).map_err(Failure::Input)?;
    let cat = crate::i18n::catalog(&law)?;
    let mut out = output::stdout();
    match a.format {
        ListFormat::Json => {
            let doc = json!({
                "law": law.id,
                "law_hash": law.hash,
                "title": law.title,
                "rules": law.rules.iter().map(|r| { let m = r.meta(); json!({
                    "rule": m.id, "section": format!("s{}", m.section), "title": m.title, "params": r.params(),
                })}).collect::<Vec<_>>(),
                "parameters": law.params.all().iter().map(param_json).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        }
        ListFormat::Table => {
            writeln!(out, "{} — {}\n", law.id, law.info.title_in(cat.lang().code()))?;
            let rows: Vec<Vec<String>> = law
                .rules
                .iter()
                .map(|r| {
                    let m = r.meta();
                    vec![m.id.to_string(), law.cite(m.section), rule_title(&cat, m)]
                })
                .collect();
            let head = ["rules-col-rule", "rules-col-section", "rules-col-title"].map(|k| cat.text(k));
            output::table(&mut out, &head.iter().map(String::as_str).collect::<Vec<_>>(), &rows)?;
            for (kind, title) in
                [(ParamKind::Interpretation, "rules-interpretations"), (ParamKind::Parameter, "rules-parameters-only")]
            {
                writeln!(out, "\n{}", cat.text(title))?;
                for p in law.params.all().iter().filter(|p| p.kind == kind) {
                    writeln!(out, "  {} ({}) = {}", p.name, law.cite(&p.section), values(&cat, p))?;
                    param_lines(&cat, p, "      ", &mut out)?;
                }
            }
            writeln!(out, "\n{}", cat.text("rules-override"))?;
            if let Some(n) = quotes_note(&cat, &law) {
                writeln!(out, "{n}")?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// A section's working translation, when the pack's catalogue holds one (`statute-N-title` and
/// `statute-N-text`, N the number with its points as hyphens): a pack whose text is not in the
/// reader's language may give one beside the statute's own words.
fn translation(cat: &Catalog, number: &str) -> Option<(String, String)> {
    let key = format!("statute-{}", number.replace('.', "-"));
    let (title, text) = (format!("{key}-title"), format!("{key}-text"));
    (cat.has(&title) && cat.has(&text)).then(|| (cat.text(&title), cat.text(&text)))
}

/// Writes a paragraph of statute text, every line indented (a list's points are lines of their own).
fn paragraphs(text: &str, out: &mut impl Write) -> std::io::Result<()> {
    for para in text.split("\n\n") {
        for line in para.lines() {
            writeln!(out, "  {line}")?;
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Writes a section: its text as the pack holds it and, where the pack gives one, its working
/// translation; `status` first says what the text is (when the caller has not said it already).
fn explain_section(cat: &Catalog, law: &Law, number: &str, status: bool, out: &mut impl Write) -> anyhow::Result<bool> {
    let Some(s) = law.section(number) else { return Ok(false) };
    let translated = translation(cat, &s.number);
    let head = Message::new("explain-section").text("number", s.number.clone()).text("title", s.title.clone());
    writeln!(out, "{}\n", cat.render(&head))?;
    if status && translated.is_some() {
        let status = Message::new("explain-statute-language")
            .text("status", law.info.text_status_in(cat.lang().code()).to_string());
        writeln!(out, "{}\n", cat.render(&status))?;
    }
    paragraphs(&s.text, out)?;
    if let Some(n) = &s.note {
        writeln!(out, "{}\n", cat.render(&Message::new("explain-note").text("text", n.clone())))?;
    }
    if let Some((title, text)) = translated {
        writeln!(out, "{}\n", cat.render(&Message::new("explain-translation").text("title", title)))?;
        paragraphs(&text, out)?;
    }
    Ok(true)
}

/// Runs `decent explain`.
pub fn run_explain(a: ExplainArgs) -> CmdResult {
    let law = crate::laws::load(&a.law, &[]).map_err(Failure::Input)?;
    let cat = crate::i18n::catalog(&law)?;
    let mut out = output::stdout();
    let what = a.what.trim();
    if let Some(i) = law.rule_index(what) {
        let r = &law.rules[i];
        let m = r.meta();
        let params: Vec<&Param> = r.params().iter().filter_map(|p| law.params.get(p)).collect();
        if a.format == ListFormat::Json {
            let s = law.section(m.section);
            let doc = json!({
                "law": law.id, "law_hash": law.hash,
                "rule": m.id, "section": format!("s{}", m.section), "title": m.title, "doc": m.doc,
                "quote": m.quote, "example": m.example,
                "statute": s.map(|s| {
                    let mut j = json!({"number": s.number, "title": s.title, "text": s.text, "note": s.note});
                    if let (Some((title, text)), Some(o)) = (translation(&cat, &s.number), j.as_object_mut()) {
                        o.insert("translation".into(), json!({"title": title, "text": text}));
                    }
                    j
                }),
                "params": params.iter().map(|p| param_json(p)).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &doc)?;
            writeln!(out)?;
        } else {
            writeln!(out, "{} — {} ({})\n", m.id, rule_title(&cat, m), law.cite(m.section))?;
            writeln!(out, "{}\n", rule_doc(&cat, m))?;
            writeln!(out, "{}\n", cat.render(&Message::new("explain-enforces").text("quote", m.quote)))?;
            writeln!(out, "{}\n", cat.render(&Message::new("explain-example").text("text", rule_example(&cat, m))))?;
            for p in &params {
                let kind = if p.kind == ParamKind::Interpretation {
                    "explain-kind-interpretation"
                } else {
                    "explain-kind-parameter"
                };
                writeln!(out, "{} {} ({}) = {}", cat.text(kind), p.name, law.cite(&p.section), values(&cat, p))?;
                param_lines(&cat, p, "    ", &mut out)?;
            }
            writeln!(out, "\n{}", cat.text("explain-statute"))?;
            let status = Message::new("explain-statute-language")
                .text("status", law.info.text_status_in(cat.lang().code()).to_string());
            writeln!(out, "{}\n", cat.render(&status))?;
            explain_section(&cat, &law, m.section, false, &mut out)?;
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
            writeln!(out, "{} ({}) = {}", p.name, law.cite(&p.section), values(&cat, p))?;
            param_lines(&cat, p, "    ", &mut out)?;
            writeln!(out)?;
            explain_section(&cat, &law, &p.section, true, &mut out)?;
        }
    } else if !explain_section(&cat, &law, what.trim_start_matches(['s', 'S']), true, &mut out)? {
        return Err(Failure::Input(anyhow::anyhow!(
            "{what:?} is neither a rule, a parameter nor a section of {}: see `decent rules`",
            law.id
        )));
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
