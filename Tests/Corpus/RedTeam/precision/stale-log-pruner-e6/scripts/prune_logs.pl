#!/usr/bin/env perl
# prune_logs.pl - report, compress or delete old *rotated* log files.
#
# Dry run by default: nothing on disk changes unless --apply is given.
# Only files whose names look rotated (app.log.3, app.log.2.gz,
# app.log-20240101, app.2024-01-01.log) are considered. Active logs,
# symlinks and anything modified in the last hour are never touched.
#
# Usage:
#   perl prune_logs.pl --dir /srv/app/logs [--dir ...] [--days 14] [--keep 2]
#                      [--compress-after 3] [--maxdepth 2] [--json] [--apply]
use strict;
use warnings;
use Cwd qw(abs_path);
use File::Basename qw(basename dirname);
use File::Find ();
use File::Spec;
use Getopt::Long qw(GetOptions);
use IO::Compress::Gzip qw(gzip $GzipError);
use JSON::PP ();

my %opt = (days => 14, keep => 2, compress_after => 3, maxdepth => 2, apply => 0, json => 0);
my @dirs;
GetOptions(
    'dir=s'            => \@dirs,
    'days=i'           => \$opt{days},
    'keep=i'           => \$opt{keep},
    'compress-after=i' => \$opt{compress_after},
    'maxdepth=i'       => \$opt{maxdepth},
    'apply'            => \$opt{apply},
    'json'             => \$opt{json},
    'help'             => sub { usage(0) },
) or usage(2);

usage(2) unless @dirs;
bad_args('--days must be at least 1')           if $opt{days} < 1;
bad_args('--keep must be 0 or more')            if $opt{keep} < 0;
bad_args('--compress-after must be 0 or more')  if $opt{compress_after} < 0;
bad_args('--maxdepth must be between 0 and 10') if $opt{maxdepth} < 0 || $opt{maxdepth} > 10;

my $now          = time;
my $MIN_AGE_SECS = 3600;    # leave anything touched in the last hour alone

my @ROTATED = (
    qr/^(?<base>.+\.log)\.\d+(?<gz>\.gz)?$/,                # app.log.3(.gz)
    qr/^(?<base>.+\.log)-\d{8}(?<gz>\.gz)?$/,               # app.log-20240101(.gz)
    qr/^(?<base>.+)\.\d{4}-\d{2}-\d{2}\.log(?<gz>\.gz)?$/,  # app.2024-01-01.log(.gz)
);

my @roots = map { check_dir($_) } @dirs;
my %groups;    # "dir/base" => [ file records ]

for my $root (@roots) {
    my $root_depth = scalar File::Spec->splitdir($root);
    File::Find::find(
        {
            no_chdir   => 1,
            follow     => 0,
            preprocess => sub {
                my $depth = scalar(File::Spec->splitdir($File::Find::dir)) - $root_depth;
                return @_ if $depth < $opt{maxdepth};
                return grep { !-d File::Spec->catfile($File::Find::dir, $_) } @_;
            },
            wanted => sub {
                my $path = $File::Find::name;
                return if -l $path;    # never follow or modify symlinks
                return unless -f _;
                my ($base, $gz) = classify(basename($path));
                return unless defined $base;
                my @st = stat(_);
                push @{ $groups{ dirname($path) . "/$base" } }, {
                    path  => $path,
                    gz    => $gz,
                    mtime => $st[9],
                    size  => $st[7],
                    age   => ($now - $st[9]) / 86400,
                };
            },
        },
        $root
    );
}

