//! The one error type of input: file, line, column, value and what was expected.

use std::fmt;

use decent_core::Message;

/// Bad input. Every variant of the problem carries where it is and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The file as the user named it.
    pub file: String,
    /// 1-based line (the header is line 1); 0 when the problem is the whole file.
    pub line: u64,
    /// 1-based column number and its header name, when the problem is one field.
    pub column: Option<(usize, String)>,
    /// The offending value, when there is one.
    pub value: Option<String>,
    /// What was expected, in English.
    pub expected: String,
    /// What was expected as a message (key and typed arguments), when the expectation is built
    /// from the input (a duplicate's other line, a field count, a list of choices); else it is
    /// found by its English text in [`EXPECTATIONS`].
    pub expect: Option<Box<Message>>,
}

impl InputError {
    /// A problem with the whole file.
    #[must_use]
    pub fn file(file: &str, expected: impl Into<String>) -> Self {
        Self { file: file.to_string(), line: 0, column: None, value: None, expected: expected.into(), expect: None }
    }

    /// A problem with one line.
    #[must_use]
    pub fn line(file: &str, line: u64, expected: impl Into<String>) -> Self {
        Self { file: file.to_string(), line, column: None, value: None, expected: expected.into(), expect: None }
    }

    /// A problem with one field.
    #[must_use]
    pub fn field(file: &str, line: u64, col: usize, name: &str, value: &[u8], expected: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            column: Some((col, name.to_string())),
            value: Some(cut(&String::from_utf8_lossy(value))),
            expected: expected.into(),
            expect: None,
        }
    }

    /// A problem with one whole row: its text is the value (cut when long).
    #[must_use]
    pub fn row(file: &str, line: u64, row: &[u8], expected: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            column: None,
            value: Some(cut(&String::from_utf8_lossy(row))),
            expected: expected.into(),
            expect: None,
        }
    }

    /// The same error with its expectation as a message (key and typed arguments), for an
    /// expectation built from the input: the English text stays for [`fmt::Display`].
    #[must_use]
    pub fn keyed(mut self, m: Message) -> Self {
        self.expect = Some(Box::new(m));
        self
    }

    /// A file that could not be read (`input-expect-readable`, with the reason by its kind).
    #[must_use]
    pub fn unreadable(file: &str, e: &std::io::Error) -> Self {
        use std::io::ErrorKind;
        let (reason, en) = match e.kind() {
            ErrorKind::NotFound => (Message::new("input-io-not-found"), "no such file".to_string()),
            ErrorKind::PermissionDenied => (Message::new("input-io-denied"), "permission denied".to_string()),
            ErrorKind::IsADirectory => (Message::new("input-io-directory"), "it is a directory".to_string()),
            _ => {
                let detail = cut(&e.to_string());
                (Message::new("input-io-other").text("detail", detail.clone()), detail)
            }
        };
        Self::file(file, format!("a readable file ({en})"))
            .keyed(Message::new("input-expect-readable").msg("reason", reason))
    }
}

/// `s` with its control characters written as escapes (`\u{1b}`), so that a header name or a
/// value quoted in a message cannot move a terminal's cursor or rewrite what it shows.
#[must_use]
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().any(char::is_control) {
        s.chars()
            .map(|c| if c.is_control() { c.escape_debug().to_string() } else { c.to_string() })
            .collect::<String>()
            .into()
    } else {
        s.into()
    }
}

/// Values longer than this many characters are cut in messages.
pub const MAX_SHOWN: usize = 80;
/// How many characters of a cut value are shown.
const SHOWN: usize = 60;

