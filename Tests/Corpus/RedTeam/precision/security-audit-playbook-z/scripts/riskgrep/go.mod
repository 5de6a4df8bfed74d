module example.com/riskgrep

go 1.22
