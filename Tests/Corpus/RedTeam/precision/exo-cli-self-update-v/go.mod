module example.com/exo-update

go 1.22
