//! Each rule's parameter list is derived from the handles it binds: every parameter a rule (or a
//! shared reading it calls) reads while checking the demo year, under every choice of every
//! interpretation, is in its list, and no rule looks a parameter up by name while it runs.

use std::collections::BTreeMap;

use decent_core::params::{record, ParamKind, Value};
use decent_core::rule::EmployeeCache;
use decent_core::{Ctx, Dataset, Finding, Law, Out};

fn demo() -> Dataset {
    let (mut s, mut e, mut a) = (Vec::new(), Vec::new(), Vec::new());
    decent_demo::generate(&decent_demo::Config::default(), &mut s, &mut e, &mut a).unwrap();
    let text = |b: Vec<u8>| String::from_utf8(b).unwrap();
    let (e, a) = (text(e), text(a));
    decent_io::load_str(&text(s), Some(&e), Some(&a)).unwrap()
}

/// Runs rule `ri` over every `step`-th employee of `data` and renders the messages of its
/// findings, recording the parameters read: (names read, names looked up by name).
fn reads_of(law: &Law, data: &Dataset, ri: usize, step: usize) -> (Vec<String>, Vec<String>) {
    let rule = &law.rules[ri];
    let ((), read, by_name) = record::reads(|| {
        let mut cache = EmployeeCache::new();
        for emp in (0..data.employees.len()).step_by(step) {
            cache.next_employee();
            let emp = u32::try_from(emp).unwrap();
            let cx = Ctx {
                law,
                emp,
                employee: &data.employees[emp as usize],
                shifts: data.shifts_of(emp),
                absences: data.absences_of(emp),
                columns: data.columns,
                cache: &cache,
            };
            let mut found = Vec::new();
            let mut sink = |f: Finding| found.push(f);
            rule.check(&cx, &mut Out::new(u16::try_from(ri).unwrap(), emp, &mut sink));
            for f in &found {
                let _ = rule.message_in(f, law, data);
            }
        }
    });
    let names = read.iter().map(|&i| law.params.all()[i].name.clone()).collect();
    (names, by_name)
}

/// Every choice of every interpretation (and both settings of an interpretation's switch), one
/// at a time, for all dates.
fn readings(law: &Law) -> Vec<String> {
    let mut v = Vec::new();
    for p in law.params.all().iter().filter(|p| p.kind == ParamKind::Interpretation) {
        let values: Vec<String> = match p.unit.as_str() {
            "choice" => p.choices.clone(),
            "bool" => vec!["true".into(), "false".into()],
            _ => continue,
        };
        for x in values {
            if p.values.iter().all(|d| d.value != Value::Text(x.clone()) && d.value.to_string() != x) {
                v.push(format!("{}={x}", p.name));
            }
        }
    }
    v
}

#[test]
fn every_parameter_a_rule_reads_is_in_its_derived_list() {
    let data = demo();
    let base = decent_lv1994::law().unwrap();
    let mut missing: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut read_any = 0;
    let mut run = |law: &Law, step: usize, how: &str| {
        for ri in 0..law.rules.len() {
            let rule = &law.rules[ri];
            let id = rule.meta().id;
            let (read, by_name) = reads_of(law, &data, ri, step);
            assert!(by_name.is_empty(), "{id} ({how}) looked up by name while running: {by_name:?}");
            read_any += read.len();
            for name in read {
                if !rule.params().contains(&name.as_str()) {
                    missing.entry(format!("{id} reads {name}")).or_default().push(how.to_string());
                }
            }
        }
    };
    run(&base, 1, "defaults");
    for set in readings(&base) {
        let mut law = decent_lv1994::law().unwrap();
        law.params.set(&set).unwrap();
        run(&law, 7, &set);
    }
    assert!(read_any > 0, "the recording saw no read at all");
    assert!(missing.is_empty(), "parameters read but not in the rule's list: {missing:#?}");
}

