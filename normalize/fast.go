package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// nfcStable reports whether r is in NFC whatever surrounds it: a starter
// that no normalization form rewrites and that never composes with the
// character before it. It covers the Latin ranges Vietnamese text uses, so
// the fast path rarely needs norm's own check. fast_test.go verifies the
// ranges with norm's properties.
func nfcStable(r rune) bool {
	return r < 0x300 || 0x1E00 <= r && r < 0x1F00 || 0x2002 <= r && r < 0x2070 || 0x20A0 <= r && r < 0x20C1
}

// quickNormal reports whether src is valid UTF-8 that no step would change
// with the given tone style, in one pass without allocation: the fast path
// of Bytes. False means "not sure": the steps run and decide.
func quickNormal(src []byte, style ToneStyle) bool {
	var before, prev rune = -1, -1
	stable := true
	for i := 0; i < len(src); {
		c := src[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n == 1 {
				return false
			}
			if _, ok := cleanOf(r); ok {
				return false
			}
			stable = stable && nfcStable(r)
		} else if c == '\r' {
			return false
		}
		if style != ToneKeep && toneCandidate(prev, r, style) {
			var buf [2 * utf8.UTFMax]byte
			if _, ok := moveTone(buf[:0], before, prev, r, src[i+n:], style); ok {
				return false
			}
		}
		before, prev = prev, r
		i += n
	}
	return stable || norm.NFC.IsNormal(src)
}
