//! The pack's data: the sections the rules, pay and terms cite are held, in Latvian and in the
//! English working translation; every parameter names a section the pack holds and quotes its
//! words; the dated values change on the day the amending law says.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use decent_core::pack::Pack;
use decent_core::params::Value;
use decent_core::time::days_from_civil;
use decent_i18n::{Catalog, Lang};
use decent_lv2002::data;

/// The sections the next rules, pay and terms need (issue 9: s6, s15, s16, s20, s67, s68, s74,
/// s75, s100, s101, s103, s109, s110, s112, s130–s146, s149–s152), each with its Latvian title
/// and text and an English working translation.
#[test]
fn the_sections_the_law_needs_are_held_in_both_languages() {
    let raw = data::raw_sections().unwrap_or_else(|e| panic!("{e}"));
    let mut wanted: Vec<String> =
        ["6", "15", "16", "20", "67", "68", "74", "75", "100", "101", "103", "109", "110", "112"]
            .map(String::from)
            .to_vec();
    wanted.extend((130..=146).map(|n| n.to_string()));
    wanted.extend((149..=152).map(|n| n.to_string()));
    for n in &wanted {
        let s = raw.iter().find(|s| &s.number == n).unwrap_or_else(|| panic!("s{n} is not held"));
        assert!(!s.text.trim().is_empty() && !s.text_en.trim().is_empty(), "s{n}");
        // The Latvian text is Latvian (letters English lacks) and the translation is not.
        assert!(s.text.contains(['ā', 'ē', 'ī', 'ū', 'š', 'ž', 'ņ', 'ļ', 'ķ', 'ģ', 'č']), "s{n}: {}", s.text);
        let latvian_letters = |t: &str| t.chars().filter(|c| "āēīūšžņļķģčĀĒĪŪŠŽ".contains(*c)).count();
        assert!(latvian_letters(&s.text_en) < 5, "s{n}: {}", s.text_en);
        // Parts in the same order in both: "(1)" … "(n)".
        let parts = |t: &str| {
            t.split("\n\n")
                .filter(|p| p.starts_with('('))
                .filter_map(|p| p.split(')').next().map(str::to_string))
                .collect::<Vec<_>>()
        };
        assert_eq!(parts(&s.text), parts(&s.text_en), "s{n}: the translation's parts");
    }
    // Source: s138(1), s142(1), s143(1) — the words the parameters quote.
    let text = |n: &str| raw.iter().find(|s| s.number == n).map(|s| s.text.clone()).unwrap();
    assert!(text("138").contains("Nakts darbs ir ikviens darbs, ko veic nakts laikā vairāk nekā divas stundas."));
    assert!(text("142").contains("nedrīkst būt īsāks par 12 stundām pēc kārtas"));
    assert!(text("143").contains("nedrīkst būt īsāks par 42 stundām pēc kārtas"));
    assert!(text("136").contains("vidēji astoņas stundas septiņu dienu periodā"));
}

/// Every parameter and interpretation loads, names a section the pack holds, and each phrase its
/// English doc quotes is in that section's English translation (`"…"`, an ellipsis ` ... `
/// joining parts), each phrase its Latvian catalogue entry quotes in the Latvian text (`„…”`).
#[test]
fn every_parameter_names_a_held_section_and_quotes_its_words() {
    let law = decent_lv2002::law().unwrap_or_else(|e| panic!("{e}"));
    let raw = data::raw_sections().unwrap();
    let lv = Catalog::new(Lang::Lv, &decent_lv2002::PACK.messages("lv"), "s").unwrap_or_else(|e| panic!("{e}"));
    let ws = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let quotes = |t: &str, open: char, close: char| -> Vec<String> {
        t.split(open).skip(1).filter_map(|q| q.split(close).next()).map(str::to_string).collect()
    };
    assert!(law.params.all().len() >= 60, "{}", law.params.all().len());
    let mut quoted = 0;
    for p in law.params.all() {
        let s =
            raw.iter().find(|s| s.number == p.section).unwrap_or_else(|| panic!("{}: s{} not held", p.name, p.section));
        for q in quotes(&p.doc, '"', '"').iter().step_by(2) {
            for part in q.split(" ... ") {
                assert!(
                    ws(&s.text_en).contains(&ws(part)),
                    "{}: {part:?} is not in the translation of s{}",
                    p.name,
                    p.section
                );
                quoted += 1;
            }
        }
        let doc = lv.text(&format!("param-{}-doc", p.name.replace('.', "-")));
        for q in quotes(&doc, '„', '”') {
            assert!(ws(&s.text).contains(&ws(&q)), "{}: „{q}” is not in the Latvian text of s{}", p.name, p.section);
            quoted += 1;
        }
    }
    assert!(quoted >= 80, "{quoted} quotes checked");
}

