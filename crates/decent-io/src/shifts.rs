//! `shifts.csv`: `employee_id,start,end` required; `break_minutes`, `kind`, `employer_id`,
//! `published_on`, `break_start`, the column the law pack declares (for example
//! `feeding_minutes`: [`decent_core::Schema::shift`]) and `idle_minutes` optional.
//!
//! The body is read in blocks, each cut into chunks at line breaks and parsed in parallel; each
//! chunk interns employee ids locally, and the chunks are merged in file order, so the first
//! error reported is the first in the file and ids get the same indices however the work was
//! split. A row in its plain form (see `fast_row`) is read by a fast path; any other row, and
//! every bad one, by the general path (`parse_row`), which names what is wrong. The merged
//! blocks are left in [`Dataset::shift_blocks`] for the grouping.

use std::io::Read;

use decent_core::model::{Dataset, Shift, ShiftKind, NONE_DAY, NONE_U16};
use decent_core::time::Minute;
use decent_core::{Message, Schema};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::error::{InputError, Warning};
use crate::fields::{self, EXPECT_DATE, EXPECT_DATETIME, EXPECT_ID};
use crate::table::{chunks, cr_line_ends, cr_to_lf, header, width_error, ColumnMap};

/// The columns in their documented order; the ninth is the pack's declared shift column (see
/// [`columns`]).
const COLS: [&str; 10] = [
    "employee_id",
    "start",
    "end",
    "break_minutes",
    "kind",
    "employer_id",
    "published_on",
    "break_start",
    NO_COLUMN,
    "idle_minutes",
];
/// The name in [`COLS`] of the declared column's place when the pack declares none: no header
/// cell can be named so (names are trimmed of blanks).
const NO_COLUMN: &str = " ";

/// The columns read under `schema`, in their documented order, the declared shift column ninth.
#[must_use]
pub fn columns(schema: &Schema) -> [&'static str; 10] {
    let mut cols = COLS;
    if let Some(a) = schema.shift.first() {
        cols[Col::Extra as usize] = a.name;
    }
    cols
}
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

/// The packed key standing for an id too long to pack (no packed key equals it: a packed key's
/// last byte is the id's length, at most 15).
const NO_KEY: u128 = u128::MAX;

/// What a column of the file is, in the order of [`COLS`]; `Skip` for a column decent does not
/// read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Id,
    Start,
    End,
    Break,
    Kind,
    Employer,
    Published,
    BreakStart,
    /// The pack's declared shift column (slot 0 of [`Shift::extra`]).
    Extra,
    Idle,
    Skip,
}

impl Col {
    /// The usual width of the column's values, for the fast path: a date-time, a date, a time
    /// of day (`HH:MM`); 0 where values vary in length.
    const fn width(self) -> usize {
        match self {
            Col::Start | Col::End => 16,
            Col::Published => 10,
            Col::BreakStart => 5,
            _ => 0,
        }
    }

    /// The columns in the order of [`COLS`].
    const ALL: [Col; 10] = [
        Col::Id,
        Col::Start,
        Col::End,
        Col::Break,
        Col::Kind,
        Col::Employer,
        Col::Published,
        Col::BreakStart,
        Col::Extra,
        Col::Idle,
    ];
}

/// The packed key of a short id: its bytes, and its length in the last byte.
fn pack(id: &[u8]) -> Option<u128> {
    if id.len() > 15 {
        return None;
    }
    let mut k = (id.len() as u128) << 120;
    for (i, &c) in id.iter().enumerate() {
        k |= u128::from(c) << (8 * i);
    }
    Some(k)
}

/// [`pack`] of the `len` bytes at `s` in `body`, read as one 16-byte word where the body has
/// that many bytes from `s`.
#[inline(always)]
fn pack_at(body: &[u8], s: usize, len: usize) -> Option<u128> {
    if len > 15 {
        return None;
    }
    match body.get(s..s + 16).and_then(|w| <[u8; 16]>::try_from(w).ok()) {
        Some(w) => {
            let mask = (1u128 << (8 * len)) - 1;
            Some((u128::from_le_bytes(w) & mask) | ((len as u128) << 120))
        }
        None => pack(&body[s..s + len]),
    }
}

/// Eight copies of a byte.
const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101 * b as u64
}

/// The first comma or line break at or after `from`, and which it is. Eight bytes at a time:
/// the lowest flagged byte of the zero-byte test is exact (false flags come only above a true
/// one).
fn find_sep(body: &[u8], from: usize) -> Option<(usize, u8)> {
    let mut q = from;
    while let Some(w) = body.get(q..q + 8).and_then(|w| <[u8; 8]>::try_from(w).ok()) {
        let w = u64::from_le_bytes(w);
        let (c, n) = (w ^ splat(b','), w ^ splat(b'\n'));
        let m = ((c.wrapping_sub(splat(1)) & !c) | (n.wrapping_sub(splat(1)) & !n)) & splat(0x80);
        if m != 0 {
            let at = q + (m.trailing_zeros() / 8) as usize;
            return Some((at, body[at]));
        }
        q += 8;
    }
    body[q.min(body.len())..].iter().position(|&c| c == b',' || c == b'\n').map(|i| (q + i, body[q + i]))
}

impl<V: Copy> IdMap<V> {
    fn get(&self, id: &[u8]) -> Option<V> {
        self.get_packed(id, pack(id))
    }

