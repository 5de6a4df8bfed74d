# AGENTS.md

## Project

{{one_paragraph_summary}}

## Setup

```bash
{{install_command}}
```

## Everyday commands

| Task | Command |
|---|---|
| Build | `{{build}}` |
| Test | `{{test}}` |
| Lint | `{{lint}}` |
| Type-check | `{{typecheck}}` |

## Layout

{{layout_bullets}}

## Conventions

- {{style_rules}}
- Commit messages: {{commit_convention}}
- Tests live next to the code they test: {{test_layout}}

## Before opening a PR

1. Run lint, type-check and tests; all must pass.
2. Update docs for user-visible changes.
3. Keep PRs focused; one topic per PR.
