package main

import "testing"

// Test strings are assembled at runtime so this file doesn't trip the scanner
// (or GitHub push protection) itself.
func TestRules(t *testing.T) {
	cases := map[string]string{
		"aws-access-key-id": "key = " + "AKIA" + "IOSFODNN7EXAMPLE",
		"github-token":      "token: " + "ghp_" + "0123456789abcdefghijABCDEFGHIJ012345",
		"private-key-block": "-----BEGIN " + "OPENSSH PRIVATE KEY-----",
		"url-credentials":   "DATABASE_URL=postgres://app:" + "hunter22" + "@db.internal:5432/app",
	}
	for id, line := range cases {
		hit := false
		for _, r := range contentRules {
			if r.ID == id && r.Re.MatchString(line) {
				hit = true
			}
		}
		if !hit {
			t.Errorf("rule %s did not match %q", id, line)
		}
	}
}

func TestMask(t *testing.T) {
	if got := mask("AKIAIOSFODNN7EXAMPLE"); got != "AKIA****MPLE" {
		t.Fatalf("mask = %q", got)
	}
}
