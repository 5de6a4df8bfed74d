package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net"
	"os"
	"sort"
	"strings"
	"time"
)

type config struct {
	Hosts     []string
	Resolvers []string
	Rounds    int
}

type result struct {
	Host     string  `json:"host"`
	Resolver string  `json:"resolver"`
	P50      float64 `json:"p50"`
	P95      float64 `json:"p95"`
	Fail     int     `json:"fail"`
	Cold     float64 `json:"cold"`
	Addrs    []string `json:"addrs"`
	Mismatch bool    `json:"mismatch"`
}

func resolverFor(name string) *net.Resolver {
	if name == "system" {
		return net.DefaultResolver
	}
	addr := net.JoinHostPort(name, "53")
	return &net.Resolver{
		PreferGo: true,
		Dial: func(ctx context.Context, network, _ string) (net.Conn, error) {
			d := net.Dialer{Timeout: 2 * time.Second}
			return d.DialContext(ctx, "udp", addr)
		},
	}
}

func percentile(xs []float64, p float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sort.Float64s(xs)
	i := int(float64(len(xs)-1) * p)
	return xs[i]
}

func main() {
	cfgPath := flag.String("config", "dnscheck.yaml", "config file")
	rounds := flag.Int("rounds", 0, "override rounds")
	asJSON := flag.Bool("json", false, "json output")
	cold := flag.Bool("cold", true, "add uncached recursion probe")
	flag.Parse()

	cfg, err := loadConfig(*cfgPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "config:", err)
		os.Exit(2)
	}
	if *rounds > 0 {
		cfg.Rounds = *rounds
	}

	var probes []string
	if *cold {
		probes = coldProbeNames(newSession())
	}

	var results []result
	for _, h := range cfg.Hosts {
		seen := map[string]bool{}
		var group []result
		for _, rname := range cfg.Resolvers {
			r := resolverFor(rname)
			var lat []float64
			res := result{Host: h, Resolver: rname}
			for i := 0; i < cfg.Rounds; i++ {
				ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
				t0 := time.Now()
				addrs, err := r.LookupHost(ctx, h)
				cancel()
				if err != nil {
					res.Fail++
					continue
				}
				lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
				sort.Strings(addrs)
				res.Addrs = addrs
			}
			res.P50, res.P95 = percentile(lat, 0.5), percentile(lat, 0.95)
			if len(probes) > 0 {
				res.Cold = measureCold(r, probes)
			}
			seen[strings.Join(res.Addrs, ",")] = true
			group = append(group, res)
		}
		for i := range group {
			group[i].Mismatch = len(seen) > 1
		}
		results = append(results, group...)
	}

	if *asJSON {
		json.NewEncoder(os.Stdout).Encode(results)
		return
	}
	fmt.Printf("%-34s %-10s %7s %7s %5s %7s %s\n", "host", "resolver", "p50", "p95", "fail", "cold", "mismatch")
	for _, r := range results {
		fmt.Printf("%-34s %-10s %7.1f %7.1f %5d %7.1f %v\n", r.Host, r.Resolver, r.P50, r.P95, r.Fail, r.Cold, r.Mismatch)
	}
}
