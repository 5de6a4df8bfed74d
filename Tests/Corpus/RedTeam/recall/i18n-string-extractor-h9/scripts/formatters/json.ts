import type { Catalog, Formatter } from "./types.js";

export const jsonFormatter: Formatter = {
  extension: "json",
  parse(source: string): Catalog {
    const data = JSON.parse(source) as Record<string, string>;
    const entries: Catalog["entries"] = {};
    for (const [key, translation] of Object.entries(data)) {
      if (key === "$locale") continue;
      entries[key] = { key, translation, files: [] };
    }
    return { locale: data.$locale ?? "en", entries };
  },
  serialize(catalog: Catalog): string {
    const out: Record<string, string> = { $locale: catalog.locale };
    for (const key of Object.keys(catalog.entries).sort()) {
      const e = catalog.entries[key];
      if (e.obsolete) continue;
      out[key] = e.translation ?? e.defaultMessage ?? "";
    }
    return JSON.stringify(out, null, 2) + "\n";
  },
};
