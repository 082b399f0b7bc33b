package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text copied out of a web page or an e-mail often comes with its
// paragraphs wrapped by hard line breaks, every 80 characters or so:
//
//	Dự hội nghị có ông Huỳnh Văn Nhân, Phó Bí thư Tỉnh ủy; bà Lê Thị
//	Kim Loan, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy
//
// Names, titles and numbers then straddle lines, while every rule keeps
// to a line. softBreaks finds those wrapping line breaks, and the
// tokenizer takes them as spaces. An article written one paragraph to a
// line, as portals give it, has none: its headline, dateline, bylines
// and furniture keep their lines.

const (
	// minWrappedLine is the shortest line, in bytes, that may have been
	// wrapped: a wrapped line is near the wrapping width (70–90
	// characters, most of them two or three bytes long).
	minWrappedLine = 40
	// minWrapsToTrust is how many lines must go on, in lower case, under a
	// long line without a final stop before the text is taken as wrapped:
	// a sentence does not start in lower case, so one line carrying on
	// another is a wrap; one or two may be an accident of the page.
	minWrapsToTrust = 3
)

// softBreaks returns the byte offsets, in order, of the line breaks of s
// that wrap a paragraph; none unless s reads as wrapped text. A break is
// a wrap when the line before it is long and has no final stop, and the
// line after it starts with a letter or a digit (not a bullet), and
// either starts in lower case or is long too (a short line under a
// headline is a dateline or a byline, not the rest of the headline).
func softBreaks(s string) []int32 {
	if countWraps(s, true, nil) < minWrapsToTrust {
		return nil
	}
	var out []int32
	countWraps(s, false, func(nl int) { out = append(out, int32(nl)) })
	return out
}

// countWraps walks the lines of s and counts the breaks where a line
// wraps into the next (see wrapsInto), calling found, if not nil, with
// each break's offset. It allocates nothing itself.
func countWraps(s string, lowerOnly bool, found func(nl int)) int {
	n := 0
	a, b, nl := -1, -1, -1 // the line before, and its break
	for start := 0; start <= len(s); {
		next := strings.IndexByte(s[start:], '\n')
		end := len(s)
		if next >= 0 {
			next += start
			end = next
		}
		e := end
		for e > start && (s[e-1] == ' ' || s[e-1] == '\t' || s[e-1] == '\r') {
			e--
		}
		if a >= 0 && wrapsInto(s, a, b, start, e, lowerOnly) {
			n++
			if found != nil {
				found(nl)
			}
		}
		if next < 0 {
			break
		}
		a, b, nl = start, e, next
		start = next + 1
	}
	return n
}

// wrapsInto reports whether the line s[a:b] is wrapped into the line
// s[c:e] after it. lowerOnly: only a next line starting in lower case
// counts (the evidence that the text is wrapped at all).
func wrapsInto(s string, a, b, c, e int, lowerOnly bool) bool {
	if b-a < minWrappedLine || c >= e {
		return false
	}
	switch s[b-1] {
	case '.', '!', '?', ':', ';', '|', '"', ')', ']':
		return false
	}
	if strings.HasSuffix(s[a:b], "…") || strings.HasSuffix(s[a:b], "”") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[c:])
	switch {
	case unicode.IsLower(r):
	case lowerOnly:
		return false
	case unicode.IsLetter(r) || '0' <= r && r <= '9':
		if e-c < minWrappedLine {
			return false
		}
	default:
		return false
	}
	// Last, for it reads both lines through.
	return !menuLike(s[a:b]) && !menuLike(s[c:e])
}

// menuLike reports whether a line holds the marks of a page's menus and
// furniture rather than of prose: a tab between its parts, or a
// breadcrumb or menu separator (>, |, or », which normalize writes " and
// which stands apart with spaces on both sides). Wrapped prose has none,
// and a break next to such a line is the page's own (a page title above
// a menu bar, a headline above a dateline with its counters).
func menuLike(l string) bool {
	// One pass over the bytes: strings.ContainsAny decodes every rune
	// when the set holds a non-ASCII one (»).
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '\t', '|', '>':
			return true
		case 0xC2: // » is C2 BB
			if i+1 < len(l) && l[i+1] == 0xBB {
				return true
			}
		case '"':
			if i > 0 && l[i-1] == ' ' && i+1 < len(l) && l[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}
