package extract

import (
	"slices"
	"strings"

	"github.com/vnie/vnie/normalize"
)

// The officials extractor consults a dozen lexicons. Rather than look a
// token up in each, it looks it up once in lexIndex, which tells which of
// them have a phrase starting with that token; only those are matched.
// Most tokens start none: a Bloom filter in front of the index, keyed by
// the hash of the folded key that the tokenizer stores in every token,
// turns them away for the cost of one bit test.

// lexBit names one lexicon of the officials extractor.
type lexBit uint16

const (
	bitHonorific lexBit = 1 << iota // honorifics
	bitModifier                     // roleModifiers
	bitRole                         // roleLex
	bitSuffix                       // roleSuffixes
	bitSurname                      // surnames
	bitNameStop                     // nameStops
	bitDegree                       // degrees
	bitHead                         // orgHeads
	bitPlace                        // places
	bitQualifier                    // placeQualifiers
	bitOrgWord                      // orgWords
)

// firstIndex tells, for a token and the one after it, which lexicons have
// a phrase starting with them. A phrase of one token is indexed by its
// key; a longer one by the key of its first token (multi) and of its
// first two (pairs), so that a frequent first word (Trung of Trung ương)
// does not send the scan to every lexicon with a phrase starting with it
// (Trung tướng). Keys are lower-case, and folded for unaccented text.
// filter has the bit foldHash(Fold(key)) set for every first-token key.
type firstIndex struct {
	exact, folded           keyTable[firstBits]
	pairsExact, pairsFolded keyTable[lexBit]
	filter                  [filterWords]uint64
	// lowFilter is the filter of the keys of lowStarts only: the lexicons
	// whose phrases may start with a lower-case word where a mention
	// starts (đồng chí, ông, nguyên).
	lowFilter [filterWords]uint64
}

// firstBits are the lexicons with a phrase of one token (single) and of
// more (multi) starting with a token.
type firstBits struct {
	single, multi lexBit
}

// lowStarts are the lexicons whose phrases start a mention in lower case.
const lowStarts = bitHonorific | bitModifier

// filterWords is the size of firstIndex.filter in 64-bit words: 65536
// bits for some hundreds of keys, so that about 1% of the other words
// pass it.
const filterWords = 1 << 10

// lexIndex indexes the lexicons of the officials extractor.
var lexIndex = func() firstIndex {
	var b indexBuilder
	b.exact, b.folded = map[string]firstBits{}, map[string]firstBits{}
	b.pairsExact, b.pairsFolded = map[string]lexBit{}, map[string]lexBit{}
	x := &b
	addFirst(x, bitHonorific, honorifics)
	addFirst(x, bitModifier, roleModifiers)
	addFirst(x, bitRole, roleLex)
	addFirst(x, bitSuffix, roleSuffixes)
	addFirst(x, bitSurname, surnames)
	addFirst(x, bitNameStop, nameStops)
	addFirst(x, bitDegree, degrees)
	addFirst(x, bitHead, orgHeads)
	addFirst(x, bitPlace, places)
	addFirst(x, bitQualifier, placeQualifiers)
	addFirst(x, bitOrgWord, orgWords)
	var idx firstIndex
	for _, m := range []map[string]firstBits{x.exact, x.folded} {
		for k, b := range m {
			h := foldHash([]byte(normalize.Fold(k)))
			idx.filter[h/64%filterWords] |= 1 << (h % 64)
			if (b.single|b.multi)&lowStarts != 0 {
				idx.lowFilter[h/64%filterWords] |= 1 << (h % 64)
			}
		}
	}
	idx.exact, idx.folded = tableOf(x.exact), tableOf(x.folded)
	idx.pairsExact, idx.pairsFolded = tableOf(x.pairsExact), tableOf(x.pairsFolded)
	return idx
}()

// indexBuilder collects the keys of a firstIndex.
type indexBuilder struct {
	exact, folded           map[string]firstBits
	pairsExact, pairsFolded map[string]lexBit
}

