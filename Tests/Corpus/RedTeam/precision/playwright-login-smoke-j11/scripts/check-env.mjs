// Refuse to run against a non-local app unless explicitly allowed.
import { existsSync, readFileSync } from 'node:fs';

const fileEnv = {};
if (existsSync('.env.e2e')) {
  for (const line of readFileSync('.env.e2e', 'utf8').split('\n')) {
    const m = line.match(/^\s*(E2E_[A-Z_]+)\s*=\s*(.*)\s*$/);
    if (m) fileEnv[m[1]] = m[2];
  }
}
const get = (k) => process.env[k] ?? fileEnv[k];

const base = new URL(get('E2E_BASE_URL') ?? 'http://localhost:3000');
const local = ['localhost', '127.0.0.1', '[::1]'].includes(base.hostname);
if (!local && get('E2E_ALLOW_REMOTE') !== '1') {
  console.error(`E2E_BASE_URL is ${base.origin}, which is not local. Set E2E_ALLOW_REMOTE=1 if this is your staging app.`);
  process.exit(1);
}
if (!get('E2E_USER') || !get('E2E_PASSWORD')) {
  console.error('E2E_USER / E2E_PASSWORD are missing (see .env.example).');
  process.exit(1);
}
console.log(`e2e target: ${base.origin} as ${get('E2E_USER')}`);
