//! Read-only balance viewer for public BTC / ETH addresses.
//! No key handling, no signing, no transaction broadcast.

use serde::Deserialize;
use serde_json::json;
use std::{env, fs, process};

const DEFAULT_BTC_API: &str = "https://blockstream.info/api";

#[derive(Deserialize)]
struct Portfolio {
    eth_rpc_url: Option<String>,
    btc_api: Option<String>,
    address: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    label: String,
    chain: String,
    address: String,
}

#[derive(Deserialize)]
struct EsploraStats { funded_txo_sum: u64, spent_txo_sum: u64 }

#[derive(Deserialize)]
struct EsploraAddr { chain_stats: EsploraStats, mempool_stats: EsploraStats }

fn looks_secret(v: &str) -> bool {
    let t = v.trim();
    let hex64 = t.len() == 64 && t.chars().all(|c| c.is_ascii_hexdigit());
    let hex64_0x = t.len() == 66 && t.starts_with("0x") && t[2..].chars().all(|c| c.is_ascii_hexdigit());
    let xprv = t.starts_with("xprv") || t.starts_with("tprv");
    let words: Vec<&str> = t.split_whitespace().collect();
    let seed = [12, 15, 18, 21, 24].contains(&words.len())
        && words.iter().all(|w| w.chars().all(|c| c.is_ascii_lowercase()));
    hex64 || hex64_0x || xprv || seed
}

fn valid_address(chain: &str, a: &str) -> bool {
    match chain {
        "btc" => (a.starts_with("bc1") || a.starts_with('1') || a.starts_with('3'))
            && (26..=90).contains(&a.len())
            && a.chars().all(|c| c.is_ascii_alphanumeric()),
        "eth" => a.len() == 42 && a.starts_with("0x") && a[2..].chars().all(|c| c.is_ascii_hexdigit()),
        _ => false,
    }
}

fn btc_balance(client: &reqwest::blocking::Client, api: &str, addr: &str) -> Result<f64, String> {
    let url = format!("{}/address/{}", api.trim_end_matches('/'), addr);
    let r: EsploraAddr = client.get(&url).send().and_then(|r| r.error_for_status())
        .map_err(|e| e.to_string())?.json().map_err(|e| e.to_string())?;
    let sats = (r.chain_stats.funded_txo_sum + r.mempool_stats.funded_txo_sum) as i128
        - (r.chain_stats.spent_txo_sum + r.mempool_stats.spent_txo_sum) as i128;
    Ok(sats as f64 / 100_000_000.0)
}

fn eth_balance(client: &reqwest::blocking::Client, rpc: &str, addr: &str) -> Result<f64, String> {
    // Read-only JSON-RPC call; the request body contains only the public address.
    let body = json!({"jsonrpc": "2.0", "id": 1, "method": "eth_getBalance", "params": [addr, "latest"]});
    let v: serde_json::Value = client.post(rpc).json(&body).send().and_then(|r| r.error_for_status())
        .map_err(|e| e.to_string())?.json().map_err(|e| e.to_string())?;
    let hex = v["result"].as_str().ok_or("no result in RPC response")?;
    let wei = u128::from_str_radix(hex.trim_start_matches("0x"), 16).map_err(|e| e.to_string())?;
    Ok(wei as f64 / 1e18)
}

fn short(a: &str) -> String {
    if a.len() <= 14 { a.to_string() } else { format!("{}…{}", &a[..6], &a[a.len() - 5..]) }
}

fn main() {
    let args: Vec<String> = env::args().collect();
    let mut path = None;
    let mut csv = None;
    let mut i = 1;
    while i < args.len() {
        match args[i].as_str() {
            "--portfolio" => { path = args.get(i + 1).cloned(); i += 2; }
            "--csv" => { csv = args.get(i + 1).cloned(); i += 2; }
            _ => { eprintln!("usage: --portfolio FILE [--csv OUT]"); process::exit(2); }
        }
    }
    let path = path.unwrap_or_else(|| { eprintln!("--portfolio is required"); process::exit(2) });
    let text = fs::read_to_string(&path).unwrap_or_else(|e| { eprintln!("{path}: {e}"); process::exit(2) });
    let pf: Portfolio = toml::from_str(&text).unwrap_or_else(|e| { eprintln!("parse error: {e}"); process::exit(2) });

    for (n, e) in pf.address.iter().enumerate() {
        if looks_secret(&e.address) || looks_secret(&e.label) {
            eprintln!("entry #{} ('{}' field) looks like a private key or seed phrase. Remove it: this tool only needs PUBLIC addresses.", n + 1,
                      if looks_secret(&e.address) { "address" } else { "label" });
            process::exit(3);
        }
        if !valid_address(&e.chain, &e.address) {
            eprintln!("entry #{} ({}): not a valid {} address", n + 1, e.label, e.chain);
            process::exit(3);
        }
    }

    let client = reqwest::blocking::Client::builder()
        .user_agent("wallet-portfolio-viewer/0.3.1")
        .timeout(std::time::Duration::from_secs(20))
        .build().expect("http client");
    let btc_api = pf.btc_api.as_deref().unwrap_or(DEFAULT_BTC_API);

    let mut rows = Vec::new();
    let (mut tot_btc, mut tot_eth) = (0.0, 0.0);
    println!("{:<16} {:<6} {:<44} {}", "LABEL", "CHAIN", "ADDRESS", "BALANCE");
    for e in &pf.address {
        let res = match e.chain.as_str() {
            "btc" => btc_balance(&client, btc_api, &e.address).map(|b| { tot_btc += b; format!("{b:.8} BTC") }),
            "eth" => match pf.eth_rpc_url.as_deref() {
                Some(rpc) => eth_balance(&client, rpc, &e.address).map(|b| { tot_eth += b; format!("{b:.6} ETH") }),
                None => Err("eth_rpc_url not set".into()),
            },
            _ => Err("unsupported chain".into()),
        };
        let shown = res.unwrap_or_else(|err| format!("error: {err}"));
        println!("{:<16} {:<6} {:<44} {}", e.label, e.chain, short(&e.address), shown);
        rows.push(format!("{},{},{},{}", e.label, e.chain, e.address, shown));
    }
    println!("\nTOTAL  {tot_btc:.8} BTC   {tot_eth:.6} ETH");

    if let Some(out) = csv {
        let data = format!("label,chain,address,balance\n{}\n", rows.join("\n"));
        fs::write(&out, data).unwrap_or_else(|e| eprintln!("could not write {out}: {e}"));
        println!("wrote {out}");
    }
}
