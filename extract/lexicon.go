package extract

import (
	"strings"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// Lexicon maps phrases (sequences of tokens) to values. It is built once
// from a literal list and read-only afterwards, so safe for concurrent use.
// Phrases are compared token by token in lower case (old-style tone marks),
// so spacing and case do not matter; in an unaccented Doc they are compared
// by their folded keys.
type Lexicon[V any] struct {
	exact, folded map[string]V
	// longest holds, for each key of a first token, the most tokens an
	// entry starting with it has.
	longestExact, longestFolded map[string]int
	// firsts has the bit foldHash of the folded first word of every phrase
	// set: a token whose bit is clear starts no phrase, and costs no map
	// lookup.
	firsts firstSet
}

// firstSet is a set of folded first words, by their foldHash modulo its
// size in bits; it may answer yes for a word it lacks, never no for a word
// it holds.
type firstSet [firstSetBits / 64]uint64

const firstSetBits = 4096

func (f *firstSet) add(h uint32)      { f[h%firstSetBits/64] |= 1 << (h % 64) }
func (f *firstSet) has(h uint32) bool { return f[h%firstSetBits/64]&(1<<(h%64)) != 0 }

// foldHash is FNV-1a of a token's folded key.
func foldHash(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// Entry is one phrase of a Lexicon and its value.
type Entry[V any] struct {
	Phrase string
	Value  V
}

// NewLexicon builds a Lexicon. When two phrases have the same key, the
// first wins.
func NewLexicon[V any](entries []Entry[V]) *Lexicon[V] {
	x := &Lexicon[V]{
		exact: map[string]V{}, folded: map[string]V{},
		longestExact: map[string]int{}, longestFolded: map[string]int{},
	}
	for _, e := range entries {
		t, err := normalize.Bytes([]byte(e.Phrase), normalize.Options{})
		if err != nil {
			panic("extract: lexicon phrase " + e.Phrase + ": " + err.Error())
		}
		d := NewDoc(&t)
		if len(d.Toks) == 0 {
			continue
		}
		n := len(d.Toks)
		add := func(m map[string]V, longest map[string]int, key, first string) {
			if _, dup := m[key]; !dup {
				m[key] = e.Value
			}
			longest[first] = max(longest[first], n)
		}
		add(x.exact, x.longestExact, string(d.lower), d.Lower(0))
		add(x.folded, x.longestFolded, string(d.fold), d.Fold(0))
		x.firsts.add(d.Toks[0].fh)
	}
	return x
}

// NewSet builds a Lexicon of phrases whose value is the phrase itself.
func NewSet(phrases ...string) *Lexicon[string] {
	es := make([]Entry[string], len(phrases))
	for i, p := range phrases {
		es[i] = Entry[string]{p, p}
	}
	return NewLexicon(es)
}

// Match returns the value of the longest phrase that starts at token i and
// does not cross a line break, and how many tokens it covers.
func (x *Lexicon[V]) Match(d *Doc, i int) (v V, n int, ok bool) {
	if i < 0 || i >= len(d.Toks) {
		return v, 0, false
	}
	v, n, ok = x.match(d, i, d.lower, x.exact, x.longestExact, d.Toks[i].lo, d.Toks[i].lhi, false)
	if !d.Unaccented {
		return v, n, ok
	}
	// Unaccented text: the folded keys may find a longer phrase.
	if fv, fn, fok := x.match(d, i, d.fold, x.folded, x.longestFolded, d.Toks[i].fo, d.Toks[i].fhi, true); fok && fn > n {
		return fv, fn, true
	}
	return v, n, ok
}

func (x *Lexicon[V]) match(d *Doc, i int, buf []byte, m map[string]V, longest map[string]int, lo, hi int32, folded bool) (v V, n int, ok bool) {
	if !x.firsts.has(d.Toks[i].fh) {
		return v, 0, false
	}
	most, found := longest[string(buf[lo:hi])]
	if !found {
		return v, 0, false
	}
	// Stop at a line break.
	limit := 1
	for limit < most && i+limit < len(d.Toks) && d.Toks[i+limit].Flags&LineStart == 0 {
		limit++
	}
	for n = limit; n >= 1; n-- {
		last := &d.Toks[i+n-1]
		end := last.lhi
		if folded {
			end = last.fhi
		}
		if v, ok = m[string(buf[lo:end])]; ok {
			return v, n, true
		}
	}
	return v, 0, false
}

// Mention returns the Mention of tokens [i, j).
func (d *Doc) Mention(i, j int) schema.Mention {
	return schema.Mention{Text: d.Surface(i, j), Span: d.Span(i, j)}
}

// Value returns the normalized text of tokens [i, j) with every run of
// white space made one space: the form for values such as names and titles.
func (d *Doc) Value(i, j int) string {
	s := d.Text(i, j)
	if strings.Contains(s, "  ") || strings.ContainsAny(s, "\n\t\r") {
		return strings.Join(strings.Fields(s), " ")
	}
	return s
}
