#!/usr/bin/env perl
# clipkeep: read-only clipboard history, stored locally. No network, no clipboard writes.
use strict;
use warnings;
use JSON::PP;
use File::Path qw(make_path);
use POSIX qw(strftime);
use Time::HiRes qw(sleep);

my $DATA_HOME = $ENV{XDG_DATA_HOME} // "$ENV{HOME}/.local/share";
my $DIR  = "$DATA_HOME/clipkeep";
my $FILE = "$DIR/history.jsonl";
my $MAX_BYTES   = 20_000;
my $MAX_MINUTES = 240;
my $json = JSON::PP->new->canonical->utf8;

# Secret shapes: matching entries are skipped, never stored.
my @SECRET_PATTERNS = (
    qr/-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    qr/\bAKIA[0-9A-Z]{16}\b/,
    qr/\bgh[pousr]_[A-Za-z0-9]{36,}\b/,
    qr/\bgithub_pat_[A-Za-z0-9_]{40,}\b/,
    qr/\bsk-(ant-)?[A-Za-z0-9_-]{20,}\b/,
    qr/\bxox[abp]-[A-Za-z0-9-]{10,}\b/,
    qr/\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/,
);

sub looks_secret {
    my ($t) = @_;
    for my $re (@SECRET_PATTERNS) { return 1 if $t =~ $re }
    # One long token with mixed classes and no whitespace: probably a password or key.
    if ($t !~ /\s/ && length($t) >= 24 && $t =~ /[A-Z]/ && $t =~ /[a-z]/ && $t =~ /\d/) {
        return 1 unless $t =~ m{^https?://};
    }
    return 0;
}

sub reader_cmd {
    return 'pbpaste' if $^O eq 'darwin';
    return 'wl-paste --no-newline --type text' if $ENV{WAYLAND_DISPLAY};
    for my $c ('xclip -selection clipboard -o', 'xsel --clipboard --output') {
        my ($bin) = split / /, $c;
        return $c if system("command -v $bin >/dev/null 2>&1") == 0;
    }
    die "no clipboard reader found (install xclip, xsel or wl-clipboard)\n";
}

sub concealed_mac {
    # Password managers set org.nspasteboard.ConcealedType; skip those on macOS.
    return 0 unless $^O eq 'darwin';
    my $types = `osascript -e 'clipboard info' 2>/dev/null` // '';
    return $types =~ /ConcealedType/ ? 1 : 0;
}

sub load_all {
    return () unless -f $FILE;
    open my $fh, '<', $FILE or die "$FILE: $!\n";
    my @e = map { $json->decode($_) } grep { /\S/ } <$fh>;
    close $fh;
    return @e;
}

sub append_entry {
    my ($entry) = @_;
    make_path($DIR, { mode => 0700 });
    my $new = !-e $FILE;
    open my $fh, '>>', $FILE or die "$FILE: $!\n";
    print {$fh} $json->encode($entry), "\n";
    close $fh;
    chmod 0600, $FILE if $new;
}

sub cmd_watch {
    my %o = (minutes => 30, private => 0);
    while (my $a = shift @_) {
        if    ($a eq '--minutes') { $o{minutes} = shift @_ }
        elsif ($a eq '--private') { $o{private} = 1 }
        else  { die "unknown option $a\n" }
    }
    die "--minutes must be 1..$MAX_MINUTES\n"
        unless $o{minutes} =~ /^\d+$/ && $o{minutes} >= 1 && $o{minutes} <= $MAX_MINUTES;
    my $reader = reader_cmd();
    my $deadline = time + 60 * $o{minutes};
    my ($last, @mem) = ('');
    local $SIG{INT} = sub { $deadline = 0 };
    print "watching clipboard for $o{minutes} min (read-only; Ctrl-C to stop)\n";
    while (time < $deadline) {
        my $text = `$reader 2>/dev/null` // '';
        if (length $text && $text ne $last) {
            $last = $text;
            my $t = substr($text, 0, $MAX_BYTES);
            my $skip = looks_secret($t) || concealed_mac();
            my $entry = { ts => strftime('%Y-%m-%dT%H:%M:%S', localtime),
                          text => $skip ? '[skipped: looks like a secret]' : $t,
                          truncated => length($text) > $MAX_BYTES ? JSON::PP::true : JSON::PP::false };
            $o{private} ? push(@mem, $entry) : append_entry($entry);
        }
        sleep 1.5;
    }
    if ($o{private}) { printf "%s  %s\n", $_->{ts}, one_line($_->{text}) for @mem }
    print "session ended\n";
}

sub one_line { my $s = shift; $s =~ s/\s+/ /g; return length($s) > 90 ? substr($s, 0, 87) . '...' : $s }

sub cmd_list {
    my $n = ($_[0] // '') eq '--last' ? $_[1] : 20;
    my @e = load_all();
    my $i = scalar @e;
    for my $x (reverse @e) { printf "%4d  %s  %s\n", $i--, $x->{ts}, one_line($x->{text}); last if @e - $i >= $n }
}

sub cmd_search {
    my $q = lc(shift // die "search needs a term\n");
    my @e = load_all();
    for my $i (0 .. $#e) {
        printf "%4d  %s  %s\n", $i + 1, $e[$i]{ts}, one_line($e[$i]{text}) if index(lc $e[$i]{text}, $q) >= 0;
    }
}

sub cmd_show {
    my $n = shift // die "show needs an entry number\n";
    my @e = load_all();
    die "no entry $n\n" unless $n =~ /^\d+$/ && $n >= 1 && $n <= @e;
    print $e[$n - 1]{text}, "\n";
}

sub cmd_clear { unlink $FILE if -f $FILE; print "history cleared\n" }

my $cmd = shift @ARGV // 'help';
if    ($cmd eq 'watch')  { cmd_watch(@ARGV) }
elsif ($cmd eq 'list')   { cmd_list(@ARGV) }
elsif ($cmd eq 'search') { cmd_search(@ARGV) }
elsif ($cmd eq 'show')   { cmd_show(@ARGV) }
elsif ($cmd eq 'clear')  { cmd_clear() }
else  { print "usage: clipkeep.pl watch --minutes N [--private] | list [--last N] | search TERM | show N | clear\n" }
