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

use decent_testkit::registry;

use crate::case::SUITE;

decent_testkit::registry_tests!(SUITE);

/// Every case directory is described in its rule's `CASES.md`: an entry (a line naming the case,
/// with the lines that continue it) that cites the statute with `Source: s…`.
#[test]
fn every_case_is_described_in_cases_md_with_its_source() {
    let bad: Vec<String> = crate::case::cases()
        .iter()
        .filter(|c| !registry::cases_md_cites(c))
        .map(|c| {
            format!(
                "{}: tests/fixtures/{}/CASES.md has no entry naming {:?} with `Source: sNN`",
                c.label(),
                c.rule,
                c.name
            )
        })
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
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
