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
	// exact holds the phrases by their lower-case keys, folded by their
	// folded keys; each also holds every proper prefix of a phrase, marked
	// as the start of a longer one, so that a match walks forward token
	// by token and stops as soon as no phrase continues.
	exact, folded keyTable[V]
	// firsts has the bit foldHash of the folded first word of every phrase
	// set: a token whose bit is clear starts no phrase, and costs no table
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

// foldHash hashes a token's folded key: a polynomial hash of its bytes
// (h = h*foldPrime + b, from 0), then mixed by foldMix so that the low
// bits, which firstSet and keyTable use, depend on every byte. The
// tokenizer computes it as it reads the token; a polynomial hash lets it
// add a rune's folded bytes in one step (runeClass.foldPow, foldAdd).
func foldHash(b []byte) uint32 {
	var h uint32
	for _, c := range b {
		h = h*foldPrime + uint32(c)
	}
	return foldMix(h)
}

// foldPrime is the multiplier of foldHash (the 32-bit FNV prime).
const foldPrime = 16777619

// foldMix is the final mix of murmur3's 32-bit hash.
func foldMix(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85EBCA6B
	h ^= h >> 13
	h *= 0xC2B2AE35
	h ^= h >> 16
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
	var exact, folded keyBuilder[V]
	x := &Lexicon[V]{}
	for _, e := range entries {
		t, err := normalize.Bytes([]byte(e.Phrase), normalize.Options{})
		if err != nil {
			panic("extract: lexicon phrase " + e.Phrase + ": " + err.Error())
		}
		d := NewDoc(&t)
		if len(d.Toks) == 0 {
			continue
		}
		d.ensureFold()
		fhs := make([]uint32, len(d.Toks))
		for k := range d.Toks {
			fhs[k] = d.Toks[k].fh
		}
		exact.add(string(d.lower), fhs, func(n int) string { return string(d.lower[:d.lowerEnd(n-1)]) }, e.Value)
		folded.add(string(d.fold), fhs, func(n int) string { return string(d.fold[:d.foldEnd(n-1)]) }, e.Value)
		x.firsts.add(d.Toks[0].fh)
	}
	x.exact, x.folded = exact.table(), folded.table()
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
//
// Most tokens start no phrase; Match turns them away with one bit test
// (see mayStart for the hot paths: Match is not inlined).
func (x *Lexicon[V]) Match(d *Doc, i int) (v V, n int, ok bool) {
	if i < 0 || i >= len(d.Toks) || !x.firsts.has(d.Toks[i].fh) {
		return v, 0, false
	}
	return x.matchAt(d, i)
}

// mayStart reports whether token i of d may start a phrase of x (its
// first word's bit is set in firsts): the inlined test before Match on a
// hot path, for Match itself is too big to be inlined. i must be a token
// of d.
func (x *Lexicon[V]) mayStart(d *Doc, i int) bool { return x.firsts.has(d.Toks[i].fh) }

// matchAt is Match for a token i of d that may start a phrase.
func (x *Lexicon[V]) matchAt(d *Doc, i int) (v V, n int, ok bool) {
	v, n, ok = x.match(d, i, false)
	if !d.Unaccented {
		return v, n, ok
	}
	// Unaccented text: the folded keys may find a longer phrase.
	if fv, fn, fok := x.match(d, i, true); fok && fn > n {
		return fv, fn, true
	}
	return v, n, ok
}

// match walks the phrases that start at token i, by lower-case keys or,
// when folded, by folded keys, and returns the longest. i must be a
// token of d.
func (x *Lexicon[V]) match(d *Doc, i int, folded bool) (v V, n int, ok bool) {
	first := &d.Toks[i]
	if !x.firsts.has(first.fh) {
		return v, 0, false
	}
	if folded && !d.foldBuilt {
		return x.matchFoldedKeys(d, i)
	}
	tbl, buf, lo := &x.exact, d.lower, first.lo
	if folded {
		tbl, buf, lo = &x.folded, d.fold, d.foldStarts[i]
	}
	var h uint32
	for k := i; k < len(d.Toks); k++ {
		t := &d.Toks[k]
		if k > i && t.Flags&LineStart != 0 {
			break // a phrase does not cross a line break
		}
		h = chainHash(h, t.fh)
		end := d.lowerEnd(k)
		if folded {
			end = d.foldEnd(k)
		}
		s := tbl.find(h, buf[lo:end])
		if s == nil {
			break
		}
		if s.has {
			v, n, ok = tbl.value(s), k-i+1, true
		}
		if !s.more {
			break
		}
	}
	return v, n, ok
}

// matchFoldedKeys is match on folded keys for a Doc whose folded keys
// are not built (an accented text, where only a few lexicons, such as
// portal furniture, are matched on folded keys): the keys of the phrase's
// tokens are folded into a buffer on the stack as the walk goes, and the
// Doc's are not built for so little. It is a loop of its own, not a case
// of match's: the stack buffer and the extra branch cost match, on the
// hot path, a percent of a run.
func (x *Lexicon[V]) matchFoldedKeys(d *Doc, i int) (v V, n int, ok bool) {
	var buf [96]byte
	key := buf[:0]
	var h uint32
	for k := i; k < len(d.Toks); k++ {
		t := &d.Toks[k]
		if k > i {
			if t.Flags&LineStart != 0 {
				break // a phrase does not cross a line break
			}
			key = append(key, ' ')
		}
		h = chainHash(h, t.fh)
		key = d.appendFold(key, k)
		s := x.folded.find(h, key)
		if s == nil {
			break
		}
		if s.has {
			v, n, ok = x.folded.value(s), k-i+1, true
		}
		if !s.more {
			break
		}
	}
	return v, n, ok
}

// Mention returns the Mention of tokens [i, j).
func (d *Doc) Mention(i, j int) schema.Mention {
	return schema.Mention{Text: d.Surface(i, j), Span: d.Span(i, j)}
}

// Value returns the normalized text of tokens [i, j) with every run of
// white space made one space: the form for values such as names and titles.
func (d *Doc) Value(i, j int) string {
	s := d.Text(i, j)
	// The gaps between the tokens, not every byte: only white space lies
	// between two tokens, and a gap other than one space is a run to make
	// one space.
	for k := i + 1; k < j; k++ {
		if a, b := d.Toks[k-1].End, d.Toks[k].Start; b > a && (b-a > 1 || d.S[a] != ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}
