//! Words of the pages: the server's own Fluent catalogues (`i18n/{en,lv}/*.ftl`) beside the
//! engine's and each pack's, and the language of a request.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::{anyhow, Result};
use axum::http::HeaderMap;
use axum_extra::extract::CookieJar;
use decent_core::Law;
use decent_i18n::{Catalog, Lang};

use crate::auth::{Actor, LANG_COOKIE};

/// The server's own catalogue sources for `lang`.
#[must_use]
pub fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    match lang {
        Lang::En => vec![("decent-server/i18n/en/server.ftl", include_str!("../i18n/en/server.ftl"))],
        Lang::Lv => vec![("decent-server/i18n/lv/server.ftl", include_str!("../i18n/lv/server.ftl"))],
    }
}

/// The language of a request: the account's, else the `decent_lang` cookie, else the first of
/// `Accept-Language` decent speaks, else Latvian.
#[must_use]
pub fn request_lang(headers: &HeaderMap, actor: Option<&Actor>) -> Lang {
    if let Some(a) = actor {
        return a.lang;
    }
    let jar = CookieJar::from_headers(headers);
    if let Some(l) = jar.get(LANG_COOKIE).and_then(|c| Lang::parse(c.value())) {
        return l;
    }
    headers
        .get(axum::http::header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').find_map(|part| Lang::parse(part.split(';').next()?.trim().get(..2)?)))
        .unwrap_or(Lang::Lv)
}

/// Every law the server carries, loaded once, with its catalogues in both languages.
pub struct Laws {
    laws: HashMap<String, Arc<Law>>,
    catalogs: HashMap<(String, Lang), Arc<Catalog>>,
    pages: [Arc<Catalog>; 2],
}

impl std::fmt::Debug for Laws {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Laws").field("laws", &self.laws.keys().collect::<Vec<_>>()).finish_non_exhaustive()
    }
}

fn index(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Lv => 1,
    }
}

impl Laws {
    /// Loads every pack of the registry.
    ///
    /// # Errors
    /// A pack or a catalogue that does not load (a defect caught by the tests).
    pub fn load() -> Result<Self> {
        let mut laws = HashMap::new();
        let mut catalogs = HashMap::new();
        for id in decent_laws::ids() {
            let law = decent_laws::load(&id, &[])?;
            for lang in Lang::ALL {
                catalogs.insert((id.clone(), lang), Arc::new(decent_laws::catalog(lang, &sources(lang), &law)?));
            }
            laws.insert(id, Arc::new(law));
        }
        let page = |l: Lang| Catalog::new(l, &sources(l), "s").map(Arc::new).map_err(|e| anyhow!(e));
        Ok(Self { laws, catalogs, pages: [page(Lang::En)?, page(Lang::Lv)?] })
    }

    /// A law by id.
    #[must_use]
    pub fn law(&self, id: &str) -> Option<&Arc<Law>> {
        self.laws.get(id)
    }

    /// The catalogue of `lang` with `law`'s messages (findings, rules), or the pages' own when
    /// the law is unknown.
    #[must_use]
    pub fn catalog(&self, law: &str, lang: Lang) -> Arc<Catalog> {
        self.catalogs.get(&(law.to_string(), lang)).cloned().unwrap_or_else(|| self.pages(lang))
    }

    /// The pages' own catalogue (no pack's messages).
    #[must_use]
    pub fn pages(&self, lang: Lang) -> Arc<Catalog> {
        self.pages[index(lang)].clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_have_every_key_of_the_server() {
        let en = Catalog::new(Lang::En, &sources(Lang::En), "s").expect("en parses");
        let lv = Catalog::new(Lang::Lv, &sources(Lang::Lv), "s").expect("lv parses");
        assert!(decent_i18n::missing_keys(&en, &lv).is_empty(), "{:?}", decent_i18n::missing_keys(&en, &lv));
        assert!(decent_i18n::missing_keys(&lv, &en).is_empty(), "{:?}", decent_i18n::missing_keys(&lv, &en));
        Laws::load().expect("every pack loads with the server's words");
    }

    #[test]
    fn the_language_comes_from_the_cookie_then_accept_language() {
        let mut h = HeaderMap::new();
        assert_eq!(request_lang(&h, None), Lang::Lv, "Latvian by default");
        h.insert("accept-language", "de-DE,en-GB;q=0.8".parse().expect("header"));
        assert_eq!(request_lang(&h, None), Lang::En);
        h.insert("cookie", "decent_lang=lv".parse().expect("header"));
        assert_eq!(request_lang(&h, None), Lang::Lv);
    }
}
