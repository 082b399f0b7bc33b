package normalize

import (
	"unicode"
	"unicode/utf8"
)

// The shape of a written Vietnamese syllable, used to tell which legacy
// encoding reads a text as Vietnamese: an onset consonant, a vowel nucleus
// and a final consonant, all in lower case without the tone mark. A word
// decoded with the wrong table breaks this shape ("Vieọt", "nh©n").

// syllableOnsets are the written initial consonants, longest first so that
// "ngh" is tried before "ng" and "n".
var syllableOnsets = []string{
	"ngh",
	"ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
	"",
}

// syllableNuclei are the written vowel sequences a syllable can have, after
// its onset ("qu" and "gi" take their u and i).
var syllableNuclei = newStringSet(
	"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
	"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu",
	"oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui",
	"uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
	"iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu",
	"ươi", "ươu", "yêu",
)

// syllableOpen are the nuclei that end in a glide (i, y, o, u): they take
// no final consonant ("bao" but not "baon").
var syllableOpen = newStringSet(
	"ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu",
	"iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uyu", "ươi", "ươu", "yêu",
)

// syllableCodas are the written final consonants (final i, y, o, u are part
// of the nucleus).
var syllableCodas = newStringSet("", "c", "ch", "m", "n", "ng", "nh", "p", "t")

// stringSet is a read-only set of strings.
type stringSet map[string]struct{}

// newStringSet returns the set of its arguments.
func newStringSet(s ...string) stringSet {
	m := make(stringSet, len(s))
	for _, x := range s {
		m[x] = struct{}{}
	}
	return m
}

// maxSyllable is the longest written syllable in bytes, with room to spare
// ("nghiêng" is 8 bytes without its tone).
const maxSyllable = 24

// isSyllable reports whether word (NFC, without spaces) is written like one
// Vietnamese syllable: lower case, capitalised or all upper case, at most
// one tone mark, and onset + nucleus + coda from the tables above.
func isSyllable(word []byte) bool {
	var buf [maxSyllable]byte
	key := buf[:0]
	tones, upper, n := 0, 0, 0
	firstUpper := false
	for i := 0; i < len(word); {
		r, size := utf8.DecodeRune(word[i:])
		i += size
		if unicode.IsUpper(r) {
			upper++
			firstUpper = firstUpper || n == 0
		}
		n++
		lr := unicode.ToLower(r)
		if v, ok := lookupVowel(lr); ok {
			if v.tone != 0 {
				tones++
			}
			lr = withTone(v.row, 0)
		} else if lr != 'đ' && (lr < 'a' || lr > 'z' || lr == 'f' || lr == 'j' || lr == 'w' || lr == 'z') {
			return false
		}
		if len(key)+utf8.RuneLen(lr) > len(buf) {
			return false
		}
		key = utf8.AppendRune(key, lr)
	}
	// One tone mark; lower case, capitalised or all upper case ("nhÂn" is
	// a misread).
	if n == 0 || tones > 1 || upper > 0 && upper < n && !(upper == 1 && firstUpper) {
		return false
	}
	for _, onset := range syllableOnsets {
		if onset != "" && onset[0] != key[0] || len(onset) > len(key) || string(key[:len(onset)]) != onset {
			continue
		}
		rest := key[len(onset):]
		v := 0 // bytes of the nucleus
		for v < len(rest) {
			r, size := utf8.DecodeRune(rest[v:])
			if _, ok := lookupVowel(r); !ok {
				break
			}
			v += size
		}
		if v == 0 {
			continue
		}
		if _, ok := syllableNuclei[string(rest[:v])]; !ok {
			continue
		}
		if _, open := syllableOpen[string(rest[:v])]; open && v < len(rest) {
			continue
		}
		if _, ok := syllableCodas[string(rest[v:])]; ok {
			return true
		}
	}
	return false
}
