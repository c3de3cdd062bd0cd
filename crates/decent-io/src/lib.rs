//! `decent-io`: reads the interchange formats (shifts, employees, absences as CSV) into the
//! engine's [`decent_core::Dataset`].
//!
//! Every error names the file, line and column, the value found and what was expected
//! ([`InputError`]); an import is all or nothing; nothing panics on bad bytes. Shifts are parsed
//! in parallel chunks with employee ids interned, so a row costs no allocation.

pub mod earnings;
pub mod error;
pub mod fields;
pub mod moved;
pub mod people;
pub mod shifts;
pub mod table;

use std::path::{Path, PathBuf};

use decent_core::{Dataset, Schema};

pub use error::{InputError, Warning};
pub use people::{read_absences, read_employees};
pub use shifts::{read_shifts, read_shifts_from, ShiftOptions};
pub use table::ColumnMap;

/// The files of one check.
#[derive(Debug, Clone, Default)]
pub struct Inputs {
    /// `shifts.csv` (required).
    pub shifts: PathBuf,
    /// `employees.csv`.
    pub employees: Option<PathBuf>,
    /// `absences.csv`.
    pub absences: Option<PathBuf>,
    /// Column renames, applied to every file.
    pub map: ColumnMap,
    /// Row limit per file (None: no limit).
    pub max_rows: Option<usize>,
    /// The statuses and shift columns the law pack declares, read beside the neutral ones.
    pub schema: &'static Schema,
}

/// Checks a pack's declared attributes against the columns read for every pack.
///
/// # Errors
/// The first problem, naming the attribute (a defect of the pack).
pub fn check_schema(schema: &Schema) -> Result<(), String> {
    let mut reserved: Vec<&str> = people::EMP_COLS.to_vec();
    reserved.extend(shifts::columns(&decent_core::attr::EMPTY).iter().filter(|c| !c.trim().is_empty()));
    schema.validate(&reserved)
}

fn read(path: &Path) -> Result<Vec<u8>, InputError> {
    std::fs::read(path).map_err(|e| InputError::unreadable(&path.display().to_string(), &e))
}

/// Reads every file of a check and groups the dataset for evaluation.
///
/// # Errors
/// The first bad input, naming file, line and column.
pub fn load(inputs: &Inputs) -> Result<(Dataset, Vec<Warning>), InputError> {
    load_with(inputs, &mut |_| {})
}

/// The phases of a load: name, wall time and processor time (user and system, all threads;
/// zero where the system does not tell), for benchmarks.
pub type Phases = Vec<(&'static str, std::time::Duration, std::time::Duration)>;

/// Processor time this process has used so far (user and system, all threads), from
/// `/proc/self/stat` in clock ticks of 10 ms; zero where that file does not exist.
#[must_use]
pub fn cpu_time() -> std::time::Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let ticks: u64 = rest.split_whitespace().skip(11).take(2).filter_map(|f| f.parse::<u64>().ok()).sum();
    std::time::Duration::from_millis(ticks * 10)
}

/// As [`load`], also returning how long each phase took: employees, shifts, absences, grouping.
///
/// # Errors
/// As [`load`].
pub fn load_timed(inputs: &Inputs) -> Result<(Dataset, Vec<Warning>, Phases), InputError> {
    let mut phases = Phases::new();
    let (mut clock, mut cpu) = (std::time::Instant::now(), cpu_time());
    let (data, warnings) = load_with(inputs, &mut |name| {
        let now = cpu_time();
        phases.push((name, clock.elapsed(), now.saturating_sub(cpu)));
        (clock, cpu) = (std::time::Instant::now(), now);
    })?;
    Ok((data, warnings, phases))
}

/// [`load`], calling `lap` with each phase's name as it ends.
fn load_with(inputs: &Inputs, lap: &mut dyn FnMut(&'static str)) -> Result<(Dataset, Vec<Warning>), InputError> {
    check_schema(inputs.schema).map_err(|e| {
        InputError::file("the law pack", format!("a valid declaration ({e})"))
            .keyed(decent_core::Message::new("input-expect-declaration").text("detail", e))
    })?;
    let mut data = Dataset::with_schema(inputs.schema);
    let mut warnings = Vec::new();
    let known = inputs.employees.is_some();
    if let Some(p) = &inputs.employees {
        warnings.extend(read_employees(&mut data, &p.display().to_string(), &read(p)?, &inputs.map)?);
    }
    lap("employees");
    let opts = ShiftOptions { map: inputs.map.clone(), known_employees_only: known, max_rows: inputs.max_rows };
    let name = inputs.shifts.display().to_string();
    let file = std::fs::File::open(&inputs.shifts).map_err(|e| InputError::unreadable(&name, &e))?;
    warnings.extend(read_shifts_from(&mut data, &name, file, &opts)?);
    lap("shifts");
    if let Some(p) = &inputs.absences {
        warnings.extend(read_absences(&mut data, &p.display().to_string(), &read(p)?, &inputs.map, known)?);
    }
    lap("absences");
    data.finish();
    lap("grouping");
    Ok((data, warnings))
}

/// Parses in-memory CSV texts (for tests and the server): `(shifts, employees, absences)`, with
/// no pack-declared columns.
///
/// # Errors
/// As [`load`], with the names `shifts.csv`, `employees.csv`, `absences.csv`.
pub fn load_str(shifts: &str, employees: Option<&str>, absences: Option<&str>) -> Result<Dataset, InputError> {
    load_str_with(&decent_core::attr::EMPTY, shifts, employees, absences)
}

/// As [`load_str`], reading the columns `schema` declares.
///
/// # Errors
/// As [`load_str`].
pub fn load_str_with(
    schema: &'static Schema,
    shifts: &str,
    employees: Option<&str>,
    absences: Option<&str>,
) -> Result<Dataset, InputError> {
    let mut data = Dataset::with_schema(schema);
    let map = ColumnMap::default();
    if let Some(e) = employees {
        read_employees(&mut data, "employees.csv", e.as_bytes(), &map)?;
    }
    let opts = ShiftOptions { map: map.clone(), known_employees_only: employees.is_some(), max_rows: None };
    read_shifts(&mut data, "shifts.csv", shifts.as_bytes(), &opts)?;
    if let Some(a) = absences {
        read_absences(&mut data, "absences.csv", a.as_bytes(), &map, employees.is_some())?;
    }
    data.finish();
    Ok(data)
}
