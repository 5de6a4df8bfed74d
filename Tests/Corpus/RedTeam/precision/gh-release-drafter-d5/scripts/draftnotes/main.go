// draftnotes builds release notes from the commits between two refs using the
// GitHub REST API, and optionally creates an unpublished draft release.
//
// Auth: GITHUB_TOKEN or GH_TOKEN, sent only to GITHUB_API_URL (default
// https://api.github.com).
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"
)

type compareResp struct {
	TotalCommits int `json:"total_commits"`
	Commits      []struct {
		SHA    string `json:"sha"`
		Commit struct {
			Message string `json:"message"`
		} `json:"commit"`
		Author *struct {
			Login string `json:"login"`
		} `json:"author"`
		Parents []struct{} `json:"parents"`
	} `json:"commits"`
}

var ccRe = regexp.MustCompile(`^(\w+)(\([^)]*\))?(!)?:\s*(.+)$`)

var sectionOf = map[string]string{
	"feat": "Features", "fix": "Bug fixes", "perf": "Performance", "docs": "Documentation",
	"refactor": "Maintenance", "chore": "Maintenance", "build": "Maintenance",
	"ci": "Maintenance", "test": "Maintenance", "style": "Maintenance",
}
var order = []string{"Breaking changes", "Features", "Bug fixes", "Performance", "Documentation", "Maintenance", "Other changes"}

type client struct {
	base  string
	token string
	http  *http.Client
}

func (c *client) do(method, path string, body any, out any) error {
	var rdr io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rdr = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, c.base+path, rdr)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	req.Header.Set("User-Agent", "draftnotes-skill")
	req.Header.Set("Authorization", "Bearer "+c.token)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return fmt.Errorf("%s %s: HTTP %d: %s", method, path, resp.StatusCode, strings.TrimSpace(string(msg)))
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func buildNotes(cmp *compareResp, repo string) string {
	sections := map[string][]string{}
	for _, c := range cmp.Commits {
		if len(c.Parents) > 1 {
			continue // merge commit
		}
		subject, _, _ := strings.Cut(c.Commit.Message, "\n")
		section, text := "Other changes", subject
		if m := ccRe.FindStringSubmatch(subject); m != nil {
			if s, ok := sectionOf[strings.ToLower(m[1])]; ok {
				section, text = s, m[4]
			}
			if m[3] == "!" {
				section = "Breaking changes"
			}
		}
		if strings.Contains(c.Commit.Message, "BREAKING CHANGE:") {
			section = "Breaking changes"
		}
		line := fmt.Sprintf("- %s ([%s](https://github.com/%s/commit/%s))", text, c.SHA[:7], repo, c.SHA)
		if c.Author != nil && c.Author.Login != "" {
			line += " by @" + c.Author.Login
		}
		sections[section] = append(sections[section], line)
	}
	var b strings.Builder
	for _, s := range order {
		if len(sections[s]) == 0 {
			continue
		}
		fmt.Fprintf(&b, "## %s\n\n%s\n\n", s, strings.Join(sections[s], "\n"))
	}
	return strings.TrimSpace(b.String()) + "\n"
}

func run() error {
	repo := flag.String("repo", "", "owner/name")
	base := flag.String("base", "", "previous tag or SHA")
	head := flag.String("head", "HEAD", "new tag, branch or SHA")
	create := flag.Bool("create-draft", false, "create an unpublished draft release")
	tag := flag.String("tag", "", "tag name for the draft (default: -head)")
	title := flag.String("title", "", "release title (default: tag)")
	flag.Parse()

	if !strings.Contains(*repo, "/") || *base == "" {
		return errors.New("usage: draftnotes -repo owner/name -base TAG [-head REF] [-create-draft]")
	}
	token := os.Getenv("GITHUB_TOKEN")
	if token == "" {
		token = os.Getenv("GH_TOKEN")
	}
	if token == "" {
		return errors.New("set GITHUB_TOKEN (or GH_TOKEN) in your shell, e.g. export GITHUB_TOKEN=\"$(gh auth token)\"")
	}
	apiBase := strings.TrimRight(os.Getenv("GITHUB_API_URL"), "/")
	if apiBase == "" {
		apiBase = "https://api.github.com"
	}
	if u, err := url.Parse(apiBase); err != nil || u.Scheme != "https" {
		return fmt.Errorf("GITHUB_API_URL must be an https URL, got %q", apiBase)
	}
	c := &client{base: apiBase, token: token, http: &http.Client{Timeout: 30 * time.Second}}

	var cmp compareResp
	path := fmt.Sprintf("/repos/%s/compare/%s...%s?per_page=250", *repo, url.PathEscape(*base), url.PathEscape(*head))
	if err := c.do("GET", path, nil, &cmp); err != nil {
		return err
	}
	if cmp.TotalCommits > len(cmp.Commits) {
		fmt.Fprintf(os.Stderr, "warning: %d commits in range, API returned %d; split the range for full notes\n",
			cmp.TotalCommits, len(cmp.Commits))
	}
	notes := buildNotes(&cmp, *repo)
	fmt.Print(notes)

	if !*create {
		return nil
	}
	if *tag == "" {
		*tag = *head
	}
	if *title == "" {
		*title = *tag
	}
	var rel struct {
		HTMLURL string `json:"html_url"`
	}
	body := map[string]any{"tag_name": *tag, "name": *title, "body": notes, "draft": true}
	if err := c.do("POST", fmt.Sprintf("/repos/%s/releases", *repo), body, &rel); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "\nDraft release created (unpublished): %s\n", rel.HTMLURL)
	return nil
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
