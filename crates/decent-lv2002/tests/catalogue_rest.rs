//! The Latvian of the rest rules (s139–s146): every rule in `i18n/lv/catalogue-rest.ftl` has its
//! title, doc and example, each marked `# en:` with the hash of the English it translates (an
//! English text changed without re-translating its Latvian fails here), and each message key of
//! these rules renders in both languages.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use decent_core::pack::Pack;
use decent_lv2002::PACK;

const FILE: &str = include_str!("../i18n/lv/catalogue-rest.ftl");

/// The ids of the rules this file translates: those of s139–s146 (`rules::shifts`, `rules::rest`).
fn ids() -> Vec<&'static str> {
    let law = decent_lv2002::law().unwrap();
    let ours = ["139", "140", "142", "143", "144", "145", "146"];
    law.rules.iter().filter(|r| ours.contains(&r.meta().section)).map(|r| r.meta().id).collect()
}

#[test]
fn every_rest_rule_has_its_current_latvian() {
    let lv = decent_i18n::Catalog::new(decent_i18n::Lang::Lv, &PACK.messages("lv"), "s").unwrap();
    let law = decent_lv2002::law().unwrap();
    decent_testkit::catalogue::check_rule_catalogue_file(&law, &lv, FILE, &ids(), "rest");
}
