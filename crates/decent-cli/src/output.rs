//! Writing results: tables for people, JSON/JSONL/CSV for other programs.

use std::io::Write;

use anyhow::Result;

/// Output format of `decent check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned text for a terminal.
    Table,
    /// One JSON document with the findings and counts.
    Json,
    /// One JSON finding per line.
    Jsonl,
    /// CSV with a header row.
    Csv,
    /// Counts per rule only (for very large inputs).
    Summary,
}

/// A locked, buffered stdout.
pub fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock())
}

/// Pads or cuts `s` to `w` characters.
#[must_use]
pub fn cell(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n >= w {
        s.to_string()
    } else {
        format!("{s}{}", " ".repeat(w - n))
    }
}

/// Writes rows as an aligned table with a header.
///
/// # Errors
/// A write error (a closed pipe included).
pub fn table(out: &mut impl Write, header: &[&str], rows: &[Vec<String>]) -> Result<()> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for r in rows {
        for (i, c) in r.iter().enumerate().take(widths.len().saturating_sub(1)) {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| if i + 1 == cells.len() { (*c).to_string() } else { cell(c, widths[i]) })
            .collect::<Vec<_>>()
            .join("  ")
    };
    writeln!(out, "{}", line(header.to_vec()).trim_end())?;
    for r in rows {
        writeln!(out, "{}", line(r.iter().map(String::as_str).collect()).trim_end())?;
    }
    Ok(())
}
