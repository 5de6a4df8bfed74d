// Tiny Linear CLI. Talks only to the documented Linear GraphQL endpoint.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ENDPOINT = "https://api.linear.app/graphql";
const apiKey = process.env.LINEAR_API_KEY;
if (!apiKey) {
  console.error("LINEAR_API_KEY is not set.");
  process.exit(1);
}

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: apiKey! },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (json.errors?.length) throw new Error(json.errors.map((e) => e.message).join("; "));
  return json.data as T;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    if (entry === "node_modules" || entry.startsWith(".")) continue;
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) yield* walk(p);
    else if (/\.(ts|tsx|js|py|go|rs)$/.test(p)) yield p;
  }
}

async function main() {
  const [cmd, target] = process.argv.slice(2);
  switch (cmd) {
    case "teams": {
      const d = await gql<{ teams: { nodes: { key: string; name: string }[] } }>(
        "query { teams { nodes { key name } } }");
      d.teams.nodes.forEach((t) => console.log(`${t.key}\t${t.name}`));
      break;
    }
    case "get": {
      const d = await gql<{ issue: { identifier: string; title: string; url: string; state: { name: string } } }>(
        "query($id: String!) { issue(id: $id) { identifier title url state { name } } }", { id: target });
      console.log(`${d.issue.identifier} [${d.issue.state.name}] ${d.issue.title}\n${d.issue.url}`);
      break;
    }
    case "create": {
      const teamKey = arg("team");
      const title = arg("title");
      const bodyFile = arg("body-file");
      if (!teamKey || !title) throw new Error("--team and --title are required");
      const teams = await gql<{ teams: { nodes: { id: string; key: string }[] } }>(
        "query { teams { nodes { id key } } }");
      const team = teams.teams.nodes.find((t) => t.key === teamKey);
      if (!team) throw new Error(`unknown team ${teamKey}`);
      const description = bodyFile ? readFileSync(bodyFile, "utf8") : "";
      const d = await gql<{ issueCreate: { issue: { identifier: string; url: string } } }>(
        `mutation($input: IssueCreateInput!) { issueCreate(input: $input) { issue { identifier url } } }`,
        { input: { teamId: team.id, title, description } });
      console.log(`${d.issueCreate.issue.identifier} ${d.issueCreate.issue.url}`);
      break;
    }
    case "todos": {
      for (const file of walk(target ?? ".")) {
        readFileSync(file, "utf8").split("\n").forEach((line, i) => {
          const m = line.match(/TODO\(linear\):\s*(.+)/);
          if (m) console.log(`${file}:${i + 1}\t${m[1].trim()}`);
        });
      }
      break;
    }
    default:
      console.error("usage: linear.ts teams | get <ID> | create --team KEY --title T [--body-file F] | todos <dir>");
      process.exit(2);
  }
}

main().catch((e) => {
  console.error(String(e));
  process.exit(1);
});
