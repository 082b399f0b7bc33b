package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// seedStream returns n JSON Lines {"id", "text"} cycling through the seed
// articles.
func seedStream(tb testing.TB, n int) []byte {
	tb.Helper()
	paths, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(paths) == 0 {
		tb.Fatal("no seeds")
	}
	var texts []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var buf bytes.Buffer
	for i := range n {
		line, _ := json.Marshal(map[string]string{"id": strconv.Itoa(i), "text": texts[i%len(texts)]})
		buf.Write(line)
		buf.WriteByte('\n')
	}
	return buf.Bytes()
}

// BenchmarkJSONLines runs the command on a stream of seed articles with
// one worker and with one per CPU; MB/s is of the input stream.
func BenchmarkJSONLines(b *testing.B) {
	stream := seedStream(b, 500)
	for _, j := range []int{1, 2, 4} {
		b.Run("j"+strconv.Itoa(j), func(b *testing.B) {
			b.SetBytes(int64(len(stream)))
			b.ReportAllocs()
			for b.Loop() {
				e := env{stdin: bytes.NewReader(stream), stdout: io.Discard, stderr: io.Discard}
				if code := run([]string{"--jsonl", "-j", strconv.Itoa(j)}, e); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}

// BenchmarkParseLine measures the JSON Lines parsing of one seed line.
func BenchmarkParseLine(b *testing.B) {
	line := bytes.SplitN(seedStream(b, 1), []byte("\n"), 2)[0]
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseLine(line); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPipelineSleep runs the pipeline on jobs that each wait 1 ms
// instead of computing, so the result does not depend on how many cores
// are free: ns/op should fall as 1/workers, showing that the producer and
// the ordered writer serialize nothing.
func BenchmarkPipelineSleep(b *testing.B) {
	const jobs = 64
	for _, j := range []int{1, 2, 4} {
		b.Run("j"+strconv.Itoa(j), func(b *testing.B) {
			for b.Loop() {
				produce := func(emit func(job) bool) {
					for range jobs {
						emit(job{items: []item{{}}})
					}
				}
				handle := func(jb job) result {
					time.Sleep(time.Millisecond)
					return result{seq: jb.seq}
				}
				nop := func() error { return nil }
				if err := pipeline(context.Background(), j, windowPerWorker*j, produce, handle, func(result) error { return nil }, nop); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