    /// As [`IdMap::get`], with the id's packed key already made.
    fn get_packed(&self, id: &[u8], key: Option<u128>) -> Option<V> {
        match key {
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

struct DateCache {
    key: [u8; 10],
    day: Option<decent_core::time::Day>,
    /// The last few 16-byte date-times read, and their minutes (a timesheet sorted by date
    /// repeats a handful of starts and ends day after day).
    recent: [(u128, Minute); 4],
    /// Where the next date-time read goes in `recent`.
    next: usize,
}

impl Default for DateCache {
    fn default() -> Self {
        // An empty entry's key is sixteen 0xFF bytes, which no UTF-8 text holds (the chunks
        // are checked for UTF-8 before they are parsed).
        Self { key: [0; 10], day: None, recent: [(u128::MAX, 0); 4], next: 0 }
    }
}

impl DateCache {
    /// `fields::datetime`, with the date part remembered.
    fn datetime(&mut self, b: &[u8]) -> Option<Minute> {
        let t = fields::trim(b);
        if t.len() >= 16 && (t[10] == b'T' || t[10] == b' ') {
            let day = self.date10(&t[..10])?;
            return fields::minute_at(day, fields::time_of_day(&t[11..])?);
        }
        fields::datetime(b)
    }

    /// A date-time of exactly 16 bytes (`YYYY-MM-DDTHH:MM`); `None` for any other form.
    #[inline(always)]
    fn datetime16(&mut self, t: &[u8]) -> Option<Minute> {
        let whole = u128::from_le_bytes(t.try_into().ok()?);
        if let Some(&(_, m)) = self.recent.iter().find(|(k, _)| *k == whole) {
            return Some(m);
        }
        if !(t[10] == b'T' || t[10] == b' ') {
            return None;
        }
        let day = self.date10(&t[..10])?;
        let m = fields::minute_at(day, fields::hhmm(&t[11..])?)?;
        self.recent[self.next] = (whole, m);
        self.next = (self.next + 1) % self.recent.len();
        Some(m)
    }

    /// `fields::date`, with the date remembered.
    fn date(&mut self, b: &[u8]) -> Option<decent_core::time::Day> {
        let t = fields::trim(b);
        if t.len() == 10 {
            return self.date10(t);
        }
        fields::date(b)
    }

    /// A date of exactly 10 bytes (`YYYY-MM-DD`); `None` for any other form.
    fn date10(&mut self, t: &[u8]) -> Option<decent_core::time::Day> {
        let key: [u8; 10] = t.try_into().ok()?;
        if let Some(day) = self.day.filter(|_| key == self.key) {
            return Some(day);
        }
        let day = fields::date(t)?;
        self.key = key;
        self.day = Some(day);
        Some(day)
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
    /// Fields in the header: every row must have as many.
    width: usize,
    /// What each of the first `need` columns is, for the fast path.
    layout: &'a [Col],
    /// The layout is the contract's own column order (a prefix of [`Col::ALL`]).
    canonical: bool,
    /// Ids already in the dataset, by their bytes.
    known: &'a IdMap<u32>,
    /// Packed keys of the ids already in the dataset, by index (for the successor guess);
    /// [`NO_KEY`] for an id too long to pack.
    known_keys: &'a [u128],
    /// For each known employee, the employee whose row followed theirs last time in the blocks
    /// read so far, and the one who followed before that (`u32::MAX`: none yet). A timesheet
    /// sorted by date lists the same people in much the same order every day, so the guess
    /// spares most hash lookups.
    successor: &'a [[u32; 2]],
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
    let io_err = |e: std::io::Error| InputError::unreadable(file, &e);
    let mut warnings = Vec::new();
    let mut buf: Vec<u8> = Vec::with_capacity(BLOCK + (BLOCK >> 2));
    let mut eof = fill(&mut reader, &mut buf, BLOCK).map_err(io_err)?;
    if buf.starts_with(b"\xEF\xBB\xBF") {
        buf.drain(..3);
    }
    // A file whose lines end in bare carriage returns is read as if they were line feeds, block
    // by block as it is read (told by its first line, so a line-feed file costs nothing).
    let cr = cr_line_ends(&buf, !eof);
    if cr {
        cr_to_lf(&mut buf);
    }
    if eof && buf.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::file(file, "a header row (employee_id,start,end) and data rows; the file is empty")
            .keyed(Message::new("input-expect-nonempty").text("header", "employee_id,start,end")));
    }
    // A header that does not end within the first block would be cut, and its tail read as a
    // row: refused instead.
    let long_header = || {
        InputError::line(
            file,
            1,
            format!("a header row of at most {BLOCK} bytes (no line break in the first {} bytes)", buf.len()),
        )
        .keyed(
            Message::new("input-expect-header-size")
                .count("block", i64::try_from(BLOCK).unwrap_or(i64::MAX))
                .count("read", i64::try_from(buf.len()).unwrap_or(i64::MAX)),
        )
    };
    if !eof && memchr::memchr2(b'\n', b'\r', &buf).is_none() {
        return Err(long_header());
    }
    let h = header(file, &buf, &columns(data.schema), &REQUIRED, &opts.map, &mut warnings)?;
    if !eof && !matches!(h.body.checked_sub(1).and_then(|i| buf.get(i)), Some(b'\n' | b'\r')) {
        return Err(long_header());
    }
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
    let known_keys: Vec<u128> = data.employees.iter().map(|e| pack(e.id.as_bytes()).unwrap_or(NO_KEY)).collect();
    let mut layout = vec![Col::Skip; need];
    for (field, p) in h.pos.iter().enumerate() {
        if let (Some(p), Some(&col)) = (p, Col::ALL.get(field)) {
            layout[*p] = col;
        }
    }
    let mut spare: Vec<u8> = Vec::new();
    let known_employers: FxHashMap<Box<[u8]>, u16> = data
        .employers
        .iter()
        .enumerate()
        .map(|(i, e)| (e.as_bytes().into(), u16::try_from(i).unwrap_or(NONE_U16)))
        .collect();
    let blocks_before = data.shift_blocks.len();
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
        successor: vec![[u32::MAX; 2]; known_keys.len()],
        prev_emp: u32::MAX,
        line: header_lines + 1,
        total: 0,
        blocks: &mut data.shift_blocks,
    };
    let result = (|| -> Result<(), InputError> {
        // A pipeline: while block k is parsed, block k-1 is merged in file order and block k+1
        // is read. Block k guesses ids from what the merge had learned before block k-1.
        let mut pending: Option<Vec<Chunk>> = None;
        // Whether the block holds a quote (then the rest is read with the csv crate, whole);
        // for every block after the first, found while the block before is parsed.
        let mut quoted = memchr::memchr(b'"', &buf).is_some();
        loop {
            if quoted && !eof {
                let from = buf.len();
                reader.read_to_end(&mut buf).map_err(io_err)?;
                if cr {
                    cr_to_lf(&mut buf[from..]);
                }
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
                width: h.width,
                layout: &layout,
                canonical: layout[..] == Col::ALL[..layout.len().min(Col::ALL.len())],
                known: &known,
                known_keys: &known_keys,
                successor: &successor,
                known_only: opts.known_employees_only,
            };
            let parts = if quoted {
                vec![(0, block.len())]
            } else {
                chunks(block, rayon::current_num_threads() * 4, MIN_CHUNK)
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
                        return (merged, Ok((Vec::new(), true, false)));
                    }
                    // The buffer of the block before last is reused: its pages are mapped.
                    next_buf.clear();
                    next_buf.reserve(BLOCK + tail.len());
                    next_buf.extend_from_slice(tail);
                    let from = next_buf.len();
                    let next = fill(reader, &mut next_buf, BLOCK).map(|e| {
                        if cr {
                            cr_to_lf(&mut next_buf[from..]);
                        }
                        let quoted = memchr::memchr(b'"', &next_buf).is_some();
                        (next_buf, e, quoted)
                    });
                    (merged, next)
                },
            );
            merged?;
            if eof {
                return m.merge(results);
            }
            pending = Some(results);
            let (next, e, q) = next.map_err(io_err)?;
            spare = std::mem::replace(&mut buf, next);
            (eof, quoted) = (e, q);
        }
    })();
    let Merge { new_ids, new_employers, total, .. } = m;
    if let Err(e) = result {
        data.shift_blocks.truncate(blocks_before);
        return Err(e);
    }
    if total == 0 {
        data.shift_blocks.truncate(blocks_before);
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
    data.columns.extra[0] |= present(8);
    data.columns.idle_minutes |= present(9);
    Ok(warnings)
}

