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

// cleanMap is cleanRules indexed by character. Read-only after start.
var cleanMap = func() map[rune]string {
	m := make(map[rune]string)
	for _, rule := range cleanRules {
		for _, r := range rule.from {
			m[r] = rule.to
		}
	}
	return m
}()

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
			i++
			continue
		}
		r, n := utf8.DecodeRune(in[i:])
		// Precomposed Vietnamese vowels (U+1EA0–U+1EF9) are the commonest
		// non-ASCII runes and never replaced: skip the lookup.
		if r < 0x1EA0 || r > 0x1EF9 {
			if to, ok := cleanMap[r]; ok {
				b.replace(i, i+n, to)
			}
		}
		i += n
	}
	return b.finish()
}

// nfcStep converts in to NFC, one normalization segment (a starter and the
// marks that follow it) per edit. in must be valid UTF-8.
func nfcStep(in []byte) ([]byte, layer, bool) {
	b := builder{in: in}
	start := norm.NFC.QuickSpan(in)
	if start == len(in) {
		return b.finish()
	}
	// QuickSpan returns a segment boundary: in[:start] stays as it is.
	var it norm.Iter
	it.Init(norm.NFC, in[start:])
	for !it.Done() {
		p := start + it.Pos()
		seg := it.Next()
		q := start + it.Pos()
		if string(seg) != string(in[p:q]) {
			replace(&b, p, q, seg)
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
