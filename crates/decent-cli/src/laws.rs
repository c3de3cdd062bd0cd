//! The jurisdiction packs this binary carries: the registry of `decent-laws`, the one crate that
//! names a pack crate.

pub use decent_laws::*;
