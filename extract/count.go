package extract

import "github.com/vnie/vnie/schema"

// A count is [qualifier] number unit: "hơn 7.600 đảng viên", "95 điểm cầu
// trực tuyến", "hàng nghìn lượt người", "4.119 cán bộ, đảng viên".
//
// Choices the rules make:
//   - The unit is the counted noun as written, with a classifier before it
//     (lượt người, vị đại biểu, em học sinh) and with further nouns joined
//     by "," or "và" (cán bộ, đảng viên; cán bộ, công chức và người lao
//     động). Nouns that follow without a separator are not joined: in the
//     typo'd "1 triệu đảng viên cán bộ, đảng viên" the unit is "đảng viên".
//   - Connection points are never joined with other nouns.
//   - The location is the place a sentence opens with, when it scopes the
//     whole sentence: "Tại Hậu Giang có 19 điểm cầu, với 4.119 cán bộ" and
//     "Tại TP Cần Thơ, ... hơn 7.600 đảng viên dự tại 95 điểm cầu" give
//     every count of the sentence that place; so do "Tỉnh Hậu Giang có ..."
//     and a headline "TP Cần Thơ: Hơn 7.600 đảng viên ...". A place must be
//     a proper name (capitalized words, optionally after tỉnh, thành phố,
//     TP, huyện, ...); "ở cấp tỉnh có 3 điểm cầu" and "Tại hội nghị, ..."
//     give "". A venue after the count ("3 điểm cầu tại Tỉnh ủy") is not a
//     location.
//   - Not counts: other nouns (62 tổ chức cơ sở Đoàn, 6 nhiệm vụ), money
//     (5 triệu đồng), durations (2 ngày), percentages (100% đoàn viên),
//     numbers inside dates, codes and ranges (27-9-2019, COVID-19,
//     300-400 người), numbers after ngày, tháng, năm, thứ, lần, khóa, and
//     the indefinite "một đại biểu".
//   - Not attendees: people who take part in nothing — members and pupils
//     on a roll (Đảng bộ hiện có 1.215 đảng viên), people represented,
//     admitted, elected, rewarded, or the object of a personnel policy
//     (… được giải quyết nghỉ hưu), and the people of a statistic
//     (giúp 120 hội viên thoát nghèo, bắt giữ 15 người, giảm 18 người so
//     với năm trước); count_role.go holds that rule.

