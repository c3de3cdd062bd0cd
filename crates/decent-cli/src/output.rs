//! Writing results: tables for people, JSON/JSONL/CSV for other programs.

use std::borrow::Cow;
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

/// A cell of CSV output made safe for spreadsheets (formula injection, OWASP): text that a
/// spreadsheet would read as a formula — starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return — gets a leading single quote. Numbers (`-1.5`) are left as they are: a spreadsheet
/// reads them as numbers, and they are no formula.
#[must_use]
pub fn csv_cell(s: &str) -> Cow<'_, str> {
    let risky = matches!(s.as_bytes().first(), Some(b'=' | b'+' | b'-' | b'@' | b'\t' | b'\r'));
    if risky && s.parse::<rust_decimal::Decimal>().is_err() {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// Writes one CSV record, every cell through [`csv_cell`].
///
/// # Errors
/// A write error.
pub fn csv_record<W: Write, S: AsRef<str>>(
    w: &mut csv::Writer<W>,
    cells: impl IntoIterator<Item = S>,
) -> csv::Result<()> {
    w.write_record(cells.into_iter().map(|c| csv_cell(c.as_ref()).into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_numbers_kept() {
        for (raw, shown) in [
            ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
            ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t=1"),
            ("\r=1", "'\r=1"),
            ("-1.5", "-1.5"),
            ("+4", "+4"),
            ("CH0001", "CH0001"),
            ("a=b", "a=b"),
            ("", ""),
        ] {
            assert_eq!(csv_cell(raw), shown, "{raw:?}");
        }
    }
}
