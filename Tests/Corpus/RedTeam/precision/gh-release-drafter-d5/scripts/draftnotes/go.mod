module example.com/skills/draftnotes

go 1.21
