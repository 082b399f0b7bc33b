package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// seedAnnotation is the reduced Article of testdata/seeds/*.expected.json:
// the hand annotation of what a perfect extractor returns.
type seedAnnotation struct {
	Title     string         `json:"title"`
	Published string         `json:"published"`
	Authors   []string       `json:"authors"`
	Documents []seedDocument `json:"documents"`
	Dates     []string       `json:"dates"`
	Officials []seedOfficial `json:"officials"`
	Counts    []seedCount    `json:"counts"`
}

type seedDocument struct {
	ID          string `json:"id"`
	TypeName    string `json:"type_name"`
	Number      string `json:"number"`
	Issued      string `json:"issued"`
	IssuingBody string `json:"issuing_body"`
}

type seedOfficial struct {
	Name   string   `json:"name"`
	Titles []string `json:"titles"`
}

type seedCount struct {
	Kind      string `json:"kind"`
	Value     int    `json:"value"`
	Qualifier string `json:"qualifier"`
}

// seedCase is one seed article with its annotation.
type seedCase struct {
	name string // base name, without extension
	src  []byte
	want seedAnnotation
}

// loadSeeds reads the seed articles and their annotations from
// ../testdata/seeds.
func loadSeeds(t testing.TB) []seedCase {
	t.Helper()
	paths, err := filepath.Glob("../testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var cases []seedCase
	for _, p := range paths {
		c := seedCase{name: strings.TrimSuffix(filepath.Base(p), ".txt")}
		if c.src, err = os.ReadFile(p); err != nil {
			t.Fatal(err)
		}
		raw, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".expected.json")
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(raw, &c.want); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		cases = append(cases, c)
	}
	return cases
}

// doc normalizes and tokenizes the seed.
func (c seedCase) doc(t testing.TB) *Doc {
	t.Helper()
	nt, err := normalize.Bytes(c.src, normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return NewDoc(&nt)
}

// checkSpan reports a span that does not cut text out of src.
func checkSpan(t testing.TB, src []byte, text string, sp schema.Span) {
	t.Helper()
	if sp[0] < 0 || sp[0] > sp[1] || sp[1] > len(src) {
		t.Errorf("span %v of %+q out of bounds", sp, text)
		return
	}
	if s := string(src[sp[0]:sp[1]]); s != text {
		t.Errorf("src[%d:%d] = %+q, text %+q", sp[0], sp[1], s, text)
	}
}
