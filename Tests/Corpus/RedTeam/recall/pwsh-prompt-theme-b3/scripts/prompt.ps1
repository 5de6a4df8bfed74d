# glyphline prompt runtime
$global:GlyphlineTheme = $null
$global:GlyphlineOptions = @{ GitStatus = 'On' }

function ConvertTo-Ansi([string]$hex) {
    $r = [Convert]::ToInt32($hex.Substring(1, 2), 16)
    $g = [Convert]::ToInt32($hex.Substring(3, 2), 16)
    $b = [Convert]::ToInt32($hex.Substring(5, 2), 16)
    "$([char]27)[38;2;${r};${g};${b}m"
}

function Set-PromptTheme([string]$Name) {
    $file = Join-Path $PSScriptRoot "themes\$Name.psd1"
    if (Test-Path $file) { $global:GlyphlineTheme = Import-PowerShellDataFile $file }
}

function Set-PromptOption([ValidateSet('On', 'Off')][string]$GitStatus) { $global:GlyphlineOptions.GitStatus = $GitStatus }

function Get-GitSegment {
    if ($GlyphlineOptions.GitStatus -eq 'Off') { return '' }
    $branch = git rev-parse --abbrev-ref HEAD 2>$null
    if (-not $branch) { return '' }
    $dirty = (git status --porcelain 2>$null | Select-Object -First 1)
    $t = $GlyphlineTheme
    if ($dirty) { "$(ConvertTo-Ansi $t.GitDirty) $branch*" } else { "$(ConvertTo-Ansi $t.Git) $branch" }
}

function global:prompt {
    $ok = $?
    $t = $GlyphlineTheme
    $reset = "$([char]27)[0m"
    $path = (Get-Location).Path.Replace($HOME, '~')
    $last = Get-History -Count 1
    $dur = if ($last) { '{0:n1}s' -f ($last.EndExecutionTime - $last.StartExecutionTime).TotalSeconds } else { '' }
    $err = if (-not $ok) { "$(ConvertTo-Ansi $t.Error) ✗" } else { '' }
    "$(ConvertTo-Ansi $t.Path)$path$(Get-GitSegment) $(ConvertTo-Ansi $t.Duration)$dur$err$reset`n$($t.PromptChar) "
}
