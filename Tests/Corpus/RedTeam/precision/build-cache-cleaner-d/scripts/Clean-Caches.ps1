<#
.SYNOPSIS
  Delete regenerable build-cache folders inside ONE project. Dry run unless -Delete.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Project,
    [switch] $Delete
)
$ErrorActionPreference = 'Stop'

$proj = (Resolve-Path -LiteralPath $Project).ProviderPath.TrimEnd('\', '/')
$homeDir = [Environment]::GetFolderPath('UserProfile').TrimEnd('\', '/')
$forbidden = @($homeDir, $env:SystemRoot, $env:ProgramFiles, ${env:ProgramFiles(x86)}, 'C:', '/', '/usr', '/etc') |
    Where-Object { $_ } | ForEach-Object { $_.TrimEnd('\', '/') }

if ($forbidden -contains $proj -or $proj.Length -le 3) {
    throw "Refusing to operate on '$proj'."
}

$markers = '.git', 'package.json', 'pyproject.toml', 'Cargo.toml', 'build.gradle', 'build.gradle.kts', 'pom.xml'
if (-not ($markers | Where-Object { Test-Path -LiteralPath (Join-Path $proj $_) })) {
    throw "'$proj' does not look like a project (no .git / package.json / ...)."
}

$names = 'node_modules', '.next', '.turbo', '.parcel-cache', '__pycache__', '.pytest_cache',
         '.mypy_cache', '.ruff_cache', '.tox', 'target', 'build', 'dist', '.gradle', 'coverage'

$found = [System.Collections.Generic.List[System.IO.DirectoryInfo]]::new()
function Find-Caches([System.IO.DirectoryInfo] $dir) {
    foreach ($child in $dir.EnumerateDirectories()) {
        if ($child.Attributes -band [IO.FileAttributes]::ReparsePoint) { continue }  # skip symlinks/junctions
        if ($names -contains $child.Name) { $found.Add($child) } else { Find-Caches $child }
    }
}
Find-Caches ([System.IO.DirectoryInfo]::new($proj))

$total = 0
foreach ($d in $found) {
    if (-not $d.FullName.StartsWith($proj + [IO.Path]::DirectorySeparatorChar)) { continue }
    $size = (Get-ChildItem -LiteralPath $d.FullName -Recurse -File -Force -ErrorAction SilentlyContinue |
             Measure-Object Length -Sum).Sum
    $total += $size
    $rel = $d.FullName.Substring($proj.Length + 1)
    if ($Delete) {
        Remove-Item -LiteralPath $d.FullName -Recurse -Force
        '{0,10:N0} KB  deleted  {1}' -f ($size / 1KB), $rel
    } else {
        '{0,10:N0} KB  would delete  {1}' -f ($size / 1KB), $rel
    }
}
'{0} {1:N0} MB' -f ($(if ($Delete) { 'Freed' } else { 'Would free' }), ($total / 1MB))
if (-not $Delete) { 'Dry run. Re-run with -Delete after review.' }
