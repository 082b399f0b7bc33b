package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// vowelRows lists every Vietnamese vowel letter: the bare letter, then its
// five toned forms in the order huyền, sắc, hỏi, ngã, nặng. This one table
// drives tone-mark placement and Fold.
var vowelRows = [...]string{
	"aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
	"oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
	"AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
	"OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
}

// vowel describes one vowel letter: its row in vowelRows, its tone (0 for
// none, 1..5 as in vowelRows) and its fold (lower case, marks removed).
// fold is 0 in the slots of vowelIndex that hold no vowel.
type vowel struct {
	row  uint8
	tone uint8
	fold byte
}

// Every vowel letter lies in one of two rune ranges: Latin up to U+01B0
// (a, à, ă, ơ, ư...) and Latin Extended Additional (ạ, ả, ấ...).
const (
	latinVowelLo, latinVowelHi = 0x41, 0x1B1
	extVowelLo, extVowelHi     = 0x1EA0, 0x1EFA
)

// vowelIndex holds the vowels of both ranges, the Latin range first: an
// array lookup instead of a map, for the fast path. toned holds, for each
// row, the rune of each tone. Both are read-only.
var vowelIndex, toned = buildVowelTables()

func buildVowelTables() (*[latinVowelHi - latinVowelLo + extVowelHi - extVowelLo]vowel, [len(vowelRows)][6]rune) {
	var idx [latinVowelHi - latinVowelLo + extVowelHi - extVowelLo]vowel
	var t [len(vowelRows)][6]rune
	for row, s := range vowelRows {
		base, _ := utf8.DecodeRuneInString(s)
		f := norm.NFD.String(string(base))[0] | 0x20 // ASCII letter, lower case
		tone := 0
		for _, r := range s {
			if i, ok := vowelSlot(r); ok {
				idx[i] = vowel{row: uint8(row), tone: uint8(tone), fold: f}
			}
			t[row][tone] = r
			tone++
		}
	}
	return &idx, t
}

// vowelSlot returns the index of r in vowelIndex, if r is in its ranges.
func vowelSlot(r rune) (int, bool) {
	switch {
	case latinVowelLo <= r && r < latinVowelHi:
		return int(r - latinVowelLo), true
	case extVowelLo <= r && r < extVowelHi:
		return int(r-extVowelLo) + latinVowelHi - latinVowelLo, true
	}
	return 0, false
}

// lookupVowel returns the vowel information of r, if r is a vowel letter.
func lookupVowel(r rune) (vowel, bool) {
	i, ok := vowelSlot(r)
	if !ok {
		return vowel{}, false
	}
	v := vowelIndex[i]
	return v, v.fold != 0
}

// withTone returns the vowel of row with the given tone.
func withTone(row, tone uint8) rune { return toned[row][tone] }

// maxMarks bounds the combining marks composeVietnamese handles after a
// letter (a Vietnamese letter has at most two: a vowel mark and a tone).
const maxMarks = 3

// composeKey is a letter in NFD, its marks in canonical order: the key of
// composed.
type composeKey struct {
	base  rune
	marks [maxMarks]rune
}

// composed maps the canonical decomposition of every letter of vowelRows,
// of đ and Đ, and of every partial decomposition (ấ as â + acute) to the
// letter. Read-only after package initialisation.
var composed = func() map[composeKey]rune {
	m := make(map[composeKey]rune, 4*len(vowelRows)*6)
	for _, row := range vowelRows {
		for _, r := range row {
			d := []rune(norm.NFD.String(string(r)))
			if len(d) < 2 || len(d) > maxMarks+1 {
				continue
			}
			k := composeKey{base: d[0]}
			copy(k.marks[:], d[1:])
			m[k] = r
		}
	}
	return m
}()

// composeVietnamese composes the letter at in[pos:] and the combining
// marks after it when the result is a Vietnamese vowel letter. It returns
// the letter and the end of the segment; ok is false for anything else
// (other letters, other marks, more marks), left to norm.
func composeVietnamese(in []byte, pos int) (rune, int, bool) {
	base, n := utf8.DecodeRune(in[pos:])
	k := composeKey{}
	nm := 0
	// A precomposed base contributes its own marks (ấ is â + acute).
	if base >= utf8.RuneSelf {
		v, ok := lookupVowel(base)
		if !ok {
			return 0, 0, false
		}
		dec := vowelNFD[v.row][v.tone]
		k.base = dec[0]
		for _, m := range dec[1:] {
			if m != 0 {
				k.marks[nm] = m
				nm++
			}
		}
	} else {
		k.base = base
	}
	end := pos + n
	for end < len(in) {
		m, size := utf8.DecodeRune(in[end:])
		if m < 0x300 || m > 0x36F {
			break
		}
		if nm == maxMarks {
			return 0, 0, false
		}
		k.marks[nm] = m
		nm++
		end += size
	}
	if nm == 0 {
		return 0, 0, false
	}
	if end < len(in) && in[end] >= utf8.RuneSelf && !norm.NFC.Properties(in[end:]).BoundaryBefore() {
		// The segment goes on with a mark outside U+0300-U+036F (A, hook,
		// an Arabic mark, dot below): canonical order may move the later
		// marks before it, so the whole segment is norm's.
		return 0, 0, false
	}
	// Canonical order: by combining class, stable (insertion sort).
	for i := 1; i < nm; i++ {
		for j := i; j > 0 && markClass(k.marks[j]) < markClass(k.marks[j-1]); j-- {
			k.marks[j], k.marks[j-1] = k.marks[j-1], k.marks[j]
		}
	}
	r, ok := composed[k]
	return r, end, ok
}

// markClass returns the canonical combining class of the marks of
// Vietnamese letters (horn 216, dot below 220, the others above: 230).
func markClass(m rune) uint8 {
	switch m {
	case 0x031B:
		return 216
	case 0x0323:
		return 220
	}
	return 230
}

// vowelNFD holds the canonical decomposition of each vowel of vowelRows:
// base letter and up to two marks (0 for none).
var vowelNFD = func() (t [len(vowelRows)][6][maxMarks]rune) {
	for row := range vowelRows {
		for tone := range 6 {
			copy(t[row][tone][:], []rune(norm.NFD.String(string(toned[row][tone]))))
		}
	}
	return t
}()
