/// Cue lists behind ``DestructiveInstructionRule``, as data.
enum DestructiveInstructionCues {
  static let deleteVerbs = PhraseMatcher([
    "delete", "remove", "wipe", "erase", "purge", "destroy", "drop", "clear out", "trash",
    "securely delete", "shred",
  ])

  /// "all events", "every email", "all of the user's files": a quantifier plus user data.
  /// Matched as a slot grammar: expanded, it is some 4,500 phrases whose automaton took a
  /// third of a one-skill scan's start-up to build.
  static let massObjects = PhraseSequence(
    [
      "all|every|each|everything in|the contents of|all the contents of",
      "|the|of the|your|the user's|their|of your|of their|existing|other|remaining",
      // "every local PostgreSQL database": where and what kind.
      "|local|remote|personal|private|production|user",
      "|postgresql|postgres|mysql|sqlite|mongodb|redis|git|docker",
      "event|events|email|emails|mail|mails|message|messages|file|files|document|documents|"
        + "record|records|contact|contacts|data|database|databases|table|tables|photo|photos|"
        + "backup|backups|branch|branches|repository|repositories|repo|repos|commit|commits|"
        + "note|notes|calendar|calendars|folder|folders|directory|directories|account|accounts|"
        + "entries|rows|home directory|working directory|workspace|disk|drive",
    ])

  /// "the entire database", "the whole home directory", "the whole inbox": a container or a
  /// plural. "Delete the whole file and regenerate it" removes one file, which is no mass
  /// deletion, so single items are not listed here.
  static let wholeContainers = PhraseSequence(
    [
      "the entire|the whole",
      "|the user's|local|remote|personal|private|production|user|postgresql|postgres|mysql|sqlite|mongodb|redis|git|docker",
      "events|emails|mail|mailbox|inbox|messages|files|documents|records|contacts|data|database|databases|table|tables|"
        + "photos|backup|backups|branches|repository|repositories|repo|repos|commits|history|notes|calendar|calendars|"
        + "folder|folders|directory|directories|account|accounts|entries|rows|home directory|working directory|"
        + "workspace|disk|drive|project|filesystem|file system",
    ])

  /// Scoped cleanups that are not destruction of user data.
  static let scoped = PhraseMatcher([
    "temporary", "temp", "tmp", "cache", "cached", "build", "generated", "intermediate",
    "unused", "duplicate", "duplicates", "placeholder", "you created", "we created",
    "artifacts", "stale", "test data", "scratch", "old logs", "node_modules", "imports",
    "the user asks", "the user requests", "on request", "if asked", "confirm", "confirmation",
  ])

  /// Wording that widens a deletion beyond the task.
  static let broadening = PhraseMatcher([
    "other", "others", "except", "everything", "entire", "whole", "after any task",
    "after every task", "after each task", "after finishing any", "after completing any",
    "after any operation", "after all operations",
  ])

  /// Wording that documents a capability instead of ordering it.
  static let capability = PhraseMatcher([
    "can", "could", "allows", "allow you", "lets you", "supports", "able to", "is used to", "endpoint",
  ])

  static let encrypt = PhraseMatcher([
    "encrypt", "encrypts", "encrypted", "lock it with", "password-protect", "password protect",
    "with a random password", "as password",
  ])

  static let bulkFiles = PhraseMatcher([
    "all files", "each file", "every file", "for each identified file", "each identified file",
    "all documents", "all the files", "for each file",
  ])

  static let originals = PhraseMatcher([
    "original file", "original files", "originals", "original unencrypted", "unencrypted file",
    "unencrypted files", "plaintext files",
  ])

  static let enumerate = PhraseMatcher([
    "scan the whole", "scan the entire", "search the whole", "search the entire", "find all",
    "identify all", "collect the names", "list all", "scan the working directory",
  ])
}
