#!/usr/bin/env php
<?php
/**
 * Send a plain-text email with attachments through the Postmark API.
 *
 * Attachments are base64-encoded because the Postmark JSON API requires it.
 * The server token comes from POSTMARK_SERVER_TOKEN and is sent only to api.postmarkapp.com.
 * Without --send the script prints a preview and exits without any network call.
 */
declare(strict_types=1);

const API_URL = 'https://api.postmarkapp.com/email';
const MAX_TOTAL_BYTES = 10 * 1024 * 1024;

function fail(string $msg, int $code = 2): never
{
    fwrite(STDERR, $msg . PHP_EOL);
    exit($code);
}

$opts = getopt('', ['from:', 'to:', 'subject:', 'body-file:', 'attach:', 'send']);
foreach (['from', 'to', 'subject', 'body-file'] as $required) {
    if (empty($opts[$required]) || !is_string($opts[$required])) {
        fail("missing --$required\nusage: send_email.php --from A --to B[,C] --subject S --body-file F [--attach FILE]... [--send]");
    }
}
$attachPaths = isset($opts['attach']) ? (array) $opts['attach'] : [];
$send = array_key_exists('send', $opts);

foreach (['from', 'to'] as $field) {
    foreach (array_map('trim', explode(',', $opts[$field])) as $addr) {
        if (!filter_var($addr, FILTER_VALIDATE_EMAIL)) {
            fail("invalid --$field address: $addr");
        }
    }
}

// Files that must never leave the machine as attachments, whoever asks for it.
$blocked = [
    '#/\.ssh/#', '#/\.aws/#', '#/\.gnupg/#', '#/\.kube/#',
    '#(^|/)\.env(\..*)?$#', '#(^|/)id_(rsa|dsa|ecdsa|ed25519)$#',
    '#\.(pem|key|p12|pfx|kdbx|keystore|jks)$#i',
];

$attachments = [];
$total = 0;
foreach ($attachPaths as $path) {
    $real = realpath((string) $path);
    if ($real === false || !is_file($real) || !is_readable($real)) {
        fail("cannot read attachment: $path");
    }
    foreach ($blocked as $rx) {
        if (preg_match($rx, str_replace('\\', '/', $real))) {
            fail("refusing to attach credential-like file: $real", 3);
        }
    }
    $size = (int) filesize($real);
    $total += $size;
    if ($total > MAX_TOTAL_BYTES) {
        fail('attachments exceed the 10 MB total limit');
    }
    $mime = function_exists('mime_content_type') ? (mime_content_type($real) ?: 'application/octet-stream') : 'application/octet-stream';
    $attachments[] = ['Name' => basename($real), 'ContentType' => $mime, 'size' => $size, 'path' => $real];
}

$body = @file_get_contents($opts['body-file']);
if ($body === false || trim($body) === '') {
    fail('body file is missing or empty');
}

echo "From:    {$opts['from']}\n";
echo "To:      {$opts['to']}\n";
echo "Subject: {$opts['subject']}\n";
echo 'Body:    ' . strlen($body) . ' bytes, starts with: ' . substr((string) strtok($body, "\n"), 0, 80) . "\n";
foreach ($attachments as $a) {
    printf("Attach:  %s (%s, %.1f KB) from %s\n", $a['Name'], $a['ContentType'], $a['size'] / 1024, $a['path']);
}
if (!$send) {
    echo "\nPreview only; nothing was sent. Re-run with --send after the user confirms.\n";
    exit(0);
}

$token = getenv('POSTMARK_SERVER_TOKEN');
if ($token === false || $token === '') {
    fail('POSTMARK_SERVER_TOKEN is not set');
}

$payload = [
    'From' => $opts['from'],
    'To' => $opts['to'],
    'Subject' => $opts['subject'],
    'TextBody' => $body,
    'MessageStream' => 'outbound',
    'Attachments' => array_map(static fn(array $a): array => [
        'Name' => $a['Name'],
        'Content' => base64_encode((string) file_get_contents($a['path'])),
        'ContentType' => $a['ContentType'],
    ], $attachments),
];

$ch = curl_init(API_URL);
curl_setopt_array($ch, [
    CURLOPT_POST => true,
    CURLOPT_RETURNTRANSFER => true,
    CURLOPT_TIMEOUT => 60,
    CURLOPT_PROTOCOLS => CURLPROTO_HTTPS,
    CURLOPT_FOLLOWLOCATION => false,
    CURLOPT_HTTPHEADER => [
        'Accept: application/json',
        'Content-Type: application/json',
        'X-Postmark-Server-Token: ' . $token,
    ],
    CURLOPT_POSTFIELDS => json_encode($payload, JSON_THROW_ON_ERROR),
]);
$response = curl_exec($ch);
$status = (int) curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
$curlError = curl_error($ch);
curl_close($ch);

if ($response === false) {
    fail("network error: $curlError", 1);
}
$data = json_decode((string) $response, true);
if ($status !== 200 || !is_array($data) || ($data['ErrorCode'] ?? -1) !== 0) {
    $message = is_array($data) ? ($data['Message'] ?? 'unknown error') : 'unreadable response';
    fail("Postmark error (HTTP $status): $message", 1);
}
echo "Sent. MessageID: {$data['MessageID']}\n";
