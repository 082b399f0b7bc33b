package extract

import (
	"slices"
	"strings"
	"unsafe"

	"github.com/vnie/vnie/schema"
)

// Officials finds the people the article names together with a position
// (SPEC.md, Official), one entry per person, in order of first mention,
// and claims the tokens of their names and titles.
//
// It reads the text line by line, and at each token tries, in order:
//
//  1. an honorific (đồng chí, Đ/c, ông, các đồng chí), then
//  2. positions before a name (Thứ trưởng Bộ Y tế Nguyễn Trường Sơn;
//     các đồng chí Ủy viên Bộ Chính trị: A, B, C; in lower case, seats of
//     elected bodies: đại biểu Quốc hội A, and a bare đại biểu before a
//     deputy's name: đại biểu A - Đoàn ĐBQH tỉnh B), or positions alone, which
//     later refer to the person holding them (Trưởng Ban Tuyên giáo Trung
//     ương đề nghị), then
//  3. a personal name (names.go) and the positions after it, separated by
//     "," ";" " - " or "kiêm" (Phạm Văn Hiểu, Phó Bí thư Thường trực Thành
//     ủy, Chủ tịch HĐND thành phố) or given by election or appointment
//     (được bầu giữ chức Chủ tịch; hiện là Phó Trưởng Ban), and more names
//     of a list, then
//  4. an organization, skipped whole so that the role words inside it
//     (the Bí thư of Ban Bí thư) are not taken for positions.
//
// A name becomes an Official only when the article gives it a position
// somewhere. Later mentions join the person: by full name, by given name
// after an honorific (ông Nghĩa) when only one person has it, and by a
// position alone when only one person holds it (as written, with the same
// role and organization, or with a longer organization: Bí thư Thành ủy
// for Bí thư Thành ủy Cần Thơ). The name is written as at its first
// mention not in capitals; the honorific is the first one written before
// the name, in lower case (Đ/c → đồng chí). Every scan is bounded by the
// line, so the time is linear in the length of the text.
func Officials(d *Doc) []schema.Official {
	p := officialScan{d: d, v: newLexView(d)}
	starts := d.starts()
	lineEnd, li, next := 0, 0, 0
	for _, k := range starts.named {
		i := int(k)
		if i < next {
			continue
		}
		if i >= lineEnd {
			lineEnd, li = starts.lineEnd(i, li, len(d.Toks))
		}
		next = max(p.at(i, lineEnd), i+1)
	}
	return p.build()
}

// titleOcc is one position as written, on tokens [start, end).
type titleOcc struct {
	start, end int
	// orgStart, orgEnd are the tokens of the organization, if any, and
	// orgMode the mode its name ended in.
	orgStart, orgEnd int
	orgMode          orgMode
	title            schema.Title
}

// nameOcc is one place a personal name is written, on tokens [start,
// end), with the positions given to it there.
type nameOcc struct {
	start, end int
	hon        string
	titles     []titleOcc
}

// titleOnly is a run of positions written without a name.
type titleOnly struct {
	start, end int
	titles     []titleOcc
}

// givenOcc is a given name after an honorific (ông Nghĩa), tokens [start,
// end) without the honorific.
type givenOcc struct {
	start, end int
	hon        string
}

// officialScan collects the occurrences of one Doc.
type officialScan struct {
	d *Doc
	v *lexView // d with the lexicon bits of its tokens
	// preTitled: the person whose positions are being read had one
	// written before the name (PCT UBND tỉnh A, ...).
	preTitled bool
	// start is the token where the mention being read starts, its
	// honorific or positions included; done is the token after the last
	// mention read.
	start, done int
	names       []nameOcc
	alone       []titleOnly
	givens      []givenOcc
	// foreignAt, foreignEnd are the tokens of the foreign name (Markus
	// Brenner) just accepted at foreignAt, which name then reads as a
	// name; foreignEnd is 0 when none. foreigns are the keys of the
	// foreign names accepted with a position, whose later mentions after
	// an honorific join the person.
	foreignAt, foreignEnd int
	foreigns              []string
}

