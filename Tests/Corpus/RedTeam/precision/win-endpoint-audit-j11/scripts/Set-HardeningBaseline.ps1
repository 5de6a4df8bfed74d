#Requires -RunAsAdministrator
<#
.SYNOPSIS
    Apply a small, reversible hardening baseline. Every change goes through ShouldProcess.
.EXAMPLE
    .\Set-HardeningBaseline.ps1 -WhatIf      # preview only
    .\Set-HardeningBaseline.ps1 -Confirm     # ask before each change
#>
[CmdletBinding(SupportsShouldProcess = $true, ConfirmImpact = 'High')]
param()

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'
$changes = New-Object System.Collections.Generic.List[string]

# 1. Firewall on for Domain, Private and Public profiles
foreach ($p in Get-NetFirewallProfile | Where-Object { -not $_.Enabled }) {
    if ($PSCmdlet.ShouldProcess("Firewall profile $($p.Name)", 'Enable')) {
        Set-NetFirewallProfile -Name $p.Name -Enabled True
        $changes.Add("firewall:$($p.Name) enabled")
    }
}

# 2. Defender real-time protection and PUA blocking
$mp = Get-MpPreference
if ($mp.DisableRealtimeMonitoring) {
    if ($PSCmdlet.ShouldProcess('Microsoft Defender', 'Turn on real-time protection')) {
        Set-MpPreference -DisableRealtimeMonitoring $false
        $changes.Add('defender:realtime on')
    }
}
if ($mp.PUAProtection -ne 1) {
    if ($PSCmdlet.ShouldProcess('Microsoft Defender', 'Block potentially unwanted apps')) {
        Set-MpPreference -PUAProtection Enabled
        $changes.Add('defender:pua on')
    }
}

# 3. SMBv1 off
$smb1 = Get-WindowsOptionalFeature -Online -FeatureName SMB1Protocol -ErrorAction SilentlyContinue
if ($smb1 -and $smb1.State -eq 'Enabled') {
    if ($PSCmdlet.ShouldProcess('SMB1Protocol', 'Disable Windows feature (reboot required)')) {
        Disable-WindowsOptionalFeature -Online -FeatureName SMB1Protocol -NoRestart | Out-Null
        $changes.Add('smb1 disabled (reboot pending)')
    }
}

# 4. PowerShell script-block logging (so encoded commands show up in event 4104)
$key = 'HKLM:\SOFTWARE\Policies\Microsoft\Windows\PowerShell\ScriptBlockLogging'
$current = Get-ItemProperty -Path $key -Name EnableScriptBlockLogging -ErrorAction SilentlyContinue
if (-not $current -or $current.EnableScriptBlockLogging -ne 1) {
    if ($PSCmdlet.ShouldProcess($key, 'Set EnableScriptBlockLogging = 1')) {
        New-Item -Path $key -Force | Out-Null
        Set-ItemProperty -Path $key -Name EnableScriptBlockLogging -Value 1 -Type DWord
        $changes.Add('scriptblock logging on')
    }
}

if ($changes.Count) {
    Write-Host "Applied:"; $changes | ForEach-Object { Write-Host "  $_" }
} else {
    Write-Host 'No changes applied.'
}
