//! The jurisdiction packs decent carries, for the command line and the server alike. This is the
//! one file of the workspace that names a pack crate: adding a pack is one line in [`PACKS`].

use anyhow::{anyhow, Result};
use decent_core::{Law, Pack, PayRules, Terms};

/// Every pack, in the order `decent laws` lists them.
pub static PACKS: &[&dyn Pack] = &[&decent_lv1994::PACK, &decent_lv2002::PACK];

/// The pack `--law` defaults to.
pub const DEFAULT: &str = decent_lv1994::ID;

/// Ids of the packs available to `--law`.
#[must_use]
pub fn ids() -> Vec<String> {
    PACKS.iter().map(|p| p.id().to_string()).collect()
}

/// A pack by id.
///
/// # Errors
/// No pack has that id (the message lists those that do).
pub fn pack(id: &str) -> Result<&'static dyn Pack> {
    PACKS
        .iter()
        .copied()
        .find(|p| p.id() == id)
        .ok_or_else(|| anyhow!("unknown law {id:?}: expected one of {}", ids().join(", ")))
}

/// Loads a pack by id and applies `--set NAME=VALUE` overrides.
///
/// # Errors
/// Unknown id, a pack that does not validate, or a bad override.
pub fn load(id: &str, sets: &[String]) -> Result<Law> {
    let mut law = pack(id)?.law().map_err(|e| anyhow!(e))?;
    for s in sets {
        // The error names the parameter and a short form of the value; the whole value is not
        // echoed (it may be megabytes long).
        let name: String = s.split(['=', '@']).next().unwrap_or("").chars().take(80).collect();
        law.params.set(s).map_err(|e| anyhow!("--set {name}: {e}"))?;
    }
    Ok(law)
}

/// The statuses and shift columns `law`'s pack declares, for the input layer.
///
/// # Errors
/// The law's id names no pack.
pub fn schema(law: &Law) -> Result<&'static decent_core::Schema> {
    Ok(pack(&law.id)?.schema())
}

/// The pay rules of `law`'s pack.
///
/// # Errors
/// The pack has none.
pub fn pay_rules(law: &Law) -> Result<&'static dyn PayRules> {
    pack(&law.id)?.pay().ok_or_else(|| anyhow!("the law {} has no pay rules", law.id))
}

/// The terms and termination protections of `law`'s pack.
///
/// # Errors
/// The pack has none.
pub fn terms(law: &Law) -> Result<&'static dyn Terms> {
    pack(&law.id)?.terms().ok_or_else(|| anyhow!("the law {} has no terms", law.id))
}

/// The catalogue of `lang` with `own` (the caller's own messages, as `(name, source)` pairs) and
/// the messages of `law`'s pack.
///
/// # Errors
/// The law's id names no pack, or a catalogue that does not parse (a defect caught by tests).
pub fn catalog(
    lang: decent_i18n::Lang,
    own: &[(&'static str, &'static str)],
    law: &Law,
) -> Result<decent_i18n::Catalog> {
    let mut all = own.to_vec();
    all.extend(pack(&law.id)?.messages(lang.code()));
    decent_i18n::Catalog::new(lang, &all, &law.info.section_prefix).map_err(|e| anyhow!(e))
}
