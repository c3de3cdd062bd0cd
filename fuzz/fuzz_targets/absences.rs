//! `absences.csv`: any bytes, with and without a known list of employees. Must never panic.
#![no_main]

use decent_core::Dataset;
use decent_io::{read_absences, ColumnMap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let mut known = Dataset::default();
    for id in ["a", "b", "CH0001"] {
        known.intern(id);
    }
    let _ = read_absences(&mut known, "absences.csv", data, &ColumnMap::default(), true);
    let _ = read_absences(&mut Dataset::default(), "absences.csv", data, &ColumnMap::default(), false);
});
