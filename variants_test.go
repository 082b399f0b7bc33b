package vnie_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"

	"github.com/vnie/vnie"
	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// The variant tests write each article in the ways Vietnamese text is
// really found (decomposed, new-style tone marks, Ð for Đ, no-break and
// zero-width spaces, CRLF, the legacy 8-bit encodings) and check that
// Extract gives the same values for every spelling, with spans that point
// at the right bytes of each.

// namedSource is one article the variant tests run on.
type namedSource struct {
	name string
	src  []byte
}

// variantArticles returns the seed articles, the command's sample and the
// development articles.
func variantArticles(t testing.TB) []namedSource {
	t.Helper()
	var out []namedSource
	for _, glob := range []string{"testdata/seeds/*.txt", "cmd/vnie/sample.txt", "testdata/dev/*.txt"} {
		paths, err := filepath.Glob(glob)
		if err != nil || len(paths) == 0 {
			t.Fatalf("no articles match %s: %v", glob, err)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(p), ".txt")
			out = append(out, namedSource{filepath.Base(filepath.Dir(p)) + "/" + name, b})
		}
	}
	return out
}

// articleVariant is one way of writing an article that must give the same
// extraction.
type articleVariant struct {
	name string
	// enc is the encoding of the variant's bytes: UTF8 or a legacy one.
	enc normalize.Encoding
	// make returns the text to compare with (src itself, unless the
	// encoding cannot hold some of its characters: then src with those
	// replaced) and the variant's bytes.
	make func(t *testing.T, src []byte) (base, v []byte)
}

// utf8Variant is a UTF-8 variant of the whole of src.
func utf8Variant(name string, f func(src []byte) []byte) articleVariant {
	return articleVariant{name: name, enc: normalize.UTF8, make: func(_ *testing.T, src []byte) ([]byte, []byte) {
		return src, f(src)
	}}
}

// legacyVariant writes src in enc. A character enc cannot hold is first
// replaced, in the base text too, by its normalized form (“ by ") or, when
// enc cannot hold that either, by '?'.
func legacyVariant(enc normalize.Encoding) articleVariant {
	return legacyVariantOf(enc.String(), enc, nil)
}

// legacyVariantOf writes pre(src) in enc, as legacyVariant writes src;
// the base text is src with the same replacements. pre may be nil.
func legacyVariantOf(name string, enc normalize.Encoding, pre func(src []byte) []byte) articleVariant {
	return articleVariant{name: name, enc: enc, make: func(t *testing.T, src []byte) ([]byte, []byte) {
		base := heldIn(src, enc)
		v := base
		if pre != nil {
			v = heldIn(pre(src), enc)
		}
		b, err := normalize.Encode(string(v), enc)
		if err != nil {
			t.Fatalf("Encode(%v): %v", enc, err)
		}
		return base, b
	}}
}

// heldIn returns src in NFC with every character enc cannot hold replaced
// by its normalized form or, when enc cannot hold that either, by '?'.
func heldIn(src []byte, enc normalize.Encoding) []byte {
	var held []byte
	for _, r := range norm.NFC.String(string(src)) {
		s := string(r)
		if _, err := normalize.Encode(s, enc); err != nil {
			s, _ = normalize.String(s, normalize.Options{})
			if _, err := normalize.Encode(s, enc); err != nil {
				s = "?"
			}
		}
		held = append(held, s...)
	}
	return held
}

// Tone marks of Vietnamese as combining characters (NFD): grave, acute,
// tilde, hook above, dot below.
const toneMarks = "\u0300\u0301\u0303\u0309\u0323"

