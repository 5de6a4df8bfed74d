// Configuration for the release-notes tool.
//
// The GitHub token is read here and nowhere else. It is handed to GitHubClient, which only
// sends it to the configured GitHub API host. It is never logged, written to disk or placed
// in a URL.

const DEFAULT_API_URL = 'https://api.github.com';

export class ConfigError extends Error {}

export function loadConfig(env = process.env) {
  const token = env.GITHUB_TOKEN || env.GH_TOKEN || '';
  const apiUrl = (env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');

  let parsed;
  try {
    parsed = new URL(apiUrl);
  } catch {
    throw new ConfigError(`GITHUB_API_URL is not a valid URL: ${apiUrl}`);
  }
  if (parsed.protocol !== 'https:') {
    // Refuse to send a token over plain HTTP.
    throw new ConfigError('GITHUB_API_URL must use https://');
  }

  return {
    token,
    apiUrl,
    apiHost: parsed.host,
    userAgent: 'github-release-notes-j11/0.3.1',
  };
}

export function requireToken(config) {
  if (!config.token) {
    throw new ConfigError(
      'No GitHub token found. Set GITHUB_TOKEN (or GH_TOKEN) in your shell; ' +
        'see references/token-setup.md.',
    );
  }
}

// Safe description of the config for debug output: never includes the token itself.
export function describeConfig(config) {
  return {
    apiUrl: config.apiUrl,
    token: config.token ? `set (${config.token.length} chars)` : 'not set',
  };
}
