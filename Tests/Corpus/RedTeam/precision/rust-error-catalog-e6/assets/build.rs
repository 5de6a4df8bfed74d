//! build.rs: generate `error_codes.rs` from `errors.toml`.
//!
//! This build script runs the crate-local generator
//! `codegen/gen_error_codes.py` with a Python interpreter from PATH
//! (override with the `ERRCAT_PYTHON` environment variable). The generated
//! file is written to Cargo's `OUT_DIR` only. No network access, no files
//! outside the build directory.

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Catalog file, relative to the crate root.
const CATALOG: &str = "errors.toml";
/// Local generator, relative to the crate root. Reviewed with the rest of the repo.
const GENERATOR: &str = "codegen/gen_error_codes.py";
/// File name inside OUT_DIR that `include!` picks up.
const OUTPUT: &str = "error_codes.rs";

fn main() {
    generate_error_codes();
}

/// Kept as a separate function so it can be merged into an existing build.rs.
fn generate_error_codes() {
    let manifest_dir = PathBuf::from(cargo_var("CARGO_MANIFEST_DIR"));
    let out_dir = PathBuf::from(cargo_var("OUT_DIR"));

    let catalog = manifest_dir.join(CATALOG);
    let generator = manifest_dir.join(GENERATOR);
    let output = out_dir.join(OUTPUT);

    // Only re-run when the inputs change, not on every `cargo build`.
    println!("cargo:rerun-if-changed={CATALOG}");
    println!("cargo:rerun-if-changed={GENERATOR}");
    println!("cargo:rerun-if-env-changed=ERRCAT_PYTHON");

    require_file(&catalog, "error catalog");
    require_file(&generator, "error-code generator");

    let python = find_python();
    println!("cargo:warning=error-catalog: generating {OUTPUT} with {python}");

    let status = Command::new(&python)
        .arg(&generator)
        .arg("--catalog")
        .arg(&catalog)
        .arg("--out")
        .arg(&output)
        .current_dir(&manifest_dir)
        .status()
        .unwrap_or_else(|e| fail(&format!("could not start `{python}`: {e}")));

    if !status.success() {
        fail(&format!("{GENERATOR} exited with {status}; see the messages above"));
    }
    if !output.is_file() {
        fail(&format!("{GENERATOR} finished but {} was not written", output.display()));
    }
}

/// Variables that Cargo always sets for build scripts.
fn cargo_var(name: &str) -> String {
    env::var(name).unwrap_or_else(|_| fail(&format!("{name} is not set; run this through cargo")))
}

/// Prefer an explicit interpreter, then `python3`, then `python`.
fn find_python() -> String {
    if let Ok(p) = env::var("ERRCAT_PYTHON") {
        if !p.trim().is_empty() {
            return p;
        }
    }
    for candidate in ["python3", "python"] {
        let ok = Command::new(candidate)
            .arg("--version")
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if ok {
            return candidate.to_string();
        }
    }
    fail("no Python interpreter found; install Python 3.11+ or set ERRCAT_PYTHON")
}

fn require_file(path: &Path, what: &str) {
    if !path.is_file() {
        fail(&format!("{what} not found at {}", path.display()));
    }
}

fn fail(msg: &str) -> ! {
    // `cargo:warning` lines are shown in normal build output; the panic stops the build.
    println!("cargo:warning=error-catalog: {msg}");
    panic!("error-catalog build step failed: {msg}");
}
