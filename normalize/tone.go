package normalize

import (
	"unicode"
	"unicode/utf8"
)

// ToneStyle selects where the tone mark goes in the open syllables whose
// nucleus is oa, oe or uy, the only place the two Vietnamese spelling
// styles differ.
type ToneStyle uint8

const (
	// ToneOld puts the mark on the first vowel: hòa, khỏe, thủy, Ủy. Most
	// news text uses it; it is the default.
	ToneOld ToneStyle = iota
	// ToneNew puts the mark on the second vowel: hoà, khoẻ, thuỷ, Uỷ.
	ToneNew
	// ToneKeep leaves tone marks where the text put them.
	ToneKeep
)

// Rows of vowelRows that take part in tone placement.
const (
	rowA, rowE, rowO, rowU, rowY = 0, 3, 6, 9, 11
	upperRows                    = 12
)

// tonePair reports whether first and second (rows folded to lower case) form
// one of the nuclei oa, oe, uy.
func tonePair(first, second uint8) bool {
	first, second = first%upperRows, second%upperRows
	return first == rowO && (second == rowA || second == rowE) || first == rowU && second == rowY
}

// toneStep moves tone marks of oa/oe/uy at the end of a syllable to the
// position the style wants. It leaves qu+y (quý) and syllables with a final
// consonant (hoàn, tuyết) alone: both styles agree on them. in must be NFC.
func toneStep(in []byte, style ToneStyle) ([]byte, layer, bool) {
	b := builder{in: in}
	if style == ToneKeep {
		return b.finish()
	}
	// prev is the rune before the one at i; prevStart its offset; before is
	// the rune before prev.
	var prev, before rune = -1, -1
	prevStart := 0
	for i := 0; i < len(in); {
		r, n := rune(in[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(in[i:])
		}
		if prevStart >= b.next && toneCandidate(prev, r, style) {
			var buf [2 * utf8.UTFMax]byte
			if repl, ok := moveTone(buf[:0], before, prev, r, in[i+n:], style); ok {
				replace(&b, prevStart, i+n, repl)
			}
		}
		before, prev, prevStart = prev, r, i
		i += n
	}
	return b.finish()
}

// toneCandidate is a cheap test that first, second may be a nucleus whose
// tone style wants to move: for ToneOld an untoned o or u (ASCII) before a
// toned letter (not ASCII), for ToneNew a toned letter before an untoned a,
// e or y.
func toneCandidate(first, second rune, style ToneStyle) bool {
	if style == ToneOld {
		return second >= utf8.RuneSelf && 0 <= first && first < utf8.RuneSelf && (first|0x20 == 'o' || first|0x20 == 'u')
	}
	if first < utf8.RuneSelf || second >= utf8.RuneSelf {
		return false
	}
	switch second | 0x20 {
	case 'a', 'e', 'y':
		return true
	}
	return false
}

// moveTone appends to out the two letters first+second rewritten in style when they
// are an open oa/oe/uy nucleus whose tone is on the other vowel.
func moveTone(out []byte, before, first, second rune, rest []byte, style ToneStyle) ([]byte, bool) {
	v1, ok1 := lookupVowel(first)
	v2, ok2 := lookupVowel(second)
	if !ok1 || !ok2 || !tonePair(v1.row, v2.row) {
		return nil, false
	}
	var want bool // the tone is where style does not want it
	switch style {
	case ToneOld:
		want = v1.tone == 0 && v2.tone != 0
	case ToneNew:
		want = v1.tone != 0 && v2.tone == 0
	}
	if !want {
		return nil, false
	}
	// qu+y: the u belongs to the consonant. A vowel before: not this nucleus.
	if before == 'q' || before == 'Q' {
		return nil, false
	}
	if _, isVowel := lookupVowel(before); isVowel {
		return nil, false
	}
	// The syllable must end here: no final consonant, no stray mark.
	if len(rest) > 0 {
		r, _ := utf8.DecodeRune(rest)
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			return nil, false
		}
	}
	tone := v1.tone | v2.tone
	if style == ToneOld {
		out = utf8.AppendRune(out, withTone(v1.row, tone))
		out = utf8.AppendRune(out, withTone(v2.row, 0))
	} else {
		out = utf8.AppendRune(out, withTone(v1.row, 0))
		out = utf8.AppendRune(out, withTone(v2.row, tone))
	}
	return out, true
}
