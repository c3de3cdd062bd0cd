//! `decent-i18n`: messages for people in English and Latvian.
//!
//! A [`Catalog`] is one language's Fluent bundle, put together from the catalogues of the parts
//! that speak to a user: this crate's common words, the command line's or the server's own, and
//! the pack's (its rules, parameters, pay lines and deadline steps). It renders
//! [`decent_core::Message`]s: counts as Fluent numbers (so plurals follow the language), minutes
//! as hours in the language's number format, sections as the law cites them.
//!
//! The statute's own text is not translated here: a pack shows it in the language it holds.

use std::fmt::Write as _;

use decent_core::message::{Arg, Message, Render};
use decent_core::time::{fmt_day, fmt_minute};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// A language a user can read decent in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Latvian.
    Lv,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Lv];

    /// The ISO 639-1 code.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Lv => "lv",
        }
    }

    /// A language by its code (`en`, `lv`, also `lv-LV`, `lv_LV.UTF-8`).
    #[must_use]
    pub fn parse(s: &str) -> Option<Lang> {
        let base = s.split(['-', '_', '.', '@']).next().unwrap_or("").to_ascii_lowercase();
        match base.as_str() {
            "en" => Some(Lang::En),
            "lv" => Some(Lang::Lv),
            _ => None,
        }
    }

    /// The language a locale setting asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one
    /// set, as POSIX orders them), English when none names one decent speaks.
    #[must_use]
    pub fn from_locale(get: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|v| get(v).filter(|s| !s.is_empty()))
            .map(|s| Lang::parse(&s).unwrap_or(Lang::En))
            .next()
            .unwrap_or(Lang::En)
    }

    /// The decimal separator of the language's numbers.
    #[must_use]
    pub fn decimal_separator(self) -> char {
        match self {
            Lang::En => '.',
            Lang::Lv => ',',
        }
    }
}

/// This crate's own catalogues for `lang`: words every part shares (`common.ftl`), the steps
/// of the engine's term arithmetic (`terms.ftl`) and what an input file was expected to hold
/// (`input.ftl`, the errors of `decent-io`).
#[must_use]
pub fn common(lang: Lang) -> Vec<(&'static str, &'static str)> {
    match lang {
        Lang::En => vec![
            ("decent-i18n/ftl/en/common.ftl", include_str!("../ftl/en/common.ftl")),
            ("decent-i18n/ftl/en/terms.ftl", include_str!("../ftl/en/terms.ftl")),
            ("decent-i18n/ftl/en/input.ftl", include_str!("../ftl/en/input.ftl")),
        ],
        Lang::Lv => vec![
            ("decent-i18n/ftl/lv/common.ftl", include_str!("../ftl/lv/common.ftl")),
            ("decent-i18n/ftl/lv/terms.ftl", include_str!("../ftl/lv/terms.ftl")),
            ("decent-i18n/ftl/lv/input.ftl", include_str!("../ftl/lv/input.ftl")),
        ],
    }
}

/// How many points in time an [`Arg::Times`] shows before "and N more".
pub const TIMES_SHOWN: usize = 5;

/// One language's messages.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    keys: Vec<String>,
    section_prefix: String,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("lang", &self.lang).field("keys", &self.keys.len()).finish_non_exhaustive()
    }
}

impl Catalog {
    /// A catalogue of `lang` from Fluent sources `(file name, text)`, with this crate's common
    /// words added; sections are cited with `section_prefix` (`s` gives `s59`).
    ///
    /// # Errors
    /// A source that does not parse (its file and the offending text), or a key defined twice.
    pub fn new(lang: Lang, sources: &[(&str, &str)], section_prefix: &str) -> Result<Self, String> {
        let langid: unic_langid::LanguageIdentifier =
            lang.code().parse().map_err(|e| format!("language {}: {e}", lang.code()))?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let mut keys = Vec::new();
        let mut all: Vec<(&str, &str)> = common(lang);
        all.extend_from_slice(sources);
        for (name, text) in all {
            let res = FluentResource::try_new(text.to_string()).map_err(|(_, errs)| {
                let e = &errs[0];
                let line = text[..e.pos.start.min(text.len())].matches('\n').count() + 1;
                format!("{name}:{line}: {:?}", e.kind)
            })?;
            for entry in res.entries() {
                if let fluent_syntax::ast::Entry::Message(m) = entry {
                    keys.push(m.id.name.to_string());
                }
            }
            bundle.add_resource(res).map_err(|errs| format!("{name}: {errs:?}"))?;
        }
        keys.sort();
        Ok(Self { lang, bundle, keys, section_prefix: section_prefix.to_string() })
    }

