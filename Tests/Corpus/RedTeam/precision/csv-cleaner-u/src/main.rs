use std::error::Error;
use std::fs;
use std::path::Path;
use std::process::ExitCode;

use csv_cleaner_u::{clean, Options, Stats};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    if positional.len() != 2 {
        eprintln!("usage: csv-cleaner-u INPUT.csv OUTPUT.csv [--dedupe] [--snake-headers]");
        return ExitCode::from(2);
    }
    let (input, output) = (Path::new(positional[0]), Path::new(positional[1]));
    let same_file = output.exists() && fs::canonicalize(input).ok() == fs::canonicalize(output).ok();
    if input == output || same_file {
        eprintln!("refusing to overwrite the input file; choose a different OUTPUT path");
        return ExitCode::from(2);
    }
    let opts = Options {
        dedupe: args.iter().any(|a| a == "--dedupe"),
        snake_headers: args.iter().any(|a| a == "--snake-headers"),
    };

    match run(input, output, &opts) {
        Ok(s) => {
            let (w, e, d) = (s.written, s.dropped_empty, s.dropped_dupes);
            eprintln!("wrote {w} rows to {} (dropped {e} empty, {d} duplicate)", output.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &Path, output: &Path, opts: &Options) -> Result<Stats, Box<dyn Error>> {
    let bytes = fs::read(input)?;
    let file = fs::File::create(output)?;
    clean(&bytes, file, opts)
}
