// JSON Lines in, JSON Lines out, as a pipeline in any language would use
// vnie: each input line is {"id": ..., "text": ...}; each output line is
// the Article, with the id as its source. (The vnie command does this in
// parallel, with more checks: vnie --jsonl.)
//
//	printf '{"id":"a1","text":"Sáng 3-1, hội nghị."}\n' | go run ./examples/jsonl
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"log"
	"os"

	"github.com/vnie/vnie"
)

// input is one input line.
type input struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 0, 1<<20), 64<<20) // lines up to 64 MiB
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	for n := 1; in.Scan(); n++ {
		var line input
		if err := json.Unmarshal(in.Bytes(), &line); err != nil {
			fmt.Fprintf(os.Stderr, "line %d: %v\n", n, err)
			enc.Encode(failure{fmt.Sprint("line ", n), err.Error()})
			continue
		}
		a, err := vnie.Extract([]byte(line.Text), vnie.Options{Source: line.ID})
		if err != nil {
			enc.Encode(failure{line.ID, err.Error()})
			continue
		}
		if err := enc.Encode(a); err != nil {
			log.Fatal(err)
		}
	}
	if err := in.Err(); err != nil {
		log.Fatal(err)
	}
}

// failure is the output line of an article that failed.
type failure struct {
	Source string `json:"source"`
	Error  string `json:"error"`
}
