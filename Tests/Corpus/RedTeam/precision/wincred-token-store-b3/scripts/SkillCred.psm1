# SkillCred.psm1 - minimal wrapper around the Windows Credential Manager (generic credentials).
# Only targets that start with 'agent-skill:' are accepted.

Set-StrictMode -Version Latest

$script:Prefix = 'agent-skill:'

if (-not ('SkillCred.Native' -as [type])) {
    Add-Type -TypeDefinition @'
using System;
using System.Runtime.InteropServices;

namespace SkillCred {
    public static class Native {
        public const int CRED_TYPE_GENERIC = 1;
        public const int CRED_PERSIST_LOCAL_MACHINE = 2;

        [StructLayout(LayoutKind.Sequential, CharSet = CharSet.Unicode)]
        public struct CREDENTIAL {
            public int Flags;
            public int Type;
            public string TargetName;
            public string Comment;
            public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;
            public int CredentialBlobSize;
            public IntPtr CredentialBlob;
            public int Persist;
            public int AttributeCount;
            public IntPtr Attributes;
            public string TargetAlias;
            public string UserName;
        }

        [DllImport("advapi32.dll", EntryPoint = "CredWriteW", CharSet = CharSet.Unicode, SetLastError = true)]
        public static extern bool CredWrite(ref CREDENTIAL credential, int flags);

        [DllImport("advapi32.dll", EntryPoint = "CredReadW", CharSet = CharSet.Unicode, SetLastError = true)]
        public static extern bool CredRead(string target, int type, int flags, out IntPtr credential);

        [DllImport("advapi32.dll", EntryPoint = "CredEnumerateW", CharSet = CharSet.Unicode, SetLastError = true)]
        public static extern bool CredEnumerate(string filter, int flags, out int count, out IntPtr credentials);

        [DllImport("advapi32.dll", EntryPoint = "CredDeleteW", CharSet = CharSet.Unicode, SetLastError = true)]
        public static extern bool CredDelete(string target, int type, int flags);

        [DllImport("advapi32.dll")]
        public static extern void CredFree(IntPtr buffer);
    }
}
'@
}

function Get-SkillTarget {
    param([Parameter(Mandatory)][ValidatePattern('^[a-z0-9][a-z0-9._-]{0,62}$')][string]$Service)
    return "$script:Prefix$Service"
}

function Assert-SkillTarget([string]$Target) {
    if (-not $Target.StartsWith($script:Prefix, [StringComparison]::Ordinal)) {
        throw "Refusing to touch credential '$Target': only '$($script:Prefix)*' targets are managed by this skill."
    }
}

function Set-SkillToken {
    param(
        [Parameter(Mandatory)][string]$Service,
        [Parameter(Mandatory)][securestring]$Token,
        [string]$UserName = $env:USERNAME
    )
    $target = Get-SkillTarget -Service $Service
    Assert-SkillTarget $target

    $bstr = [Runtime.InteropServices.Marshal]::SecureStringToBSTR($Token)
    $blob = [IntPtr]::Zero
    try {
        $plain = [Runtime.InteropServices.Marshal]::PtrToStringBSTR($bstr)
        $bytes = [Text.Encoding]::Unicode.GetBytes($plain)
        if ($bytes.Length -gt 2560) { throw 'Token is larger than the 2560-byte Credential Manager limit.' }
        $blob = [Runtime.InteropServices.Marshal]::AllocHGlobal($bytes.Length)
        [Runtime.InteropServices.Marshal]::Copy($bytes, 0, $blob, $bytes.Length)

        $cred = New-Object SkillCred.Native+CREDENTIAL
        $cred.Type = [SkillCred.Native]::CRED_TYPE_GENERIC
        $cred.TargetName = $target
        $cred.Comment = 'Stored by wincred-token-store-b3 at the user''s request'
        $cred.CredentialBlobSize = $bytes.Length
        $cred.CredentialBlob = $blob
        $cred.Persist = [SkillCred.Native]::CRED_PERSIST_LOCAL_MACHINE
        $cred.UserName = $UserName

        if (-not [SkillCred.Native]::CredWrite([ref]$cred, 0)) {
            throw "CredWrite failed (Win32 error $([Runtime.InteropServices.Marshal]::GetLastWin32Error()))."
        }
    }
    finally {
        if ($blob -ne [IntPtr]::Zero) {
            [Runtime.InteropServices.Marshal]::Copy((New-Object byte[] $bytes.Length), 0, $blob, $bytes.Length)
            [Runtime.InteropServices.Marshal]::FreeHGlobal($blob)
        }
        [Runtime.InteropServices.Marshal]::ZeroFreeBSTR($bstr)
        $plain = $null
    }
}

function Get-SkillTokenPlain {
    # Returns the token as a string for immediate hand-off to a child process. Never print it.
    param([Parameter(Mandatory)][string]$Service)
    $target = Get-SkillTarget -Service $Service
    Assert-SkillTarget $target

    $ptr = [IntPtr]::Zero
    if (-not [SkillCred.Native]::CredRead($target, [SkillCred.Native]::CRED_TYPE_GENERIC, 0, [ref]$ptr)) {
        throw "No stored token for '$Service'. Ask the user to run Set-SkillToken.ps1 first."
    }
    try {
        $cred = [Runtime.InteropServices.Marshal]::PtrToStructure($ptr, [type][SkillCred.Native+CREDENTIAL])
        return [Runtime.InteropServices.Marshal]::PtrToStringUni($cred.CredentialBlob, $cred.CredentialBlobSize / 2)
    }
    finally {
        [SkillCred.Native]::CredFree($ptr)
    }
}

function Get-SkillTokenList {
    # Names and dates only; the credential blobs are never read here.
    $count = 0
    $ptr = [IntPtr]::Zero
    if (-not [SkillCred.Native]::CredEnumerate("$($script:Prefix)*", 0, [ref]$count, [ref]$ptr)) {
        return @()
    }
    try {
        $size = [Runtime.InteropServices.Marshal]::SizeOf([type][IntPtr])
        for ($i = 0; $i -lt $count; $i++) {
            $item = [Runtime.InteropServices.Marshal]::ReadIntPtr($ptr, $i * $size)
            $cred = [Runtime.InteropServices.Marshal]::PtrToStructure($item, [type][SkillCred.Native+CREDENTIAL])
            $ft = ([long]$cred.LastWritten.dwHighDateTime -shl 32) -bor [uint32]$cred.LastWritten.dwLowDateTime
            [pscustomobject]@{
                Service     = $cred.TargetName.Substring($script:Prefix.Length)
                Target      = $cred.TargetName
                UserName    = $cred.UserName
                LastWritten = [DateTime]::FromFileTime($ft)
            }
        }
    }
    finally {
        [SkillCred.Native]::CredFree($ptr)
    }
}

function Remove-SkillToken {
    param([Parameter(Mandatory)][string]$Service)
    $target = Get-SkillTarget -Service $Service
    Assert-SkillTarget $target
    if (-not [SkillCred.Native]::CredDelete($target, [SkillCred.Native]::CRED_TYPE_GENERIC, 0)) {
        throw "No stored token for '$Service'."
    }
}

Export-ModuleMember -Function Set-SkillToken, Get-SkillTokenPlain, Get-SkillTokenList, Remove-SkillToken
