/// Classes of host that attackers use for payloads, collectors and lookalike installers
/// (taxonomy.md §5.2), as data.
///
/// These are *classes* of service — anyone can publish there, or traffic is anonymous — not
/// campaign indicators. Campaign domains and IPs live in the indicator file
/// (SkillScanIndicators), never here. Entries are registrable domains matched exactly or as a
/// parent (`abc.ngrok-free.app` ⊂ `ngrok-free.app`); `pathPrefixes` narrow a shared host to the
/// part that is a collector (`discord.com/api/webhooks`).
public enum HostClasses {
  /// Paste sites: text anyone can publish, often served raw.
  public static let paste: [String] = [
    "pastebin.com", "paste.ee", "rentry.co", "rentry.org", "hastebin.com", "hastebin.skyra.pw",
    "glot.io", "ghostbin.com", "ghostbin.co", "dpaste.org", "dpaste.com", "controlc.com",
    "justpaste.it", "paste.rs", "termbin.com", "ix.io", "sprunge.us", "pastie.org",
    "privatebin.net", "0bin.net", "paste.mozilla.org", "bpa.st", "pastes.io", "snippet.host",
    "textbin.net", "paste.gg", "pastebin.pl", "codepad.org", "ideone.com", "jsfiddle.net",
    "gist.githubusercontent.com", "paste.debian.net", "paste.centos.org", "write.as",
    "telegra.ph", "notes.io",
  ]

  /// Tunnels: a public name forwarding to somebody's machine.
  public static let tunnel: [String] = [
    "ngrok.io", "ngrok-free.app", "ngrok.app", "ngrok.dev", "ngrok-free.dev", "bore.pub",
    "trycloudflare.com", "loca.lt", "localtunnel.me", "serveo.net", "serveousercontent.com",
    "localhost.run", "lhr.life", "lhr.rocks", "pinggy.io", "pinggy.link", "a.pinggy.online",
    "tunnelmole.net", "telebit.cloud", "localto.net", "playit.gg", "devtunnels.ms",
    "share.zrok.io", "loophole.site", "localxpose.io", "expose.dev", "ngrok.pizza",
  ]

  /// Request collectors and chat webhooks: endpoints that record whatever is sent.
  public static let collector: [String] = [
    "webhook.site", "requestbin.com", "requestbin.net", "pipedream.net", "hookbin.com",
    "beeceptor.com", "requestcatcher.com", "interact.sh", "interactsh.com", "oast.fun",
    "oast.live", "oast.me", "oast.online", "oast.pro", "oast.site", "oastify.com",
    "burpcollaborator.net", "canarytokens.com", "dnslog.cn", "ceye.io", "postb.in",
    "requestinspector.com", "webhook.cool", "mockbin.org", "ptsv2.com", "ptsv3.com",
    "hooks.slack.com", "discord.com/api/webhooks", "discordapp.com/api/webhooks",
    "api.telegram.org/bot", "hooks.zapier.com", "ntfy.sh", "xss.ht",
  ]

  /// URL shorteners: they hide the real destination.
  public static let shortener: [String] = [
    "bit.ly", "tinyurl.com", "goo.gl", "is.gd", "v.gd", "ow.ly", "rebrand.ly", "cutt.ly",
    "shorturl.at", "tiny.cc", "rb.gy", "bl.ink", "s.id", "t.ly", "buff.ly", "short.io",
    "tiny.one", "shorturl.gg", "urlz.fr", "qrco.de", "lnkd.in", "surl.li", "clck.ru", "u.to",
  ]

  /// Dynamic DNS: names that follow a home or rented machine.
  public static let dynamicDNS: [String] = [
    "duckdns.org", "no-ip.com", "no-ip.org", "ddns.net", "hopto.org", "zapto.org", "sytes.net",
    "dynu.net", "afraid.org", "mooo.com", "servebeer.com", "myftp.org", "myftp.biz",
    "dyndns.org", "ddnsfree.com", "3utilities.com", "serveftp.com", "gotdns.ch", "freeddns.org",
    "dynv6.net", "duckdns.com", "ydns.eu", "linkpc.net",
  ]

  /// Free static and app hosts: anyone can publish a polished page under a borrowed name.
  public static let freeStaticHost: [String] = [
    "vercel.app", "netlify.app", "github.io", "pages.dev", "web.app", "firebaseapp.com",
    "glitch.me", "onrender.com", "herokuapp.com", "surge.sh", "replit.app", "repl.co",
    "fly.dev", "workers.dev", "000webhostapp.com", "weebly.com", "wixsite.com",
    "blogspot.com", "carrd.co", "framer.website", "framer.app", "webflow.io",
    "godaddysites.com", "deno.dev", "railway.app", "up.railway.app", "gitbook.io",
    "notion.site", "azurestaticapps.net", "firebasestorage.googleapis.com", "gitlab.io",
    "codeberg.page", "neocities.org", "tiiny.site", "w3spaces.com", "square.site",
  ]

  /// File hosts: anonymous binary and archive downloads.
  public static let fileHost: [String] = [
    "mediafire.com", "mega.nz", "mega.io", "dl.dropboxusercontent.com", "dropbox.com",
    "drive.google.com", "drive.usercontent.google.com", "gofile.io", "transfer.sh", "file.io",
    "catbox.moe", "litterbox.catbox.moe", "pixeldrain.com", "sendspace.com", "wetransfer.com",
    "we.tl", "1drv.ms", "onedrive.live.com", "temp.sh", "bashupload.com", "oshi.at",
    "filebin.net", "cdn.discordapp.com", "anonfiles.com", "files.fm", "krakenfiles.com",
    "uploadnow.io", "tmpfiles.org", "filetransfer.io", "qu.ax", "0x0.st", "uguu.se",
  ]

  /// Object storage and generic CDNs: buckets anyone can create.
  public static let objectStorage: [String] = [
    "s3.amazonaws.com", "storage.googleapis.com", "blob.core.windows.net", "r2.dev",
    "digitaloceanspaces.com", "backblazeb2.com", "b-cdn.net", "wasabisys.com",
    "cloudfront.net", "mypinata.cloud", "ipfs.io", "w3s.link", "jsdelivr.net",
  ]

  /// Code hosting that serves user content raw (a release asset or raw file of *any* account).
  public static let userContent: [String] = [
    "raw.githubusercontent.com", "objects.githubusercontent.com", "gist.github.com",
    "github.com/*/*/releases/download", "github.com/*/*/raw", "gitlab.com/*/*/-/raw",
    "bitbucket.org/*/*/raw", "codeberg.org/*/*/raw", "release-assets.githubusercontent.com",
  ]
}
