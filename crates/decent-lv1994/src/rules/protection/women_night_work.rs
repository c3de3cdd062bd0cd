//! `women-night-work` (s169): women working at night.

use decent_core::rule::EmployeeCache;
use decent_core::{Ctx, Dataset, Finding, Law, Message, Out, Rule, RuleMeta, Severity, Sex};

use decent_core::params::{Bind, Binder};

use super::util::{each_night_work, NightWork};
use crate::rules::common::{ctx_of, month_args, named_starts, PerMonth};

/// Night work by a woman.
pub struct WomenNightWork {
    night: NightWork,
}

impl Bind for WomenNightWork {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self { night: b.bind() }
    }
}

static META: RuleMeta = RuleMeta {
    id: "women-night-work",
    section: "169",
    title: "Women in night-time work",
    doc: "s169: \"It shall be prohibited to involve women in work during night-time, except such \
          kinds of work where it is highly necessary.\" The shifts of an employee recorded as a \
          woman (employees.csv `sex` F) with worked minutes between 22:00 and 06:00 (s50; \
          interpretation `s169.night_work_when`) are one **warning** per calendar month, measured \
          as the count of such shifts and naming them (the window runs from the first to the end \
          of the last): whether the work is of a kind where it is highly necessary the roster does \
          not show, and it is one fact to settle, not one per shift. Pregnant women and women with a \
          child under three may not work at night at all: `pregnant-or-young-child` (s170) reports \
          those as violations.",
    quote: "It shall be prohibited to involve women in work during night-time, except such kinds of work where it is highly necessary.",
    example: "A woman works 22:00–06:00 on three nights of March: one warning for March, measured 3 shifts, naming their starts.",
};

impl Rule for WomenNightWork {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, cx: &Ctx<'_>, out: &mut Out<'_>) {
        if cx.employee.sex != Sex::F {
            return;
        }
        let mut month = PerMonth::new(Severity::Warning, None);
        each_night_work(cx, &self.night, |s, m| month.add(s, m, out));
        month.finish(out);
    }

    fn message(&self, f: &Finding, _law: &Law) -> Message {
        message(f, None)
    }

    fn message_in(&self, f: &Finding, law: &Law, data: &Dataset) -> Message {
        let cache = EmployeeCache::new();
        let Some(cx) = ctx_of(law, data, f.emp, &cache) else { return message(f, None) };
        let mut starts = Vec::new();
        each_night_work(&cx, &self.night, |s, _| starts.push(s.start));
        message(f, Some(named_starts(f, starts.into_iter())))
    }
}

/// The message, naming the shifts when they are known.
fn message(f: &Finding, named: Option<Vec<i32>>) -> Message {
    let m = Message::new("women-night-work")
        .count("count", f.measured)
        .minutes("hours", i64::from(f.detail))
        .times("starts", named.unwrap_or_default());
    month_args(m, f)
}
