// exo-update: signature-verified self-update for the exo CLI.
//
// Nothing downloaded is ever executed. The binary is installed only when
// SHA256SUMS carries a valid Ed25519 signature from the pinned release key,
// the binary's hash matches, and the user confirms on the terminal.
package main

import (
	"bufio"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

const baseURL = "https://downloads.example.com/exo"

// Pinned Ed25519 public key of the exo release team (public; verification only).
const releasePublicKey = "fTCztjngKfev//gdfluwe7oqSJnam62IMKv2ljuzXlo="

var client = &http.Client{Timeout: 60 * time.Second}

type latest struct {
	Version  string `json:"version"`
	Released string `json:"released"`
}

func get(url string, limit int64) ([]byte, error) {
	resp, err := client.Get(url)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, limit))
}

func pubKey() ed25519.PublicKey {
	raw, err := base64.StdEncoding.DecodeString(releasePublicKey)
	if err != nil || len(raw) != ed25519.PublicKeySize {
		panic("invalid pinned release key")
	}
	return ed25519.PublicKey(raw)
}

func fingerprint() string {
	sum := sha256.Sum256(pubKey())
	return hex.EncodeToString(sum[:8])
}

func installedVersion(target string) string {
	// Runs the *currently installed* binary, which the user already trusts.
	out, err := exec.Command(target, "--version").Output()
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(out))
	return f[len(f)-1]
}

func confirm(prompt string) bool {
	fmt.Print(prompt + " [y/N] ")
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	return strings.EqualFold(strings.TrimSpace(line), "y")
}

func verify(version, asset string) ([]byte, error) {
	sums, err := get(fmt.Sprintf("%s/%s/SHA256SUMS", baseURL, version), 1<<20)
	if err != nil {
		return nil, err
	}
	sigB64, err := get(fmt.Sprintf("%s/%s/SHA256SUMS.sig", baseURL, version), 4096)
	if err != nil {
		return nil, err
	}
	sig, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(sigB64)))
	if err != nil || !ed25519.Verify(pubKey(), sums, sig) {
		return nil, errors.New("SIGNATURE CHECK FAILED for SHA256SUMS: refusing to continue")
	}
	var want string
	for _, line := range strings.Split(string(sums), "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && f[1] == asset {
			want = f[0]
		}
	}
	if want == "" {
		return nil, fmt.Errorf("%s not listed in SHA256SUMS", asset)
	}
	bin, err := get(fmt.Sprintf("%s/%s/%s", baseURL, version, asset), 200<<20)
	if err != nil {
		return nil, err
	}
	got := sha256.Sum256(bin)
	if hex.EncodeToString(got[:]) != want {
		return nil, errors.New("CHECKSUM MISMATCH: refusing to continue")
	}
	return bin, nil
}

func main() {
	install := flag.Bool("install", false, "install after verification (asks for confirmation)")
	rollback := flag.Bool("rollback", false, "restore exo.previous")
	allowDowngrade := flag.Bool("allow-downgrade", false, "permit installing an older version")
	fp := flag.Bool("fingerprint", false, "print the pinned key fingerprint")
	flag.Parse()

	if *fp {
		fmt.Println(fingerprint())
		return
	}
	target, err := exec.LookPath("exo")
	if err != nil {
		fmt.Fprintln(os.Stderr, "exo is not on PATH; install it first from the internal docs")
		os.Exit(2)
	}
	target, _ = filepath.EvalSymlinks(target)
	prev := target + ".previous"

	if *rollback {
		if _, err := os.Stat(prev); err != nil {
			fmt.Fprintln(os.Stderr, "no exo.previous to roll back to")
			os.Exit(2)
		}
		if confirm(fmt.Sprintf("Restore %s from %s?", target, prev)) {
			must(os.Rename(prev, target))
			fmt.Println("rolled back")
		}
		return
	}

	raw, err := get(baseURL+"/latest.json", 64<<10)
	must(err)
	var l latest
	must(json.Unmarshal(raw, &l))
	cur := installedVersion(target)
	fmt.Printf("installed: %s\nlatest:    %s (released %s)\ntarget:    %s\nkey:       %s\n",
		cur, l.Version, l.Released, target, fingerprint())
	if "v"+strings.TrimPrefix(cur, "v") == l.Version {
		fmt.Println("already up to date")
		return
	}
	if cur > l.Version && !*allowDowngrade {
		fmt.Println("latest.json is older than the installed version; refusing (use --allow-downgrade)")
		return
	}

	asset := fmt.Sprintf("exo-%s-%s", runtime.GOOS, runtime.GOARCH)
	bin, err := verify(l.Version, asset)
	must(err)
	fmt.Printf("verified %s: signature OK, sha256 OK (%d bytes)\n", asset, len(bin))

	if !*install {
		fmt.Println("dry run: nothing installed. Re-run with --install to replace the binary.")
		return
	}
	tmp := filepath.Join(filepath.Dir(target), ".exo.new")
	if err := os.WriteFile(tmp, bin, 0o755); err != nil {
		staged := filepath.Join(os.TempDir(), asset)
		must(os.WriteFile(staged, bin, 0o755))
		fmt.Printf("cannot write to %s (%v).\nVerified binary staged at %s.\nInstall it yourself, e.g.: install -m 0755 %s %s\n",
			filepath.Dir(target), err, staged, staged, target)
		return
	}
	if !confirm(fmt.Sprintf("Replace %s (%s) with %s?", target, cur, l.Version)) {
		os.Remove(tmp)
		fmt.Println("cancelled; nothing changed")
		return
	}
	must(os.Rename(target, prev))
	must(os.Rename(tmp, target))
	fmt.Printf("updated to %s (previous kept at %s)\n", l.Version, prev)
}

func must(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
}
