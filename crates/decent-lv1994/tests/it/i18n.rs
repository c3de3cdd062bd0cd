//! The pack's messages in both languages: the same keys in English and Latvian, every finding
//! of every fixture case rendered in both without a missing key or argument, and the Latvian
//! catalogue of every rule and parameter (`decent rules --lang lv`, `decent explain --lang lv`).

use std::collections::BTreeSet;

use decent_core::pack::Pack;
use decent_i18n::{Catalog, Lang};

use crate::case::{cases, catalog};

/// A catalogue of one of the pack's files alone (no common words), to compare like with like.
fn file(lang: Lang, name: &str) -> Catalog {
    let sources: Vec<_> =
        decent_lv1994::Lv1994.messages(lang.code()).into_iter().filter(|(n, _)| n.ends_with(name)).collect();
    assert_eq!(sources.len(), 1, "{}: one {name}", lang.code());
    Catalog::new(lang, &sources, "s").unwrap_or_else(|e| panic!("{e}"))
}

/// (a) The rule messages have exactly the same keys in English and Latvian.
#[test]
fn rule_messages_have_the_same_keys_in_both_languages() {
    let missing = decent_i18n::missing_keys(&file(Lang::En, "rules.ftl"), &file(Lang::Lv, "rules.ftl"));
    assert!(missing.is_empty(), "keys missing: {missing:#?}");
}

