//! `decent demo`: writes a realistic, deterministic year of data for a municipal social service
//! (a 24/7 care home and a home-care service) and prints the commands to try on it. With
//! `--employees N` the same generator writes benchmark data of any size.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;

/// The laws the generator writes a year for: lv-1994 (1995) and lv-2002 (2026).
const DEMO_LAWS: [&str; 2] = ["lv-1994", "lv-2002"];

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
    /// The law the demo year is written for: lv-1994 (the year 1995) or lv-2002 (the year 2026,
    /// municipal employers paid under the Remuneration Law).
    #[arg(long, default_value = crate::laws::DEFAULT, value_name = "ID")]
    pub law: String,
}

/// Runs `decent demo`.
pub fn run(a: Args) -> crate::CmdResult {
    let pack = crate::laws::pack(&a.law).map_err(crate::Failure::Input)?;
    let info = pack.info().map_err(|e| crate::Failure::Other(anyhow::anyhow!(e)))?;
    if !DEMO_LAWS.contains(&info.id.as_str()) {
        return Err(crate::Failure::Input(anyhow::anyhow!(
            "--law {}: the demo generator writes a year under {} only",
            info.id,
            DEMO_LAWS.join(" or ")
        )));
    }
    if a.employees == 0 {
        return Err(crate::Failure::Input(anyhow::anyhow!("--employees must be at least 1")));
    }
    let cfg = decent_demo::Config { employees: a.employees, seed: a.seed };
    let current = info.id == "lv-2002";
    let w = if current {
        let law = pack.law().map_err(|e| crate::Failure::Other(anyhow::anyhow!(e)))?;
        decent_demo::labour_law::write_dir(&a.dir, &cfg, &|d| law.calendar.is_festive(d))
    } else {
        decent_demo::write_dir(&a.dir, &cfg)
    }
    .with_context(|| format!("writing demo data to {}", a.dir.display()))?;
    let dir = a.dir.display().to_string();
    let files = format!("--shifts {dir}/shifts.csv --employees {dir}/employees.csv --absences {dir}/absences.csv");
    println!(
        "wrote {dir}/shifts.csv ({} shifts, {:.1} MB), {dir}/employees.csv ({} employees), {dir}/absences.csv ({} absences)",
        w.shifts,
        w.shift_bytes as f64 / 1e6,
        w.employees,
        w.absences
    );
    let (year, law, what) = if current {
        (
            decent_demo::labour_law::YEAR,
            " --law lv-2002",
            "a municipal care home (three rotating shifts; 12-hour days) and a municipal home-care service, paid under the Remuneration Law",
        )
    } else {
        (
            decent_demo::YEAR,
            "",
            "a 24/7 care home (day, evening and night shifts; 12-hour days) and a home-care service",
        )
    };
    println!("year {year}: {what}");
    println!();
    println!("try:");
    println!("  decent check{law} {files}");
    println!("  decent check{law} {files} --format summary");
    println!("  decent check{law} {files} --format json > findings.json");
    println!("  decent check{law} {files} --from {year}-06-01 --to {year}-06-30");
    println!("  decent check{law} {files} --rule weekly-rest");
    println!("  decent rules{law}");
    println!("  decent explain{law} weekly-rest");
    println!("  decent laws");
    println!("  decent pay{law} --shifts {dir}/shifts.csv --employees {dir}/employees.csv --absences {dir}/absences.csv --month {year}-06");
    println!("  decent deadline{law} notice --event {year}-03-02");
    Ok(ExitCode::SUCCESS)
}
