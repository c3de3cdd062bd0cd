//! `--lang`: `decent check` prints its headers and every finding's message in Latvian with
//! `--lang lv` and in English with `--lang en`; `decent explain` shows a rule's Latvian doc.
//! Run on the built binary.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod common;

use common::{decent, Dir};

/// A week of three 8-hour days and two of 11 h (46 h: s45; the 3 h past each day's 8 h are
/// overtime, 6 h in two days: above s59's two-day cap) and an 8.5-hour night shift (s50).
const SHIFTS: &str = "employee_id,start,end\n\
A,1995-03-06T08:00,1995-03-06T16:00\n\
A,1995-03-07T08:00,1995-03-07T16:00\n\
A,1995-03-08T08:00,1995-03-08T16:00\n\
A,1995-03-09T08:00,1995-03-09T19:00\n\
A,1995-03-10T08:00,1995-03-10T19:00\n\
B,1995-03-06T22:00,1995-03-07T06:30\n";

fn check(lang: &str) -> String {
    let d = Dir::new(lang);
    let p = d.0.join("shifts.csv");
    std::fs::write(&p, SHIFTS).unwrap();
    let (code, out, err) = decent(&["check", "--shifts", p.to_str().unwrap(), "--lang", lang]);
    assert_eq!(code, 1, "violations exit 1; stderr: {err}");
    out
}

#[test]
fn check_speaks_latvian_with_lang_lv() {
    let out = check("lv");
    // Headers and severity.
    for w in ["smagums", "pants", "noteikums", "darbinieks", "ziņojums", "pārkāpums"] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    // Messages, numbers in the Latvian format.
    for w in [
        "Nedēļā no 1995-03-06 normālais darba laiks ir 46 h, kas pārsniedz normu 40 h",
        "virsstundas (s57)",
        "rakstveida piekrišanu",
        "Virsstundu darbs 6 h apmērā 1995-03-09 un 1995-03-10 (3 h un 3 h)",
        "divās dienās pēc kārtas",
        "nakts maiņa no 1995-03-06 22:00 līdz 1995-03-07 06:30 ilgst 8,5 h",
        "saīsiniet to par 1,5 h",
        "nav pārbaudīts: feeding-breaks (s177): shifts.csv nav kolonnas feeding_minutes",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["normal working hours", "of overtime", "night shift", "violation"] {
        assert!(!out.contains(w), "English {w:?} in:\n{out}");
    }
}

#[test]
fn check_speaks_english_with_lang_en() {
    let out = check("en");
    for w in [
        "severity",
        "message",
        "violation",
        "46 h of normal working hours in the week from 1995-03-06, above the 40 h norm",
        "6 h of overtime on 1995-03-09 and 1995-03-10 (3 h and 3 h)",
        "the night shift from 1995-03-06 22:00 to 1995-03-07 06:30 lasts 8.5 h",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["pārkāpums", "virsstund", "8,5 h"] {
        assert!(!out.contains(w), "Latvian {w:?} in:\n{out}");
    }
}

#[test]
fn explain_shows_the_latvian_doc_with_lang_lv() {
    let (code, out, err) = decent(&["explain", "weekly-rest", "--lang", "lv"]);
    assert_eq!(code, 0, "{err}");
    for w in [
        "Nepārtraukta iknedēļas atpūta 42 stundas",
        "Atpūta ir laiks bez jebkāda veida maiņas",
        "Kur meklē 42 stundu iknedēļas atpūtu.",
        "pamatojums:",
        "Piemērs: Astoņas dienas pēc kārtas, no pirmdienas līdz nākamajai pirmdienai",
        "Likuma teksts:",
        "65. pants.",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    // The statute's own text stays in the language the pack holds, and says so.
    assert!(out.contains("The continuous weekly leisure shall last at least fourty-two hours."), "{out}");
    assert!(out.contains("likuma teksts tādā valodā, kādā to satur pakete"), "{out}");
    let (_, en, _) = decent(&["explain", "weekly-rest", "--lang", "en"]);
    assert!(en.contains("Continuous weekly rest of 42 hours") && !en.contains("Nepārtraukta"), "{en}");
}

#[test]
fn rules_lists_latvian_titles_and_parameter_docs_with_lang_lv() {
    let (code, out, err) = decent(&["rules", "--lang", "lv"]);
    assert_eq!(code, 0, "{err}");
    for w in ["noteikums", "Nepārtraukta iknedēļas atpūta 42 stundas", "Interpretācijas:", "Kur meklē 42 stundu"]
    {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    assert!(!out.contains("Continuous weekly rest of 42 hours"), "{out}");
}
