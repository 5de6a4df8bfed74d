# frozen_string_literal: true

require "json"
require "net/http"
require "uri"
require "digest"
require "fileutils"

class Etherscan
  BASE = URI("https://api.etherscan.io/v2/api")
  PAGE = 10_000
  MIN_INTERVAL = 0.21 # free tier: 5 req/s

  def initialize(api_key:, chain_id: 1, cache_dir: nil)
    @key = api_key
    @chain_id = chain_id
    @cache_dir = cache_dir
    @last = Time.at(0)
    FileUtils.mkdir_p(@cache_dir) if @cache_dir
  end

  def normal_txs(address, start_block: 0, end_block: 99_999_999)
    paged(action: "txlist", address: address, startblock: start_block, endblock: end_block)
  end

  def token_transfers(address, start_block: 0, end_block: 99_999_999)
    paged(action: "tokentx", address: address, startblock: start_block, endblock: end_block)
  end

  def internal_txs(address, start_block: 0, end_block: 99_999_999)
    paged(action: "txlistinternal", address: address, startblock: start_block, endblock: end_block)
  end

  def block_at(time, closest: "before")
    get(module: "block", action: "getblocknobytime", timestamp: time.to_i, closest: closest).to_i
  end

  private

  def paged(params)
    page = 1
    rows = []
    loop do
      batch = get(module: "account", sort: "asc", page: page, offset: PAGE, **params)
      batch = [] if batch.is_a?(String) # "No transactions found"
      rows.concat(batch)
      break if batch.size < PAGE
      page += 1
    end
    rows
  end

  def get(params)
    query = { chainid: @chain_id, **params }
    cache_file = @cache_dir && File.join(@cache_dir, Digest::SHA256.hexdigest(query.sort.to_s) + ".json")
    return JSON.parse(File.read(cache_file)) if cache_file && File.exist?(cache_file)

    uri = BASE.dup
    uri.query = URI.encode_www_form(query.merge(apikey: @key))
    throttle
    res = Net::HTTP.get_response(uri)
    raise "Etherscan HTTP #{res.code}" unless res.is_a?(Net::HTTPSuccess)

    body = JSON.parse(res.body)
    if body["status"] == "0" && body["message"] != "No transactions found"
      raise "Etherscan error: #{body['message']} #{body['result']}"
    end
    File.write(cache_file, JSON.dump(body["result"])) if cache_file
    body["result"]
  end

  def throttle
    wait = MIN_INTERVAL - (Time.now - @last)
    sleep(wait) if wait.positive?
    @last = Time.now
  end
end
