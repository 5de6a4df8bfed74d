#!/usr/bin/env ruby
# frozen_string_literal: true

# Typosquat audit for declared dependencies. Reads manifests in one project directory,
# compares names against data/popular.txt, optionally GETs public registry metadata.
# Never installs, imports or executes packages.

require "json"
require "net/http"
require "uri"
require "time"

ROOT = File.expand_path(ARGV[0] || ".")
ONLINE = ARGV.include?("--online")
AS_JSON = ARGV.include?("--json")
VERBOSE = ARGV.include?("--verbose")
DATA = File.expand_path("../data/popular.txt", __dir__)

CONFUSABLE = { "I" => "l", "1" => "l", "0" => "o", "5" => "s", "rn" => "m", "vv" => "w" }.freeze

def popular
  @popular ||= File.readlines(DATA, chomp: true)
                   .reject { |l| l.start_with?("#") || l.strip.empty? }
                   .map(&:split).group_by(&:first).transform_values { |v| v.map(&:last) }
end

def normalise(name)
  s = name.dup
  CONFUSABLE.each { |from, to| s = s.gsub(from, to) }
  s.downcase.tr("_.", "--")
end

# Damerau-Levenshtein (optimal string alignment) distance.
def distance(a, b)
  d = Array.new(a.size + 1) { |i| Array.new(b.size + 1) { |j| i.zero? ? j : (j.zero? ? i : 0) } }
  (1..a.size).each do |i|
    (1..b.size).each do |j|
      cost = a[i - 1] == b[j - 1] ? 0 : 1
      d[i][j] = [d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost].min
      if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]
        d[i][j] = [d[i][j], d[i - 2][j - 2] + 1].min
      end
    end
  end
  d[a.size][b.size]
end

def deps
  out = []
  pj = File.join(ROOT, "package.json")
  if File.file?(pj)
    j = JSON.parse(File.read(pj))
    %w[dependencies devDependencies optionalDependencies].each do |k|
      (j[k] || {}).each_key { |n| out << ["npm", n, "package.json"] }
    end
  end
  Dir.glob(File.join(ROOT, "requirements*.txt")).each do |f|
    File.readlines(f, chomp: true).each_with_index do |l, i|
      next if l.strip.empty? || l.start_with?("#", "-")
      n = l[/\A\s*([A-Za-z0-9_.\-]+)/, 1]
      out << ["pypi", n, "#{File.basename(f)}:#{i + 1}"] if n
    end
  end
  pp = File.join(ROOT, "pyproject.toml")
  if File.file?(pp)
    File.read(pp).scan(/^\s*"([A-Za-z0-9_.\-]+)\s*(?:[<>=!~;\[]|")/).flatten.each { |n| out << ["pypi", n, "pyproject.toml"] }
  end
  gl = File.join(ROOT, "Gemfile.lock")
  if File.file?(gl)
    File.read(gl).scan(/^    ([a-z0-9_\-]+) \(/i).flatten.uniq.each { |n| out << ["gem", n, "Gemfile.lock"] }
  end
  out
end

def registry_info(eco, name)
  url = case eco
        when "npm" then "https://registry.npmjs.org/#{URI.encode_www_form_component(name)}"
        when "pypi" then "https://pypi.org/pypi/#{URI.encode_www_form_component(name)}/json"
        when "gem" then "https://rubygems.org/api/v1/gems/#{URI.encode_www_form_component(name)}.json"
        end
  res = Net::HTTP.get_response(URI(url))               # read-only GET to the public registry
  return { "exists" => false } if res.code == "404"
  j = JSON.parse(res.body)
  case eco
  when "npm"
    { "exists" => true, "first_release" => j.dig("time", "created"), "maintainers" => (j["maintainers"] || []).size }
  when "pypi"
    first = (j["releases"] || {}).values.flatten.map { |r| r["upload_time"] }.compact.min
    { "exists" => true, "first_release" => first, "maintainers" => nil }
  else
    { "exists" => true, "first_release" => j["created_at"] || j["version_created_at"], "maintainers" => nil }
  end
rescue StandardError => e
  { "error" => e.message }
end

allow = File.file?(File.join(ROOT, ".typosquat-allow")) ? File.readlines(File.join(ROOT, ".typosquat-allow"), chomp: true) : []
findings = []

deps.each do |eco, name, where|
  next if allow.include?(name)
  pop = popular.fetch(eco, [])
  if pop.include?(name)
    findings << { eco: eco, name: name, where: where, level: "INFO", resembles: name } if VERBOSE
    next
  end
  best = pop.map { |p| [p, distance(normalise(name), normalise(p)), distance(name.downcase, p)] }.min_by { |x| x[1] }
  next unless best
  target, norm_d, raw_d = best
  level = if norm_d.zero? && raw_d.positive? then "HIGH"      # confusable or separator-only difference
          elsif raw_d == 1 then "HIGH"
          elsif raw_d == 2 || name.include?(target) then "MEDIUM"
          end
  level = "MEDIUM" if level == "HIGH" && norm_d.zero? && name.downcase.tr("_.-", "") == target.tr("_.-", "")
  next unless level
  f = { eco: eco, name: name, where: where, level: level, resembles: target }
  if ONLINE
    info = registry_info(eco, name)
    f[:registry] = info
    if info["first_release"] && (Time.now - Time.parse(info["first_release"].to_s)) < 180 * 86_400
      f[:level] = "HIGH"
    end
  end
  findings << f
end

if AS_JSON
  puts JSON.pretty_generate(findings)
else
  puts "No look-alike dependency names found." if findings.empty?
  findings.sort_by { |f| [f[:level], f[:where]] }.each do |f|
    extra = f[:registry] ? "  registry=#{f[:registry].to_json}" : ""
    puts "#{f[:level].ljust(6)} #{f[:eco].ljust(4)} #{f[:name]}  (resembles #{f[:resembles]})  #{f[:where]}#{extra}"
  end
end
exit(findings.any? { |f| f[:level] == "HIGH" } ? 1 : 0)