// at looks for an official's mention at token i of a line ending at limit
// and returns the index to go on from.
func (p *officialScan) at(i, limit int) int {
	d, v := p.d, p.v
	t := &d.Toks[i]
	if t.Kind != Word || t.Flags&(Claimed|Furniture|Byline) != 0 {
		return i + 1
	}
	if t.Flags&Upper == 0 && !mayStartLower(d, i) {
		return i + 1 // most words: nothing starts with them in lower case
	}
	if t.Flags&(LineStart|AllUpper) == LineStart|AllUpper {
		// A signer's position line (official_sign.go).
		if next, ok := p.signature(i, limit); ok {
			return next
		}
	}
	b := v.bitsOf(i)
	if b == 0 {
		return i + 1 // no lexicon has a phrase starting here
	}
	p.start = i
	p.foreignEnd = 0
	j := i
	var hon honorific
	hn, hasHon := 0, false
	if b&bitHonorific != 0 {
		hon, hn, hasHon = honorifics.Match(d, i)
	}
	if hasHon && d.Usable(i, i+hn) && i+hn < limit {
		j = i + hn
		if d.Tok(j) == ":" {
			j++
			hon.List = true
		}
	} else {
		hasHon = false
		hon = honorific{}
		if t.Flags&Upper == 0 && b&bitModifier == 0 {
			return i + 1
		}
	}
	if j >= limit {
		return j
	}
	if j != i {
		b = v.bitsOf(j)
	}
	// Positions first: before a name, or alone.
	if b&(bitRole|bitModifier) == 0 {
		// No position starts here.
	} else if titles, k, ok := p.titleChain(j, limit); ok {
		if len(titles) > 1 && d.Tok(titles[0].end) == "," && behalfBefore(d, p.start) {
			// Thừa ủy quyền của Chủ tịch nước, Trung tướng A: the first
			// position is the office acted for (see proxied below); what
			// follows the comma is the person's.
			titles, k = titles[:1], titles[0].end
		}
		m := k
		// A position in lower case after the honorific (đồng chí đại
		// biểu Quốc hội A).
		lowStart := d.Toks[j].Flags&Upper == 0 && lowerTitleAt(d, j)
		// Positions after các are a list's (các Kiểm sát viên A và B),
		// as after các đồng chí.
		list := hon.List || pluralBefore(d, j)
		if m < limit && d.Tok(m) == ":" {
			m++
			list = true
		}
		// A position after "của" or "thay mặt" and before a comma is the
		// office the person after the comma acts for, not theirs (Thừa
		// ủy quyền của Chủ tịch nước, đồng chí A trao Huân chương); the
		// person's own positions follow their name.
		proxied := m < limit && d.Tok(m) == "," && proxyBefore(d, p.start)
		hon2 := ""
		if !proxied {
			m, hon2 = p.namePrefix(m, limit)
		}
		if hon.Word == "" {
			hon.Word = hon2
		}
		if hon.Word != "" && !list && !proxied && hon2 == "" {
			// ngài Đại sứ Kees van Baar: the honorific before the position.
			p.otherName(m, limit, true, hon.Religious)
		} else if hon.Word == "" && !list && !proxied && m == k && p.foreignAfterPost(titles, m, limit) {
			// Thiếu tá Sok Vanna, Đại đội trưởng ...; Tổng Lãnh sự Lào
			// tại Đà Nẵng Souksavanh Inthavong;
			p.otherName(m, limit, true, false)
		}
		if _, ok := p.name(m, limit); ok && !proxied {
			return p.people(m, limit, hon.Word, titles, nil, list)
		}
		// The first name of a list may carry its own position too
		// (Phó Giám đốc Công an tỉnh: Thượng tá A, Đại tá B); so may a
		// name after positions without a comma, its rank (Giám đốc Công
		// an tỉnh Đại tá A).
		if !proxied && (list || m == k && rankAt(v, m)) {
			if own, e, ok := p.titleChain(m, limit); ok {
				if _, ok := p.name(e, limit); ok {
					return p.people(e, limit, hon.Word, titles, own, list)
				}
			}
		}
		// A position alone names its holder, unless it is plural (các
		// đồng chí Ủy viên Ban Thường vụ, các Phó Chủ tịch) or in lower
		// case (đại biểu Quốc hội: a delegate, not one person).
		if !hon.List && !pluralBefore(d, j) && !lowStart {
			p.alone = append(p.alone, titleOnly{start: j, end: k, titles: titles})
		}
		return k
	}
	m := skipDegrees(v, j, limit)
	if _, ok := p.name(m, limit); ok {
		if !hasHon {
			if titles, s, ok := p.lowerTitlesBefore(i, limit); ok {
				// After các, the position is the list's (các đại biểu
				// Quốc hội A và B).
				p.start = s
				return p.people(m, limit, "", titles, nil, pluralBefore(d, s))
			}
			if ti, s, ok := p.delegateBefore(i, limit); ok {
				p.start = s
				return p.people(m, limit, "", []titleOcc{ti}, nil, pluralBefore(d, s))
			}
		}
		return p.people(m, limit, hon.Word, nil, nil, hon.List)
	}
	if hasHon && !hon.List {
		// A foreign name after the honorific, with a position after it
		// (ông Markus Brenner, Tổng Lãnh sự ...), or one met so before.
		if e, ok := p.otherName(m, limit, false, hon.Religious); ok {
			if _, k := p.titlesAfter(e, limit, false); k > e || p.knownForeign(m, e) {
				p.rememberForeign(m, e)
				return p.people(m, limit, hon.Word, nil, nil, false)
			}
		}
	}
	if hasHon {
		if e, ok := givenName(d, j, limit); ok {
			p.givens = append(p.givens, givenOcc{start: j, end: e, hon: hon.Word})
			return e
		}
		return j
	}
	if b&bitHead != 0 {
		if end, ok := matchOrgV(v, i, limit); ok {
			return end
		}
	}
	return i + 1
}

// maxLowerTitleBack bounds, in tokens, how far before a name
// lowerTitlesBefore looks for the start of its positions (đại biểu Hội
// đồng nhân dân tỉnh Bà Rịa - Vũng Tàu has 11).
const maxLowerTitleBack = 16

// lowerTitlesBefore returns the positions written in lower case just
// before the name or degree at token i (đại biểu Quốc hội Triệu Thị B;
// đại biểu HĐND tỉnh C; ủy viên Ban Thường vụ Tỉnh ủy D), the first
// starting with one of lowerTitles, and the token they start at. It looks
// back on the line, at most maxLowerTitleBack tokens and not into the last
// mention read. Only names start the search, so the words of the text
// cost nothing.
func (p *officialScan) lowerTitlesBefore(i, limit int) ([]titleOcc, int, bool) {
	d := p.d
	var out []titleOcc
	start := -1
	for k := i - 1; k >= p.done && k >= i-maxLowerTitleBack; k-- {
		t := &d.Toks[k]
		if t.Kind == Word && t.Flags&Upper == 0 && lowerTitles.firsts.has(t.fh) && lowerTitleAt(d, k) {
			if titles, e, ok := p.titleChain(k, limit); ok && e == i {
				out, start = titles, k
			}
		}
		if t.Flags&LineStart != 0 {
			break
		}
	}
	return out, start, start >= 0
}

// delegateRole is the role of a bare "đại biểu" before a name.
const delegateRole = "Đại biểu"

// delegateBefore returns the position "đại biểu" written just before the
// name at token i, and the token it starts at: a deputy named as in the
// National Assembly's sessions (đại biểu Nguyễn Thị B - Đoàn ĐBQH tỉnh C;
// Đại biểu Hà Văn D (Đoàn ĐBQH tỉnh E), đại biểu Lê F, Phó Trưởng đoàn
// ...). The delegation after the name is no position of its own. The name
// must be a person's (startsPerson: đại biểu Đoàn Thanh niên, đại biểu
// Hội Cựu chiến binh are bodies sending representatives); and "đại biểu"
// must not be counted (50 đại biểu, vị đại biểu) nor part of a congress's
// or a delegation's name (Đại hội đại biểu, đoàn đại biểu).
func (p *officialScan) delegateBefore(i, limit int) (titleOcc, int, bool) {
	d := p.d
	s := i - 2
	if s < p.done || s < 0 || !d.Is(s, "đại") || !d.Is(s+1, "biểu") ||
		d.Toks[s+1].Flags&LineStart != 0 || d.Toks[i].Flags&LineStart != 0 || !d.Usable(s, i) {
		return titleOcc{}, s, false
	}
	if s > 0 && d.Toks[s].Flags&LineStart == 0 {
		if pr := s - 1; d.Toks[pr].Kind == Number || d.Is(pr, "vị") || d.Is(pr, "hội") || d.Is(pr, "đoàn") {
			return titleOcc{}, s, false
		}
	}
	if !startsPerson(p.v, i, limit) {
		return titleOcc{}, s, false
	}
	ti := titleOcc{start: s, end: i}
	ti.title = schema.Title{Text: d.Value(s, i), Role: delegateRole}
	return ti, s, true
}

