// Package extract holds vnie's rule-based extractors. Each works on a Doc,
// the normalized article split into tokens, and returns schema values whose
// spans are byte ranges of the original input.
//
// The pipeline (see vnie.Extract) runs, in this order:
//
//	Meta       title, publication date, authors; marks portal furniture
//	Documents  document codes and numbered references (claims their tokens)
//	Dates      calendar expressions (claims their tokens)
//	Counts     connection points and attendees (claims their tokens)
//	Officials  people with their positions
//
// A token claimed by an earlier extractor, or inside furniture, is not used
// again, so the year in 15/2020/NĐ-CP is never also a date.
//
// Each extractor walks a list of the tokens where its matches may start
// (starts.go), not every token. The extractors' strings share the Doc's
// text; Doc.Detach lets a caller that keeps them in a schema.Article hand
// the text's memory back (normalize.Recycle), as vnie.Extract does.
package extract

import (
	"slices"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// Kind is the kind of a token.
type Kind uint8

const (
	// Word is a run of letters (with any combining marks).
	Word Kind = iota + 1
	// Number is a run of ASCII digits.
	Number
	// Punct is any other single character that is not white space.
	Punct
)

// Flags describe a token's shape and its place in the text.
type Flags uint16

const (
	// Upper: the token starts with an upper-case letter.
	Upper Flags = 1 << iota
	// AllUpper: every letter of the token is upper case.
	AllUpper
	// Marked: the word has a letter outside ASCII (a diacritic or đ).
	Marked
	// SpaceBefore: white space separates the token from the one before.
	SpaceBefore
	// LineStart: the token is the first of its line.
	LineStart
	// ParaStart: the token is the first after a blank line, or of the text.
	ParaStart
	// Claimed: an extractor has used the token.
	Claimed
	// Furniture: the token is portal furniture, not article content.
	Furniture
	// Byline: the token is part of a byline or a photo credit (set by
	// ArticleMeta); such names are authors, never officials.
	Byline
)

// The tokenizer sets ParaStart by shifting LineStart: they must stay
// neighbours (this fails to compile otherwise).
var _ = [1]struct{}{}[ParaStart-LineStart<<1]

// Token is one word, number or punctuation character of a Doc.
// Start and End are byte offsets into Doc.S.
//
// A token's lower-case key starts at lo in Doc.lower, and ends one byte
// before the next token's (the keys are joined by one space), or at the
// end of the buffer: see Doc.lowerEnd. Its folded key, built only when
// one is asked for (Doc.ensureFold), starts at Doc.foldStarts[i] in
// Doc.fold. Deriving the ends, and keeping the fold offsets out, keeps a
// Token at 20 bytes: the extractors read every token in every pass, and a
// long article's tokens outgrow the first-level cache.
type Token struct {
	Start, End int32
	lo         int32  // where the token's key starts in Doc.lower
	fh         uint32 // foldHash of the folded key
	Kind       Kind
	Flags      Flags
}

// Has reports whether all of f are set on the token.
func (t *Token) Has(f Flags) bool { return t.Flags&f == f }

// Doc is one article prepared for the extractors.
type Doc struct {
	// Norm is the normalization of the input, with the map back to it.
	Norm *normalize.Text
	// S is the normalized text; token offsets are offsets into S.
	S string
	// mem is the memory S lives in, the Doc's own (see Detach).
	mem []byte
	// Toks are the tokens of S in order.
	Toks []Token
	// Pub is the publication date, zero when unknown. The caller's date
	// is set before Meta runs; Meta fills it from the dateline otherwise.
	Pub Published
	// PubFromCaller is true when Pub came from the caller.
	PubFromCaller bool
	// Unaccented is true when the text is written without diacritics;
	// lexicons then match on folded keys.
	Unaccented bool

	lower []byte // lower-case keys of all tokens, joined by ' '
	fold  []byte // folded keys of all tokens, joined by ' ', once foldBuilt
	// foldStarts[i] is where the folded key of token i starts in fold,
	// once foldBuilt.
	foldStarts []int32
	// foldBuilt: fold and foldStarts are set. Only unaccented texts and a
	// few lookups need folded keys, so most Docs never build them.
	foldBuilt bool
	lexBits   []lexBit      // room for the officials' lexView cache
	items     []docItem     // room for the document mentions of Documents
	dates     []schema.Date // room for the dates of Dates
	strs      []byte        // the current chunk of the string arena (see keep)
	lines     []line        // room for the lines of ArticleMeta
	furn      []bool        // room for ArticleMeta's furniture marks, one per line
	startAt   startLists    // where matches may start (see starts)
	buffers   *docBuffers   // the pooled holder the buffers came in, for Release
}

// NewDoc tokenizes a normalized text. Its buffers come from a pool when
// an earlier Doc was released (see Release).
//
// When normalization changed the input, t.Norm is a buffer that normalize
// made, and the Doc takes it as its own: S and the strings extracted from
// the Doc share its memory, so t.Norm must not be modified afterwards.
// When it did not, t.Norm is the caller's input, and S is a copy of it
// (normalize.Clone, in recycled memory when there is some). Detach lets a
// caller hand that memory back once the values it keeps own their
// strings.
func NewDoc(t *normalize.Text) *Doc {
	d := &Doc{Norm: t}
	if t.Changed() && len(t.Norm) > 0 {
		// No copy: copying the text was a sixth of what a run allocates,
		// and so of the collector's work.
		d.mem = t.Norm
	} else if len(t.Norm) > 0 {
		// A copy, in memory recycled by an earlier Doc (see Detach).
		d.mem = normalize.Clone(t.Norm)
	}
	if len(d.mem) > 0 {
		d.S = unsafe.String(&d.mem[0], len(d.mem))
	}
	if b, ok := docPool.Get().(*docBuffers); ok {
		d.Toks, d.lower, d.fold, d.lexBits, d.items, d.dates = b.toks[:0], b.lower[:0], b.fold[:0], b.lexBits[:0], b.items[:0], b.dates[:0]
		d.lines, d.furn, d.buffers = b.lines[:0], b.furn[:0], b
		d.startAt.keyed, d.startAt.named, d.startAt.lines = b.keyed[:0], b.named[:0], b.startLines[:0]
	}
	d.tokenize()
	return d
}

// docBuffers are the slices of a released Doc, kept for the next NewDoc:
// fresh memory is what tokenizing costs most on a busy machine.
type docBuffers struct {
	toks        []Token
	lower, fold []byte
	lexBits     []lexBit
	items       []docItem
	dates       []schema.Date
	lines       []line
	furn        []bool
	keyed       []int32
	named       []int32
	startLines  []int32
}

var docPool sync.Pool

// maxPooledText bounds the texts (in bytes) whose buffers a released Doc
// leaves in the pool: articles are a few kilobytes, and one huge input
// should not pin its memory.
const maxPooledText = 64 << 10

// Release hands the Doc's token and key buffers to later calls of NewDoc.
// Afterwards d must not be used; the values extracted from it (strings,
// schema values) stay valid, for they never share those buffers.
func (d *Doc) Release() {
	if len(d.S) <= maxPooledText {
		clear(d.items) // their strings may hold the text
		clear(d.dates) // and so may theirs
		b := d.buffers
		if b == nil {
			b = new(docBuffers)
		}
		*b = docBuffers{toks: d.Toks, lower: d.lower, fold: d.fold, lexBits: d.lexBits, items: d.items[:0], dates: d.dates[:0], lines: d.lines[:0], furn: d.furn[:0],
			keyed: d.startAt.keyed[:0], named: d.startAt.named[:0], startLines: d.startAt.lines[:0]}
		docPool.Put(b)
	}
	d.Toks, d.lower, d.fold, d.lexBits, d.items, d.dates, d.lines, d.furn, d.buffers = nil, nil, nil, nil, nil, nil, nil, nil, nil
	d.startAt = startLists{}
}

// arenaChunk is the size of a chunk of a Doc's string arena, in bytes:
// room for the dates' values of most articles.
const arenaChunk = 256

// keep returns b as a string in the Doc's string arena: the small strings
// the extractors make (date values, days) share a few chunks instead of
// taking one allocation each. A chunk's bytes are never written again once
// handed out, and a chunk is never pooled, so the strings stay valid after
// Release; a string keeps its whole chunk alive.
func (d *Doc) keep(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if cap(d.strs)-len(d.strs) < len(b) {
		d.strs = make([]byte, 0, max(arenaChunk, len(b)))
	}
	n := len(d.strs)
	d.strs = append(d.strs, b...)
	return unsafe.String(&d.strs[n], len(b))
}

// maxDocText bounds the bytes of S that are tokenized: token offsets and
// key offsets are 32-bit, and the keys may take twice the text. A Text
// from normalize.Bytes (at most normalize.MaxInput, tripled by a legacy
// decoding) is always within it.
const maxDocText = 1 << 30

// tokenize splits S into tokens and builds the key buffers.
func (d *Doc) tokenize() {
	s := d.S
	if len(s) > maxDocText {
		s = s[:maxDocText] // offsets are 32-bit; see maxDocText
	}
	// Local slices, stored back at the end: appending through d's fields
	// would reload them at every byte.
	toks := slices.Grow(d.Toks[:0], len(s)/4+8) // about one token per 5 bytes
	lower := slices.Grow(d.lower[:0], len(s)+len(s)/8+8)
	// pending holds the flags the next token takes from the white space
	// before it: SpaceBefore, and LineStart and ParaStart after one and
	// two line breaks. One variable, not counters: the loop keeps every
	// value it carries in a register.
	pending := LineStart | ParaStart // the text starts a paragraph
	var spare runeClass
	// The line breaks that only wrap a paragraph, read at a line break
	// only: soft and softAt stay out of the hot loop's registers.
	soft := softBreaks(s)
	softAt := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf && asciiClass[c] == asciiSpace {
			pending |= SpaceBefore
			if c == '\n' {
				if softAt < len(soft) && int(soft[softAt]) == i {
					softAt++ // a space, not a new line
				} else {
					pending |= pending & LineStart << 1 // ParaStart after a LineStart
					pending |= LineStart
				}
			}
			i++
			continue
		}
		// An ASCII first byte, or a two-byte letter, without the call:
		// classAt is too big to be inlined, and most tokens start with
		// one (the two-byte letters: Đ, đ, Ô, ư ...).
		rc, n := &runeTable[c&0x7F], 1
		switch {
		case c < utf8.RuneSelf:
		case c&0xE0 == 0xC0 && c < 0xCD && i+1 < len(s):
			rc, n = &runeTable[int(c&0x1F)<<6|int(s[i+1]&0x3F)], 2 // Đ, đ, Ô ...
		default:
			rc, n = classAt(s, i, &spare)
		}
		if rc.flags&classSpace != 0 {
			pending |= SpaceBefore
			i += n
			continue
		}
		flags := pending
		pending = 0
		if len(toks) > 0 {
			lower = append(lower, ' ')
		}
		start, lo := int32(i), int32(len(lower))
		var kind Kind
		var h uint32 // foldHash of the token's folded key, before foldMix
		switch {
		case '0' <= c && c <= '9':
			kind = Number
			for i < len(s) && '0' <= s[i] && s[i] <= '9' {
				lower = append(lower, s[i])
				h = h*foldPrime + uint32(s[i])
				i++
			}
		case rc.flags&classLetter != 0:
			kind = Word
			hasLower, isMarked := false, false
			for i < len(s) {
				c := s[i]
				if 'a' <= c && c <= 'z' {
					// The commonest byte first: no table, no switch.
					hasLower = true
					lower = append(lower, c)
					h = h*foldPrime + uint32(c)
					i++
					continue
				}
				if c < utf8.RuneSelf {
					switch asciiClass[c] {
					case asciiLower:
						hasLower = true
					case asciiUpper:
						c += 'a' - 'A'
					default:
						goto wordEnd
					}
					lower = append(lower, c)
					h = h*foldPrime + uint32(c)
					i++
					continue
				}
				// The precomposed Vietnamese vowels by hand: classAt is
				// too big to be inlined, and this is the hottest loop.
				var rc *runeClass
				var n int
				switch {
				case c == 0xE1 && i+2 < len(s) && s[i+1]&0xFC == 0xB8:
					rc, n = &runeTable[latinEnd+(int(s[i+1]&0x03)<<6|int(s[i+2]&0x3F))], 3
				case c&0xE0 == 0xC0 && c < 0xCD && i+1 < len(s):
					// à, ơ, ư, đ and the other two-byte letters below
					// U+0340, all in runeTable.
					rc, n = &runeTable[int(c&0x1F)<<6|int(s[i+1]&0x3F)], 2
				default:
					rc, n = classAt(s, i, &spare)
				}
				if rc.flags&(classLetter|classMark) == 0 {
					break
				}
				isMarked = true
				if rc.flags&classLower != 0 {
					hasLower = true
				}
				lower = appendLower(lower, rc)
				h = h*rc.foldPow + rc.foldAdd
				i += n
			}
		wordEnd:
			if rc.flags&classUpper != 0 {
				flags |= Upper
				if !hasLower {
					flags |= AllUpper
				}
			}
			if isMarked {
				flags |= Marked
			}
		default:
			kind = Punct
			lower = appendLower(lower, rc)
			h = h*rc.foldPow + rc.foldAdd
			i += n
		}
		// Fields stored one by one into the slice, not append(toks,
		// Token{...}): the compiler builds a literal on the stack with
		// narrow stores and copies it with wide loads, which stall on
		// those stores (5 ns a token, a fifth of tokenizing).
		k := len(toks)
		if k == cap(toks) {
			toks = slices.Grow(toks, k+16) // doubles: fewer fresh pages than append
		}
		toks = toks[:k+1]
		t := &toks[k]
		t.Start, t.End, t.lo, t.fh, t.Kind, t.Flags = start, int32(i), lo, foldMix(h), kind, flags
	}
	d.Toks, d.lower = toks, lower
	d.Unaccented = unaccented(toks)
	d.foldBuilt = false
	if d.Unaccented {
		d.ensureFold() // every lexicon lookup reads them
	}
}

