// Package bench compares vnie with a plain NFC pass (the floor any
// Unicode-correct pipeline pays) and with go-dateparser's search in
// Vietnamese, side by side on the same corpus. It is a module of its own so
// that the library never depends on its peers.
//
//	cd bench && go test -run '^$' -bench . -count 6 | tee new.txt && benchstat new.txt
package bench

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	dps "github.com/markusmobius/go-dateparser"
	"golang.org/x/text/unicode/norm"

	"github.com/vnie/vnie"
)

var corpusMB = flag.Float64("corpus-mb", 2, "size of the benchmark corpus in MB (articles repeated)")

// corpus returns the seed articles and the command's sample article,
// repeated until they hold about corpusMB megabytes.
func corpus(b *testing.B) [][]byte {
	b.Helper()
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	paths = append(paths, "../cmd/vnie/sample.txt")
	var articles [][]byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		articles = append(articles, src)
	}
	var out [][]byte
	total := 0
	for total < int(*corpusMB*(1<<20)) {
		for _, a := range articles {
			out = append(out, a)
			total += len(a)
		}
	}
	return out
}

func size(c [][]byte) int64 {
	n := 0
	for _, a := range c {
		n += len(a)
	}
	return int64(n)
}

// run benchmarks fn over every article of the corpus per iteration and
// reports ns and allocations per article beside the standard columns.
func run(b *testing.B, c [][]byte, fn func([]byte)) {
	b.SetBytes(size(c))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range c {
			fn(a)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(c)), "ns/article")
}

func BenchmarkCorpus(b *testing.B) {
	c := corpus(b)
	b.Run("NFC", func(b *testing.B) {
		run(b, c, func(a []byte) { _ = norm.NFC.String(string(a)) })
	})
	b.Run("vnie", func(b *testing.B) {
		run(b, c, func(a []byte) {
			if _, err := vnie.Extract(a, vnie.Options{}); err != nil {
				b.Fatal(err)
			}
		})
	})
	b.Run("dateparser", func(b *testing.B) {
		cfg := &dps.Configuration{Languages: []string{"vi"}}
		// go-dateparser is about two orders of magnitude slower: one pass
		// over the distinct articles is enough for a stable figure.
		distinct := c[:min(len(c), 6)]
		run(b, distinct, func(a []byte) {
			_, _, _ = dps.Search(cfg, string(a))
		})
	})
}
