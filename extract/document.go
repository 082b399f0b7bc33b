package extract

import (
	"slices"
	"strings"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// Systems of schema.Document.System.
const (
	SystemParty = "party" // number-TYPE/ISSUER: 52-NQ/TW
	SystemState = "state" // number/TYPE-ISSUER, number/year/TYPE-ISSUER: 21/NQ-CP, 15/2020/NĐ-CP
)

// Limits that keep every look-ahead of the documents extractor bounded.
const (
	maxNumberDigits  = 6  // digits of a document number (1234, 19130)
	maxIssuerParts   = 8  // joint issuers: 04/2021/TTLT-BCA-BQP-TANDTC-VKSNDTC
	maxIssuerBytes   = 24 // bytes of one issuer part (BTGDVTW, VKSNDTC)
	maxBodyTokens    = 16 // tokens of an issuing body's name
	maxListItems     = 32 // documents in one list (Nghị quyết số 18, 19 và 20)
	maxSameNumberDoc = 16 // candidate documents examined for a back-reference
	maxTypeToNumber  = 6  // tokens from a type phrase's start to its number
)

// Documents finds the formal documents an article cites: Party codes
// (52-NQ/TW, 14-KH/BTGThU), state codes (21/NQ-CP, 15/2020/NĐ-CP,
// 123/UBND-VX, 59/2020/QH14) and numbered references without a code
// (Chỉ thị số 01, Nghị quyết 52, Nghị quyết số 18, 19 và 20). It reads the
// issue date (ngày 27-9-2019) and the issuing body (của Bộ Chính trị) that
// follow a citation, links short references (Nghị quyết số 52) to the
// coded document they abbreviate, before or after it, and returns one
// Document per distinct document, in order of first mention, each with its
// mentions in text order. It claims the tokens of every mention but not
// the issue date, which stays for the date extractor. Time is linear in
// the number of tokens.
func Documents(d *Doc) []schema.Document {
	// The items go in the Doc's pooled buffer: growing a fresh slice was
	// most of what the stage allocated (docItem is some 250 bytes).
	p := docParser{d: d, items: d.items[:0]}
	p.scan()
	d.items = p.items
	return p.resolve()
}

// docCode is one parsed document code.
type docCode struct {
	// id is the canonical code: as written, no spaces, TƯ/T.Ư as TW.
	id string
	// typ is the type of the code; nil when the code has none (công văn
	// 123/UBND-VX, laws 59/2020/QH14).
	typ *typeCode
	// number is the number as written (05, 24a); year is 0 when absent.
	number string
	year   int
	issuer string
	system string
}

// docItem is one mention of a document, with what the text says next to
// it.
type docItem struct {
	start, end int // tokens of the mention
	coded      bool
	code       docCode
	word       typeWord // the type phrase before the number, if hasWord
	hasWord    bool
	number     string // the number of a reference without code
	issued     string // YYYY-MM-DD or ""
	body       string // issuing body or ""
}

// typeAbbr returns the type abbreviation of the item's document.
func (it *docItem) typeAbbr() string {
	if it.coded && it.code.typ != nil {
		return it.code.typ.Abbr
	}
	if it.hasWord {
		if it.coded && it.word.Generic {
			if it.code.year == 0 {
				return "CV" // a state code without type is a công văn
			}
			return ""
		}
		return it.word.Abbr
	}
	return ""
}

// typeName returns the full type name of the item's document: the phrase
// of the text when it agrees with the code (Quy định số 144-QĐ/TW is a Quy
// định), else the name the code's system gives the abbreviation.
func (it *docItem) typeName() string {
	if it.coded && it.code.typ != nil {
		if it.hasWord && !it.word.Generic && it.word.compatible(it.code.typ.Abbr) {
			return it.word.Name
		}
		if it.code.system == SystemParty {
			return it.code.typ.Party
		}
		return it.code.typ.State
	}
	if it.hasWord {
		if it.coded && it.word.Generic {
			if it.code.year == 0 {
				return "Công văn"
			}
			return ""
		}
		return it.word.Name
	}
	return ""
}

// docParser holds the state of one Documents call.
type docParser struct {
	d     *Doc
	items []docItem
}

// scan finds every mention in text order, with issue dates and bodies.
func (p *docParser) scan() {
	d := p.d
	group := -1   // index in p.items of the first item of the current list, -1 if none
	groupEnd := 0 // token just past the current list (with its dates)
	next := 0     // the token to go on from
	// keyed holds every Number: the first at or after token i is found
	// on it, at numAt, not by walking every token.
	keyed := d.starts().keyed
	numAt := 0
	for _, k := range keyed {
		i := int(k)
		if i < next || d.Toks[i].Flags&(Claimed|Furniture) != 0 {
			continue
		}
		for numAt < len(keyed) && (int(keyed[numAt]) < i || d.Toks[keyed[numAt]].Kind != Number) {
			numAt++
		}
		num := len(d.Toks) // the first Number token at or after i, len(d.Toks) if none
		if numAt < len(keyed) {
			num = int(keyed[numAt])
		}
		first := len(p.items)
		end := -1
		switch d.Toks[i].Kind {
		case Word:
			// Every reference has a number within a few tokens of its
			// type phrase (Thông tư liên tịch số: 04): the cheap gate
			// before the lexicon.
			if num-i <= maxTypeToNumber && typeWords.firsts.has(d.Toks[i].fh) {
				end = p.typedRef(i)
			}
		case Number:
			end = p.codeRef(i)
		}
		if end <= i {
			continue
		}
		if group < 0 || !p.joins(groupEnd, i) {
			group = first
		}
		if body, bend, ok := p.bodyAt(end); ok {
			last := len(p.items) - 1
			for k := group; k <= last; k++ {
				// The member just before "của" takes the body the text
				// gives; earlier members only when their code allows it
				// (Luật số 59/2020/QH14 và Nghị định số 80/2021/NĐ-CP của
				// Chính phủ: the law is the Quốc hội's).
				if p.items[k].body == "" && (k == last || issuerAllows(p.items[k], body) && !p.citesEarlier(k)) {
					p.items[k].body = body
				}
			}
			group, end = -1, bend
		}
		groupEnd, next = end, end
	}
}

// citesEarlier reports whether item k, a reference without code, names a
// document coded shortly before it (Chỉ thị số 15 và Kế hoạch số
// 55/KH-UBND của UBND huyện, after 15/CT-TTg): it is that document, and a
// body given to the list it stands in is the list's last member's. It
// looks back at most maxCitedBack items.
func (p *docParser) citesEarlier(k int) bool {
	it := &p.items[k]
	if it.coded || !it.hasWord {
		return false
	}
	nk := numberKey(it.number)
	for j := max(0, k-maxCitedBack); j < k; j++ {
		c := &p.items[j]
		if c.coded && numberKey(c.code.number) == nk && (it.word.compatible(c.typeAbbr()) || it.word.Name == c.typeName()) {
			return true
		}
	}
	return false
}

// maxCitedBack bounds how many items citesEarlier looks back over.
const maxCitedBack = 32

// issuerBodies are the issuer codes that name their body unambiguously,
// with words one of which that body's name holds.
var issuerBodies = []struct {
	issuer string // the code, or its prefix before a term number (QH14)
	words  []string
}{
	{"QH", []string{"Quốc hội"}},
	{"UBTVQH", []string{"Quốc hội"}},
	{"CP", []string{"Chính phủ"}},
	{"TTg", []string{"Thủ tướng"}},
	{"TW", []string{"Trung ương", "Bộ Chính trị", "Ban Bí thư"}},
	{"HĐND", []string{"Hội đồng nhân dân", "HĐND"}},
}

// issuerAllows reports whether body may have issued the item: unless the
// item's code names another body.
func issuerAllows(it docItem, body string) bool {
	if !it.coded {
		return true
	}
	issuer := it.code.issuer
	for _, ib := range issuerBodies {
		rest, ok := strings.CutPrefix(issuer, ib.issuer)
		if !ok || strings.Trim(rest, "0123456789") != "" {
			continue
		}
		for _, w := range ib.words {
			if strings.Contains(strings.ToLower(body), strings.ToLower(w)) {
				return true
			}
		}
		return false
	}
	return true
}

// joins reports whether only a list separator (",", "và") lies between
// tokens from and to, so that the mention at to continues the list that
// ended at from.
func (p *docParser) joins(from, to int) bool {
	if to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		if p.d.Tok(k) != "," && !p.d.Is(k, "và") {
			return false
		}
	}
	return true
}

