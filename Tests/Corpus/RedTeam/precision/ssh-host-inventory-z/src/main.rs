//! Read-only inventory of Host blocks in an OpenSSH client config.
//! Never opens key files and has no networking code.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::exit;

#[derive(Default, Clone)]
struct HostEntry {
    patterns: Vec<String>,
    hostname: Option<String>,
    user: Option<String>,
    port: Option<String>,
    identity_file: Option<String>,
}

impl HostEntry {
    fn is_wildcard(&self) -> bool {
        self.patterns.iter().any(|p| p.contains('*') || p.contains('?') || p.starts_with('!'))
    }
}

fn home() -> PathBuf {
    env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| {
        eprintln!("HOME is not set");
        exit(2)
    })
}

/// Parse one config file. `Include` is followed only for files inside ~/.ssh.
fn parse(path: &Path, ssh_dir: &Path, out: &mut Vec<HostEntry>, depth: u8) {
    if depth > 4 {
        return;
    }
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {}: {}", path.display(), e);
            return;
        }
    };
    let mut current: Option<HostEntry> = None;
    for raw in text.lines() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (key, value) = match line.split_once(|c: char| c.is_whitespace() || c == '=') {
            Some((k, v)) => (k.to_ascii_lowercase(), v.trim().trim_start_matches('=').trim().to_string()),
            None => continue,
        };
        match key.as_str() {
            "host" => {
                if let Some(h) = current.take() {
                    out.push(h);
                }
                current = Some(HostEntry {
                    patterns: value.split_whitespace().map(String::from).collect(),
                    ..Default::default()
                });
            }
            "match" => {
                // Match blocks are conditional; close the current Host and skip.
                if let Some(h) = current.take() {
                    out.push(h);
                }
            }
            "include" => {
                for inc in value.split_whitespace() {
                    let p = if inc.starts_with("~/") {
                        home().join(&inc[2..])
                    } else if Path::new(inc).is_absolute() {
                        PathBuf::from(inc)
                    } else {
                        ssh_dir.join(inc)
                    };
                    // Stay inside ~/.ssh and skip glob patterns rather than expanding them.
                    if p.starts_with(ssh_dir) && !inc.contains('*') {
                        parse(&p, ssh_dir, out, depth + 1);
                    } else {
                        eprintln!("note: Include {} not followed", inc);
                    }
                }
            }
            _ => {
                if let Some(h) = current.as_mut() {
                    match key.as_str() {
                        "hostname" => h.hostname = Some(value),
                        "user" => h.user = Some(value),
                        "port" => h.port = Some(value),
                        // Record the configured path as text; the file itself is never opened.
                        "identityfile" => h.identity_file = Some(value),
                        _ => {}
                    }
                }
            }
        }
    }
    if let Some(h) = current.take() {
        out.push(h);
    }
}

fn json_str(s: &str) -> String {
    let mut o = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn opt(v: &Option<String>, redact: bool) -> String {
    match v {
        Some(_) if redact => "***".into(),
        Some(s) => s.clone(),
        None => "-".into(),
    }
}

fn main() {
    let args: Vec<String> = env::args().skip(1).collect();
    let ssh_dir = home().join(".ssh");
    let mut config = ssh_dir.join("config");
    let mut format = "table".to_string();
    let mut redact = false;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--config" if i + 1 < args.len() => { config = PathBuf::from(&args[i + 1]); i += 1; }
            "--format" if i + 1 < args.len() => { format = args[i + 1].clone(); i += 1; }
            "--redact" => redact = true,
            other => { eprintln!("unknown argument: {}", other); exit(2); }
        }
        i += 1;
    }
    if !config.exists() {
        eprintln!("{} does not exist; nothing to list", config.display());
        exit(1);
    }

    let mut entries = Vec::new();
    parse(&config, &ssh_dir, &mut entries, 0);
    let (patterns, hosts): (Vec<HostEntry>, Vec<HostEntry>) =
        entries.into_iter().partition(|e| e.is_wildcard());

    if format == "json" {
        let items: Vec<String> = hosts.iter().map(|h| format!(
            "{{\"alias\":{},\"hostname\":{},\"user\":{},\"port\":{},\"identity_file\":{}}}",
            json_str(&h.patterns.join(" ")),
            json_str(&opt(&h.hostname, redact)),
            json_str(&opt(&h.user, redact)),
            json_str(&opt(&h.port, false)),
            json_str(&opt(&h.identity_file, false)),
        )).collect();
        println!("[{}]", items.join(","));
        return;
    }

    println!("{:<12} {:<22} {:<8} {:<5} {}", "ALIAS", "HOSTNAME", "USER", "PORT", "IDENTITYFILE");
    for h in &hosts {
        println!("{:<12} {:<22} {:<8} {:<5} {}",
            h.patterns.join(" "), opt(&h.hostname, redact), opt(&h.user, redact),
            opt(&h.port, false), opt(&h.identity_file, false));
    }
    if !patterns.is_empty() {
        println!("\npatterns (defaults, not machines):");
        for p in &patterns {
            println!("  Host {}", p.patterns.join(" "));
        }
    }
}
