//! `shifts.csv`: any bytes, read as by `decent check` (alone, and with an employees file so that
//! every id must be known). Must never panic.
#![no_main]

use decent_core::Dataset;
use decent_io::{read_shifts, ShiftOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read_shifts(&mut Dataset::default(), "shifts.csv", data, &ShiftOptions::default());
    let mut known = Dataset::default();
    for id in ["a", "b", "CH0001"] {
        known.intern(id);
    }
    let opts = ShiftOptions { known_employees_only: true, ..ShiftOptions::default() };
    let _ = read_shifts(&mut known, "shifts.csv", data, &opts);
});
