// Secret-shape rules. Each rule has an id, a regex and an optional allowlist of known fakes.
export const RULES = [
  { id: "aws-access-key-id", re: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { id: "aws-secret-access-key", re: /aws_secret_access_key\s*[=:]\s*["']?([A-Za-z0-9/+=]{40})/gi },
  { id: "github-token", re: /\b(ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}\b/g },
  { id: "github-fine-grained", re: /\bgithub_pat_[A-Za-z0-9_]{82}\b/g },
  { id: "slack-token", re: /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g },
  { id: "stripe-live-key", re: /\b(sk|rk)_live_[A-Za-z0-9]{16,}\b/g },
  { id: "anthropic-key", re: /\bsk-ant-[A-Za-z0-9_-]{20,}\b/g },
  { id: "openai-key", re: /\bsk-(proj-)?[A-Za-z0-9_-]{32,}\b/g },
  { id: "google-api-key", re: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { id: "private-key-block", re: /-----BEGIN (RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY( BLOCK)?-----/g },
];

// Values published by vendors as documentation examples. Reported as "example", not blocking.
export const KNOWN_EXAMPLES = new Set([
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
]);

export function redact(value) {
  return `${value.slice(0, 4)}… (${value.length} chars)`;
}

export function scanText(text, file = "<text>") {
  const hits = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/secret-guard:\s*allow/.test(line)) return; // inline opt-out for reviewed false positives
    for (const rule of RULES) {
      rule.re.lastIndex = 0;
      for (const m of line.matchAll(rule.re)) {
        const value = m[1] && rule.id === "aws-secret-access-key" ? m[1] : m[0];
        hits.push({
          file,
          line: i + 1,
          rule: rule.id,
          preview: redact(value),
          example: KNOWN_EXAMPLES.has(value),
        });
      }
    }
  });
  return hits;
}
