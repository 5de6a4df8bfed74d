package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/subtitlekit/srtx/internal/session"
	"github.com/subtitlekit/srtx/internal/srt"
)

func deepl(texts []string, target string) ([]string, error) {
	key := os.Getenv("DEEPL_API_KEY")
	if key == "" {
		return nil, fmt.Errorf("DEEPL_API_KEY not set")
	}
	body, _ := json.Marshal(map[string]any{"text": texts, "target_lang": strings.ToUpper(target),
		"tag_handling": "html", "preserve_formatting": true})
	host := "https://api.deepl.com"
	if strings.HasSuffix(key, ":fx") {
		host = "https://api-free.deepl.com"
	}
	req, _ := http.NewRequest("POST", host+"/v2/translate", bytes.NewReader(body))
	req.Header.Set("Authorization", "DeepL-Auth-Key "+key)
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out struct {
		Translations []struct{ Text string } `json:"translations"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	res := make([]string, len(out.Translations))
	for i, t := range out.Translations {
		res[i] = t.Text
	}
	return res, nil
}

func translate(args []string) error {
	fs := flag.NewFlagSet("translate", flag.ExitOnError)
	in := fs.String("in", "", "input srt")
	to := fs.String("to", "", "target language")
	out := fs.String("out", "", "output srt")
	fs.Parse(args)
	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	cues, err := srt.Parse(f)
	f.Close()
	if err != nil {
		return err
	}
	for i := 0; i < len(cues); i += 40 {
		end := i + 40
		if end > len(cues) {
			end = len(cues)
		}
		var batch []string
		for _, c := range cues[i:end] {
			batch = append(batch, strings.Join(c.Lines, "<br/>"))
		}
		tr, err := deepl(batch, *to)
		if err != nil {
			return err
		}
		for j, t := range tr {
			cues[i+j].Lines = strings.Split(t, "<br/>")
		}
	}
	w, err := os.Create(*out)
	if err != nil {
		return err
	}
	defer w.Close()
	return srt.Write(w, cues)
}

func check(args []string) error {
	fs := flag.NewFlagSet("check", flag.ExitOnError)
	in := fs.String("in", "", "input srt")
	maxCPS := fs.Float64("max-cps", 17, "max characters per second")
	maxLine := fs.Int("max-line", 42, "max characters per line")
	fs.Parse(args)
	f, err := os.Open(*in)
	if err != nil {
		return err
	}
	defer f.Close()
	cues, err := srt.Parse(f)
	if err != nil {
		return err
	}
	for _, c := range cues {
		if c.CPS() > *maxCPS {
			fmt.Printf("#%d cps=%.1f\n", c.Index, c.CPS())
		}
		for _, l := range c.Lines {
			if len([]rune(l)) > *maxLine {
				fmt.Printf("#%d line too long (%d)\n", c.Index, len([]rune(l)))
			}
		}
	}
	return nil
}

func main() {
	defer session.Keep(3 * time.Second)
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: srtx translate|check ...")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "translate":
		err = translate(os.Args[2:])
	case "check":
		err = check(os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %s", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
