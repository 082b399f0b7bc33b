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
type vowel struct {
	row  uint8
	tone uint8
	fold byte
}

// vowelTable holds the runes of vowelRows with their row and tone, and
// toned holds, for each row, the rune of each tone. Both are read-only.
var vowelTable, toned = buildVowelTables()

func buildVowelTables() (map[rune]vowel, [len(vowelRows)][6]rune) {
	m := make(map[rune]vowel, len(vowelRows)*6)
	var t [len(vowelRows)][6]rune
	for row, s := range vowelRows {
		base, _ := utf8.DecodeRuneInString(s)
		f := norm.NFD.String(string(base))[0] | 0x20 // ASCII letter, lower case
		tone := 0
		for _, r := range s {
			m[r] = vowel{row: uint8(row), tone: uint8(tone), fold: f}
			t[row][tone] = r
			tone++
		}
	}
	return m, t
}

// lookupVowel returns the vowel information of r, if r is a vowel letter.
func lookupVowel(r rune) (vowel, bool) {
	if r < utf8.RuneSelf {
		switch r | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return vowelTable[r], true
		}
		return vowel{}, false
	}
	v, ok := vowelTable[r]
	return v, ok
}

// withTone returns the vowel of row with the given tone.
func withTone(row, tone uint8) rune { return toned[row][tone] }
