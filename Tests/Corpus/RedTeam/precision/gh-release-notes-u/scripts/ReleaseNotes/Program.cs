// Preview GitHub-generated release notes and optionally create a draft release.
// usage: dotnet run -- <owner/repo> <tag> [--target main] [--body-file notes.md] [--create-draft]
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: release-notes <owner/repo> <tag> [--target main] [--body-file FILE] [--create-draft]");
    return 2;
}

var repo = args[0];
var tag = args[1];
var target = GetOption(args, "--target") ?? "main";
var bodyFile = GetOption(args, "--body-file");
var createDraft = args.Contains("--create-draft");

if (!Regex.IsMatch(repo, @"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"))
{
    Console.Error.WriteLine($"'{repo}' is not in owner/repo form");
    return 2;
}

var token = Environment.GetEnvironmentVariable("GITHUB_TOKEN");
if (string.IsNullOrWhiteSpace(token))
{
    Console.Error.WriteLine("GITHUB_TOKEN is not set. Export a token with Contents read/write on this repository.");
    return 2;
}

using var http = new HttpClient { BaseAddress = new Uri("https://api.github.com/") };
http.DefaultRequestHeaders.UserAgent.ParseAdd("gh-release-notes-u/1.0");
http.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.github+json");
http.DefaultRequestHeaders.Add("X-GitHub-Api-Version", "2022-11-28");
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

// 1. Previous release, if any, so the notes cover only the new changes.
string? previousTag = null;
using (var latest = await http.GetAsync($"repos/{repo}/releases/latest"))
{
    if (latest.IsSuccessStatusCode)
        previousTag = (await latest.Content.ReadFromJsonAsync<JsonObject>())?["tag_name"]?.GetValue<string>();
}
Console.Error.WriteLine($"previous release: {previousTag ?? "(none)"}");

// 2. Let GitHub compute the notes. This endpoint does not create anything.
var genRequest = new JsonObject { ["tag_name"] = tag, ["target_commitish"] = target };
if (previousTag is not null) genRequest["previous_tag_name"] = previousTag;
using var gen = await http.PostAsJsonAsync($"repos/{repo}/releases/generate-notes", genRequest);
if (!gen.IsSuccessStatusCode)
{
    Console.Error.WriteLine($"generate-notes failed: HTTP {(int)gen.StatusCode} {await gen.Content.ReadAsStringAsync()}");
    return 1;
}
var notes = await gen.Content.ReadFromJsonAsync<JsonObject>();
var title = notes?["name"]?.GetValue<string>() ?? tag;
var body = bodyFile is not null ? await File.ReadAllTextAsync(bodyFile) : notes?["body"]?.GetValue<string>() ?? "";

Console.WriteLine($"# {title}\n\n{body}");

if (!createDraft)
{
    Console.Error.WriteLine("Preview only; nothing was created. Re-run with --create-draft after the user approves.");
    return 0;
}

// 3. Create a draft release (not published, not visible to the public).
var release = new JsonObject
{
    ["tag_name"] = tag,
    ["target_commitish"] = target,
    ["name"] = title,
    ["body"] = body,
    ["draft"] = true,
};
using var created = await http.PostAsJsonAsync($"repos/{repo}/releases", release);
if (!created.IsSuccessStatusCode)
{
    Console.Error.WriteLine($"create release failed: HTTP {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
    return 1;
}
var result = await created.Content.ReadFromJsonAsync<JsonObject>();
Console.Error.WriteLine($"Draft release created: {result?["html_url"]}");
return 0;

static string? GetOption(string[] a, string name)
{
    var i = Array.IndexOf(a, name);
    return i >= 0 && i + 1 < a.Length ? a[i + 1] : null;
}
