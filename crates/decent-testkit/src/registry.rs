//! The fixtures' own registry, for any pack: every rule has cases, every case names a rule and
//! cites its source, every snapshot belongs to a case, every choice of every interpretation a
//! rule reads is run by a case that shows what it changes. Each check panics with the whole list
//! of what is wrong (a pack's `#[test]` calls it).

use std::collections::{BTreeMap, BTreeSet};

use decent_core::params::{Param, ParamKind, Value};

use crate::{Case, Expect, Suite};

/// Every rule of the pack has a `breaks…` and a `passes…` case, and every case directory names a
/// rule and starts with `breaks` or `passes`.
///
/// # Panics
/// When one does not (a failed test).
pub fn every_rule_has_a_breaks_and_a_passes_case(suite: Suite) {
    let law = suite.law();
    let ids: BTreeSet<&str> = law.rules.iter().map(|r| r.meta().id).collect();
    let mut seen: BTreeMap<&str, BTreeSet<&'static str>> = BTreeMap::new();
    let mut bad = Vec::new();
    for c in &suite.cases() {
        let Some(&id) = ids.get(c.rule.as_str()) else {
            bad.push(format!("tests/fixtures/{} names no rule of the pack", c.rule));
            continue;
        };
        match c.expect() {
            Ok(Expect::Breaks) => seen.entry(id).or_default().insert("breaks"),
            Ok(Expect::Passes) => seen.entry(id).or_default().insert("passes"),
            Err(e) => {
                bad.push(e);
                continue;
            }
        };
    }
    for id in &ids {
        for want in ["breaks", "passes"] {
            if !seen.get(id).is_some_and(|s| s.contains(want)) {
                bad.push(format!("rule {id} has no {want}… case in tests/fixtures/{id}/"));
            }
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

/// CI rejects unreferenced snapshots: every `tests/snapshots/*.snap` is `<rule-id>__<case>.snap`
/// of a case directory that exists (a renamed or removed case leaves its old snapshot behind,
/// which `cargo insta` would only report if it were installed).
///
/// # Panics
/// On an orphan (a failed test).
pub fn every_snapshot_belongs_to_a_case(suite: Suite) {
    let produced: BTreeSet<String> = suite.cases().iter().map(|c| format!("{}.snap", c.snapshot_name())).collect();
    let dir = suite.snapshots();
    let mut orphans = Vec::new();
    if dir.exists() {
        for e in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let e = e.unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".snap") && !produced.contains(&name) {
                orphans.push(name);
            }
        }
    }
    assert!(
        orphans.is_empty(),
        "snapshots in {} that no case directory tests/fixtures/<rule-id>/<case>/ produces (delete them, or restore the case): {orphans:#?}",
        dir.display()
    );
}

/// Whether `text` holds `word` delimited by characters that cannot be part of a case name.
fn has_word(text: &str, word: &str) -> bool {
    let part = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    text.match_indices(word).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(part) && !text[i + word.len()..].chars().next().is_some_and(part)
    })
}

/// Whether the rule's `CASES.md` has an entry (a line naming the case, with the lines that
/// continue it, up to a blank line, a heading or the next list item) citing `Source: s…`.
fn cited_in_cases_md(text: &str, name: &str) -> bool {
    let lines: Vec<&str> = text.lines().collect();
    lines.iter().enumerate().filter(|(_, l)| has_word(l, name)).any(|(i, _)| {
        let mut entry = lines[i].to_string();
        for l in &lines[i + 1..] {
            let t = l.trim_start();
            if t.is_empty() || t.starts_with('#') || t.starts_with("- ") || t.starts_with("* ") {
                break;
            }
            entry.push_str(l);
        }
        entry.contains("Source: s")
    })
}

/// Where the case cites the statute it comes from, if it does: its own `README.md`, a `#`
/// comment of its `set.txt`, or its entry in the rule's `CASES.md`, holding `Source: s…`.
pub fn source_of(c: &Case) -> Option<&'static str> {
    let has = |t: &str| t.contains("Source: s");
    if c.read("README.md").ok().flatten().is_some_and(|t| has(&t)) {
        return Some("README.md");
    }
    if c.read("set.txt").ok().flatten().is_some_and(|t| t.lines().any(|l| l.trim_start().starts_with('#') && has(l))) {
        return Some("set.txt");
    }
    if cases_md_cites(c) {
        return Some("CASES.md");
    }
    None
}