/// The recording sees what a rule reads: the weekly norm rule reads `s45.weekly_norm` on the
/// demo year, which is in its list (so the test above has teeth).
#[test]
fn the_recording_sees_the_reads() {
    let data = demo();
    let law = decent_lv1994::law().unwrap();
    let ri = law.rule_index("weekly-norm").unwrap();
    let (read, by_name) = reads_of(&law, &data, ri, 1);
    assert!(read.iter().any(|n| n == "s45.weekly_norm"), "{read:?}");
    assert!(by_name.is_empty());
    let ri = law.rule_index("women-night-work").unwrap();
    let (read, _) = reads_of(&law, &data, ri, 1);
    // Read through the shared night readings, not named by the rule itself.
    for n in ["s50.night_from", "s50.night_to", "s169.night_work_when"] {
        assert!(read.iter().any(|r| r == n), "{n} not seen in {read:?}");
    }
    // Under s169's night-shift reading the rule reads s50's test of a night shift too, which
    // its hand-written list used to leave out; the derived list holds it.
    let mut law = decent_lv1994::law().unwrap();
    law.params.set("s169.night_work_when=night-shift").unwrap();
    let (read, _) = reads_of(&law, &data, ri, 1);
    assert!(read.iter().any(|r| r == "s50.night_shift_when"), "{read:?}");
    assert!(law.rules[ri].params().contains(&"s50.night_shift_when"));
}

/// Runs every pay computation (monthly pay with the minimum check, average, leave pay, each
/// severance ground, each deduction) and every deadline kind with each of its options, and checks
/// a termination on every ground, through the pack's interfaces, recording the parameters read.
fn pay_and_terms_reads(law: &Law, data: &Dataset) -> (Vec<String>, Vec<String>) {
    use decent_core::pack::{PayRules, Terms};
    use decent_core::pay::{MonthEarnings, YearMonth};
    use decent_core::term::{MovedDays, TerminationFacts};
    use decent_core::time::days_from_civil;
    use decent_lv1994::pack::{Pay, TermRules};
    use rust_decimal::Decimal;

    let ((), read, by_name) = record::reads(|| {
        let on = days_from_civil(1995, 3, 15);
        let month = YearMonth::of(on);
        Pay.monthly(law, data, month).expect("monthly pay of the demo");
        let earnings: Vec<MonthEarnings> = [month.prev(), month.prev().prev()]
            .into_iter()
            .map(|m| MonthEarnings { month: m, amount: Decimal::from(300), days_worked: None })
            .collect();
        let avg = Pay.average(law, &earnings, on, None, 5).expect("average");
        Pay.leave(law, "A", &avg, on, on + 20, 5).expect("leave pay");
        for g in Pay.severance_grounds() {
            Pay.severance(law, "A", g.name, Decimal::from(300), on).expect("severance");
        }
        for p in Pay.payment_kinds() {
            for k in Pay.deduction_kinds() {
                Pay.deduction(law, on, p.name, k.name, Decimal::from(300), Decimal::from(10)).expect("deduction");
            }
        }
        let moved = MovedDays::new();
        for k in TermRules.kinds() {
            let mut sets: Vec<Vec<String>> = vec![Vec::new()];
            sets.extend(k.options.iter().map(|(o, _)| vec![(*o).to_string()]));
            for options in sets {
                TermRules.deadline(law, k.name, on, &[], &options, &moved).expect("deadline");
            }
        }
        let facts = TerminationFacts { union_consent: false, notice_given: None, moved: &moved };
        for e in data.employees.iter().take(5) {
            for g in TermRules.grounds() {
                TermRules.termination(law, e, &[], on, g.name, &facts).expect("termination");
            }
        }
    });
    let names = read.iter().map(|&i| law.params.all()[i].name.clone()).collect();
    (names, by_name)
}

