// withsecret runs ONE command with ONE secret from the 1Password CLI injected
// into that command's environment. The secret is never printed, logged or
// written to disk, and is not exported to the calling shell.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strings"
)

var (
	envNameRe = regexp.MustCompile(`^[A-Z][A-Z0-9_]{0,63}$`)
	// op://<vault>/<item>/[section/]<field>
	refRe = regexp.MustCompile(`^op://[^/\s]+(/[^/]+){2,3}$`)
)

// Variables that would let a secret value change how the child loads code.
var forbiddenEnv = map[string]bool{
	"PATH": true, "LD_PRELOAD": true, "LD_LIBRARY_PATH": true,
	"DYLD_INSERT_LIBRARIES": true, "DYLD_LIBRARY_PATH": true,
	"NODE_OPTIONS": true, "PYTHONPATH": true, "PYTHONSTARTUP": true,
	"PERL5OPT": true, "RUBYOPT": true, "BASH_ENV": true, "ENV": true,
}

func main() {
	ref := flag.String("ref", "", "1Password secret reference, e.g. op://Engineering/staging-db/password")
	envName := flag.String("env", "", "environment variable name to expose to the child command")
	account := flag.String("account", "", "optional 1Password account shorthand (op --account)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: withsecret --ref op://vault/item/field --env NAME -- command [args...]")
		flag.PrintDefaults()
	}
	flag.Parse()

	if err := run(*ref, *envName, *account, flag.Args()); err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			os.Exit(exitErr.ExitCode()) // child's own failure: pass its code through
		}
		fmt.Fprintln(os.Stderr, "withsecret:", err)
		os.Exit(2)
	}
}

func run(ref, envName, account string, cmdArgs []string) error {
	if !refRe.MatchString(ref) {
		return fmt.Errorf("--ref must look like op://vault/item/field (got %q)", ref)
	}
	if !envNameRe.MatchString(envName) {
		return errors.New("--env must be an UPPER_SNAKE_CASE name")
	}
	if forbiddenEnv[envName] {
		return fmt.Errorf("refusing to set %s from a secret", envName)
	}
	if len(cmdArgs) == 0 {
		return errors.New("no command given after --")
	}

	secret, err := readSecret(ref, account)
	if err != nil {
		return err
	}
	defer wipe(secret) // best effort; Go strings built below are immutable copies

	child := exec.Command(cmdArgs[0], cmdArgs[1:]...)
	child.Stdin, child.Stdout, child.Stderr = os.Stdin, os.Stdout, os.Stderr
	child.Env = append(filteredEnv(envName), envName+"="+string(secret))

	// Log the reference and variable name only, never the value.
	fmt.Fprintf(os.Stderr, "withsecret: running %q with %s set from %s\n", cmdArgs[0], envName, ref)
	return child.Run()
}

// readSecret asks the official `op` CLI for a single field. Authentication is
// handled by op itself (desktop app / biometrics); this tool never sees it.
func readSecret(ref, account string) ([]byte, error) {
	args := []string{"read", "--no-newline", ref}
	if account != "" {
		args = append([]string{"--account", account}, args...)
	}
	cmd := exec.Command("op", args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr, cmd.Stdin = &stdout, &stderr, os.Stdin
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("op read failed: %s", msg)
	}
	if stdout.Len() == 0 {
		return nil, errors.New("op returned an empty value")
	}
	return stdout.Bytes(), nil
}

// filteredEnv copies the current environment minus any existing value of name
// and minus op session tokens, so the child cannot reuse the 1Password session.
func filteredEnv(name string) []string {
	out := make([]string, 0, len(os.Environ()))
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if k == name || strings.HasPrefix(k, "OP_SESSION_") || k == "OP_SERVICE_ACCOUNT_TOKEN" {
			continue
		}
		out = append(out, kv)
	}
	return out
}

func wipe(b []byte) {
	for i := range b {
		b[i] = 0
	}
}
