package extract

import (
	"unsafe"

	"github.com/vnie/vnie/schema"
)

// Detach makes a own its strings and returns the memory of the Doc's
// text, for normalize.Recycle.
//
// The extractors' strings share the text (S) where they can, without a
// copy. Detach copies those of a into one new allocation, much smaller
// than the text (an article's values are a fraction of it), so that the
// text's memory can be reused for the next article: the text is most of
// what a run allocates, and so of the collector's work. a must hold every
// value extracted from d that the caller keeps; afterwards nothing of
// theirs refers to the returned memory, but d does: Release d, drop the
// normalize.Text, and only then recycle it.
func (d *Doc) Detach(a *schema.Article) []byte {
	if len(d.mem) == 0 || a == nil {
		return nil
	}
	var o owner
	o.base = uintptr(unsafe.Pointer(unsafe.SliceData(d.mem)))
	o.end = o.base + uintptr(len(d.mem))
	// Two walks over the same fields: the first sizes the one buffer,
	// the second copies into it.
	walkStrings(a, o.count)
	if o.need == 0 {
		return d.mem
	}
	o.buf = make([]byte, 0, o.need)
	walkStrings(a, o.own)
	return d.mem
}

// owner copies the strings that lie in [base, end) into buf.
type owner struct {
	base, end uintptr
	need      int
	buf       []byte
}

// shared reports whether s lies in the memory being detached.
func (o *owner) shared(s string) bool {
	if len(s) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return o.base <= p && p < o.end
}

func (o *owner) count(s *string) {
	if o.shared(*s) {
		o.need += len(*s)
	}
}

func (o *owner) own(s *string) {
	if o.shared(*s) {
		n := len(o.buf)
		o.buf = append(o.buf, *s...) // within the capacity counted: no move
		*s = unsafe.String(&o.buf[n], len(*s))
	}
}

// walkStrings calls f with every string field of a (TestDetachCovers
// checks that it misses none of the schema).
func walkStrings(a *schema.Article, f func(*string)) {
	f(&a.Source)
	f(&a.Title)
	f(&a.Published)
	for k := range a.Authors {
		f(&a.Authors[k])
	}
	for k := range a.Documents {
		x := &a.Documents[k]
		f(&x.ID)
		f(&x.Type)
		f(&x.TypeName)
		f(&x.Number)
		f(&x.Issuer)
		f(&x.System)
		f(&x.Issued)
		f(&x.IssuingBody)
		walkMentions(x.Mentions, f)
	}
	for k := range a.Dates {
		x := &a.Dates[k]
		f(&x.Text)
		f(&x.Value)
		f(&x.Grain)
		f(&x.Time)
		f(&x.PartOfDay)
	}
	for k := range a.Officials {
		x := &a.Officials[k]
		f(&x.Name)
		f(&x.Honorific)
		for t := range x.Titles {
			f(&x.Titles[t].Text)
			f(&x.Titles[t].Role)
			f(&x.Titles[t].Organization)
		}
		walkMentions(x.Mentions, f)
	}
	for k := range a.Counts {
		x := &a.Counts[k]
		f(&x.Text)
		f(&x.Kind)
		f(&x.Qualifier)
		f(&x.Unit)
		f(&x.Location)
	}
}

func walkMentions(ms []schema.Mention, f func(*string)) {
	for k := range ms {
		f(&ms[k].Text)
	}
}
