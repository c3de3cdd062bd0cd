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
        // The error names the parameter and a short form of the value; the whole value is not
        // echoed (it may be megabytes long).
        let name: String = s.split(['=', '@']).next().unwrap_or("").chars().take(80).collect();
        law.params.set(s).map_err(|e| anyhow!("--set {name}: {e}"))?;
    }
    Ok(law)
}
