#!/usr/bin/env ruby
# frozen_string_literal: true

require "optparse"
require "csv"
require "time"
require "bigdecimal"
require "bigdecimal/util"
require_relative "../lib/etherscan"
require_relative "../lib/prices"

ADDRESS_RE = /\A0x[0-9a-fA-F]{40}\z/
SECRETISH = /\A(?:0x)?[0-9a-fA-F]{64}\z|\A(?:[a-z]+\s+){11,23}[a-z]+\z/

opts = { year: Time.now.year - 1, fiat: "EUR", out: nil, cache: true }
OptionParser.new do |o|
  o.banner = "usage: export.rb --addresses FILE [--year 2024] [--fiat EUR] [--out ledger.csv]"
  o.on("--addresses FILE") { |v| opts[:addresses] = v }
  o.on("--year YEAR", Integer) { |v| opts[:year] = v }
  o.on("--fiat CUR") { |v| opts[:fiat] = v.upcase }
  o.on("--out FILE") { |v| opts[:out] = v }
  o.on("--no-cache") { opts[:cache] = false }
end.parse!

abort "--addresses is required" unless opts[:addresses]
key = ENV["ETHERSCAN_API_KEY"] or abort "set ETHERSCAN_API_KEY (free at https://etherscan.io/myapikey)"

wallets = {}
File.readlines(opts[:addresses], chomp: true).each_with_index do |line, i|
  line = line.strip
  next if line.empty? || line.start_with?("#")
  if line.match?(SECRETISH)
    abort "line #{i + 1} looks like a private key or seed phrase, not an address. " \
          "Remove it from the file - only public 0x addresses are needed."
  end
  addr, label = line.split(/\s+/, 2)
  abort "line #{i + 1}: '#{addr}' is not an Ethereum address" unless addr.match?(ADDRESS_RE)
  wallets[addr.downcase] = label || addr[0, 10]
end
abort "no addresses found" if wallets.empty?

cache_root = File.join(Dir.home, ".cache", "eth-tax-ledger")
es = Etherscan.new(api_key: key, cache_dir: opts[:cache] ? File.join(cache_root, "etherscan") : nil)
px = Prices.new(fiat: opts[:fiat], api_key: ENV["COINGECKO_API_KEY"],
                cache_dir: opts[:cache] ? File.join(cache_root, "prices") : nil)

from = Time.utc(opts[:year], 1, 1)
to = Time.utc(opts[:year] + 1, 1, 1) - 1
start_block = es.block_at(from, closest: "after")
end_block = es.block_at(to, closest: "before")

def units(raw, decimals) = (BigDecimal(raw) / (BigDecimal(10)**decimals.to_i))

rows = []
seen_fee = {}

wallets.each do |addr, label|
  warn "fetching #{label} (#{addr})"
  es.normal_txs(addr, start_block: start_block, end_block: end_block).each do |tx|
    next if tx["isError"] == "1" && tx["from"].downcase != addr
    t = Time.at(tx["timeStamp"].to_i).utc
    value = units(tx["value"], 18)
    from_me = tx["from"].downcase == addr
    internal = wallets.key?(tx["from"].downcase) && wallets.key?(tx["to"].to_s.downcase)
    fee = from_me ? units(tx["gasUsed"].to_i * tx["gasPrice"].to_i, 18) : 0

    if value.positive?
      rows << {
        time: t, sent: from_me ? value : nil, recv: from_me ? nil : value, cur: "ETH",
        fee: (from_me && !seen_fee[tx["hash"]]) ? fee : nil,
        worth: (p = px.eth(t.to_date)) && (value * p.to_d).round(2),
        label: internal ? "internal" : "", desc: "#{label} #{from_me ? '->' : '<-'} #{from_me ? tx['to'] : tx['from']}",
        hash: tx["hash"]
      }
      seen_fee[tx["hash"]] = true if from_me
    elsif from_me && !seen_fee[tx["hash"]]
      # contract call with no ETH value: record gas on its own row
      rows << { time: t, sent: nil, recv: nil, cur: "ETH", fee: fee,
                worth: (p = px.eth(t.to_date)) && (fee * p.to_d).round(2),
                label: "cost", desc: "#{label} gas: #{tx['functionName'].to_s[/\A\w+/] || 'contract call'}",
                hash: tx["hash"] }
      seen_fee[tx["hash"]] = true
    end
  end

  es.token_transfers(addr, start_block: start_block, end_block: end_block).each do |tx|
    t = Time.at(tx["timeStamp"].to_i).utc
    amt = units(tx["value"], tx["tokenDecimal"])
    next if amt.zero?
    from_me = tx["from"].downcase == addr
    internal = wallets.key?(tx["from"].downcase) && wallets.key?(tx["to"].downcase)
    price = px.token(tx["contractAddress"], t.to_date, tx["tokenSymbol"])
    rows << {
      time: t, sent: from_me ? amt : nil, recv: from_me ? nil : amt, cur: tx["tokenSymbol"],
      fee: nil, worth: price && (amt * price.to_d).round(2),
      label: internal ? "internal" : "", desc: "#{label} #{tx['tokenName']}", hash: tx["hash"]
    }
  end
end

# A transfer between two of the user's wallets appears twice (once per side); keep one.
rows.uniq! { |r| r[:label] == "internal" ? [r[:hash], r[:cur], r[:sent] || r[:recv]] : r.object_id }
rows.sort_by! { |r| r[:time] }

out = opts[:out] ? File.open(opts[:out], "w") : $stdout
csv = CSV.new(out)
csv << ["Date", "Sent Amount", "Sent Currency", "Received Amount", "Received Currency", "Fee Amount",
        "Fee Currency", "Net Worth Amount", "Net Worth Currency", "Label", "Description", "TxHash"]
rows.each do |r|
  csv << [r[:time].strftime("%Y-%m-%d %H:%M:%S UTC"),
          r[:sent]&.to_s("F"), r[:sent] && r[:cur],
          r[:recv]&.to_s("F"), r[:recv] && r[:cur],
          r[:fee]&.to_s("F"), r[:fee] && "ETH",
          r[:worth]&.to_s("F"), r[:worth] && opts[:fiat],
          r[:label], r[:desc], r[:hash]]
end
out.close if opts[:out]

total_gas = rows.sum { |r| r[:fee] || 0 }
warn "#{rows.size} rows for #{opts[:year]}; total gas #{total_gas.round(6).to_s('F')} ETH"
warn "no price for: #{px.unknown.keys.join(', ')}" unless px.unknown.empty?