// typedRef parses a reference that starts with a type phrase at token i
// (Nghị quyết số 52-NQ/TW, Chỉ thị 03, Nghị quyết số 18, 19 và 20) and
// returns the token just past it and its dates, or -1.
func (p *docParser) typedRef(i int) int {
	d := p.d
	w, n, ok := typeWords.Match(d, i)
	if !ok || !d.Usable(i, i+n) {
		return -1
	}
	j := i + n
	hasSo := false
	if d.Is(j, "số") && d.Usable(j, j+1) {
		hasSo = true
		j++
		if j < len(d.Toks) && d.Tok(j) == ":" {
			j++
		}
	}
	if j >= len(d.Toks) || d.Toks[j].Kind != Number || !d.Usable(j, j+1) || d.Toks[j].Flags&LineStart != 0 {
		return -1
	}
	if c, cend, ok := parseCode(d, j, &w); ok {
		k := p.add(docItem{start: i, end: cend, coded: true, code: c, word: w, hasWord: true})
		return p.list(k, &w, true, hasSo)
	}
	// Without số, only the types often cited so (Chỉ thị 03) make a
	// reference; any type does when its issuer follows the number
	// (Kế hoạch 09 của Ban Thường vụ Quận ủy).
	cited := d.Toks[i].Flags&Upper != 0 && (w.Bare || d.Is(j+1, "của") && isCapWord(d, j+2))
	if w.Generic || !hasSo && !cited {
		return -1
	}
	bend, ok := bareNumber(d, j, hasSo)
	if !ok {
		return -1
	}
	first := len(p.items)
	k := p.add(docItem{start: i, end: bend, word: w, hasWord: true, number: d.Tok(j)})
	k = p.list(k, &w, false, hasSo)
	// A date after a list of numbers under one type phrase dates them all
	// (Nghị quyết số 18, 19 và 20 ngày 25-10-2017).
	last := &p.items[len(p.items)-1]
	for m := first; m < len(p.items)-1 && last.issued != ""; m++ {
		if !p.items[m].coded && p.items[m].issued == "" {
			p.items[m].issued = last.issued
		}
	}
	return k
}

// codeRef parses a code without a type phrase before it (Số 36-HD/VPTW,
// các Nghị quyết số 79-NQ/TW và 80-NQ/TW) and returns the token just past
// it and its dates, or -1.
func (p *docParser) codeRef(i int) int {
	c, end, ok := parseCode(p.d, i, nil)
	if !ok {
		return -1
	}
	k := p.add(docItem{start: i, end: end, coded: true, code: c})
	return p.list(k, nil, true, false)
}

