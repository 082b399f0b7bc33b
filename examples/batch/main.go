// A directory → JSON Lines with the library: every *.txt file under DIR is
// extracted by a pool of workers, and the Articles are printed one per
// line in the order of the walk, whatever order the workers finish in.
// (The vnie command does the same: vnie DIR.)
//
//	go run ./examples/batch testdata/seeds > seeds.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/vnie/vnie"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: batch DIR")
	}
	workers := runtime.GOMAXPROCS(0)
	// One channel per article, queued in walk order. The queue's capacity
	// bounds the articles in flight, so memory stays flat on any corpus.
	queue := make(chan chan []byte, 4*workers)
	sem := make(chan struct{}, workers) // at most workers extracting at once
	go func() {
		defer close(queue)
		err := filepath.WalkDir(os.Args[1], func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return err
			}
			out := make(chan []byte, 1)
			queue <- out
			sem <- struct{}{}
			go func() {
				defer func() { <-sem }()
				out <- extract(path)
			}()
			return nil
		})
		if err != nil {
			log.Print(err)
		}
	}()
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for out := range queue {
		w.Write(<-out)
	}
}

// extract returns the JSON line of one file: its Article, or
// {"source": ..., "error": ...} when it cannot be read or decoded.
func extract(path string) []byte {
	var v any
	src, err := os.ReadFile(path)
	if err == nil {
		v, err = vnie.Extract(src, vnie.Options{Source: path})
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
		v = failure{path, err.Error()}
	}
	line, err := json.Marshal(v)
	if err != nil {
		log.Fatal(err)
	}
	return append(line, '\n')
}

// failure is the output line of an article that failed.
type failure struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}