    /// The catalogue's language.
    #[must_use]
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Every message key, sorted.
    #[must_use]
    pub fn keys(&self) -> &[String] {
        &self.keys
    }

    /// Whether the catalogue has `key`.
    #[must_use]
    pub fn has(&self, key: &str) -> bool {
        self.bundle.has_message(key)
    }

    /// A message with no arguments, or the key itself when the catalogue lacks it.
    #[must_use]
    pub fn text(&self, key: &str) -> String {
        self.render(&Message::new(key.to_string()))
    }

    /// Minutes as hours in this language: `450` → `7.5 h` (`7,5 h` in Latvian).
    #[must_use]
    pub fn hours(&self, minutes: i64) -> String {
        format!("{} h", self.number(minutes, 60))
    }

    /// `n / div` with up to two decimals, trailing zeros dropped, in this language's format.
    fn number(&self, n: i64, div: i64) -> String {
        let hundredths = (i128::from(n) * 100 + i128::from(div) / 2 * i128::from(n.signum())) / i128::from(div);
        let sign = if hundredths < 0 { "-" } else { "" };
        let h = hundredths.unsigned_abs();
        let (whole, frac) = (h / 100, h % 100);
        let mut s = format!("{sign}{whole}");
        if frac != 0 {
            s.push(self.lang.decimal_separator());
            let _ = write!(s, "{frac:02}");
            while s.ends_with('0') {
                s.pop();
            }
        }
        s
    }

    /// An argument as text (a count as its digits).
    fn arg_text(&self, a: &Arg) -> String {
        match a {
            Arg::Count(n) => n.to_string(),
            Arg::Minutes(m) => self.hours(*m),
            Arg::Time(t) => fmt_minute(*t).replace('T', " "),
            Arg::Day(d) => fmt_day(*d),
            Arg::Section(s) => format!("{}{s}", self.section_prefix),
            Arg::Text(s) => s.to_string(),
            Arg::Key(k) => self.text(k),
            Arg::Msg(m) => self.render(m),
            Arg::Decimal(d) => {
                let s = d.to_string();
                if self.lang.decimal_separator() == '.' {
                    s
                } else {
                    s.replace('.', &self.lang.decimal_separator().to_string())
                }
            }
            Arg::Times(ts) => {
                let mut s = ts
                    .iter()
                    .take(TIMES_SHOWN)
                    .map(|t| fmt_minute(*t).replace('T', " "))
                    .collect::<Vec<_>>()
                    .join(", ");
                if ts.len() > TIMES_SHOWN {
                    let more = Message::new("and-more").count("count", ts.len() as i64 - TIMES_SHOWN as i64);
                    s.push(' ');
                    s.push_str(&self.render(&more));
                }
                s
            }
        }
    }

    fn value(&self, a: &Arg) -> FluentValue<'static> {
        match a {
            Arg::Count(n) => FluentValue::from(*n),
            other => FluentValue::from(self.arg_text(other)),
        }
    }

    /// Renders a message, reporting a missing key, a missing argument or any other Fluent error.
    ///
    /// # Errors
    /// The catalogue lacks the key, or the pattern names an argument the message does not carry.
    pub fn try_render(&self, m: &Message) -> Result<String, String> {
        let msg =
            self.bundle.get_message(&m.key).ok_or_else(|| format!("{}: no message {:?}", self.lang.code(), m.key))?;
        let pattern = msg.value().ok_or_else(|| format!("{}: message {:?} has no value", self.lang.code(), m.key))?;
        let mut args = FluentArgs::new();
        for (name, a) in &m.args {
            args.set(*name, self.value(a));
        }
        let mut errors = Vec::new();
        let s = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
        if errors.is_empty() {
            Ok(s.into_owned())
        } else {
            Err(format!("{}: message {:?}: {errors:?}", self.lang.code(), m.key))
        }
    }
}

impl Render for Catalog {
    /// The message in words; a message the catalogue cannot render shows its key and arguments
    /// rather than nothing (the catalogue tests make sure that never ships).
    fn render(&self, m: &Message) -> String {
        match self.try_render(m) {
            Ok(s) => s,
            Err(_) => {
                let mut s = m.key.to_string();
                for (name, a) in &m.args {
                    let _ = write!(s, " {name}={}", self.arg_text(a));
                }
                s
            }
        }
    }
}

