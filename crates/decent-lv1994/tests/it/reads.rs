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
