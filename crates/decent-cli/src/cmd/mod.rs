//! One module per subcommand: its flags (next to their help text) and its `run`.

pub mod check;
pub mod deadline;
pub mod demo;
pub mod laws;
pub mod pay;
pub mod rules;
pub mod serve;
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
pub fn warn(w: &decent_io::Warning) {
    match crate::i18n::own() {
        Ok(c) => eprintln!("{}", warning(&c, w)),
        Err(_) => eprintln!("warning: {w}"),
    }
}

/// An input warning in `cat`'s language: `warning: FILE: what happened`.
pub fn warning(cat: &crate::i18n::Catalog, w: &decent_io::Warning) -> String {
    let text = format!("{}: {}", w.file, decent_core::Render::render(cat, &w.detail));
    decent_core::Render::render(cat, &decent_core::Message::new("input-warning").text("text", text))
}

/// A pack's error in the reader's language: one that carries its words as a message
/// ([`decent_core::MessageError`]) is rendered by `cat`, any other keeps its text; `context`, when
/// given, is a message put before it (its argument `error` is the error's words).
pub fn pack_error(
    cat: &dyn decent_core::Render,
    e: &(dyn std::error::Error + Send + Sync + 'static),
    context: Option<decent_core::Message>,
) -> anyhow::Error {
    let words = match e.downcast_ref::<decent_core::MessageError>() {
        Some(me) => cat.render(&me.message),
        None => e.to_string(),
    };
    match context {
        Some(m) => anyhow::anyhow!(cat.render(&m.text("error", words))),
        None => anyhow::anyhow!(words),
    }
}
