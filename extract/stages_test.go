package extract

import (
	"testing"

	"github.com/vnie/vnie/normalize"
)

// BenchmarkStages splits the pipeline's cost on the seeds (joined into one
// text): normalize, tokenize, then each extractor on a prepared Doc (the
// extractors before it having run, as in the pipeline). Compare the MB/s
// of the stages to find where time goes.
func BenchmarkStages(b *testing.B) {
	var all []byte
	for _, c := range loadSeeds(b) {
		all = append(append(all, c.src...), "\n\n"...)
		b.Run(c.name, func(b *testing.B) { benchmarkStages(b, c.src) })
	}
	b.Run("all", func(b *testing.B) { benchmarkStages(b, all) })
}

func benchmarkStages(b *testing.B, src []byte) {
	text, err := normalize.Bytes(src, normalize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("normalize", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			_, _ = normalize.Bytes(src, normalize.Options{})
		}
	})
	b.Run("tokenize", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		b.ReportAllocs()
		for b.Loop() {
			NewDoc(&text).Release()
		}
	})
	stages := []struct {
		name string
		run  func(*Doc)
	}{
		{"meta", func(d *Doc) { ArticleMeta(d) }},
		{"documents", func(d *Doc) { Documents(d) }},
		{"dates", func(d *Doc) { Dates(d) }},
		{"counts", func(d *Doc) { Counts(d) }},
		{"officials", func(d *Doc) { Officials(d) }},
	}
	for k, st := range stages {
		d := NewDoc(&text)
		for _, before := range stages[:k] {
			before.run(d)
		}
		flags := make([]Flags, len(d.Toks))
		for i := range d.Toks {
			flags[i] = d.Toks[i].Flags
		}
		b.Run(st.name, func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				for i := range d.Toks {
					d.Toks[i].Flags = flags[i]
				}
				st.run(d)
			}
		})
	}
}
