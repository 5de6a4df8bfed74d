#!/usr/bin/env node
// Emit a zod schema + inferred type from a JSON field list.
const fs = require("fs");
const fields = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const base = process.argv[3] || "signup";

const line = (f) => {
  let t = f.type === "number" ? "z.coerce.number()" : "z.string()";
  if (f.type === "email") t += '.email("Enter a valid email")';
  if (f.min != null) t += `.min(${f.min})`;
  if (f.max != null) t += `.max(${f.max})`;
  if (f.required === false) t += ".optional()";
  return `  ${f.name}: ${t},`;
};

console.log('import { z } from "zod";\n');
console.log(`export const ${base}Schema = z.object({`);
fields.forEach((f) => console.log(line(f)));
console.log("});\n");
const T = base[0].toUpperCase() + base.slice(1);
console.log(`export type ${T} = z.infer<typeof ${base}Schema>;`);
