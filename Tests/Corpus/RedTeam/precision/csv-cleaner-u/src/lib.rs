//! Core cleaning logic, shared by the CLI and the tests.
use std::collections::HashSet;
use std::error::Error;
use std::io::Write;

#[derive(Debug, Default, Clone)]
pub struct Options { pub dedupe: bool, pub snake_headers: bool }

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub written: usize,
    pub dropped_empty: usize,
    pub dropped_dupes: usize,
}

/// Strip a UTF-8 BOM; fall back to Latin-1 when the bytes are not valid UTF-8
/// (typical for spreadsheets exported on older Windows machines).
pub fn decode_input(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF][..]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => s.to_owned(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// "Customer ID " -> "customer_id", "E-mail" -> "e_mail".
pub fn snake_case(header: &str) -> String {
    let words: Vec<String> = header
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.join("_")
}

pub fn clean<W: Write>(input: &[u8], out: W, opts: &Options) -> Result<Stats, Box<dyn Error>> {
    let text = decode_input(input);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut wtr = csv::WriterBuilder::new().flexible(true).from_writer(out);

    let headers: Vec<String> =
        rdr.headers()?.iter().map(|h| if opts.snake_headers { snake_case(h) } else { h.to_string() }).collect();
    wtr.write_record(&headers)?;

    let (mut seen, mut stats) = (HashSet::new(), Stats::default());
    for record in rdr.records() {
        let mut row: Vec<String> = record?.iter().map(str::to_string).collect();
        if row.iter().all(|f| f.is_empty()) {
            stats.dropped_empty += 1;
            continue;
        }
        if row.len() < headers.len() {
            row.resize(headers.len(), String::new()); // pad short rows; never truncate long ones
        }
        if opts.dedupe && !seen.insert(row.clone()) {
            stats.dropped_dupes += 1;
            continue;
        }
        wtr.write_record(&row)?;
        stats.written += 1;
    }
    wtr.flush()?;
    Ok(stats)
}
