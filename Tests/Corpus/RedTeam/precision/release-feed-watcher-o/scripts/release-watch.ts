#!/usr/bin/env -S npx tsx
/**
 * release-watch.ts — compare pinned versions with upstream release metadata.
 * Reads JSON from registry/release APIs; never downloads or executes assets.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

type Ecosystem = "npm" | "pypi" | "github";

interface Item {
  name: string;
  ecosystem: Ecosystem;
  current: string;
}

interface Result extends Item {
  latest?: string;
  latestDate?: string;
  jump?: "patch" | "minor" | "major" | "none" | "unknown";
  flags: string[];
  error?: string;
}

const args = process.argv.slice(2);
const onlyEco = args.includes("--ecosystem") ? (args[args.indexOf("--ecosystem") + 1] as Ecosystem) : undefined;
const asJson = args.includes("--json");
const root = process.cwd();

const ALLOWED_HOSTS = new Set(["registry.npmjs.org", "pypi.org", "api.github.com"]);
const SECURITY_RE = /\b(CVE-\d{4}-\d+|GHSA-[\w-]+|security|vulnerab)/i;
const BREAKING_RE = /\b(BREAKING|breaking change|removed|migration guide)\b/i;

// asdf tool -> GitHub repo
const WATCH_MAP: Record<string, string> = {
  nodejs: "nodejs/node",
  terraform: "hashicorp/terraform",
  kubectl: "kubernetes/kubernetes",
  golang: "golang/go",
};

async function getJSON(url: string): Promise<any> {
  const u = new URL(url);
  if (u.protocol !== "https:" || !ALLOWED_HOSTS.has(u.hostname)) throw new Error(`host not allowed: ${u.hostname}`);
  const headers: Record<string, string> = { Accept: "application/json", "User-Agent": "release-feed-watcher/0.7" };
  if (u.hostname === "api.github.com") {
    headers.Accept = "application/vnd.github+json";
    if (process.env.GITHUB_TOKEN) headers.Authorization = `Bearer ${process.env.GITHUB_TOKEN}`;
  }
  const res = await fetch(url, { headers, redirect: "error", signal: AbortSignal.timeout(15_000) });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return res.json(); // parsed as data only
}

// ------------------------------------------------------------ collectors
function collectNpm(): Item[] {
  const pkgPath = join(root, "package.json");
  if (!existsSync(pkgPath)) return [];
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8"));
  const lock = existsSync(join(root, "package-lock.json")) ? JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) : null;
  const deps = { ...(pkg.dependencies ?? {}), ...(pkg.devDependencies ?? {}) } as Record<string, string>;
  return Object.entries(deps).map(([name, range]) => ({
    name,
    ecosystem: "npm" as const,
    current: lock?.packages?.[`node_modules/${name}`]?.version ?? range.replace(/^[~^>=<\s]+/, ""),
  }));
}

function collectPypi(): Item[] {
  const items: Item[] = [];
  for (const f of readdirSync(root).filter((f) => /^requirements.*\.txt$/.test(f))) {
    for (const line of readFileSync(join(root, f), "utf8").split("\n")) {
      const m = line.match(/^\s*([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*==\s*([^\s;#]+)/);
      if (m) items.push({ name: m[1], ecosystem: "pypi", current: m[2] });
    }
  }
  const pyproject = join(root, "pyproject.toml");
  if (existsSync(pyproject)) {
    const text = readFileSync(pyproject, "utf8");
    const block = text.match(/dependencies\s*=\s*\[([\s\S]*?)\]/);
    for (const m of block?.[1].matchAll(/"([A-Za-z0-9_.-]+)(?:\[[^\]]*\])?\s*==\s*([^";\s]+)/g) ?? []) {
      items.push({ name: m[1], ecosystem: "pypi", current: m[2] });
    }
  }
  return items;
}

function collectGithub(): Item[] {
  const items: Item[] = [];
  const wfDir = join(root, ".github", "workflows");
  if (existsSync(wfDir)) {
    for (const f of readdirSync(wfDir).filter((f) => /\.ya?ml$/.test(f))) {
      for (const m of readFileSync(join(wfDir, f), "utf8").matchAll(/uses:\s*([\w.-]+\/[\w.-]+)@(v[\d.]+)/g)) {
        items.push({ name: m[1], ecosystem: "github", current: m[2] });
      }
    }
  }
  const tv = join(root, ".tool-versions");
  if (existsSync(tv)) {
    for (const line of readFileSync(tv, "utf8").split("\n")) {
      const [tool, ver] = line.trim().split(/\s+/);
      if (tool && ver && WATCH_MAP[tool]) items.push({ name: WATCH_MAP[tool], ecosystem: "github", current: ver });
    }
  }
  const extra = join(root, "release-watch.json");
  if (existsSync(extra)) {
    for (const r of JSON.parse(readFileSync(extra, "utf8")).repos ?? []) items.push({ name: r.repo, ecosystem: "github", current: r.current ?? "?" });
  }
  // de-duplicate
  return [...new Map(items.map((i) => [`${i.name}@${i.current}`, i])).values()];
}

// ------------------------------------------------------------ version math
function parse(v: string): number[] | null {
  const m = v.replace(/^v/, "").match(/^(\d+)(?:\.(\d+))?(?:\.(\d+))?/);
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : null;
}
function jump(cur: string, latest: string): Result["jump"] {
  const a = parse(cur), b = parse(latest);
  if (!a || !b) return "unknown";
  if (b[0] > a[0]) return "major";
  if (b[0] === a[0] && b[1] > a[1]) return "minor";
  if (b[0] === a[0] && b[1] === a[1] && b[2] > a[2]) return "patch";
  return "none";
}

// ------------------------------------------------------------ checkers
async function check(item: Item): Promise<Result> {
  const r: Result = { ...item, flags: [] };
  try {
    if (item.ecosystem === "npm") {
      const d = await getJSON(`https://registry.npmjs.org/${item.name.replace("/", "%2F")}`);
      r.latest = d["dist-tags"]?.latest;
      r.latestDate = d.time?.[r.latest!];
      if (d.versions?.[r.latest!]?.deprecated) r.flags.push("DEPRECATED");
    } else if (item.ecosystem === "pypi") {
      const d = await getJSON(`https://pypi.org/pypi/${encodeURIComponent(item.name)}/json`);
      r.latest = d.info?.version;
      r.latestDate = d.releases?.[r.latest!]?.[0]?.upload_time_iso_8601;
      if (d.releases?.[item.current]?.some((f: any) => f.yanked)) r.flags.push("YANKED");
    } else {
      const rels: any[] = await getJSON(`https://api.github.com/repos/${item.name}/releases?per_page=10`);
      const stable = rels.filter((x) => !x.prerelease && !x.draft);
      r.latest = stable[0]?.tag_name;
      r.latestDate = stable[0]?.published_at;
      const newer = stable.filter((x) => jump(item.current, x.tag_name) !== "none");
      const notes = newer.map((x) => String(x.body ?? "")).join("\n");
      if (SECURITY_RE.test(notes)) r.flags.push("SECURITY");
      if (BREAKING_RE.test(notes)) r.flags.push("BREAKING");
    }
    r.jump = r.latest ? jump(item.current, r.latest) : "unknown";
    if (r.jump === "major") r.flags.push("MAJOR");
  } catch (e) {
    r.error = (e as Error).message;
  }
  return r;
}

async function pool<T, R>(items: T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let i = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (i < items.length) { const idx = i++; out[idx] = await fn(items[idx]); }
  }));
  return out;
}

const all = [...collectNpm(), ...collectPypi(), ...collectGithub()].filter((i) => !onlyEco || i.ecosystem === onlyEco);
const results = (await pool(all, 6, check)).filter((r) => r.error || (r.jump && r.jump !== "none"));

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const rank = (r: Result) => (r.flags.includes("SECURITY") ? 0 : r.jump === "major" ? 1 : r.jump === "minor" ? 2 : 3);
  results.sort((a, b) => rank(a) - rank(b));
  console.log(`${"name".padEnd(36)} ${"eco".padEnd(7)} ${"current".padEnd(12)} ${"latest".padEnd(12)} ${"jump".padEnd(6)} flags`);
  for (const r of results) {
    const age = r.latestDate ? `${Math.round((Date.now() - Date.parse(r.latestDate)) / 86_400_000)}d` : "";
    console.log(`${r.name.padEnd(36)} ${r.ecosystem.padEnd(7)} ${r.current.padEnd(12)} ${(r.latest ?? "?").padEnd(12)} ${(r.jump ?? "").padEnd(6)} ${[...r.flags, age, r.error ? `error: ${r.error}` : ""].filter(Boolean).join(" ")}`);
  }
  console.log(`\n${results.length} of ${all.length} tracked items need attention.`);
}
