module github.com/policygoal/policygoal

go 1.24.0

require (
	github.com/ikawaha/kagome-dict v1.1.7 // indirect
	github.com/ikawaha/kagome-dict/ipa v1.2.6 // indirect
	github.com/ikawaha/kagome-dict/uni v1.2.6 // indirect
	github.com/ikawaha/kagome/v2 v2.10.3 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	golang.org/x/text v0.34.0 // indirect
)
