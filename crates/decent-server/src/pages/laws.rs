//! The law, browsable without an account: the laws carried, each law's rules, and a page per
//! rule with the statute's text, its parameters (with sections and provenance), its
//! interpretations and an example — the training material of the social-dialogue seminars.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use axum::routing::get;
use axum::{Extension, Router};
use decent_core::params::ParamKind;

use super::{page, Chrome, VisitorCsrf};
use crate::auth::MaybeActor;
use crate::error::AppError;
use crate::AppState;

/// The routes of this module.
pub fn router() -> Router<AppState> {
    Router::new()
        .route("/laws", get(laws))
        .route("/laws/{law}", get(rules))
        .route("/laws/{law}/rules/{rule}", get(rule))
}

/// A law's line.
struct LawLine {
    id: String,
    title: String,
    consolidated: String,
    status: String,
    rules: usize,
}

#[derive(Template)]
#[template(path = "laws.html")]
struct LawsPage {
    c: Chrome,
    title: String,
    laws: Vec<LawLine>,
}

async fn laws(
    State(state): State<AppState>,
    MaybeActor(actor): MaybeActor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
) -> Result<Response, AppError> {
    let c = Chrome::new(&state, &headers, actor.as_ref(), &v, "/laws");
    let mut laws = Vec::new();
    for id in decent_laws::ids() {
        let Some(law) = state.laws.law(&id) else { continue };
        laws.push(LawLine {
            title: law.info.i18n.get(c.lang).map_or_else(|| law.title.clone(), |w| w.title.clone()),
            status: law.info.text_status_in(c.lang).to_string(),
            consolidated: law.info.consolidated.clone(),
            rules: law.rules.len(),
            id,
        });
    }
    page(&LawsPage { title: c.t("laws-title"), c, laws })
}

/// A rule's line.
struct RuleLine {
    id: &'static str,
    section: String,
    title: String,
}

#[derive(Template)]
#[template(path = "rules.html")]
struct RulesPage {
    c: Chrome,
    title: String,
    law: String,
    rules: Vec<RuleLine>,
}

async fn rules(
    State(state): State<AppState>,
    MaybeActor(actor): MaybeActor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let law = state.laws.law(&id).cloned().ok_or(AppError::NotFound)?;
    let c = Chrome::new(&state, &headers, actor.as_ref(), &v, &format!("/laws/{}", super::encode(&id)));
    let lang = decent_i18n::Lang::parse(c.lang).unwrap_or(decent_i18n::Lang::Lv);
    let cat = state.laws.catalog(&id, lang);
    let rules = law
        .rules
        .iter()
        .map(|r| RuleLine {
            id: r.meta().id,
            section: law.cite(r.meta().section),
            title: super::employer::rule_title(&cat, r.meta()),
        })
        .collect();
    let title = law.info.i18n.get(c.lang).map_or_else(|| law.title.clone(), |w| w.title.clone());
    page(&RulesPage { title, c, law: id, rules })
}

/// A parameter as the rule page shows it.
struct ParamLine {
    name: String,
    section: String,
    interpretation: bool,
    doc: String,
    rationale: Option<String>,
    values: Vec<(String, String, String)>,
    choices: String,
}

#[derive(Template)]
#[template(path = "rule.html")]
struct RulePage {
    c: Chrome,
    title: String,
    law: String,
    law_title: String,
    id: &'static str,
    section: String,
    statute_title: String,
    statute: Vec<String>,
    statute_lang: String,
    note: Option<String>,
    translation: Option<(String, Vec<String>)>,
    doc: String,
    example: String,
    params: Vec<ParamLine>,
}

/// A catalogue entry, or `fallback` when the catalogue has none.
fn or_text(cat: &decent_i18n::Catalog, key: &str, fallback: &str) -> String {
    if cat.has(key) {
        cat.text(key)
    } else {
        fallback.to_string()
    }
}

async fn rule(
    State(state): State<AppState>,
    MaybeActor(actor): MaybeActor,
    headers: HeaderMap,
    Extension(v): Extension<VisitorCsrf>,
    Path((id, rid)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let law = state.laws.law(&id).cloned().ok_or(AppError::NotFound)?;
    let ri = law.rule_index(&rid).ok_or(AppError::NotFound)?;
    let r = &law.rules[ri];
    let m = r.meta();
    let c = Chrome::new(
        &state,
        &headers,
        actor.as_ref(),
        &v,
        &format!("/laws/{}/rules/{}", super::encode(&id), super::encode(&rid)),
    );
    let lang = decent_i18n::Lang::parse(c.lang).unwrap_or(decent_i18n::Lang::Lv);
    let cat = state.laws.catalog(&id, lang);
    let s = law.section(m.section);
    let key = format!("statute-{}", m.section.replace('.', "-"));
    let translation = (cat.has(&format!("{key}-title")) && cat.has(&format!("{key}-text")))
        .then(|| (cat.text(&format!("{key}-title")), paras(&cat.text(&format!("{key}-text")))));
    let params = r
        .params()
        .iter()
        .filter_map(|p| law.params.get(p))
        .map(|p| {
            let k = format!("param-{}", p.name.replace('.', "-"));
            ParamLine {
                name: p.name.clone(),
                section: law.cite(&p.section),
                interpretation: p.kind == ParamKind::Interpretation,
                doc: or_text(&cat, &format!("{k}-doc"), &p.doc),
                rationale: p.rationale.as_ref().map(|r| or_text(&cat, &format!("{k}-rationale"), r)),
                values: p
                    .values
                    .iter()
                    .map(|d| {
                        (
                            d.from.map(decent_core::time::fmt_day).unwrap_or_default(),
                            format!("{} {}", d.value, p.unit),
                            serde_json::to_string(&d.source).unwrap_or_default(),
                        )
                    })
                    .collect(),
                choices: p.choices.join(", "),
            }
        })
        .collect();
    page(&RulePage {
        title: super::employer::rule_title(&cat, m),
        law_title: law.info.i18n.get(c.lang).map_or_else(|| law.title.clone(), |w| w.title.clone()),
        statute_lang: law.info.text_status_in(c.lang).to_string(),
        section: law.cite(m.section),
        statute_title: s.map(|s| s.title.clone()).unwrap_or_default(),
        statute: s.map(|s| paras(&s.text)).unwrap_or_default(),
        note: s.and_then(|s| s.note.clone()),
        translation,
        doc: or_text(&cat, &format!("rule-{}-doc", m.id), m.doc),
        example: or_text(&cat, &format!("rule-{}-example", m.id), m.example),
        id: m.id,
        law: id,
        params,
        c,
    })
}

/// A statute text's paragraphs.
fn paras(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_string).collect()
}