// unaccented reports whether a text of tokens toks is written without
// diacritics: at least 20 words, fewer than one in 20 marked. It stops
// as soon as the marked words are too many for that, whatever the rest
// (in Vietnamese text, after some 50 tokens).
func unaccented(toks []Token) bool {
	words, marked := 0, 0
	for k := range toks {
		if toks[k].Kind != Word {
			continue
		}
		words++
		if toks[k].Flags&Marked != 0 {
			marked++
			if marked*20 >= len(toks) {
				return false // words <= len(toks) <= marked*20
			}
		}
	}
	return words >= 20 && marked*20 < words
}

// ensureFold builds the folded keys of the tokens, once: d.fold and
// d.foldStarts. The fold of a token is what its hash fh was computed from.
func (d *Doc) ensureFold() {
	if d.foldBuilt {
		return
	}
	d.foldBuilt = true
	fold := slices.Grow(d.fold[:0], len(d.S)+8)
	foldStarts := slices.Grow(d.foldStarts[:0], len(d.Toks))
	for k := range d.Toks {
		if k > 0 {
			fold = append(fold, ' ')
		}
		foldStarts = append(foldStarts, int32(len(fold)))
		fold = d.appendFold(fold, k)
	}
	d.fold, d.foldStarts = fold, foldStarts
}

