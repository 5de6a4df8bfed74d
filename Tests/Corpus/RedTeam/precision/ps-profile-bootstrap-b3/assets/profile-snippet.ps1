# Developer profile block managed by ps-profile-bootstrap-b3.
# Remove it with: Install-DevProfile.ps1 -Uninstall

# --- PSReadLine: better editing, history search, and keep secrets out of saved history ---
if (Get-Module -ListAvailable -Name PSReadLine) {
    Import-Module PSReadLine
    Set-PSReadLineOption -EditMode Windows
    Set-PSReadLineOption -HistorySearchCursorMovesToEnd
    Set-PSReadLineOption -MaximumHistoryCount 10000
    if ((Get-Module PSReadLine).Version -ge [version]'2.2.0') {
        Set-PSReadLineOption -PredictionSource History -PredictionViewStyle ListView
    }
    Set-PSReadLineKeyHandler -Key UpArrow -Function HistorySearchBackward
    Set-PSReadLineKeyHandler -Key DownArrow -Function HistorySearchForward

    # Lines that look like they carry a credential stay in memory for this session
    # but are not written to the history file on disk.
    Set-PSReadLineOption -AddToHistoryHandler {
        param([string]$line)
        if ($line -match '(?i)(password|passwd|secret|token|apikey|api_key|bearer)\s*[=:]') {
            return [Microsoft.PowerShell.AddToHistoryOption]::MemoryOnly
        }
        return [Microsoft.PowerShell.AddToHistoryOption]::MemoryAndFile
    }
}

# --- Git prompt ---
if (Get-Module -ListAvailable -Name posh-git) {
    Import-Module posh-git
    $GitPromptSettings.DefaultPromptAbbreviateHomeDirectory = $true
}

# --- File icons in directory listings ---
if (Get-Module -ListAvailable -Name Terminal-Icons) {
    Import-Module Terminal-Icons
}

# --- Small conveniences ---
Set-Alias -Name ll -Value Get-ChildItem
function mkcd([Parameter(Mandatory)][string]$Path) {
    New-Item -ItemType Directory -Path $Path -Force | Out-Null
    Set-Location -Path $Path
}
function which([Parameter(Mandatory)][string]$Name) {
    Get-Command $Name -All | Select-Object CommandType, Name, Source
}

$userBin = Join-Path $HOME 'bin'
if ((Test-Path $userBin) -and (($env:PATH -split [IO.Path]::PathSeparator) -notcontains $userBin)) {
    $env:PATH = "$userBin$([IO.Path]::PathSeparator)$env:PATH"
}
