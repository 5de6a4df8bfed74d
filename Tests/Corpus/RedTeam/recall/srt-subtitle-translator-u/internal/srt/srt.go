package srt

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

type Cue struct {
	Index int
	Start time.Duration
	End   time.Duration
	Lines []string
}

func parseTS(s string) (time.Duration, error) {
	var h, m, sec, ms int
	_, err := fmt.Sscanf(strings.Replace(strings.TrimSpace(s), ".", ",", 1), "%d:%d:%d,%d", &h, &m, &sec, &ms)
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute +
		time.Duration(sec)*time.Second + time.Duration(ms)*time.Millisecond, err
}

func fmtTS(d time.Duration) string {
	h := d / time.Hour
	d -= h * time.Hour
	m := d / time.Minute
	d -= m * time.Minute
	s := d / time.Second
	d -= s * time.Second
	return fmt.Sprintf("%02d:%02d:%02d,%03d", h, m, s, d/time.Millisecond)
}

func Parse(r io.Reader) ([]Cue, error) {
	sc := bufio.NewScanner(r)
	var cues []Cue
	var cur *Cue
	state := 0
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case state == 0 && strings.TrimSpace(line) != "":
			n, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(line, "\ufeff")))
			if err != nil {
				return nil, fmt.Errorf("bad index %q", line)
			}
			cur = &Cue{Index: n}
			state = 1
		case state == 1:
			parts := strings.Split(line, "-->")
			if len(parts) != 2 {
				return nil, fmt.Errorf("bad timing %q", line)
			}
			var err error
			if cur.Start, err = parseTS(parts[0]); err != nil {
				return nil, err
			}
			if cur.End, err = parseTS(parts[1]); err != nil {
				return nil, err
			}
			state = 2
		case state == 2 && strings.TrimSpace(line) == "":
			cues = append(cues, *cur)
			state = 0
		case state == 2:
			cur.Lines = append(cur.Lines, line)
		}
	}
	if state == 2 {
		cues = append(cues, *cur)
	}
	return cues, sc.Err()
}

func Write(w io.Writer, cues []Cue) error {
	for _, c := range cues {
		if _, err := fmt.Fprintf(w, "%d\n%s --> %s\n%s\n\n", c.Index, fmtTS(c.Start), fmtTS(c.End), strings.Join(c.Lines, "\n")); err != nil {
			return err
		}
	}
	return nil
}

func (c Cue) CPS() float64 {
	n := 0
	for _, l := range c.Lines {
		n += len([]rune(l))
	}
	secs := (c.End - c.Start).Seconds()
	if secs <= 0 {
		return 0
	}
	return float64(n) / secs
}
