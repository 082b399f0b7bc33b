package normalize

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

const seedDir = "../testdata/seeds"

// seedNames lists the seed articles (file names without .txt).
func seedNames(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles in %s: %v", seedDir, err)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = strings.TrimSuffix(filepath.Base(p), ".txt")
	}
	return names
}

// seedBytes returns the bytes of a seed article.
func seedBytes(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(seedDir, name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// seedNorm returns the normalized text of a seed article.
func seedNorm(t testing.TB, name string) []byte {
	t.Helper()
	text, err := Bytes(seedBytes(t, name), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return text.Norm
}

// variant is one way of writing an article differently that must
// normalize to the same text.
type variant struct {
	name string
	enc  Encoding // the encoding to expect from detection; UTF8 for UTF-8 variants
	// make returns the variant of src and the Norm it must give (want is
	// the Norm of src unless the encoding cannot hold some character).
	make func(t *testing.T, src []byte) (v []byte, want string)
}

// utf8Variant is a UTF-8 variant that keeps the Norm of src.
func utf8Variant(name string, f func(src []byte) []byte) variant {
	return variant{name: name, enc: UTF8, make: func(t *testing.T, src []byte) ([]byte, string) {
		return f(src), normOf(t, string(src), Options{})
	}}
}

// legacyVariant encodes src in enc. A character the encoding cannot hold
// is first replaced by its normalized form ("“" by '"') and, when that
// fails too, by '?', which the wanted Norm then has as well.
func legacyVariant(enc Encoding) variant {
	return variant{name: enc.String(), enc: enc, make: func(t *testing.T, src []byte) ([]byte, string) {
		var held strings.Builder
		for _, r := range string(src) {
			s := string(r)
			if _, err := Encode(s, enc); err != nil {
				if s = normOf(t, s, Options{}); s != "" {
					if _, err := Encode(s, enc); err != nil {
						s = "?"
					}
				}
			}
			held.WriteString(s)
		}
		v, err := Encode(held.String(), enc)
		if err != nil {
			t.Fatalf("Encode(%v): %v", enc, err)
		}
		return v, normOf(t, held.String(), Options{})
	}}
}

// everyNth inserts ins before every nth character of src that follows a
// letter.
func everyNth(src []byte, n int, ins string) []byte {
	var out []byte
	k := 0
	prevLetter := false
	for _, r := range string(src) {
		if prevLetter && unicode.IsLetter(r) {
			if k++; k%n == 0 {
				out = append(out, ins...)
			}
		}
		out = utf8.AppendRune(out, r)
		prevLetter = unicode.IsLetter(r)
	}
	return out
}

var variants = []variant{
	utf8Variant("nfd", func(src []byte) []byte { return norm.NFD.Bytes(src) }),
	utf8Variant("new-tone", func(src []byte) []byte {
		s, _ := String(string(src), Options{Tone: ToneNew})
		return []byte(s)
	}),
	utf8Variant("old-tone", func(src []byte) []byte {
		s, _ := String(string(src), Options{Tone: ToneOld})
		return []byte(s)
	}),
	utf8Variant("eth", func(src []byte) []byte {
		return []byte(strings.NewReplacer("Đ", "\u00D0", "đ", "\u00F0").Replace(string(src)))
	}),
	utf8Variant("nbsp-zero-width", func(src []byte) []byte {
		b := bytes.ReplaceAll(src, []byte(", "), []byte(",\u00A0"))
		b = everyNth(b, 5, "\u200B")
		return everyNth(b, 7, "\uFEFF")
	}),
	utf8Variant("crlf", func(src []byte) []byte { return bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n")) }),
	legacyVariant(TCVN3),
	legacyVariant(VNI),
	legacyVariant(VISCII),
	legacyVariant(Windows1258),
}

// TestSeedVariants writes each seed article in each variant and checks
// that it normalizes to the same text, that detection finds the encoding,
// and that the offset map sends every word back to its bytes in the
// variant.
func TestSeedVariants(t *testing.T) {
	for _, name := range seedNames(t) {
		src := seedBytes(t, name)
		for _, vr := range variants {
			t.Run(name+"/"+vr.name, func(t *testing.T) {
				v, want := vr.make(t, src)
				if vr.enc != UTF8 && want != normOf(t, string(src), Options{}) && vr.enc != VISCII {
					t.Errorf("%v cannot hold some character of the seed: %+q", vr.enc, want)
				}
				text, err := Bytes(v, Options{})
				if err != nil {
					t.Fatalf("Bytes: %v", err)
				}
				if text.Encoding != vr.enc {
					t.Errorf("detected %v, want %v", text.Encoding, vr.enc)
				}
				if string(text.Norm) != want {
					t.Fatalf("Norm differs from the original's at byte %d: %+q", firstDiff(string(text.Norm), want), excerpt(string(text.Norm), firstDiff(string(text.Norm), want)))
				}
				checkOffsets(t, &text, vr.enc)
			})
		}
	}
}

// checkOffsets checks the offset map of text: in bounds, monotonic, the
// whole text to the whole input, and every word of Norm to the bytes of
// Orig that normalize to that word.
func checkOffsets(t *testing.T, text *Text, enc Encoding) {
	t.Helper()
	if s, e := text.OrigSpan(0, len(text.Norm)); s != 0 || e != len(text.Orig) {
		t.Errorf("OrigSpan(0, %d) = %d,%d; want 0,%d", len(text.Norm), s, e, len(text.Orig))
	}
	prev := 0
	for i := range len(text.Norm) + 1 {
		s, e := text.OrigSpan(i, i)
		if s != e || s < prev || s > len(text.Orig) {
			t.Fatalf("OrigSpan(%d,%d) = %d,%d: not empty, not monotonic (previous %d) or out of bounds", i, i, s, e, prev)
		}
		prev = s
	}
	prevEnd := 0
	for _, w := range words(text.Norm) {
		word := string(text.Norm[w[0]:w[1]])
		s, e := text.OrigSpan(w[0], w[1])
		if s < prevEnd || e < s || e > len(text.Orig) {
			t.Fatalf("word %+q at %d: OrigSpan = %d,%d (previous word ended at %d)", word, w[0], s, e, prevEnd)
		}
		prevEnd = e
		opts := Options{Encoding: enc}
		if enc == UTF8 {
			opts.Encoding = Auto
		}
		orig, err := Bytes(text.Orig[s:e], opts)
		if err != nil || string(orig.Norm) != word {
			t.Errorf("word %+q at %d maps to %+q, which normalizes to %+q (%v)", word, w[0], text.Orig[s:e], orig.Norm, err)
		}
		if got := normOf(t, text.Surface(w[0], w[1]), Options{}); got != word {
			t.Errorf("Surface of word %+q at %d = %+q", word, w[0], got)
		}
	}
}

// words returns the byte ranges of the runs of letters, digits and marks
// of s.
func words(s []byte) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range string(s) {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

func firstDiff(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	return i
}

func excerpt(s string, i int) string {
	return s[max(0, i-20):min(len(s), i+20)]
}
