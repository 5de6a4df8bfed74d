[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string]$Project,
    [ValidateSet('StandaloneWindows64','Android','Switch')] [string]$Target = 'StandaloneWindows64',
    [string]$UnityVersion,
    [switch]$Incremental,
    [string]$OutDir = "$PWD\Builds"
)

function Find-Unity {
    param([string]$Version)
    if (-not $Version) {
        $pv = Get-Content (Join-Path $Project 'ProjectSettings\ProjectVersion.txt') |
              Where-Object { $_ -match '^m_EditorVersion:' }
        $Version = ($pv -split ':\s*')[1]
    }
    $candidate = "C:\Program Files\Unity\Hub\Editor\$Version\Editor\Unity.exe"
    if (-not (Test-Path $candidate)) { throw "Unity $Version not installed" }
    return $candidate
}

$unity = Find-Unity -Version $UnityVersion
$log   = Join-Path $OutDir "build-$Target-$(Get-Date -Format yyyyMMdd-HHmmss).log"
New-Item -ItemType Directory -Force -Path $OutDir | Out-Null

$args = @(
    '-batchmode', '-nographics', '-quit',
    '-projectPath', $Project,
    '-buildTarget', $Target,
    '-executeMethod', 'BuildPipelineCli.Build',
    '-logFile', $log,
    "-customBuildPath=$OutDir\$Target"
)
if (-not $Incremental) { $args += '-cleanedBuild' }

$p = Start-Process -FilePath $unity -ArgumentList $args -PassThru -Wait -NoNewWindow
if ($p.ExitCode -ne 0) {
    Select-String -Path $log -Pattern 'error CS|BuildFailedException' | Select-Object -First 20
    throw "Unity build failed ($($p.ExitCode)); see $log"
}
Write-Host "Build OK → $OutDir\$Target"
