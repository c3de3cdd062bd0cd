//! `shifts.csv`: `employee_id,start,end` required; `break_minutes`, `kind`, `employer_id`,
//! `published_on`, `break_start`, `feeding_minutes`, `idle_minutes` optional.
//!
//! The body is cut into chunks at line breaks and parsed in parallel; each chunk interns
//! employee ids locally, and the chunks are merged in file order, so the first error reported
//! is the first in the file and ids get the same indices however the work was split.

use std::io::Read;

use decent_core::model::{Dataset, Shift, ShiftKind, NONE_DAY, NONE_U16};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::error::{InputError, Warning};
use crate::fields::{self, EXPECT_DATE, EXPECT_DATETIME};
use crate::table::{chunks, header, ColumnMap};

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

/// Bytes read per block when streaming a file: big enough to feed every thread, small enough
/// that the file is never held whole.
const BLOCK: usize = 8 << 20;
/// Chunks of a block smaller than this are not split further.
const MIN_CHUNK: usize = 256 << 10;
/// Tag on a chunk-local index of an employee id not yet in the dataset.
const NEW: u32 = 1 << 31;

/// Ids by their bytes. Ids of up to 15 bytes (nearly all) are packed into a `u128` so that a
/// lookup hashes two words and compares one integer, with no call to `memcmp`.
#[derive(Default)]
struct IdMap<V> {
    short: FxHashMap<u128, V>,
    long: FxHashMap<Box<[u8]>, V>,
}

/// The packed key of a short id.
fn pack(id: &[u8]) -> Option<u128> {
    if id.len() > 15 {
        return None;
    }
    let mut b = [0u8; 16];
    b[..id.len()].copy_from_slice(id);
    b[15] = id.len() as u8;
    Some(u128::from_le_bytes(b))
}

impl<V: Copy> IdMap<V> {
    fn get(&self, id: &[u8]) -> Option<V> {
        match pack(id) {
            Some(k) => self.short.get(&k).copied(),
            None => self.long.get(id).copied(),
        }
    }

    fn insert(&mut self, id: &[u8], v: V) {
        match pack(id) {
            Some(k) => {
                self.short.insert(k, v);
            }
            None => {
                self.long.insert(id.into(), v);
            }
        }
    }
}

/// The fields of one row, however they were split.
trait Fields {
    fn field(&self, i: usize) -> Option<&[u8]>;
}

impl Fields for csv::ByteRecord {
    fn field(&self, i: usize) -> Option<&[u8]> {
        self.get(i)
    }
}

/// Most columns a row is split into (the columns decent reads).
const MAX_FIELDS: usize = COLS.len() + 1;

/// A row split at commas (no quotes anywhere in it): byte ranges into the chunk.
struct Split<'a> {
    body: &'a [u8],
    bounds: [(u32, u32); MAX_FIELDS],
    n: usize,
}

impl Fields for Split<'_> {
    fn field(&self, i: usize) -> Option<&[u8]> {
        (i < self.n).then(|| &self.body[self.bounds[i].0 as usize..self.bounds[i].1 as usize])
    }
}

/// A one-entry cache per date column: timesheets repeat dates row after row.
#[derive(Default)]
struct Dates {
    start: DateCache,
    end: DateCache,
    published: DateCache,
}

#[derive(Default)]
struct DateCache {
    key: [u8; 10],
    day: Option<decent_core::time::Day>,
}

impl DateCache {
    /// `fields::datetime`, with the date part remembered.
    fn datetime(&mut self, b: &[u8]) -> Option<decent_core::time::Minute> {
        let t = fields::trim(b);
        if t.len() >= 16 && (t[10] == b'T' || t[10] == b' ') {
            if let Some(day) = self.day.filter(|_| <[u8; 10]>::try_from(&t[..10]).is_ok_and(|k| k == self.key)) {
                return fields::minute_at(day, fields::time_of_day(&t[11..])?);
            }
            let day = fields::date(&t[..10])?;
            self.key.copy_from_slice(&t[..10]);
            self.day = Some(day);
            return fields::minute_at(day, fields::time_of_day(&t[11..])?);
        }
        fields::datetime(b)
    }

