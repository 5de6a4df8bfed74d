// Command licaudit audits licenses across a Go module graph.
package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"text/tabwriter"
)

type Module struct {
	Path     string `json:"Path"`
	Version  string `json:"Version"`
	Dir      string `json:"Dir"`
	Main     bool   `json:"Main"`
	Indirect bool   `json:"Indirect"`
	Replace  *Module
}

type Row struct {
	Module     string `json:"module"`
	Version    string `json:"version"`
	License    string `json:"license"`
	Confidence string `json:"confidence"`
	Decision   string `json:"decision"`
	File       string `json:"file,omitempty"`
}

type Policy struct {
	Allow      []string `json:"allow"`
	Deny       []string `json:"deny"`
	Review     []string `json:"review"`
	Exceptions []struct {
		Module string `json:"module"`
		Reason string `json:"reason"`
	} `json:"exceptions"`
}

var defaultPolicy = Policy{
	Allow: []string{"MIT", "BSD-2-Clause", "BSD-3-Clause", "Apache-2.0", "ISC"},
}

var phrases = []struct {
	id   string
	must []string
	not  []string
}{
	{"AGPL-3.0", []string{"gnu affero general public license"}, nil},
	{"LGPL-3.0", []string{"gnu lesser general public license", "version 3"}, nil},
	{"LGPL-2.1", []string{"gnu lesser general public license", "version 2.1"}, nil},
	{"GPL-3.0", []string{"gnu general public license", "version 3"}, []string{"lesser", "affero"}},
	{"MPL-2.0", []string{"mozilla public license", "2.0"}, nil},
	{"Apache-2.0", []string{"apache license", "version 2.0"}, nil},
	{"BSD-3-Clause", []string{"redistribution and use in source and binary forms", "neither the name"}, nil},
	{"BSD-2-Clause", []string{"redistribution and use in source and binary forms"}, []string{"neither the name"}},
	{"ISC", []string{"permission to use, copy, modify, and/or distribute this software"}, nil},
	{"MIT", []string{"permission is hereby granted, free of charge", "above copyright notice"}, nil},
	{"Unlicense", []string{"free and unencumbered software released into the public domain"}, nil},
}

func listModules(includeTest bool) ([]Module, error) {
	args := []string{"list", "-m", "-json", "all"}
	if !includeTest {
		args = []string{"list", "-deps", "-f", "{{with .Module}}{{.Path}} {{.Version}} {{.Dir}}{{end}}", "./..."}
	}
	out, err := exec.Command("go", args...).Output()
	if err != nil {
		return nil, fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	var mods []Module
	seen := map[string]bool{}
	if includeTest {
		dec := json.NewDecoder(bytes.NewReader(out))
		for {
			var m Module
			if err := dec.Decode(&m); err == io.EOF {
				break
			} else if err != nil {
				return nil, err
			}
			if m.Replace != nil {
				m.Dir = m.Replace.Dir
			}
			if !m.Main && !seen[m.Path] {
				seen[m.Path] = true
				mods = append(mods, m)
			}
		}
		return mods, nil
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 3 || f[1] == "" || seen[f[0]] {
			continue
		}
		seen[f[0]] = true
		mods = append(mods, Module{Path: f[0], Version: f[1], Dir: f[2]})
	}
	return mods, sc.Err()
}

func detect(dir string) (id, conf, file string) {
	if dir == "" {
		return "UNKNOWN", "", ""
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := strings.ToUpper(e.Name())
		if e.IsDir() || !(strings.HasPrefix(name, "LICEN") || strings.HasPrefix(name, "COPYING")) {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		if len(b) > 256<<10 {
			b = b[:256<<10]
		}
		text := strings.Join(strings.Fields(strings.ToLower(string(b))), " ")
		var found []string
		for _, p := range phrases {
			ok := true
			for _, m := range p.must {
				ok = ok && strings.Contains(text, m)
			}
			for _, n := range p.not {
				ok = ok && !strings.Contains(text, n)
			}
			if ok {
				found = append(found, p.id)
			}
		}
		if len(found) > 0 {
			return strings.Join(found, " OR "), "high", e.Name()
		}
		return "UNKNOWN", "low", e.Name()
	}
	return "UNKNOWN", "", ""
}

func decide(p Policy, mod, lic string) string {
	for _, ex := range p.Exceptions {
		if ex.Module == mod {
			return "ALLOW"
		}
	}
	if lic == "UNKNOWN" {
		return "UNKNOWN"
	}
	in := func(list []string) bool {
		for _, part := range strings.Split(lic, " OR ") {
			for _, l := range list {
				if strings.EqualFold(l, part) {
					return true
				}
			}
		}
		return false
	}
	switch {
	case in(p.Allow):
		return "ALLOW"
	case in(p.Deny):
		return "DENY"
	default:
		return "REVIEW"
	}
}

func loadPolicy(path string) (Policy, error) {
	if path == "" {
		return defaultPolicy, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return Policy{}, err
	}
	var p Policy
	if err := json.Unmarshal(b, &p); err != nil {
		p, err = parseSimpleYAML(b)
	}
	return p, err
}

func main() {
	format := flag.String("format", "table", "table|json|csv|notice")
	policyPath := flag.String("policy", "", "policy file")
	includeTest := flag.Bool("include-test", false, "include test-only deps")
	resolve := flag.Bool("resolve", true, "query resolver for undetected licenses")
	outPath := flag.String("out", "", "output file")
	flag.Parse()

	pol, err := loadPolicy(*policyPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "policy:", err)
		os.Exit(1)
	}
	mods, err := listModules(*includeTest)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}

	var rows []Row
	var unknown []Module
	for _, m := range mods {
		id, conf, file := detect(m.Dir)
		if id == "UNKNOWN" {
			unknown = append(unknown, m)
		}
		rows = append(rows, Row{Module: m.Path, Version: m.Version, License: id, Confidence: conf, File: file})
	}
	if *resolve && len(unknown) > 0 {
		if got, err := resolveRemote(unknown); err == nil {
			for i := range rows {
				if lic, ok := got[rows[i].Module]; ok && rows[i].License == "UNKNOWN" {
					rows[i].License, rows[i].Confidence = lic, "resolver"
				}
			}
		}
	}
	counts := map[string]int{}
	for i := range rows {
		rows[i].Decision = decide(pol, rows[i].Module, rows[i].License)
		counts[rows[i].Decision]++
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].Module < rows[j].Module })

	var w io.Writer = os.Stdout
	if *outPath != "" {
		f, err := os.Create(*outPath)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		w = f
	}
	switch *format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(rows)
	case "csv":
		cw := csv.NewWriter(w)
		_ = cw.Write([]string{"module", "version", "license", "decision"})
		for _, r := range rows {
			_ = cw.Write([]string{r.Module, r.Version, r.License, r.Decision})
		}
		cw.Flush()
	case "notice":
		fmt.Fprintln(w, "# Third-party notices\n")
		for _, r := range rows {
			fmt.Fprintf(w, "## %s %s\n\nLicense: %s\n\n", r.Module, r.Version, r.License)
		}
	default:
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "MODULE\tVERSION\tLICENSE\tDECISION")
		for _, r := range rows {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Module, r.Version, r.License, r.Decision)
		}
		tw.Flush()
	}
	fmt.Fprintf(os.Stderr, "%d modules: %d allow, %d review, %d deny, %d unknown\n",
		len(rows), counts["ALLOW"], counts["REVIEW"], counts["DENY"], counts["UNKNOWN"])
	switch {
	case counts["DENY"] > 0:
		os.Exit(3)
	case counts["UNKNOWN"] > 0:
		os.Exit(4)
	}
}
