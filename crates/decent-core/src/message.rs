//! Messages for people, as data: a key and typed arguments, rendered later in the reader's
//! language from message catalogues (the `decent-i18n` crate holds the renderer; a pack holds
//! the catalogues of its own messages).
//!
//! A rule never builds the words of a message: it names the message and hands over minutes,
//! counts, days and sections, so that the same finding reads in English or Latvian and no
//! decision is taken on a rounded, formatted value.

use std::borrow::Cow;

use crate::time::{Day, Minute};

/// One argument of a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A count (plural-aware in the catalogue).
    Count(i64),
    /// A duration in minutes, shown in hours in the reader's number format (`7.5 h`, `7,5 h`).
    Minutes(i64),
    /// A point in civil time, shown `YYYY-MM-DD HH:MM`.
    Time(Minute),
    /// A day, shown `YYYY-MM-DD`.
    Day(Day),
    /// A section number of the law, shown as the law cites it (with the pack's prefix, e.g. `§ ` before `12`).
    Section(Cow<'static, str>),
    /// Text taken as it is (an employee id, a parameter's name, a value from the input).
    Text(Cow<'static, str>),
    /// Another message (without arguments of its own), rendered in the same language: a limb
    /// of a section, the name of a kind of day.
    Key(Cow<'static, str>),
    /// A list of points in time, shown joined, at most `shown` of them followed by "and N more".
    Times(Vec<Minute>),
    /// Another message with arguments of its own, rendered in the same language (why a day is
    /// not a working day, what an excluded period is, a term's length).
    Msg(Box<Message>),
    /// An exact decimal number (an amount of money, a multiplier, a percentage), shown with the
    /// scale it has (`300.00` stays `300.00`) in the reader's number format (`12.50`, `12,50`).
    Decimal(rust_decimal::Decimal),
}

/// A message: a catalogue key and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The key in the catalogues (`weekly-rest-short`).
    pub key: Cow<'static, str>,
    /// Named arguments.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// A message with no arguments yet.
    #[must_use]
    pub fn new(key: impl Into<Cow<'static, str>>) -> Self {
        Self { key: key.into(), args: Vec::new() }
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        self.args.push((name, value));
        self
    }

    /// Adds a count.
    #[must_use]
    pub fn count(self, name: &'static str, n: impl Into<i64>) -> Self {
        self.arg(name, Arg::Count(n.into()))
    }

    /// Adds a duration in minutes.
    #[must_use]
    pub fn minutes(self, name: &'static str, m: impl Into<i64>) -> Self {
        self.arg(name, Arg::Minutes(m.into()))
    }

    /// Adds a point in time.
    #[must_use]
    pub fn time(self, name: &'static str, m: Minute) -> Self {
        self.arg(name, Arg::Time(m))
    }

    /// Adds a day.
    #[must_use]
    pub fn day(self, name: &'static str, d: Day) -> Self {
        self.arg(name, Arg::Day(d))
    }

    /// Adds a section number.
    #[must_use]
    pub fn section(self, name: &'static str, s: impl Into<Cow<'static, str>>) -> Self {
        self.arg(name, Arg::Section(s.into()))
    }

    /// Adds text taken as it is.
    #[must_use]
    pub fn text(self, name: &'static str, s: impl Into<Cow<'static, str>>) -> Self {
        self.arg(name, Arg::Text(s.into()))
    }

    /// Adds another message's key, rendered in the same language.
    #[must_use]
    pub fn key(self, name: &'static str, k: impl Into<Cow<'static, str>>) -> Self {
        self.arg(name, Arg::Key(k.into()))
    }

    /// Adds another message, with its own arguments, rendered in the same language.
    #[must_use]
    pub fn msg(self, name: &'static str, m: Message) -> Self {
        self.arg(name, Arg::Msg(Box::new(m)))
    }

    /// Adds an exact decimal number (money, a multiplier, a percentage).
    #[must_use]
    pub fn decimal(self, name: &'static str, d: rust_decimal::Decimal) -> Self {
        self.arg(name, Arg::Decimal(d))
    }

    /// Adds a list of points in time.
    #[must_use]
    pub fn times(self, name: &'static str, t: Vec<Minute>) -> Self {
        self.arg(name, Arg::Times(t))
    }
}

/// Turns messages into words: a catalogue in one language (see the `decent-i18n` crate).
pub trait Render {
    /// The message in words.
    fn render(&self, m: &Message) -> String;
}

/// An error whose words are a [`Message`] (key and typed arguments), for a command to render in
/// the reader's language; its [`std::fmt::Display`] is the English text, for logs and tests. A
/// pack returns its errors so through [`crate::pack::PayRules`] and [`crate::pack::Terms`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageError {
    /// The words, as a key and arguments.
    pub message: Message,
    /// The same in English.
    pub text: String,
}

impl MessageError {
    /// An error of `message`, reading `text` in English.
    #[must_use]
    pub fn new(message: Message, text: impl Into<String>) -> Self {
        Self { message, text: text.into() }
    }
}

impl std::fmt::Display for MessageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

impl std::error::Error for MessageError {}
