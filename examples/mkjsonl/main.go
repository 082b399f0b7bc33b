// Makes a JSON Lines stream of articles for vnie --jsonl from text files:
// N lines {"id": "NAME#K", "text": ...}, cycling through the files. Use it
// to try or measure batch runs on a stream of any length.
//
//	go run ./examples/mkjsonl -n 100000 testdata/seeds/*.txt > /tmp/stream.jsonl
//	vnie --jsonl -j 2 /tmp/stream.jsonl > /tmp/out.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
)

func main() {
	n := flag.Int("n", 1000, "number of lines to write")
	flag.Parse()
	if flag.NArg() == 0 {
		log.Fatal("usage: mkjsonl [-n N] FILE.txt...")
	}
	type article struct{ name, text string }
	var arts []article
	for _, p := range flag.Args() {
		b, err := os.ReadFile(p)
		if err != nil {
			log.Fatal(err)
		}
		arts = append(arts, article{filepath.Base(p), string(b)})
	}
	w := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(w) // one object and a newline per Encode
	enc.SetEscapeHTML(false)
	for i := range *n {
		a := arts[i%len(arts)]
		line := struct {
			ID   string `json:"id"`
			Text string `json:"text"`
		}{fmt.Sprintf("%s#%d", a.name, i), a.text}
		if err := enc.Encode(line); err != nil {
			log.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
}
