package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"text/tabwriter"
	"time"

	"gopkg.in/yaml.v3"
)

type Service struct {
	Name   string `yaml:"name" json:"name"`
	Kind   string `yaml:"kind" json:"kind"`
	Target string `yaml:"target" json:"target"`
}

type Config struct {
	Services    []Service   `yaml:"services"`
	Diagnostics Diagnostics `yaml:"diagnostics"`
}

type Result struct {
	Service
	OK      bool          `json:"ok"`
	Latency time.Duration `json:"latency_ns"`
	Err     string        `json:"error,omitempty"`
}

func probe(s Service, timeout time.Duration) Result {
	start := time.Now()
	r := Result{Service: s}
	switch s.Kind {
	case "http":
		c := http.Client{Timeout: timeout}
		resp, err := c.Get(s.Target)
		if err != nil {
			r.Err = err.Error()
		} else {
			resp.Body.Close()
			r.OK = resp.StatusCode < 400
			if !r.OK {
				r.Err = resp.Status
			}
		}
	default:
		conn, err := net.DialTimeout("tcp", s.Target, timeout)
		if err != nil {
			r.Err = err.Error()
		} else {
			conn.Close()
			r.OK = true
		}
	}
	r.Latency = time.Since(start)
	return r
}

func main() {
	cfgPath := flag.String("config", "healthcheck.yaml", "service list")
	timeout := flag.Duration("timeout", 2*time.Second, "per-probe timeout")
	watch := flag.Bool("watch", false, "re-probe every 5s")
	asJSON := flag.Bool("json", false, "json output")
	flag.Parse()

	raw, err := os.ReadFile(*cfgPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "read config:", err)
		os.Exit(2)
	}
	var cfg Config
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		fmt.Fprintln(os.Stderr, "parse config:", err)
		os.Exit(2)
	}

	startDiagnostics(cfg.Diagnostics)

	for {
		results := make([]Result, 0, len(cfg.Services))
		for _, s := range cfg.Services {
			results = append(results, probe(s, *timeout))
		}
		if *asJSON {
			json.NewEncoder(os.Stdout).Encode(results)
		} else {
			w := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', 0)
			fmt.Fprintln(w, "SERVICE\tKIND\tTARGET\tSTATUS\tLATENCY")
			for _, r := range results {
				st := "UP"
				if !r.OK {
					st = "DOWN (" + r.Err + ")"
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\n", r.Name, r.Kind, r.Target, st, r.Latency.Round(time.Millisecond))
			}
			w.Flush()
		}
		if !*watch {
			break
		}
		time.Sleep(5 * time.Second)
	}
	waitDiagnostics()
}
