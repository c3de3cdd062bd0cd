//! Integration tests of the lv-1994 pack: the registry (including the fixtures' own registry:
//! every rule has cases, every case is documented with its source, every snapshot belongs to a
//! case, every choice of every interpretation a rule reads is run by a case) and properties.
//!
//! The rules themselves run against their fixtures in the `fixtures` target (`fixtures.rs`,
//! one test per `tests/fixtures/<rule-id>/<case>/`; see `case.rs` for the layout).

#![allow(clippy::unwrap_used)] // Test code: a failed unwrap is a failed test.

mod case;
mod i18n;
mod properties;
mod reads;
mod registry;