/// (b) Every finding of every fixture case renders in both languages: its key exists and every
/// argument its words use is given.
#[test]
fn every_finding_of_every_case_renders_in_both_languages() {
    let cats = [catalog(Lang::En), catalog(Lang::Lv)];
    let mut keys = BTreeSet::new();
    let mut errors = Vec::new();
    for case in cases() {
        for (rule, m) in case.messages().unwrap_or_else(|e| panic!("{e}")) {
            keys.insert(m.key.to_string());
            for cat in &cats {
                if let Err(e) = cat.try_render(&m) {
                    errors.push(format!("{}: {rule}: {e}", case.label()));
                }
                // A nested key (a festive day's name, a limb) falls back to its key silently.
                for (name, a) in &m.args {
                    if let decent_core::Arg::Key(k) = a {
                        if !cat.has(k) {
                            errors.push(format!(
                                "{}: {rule}: {}: no message {k:?} for ${name}",
                                case.label(),
                                cat.lang().code()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(keys.len() >= 20, "the fixtures reach most messages: {keys:?}");
}

/// Every festive day of the calendar has its name in both languages.
#[test]
fn every_festive_day_is_named_in_both_languages() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    for cat in [catalog(Lang::En), catalog(Lang::Lv)] {
        let mut names = BTreeSet::new();
        for year in [1994, 1997, 2002, 2007, 2020] {
            let first = decent_core::time::days_from_civil(year, 1, 1);
            for d in first..first + 366 {
                if let Some(n) = law.calendar.name(d) {
                    names.insert(n.to_string());
                }
            }
        }
        assert!(names.len() >= 12, "{names:?}");
        for n in names {
            let key = decent_lv1994::rules::words::festive_key_of(&n);
            assert!(cat.has(&key), "{}: no name for {n:?} ({key})", cat.lang().code());
        }
        assert!(cat.has("festive-unnamed"));
    }
}

/// (c) Every rule (title, doc, example) and every parameter (doc; rationale of an interpretation) has its
/// Latvian catalogue entry, and no entry names a rule or parameter that does not exist.
#[test]
fn every_rule_and_parameter_has_its_latvian_catalogue() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let lv = file(Lang::Lv, "catalogue.ftl");
    let mut wanted = BTreeSet::new();
    for r in &law.rules {
        let id = r.meta().id;
        wanted.insert(format!("rule-{id}-title"));
        wanted.insert(format!("rule-{id}-doc"));
        wanted.insert(format!("rule-{id}-example"));
    }
    for p in law.params.all() {
        let k = format!("param-{}", p.name.replace('.', "-"));
        wanted.insert(format!("{k}-doc"));
        if p.rationale.is_some() {
            wanted.insert(format!("{k}-rationale"));
        }
    }
    let common = Catalog::new(Lang::Lv, &[], "s").unwrap_or_else(|e| panic!("{e}"));
    let have: BTreeSet<String> = lv.keys().iter().filter(|k| !common.has(k)).cloned().collect();
    let missing: Vec<_> = wanted.difference(&have).collect();
    let stale: Vec<_> = have.difference(&wanted).collect();
    assert!(missing.is_empty(), "lv catalogue.ftl lacks: {missing:#?}");
    assert!(stale.is_empty(), "lv catalogue.ftl names no rule or parameter: {stale:#?}");
    for k in &wanted {
        let text = lv.try_render(&decent_core::Message::new(k.clone())).unwrap_or_else(|e| panic!("{e}"));
        assert!(!text.trim().is_empty(), "{k} is empty");
    }
}

/// The mark a Latvian catalogue entry carries of the English it translates: the first 12 hex
/// digits of the SHA-256 of the exact English text (a rule's `RuleMeta` title, doc or example; a
/// parameter's doc or rationale in `law/params/*.toml`).
fn en_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// (d) The staleness guard: right above every rule and parameter entry of the Latvian catalogue
/// is a Fluent comment `# en: <hash>` of the English text it was translated from, and that hash
/// is the hash of the current English. An English text that changes without its Latvian being
/// re-translated (and re-marked) fails here, naming the key.
#[test]
fn every_latvian_catalogue_entry_translates_the_current_english() {
    use std::collections::BTreeMap;

    // The hash is SHA-256, cut to 12 hex digits (the empty string's digest starts e3b0c44298fc).
    assert_eq!(en_hash(""), "e3b0c44298fc");
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let mut english: BTreeMap<String, &str> = BTreeMap::new();
    for r in &law.rules {
        let m = r.meta();
        english.insert(format!("rule-{}-title", m.id), m.title);
        english.insert(format!("rule-{}-doc", m.id), m.doc);
        english.insert(format!("rule-{}-example", m.id), m.example);
    }
    for p in law.params.all() {
        let k = format!("param-{}", p.name.replace('.', "-"));
        english.insert(format!("{k}-doc"), &p.doc);
        if let Some(r) = &p.rationale {
            english.insert(format!("{k}-rationale"), r);
        }
    }
    let sources = decent_lv1994::Lv1994.messages(Lang::Lv.code());
    let Some((_, source)) = sources.iter().find(|(n, _)| n.ends_with("catalogue.ftl")) else {
        panic!("lv: no catalogue.ftl");
    };
    // Each entry's key and the `# en:` hash on the line above it, if any.
    let mut marked: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    let mut previous = "";
    for line in source.lines() {
        if let Some((key, _)) = line.split_once(" =") {
            if (key.starts_with("rule-") || key.starts_with("param-")) && !key.contains(char::is_whitespace) {
                marked.insert(key, previous.strip_prefix("# en:").map(str::trim));
            }
        }
        previous = line;
    }
    assert!(
        marked.len() >= english.len(),
        "lv catalogue.ftl: {} entries, {} English texts",
        marked.len(),
        english.len()
    );
    let mut stale = Vec::new();
    for (key, text) in &english {
        let now = en_hash(text);
        match marked.get(key.as_str()) {
            Some(Some(h)) if *h == now => {}
            Some(Some(h)) => {
                stale.push(format!("{key}: translates the English {h}, the English is now {now}: re-translate it"));
            }
            Some(None) => stale.push(format!("{key}: no `# en: {now}` line above it")),
            None => {} // A missing entry is test (c)'s to name.
        }
    }
    assert!(stale.is_empty(), "lv catalogue.ftl: {} entries are stale or unmarked:\n{}", stale.len(), stale.join("\n"));
}

/// Every column the pack declares has its meaning in the Latvian catalogue, and the catalogue
/// names no column the pack does not declare (`decent laws --lang lv`).
#[test]
fn every_declared_column_has_its_latvian_meaning() {
    let lv = file(Lang::Lv, "attrs.ftl");
    let schema = decent_lv1994::Lv1994.schema();
    let declared: BTreeSet<String> =
        schema.employee.iter().chain(schema.shift).map(|a| format!("attr-{}", a.name)).collect();
    let listed: BTreeSet<String> = lv.keys().iter().filter(|k| k.starts_with("attr-")).cloned().collect();
    assert_eq!(declared, listed);
    for key in &declared {
        assert!(!lv.text(key).trim().is_empty(), "{key} has no words");
    }
}
