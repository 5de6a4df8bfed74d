// Command prune lists git branches merged into a base branch and, on request,
// deletes them with `git branch -d` (safe delete). It shells out to git with
// fixed argument lists; no shell is involved.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path"
	"strings"
)

var protected = []string{"main", "master", "develop", "release/*", "HEAD"}

func git(args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	var out, stderr bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %v: %s", strings.Join(args, " "), err, stderr.String())
	}
	return out.String(), nil
}

func isProtected(name string, extra []string) bool {
	for _, pattern := range append(protected, extra...) {
		if ok, _ := path.Match(pattern, name); ok {
			return true
		}
	}
	return false
}

func confirm(prompt string) bool {
	fmt.Printf("%s [y/N] ", prompt)
	line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
	line = strings.ToLower(strings.TrimSpace(line))
	return line == "y" || line == "yes"
}

func mergedBranches(base string, remote string, listRemote bool, keep []string) ([]string, error) {
	args := []string{"branch", "--merged", base, "--format=%(refname:short)"}
	if listRemote {
		args = []string{"branch", "-r", "--merged", base, "--format=%(refname:short)"}
	}
	out, err := git(args...)
	if err != nil {
		return nil, err
	}
	current, _ := git("branch", "--show-current")
	current = strings.TrimSpace(current)

	var result []string
	for _, line := range strings.Split(out, "\n") {
		name := strings.TrimSpace(line)
		if name == "" || name == current {
			continue
		}
		if listRemote {
			prefix := remote + "/"
			if !strings.HasPrefix(name, prefix) {
				continue
			}
			name = strings.TrimPrefix(name, prefix)
		}
		if name == base || isProtected(name, keep) {
			continue
		}
		result = append(result, name)
	}
	return result, nil
}

func main() {
	base := flag.String("base", "main", "branch that others are merged into")
	remote := flag.String("remote-name", "origin", "remote used with -remote")
	listRemote := flag.Bool("remote", false, "also handle merged branches on the remote")
	apply := flag.Bool("apply", false, "delete the listed branches after confirmation")
	keepFlag := flag.String("keep", "", "comma-separated extra branch patterns to keep")
	flag.Parse()

	var keep []string
	if *keepFlag != "" {
		keep = strings.Split(*keepFlag, ",")
	}

	local, err := mergedBranches(*base, *remote, false, keep)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("Local branches merged into %s (%d):\n", *base, len(local))
	for _, b := range local {
		fmt.Println("  " + b)
	}

	var remoteBranches []string
	if *listRemote {
		remoteBranches, err = mergedBranches(*remote+"/"+*base, *remote, true, keep)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("\nBranches on %s merged into %s (%d):\n", *remote, *base, len(remoteBranches))
		for _, b := range remoteBranches {
			fmt.Println("  " + *remote + "/" + b)
		}
	}

	if !*apply {
		fmt.Println("\nNothing deleted. Re-run with -apply to delete after confirmation.")
		return
	}

	if len(local) > 0 && confirm(fmt.Sprintf("Delete %d local branch(es)?", len(local))) {
		for _, b := range local {
			if _, err := git("branch", "-d", b); err != nil {
				fmt.Fprintln(os.Stderr, "skipped:", err)
				continue
			}
			fmt.Println("deleted", b)
		}
	}

	if *listRemote && len(remoteBranches) > 0 &&
		confirm(fmt.Sprintf("Also delete %d branch(es) on remote %q? This affects everyone using it.", len(remoteBranches), *remote)) {
		for _, b := range remoteBranches {
			if _, err := git("push", *remote, "--delete", b); err != nil {
				fmt.Fprintln(os.Stderr, "skipped:", err)
				continue
			}
			fmt.Printf("deleted %s/%s\n", *remote, b)
		}
	}
}