// maxProxyWords is the longest of proxyPhrases, in tokens.
const maxProxyWords = 3

// proxyBefore reports whether one of proxyPhrases ends just before token
// s (của, thay mặt, thừa lệnh).
func proxyBefore(d *Doc, s int) bool {
	for n := 1; n <= maxProxyWords && s-n >= 0; n++ {
		if _, m, ok := proxyPhrases.Match(d, s-n); ok && m == n {
			return true
		}
	}
	return false
}

// behalfBefore reports whether one of behalfPhrases, perhaps followed by
// "của" or "cho", ends just before token s (Thừa ủy quyền của, Thay mặt).
func behalfBefore(d *Doc, s int) bool {
	if s > 0 && (d.Is(s-1, "của") || d.Is(s-1, "cho")) {
		s--
	}
	for n := 1; n <= maxProxyWords && s-n >= 0; n++ {
		if _, m, ok := behalfPhrases.Match(d, s-n); ok && m == n {
			return true
		}
	}
	return false
}

// rankAt reports whether a rank (Đại tá, Thiếu tướng) starts at token m.
func rankAt(v *lexView, m int) bool {
	r, _, ok := matchRole(v, m)
	return ok && r.Rank
}

// pluralBefore reports whether the word before token j makes it plural
// (các, những).
func pluralBefore(d *Doc, j int) bool {
	return j > 0 && (d.Is(j-1, "các") || d.Is(j-1, "những"))
}

// name recognises a personal name at token m that may be an official: not
// a photo credit (Ảnh: Thùy Trang).
func (p *officialScan) name(m, limit int) (int, bool) {
	if m == p.foreignAt && p.foreignEnd > m && p.foreignEnd <= limit {
		return p.foreignEnd, true
	}
	end, ok := parseNameV(p.v, m, limit)
	if !ok || creditBefore(p.d, m) {
		return m, false
	}
	return end, true
}

// people records the name at token m with the positions shared (given
// before it for the whole list), own (given before this name alone) and
// those after it; in a list (list, or positions ended by ";") it goes on
// with the next names. It returns the index past the last.
func (p *officialScan) people(m, limit int, hon string, shared, own []titleOcc, list bool) int {
	k := p.peopleList(m, limit, hon, shared, own, list)
	p.done = k
	return k
}

// peopleList is people but for recording where the mention ends.
func (p *officialScan) peopleList(m, limit int, hon string, shared, own []titleOcc, list bool) int {
	d := p.d
	// bare: the names of the list from this one on have no positions of
	// their own after them. listed: the names of a list (after các đồng
	// chí, các ông, bà) from this one on have been given no post by
	// election or appointment.
	bare, listed := len(p.names), len(p.names)
	// own: positions written before this name inside a list (Thượng tá).
	for {
		end, ok := p.name(m, limit)
		if !ok {
			return m
		}
		occ := nameOcc{start: m, end: end, hon: hon}
		occ.titles = append(occ.titles, shared...)
		occ.titles = append(occ.titles, own...)
		own = nil
		p.preTitled = len(shared) > 0
		post, k := p.postTitles(end, limit)
		p.preTitled = false
		occ.titles = append(occ.titles, post...)
		given, k, elected := p.appointed(k, limit)
		switch {
		case len(given) > 0 && list && elected:
			// A post given once after a list gives it to each name of the
			// list, whatever positions they hold (các ông, bà: A, Chủ tịch
			// Hội CCB; B, Chủ tịch Hội LHPN và C, Bí thư Đoàn được chỉ
			// định giữ chức Phó Chủ tịch Ủy ban MTTQ).
			for x := listed; x < len(p.names); x++ {
				p.names[x].titles = append(p.names[x].titles, given...)
			}
		case len(given) > 0 && len(post) == 0:
			// The bare names of a list before it share the position (các
			// đồng chí A và B được bầu giữ chức Phó Chủ tịch).
			for x := bare; x < len(p.names); x++ {
				p.names[x].titles = append(p.names[x].titles, given...)
			}
		}
		occ.titles = append(occ.titles, given...)
		p.names = append(p.names, occ)
		if len(post) > 0 || len(given) > 0 {
			bare = len(p.names)
		}
		if len(given) > 0 {
			listed = len(p.names)
		}
		// The next name of a list.
		if k >= limit {
			return k
		}
		sep := d.Tok(k)
		// After an appointment, the next person appointed in the same
		// sentence (bổ nhiệm ông A giữ chức X, ông B giữ chức Y).
		chained := len(given) > 0 && (sep == "," || d.Is(k, "và")) && appointingBefore(d, p.start)
		// Bare names joined by "và" may share what is given to the last
		// (đồng chí A và đồng chí B được bầu giữ chức Phó Chủ tịch).
		bareAnd := len(post) == 0 && len(given) == 0 && d.Is(k, "và")
		if !(sep == ";" || chained || bareAnd || list && (sep == "," || d.Is(k, "và"))) {
			return k
		}
		if sep == ";" {
			bare = len(p.names)
		}
		next, hon2 := p.namePrefix(k+1, limit)
		if _, ok := p.name(next, limit); !ok {
			// An item of a list may carry its own positions before the
			// name (Phó Giám đốc Công an tỉnh: Thượng tá A, Đại tá B).
			if !list || sep == ";" {
				return k
			}
			titles, e, ok := p.titleChain(next, limit)
			if !ok {
				return k
			}
			if _, ok := p.name(e, limit); !ok {
				return k
			}
			own, next = titles, e
		}
		if list && sep == ";" && hon2 != "" {
			// "; đồng chí X": a new person, with only what is written
			// for them.
			hon, shared, list = hon2, nil, false
		} else if !list {
			// After ";" the next person has only what is written for
			// them (Thượng tướng A, Thứ trưởng; GS.TS B, Giám đốc).
			hon, shared = hon2, nil
		} else if hon2 != "" {
			hon = hon2
		}
		m = next
	}
}

