//! Test-only: the fixture harness every jurisdiction pack's tests share.
//!
//! A pack keeps, beside its crate, `tests/fixtures/<rule-id>/<case>/` directories holding the
//! files a user would give (`shifts.csv`, and `employees.csv`, `absences.csv` when needed) and,
//! optionally, `set.txt`: parameter overrides, one `NAME=VALUE` (or `NAME@YYYY-MM-DD=VALUE`) a
//! line in the syntax of `decent check --set`, with blank lines and whole-line `#` comments
//! allowed. A case named `breaks…` must give at least one finding of its rule; a case named
//! `passes…` must give none. Its snapshot `tests/snapshots/<rule-id>__<case>.snap` holds only its
//! own rule's findings, so a change in another rule never touches it.
//!
//! A pack's test target declares its [`Suite`] and expands [`fixture_harness!`] (one test per
//! case, driven by `datatest-stable`, which works with `cargo test` and nextest); its registry
//! tests call the checks of [`registry`]. Nothing here knows a pack: the pack, its fixtures and
//! its catalogue come from the [`Suite`].

pub mod catalogue;
pub mod registry;

use std::path::{Path, PathBuf};

use decent_core::pack::Pack;
use decent_core::view::view;
use decent_core::{check, Law, Options};
use decent_i18n::{Catalog, Lang};

#[doc(hidden)]
pub use datatest_stable;
#[doc(hidden)]
pub use insta;

/// A pack under test and where its fixtures live.
#[derive(Clone, Copy)]
pub struct Suite {
    /// The pack.
    pub pack: &'static dyn Pack,
    /// The pack crate's directory (`env!("CARGO_MANIFEST_DIR")` of its test target).
    pub manifest_dir: &'static str,
}

impl std::fmt::Debug for Suite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Suite").field("pack", &self.pack.id()).field("manifest_dir", &self.manifest_dir).finish()
    }
}

impl Suite {
    /// `tests/fixtures`.
    pub fn root(&self) -> PathBuf {
        Path::new(self.manifest_dir).join("tests/fixtures")
    }

    /// `tests/snapshots`, where every case's snapshot `<rule-id>__<case>.snap` lives.
    pub fn snapshots(&self) -> PathBuf {
        Path::new(self.manifest_dir).join("tests/snapshots")
    }

    /// The pack's law with its defaults.
    ///
    /// # Panics
    /// A pack that does not load (a failed test).
    pub fn law(&self) -> Law {
        self.pack.law().unwrap_or_else(|e| panic!("the pack does not load: {e}"))
    }

    /// The pack's message catalogue in `lang`, as `decent check --lang` builds it.
    ///
    /// # Panics
    /// A catalogue that does not load (a failed test).
    pub fn catalog(&self, lang: Lang) -> Catalog {
        let sources = self.pack.messages(lang.code());
        let prefix = self.pack.info().map_or_else(|_| "s".to_string(), |i| i.section_prefix);
        match Catalog::new(lang, &sources, &prefix) {
            Ok(c) => c,
            Err(e) => panic!("the {} catalogue does not load: {e}", lang.code()),
        }
    }

    /// Every case directory under `tests/fixtures`, sorted by rule and case.
    ///
    /// # Errors
    /// An unreadable directory, or a case directory without `shifts.csv`.
    pub fn try_cases(&self) -> Result<Vec<Case>, String> {
        let mut out = Vec::new();
        let root = self.root();
        if !root.exists() {
            return Ok(out);
        }
        for rule_dir in sorted_dirs(&root)? {
            for dir in sorted_dirs(&rule_dir)? {
                if !dir.join("shifts.csv").is_file() {
                    return Err(format!("case directory {} has no shifts.csv", dir.display()));
                }
                out.push(Case::from_shifts(*self, &dir.join("shifts.csv"))?);
            }
        }
        Ok(out)
    }

