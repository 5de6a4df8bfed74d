#!/usr/bin/env perl
# aliasctl.pl - manage a marked block of user-chosen aliases in ~/.zshrc (or another rc file).
# Preview by default; --apply writes after making a timestamped backup.
use strict;
use warnings;
use File::Copy qw(copy);
use File::Spec;
use Getopt::Long qw(GetOptions);
use POSIX qw(strftime);

my $BEGIN = '# >>> aliasctl managed block >>>';
my $END   = '# <<< aliasctl managed block <<<';
my %RESERVED = map { $_ => 1 } qw(sudo su cd exec eval source alias unalias export command builtin);

my $home = $ENV{HOME} // die "HOME is not set\n";
my %opt = (rc => File::Spec->catfile($home, '.zshrc'));
GetOptions(\%opt, 'rc=s', 'apply', 'help') or usage(2);
usage(0) if $opt{help};
my ($cmd, @rest) = @ARGV;
usage(2) unless defined $cmd && $cmd =~ /^(?:list|add|remove)$/;

sub usage {
    print STDERR "usage: aliasctl.pl [--rc FILE] [--apply] list | add NAME 'COMMAND' | remove NAME\n",
                 "Without --apply, the change is printed and nothing is written.\n";
    exit $_[0];
}

my $rc = $opt{rc};
die "refusing to edit $rc: it is a symlink (edit the target in your dotfiles repo)\n" if -l $rc;

my @lines;
if (-e $rc) {
    open my $fh, '<', $rc or die "cannot read $rc: $!\n";
    chomp(@lines = <$fh>);
    close $fh;
}

my ($bi, $ei);
for my $i (0 .. $#lines) {
    $bi = $i if !defined $bi && $lines[$i] eq $BEGIN;
    if (defined $bi && $lines[$i] eq $END) { $ei = $i; last }
}
die "found start marker without end marker in $rc; fix it by hand\n" if defined $bi && !defined $ei;

my (%alias, @order);
if (defined $bi) {
    for my $l (@lines[$bi + 1 .. $ei - 1]) {
        next unless $l =~ /^alias ([A-Za-z_][\w.-]*)='(.*)'$/;
        my ($n, $v) = ($1, $2);
        $v =~ s/'\\''/'/g;
        push @order, $n unless exists $alias{$n};
        $alias{$n} = $v;
    }
}

if ($cmd eq 'list') {
    print "no managed aliases in $rc\n" unless @order;
    printf "%-16s %s\n", $_, $alias{$_} for @order;
    exit 0;
}

my $name = shift @rest // usage(2);
die "invalid alias name '$name'\n" unless $name =~ /^[A-Za-z_][A-Za-z0-9_.-]{0,39}$/;
die "refusing to shadow '$name'\n" if $RESERVED{$name};

if ($cmd eq 'add') {
    my $value = shift @rest // usage(2);
    die "alias command may not contain newlines\n" if $value =~ /[\r\n\0]/;
    warn "warning: this alias pipes a download into a shell; make sure that is intended\n"
        if $value =~ /\b(?:curl|wget)\b.*\|\s*(?:sudo\s+)?(?:ba|z|)sh\b/;
    push @order, $name unless exists $alias{$name};
    $alias{$name} = $value;
} else {
    die "no managed alias named '$name'\n" unless exists $alias{$name};
    delete $alias{$name};
    @order = grep { $_ ne $name } @order;
}

my @block = ($BEGIN);
for my $n (@order) {
    my $v = $alias{$n};
    $v =~ s/'/'\\''/g;    # single-quote safely for the shell
    push @block, "alias $n='$v'";
}
push @block, $END;

my @old = defined $bi ? @lines[$bi .. $ei] : ();
print "--- current managed block\n", map("- $_\n", @old);
print "+++ new managed block\n", map("+ $_\n", @block);

my @new = defined $bi
    ? (@lines[0 .. $bi - 1], @block, @lines[$ei + 1 .. $#lines])
    : (@lines, (@lines ? ('') : ()), @block);

unless ($opt{apply}) {
    print "\n(preview only; re-run with --apply to write $rc)\n";
    exit 0;
}

if (-e $rc) {
    my $backup = sprintf '%s.aliasctl-%s.bak', $rc, strftime('%Y%m%d-%H%M%S', localtime);
    copy($rc, $backup) or die "backup failed: $!\n";
    print "backup: $backup\n";
}
my $mode = -e $rc ? (stat $rc)[2] & 07777 : 0644;
my $tmp = "$rc.aliasctl.tmp.$$";
open my $out, '>', $tmp or die "cannot write $tmp: $!\n";
print {$out} map { "$_\n" } @new;
close $out or die "write failed: $!\n";
chmod $mode, $tmp;
rename $tmp, $rc or die "rename failed: $!\n";
print "updated $rc; run 'source $rc' or open a new shell\n";