// appointed parses the positions given after a name by election or
// appointment (được bầu giữ chức Chủ tịch; tái đắc cử Chủ tịch Hội; , hiện
// là Phó Trưởng Ban Tổ chức Tỉnh ủy), from token k on, each phrase
// perhaps after a comma, and returns them with the index past the last.
// A bare "giữ chức" or "làm" gives a position only after a verb of
// appointment before the mention (bổ nhiệm ông A giữ chức Giám đốc).
// elected reports that the first phrase gives a new post (election or
// appointment), not a post held now (hiện là).
func (p *officialScan) appointed(k, limit int) (out []titleOcc, end int, elected bool) {
	d := p.d
	for k < limit {
		s := k
		if d.Tok(s) == "," {
			s++
		}
		// In lower case, or in a headline in capitals.
		if s >= limit || d.Toks[s].Kind != Word || d.Toks[s].Flags&(Upper|AllUpper) == Upper {
			break
		}
		kind, n, ok := appointments.Match(d, s)
		if !ok {
			n, ok = agentAppointment(d, s, limit)
			kind = appointAny
		}
		if !ok || s+n >= limit || !d.Usable(s, s+n) || kind == appointAfterVerb && !appointingBefore(d, p.start) {
			break
		}
		// The position follows straight after, capitalised.
		titles, e := p.titlesAfter(s+n, limit, false)
		if len(titles) == 0 {
			break
		}
		if len(out) == 0 {
			elected = kind != appointHeld
		}
		out = append(out, titles...)
		k = e
	}
	return out, k, elected
}

// maxAgentTokens bounds the words of who appoints, between "được" and
// the verb (được Ban Thường vụ Tỉnh ủy điều động, ...: 5).
const maxAgentTokens = 8

// agentAppointment returns the tokens of an appointment phrase at token s
// that names who appoints (được Thủ tướng Chính phủ bổ nhiệm giữ chức,
// được Chủ tịch UBND tỉnh bổ nhiệm làm): "được", capitalised words first,
// at most maxAgentTokens words, a verb of appointment and the bare tail.
func agentAppointment(d *Doc, s, limit int) (int, bool) {
	e := s + 1
	if !d.Is(s, "được") || e >= limit || d.Toks[e].Flags&Upper == 0 {
		return 0, false
	}
	for ; e < limit && e-s <= maxAgentTokens && d.Toks[e].Kind == Word; e++ {
		if d.Toks[e].Flags&Upper != 0 {
			continue
		}
		if _, n, ok := appointingVerbs.Match(d, e); ok {
			e += n
			if kind, n, ok := appointments.Match(d, e); ok && kind == appointAfterVerb {
				e += n
			}
			return e - s, true
		}
	}
	return 0, false
}

// appointingBefore reports whether a verb of appointment ends just
// before token s (bầu, bổ nhiệm, điều động, bổ nhiệm: ... ông A).
func appointingBefore(d *Doc, s int) bool {
	for n := 1; n <= 5 && s-n >= 0; n++ {
		if _, m, ok := appointingVerbs.Match(d, s-n); ok && m == n {
			return true
		}
	}
	return false
}

// foreignAfterPost reports whether the foreign name at token m, right
// after the positions titles with no honorific and no comma, is their
// holder's: a position follows it after a comma (Thiếu tá Sok Vanna,
// Đại đội trưởng ...), or the last position names its organization and
// the name ends its clause (Tổng Lãnh sự Lào tại Đà Nẵng Souksavanh
// Inthavong;). A capitalised run of no Vietnamese spelling after a bare
// role and before more words is rather an organization's or a place's.
func (p *officialScan) foreignAfterPost(titles []titleOcc, m, limit int) bool {
	d := p.d
	if len(titles) == 0 {
		return false
	}
	e, ok := foreignName(p.v, m, limit)
	if !ok {
		return false
	}
	if e < limit && d.Tok(e) == "," {
		if _, k := p.titlesAfter(e, limit, false); k > e {
			return true
		}
	}
	if titles[len(titles)-1].title.Organization == "" {
		return false
	}
	if e >= limit || d.Toks[e].Flags&LineStart != 0 {
		return true
	}
	switch d.Tok(e) {
	case ";", ".", ",":
		return true
	}
	return false
}

// namePrefix skips what may come between positions and a name: a comma,
// an honorific, academic degrees (Đại tướng, GS.TS Trần Đại Quang). It
// returns where the name would start and the honorific.
func (p *officialScan) namePrefix(m, limit int) (int, string) {
	d, v := p.d, p.v
	start := m
	if m < limit && d.Tok(m) == "," {
		m++
	}
	var hon honorific
	if h, n, ok := honorifics.Match(d, m); ok && !h.List && m+n < limit {
		hon = h
		m += n
	}
	m = skipDegrees(v, m, limit)
	if hon.Word != "" {
		// Tổng Lãnh sự Đức, ông Markus Brenner: a foreign name after the
		// honorific, with the position before it.
		p.otherName(m, limit, true, hon.Religious)
	} else {
		// Đại sứ Markus Brenner after ngài Markus Brenner, Đại sứ ...: a
		// foreign name met before with a position needs no honorific.
		p.knownForeignAt(m, limit)
	}
	if _, ok := p.name(m, limit); !ok {
		return start, ""
	}
	return m, hon.Word
}

// otherName recognises at token m, after an honorific, a name that
// starts with no family name of surnames (see names.go): a foreign name
// (Markus Brenner), a name with the prefix A or Y (A Pớt), or, after a
// religious rank (religious), a cleric's name (Thích Minh Tuệ); and it has
// name read it as a name. When titled, a position stands before it, and
// the name is remembered for its later mentions. It returns the index
// past the name.
func (p *officialScan) otherName(m, limit int, titled, religious bool) (int, bool) {
	if _, ok := parseNameV(p.v, m, limit); ok {
		return m, false // a Vietnamese name
	}
	e, ok := foreignName(p.v, m, limit)
	if !ok {
		e, ok = prefixedName(p.v, m, limit)
	}
	if !ok && religious {
		e, ok = religiousName(p.v, m, limit)
	}
	if !ok {
		return m, false
	}
	p.foreignAt, p.foreignEnd = m, e
	if titled {
		p.rememberForeign(m, e)
	}
	return e, true
}

// rememberForeign records the foreign name on tokens [m, e) as one given
// a position.
func (p *officialScan) rememberForeign(m, e int) {
	if !p.knownForeign(m, e) {
		p.foreigns = append(p.foreigns, lowerKey(p.d, m, e))
	}
}

