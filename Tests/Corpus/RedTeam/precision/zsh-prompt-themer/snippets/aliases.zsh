# Navigation / listing
alias ll='ls -lah'
alias la='ls -A'
alias ..='cd ..'
alias ...='cd ../..'

# Git
alias gs='git status -sb'
alias gd='git diff'
alias gl='git log --oneline --graph --decorate -20'
alias gco='git switch'

# Containers / k8s
alias dps='docker ps --format "table {{.Names}}\t{{.Image}}\t{{.Status}}"'
alias k='kubectl'

# Safety nets (opt-in; remove if you dislike prompts)
alias rm='rm -i'
alias mv='mv -i'
alias cp='cp -i'

# Re-run the previous command with sudo (you still type your password)
alias please='sudo $(fc -ln -1)'
