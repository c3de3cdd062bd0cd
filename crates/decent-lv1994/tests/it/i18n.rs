//! The pack's messages in both languages: the same keys in English and Latvian, every finding
//! of every fixture case rendered in both without a missing key or argument, and the Latvian
//! catalogue of every rule and parameter (`decent rules --lang lv`, `decent explain --lang lv`).

use std::collections::BTreeSet;

use decent_core::pack::Pack;
use decent_i18n::{Catalog, Lang};
use decent_testkit::catalogue::{en_hash, param_english, rule_english};

use crate::case::{cases, catalog};

/// A catalogue of one of the pack's files alone (no common words), to compare like with like.
fn file(lang: Lang, name: &str) -> Catalog {
    let sources: Vec<_> =
        decent_lv1994::Lv1994.messages(lang.code()).into_iter().filter(|(n, _)| n.ends_with(name)).collect();
    assert_eq!(sources.len(), 1, "{}: one {name}", lang.code());
    Catalog::new(lang, &sources, "s").unwrap_or_else(|e| panic!("{e}"))
}

/// (a) The rule messages have exactly the same keys in English and Latvian.
#[test]
fn rule_messages_have_the_same_keys_in_both_languages() {
    let missing = decent_i18n::missing_keys(&file(Lang::En, "rules.ftl"), &file(Lang::Lv, "rules.ftl"));
    assert!(missing.is_empty(), "keys missing: {missing:#?}");
}