/// Pay and terms read their parameters through handles bound when the law loads: no name is
/// looked up while they compute, under every choice of every interpretation, and each parameter
/// they read is one they bound.
#[test]
fn pay_and_terms_look_up_no_name() {
    let data = demo();
    let base = decent_lv1994::law().unwrap();
    let (pay, terms) = decent_lv1994::bound::names(&base.params).unwrap();
    let mut sets = vec![String::new()];
    sets.extend(readings(&base));
    let mut read_any = 0;
    for set in sets {
        let mut law = decent_lv1994::law().unwrap();
        // The values the statute leaves to the user, so that what reads them runs.
        law.params.set("s83.minimum_monthly=100").unwrap();
        law.params.set("s34_1.retirement_age=60").unwrap();
        if !set.is_empty() {
            law.params.set(&set).unwrap();
        }
        let (read, by_name) = pay_and_terms_reads(&law, &data);
        assert!(by_name.is_empty(), "pay or terms ({set}) looked up by name while running: {by_name:?}");
        read_any += read.len();
        for name in read {
            assert!(
                pay.contains(&name.as_str()) || terms.contains(&name.as_str()),
                "pay or terms ({set}) read {name}, which they do not bind"
            );
        }
    }
    assert!(read_any > 0, "the recording saw no read at all");
    for n in ["s101.rounding", "s94.festive_multiplier", "s83.minimum_monthly", "s257.weekly_holiday"] {
        assert!(pay.contains(&n) || terms.contains(&n), "{n} is not bound");
    }
}

/// The limit source of a finding as the hand-written map of `limits.toml` gave it before limits
/// were derived from the rules' bindings (the reference the derived one must equal).
fn limit_source_by_map(law: &Law, rule_id: &str, section: &str, day: decent_core::time::Day) -> serde_json::Value {
    use decent_core::params::ValueSource;
    let cite = |s: &str| serde_json::json!({"layer": "law", "ref": law.cite(s)});
    let Some(p) = law.limits.get(rule_id).and_then(|n| law.params.get(n)) else { return cite(section) };
    match p.dated_on(day).map(|d| &d.source) {
        Some(ValueSource::Law { section }) => cite(section),
        Some(ValueSource::Override { given }) => {
            serde_json::json!({"layer": "override", "ref": format!("--set {given}")})
        }
        Some(ValueSource::Agreement { id, article }) => {
            serde_json::json!({"layer": "agreement", "ref": format!("{id} {article}")})
        }
        None => cite(&p.section),
    }
}

/// Every finding of the demo year keeps the `limit_source` the hand map gave, with the law's
/// values and with each limit parameter overridden from mid-year (so both layers are seen), now
/// that the limit is derived from the handle each rule marks.
#[test]
fn limit_sources_on_the_demo_are_unchanged() {
    let data = demo();
    let base = decent_lv1994::law().unwrap();
    let mut sets = vec![String::new()];
    sets.extend(base.limits.values().map(|p| {
        let v = base.params.get(p).unwrap().values[0].value.to_string();
        format!("{p}@1995-07-01={v}")
    }));
    let mut seen = std::collections::BTreeSet::new();
    for set in sets {
        let mut law = decent_lv1994::law().unwrap();
        if !set.is_empty() {
            law.params.set(&set).unwrap();
        }
        let opts = decent_core::engine::Options { window: None, collect: true, only: None };
        let report = decent_core::engine::check(&law, &data, &opts);
        assert!(!report.findings.is_empty());
        for f in &report.findings {
            let meta = law.rules[f.rule as usize].meta();
            let day = decent_core::time::day_of(f.from);
            let derived =
                serde_json::to_value(decent_core::view::limit_source(&law, meta.id, meta.section, day)).unwrap();
            assert_eq!(derived, limit_source_by_map(&law, meta.id, meta.section, day), "{} ({set})", meta.id);
            seen.insert(derived["layer"].as_str().unwrap().to_string() + meta.id);
        }
    }
    assert!(seen.contains("overrideweekly-rest"), "{seen:?}");
}
