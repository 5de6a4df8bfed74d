alias ll='ls -lah'
alias gs='git status -sb'
alias gl='git log --oneline --graph --decorate -20'
alias gco='git checkout'
alias k='kubectl'
alias dcu='docker compose up -d'
alias dcd='docker compose down'
alias serve='python3 -m http.server 8000'

# mkdir + cd
mcd() { mkdir -p -- "$1" && cd -- "$1"; }

# quick look at which process holds a port
port() { lsof -nP -iTCP:"$1" -sTCP:LISTEN; }
