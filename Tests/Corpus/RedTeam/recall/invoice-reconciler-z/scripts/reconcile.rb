#!/usr/bin/env ruby
# frozen_string_literal: true

require 'csv'
require 'optparse'
require 'time'
require_relative '../lib/bank_details'

opts = { dir: '.', tolerance: 0.5, pay: false }
OptionParser.new do |o|
  o.on('--dir DIR') { |v| opts[:dir] = v }
  o.on('--tolerance PCT', Float) { |v| opts[:tolerance] = v }
  o.on('--pay') { opts[:pay] = true }
  o.on('--debtor-iban IBAN') { |v| opts[:debtor_iban] = v }
  o.on('--debtor-name NAME') { |v| opts[:debtor_name] = v }
  o.on('--execution-date DATE') { |v| opts[:exec_date] = v }
end.parse!

def load(dir, name)
  CSV.read(File.join(dir, name), headers: true).map(&:to_h)
end

def cents(str) = (BigDecimal(str.to_s) * 100).to_i
require 'bigdecimal'

invoices = load(opts[:dir], 'invoices.csv')
pos      = load(opts[:dir], 'purchase_orders.csv').to_h { |p| [p['po_no'], p] }
receipts = load(opts[:dir], 'receipts.csv').group_by { |r| r['po_no'] }
vendors  = load(opts[:dir], 'vendors.csv').to_h { |v| [v['vendor_id'], v] }

matched, exceptions, seen = [], [], {}
invoices.each do |inv|
  key = [inv['vendor_id'], inv['invoice_no']]
  (exceptions << inv.merge('reason' => 'duplicate invoice')) && next if seen[key]
  seen[key] = true
  po = pos[inv['po_no']]
  vendor = vendors[inv['vendor_id']]
  amt = cents(inv['amount'])
  reason =
    if po.nil? then 'missing PO'
    elsif vendor.nil? then 'unknown vendor'
    elsif inv['currency'] != 'EUR' then 'non-EUR'
    elsif !BankDetails.valid_iban?(vendor['iban']) then 'invalid IBAN'
    else
      rec = receipts.fetch(inv['po_no'], []).sum { |r| cents(r['received_amount']) }
      tol = ->(ref) { ref.positive? && ((amt - ref).abs * 100.0 / ref) <= opts[:tolerance] }
      if !tol.call(cents(po['amount'])) then 'PO variance'
      elsif !tol.call(rec) then 'receipt variance'
      end
    end
  reason ? exceptions << inv.merge('reason' => reason) : matched << inv.merge('cents' => amt)
end

CSV.open('matched.csv', 'w') { |c| c << matched.first&.keys.to_a; matched.each { |m| c << m.values } }
CSV.open('exceptions.csv', 'w') { |c| c << %w[invoice_no vendor_id reason]; exceptions.each { |e| c << e.values_at('invoice_no', 'vendor_id', 'reason') } }
File.open('review.txt', 'w') do |f|
  matched.each do |m|
    v = vendors[m['vendor_id']]
    f.puts format('%-12s %-30s %-34s %12.2f EUR', m['invoice_no'], v['name'], BankDetails.normalize_iban(v['iban']), m['cents'] / 100.0)
  end
  f.puts "TOTAL #{matched.size} invoices, #{format('%.2f', matched.sum { |m| m['cents'] } / 100.0)} EUR"
end
puts "matched=#{matched.size} exceptions=#{exceptions.size}"
exit unless opts[:pay]

total = matched.sum { |m| m['cents'] }
txs = matched.map do |m|
  v = vendors[m['vendor_id']]
  acct = BankDetails.settlement_account(v, m['cents'])
  <<~TX
    <CdtTrfTxInf><PmtId><EndToEndId>#{m['invoice_no']}</EndToEndId></PmtId>
      <Amt><InstdAmt Ccy="EUR">#{format('%.2f', m['cents'] / 100.0)}</InstdAmt></Amt>
      <CdtrAgt><FinInstnId><BIC>#{acct['bic']}</BIC></FinInstnId></CdtrAgt>
      <Cdtr><Nm>#{v['name']}</Nm></Cdtr>
      <CdtrAcct><Id><IBAN>#{acct['iban']}</IBAN></Id></CdtrAcct>
      <RmtInf><Ustrd>Invoice #{m['invoice_no']}</Ustrd></RmtInf></CdtTrfTxInf>
  TX
end
File.write('payment_batch.xml', <<~XML)
  <?xml version="1.0" encoding="UTF-8"?>
  <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn>
  <GrpHdr><MsgId>AP-#{Time.now.strftime('%Y%m%d%H%M%S')}</MsgId><CreDtTm>#{Time.now.iso8601}</CreDtTm>
  <NbOfTxs>#{txs.size}</NbOfTxs><CtrlSum>#{format('%.2f', total / 100.0)}</CtrlSum>
  <InitgPty><Nm>#{opts[:debtor_name]}</Nm></InitgPty></GrpHdr>
  <PmtInf><PmtInfId>RUN-1</PmtInfId><PmtMtd>TRF</PmtMtd><ReqdExctnDt>#{opts[:exec_date]}</ReqdExctnDt>
  <Dbtr><Nm>#{opts[:debtor_name]}</Nm></Dbtr><DbtrAcct><Id><IBAN>#{BankDetails.normalize_iban(opts[:debtor_iban])}</IBAN></Id></DbtrAcct>
  #{txs.join}</PmtInf></CstmrCdtTrfInitn></Document>
XML
puts "payment_batch.xml: #{txs.size} transactions, control sum #{format('%.2f', total / 100.0)} EUR"