/// Source: s136(5). The overtime limit is 144 hours in four months to 31 December 2014 and on
/// average 8 hours per seven days from 1 January 2015 (the Law of 23 October 2014).
#[test]
fn the_overtime_limit_changes_on_1_january_2015() {
    let law = decent_lv2002::law().unwrap();
    let (before, after) = (days_from_civil(2014, 12, 31), days_from_civil(2015, 1, 1));
    assert_eq!(law.params.minutes("s136.overtime_limit", before), 144 * 60);
    assert_eq!(law.params.minutes("s136.overtime_limit", after), 8 * 60);
    assert_eq!(law.params.choice("s136.overtime_limit_basis", before), "total-in-period");
    assert_eq!(law.params.choice("s136.overtime_limit_basis", after), "average-per-7-days");
    assert_eq!(law.params.minutes("s136.reference_months", after), 4 * 60);
    let p = law.params.get("s136.overtime_limit").unwrap();
    let note = p.dated_on(after).and_then(|d| d.note.clone()).unwrap_or_default();
    assert!(note.contains("23 October 2014"), "{note}");
    // The values the issue names, read as the rules will read them.
    for (name, minutes) in [
        ("s131.daily_norm", 8 * 60),
        ("s131.weekly_norm", 40 * 60),
        ("s131.offset", 60),
        ("s131.special_risk_daily", 7 * 60),
        ("s131.special_risk_weekly", 35 * 60),
        ("s133.six_day_daily", 7 * 60),
        ("s135.eve_reduction", 60),
        ("s138.night_threshold", 2 * 60),
        ("s138.night_worker_reduction", 60),
        ("s140.max_in_a_row", 24 * 60),
        ("s140.max_weekly", 56 * 60),
        ("s140.average_daily_rest", 12 * 60),
        ("s140.average_weekly_rest", 35 * 60),
        ("s142.daily_rest", 12 * 60),
        ("s142.daily_rest_children", 14 * 60),
        ("s143.weekly_rest", 42 * 60),
        ("s145.break_after", 6 * 60),
        ("s145.break_after_adolescent", 270),
        ("s145.break_latest_after", 4 * 60),
        ("s146.feeding_every", 3 * 60),
    ] {
        assert_eq!(law.params.minutes(name, after), minutes, "{name}");
    }
    assert_eq!(law.params.get("s145.break_min").and_then(|p| p.on(after)), Some(&Value::Num(30.into())));
    assert_eq!(law.params.get("s140.reference_period").and_then(|p| p.on(after)), Some(&Value::Num(1.into())));
}

/// The English working translation the catalogues carry is the translation in sections.toml,
/// word for word, paragraphs and points kept (a Fluent source that lost a line or a blank line
/// would show another text).
#[test]
fn the_catalogue_carries_the_translation_unchanged() {
    let raw = data::raw_sections().unwrap();
    for lang in [Lang::En, Lang::Lv] {
        let cat = Catalog::new(lang, &decent_lv2002::PACK.messages(lang.code()), "s").unwrap_or_else(|e| panic!("{e}"));
        for s in &raw {
            let key = data::statute_key(&s.number);
            assert_eq!(cat.text(&format!("{key}-title")), s.title_en, "{}: s{}", lang.code(), s.number);
            assert_eq!(cat.text(&format!("{key}-text")), s.text_en, "{}: s{}", lang.code(), s.number);
        }
    }
    assert_eq!(data::statute_key("75.3"), "statute-75-3");
}