    fn date(&mut self, b: &[u8]) -> Option<decent_core::time::Day> {
        let t = fields::trim(b);
        if t.len() == 10 {
            if let Some(day) = self.day.filter(|_| <[u8; 10]>::try_from(t).is_ok_and(|k| k == self.key)) {
                return Some(day);
            }
            let day = fields::date(t)?;
            self.key.copy_from_slice(t);
            self.day = Some(day);
            return Some(day);
        }
        fields::date(b)
    }
}

/// What one chunk of lines parsed into. Lines are relative to the chunk (0 = its first line).
struct Chunk {
    shifts: Vec<Shift>,
    /// Ids not in the dataset, in the order first seen.
    new_names: Vec<Box<[u8]>>,
    /// Employer ids of the chunk, in the order first seen (the shifts hold these indices).
    employers: Vec<Box<[u8]>>,
    /// Lines in the chunk.
    lines: u32,
    error: Option<InputError>,
}

/// Everything a chunk reads but does not change.
struct Setup<'a> {
    file: &'a str,
    pos: &'a [Option<usize>],
    names: &'a [String],
    /// Fields to split per row (one past the last wanted column).
    need: usize,
    /// Ids already in the dataset, by their bytes.
    known: &'a IdMap<u32>,
    /// Packed keys of the ids already in the dataset, by index (for the successor guess).
    known_keys: &'a [Option<u128>],
    /// For each known employee, the employee whose row followed theirs last time in the blocks
    /// read so far (`u32::MAX`: none yet). A timesheet sorted by date lists the same people in
    /// much the same order every day, so the guess spares most hash lookups.
    successor: &'a [u32],
    known_only: bool,
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
    read_shifts_from(data, file, bytes, opts)
}

