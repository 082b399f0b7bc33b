package extract

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestStartsCover checks, on every test text of the repo and on texts
// written for the lists' edges, that the start lists hold every token
// where an extractor's own test would let a match start: the lists may
// only skip tokens the extractors would turn away.
func TestStartsCover(t *testing.T) {
	paths, err := filepath.Glob("../testdata/*/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test texts: %v", err)
	}
	texts := map[string]string{
		"parenthesis": "Kỷ niệm (26/3/1931-26/3/2021), ngày (1 - 8/6).",
		"numerals":    "Hơn hai nghìn đoàn viên và ba vạn người dự; gần một triệu lượt.",
		"unaccented":  "Sang 3-1, dong chi Nguyen Van A, Bi thu Tinh uy, chu tri hoi nghi theo Nghi quyet so 52-NQ/TW.",
		"lower":       "đồng chí Lê Văn Bình, nguyên Phó Chủ tịch; ông Trần Văn Cường dự.",
		"empty":       "",
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts[p] = string(b)
	}
	for name, text := range texts {
		d := newTestDoc(t, text)
		s := d.starts()
		inKeyed := listSet(t, name, "keyed", s.keyed, len(d.Toks))
		inNamed := listSet(t, name, "named", s.named, len(d.Toks))
		for i := range d.Toks {
			tok := &d.Toks[i]
			if !inKeyed[i] {
				// Dates, Counts and Documents stop at nothing here.
				_, _, numeral := numerals.Match(d, i)
				if dateStart(d, i) || tok.Kind == Number || tok.Kind == Word && (numeral || typeWords.firsts.has(tok.fh)) {
					t.Errorf("%s: token %d %+q starts a date, count or document but is not in keyed", name, i, d.Tok(i))
				}
			}
			if !inNamed[i] && tok.Kind == Word && (tok.Flags&Upper != 0 || mayStartLower(d, i)) {
				t.Errorf("%s: token %d %+q may start an official's mention but is not in named", name, i, d.Tok(i))
			}
		}
		var lines []int32
		for i := range d.Toks {
			if i == 0 || d.Toks[i].Flags&LineStart != 0 {
				lines = append(lines, int32(i))
			}
		}
		if !slices.Equal(s.lines, lines) {
			t.Errorf("%s: lines = %v, want the line starts %v", name, s.lines, lines)
		}
		if s2 := d.starts(); s2 != s || len(s2.keyed) != len(s.keyed) {
			t.Errorf("%s: starts built twice", name)
		}
	}
}

// listSet checks that list holds token indexes in increasing order, and
// returns them as a set.
func listSet(t *testing.T, name, list string, l []int32, n int) []bool {
	t.Helper()
	in := make([]bool, n)
	for k, i := range l {
		if i < 0 || int(i) >= n || k > 0 && i <= l[k-1] {
			t.Fatalf("%s: %s[%d] = %d, out of order or range (%d tokens)", name, list, k, i, n)
		}
		in[i] = true
	}
	return in
}

// TestStartsSkip checks what the lists leave out: punctuation other than
// an opening parenthesis, numbers from named, and most plain words (the
// word sets are bit sets, so a few other words pass them). It also checks
// the tokens they must hold in a sentence of the genre.
func TestStartsSkip(t *testing.T) {
	d := newTestDoc(t, "Sáng 5-1, đồng chí Lê Văn Bình (Chủ tịch UBND) dự hội nghị, các đại biểu thảo luận sôi nổi, thẳng thắn về nhiều vấn đề của địa phương.")
	s := d.starts()
	var keyed, named []string
	for _, i := range s.keyed {
		tok := &d.Toks[i]
		if tok.Kind == Punct && d.Tok(int(i)) != "(" {
			t.Errorf("keyed holds the punctuation %+q", d.Tok(int(i)))
		}
		keyed = append(keyed, d.Tok(int(i)))
	}
	for _, i := range s.named {
		if d.Toks[i].Kind != Word {
			t.Errorf("named holds the non-word %+q", d.Tok(int(i)))
		}
		named = append(named, d.Tok(int(i)))
	}
	for _, w := range []string{"Sáng", "5", "1", "("} {
		if !slices.Contains(keyed, w) {
			t.Errorf("keyed = %+q, lacks %+q", keyed, w)
		}
	}
	for _, w := range []string{"Sáng", "đồng", "Lê", "Văn", "Bình", "Chủ", "UBND"} {
		if !slices.Contains(named, w) {
			t.Errorf("named = %+q, lacks %+q", named, w)
		}
	}
	// Words that start no date, count, document or mention.
	for _, w := range []string{"thảo", "luận", "sôi", "nổi"} {
		if slices.Contains(keyed, w) || slices.Contains(named, w) {
			t.Errorf("keyed %+q or named %+q holds the plain word %+q", keyed, named, w)
		}
	}
}
