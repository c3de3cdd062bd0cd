//! Header handling shared by every file: required and optional columns, `--map` renames,
//! warnings for extra columns, and the body split into chunks for parallel parsing.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use decent_core::Message;

use crate::error::{cut, InputError, Warning};

/// How columns are found.
#[derive(Debug, Clone, Default)]
pub struct ColumnMap {
    /// `(name in the user's file, name decent expects)`.
    pub renames: Vec<(String, String)>,
}

impl ColumnMap {
    /// Parses `old=new` pairs.
    ///
    /// # Errors
    /// A pair without `=`.
    pub fn parse(pairs: &[String]) -> Result<Self, String> {
        let renames = pairs
            .iter()
            .map(|p| {
                p.split_once('=')
                    .map(|(a, b)| (a.trim().to_string(), b.trim().to_string()))
                    .filter(|(a, b)| !a.is_empty() && !b.is_empty())
                    .ok_or_else(|| format!("--map expects OLD=NEW, found {p:?}"))
            })
            .collect::<Result<_, _>>()?;
        Ok(Self { renames })
    }

    fn rename<'a>(&'a self, name: &'a str) -> &'a str {
        self.renames.iter().find(|(old, _)| old == name).map_or(name, |(_, new)| new.as_str())
    }
}

/// A parsed header: where each wanted column is.
#[derive(Debug)]
pub struct Header {
    /// For each wanted column (in the caller's order), its 0-based index in the file.
    pub pos: Vec<Option<usize>>,
    /// Byte offset of the first data line.
    pub body: usize,
    /// Number of fields in the header.
    pub width: usize,
    /// The header names as written.
    pub names: Vec<String>,
}

impl Header {
    /// The name of the file's column at index `i` (for messages).
    #[must_use]
    pub fn name(&self, i: usize) -> &str {
        self.names.get(i).map_or("?", String::as_str)
    }
}

/// Whether the text's line ends are bare carriage returns (old Mac files, some exports): its
/// first line break is a `\r` not followed by `\n`. `more` tells whether bytes may follow
/// `bytes` (a `\r` at the very end of a block is then no proof).
#[must_use]
pub fn cr_line_ends(bytes: &[u8], more: bool) -> bool {
    match memchr::memchr2(b'\r', b'\n', bytes) {
        Some(p) if bytes[p] == b'\r' => match bytes.get(p + 1) {
            Some(&next) => next != b'\n',
            None => !more,
        },
        _ => false,
    }
}

/// Turns every carriage return into a line feed (for a file whose line ends are bare `\r`).
pub fn cr_to_lf(bytes: &mut [u8]) {
    for b in bytes {
        if *b == b'\r' {
            *b = b'\n';
        }
    }
}

/// Checks that the whole file is UTF-8 and not empty; strips a byte-order mark; a file whose
/// line ends are bare carriage returns is read as if they were line feeds (so that lines are
/// counted alike in every file).
///
/// # Errors
/// Empty file, or the first invalid UTF-8 byte with its line and column.
pub fn check_text<'a>(file: &str, bytes: &'a [u8], expect_header: &str) -> Result<Cow<'a, [u8]>, InputError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bytes: Cow<'a, [u8]> = if cr_line_ends(bytes, false) {
        let mut owned = bytes.to_vec();
        cr_to_lf(&mut owned);
        Cow::Owned(owned)
    } else {
        Cow::Borrowed(bytes)
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(InputError::file(file, format!("a header row ({expect_header}) and data rows; the file is empty"))
            .keyed(Message::new("input-expect-nonempty").text("header", expect_header.to_string())));
    }
    if let Err(e) = std::str::from_utf8(&bytes) {
        let at = e.valid_up_to();
        let line = memchr::memchr_iter(b'\n', &bytes[..at]).count() as u64 + 1;
        let line_start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |p| p + 1);
        let col = bytes[line_start..at].iter().filter(|&&b| b == b',').count() + 1;
        let end = (at + 4).min(bytes.len());
        let found = format!("{:02X?}", &bytes[at..end]);
        return Err(InputError {
            file: file.to_string(),
            line,
            column: Some((col, "?".into())),
            value: Some(found),
            expected: "UTF-8 text (save the file as UTF-8)".into(),
            expect: None,
        });
    }
    Ok(bytes)
}

