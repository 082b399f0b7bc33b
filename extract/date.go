package extract

import (
	"github.com/vnie/vnie/schema"
)

// Bounds of the years vnie accepts. A written year outside [minYear,
// maxYear] is not a date (a count, a phone number, an ISO standard). A span
// of years covers at most maxYearSpan years (kỷ niệm 130 năm: 1890-2020).
const (
	minYear     = 1800
	maxYear     = 2100
	maxYearSpan = 200
	// maxChain is the most dates one list or range yields
	// (ngày 10, 11 và 12-2 is a chain of three).
	maxChain = 16
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

// day returns the value YYYY-MM-DD, kept in the string arena of d, when
// year, month and day are all known.
func (v dateValue) day(d *Doc) (string, bool) {
	if v.Year == 0 || v.Month == 0 || v.Day == 0 {
		return "", false
	}
	var buf [10]byte
	return d.keep(appendDay(buf[:0], v.Year, v.Month, v.Day)), true
}

// grain returns the schema grain of v: years, day, month or year.
func (v dateValue) grain() string {
	switch {
	case v.Year2 != 0:
		return schema.GrainYears
	case v.Day != 0:
		return schema.GrainDay
	case v.Month != 0:
		return schema.GrainMonth
	}
	return schema.GrainYear
}

// value returns the schema value of v: YYYY-MM-DD, YYYY-MM, YYYY,
// YYYY/YYYY, or --MM-DD and --MM when the year is unknown, kept in the
// string arena of d.
func (v dateValue) value(d *Doc) string {
	var buf [10]byte
	b := buf[:0]
	switch {
	case v.Year2 != 0:
		b = appendPad(b, v.Year, 4)
		b = append(b, '/')
		b = appendPad(b, v.Year2, 4)
	case v.Month == 0:
		b = appendPad(b, v.Year, 4)
	case v.Year == 0:
		b = append(b, '-', '-')
		b = appendPad(b, v.Month, 2)
		if v.Day != 0 {
			b = append(b, '-')
			b = appendPad(b, v.Day, 2)
		}
	case v.Day == 0:
		b = appendPad(b, v.Year, 4)
		b = append(b, '-')
		b = appendPad(b, v.Month, 2)
	default:
		b = appendDay(b, v.Year, v.Month, v.Day)
	}
	return d.keep(b)
}

// clock returns HH:MM, kept in the string arena of d, when v has a time,
// else "".
func (v dateValue) clock(d *Doc) string {
	if !v.HasTime {
		return ""
	}
	var buf [5]byte
	b := appendPad(buf[:0], v.Hour, 2)
	b = append(b, ':')
	return d.keep(appendPad(b, v.Minute, 2))
}

func appendDay(b []byte, y, m, d int) []byte {
	b = appendPad(b, y, 4)
	b = append(b, '-')
	b = appendPad(b, m, 2)
	b = append(b, '-')
	return appendPad(b, d, 2)
}

// appendPad appends the decimal form of n >= 0, left-padded with zeros to
// width digits.
func appendPad(b []byte, n, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for (n > 0 || width > 0) && i > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	if i == len(buf) {
		i--
		buf[i] = '0'
	}
	return append(b, buf[i:]...)
}

// Rules as data: the words around a date.
var (
	// partOfDay maps the words for a part of the day to the schema value.
	partOfDay = NewLexicon([]Entry[string]{
		{"sáng", "morning"}, {"buổi sáng", "morning"}, {"rạng sáng", "morning"}, {"sáng sớm", "morning"},
		{"trưa", "noon"}, {"buổi trưa", "noon"},
		{"chiều", "afternoon"}, {"buổi chiều", "afternoon"},
		{"tối", "evening"}, {"buổi tối", "evening"}, {"chiều tối", "evening"},
		{"đêm", "night"}, {"nửa đêm", "night"}, {"đêm khuya", "night"}, {"khuya", "night"},
	})
	// weekdays maps the names of the days of the week to 2 (Monday) ... 8
	// (Sunday), as Vietnamese counts them.
	weekdays = NewLexicon([]Entry[int]{
		{"thứ hai", 2}, {"thứ ba", 3}, {"thứ tư", 4}, {"thứ năm", 5}, {"thứ sáu", 6}, {"thứ bảy", 7},
		{"thứ 2", 2}, {"thứ 3", 3}, {"thứ 4", 4}, {"thứ 5", 5}, {"thứ 6", 6}, {"thứ 7", 7},
		{"chủ nhật", 8}, {"CN", 8},
	})
	// ordinalHeads are words after which "thứ hai" is an ordinal
	// (lần thứ hai, khóa thứ 2), not a weekday.
	ordinalHeads = NewSet("lần", "kỳ", "đợt", "khóa", "phiên", "lớp", "hạng", "vị", "tuần", "năm", "người", "giải", "số", "hàng")
	// relativeDays after a part of day or "hôm" name the day that
	// follows in parentheses (sáng nay (3-1), hôm qua (2-1)).
	relativeDays = NewSet("nay", "qua", "mai", "hôm nay", "hôm qua")
	// units after a number pair make it a quantity, not a day
	// (ngày 1-2 lần, 3-5 người).
	units = NewSet("lần", "người", "giờ", "phút", "tiếng", "tuần", "lượt", "đợt", "km", "kg",
		"tấn", "ha", "triệu", "tỷ", "nghìn", "ngàn", "đồng", "điểm", "trận", "bàn", "cm", "mm")
	// rangeWords join two dates of a list or range; an optional "cho"
	// before and "hết" after are part of the joint (cho đến hết ngày ...).
	rangeWords = NewSet("đến", "tới", "và", "hoặc", "cho đến", "cho tới", "đến hết", "tới hết", "cho đến hết")
	// periodWords before two years joined by "đến" make them a span of
	// years (giai đoạn 2021 đến 2025).
	periodWords = NewSet("giai đoạn", "nhiệm kỳ", "thời kỳ", "niên khóa", "năm học", "khóa")
)

// dateWords are the words that may start a date: ngày, tháng, năm, lúc,
// a part of day (sáng, trưa, chiều, tối, đêm, rạng sáng, buổi, nửa đêm,
// khuya), hôm (hôm nay (3-1)), từ (từ 28/4 đến 1/5) or a weekday (thứ,
// chủ nhật, CN). It is the cheap gate before the parsers run (its bit set
// turns most words away with one test); keep it in step with partOfDay
// and weekdays.
var dateWords = NewSet("ngày", "tháng", "năm", "lúc", "sáng", "trưa", "chiều", "tối", "đêm",
	"rạng", "buổi", "nửa", "khuya", "thứ", "chủ", "cn", "hôm", "từ")

// Dates finds every calendar expression of the article, in text order,
// and claims their tokens. Dates written without a year take it from
// d.Pub (the year that puts them closest to the publication day).
func Dates(d *Doc) []schema.Date {
	// Dates are collected in the Doc's pooled buffer and copied out
	// once: growing the result by appends cost a third of the stage.
	out := d.dates[:0]
	var chain [maxChain]elem
	next := 0 // the token after the last date
	for _, k := range d.starts().keyed {
		i := int(k)
		if i < next || d.Toks[i].Flags&(Claimed|Furniture) != 0 || !dateStart(d, i) {
			continue
		}
		n, end, ok := parseChain(d, i, &chain)
		if !ok || !d.Usable(chain[0].start, end) {
			continue
		}
		for _, e := range chain[:n] {
			out = append(out, schema.Date{
				Text:         d.Surface(e.start, e.end),
				Span:         d.Span(e.start, e.end),
				Value:        e.v.value(d),
				Grain:        e.v.grain(),
				Time:         e.v.clock(d),
				PartOfDay:    e.v.Part,
				YearInferred: e.v.YearInferred,
			})
		}
		d.Claim(chain[0].start, end)
		next = end
	}
	res := make([]schema.Date, len(out))
	copy(res, out)
	clear(out) // its strings may hold the text
	d.dates = out[:0]
	return res
}

// dateStart reports whether a date may start at token i: a word of
// dateWords, or a number that a separator, h, giờ or tháng follows, or
// a year (2020-2025), or a parenthesis round a range of days.
func dateStart(d *Doc, i int) bool {
	t := &d.Toks[i]
	switch t.Kind {
	case Punct:
		// (1 - 8/6): a parenthesis round a range of days.
		return i+2 < len(d.Toks) && punctAt(d, i, '(') && d.Toks[i+1].Kind == Number &&
			d.Toks[i+1].End-d.Toks[i+1].Start <= 2 && punctAt(d, i+2, '-')
	case Word:
		if !dateWords.mayStart(d, i) {
			return false // most words
		}
		_, _, ok := dateWords.Match(d, i)
		return ok
	case Number:
		if t.End-t.Start == 4 || i+1 >= len(d.Toks) {
			return t.End-t.Start == 4
		}
		n := &d.Toks[i+1]
		if n.Kind == Punct {
			return n.Flags&SpaceBefore == 0 && sepAt(d, i+1, "-/.:")
		}
		return n.Kind == Word && (n.Flags&SpaceBefore == 0 || d.Is(i+1, "giờ") || d.Is(i+1, "tháng"))
	}
	return false
}

// parseDateAt parses the calendar expression that starts at token i (with
// or without a leading "ngày", a part of day, a weekday or a clock time),
// and returns it with the index just past it. It accepts a single day:
// d-m-yyyy, d/m/yyyy, d.m.yyyy, ngày d tháng m năm yyyy, and d-m after
// "ngày" (the year then comes from d.Pub, YearInferred). It does not claim
// tokens.
func parseDateAt(d *Doc, i int) (v dateValue, end int, ok bool) {
	e, ok := parseElement(d, i, false, kindNone)
	if !ok || e.bare || e.v.Day == 0 {
		return v, i, false
	}
	if !e.hasYear {
		inferYear(&e.v, d.Pub)
	}
	return e.v, e.end, true
}

// elem is one date of a chain (a list or range) with its token range.
type elem struct {
	v          dateValue
	start, end int // tokens [start, end) are the date's text
	// bare: a day number that waits for the month of a later date
	// (ngày 27 và 28-3).
	bare bool
	// hasYear: the year was written.
	hasYear bool
}

// elemKind is the kind of the previous date of a chain, which decides
// what may follow it.
type elemKind uint8

const (
	kindNone    elemKind = iota
	kindBareDay          // ngày 27 (và 28-3)
	kindDay              // 27-3
	kindMonth            // tháng 3
	kindYear             // năm 2020
	kindYears            // 2020-2025
)

func (e *elem) kind() elemKind {
	switch {
	case e.bare:
		return kindBareDay
	case e.v.Year2 != 0:
		return kindYears
	case e.v.Day != 0:
		return kindDay
	case e.v.Month != 0:
		return kindMonth
	}
	return kindYear
}

// parseChain parses the date at token i and the dates joined to it by
// range and list words, into chain. It returns how many dates it found
// and the index just past the last one. Bare days take the month and year
// of the first full date after them; dates without a year take the year
// of a later date of the chain, else the publication year.
func parseChain(d *Doc, i int, chain *[maxChain]elem) (n, end int, ok bool) {
	// từ 28/4 đến 1/5, từ 20-30/4: "từ" opens a range of days, which
	// then needs two dates; it is not in the text. So does a parenthesis
	// round a range (Tuần lễ Biển và Hải đảo (1 - 8/6)), which must then
	// close right after it.
	paren := punctAt(d, i, '(')
	from := paren || d.Is(i, "từ")
	var e elem
	if from {
		if _, _, ok := numAt(d, i+1); !ok {
			return 0, i, false
		}
		e, ok = parseElement(d, i+1, true, kindBareDay)
	} else {
		e, ok = parseElement(d, i, false, kindNone)
	}
	if !ok {
		return 0, i, false
	}
	chain[0] = e
	n = 1
	for n < maxChain {
		prev := &chain[n-1]
		j, ok := joint(d, prev.end, prev.kind())
		if !ok {
			break
		}
		next, ok := parseElement(d, j, true, prev.kind())
		if !ok {
			break
		}
		chain[n] = next
		n++
	}
	// A chain cannot end with a bare day.
	for n > 0 && chain[n-1].bare {
		n--
	}
	if n == 0 || from && (n < 2 || chain[0].kind() != kindDay && !chain[0].bare) {
		return 0, i, false
	}
	end = chain[n-1].end
	if glued(d, end) || paren && !punctAt(d, end, ')') || lunarAfter(d, end) {
		return 0, i, false
	}
	// Fill months and years from later dates of the chain.
	for k := n - 2; k >= 0; k-- {
		e, next := &chain[k], &chain[k+1]
		if e.bare {
			e.v.Month, e.bare = next.v.Month, false
			if !ValidDate(2000, e.v.Month, e.v.Day) {
				return 0, i, false
			}
		}
		kind, nextKind := e.kind(), next.kind()
		if !e.hasYear && next.v.Year != 0 && kind == nextKind && (kind == kindDay || kind == kindMonth) {
			e.v.Year, e.hasYear, e.v.YearInferred = next.v.Year, next.hasYear, next.v.YearInferred
			if e.v.Month > next.v.Month || e.v.Month == next.v.Month && e.v.Day > next.v.Day {
				e.v.Year-- // từ 28-12 đến 3-1-2021: 28-12-2020
			}
			if e.v.Day != 0 && !ValidDate(e.v.Year, e.v.Month, e.v.Day) {
				e.v.Year, e.hasYear, e.v.YearInferred = 0, false, false
			}
		}
	}
	for k := range n {
		if e := &chain[k]; !e.hasYear && e.v.Year == 0 && e.v.Month != 0 {
			inferYear(&e.v, d.Pub)
		}
	}
	return n, end, true
}

// joint returns the start of the next date after a date ending at token
// j when a list or range word joins them (-, ",", đến, tới, và, hoặc).
// The joint and the next date must be on the same line.
func joint(d *Doc, j int, prev elemKind) (int, bool) {
	if j >= len(d.Toks) || d.Toks[j].Flags&LineStart != 0 {
		return j, false
	}
	switch {
	case punctAt(d, j, '-'):
		j++
	case punctAt(d, j, ','):
		j++
		if _, n, ok := rangeWords.Match(d, j); ok && d.Is(j, "và") {
			j += n
		}
	default:
		_, n, ok := rangeWords.Match(d, j)
		if !ok {
			return j, false
		}
		j += n
	}
	if j >= len(d.Toks) || d.Toks[j].Flags&LineStart != 0 || prev == kindYears {
		return j, false
	}
	return j, true
}

// maxNamedDay bounds how many tokens a named day (Ngày thành lập Mặt trận
// Dân tộc thống nhất Việt Nam) may take before its date in parentheses.
const maxNamedDay = 14

// namedDayBefore reports whether the date at tokens [k, end) follows, on
// its line and in its sentence, a "ngày" naming a day: the day's date may then be written
// without a year, as d-m, in parentheses after a capitalized Ngày (Ngày
// Nhà giáo Việt Nam (20-11)), or after a capitalized name (Ngày Chuyển
// đổi số quốc gia 10-10, ngày Thương binh - Liệt sĩ 27/7; not Ngày làm
// việc thứ hai 5-6).
func namedDayBefore(d *Doc, k, end int) bool {
	paren := punctAt(d, k-1, '(')
	if !paren && (k < 2 || d.Toks[k-1].Kind != Word) {
		return false
	}
	// capSeen: a capitalized word between the ngày and the date.
	capSeen := !paren && d.Toks[k-1].Flags&Upper != 0
	for j := k - 2; j >= 0 && j >= k-1-maxNamedDay; j-- {
		t := &d.Toks[j]
		if t.Kind == Punct && namedDayStop(d, j) {
			return false
		}
		if t.Kind == Word && d.Is(j, "ngày") {
			// The name is capitalized: Ngày Nhà giáo Việt Nam, or ngày
			// Thương binh - Liệt sĩ 27/7 in lower case.
			named := j+1 < k && d.Toks[j+1].Kind == Word && d.Toks[j+1].Flags&Upper != 0
			if named || paren && t.Flags&Upper != 0 {
				return true
			}
			// The day of an event of a named person or body: ngày sinh
			// của Bác Hồ (19/5), ngày thành lập Đoàn (26/3), its date in
			// parentheses, or right after the name, which is then
			// capitalized, the date ending its clause (Ngày thành lập
			// Đảng Cộng sản Việt Nam 3/2.); not ngày càng ... Bình Định
			// (2-1), nor ngày thành lập Hội 3/4 hội viên.
			if _, _, ok := dayEvents.Match(d, j+1); ok && capSeen &&
				(paren || d.Toks[k-1].Flags&Upper != 0 && namedDayTail(d, end)) {
				return true
			}
			if t.Flags&Upper != 0 {
				return false
			}
			// A lower-case ngày with no name: look further back.
		}
		if t.Flags&LineStart != 0 {
			return false
		}
		if t.Kind == Word && t.Flags&Upper != 0 {
			capSeen = true
		}
	}
	return false
}

// dayEvents follow a lower-case ngày that names the day of an event
// (ngày sinh, ngày thành lập, ngày giải phóng): with a capitalized name
// after them, the day's date in parentheses needs no year.
var dayEvents = NewSet("sinh", "thành lập", "giải phóng", "truyền thống", "mất", "hy sinh",
	"chiến thắng", "khởi nghĩa", "thống nhất", "ra đời", "toàn thắng", "tổng tuyển cử", "độc lập")

// namedDayTails may follow the date of a named day written without
// parentheses (Ngày thành lập Đảng 3/2 hằng năm).
var namedDayTails = NewSet("vừa qua", "tới", "sắp tới", "hằng năm", "hàng năm", "năm nay", "này")

// namedTrigger reports whether the date e, ending at token end, which
// has no year and no trigger word, stands after a named day (Ngày Nhà giáo Việt Nam (20-11),
// Ngày thành lập Mặt trận (18-11)), which lets it be a date. Not inside a
// list or range, whose first date was the trigger.
func namedTrigger(d *Doc, e *elem, end int, cont bool) bool {
	return !cont && namedDayBefore(d, e.start, end)
}

// namedDayTail reports whether the clause may end at token k, just after
// the date of a named day written without parentheses: the end of the
// line, punctuation, a list or range word, or a word of namedDayTails
// (not ngày thành lập Hội 3/4 hội viên: a fraction of a count).
func namedDayTail(d *Doc, k int) bool {
	if listEnd(d, k) {
		return true
	}
	_, _, ok := namedDayTails.Match(d, k)
	return ok
}

// Rules as data: the marks of the lunar calendar.
var (
	// lunarMarks after a day or month make it one of the lunar calendar
	// (ngày 10 tháng 3 âm lịch, 15/8 (ÂL)), which has no Gregorian value.
	lunarMarks = NewSet("âm lịch", "âl", "( âm lịch", "( âl", "( al")
	// heavenlyStems and earthlyBranches name a year of the sexagenary
	// cycle (năm Giáp Thìn): a day or month before it is a lunar one.
	heavenlyStems   = NewSet("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
	earthlyBranches = NewSet("tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
)

// lunarAfter reports whether a lunar-calendar mark follows, on its line,
// a date that ends at token k: âm lịch, ÂL, (AL), or năm and a year of
// the sexagenary cycle (tháng 3 năm Giáp Thìn). The date is then no
// Gregorian date.
func lunarAfter(d *Doc, k int) bool {
	if k >= len(d.Toks) || d.Toks[k].Flags&LineStart != 0 {
		return false
	}
	if _, _, ok := lunarMarks.Match(d, k); ok {
		return true
	}
	if !d.Is(k, "năm") || k+2 >= len(d.Toks) || d.Toks[k+1].Flags&Upper == 0 {
		return false
	}
	_, n, ok := heavenlyStems.Match(d, k+1)
	if !ok || n != 1 {
		return false
	}
	_, n, ok = earthlyBranches.Match(d, k+2)
	return ok && n == 1
}

// namedDayStop reports whether punctuation token j is one a named day
// cannot run across: a sentence's end (sentenceEnd), or a clause mark or
// parenthesis.
func namedDayStop(d *Doc, j int) bool {
	if sentenceEnd(d, j) {
		return true
	}
	switch d.Tok(j) {
	case ";", ":", "(", ")":
		return true
	}
	return false
}

// parseElement parses one date at token k: an optional clock time (lúc
// 8h00, 09:11 -), part of day (sáng, chiều), weekday (Thứ Năm,) and "ngày",
// then the date itself, then an optional clock time (17:15, - 10:04, lúc
// 8 giờ). cont is true inside a list or range, after a joint; prev is
// the kind of the date before it.
func parseElement(d *Doc, k int, cont bool, prev elemKind) (e elem, ok bool) {
	e.start = k
	// A day without year needs a trigger word before it. A named day
	// before the date is one too (see namedTrigger), but looking for it
	// is left to parseCore, which needs it only for a date without year.
	trig := cont
	prefix := false
	v := &e.v
	// A clock time before the date.
	if at := lucAt(d, k); at > k {
		h, m, end, _, ok := timeAt(d, at)
		if !ok {
			return e, false
		}
		v.Hour, v.Minute, v.HasTime = h, m, true
		k = end
	} else if h, m, end, weak, ok := timeAt(d, k); ok && (!weak || partAt(d, end)) {
		v.Hour, v.Minute, v.HasTime = h, m, true
		k = end
		if punctAt(d, k, '-') || punctAt(d, k, ',') || punctAt(d, k, '|') {
			k++
		}
	}
	if v.HasTime {
		trig, prefix = true, true
	}
	if !wordAt(d, k) { // the date proper, or nothing
		return finishElement(d, k, &e, trig, false, prefix, false, cont, prev)
	}
	paren := false
	if p, n, ok := partOfDay.Match(d, k); ok {
		v.Part = p
		k += n
		trig, prefix = true, true
	} else if d.Is(k, "hôm") {
		k++ // hôm nay (3-1)
	}
	// sáng nay (3-1), hôm qua (2-1): the day is in parentheses.
	if _, n, ok := relativeDays.Match(d, k); ok && k > e.start && punctAt(d, k+n, '(') {
		k += n + 1
		trig, prefix, paren = true, true, true
	} else if k > e.start && v.Part == "" && !v.HasTime {
		return e, false
	}
	if n, ok := weekdayAt(d, k); ok && !paren {
		k += n
		trig, prefix = true, true
		switch {
		case punctAt(d, k, ',') || punctAt(d, k, '-'):
			k++
		case punctAt(d, k, '('):
			k++
			paren = true
		}
	}
	dayWord := false
	if d.Is(k, "ngày") {
		if k == e.start && k > 0 && d.Toks[k-1].Kind == Number && !cont {
			e.start = k + 1 // 2 ngày 27 và 28-3: the duration is not in the text
		}
		dayWord, trig, prefix = true, true, true
		k++
	}
	return finishElement(d, k, &e, trig, dayWord, prefix, paren, cont, prev)
}

// finishElement parses the date proper at token k and the clock time
// after it, and completes e.
func finishElement(d *Doc, k int, e *elem, trig, dayWord, prefix, paren, cont bool, prev elemKind) (elem, bool) {
	v := &e.v
	end, ok := parseCore(d, k, e, trig, dayWord, prefix, cont, prev)
	if !ok {
		return *e, false
	}
	if paren && punctAt(d, end, ')') {
		end++
	}
	if e.v.Day != 0 && !e.bare && !v.HasTime {
		end = timeAfter(d, end, v)
	}
	if v.HasTime && v.Part != "" {
		v.Hour = hour24(v.Hour, v.Part)
	}
	e.end = end
	return *e, true
}

// parseCore parses the date proper at token k into e and returns the
// index just past it. trig: a word before allows a day without year;
// dayWord: "ngày" is just before; prefix: words or a time come before
// (so no bare month or year may follow).
func parseCore(d *Doc, k int, e *elem, trig, dayWord, prefix, cont bool, prev elemKind) (int, bool) {
	v := &e.v
	// ngày 05 tháng 3 năm 2024, sáng 5 tháng 3
	if y, m, dd, end, hasYear, ok := namedDayAt(d, k); ok && (hasYear || trig || clockAfter(d, end) || namedTrigger(d, e, end, cont)) {
		v.Year, v.Month, v.Day, e.hasYear = y, m, dd, hasYear
		return end, true
	}
	// 2020-01-04
	if y, m, dd, end, ok := ymdAt(d, k); ok && (cont || prefix || !gluedBefore(d, k)) {
		v.Year, v.Month, v.Day, e.hasYear = y, m, dd, true
		return end, true
	}
	// 27-9-2019, 27/9/2019, 27.9.2019; 3-1 after a trigger or in a list
	if y, m, dd, end, ok := dmyAt(d, k, true); ok && (y != 0 || trig || namedTrigger(d, e, end, cont)) && (cont || prefix || !gluedBefore(d, k)) {
		v.Year, v.Month, v.Day, e.hasYear = y, m, dd, y != 0
		return end, true
	}
	// ngày 27 (và 28-3): a bare day waiting for its month.
	if (dayWord || prev == kindBareDay) && (!prefix || dayWord) {
		if n, digits, ok := numAt(d, k); ok && digits <= 2 && n >= 1 && n <= 31 {
			if _, ok := joint(d, k+1, kindBareDay); ok && !punctAfterNum(d, k) {
				v.Day, e.bare = n, true
				return k + 1, true
			}
		}
		return k, false
	}
	if prefix {
		return k, false
	}
	switch {
	case d.Is(k, "tháng"):
		return monthAt(d, k, e)
	case d.Is(k, "năm"):
		return yearAt(d, k, e)
	}
	// 2020-2025, 2021 - 2030
	if y1, y2, end, ok := yearsAt(d, k, true); ok && (cont || !gluedBefore(d, k)) {
		v.Year, v.Year2, e.hasYear = y1, y2, true
		return end, true
	}
	switch prev {
	case kindMonth: // tháng 3 và 4/2021, tháng 3 - 4
		return bareMonthAt(d, k, e)
	case kindYear: // năm 2019 và 2020
		if n, digits, ok := numAt(d, k); ok && digits == 4 && n >= minYear && n <= maxYear && listEnd(d, k+1) {
			v.Year, e.hasYear = n, true
			return k + 1, true
		}
	}
	return k, false
}

// monthAt parses "tháng M", "tháng M-YYYY", "tháng M/YYYY", "tháng M năm
// YYYY" at token k ("tháng").
func monthAt(d *Doc, k int, e *elem) (int, bool) {
	if k > 0 && d.Toks[k-1].Kind == Number && d.Toks[k].Flags&LineStart == 0 {
		return k, false // 6 tháng 1 lần: a duration
	}
	m, digits, ok := numAt(d, k+1)
	if !ok || digits > 2 || m < 1 || m > 12 || wordAfter(d, k+1) {
		return k, false
	}
	e.v.Month = m
	if y, end, ok := yearAfterMonth(d, k+2); ok {
		e.v.Year, e.hasYear = y, true
		return end, true
	}
	return k + 2, true
}

// bareMonthAt parses a month number in a list of months: "4/2021",
// "4 năm 2021", or "4" followed by a joint or the end of the clause.
func bareMonthAt(d *Doc, k int, e *elem) (int, bool) {
	m, digits, ok := numAt(d, k)
	if !ok || digits > 2 || m < 1 || m > 12 {
		return k, false
	}
	if y, end, ok := yearAfterMonth(d, k+1); ok {
		e.v.Month, e.v.Year, e.hasYear = m, y, true
		return end, true
	}
	if !listEnd(d, k+1) {
		return k, false
	}
	e.v.Month = m
	return k + 1, true
}

// yearAfterMonth parses the year after a month number: "-2020", "/2020",
// ".2020" (touching), or "năm 2020".
func yearAfterMonth(d *Doc, k int) (y, end int, ok bool) {
	if sepAt(d, k, "-/.") && d.Adjacent(k-1) && d.Adjacent(k) {
		if y, digits, ok := numAt(d, k+1); ok && digits == 4 && y >= minYear && y <= maxYear {
			return y, k + 2, true
		}
		return 0, k, false
	}
	if d.Is(k, "năm") {
		if y, digits, ok := numAt(d, k+1); ok && digits == 4 && y >= minYear && y <= maxYear {
			return y, k + 2, true
		}
	}
	return 0, k, false
}

// yearAt parses "năm YYYY" and "năm YYYY-YYYY" at token k ("năm"). After
// a number ("10 năm 2021-2030") năm is a duration: only the span of years
// is a date, and năm is not in its text.
func yearAt(d *Doc, k int, e *elem) (int, bool) {
	duration := k > 0 && d.Toks[k-1].Kind == Number && d.Toks[k].Flags&LineStart == 0
	if y1, y2, end, ok := yearsAt(d, k+1, false); ok {
		e.v.Year, e.v.Year2, e.hasYear = y1, y2, true
		if duration {
			e.start = k + 1
		}
		return end, true
	}
	if duration {
		return k, false
	}
	y, digits, ok := numAt(d, k+1)
	if !ok || digits != 4 || y < minYear || y > maxYear || wordAfter(d, k+1) || glued(d, k+2) {
		return k, false
	}
	e.v.Year, e.hasYear = y, true
	return k + 2, true
}

// yearsAt parses a span of years at token k: YYYY-YYYY, with or without
// spaces around the dash; with period true also YYYY đến YYYY after a
// period word (giai đoạn 2021 đến 2025). The second year is after the
// first, at most maxYearSpan later.
func yearsAt(d *Doc, k int, period bool) (y1, y2, end int, ok bool) {
	y1, digits, ok := numAt(d, k)
	if !ok || digits != 4 || y1 < minYear || y1 > maxYear {
		return 0, 0, k, false
	}
	j := k + 1
	switch {
	case punctAt(d, j, '-'):
		j++
	case period && (d.Is(j, "đến") || d.Is(j, "tới")) && periodBefore(d, k):
		j++
	default:
		return 0, 0, k, false
	}
	y2, digits, ok = numAt(d, j)
	if !ok || digits != 4 || y2 <= y1 || y2 > maxYear || y2-y1 > maxYearSpan || wordAfter(d, j) || glued(d, j+1) {
		return 0, 0, k, false
	}
	return y1, y2, j + 1, true
}

// periodBefore reports whether a period word (giai đoạn, nhiệm kỳ) ends
// just before token k.
func periodBefore(d *Doc, k int) bool {
	for n := 1; n <= 2; n++ {
		if _, m, ok := periodWords.Match(d, k-n); ok && m == n {
			return true
		}
	}
	return false
}

// namedDayAt parses "D tháng M", "D tháng M năm YYYY", "D tháng M/YYYY"
// and "D tháng M, YYYY" (commaYear) at token k.
func namedDayAt(d *Doc, k int) (y, m, day, end int, hasYear, ok bool) {
	day, digits, ok := numAt(d, k)
	if !ok || digits > 2 || !d.Is(k+1, "tháng") {
		return 0, 0, 0, k, false, false
	}
	m, digits, ok = numAt(d, k+2)
	if !ok || digits > 2 || wordAfter(d, k+2) {
		return 0, 0, 0, k, false, false
	}
	y, end, ok = yearAfterMonth(d, k+3)
	if !ok {
		y, end, ok = commaYear(d, k+3)
	}
	if ok {
		if !ValidDate(y, m, day) {
			return 0, 0, 0, k, false, false
		}
		return y, m, day, end, true, true
	}
	if !ValidDate(2000, m, day) {
		return 0, 0, 0, k, false, false
	}
	return 0, m, day, k + 3, false, true
}

// commaYear parses the year written after a comma at token k, as
// Facebook dates a post of an earlier year (18 tháng 2, 2025 lúc 16:40)
// and as some write a day of history (2 tháng 9, 1945, ...): the comma
// touches the month, a space parts it from the year, and after the year
// comes the end of the line, "lúc" or punctuation that does not glue it
// to a code (not 15 tháng 3, 2000 người: a count).
func commaYear(d *Doc, k int) (y, end int, ok bool) {
	if !punctAt(d, k, ',') || !d.Adjacent(k-1) || d.Adjacent(k) {
		return 0, k, false
	}
	y, digits, ok := numAt(d, k+1)
	if !ok || digits != 4 || y < minYear || y > maxYear {
		return 0, k, false
	}
	end = k + 2
	switch {
	case end >= len(d.Toks) || d.Toks[end].Flags&LineStart != 0 || d.Is(end, "lúc"):
	case d.Toks[end].Kind == Punct && !glued(d, end):
	default:
		return 0, k, false
	}
	return y, end, true
}

// ymdAt parses YYYY-MM-DD or YYYY/MM/DD at token k.
func ymdAt(d *Doc, k int) (y, m, day, end int, ok bool) {
	y, digits, ok := numAt(d, k)
	if !ok || digits != 4 || !sepAt(d, k+1, "-/") || !d.Adjacent(k) || !d.Adjacent(k+1) {
		return 0, 0, 0, k, false
	}
	sep := d.S[d.Toks[k+1].Start]
	m, digits, ok = numAt(d, k+2)
	if !ok || digits > 2 || !punctAt(d, k+3, sep) || !d.Adjacent(k+2) || !d.Adjacent(k+3) {
		return 0, 0, 0, k, false
	}
	day, digits, ok = numAt(d, k+4)
	if !ok || digits > 2 || y < minYear || y > maxYear || !ValidDate(y, m, day) || wordAfter(d, k+4) {
		return 0, 0, 0, k, false
	}
	return y, m, day, k + 5, true
}

// dmyAt parses D-M-YYYY, D/M/YYYY, D.M.YYYY at token k, and D-M, D/M, D.M
// when noYear is true (y is then 0). The parts touch their separators.
func dmyAt(d *Doc, k int, noYear bool) (y, m, day, end int, ok bool) {
	day, digits, ok := numAt(d, k)
	if !ok || digits > 2 || !sepAt(d, k+1, "-/.") || !d.Adjacent(k) || !d.Adjacent(k+1) {
		return 0, 0, 0, k, false
	}
	m, digits, ok = numAt(d, k+2)
	if !ok || digits > 2 || wordAfter(d, k+2) {
		return 0, 0, 0, k, false
	}
	if sepAt(d, k+3, "-/.") && d.Adjacent(k+2) && d.Adjacent(k+3) {
		if y, digits, ok := numAt(d, k+4); ok && digits == 4 {
			if y < minYear || y > maxYear || !ValidDate(y, m, day) || wordAfter(d, k+4) {
				return 0, 0, 0, k, false
			}
			return y, m, day, k + 5, true
		}
	}
	if !noYear || !ValidDate(2000, m, day) || unitAfter(d, k+3) {
		return 0, 0, 0, k, false
	}
	return 0, m, day, k + 3, true
}

// unitAfter reports whether token k is a unit that makes the number pair
// before it a quantity (ngày 1-2 lần, 3-5 người, 2-3%), not a day.
func unitAfter(d *Doc, k int) bool {
	if punctAt(d, k, '%') {
		return true
	}
	if !wordAt(d, k) {
		return false
	}
	_, n, ok := units.Match(d, k)
	return ok && n == 1
}

// meridiem reads AM or PM after a clock time ending at token end (10:20
// PM) and returns the hour on 24 hours and the new end.
func meridiem(d *Doc, h, end int) (int, int) {
	switch {
	case d.Is(end, "pm") && h >= 1 && h <= 12:
		return h%12 + 12, end + 1
	case d.Is(end, "am") && h >= 1 && h <= 12:
		return h % 12, end + 1
	}
	return h, end
}

// timeAt parses a clock time at token k: HH:MM, HH:MM:SS (maybe with AM
// or PM), HHhMM, HHh, HH giờ, HH giờ MM, HH giờ MM phút. weak reports the
// forms "8 giờ" that may as well be a duration.
func timeAt(d *Doc, k int) (h, m, end int, weak, ok bool) {
	h, digits, ok := numAt(d, k)
	if !ok || digits > 2 || h > 23 || k+1 >= len(d.Toks) {
		return 0, 0, k, false, false
	}
	switch {
	case punctAt(d, k+1, ':') && d.Adjacent(k) && d.Adjacent(k+1):
		m, digits, ok = numAt(d, k+2)
		if !ok || digits != 2 || m > 59 {
			return 0, 0, k, false, false
		}
		end = k + 3
		if punctAt(d, end, ':') && d.Adjacent(end-1) && d.Adjacent(end) {
			if s, digits, ok := numAt(d, end+1); ok && digits == 2 && s <= 59 {
				end += 2
			}
		}
		if wordAfter(d, end-1) {
			return 0, 0, k, false, false
		}
		h, end = meridiem(d, h, end)
		return h, m, end, false, true
	case (d.Is(k+1, "h") || d.Is(k+1, "g")) && d.Adjacent(k):
		end = k + 2
		if mm, digits, ok := numAt(d, k+2); ok && d.Adjacent(k+1) {
			if digits != 2 || mm > 59 {
				return 0, 0, k, false, false
			}
			m, end = mm, k+3
		} else if d.Is(k+1, "g") {
			return 0, 0, k, false, false
		}
		return h, m, end, false, !wordAfter(d, end-1)
	case d.Is(k+1, "giờ"):
		end = k + 2
		if mm, digits, ok := numAt(d, k+2); ok && digits <= 2 && mm <= 59 {
			m, end = mm, k+3
			if d.Is(end, "phút") {
				end++
			}
			return h, m, end, false, true
		}
		return h, 0, end, true, true
	}
	return 0, 0, k, false, false
}

// midDotAt reports whether token k is a middle dot (·), which parts the
// day from its time and from the platform's labels in a post's timestamp
// (CN, 19/3/2023 · 18:42).
func midDotAt(d *Doc, k int) bool {
	if k < 0 || k >= len(d.Toks) {
		return false
	}
	t := &d.Toks[k]
	return t.Kind == Punct && d.S[t.Start:t.End] == "·"
}

// wordAt reports whether token k is a word.
func wordAt(d *Doc, k int) bool { return k >= 0 && k < len(d.Toks) && d.Toks[k].Kind == Word }

// lucAt returns the index after "lúc" or "vào lúc" at token k, or k.
func lucAt(d *Doc, k int) int {
	if !wordAt(d, k) {
		return k
	}
	if d.Is(k, "vào") && d.Is(k+1, "lúc") {
		return k + 2
	}
	if d.Is(k, "lúc") {
		return k + 1
	}
	return k
}

// partAt reports whether a part-of-day word is at token k.
func partAt(d *Doc, k int) bool {
	if !wordAt(d, k) {
		return false
	}
	_, _, ok := partOfDay.Match(d, k)
	return ok
}

// timeAfter parses a clock time after a day ending at token k (17:15,
// - 10:04, | 14:13:08, lúc 8 giờ 30, , lúc 8h sáng) into v and returns the
// new end; k when there is none.
func timeAfter(d *Doc, k int, v *dateValue) int {
	j := k
	if j < len(d.Toks) && d.Toks[j].Flags&LineStart != 0 {
		return k
	}
	if punctAt(d, j, ',') || punctAt(d, j, '-') || punctAt(d, j, '|') || midDotAt(d, j) {
		j++
	}
	at := lucAt(d, j)
	h, m, end, weak, ok := timeAt(d, at)
	if !ok || weak && at == j || d.Toks[at].Flags&LineStart != 0 {
		return k
	}
	v.Hour, v.Minute, v.HasTime = h, m, true
	// A part of day after the time belongs to it only on the same line:
	// "16:45\n\nSáng 29-12" starts the next date.
	if v.Part == "" && end < len(d.Toks) && d.Toks[end].Flags&LineStart == 0 {
		if p, n, ok := partOfDay.Match(d, end); ok {
			v.Part = p
			end += n
		}
	}
	return end
}

// clockAfter reports whether a clock time follows a day ending at token
// k (22 tháng 11 lúc 08:15): it makes the day a date with no word before
// it, as a post's timestamp writes it.
func clockAfter(d *Doc, k int) bool {
	var v dateValue
	return timeAfter(d, k, &v) > k
}

// hour24 turns a 12-hour clock hour into 24 hours given the part of day
// (2 giờ chiều is 14:00, 11 giờ đêm 23:00).
func hour24(h int, part string) int {
	switch part {
	case "afternoon", "evening":
		if h >= 1 && h < 12 {
			return h + 12
		}
	case "noon":
		if h >= 1 && h <= 3 {
			return h + 12
		}
	case "night":
		if h >= 7 && h < 12 {
			return h + 12
		}
	}
	return h
}

// weekdayAt returns the token count of a weekday name at token k; "thứ
// hai" after an ordinal head (lần thứ hai) is not one.
func weekdayAt(d *Doc, k int) (int, bool) {
	_, n, ok := weekdays.Match(d, k)
	if !ok {
		return 0, false
	}
	if n == 1 && d.Toks[k].Flags&AllUpper == 0 { // CN, not cn
		return 0, false
	}
	if _, m, ok := ordinalHeads.Match(d, k-1); ok && m == 1 && d.Toks[k].Flags&LineStart == 0 {
		return 0, false
	}
	return n, true
}

// inferYear gives v (a day or month without year) the year that puts it
// closest to the publication date p; with p unknown, v keeps no year.
func inferYear(v *dateValue, p Published) {
	if p.IsZero() || v.Month == 0 {
		return
	}
	best, bestDist := 0, 0
	for y := p.Year - 1; y <= p.Year+1; y++ {
		var dist int
		if v.Day != 0 {
			if !ValidDate(y, v.Month, v.Day) {
				continue
			}
			dist = daysFromCivil(y, v.Month, v.Day) - daysFromCivil(p.Year, p.Month, p.Day)
		} else {
			dist = (y*12 + v.Month) - (p.Year*12 + p.Month)
		}
		dist = max(dist, -dist)
		// On a tie the publication year wins (it is tried second, and
		// a later year must be strictly closer).
		if best == 0 || dist < bestDist || dist == bestDist && y == p.Year {
			best, bestDist = y, dist
		}
	}
	if best != 0 {
		v.Year, v.YearInferred = best, true
	}
}

// daysFromCivil returns the number of days from 1970-01-01 to y-m-d in
// the proleptic Gregorian calendar (H. Hinnant's algorithm).
func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// numAt returns the value and digit count of the number token k. Values
// of more than 9 digits are not read (ok false).
func numAt(d *Doc, k int) (n, digits int, ok bool) {
	if k < 0 || k >= len(d.Toks) || d.Toks[k].Kind != Number {
		return 0, 0, false
	}
	t := &d.Toks[k]
	digits = int(t.End - t.Start)
	if digits > 9 {
		return 0, digits, false
	}
	for _, c := range []byte(d.S[t.Start:t.End]) {
		n = n*10 + int(c-'0')
	}
	return n, digits, true
}

// punctAt reports whether token k is the punctuation character c.
func punctAt(d *Doc, k int, c byte) bool {
	if k < 0 || k >= len(d.Toks) {
		return false
	}
	t := &d.Toks[k]
	return t.Kind == Punct && t.End-t.Start == 1 && d.S[t.Start] == c
}

// sepAt reports whether token k is one of the ASCII punctuation
// characters in seps.
func sepAt(d *Doc, k int, seps string) bool {
	if k < 0 || k >= len(d.Toks) {
		return false
	}
	t := &d.Toks[k]
	if t.Kind != Punct || t.End-t.Start != 1 {
		return false
	}
	c := d.S[t.Start]
	for i := 0; i < len(seps); i++ {
		if seps[i] == c {
			return true
		}
	}
	return false
}

// wordAfter reports whether token k is glued to a letter or digit after
// it (2020a, 19h), so it ends no date.
func wordAfter(d *Doc, k int) bool {
	return d.Adjacent(k) && d.Toks[k+1].Kind != Punct
}

// punctAfterNum reports whether number token k touches a point, comma or
// colon followed by a number (1.280, 0,5, 8:30): it is no bare day. A
// dash may follow a bare day (ngày 11-14/5).
func punctAfterNum(d *Doc, k int) bool {
	return sepAt(d, k+1, ".,:") && d.Adjacent(k) && d.Adjacent(k+1) && k+2 < len(d.Toks) && d.Toks[k+2].Kind == Number
}

// glued reports whether token k, just after a date, continues the number
// pattern it ends (27/9/19, 2020-2025-2030, 15/2020/NĐ-CP): a separator
// touching both the date and a following number or word.
func glued(d *Doc, k int) bool {
	return k > 0 && sepAt(d, k, "-/.") && d.Adjacent(k-1) && d.Adjacent(k) && d.Toks[k+1].Kind != Punct
}

// gluedBefore reports whether the number at token k continues a pattern
// before it: a letter or digit touching it (TW4), a separator touching it
// and a number (0,2-0,3), or a dash or slash touching it and a word
// (COVID-19, NĐ-CP/15). A colon or comma after a word is no glue
// (Thời gian:20/02/2020).
func gluedBefore(d *Doc, k int) bool {
	if k == 0 || d.Toks[k].Flags&(SpaceBefore|LineStart) != 0 {
		return false
	}
	if d.Toks[k-1].Kind != Punct {
		return true
	}
	if k < 2 || !d.Adjacent(k-2) {
		return false
	}
	switch d.Toks[k-2].Kind {
	case Number:
		return sepAt(d, k-1, "-/.,:")
	case Word:
		return sepAt(d, k-1, "-/")
	}
	return false
}

// listEnd reports whether the clause may end or a joint follow at token
// k: the end of the text or line, punctuation, or a list or range word.
func listEnd(d *Doc, k int) bool {
	if k >= len(d.Toks) || d.Toks[k].Flags&LineStart != 0 {
		return true
	}
	switch d.Toks[k].Kind {
	case Punct:
		return !(d.Adjacent(k) && d.Toks[k+1].Kind == Number)
	case Word:
		_, _, ok := rangeWords.Match(d, k)
		return ok
	}
	return false
}
