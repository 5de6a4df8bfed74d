module github.com/licensegraph/licaudit

go 1.21