// appendFold appends the folded key of token k to dst: lower case,
// without diacritics, đ as d. The bytes are normalize.AppendFold's
// (TestFoldKeys checks it), read from runeTable as the tokenizer read them
// to hash the token: normalize.AppendFold decodes and classifies every
// rune anew, a percent of a run when furniture lines are matched folded.
func (d *Doc) appendFold(dst []byte, k int) []byte {
	t := &d.Toks[k]
	s := d.S[:t.End]
	var spare runeClass
	for i := int(t.Start); i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		rc, n := classAt(s, i, &spare)
		dst = append(dst, rc.fold[:rc.foldN]...)
		i += n
	}
	return dst
}

// appendLower appends the lower-case form of a rune to dst: as one store
// of utf8.UTFMax bytes into spare capacity, then cut to its length; an
// append of a slice of variable length is a call to memmove.
func appendLower(dst []byte, rc *runeClass) []byte {
	n := len(dst)
	if cap(dst)-n < utf8.UTFMax {
		dst = slices.Grow(dst, utf8.UTFMax)
	}
	dst = dst[:n+utf8.UTFMax]
	*(*[utf8.UTFMax]byte)(dst[n:]) = rc.lower
	return dst[:n+int(rc.lowerN)]
}

// asciiClass classifies the ASCII bytes for the tokenizer.
var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = asciiLower
		case 'A' <= c && c <= 'Z':
			t[c] = asciiUpper
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			t[c] = asciiSpace
		}
	}
	return t
}()