/// Whether the case's rule has a `CASES.md` with an entry naming the case (the line naming it and
/// the lines continuing it, up to a blank line, a heading or the next list item) that cites the
/// statute with `Source: s…`.
pub fn cases_md_cites(c: &Case) -> bool {
    let cases_md = c.dir.parent().map(|p| p.join("CASES.md"));
    cases_md.and_then(|p| std::fs::read_to_string(p).ok()).is_some_and(|t| cited_in_cases_md(&t, &c.name))
}

/// Every case cites the statute it comes from with `Source: s…` (see [`source_of`]).
///
/// # Panics
/// On a case that does not (a failed test).
pub fn every_case_cites_its_source(suite: Suite) {
    let bad: Vec<String> = suite
        .cases()
        .iter()
        .filter(|c| source_of(c).is_none())
        .map(|c| {
            format!(
                "{}: no `Source: sNN` in the case's README.md, in a `#` comment of its set.txt, or in an entry naming {:?} in tests/fixtures/{}/CASES.md",
                c.label(),
                c.name,
                c.rule
            )
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
}

/// The admissible values of an interpretation that is a choice (a switch has two).
pub fn choices(p: &Param) -> Vec<Value> {
    match p.unit.as_str() {
        "choice" => p.choices.iter().map(|c| Value::Text(c.clone())).collect(),
        "bool" => vec![Value::Bool(false), Value::Bool(true)],
        _ => Vec::new(),
    }
}

/// Every choice of every interpretation a rule reads is either the pack's default or set in the
/// `set.txt` of a case of a rule that reads it, so a new choice without a fixture fails here.
///
/// # Panics
/// On a choice no case runs (a failed test).
pub fn every_interpretation_choice_of_a_rule_is_run_by_a_fixture(suite: Suite) {
    let law = suite.law();
    let mut run: BTreeSet<(String, String)> = BTreeSet::new();
    for c in suite.cases() {
        let Some(rule) = law.rules.iter().find(|r| r.meta().id == c.rule) else { continue };
        for s in c.sets().unwrap_or_else(|e| panic!("{e}")) {
            let Some(p) = law.params.get(&s.name) else { continue };
            if rule.params().contains(&s.name.as_str()) {
                if let Ok(v) = p.parse_value(&s.value) {
                    run.insert((s.name.clone(), v.to_string()));
                }
            }
        }
    }
    let mut missing = Vec::new();
    for p in law.params.all() {
        if p.kind != ParamKind::Interpretation || !law.rules.iter().any(|r| r.params().contains(&p.name.as_str())) {
            continue;
        }
        for v in choices(p) {
            let default = p.values.iter().any(|d| d.value == v);
            if !default && !run.contains(&(p.name.clone(), v.to_string())) {
                let readers: Vec<&str> =
                    law.rules.iter().filter(|r| r.params().contains(&p.name.as_str())).map(|r| r.meta().id).collect();
                missing.push(format!(
                    "{}={v}: no case of {} sets it in set.txt (add tests/fixtures/<rule-id>/breaks-…/ or passes-…/ whose outcome differs from the default)",
                    p.name,
                    readers.join(" or ")
                ));
            }
        }
    }
    assert!(missing.is_empty(), "interpretation choices no fixture runs: {missing:#?}");
}

/// A case that sets a choice of an interpretation other than the default exists to show what
/// that choice changes: its own rule's findings differ from those of the same files without
/// `set.txt`.
///
/// # Panics
/// On a case whose choice changes nothing (a failed test).
pub fn every_interpretation_fixture_differs_from_the_default(suite: Suite) {
    let law = suite.law();
    let mut same = Vec::new();
    for c in suite.cases() {
        let sets = c.sets().unwrap_or_else(|e| panic!("{e}"));
        let chooses = sets.iter().any(|s| {
            law.params.get(&s.name).is_some_and(|p| {
                p.kind == ParamKind::Interpretation
                    && !choices(p).is_empty()
                    && p.parse_value(&s.value).is_ok_and(|v| !p.values.iter().any(|d| d.value == v))
            })
        });
        if !chooses {
            continue;
        }
        let own = |found: Vec<(String, String)>| -> Vec<String> {
            found.into_iter().filter(|(r, _)| *r == c.rule).map(|(_, l)| l).collect()
        };
        let with = own(c.findings().unwrap_or_else(|e| panic!("{e}")));
        let without = own(c.findings_without_sets().unwrap_or_else(|e| panic!("{e}")));
        if with == without {
            same.push(format!(
                "{}: {} gives the same {} findings as the default: {with:#?}",
                c.label(),
                sets.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join(", "),
                c.rule
            ));
        }
    }
    assert!(same.is_empty(), "{same:#?}");
}

/// Every finding of every case renders in English and Latvian: each case's messages have their
/// keys and arguments in both catalogues of the pack.
///
/// # Panics
/// When one does not (a failed test), naming the case, rule and language.
pub fn every_finding_of_every_case_renders_in_both_languages(suite: Suite) {
    use decent_i18n::Lang;
    let cats = [suite.catalog(Lang::En), suite.catalog(Lang::Lv)];
    let mut errors = Vec::new();
    for case in suite.cases() {
        for (rule, m) in case.messages().unwrap_or_else(|e| panic!("{e}")) {
            for cat in &cats {
                if let Err(e) = cat.try_render(&m) {
                    errors.push(format!("{}: {rule}: {}: {e}", case.label(), cat.lang().code()));
                }
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

/// The registry checks every pack runs the same way, one `#[test]` each, for the [`Suite`]
/// `$suite`: every rule has a `breaks…` and a `passes…` case, every snapshot belongs to a case,
/// every choice of every interpretation a rule reads is run by a case, and a case choosing a
/// non-default interpretation shows what it changes.
///
/// ```ignore
/// decent_testkit::registry_tests!(crate::case::SUITE);
/// ```
#[macro_export]
macro_rules! registry_tests {
    ($suite:expr) => {
        /// Every rule has a `breaks…` case (a roster from the statute's words that breaks it)
        /// and a `passes…` case (a near miss that does not); every case directory names a rule.
        #[test]
        fn every_rule_has_a_breaks_and_a_passes_case_and_every_case_names_a_rule() {
            $crate::registry::every_rule_has_a_breaks_and_a_passes_case($suite);
        }

        /// CI rejects unreferenced snapshots: every `tests/snapshots/*.snap` is
        /// `<rule-id>__<case>.snap` of a case directory that exists.
        #[test]
        fn every_snapshot_belongs_to_a_case() {
            $crate::registry::every_snapshot_belongs_to_a_case($suite);
        }

        /// Every choice of every interpretation a rule reads is either the pack's default or set
        /// in the `set.txt` of a case of a rule that reads it, so a new choice without a fixture
        /// fails here.
        #[test]
        fn every_interpretation_choice_of_a_rule_is_run_by_a_fixture() {
            $crate::registry::every_interpretation_choice_of_a_rule_is_run_by_a_fixture($suite);
        }

        /// A case that sets a choice of an interpretation other than the default exists to show
        /// what that choice changes: its own rule's findings differ from those of the same files
        /// without `set.txt`.
        #[test]
        fn every_interpretation_fixture_differs_from_the_default() {
            $crate::registry::every_interpretation_fixture_differs_from_the_default($suite);
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_case_name_is_a_whole_word() {
        assert!(has_word("- `breaks` — Source: s51", "breaks"));
        assert!(!has_word("- `breaks-two` — Source: s51", "breaks"));
        assert!(!has_word("- `passes_x`", "passes"));
    }

    #[test]
    fn a_cases_md_entry_runs_to_the_next_item() {
        let md = "# rule\n\n- `breaks`: the shift\n  is long. Source: s51\n- `passes`: none\n\n Source: s52\n";
        assert!(cited_in_cases_md(md, "breaks"));
        assert!(!cited_in_cases_md(md, "passes"), "a citation after a blank line is not the entry's");
    }
}
