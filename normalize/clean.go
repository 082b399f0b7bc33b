package normalize

import (
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanRules is the one table of character replacements made before NFC:
// look-alike letters, odd spaces and line ends, invisible characters, and
// dash and quote variants folded to their ASCII forms for matching.
var cleanRules = []struct {
	from string // the characters replaced
	to   string // what each becomes ("" deletes it)
	why  string
}{
	{"\u00D0\u0189", "Đ", "eth and African D look like Đ (U+0110) and were common on Vietnamese sites"},
	{"\u00F0\u0256", "đ", "lower-case eth and African d look like đ"},
	{"\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000", " ", "no-break and typographic spaces"},
	{"\u200B\u200C\u200D\u2060\uFEFF\u00AD", "", "zero-width characters, byte-order mark and soft hyphen are invisible"},
	{"\u2028\u2029\u0085", "\n", "Unicode line and paragraph separators"},
	{"\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D", "-", "hyphen, en and em dash, minus: one dash for matching (2020–2025)"},
	{"\u2018\u2019\u201A\u201B\u2032", "'", "single quotes and prime"},
	{"\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033", "\"", "double quotes and guillemets"},
}

// cleanEntry is the replacement of one character of cleanRules.
type cleanEntry struct {
	to string
	ok bool // the character is replaced (to may be "": deleted)
}

// Ranges of the array part of cleanIndex: the Latin range and General
// Punctuation hold nearly all of cleanRules' characters.
const (
	cleanLatinHi               = 0x300
	cleanPunctLo, cleanPunctHi = 0x2000, 0x2070
)

// cleanTables indexes cleanRules: arrays for the two ranges, a map for the
// few characters elsewhere. Read-only after package initialisation.
type cleanTables struct {
	latin [cleanLatinHi]cleanEntry
	punct [cleanPunctHi - cleanPunctLo]cleanEntry
	other map[rune]string
}

var cleanIndex = func() *cleanTables {
	t := &cleanTables{other: make(map[rune]string)}
	for _, rule := range cleanRules {
		for _, r := range rule.from {
			switch {
			case r < cleanLatinHi:
				t.latin[r] = cleanEntry{rule.to, true}
			case cleanPunctLo <= r && r < cleanPunctHi:
				t.punct[r-cleanPunctLo] = cleanEntry{rule.to, true}
			default:
				t.other[r] = rule.to
			}
		}
	}
	return t
}()

// cleanOf returns the replacement of r under cleanRules, if it has one.
func cleanOf(r rune) (string, bool) {
	switch {
	case r < cleanLatinHi:
		e := &cleanIndex.latin[r]
		return e.to, e.ok
	case r < 0x1680 || extVowelLo <= r && r < extVowelHi:
		// No rule below U+1680 outside Latin; precomposed Vietnamese
		// vowels are the commonest non-ASCII runes.
		return "", false
	case cleanPunctLo <= r && r < cleanPunctHi:
		e := &cleanIndex.punct[r-cleanPunctLo]
		return e.to, e.ok
	}
	to, ok := cleanIndex.other[r]
	return to, ok
}

// cleanStep applies cleanRules and turns CRLF and lone CR into LF. in must
// be valid UTF-8.
func cleanStep(in []byte) ([]byte, layer, bool) {
	b := builder{in: in}
	for i := 0; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf {
			if c == '\r' {
				end := i + 1
				if end < len(in) && in[end] == '\n' {
					end++
				}
				b.replace(i, end, "\n")
				i = end
				continue
			}
			i = skipASCII(in, i+1)
			continue
		}
		r, n := decodeRune(in, i)
		if to, ok := cleanOf(r); ok {
			b.replace(i, i+n, to)
		}
		i += n
	}
	return b.finish()
}

// nfcStep converts in to NFC, one normalization segment (a starter and the
// marks that follow it) per edit. in must be valid UTF-8. norm's quick
// check skips the runs already in NFC, so mostly-composed text costs little
// more than a scan.
func nfcStep(in []byte) ([]byte, layer, bool) {
	b := builder{in: in}
	var it norm.Iter
	for pos := 0; pos < len(in); {
		// Both spans end at a segment boundary: in[pos:pos+n] stays as it is.
		pos += stableSpan(in[pos:])
		pos += norm.NFC.QuickSpan(in[pos:])
		if pos >= len(in) {
			break
		}
		if b.edits == nil {
			// At most one edit per non-ASCII character from here on.
			n := 0
			for _, c := range in[pos:] {
				if c >= 0xC0 {
					n++
				}
			}
			b.grow(len(in), n)
		}
		// A Vietnamese letter and its marks: compose from the table.
		if r, end, ok := composeVietnamese(in, pos); ok {
			var buf [utf8.UTFMax]byte
			replace(&b, pos, end, buf[:utf8.EncodeRune(buf[:], r)])
			pos = end
			continue
		}
		// Iterate segments while they change; after a few unchanged ones
		// go back to the quick check (Init is not free).
		it.Init(norm.NFC, in[pos:])
		for start, same := pos, 0; !it.Done() && same < 32; {
			seg := it.Next()
			end := start + it.Pos()
			if string(seg) != string(in[pos:end]) {
				replace(&b, pos, end, seg)
				same = 0
			} else {
				same++
			}
			pos = end
		}
	}
	return b.finish()
}

// replaceInvalid replaces each invalid UTF-8 byte of in by U+FFFD.
func replaceInvalid(in []byte) ([]byte, layer, bool) {
	b := builder{in: in}
	for i := 0; i < len(in); {
		r, n := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && n == 1 {
			b.replace(i, i+1, "\uFFFD")
		}
		i += n
	}
	return b.finish()
}

// stableSpan returns the length of the longest prefix of in made of
// nfcStable characters, less its last character (a mark after it could
// compose with it): a prefix in NFC that ends before a starter.
func stableSpan(in []byte) int {
	last := 0 // start of the last stable character
	for i := 0; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf {
			last = i
			i++
			continue
		}
		r, n := utf8.DecodeRune(in[i:])
		if !nfcStable(r) {
			return last
		}
		last = i
		i += n
	}
	return last
}
