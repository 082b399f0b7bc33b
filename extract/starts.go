package extract

import "slices"

// Where a match may start.
//
// Every extractor walks the tokens looking for the first token of a match
// and turns most tokens away with a cheap test of its own (a kind, a flag,
// a bit of a lexicon's first words). Walking all the tokens in every
// extractor cost more than those tests: a fifth of a run went into loop
// heads. So the Doc lists, once and in one pass, the tokens that pass the
// union of those tests, and each extractor walks its list, still applying
// its own test. A list is a superset of the tokens an extractor would
// stop at: nothing changes but the tokens skipped (TestStartsCover checks
// it on every test text).

// startLists are the lists of a Doc, token indexes in increasing order.
type startLists struct {
	// keyed: Numbers, opening parentheses, and words that may start a
	// phrase of dateWords, numerals or typeWords: where a date, a count
	// or a document reference may start (Dates, Counts, Documents).
	keyed []int32
	// named: capitalized words, and words that may start an honorific or
	// a position's modifier in lower case (lexIndex.lowFilter): where an
	// official's mention may start (Officials).
	named []int32
	// lines: the first token of each line (LineStart), token 0 first,
	// for the extractors that read the text line by line.
	lines []int32
	built bool
}

// startBits has, for each value of a token's fold hash modulo its length
// (as firstSet.has reads it), bit startKeyed if a first word of
// dateWords, numerals or typeWords has that hash, and bit startNamed if a
// first word of the lower-case lexicons of Officials has it
// (lexIndex.lowFilter, whose bit h%65536 lands on h%4096). One table,
// one load a word.
var startBits = func() (t [firstSetBits]uint8) {
	for _, s := range []*firstSet{&dateWords.firsts, &numerals.firsts, &typeWords.firsts} {
		for h := range t {
			if s.has(uint32(h)) {
				t[h] |= startKeyed
			}
		}
	}
	w := &lexIndex.lowFilter
	for h := range t {
		for k := h / 64; k < len(w); k += firstSetBits / 64 {
			if w[k]&(1<<(h%64)) != 0 {
				t[h] |= startNamed
			}
		}
	}
	return t
}()

const (
	startKeyed = 1 << iota
	startNamed
)

// starts shifts startNamed onto Upper: they must stay 2 and 1 (this fails
// to compile otherwise).
var _ = [1]struct{}{}[startNamed-2+Upper-1]

// lineStartShift is the bit of LineStart in Flags.
const lineStartShift = 4

var _ = [1]struct{}{}[LineStart-1<<lineStartShift]

// lineEnd returns the token just past the line of token i, on the line
// list of d's start lists, from line li on (li is where the last call
// left it: the calls go forward). It returns the new li too.
func (s *startLists) lineEnd(i, li, ntoks int) (end, nextLi int) {
	for li < len(s.lines) && int(s.lines[li]) <= i {
		li++
	}
	if li == len(s.lines) {
		return ntoks, li
	}
	return int(s.lines[li]), li
}

// starts returns the Doc's start lists, built on first use.
func (d *Doc) starts() *startLists {
	s := &d.startAt
	if s.built {
		return s
	}
	s.built = true
	// Every token is written to both lists, and kept by moving a list's
	// count: no append, whose capacity test and call cost more than the
	// store.
	toks := d.Toks
	keyed := slices.Grow(s.keyed[:0], len(toks))[:len(toks)]
	named := slices.Grow(s.named[:0], len(toks))[:len(toks)]
	lines := slices.Grow(s.lines[:0], len(toks)+1)[:len(toks)+1]
	nk, nn, nl := 0, 0, 0
	for k := range toks {
		t := &toks[k]
		keyed[nk], named[nn], lines[nl] = int32(k), int32(k), int32(k)
		nl += int(t.Flags>>lineStartShift) & 1
		if t.Kind == Word {
			b := startBits[t.fh%firstSetBits]
			nk += int(b & startKeyed)
			nn += int((b>>1 | uint8(t.Flags&Upper)) & 1)
		} else if t.Kind == Number || d.S[t.Start] == '(' {
			nk++
		}
	}
	s.lines = lines[:nl]
	if len(toks) > 0 && toks[0].Flags&LineStart == 0 {
		// The tokenizer marks the first token so; a line starts the
		// text whatever the flags say.
		s.lines = slices.Insert(s.lines, 0, 0)
	}
	s.keyed, s.named = keyed[:nk], named[:nn]
	return s
}
