package extract

import (
	"fmt"

	"github.com/vnie/vnie/schema"
)

// dateValue is one parsed calendar expression. A zero field is absent.
type dateValue struct {
	Year, Month, Day int
	// Year2 ends a span of years (Year/Year2).
	Year2        int
	Hour, Minute int
	HasTime      bool
	// Part is the part of day: morning, noon, afternoon, evening, night.
	Part string
	// YearInferred: Year came from the publication date.
	YearInferred bool
}

// day returns the value YYYY-MM-DD when year, month and day are all known.
func (v dateValue) day() (string, bool) {
	if v.Year == 0 || v.Month == 0 || v.Day == 0 {
		return "", false
	}
	return fmt.Sprintf("%04d-%02d-%02d", v.Year, v.Month, v.Day), true
}

// parseDateAt parses the calendar expression that starts at token i (with
// or without a leading "ngày"), and returns it with the index just past
// it. It does not claim tokens.
func parseDateAt(d *Doc, i int) (v dateValue, end int, ok bool) {
	if d.Is(i, "ngày") {
		i++
	}
	// d SEP m SEP yyyy, SEP one of - / .
	if i+5 > len(d.Toks) {
		return v, i, false
	}
	nums := [3]int{}
	for k := 0; k < 3; k++ {
		t := &d.Toks[i+2*k]
		if t.Kind != Number {
			return v, i, false
		}
		n := 0
		for _, c := range d.Tok(i + 2*k) {
			n = n*10 + int(c-'0')
			if n > 9999 {
				return v, i, false
			}
		}
		nums[k] = n
		if k < 2 {
			sep := d.Tok(i + 2*k + 1)
			if sep != "-" && sep != "/" && sep != "." {
				return v, i, false
			}
		}
	}
	if !ValidDate(nums[2], nums[1], nums[0]) {
		return v, i, false
	}
	return dateValue{Year: nums[2], Month: nums[1], Day: nums[0]}, i + 5, true
}

// Dates finds every calendar expression of the article, in text order,
// and claims their tokens.
func Dates(d *Doc) []schema.Date {
	return []schema.Date{}
}
