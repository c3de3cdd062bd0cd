//! The language of the command line's output (`--lang en|lv`, default from the locale) and the
//! message catalogue every command renders with: the command line's own words, the common words
//! of `decent-i18n` and the pack's messages.

use std::sync::OnceLock;

use anyhow::{anyhow, Result};
use decent_core::Law;
pub use decent_i18n::{Catalog, Lang};

static LANG: OnceLock<Lang> = OnceLock::new();

/// The command line's own catalogue sources for `lang`.
#[must_use]
pub fn sources(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("decent-cli/i18n/en/cli.ftl", include_str!("../i18n/en/cli.ftl")),
        Lang::Lv => ("decent-cli/i18n/lv/cli.ftl", include_str!("../i18n/lv/cli.ftl")),
    }
}

/// Sets the language for this run (once, from `--lang` or the locale).
pub fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The language of this run.
#[must_use]
pub fn lang() -> Lang {
    *LANG.get_or_init(|| Lang::from_locale(|k| std::env::var(k).ok()))
}

/// Parses `--lang` for clap.
///
/// # Errors
/// A language decent does not speak.
pub fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| format!("expected en or lv, found {s:?}"))
}

/// The catalogue of this run's language with the messages of `law`'s pack.
///
/// # Errors
/// A catalogue that does not parse (a defect caught by the tests).
pub fn catalog(law: &Law) -> Result<Catalog> {
    catalog_for(lang(), law)
}

/// The catalogue of `lang` with the messages of `law`'s pack.
///
/// # Errors
/// A catalogue that does not parse.
pub fn catalog_for(lang: Lang, law: &Law) -> Result<Catalog> {
    crate::laws::catalog(lang, &[sources(lang)], law)
}

/// The command line's own catalogue, without a pack's messages (for errors and `decent laws`).
///
/// # Errors
/// A catalogue that does not parse (a defect caught by the tests).
pub fn own() -> Result<Catalog> {
    let lang = lang();
    Catalog::new(lang, &[sources(lang)], "").map_err(|e| anyhow!(e))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The command line's catalogues parse, have the same keys in both languages, and every
    /// pack's messages load beside them.
    #[test]
    fn both_languages_have_every_key() {
        let en = Catalog::new(Lang::En, &[sources(Lang::En)], "s").expect("en parses");
        let lv = Catalog::new(Lang::Lv, &[sources(Lang::Lv)], "s").expect("lv parses");
        let missing = decent_i18n::missing_keys(&en, &lv);
        assert!(missing.is_empty(), "keys missing: {missing:?}");
        // Every expectation decent-io names by key reads, in English, as the text it replaces.
        let en_all = Catalog::new(Lang::En, &[], "s").expect("en parses");
        let lv_all = Catalog::new(Lang::Lv, &[], "s").expect("lv parses");
        for (text, key) in decent_io::error::EXPECTATIONS {
            assert_eq!(en_all.try_render(&decent_core::Message::new(*key)).as_deref(), Ok(*text), "{key}");
            assert!(lv_all.try_render(&decent_core::Message::new(*key)).is_ok(), "lv: {key}");
        }
        for id in crate::laws::ids() {
            let law = crate::laws::load(&id, &[]).expect("the pack loads");
            for l in Lang::ALL {
                catalog_for(l, &law).unwrap_or_else(|e| panic!("{id} {}: {e}", l.code()));
            }
        }
    }

    /// Every pack in `PACKS` speaks both languages: each of its English messages has its
    /// Latvian, and every rule (title, doc, example) and parameter (doc; an interpretation's
    /// rationale) has its Latvian catalogue entry, which `decent rules --lang lv` shows.
    #[test]
    fn every_pack_has_its_latvian_catalogue() {
        for pack in crate::laws::PACKS {
            let id = pack.id();
            let law = pack.law().unwrap_or_else(|e| panic!("{id}: {e}"));
            let en = Catalog::new(Lang::En, &pack.messages("en"), "s").unwrap_or_else(|e| panic!("{id} en: {e}"));
            let lv = Catalog::new(Lang::Lv, &pack.messages("lv"), "s").unwrap_or_else(|e| panic!("{id} lv: {e}"));
            let mut missing: Vec<String> = en.keys().iter().filter(|k| !lv.has(k)).cloned().collect();
            for r in &law.rules {
                let rid = r.meta().id;
                missing.extend(
                    ["title", "doc", "example"].map(|w| format!("rule-{rid}-{w}")).into_iter().filter(|k| !lv.has(k)),
                );
            }
            for p in law.params.all() {
                let k = format!("param-{}", p.name.replace('.', "-"));
                missing.extend(Some(format!("{k}-doc")).filter(|k| !lv.has(k)));
                missing.extend(p.rationale.as_ref().map(|_| format!("{k}-rationale")).filter(|k| !lv.has(k)));
            }
            assert!(missing.is_empty(), "{id}: no Latvian for {missing:?}");
            assert!(!law.params.all().is_empty(), "{id}: a pack with parameters");
        }
    }
}
