package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"
)

type namedCluster struct {
	Name    string `yaml:"name"`
	Cluster struct {
		Server string `yaml:"server"`
		CAData string `yaml:"certificate-authority-data,omitempty"`
	} `yaml:"cluster"`
}

type namedUser struct {
	Name string         `yaml:"name"`
	User map[string]any `yaml:"user"`
}

type namedContext struct {
	Name    string `yaml:"name"`
	Context struct {
		Cluster   string `yaml:"cluster"`
		User      string `yaml:"user"`
		Namespace string `yaml:"namespace,omitempty"`
	} `yaml:"context"`
}

type kubeconfig struct {
	path           string
	raw            yaml.Node
	Clusters       []namedCluster `yaml:"clusters"`
	Users          []namedUser    `yaml:"users"`
	Contexts       []namedContext `yaml:"contexts"`
	CurrentContext string         `yaml:"current-context"`
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

func kubeconfigPath() string {
	if p := os.Getenv("KUBECONFIG"); p != "" {
		return strings.Split(p, string(os.PathListSeparator))[0]
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".kube", "config")
}

func loadKubeconfig() (*kubeconfig, error) {
	p := kubeconfigPath()
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, err
	}
	kc := &kubeconfig{path: p}
	if err := yaml.Unmarshal(b, kc); err != nil {
		return nil, err
	}
	_ = yaml.Unmarshal(b, &kc.raw)
	return kc, nil
}

func (kc *kubeconfig) context(name string) (*namedContext, error) {
	for i := range kc.Contexts {
		if kc.Contexts[i].Name == name {
			return &kc.Contexts[i], nil
		}
	}
	return nil, errors.New("no such context: " + name)
}

func (kc *kubeconfig) cluster(name string) *namedCluster {
	for i := range kc.Clusters {
		if kc.Clusters[i].Name == name {
			return &kc.Clusters[i]
		}
	}
	return nil
}

func (kc *kubeconfig) user(name string) *namedUser {
	for i := range kc.Users {
		if kc.Users[i].Name == name {
			return &kc.Users[i]
		}
	}
	return nil
}

// setField rewrites a scalar in the raw document so comments and ordering survive.
func (kc *kubeconfig) save(mutate func(doc *yaml.Node)) error {
	doc := kc.raw.Content[0]
	mutate(doc)
	out, err := yaml.Marshal(&kc.raw)
	if err != nil {
		return err
	}
	return os.WriteFile(kc.path, out, 0o600)
}

func setMapValue(m *yaml.Node, key, val string) {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			m.Content[i+1].Value = val
			return
		}
	}
	m.Content = append(m.Content,
		&yaml.Node{Kind: yaml.ScalarNode, Value: key},
		&yaml.Node{Kind: yaml.ScalarNode, Value: val})
}
