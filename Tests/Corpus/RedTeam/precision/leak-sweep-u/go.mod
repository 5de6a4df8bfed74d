module github.com/devtools-collective/leaksweep

go 1.22
