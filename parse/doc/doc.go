// Package doc reads the structure of Japanese administrative text — plans
// (計画), goal lists, organization pages, meeting summaries — as it comes out
// of a PDF or a web page: decoded text in, a sequence of blocks with exact
// byte spans out.
//
// A Reader finds headings (with the numbering as written, a normalized
// ordinal and an inferred level), paragraphs, bullets (statements introduced
// by a marker such as ● or ・), labelled fields (【日時】…, 日時：…), tables
// (tab, CSV, pipe, aligned columns, one cell per line, one line), tables of
// contents (目次), and page furniture (breadcrumbs, ページの先頭へ, running
// headers, page numbers), which is dropped and counted. It repairs the
// artifacts of extraction once, for every loader: text repeated 2–4 times
// (bold headings), spaces inside words and numbers (「住みやす い」「4,512 人」),
// lines broken mid-sentence, headings and bullets run together on one line.
// Every repair keeps the way back to the original bytes (Document.SourceSpan).
//
// Heading levels are inferred, not looked up: a numbering style takes the
// level at which it first appears, nested under the styles already open
// (第1 → 1 → (1) → ア → (ア) → a → (a) is only the default expectation when a
// new style appears), and the plan words 編/部/章/節/款/項 rank above numbers.
//
// Nothing is dropped silently: every non-blank byte of the input ends up in
// exactly one of a block, a furniture span, or an unread span.
//
// What it is not for: it maps nothing to the model. Package parse/load turns
// blocks into plans, goal lists and meetings. Vocabularies (block words,
// bullet markers, furniture phrases, field labels, plan words, table header
// words) are tables a caller extends with options.
package doc
