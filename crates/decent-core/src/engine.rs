//! Evaluation: every rule of a law over every employee, in parallel, in time order.
//!
//! The engine groups the dataset by employee (see [`Dataset::finish`]), hands each employee's
//! shifts and absences to each rule, and gathers findings either in full or as counts per rule
//! and severity (for very large inputs). Output order is canonical — by employee id, window,
//! rule — so results never depend on the order of input rows.

use rayon::prelude::*;

use crate::law::Law;
use crate::model::{Column, Dataset, EmployeeIdx};
use crate::rule::{Ctx, EmployeeCache, Finding, Out, Severity};
use crate::time::Span;

/// What to evaluate.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Report only findings whose window meets this span (all data is still read, so that
    /// annual caps and rest periods see their whole context).
    pub window: Option<Span>,
    /// Keep every finding (true) or only counts (false).
    pub collect: bool,
    /// Evaluate only these rules (indices into the law's list); all when `None`.
    pub only: Option<Vec<usize>>,
}

/// Counts per severity, indexed by [`Severity`] as `usize` (info, warning, violation).
pub type Counts = [u64; 3];

/// The result of a check.
#[derive(Debug, Default)]
pub struct Report {
    /// Findings in canonical order (empty unless `collect`).
    pub findings: Vec<Finding>,
    /// Per rule (law order): counts by severity.
    pub counts: Vec<Counts>,
    /// Employees evaluated.
    pub employees: usize,
    /// Shifts evaluated.
    pub shifts: usize,
    /// Rules (indices into the law's list) that were not run because the input lacks a shift
    /// column they cannot be checked without, with the first such column; in law order.
    pub not_checked: Vec<(usize, Column)>,
}

impl Report {
    /// Total findings of a severity.
    #[must_use]
    pub fn total(&self, s: Severity) -> u64 {
        self.counts.iter().map(|c| c[s as usize]).sum()
    }
}

#[derive(Default)]
struct Acc {
    findings: Vec<Finding>,
    counts: Vec<Counts>,
    /// Values the rules derive from an employee's data, shared by the rules of that employee;
    /// one per worker's fold, so its storage is reused from employee to employee.
    cache: EmployeeCache,
}

impl Acc {
    fn merge(mut self, other: Acc) -> Acc {
        if self.counts.len() < other.counts.len() {
            self.counts.resize(other.counts.len(), [0; 3]);
        }
        for (a, b) in self.counts.iter_mut().zip(other.counts) {
            for i in 0..3 {
                a[i] += b[i];
            }
        }
        self.findings.extend(other.findings);
        self
    }
}

/// Evaluates `law` on `data` (which must have been [`Dataset::finish`]ed).
#[must_use]
pub fn check(law: &Law, data: &Dataset, opts: &Options) -> Report {
    let n_rules = law.rules.len();
    let mut selected: Vec<usize> = opts.only.clone().unwrap_or_else(|| (0..n_rules).collect());
    // A rule whose column the input lacks is said not to be checked, once, instead of running
    // silently to no finding.
    let mut not_checked = Vec::new();
    selected.retain(|&ri| match law.rules[ri].requires().iter().find(|&&c| !data.columns.has(c)) {
        Some(&c) => {
            not_checked.push((ri, c));
            false
        }
        None => true,
    });
    not_checked.sort_unstable_by_key(|&(ri, _)| ri);
    let window = opts.window;
    let acc = (0..data.employees.len() as EmployeeIdx)
        .into_par_iter()
        .with_min_len(64)
        .fold(
            || Acc { findings: Vec::new(), counts: vec![[0; 3]; n_rules], cache: EmployeeCache::new() },
            |mut acc, e| {
                let Acc { findings, counts, cache } = &mut acc;
                cache.next_employee();
                let cx = Ctx::of(law, data, e, cache);
                for &ri in &selected {
                    let rule = u16::try_from(ri).unwrap_or(u16::MAX);
                    // The common summary run (no window, counts only) needs no test per finding:
                    // every finding of this rule counts in its own row.
                    if window.is_none() && !opts.collect {
                        let row = &mut counts[ri];
                        let mut sink = |f: Finding| row[f.severity as usize] += 1;
                        let mut out = Out::new(rule, e, &mut sink);
                        law.rules[ri].check(&cx, &mut out);
                        continue;
                    }
                    let mut sink = |f: Finding| {
                        if window.is_none_or(|w| f.to.max(f.from + 1) > w.start && f.from < w.end) {
                            counts[f.rule as usize][f.severity as usize] += 1;
                            if opts.collect {
                                findings.push(f);
                            }
                        }
                    };
                    let mut out = Out::new(rule, e, &mut sink);
                    law.rules[ri].check(&cx, &mut out);
                }
                acc
            },
        )
        .reduce(Acc::default, Acc::merge);
    let mut findings = acc.findings;
    sort_canonical(&mut findings, law, data);
    Report { findings, counts: acc.counts, employees: data.employees.len(), shifts: data.shifts.len(), not_checked }
}

/// Orders findings by employee id, window, rule id and detail: independent of input row order.
pub fn sort_canonical(findings: &mut [Finding], law: &Law, data: &Dataset) {
    findings.par_sort_unstable_by(|a, b| {
        data.employees[a.emp as usize]
            .id
            .cmp(&data.employees[b.emp as usize].id)
            .then(a.from.cmp(&b.from))
            .then(a.to.cmp(&b.to))
            .then_with(|| law.rules[a.rule as usize].meta().id.cmp(law.rules[b.rule as usize].meta().id))
            .then(a.detail.cmp(&b.detail))
            .then(a.severity.cmp(&b.severity))
            .then(a.measured.cmp(&b.measured))
            .then(a.line.cmp(&b.line))
    });
}