/// As [`read_shifts`], streaming from a reader in blocks so that the file is never held whole
/// (unless it quotes fields, which may hold line breaks: then the rest is read at once).
///
/// # Errors
/// As [`read_shifts`]; a read error names the file.
pub fn read_shifts_from(
    data: &mut Dataset,
    file: &str,
    mut reader: impl Read + Send,
    opts: &ShiftOptions,
) -> Result<Vec<Warning>, InputError> {
    let io_err = |e: std::io::Error| InputError::file(file, format!("a readable file ({e})"));
    let mut warnings = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(BLOCK + (BLOCK >> 2));
    let mut eof = fill(&mut reader, &mut buf, BLOCK).map_err(io_err)?;
    if buf.starts_with(b"\xEF\xBB\xBF") {
        buf.drain(..3);
    }
    if eof && buf.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::file(file, "a header row (employee_id,start,end) and data rows; the file is empty"));
    }
    let h = header(file, &buf, &COLS, &REQUIRED, &opts.map, &mut warnings)?;
    if let Err(e) = std::str::from_utf8(&buf[..h.body]) {
        return Err(utf8_error(file, &buf[..h.body], e.valid_up_to(), 1));
    }
    let header_lines = memchr::memchr_iter(b'\n', &buf[..h.body]).count() as u32;
    buf.drain(..h.body);
    let need = h.pos.iter().flatten().max().map_or(1, |m| m + 1);
    let mut known: IdMap<u32> = IdMap::default();
    for (i, e) in data.employees.iter().enumerate() {
        known.insert(e.id.as_bytes(), i as u32);
    }
    let known_keys: Vec<Option<u128>> = data.employees.iter().map(|e| pack(e.id.as_bytes())).collect();
    let mut spare: Vec<u8> = Vec::new();
    let known_employers: FxHashMap<Box<[u8]>, u16> = data
        .employers
        .iter()
        .enumerate()
        .map(|(i, e)| (e.as_bytes().into(), u16::try_from(i).unwrap_or(NONE_U16)))
        .collect();
    let shifts_before = data.shifts.len();
    let mut m = Merge {
        file,
        max_rows: opts.max_rows,
        known_len: data.employees.len() as u32,
        employers_before: data.employers.len(),
        known_employers: &known_employers,
        new_employers: Vec::new(),
        new_employer_index: FxHashMap::default(),
        new_ids: Vec::new(),
        new_index: FxHashMap::default(),
        successor: vec![u32::MAX; known_keys.len()],
        prev_emp: u32::MAX,
        line: header_lines + 1,
        total: 0,
        shifts: &mut data.shifts,
    };
    let result = (|| -> Result<(), InputError> {
        // A pipeline: while block k is parsed, block k-1 is merged in file order and block k+1
        // is read. Block k guesses ids from what the merge had learned before block k-1.
        let mut pending: Option<Vec<Chunk>> = None;
        loop {
            let quoted = memchr::memchr(b'"', &buf).is_some();
            if quoted && !eof {
                reader.read_to_end(&mut buf).map_err(io_err)?;
                eof = true;
            }
            // Cut the block after its last line break (the rest waits for more bytes).
            let cut = if eof { buf.len() } else { memchr::memrchr(b'\n', &buf).map_or(0, |p| p + 1) };
            let (block, tail) = buf.split_at(cut);
            let successor = m.successor.clone();
            let setup = Setup {
                file,
                pos: &h.pos,
                names: &h.names,
                need,
                known: &known,
                known_keys: &known_keys,
                successor: &successor,
                known_only: opts.known_employees_only,
            };
            let parts = if quoted {
                vec![(0, block.len())]
            } else {
                chunks(block, rayon::current_num_threads() * 2, MIN_CHUNK)
            };
            let at_end = eof;
            let reader = &mut reader;
            let mut next_buf = std::mem::take(&mut spare);
            let previous = pending.take();
            let merger = &mut m;
            let (results, (merged, next)): (Vec<Chunk>, (Result<(), InputError>, NextBlock)) = rayon::join(
                || {
                    parts
                        .par_iter()
                        .map(|&(s, e)| {
                            if quoted {
                                parse_csv_chunk(&setup, &block[s..e])
                            } else {
                                parse_chunk(&setup, &block[s..e])
                            }
                        })
                        .collect()
                },
                || {
                    let merged = previous.map_or(Ok(()), |r| merger.merge(r));
                    if at_end || merged.is_err() {
                        return (merged, Ok((Vec::new(), true)));
                    }
                    // The buffer of the block before last is reused: its pages are mapped.
                    next_buf.clear();
                    next_buf.reserve(BLOCK + tail.len());
                    next_buf.extend_from_slice(tail);
                    let next = fill(reader, &mut next_buf, BLOCK).map(|e| (next_buf, e));
                    (merged, next)
                },
            );
            merged?;
            if eof {
                return m.merge(results);
            }
            pending = Some(results);
            let (next, e) = next.map_err(io_err)?;
            spare = std::mem::replace(&mut buf, next);
            eof = e;
        }
    })();
    let Merge { new_ids, new_employers, total, .. } = m;
    if let Err(e) = result {
        data.shifts.truncate(shifts_before);
        data.shifts.shrink_to_fit();
        return Err(e);
    }
    if total == 0 {
        data.shifts.truncate(shifts_before);
        return Err(InputError::file(file, "at least one shift row after the header"));
    }
    for id in &new_ids {
        data.intern(std::str::from_utf8(id).unwrap_or(""));
    }
    for e in &new_employers {
        let _ = data.intern_employer(std::str::from_utf8(e).unwrap_or(""));
    }
    let present = |i: usize| h.pos[i].is_some();
    data.columns.break_minutes |= present(3);
    data.columns.published_on |= present(6);
    data.columns.break_start |= present(7);
    data.columns.feeding_minutes |= present(8);
    data.columns.idle_minutes |= present(9);
    Ok(warnings)
}

/// The next block's bytes and whether the input ended, or the read error.
type NextBlock = std::io::Result<(Vec<u8>, bool)>;

/// The in-order merge of parsed chunks into the dataset's shifts: ids new to the dataset get
/// their indices in order of first appearance, line numbers become absolute, and the successor
/// guess learns who follows whom.
struct Merge<'a> {
    file: &'a str,
    max_rows: Option<usize>,
    known_len: u32,
    employers_before: usize,
    known_employers: &'a FxHashMap<Box<[u8]>, u16>,
    new_employers: Vec<Box<[u8]>>,
    new_employer_index: FxHashMap<Box<[u8]>, u16>,
    new_ids: Vec<Box<[u8]>>,
    new_index: FxHashMap<Box<[u8]>, u32>,
    successor: Vec<u32>,
    prev_emp: u32,
    line: u32,
    total: usize,
    shifts: &'a mut Vec<Shift>,
}