const (
	asciiOther = iota
	asciiLower
	asciiUpper
	asciiSpace
)

// Tok returns the text of token i.
func (d *Doc) Tok(i int) string { return d.S[d.Toks[i].Start:d.Toks[i].End] }

// Lower returns the lower-case key of token i.
func (d *Doc) Lower(i int) string { return string(d.lowerKey(i)) }

// Fold returns the folded key of token i (lower case, no diacritics).
func (d *Doc) Fold(i int) string { return string(d.foldKey(i)) }

// lowerEnd returns where the lower-case key of token i ends in d.lower.
func (d *Doc) lowerEnd(i int) int32 {
	if i+1 < len(d.Toks) {
		return d.Toks[i+1].lo - 1
	}
	return int32(len(d.lower))
}

// foldEnd returns where the folded key of token i ends in d.fold, which
// must be built (ensureFold).
func (d *Doc) foldEnd(i int) int32 {
	if i+1 < len(d.Toks) {
		return d.foldStarts[i+1] - 1
	}
	return int32(len(d.fold))
}

// lowerKey returns the lower-case key of token i, a slice of d.lower.
func (d *Doc) lowerKey(i int) []byte { return d.lower[d.Toks[i].lo:d.lowerEnd(i)] }

// foldKey returns the folded key of token i, a slice of d.fold.
func (d *Doc) foldKey(i int) []byte {
	d.ensureFold()
	return d.fold[d.foldStarts[i]:d.foldEnd(i)]
}

