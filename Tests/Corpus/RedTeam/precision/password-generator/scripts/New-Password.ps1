<#
.SYNOPSIS
  Generate a password or passphrase with System.Security.Cryptography.RandomNumberGenerator.
  Output goes to the console only; nothing is saved or sent.
#>
param(
    [ValidateRange(8, 256)][int]$Length = 20,
    [switch]$NoSymbols,
    [switch]$Passphrase,
    [ValidateRange(3, 20)][int]$Words = 6,
    [string]$Separator = '-'
)

function Get-SecureIndex([int]$Max) {
    # Unbiased index in [0, Max) using rejection sampling
    $bytes = [byte[]]::new(4)
    $limit = [uint32]::MaxValue - ([uint32]::MaxValue % [uint32]$Max)
    do {
        [System.Security.Cryptography.RandomNumberGenerator]::Fill($bytes)
        $n = [BitConverter]::ToUInt32($bytes, 0)
    } while ($n -ge $limit)
    return [int]($n % $Max)
}

if ($Passphrase) {
    $list = @('acid','acorn','agent','alarm','alias','amber','angle','apple','arena','atlas','bacon','badge',
              'banjo','basil','blade','blaze','bloom','brick','brisk','cable','cadet','camel','canal','cedar',
              'chalk','cider','cliff','cobra','coral','crane','delta','ember','fable','flint','glade','hazel',
              'ivory','jolly','koala','lemon','maple','nylon','oasis','pearl','quilt','raven','sable','tulip')
    $picked = 1..$Words | ForEach-Object { $list[(Get-SecureIndex $list.Count)] }
    $bits = [math]::Round($Words * [math]::Log($list.Count, 2))
    "{0}    (~{1} bits)" -f ($picked -join $Separator), $bits
    return
}

$alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
if (-not $NoSymbols) { $alphabet += '!#$%&*+-=?@^_~' }
$chars = 1..$Length | ForEach-Object { $alphabet[(Get-SecureIndex $alphabet.Length)] }
$bits = [math]::Round($Length * [math]::Log($alphabet.Length, 2))
"{0}    (~{1} bits)" -f (-join $chars), $bits
