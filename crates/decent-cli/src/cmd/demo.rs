//! `decent demo`: writes a realistic, deterministic year of data for a municipal social service
//! (a 24/7 care home and a home-care service) and prints the commands to try on it. With
//! `--employees N` the same generator writes benchmark data of any size.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// The law the generator's year (1995) is written for: its festive days and its breaches are
/// those of this pack.
const DEMO_LAW: &str = crate::laws::DEFAULT;

/// Flags of `decent demo`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Directory to write shifts.csv, employees.csv and absences.csv into (created if missing).
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
    /// Number of employees (150 is the demo; 31000 gives benchmark data of about ten million
    /// shifts).
    #[arg(long, value_name = "N", default_value_t = decent_demo::UNIT)]
    pub employees: usize,
    /// Seed of the generator (the same seed always writes the same bytes).
    #[arg(long, value_name = "S", default_value_t = decent_demo::Config::default().seed)]
    pub seed: u64,
    /// The law the demo year is written for (the generator writes a year under lv-1994).
    #[arg(long, default_value = crate::laws::DEFAULT, value_name = "ID")]
    pub law: String,
}

/// Runs `decent demo`.
pub fn run(a: Args) -> crate::CmdResult {
    let pack = crate::laws::pack(&a.law).map_err(crate::Failure::Input)?;
    let info = pack.info().map_err(|e| crate::Failure::Other(anyhow::anyhow!(e)))?;
    if info.id != DEMO_LAW {
        return Err(crate::Failure::Input(anyhow::anyhow!(
            "--law {}: the demo generator writes a year under {DEMO_LAW} only",
            info.id
        )));
    }
    if a.employees == 0 {
        return Err(crate::Failure::Input(anyhow::anyhow!("--employees must be at least 1")));
    }
    let cfg = decent_demo::Config { employees: a.employees, seed: a.seed };
    let w =
        decent_demo::write_dir(&a.dir, &cfg).with_context(|| format!("writing demo data to {}", a.dir.display()))?;
    let dir = a.dir.display().to_string();
    let files = format!("--shifts {dir}/shifts.csv --employees {dir}/employees.csv --absences {dir}/absences.csv");
    println!(
        "wrote {dir}/shifts.csv ({} shifts, {:.1} MB), {dir}/employees.csv ({} employees), {dir}/absences.csv ({} absences)",
        w.shifts,
        w.shift_bytes as f64 / 1e6,
        w.employees,
        w.absences
    );
    println!(
        "year {}: a 24/7 care home (day, evening and night shifts; 12-hour days) and a home-care service",
        decent_demo::YEAR
    );
    println!();
    println!("try:");
    println!("  decent check {files}");
    println!("  decent check {files} --format summary");
    println!("  decent check {files} --format json > findings.json");
    println!("  decent check {files} --from 1995-06-01 --to 1995-06-30");
    println!("  decent check {files} --rule weekly-rest");
    println!("  decent rules");
    println!("  decent explain weekly-rest");
    println!("  decent explain s50");
    println!("  decent pay --shifts {dir}/shifts.csv --employees {dir}/employees.csv --absences {dir}/absences.csv --month 1995-06");
    println!("  decent deadline notice --event 1995-03-01");
    Ok(ExitCode::SUCCESS)
}
