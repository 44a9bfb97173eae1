// Package goal is the shared vocabulary of policygoal: the typed model of
// Japanese municipal policy goals and the measurable targets they state.
//
// It holds plain values — Target with its enums (Kind, Comparator, Period,
// Change), Span, and the date and organization types — and imports nothing
// but the standard library, so a program can build, store and exchange goals
// without loading a tokenizer dictionary. Reading text into these values is
// the job of package parse; evaluating indicators is the job of package kpi.
//
// Every enum's zero value means "unset" and marshals to nothing (the JSON
// field is omitted); every enum's String method covers unknown values.
package goal
