//! The staleness guard of a pack's Latvian catalogue, for any pack: each entry translating an
//! English text (a rule's title, doc or example; a parameter's doc or rationale) carries, on the
//! line above it, a Fluent comment `# en: <hash>` of the English it was translated from, and that
//! hash must be the hash of the current English.

use std::collections::BTreeMap;

use decent_core::rule::RuleMeta;
use decent_core::Law;

/// The mark a Latvian catalogue entry carries of the English it translates: the first 12 hex
/// digits of the SHA-256 of the exact English text.
#[must_use]
pub fn en_hash(text: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(text.as_bytes()).iter().take(6).map(|b| format!("{b:02x}")).collect()
}

/// Each entry of the Fluent `source` (a line `key = …` or `key =` that starts neither with `#`
/// nor with a space, its key without whitespace) and the `# en:` hash on the line above it, if
/// any.
#[must_use]
pub fn en_marks(source: &str) -> BTreeMap<&str, Option<&str>> {
    let mut marked = BTreeMap::new();
    let mut previous = "";
    for line in source.lines() {
        if let Some((key, _)) = line.split_once(" =") {
            if !key.starts_with(['#', ' ']) && !key.contains(char::is_whitespace) {
                marked.insert(key, previous.strip_prefix("# en:").map(str::trim));
            }
        }
        previous = line;
    }
    marked
}

/// The English a rule's catalogue entries translate: `rule-<id>-title`, `-doc`, `-example`.
#[must_use]
pub fn rule_english(m: &RuleMeta) -> [(String, &'static str); 3] {
    [
        (format!("rule-{}-title", m.id), m.title),
        (format!("rule-{}-doc", m.id), m.doc),
        (format!("rule-{}-example", m.id), m.example),
    ]
}

/// The English the parameters' catalogue entries translate: `param-<name>-doc` and, for an
/// interpretation, `param-<name>-rationale` (dots of the name as dashes).
#[must_use]
pub fn param_english(law: &Law) -> BTreeMap<String, &str> {
    let mut english = BTreeMap::new();
    for p in law.params.all() {
        let k = format!("param-{}", p.name.replace('.', "-"));
        english.insert(format!("{k}-doc"), p.doc.as_str());
        if let Some(r) = &p.rationale {
            english.insert(format!("{k}-rationale"), r.as_str());
        }
    }
    english
}

/// The Latvian catalogue file `source` of the rules `ids` of `law`: every rule's title, doc and
/// example has its entry in `lv`, not empty, marked with the hash of its current English, and
/// every entry of the file names one of these rules (`what` names them in the message).
///
/// # Panics
/// When one does not (a failed test), naming the key.
pub fn check_rule_catalogue_file(law: &Law, lv: &decent_i18n::Catalog, source: &str, ids: &[&str], what: &str) {
    let marked = en_marks(source);
    let mut stale = Vec::new();
    for id in ids {
        let Some(r) = law.rules.iter().find(|r| r.meta().id == *id) else { panic!("no rule {id}") };
        for (key, en) in rule_english(r.meta()) {
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
        assert!(ids.iter().any(|id| key.starts_with(&format!("rule-{id}-"))), "{key} names no {what} rule");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hash_is_sha256_cut_to_12_hex_digits() {
        assert_eq!(en_hash(""), "e3b0c44298fc");
    }

    #[test]
    fn an_entry_is_marked_by_the_comment_right_above_it() {
        let m = en_marks("# en: abc\nrule-x-title = X\n  continued = no\nrule-y-doc =\n    Y\n");
        assert_eq!(m.get("rule-x-title"), Some(&Some("abc")));
        assert_eq!(m.get("rule-y-doc"), Some(&None));
        assert_eq!(m.len(), 2);
    }
}
