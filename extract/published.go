package extract

import (
	"fmt"
	"time"
)

// Published is an article's publication date, with a clock time when one
// is known. The zero value means unknown. Times are Vietnam time (UTC+7).
type Published struct {
	Year, Month, Day int
	Hour, Minute     int
	HasTime          bool
}

// IsZero reports whether the date is unknown.
func (p Published) IsZero() bool { return p.Year == 0 }

// String returns the schema form: YYYY-MM-DDTHH:MM:00+07:00 with a time,
// YYYY-MM-DD without, "" when unknown.
func (p Published) String() string {
	switch {
	case p.IsZero():
		return ""
	}
	var buf [len("2006-01-02T15:04:00+07:00")]byte
	b := appendDay(buf[:0], p.Year, p.Month, p.Day)
	if p.HasTime {
		b = append(b, 'T')
		b = appendPad(b, p.Hour, 2)
		b = append(b, ':')
		b = appendPad(b, p.Minute, 2)
		b = append(b, ":00+07:00"...)
	}
	return string(b)
}

// ParsePublished reads a publication date given by a caller:
// YYYY-MM-DD, YYYY-MM-DDTHH:MM, or either followed by :SS and a zone as in
// RFC 3339 (the zone is taken as Vietnam time). "" gives the zero value.
func ParsePublished(s string) (Published, error) {
	if s == "" {
		return Published{}, nil
	}
	layouts := []struct {
		layout  string
		hasTime bool
	}{
		{"2006-01-02", false},
		{"2006-01-02T15:04", true},
		{"2006-01-02 15:04", true},
		{"2006-01-02T15:04:05", true},
		{time.RFC3339, true},
	}
	for _, l := range layouts {
		t, err := time.Parse(l.layout, s)
		if err != nil {
			continue
		}
		if l.layout == time.RFC3339 {
			t = t.In(time.FixedZone("ICT", 7*3600))
		}
		p := Published{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
		if l.hasTime {
			p.Hour, p.Minute, p.HasTime = t.Hour(), t.Minute(), true
		}
		return p, nil
	}
	return Published{}, fmt.Errorf("extract: publication date %q is not YYYY-MM-DD or YYYY-MM-DDTHH:MM", s)
}

// ValidDate reports whether year-month-day is a real calendar day.
func ValidDate(year, month, day int) bool {
	if month < 1 || month > 12 || day < 1 || year < 1 || year > 9999 {
		return false
	}
	return day <= time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
