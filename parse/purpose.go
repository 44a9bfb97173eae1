package parse

import "strings"

// PurposeClause returns the purpose clause a goal statement opens with: the
// text from its start up to and including the first ため or ために ("in
// order to", "for the sake of") that ends a clause — followed by 、, ，,
// "," or には — within the first sentence (before the first 。).
//
//	「市民満足度向上のため、局内会議を…」 → 「市民満足度向上のため」
//	「市政を担う優秀な人材を確保するため、…」 → 「市政を担う優秀な人材を確保するため」
//
// It returns "" when the statement states no purpose, and when the clause
// is only そのため / このため ("therefore"), which gives a consequence,
// not a purpose. Leading white space and a bullet mark are not part of the
// clause.
func PurposeClause(statement string) string {
	s := strings.TrimLeft(statement, " \t\r\n\u3000・")
	if end := strings.Index(s, "。"); end >= 0 {
		s = s[:end]
	}
	for from := 0; ; {
		i := strings.Index(s[from:], "ため")
		if i < 0 {
			return ""
		}
		i += from
		end := i + len("ため")
		rest := s[end:]
		if strings.HasPrefix(rest, "に") {
			rest = rest[len("に"):]
			if strings.HasPrefix(rest, "は") {
				rest = rest[len("は"):]
			} else {
				end += len("に")
			}
		}
		if strings.HasPrefix(rest, "、") || strings.HasPrefix(rest, "，") || strings.HasPrefix(rest, ",") {
			head := s[:i]
			switch head {
			case "", "その", "この", "あの":
				return ""
			}
			return s[:end]
		}
		from = i + len("ため")
	}
}
