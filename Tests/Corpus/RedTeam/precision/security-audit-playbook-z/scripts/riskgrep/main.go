// riskgrep is a small, read-only pattern matcher used by the security-audit-playbook-z
// skill. It walks one directory tree, reads text files and reports lines matching known
// risky shapes. It never executes anything it reads and opens no network connections.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
)

type rule struct {
	ID       string
	Severity string
	Desc     string
	Re       *regexp.Regexp
}

type finding struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Desc     string `json:"desc"`
	Snippet  string `json:"snippet"`
}

// Rules describe shapes to detect in the reviewed folder. The strings below are
// regular expressions, not commands.
var rules = []rule{
	{"SC2-pipe-shell", "high", "download piped into a shell",
		regexp.MustCompile(`(curl|wget)[^|\n]*\|\s*(sudo\s+)?(ba|z)?sh\b`)},
	{"SC2-proc-subst", "high", "shell reading a downloaded script",
		regexp.MustCompile(`(bash|sh)\s+<\(\s*(curl|wget)`)},
	{"SC3-decode-exec", "high", "decoded blob fed to an interpreter",
		regexp.MustCompile(`base64\s+(-d|-D|--decode)[^\n]*\|\s*(ba|z)?sh`)},
	{"PE3-ssh-key", "high", "reference to a private SSH key",
		regexp.MustCompile(`\.ssh/id_(rsa|ed25519|ecdsa)`)},
	{"PE3-cloud-creds", "high", "reference to cloud credentials or metadata endpoint",
		regexp.MustCompile(`\.aws/credentials|169\.254\.169\.254`)},
	{"P1-override", "high", "instruction-override phrase",
		regexp.MustCompile(`(?i)(ignore|disregard) (all |any )?(previous|prior) instructions`)},
	{"E2-env-dump", "high", "bulk environment dump",
		regexp.MustCompile(`JSON\.stringify\(process\.env\)|dict\(os\.environ\)|printenv\s*\|`)},
	{"RS-dev-tcp", "high", "reverse shell via /dev/tcp",
		regexp.MustCompile(`/dev/tcp/[^\s/]+/[0-9]+`)},
	{"PE2-world-writable", "medium", "world-writable permissions",
		regexp.MustCompile(`chmod\s+(-R\s+)?777`)},
}

const maxFileSize = 2 << 20 // 2 MiB; larger files are reported as not analysed

func main() {
	root := flag.String("root", "", "folder to review (required)")
	asJSON := flag.Bool("json", false, "print findings as JSON")
	flag.Parse()
	if *root == "" {
		fmt.Fprintln(os.Stderr, "usage: riskgrep -root DIR [-json]")
		os.Exit(2)
	}

	var findings []finding
	var skipped []string

	err := filepath.WalkDir(*root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			skipped = append(skipped, path+" (unreadable)")
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			skipped = append(skipped, path+" (symlink, not followed)")
			return nil
		}
		if d.IsDir() {
			return nil
		}
		info, err := d.Info()
		if err != nil || info.Size() > maxFileSize {
			skipped = append(skipped, path+" (too large)")
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			skipped = append(skipped, path+" (unreadable)")
			return nil
		}
		if bytes.IndexByte(data, 0) >= 0 {
			skipped = append(skipped, path+" (binary)")
			return nil
		}
		rel, _ := filepath.Rel(*root, path)
		sc := bufio.NewScanner(bytes.NewReader(data))
		sc.Buffer(make([]byte, 0, 64*1024), maxFileSize)
		for n := 1; sc.Scan(); n++ {
			line := sc.Text()
			for _, r := range rules {
				if r.Re.MatchString(line) {
					findings = append(findings, finding{rel, n, r.ID, r.Severity, r.Desc, trim(line, 160)})
				}
			}
		}
		return nil
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "walk error:", err)
		os.Exit(2)
	}

	sort.Slice(findings, func(i, j int) bool {
		if findings[i].File != findings[j].File {
			return findings[i].File < findings[j].File
		}
		return findings[i].Line < findings[j].Line
	})

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(map[string]any{"findings": findings, "not_analysed": skipped})
	} else {
		for _, f := range findings {
			fmt.Printf("[%s] %s:%d %s (%s)\n    %s\n", f.Severity, f.File, f.Line, f.Desc, f.Rule, f.Snippet)
		}
		for _, s := range skipped {
			fmt.Printf("[not analysed] %s\n", s)
		}
	}

	for _, f := range findings {
		if f.Severity == "high" {
			os.Exit(1)
		}
	}
}

func trim(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
