#!/usr/bin/env kotlin
// Draft release notes from the pull requests merged between two refs.
//
// Read-only: sends GET requests to the GitHub REST API only. Uses GITHUB_TOKEN
// from the environment when set (Authorization header to the API host only).
// Set GITHUB_API_URL for GitHub Enterprise Server (must be https).
//
//   kotlin release-notes.main.kts --repo owner/name --from v1.4.0 [--to main] [--out NOTES.md]

@file:DependsOn("com.fasterxml.jackson.module:jackson-module-kotlin:2.17.2")

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.ObjectMapper
import java.net.URI
import java.net.URLEncoder
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.nio.charset.StandardCharsets
import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration
import java.time.Instant
import kotlin.system.exitProcess

data class Options(
    val repo: String,
    val from: String,
    val to: String?,
    val out: Path?,
    val maxCommits: Int,
    val authors: Boolean,
)

data class PullRequest(val number: Int, val title: String, val author: String, val labels: Set<String>)

fun fail(msg: String): Nothing {
    System.err.println("release-notes: $msg")
    exitProcess(1)
}

fun usage(msg: String? = null): Nothing {
    if (msg != null) System.err.println("error: $msg")
    System.err.println(
        "usage: kotlin release-notes.main.kts --repo owner/name --from REF [--to REF] " +
            "[--out FILE] [--max-commits N] [--no-authors]"
    )
    exitProcess(2)
}

fun parseArgs(argv: Array<String>): Options {
    var repo: String? = null
    var from: String? = null
    var to: String? = null
    var out: Path? = null
    var max = 250
    var authors = true
    var i = 0
    fun value(flag: String): String = argv.getOrNull(++i) ?: usage("$flag needs a value")
    while (i < argv.size) {
        when (val a = argv[i]) {
            "--repo" -> repo = value(a)
            "--from" -> from = value(a)
            "--to" -> to = value(a)
            "--out" -> out = Path.of(value(a))
            "--max-commits" -> max = value(a).toIntOrNull()?.takeIf { it in 1..2500 } ?: usage("--max-commits must be 1-2500")
            "--no-authors" -> authors = false
            "-h", "--help" -> usage()
            else -> usage("unknown argument: $a")
        }
        i++
    }
    if (repo == null || !Regex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$").matches(repo)) usage("--repo must look like owner/name")
    if (from.isNullOrBlank()) usage("--from is required")
    return Options(repo, from, to, out, max, authors)
}

class GitHub(private val apiBase: String, private val token: String?) {
    private val http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER) // never replay the token to another host
        .build()
    private val mapper = ObjectMapper()

    fun get(path: String): JsonNode {
        val req = HttpRequest.newBuilder(URI.create(apiBase + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", "2022-11-28")
            .header("User-Agent", "release-notes-kts")
        if (token != null) req.header("Authorization", "Bearer $token")
        val resp = http.send(req.GET().build(), HttpResponse.BodyHandlers.ofString())
        val status = resp.statusCode()
        if (status == 200) return mapper.readTree(resp.body())
        val apiMessage = runCatching { mapper.readTree(resp.body())["message"]?.asText() }.getOrNull() ?: ""
        if ((status == 403 || status == 429) && resp.headers().firstValue("x-ratelimit-remaining").orElse("") == "0") {
            val reset = resp.headers().firstValue("x-ratelimit-reset").map { Instant.ofEpochSecond(it.toLong()) }
            fail("rate limit exceeded; resets at ${reset.orElse(null)}. Set GITHUB_TOKEN for a higher limit.")
        }
        fail("GET $path -> HTTP $status $apiMessage")
    }
}

fun encodeRef(ref: String): String =
    URLEncoder.encode(ref, StandardCharsets.UTF_8).replace("%2F", "/")

val SECTIONS = linkedMapOf(
    "Features" to setOf("feature", "enhancement", "feat"),
    "Fixes" to setOf("bug", "fix", "bugfix", "regression"),
    "Documentation" to setOf("docs", "documentation"),
    "Maintenance" to setOf("chore", "ci", "dependencies", "refactor"),
)

fun sectionFor(pr: PullRequest): String =
    SECTIONS.entries.firstOrNull { (_, labels) -> pr.labels.any { it.lowercase() in labels } }?.key ?: "Other"

// ---- main -----------------------------------------------------------------

val opts = parseArgs(args)
val apiBase = (System.getenv("GITHUB_API_URL")?.takeIf { it.isNotBlank() } ?: "https://api.github.com").trimEnd('/')
if (!apiBase.startsWith("https://")) fail("GITHUB_API_URL must use https:// (got $apiBase)")
val token = System.getenv("GITHUB_TOKEN")?.takeIf { it.isNotBlank() }
System.err.println("release-notes: API host ${URI.create(apiBase).host} (${if (token != null) "authenticated" else "anonymous"})")

val gh = GitHub(apiBase, token)
val repo = opts.repo
val to = opts.to ?: gh.get("/repos/$repo")["default_branch"].asText()

// 1. Commits between the refs (paged).
val commits = mutableListOf<JsonNode>()
var page = 1
while (commits.size < opts.maxCommits) {
    val body = gh.get("/repos/$repo/compare/${encodeRef(opts.from)}...${encodeRef(to)}?per_page=100&page=$page")
    val batch = body["commits"].toList()
    commits += batch
    if (batch.size < 100) break
    page++
}
if (commits.size > opts.maxCommits) commits.subList(opts.maxCommits, commits.size).clear()
System.err.println("release-notes: ${commits.size} commits between ${opts.from} and $to")

// 2. Map commits to merged pull requests.
val prs = linkedMapOf<Int, PullRequest>()
val direct = mutableListOf<String>()
for (c in commits) {
    val sha = c["sha"].asText()
    val merged = gh.get("/repos/$repo/commits/$sha/pulls").firstOrNull { !it["merged_at"].isNull }
    if (merged == null) {
        direct += "${sha.take(7)} ${c["commit"]["message"].asText().lineSequence().first()}"
        continue
    }
    val number = merged["number"].asInt()
    prs.getOrPut(number) {
        PullRequest(
            number = number,
            title = merged["title"].asText().trim(),
            author = merged["user"]["login"].asText(),
            labels = merged["labels"].map { it["name"].asText() }.toSet(),
        )
    }
}

// 3. Render Markdown.
val webBase = if (apiBase == "https://api.github.com") "https://github.com" else apiBase.removeSuffix("/api/v3")
val md = buildString {
    appendLine("## What's changed since ${opts.from}")
    val grouped = prs.values.filterNot { "skip-changelog" in it.labels }.groupBy(::sectionFor)
    for (section in SECTIONS.keys + "Other") {
        val items = grouped[section].orEmpty()
        val extra = if (section == "Other") direct else emptyList()
        if (items.isEmpty() && extra.isEmpty()) continue
        appendLine()
        appendLine("### $section")
        for (pr in items) {
            val by = if (opts.authors) " by @${pr.author}" else ""
            appendLine("- ${pr.title} (#${pr.number})$by")
        }
        for (line in extra) appendLine("- $line")
    }
    appendLine()
    appendLine("**Full changelog**: $webBase/$repo/compare/${opts.from}...$to")
}

if (opts.out != null) {
    Files.writeString(opts.out, md)
    System.err.println("release-notes: wrote ${opts.out}")
} else {
    print(md)
}
