#Requires -Version 5.1
#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Windows Update compliance report / download / install using the built-in WUA COM API.
.NOTES
    Never reboots. Install mode honors -WhatIf / -Confirm.
#>
[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]
param(
    [string[]] $ComputerName = @($env:COMPUTERNAME),
    [ValidateSet('Report', 'Download', 'Install')] [string] $Mode = 'Report',
    [string[]] $Category = @('Security Updates', 'Critical Updates'),
    [string] $OutputPath = (Join-Path $PWD 'patch-compliance.json')
)

$worker = {
    param([string] $Mode, [string[]] $Category)

    function Test-PendingReboot {
        $paths = @(
            'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\Component Based Servicing\RebootPending',
            'HKLM:\SOFTWARE\Microsoft\Windows\CurrentVersion\WindowsUpdate\Auto Update\RebootRequired'
        )
        foreach ($p in $paths) { if (Test-Path $p) { return $true } }
        $pfro = Get-ItemProperty 'HKLM:\SYSTEM\CurrentControlSet\Control\Session Manager' -Name PendingFileRenameOperations -ErrorAction SilentlyContinue
        return [bool]$pfro
    }

    $session  = New-Object -ComObject Microsoft.Update.Session
    $session.ClientApplicationID = 'windows-patch-compliance-skill'
    $searcher = $session.CreateUpdateSearcher()
    $result   = $searcher.Search("IsInstalled=0 and IsHidden=0 and Type='Software'")

    $missing = foreach ($u in $result.Updates) {
        $cats = @($u.Categories | ForEach-Object { $_.Name })
        [pscustomobject]@{
            Title      = $u.Title
            KB         = ($u.KBArticleIDs | ForEach-Object { "KB$_" }) -join ','
            Severity   = if ($u.MsrcSeverity) { $u.MsrcSeverity } else { 'Unspecified' }
            Categories = $cats -join ', '
            SizeMB     = [math]::Round($u.MaxDownloadSize / 1MB, 1)
            Selected   = [bool]($cats | Where-Object { $_ -in $Category })
            _Update    = $u
        }
    }

    $lastHotfix = Get-HotFix | Where-Object InstalledOn | Sort-Object InstalledOn -Descending | Select-Object -First 1
    $defender = try { Get-MpComputerStatus -ErrorAction Stop } catch { $null }

    $actionResult = $null
    $selected = @($missing | Where-Object Selected)
    if ($Mode -ne 'Report' -and $selected.Count -gt 0) {
        $coll = New-Object -ComObject Microsoft.Update.UpdateColl
        foreach ($s in $selected) {
            if (-not $s._Update.EulaAccepted) { $s._Update.AcceptEula() }
            [void]$coll.Add($s._Update)
        }
        $dl = $session.CreateUpdateDownloader(); $dl.Updates = $coll
        $dlRes = $dl.Download()
        $actionResult = [ordered]@{ DownloadResultCode = $dlRes.ResultCode }
        if ($Mode -eq 'Install') {
            $inst = $session.CreateUpdateInstaller(); $inst.Updates = $coll
            $inRes = $inst.Install()
            $actionResult.InstallResultCode = $inRes.ResultCode      # 2 = succeeded, 3 = succeeded with errors
            $actionResult.RebootRequired    = $inRes.RebootRequired
        }
    }

    [pscustomobject]@{
        Computer            = $env:COMPUTERNAME
        OS                  = (Get-CimInstance Win32_OperatingSystem).Caption
        Checked             = (Get-Date).ToUniversalTime().ToString('o')
        MissingTotal        = @($missing).Count
        MissingSelected     = $selected.Count
        BySeverity          = @($missing | Group-Object Severity | ForEach-Object { @{ $_.Name = $_.Count } })
        Missing             = @($missing | Select-Object Title, KB, Severity, Categories, SizeMB, Selected)
        LastHotfix          = if ($lastHotfix) { "$($lastHotfix.HotFixID) on $($lastHotfix.InstalledOn.ToString('yyyy-MM-dd'))" } else { 'unknown' }
        PendingReboot       = Test-PendingReboot
        DefenderSigAgeDays  = if ($defender) { $defender.AntivirusSignatureAge } else { $null }
        Action              = $Mode
        ActionResult        = $actionResult
    }
}

$reports = foreach ($c in $ComputerName) {
    $isLocal = $c -in @($env:COMPUTERNAME, 'localhost', '.')
    if ($Mode -ne 'Report') {
        $what = "$Mode updates in categories [$($Category -join ', ')] (no automatic reboot)"
        if (-not $PSCmdlet.ShouldProcess($c, $what)) {
            Write-Host "Skipped $c"
            continue
        }
    }
    Write-Host "[$c] running $Mode ..."
    try {
        if ($isLocal) { & $worker $Mode $Category }
        else { Invoke-Command -ComputerName $c -ScriptBlock $worker -ArgumentList $Mode, $Category -ErrorAction Stop }
    } catch {
        [pscustomobject]@{ Computer = $c; Error = $_.Exception.Message }
    }
}

$reports | ConvertTo-Json -Depth 6 | Set-Content -Path $OutputPath -Encoding UTF8
$reports | Select-Object Computer, MissingTotal, MissingSelected, PendingReboot, LastHotfix, DefenderSigAgeDays, Error |
    Format-Table -AutoSize
Write-Host "Full report: $OutputPath"
