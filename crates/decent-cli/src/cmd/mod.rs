//! One module per subcommand: its flags (next to their help text) and its `run`.

pub mod check;
pub mod deadline;
pub mod demo;
pub mod laws;
pub mod pay;
pub mod rules;
pub mod termination;

/// Parses a `YYYY-MM-DD` argument for clap: a date in the years the input files accept (1000 to
/// 5000), whose every minute fits the engine's clock. A later date would wrap a window (and hide
/// every finding) or a term.
pub fn parse_date(s: &str) -> Result<decent_core::time::Day, String> {
    decent_io::fields::date(s.as_bytes()).ok_or_else(|| {
        format!(
            "expected a date YYYY-MM-DD in the years 1000 to 5000 (as in the input files), found {:?}",
            decent_io::error::cut(s)
        )
    })
}

/// Prints an input warning on standard error in the run's language (`warning: …`).
pub fn warn(w: &impl std::fmt::Display) {
    let m = decent_core::Message::new("input-warning").text("text", w.to_string());
    match crate::i18n::own() {
        Ok(c) => eprintln!("{}", decent_core::Render::render(&c, &m)),
        Err(_) => eprintln!("warning: {w}"),
    }
}
