package main

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// loadConfig reads the tiny YAML subset dnscheck.yaml uses, so the tool has no
// third-party dependencies.
func loadConfig(path string) (*config, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cfg := &config{Resolvers: []string{"system"}, Rounds: 5}
	section := ""
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		switch {
		case strings.HasPrefix(line, "hosts:"):
			section = "hosts"
		case strings.HasPrefix(line, "resolvers:"):
			section = ""
			v := strings.Trim(strings.TrimPrefix(line, "resolvers:"), " []")
			cfg.Resolvers = nil
			for _, r := range strings.Split(v, ",") {
				cfg.Resolvers = append(cfg.Resolvers, strings.TrimSpace(r))
			}
		case strings.HasPrefix(line, "rounds:"):
			section = ""
			n, _ := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(line, "rounds:")))
			if n > 0 {
				cfg.Rounds = n
			}
		case section == "hosts" && strings.HasPrefix(line, "- "):
			cfg.Hosts = append(cfg.Hosts, strings.TrimSpace(line[2:]))
		}
	}
	return cfg, sc.Err()
}
