//! The pack's messages in both languages: the same keys in English and Latvian, and the Latvian
//! catalogue of every parameter (`decent rules --lang lv`, `decent explain --lang lv`), each entry
//! marked with the English it translates.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use std::collections::BTreeSet;

use decent_core::pack::Pack;
use decent_i18n::{Catalog, Lang};
use decent_lv2002::PACK;
use decent_testkit::catalogue::{en_hash, en_marks, param_english};

/// A catalogue of one of the pack's files alone (no common words).
fn file(lang: Lang, name: &str) -> Catalog {
    let sources: Vec<_> = PACK.messages(lang.code()).into_iter().filter(|(n, _)| n.ends_with(name)).collect();
    assert_eq!(sources.len(), 1, "{}: one {name}", lang.code());
    Catalog::new(lang, &sources, "s").unwrap_or_else(|e| panic!("{e}"))
}

/// The rule messages, and the pack's messages as a whole, have the same keys in both languages.
#[test]
fn messages_have_the_same_keys_in_both_languages() {
    let missing = decent_i18n::missing_keys(&file(Lang::En, "rules.ftl"), &file(Lang::Lv, "rules.ftl"));
    assert!(missing.is_empty(), "keys missing: {missing:#?}");
    // Every English message has its Latvian (the Latvian has more: the catalogue of parameters,
    // whose English is in law/params/*.toml).
    let en = Catalog::new(Lang::En, &PACK.messages("en"), "s").unwrap();
    let lv = Catalog::new(Lang::Lv, &PACK.messages("lv"), "s").unwrap();
    let untranslated: Vec<_> = en.keys().iter().filter(|k| !lv.has(k)).collect();
    assert!(untranslated.is_empty(), "{untranslated:?}");
    // The translation of the statute is in both (a section key the reader of either sees).
    assert!(en.has("statute-142-text") && lv.has("statute-142-text"));
}

/// Every parameter's doc and every interpretation's rationale has its Latvian entry, no entry
/// names a parameter that does not exist, and each carries `# en:` with the hash of the current
/// English (an English text changed without re-translating its Latvian fails here).
#[test]
fn every_parameter_has_its_current_latvian_catalogue_entry() {
    let law = decent_lv2002::law().unwrap_or_else(|e| panic!("{e}"));
    let english = param_english(&law);
    let lv = file(Lang::Lv, "catalogue.ftl");
    let common = Catalog::new(Lang::Lv, &[], "s").unwrap();
    let have: BTreeSet<String> = lv.keys().iter().filter(|k| !common.has(k)).cloned().collect();
    let wanted: BTreeSet<String> = english.keys().cloned().collect();
    assert_eq!(wanted.difference(&have).collect::<Vec<_>>(), Vec::<&String>::new(), "missing");
    assert_eq!(have.difference(&wanted).collect::<Vec<_>>(), Vec::<&String>::new(), "stale");
    let sources = PACK.messages("lv");
    let (_, source) = sources.iter().find(|(n, _)| n.ends_with("catalogue.ftl")).unwrap();
    let marked = en_marks(source);
    let mut stale = Vec::new();
    for (key, text) in &english {
        let now = en_hash(text);
        if marked.get(key.as_str()).copied().flatten() != Some(now.as_str()) {
            stale.push(format!("{key}: expected `# en: {now}` above it"));
        }
        assert!(!lv.text(key).trim().is_empty(), "{key} is empty");
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}
