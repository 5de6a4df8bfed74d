<?php
// Compare .env.example variable names with secret names in a Doppler config.
// Reads DOPPLER_TOKEN from the environment and sends it only to api.doppler.com.
// Never requests or prints secret values.

declare(strict_types=1);

const API_BASE = 'https://api.doppler.com/v3';

function fail(string $msg, int $code = 2): never
{
    fwrite(STDERR, $msg . PHP_EOL);
    exit($code);
}

$opts = getopt('', ['project:', 'config:', 'example:']);
$project = $opts['project'] ?? null;
$config = $opts['config'] ?? null;
$example = $opts['example'] ?? '.env.example';
if (!$project || !$config) {
    fail('usage: php env_check.php --project NAME --config NAME [--example PATH]');
}

$token = getenv('DOPPLER_TOKEN');
if ($token === false || $token === '') {
    fail('DOPPLER_TOKEN is not set. Export it in your terminal, then run again.');
}

// Names documented in .env.example: KEY=... lines, ignoring comments and values.
if (!is_readable($example)) {
    fail("cannot read $example");
}
$expected = [];
foreach (file($example, FILE_IGNORE_NEW_LINES) as $line) {
    if (preg_match('/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/', $line, $m)) {
        $expected[$m[1]] = true;
    }
}

// Secret names only, from Doppler's official API.
$url = API_BASE . '/configs/config/secrets/names?' . http_build_query([
    'project' => $project,
    'config' => $config,
]);
$ch = curl_init($url);
curl_setopt_array($ch, [
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_HTTPHEADER => [
        'Authorization: Bearer ' . $token,
        'Accept: application/json',
    ],
    CURLOPT_TIMEOUT => 15,
    CURLOPT_SSL_VERIFYPEER => true,
    CURLOPT_SSL_VERIFYHOST => 2,
    CURLOPT_PROTOCOLS => CURLPROTO_HTTPS,
]);
$body = curl_exec($ch);
$status = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
$err = curl_error($ch);
curl_close($ch);
unset($token);

if ($body === false) {
    fail("request to api.doppler.com failed: $err");
}
if ($status !== 200) {
    fail("Doppler API returned HTTP $status (check project/config names and token scope)");
}
$data = json_decode($body, true);
if (!is_array($data) || !isset($data['names']) || !is_array($data['names'])) {
    fail('unexpected response shape from Doppler API');
}
$actual = array_fill_keys($data['names'], true);
// Doppler adds these automatically to every config.
unset($actual['DOPPLER_PROJECT'], $actual['DOPPLER_CONFIG'], $actual['DOPPLER_ENVIRONMENT']);

$missing = array_keys(array_diff_key($expected, $actual));
$extra = array_keys(array_diff_key($actual, $expected));
sort($missing);
sort($extra);

printf("Doppler %s/%s vs %s\n", $project, $config, basename($example));
printf("  missing in Doppler (%d): %s\n", count($missing), $missing ? implode(', ', $missing) : '-');
printf("  not in %s (%d): %s\n", basename($example), count($extra), $extra ? implode(', ', $extra) : '-');

exit($missing ? 1 : 0);
