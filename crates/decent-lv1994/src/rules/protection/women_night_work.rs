//! `women-night-work` (s169): women working at night.

use decent_core::{Ctx, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Sex};

use super::util::report_night_work;
use crate::rules::words::min;

/// Night work by a woman.
pub struct WomenNightWork;

static META: RuleMeta = RuleMeta {
    id: "women-night-work",
    section: "169",
    title: "Women in night-time work",
    doc: "s169: \"It shall be prohibited to involve women in work during night-time, except such \
          kinds of work where it is highly necessary.\" Every shift of an employee recorded as a \
          woman (employees.csv `sex` F) with worked minutes between 22:00 and 06:00 (s50; \
          interpretation `s169.night_work_when`) is a **warning**: whether the work is of a kind \
          where it is highly necessary the roster does not show. Pregnant women and women with a \
          child under three may not work at night at all: `pregnant-or-young-child` (s170) reports \
          those as violations.",
    quote: "It shall be prohibited to involve women in work during night-time, except such kinds of work where it is highly necessary.",
    params: &["s50.night_from", "s50.night_to", "s169.night_work_when"],
    example: "A woman works 22:00–06:00: one warning, measured 7.5 h of night work after a 30-minute break.",
};

impl Rule for WomenNightWork {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if cx.employee.sex != Sex::F {
            return;
        }
        report_night_work(cx, Severity::Warning, out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        Message::new("women-night-work").minutes("hours", min(f.measured)).time("start", f.from)
    }
}