// list parses further members of a list after the item that ended at
// token k (", 19 và 20", "và 80-NQ/TW"): codes, and numbers too when the
// first member was a number. It returns the token just past the list.
func (p *docParser) list(k int, w *typeWord, coded, hasSo bool) int {
	d := p.d
	for range maxListItems {
		m := k
		if m < len(d.Toks) && d.Tok(m) == "," {
			m++
		}
		if d.Is(m, "và") {
			m++
		}
		if m == k || m >= len(d.Toks) || d.Toks[m].Kind != Number || !d.Usable(m, m+1) {
			break
		}
		if c, end, ok := parseCode(d, m, w); ok {
			it := docItem{start: m, end: end, coded: true, code: c}
			if w != nil {
				it.word, it.hasWord = *w, true
			}
			k = p.add(it)
			continue
		}
		if coded || w == nil {
			break
		}
		// After "số" the items of a list are numbers whatever follows
		// the last (Nghị quyết số 18, 19 và 20 Hội nghị Trung ương 6).
		end, ok := bareNumber(d, m, hasSo)
		if !ok {
			break
		}
		k = p.add(docItem{start: m, end: end, word: *w, hasWord: true, number: d.Tok(m)})
	}
	return k
}

// add records an item, claims its tokens, reads the issue date after it
// ("ngày 27-9-2019", ", ngày 26/2/2021") and returns the token just past
// the item and its date. The date is not claimed.
func (p *docParser) add(it docItem) int {
	d := p.d
	d.Claim(it.start, it.end)
	k := it.end
	m := k
	if m < len(d.Toks) && d.Tok(m) == "," {
		m++
	}
	// The date must go on the line of the code: a line opening with "Ngày"
	// under a headline that cites a code is the dateline, not the issue
	// date (Hội nghị sơ kết Nghị quyết số 43-NQ/TW / Ngày 18-12-2024).
	if d.Is(m, "ngày") && d.Usable(m, m+1) && d.Toks[m].Flags&LineStart == 0 {
		// A date without year takes it from the publication date, as in
		// the dates (Quyết định số 2156/QĐ-CTN ngày 28/12, in an article
		// of 3 January: 2023-12-28); with no publication date there is no
		// issue date.
		if v, end, ok := parseDateAt(d, m); ok && end > m && d.Usable(m, end) {
			k = end
			if day, ok := v.day(d); ok {
				it.issued = day
			}
		}
	}
	if it.issued == "" {
		if day, ok := issuedBefore(d, it.start); ok {
			it.issued = day
		} else if day, ok := headerIssued(d, it.start, it.end); ok {
			it.issued = day
		}
	}
	p.items = append(p.items, it)
	return k
}

// maxIssuedBack bounds, in tokens, the sentence issuedBefore reads back
// over: its date, a body's name and "ban hành".
const maxIssuedBack = 24

// issuedBefore finds the issue date of a document whose mention starts at
// token start, when a sentence opens with the date and says that a body
// issued it: "Ngày 4/6, UBND tỉnh ban hành Kế hoạch số 1987/KH-UBND",
// "Ngày 12-3-2021, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 05-CT/TU".
// Between the date and "ban hành" there must be a body's name and nothing
// else (not "kiểm tra việc ban hành").
func issuedBefore(d *Doc, start int) (string, bool) {
	k := start - 2 // "ban hành" just before the mention
	if k < 1 || !d.Is(k, "ban") || !d.Is(k+1, "hành") {
		return "", false
	}
	s := k - 1
	for ; s > 0 && d.Toks[s].Flags&LineStart == 0 && !sentenceEnd(d, s-1); s-- {
		if k-s >= maxIssuedBack {
			return "", false
		}
	}
	if !d.Is(s, "ngày") {
		return "", false
	}
	v, end, ok := parseDateAt(d, s)
	if !ok || !punctAt(d, end, ',') {
		return "", false
	}
	e, ok := orgName(d, end+1)
	if !ok || e != k && !(e+1 == k && (d.Is(e, "đã") || d.Is(e, "vừa"))) {
		return "", false
	}
	return v.day(d)
}

// Limits of a document's header block, read by headerIssued.
const (
	// maxHeaderLines is how many lines under the code's line the header's
	// place-and-date line may be: the right column (ĐẢNG CỘNG SẢN VIỆT
	// NAM; CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh
	// phúc) flattened between them.
	maxHeaderLines = 4
	// maxHeaderTokens bounds, in tokens, the look-ahead of headerIssued.
	maxHeaderTokens = 48
	// maxPlaceWords is the longest place name of a place-and-date line
	// (Thành phố Hồ Chí Minh), in words.
	maxPlaceWords = 6
)

// headerIssued finds the issue date of a document's own code in its
// header block: the code [start, end) alone after "Số" or "Số:" on a line
// of its own (Số 287-BC/TU, Số: 1482/QĐ-UBND), and within maxHeaderLines
// lines under it, or else above it, the place-and-date line (Ninh Bình, ngày 18 tháng 3 năm
// 2024), whose full date is the document's. A code in prose, or a place
// and date that open a sentence, are no header.
func headerIssued(d *Doc, start, end int) (string, bool) {
	so := start - 1
	if punctAt(d, so, ':') {
		so--
	}
	if so < 0 || !d.Is(so, "số") || d.Toks[so].Flags&LineStart == 0 {
		return "", false
	}
	if end < len(d.Toks) && d.Toks[end].Flags&LineStart == 0 {
		return "", false // the code must end its line
	}
	if day, ok := placeDateNear(d, end, 1); ok {
		return day, true
	}
	// The right column may come first when the header is flattened
	// (ĐẢNG CỘNG SẢN VIỆT NAM / Ninh Bình, ngày ... / TỈNH ỦY NINH BÌNH /
	// Số 287-BC/TU): the lines just above "Số".
	return placeDateNear(d, so-1, -1)
}

