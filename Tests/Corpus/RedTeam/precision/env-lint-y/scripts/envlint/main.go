// envlint compares the key names in a .env file with a .env.example template.
// It never prints values: every output line is a status word and a key name.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"
)

// Keys whose template value should be a placeholder, never a real secret.
var sensitiveName = regexp.MustCompile(`(?i)(KEY|SECRET|TOKEN|PASSWORD|DSN)$`)
var placeholder = regexp.MustCompile(`(?i)^(|changeme|change-me|your[-_].*|x{3,}|<.*>|\.\.\.|example.*)$`)

// parse reads KEY=VALUE lines, skipping blanks, comments and a leading "export ".
func parse(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		out[strings.TrimSpace(k)] = strings.Trim(strings.TrimSpace(v), `"'`)
	}
	return out, sc.Err()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	envPath := flag.String("env", ".env", "path to the real .env (values are never printed)")
	exPath := flag.String("example", ".env.example", "path to the committed template")
	flag.Parse()

	example, err := parse(*exPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read template:", err)
		os.Exit(2)
	}
	env, err := parse(*envPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "cannot read env file:", err)
		os.Exit(2)
	}

	missing := 0
	for _, k := range sortedKeys(example) {
		v, ok := env[k]
		switch {
		case !ok:
			fmt.Println("missing  ", k)
			missing++
		case v == "":
			fmt.Println("empty    ", k)
		}
		if sensitiveName.MatchString(k) && !placeholder.MatchString(example[k]) {
			fmt.Printf("example   %s in %s looks like a real value; replace it with a placeholder\n", k, *exPath)
		}
	}
	for _, k := range sortedKeys(env) {
		if _, ok := example[k]; !ok {
			fmt.Printf("extra     %s (not in %s)\n", k, *exPath)
		}
	}
	if gi, err := os.ReadFile(".gitignore"); err == nil && !strings.Contains(string(gi), ".env") {
		fmt.Println("warning   .gitignore does not mention .env")
	}
	if missing > 0 {
		os.Exit(1)
	}
}