/// The next block's bytes, whether the input ended and whether the block holds a quote, or the
/// read error.
type NextBlock = std::io::Result<(Vec<u8>, bool, bool)>;

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
    successor: Vec<[u32; 2]>,
    prev_emp: u32,
    line: u32,
    total: usize,
    blocks: &'a mut Vec<Vec<Shift>>,
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
                    return Err(InputError::file(self.file, format!("at most {max} rows (this file has more)")).keyed(
                        Message::new("input-expect-max-rows").count("max", i64::try_from(max).unwrap_or(i64::MAX)),
                    ));
                }
            }
            // Learn who follows whom (for the next blocks' guesses) and make indices and lines
            // absolute, in place: the block is kept as parsed.
            let line = self.line;
            let mut shifts = c.shifts;
            for s in &mut shifts {
                if s.emp & NEW == 0 {
                    if let Some(p) = self.successor.get_mut(self.prev_emp as usize) {
                        if p[0] != s.emp {
                            *p = [s.emp, p[0]];
                        }
                    }
                }
                self.prev_emp = s.emp;
                s.line += line;
                if s.emp & NEW != 0 {
                    s.emp = nmap[(s.emp & !NEW) as usize];
                }
                if s.employer != NONE_U16 {
                    s.employer = emap[usize::from(s.employer)];
                }
            }
            if !shifts.is_empty() {
                self.blocks.push(shifts);
            }
            self.line += c.lines;
        }
        Ok(())
    }
}

/// Appends up to `want` more bytes to `buf` (read straight into its spare room, which is never
/// zeroed first); true at the end of the input.
fn fill(reader: &mut impl Read, buf: &mut Vec<u8>, want: usize) -> std::io::Result<bool> {
    buf.reserve(want);
    let got = reader.take(want as u64).read_to_end(buf)?;
    Ok(got < want)
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
        expect: None,
    }
}

/// Chunk-local interning of employee and employer ids: a lookup allocates nothing; only the
/// first sight of an id new to the chunk copies it.
struct Ids {
    new_local: IdMap<u32>,
    last: Option<(u128, u32)>,
    employers: FxHashMap<Box<[u8]>, u16>,
    /// The last employer id seen, packed, and its index.
    last_employer: Option<(u128, u16)>,
}

impl Ids {
    fn new() -> Self {
        Self { new_local: IdMap::default(), last: None, employers: FxHashMap::default(), last_employer: None }
    }

    /// The employee index (tagged with [`NEW`] for an id not in the dataset), or the error.
    #[inline(always)]
    fn employee(
        &mut self,
        cx: &Setup<'_>,
        out: &mut Chunk,
        id: &[u8],
        key: Option<u128>,
        line: u32,
    ) -> Result<u32, InputError> {
        match key.and_then(|k| self.guess(cx, k)) {
            Some(i) => Ok(i),
            None => self.look_up(cx, out, id, key, line),
        }
    }

    /// The employee of packed id `k` when it is the last one or the one the successors suggest.
    #[inline(always)]
    fn guess(&mut self, cx: &Setup<'_>, k: u128) -> Option<u32> {
        let (lk, li) = self.last?;
        if k == lk {
            return Some(li);
        }
        if li & NEW != 0 {
            return None;
        }
        // The one who followed last time, or failing that the one who followed them (someone
        // off today), up to three steps; then the one who followed before.
        let succ = |e: u32| cx.successor.get(e as usize).copied().unwrap_or([u32::MAX; 2]);
        let is = |e: u32| cx.known_keys.get(e as usize) == Some(&k);
        let mut next = succ(li);
        let before = next[1];
        let mut found = None;
        for _ in 0..3 {
            if is(next[0]) {
                found = Some(next[0]);
                break;
            }
            next = succ(next[0]);
        }
        let found = found.or_else(|| is(before).then_some(before))?;
        self.last = Some((k, found));
        Some(found)
    }

