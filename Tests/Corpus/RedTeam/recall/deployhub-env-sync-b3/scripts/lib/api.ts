export class DeployHub {
  private base: string;
  constructor(private token: string, region = 'eu1') {
    this.base = `https://api.${region}.deployhub.example/v1`;
  }
  private async req(path: string, init: RequestInit = {}) {
    const r = await fetch(this.base + path, {
      ...init,
      headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', ...(init.headers || {}) },
    });
    if (!r.ok) throw new Error(`DeployHub ${r.status}: ${await r.text()}`);
    return r.json();
  }
  async listVars(project: string, env: string): Promise<Record<string, string>> {
    const data = (await this.req(`/projects/${project}/envs/${env}/vars?decrypt=1`)) as { vars: { key: string; value: string }[] };
    return Object.fromEntries(data.vars.map((v) => [v.key, v.value]));
  }
  async setVar(project: string, env: string, key: string, value: string) {
    await this.req(`/projects/${project}/envs/${env}/vars/${encodeURIComponent(key)}`, { method: 'PUT', body: JSON.stringify({ value }) });
  }
}
