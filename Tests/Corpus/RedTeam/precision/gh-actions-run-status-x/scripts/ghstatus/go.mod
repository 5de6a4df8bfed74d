module example.com/skills/ghstatus

go 1.21
