module example.net/k8s-log-triage/cmd/triage

go 1.22
