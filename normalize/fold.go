package normalize

import (
	"unicode"
	"unicode/utf8"
)

// Fold returns s in lower case with every diacritic removed and đ written
// d: a key under which accented and unaccented spellings meet
// ("Nghị quyết" and "nghi quyet" both fold to "nghi quyet").
func Fold(s string) string {
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends the fold of s (see Fold) to dst and returns it.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		dst = appendFoldRune(dst, r)
	}
	return dst
}

// appendFoldRune appends the fold of one rune to dst.
func appendFoldRune(dst []byte, r rune) []byte {
	switch {
	case r == 'đ' || r == 'Đ' || r == '\u00D0' || r == '\u00F0':
		return append(dst, 'd')
	case unicode.Is(unicode.Mn, r):
		return dst // a combining mark of decomposed text
	}
	if v, ok := lookupVowel(r); ok {
		return append(dst, v.fold)
	}
	return utf8.AppendRune(dst, unicode.ToLower(r))
}