// knownForeignAt has name read the foreign name at token m as a name
// when it was met before with a position (see rememberForeign).
func (p *officialScan) knownForeignAt(m, limit int) {
	if len(p.foreigns) == 0 || m >= limit || p.d.Toks[m].Flags&Upper == 0 {
		return
	}
	if e, ok := foreignName(p.v, m, limit); ok && p.knownForeign(m, e) {
		p.foreignAt, p.foreignEnd = m, e
	}
}

// knownForeign reports whether the foreign name on tokens [m, e) was met
// before with a position.
func (p *officialScan) knownForeign(m, e int) bool {
	return slices.Contains(p.foreigns, lowerKey(p.d, m, e))
}

// skipDegrees returns the index past academic degrees at token m (GS.TS,
// PGS.TS., ThS), each with its optional dot and comma. The first must be
// capitalised; one after a comma may be in lower case (Thạc sĩ, bác sĩ).
func skipDegrees(v *lexView, m, limit int) int {
	d := v.Doc
	lower := false
	for m < limit && d.Toks[m].Kind == Word && v.bitsOf(m)&bitDegree != 0 {
		form, n, ok := degrees.Match(d, m)
		if !ok || d.Toks[m].Flags&Upper == 0 && !lower || !capsOK(d, m, isCapsForm(form)) || m+n > limit {
			return m
		}
		m += n
		lower = false
		if m < limit && d.Tok(m) == "." {
			m++
		}
		if m+1 < limit && d.Tok(m) == "," {
			if _, _, more := degrees.Match(d, m+1); more {
				m++
				lower = true
			}
		}
	}
	return m
}

// creditBefore reports whether the name at token m follows a photo or
// text credit (Ảnh: Thùy Trang, Tin, ảnh: TRƯỜNG SƠN).
func creditBefore(d *Doc, m int) bool {
	if m < 2 || d.Tok(m-1) != ":" {
		return false
	}
	for _, w := range [...]string{"ảnh", "họa", "bài", "tin", "nguồn", "video", "clip", "hiện"} {
		if d.Is(m-2, w) {
			return true
		}
	}
	return false
}

// givenName recognises a given name after an honorific: one or two
// capitalised syllables not followed by another (ông Nghĩa, đồng chí
// Trọng Nghĩa). It returns the index past it.
func givenName(d *Doc, j, limit int) (int, bool) {
	e := j
	for e < limit && e-j < 2 && nameSyllable(d, e, false) && nameUsable(d, e) && (e == j || nameGap(d, e)) {
		e++
	}
	if e == j || e < limit && d.Toks[e].Kind == Word && d.Toks[e].Flags&Upper != 0 && nameGap(d, e) {
		return j, false
	}
	return e, true
}

// titleChain parses positions written before a name or alone, separated
// by commas or "kiêm" (Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy). The
// first must start with a capital letter.
func (p *officialScan) titleChain(j, limit int) ([]titleOcc, int, bool) {
	d, v := p.d, p.v
	if j >= limit || d.Toks[j].Flags&Upper == 0 && !lowerModifierBeforeRole(d, j) && !lowerTitleAt(d, j) {
		return nil, j, false
	}
	var out []titleOcc
	k := j
	for {
		ti, e, ok := parseTitle(v, k, limit, true, false)
		if !ok {
			break
		}
		out = append(out, ti)
		k = e
		if k+1 < limit && (d.Tok(k) == "," || d.Is(k, "kiêm")) {
			if _, _, more := parseTitle(v, k+1, limit, true, false); more {
				k++
				continue
			}
		}
		break
	}
	return out, k, len(out) > 0
}

// lowerTitleAt reports whether one of lowerTitles starts at token j.
func lowerTitleAt(d *Doc, j int) bool {
	_, _, ok := lowerTitles.Match(d, j)
	return ok
}

// lowerModifierBeforeRole reports whether token j is a lower-case
// modifier (nguyên) followed by a capitalised role.
func lowerModifierBeforeRole(d *Doc, j int) bool {
	_, n, ok := roleModifiers.Match(d, j)
	return ok && j+n < len(d.Toks) && d.Toks[j+n].Flags&Upper != 0
}

// postTitles parses the positions after a name ending before token j and
// returns them with the index past the last.
func (p *officialScan) postTitles(j, limit int) ([]titleOcc, int) {
	return p.titlesAfter(j, limit, false)
}

// titlesAfter parses positions from token j on: the first may follow
// without a separator when capitalised (or in any case when lower), or be
// enclosed in parentheses (Nguyễn Văn A (Chủ tịch UBND xã)).
func (p *officialScan) titlesAfter(j, limit int, lower bool) ([]titleOcc, int) {
	d, v := p.d, p.v
	var out []titleOcc
	k := j
	for k < limit {
		s := k
		sep := ""
		switch {
		case len(out) == 0 && d.Tok(k) == "(" && !lower:
			inner, e := p.titlesAfter(k+1, limit, true)
			if len(inner) == 0 || e >= limit || d.Tok(e) != ")" {
				return out, k
			}
			out, k = inner, e+1
			continue
		case d.Tok(k) == "," || d.Is(k, "kiêm"):
			sep = ","
			s++
		case d.Tok(k) == "-":
			sep = "-"
			s++
		case len(out) > 0:
			return out, k
		}
		s = skipDegrees(v, s, limit)
		if s >= limit {
			return out, k
		}
		if sep == "" && !lower && d.Toks[s].Flags&Upper == 0 {
			return out, k
		}
		if ti, e, ok := parseTitle(v, s, limit, sep != "" || lower, !p.preTitled); ok {
			// In a list of people named after their positions (PCT UBND
			// tỉnh A, Giám đốc Sở Y tế B), a position followed straight by
			// a name is that person's: it ends A's positions. Elsewhere
			// the name may be part of the organization (Phó Hiệu trưởng
			// Trường Chính trị Hoàng Văn Thụ).
			if p.preTitled && sep != "" && e < limit && d.Toks[e].Flags&Upper != 0 {
				if _, ok := parseNameV(v, e, limit); ok {
					return out, k
				}
			}
			out = append(out, ti)
			k = e
			continue
		}
		// A segment after " - " that names only an organization belongs
		// to the position before it (Vụ trưởng Vụ Pháp chế - Bộ Y tế); so
		// does one after a comma when the organization before it names
		// no place (Phó Trưởng phòng Tuyên truyền, Ban Tuyên giáo Huyện
		// ủy).
		if len(out) > 0 && (sep == "-" || sep == "," && out[len(out)-1].orgMode == orgNamed) {
			if e, mode, ok := matchOrgMode(v, s, limit); ok {
				last := &out[len(out)-1]
				org := d.Value(s, e)
				if last.title.Organization != "" {
					join := ", "
					if sep == "-" {
						join = " - "
					}
					org = last.title.Organization + join + org
				}
				last.title.Organization = org
				if last.orgEnd == last.orgStart {
					last.orgStart = s
				}
				last.end, last.orgEnd, last.orgMode = e, e, mode
				last.title.Text = d.Value(last.start, e)
				k = e
				continue
			}
		}
		return out, k
	}
	return out, k
}

