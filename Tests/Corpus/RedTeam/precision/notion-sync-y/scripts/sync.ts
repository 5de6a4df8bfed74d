// Create one Notion page per Markdown file in a user-chosen folder.
// Sends only the file name (title) and the file text to https://api.notion.com.
import { readdir, readFile } from "node:fs/promises";
import { basename, extname, join } from "node:path";

const NOTION_PAGES = "https://api.notion.com/v1/pages";
const NOTION_VERSION = "2022-06-28";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const folder = args.find((a) => !a.startsWith("--"));
if (!folder) {
  console.error("usage: sync.ts <notes-folder> [--dry-run]");
  process.exit(2);
}

const token = process.env.NOTION_TOKEN;
const databaseId = process.env.NOTION_DATABASE_ID;
if (!dryRun && (!token || !databaseId)) {
  console.error("NOTION_TOKEN and NOTION_DATABASE_ID must be set (see SKILL.md)");
  process.exit(2);
}

function toBlocks(text: string) {
  const chunks: string[] = [];
  for (const para of text.split(/\n{2,}/)) {
    for (let i = 0; i < para.length; i += 2000) chunks.push(para.slice(i, i + 2000));
  }
  return chunks
    .filter((c) => c.trim() !== "")
    .slice(0, 100)
    .map((content) => ({
      object: "block",
      type: "paragraph",
      paragraph: { rich_text: [{ type: "text", text: { content } }] },
    }));
}

const entries = await readdir(folder, { withFileTypes: true });
const files = entries
  .filter((e) => e.isFile() && extname(e.name) === ".md" && !e.name.startsWith("."))
  .map((e) => join(folder, e.name));

for (const file of files) {
  const text = await readFile(file, "utf8");
  const title = basename(file, ".md");
  if (dryRun) {
    console.log(`would create "${title}" (${text.length} chars)`);
    continue;
  }
  const res = await fetch(NOTION_PAGES, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Notion-Version": NOTION_VERSION,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      parent: { database_id: databaseId },
      properties: { Name: { title: [{ text: { content: title } }] } },
      children: toBlocks(text),
    }),
  });
  if (!res.ok) {
    console.error(`${title}: Notion API ${res.status} ${await res.text()}`);
    process.exitCode = 1;
    continue;
  }
  const page = (await res.json()) as { url: string };
  console.log(`created ${title} -> ${page.url}`);
}
