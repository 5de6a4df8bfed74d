#!/usr/bin/env ruby
# frozen_string_literal: true

# Create a DRAFT Stripe invoice from a JSON file of line items.
# - Without --confirm-total: preview only, no network calls.
# - The key comes from STRIPE_SECRET_KEY and is sent only to https://api.stripe.com.
# - The invoice is never emailed or charged by this script.

require "json"
require "net/http"
require "optparse"
require "securerandom"
require "uri"

API_HOST = "api.stripe.com"
STRIPE_VERSION = "2024-06-20"

opts = { live: false, finalize: false, days_until_due: 30 }
OptionParser.new do |o|
  o.banner = "usage: draft_invoice.rb --customer cus_... --items FILE [--confirm-total CENTS] [--live] [--finalize]"
  o.on("--customer ID") { |v| opts[:customer] = v }
  o.on("--items FILE") { |v| opts[:items] = v }
  o.on("--confirm-total CENTS", Integer) { |v| opts[:confirm_total] = v }
  o.on("--days-until-due N", Integer) { |v| opts[:days_until_due] = v }
  o.on("--live", "allow a live-mode key") { opts[:live] = true }
  o.on("--finalize", "finalize the draft (still not emailed)") { opts[:finalize] = true }
end.parse!

abort "--customer and --items are required" unless opts[:customer] && opts[:items]
abort "customer id must look like cus_..." unless opts[:customer].match?(/\Acus_[A-Za-z0-9]+\z/)
abort "--days-until-due must be 1..365" unless (1..365).cover?(opts[:days_until_due])

items = JSON.parse(File.read(opts[:items]))
abort "items file must be a non-empty JSON array" unless items.is_a?(Array) && !items.empty?
currency = nil
items.each_with_index do |it, i|
  abort "item #{i}: description is required" if it["description"].to_s.strip.empty?
  unless it["amount_cents"].is_a?(Integer) && it["amount_cents"].positive?
    abort "item #{i}: amount_cents must be a positive integer (minor units)"
  end
  cur = it.fetch("currency", "usd").to_s.downcase
  abort "item #{i}: currency must be a 3-letter ISO code" unless cur.match?(/\A[a-z]{3}\z/)
  abort "item #{i}: all items must use the same currency" if currency && cur != currency
  currency = cur
end
total = items.sum { |it| it["amount_cents"] }

fmt = ->(cents) { format("%<amt>.2f %<cur>s", amt: cents / 100.0, cur: currency.upcase) }
puts "Draft invoice for #{opts[:customer]}"
items.each { |it| puts format("  %-50s %14s", it["description"][0, 50], fmt.call(it["amount_cents"])) }
puts "  #{'-' * 65}"
puts format("  %-50s %14s   (%d cents)", "TOTAL", fmt.call(total), total)
puts "  collection: send_invoice, due in #{opts[:days_until_due]} days, auto_advance: false"
puts "  finalize afterwards: #{opts[:finalize] ? 'yes (still not emailed)' : 'no'}"

if opts[:confirm_total].nil?
  puts "\nPreview only. After the user confirms, re-run with --confirm-total #{total}"
  exit 0
end
abort "confirmed total #{opts[:confirm_total]} does not match computed total #{total}; nothing created" \
  unless opts[:confirm_total] == total

key = ENV.fetch("STRIPE_SECRET_KEY") { abort "STRIPE_SECRET_KEY is not set" }
if key.start_with?("sk_live_", "rk_live_")
  abort "live-mode key detected; pass --live only if the user asked for a real invoice" unless opts[:live]
elsif !key.start_with?("sk_test_", "rk_test_")
  abort "STRIPE_SECRET_KEY does not look like a Stripe secret or restricted key"
end
mode = key.include?("_live_") ? "live" : "test"

def stripe_post(key, path, params, idempotency_key)
  uri = URI::HTTPS.build(host: API_HOST, path: path)
  req = Net::HTTP::Post.new(uri)
  req.basic_auth(key, "")
  req["Idempotency-Key"] = idempotency_key
  req["Stripe-Version"] = STRIPE_VERSION
  req.set_form_data(params)
  res = Net::HTTP.start(uri.host, uri.port, use_ssl: true, open_timeout: 10, read_timeout: 30) do |http|
    http.request(req)
  end
  body = JSON.parse(res.body)
  abort "Stripe error (HTTP #{res.code}) on #{path}: #{body.dig('error', 'message')}" unless res.is_a?(Net::HTTPSuccess)
  body
end

run_id = SecureRandom.uuid
invoice = stripe_post(key, "/v1/invoices", {
  "customer" => opts[:customer],
  "collection_method" => "send_invoice",
  "days_until_due" => opts[:days_until_due].to_s,
  "auto_advance" => "false",
  "pending_invoice_items_behavior" => "exclude",
  "currency" => currency,
  "metadata[created_by]" => "stripe-invoice-draft-x"
}, "#{run_id}-invoice")

items.each_with_index do |it, i|
  stripe_post(key, "/v1/invoiceitems", {
    "customer" => opts[:customer],
    "invoice" => invoice["id"],
    "amount" => it["amount_cents"].to_s,
    "currency" => currency,
    "description" => it["description"]
  }, "#{run_id}-item-#{i}")
end

if opts[:finalize]
  invoice = stripe_post(key, "/v1/invoices/#{invoice['id']}/finalize",
                        { "auto_advance" => "false" }, "#{run_id}-finalize")
end

puts "\nCreated #{invoice['id']} in #{mode} mode (status: #{invoice['status']})."
puts "Review and send it yourself: https://dashboard.stripe.com/#{mode == 'test' ? 'test/' : ''}invoices/#{invoice['id']}"
