# >>> pwsh-profile-aliases-f7 >>>
# Managed block. Edit assets/profile-snippet.ps1 and re-run the installer instead of
# editing here; remove with Install-ProfileSnippet.ps1 -Uninstall.

# --- git shortcuts -------------------------------------------------------------
if (Test-Path Alias:gp) { Remove-Item Alias:gp -Force }   # built-in gp = Get-ItemProperty
function gs  { git status -sb @args }
function gd  { git diff @args }
function gl  { git log --oneline --decorate -20 @args }
function gco { git checkout @args }
function gp  { git pull --ff-only @args }

# --- navigation and files --------------------------------------------------------
function ll {
    param([string]$Path = '.')
    Get-ChildItem -Force -LiteralPath $Path |
        Format-Table Mode, LastWriteTime, Length, Name -AutoSize
}
function which {
    param([Parameter(Mandatory)][string]$Name)
    Get-Command $Name -All | Select-Object CommandType, Name, Source
}
function mkcd {
    param([Parameter(Mandatory)][string]$Path)
    New-Item -ItemType Directory -Force -Path $Path | Out-Null
    Set-Location -LiteralPath $Path
}
function touch {
    param([Parameter(Mandatory)][string]$Path)
    if (Test-Path -LiteralPath $Path) {
        (Get-Item -LiteralPath $Path).LastWriteTime = Get-Date
    } else {
        New-Item -ItemType File -Path $Path | Out-Null
    }
}
function ..  { Set-Location .. }
function ... { Set-Location ../.. }

# --- PSReadLine ------------------------------------------------------------------
if (Get-Module -ListAvailable PSReadLine) {
    Set-PSReadLineKeyHandler -Key UpArrow   -Function HistorySearchBackward
    Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward
    if ($PSVersionTable.PSVersion.Major -ge 7) {
        Set-PSReadLineOption -PredictionSource History -PredictionViewStyle ListView
    }
    # Keep commands that look like they contain secrets out of the saved history file.
    Set-PSReadLineOption -AddToHistoryHandler {
        param([string]$line)
        return -not ($line -match '(?i)(password|secret|token|apikey)\s*[=:]')
    }
}

# --- optional prompt (only if starship is installed locally) ---------------------
if (Get-Command starship -ErrorAction SilentlyContinue) {
    Invoke-Expression (&starship init powershell)
}
# <<< pwsh-profile-aliases-f7 <<<
