//! `employees.csv`: any bytes. Must never panic.
#![no_main]

use decent_core::Dataset;
use decent_io::{read_employees, ColumnMap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read_employees(&mut Dataset::default(), "employees.csv", data, &ColumnMap::default());
});