    /// Every case, as [`Suite::try_cases`].
    ///
    /// # Panics
    /// As [`Suite::try_cases`] errs (a failed test).
    pub fn cases(&self) -> Vec<Case> {
        self.try_cases().unwrap_or_else(|e| panic!("{e}"))
    }
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
    /// The pack and its fixtures.
    pub suite: Suite,
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
    pub fn from_shifts(suite: Suite, path: &Path) -> Result<Case, String> {
        let dir = path.parent().ok_or_else(|| format!("{}: no case directory", path.display()))?;
        let rule_dir = dir.parent().ok_or_else(|| format!("{}: no rule directory", dir.display()))?;
        Ok(Case { suite, rule: name_of(rule_dir)?, name: name_of(dir)?, dir: dir.to_path_buf() })
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

    /// A file of the case, `None` when it is absent.
    ///
    /// # Errors
    /// A file that exists but cannot be read.
    pub fn read(&self, file: &str) -> Result<Option<String>, String> {
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
        let mut law = self.suite.pack.law().map_err(|e| format!("the pack does not load: {e}"))?;
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
    ///
    /// # Errors
    /// Files that do not load, or a bad override.
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
            decent_io::load_str_with(self.suite.pack.schema(), &shifts, employees.as_deref(), absences.as_deref())
                .map_err(|e| format!("{}: the fixture does not load: {e}", self.label()))?;
        let report = check(&law, &data, &Options { collect: true, ..Options::default() });
        Ok((law, data, report))
    }

    fn findings_with(&self, sets: bool) -> Result<Vec<(String, String)>, String> {
        let (law, data, report) = self.checked(sets)?;
        let cat = self.suite.catalog(Lang::En);
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

/// A case checked against its own rule: what its snapshot holds.
#[derive(Debug, Clone)]
pub struct Checked {
    /// `<rule-id>/<case>`.
    pub label: String,
    /// `<rule-id>__<case>`.
    pub snapshot_name: String,
    /// The case's own rule's findings, one a line.
    pub own: String,
}

/// Checks the case whose `shifts.csv` is at `path`: its directory names a rule of the pack, and
/// a `breaks…` case gives at least one finding of it, a `passes…` case none.
///
/// # Errors
/// Any of those failing, or files that do not load.
pub fn check_case(suite: Suite, path: &Path) -> Result<Checked, String> {
    let case = Case::from_shifts(suite, path)?;
    let expect = case.expect()?;
    let law = case.law()?;
    let id = case.rule.as_str();
    if !law.rules.iter().any(|r| r.meta().id == id) {
        return Err(format!(
            "{}: the directory tests/fixtures/{id} names no rule of the pack (see `decent rules`)",
            case.label()
        ));
    }
    let found = case.findings()?;
    let own: Vec<&str> = found.iter().filter(|(r, _)| r == id).map(|(_, l)| l.as_str()).collect();
    match expect {
        Expect::Breaks if own.is_empty() => {
            return Err(format!(
                "{}: a breaks case gives no {id} finding; findings of other rules: {:#?}",
                case.label(),
                found.iter().map(|(_, l)| l).collect::<Vec<_>>()
            ));
        }
        Expect::Passes if !own.is_empty() => {
            return Err(format!("{}: a passes case gives {} {id} finding(s): {own:#?}", case.label(), own.len()));
        }
        _ => {}
    }
    Ok(Checked { label: case.label(), snapshot_name: case.snapshot_name(), own: own.join("\n") })
}

/// A failure, printed as its text (the harness prints an error with `{:?}`, which would quote it
/// and escape its line breaks).
pub struct Failure(pub String);

impl std::fmt::Debug for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failure {}

/// The fixture harness of a pack's `harness = false` test target: one test per
/// `tests/fixtures/<rule-id>/<case>/shifts.csv`, named `rule_case::<rule-id>/<case>/shifts.csv`,
/// each checked by [`check_case`] and snapshotted to `tests/snapshots/<rule-id>__<case>.snap`
/// (the snapshot path is relative to the file expanding the macro, which must sit in
/// `tests/<dir>/`).
///
/// ```ignore
/// decent_testkit::fixture_harness!(decent_testkit::Suite {
///     pack: &decent_lv2002::Lv2002,
///     manifest_dir: env!("CARGO_MANIFEST_DIR"),
/// });
/// ```
#[macro_export]
macro_rules! fixture_harness {
    ($suite:expr) => {
        fn rule_case(path: &::std::path::Path) -> $crate::datatest_stable::Result<()> {
            let checked = $crate::check_case($suite, path).map_err($crate::Failure)?;
            $crate::insta::with_settings!({
                snapshot_path => "../snapshots",
                prepend_module_to_snapshot => false,
                description => checked.label.clone(),
                omit_expression => true,
            }, {
                $crate::insta::assert_snapshot!(checked.snapshot_name.clone(), checked.own.as_str());
            });
            Ok(())
        }

        $crate::datatest_stable::harness! {
            { test = rule_case, root = "tests/fixtures", pattern = r"^[^/]+/[^/]+/shifts\.csv$" },
        }
    };
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
