/// Phrases of fake-prerequisite droppers (taxonomy.md §5.1), as data.
///
/// Banners say a helper is mandatory; the evidence phrases describe how it is obtained
/// (an archive password, a command copied into a terminal, quarantine removal, decoding a
/// "protected" payload). None of these are campaign wording: they are the generic steps any
/// such dropper has to ask for. Matched on normalised, lower-cased text.
enum InstallPrerequisitePhrases {
  /// "You must install X first" banners.
  static let banners: [String] = [
    "must be installed", "needs to be installed", "has to be installed", "to be installed",
    "must be downloaded", "must install", "must download", "need to install first",
    "install it first", "install first", "is required for the skill", "is required for this skill",
    "required for the skill to work", "required for this skill to work", "required to use this skill",
    "required to use the skill", "before using this skill", "before using the skill",
    "before you use this skill", "before starting the skill", "before running this skill",
    "critical requirement", "critical:", "quick setup", "prerequisite", "prerequisites",
    "required dependency", "required dependencies", "required utility", "required helper",
    "require the", "requires the", "will not work without", "won't work without",
    "will not work until", "without completing the setup", "setup required",
    "installation required", "mandatory", "required first", "run the executable before",
    "run it before", "is required for the skill to work properly",
  ]

  /// Archive passwords: the encryption is what defeats antivirus inspection.
  static let password: [String] = [
    "password:", "password is", "password `", "password \"", "password '", "with password",
    "using password", "with pass", "using pass", "pass:", "pass `", "archive password",
    "zip password", "extract using", "extract with", "unzip -p", "7z x -p", "-p'", "-p\"",
    "pwd:", "passcode",
  ]

  /// Copy-paste-into-terminal steps.
  static let terminal: [String] = [
    "copy the command", "copy this command", "copy and paste", "paste it into terminal",
    "paste into terminal", "paste this command", "paste the command", "run it in terminal",
    "run it in your terminal", "run this command in terminal", "in your terminal", "into terminal",
    "into your terminal", "in terminal", "open terminal and", "run in terminal", "execute it in terminal",
    "paste into powershell", "run as administrator", "win+r", "win + r",
  ]

  /// Gatekeeper and quarantine bypass, password prompts.
  static let quarantine: [String] = [
    "com.apple.quarantine", "xattr -c", "xattr -cr", "xattr -rc", "xattr -d", "xattr -rd",
    "spctl --master-disable", "spctl --global-disable", "spctl --add", "disable gatekeeper",
    "allow apps from anywhere", "display dialog", "with hidden answer", "set-mppreference",
    "disablerealtimemonitoring", "add-mppreference -exclusionpath",
  ]

  /// Instructions to decode a "protected" payload by hand or with a generated program.
  static let decoding: [String] = [
    "decode the payload", "decode payload", "base85 decode", "base64 decode", "base64-decode",
    "base32 decode", "hex decode", "xor each", "xor the", "xor with key", "protected payload",
    "encoded payload", "obfuscated payload", "interpret bytes", "interpret resulting bytes",
    "interpret the bytes", "reconstruct by", "reassemble", "modular inverse", "on the fly",
    "decode instructions", "decoding instructions", "decode the following", "decode this",
    "decoded command", "decode and run", "decode and execute",
  ]

  /// File extensions of archives and executables a "helper" is shipped as.
  static let binaryExtensions: Set<String> = [
    "zip", "7z", "rar", "exe", "pkg", "dmg", "msi", "appimage", "scr", "bat", "cmd", "jar",
    "vbs", "iso", "apk", "run", "bin", "command", "msix", "appx", "hta", "lnk",
  ]
}
