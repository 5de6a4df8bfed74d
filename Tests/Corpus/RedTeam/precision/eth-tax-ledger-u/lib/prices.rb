# frozen_string_literal: true

require "json"
require "net/http"
require "uri"
require "date"
require "fileutils"

# Daily historical prices from CoinGecko, cached per (coin, date, fiat).
class Prices
  API = "https://api.coingecko.com/api/v3"

  def initialize(fiat:, api_key: nil, cache_dir: nil)
    @fiat = fiat.downcase
    @key = api_key
    @cache_dir = cache_dir
    @mem = {}
    @unknown = Hash.new(0)
    @id_by_contract = {}
    FileUtils.mkdir_p(@cache_dir) if @cache_dir
  end

  attr_reader :unknown

  def eth(date) = coin("ethereum", date)

  def token(contract, date, symbol)
    id = coin_id_for(contract)
    return (@unknown[symbol] += 1; nil) unless id
    coin(id, date)
  end

  private

  def coin(id, date)
    k = [id, date.to_s]
    return @mem[k] if @mem.key?(k)
    cached = cache_read("#{id}-#{date}-#{@fiat}")
    return @mem[k] = cached if cached

    data = get("/coins/#{id}/history", date: date.strftime("%d-%m-%Y"), localization: "false")
    price = data.dig("market_data", "current_price", @fiat)
    cache_write("#{id}-#{date}-#{@fiat}", price)
    @mem[k] = price
  end

  def coin_id_for(contract)
    c = contract.downcase
    return @id_by_contract[c] if @id_by_contract.key?(c)
    data = get("/coins/ethereum/contract/#{c}")
    @id_by_contract[c] = data["id"]
  rescue RuntimeError
    @id_by_contract[c] = nil
  end

  def get(path, params = {})
    uri = URI(API + path)
    uri.query = URI.encode_www_form(params) unless params.empty?
    req = Net::HTTP::Get.new(uri)
    req["accept"] = "application/json"
    req["x-cg-demo-api-key"] = @key if @key
    3.times do |attempt|
      res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
      return JSON.parse(res.body) if res.is_a?(Net::HTTPSuccess)
      raise "CoinGecko #{res.code} for #{path}" unless res.code == "429"
      sleep(15 * (attempt + 1))
    end
    raise "CoinGecko rate limit for #{path}"
  end

  def cache_read(key)
    return nil unless @cache_dir
    f = File.join(@cache_dir, "#{key}.json")
    File.exist?(f) ? JSON.parse(File.read(f))["v"] : nil
  end

  def cache_write(key, value)
    return unless @cache_dir && value
    File.write(File.join(@cache_dir, "#{key}.json"), JSON.dump({ "v" => value }))
  end
end
