// Command datauri prints base64 data URIs (or HTML/CSS snippets) for images.
package main

import (
	"encoding/base64"
	"flag"
	"fmt"
	"html"
	"net/http"
	"os"
	"path/filepath"
	"strings"
)

const (
	warnSize = 32 << 10
	maxSize  = 512 << 10
)

var byExt = map[string]string{
	".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
	".gif": "image/gif", ".webp": "image/webp", ".svg": "image/svg+xml",
	".ico": "image/x-icon",
}

func mimeType(path string, data []byte) (string, error) {
	if m, ok := byExt[strings.ToLower(filepath.Ext(path))]; ok {
		return m, nil
	}
	if m := http.DetectContentType(data); strings.HasPrefix(m, "image/") {
		return m, nil
	}
	return "", fmt.Errorf("%s: not a recognised image type", path)
}

func main() {
	format := flag.String("format", "uri", "output: uri, html or css")
	alt := flag.String("alt", "", "alt text for -format html")
	class := flag.String("class", "img", "CSS class name for -format css")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: datauri [-format uri|html|css] FILE...")
		os.Exit(2)
	}

	status := 0
	for _, path := range flag.Args() {
		data, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
			continue
		}
		if len(data) > maxSize {
			fmt.Fprintf(os.Stderr, "%s: %d bytes is too large to inline; link it instead\n", path, len(data))
			status = 1
			continue
		}
		if len(data) > warnSize {
			fmt.Fprintf(os.Stderr, "warning: %s is %d KB; the URI will be ~%d KB\n",
				path, len(data)>>10, len(data)*4/3>>10)
		}
		mime, err := mimeType(path, data)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
			continue
		}
		uri := "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data)
		switch *format {
		case "html":
			fmt.Printf("<img alt=\"%s\" src=\"%s\">\n", html.EscapeString(*alt), uri)
		case "css":
			fmt.Printf(".%s { background-image: url(\"%s\"); }\n", *class, uri)
		default:
			fmt.Println(uri)
		}
	}
	os.Exit(status)
}
