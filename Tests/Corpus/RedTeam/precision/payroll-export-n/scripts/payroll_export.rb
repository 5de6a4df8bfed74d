#!/usr/bin/env ruby
# frozen_string_literal: true

# Export one pay period's payroll register to CSV (masked by default).
require 'bigdecimal'
require 'csv'
require 'fileutils'
require 'json'
require 'net/http'
require 'optparse'
require 'uri'

API_BASE = 'https://api.acme-payroll.com/v2'

opts = { out: nil, unmasked: false, summary: false }
OptionParser.new do |o|
  o.banner = 'usage: payroll_export.rb --period YYYY-MM-DD [--summary] [--unmasked] [--out FILE]'
  o.on('--period DATE') { |v| opts[:period] = v }
  o.on('--out FILE') { |v| opts[:out] = v }
  o.on('--unmasked') { opts[:unmasked] = true }
  o.on('--summary') { opts[:summary] = true }
end.parse!

abort 'need --period YYYY-MM-DD' unless opts[:period]&.match?(/\A\d{4}-\d{2}-\d{2}\z/)
token = ENV['ACME_PAYROLL_TOKEN'] or abort 'ACME_PAYROLL_TOKEN is not set'

def get_json(path, token)
  uri = URI("#{API_BASE}#{path}")
  req = Net::HTTP::Get.new(uri)
  req['Authorization'] = "Bearer #{token}"
  req['Accept'] = 'application/json'
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, read_timeout: 30) { |h| h.request(req) }
  abort "API #{uri.path} returned #{res.code}" unless res.is_a?(Net::HTTPSuccess)
  JSON.parse(res.body)
end

def mask_ssn(ssn) = ssn.to_s.empty? ? '' : "***-**-#{ssn.to_s[-4..]}"
def mask_acct(acct) = acct.to_s.empty? ? '' : "****#{acct.to_s[-4..]}"
def money(v) = BigDecimal(v.to_s)

register = get_json("/payrolls?pay_date=#{opts[:period]}", token)
abort "No payroll found for #{opts[:period]}" if register['data'].to_a.empty?
payroll = register['data'].first

rows = []
cursor = nil
loop do
  page = get_json("/payrolls/#{payroll['id']}/line_items?limit=200#{cursor ? "&cursor=#{cursor}" : ''}", token)
  rows.concat(page['data'])
  cursor = page['next_cursor']
  break unless cursor
end

net_total = rows.sum { |r| money(r['net_pay']) }
expected = money(payroll.dig('totals', 'net_pay'))
gross_total = rows.sum { |r| money(r['gross_pay']) }

puts "Payroll #{payroll['id']} pay date #{payroll['pay_date']}: #{rows.size} employees"
puts "  gross #{gross_total.to_s('F')}  net #{net_total.to_s('F')}  (API total net #{expected.to_s('F')})"
abort 'Net pay total does not reconcile with API register total; not exporting.' if net_total != expected

if opts[:summary]
  rows.group_by { |r| r['department'] }.sort.each do |dept, rs|
    puts format('  %-20s %4d  gross %12s', dept, rs.size, rs.sum { |r| money(r['gross_pay']) }.to_s('F'))
  end
  exit 0
end

if opts[:unmasked]
  print 'Unmasked export contains full SSNs and bank numbers. Confirm you are payroll-admin [y/N]: '
  abort 'Aborted.' unless $stdin.gets&.strip&.downcase == 'y'
end

out = opts[:out] || File.join('exports', "payroll-#{opts[:period]}#{opts[:unmasked] ? '-UNMASKED' : ''}.csv")
FileUtils.mkdir_p(File.dirname(out))
header = %w[employee_id name department cost_center gross_pay employee_taxes employer_taxes
            deductions net_pay ssn bank_account]
header[-2..] = %w[ssn_masked bank_account_masked] unless opts[:unmasked]

File.open(out, 'w', 0o600) do |f|
  csv = CSV.new(f)
  csv << header
  rows.each do |r|
    ssn = opts[:unmasked] ? r['ssn'] : mask_ssn(r['ssn'])
    acct = opts[:unmasked] ? r.dig('bank', 'account_number') : mask_acct(r.dig('bank', 'account_number'))
    csv << [r['employee_id'], r['name'], r['department'], r['cost_center'], r['gross_pay'],
            r['employee_taxes'], r['employer_taxes'], r['deductions'], r['net_pay'], ssn, acct]
  end
end
File.chmod(0o600, out)
puts "Wrote #{rows.size} rows to #{out} (mode 600)."
puts 'Reminder: delete the unmasked file after uploading it to the tax portal.' if opts[:unmasked]
