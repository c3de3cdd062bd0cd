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

/// Night hours and a festive day (18 November) for an hourly employee, earnings for the
/// calculators.
const PAY_SHIFTS: &str = "employee_id,start,end\n\
a,1994-11-15T22:00,1994-11-16T06:00\n\
a,1994-11-18T08:00,1994-11-18T16:00\n";
const PAY_EMPLOYEES: &str = "employee_id,hourly_rate\na,1.50\n";
const EARNINGS: &str = "employee_id,month,amount\na,1994-09,254\na,1994-10,254\n";

/// `decent pay` (the payslip with its explanation, and each calculator) in `lang`: all text
/// outputs one after another.
fn pay_outputs(lang: &str) -> String {
    let d = Dir::new(&format!("pay-{lang}"));
    let s = d.file_str("shifts.csv", PAY_SHIFTS);
    let e = d.file_str("employees.csv", PAY_EMPLOYEES);
    let earn = d.file_str("earnings.csv", EARNINGS);
    let mut all = String::new();
    for (args, want) in [
        (vec!["pay", "--shifts", &s, "--employees", &e, "--month", "1994-11", "--explain", "a"], 0),
        (vec!["pay", "average", "--earnings", &earn, "--employee", "a", "--on", "1994-11-14"], 0),
        (vec!["pay", "leave", "--earnings", &earn, "--employee", "a", "--from", "1994-11-14", "--to", "1994-11-27"], 0),
        (
            vec!["pay", "severance", "--earnings", &earn, "--employee", "a", "--on", "1994-11-30", "--ground", "s30-8"],
            0,
        ),
        (vec!["pay", "deduction", "--amount", "200", "--deductions", "50"], 1),
    ] {
        let mut args = args.clone();
        args.extend(["--lang", lang]);
        let (code, out, err) = decent(&args);
        assert_eq!(code, want, "{args:?}: {err}");
        all.push_str(&out);
    }
    all
}

