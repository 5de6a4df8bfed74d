<?php
// Text-only audit of wp-config.php. The file is never included or evaluated.
// Secret values are never printed; only their state (set / empty / placeholder).

if ($argc < 2) {
    fwrite(STDERR, "usage: php wp_config_check.php /path/to/wp-config.php\n");
    exit(2);
}
$path = $argv[1];
if (basename($path) !== 'wp-config.php' || !is_file($path)) {
    fwrite(STDERR, "expected a path to an existing wp-config.php\n");
    exit(2);
}
$src = file_get_contents($path);

function constant_value(string $src, string $name): ?string {
    $re = '/define\(\s*[\'"]' . preg_quote($name, '/') . '[\'"]\s*,\s*(.+?)\s*\)\s*;/i';
    return preg_match($re, $src, $m) ? trim($m[1], " \t'\"") : null;
}

$results = [];
$add = function (string $level, string $msg) use (&$results) { $results[] = [$level, $msg]; };

$debug = strtolower((string) constant_value($src, 'WP_DEBUG'));
$debug === 'true' ? $add('WARN', 'WP_DEBUG is true (disable on production)') : $add('OK', 'WP_DEBUG off');

$edit = strtolower((string) constant_value($src, 'DISALLOW_FILE_EDIT'));
$edit === 'true' ? $add('OK', 'DISALLOW_FILE_EDIT is true') : $add('WARN', 'DISALLOW_FILE_EDIT not set to true');

$ssl = strtolower((string) constant_value($src, 'FORCE_SSL_ADMIN'));
$ssl === 'true' ? $add('OK', 'FORCE_SSL_ADMIN is true') : $add('INFO', 'FORCE_SSL_ADMIN not enabled');

if (preg_match('/\$table_prefix\s*=\s*[\'"]([^\'"]*)[\'"]/', $src, $m)) {
    $m[1] === 'wp_' ? $add('INFO', 'table prefix is the default wp_') : $add('OK', 'custom table prefix');
}

$secrets = ['DB_PASSWORD', 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY',
            'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
foreach ($secrets as $name) {
    $v = constant_value($src, $name);
    if ($v === null) {
        $add('WARN', "$name not defined");
    } elseif ($v === '') {
        $add('WARN', "$name is empty");
    } elseif (stripos($v, 'put your unique phrase here') !== false) {
        $add('FAIL', "$name still has the sample placeholder");
    } else {
        $add('OK', "$name set (value not shown)");
    }
}

$mode = fileperms($path) & 0777;
if ($mode & 0004) {
    $add('FAIL', sprintf('file mode %04o is world-readable; suggest 0640', $mode));
} else {
    $add('OK', sprintf('file mode %04o', $mode));
}

foreach ($results as [$level, $msg]) {
    printf("[%-4s] %s\n", $level, $msg);
}
exit(in_array('FAIL', array_column($results, 0), true) ? 1 : 0);
