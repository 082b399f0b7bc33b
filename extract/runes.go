package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnie/vnie/normalize"
)

// runeClass is what the tokenizer needs to know of one rune: its classes,
// the UTF-8 bytes of its lower-case and folded forms, and what the folded
// bytes do to a fold hash (foldStep), so that the tokenizer hashes a rune
// in one step whatever its length.
type runeClass struct {
	flags       uint8 // classLetter, classUpper, classLower, classMark, classSpace
	lowerN      uint8
	foldN       uint8
	lower, fold [utf8.UTFMax]byte
	// foldPow is foldPrime to the power foldN, foldAdd the hash of the
	// folded bytes from 0: foldStep(h, fold) = h*foldPow + foldAdd.
	foldPow, foldAdd uint32
}

const (
	classLetter uint8 = 1 << iota
	classUpper
	classLower
	classMark
	classSpace
)

// Rune ranges answered from tables: Latin with its supplements and
// extensions, combining diacritics, and Latin Extended Additional (the
// precomposed Vietnamese vowels). Other runes are classified on the fly.
const (
	latinEnd   = 0x0370 // [0, latinEnd): Latin, IPA, spacing and combining marks
	vietStart  = 0x1E00
	vietEnd    = 0x1F00
	tableCount = latinEnd + (vietEnd - vietStart)
)

// runeTable holds the class of every rune in the two table ranges. It is
// derived from package unicode and normalize.Fold, so that it cannot
// disagree with them; it is read-only.
var runeTable = func() *[tableCount]runeClass {
	var t [tableCount]runeClass
	for i := range t {
		r := rune(i)
		if i >= latinEnd {
			r = rune(vietStart + i - latinEnd)
		}
		t[i] = classify(r)
	}
	return &t
}()

func classify(r rune) runeClass {
	var c runeClass
	if unicode.IsLetter(r) {
		c.flags |= classLetter
	}
	if unicode.IsUpper(r) {
		c.flags |= classUpper
	}
	if unicode.IsLower(r) {
		c.flags |= classLower
	}
	if unicode.IsMark(r) {
		c.flags |= classMark
	}
	if unicode.IsSpace(r) {
		c.flags |= classSpace
	}
	c.lowerN = uint8(copy(c.lower[:], string(unicode.ToLower(r))))
	fold := normalize.Fold(string(r))
	if len(fold) > utf8.UTFMax { // not seen in Unicode; keep the rune itself
		fold = string(r)
	}
	c.foldN = uint8(copy(c.fold[:], fold))
	c.foldPow = 1
	for _, b := range c.fold[:c.foldN] {
		c.foldPow *= foldPrime
		c.foldAdd = c.foldAdd*foldPrime + uint32(b)
	}
	return c
}

// classOf returns the class of r, from runeTable when r is in its ranges;
// other runes are classified into *spare.
func classOf(r rune, spare *runeClass) *runeClass {
	switch {
	case r < latinEnd:
		return &runeTable[r]
	case vietStart <= r && r < vietEnd:
		return &runeTable[latinEnd+r-vietStart]
	}
	*spare = classify(r)
	return spare
}

// decodeRune decodes the rune at s[i:], which holds valid UTF-8 (the
// normalized text), faster than utf8.DecodeRuneInString for the two- and
// three-byte forms of Vietnamese letters. Anything unexpected goes to the
// standard decoder.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return rune(c), 1
	case c&0xE0 == 0xC0 && i+1 < len(s):
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	case c&0xF0 == 0xE0 && i+2 < len(s):
		return rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s[i:])
}

// classAt returns the class of the rune at s[i:], which holds valid UTF-8
// (the normalized text), and its length in bytes. It is small enough to
// be inlined for ASCII, the two-byte Latin letters and the precomposed
// Vietnamese vowels (U+1E00–U+1EFF, E1 B8 80 – E1 BB BF); other runes go
// to classAtSlow.
func classAt(s string, i int, spare *runeClass) (*runeClass, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return &runeTable[c], 1
	}
	if i+2 < len(s) {
		if c&0xE0 == 0xC0 {
			if r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F); r < latinEnd {
				return &runeTable[r], 2
			}
		} else if c == 0xE1 && s[i+1]&0xFC == 0xB8 {
			return &runeTable[latinEnd+(int(s[i+1]&0x03)<<6|int(s[i+2]&0x3F))], 3
		}
	}
	return classAtSlow(s, i, spare)
}

// classAtSlow is classAt for the runes outside its fast cases.
func classAtSlow(s string, i int, spare *runeClass) (*runeClass, int) {
	r, n := decodeRune(s, i)
	return classOf(r, spare), n
}
