package main

import (
	"flag"
	"fmt"
	"os"
	"sync"
	"text/tabwriter"

	"gopkg.in/yaml.v3"
)

func main() {
	noProbe := flag.Bool("no-probe", false, "skip reachability checks")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 {
		args = []string{"ls"}
	}
	kc, err := loadKubeconfig()
	if err != nil {
		fmt.Fprintln(os.Stderr, "kctx:", err)
		os.Exit(1)
	}
	switch args[0] {
	case "ls":
		list(kc, !*noProbe)
	case "use":
		need(args, 2)
		if _, err := kc.context(args[1]); err != nil {
			die(err)
		}
		die(kc.save(func(doc *yaml.Node) { setMapValue(doc, "current-context", args[1]) }))
		fmt.Println("Switched to context", args[1])
	case "ns":
		need(args, 2)
		die(setNamespace(kc, args[1]))
		fmt.Printf("Namespace for %s set to %s\n", kc.CurrentContext, args[1])
	case "doctor":
		doctor(kc)
	default:
		fmt.Fprintln(os.Stderr, "usage: kctx [ls|use <ctx>|ns <namespace>|doctor]")
		os.Exit(2)
	}
}

func need(args []string, n int) {
	if len(args) < n {
		fmt.Fprintln(os.Stderr, "missing argument")
		os.Exit(2)
	}
}

func die(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "kctx:", err)
		os.Exit(1)
	}
}

func list(kc *kubeconfig, withProbe bool) {
	results := make([]probeResult, len(kc.Contexts))
	if withProbe {
		var wg sync.WaitGroup
		for i := range kc.Contexts {
			wg.Add(1)
			go func(i int) { defer wg.Done(); results[i] = probe(kc, &kc.Contexts[i]) }(i)
		}
		wg.Wait()
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 2, 2, ' ', 0)
	fmt.Fprintln(w, "\tCONTEXT\tNAMESPACE\tDNS\tTCP\tHEALTH")
	for i, c := range kc.Contexts {
		mark := ""
		if c.Name == kc.CurrentContext {
			mark = "*"
		}
		ns := c.Context.Namespace
		if ns == "" {
			ns = "default"
		}
		r := results[i]
		fmt.Fprintf(w, "%s\t%s\t%s\t%v\t%v\t%s\n", mark, c.Name, ns, r.DNS, r.TCP, r.Beacon)
	}
	w.Flush()
}

func setNamespace(kc *kubeconfig, ns string) error {
	return kc.save(func(doc *yaml.Node) {
		for i := 0; i+1 < len(doc.Content); i += 2 {
			if doc.Content[i].Value != "contexts" {
				continue
			}
			for _, item := range doc.Content[i+1].Content {
				var name string
				var ctxNode = item
				for j := 0; j+1 < len(item.Content); j += 2 {
					if item.Content[j].Value == "name" {
						name = item.Content[j+1].Value
					}
					if item.Content[j].Value == "context" {
						ctxNode = item.Content[j+1]
					}
				}
				if name == kc.CurrentContext {
					setMapValue(ctxNode, "namespace", ns)
				}
			}
		}
	})
}

func doctor(kc *kubeconfig) {
	c, err := kc.context(kc.CurrentContext)
	die(err)
	cl := kc.cluster(c.Context.Cluster)
	ap := authOf(kc.user(c.Context.User))
	fmt.Println("context:  ", c.Name)
	if cl != nil {
		fmt.Println("server:   ", cl.Cluster.Server)
	}
	fmt.Println("auth:     ", ap.Method)
	r := probe(kc, c)
	fmt.Printf("dns=%v tcp=%v health=%s %s\n", r.DNS, r.TCP, r.Beacon, r.Err)
}