// placeDateNear looks for a place-and-date line (placeDateLine) among the
// first maxHeaderLines lines that start within maxHeaderTokens tokens of
// token from, going forward (step 1) or back (step -1).
func placeDateNear(d *Doc, from, step int) (string, bool) {
	lines := 0
	for k := from; k >= 0 && k < len(d.Toks) && (k-from)*step < maxHeaderTokens; k += step {
		if d.Toks[k].Flags&LineStart == 0 {
			continue
		}
		if lines++; lines > maxHeaderLines {
			break
		}
		if day, ok := placeDateLine(d, k); ok {
			return day, true
		}
	}
	return "", false
}

// placeDateLine reads the line that starts at token k as a header's
// place-and-date line: a capitalized place of at most maxPlaceWords words
// (TP. Hồ Chí Minh), maybe a comma, then a full date with its year that
// ends the line (ngày 18 tháng 3 năm 2024). It returns the date.
func placeDateLine(d *Doc, k int) (string, bool) {
	if !isCapWord(d, k) {
		return "", false
	}
	j, w := k, 0
	for j < len(d.Toks) && w <= maxPlaceWords && !d.Is(j, "ngày") {
		switch {
		case isCapWord(d, j):
			w++
		case punctAt(d, j, '.') && j > k:
		default:
			if !punctAt(d, j, ',') || !d.Is(j+1, "ngày") {
				return "", false
			}
		}
		j++
		if j < len(d.Toks) && d.Toks[j].Flags&LineStart != 0 {
			return "", false
		}
	}
	if w == 0 || w > maxPlaceWords || !d.Is(j, "ngày") {
		return "", false
	}
	v, e, ok := parseDateAt(d, j)
	if !ok || v.YearInferred || e < len(d.Toks) && d.Toks[e].Flags&LineStart == 0 {
		return "", false
	}
	return v.day(d)
}

// bodyAt parses the issuing body at token k: "của Bộ Chính trị", or
// "do Bộ Chính trị ban hành". It returns the body's name and the token
// just past it.
func (p *docParser) bodyAt(k int) (body string, end int, ok bool) {
	d := p.d
	switch {
	case d.Is(k, "của"):
		end, ok = orgName(d, k+1)
		if ok {
			end = bodyList(d, end, false)
		}
	case d.Is(k, "do"):
		end, ok = orgName(d, k+1)
		if ok {
			end = bodyList(d, end, true)
		}
		ok = ok && d.Is(end, "ban") && d.Is(end+1, "hành")
	}
	if !ok {
		return "", k, false
	}
	return d.Value(k+1, end), end, true
}

// maxListedBodies bounds the further bodies that bodyList joins to the
// first one (Bộ Chính trị, Ban Bí thư và ...).
const maxListedBodies = 3

// bodyList extends the issuing body that ends at token end with the
// bodies listed after it, joined by "," or "và", when each member is
// itself a body (it starts with a bodyHeads word) and the list closes
// where a citation goes on: punctuation, the end of the line, the text,
// or "về" (của Bộ Chính trị, Ban Bí thư về ...; of "do ... ban hành",
// "ban hành"). A member followed by a verb is the subject of the main
// clause instead (Thực hiện Kế hoạch của Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy
// đã phối hợp ...), and then no member is joined. It returns the token
// just past the list.
func bodyList(d *Doc, end int, issued bool) int {
	k := end
	for range maxListedBodies {
		if k+1 >= len(d.Toks) || !(d.Is(k, "và") || d.Tok(k) == ",") || !d.Usable(k, k+2) {
			break
		}
		if _, _, ok := bodyHeads.Match(d, k+1); !ok || !isCapWord(d, k+1) || d.Toks[k+1].Flags&LineStart != 0 {
			break
		}
		next, ok := orgName(d, k+1)
		if !ok {
			break
		}
		k = next
	}
	if k == end {
		return end
	}
	switch {
	case k >= len(d.Toks) || d.Toks[k].Flags&LineStart != 0:
	case issued && d.Is(k, "ban") && d.Is(k+1, "hành"):
	case d.Is(k, "về"):
	case d.Toks[k].Kind == Punct && strings.Contains(",.;:)", d.Tok(k)):
	default:
		return end
	}
	return k
}

