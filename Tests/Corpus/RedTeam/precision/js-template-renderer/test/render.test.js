import { test } from "node:test";
import assert from "node:assert/strict";
import { compile, esc, resolveTemplate } from "../src/render.js";

test("escapes data in <%= %>", () => {
  const fn = compile("<p><%= it.name %></p>");
  assert.equal(fn({ name: "<img src=x onerror=alert(1)>" }, esc),
    "<p>&lt;img src=x onerror=alert(1)&gt;</p>");
});

test("data is never compiled as code", () => {
  const fn = compile("<%= it.v %>");
  assert.equal(fn({ v: "${process.exit(1)}" }, esc), "${process.exit(1)}");
});

test("loops work", () => {
  const fn = compile("<% for (const x of it.xs) { %>[<%= x %>]<% } %>");
  assert.equal(fn({ xs: [1, 2] }, esc), "[1][2]");
});

test("refuses templates outside the template root", () => {
  assert.throws(() => resolveTemplate("../../etc/passwd"), /must live under/);
});