// unitKinds are the counted nouns, each with the kind of count it makes.
// Attendee nouns may be chained (cán bộ, đảng viên); see countUnit.
var unitKinds = NewLexicon([]Entry[string]{
	{"điểm cầu", schema.KindConnectionPoints},

	{"đảng viên", schema.KindAttendees},
	{"cán bộ", schema.KindAttendees},
	{"cán bộ chủ chốt", schema.KindAttendees},
	{"cán bộ chiến sĩ", schema.KindAttendees},
	{"cấp ủy viên", schema.KindAttendees},
	{"bí thư chi bộ", schema.KindAttendees},
	{"đại biểu", schema.KindAttendees},
	{"đại biểu khách mời", schema.KindAttendees},
	{"khách mời", schema.KindAttendees},
	{"người", schema.KindAttendees},
	{"người dân", schema.KindAttendees},
	{"người lao động", schema.KindAttendees},
	{"người có uy tín", schema.KindAttendees},
	{"nhân dân", schema.KindAttendees},
	{"quần chúng", schema.KindAttendees},
	{"quần chúng nhân dân", schema.KindAttendees},
	{"đồng chí", schema.KindAttendees},
	{"thành viên", schema.KindAttendees},
	{"học viên", schema.KindAttendees},
	{"hội viên", schema.KindAttendees},
	{"hội viên phụ nữ", schema.KindAttendees},
	{"hội viên nông dân", schema.KindAttendees},
	{"hội viên cựu chiến binh", schema.KindAttendees},
	{"đoàn viên", schema.KindAttendees},
	{"đoàn viên thanh niên", schema.KindAttendees},
	{"đoàn viên công đoàn", schema.KindAttendees},
	{"đội viên", schema.KindAttendees},
	{"thanh niên", schema.KindAttendees},
	{"thanh thiếu niên", schema.KindAttendees},
	{"thiếu nhi", schema.KindAttendees},
	{"chiến sĩ", schema.KindAttendees},
	{"cựu chiến binh", schema.KindAttendees},
	{"dân quân", schema.KindAttendees},
	{"dân quân tự vệ", schema.KindAttendees},
	{"tự vệ", schema.KindAttendees},
	{"quân nhân", schema.KindAttendees},
	{"sĩ quan", schema.KindAttendees},
	{"hạ sĩ quan", schema.KindAttendees},
	{"binh sĩ", schema.KindAttendees},
	{"bộ đội", schema.KindAttendees},
	{"công an viên", schema.KindAttendees},
	{"cảnh sát", schema.KindAttendees},
	{"người cao tuổi", schema.KindAttendees},
	{"đồng bào", schema.KindAttendees},
	{"già làng", schema.KindAttendees},
	{"nghệ nhân", schema.KindAttendees},
	{"nghệ sĩ", schema.KindAttendees},
	{"văn nghệ sĩ", schema.KindAttendees},
	{"nhà khoa học", schema.KindAttendees},
	{"chuyên gia", schema.KindAttendees},
	{"trí thức", schema.KindAttendees},
	{"nhân viên", schema.KindAttendees},
	// believers and clergy at religious and ethnic festivals
	{"phật tử", schema.KindAttendees},
	{"tín đồ", schema.KindAttendees},
	{"chức sắc", schema.KindAttendees},
	{"tăng ni", schema.KindAttendees},
	{"giáo dân", schema.KindAttendees},
	{"đồng bào Khmer", schema.KindAttendees},
	{"báo cáo viên", schema.KindAttendees},
	{"tuyên truyền viên", schema.KindAttendees},
	{"công chức", schema.KindAttendees},
	{"viên chức", schema.KindAttendees},
	{"công nhân", schema.KindAttendees},
	{"công nhân lao động", schema.KindAttendees},
	{"nông dân", schema.KindAttendees},
	{"phụ nữ", schema.KindAttendees},
	{"học sinh", schema.KindAttendees},
	{"sinh viên", schema.KindAttendees},
	{"tân sinh viên", schema.KindAttendees}, // first-year students
	{"giáo viên", schema.KindAttendees},
	{"giảng viên", schema.KindAttendees},
	{"nhà giáo", schema.KindAttendees},
	{"cử tri", schema.KindAttendees},
	{"tình nguyện viên", schema.KindAttendees},
	{"vận động viên", schema.KindAttendees},
	{"thí sinh", schema.KindAttendees},
	{"phóng viên", schema.KindAttendees},
	{"nhà báo", schema.KindAttendees},
	{"doanh nhân", schema.KindAttendees},
	{"chức sắc", schema.KindAttendees},
	{"tín đồ", schema.KindAttendees},
	{"y bác sĩ", schema.KindAttendees},
	{"y, bác sĩ", schema.KindAttendees}, // y sĩ, bác sĩ
	{"bác sĩ", schema.KindAttendees},
	{"y sĩ", schema.KindAttendees},
	{"điều dưỡng", schema.KindAttendees},
	{"thầy thuốc", schema.KindAttendees},
	{"nhân viên y tế", schema.KindAttendees},
	{"dược sĩ", schema.KindAttendees},
	// the audience of a performance and the visitors of a festival
	// (khoảng 1.500 khán giả; hàng vạn lượt du khách về dự lễ hội); a
	// place's visitor arrivals are a statistic (see notTakingPartBefore)
	{"khán giả", schema.KindAttendees},
	{"du khách", schema.KindAttendees},
})

// connectionModifiers may follow "điểm cầu": they belong to the count's
// text but not to its unit ("95 điểm cầu trực tuyến" has unit "điểm cầu").
var connectionModifiers = NewSet("trực tuyến", "trực tiếp", "truyền hình", "truyền hình trực tuyến")

// unitClassifiers may stand between the number and an attendee noun, and
// are part of the unit: "1.200 lượt người", "50 vị đại biểu".
var unitClassifiers = NewSet("lượt", "vị", "em")

// qualifiers are the words before a number that make it approximate or a
// bound; they are part of the count's text.
var qualifiers = NewLexicon([]Entry[string]{
	{"hơn", schema.QualMoreThan},
	{"trên", schema.QualMoreThan},
	{"gần", schema.QualNearly},
	{"ngót", schema.QualNearly},
	{"khoảng", schema.QualAbout},
	{"vào khoảng", schema.QualAbout},
	{"khoảng chừng", schema.QualAbout},
	{"chừng", schema.QualAbout},
	{"hàng", schema.QualAbout},
	{"ước", schema.QualAbout},
	{"ước tính", schema.QualAbout},
	{"ước đạt", schema.QualAbout},
	{"ước khoảng", schema.QualAbout},
	{"ước chừng", schema.QualAbout},
	{"ước tính khoảng", schema.QualAbout},
	{"xấp xỉ", schema.QualAbout},
	{"trên dưới", schema.QualAbout},
	{"ít nhất", schema.QualAtLeast},
	{"tối thiểu", schema.QualAtLeast},
})

