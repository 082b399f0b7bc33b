package normalize

import (
	"slices"
	"sort"
)

// An edit records that the bytes [in, inEnd) of a step's input became the
// bytes [out, outEnd) of its output as one unit: a replaced character, a
// recomposed cluster, a deleted zero-width character (out == outEnd).
// Between edits, output and input are byte-for-byte identical.
//
// Offsets are 32-bit (Bytes takes at most MaxInput bytes): NFD and legacy
// texts have an edit for every accented letter, and this halves them.
type edit struct {
	out, outEnd int32
	in, inEnd   int32
}

// layer maps the output of one normalization step back to its input.
// Edits are sorted by out (and by in); a range inside one edit maps to the
// whole edit, because its bytes were produced together.
type layer struct {
	edits  []edit
	outLen int // length of the step's output
	inLen  int // length of the step's input
}

// mapStart maps an output offset that starts a range to an input offset.
func (l *layer) mapStart(s int) int {
	if s <= 0 {
		return 0
	}
	if s >= l.outLen {
		return l.inLen
	}
	// Last edit with out <= s.
	i := sort.Search(len(l.edits), func(i int) bool { return int(l.edits[i].out) > s }) - 1
	if i < 0 {
		return s
	}
	e := l.edits[i]
	if s < int(e.outEnd) {
		return int(e.in)
	}
	return s - int(e.outEnd) + int(e.inEnd)
}

// mapEnd maps an output offset that ends a range to an input offset.
func (l *layer) mapEnd(s int) int {
	if s <= 0 {
		return 0
	}
	if s >= l.outLen {
		return l.inLen
	}
	// Last edit with out < s.
	i := sort.Search(len(l.edits), func(i int) bool { return int(l.edits[i].out) >= s }) - 1
	if i < 0 {
		return s
	}
	e := l.edits[i]
	if s <= int(e.outEnd) {
		return int(e.inEnd)
	}
	return s - int(e.outEnd) + int(e.inEnd)
}

// builder writes a step's output and its layer. A step calls begin at the
// first byte it changes; until then nothing is allocated, so a step that
// changes nothing costs no allocation.
type builder struct {
	in      []byte
	out     []byte
	edits   []edit
	next    int  // input offset up to which out is written
	noEdits bool // record no edits (the output alone is wanted)
	// recycled: the output may go into memory handed back by Recycle
	// (the step whose output is most often the final text).
	recycled bool
}

// grow reserves room for an output of outLen bytes and for edits edits,
// when the step knows them in advance.
func (b *builder) grow(outLen, edits int) {
	if b.out == nil {
		b.out = make([]byte, 0, outLen)
	}
	if !b.noEdits && b.edits == nil {
		b.edits = make([]edit, 0, edits)
	}
}

// replace writes repl for the input bytes [start, end); the input before
// start that is not yet written is copied unchanged.
func (b *builder) replace(start, end int, repl string) { replace(b, start, end, repl) }

// replace is builder.replace for a replacement held as string or bytes.
func replace[S string | []byte](b *builder, start, end int, repl S) {
	if b.out == nil {
		// Room for a little growth (… becomes ..., a lone mark gains
		// its letter): most steps keep or shrink the length, and the
		// output of the last step is the Doc's text, so slack is kept
		// for the life of the result.
		n := len(b.in) + len(b.in)/64 + 64
		if b.recycled {
			b.out = recycledBuffer(n)
		} else {
			b.out = make([]byte, 0, n)
		}
	}
	b.out = append(b.out, b.in[b.next:start]...)
	o := len(b.out)
	b.out = append(b.out, repl...)
	if !b.noEdits {
		// Stored field by field: append of a literal copies it through
		// the stack, and the copy stalls on the stores just made.
		n := len(b.edits)
		if n == cap(b.edits) {
			b.edits = slices.Grow(b.edits, n+16)
		}
		b.edits = b.edits[:n+1]
		e := &b.edits[n]
		e.out, e.outEnd, e.in, e.inEnd = int32(o), int32(len(b.out)), int32(start), int32(end)
	}
	b.next = end
}

// finish copies the rest of the input and returns the output and its layer,
// or the input itself and false when nothing changed.
func (b *builder) finish() ([]byte, layer, bool) {
	if b.out == nil {
		return b.in, layer{}, false
	}
	b.out = append(b.out, b.in[b.next:]...)
	return b.out, layer{edits: b.edits, outLen: len(b.out), inLen: len(b.in)}, true
}