    /// The employee index by a hash lookup (or a new one), or the error.
    #[inline(never)]
    fn look_up(
        &mut self,
        cx: &Setup<'_>,
        out: &mut Chunk,
        id: &[u8],
        key: Option<u128>,
        line: u32,
    ) -> Result<u32, InputError> {
        let i = match cx.known.get_packed(id, key) {
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
                    // Checked once per chunk, on first sight (ids of the employees file were
                    // checked when it was read).
                    if fields::id(id).is_none() {
                        let p = cx.pos[0].unwrap_or(0);
                        let name = cx.names.get(p).map_or("employee_id", String::as_str);
                        return Err(InputError::field(cx.file, u64::from(line), p + 1, name, id, EXPECT_ID));
                    }
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

    #[inline(always)]
    fn employer(
        &mut self,
        cx: &Setup<'_>,
        out: &mut Chunk,
        e: &[u8],
        key: Option<u128>,
        line: u32,
    ) -> Result<u16, InputError> {
        if let (Some(k), Some((lk, li))) = (key, self.last_employer) {
            if k == lk {
                return Ok(li);
            }
        }
        let i = match self.employers.get(e) {
            Some(&i) => i,
            None => self.new_employer(cx, out, e, line)?,
        };
        self.last_employer = key.map(|k| (k, i));
        Ok(i)
    }

    /// An employer id new to the chunk: checked, then given the chunk's next index.
    #[inline(never)]
    fn new_employer(&mut self, cx: &Setup<'_>, out: &mut Chunk, e: &[u8], line: u32) -> Result<u16, InputError> {
        if fields::id(e).is_none() {
            let p = cx.pos[5].unwrap_or(0);
            let name = cx.names.get(p).map_or("employer_id", String::as_str);
            return Err(InputError::field(cx.file, u64::from(line), p + 1, name, e, EXPECT_ID));
        }
        let i = u16::try_from(out.employers.len()).unwrap_or(NONE_U16 - 1);
        out.employers.push(e.into());
        self.employers.insert(e.into(), i);
        Ok(i)
    }
}

/// Parses a chunk of whole lines without quotes, splitting at commas.
fn parse_chunk(cx: &Setup<'_>, body: &[u8]) -> Chunk {
    let mut out = Chunk {
        // One shift at most per line.
        shifts: Vec::with_capacity(memchr::memchr_iter(b'\n', body).count() + 1),
        new_names: Vec::new(),
        employers: Vec::new(),
        lines: 0,
        error: None,
    };
    // Rows after invalid UTF-8 are not read; the UTF-8 error stands unless a row before it fails.
    let (body, bad_utf8) = if body.is_ascii() {
        (body, None)
    } else {
        match std::str::from_utf8(body) {
            Ok(_) => (body, None),
            Err(e) => {
                let at = e.valid_up_to();
                let line_start = memchr::memrchr(b'\n', &body[..at]).map_or(0, |p| p + 1);
                (&body[..line_start], Some(utf8_error(cx.file, body, at, 0)))
            }
        }
    };
    let mut ids = Ids::new();
    let mut dates = Dates::default();
    let need = cx.need.min(MAX_FIELDS);
    let mut rel = 0u32;
    let mut at = 0usize;
    while at < body.len() {
        let this = rel;
        rel += 1;
        // Most rows take the fast path; a row in any other form (or a wrong one) is read by
        // the general path, which reports what is wrong with it.
        if let Some(r) = fast_row(cx, body, at, &mut dates) {
            at = r.next;
            let mut shift = r.shift;
            match ids.employee(cx, &mut out, r.id, r.id_key, this) {
                Ok(emp) => shift.emp = emp,
                Err(e) => {
                    out.error = Some(e);
                    return out;
                }
            }
            if !r.employer.is_empty() {
                match ids.employer(cx, &mut out, r.employer, r.employer_key, this) {
                    Ok(e) => shift.employer = e,
                    Err(e) => {
                        out.error = Some(e);
                        return out;
                    }
                }
            }
            shift.line = this;
            out.shifts.push(shift);
            continue;
        }
        let end = memchr::memchr(b'\n', &body[at..]).map_or(body.len(), |p| at + p);
        let line = &body[at..end];
        at = end + 1;
        if fields::trim(line).is_empty() {
            continue;
        }
        let found = memchr::memchr_iter(b',', line).count() + 1;
        if found != cx.width {
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            out.error = Some(width_error(cx.file, u64::from(this), line, cx.width, found));
            return out;
        }
        let mut split = Split { body: line, bounds: [(0, 0); MAX_FIELDS], n: 0 };
        let mut field_start = 0usize;
        for pos in memchr::memchr_iter(b',', line).chain([line.len()]) {
            if split.n == need {
                break;
            }
            split.bounds[split.n] = (field_start as u32, pos as u32);
            split.n += 1;
            field_start = pos + 1;
        }
        if let Err(e) = row(cx, &split, this, &mut ids, &mut dates, &mut out) {
            out.error = Some(e);
            return out;
        }
    }
    if let Some(e) = bad_utf8 {
        out.error = Some(e);
        return out;
    }
    out.lines = rel;
    out
}

/// The fields of one line, one after another.
struct Cursor<'b> {
    body: &'b [u8],
    /// Where the next field starts.
    p: usize,
    /// The line has ended: further fields are empty.
    ended: bool,
    /// A field was asked for after the line ended: the row has fewer fields than wanted.
    short: bool,
}

impl<'b> Cursor<'b> {
    /// The next field and where it starts. A field of its usual `width` (a date-time, a date, a
    /// time: checked byte by byte later) is taken without scanning when a separator stands
    /// right after it. A carriage return ending the line is not part of the last field.
    #[inline(always)]
    fn field(&mut self, width: usize) -> (&'b [u8], usize) {
        let (body, s) = (self.body, self.p);
        if self.ended {
            self.short = true;
            return (b"", s.min(body.len()));
        }
        // An empty field (a separator first) is not taken at the fixed width.
        let fixed = width > 0 && !matches!(body.get(s), Some(b',' | b'\n'));
        let sep = match body.get(s + width) {
            Some(&c @ (b',' | b'\n')) if fixed => Some((s + width, c)),
            None if fixed && s + width == body.len() => None,
            _ => find_sep(body, s),
        };
        let (q, more) = match sep {
            Some((q, c)) => (q, c == b','),
            None => (body.len(), false),
        };
        let mut field = &body[s..q];
        if !more {
            self.ended = true;
            if let [rest @ .., b'\r'] = field {
                field = rest;
            }
        }
        self.p = q + 1;
        (field, s)
    }

    /// Where the next line starts.
    fn next_line(&self) -> usize {
        let p = self.p.min(self.body.len());
        if self.ended {
            p
        } else {
            memchr::memchr(b'\n', &self.body[p..]).map_or(self.body.len(), |n| p + n + 1)
        }
    }
}

/// A row read by the fast path.
struct FastRow<'b> {
    shift: Shift,
    id: &'b [u8],
    id_key: Option<u128>,
    /// Empty when the row names no employer.
    employer: &'b [u8],
    employer_key: Option<u128>,
    /// Where the next line starts.
    next: usize,
}

