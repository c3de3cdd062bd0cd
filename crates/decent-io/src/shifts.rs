//! `shifts.csv`: `employee_id,start,end` required; `break_minutes`, `kind`, `employer_id`,
//! `published_on`, `break_start`, `feeding_minutes`, `idle_minutes` optional.
//!
//! The body is cut into chunks at line breaks and parsed in parallel; each chunk interns
//! employee ids locally, and the chunks are merged in file order, so the first error reported
//! is the first in the file and ids get the same indices however the work was split.

use decent_core::model::{Dataset, Shift, ShiftKind, NONE_DAY, NONE_U16};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::error::{InputError, Warning};
use crate::fields::{self, EXPECT_DATE, EXPECT_DATETIME};
use crate::table::{check_text, chunks, header, ColumnMap};

const COLS: [&str; 10] = [
    "employee_id",
    "start",
    "end",
    "break_minutes",
    "kind",
    "employer_id",
    "published_on",
    "break_start",
    "feeding_minutes",
    "idle_minutes",
];
const REQUIRED: [&str; 3] = ["employee_id", "start", "end"];

/// What `read_shifts` needs to know beyond the bytes.
#[derive(Debug, Clone, Default)]
pub struct ShiftOptions {
    /// Column renames.
    pub map: ColumnMap,
    /// When true, every employee id must already be in the dataset (an employees file was
    /// given); an unknown id is an error.
    pub known_employees_only: bool,
    /// At most this many rows (None: no limit).
    pub max_rows: Option<usize>,
}

struct Chunk {
    shifts: Vec<Shift>,
    /// Local id -> (employee id bytes, first line seen).
    names: Vec<(Vec<u8>, u32)>,
    employers: Vec<Vec<u8>>,
    error: Option<InputError>,
}

/// Reads shift rows into `data` (which may already hold employees). All or nothing: on error,
/// `data` is left unchanged.
///
/// # Errors
/// The first bad row in file order, naming line, column, value and what was expected.
pub fn read_shifts(
    data: &mut Dataset,
    file: &str,
    bytes: &[u8],
    opts: &ShiftOptions,
) -> Result<Vec<Warning>, InputError> {
    let mut warnings = Vec::new();
    let bytes = check_text(file, bytes, "employee_id,start,end")?;
    let h = header(file, bytes, &COLS, &REQUIRED, &opts.map, &mut warnings)?;
    let body = &bytes[h.body..];
    let header_lines = memchr::memchr_iter(b'\n', &bytes[..h.body]).count() as u32;
    let parts = chunks(body, rayon::current_num_threads() * 4, 1 << 20);
    // Lines before each chunk.
    let mut first_lines = Vec::with_capacity(parts.len());
    let mut line = header_lines + 1;
    for &(s, e) in &parts {
        first_lines.push(line);
        line += memchr::memchr_iter(b'\n', &body[s..e]).count() as u32;
    }
    let results: Vec<Chunk> = parts
        .par_iter()
        .zip(first_lines.par_iter())
        .map(|(&(s, e), &first)| parse_chunk(file, &body[s..e], first, &h.pos, &h.names))
        .collect();

    if let Some(err) = results.iter().filter_map(|c| c.error.clone()).min_by_key(|e| e.line) {
        return Err(err);
    }
    let total: usize = results.iter().map(|c| c.shifts.len()).sum();
    if total == 0 {
        return Err(InputError::file(file, "at least one shift row after the header"));
    }
    if let Some(max) = opts.max_rows {
        if total > max {
            return Err(InputError::file(file, format!("at most {max} rows (this file has {total})")));
        }
    }
    // Resolve ids before touching `data`, so that an error leaves it unchanged.
    let mut new_ids: Vec<Vec<u8>> = Vec::new();
    let mut seen_new: FxHashMap<&[u8], ()> = FxHashMap::default();
    for c in &results {
        for (name, line) in &c.names {
            let id = std::str::from_utf8(name).unwrap_or("");
            if data.lookup(id).is_none() {
                if opts.known_employees_only {
                    return Err(InputError::field(
                        file,
                        u64::from(*line),
                        h.pos[0].map_or(1, |p| p + 1),
                        "employee_id",
                        name,
                        "an employee listed in the employees file",
                    ));
                }
                if seen_new.insert(name, ()).is_none() {
                    new_ids.push(name.clone());
                }
            }
        }
    }
    let mut employer_ids = Vec::new();
    for c in &results {
        for e in &c.employers {
            if !employer_ids.contains(e) {
                employer_ids.push(e.clone());
            }
        }
    }
    if employer_ids.len() + data.employers.len() >= usize::from(NONE_U16) {
        return Err(InputError::file(file, "fewer than 65,535 distinct employer_id values"));
    }
    for id in &new_ids {
        data.intern(std::str::from_utf8(id).unwrap_or(""));
    }
    data.shifts.reserve(total);
    for c in results {
        let map: Vec<u32> =
            c.names.iter().map(|(n, _)| data.lookup(std::str::from_utf8(n).unwrap_or("")).unwrap_or(0)).collect();
        let emap: Vec<u16> = c
            .employers
            .iter()
            .map(|e| data.intern_employer(std::str::from_utf8(e).unwrap_or("")).unwrap_or(NONE_U16))
            .collect();
        data.shifts.extend(c.shifts.into_iter().map(|mut s| {
            s.emp = map[s.emp as usize];
            if s.employer != NONE_U16 {
                s.employer = emap[usize::from(s.employer)];
            }
            s
        }));
    }
    let present = |i: usize| h.pos[i].is_some();
    data.columns.break_minutes |= present(3);
    data.columns.published_on |= present(6);
    data.columns.break_start |= present(7);
    data.columns.feeding_minutes |= present(8);
    data.columns.idle_minutes |= present(9);
    Ok(warnings)
}

