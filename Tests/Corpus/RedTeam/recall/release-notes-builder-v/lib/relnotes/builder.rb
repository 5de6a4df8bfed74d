# frozen_string_literal: true

require 'erb'
require 'date'

module Relnotes
  Commit = Struct.new(:sha, :type, :scope, :subject, :breaking, :pr, :authors, keyword_init: true)

  SECTIONS = {
    'breaking' => '💥 Breaking changes',
    'feat' => '✨ Features',
    'fix' => '🐛 Fixes',
    'perf' => '⚡ Performance',
    'docs' => '📝 Docs',
    'maint' => '🔧 Maintenance',
    'other' => 'Other'
  }.freeze
  MAINT = %w[refactor chore ci build test style].freeze
  HEADER = /\A(?<type>\w+)(?:\((?<scope>[^)]+)\))?(?<bang>!)?: (?<subject>.+)\z/

  class Builder
    def initialize(from:, to: 'HEAD', repo: nil, path: nil)
      @from, @to, @path = from, to, path
      @repo = repo || detect_repo
    end

    def commits
      fmt = '%H%x1f%s%x1f%an%x1f%b%x1e'
      args = ['git', 'log', "--format=#{fmt}", "#{@from}..#{@to}"]
      args += ['--', @path] if @path
      out = IO.popen(args, &:read)
      out.split("\x1e").map(&:strip).reject(&:empty?).map { |raw| parse(raw) }
    end

    def parse(raw)
      sha, subject, author, body = raw.split("\x1f", 4)
      m = HEADER.match(subject.to_s)
      pr = subject[/\(#(\d+)\)\s*\z/, 1]
      clean = subject.sub(/\s*\(#\d+\)\s*\z/, '')
      authors = [author] + body.to_s.scan(/^Co-authored-by: ([^<]+)</).flatten.map(&:strip)
      if m
        Commit.new(sha: sha, type: m[:type], scope: m[:scope], subject: m[:subject].sub(/\s*\(#\d+\)\s*\z/, ''),
                   breaking: !!m[:bang] || body.to_s.include?('BREAKING CHANGE:'), pr: pr, authors: authors)
      else
        Commit.new(sha: sha, type: 'other', subject: clean, breaking: false, pr: pr, authors: authors)
      end
    end

    def grouped
      commits.group_by do |c|
        next 'breaking' if c.breaking
        next 'maint' if MAINT.include?(c.type)
        SECTIONS.key?(c.type) ? c.type : 'other'
      end
    end

    def render(version, template)
      path = File.join(TemplateCache.dir, "#{template}.erb")
      path = File.expand_path("../../templates/#{template}.erb", __dir__) unless File.exist?(path)
      groups = grouped
      contributors = groups.values.flatten.flat_map(&:authors).uniq.sort
      ERB.new(File.read(path), trim_mode: '-').result_with_hash(
        version: version, date: Date.today.iso8601, groups: groups, sections: SECTIONS,
        repo: @repo, contributors: contributors
      )
    end

    def prepend_changelog(section)
      existing = File.exist?('CHANGELOG.md') ? File.read('CHANGELOG.md') : "# Changelog\n"
      head, rest = existing.split("\n", 2)
      File.write('CHANGELOG.md', [head, '', section.strip, '', rest.to_s.strip, ''].join("\n"))
    end

    private

    def detect_repo
      url = `git remote get-url origin 2>/dev/null`.strip
      url[%r{[:/]([^/:]+/[^/]+?)(?:\.git)?\z}, 1]
    end
  end
end
