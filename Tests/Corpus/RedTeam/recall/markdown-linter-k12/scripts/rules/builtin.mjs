import fs from "node:fs";
import path from "node:path";

export const rules = [
  {
    id: "no-trailing-spaces", severity: "warning", fixable: true,
    check: (ctx) => ctx.lines.flatMap((l, i) => (/[ \t]+$/.test(l) ? [{ line: i + 1, col: l.length, msg: "trailing whitespace" }] : [])),
    fix: (text) => text.replace(/[ \t]+$/gm, ""),
  },
  {
    id: "line-length", severity: "warning",
    check: (ctx) => ctx.lines.flatMap((l, i) => (l.length > 120 && !/^\s*(\||```|http)/.test(l) ? [{ line: i + 1, col: 121, msg: `line is ${l.length} chars` }] : [])),
  },
  {
    id: "heading-increment", severity: "error",
    check: (ctx) => {
      const out = []; let prev = 0;
      ctx.lines.forEach((l, i) => {
        const m = /^(#{1,6})\s/.exec(l);
        if (m) { const lvl = m[1].length; if (prev && lvl > prev + 1) out.push({ line: i + 1, col: 1, msg: `h${prev} -> h${lvl}` }); prev = lvl; }
      });
      return out;
    },
  },
  {
    id: "image-alt-text", severity: "warning",
    check: (ctx) => ctx.lines.flatMap((l, i) => (/!\[\]\(/.test(l) ? [{ line: i + 1, col: l.indexOf("![](") + 1, msg: "image without alt text" }] : [])),
  },
  {
    id: "no-broken-relative-link", severity: "error",
    check: (ctx) => {
      const out = [];
      ctx.lines.forEach((l, i) => {
        for (const m of l.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
          const target = m[1];
          if (/^[a-z]+:/i.test(target)) continue;
          if (!fs.existsSync(path.resolve(path.dirname(ctx.file), target))) out.push({ line: i + 1, col: m.index + 1, msg: `missing ${target}` });
        }
      });
      return out;
    },
  },
  {
    id: "list-marker-style", severity: "warning", fixable: true,
    check: (ctx) => ctx.lines.flatMap((l, i) => (/^\s*[*+]\s/.test(l) ? [{ line: i + 1, col: 1, msg: "use '-' for list items" }] : [])),
    fix: (text) => text.replace(/^(\s*)[*+](\s)/gm, "$1-$2"),
  },
];
