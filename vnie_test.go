package vnie_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/vnie/vnie"
	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

func TestExtractEmpty(t *testing.T) {
	for _, src := range [][]byte{nil, {}, []byte("   \n\n  ")} {
		a, err := vnie.Extract(src, vnie.Options{})
		if err != nil {
			t.Fatalf("%+q: %v", src, err)
		}
		b, _ := json.Marshal(a)
		if want := `{"schema_version":1,"source":"","title":"","published":"","authors":[],"documents":[],"dates":[],"officials":[],"counts":[]}`; string(b) != want {
			t.Errorf("%+q: got %s", src, b)
		}
	}
}

func TestExtractErrors(t *testing.T) {
	_, err := vnie.Extract([]byte("Hội nghị\xff"), vnie.Options{Encoding: normalize.UTF8})
	var ee *normalize.EncodingError
	if !errors.As(err, &ee) || ee.Offset != 12 || !errors.Is(err, normalize.ErrEncoding) {
		t.Errorf("invalid UTF-8: err = %v, want an EncodingError at offset 12", err)
	}
	if _, err := vnie.Extract([]byte("x"), vnie.Options{Published: "29-03-2021"}); err == nil {
		t.Error("a malformed Options.Published should be an error")
	}
}

func TestExtractPublishedOption(t *testing.T) {
	a, err := vnie.Extract([]byte("Hội nghị."), vnie.Options{Published: "2021-03-29", Source: "x.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if a.Published != "2021-03-29" || a.Source != "x.txt" {
		t.Errorf("published %q source %q", a.Published, a.Source)
	}
}

// seedCorpus returns the seed articles.
func seedCorpus(tb testing.TB) map[string][]byte {
	tb.Helper()
	paths, _ := filepath.Glob("testdata/seeds/*.txt")
	m := map[string][]byte{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		m[strings.TrimSuffix(filepath.Base(p), ".txt")[:3]] = b
	}
	return m
}

// BenchmarkExtract measures Extract on each seed, on all seeds joined, and
// on that text in NFD, side by side with a plain NFC pass over the same
// bytes (the floor that any Unicode-correct pipeline pays). Compare the
// MB/s columns.
func BenchmarkExtract(b *testing.B) {
	seeds := seedCorpus(b)
	var all []byte
	names := []string{}
	for name := range seeds {
		names = append(names, name)
	}
	for _, name := range sortStrings(names) {
		all = append(all, seeds[name]...)
		all = append(all, "\n\n"...)
	}
	seeds["all"] = all
	// The same text decomposed, as some keyboards and CMSs write it:
	// normalization then rewrites every accented letter.
	seeds["all-nfd"] = norm.NFD.Bytes(all)
	for _, name := range append(sortStrings(names), "all", "all-nfd") {
		src := seeds[name]
		b.Run("NFC/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				_ = norm.NFC.String(string(src))
			}
		})
		b.Run("Extract/"+name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := vnie.Extract(src, vnie.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func sortStrings(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

// FuzzExtract checks that Extract never panics, that its spans are in
// bounds and, for UTF-8 NFC input, that src[start:end] == text, and that
// the output is deterministic.
func FuzzExtract(f *testing.F) {
	// Pieces of the seeds, not whole articles: the fuzzer stalls
	// minimizing kilobyte inputs.
	for _, src := range seedCorpus(f) {
		for i := 0; i+200 <= len(src); i += 800 {
			start := i
			for start > 0 && !utf8.RuneStart(src[start]) {
				start--
			}
			end := start + 200
			for end < len(src) && !utf8.RuneStart(src[end]) {
				end++
			}
			f.Add(src[start:end])
		}
	}
	f.Add([]byte("Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị; Sáng 3-1, hơn 7.600 đảng viên"))
	f.Add([]byte("Nghi quyet so 15/2020/ND-CP ngay 3-1\r\nĐồng chí Lê Văn A, Phó Bí thư"))
	f.Fuzz(func(t *testing.T, src []byte) {
		a, err := vnie.Extract(src, vnie.Options{})
		if err != nil {
			if !errors.Is(err, normalize.ErrEncoding) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		exact := utf8.Valid(src) && norm.NFC.IsNormal(src)
		forEachSpan(a, func(what, text string, sp schema.Span) {
			if sp[0] < 0 || sp[0] > sp[1] || sp[1] > len(src) {
				t.Fatalf("%s %+q: span %v out of bounds (len %d)", what, text, sp, len(src))
			}
			if exact && string(src[sp[0]:sp[1]]) != text {
				t.Fatalf("%s: src[%d:%d] = %+q, text %+q", what, sp[0], sp[1], src[sp[0]:sp[1]], text)
			}
		})
		again, _ := vnie.Extract(src, vnie.Options{})
		b1, _ := json.Marshal(a)
		b2, _ := json.Marshal(again)
		if !bytes.Equal(b1, b2) {
			t.Fatalf("two runs differ:\n%s\n%s", b1, b2)
		}
	})
}

// forEachSpan calls fn for every span of a.
func forEachSpan(a *schema.Article, fn func(what, text string, sp schema.Span)) {
	for _, d := range a.Documents {
		for _, m := range d.Mentions {
			fn("document", m.Text, m.Span)
		}
	}
	for _, d := range a.Dates {
		fn("date", d.Text, d.Span)
	}
	for _, o := range a.Officials {
		for _, m := range o.Mentions {
			fn("official", m.Text, m.Span)
		}
	}
	for _, c := range a.Counts {
		fn("count", c.Text, c.Span)
	}
}

func ExampleExtract() {
	src := []byte("Hội nghị quán triệt Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị.")
	a, err := vnie.Extract(src, vnie.Options{Published: "2020-01-04"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Published)
	// Output: 2020-01-04
}

// TestExtractRecycledText checks that a result stays as it was while later
// articles are extracted: Extract hands its text's memory to the next
// article (normalize.Recycle), so a result sharing it would change. Every
// test text is extracted in turn, in two goroutines at once, and each
// result's JSON is compared with the JSON taken when it was made.
func TestExtractRecycledText(t *testing.T) {
	paths, err := filepath.Glob("testdata/*/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test texts: %v", err)
	}
	type result struct {
		path string
		a    *schema.Article
		json []byte
	}
	run := func(paths []string) []result {
		var out []result
		for _, p := range paths {
			src, err := os.ReadFile(p)
			if err != nil {
				t.Error(err)
				return nil
			}
			a, err := vnie.Extract(src, vnie.Options{})
			if err != nil {
				t.Errorf("%s: %v", p, err)
				continue
			}
			j, _ := json.Marshal(a)
			out = append(out, result{p, a, j})
		}
		return out
	}
	half := len(paths) / 2
	done := make(chan []result)
	go func() { done <- run(paths[:half]) }()
	results := append(run(paths[half:]), <-done...)
	// Once more, so that the memory of the last texts is written again.
	run(paths)
	for _, r := range results {
		if j, _ := json.Marshal(r.a); !bytes.Equal(j, r.json) {
			t.Errorf("%s: the result changed after later extractions", r.path)
		}
	}
}