/// `s` as a message shows it: whole when at most [`MAX_SHOWN`] characters, else its first 60
/// characters, `…` and its length in bytes (`…(10485760 bytes)`), so that an error never echoes
/// a huge value. Cutting a cut value changes nothing.
#[must_use]
pub fn cut(s: &str) -> String {
    match s.char_indices().nth(MAX_SHOWN) {
        None => s.to_string(),
        Some(_) => {
            let end = s.char_indices().nth(SHOWN).map_or(s.len(), |(i, _)| i);
            format!("{}…({} bytes)", &s[..end], s.len())
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if let Some((c, name)) = &self.column {
            write!(f, ":{c} (column `{}`)", printable(&cut(name)))?;
        }
        f.write_str(": ")?;
        if let Some(v) = &self.value {
            write!(f, "found {:?}, ", cut(v))?;
        }
        write!(f, "expected {}", printable(&self.expected))
    }
}

impl std::error::Error for InputError {}

/// The expectations this crate states in words that do not change with the input, each with its
/// key in `decent-i18n`'s `input.ftl`: [`InputError::message`] names them by key, so that the
/// command line shows them in the reader's language. An expectation built from the input (a
/// duplicate's other line, a field count) carries its own message ([`InputError::keyed`]).
pub const EXPECTATIONS: &[(&str, &str)] = &[
    (crate::fields::EXPECT_DATE, "input-expect-date"),
    (crate::fields::EXPECT_DATETIME, "input-expect-datetime"),
    (crate::fields::EXPECT_BOOL, "input-expect-bool"),
    (crate::fields::EXPECT_ID, "input-expect-id"),
    ("UTF-8 text (save the file as UTF-8)", "input-expect-utf8"),
    ("a header row", "input-expect-header"),
    ("an employee id (not empty)", "input-expect-employee-id"),
    ("an employee listed in the employees file", "input-expect-known-employee"),
    ("at least one employee row after the header", "input-expect-employee-rows"),
    ("at least one shift row after the header", "input-expect-shift-rows"),
    ("an amount like 4.50 (a dot as decimal separator)", "input-expect-amount"),
    ("F or M", "input-expect-sex"),
    ("weekly hours, a number of at least one minute (0.0167) and at most 168", "input-expect-weekly-hours"),
    ("5 or 6 (days in the working week)", "input-expect-week-days"),
    ("months from 0 (none) to 12", "input-expect-summary-months"),
    ("dates YYYY-MM-DD separated by ;", "input-expect-dates"),
    ("a shift of at most 7 days (168 h)", "input-expect-shift-length"),
    ("whole minutes of break, from 0 to the shift's length", "input-expect-break"),
    ("a kind: work, overtime or duty", "input-expect-shift-kind"),
    ("the break's start: a time (HH:MM) or date-time within the shift", "input-expect-break-start"),
    ("whole minutes of feeding intervals, from 0 to the shift's length", "input-expect-feeding"),
    ("whole minutes of idle time, from 0 to the shift's length", "input-expect-idle"),
    ("working or day_off", "input-expect-moved-kind"),
    ("a month YYYY-MM", "input-expect-month"),
    ("an amount of at least 0 like 1234.50 (a dot as decimal separator)", "input-expect-earnings"),
    ("whole minutes, from 0 to the shift's length", "input-expect-minutes"),
    ("intervals FROM/TO (YYYY-MM-DD/YYYY-MM-DD, FROM not after TO) separated by ;", "input-expect-intervals"),
    ("days worked in the month, 0 to 31", "input-expect-days-worked"),
    ("fewer than 65,535 distinct employer_id values", "input-expect-employers"),
];

impl InputError {
    /// What was expected, as a message: its own ([`InputError::keyed`]), else the key of a known
    /// expectation ([`EXPECTATIONS`]), else `input-expect-text` carrying the English text (no
    /// construction site of this crate leaves one so: a test walks them).
    #[must_use]
    pub fn expected_message(&self) -> Message {
        if let Some(m) = &self.expect {
            return (**m).clone();
        }
        match EXPECTATIONS.iter().find(|(en, _)| *en == self.expected) {
            Some((_, key)) => Message::new(*key),
            None => Message::new("input-expect-text").text("text", printable(&self.expected).into_owned()),
        }
    }

    /// The whole error as a message for people: where (file, line, column number), the column's
    /// name, the value found and what was expected, in the catalogue's words (`input-error…`
    /// of `decent-i18n`'s `input.ftl`). In English it reads as [`fmt::Display`] writes it.
    #[must_use]
    pub fn message(&self) -> Message {
        let mut at = self.file.clone();
        if self.line > 0 {
            at.push_str(&format!(":{}", self.line));
        }
        let key = match (&self.column, &self.value) {
            (Some(_), Some(_)) => "input-error-column-value",
            (Some(_), None) => "input-error-column",
            (None, Some(_)) => "input-error-value",
            (None, None) => "input-error",
        };
        let mut m = Message::new(key);
        if let Some((c, name)) = &self.column {
            at.push_str(&format!(":{c}"));
            m = m.text("column", printable(&cut(name)).into_owned());
        }
        if let Some(v) = &self.value {
            m = m.text("value", format!("{:?}", cut(v)));
        }
        m.text("at", at).msg("expected", self.expected_message())
    }
}

/// Something worth telling that does not stop the import (an ignored extra column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file.
    pub file: String,
    /// What happened, in English.
    pub message: String,
    /// What happened, as a message of the input catalogue (for the reader's language).
    pub detail: Message,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, printable(&self.message))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_value_is_cut_in_the_message() {
        let huge = "x".repeat(10 << 20);
        let e = InputError::field("s.csv", 2, 1, "employee_id", huge.as_bytes(), "an id");
        let shown = e.to_string();
        assert!(shown.len() < 200, "{} bytes", shown.len());
        assert!(shown.contains(&format!("…({} bytes)", 10 << 20)), "{shown}");
        // Idempotent, short values whole, and cut on a character boundary.
        assert_eq!(cut(&cut(&huge)), cut(&huge));
        assert_eq!(cut("abc"), "abc");
        let wide = "ā".repeat(100);
        assert!(cut(&wide).starts_with(&"ā".repeat(60)), "{}", cut(&wide));
        // A header name or a message with an escape sequence is shown escaped.
        let e = InputError::field("s.csv", 1, 2, "a\u{1b}[2J", b"x", "each column once; `a\u{1b}[2J` twice");
        assert!(!e.to_string().contains('\u{1b}'), "{e}");
        let w = Warning {
            file: "s.csv".into(),
            message: "column 2 `\u{1b}]0;x\u{7}` is not used".into(),
            detail: Message::new("input-warning-ignored-column"),
        };
        assert!(!w.to_string().chars().any(char::is_control), "{w}");
        // Built by hand: Display cuts it as well.
        let by_hand = InputError { value: Some(huge), ..InputError::file("s.csv", "x") };
        assert!(by_hand.to_string().len() < 200);
    }

    /// A known expectation is named by its key; any other keeps its text.
    #[test]
    fn an_error_names_its_expectation_by_key() {
        let e = InputError::field("s.csv", 3, 2, "start", b"1995-13-01", crate::fields::EXPECT_DATE);
        let m = e.message();
        assert_eq!(m.key, "input-error-column-value");
        assert!(
            m.args
                .iter()
                .any(|(n, a)| *n == "expected"
                    && *a == decent_core::Arg::Msg(Box::new(Message::new("input-expect-date"))))
        );
        let other = InputError::line("s.csv", 4, "each day once; this day is also on line 2").expected_message();
        assert_eq!(other.key, "input-expect-text");
    }
}
