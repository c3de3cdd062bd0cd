//! One module per subcommand: its flags (next to their help text) and its `run`.

pub mod check;
pub mod deadline;
pub mod demo;
pub mod laws;
pub mod pay;
pub mod rules;
pub mod termination;

/// Parses a `YYYY-MM-DD` argument for clap.
pub fn parse_date(s: &str) -> Result<decent_core::time::Day, String> {
    s.parse::<jiff::civil::Date>()
        .map(decent_core::time::days_from_date)
        .map_err(|_| format!("expected a date YYYY-MM-DD, found {s:?}"))
}