// maxQualifierTokens is the most tokens a phrase of qualifiers has.
const maxQualifierTokens = 3

// notCountAfter are words after which a number is a date, an ordinal or a
// term, not a count: "ngày 27", "lần thứ 2", "năm 2020", "khóa 15".
var notCountAfter = NewSet("ngày", "tháng", "năm", "thứ", "lần", "khóa", "kỳ", "quý", "lúc")

// viewerWords after a unit make it an audience of a page or a video, not
// people taking part: "20.000 lượt người xem", "300 người truy cập".
var viewerWords = NewSet("xem", "truy cập", "tương tác", "chia sẻ", "bình luận", "thích", "like", "view")

// maxUnitNouns bounds the nouns chained in one unit.
const maxUnitNouns = 5

// Counts finds counts of connection points and attendees, in text order,
// and claims their tokens (qualifier, number and unit).
func Counts(d *Doc) []schema.Count {
	out := []schema.Count{}
	var memo attendeeMemo
	next := 0 // the token to go on from
	for _, k := range d.starts().keyed {
		i := int(k)
		t := &d.Toks[i]
		if i < next || t.Flags&(Claimed|Furniture) != 0 || t.Kind == Punct {
			continue
		}
		if t.Kind == Word {
			if !numeralGate.mayMatch(d, i) {
				continue
			}
			if _, _, ok := numerals.Match(d, i); !ok {
				continue
			}
		}
		c, end, ok := countAt(d, i, &memo)
		if ok {
			out = append(out, c)
		}
		next = max(end, i+1)
	}
	return out
}

// countAt reads the count whose number starts at token i. next is the
// index to go on from: past the count, or past the number that is not one.
// memo holds the decision on the attendee count before it (see takesPart).
func countAt(d *Doc, i int, memo *attendeeMemo) (c schema.Count, next int, ok bool) {
	num, ok := parseNumber(d, i)
	if !ok {
		return c, num.end, false
	}
	next = num.end
	// 477/480 đại biểu: the people present of a total; the unit follows
	// the total.
	unitAt := num.end
	if e, ok := ofTotal(d, num); ok {
		unitAt, next = e, e
	}
	if !d.Usable(num.start, unitAt) {
		return c, next, false
	}
	kind, unitEnd, end, ok := countUnit(d, unitAt)
	if !ok {
		return c, next, false
	}
	start, qual := countQualifier(d, i)
	if num.implied && qual == "" {
		return c, next, false // nghìn người alone is not a number
	}
	if !countContextOK(d, start, i) {
		return c, next, false
	}
	if kind == schema.KindAttendees && !takesPart(d, start, unitEnd, memo) {
		return c, unitEnd, false
	}
	d.Claim(start, end)
	return schema.Count{
		Text:      d.Surface(start, end),
		Span:      d.Span(start, end),
		Kind:      kind,
		Value:     int(num.value),
		Qualifier: qual,
		Unit:      d.Value(unitAt, unitEnd),
		Location:  countLocation(d, start),
	}, end, true
}

// minTotal is the least total of a count written present/total (477/480
// đại biểu): below it, N/M is a fraction (2/3 đại biểu: two thirds).
const minTotal = 10

// ofTotal recognises a count written as the people present out of a
// total (có 477/480 đại biểu Quốc hội có mặt; 480/480): the number num, in
// digits, then "/" and the total, all touching, the total at least
// minTotal and at most twice num (a quorum: most are present; 12/2020 is
// a month and year, 20/11 a day and month). Nothing may touch the total
// after it (4/5/2024 and 15/2020/NĐ-CP are a date and a code). It returns
// the index past the total, where the unit starts; the count's value is
// num, the people present.
func ofTotal(d *Doc, num number) (int, bool) {
	s := num.end
	if s+1 >= len(d.Toks) || d.Toks[s-1].Kind != Number || !isPunct(d, s, '/') || !d.Adjacent(s-1) || !d.Adjacent(s) || d.Toks[s+1].Kind != Number {
		return s, false
	}
	r, ok := readDigits(d, s+1)
	if !ok || r.fracLen > 0 || r.whole < minTotal || r.whole < num.value || r.whole > 2*num.value {
		return s, false
	}
	if r.end < len(d.Toks) && d.Adjacent(r.end-1) {
		return s, false
	}
	return r.end, true
}

