//! What the night-work rules (s138) read alike: the night time of s138(1) and a shift's worked
//! minutes in it.

use decent_core::model::Shift;
use decent_core::time::Day;
use decent_core::Ctx;
use decent_worktime::window::worked_in_window;

/// The night time on `day` as minutes of the day `(from, to)` (wrapping midnight): 22:00–06:00,
/// or 20:00–06:00 for children (s138(1)).
pub fn window(cx: &Ctx<'_>, day: Day, child: bool) -> (i32, i32) {
    let p = &cx.law.params;
    let from = p.minutes(if child { "s138.night_from_children" } else { "s138.night_from" }, day);
    (from, p.minutes("s138.night_to", day))
}

/// Worked minutes of `s` in the night time `w`, the break excluded.
pub fn in_night(s: &Shift, w: (i32, i32)) -> i32 {
    worked_in_window(s, w.0, w.1)
}
