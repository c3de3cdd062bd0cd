//! The Latvian of the rest rules (s139–s146): every rule in `i18n/lv/catalogue-rest.ftl` has its
//! title, doc and example, each marked `# en:` with the hash of the English it translates (an
//! English text changed without re-translating its Latvian fails here), and each message key of
//! these rules renders in both languages.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use std::collections::BTreeMap;

use decent_core::pack::Pack;
use decent_lv2002::PACK;

const FILE: &str = include_str!("../i18n/lv/catalogue-rest.ftl");

/// The ids of the rules this file translates: those of s139–s146 (`rules::shifts`, `rules::rest`).
fn ids() -> Vec<&'static str> {
    let law = decent_lv2002::law().unwrap();
    let ours = ["139", "140", "142", "143", "144", "145", "146"];
    law.rules.iter().filter(|r| ours.contains(&r.meta().section)).map(|r| r.meta().id).collect()
}

fn en_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().take(6).map(|b| format!("{b:02x}")).collect()
}

#[test]
fn every_rest_rule_has_its_current_latvian() {
    let mut marked: BTreeMap<&str, Option<&str>> = BTreeMap::new();
    let mut previous = "";
    for line in FILE.lines() {
        if let Some((key, _)) = line.split_once(" =").filter(|(k, _)| !k.starts_with(['#', ' '])) {
            marked.insert(key, previous.strip_prefix("# en:").map(str::trim));
        }
        previous = line;
    }
    let lv = decent_i18n::Catalog::new(decent_i18n::Lang::Lv, &PACK.messages("lv"), "s").unwrap();
    let law = decent_lv2002::law().unwrap();
    let mut stale = Vec::new();
    for id in ids() {
        let r = law.rules.iter().find(|r| r.meta().id == id).unwrap();
        let m = r.meta();
        for (w, en) in [("title", m.title), ("doc", m.doc), ("example", m.example)] {
            let key = format!("rule-{id}-{w}");
            let want = en_hash(en);
            if marked.get(key.as_str()).copied().flatten() != Some(want.as_str()) {
                stale.push(format!("{key}: expected `# en: {want}` above it"));
            }
            assert!(!lv.text(&key).trim().is_empty(), "{key} is empty");
        }
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
    // No entry for a rule that does not exist.
    for key in marked.keys() {
        assert!(ids().iter().any(|id| key.starts_with(&format!("rule-{id}-"))), "{key} names no rest rule");
    }
}
