// Command publish replaces the body of an existing Confluence Cloud page.
// Dry run by default; pass -apply to write.
package main

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
	"time"
)

type page struct {
	ID      string `json:"id"`
	Type    string `json:"type"`
	Title   string `json:"title"`
	Version struct {
		Number int `json:"number"`
	} `json:"version"`
	Body struct {
		Storage struct {
			Value          string `json:"value"`
			Representation string `json:"representation"`
		} `json:"storage"`
	} `json:"body"`
	Links *links `json:"_links,omitempty"`
}

type links struct {
	Base  string `json:"base"`
	WebUI string `json:"webui"`
}

func mustEnv(k string) string {
	v := strings.TrimSpace(os.Getenv(k))
	if v == "" {
		log.Fatalf("%s is not set; ask the user to export it in their shell", k)
	}
	return v
}

func main() {
	pageID := flag.String("page", "", "Confluence page ID")
	file := flag.String("file", "", "HTML/XHTML storage-format file to publish")
	apply := flag.Bool("apply", false, "actually update the page (default: dry run)")
	flag.Parse()
	if *pageID == "" || *file == "" {
		log.Fatal("usage: publish -page ID -file doc.html [-apply]")
	}

	site := mustEnv("CONFLUENCE_SITE")
	if !strings.HasSuffix(site, ".atlassian.net") || strings.ContainsAny(site, "/:@") {
		log.Fatalf("CONFLUENCE_SITE must be a bare <site>.atlassian.net host, got %q", site)
	}
	auth := "Basic " + base64.StdEncoding.EncodeToString(
		[]byte(mustEnv("ATLASSIAN_EMAIL")+":"+mustEnv("ATLASSIAN_API_TOKEN")))
	base := "https://" + site + "/wiki/rest/api/content/" + *pageID
	client := &http.Client{Timeout: 30 * time.Second}

	do := func(method, url string, body []byte) []byte {
		req, err := http.NewRequest(method, url, bytes.NewReader(body))
		if err != nil {
			log.Fatal(err)
		}
		req.Header.Set("Authorization", auth)
		req.Header.Set("Accept", "application/json")
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := client.Do(req)
		if err != nil {
			log.Fatal(err)
		}
		defer resp.Body.Close()
		data, _ := io.ReadAll(resp.Body)
		if resp.StatusCode >= 300 {
			log.Fatalf("%s %s: HTTP %d: %.300s", method, url, resp.StatusCode, data)
		}
		return data
	}

	var current page
	if err := json.Unmarshal(do("GET", base+"?expand=version,body.storage", nil), &current); err != nil {
		log.Fatal(err)
	}
	newBody, err := os.ReadFile(*file)
	if err != nil {
		log.Fatal(err)
	}

	fmt.Printf("page:     %s (id %s)\nversion:  %d -> %d\nbody:     %d -> %d bytes\n",
		current.Title, current.ID, current.Version.Number, current.Version.Number+1,
		len(current.Body.Storage.Value), len(newBody))
	if !*apply {
		fmt.Println("dry run: nothing changed (re-run with -apply after the user approves)")
		return
	}

	update := page{ID: current.ID, Type: "page", Title: current.Title}
	update.Version.Number = current.Version.Number + 1
	update.Body.Storage.Value = string(newBody)
	update.Body.Storage.Representation = "storage"
	payload, _ := json.Marshal(update)

	var updated page
	if err := json.Unmarshal(do("PUT", base, payload), &updated); err != nil {
		log.Fatal(err)
	}
	url := ""
	if updated.Links != nil {
		url = updated.Links.Base + updated.Links.WebUI
	}
	fmt.Printf("updated to version %d: %s\n", updated.Version.Number, url)
}
