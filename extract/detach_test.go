package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unsafe"

	"github.com/vnie/vnie/schema"
)

// TestDetachCovers checks that walkStrings visits every string of the
// schema, with one element in every slice: a field added to the schema
// and not to the walk would keep sharing a recycled text.
func TestDetachCovers(t *testing.T) {
	a := &schema.Article{}
	fill(reflect.ValueOf(a).Elem())
	all := map[*string]bool{}
	stringsOf(reflect.ValueOf(a).Elem(), func(p *string) { all[p] = true })
	seen := map[*string]bool{}
	walkStrings(a, func(p *string) { seen[p] = true })
	if len(all) == 0 {
		t.Fatal("no string field found in schema.Article")
	}
	for p := range all {
		if !seen[p] {
			t.Errorf("walkStrings misses a string field (value %+q)", *p)
		}
	}
}

// TestDetachOwns extracts every test text, detaches, and checks with
// reflection, not with walkStrings, that no string of the result lies in
// the text's memory, and that the values did not change.
func TestDetachOwns(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/*/*.txt")
	if len(paths) == 0 {
		t.Fatal("no test texts")
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d := newTestDoc(t, string(b))
		a := schema.New("")
		meta := ArticleMeta(d)
		a.Title, a.Authors = meta.Title, meta.Authors
		a.Documents, a.Dates, a.Counts, a.Officials = Documents(d), Dates(d), Counts(d), Officials(d)
		before := map[string]int{}
		stringsOf(reflect.ValueOf(a).Elem(), func(s *string) { before[*s]++ })
		mem := d.Detach(a)
		if len(d.S) > 0 && unsafe.SliceData(mem) != unsafe.StringData(d.S) {
			t.Fatalf("%s: Detach returns memory other than the text's", p)
		}
		lo := uintptr(unsafe.Pointer(unsafe.SliceData(mem)))
		hi := lo + uintptr(len(mem))
		after := map[string]int{}
		stringsOf(reflect.ValueOf(a).Elem(), func(s *string) {
			after[*s]++
			if len(*s) > 0 {
				if q := uintptr(unsafe.Pointer(unsafe.StringData(*s))); lo <= q && q < hi {
					t.Errorf("%s: %+q still shares the text after Detach", p, *s)
				}
			}
		})
		if !reflect.DeepEqual(before, after) {
			t.Errorf("%s: Detach changed the values", p)
		}
		d.Release()
	}
}

// fill gives every string of v a distinct value and every slice one
// element, recursively.
func fill(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s" + v.Type().String())
	case reflect.Struct:
		for k := range v.NumField() {
			if v.Type().Field(k).IsExported() {
				fill(v.Field(k))
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fill(v.Index(0))
	case reflect.Array:
		for k := range v.Len() {
			fill(v.Index(k))
		}
	}
}

// stringsOf calls f with the address of every string in v, recursively.
func stringsOf(v reflect.Value, f func(*string)) {
	switch v.Kind() {
	case reflect.String:
		f(v.Addr().Interface().(*string))
	case reflect.Struct:
		for k := range v.NumField() {
			if v.Type().Field(k).IsExported() {
				stringsOf(v.Field(k), f)
			}
		}
	case reflect.Slice, reflect.Array:
		for k := range v.Len() {
			stringsOf(v.Index(k), f)
		}
	case reflect.Pointer:
		if !v.IsNil() {
			stringsOf(v.Elem(), f)
		}
	}
}
