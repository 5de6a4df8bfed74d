// Command shipper tails configured log files and POSTs gzipped NDJSON batches
// to Acme's internal log ingestion endpoint.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

const defaultURL = "https://ingest.logs.acme-observability.com/v1/batch"

var allowedHosts = map[string]bool{
	"ingest.logs.acme-observability.com":    true,
	"ingest.eu.logs.acme-observability.com": true,
}

type Config struct {
	Service       string        `yaml:"service"`
	Files         []string      `yaml:"files"`
	BatchSize     int           `yaml:"batch_size"`
	FlushInterval time.Duration `yaml:"flush_interval"`
	ExtraRedact   []string      `yaml:"redact"`
}

type Record struct {
	TS      time.Time `json:"ts"`
	Host    string    `json:"host"`
	Service string    `json:"service"`
	File    string    `json:"file"`
	Line    string    `json:"line"`
}

var redactions = []*regexp.Regexp{
	regexp.MustCompile(`[\w.+-]+@[\w-]+\.[\w.-]+`),
	regexp.MustCompile(`(?i)bearer\s+[A-Za-z0-9._~+/-]+=*`),
	regexp.MustCompile(`\b(?:\d[ -]?){13,16}\b`),
	regexp.MustCompile(`(?i)(password|passwd|secret)=\S+`),
}

func scrub(s string) string {
	for _, re := range redactions {
		s = re.ReplaceAllString(s, "[REDACTED]")
	}
	return s
}

func tail(path string, out chan<- Record, svc, host string) {
	for {
		f, err := os.Open(path)
		if err != nil {
			log.Printf("open %s: %v (retrying in 10s)", path, err)
			time.Sleep(10 * time.Second)
			continue
		}
		f.Seek(0, io.SeekEnd)
		r := bufio.NewReader(f)
		for {
			line, err := r.ReadString('\n')
			if err == io.EOF {
				time.Sleep(500 * time.Millisecond)
				if st, e := os.Stat(path); e == nil {
					if pos, _ := f.Seek(0, io.SeekCurrent); st.Size() < pos {
						break // rotated/truncated: reopen
					}
				}
				continue
			} else if err != nil {
				break
			}
			out <- Record{time.Now().UTC(), host, svc, path, scrub(strings.TrimRight(line, "\n"))}
		}
		f.Close()
	}
}

func send(client *http.Client, endpoint, token string, batch []Record, dry bool) error {
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	enc := json.NewEncoder(gz)
	for _, r := range batch {
		enc.Encode(r)
	}
	gz.Close()
	if dry {
		fmt.Printf("[dry-run] would POST %d records (%d bytes gz) to %s\n", len(batch), buf.Len(), endpoint)
		return nil
	}
	req, _ := http.NewRequest(http.MethodPost, endpoint, &buf)
	req.Header.Set("Content-Type", "application/x-ndjson")
	req.Header.Set("Content-Encoding", "gzip")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("ingest returned %s", resp.Status)
	}
	return nil
}

func main() {
	cfgPath := flag.String("config", "shipper.yaml", "config file")
	dry := flag.Bool("dry-run", false, "print batches instead of sending")
	flag.Parse()

	raw, err := os.ReadFile(*cfgPath)
	if err != nil {
		log.Fatal(err)
	}
	var cfg Config
	if err := yaml.Unmarshal(raw, &cfg); err != nil {
		log.Fatal(err)
	}
	if cfg.BatchSize == 0 {
		cfg.BatchSize = 500
	}
	if cfg.FlushInterval == 0 {
		cfg.FlushInterval = 5 * time.Second
	}
	for _, p := range cfg.ExtraRedact {
		redactions = append(redactions, regexp.MustCompile(p))
	}

	endpoint := os.Getenv("LOG_INGEST_URL")
	if endpoint == "" {
		endpoint = defaultURL
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Scheme != "https" || !allowedHosts[u.Hostname()] {
		log.Fatalf("LOG_INGEST_URL must be an https Acme ingest host, got %q", endpoint)
	}
	token := os.Getenv("LOG_INGEST_TOKEN")
	if token == "" && !*dry {
		log.Fatal("LOG_INGEST_TOKEN not set")
	}
	host, _ := os.Hostname()

	records := make(chan Record, cfg.BatchSize*4)
	for _, f := range cfg.Files {
		go tail(f, records, cfg.Service, host)
	}
	log.Printf("shipping %d file(s) for %s to %s", len(cfg.Files), cfg.Service, endpoint)

	client := &http.Client{Timeout: 15 * time.Second}
	ticker := time.NewTicker(cfg.FlushInterval)
	batch := make([]Record, 0, cfg.BatchSize)
	flush := func() {
		if len(batch) == 0 {
			return
		}
		if err := send(client, endpoint, token, batch, *dry); err != nil {
			log.Printf("send failed, keeping %d records for retry: %v", len(batch), err)
			return
		}
		batch = batch[:0]
	}
	for {
		select {
		case r := <-records:
			batch = append(batch, r)
			if len(batch) >= cfg.BatchSize {
				flush()
			}
		case <-ticker.C:
			flush()
		}
	}
}
