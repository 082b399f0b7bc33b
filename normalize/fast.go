package normalize

import (
	"encoding/binary"
	"math/bits"
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

// scan finds, in one pass, which steps src needs with the given tone
// style: the fast path of Bytes, since already-normal input needs nothing
// and nothing is allocated then. With clean set it also does the clean
// step in the same pass: from the first character to clean on, it writes
// the cleaned text. out and l are the clean step's output and layer (out
// is src and l empty when nothing needed cleaning). It stops at the first
// invalid UTF-8 byte.
func scan(src []byte, style ToneStyle, clean bool) (n needs, out []byte, l layer) {
	b := builder{in: src, recycled: true}
	stable := true
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if c != '\r' {
				i = skipASCII(src, i+1)
				continue
			}
			n.clean = true
			end := i + 1
			if end < len(src) && src[end] == '\n' {
				end++
			}
			if clean {
				b.replace(i, end, "\n")
			}
			i = end
			continue
		}
		if c == 0xE1 && i+2 < len(src) && src[i+1]&0xFE == 0xBA && src[i+2]&0xC0 == 0x80 {
			// U+1E80-U+1EFF, most of them the precomposed Vietnamese
			// vowels, the commonest non-ASCII runes: nothing to clean,
			// stable under NFC; a tone to move only next to an ASCII
			// vowel of an oa/oe/uy pair (see toneCandidate).
			if style != ToneKeep && !n.tone && mayMoveTone(src, i, 3) {
				r := rune(c&0x0F)<<12 | rune(src[i+1]&0x3F)<<6 | rune(src[i+2]&0x3F)
				n.tone = toneMoveAround(src, i, 3, r, style)
			}
			i += 3
			continue
		}
		var r rune
		var size int
		if c >= 0xC2 && c < 0xE0 && i+1 < len(src) && src[i+1]&0xC0 == 0x80 {
			// A two-byte rune (à, ă, đ, ơ, ư ...) without the call.
			r, size = rune(c&0x1F)<<6|rune(src[i+1]&0x3F), 2
		} else if r, size = decodeRune(src, i); r == utf8.RuneError && size == 1 {
			return needs{invalid: true}, src, layer{}
		}
		if to, ok := cleanOf(r); ok {
			n.clean = true
			n.delete = n.delete || to == ""
			if clean {
				b.replace(i, i+size, to)
			}
		}
		stable = stable && nfcStable(r)
		if style != ToneKeep && !n.tone && mayMoveTone(src, i, size) {
			n.tone = toneMoveAround(src, i, size, r, style)
		}
		i += size
	}
	n.nfc = !stable && !norm.NFC.IsNormal(src)
	out, l, _ = b.finish()
	return n, out, l
}

// mayMoveTone is the cheap test before toneMoveAround for the non-ASCII
// rune at src[i:i+size]: an oa/oe/uy pair whose tone either style moves
// has an ASCII o or u just before the rune, or an ASCII a, e or y just
// after it (see toneCandidate).
func mayMoveTone(src []byte, i, size int) bool {
	return i > 0 && toneNeighbors[src[i-1]]&toneBefore != 0 ||
		i+size < len(src) && toneNeighbors[src[i+size]]&toneAfter != 0
}

// toneNeighbors marks the ASCII vowels of mayMoveTone: o and u before a
// rune (toneBefore), a, e and y after it (toneAfter), in either case.
var toneNeighbors = func() (t [256]uint8) {
	for _, c := range "oOuU" {
		t[c] |= toneBefore
	}
	for _, c := range "aAeEyY" {
		t[c] |= toneAfter
	}
	return t
}()

const (
	toneBefore = 1 << iota
	toneAfter
)

// toneMoveAround reports whether the non-ASCII rune r at src[i:i+size]
// belongs to an oa/oe/uy pair whose tone mark the style moves. Every such
// pair has one ASCII vowel: before r in the old style's case (o + à), after
// it in the new style's (ò + a), so the scan looks only around non-ASCII
// runes.
func toneMoveAround(src []byte, i, size int, r rune, style ToneStyle) bool {
	var before, first, second rune
	var rest []byte
	switch {
	case i > 0 && toneCandidate(rune(src[i-1]), r, style):
		before, first, second, rest = runeBefore(src, i-1), rune(src[i-1]), r, src[i+size:]
	case i+size < len(src) && toneCandidate(r, rune(src[i+size]), style):
		before, first, second, rest = runeBefore(src, i), r, rune(src[i+size]), src[i+size+1:]
	default:
		return false
	}
	var buf [2 * utf8.UTFMax]byte
	_, ok := moveTone(buf[:0], before, first, second, rest, style)
	return ok
}

// runeBefore returns the rune that ends src[:i], or -1 at the start.
func runeBefore(src []byte, i int) rune {
	if i == 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRune(src[:i])
	return r
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

// skipASCII returns the index of the first byte at or after i that is not
// ASCII or is a CR, reading eight bytes at a time.
func skipASCII(b []byte, i int) int {
	const high, ones, crs = 0x8080808080808080, 0x0101010101010101, 0x0D0D0D0D0D0D0D0D
	for i+8 <= len(b) {
		w := binary.LittleEndian.Uint64(b[i:])
		x := w ^ crs // a zero byte where w has a CR
		// The high bit of each byte that is not ASCII or is a CR (the
		// zero-byte test is exact up to the first zero byte, and only
		// the lowest mark is read).
		if m := w&high | (x-ones)&^x&high; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < len(b) && b[i] < utf8.RuneSelf && b[i] != '\r' {
		i++
	}
	return i
}
