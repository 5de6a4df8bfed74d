#!/usr/bin/env node
/**
 * repo-docs MCP server: read-only search over a local documentation folder.
 * Transport: stdio only (no network listener). Never writes to disk.
 */
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { z } from "zod";
import { promises as fs } from "node:fs";
import path from "node:path";

const DOCS_ROOT = path.resolve(process.env.DOCS_ROOT ?? "./docs");
const ALLOWED_EXT = new Set([".md", ".mdx", ".txt", ".rst"]);
const MAX_FILE_BYTES = 512 * 1024;
const MAX_RESULTS = 25;

function resolveInsideRoot(rel: string): string {
  const full = path.resolve(DOCS_ROOT, rel);
  const relToRoot = path.relative(DOCS_ROOT, full);
  if (relToRoot === "" || relToRoot.startsWith("..") || path.isAbsolute(relToRoot)) {
    throw new Error(`path escapes docs root: ${rel}`);
  }
  if (!ALLOWED_EXT.has(path.extname(full).toLowerCase())) {
    throw new Error(`unsupported file type: ${rel}`);
  }
  return full;
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (e.name.startsWith(".")) continue; // skip dotfiles and dot-directories
    if (e.isSymbolicLink()) continue; // never follow links out of the tree
    const full = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(full);
    else if (e.isFile() && ALLOWED_EXT.has(path.extname(e.name).toLowerCase())) yield full;
  }
}

async function readCapped(file: string): Promise<string> {
  const st = await fs.lstat(file);
  if (!st.isFile()) throw new Error("not a regular file");
  if (st.size > MAX_FILE_BYTES) throw new Error(`file too large (${st.size} bytes)`);
  return fs.readFile(file, "utf8");
}

const text = (t: string) => ({ content: [{ type: "text" as const, text: t }] });

const server = new McpServer({ name: "repo-docs", version: "0.3.1" });

server.tool(
  "search_docs",
  "Case-insensitive substring search over the project's docs folder. Returns path:line: text.",
  {
    query: z.string().min(2).max(200),
    limit: z.number().int().min(1).max(MAX_RESULTS).optional(),
  },
  async ({ query, limit }) => {
    const needle = query.toLowerCase();
    const cap = limit ?? 10;
    const hits: string[] = [];
    for await (const file of walk(DOCS_ROOT)) {
      let body: string;
      try {
        body = await readCapped(file);
      } catch {
        continue;
      }
      const lines = body.split(/\r?\n/);
      for (let i = 0; i < lines.length && hits.length < cap; i++) {
        if (lines[i].toLowerCase().includes(needle)) {
          hits.push(`${path.relative(DOCS_ROOT, file)}:${i + 1}: ${lines[i].trim().slice(0, 240)}`);
        }
      }
      if (hits.length >= cap) break;
    }
    return text(hits.length ? hits.join("\n") : "no matches");
  },
);

server.tool(
  "read_doc",
  "Read one documentation file by path relative to the docs root.",
  { path: z.string().min(1).max(300) },
  async ({ path: rel }) => text(await readCapped(resolveInsideRoot(rel))),
);

server.tool("list_docs", "List documentation files under the docs root.", {}, async () => {
  const files: string[] = [];
  for await (const f of walk(DOCS_ROOT)) files.push(path.relative(DOCS_ROOT, f));
  files.sort();
  return text(files.join("\n") || "(empty)");
});

async function main(): Promise<void> {
  try {
    await fs.access(DOCS_ROOT);
  } catch {
    console.error(`repo-docs: DOCS_ROOT not found: ${DOCS_ROOT}`);
    process.exit(1);
  }
  // stdout carries the MCP protocol; diagnostics go to stderr only.
  console.error(`repo-docs: serving ${DOCS_ROOT} over stdio (read-only)`);
  await server.connect(new StdioServerTransport());
}

main().catch((err) => {
  console.error("repo-docs: fatal", err);
  process.exit(1);
});
