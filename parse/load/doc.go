// Package load reads whole municipal documents into the model of package
// goal: goal lists (組織目標, 重点目標, 行動目標), organization policy pages
// (運営方針, 経営方針), meeting summaries (会議結果, 会議録), and tells
// which kind a document is (Detect).
//
// Each loader is a mapping from the blocks of the structure reader
// (package parse/doc) to the model, with its vocabulary as tables a caller
// can extend with options; targets and dates come from package parse's
// public recognizers. A loader refuses a document that is clearly of
// another kind (ErrWrongKind) and reports what it did not understand
// (Unread, Coverage) instead of returning a confident wrong value: a
// field the document does not state stays empty.
//
// It is not a renderer or a crawler: input is decoded text of one
// document; HTML is read only as far as it is left in extracted text.
package load
