module github.com/clusterops-tools/kdebug

go 1.22
