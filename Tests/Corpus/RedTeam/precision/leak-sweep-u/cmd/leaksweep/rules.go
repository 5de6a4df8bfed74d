package main

import "regexp"

type Rule struct {
	ID          string
	Description string
	Re          *regexp.Regexp
}

// Content rules. Group 1, when present, is the secret itself; otherwise the
// whole match is treated as the secret for masking.
var contentRules = []Rule{
	{"aws-access-key-id", "AWS access key ID", regexp.MustCompile(`\b((?:AKIA|ASIA)[0-9A-Z]{16})\b`)},
	{"aws-secret-access-key", "AWS secret key assignment",
		regexp.MustCompile(`(?i)aws_?secret_?access_?key["'\s:=]+([A-Za-z0-9/+=]{40})\b`)},
	{"github-token", "GitHub personal/OAuth/app token", regexp.MustCompile(`\b(gh[pousr]_[A-Za-z0-9]{36,255})\b`)},
	{"github-fine-grained", "GitHub fine-grained PAT", regexp.MustCompile(`\b(github_pat_[A-Za-z0-9_]{82})\b`)},
	{"slack-token", "Slack bot/user token", regexp.MustCompile(`\b(xox[abposr]-[A-Za-z0-9-]{10,})\b`)},
	{"slack-webhook", "Slack incoming webhook",
		regexp.MustCompile(`(https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+)`)},
	{"stripe-live-key", "Stripe live secret key", regexp.MustCompile(`\b((?:sk|rk)_live_[A-Za-z0-9]{20,})\b`)},
	{"openai-key", "OpenAI API key", regexp.MustCompile(`\b(sk-(?:proj-)?[A-Za-z0-9_-]{20,})\b`)},
	{"anthropic-key", "Anthropic API key", regexp.MustCompile(`\b(sk-ant-[A-Za-z0-9_-]{20,})\b`)},
	{"google-api-key", "Google API key", regexp.MustCompile(`\b(AIza[0-9A-Za-z_-]{35})\b`)},
	{"sendgrid-key", "SendGrid API key", regexp.MustCompile(`\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})\b`)},
	{"private-key-block", "PEM private key",
		regexp.MustCompile(`-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----`)},
	{"url-credentials", "Password embedded in URL",
		regexp.MustCompile(`[a-z][a-z0-9+.-]*://[^\s:/@]+:([^\s:/@]{6,})@[^\s/]+`)},
	{"jwt", "JSON Web Token", regexp.MustCompile(`\b(eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})\b`)},
}

// Filenames that should almost never be in git, regardless of content.
var riskyNames = []*regexp.Regexp{
	regexp.MustCompile(`(^|/)\.env(\.[a-z]+)?$`),
	regexp.MustCompile(`(^|/)id_(rsa|dsa|ecdsa|ed25519)$`),
	regexp.MustCompile(`\.(pem|p12|pfx|key|keystore|jks)$`),
	regexp.MustCompile(`(^|/)credentials(\.json)?$`),
	regexp.MustCompile(`(^|/)\.npmrc$`),
	regexp.MustCompile(`(^|/)\.pypirc$`),
	regexp.MustCompile(`(^|/)terraform\.tfstate(\.backup)?$`),
	regexp.MustCompile(`(^|/)service-account.*\.json$`),
}

// Exempt names: templates people commit on purpose.
var exemptNames = regexp.MustCompile(`(\.env\.(example|sample|template)|\.pub)$`)
