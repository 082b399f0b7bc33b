package normalize

import "sync"

// Memory for normalized texts, handed back by a caller done with one.
//
// A normalized text is most of what normalizing and extracting an article
// allocates, and the collector's work grows with what is allocated. A
// caller that knows when nothing refers to a text any more (vnie.Extract,
// once its results own their strings) hands the memory back with Recycle;
// Bytes writes a later text into it, and Clone copies into it.

// textPool holds *[]byte of length 0.
var textPool sync.Pool

// maxRecycled bounds the capacity, in bytes, of the buffers Recycle keeps:
// articles are some kilobytes, and one huge input should not pin its
// memory. It is the Doc pool's bound too (extract's maxPooledText): with
// a larger one, a text of 128 KB ran in recycled memory and one of 1 MB
// in fresh, and TestLinearTime read the difference as superlinear work.
const maxRecycled = 64 << 10

// Recycle hands b's memory to later calls of Bytes and Clone, which may
// write into it. Nothing may refer to b's memory afterwards: not b, not a
// Text whose Norm it is, not a string that shares it.
func Recycle(b []byte) {
	if cap(b) == 0 || cap(b) > maxRecycled {
		return
	}
	b = b[:0]
	textPool.Put(&b)
}

// Clone returns a copy of b, in recycled memory when there is some.
func Clone(b []byte) []byte {
	return append(recycledBuffer(len(b)), b...)
}

// recycledBuffer returns an empty buffer with room for n bytes: recycled
// memory if there is some large enough, else new.
func recycledBuffer(n int) []byte {
	if p, ok := textPool.Get().(*[]byte); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]byte, 0, n)
}
