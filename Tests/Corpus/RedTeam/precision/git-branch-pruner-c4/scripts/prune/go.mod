module example.test/git-branch-pruner

go 1.22