/// (b) Every finding of every fixture case renders in both languages: its key exists and every
/// argument its words use is given.
#[test]
fn every_finding_of_every_case_renders_in_both_languages() {
    let cats = [catalog(Lang::En), catalog(Lang::Lv)];
    let mut keys = BTreeSet::new();
    let mut errors = Vec::new();
    for case in cases() {
        for (rule, m) in case.messages().unwrap_or_else(|e| panic!("{e}")) {
            keys.insert(m.key.to_string());
            for cat in &cats {
                if let Err(e) = cat.try_render(&m) {
                    errors.push(format!("{}: {rule}: {e}", case.label()));
                }
                // A nested key (a festive day's name, a limb) falls back to its key silently.
                for (name, a) in &m.args {
                    if let decent_core::Arg::Key(k) = a {
                        if !cat.has(k) {
                            errors.push(format!(
                                "{}: {rule}: {}: no message {k:?} for ${name}",
                                case.label(),
                                cat.lang().code()
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    assert!(keys.len() >= 20, "the fixtures reach most messages: {keys:?}");
}

/// Every festive day of the calendar has its name in both languages.
#[test]
fn every_festive_day_is_named_in_both_languages() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    for cat in [catalog(Lang::En), catalog(Lang::Lv)] {
        let mut names = BTreeSet::new();
        for year in [1994, 1997, 2002, 2007, 2020] {
            let first = decent_core::time::days_from_civil(year, 1, 1);
            for d in first..first + 366 {
                if let Some(n) = law.calendar.name(d) {
                    names.insert(n.to_string());
                }
            }
        }
        assert!(names.len() >= 12, "{names:?}");
        for n in names {
            let key = decent_lv1994::rules::words::festive_key_of(&n);
            assert!(cat.has(&key), "{}: no name for {n:?} ({key})", cat.lang().code());
        }
        assert!(cat.has("festive-unnamed"));
    }
}

/// (c) Every rule (title, doc, example) and every parameter (doc; rationale of an interpretation) has its
/// Latvian catalogue entry, and no entry names a rule or parameter that does not exist.
#[test]
fn every_rule_and_parameter_has_its_latvian_catalogue() {
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let lv = file(Lang::Lv, "catalogue.ftl");
    let mut wanted = BTreeSet::new();
    for r in &law.rules {
        let id = r.meta().id;
        wanted.insert(format!("rule-{id}-title"));
        wanted.insert(format!("rule-{id}-doc"));
        wanted.insert(format!("rule-{id}-example"));
    }
    for p in law.params.all() {
        let k = format!("param-{}", p.name.replace('.', "-"));
        wanted.insert(format!("{k}-doc"));
        if p.rationale.is_some() {
            wanted.insert(format!("{k}-rationale"));
        }
    }
    let common = Catalog::new(Lang::Lv, &[], "s").unwrap_or_else(|e| panic!("{e}"));
    let have: BTreeSet<String> = lv.keys().iter().filter(|k| !common.has(k)).cloned().collect();
    let missing: Vec<_> = wanted.difference(&have).collect();
    let stale: Vec<_> = have.difference(&wanted).collect();
    assert!(missing.is_empty(), "lv catalogue.ftl lacks: {missing:#?}");
    assert!(stale.is_empty(), "lv catalogue.ftl names no rule or parameter: {stale:#?}");
    for k in &wanted {
        let text = lv.try_render(&decent_core::Message::new(k.clone())).unwrap_or_else(|e| panic!("{e}"));
        assert!(!text.trim().is_empty(), "{k} is empty");
    }
}

/// (d) The staleness guard: right above every rule and parameter entry of the Latvian catalogue
/// is a Fluent comment `# en: <hash>` of the English text it was translated from, and that hash
/// is the hash of the current English. An English text that changes without its Latvian being
/// re-translated (and re-marked) fails here, naming the key.
#[test]
fn every_latvian_catalogue_entry_translates_the_current_english() {
    use decent_testkit::catalogue::en_marks;
    use std::collections::BTreeMap;

    // The hash is SHA-256, cut to 12 hex digits (the empty string's digest starts e3b0c44298fc).
    assert_eq!(en_hash(""), "e3b0c44298fc");
    let law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let mut english: BTreeMap<String, &str> = param_english(&law);
    for r in &law.rules {
        english.extend(rule_english(r.meta()));
    }
    let sources = decent_lv1994::Lv1994.messages(Lang::Lv.code());
    let Some((_, source)) = sources.iter().find(|(n, _)| n.ends_with("catalogue.ftl")) else {
        panic!("lv: no catalogue.ftl");
    };
    // Each rule's and parameter's entry and the `# en:` hash on the line above it, if any.
    let mut marked = en_marks(source);
    marked.retain(|key, _| key.starts_with("rule-") || key.starts_with("param-"));
    assert!(
        marked.len() >= english.len(),
        "lv catalogue.ftl: {} entries, {} English texts",
        marked.len(),
        english.len()
    );
    let mut stale = Vec::new();
    for (key, text) in &english {
        let now = en_hash(text);
        match marked.get(key.as_str()) {
            Some(Some(h)) if *h == now => {}
            Some(Some(h)) => {
                stale.push(format!("{key}: translates the English {h}, the English is now {now}: re-translate it"));
            }
            Some(None) => stale.push(format!("{key}: no `# en: {now}` line above it")),
            None => {} // A missing entry is test (c)'s to name.
        }
    }
    assert!(stale.is_empty(), "lv catalogue.ftl: {} entries are stale or unmarked:\n{}", stale.len(), stale.join("\n"));
}

/// Every way `m` fails to render in `cat`: a missing key or argument, or a nested key (a
/// festive day's name, an absence's kind) or nested message the catalogue lacks.
fn render_errors(cat: &Catalog, m: &decent_core::Message, errors: &mut Vec<String>) {
    if let Err(e) = cat.try_render(m) {
        errors.push(e);
    }
    for (name, a) in &m.args {
        match a {
            decent_core::Arg::Key(k) if !cat.has(k) => {
                errors.push(format!("{}: {}: no message {k:?} for ${name}", cat.lang().code(), m.key));
            }
            decent_core::Arg::Msg(inner) => render_errors(cat, inner, errors),
            _ => {}
        }
    }
}

/// (e) The pack's deadline, termination and pay messages have the same keys in English and
/// Latvian.
#[test]
fn term_and_pay_messages_have_the_same_keys_in_both_languages() {
    for name in ["terms.ftl", "pay.ftl"] {
        let missing = decent_i18n::missing_keys(&file(Lang::En, name), &file(Lang::Lv, name));
        assert!(missing.is_empty(), "{name}: keys missing: {missing:#?}");
    }
}

fn day(y: i32, m: u32, d: u32) -> decent_core::time::Day {
    decent_core::time::days_from_civil(y, m, d)
}

/// Employees and absences from CSV, as the command line reads them.
fn people(employees: &str, absences: &str) -> decent_core::model::Dataset {
    let mut data = decent_core::model::Dataset::with_schema(&decent_lv1994::attrs::SCHEMA);
    let map = decent_io::ColumnMap::default();
    decent_io::read_employees(&mut data, "employees.csv", employees.as_bytes(), &map).unwrap_or_else(|e| panic!("{e}"));
    decent_io::read_absences(&mut data, "absences.csv", absences.as_bytes(), &map, true)
        .unwrap_or_else(|e| panic!("{e}"));
    data.finish();
    data
}

/// (f) Every step of every deadline kind (each option alone; a term moved off a festive day, a
/// Sunday and a moved day off; a term extended by an absence and capped by its ceiling), and
/// every check and severance of every ground of termination for employees that reach each
/// protection, renders in both languages; each kind has its words (event, meaning, options).
#[test]
fn every_deadline_step_and_termination_check_renders_in_both_languages() {
    use decent_lv1994::terms::{self, termination, Request, KINDS};
    let mut law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    law.params.set("s34_1.retirement_age=60").unwrap_or_else(|e| panic!("{e}"));
    let cats = [catalog(Lang::En), catalog(Lang::Lv)];
    let data = people(
        "employee_id,sex,birth_date,children_birth_dates,union_member,union_official,single_parent,trustee,pregnancies\n\
         w,F,1950-01-01,1994-01-01,true,true,false,false,\n\
         p,F,1960-01-01,,false,false,false,false,1995-01-01/1995-09-30\n\
         f,M,1930-01-01,1994-06-01,false,false,true,false,\n\
         t,M,1970-01-01,1994-06-01,false,false,false,true,\n",
        "employee_id,kind,from,to\nw,sick,1995-02-10,1995-02-14\nw,annual_leave,1995-03-01,1995-03-20\nw,sick,1995-07-01,1996-12-31\n",
    );
    let mut moved = decent_core::term::MovedDays::new();
    moved.insert(day(1995, 7, 3), false);
    let mut keys = BTreeSet::new();
    let mut errors = Vec::new();
    let w = data.lookup("w").unwrap_or_else(|| panic!("w"));
    for (kind, info) in KINDS {
        for cat in &cats {
            for what in ["event", "meaning"] {
                let k = terms::kind_key(info.name, what);
                if !cat.has(&k) {
                    errors.push(format!("{}: no {k}", cat.lang().code()));
                }
            }
            for (o, _) in info.options {
                let k = terms::kind_key(info.name, &format!("option-{o}"));
                if !cat.has(&k) {
                    errors.push(format!("{}: no {k}", cat.lang().code()));
                }
            }
        }
        let mut option_sets: Vec<Vec<String>> = vec![vec![]];
        option_sets.extend(info.options.iter().map(|(o, _)| vec![(*o).to_string()]));
        for options in &option_sets {
            for event in [day(1995, 1, 31), day(1995, 6, 1), day(1995, 5, 22), day(1994, 12, 24), day(1995, 6, 2)] {
                let req = Request { kind: *kind, event, absences: data.absences_of(w), options, moved: &moved };
                let d = terms::deadline(&law, &req).unwrap_or_else(|e| panic!("{kind:?}: {e}"));
                for s in &d.steps {
                    keys.insert(s.message.key.to_string());
                    for cat in &cats {
                        render_errors(cat, &s.message, &mut errors);
                    }
                }
            }
        }
    }
    for (name, ground, _) in termination::GROUNDS {
        for id in ["w", "p", "f", "t"] {
            let e = data.lookup(id).unwrap_or_else(|| panic!("{id}"));
            for (date, notice, consent) in [
                (day(1995, 2, 12), None, false),
                (day(1995, 3, 10), Some(day(1995, 4, 1)), true),
                (day(1995, 6, 30), Some(day(1995, 1, 2)), false),
                (day(1995, 3, 31), Some(day(1995, 2, 1)), true),
                (day(1995, 3, 10), Some(day(1995, 3, 1)), false),
            ] {
                let facts = termination::Facts { union_consent: consent, notice_given: notice, moved: &moved };
                let employee = &data.employees[e as usize];
                let v = termination::check(employee, data.absences_of(e), date, *ground, &facts, &law)
                    .unwrap_or_else(|err| panic!("{name}: {err}"));
                let mut all: Vec<&decent_core::Message> = v.checks.iter().map(|c| &c.message).collect();
                all.extend(v.severance.iter().map(|s| &s.message));
                all.extend(v.notice.iter().flat_map(|d| d.steps.iter().map(|s| &s.message)));
                for m in all {
                    keys.insert(m.key.to_string());
                    for (_, a) in &m.args {
                        if let decent_core::Arg::Msg(inner) = a {
                            keys.insert(inner.key.to_string());
                        }
                    }
                    for cat in &cats {
                        render_errors(cat, m, &mut errors);
                    }
                }
            }
        }
        for cat in &cats {
            let k = format!("termination-ground-{}", name.replace('.', "_"));
            if !cat.has(&k) {
                errors.push(format!("{}: no {k}", cat.lang().code()));
            }
        }
    }
    errors.sort();
    errors.dedup();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    // The runs reach the messages: moved off a non-working day, an exclusion, a ceiling, each
    // protection.
    for k in [
        "term-step-moved",
        "term-step-excluded",
        "term-step-ceiling",
        "term-step-back-moved",
        "maternity-not-moved",
        "termination-disabled",
        "termination-on-leave",
        "termination-notice-runs",
        "termination-protected",
        "termination-single-father",
        "termination-pregnant",
        "termination-mother",
        "termination-official",
        "termination-severance-s30-8",
    ] {
        assert!(keys.contains(k), "no run reached {k}: {keys:?}");
    }
}

/// (g) Every pay line, basis, note and explanation of lv-1994's pay renders in both languages:
/// a month of night, overtime, festive-day, weekly-holiday, idle and duty work for an hourly
/// and a salaried employee (one with a festive day compensated), the minimum check in each of
/// its readings, averages, leave pay moved off holidays, severance and every deduction.
#[test]
fn every_pay_message_renders_in_both_languages() {
    use decent_lv1994::pay;
    let mut law = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    law.params.set("s83.minimum_monthly=300").unwrap_or_else(|e| panic!("{e}"));
    let cats = [catalog(Lang::En), catalog(Lang::Lv)];
    let shifts = "employee_id,start,end,kind,idle_minutes\n\
        a,1994-11-14T08:00,1994-11-14T20:00,work,60\n\
        a,1994-11-15T22:00,1994-11-16T07:00,work,0\n\
        a,1994-11-16T16:00,1994-11-16T19:00,overtime,0\n\
        a,1994-11-18T08:00,1994-11-18T16:00,work,0\n\
        a,1994-11-20T08:00,1994-11-20T16:00,work,0\n\
        a,1994-11-21T08:00,1994-11-21T16:00,duty,0\n\
        c,1994-11-18T20:00,1994-11-19T06:00,work,0\n\
        m,1994-11-14T08:00,1994-11-14T12:00,work,0\n";
    let employees = "employee_id,hourly_rate,monthly_salary,birth_date,weekly_norm_hours\n\
        a,1.50,,1960-01-01,40\nc,,336,1960-01-01,40\nm,1.00,,1980-01-01,36\n";
    let absences = "employee_id,kind,from,to\nc,day_off,1994-11-25,1994-11-25\n";
    let data = decent_io::load_str(shifts, Some(employees), Some(absences)).unwrap_or_else(|e| panic!("{e}"));
    let mut msgs: Vec<decent_core::Message> = Vec::new();
    for set in [None, Some("s83.minimum_pro_rata=false")] {
        let mut l = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
        l.params.set("s83.minimum_monthly=300").unwrap_or_else(|e| panic!("{e}"));
        if let Some(s) = set {
            l.params.set(s).unwrap_or_else(|e| panic!("{e}"));
        }
        let month = pay::monthly_all(&l, &data, decent_core::pay::YearMonth { year: 1994, month: 11 })
            .unwrap_or_else(|e| panic!("{e}"));
        for p in &month.pays {
            msgs.push(p.minimum.note.clone());
            msgs.extend(p.notes.iter().cloned());
            for line in p.payslip.lines() {
                msgs.push(line.label.clone());
                msgs.extend(line.basis.iter().map(|b| b.note.clone()));
            }
        }
    }
    let unset = decent_lv1994::law().unwrap_or_else(|e| panic!("{e}"));
    let month = pay::monthly_all(&unset, &data, decent_core::pay::YearMonth { year: 1994, month: 11 })
        .unwrap_or_else(|e| panic!("{e}"));
    msgs.extend(month.pays.iter().map(|p| p.minimum.note.clone()));
    let earn = |m: u32, amount: i64, days: Option<u32>| decent_core::pay::MonthEarnings {
        month: decent_core::pay::YearMonth { year: 1995, month: m },
        amount: rust_decimal::Decimal::from(amount),
        days_worked: days,
    };
    let full = pay::average(&law, &[earn(4, 254, None), earn(5, 254, None)], day(1995, 6, 26), None, 5)
        .unwrap_or_else(|e| panic!("{e}"));
    let short =
        pay::average(&law, &[earn(5, 100, Some(10))], day(1995, 6, 26), None, 5).unwrap_or_else(|e| panic!("{e}"));
    msgs.push(short.how.clone());
    let leave = pay::leave(&law, "a", &full, day(1995, 6, 26), day(1995, 7, 9), 5).unwrap_or_else(|e| panic!("{e}"));
    msgs.extend(leave.festive_excluded.iter().map(|(_, m)| m.clone()));
    for slip in [&leave.payslip] {
        for line in slip.lines() {
            msgs.push(line.label.clone());
            msgs.extend(line.basis.iter().map(|b| b.note.clone()));
        }
    }
    for g in pay::Ground::ALL {
        let s = pay::severance(&law, "a", g, rust_decimal::Decimal::from(254), day(1995, 6, 30))
            .unwrap_or_else(|e| panic!("{e}"));
        for line in s.payslip.lines() {
            msgs.push(line.label.clone());
            msgs.extend(line.basis.iter().map(|b| b.note.clone()));
        }
    }
    for (_, payment) in pay::PaymentKind::ALL {
        for (_, kind) in pay::DeductionKind::ALL {
            let d = pay::deduction(
                &law,
                day(1995, 6, 30),
                payment,
                kind,
                rust_decimal::Decimal::from(200),
                rust_decimal::Decimal::from(50),
            )
            .unwrap_or_else(|e| panic!("{e}"));
            msgs.push(d.reason.clone());
        }
    }
    let mut keys = BTreeSet::new();
    let mut errors = Vec::new();
    for m in &msgs {
        keys.insert(m.key.to_string());
        for cat in &cats {
            render_errors(cat, m, &mut errors);
        }
    }
    errors.sort();
    errors.dedup();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
    for k in [
        "pay-overtime",
        "pay-premium-over-salary",
        "pay-note-duty",
        "pay-note-compensated",
        "pay-leave",
        "pay-severance",
        "pay-minimum",
    ] {
        assert!(keys.contains(k) || msgs.iter().any(|m| format!("{m:?}").contains(k)), "no run reached {k}");
    }
}

/// Every column the pack declares has its meaning in the Latvian catalogue, and the catalogue
/// names no column the pack does not declare (`decent laws --lang lv`).
#[test]
fn every_declared_column_has_its_latvian_meaning() {
    let lv = file(Lang::Lv, "attrs.ftl");
    let schema = decent_lv1994::Lv1994.schema();
    let declared: BTreeSet<String> =
        schema.employee.iter().chain(schema.shift).map(|a| format!("attr-{}", a.name)).collect();
    let listed: BTreeSet<String> = lv.keys().iter().filter(|k| k.starts_with("attr-")).cloned().collect();
    assert_eq!(declared, listed);
    for key in &declared {
        assert!(!lv.text(key).trim().is_empty(), "{key} has no words");
    }
}
