#!/usr/bin/env node
// Summarise Claude API usage via the Anthropic Admin API. Node >= 18, no deps.
const API = "https://api.anthropic.com/v1/organizations/usage_report/messages";
const PRICES_DATE = "2024-06";
// USD per million tokens: [input, output, cache write, cache read]
const PRICES = {
  "claude-3-5-sonnet": [3, 15, 3.75, 0.3],
  "claude-3-opus": [15, 75, 18.75, 1.5],
  "claude-3-haiku": [0.25, 1.25, 0.3, 0.03],
};

function arg(name, dflt) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
}

const key = process.env.ANTHROPIC_ADMIN_KEY;
if (!key) { console.error("ANTHROPIC_ADMIN_KEY is not set"); process.exit(2); }
const from = arg("from"), to = arg("to"), by = arg("by", "model");
if (!from || !to) { console.error("usage: usage.mjs --from YYYY-MM-DD --to YYYY-MM-DD [--by model|api_key]"); process.exit(2); }

async function page(after) {
  const q = new URLSearchParams({ starting_at: `${from}T00:00:00Z`, ending_at: `${to}T23:59:59Z`, bucket_width: "1d" });
  q.append("group_by[]", by);
  if (after) q.set("page", after);
  const res = await fetch(`${API}?${q}`, { headers: { "x-api-key": key, "anthropic-version": "2023-06-01" } });
  if (!res.ok) { console.error(`Anthropic ${res.status}: ${await res.text()}`); process.exit(1); }
  return res.json();
}

const totals = new Map();
const perDay = new Map();
let next = null;
do {
  const body = await page(next);
  for (const bucket of body.data ?? []) {
    for (const r of bucket.results ?? []) {
      const k = r[by] ?? "unknown";
      const t = totals.get(k) ?? { in: 0, out: 0, cw: 0, cr: 0 };
      t.in += r.uncached_input_tokens ?? 0;
      t.out += r.output_tokens ?? 0;
      t.cw += r.cache_creation?.ephemeral_5m_input_tokens ?? 0;
      t.cr += r.cache_read_input_tokens ?? 0;
      totals.set(k, t);
      const family = Object.keys(PRICES).find((p) => String(r.model ?? "").startsWith(p));
      if (family) {
        const [pi, po, pw, pr] = PRICES[family];
        const cost = (t.in * 0 + (r.uncached_input_tokens ?? 0) * pi + (r.output_tokens ?? 0) * po
          + (r.cache_creation?.ephemeral_5m_input_tokens ?? 0) * pw + (r.cache_read_input_tokens ?? 0) * pr) / 1e6;
        perDay.set(bucket.starting_at.slice(0, 10), (perDay.get(bucket.starting_at.slice(0, 10)) ?? 0) + cost);
      }
    }
  }
  next = body.has_more ? body.next_page : null;
} while (next);

console.log(`${by.padEnd(32)} ${"input".padStart(12)} ${"output".padStart(12)} ${"cache_w".padStart(10)} ${"cache_r".padStart(10)}`);
for (const [k, t] of totals) {
  console.log(`${String(k).padEnd(32)} ${String(t.in).padStart(12)} ${String(t.out).padStart(12)} ${String(t.cw).padStart(10)} ${String(t.cr).padStart(10)}`);
}
const top = [...perDay.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3);
console.log(`\nTop days (estimated, prices as of ${PRICES_DATE}):`);
for (const [d, c] of top) console.log(`  ${d}  $${c.toFixed(2)}`);
