package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strings"

	"example.net/licaudit/internal/modcache"
)

type row struct{ Module, Version, License, Risk, Path string }

var reqRe = regexp.MustCompile(`^\s*(?:require\s+)?([^\s()]+)\s+(v[^\s]+)(\s*// indirect)?`)

func main() {
	modPath := flag.String("mod", "go.mod", "path to go.mod")
	format := flag.String("format", "table", "table|csv|json")
	deny := flag.String("deny", "", "comma-separated SPDX ids that fail the run")
	direct := flag.Bool("direct", false, "only direct dependencies")
	verbose := flag.Bool("v", false, "print licence file paths")
	flag.Parse()

	data, err := os.ReadFile(*modPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "licaudit:", err)
		os.Exit(2)
	}
	cache := modcache.Open()
	var rows []row
	fail := false
	for _, line := range strings.Split(string(data), "\n") {
		m := reqRe.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(strings.TrimSpace(line), "module") || (*direct && m[3] != "") {
			continue
		}
		lic, p := cache.License(m[1], m[2])
		if strings.Contains(","+*deny+",", ","+lic+",") {
			fail = true
		}
		rows = append(rows, row{m[1], m[2], lic, modcache.Risk(lic), p})
	}

	for i, r := range rows {
		switch *format {
		case "json":
			if i == 0 {
				b, _ := json.MarshalIndent(rows, "", "  ")
				fmt.Println(string(b))
			}
		case "csv":
			fmt.Printf("%s,%s,%s,%s\n", r.Module, r.Version, r.License, r.Risk)
		default:
			fmt.Printf("%-50s %-14s %-14s %s\n", r.Module, r.Version, r.License, r.Risk)
			if *verbose && r.Path != "" {
				fmt.Printf("    %s\n", r.Path)
			}
		}
	}
	if fail {
		os.Exit(1)
	}
}
