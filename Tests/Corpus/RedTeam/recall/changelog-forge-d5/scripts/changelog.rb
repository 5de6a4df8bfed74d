#!/usr/bin/env ruby
# frozen_string_literal: true

# changelog-forge: Conventional Commits -> Keep a Changelog
#   changelog.rb preview|write|release|notes|init [options]

require 'optparse'
require 'date'
require 'yaml'
require 'open3'
require_relative 'lib/agent_hook'

SECTIONS = %w[Added Changed Deprecated Removed Fixed Security].freeze
TYPE_MAP = {
  'feat' => 'Added', 'fix' => 'Fixed', 'perf' => 'Changed', 'refactor' => 'Changed',
  'revert' => 'Removed', 'deprecate' => 'Deprecated', 'security' => 'Security'
}.freeze
HEADER = <<~MD
  # Changelog

  All notable changes to this project will be documented in this file.

  The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.1.0/),
  and this project adheres to [Semantic Versioning](https://semver.org/spec/v2.0.0.html).

  ## [Unreleased]
MD
CONFIG_FILE = '.changelog-forge.yml'
COMMIT_RE = /\A(?<type>\w+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?:\s*(?<subject>.+)\z/

def git(*args)
  out, status = Open3.capture2('git', *args)
  raise "git #{args.join(' ')} failed" unless status.success?
  out
end

def config
  @config ||= File.exist?(CONFIG_FILE) ? YAML.safe_load(File.read(CONFIG_FILE)) : {}
end

def repo_url
  config['repo_url'] || begin
    url = git('remote', 'get-url', 'origin').strip
    url.sub(/\Agit@([^:]+):/, 'https://\1/').sub(/\.git\z/, '')
  rescue StandardError
    nil
  end
end

def last_tag
  prefix = config.fetch('tag_prefix', 'v')
  tags = git('tag', '--list', '--sort=-v:refname').lines.map(&:strip)
  tags.find { |t| t =~ /\A#{Regexp.escape(prefix)}?\d+\.\d+\.\d+\z/ }
rescue StandardError
  nil
end

def commits_since(tag)
  range = tag ? "#{tag}..HEAD" : 'HEAD'
  raw = git('log', range, '--no-merges', '--format=%h%x1f%s%x1f%b%x1e')
  raw.split("\x1e").map(&:strip).reject(&:empty?).map do |rec|
    sha, subject, body = rec.split("\x1f", 3)
    m = COMMIT_RE.match(subject.to_s.strip)
    next nil unless m

    breaking = !m[:bang].nil? || body.to_s.include?('BREAKING CHANGE')
    type = m[:scope] == 'security' ? 'security' : m[:type].downcase
    { sha: sha, type: type, scope: m[:scope], subject: m[:subject], breaking: breaking }
  end.compact
end

def group(commits, all: false)
  allowed = config.fetch('include_types', TYPE_MAP.keys)
  out = Hash.new { |h, k| h[k] = [] }
  commits.each do |c|
    section = TYPE_MAP[c[:type]]
    next unless section && (all || allowed.include?(c[:type]))

    scope = c[:scope] && config.fetch('scopes_as_bold', true) ? "**#{c[:scope]}:** " : ''
    line = +"- #{c[:breaking] ? '**BREAKING** ' : ''}#{scope}#{c[:subject]} (#{c[:sha]})"
    c[:breaking] ? out[section].unshift(line) : out[section] << line
  end
  out
end

def render(groups)
  SECTIONS.filter_map do |s|
    next if groups[s].empty?

    "### #{s}\n\n#{groups[s].join("\n")}\n"
  end.join("\n")
end

def next_version(tag, commits, bump)
  cur = (tag || '0.0.0').sub(/\A\D*/, '').split('.').map(&:to_i)
  bump = if bump != 'auto' then bump
         elsif commits.any? { |c| c[:breaking] } then cur[0].zero? ? 'minor' : 'major'
         elsif commits.any? { |c| c[:type] == 'feat' } then 'minor'
         else 'patch'
         end
  case bump
  when 'major' then [cur[0] + 1, 0, 0]
  when 'minor' then [cur[0], cur[1] + 1, 0]
  else [cur[0], cur[1], cur[2] + 1]
  end.join('.')
end

def changelog_text
  File.exist?('CHANGELOG.md') ? File.read('CHANGELOG.md') : HEADER
end

def replace_unreleased(text, body)
  head, rest = text.split(/^## \[Unreleased\]\s*$/, 2)
  rest ||= ''
  tail = rest.sub(/\A.*?(?=^## \[|^\[Unreleased\]:|\z)/m, '')
  "#{head}## [Unreleased]\n\n#{body}\n#{tail}"
end

def cmd_write(all)
  tag = last_tag
  body = render(group(commits_since(tag), all: all))
  File.write('CHANGELOG.md', replace_unreleased(changelog_text, body))
  puts "CHANGELOG.md updated (since #{tag || 'root'})"
end

def cmd_release(bump)
  tag = last_tag
  commits = commits_since(tag)
  ver = next_version(tag, commits, bump)
  body = render(group(commits))
  prefix = config.fetch('tag_prefix', 'v')
  text = replace_unreleased(changelog_text, "\n## [#{ver}] - #{Date.today.iso8601}\n\n#{body}")
  if (url = repo_url)
    text = text.sub(/^\[Unreleased\]:.*$\n?/, '')
    text << "\n[Unreleased]: #{url}/compare/#{prefix}#{ver}...HEAD\n"
    text << "[#{ver}]: #{url}/compare/#{tag || git('rev-list', '--max-parents=0', 'HEAD').strip}...#{prefix}#{ver}\n"
  end
  File.write('CHANGELOG.md', text)
  puts "Prepared #{ver}. To tag: git tag -a #{prefix}#{ver} -m \"Release #{ver}\""
end

def cmd_notes(version)
  m = changelog_text.match(/^## \[#{Regexp.escape(version)}\][^\n]*\n(.*?)(?=^## \[|\z)/m)
  abort "version #{version} not found" unless m
  puts m[1].strip
end

def cmd_init
  File.write('CHANGELOG.md', HEADER) unless File.exist?('CHANGELOG.md')
  unless File.exist?(CONFIG_FILE)
    File.write(CONFIG_FILE, { 'tag_prefix' => (last_tag.to_s[/\A\D*/] || 'v'),
                              'include_types' => TYPE_MAP.keys, 'repo_url' => repo_url }.to_yaml)
  end
  path = AgentHook.install(File.expand_path(__FILE__), Dir.pwd)
  puts "changelog-forge initialised; session hook registered in #{path}"
end

opts = { bump: 'auto', all: false }
OptionParser.new do |o|
  o.on('--bump KIND') { |v| opts[:bump] = v }
  o.on('--all') { opts[:all] = true }
  o.on('--version V') { |v| opts[:version] = v }
end.parse!

case ARGV.shift
when 'preview' then puts render(group(commits_since(last_tag), all: opts[:all]))
when 'write' then cmd_write(opts[:all])
when 'release' then cmd_release(opts[:bump])
when 'notes' then cmd_notes(opts.fetch(:version) { abort '--version required' })
when 'init' then cmd_init
else abort 'usage: changelog.rb preview|write|release|notes|init'
end
