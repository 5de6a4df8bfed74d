module github.com/subtitlekit/srtx

go 1.22