// retone moves the tone mark of each open syllable whose nucleus is oa, oe
// or uy (hòa/hoà, khỏe/khoẻ, thủy/thuỷ, Ủy/Uỷ) to the second vowel (the new
// style) when toNew(k) is true for the k-th such syllable (from 0), to the
// first (the old style) otherwise. The result is NFC.
func retone(s string, toNew func(k int) bool) string {
	r := []rune(norm.NFD.String(s))
	out := make([]rune, 0, len(r))
	k := 0
	for i := 0; i < len(r); {
		if !unicode.IsLetter(r[i]) {
			out = append(out, r[i])
			i++
			continue
		}
		j := i + 1
		for j < len(r) && (unicode.IsLetter(r[j]) || unicode.Is(unicode.Mn, r[j])) {
			j++
		}
		w, ok := retoneWord(r[i:j], toNew(k))
		if ok {
			k++
		}
		out = append(out, w...)
		i = j
	}
	return norm.NFC.String(string(out))
}

// retoneWord places the tone mark of one NFD word ending in an open oa, oe
// or uy nucleus; ok reports whether the word has one. Other words are
// returned as they are.
func retoneWord(w []rune, toNew bool) (out []rune, ok bool) {
	// The word's last two letters, each a base letter and its marks.
	type letter struct {
		base  rune
		marks []rune
	}
	var ls []letter
	for _, r := range w {
		if unicode.Is(unicode.Mn, r) && len(ls) > 0 {
			ls[len(ls)-1].marks = append(ls[len(ls)-1].marks, r)
		} else {
			ls = append(ls, letter{base: r})
		}
	}
	if len(ls) < 2 {
		return w, false
	}
	first, second := &ls[len(ls)-2], &ls[len(ls)-1]
	f, s := unicode.ToLower(first.base), unicode.ToLower(second.base)
	nucleus := f == 'o' && (s == 'a' || s == 'e') || f == 'u' && s == 'y'
	if !nucleus || len(first.marks)+len(second.marks) != 1 {
		return w, false
	}
	if f == 'u' && len(ls) > 2 && unicode.ToLower(ls[len(ls)-3].base) == 'q' {
		return w, false // qu is a consonant: quý has its mark on y in both styles
	}
	tone := append(first.marks, second.marks...)[0]
	if !strings.ContainsRune(toneMarks, tone) {
		return w, false
	}
	first.marks, second.marks = nil, nil
	if toNew {
		second.marks = []rune{tone}
	} else {
		first.marks = []rune{tone}
	}
	out = make([]rune, 0, len(w))
	for _, l := range ls {
		out = append(out, l.base)
		out = append(out, l.marks...)
	}
	return out, true
}

// sprinkle inserts ins before every nth letter of src that follows a
// letter (inside words).
func sprinkle(src []byte, n int, ins string) []byte {
	var out []byte
	k := 0
	prevLetter := false
	for _, r := range string(src) {
		letter := unicode.IsLetter(r)
		if prevLetter && letter {
			if k++; k%n == 0 {
				out = append(out, ins...)
			}
		}
		out = utf8.AppendRune(out, r)
		prevLetter = letter
	}
	return out
}

