module github.com/policygoal/policygoal

go 1.24.0

require (
	github.com/ikawaha/kagome-dict/ipa v1.2.6
	github.com/ikawaha/kagome/v2 v2.10.3
	github.com/stretchr/testify v1.12.1
	golang.org/x/text v0.34.0
)

require (
	github.com/ikawaha/kagome-dict v1.1.7 // indirect
	go.yaml.in/yaml/v3 v3.0.5 // indirect
)