// orgName returns the end of the organization name that starts at token
// i: capitalized words, each with at most one lower-case syllable after it
// (Ban Tuyên giáo Thị ủy, Bộ Y tế), the lower-case phrases of
// bodyLowerPhrases (Ủy ban nhân dân tỉnh Hậu Giang), "và" before a word
// that does not start another body (Bộ Thông tin và Truyền thông), and, in
// a ministry's name, "," or "-" before such a word (Bộ Văn hóa, Thể thao
// và Du lịch). It stops before bodyStops (về, khóa, ngày), punctuation, a
// type phrase and a line break.
func orgName(d *Doc, i int) (int, bool) {
	if !isCapWord(d, i) || !d.Usable(i, i+1) {
		return i, false
	}
	if docRefAt(d, i) {
		return i, false
	}
	ministry := d.Is(i, "bộ")
	limit := min(len(d.Toks), i+maxBodyTokens)
	k := i
	for k < limit {
		if k > i && (d.Toks[k].Flags&(LineStart|Claimed|Furniture) != 0) {
			break
		}
		// Đảng bộ các cơ quan Đảng tỉnh: a collective phrase (org.go)
		// goes on with the name.
		if n := collectiveAt(d, k, limit); n > 0 && k > i {
			k += n
			continue
		}
		// A stop word ends the name; capitalized words are names, except
		// in an upper-case headline (CỦA BỘ CHÍNH TRỊ VỀ ...).
		if k > i && (d.Toks[k].Flags&Upper == 0 || d.Toks[k].Flags&AllUpper != 0 && d.Toks[k].End-d.Toks[k].Start > 1) {
			if _, _, ok := bodyStops.Match(d, k); ok && !d.Is(k, "và") {
				break
			}
		}
		tok := d.Tok(k)
		switch {
		case k > i && tok == "&" && d.Adjacent(k-1) && d.Adjacent(k) && isCapWord(d, k+1) && d.Toks[k-1].Kind == Word:
			k++ // an abbreviation joined by &: Sở GD&ĐT, Sở VHTT&DL
		case k > i && !ministry && (tok == "," || tok == "-") && sectorListAt(d, k+1):
			k++ // the sectors of a department: Sở Văn hóa, Thể thao và Du lịch
		case k > i && (d.Is(k, "và") || ministry && (tok == "," || tok == "-")):
			if k+1 >= limit || !isCapWord(d, k+1) || d.Toks[k+1].Flags&LineStart != 0 {
				return k, true
			}
			if _, _, ok := bodyHeads.Match(d, k+1); ok {
				return k, true
			}
			if docRefAt(d, k+1) {
				return k, true
			}
			if _, _, ok := campaignWords.Match(d, k+1); ok {
				return k, true // của Bộ Chính trị và Cuộc vận động "..."
			}
			k++
		case isCapWord(d, k):
			if k > i && docRefAt(d, k) {
				return k, true
			}
			if _, n, ok := bodyOrgWords.Match(d, k); ok {
				k += n
				continue
			}
			k++
			if k < limit && plainLower(d, k) {
				_, _, stop := bodyStops.Match(d, k)
				_, _, phrase := bodyLowerPhrases.Match(d, k)
				if !stop && !phrase && (!plainLower(d, k+1) || orgEnd(d, k+1)) {
					k++ // an unlisted second syllable: Bộ Tài nguyên và Môi trường
				}
			}
		case d.Toks[k].Kind == Number && k > i && numberedUnitBefore(d, k):
			k++ // Bộ Tư lệnh Quân khu 4, Sư đoàn 312
		case d.Toks[k].Kind == Word && k > i:
			if _, n, ok := bodyLevels.Match(d, k); ok {
				k += n // Viện trưởng VKSND tối cao, Tòa án nhân dân cấp cao
				continue
			}
			unit, n, ok := bodyLowerPhrases.Match(d, k)
			if !ok {
				return k, true
			}
			if unit && k+n < len(d.Toks) && d.Toks[k+n].Kind == Word && d.Toks[k+n].Flags&(Upper|LineStart) == 0 {
				// After a people's committee or council the word is its
				// unit whatever follows (của UBND tỉnh trước ngày 15).
				if _, _, stop := bodyStops.Match(d, k+n); !stop && !committeeBefore(d, k) {
					return k, true // xã hội, tỉnh táo: not a unit
				}
			}
			k += n
		default:
			return k, true
		}
	}
	return k, true
}

// committeeBefore reports whether the word before token k ends the name
// of a people's committee or council (UBND, HĐND, Ủy ban nhân dân, Hội
// đồng nhân dân), whose administrative unit follows it.
func committeeBefore(d *Doc, k int) bool {
	return k >= 1 && (d.Is(k-1, "ubnd") || d.Is(k-1, "hđnd")) ||
		k >= 2 && d.Is(k-2, "nhân") && d.Is(k-1, "dân")
}

// maxSectors bounds the sectors sectorListAt reads after a comma or dash
// (Văn hóa, Thông tin, Thể thao và Du lịch has three after the first).
const maxSectors = 4

// sectorListAt reports whether the rest of a department's name, listing
// the sectors it covers, starts at token k: capitalized sectorWords
// joined by "," or "-" and closed by "và" and a last sector (Thể thao và
// Du lịch in Sở Văn hóa, Thể thao và Du lịch; Thương binh và Xã hội). A
// list of bodies or a clause after the comma is none (Sở Y tế, Sở Tài
// chính; Sở Y tế, Trung tâm Y tế huyện).
func sectorListAt(d *Doc, k int) bool {
	for range maxSectors {
		if !isCapWord(d, k) || d.Toks[k].Flags&LineStart != 0 {
			return false
		}
		_, n, ok := sectorWords.Match(d, k)
		if !ok {
			return false
		}
		k += n
		switch {
		case d.Is(k, "và"):
			if !isCapWord(d, k+1) || d.Toks[k+1].Flags&LineStart != 0 {
				return false
			}
			_, _, ok := sectorWords.Match(d, k+1)
			return ok
		case punctAt(d, k, ',') || punctAt(d, k, '-'):
			k++
		default:
			return false
		}
	}
	return false
}

// bodyLevels are the lower-case words of level that end the name of a
// court or a procuracy, or of its head (Tòa án nhân dân tối cao, Viện
// trưởng VKSND tối cao, Tòa án nhân dân cấp cao).
var bodyLevels = NewSet("tối cao", "cấp cao")

// numberedUnits are the last words of the units that a number names
// (Quân khu 4, Quân đoàn 12, Sư đoàn 312, Vùng 2 Hải quân, Đội 3).
var numberedUnits = NewSet("khu", "đoàn", "vùng", "đội")

// numberedUnitBefore reports whether the number at token k names the
// unit just before it: a short number, after a capitalized unit word and
// a space, that is not the start of a code or a date (Quân khu 4/2020).
// The unit word may be lower case after a capitalized one (Quân khu).
func numberedUnitBefore(d *Doc, k int) bool {
	t := &d.Toks[k]
	if t.End-t.Start > 3 || t.Flags&SpaceBefore == 0 || k < 2 || !isCapWord(d, k-1) && !isCapWord(d, k-2) {
		return false
	}
	if _, _, ok := numberedUnits.Match(d, k-1); !ok {
		return false
	}
	return !d.Adjacent(k) || !sepAt(d, k+1, "/-.")
}

// plainLower reports whether token k is a lower-case word on the same
// line as the token before it.
func plainLower(d *Doc, k int) bool {
	return k < len(d.Toks) && d.Toks[k].Kind == Word && d.Toks[k].Flags&(Upper|LineStart) == 0
}

