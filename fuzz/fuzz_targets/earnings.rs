//! `earnings.csv` (average earnings, s103): any bytes. Must never panic.
#![no_main]

use decent_io::{earnings::read_earnings, ColumnMap};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read_earnings("earnings.csv", data, &ColumnMap::default());
});
