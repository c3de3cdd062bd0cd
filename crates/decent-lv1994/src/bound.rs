//! The parameters pay and terms read, bound to typed handles once when the law loads (as the
//! rules bind theirs): no name is looked up while pay or a term is computed.
//!
//! Every lv-1994 law is built by [`crate::law`] from the same parameter files, so a parameter
//! has the same place in each (a `--set` changes a value, never the list): the handles are bound
//! once, checked (a name the data lacks or a unit the handle does not read stops the law from
//! loading), and shared by every law of the pack.

use std::sync::OnceLock;

use decent_core::params::{Bind, Binder, Params};
use decent_core::Law;

use crate::pay::PayParams;
use crate::terms::TermParams;

/// The handles of pay and terms.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Bound {
    /// Pay's (s37, s67, s83, s93–s95, s99, s101, s103, s124 and the shared readings).
    pub pay: PayParams,
    /// Terms' and the termination protections' (s23–s257).
    pub terms: TermParams,
}

impl Bind for Bound {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { pay: b.bind(), terms: b.bind() }
    }
}

static BOUND: OnceLock<Bound> = OnceLock::new();

/// Binds the handles against the pack's parameters (called when the law loads).
///
/// # Errors
/// A name the parameters lack, or one of another unit than its handle reads, one line each.
pub(crate) fn init(params: &Params) -> Result<(), Vec<String>> {
    let mut b = Binder::new(params);
    let bound: Bound = b.bind();
    b.finish()?;
    let _ = BOUND.set(bound);
    Ok(())
}

/// The handles (bound when the law loaded).
pub(crate) fn get(law: &Law) -> &'static Bound {
    BOUND.get_or_init(|| Binder::new(&law.params).bind())
}

/// The names of the parameters pay and terms bind, each once (for a test that they read no
/// other).
///
/// # Errors
/// A name the law does not declare, or of another unit (as when the law loads).
pub fn names(params: &Params) -> Result<(Vec<&'static str>, Vec<&'static str>), Vec<String>> {
    let mut b = Binder::new(params);
    let (_, pay) = b.scope(|b| b.bind::<PayParams>());
    let (_, terms) = b.scope(|b| b.bind::<TermParams>());
    b.finish()?;
    Ok((pay, terms))
}