// orgEnd reports whether the lower-case word at k ends or continues an
// organization name rather than being part of it: a stop word or a
// lower-case phrase of names.
func orgEnd(d *Doc, k int) bool {
	if _, _, ok := bodyStops.Match(d, k); ok {
		return true
	}
	_, _, ok := bodyLowerPhrases.Match(d, k)
	return ok
}

// docRefAt reports whether a document reference starts at token k: a
// type phrase followed by số or a number (Kế hoạch số 14; but Sở Kế hoạch
// và Đầu tư is a body).
func docRefAt(d *Doc, k int) bool {
	_, n, ok := typeWords.Match(d, k)
	if !ok || k+n >= len(d.Toks) {
		return false
	}
	return d.Is(k+n, "số") || d.Toks[k+n].Kind == Number
}

// isCapWord reports whether token i is a word that starts with a capital.
func isCapWord(d *Doc, i int) bool {
	return i >= 0 && i < len(d.Toks) && d.Toks[i].Kind == Word && d.Toks[i].Flags&Upper != 0
}

// bareNumber checks the number at token j of a reference without code
// and returns the token just past it. A number after "số" may be followed
// by anything but more digits, a slash or a dash, a letter (7.600, 26/2,
// 5G), or a counted noun (countNouns: Thông báo số 3 ca mắc mới). Without "số" it must also not look like a year, and be
// followed by punctuation, the end of the line, a date, or one of
// bareFollowers (Chỉ thị 03 của ..., Nghị quyết 52 về ...).
func bareNumber(d *Doc, j int, hasSo bool) (int, bool) {
	t := &d.Toks[j]
	num := d.Tok(j)
	if t.Kind != Number || len(num) > maxNumberDigits || strings.Trim(num, "0") == "" {
		return j, false
	}
	next := j + 1
	if d.Adjacent(j) {
		switch nt := d.Tok(next); {
		case d.Toks[next].Kind != Punct, nt == "/", nt == "-", nt == "%":
			return j, false
		case (nt == "." || nt == ",") && d.Adjacent(next) && d.Toks[next+1].Kind == Number:
			return j, false
		}
	}
	if _, n, ok := countNouns.Match(d, next); ok {
		if !(n == 1 && (d.Is(next, "ngày") || d.Is(next, "năm")) && next+1 < len(d.Toks) && d.Toks[next+1].Kind == Number) {
			return j, false
		}
	}
	if hasSo {
		return next, true
	}
	if len(num) == 4 && (num[0] == '1' || num[0] == '2') {
		return j, false // a year: Kế hoạch 2021
	}
	if next >= len(d.Toks) || d.Toks[next].Flags&LineStart != 0 {
		return next, true
	}
	if d.Toks[next].Kind == Punct {
		return next, strings.Contains(",.;:)(\"'!?…", d.Tok(next))
	}
	if _, _, ok := bareFollowers.Match(d, next); ok {
		return next, true
	}
	if d.Is(next, "ngày") {
		if _, _, ok := parseDateAt(d, next); ok {
			return next, true
		}
	}
	return j, false
}

// parseCode parses the document code whose number is token i:
//
//	party  NUMBER - TYPE / ISSUER [/nb]       52-NQ/TW, 17- CT/TW, 858CV/ĐUK, 05-QC/BTCTU-BDVTU
//	state  NUMBER / [YEAR /] TYPE - ISSUER    21/NQ-CP, 15/2020/NĐ-CP, 24a/2016/NĐ-CP
//	state  NUMBER / [YEAR /] ISSUER           123/UBND-VX (after a type phrase), 59/2020/QH14
//
// w is the type phrase before the code, or nil. A code needs a known type
// abbreviation, or, without one, a type phrase or a Quốc hội issuer. It
// must stand alone: not glued to a word, a number or a path before or
// after it (URLs, COVID-19, TW4).
func parseCode(d *Doc, i int, w *typeWord) (c docCode, end int, ok bool) {
	n := len(d.Toks)
	if d.Toks[i].Kind != Number || len(d.Tok(i)) > maxNumberDigits || !codeStart(d, i) {
		return c, i, false
	}
	j := i + 1
	c.number = d.Tok(i)
	// A letter after the number: 24a/2016/NĐ-CP.
	if j+1 < n && d.Adjacent(i) && d.Toks[j].Kind == Word && d.Toks[j].End-d.Toks[j].Start == 1 &&
		d.Toks[j].Flags&Upper == 0 && d.Adjacent(j) && (d.Tok(j+1) == "/" || d.Tok(j+1) == "-") {
		c.number += d.Tok(j)
		j++
	}
	if j >= n || !sameLine(d, i, j) {
		return c, i, false
	}
	var issFrom, issTo int
	switch sep := d.Tok(j); {
	case sep == "-" || sep == "/" && j+2 < n && d.Adjacent(j) && d.Tok(j+1) == "-":
		// Party: 52-NQ/TW; 03/-CV/BCSĐ.
		if sep == "/" {
			j++
		}
		c.typ, issFrom, issTo, c.issuer, ok = partyTail(d, j+1)
	case sep == "/":
		c.system = SystemState
		j++
		if j+1 < n && d.Toks[j].Kind == Number && d.Tok(j+1) == "/" && sameLine(d, i, j+1) {
			y := atoi(d.Tok(j))
			if len(d.Tok(j)) != 4 || y < 1945 || y > 2100 {
				return c, i, false
			}
			c.year = y
			j += 2
		}
		c.typ, issFrom, issTo, c.issuer, ok = stateTail(d, j, w)
	case d.Toks[j].Kind == Word:
		// Party without the dash: 858CV/ĐUK, 84 QĐ/TWĐTN.
		c.typ, issFrom, issTo, c.issuer, ok = partyTail(d, j)
	}
	if !ok || !sameLine(d, i, issTo-1) {
		return c, i, false
	}
	if c.system == "" {
		c.system = SystemParty
	}
	end = issTo
	// The internal suffix /nb of Party codes.
	if c.system == SystemParty && end+1 < n && d.Adjacent(end-1) && d.Tok(end) == "/" && d.Adjacent(end) && d.Is(end+1, "nb") {
		end += 2
	}
	if !codeEnd(d, end) {
		return c, i, false
	}
	// The id in a buffer on the stack, kept in the Doc's string arena.
	var buf [64]byte
	b := buf[:0]
	for k := i; k < issFrom; k++ {
		b = append(b, d.Tok(k)...)
	}
	b = append(b, c.issuer...)
	for k := issTo; k < end; k++ {
		b = append(b, d.Tok(k)...)
	}
	c.id = d.keep(b)
	return c, end, true
}

