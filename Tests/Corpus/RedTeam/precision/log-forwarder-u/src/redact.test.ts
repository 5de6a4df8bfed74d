import { test } from "node:test";
import assert from "node:assert/strict";
import { makeRedactor } from "./redact.ts";

const r = makeRedactor();

test("bearer tokens", () => {
  assert.equal(r("GET /v1/orders Authorization: Bearer abc.def.ghi"), "GET /v1/orders Authorization: [REDACTED]");
});

test("json password", () => {
  assert.equal(r('{"user":"x","password":"hunter2"}'), '{"user":"x","password":[REDACTED]}');
});

test("emails and cards", () => {
  assert.equal(r("refund to jane.doe@gmail.com card 4242 4242 4242 4242"), "refund to [EMAIL] card [CARD]");
});

test("non-luhn numbers survive", () => {
  assert.equal(r("order 1234567890123456 shipped"), "order 1234567890123456 shipped");
});