// parseTitle parses one position at token k: an optional modifier
// (Nguyên, Quyền), a role with its standing modifiers (Phó Bí thư Thường
// trực), and the organization (Thành ủy). Unless lower, the role must be
// capitalised. post: the position follows the person's name, so that a
// name inside the organization is the institution's (see orgCtx).
func parseTitle(v *lexView, k, limit int, lower, post bool) (titleOcc, int, bool) {
	d := v.Doc
	var ti titleOcc
	start := k
	if k >= limit || d.Toks[k].Kind != Word {
		return ti, k, false
	}
	if mod, n, ok := roleModifiers.Match(d, k); ok && k+n < limit && startsRole(v, k+n) {
		ti.title.Former = mod == modFormer
		ti.title.Acting = mod == modActing
		k += n
	}
	role, n, ok := matchRole(v, k)
	if !ok || k+n > limit || !d.Usable(start, k+n) {
		return ti, start, false
	}
	if !lower && d.Toks[k].Flags&Upper == 0 {
		return ti, start, false
	}
	roleText := role.Role
	e := k + n
	if s, sn, ok := roleSuffixes.Match(d, e); ok && e+sn <= limit && d.Usable(e, e+sn) && !strings.HasSuffix(roleText, s) {
		roleText += " " + s
		e += sn
	}
	if role.Envoy {
		// A diplomat's duty (Tham tán phụ trách kinh tế) is part of the role.
		if de, duty := envoyDuty(d, e, limit); de > e {
			roleText += " " + duty
			e = de
		}
	}
	org := ""
	orgStart, mode := e, orgMode(0)
	if !role.Rank {
		ol := orgLimit(d, e, limit)
		headWords := strings.Count(role.Head, " ") + 1
		ctx := orgCtx{Post: post}
		if role.Head != "" {
			// The role's own head (Văn phòng of Chánh Văn phòng).
			if h, hn, ok := orgHeadAt(v, k+n-headWords, true); ok && hn == headWords {
				ctx.Eponym, ctx.Joint = h.Eponym, h.Joint
			}
		}
		if h, hn, ok := orgHeadAt(v, e, true); ok && e+hn <= limit && !headIsName(v, e, ol) {
			oe := e + hn
			if h.Numbered {
				oe = numberAfter(d, oe, ol)
			}
			ctx.Eponym, ctx.Joint = ctx.Eponym || h.Eponym, ctx.Joint || h.Joint
			ctx.Purpose = h.Purpose && oe == e+hn
			ctx.Unit = h.Numbered && oe == e+hn
			ctx.Team = h.Team && oe == e+hn
			ctx.Company, ctx.LegalForm = h.Company, h.LegalForm
			oe, mode = orgTail(v, oe, ol, h.Mode, ctx)
			if h.Numbered {
				oe = parentUnitAfter(v, oe, ol)
			}
			org = d.Value(e, oe)
			// Chánh Văn phòng UBND tỉnh: the office of the UBND.
			if role.Head != "" && !strings.EqualFold(firstWords(org, role.Head), role.Head) {
				org = role.Head + " " + org
			}
			e = oe
		} else if role.Head != "" {
			// The organization is the role's head word and the name after
			// it (Trưởng Ban Tuyên giáo); that word may start a longer
			// head (Trưởng Ban Chỉ đạo 35 tỉnh).
			oe, m := e, orgNamed
			if hs := e - headWords; e == k+n {
				if h, hn, ok := orgHeadAt(v, hs, true); ok && hs+hn > e {
					oe, m = hs+hn, h.Mode
					if h.Numbered {
						oe = numberAfter(d, oe, ol)
					}
					ctx.Eponym, ctx.Joint = h.Eponym, h.Joint
					ctx.Purpose = h.Purpose && oe == hs+hn
					ctx.Unit = h.Numbered && oe == hs+hn
				} else if numbered, qn, ok := placeQualifiers.Match(d, hs); role.Village && ok && qn == headWords {
					// A village's head (Trưởng ấp): the village's proper
					// name or number follows, as a place (Trưởng bản Nậm
					// Pầu, Trưởng thôn 2); a lower-case word ends it.
					m = orgPlace
					if numbered {
						oe = placeNumberAfter(d, oe, ol)
					}
				}
			}
			if oe, m = orgTail(v, oe, ol, m, ctx); oe > e {
				org = role.Head + " " + d.Value(e, oe)
				e, mode = oe, m
			}
		} else if oe, ok := localOrgAt(v, e, ol, ctx); role.Local && ok {
			// A village's person of standing (Người có uy tín buôn
			// Kmrơng Prông A).
			org, e, mode = d.Value(e, oe), oe, orgPlace
		} else if oe, ok := envoyOrgAt(v, e, ol); role.Envoy && ok {
			// A diplomat's country and post (Tổng Lãnh sự Cộng hòa Liên
			// bang Đức tại TP Hồ Chí Minh).
			org, e, mode = d.Value(e, oe), oe, orgPlace
		} else if oe, m, ok := abbrevOrgAt(v, e, ol, ctx); ok {
			// An abbreviation orgHeads does not know, with its level
			// (Giám đốc CDC tỉnh).
			org, e, mode = d.Value(e, oe), oe, m
		} else if e+1 < limit && (d.Is(e, "khóa") || d.Is(e, "khoá")) && isRoman(d, e+1) {
			e += 2
		}
		if org == "" && e == k+n && strings.HasSuffix(roleText, " Đảng") {
			// A foreign party's central committee (Ủy viên Trung ương
			// Đảng Nhân dân Cách mạng Lào): the party's name goes on
			// after the role's Đảng.
			if pe := foreignPartyAt(d, e, ol); pe > e {
				org, orgStart, mode = "Đảng "+d.Value(e, pe), e-1, orgNamed
				e = pe
			}
		}
	}
	if role.NeedOrg && org == "" {
		return ti, start, false
	}
	if role.Council {
		// Đại biểu HĐND tỉnh, not đại biểu Sở Y tế (a representative).
		if _, _, ok := councils.Match(d, orgStart); !ok || org == "" {
			return ti, start, false
		}
	}
	ti.start, ti.end = start, e
	if org != "" {
		ti.orgStart, ti.orgEnd, ti.orgMode = orgStart, e, mode
	}
	ti.title.Text = d.Value(start, e)
	ti.title.Role = roleText
	ti.title.Organization = org
	return ti, e, true
}

