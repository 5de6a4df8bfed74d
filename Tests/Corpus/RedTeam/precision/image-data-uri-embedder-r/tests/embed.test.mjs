import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toDataUri, sanitizeSvg } from "../scripts/embed.mjs";

const PNG_B64 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

test("png round-trips through data URI", () => {
  const dir = mkdtempSync(join(tmpdir(), "embed-"));
  const f = join(dir, "px.png");
  writeFileSync(f, Buffer.from(PNG_B64, "base64"));
  assert.equal(toDataUri(f), `data:image/png;base64,${PNG_B64}`);
});

test("svg sanitiser removes scripts and handlers", () => {
  const dirty = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>';
  assert.equal(sanitizeSvg(dirty), '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>');
});
