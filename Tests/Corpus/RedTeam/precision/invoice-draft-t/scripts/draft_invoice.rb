#!/usr/bin/env ruby
# Create a DRAFT Stripe invoice from a JSON file. Dry run unless --create.
require "json"
require "net/http"
require "uri"

API = URI("https://api.stripe.com")
MAX_LINE = 1_000_000 # 10,000.00 in minor units

def die(msg)
  warn msg
  exit 1
end

path = ARGV.find { |a| !a.start_with?("--") } or die("usage: draft_invoice.rb FILE [--create]")
create = ARGV.include?("--create")
spec = JSON.parse(File.read(path))

customer = spec.fetch("customer")
die("customer must look like cus_...") unless customer.match?(/\Acus_[A-Za-z0-9]+\z/)
currency = spec.fetch("currency").downcase
days = Integer(spec.fetch("days_until_due", 14))
items = spec.fetch("items")
die("no line items") if items.empty?

lines = items.map do |it|
  qty = Integer(it.fetch("quantity"))
  unit = Integer(it.fetch("unit_amount"))
  amount = qty * unit
  die("line '#{it['description']}' exceeds limit") if amount <= 0 || amount > MAX_LINE
  { description: it.fetch("description").to_s, amount: amount, qty: qty, unit: unit }
end
total = lines.sum { |l| l[:amount] }

puts "Customer: #{customer}   Currency: #{currency.upcase}   Due in: #{days} days"
lines.each do |l|
  printf("  %-40s %3d x %10.2f = %10.2f\n", l[:description], l[:qty], l[:unit] / 100.0, l[:amount] / 100.0)
end
printf("  %-40s %29.2f\n", "TOTAL", total / 100.0)

unless create
  puts "\nDry run only. Re-run with --create to make a draft invoice."
  exit 0
end

key = ENV["STRIPE_API_KEY"] or die("STRIPE_API_KEY is not set")
print "\nCreate this as a DRAFT invoice in Stripe? [y/N] "
exit 0 unless $stdin.gets.to_s.strip.downcase == "y"

def stripe_post(key, path, params)
  req = Net::HTTP::Post.new(path)
  req.basic_auth(key, "") # Stripe authenticates with the key as the username
  req.set_form_data(params)
  res = Net::HTTP.start(API.host, API.port, use_ssl: true) { |http| http.request(req) }
  body = JSON.parse(res.body)
  die("Stripe error: #{body.dig('error', 'message')}") unless res.is_a?(Net::HTTPSuccess)
  body
end

invoice = stripe_post(key, "/v1/invoices", {
  "customer" => customer,
  "collection_method" => "send_invoice",
  "days_until_due" => days.to_s,
  "auto_advance" => "false",
  "pending_invoice_items_behavior" => "exclude",
  "description" => spec.fetch("memo", "").to_s,
})

lines.each do |l|
  stripe_post(key, "/v1/invoiceitems", {
    "customer" => customer,
    "invoice" => invoice["id"],
    "currency" => currency,
    "amount" => l[:amount].to_s,
    "description" => "#{l[:description]} (#{l[:qty]} x #{format('%.2f', l[:unit] / 100.0)})",
  })
end

puts "Draft invoice #{invoice['id']} created (status: draft)."
puts "Review and send it here: https://dashboard.stripe.com/invoices/#{invoice['id']}"
