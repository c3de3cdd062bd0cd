//! The one error type of input: file, line, column, value and what was expected.

use std::fmt;

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
    /// What was expected.
    pub expected: String,
}

impl InputError {
    /// A problem with the whole file.
    #[must_use]
    pub fn file(file: &str, expected: impl Into<String>) -> Self {
        Self { file: file.to_string(), line: 0, column: None, value: None, expected: expected.into() }
    }

    /// A problem with one line.
    #[must_use]
    pub fn line(file: &str, line: u64, expected: impl Into<String>) -> Self {
        Self { file: file.to_string(), line, column: None, value: None, expected: expected.into() }
    }

    /// A problem with one field.
    #[must_use]
    pub fn field(file: &str, line: u64, col: usize, name: &str, value: &[u8], expected: impl Into<String>) -> Self {
        Self {
            file: file.to_string(),
            line,
            column: Some((col, name.to_string())),
            value: Some(String::from_utf8_lossy(value).into_owned()),
            expected: expected.into(),
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
            write!(f, ":{c} (column `{name}`)")?;
        }
        f.write_str(": ")?;
        if let Some(v) = &self.value {
            write!(f, "found {v:?}, ")?;
        }
        write!(f, "expected {}", self.expected)
    }
}

impl std::error::Error for InputError {}

/// Something worth telling that does not stop the import (an ignored extra column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The file.
    pub file: String,
    /// What happened.
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}
