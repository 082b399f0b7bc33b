package extract

import (
	"maps"
	"math/bits"
	"slices"
	"strings"

	"github.com/vnie/vnie/normalize"
)

// keyTable is a read-only hash table from token keys to values. A token
// key is the lower-case (or folded) keys of one or more tokens joined by
// one space, as Doc.lower and Doc.fold hold them, so the key of tokens
// [i, k] is one slice of those buffers.
//
// A key's hash is chained from the foldHash of each of its tokens, which
// the tokenizer stores in every token: extending a key by one token costs
// one multiplication, and no byte is hashed at lookup. The key's bytes
// are compared only in the slots its hash reaches. Keys that differ only
// in their accents (ban, bản) share a hash, and are told apart there.
//
// Built once from literals and read-only afterwards: safe for concurrent
// use.
type keyTable[V any] struct {
	// slots is a power of two long, at most half full. A slot holds no
	// pointer, and the keys and values are in two dense arrays: the
	// tables are most of the live heap, which the collector marks at
	// every cycle; so laid out, it reads keys and vals, not every slot
	// and a string per key.
	slots []keySlot
	keys  string // the keys end to end; a slot's key is keys[off:off+n]
	vals  []V    // the values of the slots that have one
	shift uint8  // 32 - log2(len(slots))
}

// keySlot is one slot of a keyTable.
type keySlot struct {
	off, n uint32 // the key: keys[off:off+n]; n is 0 for an empty slot
	hash   uint32
	val    uint32 // the index of the value in vals, when has
	// has: the slot has a value (the key is a phrase of the table, not
	// only the start of one).
	has bool
	// more: a longer key of the table starts with this key's tokens.
	more bool
}

// value returns the value of slot s of t, the zero V when it has none.
func (t *keyTable[V]) value(s *keySlot) (v V) {
	if s.has {
		v = t.vals[s.val]
	}
	return v
}

// chainHash extends the hash h of a key by a token whose foldHash is fh.
// The hash of a one-token key is chainHash(0, fh).
func chainHash(h, fh uint32) uint32 {
	return (bits.RotateLeft32(h, 7) ^ fh) * 0x9E3779B1
}

// keyBuilder collects the keys of a keyTable.
type keyBuilder[V any] struct {
	slots map[string]*builtKey[V]
	order []string // keys in the order first added, for a stable layout
}

// builtKey is a key of a keyBuilder.
type builtKey[V any] struct {
	hash      uint32
	has, more bool
	val       V
}

// add records the value of a key whose tokens have the fold hashes fhs,
// unless the key has one already (the first value wins), and marks each
// of its proper prefixes, given by prefix(n) for n tokens, as the start
// of a longer key.
func (b *keyBuilder[V]) add(key string, fhs []uint32, prefix func(n int) string, v V) {
	if b.slots == nil {
		b.slots = map[string]*builtKey[V]{}
	}
	var h uint32
	for n, fh := range fhs {
		h = chainHash(h, fh)
		k := key
		if n+1 < len(fhs) {
			k = prefix(n + 1)
		}
		s := b.slots[k]
		if s == nil {
			s = &builtKey[V]{hash: h}
			b.slots[k] = s
			b.order = append(b.order, k)
		}
		if n+1 < len(fhs) {
			s.more = true
		} else if !s.has {
			s.has, s.val = true, v
		}
	}
}

// table lays the collected keys out in a keyTable.
func (b *keyBuilder[V]) table() keyTable[V] {
	size, shift := 8, uint8(32-3)
	for size < 2*len(b.order) {
		size, shift = size*2, shift-1
	}
	t := keyTable[V]{slots: make([]keySlot, size), shift: shift}
	var keys strings.Builder
	mask := uint32(size - 1)
	for _, k := range b.order {
		s := b.slots[k]
		i := s.hash >> t.shift
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = keySlot{off: uint32(keys.Len()), n: uint32(len(k)), hash: s.hash, has: s.has, more: s.more}
		keys.WriteString(k)
		if s.has {
			t.slots[i].val = uint32(len(t.vals))
			t.vals = append(t.vals, s.val)
		}
	}
	t.keys = keys.String()
	return t
}

// find returns the slot of key, whose hash is h, or nil.
func (t *keyTable[V]) find(h uint32, key []byte) *keySlot {
	if len(t.slots) == 0 {
		return nil
	}
	mask := uint32(len(t.slots) - 1)
	for i := h >> t.shift; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.hash == h && int(s.n) == len(key) && t.keys[s.off:s.off+s.n] == string(key) {
			return s
		}
	}
}

// each calls f with every key that has a value, and the value.
func (t *keyTable[V]) each(f func(key string, v V)) {
	for i := range t.slots {
		if s := &t.slots[i]; s.has {
			f(t.keys[s.off:s.off+s.n], t.vals[s.val])
		}
	}
}

// tableOf makes a keyTable of m, whose keys are token keys (words joined
// by one space).
func tableOf[V any](m map[string]V) keyTable[V] {
	var b keyBuilder[V]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		words := strings.Split(k, " ")
		fhs := make([]uint32, len(words))
		for i, w := range words {
			fhs[i] = foldHash([]byte(normalize.Fold(w)))
		}
		b.add(k, fhs, func(n int) string { return strings.Join(words[:n], " ") }, m[k])
	}
	return b.table()
}
