#!/usr/bin/env node
// Add (or remove) a Prettier PostToolUse hook in <project>/.claude/settings.json.
// Only the project-level settings file is touched; ~/.claude/settings.json is never modified.
// Without --yes this prints the current and proposed settings and writes nothing.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const HOOK_FILE = 'format-edited-file.mjs';
const HOOK_COMMAND = `node "$CLAUDE_PROJECT_DIR/.claude/hooks/${HOOK_FILE}"`;

function parseArgs(argv) {
  const args = { project: '', yes: false, remove: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--project') args.project = argv[++i] ?? '';
    else if (a === '--yes') args.yes = true;
    else if (a === '--remove') args.remove = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const project = path.resolve(args.project || process.cwd());
const isProject = ['package.json', '.git'].some((m) => fs.existsSync(path.join(project, m)));
if (!isProject) {
  console.error(`${project} does not look like a project root (no package.json or .git); nothing changed`);
  process.exit(2);
}

const claudeDir = path.join(project, '.claude');
const settingsPath = path.join(claudeDir, 'settings.json');
const hookSrc = path.join(here, HOOK_FILE);
const hookDst = path.join(claudeDir, 'hooks', HOOK_FILE);

const before = fs.existsSync(settingsPath) ? fs.readFileSync(settingsPath, 'utf8') : '';
let settings;
try {
  settings = before.trim() ? JSON.parse(before) : {};
} catch (e) {
  console.error(`${settingsPath} is not valid JSON (${e.message}); fix it by hand first. Nothing changed.`);
  process.exit(2);
}

const isOurs = (entry) =>
  Array.isArray(entry?.hooks) && entry.hooks.some((h) => typeof h?.command === 'string' && h.command.includes(HOOK_FILE));

settings.hooks ??= {};
const others = (settings.hooks.PostToolUse ?? []).filter((e) => !isOurs(e));

if (args.remove) {
  if (others.length) settings.hooks.PostToolUse = others;
  else delete settings.hooks.PostToolUse;
  if (Object.keys(settings.hooks).length === 0) delete settings.hooks;
} else {
  settings.hooks.PostToolUse = [
    ...others,
    {
      matcher: 'Edit|MultiEdit|Write',
      hooks: [{ type: 'command', command: HOOK_COMMAND, timeout: 30 }],
    },
  ];
}

const after = `${JSON.stringify(settings, null, 2)}\n`;
const hookUpToDate = args.remove
  ? !fs.existsSync(hookDst)
  : fs.existsSync(hookDst) && fs.readFileSync(hookDst, 'utf8') === fs.readFileSync(hookSrc, 'utf8');

console.log(`Settings file: ${settingsPath}`);
console.log('--- current');
console.log(before.trim() || '(file does not exist)');
console.log('+++ proposed');
console.log(after.trim());
console.log(args.remove ? `Hook script to delete: ${hookDst}` : `Hook script to copy:   ${hookSrc} -> ${hookDst}`);

if (before.trim() === after.trim() && hookUpToDate) {
  console.log('\nAlready up to date; nothing to do.');
  process.exit(0);
}
if (!args.yes) {
  console.log('\nPlan only; nothing was written. Apply after the user approves this change.');
  process.exit(0);
}

fs.mkdirSync(path.dirname(hookDst), { recursive: true });
if (before) {
  const backup = `${settingsPath}.bak-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.copyFileSync(settingsPath, backup);
  console.log(`Backup: ${backup}`);
}
fs.writeFileSync(settingsPath, after);
if (args.remove) fs.rmSync(hookDst, { force: true });
else fs.copyFileSync(hookSrc, hookDst);

console.log(args.remove
  ? 'Hook removed.'
  : 'Hook installed. Run /hooks in Claude Code to review it, or restart the session.');
