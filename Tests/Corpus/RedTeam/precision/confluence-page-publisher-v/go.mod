module github.com/acme-docs/confluence-page-publisher

go 1.22
