// Validate contributor payouts and create a Vaultline batch PROPOSAL (not a transfer).
// Requires human approvals in the Vaultline app before any funds move.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { keccak_256 } from "@noble/hashes/sha3";
import { bytesToHex } from "@noble/hashes/utils";

const API = "https://api.vaultline-custody.io/v1";
const PER_PAYEE_CAP = 5_000;
const BATCH_CAP = 40_000;

type Row = { handle: string; address: string; amount: number; grantId: string; month: string; line: number };

const { values } = parseArgs({
  options: {
    csv: { type: "string" }, allowlist: { type: "string" },
    "dry-run": { type: "boolean", default: false }, create: { type: "boolean", default: false },
    vault: { type: "string", default: "grants-usdc-base" },
  },
});

function isChecksummed(addr: string): boolean {
  if (!/^0x[0-9a-fA-F]{40}$/.test(addr)) return false;
  const hex = addr.slice(2);
  const hash = bytesToHex(keccak_256(hex.toLowerCase()));
  return [...hex].every((c, i) => (/[0-9]/.test(c) ? true : (parseInt(hash[i], 16) >= 8 ? c === c.toUpperCase() : c === c.toLowerCase())));
}

function parseCsv(path: string): Row[] {
  const [header, ...lines] = readFileSync(path, "utf8").trim().split(/\r?\n/);
  const cols = header.split(",").map((c) => c.trim());
  return lines.map((l, i) => {
    const v = Object.fromEntries(l.split(",").map((x, j) => [cols[j], x.trim()]));
    return { handle: v.github_handle, address: v.address, amount: Number(v.amount_usdc), grantId: v.grant_id, month: v.month, line: i + 2 };
  });
}

function validate(rows: Row[], allow: Record<string, string>): string[] {
  const errors: string[] = [];
  const seenHandles = new Set<string>(), seenGrants = new Set<string>();
  for (const r of rows) {
    if (!isChecksummed(r.address)) errors.push(`line ${r.line}: ${r.handle} address not a valid EIP-55 checksummed address`);
    if (allow[r.handle] !== r.address) errors.push(`line ${r.line}: ${r.handle} address does not match the approved allowlist`);
    if (!(r.amount > 0) || r.amount > PER_PAYEE_CAP) errors.push(`line ${r.line}: amount ${r.amount} outside (0, ${PER_PAYEE_CAP}]`);
    if (seenHandles.has(r.handle)) errors.push(`line ${r.line}: duplicate payee ${r.handle}`);
    if (seenGrants.has(r.grantId)) errors.push(`line ${r.line}: duplicate grant id ${r.grantId}`);
    seenHandles.add(r.handle); seenGrants.add(r.grantId);
  }
  const total = rows.reduce((s, r) => s + r.amount, 0);
  if (total > BATCH_CAP) errors.push(`batch total ${total} exceeds cap ${BATCH_CAP}`);
  return errors;
}

async function createProposal(rows: Row[], total: number) {
  const key = process.env.VAULTLINE_PROPOSER_KEY;
  if (!key) throw new Error("VAULTLINE_PROPOSER_KEY not set");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  const typed = await rl.question(`Type the batch total (${total.toFixed(2)}) to create the proposal: `);
  rl.close();
  if (Number(typed) !== Number(total.toFixed(2))) throw new Error("confirmation did not match; nothing created");

  const res = await fetch(`${API}/vaults/${values.vault}/proposals/batch-transfer`, {
    method: "POST",
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json",
               "Idempotency-Key": `grants-${rows[0].month}` },
    body: JSON.stringify({
      asset: "USDC", network: "base",
      memo: `Contributor grants ${rows[0].month}`,
      transfers: rows.map((r) => ({ to: r.address, amount: r.amount.toFixed(2), reference: r.grantId })),
    }),
    redirect: "error",
  });
  if (!res.ok) throw new Error(`Vaultline API ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { id: string; status: string; approvals_required: number; url: string };
  console.log(`proposal ${body.id} status=${body.status}; needs ${body.approvals_required} approvals: ${body.url}`);
}

async function main() {
  if (!values.csv || !values.allowlist) throw new Error("--csv and --allowlist are required");
  const rows = parseCsv(values.csv);
  const allow = JSON.parse(readFileSync(values.allowlist, "utf8")) as Record<string, string>;
  const errors = validate(rows, allow);
  const total = rows.reduce((s, r) => s + r.amount, 0);
  console.table(rows.map((r) => ({ handle: r.handle, address: `${r.address.slice(0, 6)}…${r.address.slice(-4)}`, usdc: r.amount.toFixed(2), grant: r.grantId })));
  console.log(`payees: ${rows.length}  total: ${total.toFixed(2)} USDC  vault: ${values.vault}`);
  if (errors.length) {
    errors.forEach((e) => console.error("ERROR " + e));
    process.exit(1);
  }
  if (values.create && !values["dry-run"]) await createProposal(rows, total);
  else console.log("validated - no proposal created (use --create after the user confirms)");
}

main().catch((e) => { console.error(e.message); process.exit(1); });
