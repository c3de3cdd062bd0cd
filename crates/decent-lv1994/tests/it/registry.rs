//! The registry: every rule documented, cited, uniquely named; the law validates.

#[test]
fn the_pack_loads_and_validates() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    assert!(law.rules.len() >= 2);
    for r in &law.rules {
        let m = r.meta();
        assert!(law.section(m.section).is_some(), "{} cites s{}", m.id, m.section);
        assert!(m.doc.contains('"'), "{}: the doc quotes the statute", m.id);
        for p in m.params {
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