// everyNthSpace replaces every nth ASCII space of src by repl.
func everyNthSpace(src []byte, n int, repl string) []byte {
	var out []byte
	k := 0
	for _, c := range src {
		if c == ' ' {
			if k++; k%n == 0 {
				out = append(out, repl...)
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

func nbspZeroWidth(src []byte) []byte {
	b := everyNthSpace(src, 3, "\u00A0")
	b = sprinkle(b, 5, "\u200B")
	return sprinkle(b, 11, "\uFEFF")
}

func toEth(src []byte) []byte { return bytes.ReplaceAll(src, []byte("Đ"), []byte("\u00D0")) }

func toCRLF(src []byte) []byte { return bytes.ReplaceAll(src, []byte("\n"), []byte("\r\n")) }

var articleVariants = []articleVariant{
	utf8Variant("nfd", norm.NFD.Bytes),
	utf8Variant("new-tone", func(src []byte) []byte {
		return []byte(retone(string(src), func(int) bool { return true }))
	}),
	utf8Variant("old-tone", func(src []byte) []byte {
		return []byte(retone(string(src), func(int) bool { return false }))
	}),
	utf8Variant("mixed-tone", mixedTone),
	utf8Variant("eth", toEth),
	utf8Variant("nbsp-zero-width", nbspZeroWidth),
	utf8Variant("crlf", toCRLF),
	utf8Variant("all-utf8", func(src []byte) []byte {
		s := retone(string(src), func(int) bool { return true })
		return norm.NFD.Bytes(toCRLF(nbspZeroWidth(toEth([]byte(s)))))
	}),
	legacyVariant(normalize.TCVN3),
	legacyVariant(normalize.VNI),
	legacyVariant(normalize.VISCII),
	legacyVariant(normalize.Windows1258),
	legacyVariantOf("tcvn3-mixed-tone", normalize.TCVN3, mixedTone),
	legacyVariantOf("vni-mixed-tone-crlf", normalize.VNI, func(src []byte) []byte { return toCRLF(mixedTone(src)) }),
	legacyVariantOf("viscii-mixed-tone", normalize.VISCII, mixedTone),
	legacyVariantOf("windows-1258-mixed-tone", normalize.Windows1258, mixedTone),
}

// mixedTone writes every other oa, oe, uy syllable of src in the new style.
func mixedTone(src []byte) []byte {
	return []byte(retone(string(src), func(k int) bool { return k%2 == 0 }))
}

// TestVariantInvariance checks that every variant of every article gives
// the same values as the article, that the mention texts are the
// variant's own surface, and that every span of the variant's extraction
// holds the bytes of that mention.
func TestVariantInvariance(t *testing.T) {
	changed := map[string]int{} // articles each variant changed
	for _, art := range variantArticles(t) {
		for _, vr := range articleVariants {
			t.Run(art.name+"/"+vr.name, func(t *testing.T) {
				base, v := vr.make(t, art.src)
				if !bytes.Equal(base, v) {
					changed[vr.name]++
				}
				want := mustExtract(t, base)
				got := mustExtract(t, v)
				if diff := cmp.Diff(valuesOf(want), valuesOf(got)); diff != "" {
					t.Fatalf("values differ from the original's (-original +variant):\n%s", diff)
				}
				checkVariantSpans(t, v, vr.enc, spansOf(want), spansOf(got))
			})
		}
	}
	for _, vr := range articleVariants {
		if changed[vr.name] == 0 && vr.name != "old-tone" {
			t.Errorf("variant %s changed no article: it tests nothing", vr.name)
		}
	}
}

func mustExtract(t *testing.T, src []byte) *schema.Article {
	t.Helper()
	a, err := vnie.Extract(src, vnie.Options{})
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return a
}

// normText is the normalized form of a mention text: what two spellings
// of the same words have in common.
func normText(t *testing.T, s string) string {
	t.Helper()
	n, err := normalize.String(s, normalize.Options{})
	if err != nil {
		t.Fatalf("normalize.String(%+q): %v", s, err)
	}
	return n
}

// valuesOf returns a copy of a without spans and with every mention text
// normalized: the part of the extraction that must not depend on how the
// article was written.
func valuesOf(a *schema.Article) *schema.Article {
	b, err := json.Marshal(a)
	if err != nil {
		panic(err)
	}
	var c schema.Article
	if err := json.Unmarshal(b, &c); err != nil {
		panic(err)
	}
	fix := func(text *string, span *schema.Span) {
		*text, _ = normalize.String(*text, normalize.Options{})
		*span = schema.Span{}
	}
	// Title and authors are "as written": the variant's own surface.
	c.Title, _ = normalize.String(c.Title, normalize.Options{})
	for i := range c.Authors {
		c.Authors[i], _ = normalize.String(c.Authors[i], normalize.Options{})
	}
	for i := range c.Documents {
		for j := range c.Documents[i].Mentions {
			m := &c.Documents[i].Mentions[j]
			fix(&m.Text, &m.Span)
		}
	}
	for i := range c.Dates {
		fix(&c.Dates[i].Text, &c.Dates[i].Span)
	}
	for i := range c.Officials {
		for j := range c.Officials[i].Mentions {
			m := &c.Officials[i].Mentions[j]
			fix(&m.Text, &m.Span)
		}
	}
	for i := range c.Counts {
		fix(&c.Counts[i].Text, &c.Counts[i].Span)
	}
	return &c
}

// spanned is one text with its span, named for messages.
type spanned struct {
	what string
	text string
	span schema.Span
}

// spansOf lists every text with a span in a, in a fixed order.
func spansOf(a *schema.Article) []spanned {
	var out []spanned
	forEachSpan(a, func(what, text string, sp schema.Span) {
		out = append(out, spanned{fmt.Sprintf("%s %d", what, len(out)), text, sp})
	})
	return out
}

// checkVariantSpans checks the spans of the variant v's extraction
// against the original's: same number, in bounds, and v[span] normalizes
// to what the original's text normalizes to. For UTF-8 variants the text
// must also be the NFC of v[span] exactly.
func checkVariantSpans(t *testing.T, v []byte, enc normalize.Encoding, want, got []spanned) {
	t.Helper()
	if len(want) != len(got) {
		t.Fatalf("%d spans, the original has %d", len(got), len(want))
	}
	for i, g := range got {
		w := want[i]
		s, e := g.span[0], g.span[1]
		if s < 0 || s > e || e > len(v) {
			t.Errorf("%s %+q: span %v out of bounds (len %d)", g.what, g.text, g.span, len(v))
			continue
		}
		sub, err := normalize.Bytes(v[s:e], normalize.Options{Encoding: enc})
		if err != nil {
			t.Errorf("%s %+q: bytes %+q at %v do not decode as %v: %v", g.what, g.text, v[s:e], g.span, enc, err)
			continue
		}
		if wantN := normText(t, w.text); string(sub.Norm) != wantN {
			t.Errorf("%s: bytes %+q at %v normalize to %+q, the original's text %+q to %+q", g.what, v[s:e], g.span, sub.Norm, w.text, wantN)
		}
		if enc == normalize.UTF8 {
			if nfc := norm.NFC.String(string(v[s:e])); g.text != nfc {
				t.Errorf("%s: text %+q is not the surface at %v, %+q in NFC", g.what, g.text, g.span, nfc)
			}
		}
	}
}

// TestRetone checks the tone converter the variants use.
func TestRetone(t *testing.T) {
	for _, c := range []struct {
		in, newStyle, oldStyle string
		why                    string
	}{
		{"hòa", "hoà", "hòa", "oa: the mark moves to a"},
		{"Ủy ban", "Uỷ ban", "Ủy ban", "capital U keeps its case"},
		{"thủy lợi", "thuỷ lợi", "thủy lợi", "uy after th"},
		{"khỏe", "khoẻ", "khỏe", "oe"},
		{"HỌA", "HOẠ", "HỌA", "dot below, upper case"},
		{"hoà thuỷ", "hoà thuỷ", "hòa thủy", "new style in, old style out"},
		{"quý", "quý", "quý", "qu is a consonant: the mark stays on y"},
		{"toàn hoạch", "toàn hoạch", "toàn hoạch", "closed syllables do not change"},
		{"khuya", "khuya", "khuya", "ya is no nucleus here"},
		{"hoa", "hoa", "hoa", "no tone mark"},
	} {
		if got := retone(c.in, func(int) bool { return true }); got != c.newStyle {
			t.Errorf("retone(%+q, new) = %+q, want %+q (%s)", c.in, got, c.newStyle, c.why)
		}
		if got := retone(c.in, func(int) bool { return false }); got != c.oldStyle {
			t.Errorf("retone(%+q, old) = %+q, want %+q (%s)", c.in, got, c.oldStyle, c.why)
		}
	}
}

// TestTitleAuthorsInvisible checks that the title and the authors, which
// are taken "as written" from the surface, carry no invisible characters
// when the article has zero-width characters inside words.
func TestTitleAuthorsInvisible(t *testing.T) {
	for _, art := range variantArticles(t) {
		a := mustExtract(t, nbspZeroWidth(art.src))
		for _, s := range append([]string{a.Title}, a.Authors...) {
			if strings.ContainsAny(s, "\u200B\uFEFF\u00A0") {
				t.Errorf("%s: %+q holds an invisible character", art.name, s)
			}
		}
	}
}

// FuzzVariants checks variant invariance on any UTF-8 input, for the
// variants that keep the normalized text the same whatever the input:
// NFD, Ð for Đ, no-break and zero-width spaces, and CRLF (when the input
// has no CR of its own). Values must be equal and spans must hold the
// variant's bytes of each mention. It checks the original's spans as
// FuzzExtract does.
func FuzzVariants(f *testing.F) {
	// Small inputs only (under 500 bytes): the fuzzer minimizes every
	// input that finds new coverage.
	for _, s := range []string{
		"04/01/2020 - 10:04\n\nCần Thơ: Hơn 7.600 đảng viên học Nghị quyết số 52-NQ/TW\n\nSáng 3-1, Ban Tuyên giáo Thành ủy tổ chức hội nghị tại 95 điểm cầu.\n\nANH DŨNG",
		"Đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy, chủ trì; Thứ trưởng Bộ Y tế Nguyễn Thị Thủy phát biểu.",
		"Thực hiện Nghị định số 15/2020/NĐ-CP và Kế hoạch 14-KH/BTGThU ngày 5-1-2021 của Ban Tuyên giáo Thị ủy, từ ngày 11-5 đến 14-5; nhiệm kỳ 2020-2025.",
		"Sang 3-1, Ban Tuyen giao Tinh uy to chuc hoi nghi quan triet Nghi quyet so 52-NQ/TW ngay 27-9-2019 cua Bo Chinh tri; hon 7.600 dang vien du tai 95 diem cau.",
		"Print Thứ Năm, 11/03/2021 17:15 Gốc\n\n(26/3/1931-26/3/2021) khoảng 1,28 triệu đoàn viên; gần 900 người\n\nTin, ảnh: TRƯỜNG SƠN",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		if !utf8.Valid(src) {
			return
		}
		want, err := vnie.Extract(src, vnie.Options{})
		if err != nil {
			t.Fatalf("Extract(%+q): %v", src, err)
		}
		// The original's spans: in bounds, and the very bytes of the
		// text when the input is NFC.
		exact := norm.NFC.IsNormal(src)
		forEachSpan(want, func(what, text string, sp schema.Span) {
			if sp[0] < 0 || sp[0] > sp[1] || sp[1] > len(src) || exact && string(src[sp[0]:sp[1]]) != text {
				t.Fatalf("%+q: %s %+q has span %v", src, what, text, sp)
			}
		})
		vs := map[string][]byte{
			"nfd":             norm.NFD.Bytes(src),
			"eth":             toEth(src),
			"nbsp-zero-width": nbspZeroWidth(src),
		}
		if !bytes.ContainsRune(src, '\r') {
			vs["crlf"] = toCRLF(src)
		}
		for name, v := range vs {
			got, err := vnie.Extract(v, vnie.Options{})
			if err != nil {
				t.Fatalf("%s of %+q: %v", name, src, err)
			}
			if diff := cmp.Diff(valuesOf(want), valuesOf(got)); diff != "" {
				t.Fatalf("%s of %+q: values differ (-original +variant):\n%s", name, src, diff)
			}
			checkVariantSpans(t, v, normalize.UTF8, spansOf(want), spansOf(got))
		}
	})
}
