//! The Latvian of the working-time rules (s131–s138): every rule in
//! `i18n/lv/catalogue-working-time.ftl` has its title, doc and example, each marked `# en:` with
//! the hash of the English it translates (an English text changed without re-translating its
//! Latvian fails here), and no entry names a rule that does not exist.

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

use decent_core::pack::Pack;
use decent_lv2002::PACK;

const FILE: &str = include_str!("../i18n/lv/catalogue-working-time.ftl");

/// The ids of the rules this file translates: the rules of `rules::working_time`.
fn ids() -> Vec<&'static str> {
    let law = decent_lv2002::law().unwrap();
    let mut b = decent_core::params::Binder::new(&law.params);
    decent_lv2002::rules::working_time::rules(&mut b).iter().map(|r| r.meta().id).collect()
}

#[test]
fn every_working_time_rule_has_its_current_latvian() {
    let lv = decent_i18n::Catalog::new(decent_i18n::Lang::Lv, &PACK.messages("lv"), "s").unwrap();
    let law = decent_lv2002::law().unwrap();
    decent_testkit::catalogue::check_rule_catalogue_file(&law, &lv, FILE, &ids(), "working-time");
}
