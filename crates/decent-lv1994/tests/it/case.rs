//! One fixture case: a directory `tests/fixtures/<rule-id>/<case>/` holding the files a user
//! would give (`shifts.csv`, and `employees.csv`, `absences.csv` when needed) and, optionally,
//! `set.txt`: parameter overrides, one `NAME=VALUE` (or `NAME@YYYY-MM-DD=VALUE`) a line in the
//! syntax of `decent check --set`, with blank lines and whole-line `#` comments allowed.
//!
//! A case named `breaks…` must give at least one finding of its rule; a case named `passes…`
//! must give none. Shared by the `fixtures` harness (one test per case) and the registry tests
//! of the `it` target (every rule has cases, every snapshot belongs to a case, every choice of
//! every interpretation is run by a case).

// Each of the two test targets that include this module uses a different part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use decent_core::pack::Pack;
use decent_core::view::view;
use decent_core::{check, Law, Options};
use decent_i18n::{Catalog, Lang};

/// The pack's message catalogue in `lang`, as `decent check --lang` builds it.
pub fn catalog(lang: Lang) -> Catalog {
    let sources = decent_lv1994::Lv1994.messages(lang.code());
    match Catalog::new(lang, &sources, "s") {
        Ok(c) => c,
        Err(e) => panic!("the {} catalogue does not load: {e}", lang.code()),
    }
}

/// `tests/fixtures`.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// `tests/snapshots`, where every case's snapshot `<rule-id>__<case>.snap` lives.
pub fn snapshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots")
}

/// What a case asserts about its own rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// At least one finding of the rule.
    Breaks,
    /// No finding of the rule.
    Passes,
}

/// One case directory.
#[derive(Debug, Clone)]
pub struct Case {
    /// The rule's id: the name of the parent directory.
    pub rule: String,
    /// The case's name: the name of the directory.
    pub name: String,
    /// The directory.
    pub dir: PathBuf,
}

/// One override line of `set.txt`.
#[derive(Debug, Clone)]
pub struct SetLine {
    /// 1-based line number in `set.txt`.
    pub line: usize,
    /// The whole assignment as `--set` takes it.
    pub text: String,
    /// The parameter's name (before `@` or `=`).
    pub name: String,
    /// The value (after `=`), trimmed.
    pub value: String,
}

fn name_of(p: &Path) -> Result<String, String> {
    p.file_name()
        .and_then(|n| n.to_str())
        .map(str::to_string)
        .ok_or_else(|| format!("{}: not a UTF-8 directory name", p.display()))
}

impl Case {
    /// The case whose `shifts.csv` is at `path`.
    ///
    /// # Errors
    /// A path that is not `<rule-id>/<case>/shifts.csv`.
    pub fn from_shifts(path: &Path) -> Result<Case, String> {
        let dir = path.parent().ok_or_else(|| format!("{}: no case directory", path.display()))?;
        let rule_dir = dir.parent().ok_or_else(|| format!("{}: no rule directory", dir.display()))?;
        Ok(Case { rule: name_of(rule_dir)?, name: name_of(dir)?, dir: dir.to_path_buf() })
    }

    /// Every case directory under `tests/fixtures`, sorted by rule and case.
    ///
    /// # Errors
    /// An unreadable directory, or a case directory without `shifts.csv`.
    pub fn all() -> Result<Vec<Case>, String> {
        let mut out = Vec::new();
        for rule_dir in sorted_dirs(&root())? {
            for dir in sorted_dirs(&rule_dir)? {
                if !dir.join("shifts.csv").is_file() {
                    return Err(format!("case directory {} has no shifts.csv", dir.display()));
                }
                out.push(Case::from_shifts(&dir.join("shifts.csv"))?);
            }
        }
        Ok(out)
    }

    /// `<rule-id>/<case>`, as failures name it.
    pub fn label(&self) -> String {
        format!("{}/{}", self.rule, self.name)
    }

    /// The snapshot's name: `<rule-id>__<case>` (file `<rule-id>__<case>.snap`).
    pub fn snapshot_name(&self) -> String {
        format!("{}__{}", self.rule, self.name)
    }

    /// What the case's name says it asserts.
    ///
    /// # Errors
    /// A name starting with neither `breaks` nor `passes`.
    pub fn expect(&self) -> Result<Expect, String> {
        if self.name.starts_with("breaks") {
            Ok(Expect::Breaks)
        } else if self.name.starts_with("passes") {
            Ok(Expect::Passes)
        } else {
            Err(format!(
                "{}: a case name starts with \"breaks\" (at least one finding of the rule) or \"passes\" (none), found {:?}",
                self.label(),
                self.name
            ))
        }
    }