/// Keys one catalogue has and the other lacks, as `lang: key` lines (empty when they match).
#[must_use]
pub fn missing_keys(a: &Catalog, b: &Catalog) -> Vec<String> {
    let mut out = Vec::new();
    for k in a.keys() {
        if !b.has(k) {
            out.push(format!("{}: {k}", b.lang.code()));
        }
    }
    for k in b.keys() {
        if !a.has(k) {
            out.push(format!("{}: {k}", a.lang.code()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cat(lang: Lang, ftl: &str) -> Catalog {
        Catalog::new(lang, &[("test.ftl", ftl)], "s").expect("parses")
    }

    #[test]
    fn the_locale_decides_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| pairs.iter().find(|(n, _)| *n == k).map(|(_, v)| (*v).to_string())
        };
        assert_eq!(Lang::from_locale(env(&[("LANG", "lv_LV.UTF-8")])), Lang::Lv);
        assert_eq!(Lang::from_locale(env(&[("LANG", "lv_LV.UTF-8"), ("LC_ALL", "en_GB.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[("LANG", "C.UTF-8")])), Lang::En);
        assert_eq!(Lang::from_locale(env(&[])), Lang::En);
        assert_eq!(Lang::parse("LV"), Some(Lang::Lv));
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn arguments_are_shown_in_the_language() {
        let ftl =
            "m = { $rest } rest before { $at } ({ $sec }), { $n ->\n [one] one shift\n *[other] { $n } shifts\n}\n";
        let lv = "m = { $rest } atpūta līdz { $at } ({ $sec }), { $n ->\n [zero] { $n } maiņu\n [one] { $n } maiņa\n *[other] { $n } maiņas\n}\n";
        let msg = |n: i64| {
            Message::new("m").minutes("rest", 2610).time("at", 1440 * 100 + 480).section("sec", "65").count("n", n)
        };
        assert_eq!(cat(Lang::En, ftl).render(&msg(1)), "43.5 h rest before 1970-04-11 08:00 (s65), one shift");
        assert_eq!(cat(Lang::En, ftl).render(&msg(3)), "43.5 h rest before 1970-04-11 08:00 (s65), 3 shifts");
        assert_eq!(cat(Lang::Lv, lv).render(&msg(21)), "43,5 h atpūta līdz 1970-04-11 08:00 (s65), 21 maiņa");
        assert_eq!(cat(Lang::Lv, lv).render(&msg(3)), "43,5 h atpūta līdz 1970-04-11 08:00 (s65), 3 maiņas");
    }

    #[test]
    fn hours_round_to_two_decimals() {
        let c = cat(Lang::En, "x = x\n");
        assert_eq!(c.hours(0), "0 h");
        assert_eq!(c.hours(60), "1 h");
        assert_eq!(c.hours(61), "1.02 h");
        assert_eq!(c.hours(-90), "-1.5 h");
        assert_eq!(cat(Lang::Lv, "x = x\n").hours(20), "0,33 h");
    }

    #[test]
    fn a_long_list_of_times_is_cut() {
        let c = cat(Lang::En, "m = shifts { $t }\n");
        let m = Message::new("m").times("t", (0..7).map(|d| d * 1440).collect());
        assert_eq!(
            c.render(&m),
            "shifts 1970-01-01 00:00, 1970-01-02 00:00, 1970-01-03 00:00, 1970-01-04 00:00, 1970-01-05 00:00 and 2 more"
        );
    }

    #[test]
    fn a_missing_key_or_argument_is_an_error_not_a_blank() {
        let c = cat(Lang::En, "m = needs { $x }\n");
        assert!(c.try_render(&Message::new("nope")).unwrap_err().contains("no message \"nope\""));
        assert!(c.try_render(&Message::new("m")).is_err());
        assert_eq!(c.render(&Message::new("nope").count("n", 2).minutes("m", 90)), "nope n=2 m=1.5 h");
    }

    #[test]
    fn a_bad_catalogue_names_its_file_and_line() {
        let e = Catalog::new(Lang::En, &[("x.ftl", "a = 1\nb = {\n")], "s").unwrap_err();
        assert!(e.starts_with("x.ftl:") && !e.starts_with("x.ftl:1:"), "{e}");
    }

    #[test]
    fn the_common_words_exist_in_both_languages() {
        let en = Catalog::new(Lang::En, &[], "s").expect("en");
        let lv = Catalog::new(Lang::Lv, &[], "s").expect("lv");
        assert!(missing_keys(&en, &lv).is_empty(), "{:?}", missing_keys(&en, &lv));
    }
}