// partyTail parses "TYPE / ISSUER" from token j of a Party code. Spaces
// around the slash are tolerated; the type must be a known abbreviation.
func partyTail(d *Doc, j int) (tc *typeCode, issFrom, issTo int, issuer string, ok bool) {
	if j+2 >= len(d.Toks) || d.Toks[j].Kind != Word {
		return nil, 0, 0, "", false
	}
	tc, ok = typeCodeAt(d, j)
	if !ok || d.Tok(j+1) != "/" {
		return nil, 0, 0, "", false
	}
	lower := d.Toks[j].Flags&Upper == 0
	issTo, issuer, ok = parseIssuer(d, j+2, lower)
	return tc, j + 2, issTo, issuer, ok
}

// stateTail parses what follows the number (and year) of a state code
// from token j: "TYPE - ISSUER", or an issuer alone when the code has no
// type (công văn 123/UBND-VX, law 59/2020/QH14). A code without type needs
// a type phrase before it or a Quốc hội issuer; a non-generic phrase whose
// type differs from the apparent type code (Công văn số 1234/CT-TTHT, CT
// = Cục Thuế) makes it a code without type.
func stateTail(d *Doc, j int, w *typeWord) (tc *typeCode, issFrom, issTo int, issuer string, ok bool) {
	n := len(d.Toks)
	if j >= n || d.Toks[j].Kind != Word {
		return nil, 0, 0, "", false
	}
	if t, isType := typeCodeAt(d, j); isType && j+2 < n && (d.Tok(j+1) == "-" || d.Tok(j+1) == ".") &&
		(w == nil || w.Generic || w.compatible(t.Abbr)) {
		lower := d.Toks[j].Flags&Upper == 0
		if issTo, issuer, ok = parseIssuer(d, j+2, lower); ok {
			return t, j + 2, issTo, issuer, true
		}
	}
	issTo, issuer, ok = parseIssuer(d, j, false)
	if !ok {
		return nil, 0, 0, "", false
	}
	if w == nil && !lawIssuer(issuer) {
		return nil, 0, 0, "", false
	}
	return nil, j, issTo, issuer, true
}

// lawIssuer reports whether issuer is Quốc hội or its Standing Committee
// with the term number (QH14, UBTVQH15).
func lawIssuer(issuer string) bool {
	for _, p := range lawIssuerPrefixes {
		if rest, ok := strings.CutPrefix(issuer, p); ok && rest != "" && strings.Trim(rest, "0123456789") == "" {
			return true
		}
	}
	return false
}

// parseIssuer parses the issuer part of a code from token j: words joined
// by "-" or "&" without spaces (BTCTU-BDVTU, BNN&PTNT), each optionally
// followed by digits (QH14); T.Ư and TƯ (T.U in unaccented text) are
// written TW. The first letter
// of a part must be a capital unless lower is set (52-nq/tw). It returns
// the token just past the issuer and the issuer's canonical text.
func parseIssuer(d *Doc, j int, lower bool) (end int, issuer string, ok bool) {
	n := len(d.Toks)
	var buf [32]byte // the issuer, kept in the Doc's string arena
	b := buf[:0]
	for parts := 0; parts < maxIssuerParts; parts++ {
		if j >= n || d.Toks[j].Kind != Word || d.Toks[j].Flags&LineStart != 0 {
			return j, "", false
		}
		tok := d.Tok(j)
		switch {
		case (tok == "T" || tok == "t") && j+2 < n && d.Adjacent(j) && d.Tok(j+1) == "." && d.Adjacent(j+1) &&
			(d.Tok(j+2) == "Ư" || d.Tok(j+2) == "ư" || d.Tok(j+2) == "W" || d.Tok(j+2) == "w" ||
				// Unaccented text writes T.Ư as T.U; T.U means nothing else.
				d.Unaccented && (d.Tok(j+2) == "U" || d.Tok(j+2) == "u")):
			b = append(b, "TW"...)
			j += 3
		case len(tok) <= maxIssuerBytes && (lower || d.Toks[j].Flags&Upper != 0):
			b = append(b, fixTW(tok)...)
			j++
		default:
			return j, "", false
		}
		if j < n && d.Adjacent(j-1) && d.Toks[j].Kind == Number && len(d.Tok(j)) <= 3 {
			b = append(b, d.Tok(j)...) // QH14, HĐNN8
			j++
		}
		if j+1 < n && d.Adjacent(j-1) && (d.Tok(j) == "-" || d.Tok(j) == "&") && d.Adjacent(j) && d.Toks[j+1].Kind == Word {
			b = append(b, d.Tok(j)...)
			j++
			continue
		}
		return j, d.keep(b), true
	}
	return j, "", false
}

// fixTW writes the Trung ương of an issuer as TW (TƯ → TW, BTGTƯ → BTGTW).
func fixTW(s string) string {
	if strings.Contains(s, "TƯ") || strings.Contains(s, "tư") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "TƯ", "TW"), "tư", "tw")
	}
	return s
}

