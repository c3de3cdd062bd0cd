//! The jurisdiction packs this binary carries, by id. Adding a pack is one line here.

use anyhow::{anyhow, Result};
use decent_core::Law;

/// Ids of the packs available to `--law`.
pub const IDS: &[&str] = &[decent_lv1994::ID];

/// Loads a pack by id and applies `--set NAME=VALUE` overrides.
///
/// # Errors
/// Unknown id, a pack that does not validate, or a bad override.
pub fn load(id: &str, sets: &[String]) -> Result<Law> {
    let mut law = match id {
        decent_lv1994::ID => decent_lv1994::law()?,
        other => return Err(anyhow!("unknown law {other:?}: expected one of {}", IDS.join(", "))),
    };
    for s in sets {
        law.params.set(s).map_err(|e| anyhow!("--set {s}: {e}"))?;
    }
    Ok(law)
}
