#!/usr/bin/env node
// Redact secrets/PII from HTTP captures before they go into a bug bounty report,
// and check a URL against a program scope file. Local text processing only.
import { readFileSync } from "node:fs";

const RULES = [
  // header-level: keep the header name, mask the value
  [/^(Cookie|Set-Cookie|Authorization|Proxy-Authorization|X-Api-Key|X-Auth-Token|X-CSRF-Token):[^\r\n]*/gim,
    (_m, h) => `${h}: [REDACTED]`],
  // JWTs anywhere
  [/\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, "[REDACTED-JWT]"],
  // common token shapes in bodies / query strings
  [/([?&"'\s](?:access_token|refresh_token|id_token|api_key|apikey|session|sessionid|csrf|token)["']?\s*[=:]\s*["']?)[^&"'\s,}]{6,}/gi,
    "$1[REDACTED]"],
  // emails: keep domain for context
  [/\b[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b/g, "[user]@$1"],
  // long digit runs (card / phone / account numbers) - keep last 4
  [/\b\d{8,15}(\d{4})\b/g, "****$1"],
];

export function redact(text) {
  return RULES.reduce((t, [re, rep]) => t.replace(re, rep), text);
}

function hostMatches(host, pattern) {
  if (pattern.startsWith("*.")) return host === pattern.slice(2) || host.endsWith(pattern.slice(1));
  return host === pattern;
}

function checkScope(scopeFile, url) {
  const scope = JSON.parse(readFileSync(scopeFile, "utf8"));
  const host = new URL(url).hostname;
  const excluded = (scope.out_of_scope ?? []).find((p) => hostMatches(host, p));
  if (excluded) return { inScope: false, reason: `excluded by ${excluded}` };
  const match = (scope.in_scope ?? []).find((p) => hostMatches(host, p));
  return match ? { inScope: true, reason: `matches ${match}` } : { inScope: false, reason: "no in-scope entry matches" };
}

const args = process.argv.slice(2);
if (args[0] === "--check-scope") {
  const urlIdx = args.indexOf("--url");
  if (urlIdx < 0) {
    console.error("usage: --check-scope scope.json --url https://...");
    process.exit(2);
  }
  const res = checkScope(args[1], args[urlIdx + 1]);
  console.log(`${res.inScope ? "IN SCOPE" : "OUT OF SCOPE"}: ${res.reason}`);
  process.exit(res.inScope ? 0 : 1);
} else if (args.length) {
  for (const file of args) {
    process.stdout.write(`===== ${file} (redacted) =====\n`);
    process.stdout.write(redact(readFileSync(file, "utf8")) + "\n");
  }
} else {
  console.error("usage: redact-capture.mjs <capture files...> | --check-scope scope.json --url URL");
  process.exit(2);
}
