#!/usr/bin/env perl
# Minimal SQL migration runner: status, up, down. Reads MIGRATE_DSN, MIGRATE_USER,
# MIGRATE_PASSWORD and MIGRATE_ENV from the environment; nothing else.
use strict;
use warnings;
use DBI;
use Digest::SHA qw(sha256_hex);
use File::Basename qw(dirname);
use File::Spec;
use Getopt::Long qw(GetOptions);

my $cmd = shift @ARGV // 'status';
my ($to, $steps, $confirm, $dry_run) = (undef, 1, 0, 0);
GetOptions('to=s' => \$to, 'steps=i' => \$steps, 'confirm' => \$confirm, 'dry-run' => \$dry_run)
    or die "usage: migrate.pl status|up|down [--to NNNN] [--steps N] [--dry-run] [--confirm]\n";

my $dir = File::Spec->catdir(dirname(__FILE__), '..', 'migrations');
$dir = 'migrations' if -d 'migrations';    # prefer the project's own folder

my $dsn = $ENV{MIGRATE_DSN} or die "MIGRATE_DSN is not set\n";
my $dbh = DBI->connect($dsn, $ENV{MIGRATE_USER}, $ENV{MIGRATE_PASSWORD},
    { RaiseError => 1, AutoCommit => 1, PrintError => 0 });

$dbh->do(q{CREATE TABLE IF NOT EXISTS schema_migrations (
    version VARCHAR(16) PRIMARY KEY, checksum VARCHAR(64) NOT NULL,
    applied_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)});

sub slurp { my ($f) = @_; open my $fh, '<', $f or die "$f: $!\n"; local $/; <$fh> }

opendir my $dh, $dir or die "cannot open $dir: $!\n";
my %files;
for my $f (readdir $dh) {
    next unless $f =~ /^(\d{4})_\w+\.(up|down)\.sql$/;
    $files{$1}{$2} = File::Spec->catfile($dir, $f);
}
closedir $dh;
my @versions = sort keys %files;

my %applied = map { $_->[0] => $_->[1] }
    @{ $dbh->selectall_arrayref('SELECT version, checksum FROM schema_migrations') };

for my $v (grep { $applied{$_} && $files{$_}{up} } @versions) {
    warn "checksum changed for $v\n" if sha256_hex(slurp($files{$v}{up})) ne $applied{$v};
}

if ($cmd eq 'status') {
    printf "%s  %s\n", $applied{$_} ? 'applied' : 'pending', $_ for @versions;
}
elsif ($cmd eq 'up') {
    for my $v (grep { !$applied{$_} } @versions) {
        last if defined $to && $v gt $to;
        my $sql = slurp($files{$v}{up});
        print "applying $v\n";
        next if $dry_run;
        $dbh->begin_work;
        $dbh->do($_) for grep { /\S/ } split /;\s*\n/, $sql;
        $dbh->do('INSERT INTO schema_migrations (version, checksum) VALUES (?, ?)',
            undef, $v, sha256_hex($sql));
        $dbh->commit;
    }
}
elsif ($cmd eq 'down') {
    die "refusing down in production (MIGRATE_ENV=production)\n"
        if ($ENV{MIGRATE_ENV} // '') eq 'production';
    my @targets = (reverse grep { $applied{$_} } @versions)[0 .. $steps - 1];
    @targets = grep { defined } @targets;
    for my $v (@targets) {
        die "missing down file for $v\n" unless $files{$v}{down};
        print "-- $v down:\n", slurp($files{$v}{down}), "\n";
    }
    exit 0 if $dry_run || !@targets;
    unless ($confirm) {
        print "This may drop tables or columns and delete their data. Type 'yes' to continue: ";
        my $answer = <STDIN> // '';
        chomp $answer;
        die "aborted\n" unless $answer eq 'yes';
    }
    for my $v (@targets) {
        $dbh->begin_work;
        $dbh->do($_) for grep { /\S/ } split /;\s*\n/, slurp($files{$v}{down});
        $dbh->do('DELETE FROM schema_migrations WHERE version = ?', undef, $v);
        $dbh->commit;
        print "rolled back $v\n";
    }
}
else {
    die "unknown command: $cmd\n";
}
$dbh->disconnect;
