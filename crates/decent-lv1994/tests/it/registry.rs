//! The registry: every rule documented, cited, uniquely named; the law validates.

#[test]
fn the_pack_loads_and_validates() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    assert!(law.rules.len() >= 2);
    for r in &law.rules {
        let m = r.meta();
        assert!(law.section(m.section).is_some(), "{} cites s{}", m.id, m.section);
        assert!(m.doc.contains('"'), "{}: the doc quotes the statute", m.id);
        for p in r.params() {
            assert!(law.params.get(p).is_some(), "{} reads {p}", m.id);
        }
    }
}

#[test]
fn every_parameter_cites_a_section_and_interpretations_have_rationales() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    for p in law.params.all() {
        assert!(law.section(&p.section).is_some(), "{} cites s{}", p.name, p.section);
        assert!(
            p.name.starts_with(&format!("s{}.", p.section.replace('.', "_"))),
            "{} is named after its section",
            p.name
        );
    }
}

#[test]
fn festive_days_of_1994_follow_product_facts() {
    use decent_core::time::days_from_civil as d;
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let c = &law.calendar;
    // Source: s68 (list lost; PRODUCT.md §7, Law of 3 October 1990).
    for (m, day) in [(1, 1), (5, 1), (6, 23), (6, 24), (11, 18), (12, 25), (12, 26), (12, 31)] {
        assert!(c.is_festive(d(1994, m, day)), "1994-{m:02}-{day:02}");
    }
    assert_eq!(c.name(d(1994, 4, 1)), Some("Good Friday"), "Easter 1994 was 3 April");
    assert!(!c.is_festive(d(1994, 4, 4)), "no Easter Monday before 1997");
    assert!(c.is_festive(d(1997, 3, 31)), "Easter Monday 1997");
    assert!(!c.is_festive(d(1994, 5, 4)), "4 May only from 2002");
    assert!(!c.is_festive(d(1994, 12, 24)), "24 December only from 2007");
    assert!(c.is_festive(d(2007, 12, 24)));
    assert_eq!(c.name(d(1994, 5, 8)), Some("Mother's Day"));
}

// ---- The fixtures: every rule has cases, every case is documented, every snapshot belongs to a
// ---- case, and every choice of every interpretation a rule reads is run by a case.

use std::collections::{BTreeMap, BTreeSet};

use decent_core::params::{ParamKind, Value};

use crate::case::{snapshots, Case, Expect};

fn cases() -> Vec<Case> {
    Case::all().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn every_rule_has_a_breaks_and_a_passes_case_and_every_case_names_a_rule() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let ids: BTreeSet<&str> = law.rules.iter().map(|r| r.meta().id).collect();
    let mut seen: BTreeMap<&str, BTreeSet<&'static str>> = BTreeMap::new();
    let mut bad = Vec::new();
    let all = cases();
    for c in &all {
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
#[test]
fn every_snapshot_belongs_to_a_case() {
    let produced: BTreeSet<String> = cases().iter().map(|c| format!("{}.snap", c.snapshot_name())).collect();
    let dir = snapshots();
    let mut orphans = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let name = e.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".snap") && !produced.contains(&name) {
            orphans.push(name);
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

/// Every case directory is described in its rule's `CASES.md`: an entry (a line naming the case,
/// with the lines that continue it) that cites the statute with `Source: s…`.
#[test]
fn every_case_is_described_in_cases_md_with_its_source() {
    let mut bad = Vec::new();
    for c in cases() {
        let path = c.dir.parent().unwrap().join("CASES.md");
        let Ok(text) = std::fs::read_to_string(&path) else {
            bad.push(format!("{}: no CASES.md for the rule's cases", c.label()));
            continue;
        };
        let lines: Vec<&str> = text.lines().collect();
        let cited = lines.iter().enumerate().filter(|(_, l)| has_word(l, &c.name)).any(|(i, _)| {
            // The entry: this line and the ones continuing it, up to a blank line, a heading or
            // the next list item.
            let mut entry = lines[i].to_string();
            for l in &lines[i + 1..] {
                let t = l.trim_start();
                if t.is_empty() || t.starts_with('#') || t.starts_with("- ") || t.starts_with("* ") {
                    break;
                }
                entry.push_str(l);
            }
            entry.contains("Source: s")
        });
        if !cited {
            bad.push(format!("{}: {} has no entry naming {:?} with `Source: sNN`", c.label(), path.display(), c.name));
        }
    }
    assert!(bad.is_empty(), "{bad:#?}");
}

/// The admissible values of an interpretation that is a choice (a switch has two).
fn choices(p: &decent_core::params::Param) -> Vec<Value> {
    match p.unit.as_str() {
        "choice" => p.choices.iter().map(|c| Value::Text(c.clone())).collect(),
        "bool" => vec![Value::Bool(false), Value::Bool(true)],
        _ => Vec::new(),
    }
}

/// Every choice of every interpretation a rule reads is either the pack's default or set in the
/// `set.txt` of a case of a rule that reads it, so a new choice without a fixture fails here.
#[test]
fn every_interpretation_choice_of_a_rule_is_run_by_a_fixture() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let mut run: BTreeSet<(String, String)> = BTreeSet::new();
    for c in cases() {
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
#[test]
fn every_interpretation_fixture_differs_from_the_default() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let mut same = Vec::new();
    for c in cases() {
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

/// A heuristic that holds the direction data honest: a number whose section sets a floor or a
/// ceiling in words ("at least", "not less than", "not exceed", "no more than", "at most")
/// declares which direction favours the employee, and a direction fits its unit (the load
/// checks that too). Source: s7 (worse stipulations do not take effect), and each section's words.
#[test]
fn every_bounded_number_declares_its_direction() {
    use decent_core::params::Favours;
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let words = ["at least", "not less than", "not exceed", "no more than", "at most"];
    let mut missing = Vec::new();
    for p in law.params.all() {
        if matches!(p.unit.as_str(), "bool" | "choice" | "text") {
            continue;
        }
        let Some(s) = law.section(&p.section) else { continue };
        let text = decent_core::law::normalize_ws(&s.text).to_lowercase();
        if words.iter().any(|w| text.contains(w)) && p.favours == Favours::None {
            missing.push(format!("{} (s{})", p.name, p.section));
        }
        assert!(p.check_direction().is_ok(), "{}", p.name);
    }
    assert!(missing.is_empty(), "bounded by their section's words but no `favours`: {}", missing.join(", "));
}