// countUnit reads the counted noun phrase at token i, returning where the
// unit ends and where the count's text ends (after modifiers such as
// "trực tuyến"): an optional
// classifier, then a noun of unitKinds, and for attendees more nouns
// joined by "," or "và". It returns the kind and the end of the phrase.
func countUnit(d *Doc, i int) (kind string, unitEnd, end int, ok bool) {
	j := i
	_, n, classified := unitClassifiers.Match(d, j)
	if classified {
		j += n
	}
	if j >= len(d.Toks) || d.Toks[i].Flags&LineStart != 0 || d.Toks[j].Flags&LineStart != 0 {
		return "", i, i, false
	}
	kind, n, ok = unitKinds.Match(d, j)
	if !ok || classified && kind != schema.KindAttendees || !d.Usable(i, j+n) {
		return "", i, i, false
	}
	end = j + n
	if kind != schema.KindAttendees {
		unitEnd = end
		if _, m, ok := connectionModifiers.Match(d, end); ok && d.Toks[end].Flags&LineStart == 0 && d.Usable(end, end+m) {
			end += m
		}
		return kind, unitEnd, end, true
	}
	for nouns := 1; nouns < maxUnitNouns; nouns++ {
		sep := end
		if sep >= len(d.Toks) || d.Toks[sep].Flags&LineStart != 0 || !(isPunct(d, sep, ',') || d.Is(sep, "và")) {
			break
		}
		k, n, ok := unitKinds.Match(d, sep+1)
		if !ok || k != schema.KindAttendees || d.Toks[sep+1].Flags&LineStart != 0 || !d.Usable(sep, sep+1+n) {
			break
		}
		end = sep + 1 + n
	}
	// Viewers: "lượt người xem"; "lượt người theo dõi" is a view count
	// too, while "200 cán bộ theo dõi hội nghị" take part.
	if _, _, viewers := viewerWords.Match(d, end); viewers ||
		d.Is(i, "lượt") && d.Is(end, "theo") && d.Is(end+1, "dõi") {
		return "", i, i, false
	}
	return kind, end, end, true
}

// countQualifier returns the start of the qualifier phrase just before the
// number at token i, and the qualifier; (i, "") when there is none.
func countQualifier(d *Doc, i int) (start int, qual string) {
	for k := maxQualifierTokens; k >= 1; k-- {
		s := i - k
		if s < 0 || !d.Usable(s, i) {
			continue
		}
		lineBreak := false
		for m := s + 1; m <= i; m++ {
			lineBreak = lineBreak || d.Toks[m].Flags&LineStart != 0
		}
		if lineBreak {
			continue
		}
		if q, n, ok := qualifiers.Match(d, s); ok && n == k {
			return s, q
		}
	}
	return i, ""
}

// countContextOK rejects a number that belongs to something else: it
// touches the token before it (COVID-19, 27-9, 52/TW), ends a range
// (300 - 400 người), or follows a date, ordinal or term word (ngày 27,
// lần thứ 2, năm 2020). start is the first token of the count, num the
// first of its number.
func countContextOK(d *Doc, start, num int) bool {
	if start == 0 {
		return true
	}
	p := start - 1
	if start == num && d.Toks[num].Flags&SpaceBefore == 0 && d.Toks[num].Flags&LineStart == 0 {
		// Only an opening bracket or quote may touch the number.
		if d.Toks[p].Kind != Punct {
			return false
		}
		switch d.Tok(p) {
		case "(", "[", "\"", "'", "“", "‘":
		default:
			return false
		}
	}
	if d.Toks[start].Flags&LineStart != 0 {
		return true
	}
	if isPunct(d, p, '-') && p > 0 && d.Toks[p-1].Kind == Number {
		return false // a range
	}
	if _, _, ok := notCountAfter.Match(d, p); ok {
		// In unaccented text a capitalized "Nam" is Việt Nam, not năm.
		return d.Unaccented && d.Toks[p].Flags&Upper != 0
	}
	return true
}