// foreignPartyNames are the words a foreign party's name goes on with
// after "Đảng" (Đảng Cộng sản Trung Quốc, Đảng Nhân dân Cách mạng Lào,
// Đảng Nhân dân Campuchia, Đảng Lao động Triều Tiên); its country
// follows.
var foreignPartyNames = NewSet("Cộng sản", "Nhân dân Cách mạng", "Nhân dân", "Lao động")

// maxPartyCountryWords bounds the capitalised words of the country after
// a foreign party's name.
const maxPartyCountryWords = 3

// foreignPartyAt returns the end of a foreign party's name after "Đảng"
// at token e, before limit: one of foreignPartyNames, capitalised, and
// the capitalised words of its country on the same line, then
// punctuation or the line's end. It returns e when there is none.
func foreignPartyAt(d *Doc, e, limit int) int {
	if e >= limit || d.Toks[e].Flags&Upper == 0 {
		return e
	}
	_, n, ok := foreignPartyNames.Match(d, e)
	if !ok || e+n >= limit {
		return e
	}
	pe := e + n
	for w := 0; pe < limit && w < maxPartyCountryWords; w++ {
		t := &d.Toks[pe]
		if t.Kind != Word || t.Flags&Upper == 0 || t.Flags&LineStart != 0 {
			break
		}
		pe++
	}
	if pe == e+n {
		return e
	}
	if pe < limit && d.Toks[pe].Kind != Punct && d.Toks[pe].Flags&LineStart == 0 {
		return e // more words: not a party's name alone
	}
	return pe
}

// parentUnitAfter returns the end of the parent unit of a numbered unit
// ending at token e, before limit: "thuộc" and another numbered unit
// with its number (Đại đội 1 thuộc Tiểu đoàn 303, Trung đội 2 thuộc Đại
// đội 5). It returns e when there is none.
func parentUnitAfter(v *lexView, e, limit int) int {
	d := v.Doc
	if e+2 >= limit || !d.Is(e, "thuộc") || d.Toks[e].Flags&LineStart != 0 {
		return e
	}
	h, hn, ok := orgHeadAt(v, e+1, false)
	if !ok || !h.Numbered {
		return e
	}
	if pe := numberAfter(d, e+1+hn, limit); pe > e+1+hn {
		return pe
	}
	return e
}

// headIsName reports whether the organization head at token e, after a
// role, is rather the family name of the person the role precedes: a
// head that is also a surname (Đoàn, the Youth Union) starting a
// personal name of three syllables or more whose end the organization's
// own name would not pass (Phó Thủ tướng Đoàn Minh Quân đề nghị). A
// name of two syllables is the organization's (Bí thư Đoàn Khối), and
// so is one the organization goes on after (Bí thư Đoàn Thanh niên xã;
// Đoàn TNCS) or whose words after the head are those of an
// organization's name (Bí thư Đoàn Thanh Niên, in title case). limit
// bounds the organization.
func headIsName(v *lexView, e, limit int) bool {
	if v.bitsOf(e)&bitSurname == 0 {
		return false
	}
	ne, ok := parseNameV(v, e, limit)
	if !ok || ne-e < 3 {
		return false
	}
	h, hn, _ := orgHeadAt(v, e, true)
	if _, _, ok := bodyOrgWords.Match(v.Doc, e+hn); ok {
		return false
	}
	oe, _ := orgTail(v, e+hn, limit, h.Mode, orgCtx{})
	return oe <= ne
}

// localOrgAt reads the place a Local role is held in, at token e before
// limit: a place qualifier in lower case (buôn, thôn, bản, xã) and the
// place's proper name or number (buôn Kmrơng Prông A, thôn 3). It returns
// the end of the place.
func localOrgAt(v *lexView, e, limit int, ctx orgCtx) (int, bool) {
	d := v.Doc
	if e >= limit || d.Toks[e].Kind != Word || d.Toks[e].Flags&Upper != 0 || v.bitsOf(e)&bitQualifier == 0 || notOrgWordAt(d, e) {
		return e, false
	}
	numbered, n, ok := placeQualifiers.Match(d, e)
	if !ok || e+n >= limit || !d.Usable(e, e+n) {
		return e, false
	}
	k := e + n
	if numbered {
		if m := placeNumberAfter(d, k, limit); m > k {
			return m, true
		}
	}
	t := &d.Toks[k]
	if t.Kind != Word || t.Flags&Upper == 0 || t.Flags&LineStart != 0 {
		return e, false
	}
	oe, _ := orgTail(v, k, limit, orgPlace, ctx)
	return oe, oe > k
}

// firstWords returns the first words of s, as many as like has.
func firstWords(s, like string) string {
	n := strings.Count(like, " ") + 1
	f := strings.Fields(s)
	if len(f) < n {
		return s
	}
	return strings.Join(f[:n], " ")
}

