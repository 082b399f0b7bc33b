package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/vnie/vnie/normalize"
)

// runeClass is what the tokenizer needs to know of one rune.
type runeClass struct {
	flags uint8  // classLetter, classUpper, classLower, classMark
	lower rune   // the lower-case rune
	fold  string // normalize.Fold of the rune
}

const (
	classLetter uint8 = 1 << iota
	classUpper
	classLower
	classMark
)

// Rune ranges answered from tables: Latin with its supplements and
// extensions, combining diacritics, and Latin Extended Additional (the
// precomposed Vietnamese vowels). Other runes go to package unicode.
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
	c.lower = unicode.ToLower(r)
	c.fold = normalize.Fold(string(r))
	return c
}

// classOf returns the class of r: from runeTable when r is in its ranges.
func classOf(r rune) runeClass {
	switch {
	case r < latinEnd:
		return runeTable[r]
	case vietStart <= r && r < vietEnd:
		return runeTable[latinEnd+r-vietStart]
	}
	return classify(r)
}

// appendRuneKeys appends the lower-case and folded forms of r.
func appendRuneKeys(lower, fold []byte, r rune, c *runeClass) ([]byte, []byte) {
	if r < utf8.RuneSelf {
		b := byte(r)
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		return append(lower, b), append(fold, b)
	}
	return utf8.AppendRune(lower, c.lower), append(fold, c.fold...)
}
