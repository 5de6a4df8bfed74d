module github.com/cachewarm-dev/cachewarm

go 1.22
