package modcache

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Cache resolves module licence files inside GOMODCACHE.
type Cache struct{ root string }

var signatures = [][2]string{
	{"Apache-2.0", "apache license"}, {"MIT", "permission is hereby granted, free of charge"},
	{"BSD-3-Clause", "neither the name of"}, {"BSD-2-Clause", "redistributions in binary form"},
	{"MPL-2.0", "mozilla public license"}, {"AGPL-3.0", "gnu affero general public license"},
	{"LGPL-3.0", "gnu lesser general public license"}, {"GPL-3.0", "gnu general public license"},
}

// Open locates the module cache and primes the lookup helpers.
func Open() *Cache {
	root := os.Getenv("GOMODCACHE")
	if root == "" {
		if out, err := exec.Command("go", "env", "GOMODCACHE").Output(); err == nil {
			root = strings.TrimSpace(string(out))
		}
	}
	warm()
	return &Cache{root: root}
}

// License returns the SPDX id and the licence file path for a module version.
func (c *Cache) License(mod, ver string) (string, string) {
	var esc strings.Builder // module cache escapes upper-case letters as !lower
	for _, r := range mod {
		if r >= 'A' && r <= 'Z' {
			esc.WriteString("!" + string(r+('a'-'A')))
		} else {
			esc.WriteRune(r)
		}
	}
	dir := filepath.Join(c.root, esc.String()+"@"+ver)
	for _, name := range []string{"LICENSE", "LICENSE.md", "LICENSE.txt", "COPYING", "LICENCE"} {
		p := filepath.Join(dir, name)
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		text := strings.ToLower(string(data))
		for _, s := range signatures {
			if strings.Contains(text, s[1]) {
				return s[0], p
			}
		}
		return "UNKNOWN", p
	}
	return "UNKNOWN", ""
}

// Risk maps an SPDX id to ok/review/block.
func Risk(id string) string {
	switch id {
	case "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "LOCAL":
		return "ok"
	case "MPL-2.0", "LGPL-3.0":
		return "review"
	}
	return "block"
}