/// The row starting at `at`, when every field it has is in its plain form: an id and an employer
/// without surrounding blanks, `YYYY-MM-DDTHH:MM` date-times, `YYYY-MM-DD` dates, `HH:MM`
/// break starts, whole minutes, a kind as written in the contract. Anything else, valid or not,
/// gives `None` and the general path reads the row: the fast path accepts only rows that the
/// general path reads to the same shift. The shift's `emp` and `line` are left to the caller.
fn fast_row<'b>(cx: &Setup<'_>, body: &'b [u8], at: usize, dates: &mut Dates) -> Option<FastRow<'b>> {
    let mut f: [&[u8]; 10] = [b""; 10];
    let mut at_of = [0usize; 10];
    let mut cur = Cursor { body, p: at, ended: false, short: false };
    if cx.canonical {
        // The contract's own column order, field after field as straight-line code, each
        // one's width known where it is read.
        let n = cx.layout.len();
        (f[0], at_of[0]) = cur.field(Col::Id.width());
        f[1] = cur.field(Col::Start.width()).0;
        f[2] = cur.field(Col::End.width()).0;
        if n > 3 {
            f[3] = cur.field(Col::Break.width()).0;
        }
        if n > 4 {
            f[4] = cur.field(Col::Kind.width()).0;
        }
        if n > 5 {
            (f[5], at_of[5]) = cur.field(Col::Employer.width());
        }
        if n > 6 {
            f[6] = cur.field(Col::Published.width()).0;
        }
        if n > 7 {
            f[7] = cur.field(Col::BreakStart.width()).0;
        }
        if n > 8 {
            f[8] = cur.field(Col::Extra.width()).0;
        }
        if n > 9 {
            f[9] = cur.field(Col::Idle.width()).0;
        }
    } else {
        for &col in cx.layout {
            let (field, s) = cur.field(col.width());
            if col != Col::Skip {
                f[col as usize] = field;
                at_of[col as usize] = s;
            }
        }
    }
    // A row has as many fields as the header: fewer or more go to the general path, which
    // says so.
    if cur.short || cur.ended != (cx.width == cx.layout.len()) {
        return None;
    }
    if !cur.ended && !fields_to_line_end(body, cur.p, cx.width - cx.layout.len()) {
        return None;
    }
    let next = cur.next_line();
    let id = f[Col::Id as usize];
    let plain = |v: &[u8]| !matches!(v.first(), Some(b' ' | b'\t')) && !matches!(v.last(), Some(b' ' | b'\t' | b'\r'));
    if id.is_empty() || !plain(id) {
        return None;
    }
    let start = dates.start.datetime16(f[Col::Start as usize])?;
    let end = dates.end.datetime16(f[Col::End as usize])?;
    if end <= start || end - start > MAX_SHIFT {
        return None;
    }
    let clock = (end - start) as u32;
    let minutes = |v: &[u8]| {
        if v.is_empty() {
            Some(None)
        } else {
            fields::digits(v).filter(|&m| m <= clock.min(u32::from(u16::MAX - 1))).map(|m| Some(m as u16))
        }
    };
    let kind = match f[Col::Kind as usize] {
        b"work" | b"" => ShiftKind::Work,
        b"overtime" => ShiftKind::Overtime,
        b"duty" => ShiftKind::Duty,
        _ => return None,
    };
    let published = match f[Col::Published as usize] {
        b"" => NONE_DAY,
        v => dates.published.date10(v)?,
    };
    let break_offset = match f[Col::BreakStart as usize] {
        b"" => NONE_U16,
        v => break_offset(start, end, fields::hhmm(v)?)?,
    };
    let employer = f[Col::Employer as usize];
    if !plain(employer) {
        return None;
    }
    let (break_minutes, feeding, idle) =
        (minutes(f[Col::Break as usize])?, minutes(f[Col::Extra as usize])?, minutes(f[Col::Idle as usize])?);
    let (break_minutes, idle) = (break_minutes.unwrap_or(0), idle.unwrap_or(0));
    if u32::from(break_minutes) + u32::from(feeding.unwrap_or(0)) + u32::from(idle) > clock {
        return None;
    }
    Some(FastRow {
        shift: Shift {
            start,
            end,
            emp: 0,
            line: 0,
            published,
            break_minutes,
            break_offset,
            extra: [feeding.unwrap_or(NONE_U16)],
            employer: NONE_U16,
            kind,
            idle_minutes: idle,
        },
        id,
        id_key: pack_at(body, at_of[Col::Id as usize], id.len()),
        employer,
        employer_key: pack_at(body, at_of[Col::Employer as usize], employer.len()),
        next,
    })
}

/// Whether the rest of the line from `p` holds exactly `extra` more fields (for a header with
/// columns after the last one decent reads). Out of line: most files have no such columns.
#[inline(never)]
fn fields_to_line_end(body: &[u8], p: usize, extra: usize) -> bool {
    let p = p.min(body.len());
    let end = memchr::memchr(b'\n', &body[p..]).map_or(body.len(), |n| p + n);
    memchr::memchr_iter(b',', &body[p..end]).count() + 1 == extra
}

/// Longest shift, minutes (7 days).
const MAX_SHIFT: i32 = 7 * 24 * 60;

/// The break's start as an offset from the shift's start, given as a time of day on the shift's
/// first day or, when that is before the start, its second; `None` when it falls outside the
/// shift.
fn break_offset(start: Minute, end: Minute, time_of_day: i32) -> Option<u16> {
    let d0 = decent_core::time::start_of_day(decent_core::time::day_of(start)) + time_of_day;
    let at = if d0 < start { d0 + 1440 } else { d0 };
    (at >= start && at < end).then(|| u16::try_from(at - start).unwrap_or(NONE_U16 - 1))
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
                out.error = Some(crate::table::csv_row_error(cx.file, u64::from(l.saturating_sub(1)), &e));
                return out;
            }
        }
        let l = rec.position().map_or(1, |p| p.line() as u32).saturating_sub(1);
        if rec.len() == 1 && fields::trim(&rec[0]).is_empty() {
            continue;
        }
        if rec.len() != cx.width {
            let text: Vec<&[u8]> = rec.iter().collect();
            out.error = Some(width_error(cx.file, u64::from(l), &text.join(&b',')[..], cx.width, rec.len()));
            return out;
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
    shift.emp = ids.employee(cx, out, id, pack(id), line)?;
    if let Some(e) = cx.pos[5].and_then(|p| rec.field(p)).map(fields::trim).filter(|e| !e.is_empty()) {
        shift.employer = ids.employer(cx, out, e, pack(e), line)?;
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
        let start = crate::error::cut(&String::from_utf8_lossy(fields::trim(sv)));
        return Err(bad(pe, ev, &format!("an end after the start ({start})"))
            .keyed(Message::new("input-expect-end-after-start").text("start", start)));
    }
    if end - start > MAX_SHIFT {
        return Err(bad(pe, ev, "a shift of at most 7 days (168 h)"));
    }
    let mut shift = Shift::plain(0, start, end, line);
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
        let offset = match fields::datetime(v) {
            Some(at) => (at >= start && at < end).then(|| u16::try_from(at - start).unwrap_or(NONE_U16 - 1)),
            None => fields::time_of_day(v).and_then(|t| break_offset(start, end, t)),
        };
        shift.break_offset =
            offset.ok_or_else(|| bad(p, v, "the break's start: a time (HH:MM) or date-time within the shift"))?;
    }
    if let Some((p, v)) = get(8).filter(|(_, v)| !fields::trim(v).is_empty()) {
        let f = fields::uint(v, clock.min(u32::from(u16::MAX - 1)))
            .ok_or_else(|| bad(p, v, "whole minutes, from 0 to the shift's length"))?;
        shift.extra[0] = f as u16;
    }
    if let Some((p, v)) = get(9).filter(|(_, v)| !fields::trim(v).is_empty()) {
        let f = fields::uint(v, clock.min(u32::from(u16::MAX - 1)))
            .ok_or_else(|| bad(p, v, "whole minutes of idle time, from 0 to the shift's length"))?;
        shift.idle_minutes = f as u16;
    }
    let feeding = if shift.extra[0] == NONE_U16 { 0 } else { u32::from(shift.extra[0]) };
    let together = u32::from(shift.break_minutes) + feeding + u32::from(shift.idle_minutes);
    if together > clock {
        // Named at the last of the three columns the row fills.
        let (p, v) =
            [9, 8, 3].into_iter().filter_map(get).find(|(_, v)| !fields::trim(v).is_empty()).unwrap_or((pe, ev));
        let column = names.get(pos[8].unwrap_or(usize::MAX)).map(String::as_str);
        return Err(bad(
            p,
            v,
            &format!(
                "break, {} and idle minutes together at most the shift's length ({clock} min); here {} + {feeding} + {} = {together}",
                column.unwrap_or("declared"),
                shift.break_minutes,
                shift.idle_minutes
            ),
        )
        .keyed(
            Message::new("input-expect-together")
                .msg(
                    "column",
                    match column {
                        Some(c) => Message::new("input-expect-text").text("text", crate::error::cut(c)),
                        None => Message::new("input-declared-column"),
                    },
                )
                .count("clock", clock)
                .count("brk", shift.break_minutes)
                .count("fed", feeding)
                .count("idle", shift.idle_minutes)
                .count("together", together),
        ));
    }
    Ok(shift)
}

