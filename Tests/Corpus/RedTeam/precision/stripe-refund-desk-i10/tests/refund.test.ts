// Offline unit tests. Uses obviously fake keys and ids; makes no network calls.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { authHeader, keyWarning } from "../scripts/stripe.ts";
import { formatMinor, parseCsv } from "../scripts/refund.ts";

const FAKE_TEST_KEY = "rk_test_FAKEKEYFORUNITTESTS000000";

test("basic auth header encodes key with empty password", () => {
  const h = authHeader(FAKE_TEST_KEY);
  assert.equal(Buffer.from(h.replace("Basic ", ""), "base64").toString(), `${FAKE_TEST_KEY}:`);
});

test("warns about full live secret keys", () => {
  assert.match(keyWarning("sk_live_FAKEFAKEFAKE") ?? "", /restricted key/);
  assert.equal(keyWarning(FAKE_TEST_KEY), null);
});

test("formats minor units", () => {
  assert.equal(formatMinor(4999, "eur"), "€49.99");
  assert.equal(formatMinor(500, "jpy"), "¥500");
});

test("parses the fixture CSV", () => {
  const rows = parseCsv(readFileSync(new URL("./fixtures/refunds.csv", import.meta.url), "utf8"));
  assert.deepEqual(rows[1], { pi: "pi_3FAKEtestIntent0002", amount: 1250, reason: "duplicate" });
  assert.equal(rows[0].amount, null);
});
