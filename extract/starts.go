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

// startLists are the two lists of a Doc, token indexes in increasing order.
type startLists struct {
	// keyed: Numbers, opening parentheses, and words that may start a
	// phrase of dateWords, numerals or typeWords: where a date, a count
	// or a document reference may start (Dates, Counts, Documents).
	keyed []int32
	// named: capitalized words, and words that may start an honorific or
	// a position's modifier in lower case (lexIndex.lowFilter): where an
	// official's mention may start (Officials).
	named []int32
	built bool
}

// keyedWords is the union of the first-word sets of dateWords, numerals
// and typeWords: the words that enter startLists.keyed.
var keyedWords = func() (f firstSet) {
	for _, s := range []*firstSet{&dateWords.firsts, &numerals.firsts, &typeWords.firsts} {
		for k := range f {
			f[k] |= s[k]
		}
	}
	return f
}()

// namedWords is lexIndex.lowFilter folded into a firstSet: bit h%65536 of
// the filter lands on bit h%4096, which is where firstSet.has looks.
var namedWords = func() (f firstSet) {
	for k, w := range lexIndex.lowFilter {
		f[k%len(f)] |= w
	}
	return f
}()

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
	nk, nn := 0, 0
	for k := range toks {
		t := &toks[k]
		keyed[nk], named[nn] = int32(k), int32(k)
		switch t.Kind {
		case Word:
			if keyedWords.has(t.fh) {
				nk++
			}
			if t.Flags&Upper != 0 || namedWords.has(t.fh) {
				nn++
			}
		case Number:
			nk++
		default:
			if d.S[t.Start] == '(' {
				nk++
			}
		}
	}
	s.keyed, s.named = keyed[:nk], named[:nn]
	return s
}
