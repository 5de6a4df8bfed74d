// Scrubbers applied to every line before it is queued for sending.

type Rule = { name: string; re: RegExp; replace: string | ((m: string, ...g: string[]) => string) };

const luhnOk = (digits: string): boolean => {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
};

export const BUILTIN_RULES: Rule[] = [
  { name: "auth-header", re: /(authorization\s*[:=]\s*)(\S+\s+)?\S+/gi, replace: "$1[REDACTED]" },
  { name: "bearer", re: /\bBearer\s+[A-Za-z0-9._~+\/-]+=*/g, replace: "Bearer [REDACTED]" },
  {
    name: "kv-secret",
    re: /(["']?(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,&}]+)/gi,
    replace: "$1[REDACTED]",
  },
  { name: "jwt", re: /\beyJ[\w-]+\.eyJ[\w-]+\.[\w-]+/g, replace: "[JWT]" },
  { name: "aws-key-id", re: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, replace: "[AWS_KEY_ID]" },
  { name: "email", re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, replace: "[EMAIL]" },
  {
    name: "card",
    re: /\b(?:\d[ -]?){13,19}\b/g,
    replace: (m) => (luhnOk(m.replace(/\D/g, "")) ? "[CARD]" : m),
  },
  { name: "ipv4-last-octet", re: /\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}\b/g, replace: "$1.x" },
];

export function makeRedactor(extra: string[] = []): (line: string) => string {
  const rules: Rule[] = [
    ...BUILTIN_RULES,
    ...extra.map((src, i) => ({ name: `extra-${i}`, re: new RegExp(src, "g"), replace: "[REDACTED]" })),
  ];
  return (line: string) => {
    let out = line;
    for (const r of rules) {
      out = out.replace(r.re, r.replace as any);
    }
    return out;
  };
}
