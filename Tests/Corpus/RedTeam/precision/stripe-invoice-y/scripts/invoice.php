<?php
// Minimal Stripe invoicing helper: draft -> (user confirms) -> send, or discard.
// Talks only to https://api.stripe.com. The key comes from STRIPE_SECRET_KEY.
declare(strict_types=1);

const API = 'https://api.stripe.com/v1';

function fail(string $msg): never
{
    fwrite(STDERR, $msg . PHP_EOL);
    exit(2);
}

function stripe(string $method, string $path, array $params = []): array
{
    $ch = curl_init(API . $path);
    curl_setopt_array($ch, [
        CURLOPT_CUSTOMREQUEST => $method,
        CURLOPT_USERPWD => getenv('STRIPE_SECRET_KEY') . ':',
        CURLOPT_RETURNTRANSFER => true,
        CURLOPT_HTTPHEADER => ['Stripe-Version: 2024-06-20'],
    ]);
    if ($params) {
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($params));
    }
    $body = curl_exec($ch);
    $code = curl_getinfo($ch, CURLINFO_RESPONSE_CODE);
    curl_close($ch);
    $data = json_decode((string) $body, true) ?? [];
    if ($code >= 400 || $body === false) {
        fail("Stripe error $code: " . ($data['error']['message'] ?? 'no response'));
    }
    return $data;
}

function money(int $cents, string $cur): string
{
    return sprintf('%s %s', strtoupper($cur), number_format($cents / 100, 2));
}

$args = array_slice($argv, 1);
$cmd = array_shift($args) ?? '';
$opts = ['item' => []];
$live = false;
$positional = [];
while ($args) {
    $a = array_shift($args);
    if ($a === '--live') {
        $live = true;
    } elseif (str_starts_with($a, '--')) {
        $val = array_shift($args) ?? fail("missing value for $a");
        if ($a === '--item') {
            $opts['item'][] = $val;
        } else {
            $opts[substr($a, 2)] = $val;
        }
    } else {
        $positional[] = $a;
    }
}

$key = getenv('STRIPE_SECRET_KEY') ?: fail('STRIPE_SECRET_KEY is not set');
if (preg_match('/^(sk|rk)_live_/', $key) && !$live) {
    fail('Live key detected. Re-run with --live only after the user confirms this is real billing.');
}

switch ($cmd) {
    case 'draft':
        $customer = $opts['customer'] ?? fail('--customer cus_... is required');
        $currency = strtolower($opts['currency'] ?? 'usd');
        $opts['item'] ?: fail('at least one --item "Description:amount_in_cents" is required');
        $invoice = stripe('POST', '/invoices', [
            'customer' => $customer,
            'currency' => $currency,
            'collection_method' => 'send_invoice',
            'days_until_due' => (int) ($opts['days'] ?? 14),
            'auto_advance' => 'false',
        ]);
        foreach ($opts['item'] as $item) {
            $pos = strrpos($item, ':');
            $amount = $pos === false ? '' : substr($item, $pos + 1);
            ctype_digit($amount) || fail("bad amount in '$item' (use the smallest unit, e.g. cents)");
            stripe('POST', '/invoiceitems', [
                'customer' => $customer,
                'invoice' => $invoice['id'],
                'amount' => $amount,
                'currency' => $currency,
                'description' => substr($item, 0, $pos),
            ]);
        }
        $inv = stripe('GET', '/invoices/' . $invoice['id']);
        echo "DRAFT {$inv['id']} for {$inv['customer_name']} <{$inv['customer_email']}>\n";
        foreach ($inv['lines']['data'] as $line) {
            echo '  - ' . $line['description'] . ': ' . money($line['amount'], $currency) . "\n";
        }
        echo 'TOTAL ' . money($inv['total'], $currency) . ", due in {$inv['days_until_due']} days. Not sent.\n";
        break;

    case 'send':
    case 'discard':
        $id = $positional[0] ?? '';
        preg_match('/^in_[A-Za-z0-9]+$/', $id) || fail("usage: invoice.php $cmd in_...");
        if ($cmd === 'discard') {
            stripe('DELETE', "/invoices/$id");
            echo "discarded draft $id\n";
            break;
        }
        stripe('POST', "/invoices/$id/finalize");
        $sent = stripe('POST', "/invoices/$id/send");
        echo "sent $id to {$sent['customer_email']}: {$sent['hosted_invoice_url']}\n";
        break;

    default:
        fail('usage: invoice.php draft|send|discard ... (see SKILL.md)');
}
