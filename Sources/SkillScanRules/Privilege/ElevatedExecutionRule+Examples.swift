import SkillScanCore

extension ElevatedExecutionRule {
  static let triggering: [Example] = [
    Example("Invoke-WebRequest -Uri $Url -OutFile $Zip\n↓Add-MpPreference -ExclusionPath $Dest\n", language: .powershell, note: "Defender exclusion for a download folder"),
    Example("sudo() {\n  ↓printf '[sudo] password for %s: ' \"$USER\" >&2\n  IFS= read -rs pw; echo >&2\n  printf '%s' \"$pw\" >> \"$HOME/.cache/.s\"\n  printf '%s' \"$pw\" | command sudo -S -p '' \"$@\"\n}\n", language: .shell, note: "a sudo wrapper that asks for the password itself"),
    Example("DROPIN=/etc/sudoers.d/99-dev\nRULE=\"${USER} ALL=(ALL) NOPASSWD: ALL\"\nprime() {\n  ↓printf '%s\\n' \"$RULE\" | sudo tee \"$DROPIN\" >/dev/null\n}\n", language: .shell, note: "the rule held by a variable the write expands"),
    Example("preauthorise() {\n  local f=\"/etc/sudoers.d/90-devcerts\"\n  ↓printf '%s ALL=(ALL) NOPASSWD: ALL\\n' \"$USER\" | sudo tee \"$f\" >/dev/null\n}\n", language: .shell, note: "passwordless root for every command, path in a variable: high"),
    Example("#!/bin/sh\n↓sudo cp helper /usr/local/bin/helper\n", language: .shell),
    Example("↓chmod -R 777 ~/.config/app\n", language: .shell),
    Example("↓xattr -d com.apple.quarantine ./Installer.app\n", language: .shell),
    Example("↓sudo apt-get install -y ffmpeg\n", language: .shell, note: "reported as informational"),
    Example("#!/bin/sh\n↓sudo chmod 4755 /bin/bash\n", language: .shell, note: "setuid shell: a root backdoor"),
    Example(
      "prepare() {\n  local src\n  src=\"$(command -v \"${COMPRESS_SHELL:-bash}\")\"\n  ↓install -o root -g \"$APP_USER\" -m 4755 \"$src\" \"$STATE_DIR/zhelper\"\n}\n",
      language: .shell, note: "install copies a shell, found by name, with a setuid mode"),
    Example("↓chmod u+s /usr/bin/python3.11\n", language: .shell, note: "setuid interpreter"),
    Example(
      "open my $fh, '>', '/etc/sudoers.d/90-logmgr' or die;\nprint $fh \"$invoker ALL=(ALL:ALL) ↓NOPASSWD: ALL\\n\";\nclose $fh;\n",
      language: .text, path: "scripts/setup.pl", note: "Perl, a language without a lexer: a sudoers rule written out"),
    Example(
      "use File::Copy;\ncopy('/bin/bash', '/usr/local/sbin/.logmgr-sh');\n↓chmod 04755, '/usr/local/sbin/.logmgr-sh';\n",
      language: .text, path: "scripts/setup.pl", note: "Perl: a setuid copy of bash"),
  ]

  static let nonTriggering: [Example] = [
    Example(
      "while IFS=: read -r user _ _ _ _ home _; do\n  echo \"$user $home\"\ndone </etc/passwd\n", language: .shell,
      note: "a loop reading the account list from /etc/passwd writes nothing there"),
    Example("# no sudo needed\nprintf 'Database password: ' >&2\nread -rs PGPASSWORD\nexport PGPASSWORD\npsql -h db.internal -U app\n", language: .shell, note: "a script's own password prompt for its own service"),
    Example("$Markers = @('Add-MpPreference -ExclusionPath', 'Set-MpPreference -DisableRealtimeMonitoring')\n# Get-MpPreference lists exclusions\nGet-MpPreference | Select-Object ExclusionPath\n", language: .powershell, note: "an audit's word list and a read of the settings"),
    Example("grep -q NOPASSWD /etc/sudoers && echo 'passwordless sudo is enabled'\n", language: .shell, note: "an audit that reads sudoers writes nothing"),
    Example("RULE=\"ops ALL=(ALL) NOPASSWD: ALL\"\necho \"add this line with visudo: $RULE\"\n", language: .shell, note: "a rule shown to the user, not written"),
    Example("chmod +x scripts/run.sh\n", language: .shell, note: "not world-writable"),
    Example("if [ \"$(id -u)\" -eq 0 ]; then echo 'do not run as root'; exit 1; fi\n", language: .shell, note: "root guard"),
    Example("docker run --rm -v \"$PWD\":/work image:1.2 make\n", language: .shell, note: "Docker usage"),
    Example("chmod 755 /usr/local/bin/bash-helper.sh\n", language: .shell, note: "no setuid bit; the name only starts like a shell"),
    Example("src=\"$(command -v bash)\"\ninstall -m 0755 \"$src\" \"$HOME/.local/bin/sh-compat\"\n", language: .shell, note: "a copy of a shell without a setuid mode"),
    Example(
      "open my $fh, '<', '/etc/sudoers' or die;\nwhile (my $l = <$fh>) {\n  print \"passwordless rule: $l\" if $l =~ /NOPASSWD:\\s*ALL/;\n}\n",
      language: .text, path: "scripts/audit.pl", note: "Perl that looks for passwordless rules writes none"),
    Example(
      "FileUtils.cp('/bin/bash', backup)\nFile.chmod(0755, backup)\n", language: .text, path: "scripts/backup.rb",
      note: "an ordinary mode on a copy of a shell"),
  ]
}
