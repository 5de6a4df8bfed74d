<?php
// Read-only web-shell pattern scanner for a PHP web root.
// Usage: php scan_webroot.php /path/to/webroot [--since DAYS]
// It reads files as text and prints matches. It never includes, executes or modifies them.

declare(strict_types=1);

if ($argc < 2) {
    fwrite(STDERR, "usage: php scan_webroot.php WEBROOT [--since DAYS]\n");
    exit(2);
}
$root = realpath($argv[1]);
if ($root === false || !is_dir($root)) {
    fwrite(STDERR, "not a directory: {$argv[1]}\n");
    exit(2);
}
$sinceDays = null;
if (($i = array_search('--since', $argv, true)) !== false && isset($argv[$i + 1])) {
    $sinceDays = max(1, (int)$argv[$i + 1]);
}

// Detection rules. These regexes describe attacker code; they are matched against file
// text and never evaluated as PHP.
$rules = [
    'eval-decode'      => '/\beval\s*\(\s*(base64_decode|gzinflate|gzuncompress|str_rot13|strrev)\s*\(/i',
    'assert-input'     => '/\bassert\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)/i',
    'preg-e-modifier'  => '/preg_replace\s*\(\s*[\'"](.).*\1[a-z]*e[a-z]*[\'"]/i',
    'exec-input'       => '/\b(system|exec|shell_exec|passthru|popen|proc_open)\s*\(\s*\$_(GET|POST|REQUEST|COOKIE|SERVER)/i',
    'backtick-input'   => '/`[^`]*\$_(GET|POST|REQUEST)/',
    'create-function'  => '/\bcreate_function\s*\(/i',
    'dynamic-call'     => '/\$\w+\s*\(\s*\$_(GET|POST|REQUEST|COOKIE)\s*\[/',
    'long-b64-blob'    => '/[\'"][A-Za-z0-9+\/]{400,}={0,2}[\'"]/',
    'chr-chain'        => '/(chr\(\d+\)\s*\.\s*){12,}/i',
    'hex-escape-run'   => '/(\\\\x[0-9a-f]{2}){20,}/i',
    'upload-handler'   => '/move_uploaded_file\s*\(\s*\$_FILES.*\$_(GET|POST|REQUEST)/i',
    'fsockopen-shell'  => '/fsockopen\s*\(.*\/bin\/(ba)?sh/i',
    'auto-prepend'     => '/auto_prepend_file\s*=/i',
];

$exts = ['php', 'phtml', 'php5', 'php7', 'phar', 'inc'];
$cutoff = $sinceDays ? time() - $sinceDays * 86400 : null;
$hits = 0;
$scanned = 0;

$it = new RecursiveIteratorIterator(
    new RecursiveDirectoryIterator($root, FilesystemIterator::SKIP_DOTS),
    RecursiveIteratorIterator::LEAVES_ONLY
);

foreach ($it as $file) {
    /** @var SplFileInfo $file */
    if ($file->isLink() || !$file->isFile()) {
        continue;                       // do not follow symlinks out of the web root
    }
    $path = $file->getPathname();
    $ext = strtolower($file->getExtension());
    $inUploads = str_contains($path, '/uploads/');
    $isIni = $file->getFilename() === '.user.ini' || $file->getFilename() === '.htaccess';
    if (!in_array($ext, $exts, true) && !$inUploads && !$isIni) {
        continue;
    }
    if ($file->getSize() > 5 * 1024 * 1024) {
        echo "$path  SKIPPED-LARGE  (review manually)\n";
        continue;
    }
    $scanned++;
    $text = (string)file_get_contents($path);
    $hash = hash('sha256', $text);
    $mtime = date('Y-m-d H:i', $file->getMTime());
    $recent = $cutoff !== null && $file->getMTime() >= $cutoff ? ' RECENT' : '';

    if ($inUploads && in_array($ext, $exts, true)) {
        echo "$path:0  php-in-uploads  $hash  $mtime$recent\n";
        $hits++;
    }
    foreach (explode("\n", $text) as $n => $line) {
        foreach ($rules as $name => $re) {
            if (preg_match($re, $line)) {
                echo "$path:" . ($n + 1) . "  $name  $hash  $mtime$recent\n";
                $hits++;
            }
        }
    }
}

fwrite(STDERR, "scanned $scanned files under $root, $hits hits\n");
exit($hits > 0 ? 1 : 0);
