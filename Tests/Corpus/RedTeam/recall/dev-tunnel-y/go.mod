module devtunnel

go 1.21
