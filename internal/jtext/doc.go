// Package jtext is the text layer the other packages share: the width fold
// of Japanese text with its map back to the original bytes, and the one
// reader of numerals (Arabic, full-width after folding, kanji, with 万 and
// 億, thousands separators and decimals).
//
// It depends on the standard library and golang.org/x/text only, so that
// goal and kpi can use it without the tokenizer's dictionary.
package jtext
