module example.net/licaudit

go 1.22