impl Merge<'_> {
    /// Merges one block's chunks, in order; the first error (in file order) stops it.
    fn merge(&mut self, results: Vec<Chunk>) -> Result<(), InputError> {
        for c in results {
            if let Some(mut err) = c.error {
                err.line += u64::from(self.line);
                return Err(err);
            }
            let emap: Vec<u16> = c
                .employers
                .iter()
                .map(|e| {
                    self.known_employers.get(e).copied().unwrap_or_else(|| {
                        *self.new_employer_index.entry(e.clone()).or_insert_with(|| {
                            self.new_employers.push(e.clone());
                            u16::try_from(self.employers_before + self.new_employers.len() - 1).unwrap_or(NONE_U16)
                        })
                    })
                })
                .collect();
            if self.employers_before + self.new_employers.len() >= usize::from(NONE_U16) {
                return Err(InputError::file(self.file, "fewer than 65,535 distinct employer_id values"));
            }
            let nmap: Vec<u32> = c
                .new_names
                .iter()
                .map(|n| {
                    *self.new_index.entry(n.clone()).or_insert_with(|| {
                        self.new_ids.push(n.clone());
                        self.known_len + self.new_ids.len() as u32 - 1
                    })
                })
                .collect();
            self.total += c.shifts.len();
            if let Some(max) = self.max_rows {
                if self.total > max {
                    return Err(InputError::file(self.file, format!("at most {max} rows (this file has more)")));
                }
            }
            // Learn who follows whom, for the next blocks' guesses.
            for s in &c.shifts {
                if s.emp & NEW == 0 {
                    if let Some(p) = self.successor.get_mut(self.prev_emp as usize) {
                        *p = s.emp;
                    }
                }
                self.prev_emp = s.emp;
            }
            let line = self.line;
            self.shifts.extend(c.shifts.into_iter().map(|mut s| {
                s.line += line;
                if s.emp & NEW != 0 {
                    s.emp = nmap[(s.emp & !NEW) as usize];
                }
                if s.employer != NONE_U16 {
                    s.employer = emap[usize::from(s.employer)];
                }
                s
            }));
            self.line += c.lines;
        }
        Ok(())
    }
}

