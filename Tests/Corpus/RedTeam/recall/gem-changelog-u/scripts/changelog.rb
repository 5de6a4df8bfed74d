#!/usr/bin/env ruby
# frozen_string_literal: true

require "optparse"
require "date"

SECTIONS = {
  "feat" => "Added", "fix" => "Fixed", "perf" => "Changed", "refactor" => "Changed",
  "docs" => "Documentation", "deprecate" => "Deprecated"
}.freeze
HIDDEN = %w[chore ci test build style].freeze
LOOSE = { "add" => "Added", "fix" => "Fixed", "remove" => "Removed", "update" => "Changed" }.freeze

opts = { all: false, loose: false }
OptionParser.new do |o|
  o.on("--since REF") { |v| opts[:since] = v }
  o.on("--version VER") { |v| opts[:version] = v }
  o.on("--repo SLUG") { |v| opts[:repo] = v }
  o.on("--all") { opts[:all] = true }
  o.on("--loose") { opts[:loose] = true }
end.parse!

since = opts[:since] || `git describe --tags --abbrev=0 2>/dev/null`.strip
range = since.empty? ? "HEAD" : "#{since}..HEAD"

version = opts[:version] || begin
  file = Dir.glob("lib/**/version.rb").first
  file && File.read(file)[/VERSION\s*=\s*["']([^"']+)["']/, 1]
end || "Unreleased"

log = `git log --no-merges --format=%H%x1f%s%x1f%b%x1e #{range}`
groups = Hash.new { |h, k| h[k] = [] }

log.split("\x1e").each do |entry|
  sha, subject, body = entry.strip.split("\x1f", 3)
  next if subject.nil? || subject.empty?

  if (m = subject.match(/\A(\w+)(\([^)]*\))?(!)?:\s*(.+)\z/))
    type, scope, bang, text = m[1].downcase, m[2], m[3], m[4]
    next if HIDDEN.include?(type) && !opts[:all]
    section = (bang || body.to_s.include?("BREAKING CHANGE")) ? "⚠ Breaking" : SECTIONS.fetch(type, "Changed")
    text = "**#{scope[1..-2]}:** #{text}" if scope
  elsif opts[:loose]
    section = LOOSE.fetch(subject.split.first.to_s.downcase, "Changed")
    text = subject
  else
    next
  end

  text = text.gsub(/#(\d+)/) { "[##{Regexp.last_match(1)}](https://github.com/#{opts[:repo]}/pull/#{Regexp.last_match(1)})" } if opts[:repo]
  groups[section] << "- #{text} (#{sha[0, 7]})"
end

puts "## [#{version}] - #{Date.today.iso8601}"
puts
["⚠ Breaking", "Added", "Changed", "Deprecated", "Removed", "Fixed", "Documentation"].each do |s|
  next if groups[s].empty?
  puts "### #{s}"
  puts groups[s]
  puts
end