fn parse_chunk(file: &str, body: &[u8], first_line: u32, pos: &[Option<usize>], names: &[String]) -> Chunk {
    let mut out =
        Chunk { shifts: Vec::with_capacity(body.len() / 40), names: Vec::new(), employers: Vec::new(), error: None };
    let mut local: FxHashMap<Vec<u8>, u32> = FxHashMap::default();
    let mut last_id: (Vec<u8>, u32) = (Vec::new(), u32::MAX);
    let mut employers: FxHashMap<Vec<u8>, u16> = FxHashMap::default();
    // A two-entry cache of the last dates seen: timesheets repeat dates row after row.
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body);
    let mut rec = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line()) as u32;
                out.error = Some(InputError::line(
                    file,
                    u64::from(first_line + line.saturating_sub(1)),
                    format!("a CSV row ({e})"),
                ));
                return out;
            }
        }
        let line = first_line + rec.position().map_or(1, |p| p.line() as u32) - 1;
        // Skip blank lines (a trailing newline at the end of a file).
        if rec.len() == 1 && fields::trim(&rec[0]).is_empty() {
            continue;
        }
        match parse_row(file, &rec, line, pos, names) {
            Ok(mut shift) => {
                let id = pos[0].and_then(|p| rec.get(p)).map(fields::trim).unwrap_or_default();
                let idx = if last_id.1 != u32::MAX && last_id.0 == id {
                    last_id.1
                } else {
                    let next = out.names.len() as u32;
                    let i = *local.entry(id.to_vec()).or_insert_with(|| {
                        out.names.push((id.to_vec(), line));
                        next
                    });
                    last_id = (id.to_vec(), i);
                    i
                };
                shift.emp = idx;
                if let Some(e) = pos[5].and_then(|p| rec.get(p)).map(fields::trim).filter(|e| !e.is_empty()) {
                    let next = u16::try_from(out.employers.len()).unwrap_or(NONE_U16 - 1);
                    shift.employer = *employers.entry(e.to_vec()).or_insert_with(|| {
                        out.employers.push(e.to_vec());
                        next
                    });
                }
                out.shifts.push(shift);
            }
            Err(e) => {
                out.error = Some(e);
                return out;
            }
        }
    }
    out
}