#[cfg(test)]
mod tests {
    /// The schema the tests read under: one declared shift column, as a pack declares it.
    static SCHEMA: Schema = Schema {
        employee: &[],
        shift: &[decent_core::Attr {
            name: "feeding_minutes",
            ty: decent_core::AttrType::Minutes,
            meaning: "Feeding intervals.",
            section: "1",
        }],
    };

    fn dataset() -> Dataset {
        Dataset::with_schema(&SCHEMA)
    }
    use super::*;
    use proptest::prelude::*;

    const VALID: &str =
        "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes\n\
a,1995-01-02T07:00,1995-01-02T15:00,30,work,x,1994-11-20,10:30,\n\
b,1995-01-02T23:00,1995-01-03T07:00,60,work,y,1994-11-20,02:30,\n\
a,1995-01-03T07:00,1995-01-03T15:00,30,overtime,x,,,\n\
b,1995-01-04 08:00,1995-01-04 12:00,0,duty,,1994-11-20,,0\n";

    fn read(bytes: &[u8]) -> Result<Dataset, InputError> {
        let mut d = dataset();
        read_shifts(&mut d, "shifts.csv", bytes, &ShiftOptions::default())?;
        // In input order, as read.
        d.shifts = d.input_shifts().copied().collect();
        d.shift_blocks.clear();
        Ok(d)
    }

    #[test]
    fn every_row_gets_its_own_employee_whatever_the_order() {
        // Known employees (an employees file), in a repeating order that the successor guess
        // learns, then breaks; plus long ids that do not pack, and a 15-byte id that does.
        let ids = ["e1", "e2", "e3", "a-very-long-employee-id-17", "fifteen-bytes-x"];
        let mut data = dataset();
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
        let got: Vec<&str> = data.input_shifts().map(|s| &*data.employees[s.emp as usize].id).collect();
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
        assert_eq!(d.shifts[3].extra[0], 0);
        assert_eq!(d.shifts[2].kind, ShiftKind::Overtime);
    }

