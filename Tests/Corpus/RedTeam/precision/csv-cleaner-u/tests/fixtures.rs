//! Fixtures are base64 on purpose: their BOM, CRLF endings and Latin-1 bytes would otherwise
//! be "fixed" by editors or core.autocrlf and silently become different test data.
//! Once decoded they are plain CSV and are only ever fed to `clean()`.
use base64::{engine::general_purpose::STANDARD, Engine as _};
use csv_cleaner_u::{clean, Options, Stats};

/// BOM + CRLF, padded headers and cells, one empty row, one duplicate row.
/// Decodes to: "\u{feff}Customer ID, Full Name ,E-mail\r\n 1 , Ada Lovelace ,ada@example.com\r\n,,\r\n..."
const EXCEL_BOM_CRLF: &str = "77u/Q3VzdG9tZXIgSUQsIEZ1bGwgTmFtZSAsRS1tYWlsDQogMSAsIEFkYSBMb3ZlbGFjZSAsYWRhQGV4YW1wbGUuY29tDQosLA0KMixBbGFuIFR1cmluZyxhbGFuQGV4YW1wbGUuY29tDQoyLEFsYW4gVHVyaW5nLGFsYW5AZXhhbXBsZS5jb20NCg==";

/// Latin-1 (ISO-8859-1) export: "name,city\nJos\xe9,M\xfcnchen\nRen\xe9e,Z\xfcrich\n".
const LATIN1_CITIES: &str = "bmFtZSxjaXR5Ckpvc+ksTfxuY2hlbgpSZW7pZSxa/HJpY2gK";

fn run(fixture: &str, opts: Options) -> (String, Stats) {
    let bytes = STANDARD.decode(fixture).expect("fixture is valid base64");
    let mut out = Vec::new();
    let stats = clean(&bytes, &mut out, &opts).expect("clean succeeds");
    (String::from_utf8(out).expect("output is UTF-8"), stats)
}

#[test]
fn strips_bom_trims_and_snake_cases_headers() {
    let (out, stats) = run(EXCEL_BOM_CRLF, Options { dedupe: true, snake_headers: true });
    assert_eq!(
        out,
        "customer_id,full_name,e_mail\n1,Ada Lovelace,ada@example.com\n2,Alan Turing,alan@example.com\n"
    );
    assert_eq!(stats, Stats { written: 2, dropped_empty: 1, dropped_dupes: 1 });
}

#[test]
fn falls_back_to_latin1() {
    let (out, _) = run(LATIN1_CITIES, Options::default());
    assert_eq!(out, "name,city\nJosé,München\nRenée,Zürich\n");
}