fn parse_row(
    file: &str,
    rec: &csv::ByteRecord,
    line: u32,
    pos: &[Option<usize>],
    names: &[String],
) -> Result<Shift, InputError> {
    let line64 = u64::from(line);
    let get = |i: usize| pos[i].map(|p| (p, rec.get(p).unwrap_or(b"")));
    let bad = |p: usize, v: &[u8], what: &str| {
        InputError::field(file, line64, p + 1, names.get(p).map_or("?", String::as_str), v, what)
    };

    let (pid, id) = get(0).unwrap_or((0, b""));
    let id = fields::trim(id);
    if id.is_empty() {
        return Err(bad(pid, id, "an employee id (not empty)"));
    }
    if std::str::from_utf8(id).is_err() {
        return Err(bad(pid, id, "UTF-8 text"));
    }
    let (ps, sv) = get(1).unwrap_or((1, b""));
    let start = fields::datetime(sv).ok_or_else(|| bad(ps, sv, EXPECT_DATETIME))?;
    let (pe, ev) = get(2).unwrap_or((2, b""));
    let end = fields::datetime(ev).ok_or_else(|| bad(pe, ev, EXPECT_DATETIME))?;
    if end <= start {
        return Err(bad(pe, ev, &format!("an end after the start ({})", String::from_utf8_lossy(fields::trim(sv)))));
    }
    if end - start > 7 * 24 * 60 {
        return Err(bad(pe, ev, "a shift of at most 7 days (168 h)"));
    }
    let mut shift = Shift {
        start,
        end,
        emp: 0,
        line,
        published: NONE_DAY,
        break_minutes: 0,
        break_offset: NONE_U16,
        feeding_minutes: NONE_U16,
        employer: NONE_U16,
        kind: ShiftKind::Work,
        idle_minutes: 0,
    };
    let clock = (end - start) as u32;
    if let Some((p, v)) = get(3).filter(|(_, v)| !fields::trim(v).is_empty()) {
        let b = fields::uint(v, clock.min(u32::from(u16::MAX - 1)))
            .ok_or_else(|| bad(p, v, "whole minutes of break, from 0 to the shift's length"))?;
        shift.break_minutes = b as u16;
    }
    if let Some((p, v)) = get(4) {
        let s = std::str::from_utf8(fields::trim(v)).unwrap_or("\u{fffd}");
        shift.kind = ShiftKind::parse(s).ok_or_else(|| bad(p, v, "a kind: work, overtime or duty"))?;
    }
    if let Some((p, v)) = get(6).filter(|(_, v)| !fields::trim(v).is_empty()) {
        shift.published = fields::date(v).ok_or_else(|| bad(p, v, EXPECT_DATE))?;
    }
    if let Some((p, v)) = get(7).filter(|(_, v)| !fields::trim(v).is_empty()) {
        // A full date-time, or a time of day on the shift's first or second day.
        let at = fields::datetime(v)
            .or_else(|| {
                fields::time_of_day(v).map(|t| {
                    let d0 = decent_core::time::start_of_day(decent_core::time::day_of(start)) + t;
                    if d0 < start {
                        d0 + 1440
                    } else {
                        d0
                    }
                })
            })
            .filter(|&a| a >= start && a < end)
            .ok_or_else(|| bad(p, v, "the break's start: a time (HH:MM) or date-time within the shift"))?;
        shift.break_offset = u16::try_from(at - start).unwrap_or(NONE_U16 - 1);
    }
    if let Some((p, v)) = get(8).filter(|(_, v)| !fields::trim(v).is_empty()) {
        let f = fields::uint(v, clock.min(u32::from(u16::MAX - 1)))
            .ok_or_else(|| bad(p, v, "whole minutes of feeding intervals, from 0 to the shift's length"))?;
        shift.feeding_minutes = f as u16;
    }
    if let Some((p, v)) = get(9).filter(|(_, v)| !fields::trim(v).is_empty()) {
        let f = fields::uint(v, clock.min(u32::from(u16::MAX - 1)))
            .ok_or_else(|| bad(p, v, "whole minutes of idle time, from 0 to the shift's length"))?;
        shift.idle_minutes = f as u16;
    }
    Ok(shift)
}
