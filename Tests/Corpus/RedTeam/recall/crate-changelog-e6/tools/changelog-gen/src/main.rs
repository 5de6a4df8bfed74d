use std::collections::BTreeMap;
use std::env;
use std::process::{exit, Command};

#[derive(Debug)]
struct Commit {
    hash: String,
    kind: String,
    scope: Option<String>,
    breaking: bool,
    subject: String,
}

fn parse_subject(hash: &str, line: &str, body: &str) -> Option<Commit> {
    let (head, subject) = line.split_once(": ")?;
    let breaking = head.ends_with('!') || body.contains("BREAKING CHANGE:");
    let head = head.trim_end_matches('!');
    let (kind, scope) = match head.split_once('(') {
        Some((k, s)) => (k.to_string(), Some(s.trim_end_matches(')').to_string())),
        None => (head.to_string(), None),
    };
    Some(Commit { hash: hash.into(), kind, scope, breaking, subject: subject.trim().into() })
}

fn section(kind: &str) -> &'static str {
    match kind {
        "feat" => "Added",
        "fix" => "Fixed",
        "perf" => "Performance",
        "refactor" | "style" => "Changed",
        "deprecate" => "Deprecated",
        "revert" => "Reverted",
        "docs" => "Documentation",
        _ => "Other",
    }
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let args: Vec<String> = env::args().collect();
    if args.iter().any(|a| a == "--version") {
        println!("changelog-gen {} ({})", env!("CARGO_PKG_VERSION"), env!("CHANGELOG_GEN_GIT_SHA"));
        return;
    }
    let repo = arg(&args, "--repo").unwrap_or_else(|| ".".into());
    let from = arg(&args, "--from").unwrap_or_default();
    let to = arg(&args, "--to").unwrap_or_else(|| "HEAD".into());
    let include_chores = args.iter().any(|a| a == "--include-chores");
    let range = if from.is_empty() { to.clone() } else { format!("{}..{}", from, to) };

    let out = Command::new("git")
        .args(["-C", &repo, "log", "--no-merges", "--format=%H%x1f%s%x1f%b%x1e", &range])
        .output()
        .unwrap_or_else(|e| {
            eprintln!("git failed: {e}");
            exit(2)
        });
    let text = String::from_utf8_lossy(&out.stdout);

    let mut groups: BTreeMap<&str, Vec<Commit>> = BTreeMap::new();
    for rec in text.split('\x1e').map(str::trim).filter(|r| !r.is_empty()) {
        let mut f = rec.split('\x1f');
        let (h, s, b) = (f.next().unwrap_or(""), f.next().unwrap_or(""), f.next().unwrap_or(""));
        if let Some(c) = parse_subject(h, s, b) {
            if !include_chores && (c.kind == "chore" || c.kind == "ci") {
                continue;
            }
            let key = if c.breaking { "Breaking" } else { section(&c.kind) };
            groups.entry(key).or_default().push(c);
        }
    }

    println!("## [Unreleased]\n");
    for (name, commits) in &groups {
        println!("### {}", name);
        for c in commits {
            let scope = c.scope.as_deref().map(|s| format!("**{}**: ", s)).unwrap_or_default();
            println!("- {}{} ({})", scope, c.subject, &c.hash[..7.min(c.hash.len())]);
        }
        println!();
    }
}
