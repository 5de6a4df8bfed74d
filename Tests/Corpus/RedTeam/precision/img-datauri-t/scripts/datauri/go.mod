module example.com/datauri

go 1.21
