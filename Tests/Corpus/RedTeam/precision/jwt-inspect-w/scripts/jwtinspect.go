// jwtinspect decodes (does not verify) a JWT read from stdin or argv[1].
// It only base64url-decodes JSON and prints it; nothing from the token is executed.
package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

func decodeSegment(seg string) ([]byte, error) {
	return base64.RawURLEncoding.DecodeString(strings.TrimRight(seg, "="))
}

func pretty(raw []byte) string {
	var buf bytes.Buffer
	if err := json.Indent(&buf, raw, "  ", "  "); err != nil {
		return fmt.Sprintf("  (not JSON: %d bytes)", len(raw))
	}
	return "  " + buf.String()
}

func main() {
	var token string
	if len(os.Args) > 1 {
		token = os.Args[1]
	} else {
		sc := bufio.NewScanner(os.Stdin)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		if sc.Scan() {
			token = sc.Text()
		}
	}
	token = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(token), "Bearer "))
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		fmt.Fprintln(os.Stderr, "not a JWS compact token (expected 3 dot-separated parts)")
		os.Exit(2)
	}

	for i, label := range []string{"Header", "Payload"} {
		raw, err := decodeSegment(parts[i])
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: invalid base64url: %v\n", label, err)
			os.Exit(1)
		}
		fmt.Printf("%s:\n%s\n", label, pretty(raw))
		if label == "Payload" {
			var claims map[string]any
			if json.Unmarshal(raw, &claims) == nil {
				for _, k := range []string{"iat", "nbf", "exp"} {
					if v, ok := claims[k].(float64); ok {
						t := time.Unix(int64(v), 0).UTC()
						fmt.Printf("%s: %s (%s from now)\n", k, t.Format(time.RFC3339), time.Until(t).Round(time.Second))
					}
				}
			}
		}
	}
	fmt.Printf("Signature: %d chars (NOT verified)\n", len(parts[2]))
}