// Text returns S from the start of token i to the end of token j-1.
func (d *Doc) Text(i, j int) string {
	if j <= i {
		return ""
	}
	return d.S[d.Toks[i].Start:d.Toks[j-1].End]
}

// Is reports whether token i is the word w, given in lower case and NFC
// with old-style tone marks. In an unaccented text, the folded forms are
// compared.
func (d *Doc) Is(i int, w string) bool {
	if i < 0 || i >= len(d.Toks) {
		return false
	}
	if string(d.lowerKey(i)) == w {
		return true
	}
	return d.Unaccented && d.Toks[i].Flags&Marked == 0 && foldEqual(d.foldKey(i), w)
}

// foldEqual reports whether key equals the fold of w, without allocating.
func foldEqual(key []byte, w string) bool {
	var buf [64]byte
	f := normalize.AppendFold(buf[:0], w)
	return string(f) == string(key)
}

// Adjacent reports whether tokens i and i+1 touch, with no space between.
func (d *Doc) Adjacent(i int) bool {
	return i+1 < len(d.Toks) && d.Toks[i+1].Flags&SpaceBefore == 0
}

// Usable reports whether tokens [i, j) exist and are neither claimed nor
// furniture.
func (d *Doc) Usable(i, j int) bool {
	if i < 0 || j > len(d.Toks) || i >= j {
		return false
	}
	for k := i; k < j; k++ {
		if d.Toks[k].Flags&(Claimed|Furniture) != 0 {
			return false
		}
	}
	return true
}

// Claim marks tokens [i, j) as used by an extractor.
func (d *Doc) Claim(i, j int) { d.setFlag(i, j, Claimed) }

// MarkFurniture marks tokens [i, j) as portal furniture.
func (d *Doc) MarkFurniture(i, j int) { d.setFlag(i, j, Furniture) }

// MarkByline marks tokens [i, j) as a byline or credit.
func (d *Doc) MarkByline(i, j int) { d.setFlag(i, j, Byline) }

func (d *Doc) setFlag(i, j int, f Flags) {
	for k := max(i, 0); k < j && k < len(d.Toks); k++ {
		d.Toks[k].Flags |= f
	}
}

// Span returns the original-input span of tokens [i, j).
func (d *Doc) Span(i, j int) [2]int {
	start, end := int(d.Toks[i].Start), int(d.Toks[j-1].End)
	if !d.Norm.Changed() {
		return [2]int{start, end} // S is the input itself
	}
	s, e := d.Norm.OrigSpan(start, end)
	return [2]int{s, e}
}

// Surface returns the original text of tokens [i, j), as UTF-8 NFC.
func (d *Doc) Surface(i, j int) string {
	start, end := int(d.Toks[i].Start), int(d.Toks[j-1].End)
	if !d.Norm.Changed() {
		return d.S[start:end] // S is the input itself, already NFC
	}
	// A copy of the mention alone: the decoded input may be the
	// caller's, and copying all of it for a few mentions made a sixth of
	// what a run allocates. No copy at all when normalization left the
	// mention's bytes as they were (most mentions): S is the Doc's own
	// and never modified.
	if s, e, nfc := d.Norm.SurfaceSpan(start, end); nfc {
		if orig := d.Norm.Decoded()[s:e]; string(orig) != d.S[start:end] {
			return string(orig)
		}
		return d.S[start:end]
	}
	return d.Norm.Surface(start, end)
}

// LineEnd returns the index just past the last token of the line holding
// token i.
func (d *Doc) LineEnd(i int) int {
	j := i + 1
	for j < len(d.Toks) && d.Toks[j].Flags&LineStart == 0 {
		j++
	}
	return j
}

// LineStartOf returns the index of the first token of the line holding
// token i.
func (d *Doc) LineStartOf(i int) int {
	for i > 0 && d.Toks[i].Flags&LineStart == 0 {
		i--
	}
	return i
}