    #[test]
    fn every_form_of_a_file_reads_alike() {
        // The same rows with CRLF line ends, padded with blanks, with seconds, and with the
        // columns in another order: the fast path, the general path and the plan for other
        // column orders must all give the same shifts and the same lines.
        let plain = read(VALID.as_bytes()).expect("plain");
        let crlf = VALID.replace('\n', "\r\n");
        let padded = VALID.replace(',', " , ");
        let seconds = VALID.replace(":00,", ":00:00,");
        let reordered: String = VALID
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                let mut r = vec![f[2], f[0], f[4], f[1]];
                r.extend_from_slice(&f[5..]);
                r.push(f[3]);
                r.join(",") + "\n"
            })
            .collect();
        for (name, text) in [("crlf", crlf), ("padded", padded), ("seconds", seconds), ("reordered", reordered)] {
            let d = read(text.as_bytes()).unwrap_or_else(|e| panic!("{name}: {e}"));
            assert_eq!(d.shifts, plain.shifts, "{name}");
            assert_eq!(d.employers, plain.employers, "{name}");
        }
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
        let mut d = dataset();
        read_shifts(&mut d, "s", VALID.as_bytes(), &ShiftOptions::default()).expect("valid");
        let bad = VALID.replace("b,1995-01-04 08:00", "new,1995-01-04 08:00").replace("0,duty", "x,duty");
        assert!(read_shifts(&mut d, "s", bad.as_bytes(), &ShiftOptions::default()).is_err());
        assert_eq!((d.input_shifts().count(), d.employees.len()), (4, 2), "nothing of the bad file stayed");
    }

    #[test]
    fn ids_stay_right_across_blocks_and_guesses() {
        // Several blocks of known employees in a rotating order that changes now and then, so
        // the successor guess (learned by the merge of earlier blocks) both hits and misses.
        let ids: Vec<String> = (0..37).map(|i| format!("emp-{i}")).collect();
        let mut data = dataset();
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
        assert_eq!(data.input_shifts().count(), rows);
        assert!(data.input_shifts().map(|s| s.emp).eq(want.iter().copied()));
        assert!(data.input_shifts().enumerate().all(|(i, s)| s.line as usize == i + 2));
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

    #[test]
    fn the_fast_path_takes_plain_rows() {
        let text = VALID.replace(' ', "T");
        let (head, body) = text.split_once('\n').expect("a header");
        let h = header_of(&format!("{head}\n"), &mut Vec::new());
        let need = h.pos.iter().flatten().max().map_or(1, |m| m + 1);
        let layout: Vec<Col> = Col::ALL[..need].to_vec();
        let known = IdMap::default();
        let cx = Setup {
            file: "s.csv",
            pos: &h.pos,
            names: &h.names,
            need,
            width: h.width,
            layout: &layout,
            canonical: true,
            known: &known,
            known_keys: &[],
            successor: &[],
            known_only: false,
        };
        let (body, mut at, mut dates) = (body.as_bytes(), 0, Dates::default());
        while at < body.len() {
            let r = fast_row(&cx, body, at, &mut dates).expect("a plain row takes the fast path");
            at = r.next;
        }
        // An empty date followed by a separator where a full one would end is still plain.
        let empty_date = b"a,1995-01-02T07:00,1995-01-02T15:00,30,work,x,,10:30,123\n";
        assert!(fast_row(&cx, empty_date, 0, &mut dates).is_some());
        // A time with seconds does not (the general path reads it).
        let odd = b"a,1995-01-02T07:00:00,1995-01-02T15:00,30,work,x,,,\n";
        assert!(fast_row(&cx, odd, 0, &mut dates).is_none());
    }

    #[test]
    fn a_short_last_row_without_a_line_break_is_an_error_not_a_panic() {
        // The last row stops before the employer column and the file has no final line break:
        // the fast path asked for the employer's place past the end of the block.
        let text = "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes,idle_minutes\n\
a,1995-03-06T08:00,1995-03-06T16:00,30,work,x,1995-01-01,12:00,0,0\n\
a,1995-03-07T08:00,1995-03-07T16:00,30,work";
        let e = read(text.as_bytes()).expect_err("a short row");
        assert_eq!(e.line, 3, "{e}");
        assert!(e.expected.contains("10 fields") && e.expected.contains("has 5"), "{e}");
    }

    #[test]
    fn rows_with_more_or_fewer_fields_than_the_header_are_errors() {
        let head = "employee_id,start,end,break_minutes\n";
        let ok = "a,1995-01-02T07:00,1995-01-02T15:00,30\n";
        for (row, found) in [
            ("a,1995-01-03T07:00,1995-01-03T15:00\n", 3),
            ("a,1995-01-03T07:00,1995-01-03T15:00,30,extra\n", 5),
            ("a,1995-01-03T07:00,1995-01-03T15:00,30,\r\n", 5),
            ("a,1995-01-03T07:00,1995-01-03T15:00", 3),
            ("\"a\",1995-01-03T07:00,1995-01-03T15:00,30,x\n", 5),
        ] {
            let e = read(format!("{head}{ok}{row}").as_bytes()).expect_err(row);
            assert_eq!(e.line, 3, "{row:?}: {e}");
            assert!(e.expected.contains(&format!("has {found}")), "{row:?}: {e}");
        }
        // Columns the header names but decent does not read (ignored with a warning): the
        // rows must still have them, on the fast path as on the general one.
        let head = "employee_id,start,end,note,remark\n";
        assert_eq!(
            read(format!("{head}a,1995-01-02T07:00,1995-01-02T15:00,x,y\n").as_bytes()).expect("valid").shifts.len(),
            1
        );
        for row in [
            "a,1995-01-02T07:00,1995-01-02T15:00,x\n",
            "a,1995-01-02T07:00,1995-01-02T15:00,x,y,z\n",
            "a,1995-01-02T07:00,1995-01-02T15:00\n",
        ] {
            let e = read(format!("{head}{row}").as_bytes()).expect_err(row);
            assert_eq!(e.line, 2, "{row:?}: {e}");
        }
    }

    #[test]
    fn break_feeding_and_idle_longer_than_the_shift_are_refused() {
        let head = "employee_id,start,end,break_minutes,kind,employer_id,published_on,break_start,feeding_minutes,idle_minutes\n";
        // Each alone fits the 8-hour shift; together they do not.
        let row = "a,1995-01-02T07:00,1995-01-02T15:00,200,work,,,,200,100\n";
        let e = read(format!("{head}{row}").as_bytes()).expect_err("530 minutes off an 8-hour shift");
        assert_eq!((e.line, e.column.as_ref().map(|c| c.0)), (2, Some(10)), "{e}");
        assert!(e.expected.contains("200 + 200 + 100 = 500"), "{e}");
        let fits = "a,1995-01-02T07:00,1995-01-02T15:00,200,work,,,,200,80\n";
        assert!(read(format!("{head}{fits}").as_bytes()).is_ok());
    }

    #[test]
    fn a_header_longer_than_a_block_is_refused_not_cut() {
        // The header's tail would otherwise be read as the first row.
        let mut text = String::from("employee_id,start,end,");
        let mut i = 0;
        while text.len() <= BLOCK {
            text.push_str(&format!("x{i},"));
            i += 1;
        }
        text.push_str("y\na,1995-01-02T07:00,1995-01-02T15:00\n");
        let e = read(text.as_bytes()).expect_err("a header of more than a block");
        assert_eq!(e.line, 1, "{e}");
        assert!(e.expected.contains("header row of at most"), "{e}");
    }

    #[test]
    fn bare_carriage_returns_end_lines_like_line_feeds() {
        let lf = read(VALID.as_bytes()).expect("plain");
        let cr = read(VALID.replace('\n', "\r").as_bytes()).expect("bare CR");
        assert_eq!(cr.shifts, lf.shifts);
        let bad = VALID.replace("30,overtime", "30,holiday").replace('\n', "\r");
        assert_eq!(read(bad.as_bytes()).expect_err("bad kind").line, 4);
        // Across blocks (each block turned as it is read).
        let row = "emp-1,1995-01-02T07:00,1995-01-02T15:00\r";
        let n = BLOCK / row.len() + 100;
        let text = format!("employee_id,start,end\r{}", row.repeat(n));
        let d = read(text.as_bytes()).expect("valid");
        assert_eq!(d.shifts.len(), n);
        assert!(d.shifts.iter().enumerate().all(|(i, s)| s.line as usize == i + 2));
    }

    #[test]
    fn ids_with_control_characters_or_only_blanks_are_refused() {
        let head = "employee_id,start,end,break_minutes,kind,employer_id\n";
        for (row, col) in [
            ("a\x1b[2J,1995-01-02T07:00,1995-01-02T15:00,,,\n", 1),
            ("\u{a0},1995-01-02T07:00,1995-01-02T15:00,,,\n", 1),
            ("a\rb,1995-01-02T07:00,1995-01-02T15:00,,,\n", 1),
            ("a,1995-01-02T07:00,1995-01-02T15:00,,,x\x07\n", 6),
            (" a\x00 ,1995-01-02 07:00,1995-01-02T15:00,,,\n", 1),
        ] {
            let e = read(format!("{head}{row}").as_bytes()).expect_err(row);
            assert_eq!((e.line, e.column.as_ref().map(|c| c.0)), (2, Some(col)), "{row:?}: {e}");
            assert!(e.expected.contains("control"), "{e}");
        }
        assert!(read(format!("{head}=cmd|' /C calc'!A0,1995-01-02T07:00,1995-01-02T15:00,,,@x\n").as_bytes()).is_ok());
    }

    #[test]
    fn seconds_past_midnight_are_no_time() {
        let e = read(b"employee_id,start,end\na,1995-01-02T16:00,1995-01-02T24:00:30\n").expect_err("24:00:30");
        assert_eq!(e.column.map(|c| c.0), Some(3));
        for end in ["1995-01-02T24:00", "1995-01-02T24:00:00"] {
            let d = read(format!("employee_id,start,end\na,1995-01-02T16:00,{end}\n").as_bytes()).expect(end);
            assert_eq!(d.shifts[0].end - d.shifts[0].start, 480);
        }
    }

    /// Every field form the property below draws from: plain ones (the fast path's) and others
    /// the general path reads or refuses.
    const FORMS: [&[&str]; 10] = [
        &["emp-0001", " a", "a ", "a", "a-very-long-employee-id-17", "", "b\t"],
        &[
            "1995-01-02T07:00",
            "1995-01-02 07:00",
            "1995-01-02T07:00:00",
            "1995-02-30T07:00",
            "1995-01-02T7:00",
            " 1995-01-02T07:00",
            "",
        ],
        &[
            "1995-01-02T15:00",
            "1995-01-03T06:00",
            "1995-01-02T24:00",
            "1995-01-02T07:00",
            "1995-01-12T07:00",
            "1995-01-02T15:00 ",
            "x",
        ],
        &["30", "", "0", " 30", "99999", "x", "480", "481"],
        &["overtime", "", "work", "duty", "Work", " work"],
        &["care-home", "x", " x", "", "a-very-long-employer-name", " "],
        &["1994-11-20", "", "1994-13-01", " 1994-11-20", "1994-11-2"],
        &["10:30", "", "02:30", "1995-01-02T10:30", "25:00", "10:30:00", "06:00"],
        &["15", "", "0", "abc", "500"],
        &["45", "", "0", "-1"],
    ];

    proptest! {
        /// The fast path reads a row only as the general path does: whenever it takes a row,
        /// the general path gives the same shift, id and employer.
        #[test]
        fn the_fast_path_agrees_with_the_general_one(
            shuffled in Just((0..10).collect::<Vec<usize>>()).prop_shuffle(),
            contract_order in any::<bool>(),
            width in 3usize..=10,
            picks in proptest::collection::vec((proptest::bool::weighted(0.85), any::<proptest::sample::Index>()), 10),
            ending in 0usize..3,
        ) {
            // Columns in the contract's order (the fast path's own code for it) or shuffled.
            let order = if contract_order { (0..10).collect() } else { shuffled };
            let cols: Vec<usize> = order.iter().copied().filter(|&c| c < width || c < 3).collect();
            let header = cols.iter().map(|&c| columns(&SCHEMA)[c]).collect::<Vec<_>>().join(",") + "\n";
            // Mostly the first (plain) form, so that whole rows often take the fast path.
            let pick = |c: usize| if picks[c].0 { 0 } else { picks[c].1.index(FORMS[c].len()) };
            let line: Vec<&str> = cols.iter().map(|&c| FORMS[c][pick(c)]).collect();
            let row = line.join(",") + ["\n", "\r\n", ""][ending];
            let mut warnings = Vec::new();
            let h = header_of(&header, &mut warnings);
            let need = h.pos.iter().flatten().max().map_or(1, |m| m + 1);
            let mut layout = vec![Col::Skip; need];
            for (field, p) in h.pos.iter().enumerate() {
                if let Some(p) = p {
                    layout[*p] = Col::ALL[field];
                }
            }
            let known = IdMap::default();
            let cx = Setup {
                file: "s.csv", pos: &h.pos, names: &h.names, need, width: h.width, layout: &layout, known: &known,
                canonical: layout[..] == Col::ALL[..layout.len()], known_keys: &[], successor: &[], known_only: false,
            };
            let body = row.as_bytes();
            if let Some(fast) = fast_row(&cx, body, 0, &mut Dates::default()) {
                prop_assert_eq!(fast.next, body.len());
                let rec = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body)
                    .byte_records().next().expect("a row").expect("a record");
                let general = parse_row(&cx, &rec, 0, &mut Dates::default());
                prop_assert_eq!(Ok(fast.shift), general.map_err(|e| e.to_string()), "{}", row);
                let field = |c: usize| h.pos[c].and_then(|p| rec.get(p)).map(fields::trim).unwrap_or_default();
                prop_assert_eq!(fast.id, field(0));
                prop_assert_eq!(fast.id_key, pack(field(0)));
                prop_assert_eq!(fast.employer, field(5));
                prop_assert_eq!(fast.employer_key, pack(field(5)));
            }
        }
    }

    proptest! {
        /// A row with more or fewer fields than the header never passes the fast path (the
        /// general path refuses it, naming the line).
        #[test]
        fn rows_of_the_wrong_width_never_take_the_fast_path(
            width in 3usize..=10,
            extra_cols in 0usize..3,
            fields in 0usize..14,
            ending in 0usize..3,
        ) {
            let mut names: Vec<String> = columns(&SCHEMA)[..width].iter().map(|c| (*c).to_string()).collect();
            names.extend((0..extra_cols).map(|i| format!("extra{i}")));
            let header = names.join(",") + "\n";
            let plain = ["a", "1995-01-02T07:00", "1995-01-02T15:00", "30", "work", "x", "1994-11-20", "10:30", "15", "5", "z", "z", "z", "z"];
            if fields == names.len() {
                return Ok(());
            }
            let row = plain[..fields].join(",") + ["\n", "\r\n", ""][ending];
            let h = header_of(&header, &mut Vec::new());
            let need = h.pos.iter().flatten().max().map_or(1, |m| m + 1);
            let layout: Vec<Col> = Col::ALL[..need].to_vec();
            let known = IdMap::default();
            let cx = Setup {
                file: "s.csv", pos: &h.pos, names: &h.names, need, width: h.width, layout: &layout, known: &known,
                canonical: true, known_keys: &[], successor: &[], known_only: false,
            };
            prop_assert!(fast_row(&cx, row.as_bytes(), 0, &mut Dates::default()).is_none(), "{}", row);
            let e = read(format!("{header}{row}").as_bytes());
            prop_assert!(e.is_err(), "{}{}", header, row);
        }
    }

    fn header_of(text: &str, warnings: &mut Vec<Warning>) -> crate::table::Header {
        header("s.csv", text.as_bytes(), &columns(&SCHEMA), &REQUIRED, &ColumnMap::default(), warnings)
            .expect("a header")
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