/// Reads the header row and locates `wanted` columns; `required` must all be present.
///
/// # Errors
/// Missing required columns, duplicate columns, a malformed header.
pub fn header(
    file: &str,
    bytes: &[u8],
    wanted: &[&str],
    required: &[&str],
    map: &ColumnMap,
    warnings: &mut Vec<Warning>,
) -> Result<Header, InputError> {
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(bytes);
    let mut rec = csv::ByteRecord::new();
    let ok = rdr.read_byte_record(&mut rec).map_err(|e| {
        InputError::line(file, 1, format!("a CSV header row ({e})"))
            .keyed(Message::new("input-expect-csv-header").text("detail", crate::error::cut(&e.to_string())))
    })?;
    if !ok {
        return Err(InputError::file(file, "a header row"));
    }
    let body = usize::try_from(rdr.position().byte()).unwrap_or(bytes.len());
    let mut names = Vec::new();
    let mut seen: FxHashMap<String, usize> = FxHashMap::default();
    let mut pos = vec![None; wanted.len()];
    for (i, raw) in rec.iter().enumerate() {
        let written = String::from_utf8_lossy(crate::fields::trim(raw)).into_owned();
        let name = map.rename(&written).to_string();
        if let Some(first) = seen.insert(name.clone(), i) {
            return Err(InputError::field(
                file,
                1,
                i + 1,
                &written,
                raw,
                format!("each column once; `{name}` is also column {}", first + 1),
            )
            .keyed(
                Message::new("input-expect-column-once")
                    .text("name", crate::error::cut(&name))
                    .count("other", i64::try_from(first + 1).unwrap_or(i64::MAX)),
            ));
        }
        match wanted.iter().position(|w| *w == name) {
            Some(w) => pos[w] = Some(i),
            None => warnings.push(Warning {
                file: file.to_string(),
                message: format!("column {} `{}` is not used by decent and is ignored", i + 1, cut(&written)),
                detail: Message::new("input-warning-ignored-column")
                    .count("column", i64::try_from(i + 1).unwrap_or(i64::MAX))
                    .text("name", crate::error::printable(&cut(&written)).into_owned()),
            }),
        }
        names.push(written);
    }
    let missing: Vec<&str> =
        required.iter().filter(|r| pos[wanted.iter().position(|w| w == *r).unwrap_or(0)].is_none()).copied().collect();
    if !missing.is_empty() {
        return Err(InputError {
            file: file.to_string(),
            line: 1,
            column: None,
            value: Some(cut(&names.join(","))),
            expected: format!(
                "a header with the required column{} {} (rename yours with --map OLD=NEW)",
                if missing.len() > 1 { "s" } else { "" },
                missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")
            ),
            expect: Some(Box::new(
                Message::new("input-expect-required-columns")
                    .count("count", i64::try_from(missing.len()).unwrap_or(i64::MAX))
                    .text("columns", missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")),
            )),
        });
    }
    Ok(Header { pos, body, width: names.len(), names })
}

/// Splits `body` into about `n` chunks that end at line breaks: `(start offset, end offset)`.
/// The caller makes sure no field is quoted (a quoted field may hold a line break).
#[must_use]
pub fn chunks(body: &[u8], n: usize, min_size: usize) -> Vec<(usize, usize)> {
    if n <= 1 || body.len() < min_size * 2 {
        return vec![(0, body.len())];
    }
    let target = (body.len() / n).max(min_size);
    let mut out = Vec::with_capacity(n + 1);
    let mut start = 0;
    while start < body.len() {
        let guess = (start + target).min(body.len());
        let end = if guess >= body.len() {
            body.len()
        } else {
            memchr::memchr(b'\n', &body[guess..]).map_or(body.len(), |p| guess + p + 1)
        };
        out.push((start, end));
        start = end;
    }
    out
}

/// Calls `row(record, line)` for every data row after the header (blank lines skipped), with
/// the row's 1-based line in the file; a malformed CSV row is an error naming its line.
///
/// # Errors
/// The first CSV error, or the first error `row` returns.
pub fn for_each_row(
    file: &str,
    bytes: &[u8],
    h: &Header,
    row: impl FnMut(&csv::ByteRecord, u64) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let header_lines = memchr::memchr_iter(b'\n', &bytes[..h.body]).count() as u64;
    each_record(file, &bytes[h.body..], header_lines, h.width, row)
}

/// The error for a row the CSV reader refuses (`input-expect-csv-row`, the reader's own words
/// as its detail).
#[must_use]
pub fn csv_row_error(file: &str, line: u64, e: &csv::Error) -> InputError {
    InputError::line(file, line, format!("a CSV row ({e})"))
        .keyed(Message::new("input-expect-csv-row").text("detail", crate::error::cut(&e.to_string())))
}

/// The error for a row of `found` fields in a file whose header has `width`: a missing or an
/// extra field is never dropped silently (a value holding a comma must be quoted).
#[must_use]
pub fn width_error(file: &str, line: u64, row: &[u8], width: usize, found: usize) -> InputError {
    let why = if found < width {
        "fields are missing (write an empty field between commas for a value not given)"
    } else {
        "there are more fields than columns (a value holding a comma must be in double quotes)"
    };
    let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
    InputError::row(
        file,
        line,
        row,
        format!(
            "{width} field{}, one per column of the header; this row has {found}: {why}",
            if width == 1 { "" } else { "s" }
        ),
    )
    .keyed(
        Message::new("input-expect-fields")
            .count("width", count(width))
            .count("found", count(found))
            .key("why", if found < width { "input-fields-missing" } else { "input-fields-extra" }),
    )
}

/// As [`for_each_row`], each row read into a `T`, the rows in parallel (in chunks of lines,
/// unless a field is quoted), the results in file order: every row before the first error in
/// file order, and that error.
pub fn par_rows<T: Send>(
    file: &str,
    bytes: &[u8],
    h: &Header,
    row: impl Fn(&csv::ByteRecord, u64) -> Result<T, InputError> + Sync,
) -> (Vec<T>, Result<(), InputError>) {
    use rayon::prelude::*;
    let header_lines = memchr::memchr_iter(b'\n', &bytes[..h.body]).count() as u64;
    let body = &bytes[h.body..];
    let parts = if memchr::memchr(b'"', body).is_some() {
        vec![(0, body.len())]
    } else {
        chunks(body, rayon::current_num_threads() * 2, 64 << 10)
    };
    // Lines before each part.
    let mut before = Vec::with_capacity(parts.len());
    let mut lines = header_lines;
    for &(s, e) in &parts {
        before.push(lines);
        lines += memchr::memchr_iter(b'\n', &body[s..e]).count() as u64;
    }
    let results: Vec<(Vec<T>, Result<(), InputError>)> = parts
        .par_iter()
        .zip(before)
        .map(|(&(s, e), first)| {
            let mut out = Vec::new();
            let read = each_record(file, &body[s..e], first, h.width, |rec, line| {
                out.push(row(rec, line)?);
                Ok(())
            });
            (out, read)
        })
        .collect();
    let mut all = Vec::new();
    for (rows, read) in results {
        all.extend(rows);
        if read.is_err() {
            return (all, read);
        }
    }
    (all, Ok(()))
}

/// The records of `body`, whose first line is line `lines_before + 1` of the file.
fn each_record(
    file: &str,
    body: &[u8],
    lines_before: u64,
    width: usize,
    mut row: impl FnMut(&csv::ByteRecord, u64) -> Result<(), InputError>,
) -> Result<(), InputError> {
    let mut rdr = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(body);
    let mut rec = csv::ByteRecord::new();
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => return Ok(()),
            Ok(true) => {}
            Err(e) => {
                let l = lines_before + e.position().map_or(1, csv::Position::line);
                return Err(csv_row_error(file, l, &e));
            }
        }
        if rec.len() == 1 && crate::fields::trim(&rec[0]).is_empty() {
            continue;
        }
        let line = lines_before + rec.position().map_or(1, csv::Position::line);
        if rec.len() != width {
            let text: Vec<&[u8]> = rec.iter().collect();
            return Err(width_error(file, line, &text.join(&b',')[..], width, rec.len()));
        }
        row(&rec, line)?;
    }
}