// codeStart reports whether a code may start at token i: the token is
// not glued to what precedes it, except an opening bracket or quote or a
// colon (Số:52-NQ/TW). This keeps out URLs (/52-NQ/TW), COVID-19 and TW4.
func codeStart(d *Doc, i int) bool {
	if i == 0 || d.Toks[i].Flags&SpaceBefore != 0 || d.Toks[i].Flags&LineStart != 0 {
		return true
	}
	switch d.Tok(i - 1) {
	case "(", "[", "\"", "'", ":", ",", ";":
		return true
	}
	return false
}

// codeEnd reports whether a code may end before token k: what follows is
// white space, the end, or punctuation that is not part of a longer
// token (a path or file name: 52-NQ/TW.html, /52-NQ/TW/abc).
func codeEnd(d *Doc, k int) bool {
	if k >= len(d.Toks) || !d.Adjacent(k-1) {
		return true
	}
	if d.Toks[k].Kind != Punct {
		return false
	}
	switch d.Tok(k) {
	case "/", "-", "_", "=", "?", "&", "#", "%", "@", "+":
		return false
	case ".", ",":
		return !d.Adjacent(k) || d.Toks[k+1].Kind == Punct
	}
	return true
}

// sameLine reports whether tokens i..j lie on one line.
func sameLine(d *Doc, i, j int) bool {
	if j >= len(d.Toks) {
		return false
	}
	for k := i + 1; k <= j; k++ {
		if d.Toks[k].Flags&LineStart != 0 {
			return false
		}
	}
	return true
}

// atoi converts a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for _, c := range []byte(s) {
		n = n*10 + int(c-'0')
	}
	return n
}

// numberKey is a document number without leading zeros (05 and 5 meet).
func numberKey(s string) string {
	if t := strings.TrimLeft(s, "0"); t != "" {
		return t
	}
	return s
}

// docAcc is a document being assembled from its items.
type docAcc struct {
	doc   schema.Document
	first int // index of its first item
	coded bool
}

// resolve groups the items into documents: coded items by their code,
// references without code by the coded document of the same type and
// number (the nearest one before them, else the first after), otherwise by
// type and number. Issue date and body come from any mention.
func (p *docParser) resolve() []schema.Document {
	if len(p.items) == 0 {
		return []schema.Document{}
	}
	docs := []*docAcc{}
	of := make([]int, len(p.items)) // item → index in docs
	byID := map[string]int{}
	byNumber := map[string][]int{} // number key → coded docs
	for k := range p.items {
		it := &p.items[k]
		if !it.coded {
			continue
		}
		key := normalize.Fold(it.code.id)
		di, seen := byID[key]
		if !seen {
			di = len(docs)
			byID[key] = di
			nk := numberKey(it.code.number)
			byNumber[nk] = append(byNumber[nk], di)
			docs = append(docs, &docAcc{first: k, coded: true, doc: schema.Document{
				ID: it.code.id, Type: it.typeAbbr(), TypeName: it.typeName(),
				Number: it.code.number, Year: it.code.year, Issuer: it.code.issuer,
				System: it.code.system,
			}})
		}
		if docs[di].doc.IssuingBody == "" {
			docs[di].doc.IssuingBody = it.body
		}
		of[k] = di
	}
	byRef := map[string]int{}
	for k := range p.items {
		it := &p.items[k]
		if it.coded {
			continue
		}
		if di, ok := p.codedFor(it, docs, byNumber[numberKey(it.number)]); ok {
			of[k] = di
			continue
		}
		key := normalize.Fold(it.word.Name) + "#" + numberKey(it.number)
		di, seen := byRef[key]
		if !seen || conflict(docs[di].doc.IssuingBody, it.body) {
			di = len(docs)
			byRef[key] = di
			docs = append(docs, &docAcc{first: k, doc: schema.Document{
				Type: it.word.Abbr, TypeName: it.word.Name, Number: it.number,
			}})
		}
		if docs[di].doc.IssuingBody == "" {
			docs[di].doc.IssuingBody = it.body
		}
		of[k] = di
	}
	for k := range p.items {
		it := &p.items[k]
		acc := docs[of[k]]
		acc.first = min(acc.first, k)
		acc.doc.Mentions = append(acc.doc.Mentions, p.d.Mention(it.start, it.end))
		if acc.doc.Issued == "" {
			acc.doc.Issued = it.issued
		}
		if acc.doc.IssuingBody == "" {
			acc.doc.IssuingBody = it.body
		}
	}
	slices.SortStableFunc(docs, func(a, b *docAcc) int { return a.first - b.first })
	out := make([]schema.Document, len(docs))
	for k, acc := range docs {
		out[k] = acc.doc
	}
	return out
}

// codedFor picks the coded document that the reference it abbreviates:
// same number, a type its phrase allows, no other issuing body; the
// nearest one mentioned before it, else the first after it.
func (p *docParser) codedFor(it *docItem, docs []*docAcc, cands []int) (int, bool) {
	best, bestFirst := -1, -1
	after := -1
	for _, di := range cands[:min(len(cands), maxSameNumberDoc)] {
		acc := docs[di]
		if !it.word.compatible(acc.doc.Type) && it.word.Name != acc.doc.TypeName || conflict(acc.doc.IssuingBody, it.body) {
			continue
		}
		start := p.items[acc.first].start
		switch {
		case start < it.start && start > bestFirst:
			best, bestFirst = di, start
		case start > it.start && after < 0:
			after = di
		}
	}
	if best >= 0 {
		return best, true
	}
	return after, after >= 0
}

// conflict reports whether two issuing bodies are both known and differ.
func conflict(a, b string) bool {
	return a != "" && b != "" && normalize.Fold(a) != normalize.Fold(b)
}