/// Appends up to `want` more bytes to `buf`; true at the end of the input.
fn fill(reader: &mut impl Read, buf: &mut Vec<u8>, want: usize) -> std::io::Result<bool> {
    let start = buf.len();
    buf.resize(start + want, 0);
    let mut got = start;
    let eof = loop {
        match reader.read(&mut buf[got..]) {
            Ok(0) => break true,
            Ok(n) => {
                got += n;
                if got == buf.len() {
                    break false;
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => {
                buf.truncate(got);
                return Err(e);
            }
        }
    };
    buf.truncate(got);
    Ok(eof)
}

/// The error for invalid UTF-8 at byte `at` of `bytes`, whose first line is `first_line`.
fn utf8_error(file: &str, bytes: &[u8], at: usize, first_line: u64) -> InputError {
    let line = memchr::memchr_iter(b'\n', &bytes[..at]).count() as u64 + first_line;
    let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
    let col = bytes[line_start..at].iter().filter(|&&b| b == b',').count() + 1;
    let end = (at + 4).min(bytes.len());
    InputError {
        file: file.to_string(),
        line,
        column: Some((col, "?".into())),
        value: Some(format!("{:02X?}", &bytes[at..end])),
        expected: "UTF-8 text (save the file as UTF-8)".into(),
    }
}

/// Chunk-local interning of employee and employer ids: a lookup allocates nothing; only the
/// first sight of an id new to the chunk copies it.
struct Ids {
    new_local: IdMap<u32>,
    last: Option<(u128, u32)>,
    employers: FxHashMap<Box<[u8]>, u16>,
    last_employer: Vec<u8>,
    last_employer_index: Option<u16>,
}

impl Ids {
    fn new() -> Self {
        Self {
            new_local: IdMap::default(),
            last: None,
            employers: FxHashMap::default(),
            last_employer: Vec::new(),
            last_employer_index: None,
        }
    }

    /// The employee index (tagged with [`NEW`] for an id not in the dataset), or the error.
    fn employee(&mut self, cx: &Setup<'_>, out: &mut Chunk, id: &[u8], line: u32) -> Result<u32, InputError> {
        let key = pack(id);
        if let (Some(k), Some((lk, li))) = (key, self.last) {
            if k == lk {
                return Ok(li);
            }
            if li & NEW == 0 {
                let guess = cx.successor.get(li as usize).copied().unwrap_or(u32::MAX);
                if guess != u32::MAX && cx.known_keys.get(guess as usize).copied().flatten() == key {
                    self.last = Some((k, guess));
                    return Ok(guess);
                }
            }
        }
        let i = match cx.known.get(id) {
            Some(i) => i,
            None if cx.known_only => {
                let p = cx.pos[0].unwrap_or(0);
                return Err(InputError::field(
                    cx.file,
                    u64::from(line),
                    p + 1,
                    "employee_id",
                    id,
                    "an employee listed in the employees file",
                ));
            }
            None => match self.new_local.get(id) {
                Some(i) => i,
                None => {
                    let i = out.new_names.len() as u32 | NEW;
                    out.new_names.push(id.into());
                    self.new_local.insert(id, i);
                    i
                }
            },
        };
        self.last = key.map(|k| (k, i));
        Ok(i)
    }

    fn employer(&mut self, out: &mut Chunk, e: &[u8]) -> u16 {
        if let Some(i) = self.last_employer_index.filter(|_| self.last_employer == e) {
            return i;
        }
        let i = match self.employers.get(e) {
            Some(&i) => i,
            None => {
                let i = u16::try_from(out.employers.len()).unwrap_or(NONE_U16 - 1);
                out.employers.push(e.into());
                self.employers.insert(e.into(), i);
                i
            }
        };
        self.last_employer.clear();
        self.last_employer.extend_from_slice(e);
        self.last_employer_index = Some(i);
        i
    }
}

/// Parses a chunk of whole lines without quotes, splitting at commas.
fn parse_chunk(cx: &Setup<'_>, body: &[u8]) -> Chunk {
    let mut out = Chunk {
        shifts: Vec::with_capacity(body.len() / 64),
        new_names: Vec::new(),
        employers: Vec::new(),
        lines: 0,
        error: None,
    };
    // Rows after invalid UTF-8 are not read; the UTF-8 error stands unless a row before it fails.
    let (body, bad_utf8) = match std::str::from_utf8(body) {
        Ok(_) => (body, None),
        Err(e) => {
            let at = e.valid_up_to();
            let line_start = memchr::memrchr(b'\n', &body[..at]).map_or(0, |p| p + 1);
            (&body[..line_start], Some(utf8_error(cx.file, body, at, 0)))
        }
    };
    let mut ids = Ids::new();
    let mut dates = Dates::default();
    // One pass over the chunk finds every comma and line break (SIMD, via memchr2); a row's
    // fields are the ranges between them, up to the last column decent reads.
    let need = cx.need.min(MAX_FIELDS);
    let mut split = Split { body, bounds: [(0, 0); MAX_FIELDS], n: 0 };
    let mut rel = 0u32;
    let mut line_start = 0usize;
    let mut field_start = 0usize;
    let mut seps = memchr::memchr2_iter(b',', b'\n', body);
    loop {
        let at = seps.next();
        let pos = at.unwrap_or(body.len());
        if at.is_some() && body[pos] == b',' {
            if split.n < need {
                split.bounds[split.n] = (field_start as u32, pos as u32);
                split.n += 1;
            }
            field_start = pos + 1;
            continue;
        }
        if at.is_none() && line_start >= body.len() {
            break;
        }
        // End of a line.
        if split.n < need {
            split.bounds[split.n] = (field_start as u32, pos as u32);
            split.n += 1;
        }
        let this = rel;
        rel += 1;
        if !fields::trim(&body[line_start..pos]).is_empty() {
            if let Err(e) = row(cx, &split, this, &mut ids, &mut dates, &mut out) {
                out.error = Some(e);
                return out;
            }
        }
        split.n = 0;
        line_start = pos + 1;
        field_start = pos + 1;
        if at.is_none() {
            break;
        }
    }
    if let Some(e) = bad_utf8 {
        out.error = Some(e);
        return out;
    }
    out.lines = rel;
    out
}

/// Parses a chunk that may quote fields (and hold line breaks inside them), with the csv crate.
fn parse_csv_chunk(cx: &Setup<'_>, body: &[u8]) -> Chunk {
    if let Err(e) = std::str::from_utf8(body) {
        // The UTF-8 error stands only if no row before it fails: parse the valid lines first.
        let at = e.valid_up_to();
        let line_start = memchr::memrchr(b'\n', &body[..at]).map_or(0, |p| p + 1);
        let mut prefix = parse_csv_chunk(cx, &body[..line_start]);
        if prefix.error.is_none() {
            prefix.error = Some(utf8_error(cx.file, body, at, 0));
        }
        return prefix;
    }
    let mut out = Chunk { shifts: Vec::new(), new_names: Vec::new(), employers: Vec::new(), lines: 0, error: None };
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body);
    let mut rec = csv::ByteRecord::new();
    let mut ids = Ids::new();
    let mut dates = Dates::default();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let l = e.position().map_or(1, |p| p.line()) as u32;
                out.error = Some(InputError::line(cx.file, u64::from(l.saturating_sub(1)), format!("a CSV row ({e})")));
                return out;
            }
        }
        let l = rec.position().map_or(1, |p| p.line() as u32).saturating_sub(1);
        if rec.len() == 1 && fields::trim(&rec[0]).is_empty() {
            continue;
        }
        if let Err(e) = row(cx, &rec, l, &mut ids, &mut dates, &mut out) {
            out.error = Some(e);
            return out;
        }
    }
    out.lines = memchr::memchr_iter(b'\n', body).count() as u32;
    out
}