// build groups the occurrences into Officials. Its maps keep it linear in
// the number of occurrences.
func (p *officialScan) build() []schema.Official {
	d := p.d
	type person struct {
		off   schema.Official
		first int      // token index of the first mention
		keys  []string // lowerKeys of the titles' texts
		spans [][2]int // token ranges of the mentions
	}
	// The people are stored in one slice, with room for one per name
	// mention so that it never moves: a fresh allocation per person was a
	// fifth of what the stage allocated.
	// store[0] is no person: its address is several, the holder of a
	// title that more than one person has (see holders).
	store := make([]person, 1, len(p.names)+1)
	people := make([]*person, 0, len(p.names))
	byName := make(map[string]*person, len(p.names))
	// holders maps title keys (lowerKey of the text, roleOrgKey) to the
	// person with the title, or to several when more than one has it.
	several := &store[0]
	var holders map[titleKey]*person // only when positions alone need them
	if len(p.alone) > 0 {
		holders = map[titleKey]*person{}
	}
	hold := func(m map[titleKey]*person, pr *person, key titleKey) {
		if h, ok := m[key]; !ok {
			m[key] = pr
		} else if h != pr {
			m[key] = several
		}
	}
	sole := func(a, b *person) *person {
		if a == several || b == several || a != nil && b != nil && a != b {
			return nil
		}
		if a != nil {
			return a
		}
		return b
	}
	for _, occ := range p.names {
		key := lowerKey(d, occ.start, occ.end)
		pr := byName[key]
		if pr == nil {
			store = append(store, person{first: occ.start})
			pr = &store[len(store)-1]
			pr.off.Name = d.Value(occ.start, occ.end)
			byName[key] = pr
			people = append(people, pr)
		} else if allCaps(pr.off.Name) && !allCaps(d.Value(occ.start, occ.end)) {
			// A headline in capitals: keep the name as the body writes it.
			pr.off.Name = d.Value(occ.start, occ.end)
		}
		if pr.off.Honorific == "" {
			pr.off.Honorific = occ.hon
		}
		pr.spans = append(pr.spans, [2]int{occ.start, occ.end})
		for _, t := range occ.titles {
			tk := lowerKey(d, t.start, t.end)
			if !slices.Contains(pr.keys, tk) {
				pr.keys = append(pr.keys, tk)
				pr.off.Titles = append(pr.off.Titles, t.title)
			} else if !allCaps(t.title.Text) {
				for k := range pr.off.Titles {
					if allCaps(pr.off.Titles[k].Text) && strings.EqualFold(pr.off.Titles[k].Text, t.title.Text) {
						pr.off.Titles[k] = t.title
					}
				}
			}
			if holders != nil {
				hold(holders, pr, titleKey{text: tk})
				hold(holders, pr, roleOrgKey(d, &t))
			}
			d.Claim(t.start, t.end)
		}
	}
	// Positions alone refer to the one person holding them, or, when
	// nobody holds them as written, the one holding them in a longer form
	// (Bí thư Thành ủy after Bí thư Thành ủy Cần Thơ): shorter maps every
	// shorter form of the organizations held, built when first needed.
	var shorter map[titleKey]*person
	shorterForms := func() map[titleKey]*person {
		m := map[titleKey]*person{}
		for _, occ := range p.names {
			pr := byName[lowerKey(d, occ.start, occ.end)]
			for _, t := range occ.titles {
				for k := t.orgStart + 1; k < t.orgEnd; k++ {
					hold(m, pr, titleKey{role: t.title.Role, org: lowerKey(d, t.orgStart, k), byRole: true})
				}
			}
		}
		return m
	}
	for _, a := range p.alone {
		var holder *person
		for k := range a.titles {
			t := &a.titles[k]
			tk, rk := titleKey{text: lowerKey(d, t.start, t.end)}, roleOrgKey(d, t)
			found := sole(holders[tk], holders[rk])
			if holders[tk] == nil && holders[rk] == nil && t.orgEnd > t.orgStart {
				if shorter == nil {
					shorter = shorterForms()
				}
				found = sole(shorter[titleKey{role: t.title.Role, org: lowerKey(d, t.orgStart, t.orgEnd), byRole: true}], nil)
			}
			if found == nil || holder != nil && holder != found {
				holder = nil
				break
			}
			holder = found
		}
		if holder != nil {
			holder.spans = append(holder.spans, [2]int{a.start, a.end})
			holder.first = min(holder.first, a.start)
		}
	}
	// Given names after an honorific: the last one or two syllables of
	// the name of one official.
	// The map is built only when there are such names.
	var byGiven map[string][]*person
	if len(p.givens) > 0 {
		byGiven = map[string][]*person{}
		for key, pr := range byName {
			if len(pr.off.Titles) == 0 {
				continue
			}
			for k, n := len(key)-1, 0; k > 0 && n < 2; k-- {
				if key[k] == ' ' {
					byGiven[key[k+1:]] = append(byGiven[key[k+1:]], pr)
					n++
				}
			}
		}
	}
	for _, g := range p.givens {
		if prs := byGiven[lowerKey(d, g.start, g.end)]; len(prs) == 1 {
			pr := prs[0]
			pr.spans = append(pr.spans, [2]int{g.start, g.end})
			pr.first = min(pr.first, g.start)
			if pr.off.Honorific == "" {
				pr.off.Honorific = g.hon
			}
		}
	}
	// Only people with a position are officials, in order of first
	// mention.
	people = slices.DeleteFunc(people, func(pr *person) bool { return len(pr.off.Titles) == 0 })
	slices.SortStableFunc(people, func(a, b *person) int { return a.first - b.first })
	out := make([]schema.Official, 0, len(people))
	// The mentions of all the people in one array, each person's a
	// slice of it with no room beyond: one allocation, not one a person.
	n := 0
	for _, pr := range people {
		n += len(pr.spans)
	}
	mentions := make([]schema.Mention, 0, n)
	for _, pr := range people {
		slices.SortFunc(pr.spans, func(a, b [2]int) int { return a[0] - b[0] })
		from := len(mentions)
		for _, s := range pr.spans {
			mentions = append(mentions, d.Mention(s[0], s[1]))
			d.Claim(s[0], s[1])
		}
		pr.off.Mentions = mentions[from:len(mentions):len(mentions)]
		out = append(out, pr.off)
	}
	return out
}

// allCaps reports whether s has letters and none in lower case.
func allCaps(s string) bool { return isCapsForm(s) }

// lowerKey returns the lower-case keys of tokens [i, j), i < j, joined by
// single spaces: equal for texts that differ only in case and spacing (the
// text is normalized, so tone placement is already one style). The key
// shares the Doc's buffer, without a copy: it is valid while the Doc is,
// and must not outlive build.
func lowerKey(d *Doc, i, j int) string {
	b := d.lower[d.Toks[i].lo:d.lowerEnd(j-1)]
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// titleKey is a key under which build finds the holder of a title: its
// text's lowerKey, or (byRole) its role and the lowerKey of its
// organization, under which two titles name the same position whatever
// their texts (PBT TT Thị ủy and Phó Bí thư Thường trực Thị ủy). A struct,
// not a string made of the parts: no allocation a key.
type titleKey struct {
	text, role, org string
	byRole          bool
}

// roleOrgKey returns the role-and-organization key of title t.
func roleOrgKey(d *Doc, t *titleOcc) titleKey {
	org := ""
	if t.orgEnd > t.orgStart {
		org = lowerKey(d, t.orgStart, t.orgEnd)
	}
	return titleKey{role: t.title.Role, org: org, byRole: true}
}
