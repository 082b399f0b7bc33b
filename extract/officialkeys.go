package extract

import "strings"

// The officials extractor consults a dozen lexicons. Rather than look a
// token up in each, it looks it up once in lexIndex, which tells which of
// them have a phrase starting with that token; only those are matched.
// Most tokens start none: a Bloom filter in front of the index turns them
// away for the cost of a hash of four bytes.

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
// filter has the bit keyHash(key) set for every first-token key.
type firstIndex struct {
	exact, folded           map[string]firstBits
	pairsExact, pairsFolded map[string]lexBit
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
	x := firstIndex{
		exact: map[string]firstBits{}, folded: map[string]firstBits{},
		pairsExact: map[string]lexBit{}, pairsFolded: map[string]lexBit{},
	}
	addFirst(&x, bitHonorific, honorifics)
	addFirst(&x, bitModifier, roleModifiers)
	addFirst(&x, bitRole, roleLex)
	addFirst(&x, bitSuffix, roleSuffixes)
	addFirst(&x, bitSurname, surnames)
	addFirst(&x, bitNameStop, nameStops)
	addFirst(&x, bitDegree, degrees)
	addFirst(&x, bitHead, orgHeads)
	addFirst(&x, bitPlace, places)
	addFirst(&x, bitQualifier, placeQualifiers)
	addFirst(&x, bitOrgWord, orgWords)
	for _, m := range []map[string]firstBits{x.exact, x.folded} {
		for k, b := range m {
			h := keyHash([]byte(k))
			x.filter[h/64%filterWords] |= 1 << (h % 64)
			if (b.single|b.multi)&lowStarts != 0 {
				x.lowFilter[h/64%filterWords] |= 1 << (h % 64)
			}
		}
	}
	return x
}()

// addFirst indexes the phrases of lex under bit.
func addFirst[V any](x *firstIndex, bit lexBit, lex *Lexicon[V]) {
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
	for k := range lex.exact {
		add(x.exact, x.pairsExact, k)
	}
	for k := range lex.folded {
		add(x.folded, x.pairsFolded, k)
	}
}

// keyHash hashes a token key for firstIndex.filter from its length and its
// first two and last two bytes.
func keyHash(key []byte) uint32 {
	n := len(key)
	if n == 0 {
		return 0
	}
	h := uint32(n)*0x9E3779B1 ^ uint32(key[0])*0x85EBCA6B ^ uint32(key[n-1])*0xC2B2AE35
	if n > 1 {
		h ^= uint32(key[1])*0x27D4EB2F ^ uint32(key[n-2])*0x165667B1
	}
	h ^= h >> 15
	h *= 0x2C1B3C6D
	h ^= h >> 12
	return h
}

// mayHave reports whether key may be in the index.
func (x *firstIndex) mayHave(key []byte) bool {
	h := keyHash(key)
	return x.filter[h/64%filterWords]&(1<<(h%64)) != 0
}

// mayStartLower reports whether token k may start a phrase of lowStarts.
func mayStartLower(d *Doc, k int) bool {
	t := &d.Toks[k]
	h := keyHash(d.lower[t.lo:t.lhi])
	if lexIndex.lowFilter[h/64%filterWords]&(1<<(h%64)) != 0 {
		return true
	}
	if d.Unaccented {
		h = keyHash(d.fold[t.fo:t.fhi])
		return lexIndex.lowFilter[h/64%filterWords]&(1<<(h%64)) != 0
	}
	return false
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
	buf, firsts, pairs := d.lower, lexIndex.exact, lexIndex.pairsExact
	t := &d.Toks[k]
	lo, hi := t.lo, t.lhi
	if folded {
		buf, firsts, pairs = d.fold, lexIndex.folded, lexIndex.pairsFolded
		lo, hi = t.fo, t.fhi
	}
	key := buf[lo:hi]
	if !lexIndex.mayHave(key) {
		return 0
	}
	f := firsts[string(key)]
	b := f.single
	if f.multi != 0 && k+1 < len(d.Toks) {
		end := d.Toks[k+1].lhi
		if folded {
			end = d.Toks[k+1].fhi
		}
		b |= pairs[string(buf[lo:end])] & f.multi
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
func newLexView(d *Doc) *lexView {
	return &lexView{Doc: d, bits: make([]lexBit, len(d.Toks))}
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