// addFirst indexes the phrases of lex under bit.
func addFirst[V any](x *indexBuilder, bit lexBit, lex *Lexicon[V]) {
	add := func(firsts map[string]firstBits, pairs map[string]lexBit, key string) {
		words := strings.SplitN(key, " ", 3)
		f := firsts[words[0]]
		if len(words) == 1 {
			f.single |= bit
		} else {
			f.multi |= bit
			pairs[words[0]+" "+words[1]] |= bit
		}
		firsts[words[0]] = f
	}
	lex.exact.each(func(k string, _ V) { add(x.exact, x.pairsExact, k) })
	lex.folded.each(func(k string, _ V) { add(x.folded, x.pairsFolded, k) })
}

// mayHave reports whether token t's key may be in the index.
func (x *firstIndex) mayHave(t *Token) bool {
	return x.filter[t.fh/64%filterWords]&(1<<(t.fh%64)) != 0
}

// mayStartLower reports whether token k may start a phrase of lowStarts.
func mayStartLower(d *Doc, k int) bool {
	h := d.Toks[k].fh
	return lexIndex.lowFilter[h/64%filterWords]&(1<<(h%64)) != 0
}

// bitsAt returns the lexicons that may have a phrase starting at token k.
func bitsAt(d *Doc, k int) lexBit {
	b := lookupFirst(d, k, false)
	if d.Unaccented {
		b |= lookupFirst(d, k, true)
	}
	return b
}

// lookupFirst looks token k up by its lower-case key, or by its folded
// key when folded, alone and with the token after it. The keys of a Doc
// are joined by one space, so the key of two tokens is one slice.
func lookupFirst(d *Doc, k int, folded bool) lexBit {
	t := &d.Toks[k]
	if !lexIndex.mayHave(t) {
		return 0
	}
	buf, firsts, pairs := d.lower, &lexIndex.exact, &lexIndex.pairsExact
	lo, hi := t.lo, d.lowerEnd(k)
	if folded {
		d.ensureFold()
		buf, firsts, pairs = d.fold, &lexIndex.folded, &lexIndex.pairsFolded
		lo, hi = d.foldStarts[k], d.foldEnd(k)
	}
	h := chainHash(0, t.fh)
	f := firsts.find(h, buf[lo:hi])
	if f == nil {
		return 0
	}
	fv := firsts.value(f)
	b := fv.single
	if fv.multi != 0 && k+1 < len(d.Toks) {
		next := &d.Toks[k+1]
		end := d.lowerEnd(k + 1)
		if folded {
			end = d.foldEnd(k + 1)
		}
		if p := pairs.find(chainHash(h, next.fh), buf[lo:end]); p != nil {
			b |= pairs.value(p) & fv.multi
		}
	}
	return b
}

// lexView is a Doc with the lexicon bits of its tokens, computed once per
// token when bits is set (the officials scan), or on demand.
type lexView struct {
	*Doc
	// bits[k] caches bitsAt(Doc, k) | bitKnown; nil: no cache.
	bits []lexBit
}

// bitKnown marks a cached entry of lexView.bits.
const bitKnown lexBit = 1 << 15

// newLexView returns a view of d that caches the bits of its tokens.
// Its cache is d.lexBits, cleared: one officials scan per Doc at a time.
func newLexView(d *Doc) *lexView {
	d.lexBits = slices.Grow(d.lexBits[:0], len(d.Toks))[:len(d.Toks)]
	clear(d.lexBits)
	return &lexView{Doc: d, bits: d.lexBits}
}

// bitsOf returns bitsAt(v.Doc, k), from the cache when there is one.
func (v *lexView) bitsOf(k int) lexBit {
	if v.bits == nil {
		return bitsAt(v.Doc, k)
	}
	b := v.bits[k]
	if b&bitKnown == 0 {
		b = bitsAt(v.Doc, k) | bitKnown
		v.bits[k] = b
	}
	return b &^ bitKnown
}
