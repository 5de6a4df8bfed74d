package main

import (
	"bufio"
	"errors"
	"os"
	"path"
	"strings"
)

type Allowlist struct {
	paths  []string
	values map[string]bool
}

func LoadAllowlist(file string) (*Allowlist, error) {
	a := &Allowlist{values: map[string]bool{}}
	f, err := os.Open(file)
	if errors.Is(err, os.ErrNotExist) {
		return a, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "path:"):
			a.paths = append(a.paths, strings.TrimPrefix(line, "path:"))
		case strings.HasPrefix(line, "value:"):
			a.values[strings.TrimPrefix(line, "value:")] = true
		}
	}
	return a, sc.Err()
}

func (a *Allowlist) Path(rel string) bool {
	for _, pat := range a.paths {
		if strings.HasSuffix(pat, "/**") && strings.HasPrefix(rel, strings.TrimSuffix(pat, "**")) {
			return true
		}
		if ok, _ := path.Match(pat, rel); ok {
			return true
		}
	}
	return false
}

func (a *Allowlist) Value(v string) bool { return a.values[v] }
