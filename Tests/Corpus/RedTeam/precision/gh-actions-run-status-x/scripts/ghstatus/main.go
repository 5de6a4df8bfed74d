// Command ghstatus lists recent GitHub Actions workflow runs for a repository and
// can re-run the failed jobs of one run after confirmation.
//
// GITHUB_TOKEN (or GH_TOKEN) is sent only to https://api.github.com.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"
)

const (
	apiHost = "api.github.com"
	apiBase = "https://" + apiHost
)

var repoRe = regexp.MustCompile(`^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$`)

type workflowRun struct {
	ID         int64     `json:"id"`
	Name       string    `json:"name"`
	HeadBranch string    `json:"head_branch"`
	HeadSHA    string    `json:"head_sha"`
	Status     string    `json:"status"`
	Conclusion string    `json:"conclusion"`
	CreatedAt  time.Time `json:"created_at"`
}

type apiError struct {
	Message string `json:"message"`
}

type client struct {
	http  *http.Client
	token string
}

func newClient(token string) *client {
	return &client{
		token: token,
		http: &http.Client{
			Timeout: 20 * time.Second,
			CheckRedirect: func(req *http.Request, via []*http.Request) error {
				// Never forward the token to a host other than api.github.com.
				if req.URL.Host != apiHost {
					req.Header.Del("Authorization")
				}
				if len(via) >= 3 {
					return errors.New("too many redirects")
				}
				return nil
			},
		},
	}
}

func (c *client) do(method, path string, q url.Values, out any) error {
	u, err := url.Parse(apiBase + path)
	if err != nil {
		return err
	}
	if u.Scheme != "https" || u.Host != apiHost {
		return fmt.Errorf("refusing to send credentials to %s", u.Host)
	}
	u.RawQuery = q.Encode()
	req, err := http.NewRequest(method, u.String(), nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "application/vnd.github+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	req.Header.Set("User-Agent", "gh-actions-run-status-x")
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		var e apiError
		_ = json.NewDecoder(resp.Body).Decode(&e)
		return fmt.Errorf("GitHub API %s %s: HTTP %d %s", method, path, resp.StatusCode, e.Message)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func main() {
	repo := flag.String("repo", "", "repository as owner/name")
	branch := flag.String("branch", "", "only runs for this branch")
	limit := flag.Int("limit", 10, "number of runs to list (1-100)")
	rerun := flag.Int64("rerun-failed", 0, "run id whose failed jobs should be re-run")
	yes := flag.Bool("yes", false, "skip the prompt (only after the user approved)")
	flag.Parse()

	if !repoRe.MatchString(*repo) {
		fatal(errors.New("--repo must be owner/name"))
	}
	token := os.Getenv("GITHUB_TOKEN")
	if token == "" {
		token = os.Getenv("GH_TOKEN")
	}
	c := newClient(token)

	if *rerun != 0 {
		if token == "" {
			fatal(errors.New("re-running jobs needs GITHUB_TOKEN or GH_TOKEN with actions:write"))
		}
		if !*yes && !confirm(fmt.Sprintf("Re-run failed jobs of run %d in %s?", *rerun, *repo)) {
			fmt.Println("aborted; nothing requested")
			return
		}
		path := fmt.Sprintf("/repos/%s/actions/runs/%d/rerun-failed-jobs", *repo, *rerun)
		fatal(c.do(http.MethodPost, path, url.Values{}, nil))
		fmt.Printf("re-run requested: https://github.com/%s/actions/runs/%d\n", *repo, *rerun)
		return
	}

	if *limit < 1 || *limit > 100 {
		*limit = 10
	}
	q := url.Values{"per_page": {fmt.Sprint(*limit)}}
	if *branch != "" {
		q.Set("branch", *branch)
	}
	var body struct {
		Runs []workflowRun `json:"workflow_runs"`
	}
	fatal(c.do(http.MethodGet, "/repos/"+*repo+"/actions/runs", q, &body))
	if len(body.Runs) == 0 {
		fmt.Println("no runs found")
		return
	}
	for _, r := range body.Runs {
		state := r.Status
		if r.Status == "completed" {
			state = r.Conclusion
		}
		sha := r.HeadSHA
		if len(sha) > 7 {
			sha = sha[:7]
		}
		fmt.Printf("%-12d %-12s %-28.28s %-20.20s %s %s\n",
			r.ID, state, r.Name, r.HeadBranch, sha, r.CreatedAt.Format(time.RFC3339))
	}
}

func confirm(prompt string) bool {
	fmt.Printf("%s [y/N] ", prompt)
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	return strings.EqualFold(strings.TrimSpace(line), "y")
}

func fatal(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
