//! `decent-core`: the jurisdiction-neutral engine of **decent**, labour law as code.
//!
//! The core knows time, shifts, employees, absences, parameters, calendars, rules and
//! findings — and no country. A jurisdiction pack (such as `decent-lv1994`) supplies a
//! [`law::Law`]: its sections, effective-dated parameters and interpretations, festive-day
//! rules and rule implementations. [`engine::check`] evaluates a law over a [`model::Dataset`].
//!
//! The core does no I/O: it reads no file and knows no CSV, HTTP or SQL.

pub mod attr;
pub mod calendar;
pub mod data;
pub mod engine;
pub mod law;
pub mod message;
pub mod model;
pub mod pack;
pub mod params;
pub mod pay;
pub mod rule;
pub mod term;
pub mod time;
pub mod view;

pub use attr::{Attr, AttrType, Flag, Pick, Schema, ShiftCol};
pub use engine::{check, Options, Report};
pub use law::{Law, Section};
pub use message::{Arg, Message, MessageError, Render};
pub use model::{Absence, AbsenceKind, Column, Dataset, Employee, EmployeeIdx, Sex, Shift, ShiftKind};
pub use pack::{Choice, Pack, PackInfo, PackResult, PayRules, Terms};
pub use rule::{Ctx, Finding, Out, Rule, RuleMeta, Severity, Unit};
