//! Integration tests of the lv-2002 pack's rules: the fixtures' registry (every rule has a
//! breaking and a passing case, every case cites its source, every snapshot belongs to a case,
//! every choice of every interpretation a rule reads is run by a case).
//!
//! The rules themselves run against their fixtures in the `fixtures` target (`fixtures.rs`,
//! one test per `tests/fixtures/<rule-id>/<case>/`; see `case.rs` for the layout).

mod case;
mod registry;
