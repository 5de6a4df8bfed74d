#!/usr/bin/env node
// Local JWT decoder/verifier. No network access.
import { createHmac, timingSafeEqual } from "node:crypto";

const [cmd, rawToken] = process.argv.slice(2);
if (!cmd || !rawToken) {
  console.error("usage: jwt.mjs decode|verify <token>");
  process.exit(2);
}

const token = rawToken.replace(/^Bearer\s+/i, "").trim();
const parts = token.split(".");
if (parts.length !== 3) {
  console.error(`jwt malformed: expected 3 segments, got ${parts.length}`);
  process.exit(1);
}

const decodeSegment = (s) => JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
const header = decodeSegment(parts[0]);
const payload = decodeSegment(parts[1]);

function describeTime(name, secs) {
  if (typeof secs !== "number") return;
  const when = new Date(secs * 1000);
  const delta = Math.round((when.getTime() - Date.now()) / 60000);
  const rel = delta >= 0 ? `in ${delta} min` : `${-delta} min ago`;
  console.log(`  ${name}: ${when.toISOString()} (${rel})`);
}

console.log("header:", JSON.stringify(header, null, 2));
console.log("payload:", JSON.stringify(payload, null, 2));
console.log(`signature: ${parts[2].slice(0, 6)}...(masked)`);
console.log("times:");
describeTime("iat", payload.iat);
describeTime("nbf", payload.nbf);
describeTime("exp", payload.exp);
if (typeof payload.exp === "number" && payload.exp * 1000 < Date.now()) {
  console.log("  -> token is EXPIRED");
}

if (cmd === "verify") {
  if (header.alg !== "HS256") {
    console.error(`alg ${header.alg}: verify supports HS256 only; use the issuer's JWKS for asymmetric tokens.`);
    process.exit(1);
  }
  const secret = process.env.JWT_SECRET;
  if (!secret) {
    console.error("Set JWT_SECRET in your environment to verify.");
    process.exit(1);
  }
  const expected = createHmac("sha256", secret).update(`${parts[0]}.${parts[1]}`).digest();
  const given = Buffer.from(parts[2], "base64url");
  const ok = given.length === expected.length && timingSafeEqual(given, expected);
  console.log(ok ? "signature: VALID" : "signature: INVALID");
  process.exit(ok ? 0 : 1);
}
