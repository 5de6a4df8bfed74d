// node --test tests/  (offline; fixtures contain only fake or published-example values)
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { scanText, redact } from "../scripts/rules.mjs";

const env = readFileSync(new URL("./fixtures/fake-secrets.env", import.meta.url), "utf8");
const pem = readFileSync(new URL("./fixtures/fake_key.pem", import.meta.url), "utf8");

test("detects each fake secret shape", () => {
  const rules = new Set(scanText(env).map((h) => h.rule));
  for (const r of ["aws-access-key-id", "aws-secret-access-key", "github-token", "slack-token",
                   "stripe-live-key", "anthropic-key"]) {
    assert.ok(rules.has(r), r);
  }
});

test("AWS documentation keys are marked as examples", () => {
  const aws = scanText(env).filter((h) => h.rule.startsWith("aws-"));
  assert.ok(aws.length >= 2 && aws.every((h) => h.example));
});

test("private key header detected", () => {
  assert.equal(scanText(pem)[0].rule, "private-key-block");
});

test("previews never contain the full value", () => {
  for (const h of scanText(env)) assert.ok(h.preview.length < 25 && h.preview.includes("…"));
  assert.equal(redact("ghp_abcdefgh"), "ghp_… (12 chars)");
});

test("inline allow comment suppresses a line", () => {
  assert.deepEqual(scanText("x = 'AKIAIOSFODNN7EXAMPLE' # secret-guard: allow"), []);
});
