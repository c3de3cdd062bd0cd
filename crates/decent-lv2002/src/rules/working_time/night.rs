//! What the night-work rules (s138) read alike: the night time of s138(1) and a shift's worked
//! minutes in it.

use decent_core::model::Shift;
use decent_core::params::{Bind, Binder, Minutes};
use decent_core::time::Day;
use decent_core::Ctx;
use decent_worktime::window::worked_in_window;

/// The night time of s138(1).
#[derive(Debug, Clone, Copy)]
pub struct Night {
    from: Minutes,
    from_children: Minutes,
    to: Minutes,
}

impl Bind for Night {
    fn bind(b: &mut Binder<'_>) -> Self {
        Self {
            from: b.minutes("s138.night_from"),
            from_children: b.minutes("s138.night_from_children"),
            to: b.minutes("s138.night_to"),
        }
    }
}

impl Night {
    /// The night time on `day` as minutes of the day `(from, to)` (wrapping midnight):
    /// 22:00–06:00, or 20:00–06:00 for children (s138(1)).
    pub fn window(&self, cx: &Ctx<'_>, day: Day, child: bool) -> (i32, i32) {
        let from = if child { self.from_children } else { self.from };
        (from.on(cx, day), self.to.on(cx, day))
    }
}

/// Worked minutes of `s` in the night time `w`, the break excluded.
pub fn in_night(s: &Shift, w: (i32, i32)) -> i32 {
    worked_in_window(s, w.0, w.1)
}
