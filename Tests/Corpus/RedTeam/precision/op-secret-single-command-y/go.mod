module quarrybank.dev/tools/withsecret

go 1.22
