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

// needs says which steps a valid UTF-8 input needs; the zero value means
// none: the input is already normal.
type needs struct {
	invalid bool // not valid UTF-8: decoding decides
	clean   bool // a character of cleanRules or a CR
	delete  bool // a character that cleaning deletes (it may join a tone pair)
	nfc     bool // a character that NFC may rewrite
	tone    bool // a tone mark to move
}

// none reports whether no step would change the input.
func (n needs) none() bool { return n == needs{} }

// scanNeeds finds, in one pass without allocation, which steps src needs
// with the given tone style. It is the fast path of Bytes: already-normal
// input needs nothing, and input with an odd space or a curly quote needs
// only the clean step. It stops at the first invalid UTF-8 byte.
func scanNeeds(src []byte, style ToneStyle) needs {
	var n needs
	var before, prev rune = -1, -1
	stable := true
	for i := 0; i < len(src); {
		c := src[i]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = decodeRune(src, i)
			if r == utf8.RuneError && size == 1 {
				return needs{invalid: true}
			}
			if to, ok := cleanOf(r); ok {
				n.clean = true
				n.delete = n.delete || to == ""
			}
			stable = stable && nfcStable(r)
		} else if c == '\r' {
			n.clean = true
		}
		if style != ToneKeep && !n.tone && toneCandidate(prev, r, style) {
			var buf [2 * utf8.UTFMax]byte
			_, n.tone = moveTone(buf[:0], before, prev, r, src[i+size:], style)
		}
		before, prev = prev, r
		i += size
	}
	n.nfc = !stable && !norm.NFC.IsNormal(src)
	return n
}

// decodeRune is utf8.DecodeRune(b[i:]) with the two- and three-byte forms
// of Vietnamese letters decoded inline. It validates as DecodeRune does:
// an invalid byte gives (RuneError, 1).
func decodeRune(b []byte, i int) (rune, int) {
	c := b[i]
	switch {
	case c >= 0xC2 && c < 0xE0 && i+1 < len(b) && b[i+1]&0xC0 == 0x80:
		return rune(c&0x1F)<<6 | rune(b[i+1]&0x3F), 2
	case c >= 0xE1 && c < 0xF0 && c != 0xED && i+2 < len(b) && b[i+1]&0xC0 == 0x80 && b[i+2]&0xC0 == 0x80:
		// E0 (overlong forms) and ED (surrogates) need the full checks.
		return rune(c&0x0F)<<12 | rune(b[i+1]&0x3F)<<6 | rune(b[i+2]&0x3F), 3
	}
	return utf8.DecodeRune(b[i:])
}
