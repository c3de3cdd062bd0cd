//! `moved-days.csv` (working days an employer moved): any bytes. Must never panic.
#![no_main]

use decent_io::moved::read_moved_days;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = read_moved_days("moved-days.csv", data);
});