#[test]
fn pay_speaks_latvian_with_lang_lv() {
    let out = pay_outputs("lv");
    for w in [
        "nakts darbs",
        "darbs svētku dienā",
        "svētku diena: Latvijas Republikas proklamēšanas diena",
        "minimālā darba samaksa (s83): nav pārbaudīts",
        "kā aprēķināta katra rinda:",
        "naktī (22:00–06:00, s50)",
        "vidējā izpeļņa mēnesī (s103)",
        "atvaļinājumam: ÷ 25,4",
        "atvaļinājuma nauda",
        "izmaksājama ne vēlāk kā vienu dienu pirms atvaļinājuma (s101): 1994-11-11",
        "1994-11-13 ir svētdiena, vispārējā brīvdiena (s61)",
        "atlaišanas pabalsts, pamats s30-8",
        "ne vairāk kā 20 % no katras izmaksas (s124)",
        "likumīgi",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["night hours", "festive-day work", "leave pay", "how each line", "not checked", "Sunday"] {
        assert!(!out.contains(w), "English {w:?} in:\n{out}");
    }
}

#[test]
fn pay_speaks_english_with_lang_en() {
    let out = pay_outputs("en");
    for w in [
        "night hours",
        "festive-day work",
        "minimum pay (s83): not checked",
        "how each line was derived:",
        "at night (22:00–06:00, s50)",
        "leave: ÷ 25.4",
        "due no later than one day before the leave (s101): 1994-11-11",
        "severance, ground s30-8",
        "at most 20 % of each payment (s124)",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["nakts darbs", "svētku", "izmaksa", "25,4"] {
        assert!(!out.contains(w), "Latvian {w:?} in:\n{out}");
    }
}

/// The JSON of a pay line keeps `component` (in the run's language) and adds the message key,
/// the same in both languages.
#[test]
fn pay_json_keeps_its_keys_and_adds_the_message_key() {
    let d = Dir::new("pay-json");
    let s = d.file_str("shifts.csv", PAY_SHIFTS);
    let e = d.file_str("employees.csv", PAY_EMPLOYEES);
    let line = |lang: &str| {
        let (code, out, err) = decent(&[
            "pay",
            "--shifts",
            &s,
            "--employees",
            &e,
            "--month",
            "1994-11",
            "--format",
            "json",
            "--lang",
            lang,
        ]);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let lines = v["payslips"][0]["lines"].as_array().unwrap().clone();
        lines.into_iter().find(|l| l["section"] == "s95").unwrap_or_else(|| panic!("{out}"))
    };
    let (en, lv) = (line("en"), line("lv"));
    assert_eq!(en["component"], "night hours");
    assert_eq!(lv["component"], "nakts darbs");
    assert_eq!(en["message_key"], "pay-night-hours");
    assert_eq!(lv["message_key"], en["message_key"]);
    assert_eq!(lv["amount"], en["amount"]);
}

/// A notice given on 1 June 1995: its term, with every step, in `lang`; and a maternity leave.
fn deadline_outputs(lang: &str) -> String {
    let mut all = String::new();
    for args in [
        vec!["deadline", "notice", "--event", "1995-06-01"],
        vec!["deadline", "roster-publication", "--event", "1995-06-01"],
        vec!["deadline", "maternity", "--event", "1995-06-01", "--option", "complications"],
    ] {
        let mut args = args.clone();
        args.extend(["--lang", lang]);
        let (code, out, err) = decent(&args);
        assert_eq!(code, 0, "{args:?}: {err}");
        all.push_str(&out);
    }
    all
}

#[test]
fn deadline_speaks_latvian_with_lang_lv() {
    let out = deadline_outputs("lv");
    for w in [
        "Agrākā diena, kurā darba devējs var izbeigt darba līgumu.",
        "datums",
        "solis",
        "darba devēja rakstveida brīdinājums par darba līguma izbeigšanu vienu mēnesi iepriekš",
        "termiņa tecējums sākas nākamajā dienā pēc notikuma, 1995-06-02",
        "termiņš (1 mēnesis) izbeidzas termiņa pēdējā mēneša attiecīgajā datumā, 1995-07-01",
        "1995-05-01 nav darba diena (Darba svētki, svētku diena (s68))",
        "dzemdību atvaļinājums 70 kalendāra dienas",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["the term", "expires", "not a working day", "step", "calendar days"] {
        assert!(!out.contains(w), "English {w:?} in:\n{out}");
    }
}

#[test]
fn deadline_speaks_english_with_lang_en() {
    let out = deadline_outputs("en");
    for w in [
        "The earliest day the employer may end the contract.",
        "the term sets in on the next day after the event, 1995-06-02",
        "a term of 1 month expires on the same date of the last month, 1995-07-01",
        "1995-05-01 is not a working day (Labour Day, a festive day (s68))",
        "childbirth leave of 70 calendar days",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["termiņš", "diena", "solis"] {
        assert!(!out.contains(w), "Latvian {w:?} in:\n{out}");
    }
}

/// A union member, sick for six days of the notice term: refused under s35 and s36.
fn termination_output(lang: &str) -> String {
    let d = Dir::new(&format!("termination-{lang}"));
    let e = d.file_str("employees.csv", "employee_id,sex,union_member\na,F,true\n");
    let a = d.file_str("absences.csv", "employee_id,kind,from,to\na,sick,1995-06-10,1995-06-15\n");
    let (code, out, err) = decent(&[
        "termination",
        "--employee",
        "a",
        "--employees",
        &e,
        "--absences",
        &a,
        "--date",
        "1995-07-03",
        "--ground",
        "s33-1",
        "--notice-given",
        "1995-06-01",
        "--earnings",
        "300",
        "--lang",
        lang,
    ]);
    assert_eq!(code, 1, "refused: {err}");
    out
}

#[test]
fn termination_speaks_latvian_with_lang_lv() {
    let out = termination_output("lv");
    for w in [
        "Darba līguma izbeigšana ar a 1995-07-03 (s33-1): nav atļauta (s35, s36)",
        "pārbaude",
        "aizliegts",
        "brīdinājuma termiņš no 1995-06-01 ilgst līdz 1995-07-07 (6 darbnespējas dienas nav ieskaitītas)",
        "bez arodbiedrības iepriekšējas piekrišanas",
        "Atlaišanas pabalsts (s37): atlaišanas pabalsts ne mazāks par viena mēneša vidējo izpeļņu",
        "prombūtne (pārejoša darbnespēja, prombūtņu faila 2. rinda)",
        "Brīdinājuma termiņš (s35):",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["refused", "notice given", "trade union", "Severance", "absence"] {
        assert!(!out.contains(w), "English {w:?} in:\n{out}");
    }
}

#[test]
fn termination_speaks_english_with_lang_en() {
    let out = termination_output("en");
    for w in [
        "Termination of a on 1995-07-03 (s33-1): refused (s35, s36)",
        "notice given on 1995-06-01 runs to 1995-07-07 (6 days of disablement not counted)",
        "Severance (s37): a firing benefit of not less than the average wage of one month",
        "absence (temporary disablement, absences line 2)",
    ] {
        assert!(out.contains(w), "no {w:?} in:\n{out}");
    }
    for w in ["aizliegts", "brīdinājum", "darbnespēj"] {
        assert!(!out.contains(w), "Latvian {w:?} in:\n{out}");
    }
}

/// Bad input: the place and the value as they are, what was expected in the reader's language.
#[test]
fn a_bad_input_error_speaks_the_language() {
    let d = Dir::new("bad-input");
    let s = d.file_str("shifts.csv", "employee_id,start,end\na,1994-10-06T25:00,1994-10-06T26:00\n");
    let e = d.file_str("employees.csv", "employee_id,sex\na,X\n");
    let (code, _, lv) = decent(&["check", "--shifts", &s, "--lang", "lv"]);
    assert_eq!(code, 2, "{lv}");
    assert!(
        lv.contains(
            "shifts.csv:2:2 (kolonna `start`): atrasts \"1994-10-06T25:00\", gaidīts vietējais datums un laiks"
        ),
        "{lv}"
    );
    assert!(lv.starts_with("kļūda: ") && !lv.contains("expected"), "{lv}");
    let (code, _, en) = decent(&["check", "--shifts", &s, "--lang", "en"]);
    assert_eq!(code, 2, "{en}");
    assert!(
        en.contains("shifts.csv:2:2 (column `start`): found \"1994-10-06T25:00\", expected a local date-time"),
        "{en}"
    );
    let (code, _, lv) = decent(&[
        "termination",
        "--employee",
        "a",
        "--employees",
        &e,
        "--date",
        "1995-01-01",
        "--ground",
        "s33-1",
        "--lang",
        "lv",
    ]);
    assert_eq!(code, 2, "{lv}");
    assert!(lv.contains("employees.csv:2:2 (kolonna `sex`): atrasts \"X\", gaidīts F vai M"), "{lv}");
}

/// An expectation built from the input (a field count, a duplicate's line, a missing file) reads
/// in Latvian too, with its numbers.
#[test]
fn a_built_expectation_speaks_the_language() {
    let d = Dir::new("bad-input-built");
    let s = d.file_str("shifts.csv", "employee_id,start,end\na,1994-10-06T08:00\n");
    let (code, _, lv) = decent(&["check", "--shifts", &s, "--lang", "lv"]);
    assert_eq!(code, 2, "{lv}");
    assert!(
        lv.contains("gaidīts 3 lauki, pa vienam katrai virsraksta kolonnai; šajā rindā ir 2: trūkst lauku"),
        "{lv}"
    );
    assert!(!lv.contains("fields") && !lv.contains("expected"), "{lv}");
    let m = d.file_str("moved.csv", "date,kind\n1995-05-02,day_off\n1995-05-02,working\n");
    let (code, _, lv) =
        decent(&["deadline", "resignation", "--event", "1995-05-01", "--moved-days", &m, "--lang", "lv"]);
    assert_eq!(code, 2, "{lv}");
    assert!(lv.contains("katra diena vienreiz; šī diena ir arī 2. rindā"), "{lv}");
    let missing = d.0.join("nope.csv");
    let (code, _, lv) = decent(&["check", "--shifts", missing.to_str().unwrap(), "--lang", "lv"]);
    assert_eq!(code, 2, "{lv}");
    assert!(lv.contains("gaidīts nolasāms fails (šāda faila nav)"), "{lv}");
}

/// A pack's own errors (an unknown option, a day outside the calendar, a parameter the user must
/// supply, a leave too long, no earnings) reach the command line as messages, rendered in the
/// chosen language; in English they read as before.
#[test]
fn a_pack_error_speaks_the_language() {
    let d = Dir::new("pack-errors");
    let e = d.file_str("employees.csv", "employee_id,sex,birth_date\na,F,1930-01-01\n");
    let r = d.file_str("earnings.csv", "employee_id,month,amount\na,1994-11,300\na,1994-12,300\n");
    let cases: Vec<(Vec<&str>, &str, &str)> = vec![
        (
            vec!["deadline", "notice", "--event", "1995-06-01", "--option", "bogus"],
            "nezināma opcija \"bogus\" termiņam notice: gaidīta viena no point-5",
            "unknown option \"bogus\" for notice: expected point-5",
        ),
        (
            vec!["deadline", "notice", "--event", "2150-06-01"],
            "2150-06-01 ir ārpus gadiem, ko aptver svētku dienu kalendārs (1990–2100)",
            "2150-06-01 is outside the years the festive calendar covers (1990–2100)",
        ),
        (
            vec!["termination", "--employee", "a", "--employees", &e, "--date", "1995-01-01", "--ground", "s33-1.1"],
            "parametram s34_1.retirement_age (s34.1) nav vērtības dienā 1995-01-01: likums to nenosaka",
            "parameter s34_1.retirement_age (s34.1) has no value on 1995-01-01: the statute states none",
        ),
        (
            vec!["pay", "leave", "--earnings", &r, "--employee", "a", "--from", "1995-01-02", "--to", "2030-01-01"],
            "darbinieka a atvaļinājums: atvaļinājums no 1995-01-02 līdz 2030-01-01 ilgst 12784 dienas",
            "leave of a: a leave from 1995-01-02 to 2030-01-01 is 12784 days long",
        ),
        (
            vec!["pay", "leave", "--earnings", &r, "--employee", "a", "--from", "1995-03-02", "--to", "1995-03-10"],
            "darbinieks a: nav izpeļņas par 1995-02 — pēdējo kalendāra mēnesi pirms jautātās dienas (s103)",
            "employee a: no earnings for 1995-02, the last calendar month before the day asked about (s103)",
        ),
    ];
    for (args, lv_words, en_words) in cases {
        let (code, _, lv) = decent(&[&args[..], &["--lang", "lv"]].concat());
        assert_eq!(code, 2, "{args:?}: {lv}");
        assert!(lv.starts_with("kļūda: ") && lv.contains(lv_words), "{args:?}: {lv}");
        let (code, _, en) = decent(&[&args[..], &["--lang", "en"]].concat());
        assert_eq!(code, 2, "{args:?}: {en}");
        assert!(en.contains(en_words), "{args:?}: {en}");
    }
}

/// A check finding in JSON and JSONL carries its message's catalogue key beside the words: the
/// words follow `--lang`, the key does not; existing keys stay.
/// Source: s65 ("The continuous weekly leisure shall last at least fourty-two hours").
#[test]
fn check_findings_carry_their_message_key() {
    let d = Dir::new("message-key");
    let mut csv = String::from("employee_id,start,end\n");
    for day in 6..=14 {
        csv.push_str(&format!("A,1995-03-{day:02}T08:00,1995-03-{day:02}T16:00\n"));
    }
    let s = d.file_str("shifts.csv", csv);
    let rest = |doc: &serde_json::Value| -> serde_json::Value {
        doc["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "weekly-rest").cloned().unwrap()
    };
    let (_, en, _) = decent(&["check", "--shifts", &s, "--format", "json", "--lang", "en"]);
    let (_, lv, _) = decent(&["check", "--shifts", &s, "--format", "json", "--lang", "lv"]);
    let (en, lv): (serde_json::Value, serde_json::Value) =
        (serde_json::from_str(&en).unwrap(), serde_json::from_str(&lv).unwrap());
    let (en, lv) = (rest(&en), rest(&lv));
    assert_eq!(en["message_key"], "weekly-rest-seven-days", "{en}");
    assert_eq!(lv["message_key"], en["message_key"]);
    assert_ne!(lv["message"], en["message"]);
    for k in ["rule", "section", "severity", "employee_id", "from", "to", "measured", "limit", "unit", "limit_source"] {
        assert_eq!(en[k], lv[k], "{k}");
    }
    let (_, jsonl, _) = decent(&["check", "--shifts", &s, "--format", "jsonl", "--lang", "lv"]);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["message_key"].as_str().is_some_and(|k| !k.is_empty()), "{line}");
        assert!(v["message"].is_string(), "{line}");
    }
}

/// The warning about an ignored column, a bad `--map` and the reason a rule was not checked
/// speak the chosen language too.
#[test]
fn warnings_map_errors_and_not_checked_reasons_speak_the_language() {
    let d = Dir::new("lang-warnings");
    let s = d.file_str("w.csv", "employee_id,start,end,foo\nA,2026-03-02T08:00,2026-03-02T16:00,x\n");
    let (_, _, err) = decent(&["--lang", "lv", "check", "--law", "lv-2002", "--shifts", &s]);
    assert!(err.contains("4. kolonna `foo` decent netiek izmantota"), "{err}");
    let (_, _, err) = decent(&["--lang", "en", "check", "--law", "lv-2002", "--shifts", &s]);
    assert!(err.contains("column 4 `foo` is not used by decent"), "{err}");
    let (code, _, err) = decent(&["--lang", "lv", "check", "--shifts", &s, "--map", "bad"]);
    assert_eq!(code, 2);
    assert!(err.contains("--map gaida OLD=NEW, atrasts \"bad\""), "{err}");
    let (_, out, _) = decent(&["--lang", "lv", "check", "--law", "lv-2002", "--shifts", &s, "--format", "json"]);
    assert!(out.contains("\"reason\": \"shifts.csv nav kolonnas published_on\""), "{out}");
}