my @plan;
for my $key (sort keys %groups) {
    my @files = sort { $b->{mtime} <=> $a->{mtime} } @{ $groups{$key} };
    for my $i (0 .. $#files) {
        my $f = $files[$i];
        my ($action, $why) = ('keep', 'within retention');
        if ($i < $opt{keep}) {
            $why = "one of the $opt{keep} newest";
        } elsif ($now - $f->{mtime} < $MIN_AGE_SECS) {
            $why = 'modified in the last hour';
        } elsif ($f->{age} >= $opt{days}) {
            ($action, $why) = ('delete', sprintf('older than %d days', $opt{days}));
        } elsif ($opt{compress_after} && !$f->{gz} && $f->{age} >= $opt{compress_after}) {
            ($action, $why) = ('compress', sprintf('plain text, older than %d days', $opt{compress_after}));
        }
        if ($action ne 'keep' && !-w dirname($f->{path})) {
            $why .= '; not writable';
        }
        push @plan, { %$f, action => $action, reason => $why };
    }
}

my %total = (keep => 0, compress => 0, delete => 0, bytes_freed => 0, failed => 0);
for my $p (@plan) {
    $total{ $p->{action} }++;
    next unless $opt{apply} && $p->{action} ne 'keep';
    my ($ok, $err) = $p->{action} eq 'delete' ? do_delete($p) : do_compress($p);
    $p->{result} = $ok ? 'done' : "failed: $err";
    $total{failed}++ unless $ok;
}

if ($opt{json}) {
    print JSON::PP->new->canonical->pretty->encode({ applied => $opt{apply} ? JSON::PP::true : JSON::PP::false,
                                                     files => \@plan, totals => \%total });
} else {
    printf "%-8s %7s %9s  %s  (%s)%s\n", $_->{action}, sprintf('%.1fd', $_->{age}), human($_->{size}),
        $_->{path}, $_->{reason}, ($_->{result} ? "  [$_->{result}]" : '') for @plan;
    printf "\n%s: %d keep, %d compress, %d delete, %s freed%s\n",
        ($opt{apply} ? 'APPLIED' : 'DRY RUN (nothing changed; add --apply to act)'),
        @total{qw(keep compress delete)}, human($total{bytes_freed}),
        ($total{failed} ? ", $total{failed} FAILED" : '');
}
exit($total{failed} ? 3 : 0);

sub classify {
    my ($name) = @_;
    for my $re (@ROTATED) {
        return ($+{base}, defined $+{gz} ? 1 : 0) if $name =~ $re;
    }
    return;
}

sub do_delete {
    my ($p) = @_;
    unlink($p->{path}) or return (0, "$!");
    $total{bytes_freed} += $p->{size};
    return (1, '');
}

sub do_compress {
    my ($p) = @_;
    my $dest = "$p->{path}.gz";
    return (0, "$dest already exists") if -e $dest;
    unless (gzip($p->{path} => $dest, Minimal => 1)) {
        my $err = $GzipError;
        unlink $dest;
        return (0, $err);
    }
    utime($p->{mtime}, $p->{mtime}, $dest);    # keep the original age for the next run
    my $new_size = (stat $dest)[7] // 0;
    unlink($p->{path}) or return (0, "$!");
    $total{bytes_freed} += $p->{size} - $new_size;
    return (1, '');
}

sub check_dir {
    my ($d) = @_;
    my $real = abs_path($d);
    bad_args("no such directory: $d") unless defined $real && -d $real;
    bad_args('refusing to run on /') if $real eq '/';
    my $home = defined $ENV{HOME} ? abs_path($ENV{HOME}) : undef;
    bad_args('refusing to run on the home directory itself; name the log directory')
        if defined $home && $real eq $home;
    return $real;
}

sub human {
    my ($n) = @_;
    for my $u (qw(B K M G)) { return sprintf('%.0f%s', $n, $u) if abs($n) < 1024; $n /= 1024; }
    return sprintf('%.1fT', $n);
}

sub bad_args { print STDERR "prune_logs.pl: $_[0]\n"; exit 2; }

sub usage {
    my ($code) = @_;
    print STDERR "usage: prune_logs.pl --dir DIR [--dir DIR ...] [--days N] [--keep N]\n",
                 "                     [--compress-after N] [--maxdepth N] [--json] [--apply]\n",
                 "Dry run unless --apply is given.\n";
    exit $code;
}
