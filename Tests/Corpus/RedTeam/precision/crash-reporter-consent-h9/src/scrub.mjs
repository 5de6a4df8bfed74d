// Build a minimal, scrubbed crash report. Allow-list only: fields not built here are never sent.
import { randomUUID } from "node:crypto";
import os from "node:os";

const TOKEN_LIKE = [
  /\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{20,})\b/g,
  /\b(?:sk|rk|pk)[-_][A-Za-z0-9_-]{20,}\b/g,
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g,
];
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/g;

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function scrubText(text) {
  if (!text) return "";
  let out = String(text);
  const home = os.homedir();
  if (home && home.length > 1) out = out.replace(new RegExp(escapeRegExp(home), "g"), "~");
  const user = os.userInfo().username;
  if (user && user.length > 2) out = out.replace(new RegExp(`\\b${escapeRegExp(user)}\\b`, "g"), "<user>");
  out = out.replace(URL_CREDENTIALS, "$1[redacted]@");
  for (const rx of TOKEN_LIKE) out = out.replace(rx, "[redacted]");
  return out.slice(0, 8000);
}

/** Parse a V8 stack into Sentry-style frames (innermost last). */
export function parseFrames(stack) {
  const frames = [];
  for (const line of String(stack || "").split("\n").slice(1)) {
    const m = line.match(/^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/);
    if (!m) continue;
    frames.push({
      function: m[1] || "<anonymous>",
      filename: scrubText(m[2]),
      lineno: Number(m[3]),
      colno: Number(m[4]),
      in_app: !m[2].includes("node_modules") && !m[2].startsWith("node:"),
    });
  }
  return frames.reverse();
}

export function buildReport(err, { appName, version }) {
  const error = err instanceof Error ? err : new Error(String(err));
  return {
    id: randomUUID().replace(/-/g, ""),
    createdAt: new Date().toISOString(),
    app: { name: appName, version },
    runtime: { node: process.versions.node },
    os: { family: process.platform, arch: process.arch },
    error: {
      type: error.name || "Error",
      message: scrubText(error.message),
      frames: parseFrames(error.stack),
    },
  };
}
