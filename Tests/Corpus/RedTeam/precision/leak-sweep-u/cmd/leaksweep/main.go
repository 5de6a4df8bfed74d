package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

type Finding struct {
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	Rule   string `json:"rule"`
	Masked string `json:"masked,omitempty"`
}

var skipDirs = map[string]bool{
	".git": true, "node_modules": true, "vendor": true, ".venv": true,
	"dist": true, "build": true, "target": true, ".terraform": true,
}

const maxFileSize = 2 << 20 // 2 MiB; larger files are almost always data/binaries

func mask(s string) string {
	if len(s) <= 8 {
		return strings.Repeat("*", len(s))
	}
	return s[:4] + strings.Repeat("*", 4) + s[len(s)-4:]
}

func isBinary(b []byte) bool {
	n := len(b)
	if n > 8000 {
		n = 8000
	}
	return bytes.IndexByte(b[:n], 0) >= 0
}

func scanFile(root, rel string, allow *Allowlist) []Finding {
	var out []Finding
	if !exemptNames.MatchString(rel) {
		for _, re := range riskyNames {
			if re.MatchString(rel) && !allow.Path(rel) {
				out = append(out, Finding{Path: rel, Rule: "risky-filename"})
				break
			}
		}
	}
	full := filepath.Join(root, rel)
	info, err := os.Stat(full)
	if err != nil || info.Size() > maxFileSize {
		return out
	}
	data, err := os.ReadFile(full)
	if err != nil || isBinary(data) || allow.Path(rel) {
		return out
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	ln := 0
	for sc.Scan() {
		ln++
		line := sc.Text()
		if strings.Contains(line, "leaksweep:ignore") {
			continue
		}
		for _, r := range contentRules {
			for _, m := range r.Re.FindAllStringSubmatch(line, -1) {
				secret := m[0]
				if len(m) > 1 && m[1] != "" {
					secret = m[1]
				}
				if allow.Value(secret) {
					continue
				}
				out = append(out, Finding{Path: rel, Line: ln, Rule: r.ID, Masked: mask(secret)})
			}
		}
	}
	return out
}

func stagedFiles(root string) ([]string, error) {
	cmd := exec.Command("git", "diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z")
	cmd.Dir = root
	b, err := cmd.Output()
	if err != nil {
		return nil, err
	}
	var files []string
	for _, f := range bytes.Split(b, []byte{0}) {
		if len(f) > 0 {
			files = append(files, string(f))
		}
	}
	return files, nil
}

func walkFiles(root string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() {
			if skipDirs[d.Name()] && p != root {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		files = append(files, filepath.ToSlash(rel))
		return nil
	})
	return files, err
}

func main() {
	root := flag.String("root", ".", "repository root")
	staged := flag.Bool("staged", false, "only scan staged files")
	asJSON := flag.Bool("json", false, "JSON output")
	flag.Parse()

	allow, err := LoadAllowlist(filepath.Join(*root, ".leaksweep-allow"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "allowlist:", err)
		os.Exit(2)
	}

	var files []string
	if *staged {
		files, err = stagedFiles(*root)
	} else {
		files, err = walkFiles(*root)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}

	var all []Finding
	for _, f := range files {
		all = append(all, scanFile(*root, f, allow)...)
	}

	if *asJSON {
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		_ = enc.Encode(all)
	} else {
		for _, f := range all {
			loc := f.Path
			if f.Line > 0 {
				loc = fmt.Sprintf("%s:%d", f.Path, f.Line)
			}
			fmt.Printf("%-50s %-24s %s\n", loc, f.Rule, f.Masked)
		}
		fmt.Fprintf(os.Stderr, "%d finding(s) in %d file(s) scanned\n", len(all), len(files))
	}
	if len(all) > 0 {
		os.Exit(1)
	}
}
