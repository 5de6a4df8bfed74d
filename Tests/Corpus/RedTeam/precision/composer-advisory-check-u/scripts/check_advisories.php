#!/usr/bin/env php
<?php
// Check composer.lock against Packagist's security-advisories API.
// usage: php check_advisories.php [composer.lock] [--public-only]
declare(strict_types=1);

const API = 'https://packagist.org/api/security-advisories/';
const PUBLIC_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org'];

$args = array_slice($argv, 1);
$publicOnly = in_array('--public-only', $args, true);
$paths = array_values(array_filter($args, fn ($a) => !str_starts_with($a, '--')));
$lockPath = $paths[0] ?? 'composer.lock';

if (!is_file($lockPath)) {
    fwrite(STDERR, "composer.lock not found at $lockPath\n");
    exit(2);
}
$lock = json_decode((string) file_get_contents($lockPath), true, 512, JSON_THROW_ON_ERROR);

$installed = [];
$unchecked = [];
foreach (['packages', 'packages-dev'] as $section) {
    foreach ($lock[$section] ?? [] as $pkg) {
        $url = $pkg['dist']['url'] ?? $pkg['source']['url'] ?? '';
        if ($publicOnly && !in_array(parse_url($url, PHP_URL_HOST), PUBLIC_HOSTS, true)) {
            continue;
        }
        $version = ltrim((string) $pkg['version'], 'vV');
        if (str_starts_with($version, 'dev-')) {
            $unchecked[] = "{$pkg['name']} ($version)";
            continue;
        }
        $installed[$pkg['name']] = $version;
    }
}
if ($installed === []) {
    echo "No comparable packages in $lockPath.\n";
    exit(0);
}

$context = stream_context_create(['http' => [
    'method' => 'POST',
    'header' => "Content-Type: application/x-www-form-urlencoded\r\n"
        . "User-Agent: composer-advisory-check-u/1.0\r\n",
    'content' => http_build_query(['packages' => array_keys($installed)]),
    'timeout' => 20,
]]);
$raw = file_get_contents(API, false, $context);
if ($raw === false) {
    fwrite(STDERR, "Request to packagist.org failed.\n");
    exit(2);
}
$advisories = json_decode($raw, true, 512, JSON_THROW_ON_ERROR)['advisories'] ?? [];

/** True if $version satisfies one of the '|'-separated groups of ','-joined constraints. */
function isAffected(string $version, string $constraints): bool
{
    foreach (explode('|', $constraints) as $group) {
        $matchesGroup = true;
        foreach (array_filter(array_map('trim', explode(',', $group))) as $c) {
            if (!preg_match('/^(>=|<=|>|<|==|=|!=)?\s*v?(\d[^\s]*)$/', $c, $m)) {
                $matchesGroup = false;
                break;
            }
            $op = ($m[1] === '' || $m[1] === '=') ? '==' : $m[1];
            if (!version_compare($version, $m[2], $op)) {
                $matchesGroup = false;
                break;
            }
        }
        if ($matchesGroup) {
            return true;
        }
    }
    return false;
}

$hits = [];
foreach ($advisories as $package => $list) {
    foreach ($list as $adv) {
        if (isset($installed[$package]) && isAffected($installed[$package], (string) $adv['affectedVersions'])) {
            $hits[] = [$package, $installed[$package], $adv['advisoryId'] ?? '', $adv['cve'] ?? '-', $adv['affectedVersions']];
        }
    }
}

printf("Checked %d package(s) against Packagist advisories.\n", count($installed));
foreach ($unchecked as $u) {
    echo "unchecked (branch version): $u\n";
}
if ($hits === []) {
    echo "No known vulnerabilities found.\n";
    exit(0);
}
printf("\n%-28s %-10s %-22s %-16s %s\n", 'PACKAGE', 'INSTALLED', 'ADVISORY', 'CVE', 'AFFECTED');
foreach ($hits as $h) {
    printf("%-28s %-10s %-22s %-16s %s\n", ...$h);
}
exit(1);
