package normalize

import (
	"bytes"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// benchInput joins all seed articles, repeated to about 200 KB, in one
// form: already normal, NFD, new-style tones, or TCVN3.
func benchInput(b *testing.B, form string) []byte {
	b.Helper()
	var all []byte
	for _, name := range seedNames(b) {
		all = append(all, seedNorm(b, name)...)
		all = append(all, '\n')
	}
	all = bytes.Repeat(all, 200<<10/len(all)+1)
	switch form {
	case "nfd":
		return norm.NFD.Bytes(all)
	case "new-tone":
		t, err := Bytes(all, Options{Tone: ToneNew})
		if err != nil {
			b.Fatal(err)
		}
		return t.Norm
	case "tcvn3":
		enc, err := Encode(string(all), TCVN3)
		if err != nil {
			b.Fatal(err)
		}
		return enc
	}
	return all
}

func BenchmarkBytes(b *testing.B) {
	for _, form := range []string{"nfc", "nfd", "new-tone", "tcvn3"} {
		b.Run(form, func(b *testing.B) {
			src := benchInput(b, form)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Bytes(src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkOrigSpan(b *testing.B) {
	text, err := Bytes(benchInput(b, "tcvn3"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	n := len(text.Norm)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		i = (i + 4099) % n
		text.OrigSpan(i, min(i+20, n))
	}
}

func BenchmarkFold(b *testing.B) {
	src := string(benchInput(b, "nfc")[:4096])
	buf := make([]byte, 0, 2*len(src))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		buf = AppendFold(buf[:0], src)
	}
}