    fn read(&self, file: &str) -> Result<Option<String>, String> {
        let p = self.dir.join(file);
        if !p.exists() {
            return Ok(None);
        }
        std::fs::read_to_string(&p).map(Some).map_err(|e| format!("{}: {e}", p.display()))
    }

    /// The overrides of `set.txt` (none without the file).
    ///
    /// # Errors
    /// An unreadable file, or a line that is not `NAME=VALUE`.
    pub fn sets(&self) -> Result<Vec<SetLine>, String> {
        let Some(text) = self.read("set.txt")? else { return Ok(Vec::new()) };
        let mut out = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let t = raw.trim();
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            let (lhs, value) = t.split_once('=').ok_or_else(|| {
                format!(
                    "{}:{}: expected NAME=VALUE (as `decent check --set` takes it), found {t:?}",
                    self.dir.join("set.txt").display(),
                    i + 1
                )
            })?;
            let name = lhs.split_once('@').map_or(lhs, |(n, _)| n).trim();
            out.push(SetLine {
                line: i + 1,
                text: t.to_string(),
                name: name.to_string(),
                value: value.trim().to_string(),
            });
        }
        Ok(out)
    }

    /// The pack with the case's overrides applied, through the code path of `--set`
    /// (`decent-cli/src/laws.rs`: `law.params.set`).
    ///
    /// # Errors
    /// A pack that does not load, or an override it refuses.
    pub fn law(&self) -> Result<Law, String> {
        self.law_with(true)
    }

    fn law_with(&self, sets: bool) -> Result<Law, String> {
        let mut law = decent_lv1994::law().map_err(|e| format!("the pack does not load: {e}"))?;
        for s in if sets { self.sets()? } else { Vec::new() } {
            law.params
                .set(&s.text)
                .map_err(|e| format!("{}:{}: --set {}: {e}", self.dir.join("set.txt").display(), s.line, s.text))?;
        }
        Ok(law)
    }

    /// Every finding on the case (of every rule), as `(rule id, line)`.
    ///
    /// # Errors
    /// Files that do not load, or a bad override.
    pub fn findings(&self) -> Result<Vec<(String, String)>, String> {
        self.findings_with(true)
    }

    /// Every finding on the case's files with the pack's defaults (`set.txt` ignored).
    ///
    /// # Errors
    /// Files that do not load.
    pub fn findings_without_sets(&self) -> Result<Vec<(String, String)>, String> {
        self.findings_with(false)
    }

    /// The message of every finding the whole law gives on this case (every rule, not only the
    /// case's own), with the rule's id, made as output makes it (with the data at hand).
    pub fn messages(&self) -> Result<Vec<(&'static str, decent_core::Message)>, String> {
        let (law, data, report) = self.checked(true)?;
        Ok(report
            .findings
            .iter()
            .map(|f| {
                let r = &law.rules[f.rule as usize];
                (r.meta().id, r.message_in(f, &law, &data))
            })
            .collect())
    }

    /// The law (with `set.txt` when `sets`), the case's data and the whole check of it.
    fn checked(&self, sets: bool) -> Result<(Law, decent_core::Dataset, decent_core::Report), String> {
        let law = self.law_with(sets)?;
        let shifts = self.read("shifts.csv")?.ok_or_else(|| format!("{}: no shifts.csv", self.label()))?;
        let employees = self.read("employees.csv")?;
        let absences = self.read("absences.csv")?;
        let data =
            decent_io::load_str_with(&decent_lv1994::attrs::SCHEMA, &shifts, employees.as_deref(), absences.as_deref())
                .map_err(|e| format!("{}: the fixture does not load: {e}", self.label()))?;
        let report = check(&law, &data, &Options { collect: true, ..Options::default() });
        Ok((law, data, report))
    }

    fn findings_with(&self, sets: bool) -> Result<Vec<(String, String)>, String> {
        let (law, data, report) = self.checked(sets)?;
        let cat = catalog(Lang::En);
        Ok(report
            .findings
            .iter()
            .map(|f| {
                let v = view(f, &law, &data, &cat);
                let line = format!(
                    "{} {} {} {} {}..{} measured={}{u} limit={}{u} :: {}",
                    v.rule,
                    v.section,
                    v.severity,
                    v.employee_id,
                    v.from,
                    v.to,
                    v.measured,
                    v.limit,
                    v.message,
                    u = v.unit
                );
                (v.rule.to_string(), line)
            })
            .collect())
    }
}

/// Sub-directories of `dir`, sorted by name.
fn sorted_dirs(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let p = e.map_err(|e| format!("{}: {e}", dir.display()))?.path();
        if p.is_dir() {
            out.push(p);
        }
    }
    out.sort();
    Ok(out)
}
