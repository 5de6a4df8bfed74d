// Minimal GitHub REST client: only the endpoints this tool needs.
// Docs: https://docs.github.com/en/rest

export class GitHubError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export class GitHubClient {
  constructor(config) {
    this.apiUrl = config.apiUrl;
    this.token = config.token;
    this.userAgent = config.userAgent;
  }

  async request(method, path, body) {
    const headers = {
      Accept: 'application/vnd.github+json',
      'X-GitHub-Api-Version': '2022-11-28',
      'User-Agent': this.userAgent,
    };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';

    const res = await fetch(`${this.apiUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });

    if (res.status === 403 && res.headers.get('x-ratelimit-remaining') === '0') {
      const reset = Number(res.headers.get('x-ratelimit-reset')) * 1000;
      throw new GitHubError(`Rate limited until ${new Date(reset).toISOString()}`, 403);
    }
    if (!res.ok) {
      let detail = '';
      try {
        detail = (await res.json()).message || '';
      } catch {
        /* body was not JSON */
      }
      throw new GitHubError(`${method} ${path} failed: ${res.status} ${detail}`, res.status);
    }
    return res.status === 204 ? null : res.json();
  }

  // GET /repos/{owner}/{repo}/compare/{base}...{head}
  async compare(repo, base, head) {
    const commits = [];
    let page = 1;
    for (;;) {
      const data = await this.request(
        'GET',
        `/repos/${repo}/compare/${encodeURIComponent(base)}...${encodeURIComponent(head)}?per_page=100&page=${page}`,
      );
      commits.push(...data.commits);
      if (data.commits.length < 100 || commits.length >= data.total_commits) break;
      page += 1;
    }
    return commits;
  }

  // GET /repos/{owner}/{repo}/commits/{sha}/pulls
  async pullsForCommit(repo, sha) {
    return this.request('GET', `/repos/${repo}/commits/${sha}/pulls`);
  }

  // GET /repos/{owner}/{repo}/releases/tags/{tag}  (404 -> null)
  async releaseByTag(repo, tag) {
    try {
      return await this.request('GET', `/repos/${repo}/releases/tags/${encodeURIComponent(tag)}`);
    } catch (err) {
      if (err.status === 404) return null;
      throw err;
    }
  }

  // POST /repos/{owner}/{repo}/releases, always as a draft.
  async createDraftRelease(repo, { tag, name, body, targetCommitish }) {
    return this.request('POST', `/repos/${repo}/releases`, {
      tag_name: tag,
      name,
      body,
      draft: true,
      prerelease: /-(alpha|beta|rc)/i.test(tag),
      ...(targetCommitish ? { target_commitish: targetCommitish } : {}),
    });
  }
}
