package vnie_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/vnie/vnie"
	"github.com/vnie/vnie/internal/golden"
	"github.com/vnie/vnie/schema"
)

// seedNames returns the base names of the seed articles in testdata/seeds.
func seedNames(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("testdata/seeds/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles in testdata/seeds: %v", err)
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		names[i] = strings.TrimSuffix(filepath.Base(p), ".txt")
	}
	return names
}

func readSeed(t testing.TB, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("testdata/seeds", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func marshal(t testing.TB, a *schema.Article) []byte {
	t.Helper()
	var buf bytes.Buffer
	e := json.NewEncoder(&buf)
	e.SetEscapeHTML(false)
	e.SetIndent("", "  ")
	if err := e.Encode(a); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestSeedsGolden compares the full output on each seed article with its
// golden file, and checks the span invariants and determinism.
func TestSeedsGolden(t *testing.T) {
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			src := readSeed(t, name)
			a, err := vnie.Extract(src, vnie.Options{Source: name + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			got := marshal(t, a)
			CheckSpans(t, src, a)
			again, err := vnie.Extract(src, vnie.Options{Source: name + ".txt"})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, marshal(t, again)) {
				t.Error("a second run gives a different result")
			}
			golden.Check(t, filepath.Join("testdata/seeds", name+".golden.json"), got)
		})
	}
}

// CheckSpans checks that every span of a is in bounds and that
// src[start:end] == text, and that dates and counts are in text order.
func CheckSpans(t testing.TB, src []byte, a *schema.Article) {
	t.Helper()
	check := func(what, text string, sp schema.Span) {
		t.Helper()
		if sp[0] < 0 || sp[0] > sp[1] || sp[1] > len(src) {
			t.Errorf("%s %+q: span %v out of bounds (len %d)", what, text, sp, len(src))
			return
		}
		if got := string(src[sp[0]:sp[1]]); got != text {
			t.Errorf("%s: src[%d:%d] = %+q, text = %+q", what, sp[0], sp[1], got, text)
		}
	}
	for _, d := range a.Documents {
		for _, m := range d.Mentions {
			check("document "+d.ID, m.Text, m.Span)
		}
	}
	last := 0
	for _, d := range a.Dates {
		check("date", d.Text, d.Span)
		if d.Span[0] < last {
			t.Errorf("date %+q at %v is out of text order", d.Text, d.Span)
		}
		last = d.Span[0]
	}
	for _, o := range a.Officials {
		for _, m := range o.Mentions {
			check("official "+o.Name, m.Text, m.Span)
		}
	}
	last = 0
	for _, c := range a.Counts {
		check("count", c.Text, c.Span)
		if c.Span[0] < last {
			t.Errorf("count %+q at %v is out of text order", c.Text, c.Span)
		}
		last = c.Span[0]
	}
}

// annotation is the reduced form of an Article used by the hand
// annotations in testdata/seeds/*.expected.json.
type annotation struct {
	Title     string   `json:"title"`
	Published string   `json:"published"`
	Authors   []string `json:"authors"`
	Documents []struct {
		ID          string `json:"id"`
		TypeName    string `json:"type_name"`
		Number      string `json:"number"`
		Issued      string `json:"issued"`
		IssuingBody string `json:"issuing_body"`
	} `json:"documents"`
	Dates     []string `json:"dates"`
	Officials []struct {
		Name   string   `json:"name"`
		Titles []string `json:"titles"`
	} `json:"officials"`
	Counts []struct {
		Kind      string `json:"kind"`
		Value     int    `json:"value"`
		Qualifier string `json:"qualifier"`
	} `json:"counts"`
}

// reduce turns a full Article into the annotation form: documents and
// officials in order of first mention, date values without repeats in text
// order, counts in text order.
func reduce(a *schema.Article) annotation {
	var r annotation
	raw, _ := json.Marshal(a)
	_ = json.Unmarshal(raw, &r) // fills the fields with the same names
	r.Dates = nil
	seen := map[string]bool{}
	for _, d := range a.Dates {
		if !seen[d.Value] {
			seen[d.Value] = true
			r.Dates = append(r.Dates, d.Value)
		}
	}
	r.Officials = r.Officials[:0]
	for _, o := range a.Officials {
		titles := []string{}
		for _, ti := range o.Titles {
			titles = append(titles, ti.Text)
		}
		r.Officials = append(r.Officials, struct {
			Name   string   `json:"name"`
			Titles []string `json:"titles"`
		}{o.Name, titles})
	}
	return r
}

// checkedFields are the annotation fields whose extractors are built; each
// must agree exactly with the hand annotations on every seed.
var checkedFields = []string{"title", "published", "authors", "documents", "dates", "officials", "counts"}

// TestSeedsAgainstAnnotations compares the output on each seed with the
// hand annotations, field by field.
func TestSeedsAgainstAnnotations(t *testing.T) {
	for _, name := range seedNames(t) {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata/seeds", name+".expected.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want annotation
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			a, err := vnie.Extract(readSeed(t, name), vnie.Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := reduce(a)
			for _, f := range checkedFields {
				var w, g any
				switch f {
				case "title":
					w, g = want.Title, got.Title
				case "published":
					w, g = want.Published, got.Published
				case "authors":
					w, g = want.Authors, got.Authors
				case "documents":
					w, g = want.Documents, got.Documents
				case "dates":
					w, g = want.Dates, got.Dates
				case "officials":
					w, g = want.Officials, got.Officials
				case "counts":
					w, g = want.Counts, got.Counts
				default:
					t.Fatalf("unknown field %q", f)
				}
				if diff := cmp.Diff(w, g, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("%s differ from the annotation (-want +got):\n%s", f, diff)
				}
			}
		})
	}
}
