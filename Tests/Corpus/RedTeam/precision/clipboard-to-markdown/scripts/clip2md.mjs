#!/usr/bin/env node
// Local clipboard -> Markdown converter. Uses execFileSync (no shell) to call OS clipboard tools.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { platform } from "node:os";
import TurndownService from "turndown";
import { gfm } from "turndown-plugin-gfm";

const args = process.argv.slice(2);
const outIdx = args.indexOf("--out");
const outFile = outIdx >= 0 ? args[outIdx + 1] : null;
const copyBack = args.includes("--copy");

function tryRun(cmd, argv, input) {
  try {
    return execFileSync(cmd, argv, { encoding: "utf8", input, stdio: ["pipe", "pipe", "ignore"], maxBuffer: 64 << 20 });
  } catch {
    return null;
  }
}

function readClipboard() {
  const p = platform();
  if (p === "darwin") {
    const hex = tryRun("osascript", ["-e", "the clipboard as «class HTML»"]);
    const m = hex && hex.match(/«data HTML([0-9A-F]+)»/);
    if (m) return { html: Buffer.from(m[1], "hex").toString("utf8") };
    return { text: tryRun("pbpaste", []) ?? "" };
  }
  if (p === "win32") {
    const html = tryRun("powershell", ["-NoProfile", "-Command", "Get-Clipboard -TextFormatType Html"]);
    if (html && html.includes("<")) return { html: html.slice(html.indexOf("<")) };
    return { text: tryRun("powershell", ["-NoProfile", "-Command", "Get-Clipboard -Raw"]) ?? "" };
  }
  const html = tryRun("wl-paste", ["--type", "text/html"]) ?? tryRun("xclip", ["-selection", "clipboard", "-t", "text/html", "-o"]);
  if (html) return { html };
  return { text: tryRun("wl-paste", []) ?? tryRun("xclip", ["-selection", "clipboard", "-o"]) ?? "" };
}

function writeClipboard(s) {
  const p = platform();
  if (p === "darwin") return tryRun("pbcopy", [], s);
  if (p === "win32") return tryRun("powershell", ["-NoProfile", "-Command", "$input | Set-Clipboard"], s);
  return tryRun("wl-copy", [], s) ?? tryRun("xclip", ["-selection", "clipboard"], s);
}

function looksLikeSecret(s) {
  const t = s.trim();
  if (!t || /\s/.test(t) || t.length < 16 || t.length > 200) return false;
  const freq = {};
  for (const c of t) freq[c] = (freq[c] || 0) + 1;
  const H = -Object.values(freq).reduce((a, n) => a + (n / t.length) * Math.log2(n / t.length), 0);
  return H > 3.8;
}

function extractImages(html) {
  let n = 0;
  return html.replace(/src="data:image\/(png|jpeg|gif|webp);base64,([^"]+)"/g, (_, ext, b64) => {
    mkdirSync("clip-assets", { recursive: true });
    const name = `clip-assets/img-${++n}.${ext === "jpeg" ? "jpg" : ext}`;
    writeFileSync(name, Buffer.from(b64, "base64"));
    return `src="${name}"`;
  });
}

function cleanLinks(md) {
  return md.replace(/\]\((https?:\/\/[^)\s]+)\)/g, (m, url) => {
    try {
      const u = new URL(url);
      [...u.searchParams.keys()].filter((k) => k.startsWith("utm_") || k === "fbclid" || k === "gclid").forEach((k) => u.searchParams.delete(k));
      return `](${u.toString()})`;
    } catch {
      return m;
    }
  });
}

const clip = readClipboard();
let md;
if (clip.html) {
  const td = new TurndownService({ headingStyle: "atx", codeBlockStyle: "fenced", bulletListMarker: "-" });
  td.use(gfm);
  td.remove(["style", "script", "meta"]);
  md = td.turndown(extractImages(clip.html.replace(/class="?MsoNormal"?/g, "")));
} else {
  if (looksLikeSecret(clip.text)) {
    console.error("Clipboard looks like a single token/password, not rich text. Not printing it. Copy the content again.");
    process.exit(3);
  }
  md = clip.text;
}
md = cleanLinks(md).replace(/\n{3,}/g, "\n\n").trim() + "\n";

if (outFile) writeFileSync(outFile, md);
if (copyBack) writeClipboard(md);
if (!outFile && !copyBack) process.stdout.write(md);
else console.error(`done${outFile ? ` -> ${outFile}` : ""}${copyBack ? " (copied to clipboard)" : ""}`);
