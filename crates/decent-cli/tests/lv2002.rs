//! The lv-2002 pack on the command line, run on the built binary: `decent laws` lists it beside
//! lv-1994; `decent rules` and `decent explain` show the official Latvian text, say that it is
//! the official text, and give the unofficial English working translation beside it.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::decent;

#[test]
fn laws_lists_both_packs() {
    let (code, out, err) = decent(&["laws", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    let ids: Vec<&str> = doc["laws"].as_array().unwrap().iter().filter_map(|l| l["id"].as_str()).collect();
    assert_eq!(ids, ["lv-1994", "lv-2002"]);
    let lv = &doc["laws"][1];
    assert_eq!(lv["valid_from"], "2002-06-01");
    assert!(lv["valid_to"].is_null(), "{lv}");
    assert_eq!(lv["text_language"], "lv");
    assert_eq!(lv["default"], false);
    let (_, table, _) = decent(&["laws"]);
    assert!(table.contains("lv-1994 (default)") && table.contains("lv-2002 — Labour Law of Latvia"), "{table}");
}

#[test]
fn rules_in_latvian_shows_the_latvian_title_and_parameters() {
    let (code, out, err) = decent(&["rules", "--law", "lv-2002", "--lang", "lv"]);
    assert_eq!(code, 0, "{err}");
    for w in [
        "lv-2002 — Darba likums",
        "Interpretācijas:",
        "s142.daily_rest (s142) = 12",
        // Source: s142(1), quoted in the Latvian catalogue.
        "„Diennakts atpūtas ilgums 24 stundu periodā nedrīkst būt īsāks par 12 stundām pēc kārtas”",
        // Source: s136(5), with the day its value changed.
        "s136.overtime_limit (s136) = 144; 8 no 2015-01-01",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    assert!(!out.contains("Daily rest within a 24-hour period"), "{out}");
}

#[test]
fn explain_shows_the_official_latvian_text_and_the_unofficial_translation() {
    for lang in ["en", "lv"] {
        let (code, out, err) = decent(&["explain", "s142", "--law", "lv-2002", "--lang", lang]);
        assert_eq!(code, 0, "{err}");
        // Source: s142(1) and (2), the statute's own words.
        assert!(
            out.contains(
                "  (1) Diennakts atpūtas ilgums 24 stundu periodā nedrīkst būt īsāks par 12 stundām pēc kārtas."
            ),
            "{out}"
        );
        assert!(out.contains("  (2) Diennakts atpūtas ilgums bērniem"), "{out}");
        assert!(
            out.contains("  (1) Daily rest within a 24-hour period may not be shorter than 12 consecutive hours."),
            "{out}"
        );
        let (official, unofficial) = if lang == "en" {
            ("the official consolidated Latvian text", "Working translation, unofficial")
        } else {
            ("oficiālais konsolidētais teksts latviešu valodā", "Neoficiāls darba tulkojums")
        };
        assert!(out.contains(official) && out.contains(unofficial), "{out}");
        // The Latvian comes first, the translation after it.
        assert!(out.find("Diennakts atpūtas ilgums") < out.find("Daily rest within"), "{out}");
    }
    // A parameter shows its section the same way; points of a list keep their lines.
    let (_, out, _) = decent(&["explain", "s136.overtime_limit", "--law", "lv-2002"]);
    assert!(
        out.contains("= 144; 8 from 2015-01-01")
            && out.contains("\n  1) ja to prasa sabiedrības visneatliekamākās vajadzības;\n"),
        "{out}"
    );
    // lv-1994 holds an English text and no translation: its section shows as before.
    let (_, out, _) = decent(&["explain", "s59"]);
    assert!(out.contains("Section 59. The Maximum Overtime") && !out.contains("translation"), "{out}");
}

/// Source: s136(5). The JSON catalogue gives each value's first day and the law that set it.
#[test]
fn rules_json_dates_each_value_and_names_the_amending_law() {
    let (code, out, err) = decent(&["rules", "--law", "lv-2002", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["law"], "lv-2002");
    let p = doc["parameters"].as_array().unwrap().iter().find(|p| p["name"] == "s136.overtime_limit").unwrap();
    assert_eq!(p["values"][1]["from"], "2015-01-01", "{p}");
    assert_eq!(p["values"][1]["value"], "8", "{p}");
    assert!(p["values"][1]["note"].as_str().unwrap().contains("Law of 23 October 2014"), "{p}");
}
