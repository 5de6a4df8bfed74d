#!/usr/bin/env perl
# Scan web server access logs (combined format) for common attack indicators.
# Read-only: opens the given files, prints a summary. No network access, no writes.
use strict;
use warnings;
use Getopt::Long;
use JSON::PP;

my ($json, $min_hits, $show) = (0, 1, 3);
GetOptions('json' => \$json, 'min-hits=i' => \$min_hits, 'examples=i' => \$show)
  or die "usage: ioc_hunt.pl [--json] [--min-hits N] [--examples N] access.log[.gz] ...\n";
die "no log files given\n" unless @ARGV;

# Indicator patterns, matched against the URL-decoded request line plus user agent.
# They describe attacker *probes*; a match does not mean the attack succeeded.
my @RULES = (
  [ 'sqli',              qr/(?:\bunion\b.{0,20}\bselect\b|\bor\b\s+\d+\s*=\s*\d+|'\s*or\s*'1'\s*=\s*'1|\bsleep\(\s*\d+\s*\)|benchmark\(|information_schema)/i ],
  [ 'path-traversal',    qr{(?:\.\./|\.\.\\){2,}|/etc/passwd|/proc/self/environ|win\.ini}i ],
  [ 'log4shell',         qr/\$\{(?:jndi:|\$\{lower:j\}|\$\{::-j\}|env:)/i ],
  [ 'shellshock',        qr/\(\)\s*\{\s*:\s*;\s*\}\s*;/ ],
  [ 'cmd-injection',     qr{(?:[;|`]\s*(?:wget|curl|nc|ncat|bash|sh|python3?|perl)\b|\$\(\s*(?:wget|curl)|/bin/(?:ba)?sh\b|/dev/tcp/)}i ],
  [ 'webshell-probe',    qr{/(?:c99|r57|wso|b374k|alfa|shell|cmd)\.(?:php|aspx?|jsp)\b}i ],
  [ 'secret-file-probe', qr{/(?:\.env\b|\.git/(?:config|HEAD)|\.aws/credentials|\.ssh/id_(?:rsa|ed25519)|wp-config\.php\.(?:bak|old|save)|\.DS_Store)}i ],
  [ 'php-rce',           qr/(?:allow_url_include|auto_prepend_file|php:\/\/input|base64_decode\(|\beval\()/i ],
  [ 'scanner-ua',        qr/\b(?:sqlmap|nikto|masscan|zgrab|nuclei|dirbuster|gobuster|wpscan)\b/i ],
);

my $LINE = qr/^(\S+) \S+ \S+ \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) (\S+)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?/;

sub url_decode {
  my $s = shift;
  for (1 .. 2) { $s =~ s/%([0-9A-Fa-f]{2})/chr(hex($1))/ge }   # probes are often double-encoded
  $s =~ tr/+/ /;
  return $s;
}

sub printable {   # log text is attacker-controlled; neutralise control characters
  my $s = shift;
  $s =~ s/[^\x20-\x7e]/?/g;
  return substr($s, 0, 160);
}

sub sum_hits { my $h = shift; my $n = 0; $n += $_ for values %$h; return $n }

my (%by_rule, %by_ip, %examples, %status);
my ($total, $unparsed) = (0, 0);

for my $file (@ARGV) {
  my $fh;
  if ($file =~ /\.gz\z/) {
    open($fh, '-|', 'gzip', '-dc', '--', $file) or die "cannot read $file: $!\n";
  } else {
    open($fh, '<', $file) or die "cannot read $file: $!\n";
  }
  while (my $line = <$fh>) {
    $total++;
    my ($ip, $ts, $req, $code, undef, undef, $ua) = $line =~ $LINE;
    unless (defined $code) { $unparsed++; next }
    my $hay = url_decode($req) . ' ' . ($ua // '');
    for my $r (@RULES) {
      my ($name, $rx) = @$r;
      next unless $hay =~ $rx;
      $by_rule{$name}++;
      $by_ip{$ip}{$name}++;
      $status{$name}{$code}++;
      $examples{$name} //= [];
      push @{ $examples{$name} }, printable("$ip [$ts] $code $req") if @{ $examples{$name} } < $show;
    }
  }
  close $fh;
}

my @ips = sort { sum_hits($by_ip{$b}) <=> sum_hits($by_ip{$a}) }
          grep { sum_hits($by_ip{$_}) >= $min_hits } keys %by_ip;

if ($json) {
  my $top = $#ips < 19 ? $#ips : 19;
  print JSON::PP->new->canonical->pretty->encode({
    lines_scanned  => $total,
    lines_unparsed => $unparsed,
    hits_by_rule   => \%by_rule,
    status_by_rule => \%status,
    top_sources    => [ map { +{ ip => $_, hits => $by_ip{$_} } } @ips[0 .. $top] ],
    examples       => \%examples,
  });
  exit 0;
}

printf "Scanned %d lines (%d unparsed)\n\n", $total, $unparsed;
unless (%by_rule) { print "No indicators matched.\n"; exit 0 }

print "Hits by indicator (HTTP status breakdown):\n";
for my $name (sort { $by_rule{$b} <=> $by_rule{$a} } keys %by_rule) {
  my $codes = join ', ', map { "$_ x$status{$name}{$_}" } sort keys %{ $status{$name} };
  printf "  %-18s %6d   %s\n", $name, $by_rule{$name}, $codes;
  print "      e.g. $_\n" for @{ $examples{$name} };
}

print "\nTop sources (min $min_hits hits):\n";
my $top = $#ips < 9 ? $#ips : 9;
for my $ip (@ips[0 .. $top]) {
  my $detail = join ', ', map { "$_=$by_ip{$ip}{$_}" } sort keys %{ $by_ip{$ip} };
  printf "  %-40s %5d  %s\n", $ip, sum_hits($by_ip{$ip}), $detail;
}
print "\n2xx/5xx responses to probes deserve a closer look; 4xx usually means the probe failed.\n";
