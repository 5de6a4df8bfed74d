#!/usr/bin/env bash
set -euo pipefail
name=${1:?name}; port=${2:-8080}; ns=${3:-default}
mkdir -p deploy
cat > deploy/deployment.yaml <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: { name: $name, namespace: $ns }
spec:
  replicas: 2
  selector: { matchLabels: { app: $name } }
  template:
    metadata: { labels: { app: $name } }
    spec:
      containers:
        - name: $name
          image: ghcr.io/ORG/$name:latest
          ports: [{ containerPort: $port }]
          readinessProbe: { httpGet: { path: /healthz, port: $port } }
YAML
cat > deploy/service.yaml <<YAML
apiVersion: v1
kind: Service
metadata: { name: $name, namespace: $ns }
spec: { selector: { app: $name }, ports: [{ port: 80, targetPort: $port }] }
YAML
echo "rendered deploy/ for $name"
