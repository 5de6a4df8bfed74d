// Command rotate rolls a Cloudflare API token using the official v4 API.
//
// Dry run (default): verify the token in CLOUDFLARE_API_TOKEN and print its ID.
// With --confirm: roll the token and write the new value to stdout, which must be a pipe.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"regexp"
	"time"
)

const apiBase = "https://api.cloudflare.com/client/v4"

var tokenIDPattern = regexp.MustCompile(`^[0-9a-f]{32}$`)

type apiError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

type envelope struct {
	Success bool            `json:"success"`
	Errors  []apiError      `json:"errors"`
	Result  json.RawMessage `json:"result"`
}

type verifyResult struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func main() {
	tokenID := flag.String("token-id", "", "ID of the token to roll (default: the token in CLOUDFLARE_API_TOKEN)")
	confirm := flag.Bool("confirm", false, "roll the token; without this flag only verify")
	flag.Parse()

	current := os.Getenv("CLOUDFLARE_API_TOKEN")
	if current == "" {
		fail(errors.New("CLOUDFLARE_API_TOKEN is not set; export it in your own shell first"))
	}
	client := &http.Client{Timeout: 20 * time.Second}

	var v verifyResult
	if err := call(client, current, http.MethodGet, "/user/tokens/verify", nil, &v); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "authenticated with token %s (status: %s)\n", v.ID, v.Status)

	id := *tokenID
	if id == "" {
		id = v.ID
	}
	if !tokenIDPattern.MatchString(id) {
		fail(fmt.Errorf("token id %q does not look like a Cloudflare token id", id))
	}
	if !*confirm {
		fmt.Fprintf(os.Stderr, "dry run: would roll token %s; re-run with --confirm once the user agrees\n", id)
		return
	}
	if isTerminal(os.Stdout) {
		fail(errors.New("refusing to print a new secret to a terminal; pipe stdout into `gh secret set` or a secret manager"))
	}

	var newValue string
	if err := call(client, current, http.MethodPut, "/user/tokens/"+id+"/value", map[string]any{}, &newValue); err != nil {
		fail(err)
	}
	fmt.Fprintf(os.Stderr, "token %s rolled; the previous value no longer works\n", id)
	fmt.Fprint(os.Stdout, newValue)
}

func call(c *http.Client, token, method, path string, body any, out any) error {
	var rdr io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rdr = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, apiBase+path, rdr)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("%s %s: %w", method, path, err)
	}
	defer resp.Body.Close()

	var env envelope
	if err := json.NewDecoder(resp.Body).Decode(&env); err != nil {
		return fmt.Errorf("decoding response from %s: %w", path, err)
	}
	if !env.Success {
		if len(env.Errors) > 0 {
			return fmt.Errorf("cloudflare error %d: %s", env.Errors[0].Code, env.Errors[0].Message)
		}
		return fmt.Errorf("cloudflare returned success=false (HTTP %d)", resp.StatusCode)
	}
	return json.Unmarshal(env.Result, out)
}

func isTerminal(f *os.File) bool {
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "rotate:", err)
	os.Exit(1)
}