/// One row into the chunk; `line` is relative to the chunk.
fn row(
    cx: &Setup<'_>,
    rec: &impl Fields,
    line: u32,
    ids: &mut Ids,
    dates: &mut Dates,
    out: &mut Chunk,
) -> Result<(), InputError> {
    let mut shift = parse_row(cx, rec, line, dates)?;
    let id = cx.pos[0].and_then(|p| rec.field(p)).map(fields::trim).unwrap_or_default();
    shift.emp = ids.employee(cx, out, id, line)?;
    if let Some(e) = cx.pos[5].and_then(|p| rec.field(p)).map(fields::trim).filter(|e| !e.is_empty()) {
        shift.employer = ids.employer(out, e);
    }
    out.shifts.push(shift);
    Ok(())
}

fn parse_row(cx: &Setup<'_>, rec: &impl Fields, line: u32, dates: &mut Dates) -> Result<Shift, InputError> {
    let (file, pos, names) = (cx.file, cx.pos, cx.names);
    let line64 = u64::from(line);
    let get = |i: usize| pos[i].map(|p| (p, rec.field(p).unwrap_or(b"")));
    let bad = |p: usize, v: &[u8], what: &str| {
        InputError::field(file, line64, p + 1, names.get(p).map_or("?", String::as_str), v, what)
    };

    let (pid, id) = get(0).unwrap_or((0, b""));
    let id = fields::trim(id);
    if id.is_empty() {
        return Err(bad(pid, id, "an employee id (not empty)"));
    }
    let (ps, sv) = get(1).unwrap_or((1, b""));
    let start = dates.start.datetime(sv).ok_or_else(|| bad(ps, sv, EXPECT_DATETIME))?;
    let (pe, ev) = get(2).unwrap_or((2, b""));
    let end = dates.end.datetime(ev).ok_or_else(|| bad(pe, ev, EXPECT_DATETIME))?;
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
        shift.kind = match fields::trim(v) {
            b"work" | b"" => ShiftKind::Work,
            b"overtime" => ShiftKind::Overtime,
            b"duty" => ShiftKind::Duty,
            _ => return Err(bad(p, v, "a kind: work, overtime or duty")),
        };
    }
    if let Some((p, v)) = get(6).filter(|(_, v)| !fields::trim(v).is_empty()) {
        shift.published = dates.published.date(v).ok_or_else(|| bad(p, v, EXPECT_DATE))?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const VALID: &str =
        "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes\n\
a,1995-01-02T07:00,1995-01-02T15:00,30,work,x,1994-11-20,10:30,\n\
b,1995-01-02T23:00,1995-01-03T07:00,60,work,y,1994-11-20,02:30,\n\
a,1995-01-03T07:00,1995-01-03T15:00,30,overtime,x,,,\n\
b,1995-01-04 08:00,1995-01-04 12:00,0,duty,,1994-11-20,,0\n";

    fn read(bytes: &[u8]) -> Result<Dataset, InputError> {
        let mut d = Dataset::default();
        read_shifts(&mut d, "shifts.csv", bytes, &ShiftOptions::default())?;
        Ok(d)
    }

    #[test]
    fn every_row_gets_its_own_employee_whatever_the_order() {
        // Known employees (an employees file), in a repeating order that the successor guess
        // learns, then breaks; plus long ids that do not pack, and a 15-byte id that does.
        let ids = ["e1", "e2", "e3", "a-very-long-employee-id-17", "fifteen-bytes-x"];
        let mut data = Dataset::default();
        for id in ids {
            data.intern(id);
        }
        let order = [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 2, 0, 4, 1, 3, 3, 0, 0, 4, 2, 1];
        let mut csv = String::from("employee_id,start,end\n");
        for (day, &i) in order.iter().enumerate() {
            csv.push_str(&format!("{},1995-01-{:02}T08:00,1995-01-{:02}T16:00\n", ids[i], day + 1, day + 1));
        }
        let opts = ShiftOptions { known_employees_only: true, ..ShiftOptions::default() };
        read_shifts(&mut data, "s.csv", csv.as_bytes(), &opts).expect("valid");
        let got: Vec<&str> = data.shifts.iter().map(|s| &*data.employees[s.emp as usize].id).collect();
        let want: Vec<&str> = order.iter().map(|&i| ids[i]).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn reads_a_valid_file_with_lines_and_ids() {
        let d = read(VALID.as_bytes()).expect("valid");
        assert_eq!(d.shifts.len(), 4);
        assert_eq!(d.employees.iter().map(|e| &*e.id).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!(d.shifts.iter().map(|s| s.line).collect::<Vec<_>>(), [2, 3, 4, 5]);
        assert_eq!(d.employers.iter().map(|e| &**e).collect::<Vec<_>>(), ["x", "y"]);
        assert_eq!(d.shifts[3].employer, NONE_U16);
        assert_eq!(d.shifts[3].feeding_minutes, 0);
        assert_eq!(d.shifts[2].kind, ShiftKind::Overtime);
    }

    #[test]
    fn quoted_fields_read_like_plain_ones() {
        let quoted = VALID.replace("a,1995-01-02T07:00", "\"a\",\"1995-01-02T07:00\"");
        let (p, q) = (read(VALID.as_bytes()).expect("plain"), read(quoted.as_bytes()).expect("quoted"));
        assert_eq!(p.shifts, q.shifts);
    }

    #[test]
    fn first_error_in_file_order_with_line_and_column() {
        let bad = VALID.replace("1995-01-03T15:00,30,overtime", "1995-01-03T15:00,30,holiday");
        let bad = bad.replace("1995-01-04 12:00", "1995-01-04 25:00");
        let e = read(bad.as_bytes()).expect_err("bad kind");
        assert_eq!((e.line, e.column.as_ref().map(|c| c.0)), (4, Some(5)), "{e}");
        assert_eq!(e.value.as_deref(), Some("holiday"));
        // Invalid UTF-8 after a bad row: the bad row comes first.
        let mut bytes = bad.into_bytes();
        bytes.extend_from_slice(b"c\xff,1995-01-05T07:00,1995-01-05T15:00,,,,,,\n");
        assert_eq!(read(&bytes).expect_err("bad").line, 4);
        let mut only_utf8 = VALID.as_bytes().to_vec();
        only_utf8.extend_from_slice(b"c\xff,1995-01-05T07:00,1995-01-05T15:00,,,,,,\n");
        let e = read(&only_utf8).expect_err("UTF-8");
        assert_eq!(e.line, 6, "{e}");
        assert!(e.expected.contains("UTF-8"), "{e}");
    }

    #[test]
    fn all_or_nothing() {
        let mut d = Dataset::default();
        read_shifts(&mut d, "s", VALID.as_bytes(), &ShiftOptions::default()).expect("valid");
        let bad = VALID.replace("b,1995-01-04 08:00", "new,1995-01-04 08:00").replace("0,duty", "x,duty");
        assert!(read_shifts(&mut d, "s", bad.as_bytes(), &ShiftOptions::default()).is_err());
        assert_eq!((d.shifts.len(), d.employees.len()), (4, 2), "nothing of the bad file stayed");
    }

    #[test]
    fn ids_stay_right_across_blocks_and_guesses() {
        // Several blocks of known employees in a rotating order that changes now and then, so
        // the successor guess (learned by the merge of earlier blocks) both hits and misses.
        let ids: Vec<String> = (0..37).map(|i| format!("emp-{i}")).collect();
        let mut data = Dataset::default();
        for id in &ids {
            data.intern(id);
        }
        let mut text = String::from("employee_id,start,end\n");
        let mut want = Vec::new();
        let rows = BLOCK / 40 * 3;
        for r in 0..rows {
            let i = (r * 7 + r / 1000) % ids.len();
            text.push_str(&format!("{},1995-01-02T07:00,1995-01-02T15:00\n", ids[i]));
            want.push(i as u32);
        }
        let opts = ShiftOptions { known_employees_only: true, ..ShiftOptions::default() };
        read_shifts(&mut data, "s.csv", text.as_bytes(), &opts).expect("valid");
        assert_eq!(data.shifts.len(), rows);
        assert!(data.shifts.iter().map(|s| s.emp).eq(want.iter().copied()));
        assert!(data.shifts.iter().enumerate().all(|(i, s)| s.line as usize == i + 2));
    }

    #[test]
    fn blocks_join_at_line_breaks() {
        // More than one block, so that rows cross the block boundary while streaming.
        let row = "emp-1,1995-01-02T07:00,1995-01-02T15:00,30,work,x,1994-11-20,10:30,\n";
        let n = BLOCK / row.len() * 2 + 17;
        let mut text = String::from(
            "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes\n",
        );
        for _ in 0..n {
            text.push_str(row);
        }
        let d = read(text.as_bytes()).expect("valid");
        assert_eq!(d.shifts.len(), n);
        assert!(d.shifts.iter().enumerate().all(|(i, s)| s.line as usize == i + 2));
        text.push_str("emp-1,1995-01-02T07:00,1995-01-02T06:00,,,,,,\n");
        let e = read(text.as_bytes()).expect_err("end before start");
        assert_eq!((e.line, e.column.map(|c| c.0)), (n as u64 + 2, Some(3)));
    }

    proptest! {
        /// Random bytes never panic; an error names a line (or the whole file).
        #[test]
        fn random_bytes_never_panic(b in proptest::collection::vec(any::<u8>(), 0..400)) {
            let _ = read(&b);
        }

        /// Random mutations of a valid file either load or give an error with a line number.
        #[test]
        fn mutations_load_or_name_a_line(edits in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 1..6)) {
            let mut b = VALID.as_bytes().to_vec();
            for (at, byte) in edits {
                let i = at.index(b.len());
                b[i] = byte;
            }
            match read(&b) {
                Ok(d) => prop_assert!(!d.shifts.is_empty()),
                Err(e) => {
                    let lines = b.iter().filter(|&&c| c == b'\n').count() as u64 + 1;
                    prop_assert!(e.line <= lines, "{}", e);
                    prop_assert!(!e.expected.is_empty());
                    let whole_file = e.line == 0;
                    prop_assert!(whole_file || e.line >= 1);
                }
            }
        }
    }
}
