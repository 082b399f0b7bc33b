package extract

import (
	"strings"
	"unicode/utf8"
)

// Vietnamese personal names: family name first, then middle and given
// names, 2 to 4 syllables in all (a compound family name such as Âu
// Dương counting as one), each capitalised (conventions.md §4).

// surnames are the family names a personal name may start with: the
// frequency list and the longer list of conventions.md §4, the compound
// surnames, and family names of ethnic minorities seen among officials
// (Hầu, Giàng, Lò, Chẩu; Y, which starts Ê Đê men's names). Ông (a rare
// surname) is left out: it is the honorific.
var surnames = NewSet(append(frequentSurnames[:len(frequentSurnames):len(frequentSurnames)],
	// The next most frequent.
	"Đinh", "Trịnh", "Trương", "Lâm", "Đào", "Đoàn", "Mai", "Tạ", "Lương",
	"Cao", "Hà", "Vương", "Triệu", "Phùng", "Tô", "Lưu", "Kiều", "Quách",
	"La", "Thái", "Sái", "Châu", "Chu", "Giang", "Nghiêm", "Lục", "Thạch",
	"Kim", "Lạc", "Tôn", "Diệp", "Đàm", "Hàn", "Mã", "Mạch", "Phó", "Tiêu",
	"Trang", "Văn",
	// Less frequent family names often seen in public life.
	"Bạch", "Cù", "Doãn", "Đồng", "Hứa", "Khổng", "Khúc", "Khương", "Lại",
	"Lã", "Mẫn", "Ninh", "Tăng", "Thân", "Tống", "Từ", "Vi", "Viên", "Âu",
	"Chử", "Ma", "Nông", "Bế", "Hầu", "Giàng", "Lò", "Chẩu", "Sùng",
	"Vàng", "Thào", "Lầu", "Mùa", "Lù", "Sầm", "Lường", "Cầm", "Quàng",
	"Điêu", "Danh", "Ksor", "Quyền", "Lữ", "Khuất", "Mạc", "Ung", "Quan",
	"Bàng", "Giáp", "Biện", "Đậu", "Thiều", "Kha", "Cung", "Vy", "Nhữ",
	"Phí", "Y",
	// Family names of ethnic minorities: Thái (Xa, Lèo, Tòng), Mông (Ly,
	// Vừ, Hạng, Sình, Lỳ, Tráng), Dao (Bàn), Tày and Nùng (Lăng, Lành),
	// Chăm (Đàng, Thập), Gia Rai (Siu, Rmah, Kpă, Puih, Rơ Chăm, Rơ Mah,
	// Rah Lan), Cơ Tu (Alăng, Bhriu, Zơ Râm, Ating, Coor, Briu, Pơloong,
	// Arất, Clâu), M'Nông (Điểu).
	"Xa", "Lèo", "Tòng", "Ly", "Vừ", "Hạng", "Sình", "Lỳ", "Tráng", "Bàn",
	"Lăng", "Lành", "Đàng", "Thập", "Siu", "Rmah", "Kpă", "Puih",
	"Rơ Chăm", "Rơ Mah", "Rah Lan", "Alăng", "Bhriu", "Zơ Râm", "Ating",
	"Coor", "Briu", "Pơloong", "Arất", "Clâu", "Điểu",
	// The other Gia Rai (Jrai) clans and the spellings of their names, from
	// the list of Jrai family names on dantocmiennui.vn ("Một cách hiểu
	// khác về họ của người Jrai"): Ksor (above), Nay, Kpă, Rơ Chom (Rcom,
	// Rơ Châm, Rơ Chăm), Rơ Ô, Alê, Rơmah, Siu, Rahlan (Ra Lan, Rơ Lan,
	// Rlan), Puih, Rơ Mô. Bahnar names take Đinh (above).
	"Nay", "Rơ Chom", "Rchom", "Rcom", "Rơ Châm", "Rchâm", "Rchăm", "Rơ Ô",
	"Alê", "Rơmah", "Rahlan", "Ra Lan", "Rơ Lan", "Rlan", "Rơ Mô",
	// Ê Đê and Gia Rai women's names start with H' (H'Hen Niê), as men's
	// start with Y; see letterSyllableEnd.
	"H'",
	// More: Tày and Thái (Lộc, Vì, Cà), Dao (Chảo, Tẩn, Phàn), Khmer
	// (Sơn), and the rarer Kinh name Đới.
	"Lộc", "Vì", "Cà", "Chảo", "Tẩn", "Phàn", "Sơn", "Đới",
	// Thái family names of the lists in Nguyễn Khôi, Các dân tộc ở Việt
	// Nam, cách dùng họ và đặt tên (NXB Văn hoá Dân tộc, 2006), quoted on
	// vi.wikipedia "Lương (họ)"; Đèo and Bạc Cầm also as branches of the
	// noble Lò clan (lichsuvanhoathai.com, "Họ Lò"). Names of that list that
	// are common words or given names (Nam, Sa, Tày, Pha) are left out.
	"Đèo", "Khằm", "Lự", "Mè", "Lềm", "Ngần", "Bạc",
	// Khmer family names of the Mekong Delta, besides Thạch, Sơn, Danh,
	// Kim, Lâm, Lý, Huỳnh, Châu above: Chau, which starts Khmer men's
	// names in An Giang, Néang (women's; also written Neáng), and Trà.
	// Places that start with them (Trà Cú, Sơn Tây, Kim Bảng, Thạch Hà)
	// are in places: a place is not a person.
	"Chau", "Néang", "Neáng", "Trà",
	// Cơ Ho, Mạ and Chu Ru names of Lâm Đồng: men's names start with K'
	// (K'Sới), women's with Ka (Ka Hồng); their clans include Cil, Liêng,
	// Bon, Đa Cát, Kơ Să, Touneh, Păng Ting.
	"K'", "Ka", "Cil", "Liêng", "Đa Cát", "Kơ Să", "Touneh", "Păng Ting",
	// Raglai family names of Khánh Hòa and Ninh Thuận (Pi Năng Thị
	// Hương, Katơ Sương, Chamaléa Thị Thủy).
	"Pi Năng", "Pinăng", "Katơ", "Ka Tơ", "Chamaléa", "Mấu",
	// Compound family names.
	"Hoàng Phủ", "Âu Dương", "Tôn Thất", "Tôn Nữ", "Nguyễn Phúc",
)...)

// frequentSurnames are the 14 most frequent family names, about 90% of
// the population; a Kinh name may hold two of them (Phạm Nguyễn Thị Hoa,
// the mother's and the father's).
var frequentSurnames = []string{
	"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
	"Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
}

// frequentSurnameSet is frequentSurnames as a lexicon.
var frequentSurnameSet = NewSet(frequentSurnames...)

// minorityMiddles are the middle syllables of the three-syllable names of
// the H'Mông (and of many Dao and Thái): family name, middle, given name
// (Giàng A Páo, Vàng Seo Cháng, Hờ Mí Sình, Thào Chứ Lử, Sùng Thị Mỷ, Lò
// Văn Puôn).
var minorityMiddles = NewSet("A", "Seo", "Mí", "Chứ", "Thị", "Văn")

// shapedName reports whether a name of minorityMiddles' shape starts at
// token k and ends at end: three syllables of one token each, the second
// one of minorityMiddles (see parseNameV for the rest).
func shapedName(v *lexView, k, end int) bool {
	e, ok := parseNameV(v, k, end)
	if !ok || e != end || e-k != 3 {
		return false
	}
	_, n, mid := minorityMiddles.Match(v.Doc, k+1)
	return mid && n == 1
}

// placeEndsBefore reports whether the capitalised word at token k, where
// a personal name of four syllables starts (Vì Lý A Hừ), is rather the
// last word of the place before it, the name starting at k+1 with the
// shape of minorityMiddles (xã Nậm Vì Lý A Hừ: xã Nậm Vì, Lý A Hừ). The
// place must have a word before k that is no place qualifier or head
// (xã Vì Lý A Hừ keeps the name whole: a commune is rarely named by one
// syllable), and the word at k must not be one of frequentSurnames, which
// start Kinh names of two family names (xã Tân Phú Phạm Nguyễn Thị Hoa).
// limit bounds the name.
func placeEndsBefore(v *lexView, k, limit int) bool {
	d := v.Doc
	if k < 1 || !nameGap(d, k) {
		return false
	}
	p := &d.Toks[k-1]
	if p.Kind != Word || p.Flags&Upper == 0 || v.bitsOf(k-1)&(bitQualifier|bitHead) != 0 {
		return false
	}
	end, ok := parseNameV(v, k, limit)
	if !ok || end-k != 4 {
		return false
	}
	if _, _, common := frequentSurnameSet.Match(d, k); common {
		return false
	}
	return shapedName(v, k+1, end)
}

// nameStops are capitalised words that never continue a personal name:
// heads of organizations and administrative words that follow a name
// without a comma in careless text.
var nameStops = NewSet(
	"Ban", "Bộ", "Sở", "Vụ", "Cục", "Viện", "Đảng", "Tỉnh", "Huyện", "Xã",
	"Phường", "TP", "UBND", "HĐND", "MTTQ", "Khối",
)

// maxNameSyllables bounds a personal name (Nguyễn Thị Kim Ngân), but for
// the five of some Ê Đê names (Y Thanh Hà Niê Kđăm);
// maxCapsSyllables one written in capitals, whose end cannot be told
// from the capitalised words after it (CHỦ TỊCH NƯỚC NGUYỄN XUÂN PHÚC THĂM).
const (
	maxNameSyllables = 4
	maxCapsSyllables = 3
)

// parseNameV recognises a personal name starting at token i and ending at
// or before limit: a family name of surnames followed by capitalised
// syllables, 2 to 4 syllables in all (H'Hen, with its prefix, is one; see
// letterSyllableEnd; a compound family name counts as one), every
// syllable capitalised (or every one written in capitals), on one line,
// single-spaced. A place name
// (Hồ Chí Minh, Lâm Đồng) is not a name, but a longer name that starts
// with one is (Đồng Văn Thanh). It returns the index just past the name.
func parseNameV(v *lexView, i, limit int) (end int, ok bool) {
	d := v.Doc
	if i < 0 || i >= limit || limit > len(d.Toks) {
		return i, false
	}
	t := &d.Toks[i]
	if t.Kind != Word || t.Flags&Upper == 0 || !nameUsable(d, i) {
		return i, false
	}
	b := v.bitsOf(i)
	if b&bitSurname == 0 {
		return i, false
	}
	_, n, found := surnames.Match(d, i)
	if !found || i+n > limit {
		return i, false
	}
	caps := t.Flags&AllUpper != 0 && t.End-t.Start > 1
	// The family name, in whole syllables (H' takes the one after it).
	end = i
	count := 0 // syllables
	for end < i+n {
		if !nameSyllable(d, end, caps) || end > i && !nameGap(d, end) {
			return i, false
		}
		if t := &d.Toks[end]; t.End-t.Start == 1 {
			end = letterSyllableEnd(d, end, limit, caps)
		} else {
			end++
		}
		count++
	}
	most, least := maxNameSyllables, 2
	switch {
	case caps:
		most = maxCapsSyllables
	case d.Is(i, "y"):
		// Ê Đê and Jrai men's names: Y, given names, family name
		// (Y Thanh Hà Niê Kđăm); never two syllables (Bộ Y Tế).
		most, least = maxNameSyllables+1, 3
	case count > 1:
		// A compound family name counts as one: Âu Dương Thị Kim Loan,
		// Tôn Nữ Thị Ninh have up to three syllables after it.
		most += count - 1
	}
	for end < limit && count < most {
		if !nameGap(d, end) || !nameUsable(d, end) {
			break
		}
		if b := v.bitsOf(end); b&bitNameStop != 0 && isNameStop(d, end) || b&bitRole != 0 && startsRole(v, end) {
			break
		}
		if !nameSyllable(d, end, caps) {
			break
		}
		if t := &d.Toks[end]; t.End-t.Start == 1 {
			end = letterSyllableEnd(d, end, limit, caps)
		} else {
			end++
		}
		count++
	}
	if count < least || hyphenGiven(d, end) {
		return i, false
	}
	// A place name is not a person's (Hồ Chí Minh, Lâm Đồng); a name that
	// starts like one is (Đồng Văn Thanh).
	if b&bitPlace != 0 {
		if p, pn, isPlace := places.Match(d, i); isPlace && pn == end-i && capsOK(d, i, isCapsForm(p)) {
			return i, false
		}
	}
	return end, true
}

// hyphenGiven reports whether the name read up to token end goes on
// with a hyphen and a syllable in lower case, both touching, as the
// romanized given names of Korea do (Kim Jae-won, Lee Min-ho): such a
// name is foreign (see foreignName), whatever its first word, and its
// Vietnamese reading (Kim Jae) would cut it. Both syllables must be
// written without Vietnamese diacritics: a dash between a name and a
// position written without spaces is left alone (Lê Văn Hiến-nguyên);
// so is any in a text written without diacritics, where the two cannot
// be told apart.
func hyphenGiven(d *Doc, end int) bool {
	if d.Unaccented || end < 1 || end+1 >= len(d.Toks) || !punctAt(d, end, '-') || !d.Adjacent(end-1) || !d.Adjacent(end) {
		return false
	}
	t := &d.Toks[end+1]
	return t.Kind == Word && t.Flags&Upper == 0 && latinWord(d, end-1) && latinWord(d, end+1)
}

// nameSyllable reports whether token k can be a syllable of a name: a
// capitalised word of at most 7 letters; in a name written in capitals
// (caps) every letter upper case, otherwise only the first (a one-letter
// syllable such as the A of Hầu A Lềnh is both).
func nameSyllable(d *Doc, k int, caps bool) bool {
	t := &d.Toks[k]
	if t.Kind != Word || t.Flags&Upper == 0 {
		return false
	}
	s := d.S[t.Start:t.End]
	n := utf8.RuneCountInString(s)
	if n > 7 {
		return false
	}
	if caps {
		return t.Flags&AllUpper != 0
	}
	return t.Flags&AllUpper == 0 || n == 1
}

// letterSyllableEnd returns the end of the name syllable at token k, a
// letter that nameSyllable accepts: k+3 when it is the prefix of Ê Đê and
// Gia Rai women's names or of Cơ Ho men's names, H or K with an
// apostrophe touching it, before another syllable (H'Hen Niê, Siu H'Prăk,
// K'Sới); else k+1 (the A of Hầu A Lềnh). limit bounds it.
func letterSyllableEnd(d *Doc, k, limit int, caps bool) int {
	if k+2 < limit && d.Adjacent(k) && d.Tok(k+1) == "'" && (d.Is(k, "h") || d.Is(k, "k")) &&
		d.Toks[k+2].Flags&LineStart == 0 && nameSyllable(d, k+2, caps) && nameUsable(d, k+1) && nameUsable(d, k+2) {
		return k + 3
	}
	return k + 1
}

// nameGap reports whether token k follows token k-1 on the same line
// after white space, as the syllables of a name do.
func nameGap(d *Doc, k int) bool {
	f := d.Toks[k].Flags
	return f&SpaceBefore != 0 && f&LineStart == 0
}

// nameUsable reports whether token k may be part of an official's name:
// not claimed by another extractor, not furniture, not a byline or credit.
func nameUsable(d *Doc, k int) bool {
	return d.Toks[k].Flags&(Claimed|Furniture|Byline) == 0
}

// isNameStop reports whether token k is one of nameStops.
func isNameStop(d *Doc, k int) bool {
	_, _, ok := nameStops.Match(d, k)
	return ok
}

// parseName recognises a personal name starting at token i and ending at
// or before limit (see parseNameV) and returns the index just past it.
func parseName(d *Doc, i, limit int) (end int, ok bool) {
	return parseNameV(&lexView{Doc: d}, i, limit)
}

// Foreign names: a diplomat or guest named as written in their language
// (Markus Brenner, Anna Schulz, Kees van Baar). Without a family name of
// surnames to start them, they count only where the text says they are a
// person's: after an honorific and with a position (see officialScan).

// maxForeignWords bounds the capitalised words of a foreign name, and
// maxForeignLetters each of them, in letters.
const (
	maxForeignWords   = 3
	maxForeignLetters = 14
)

// nameParticles are the lower-case words between the capitalised words of
// a foreign name (Kees van Baar, Ursula von der Leyen).
var nameParticles = NewSet("van", "von", "der", "den", "de", "da", "di", "du", "del", "bin", "binti")

// foreignLetters are the letters with diacritics of European names that
// Vietnamese writing does not use (Müller, Ørsted, Muñoz).
const foreignLetters = "äöüÄÖÜßñÑçÇøØåÅæÆëËïÏ"

// foreignName recognises a personal name that is not Vietnamese at token
// i, ending at or before limit: 2 to maxForeignWords capitalised words,
// maybe with particles between them (van, von der), on one line,
// single-spaced, written without the diacritics of Vietnamese (a word
// joined by "-" to the next, Jean-Pierre, Hang-seo, is one). No word may
// start a role, an organization, a degree or a stop word of names, and
// the name may not start with a place or a country (Sa Pa, Hà Lan). It
// returns the index past the name.
func foreignName(v *lexView, i, limit int) (end int, ok bool) {
	d := v.Doc
	if i < 0 || i >= limit || limit > len(d.Toks) {
		return i, false
	}
	if knownPlaceAt(d, i, limit) > i || countryAt(d, i, limit) > i {
		return i, false
	}
	e, words := i, 0
	for e < limit && words <= maxForeignWords {
		if e > i && !nameGap(d, e) {
			break
		}
		if words > 0 && d.Toks[e].Flags&Upper == 0 {
			// One or two particles, with a capitalised word after them.
			q := e
			for q < limit && q-e < 2 && (q == e || nameGap(d, q)) && isParticle(d, q) {
				q++
			}
			if q == e || q >= limit || !nameGap(d, q) || !foreignWord(v, q) {
				break
			}
			e = q
		}
		if !foreignWord(v, e) {
			break
		}
		e++
		for e+1 < limit && d.Adjacent(e-1) && punctAt(d, e, '-') && d.Adjacent(e) && d.Toks[e+1].Kind == Word && latinWord(d, e+1) {
			e += 2
		}
		words++
	}
	if words < 2 || words > maxForeignWords {
		return i, false
	}
	return e, true
}

// isParticle reports whether token k is one of nameParticles, in lower
// case.
func isParticle(d *Doc, k int) bool {
	if d.Toks[k].Kind != Word || d.Toks[k].Flags&Upper != 0 {
		return false
	}
	_, n, ok := nameParticles.Match(d, k)
	return ok && n == 1
}

// foreignWord reports whether token k may be a word of a foreign name: a
// usable capitalised word, not in capitals, of 2 to maxForeignLetters
// letters without Vietnamese diacritics, starting no role, organization,
// degree or stop word of names.
func foreignWord(v *lexView, k int) bool {
	d := v.Doc
	t := &d.Toks[k]
	if t.Kind != Word || t.Flags&Upper == 0 || t.Flags&AllUpper != 0 || !nameUsable(d, k) || !latinWord(d, k) {
		return false
	}
	if n := utf8.RuneCountInString(d.S[t.Start:t.End]); n < 2 || n > maxForeignLetters {
		return false
	}
	if b := v.bitsOf(k); b&(bitRole|bitHead|bitDegree|bitNameStop|bitHonorific|bitModifier) != 0 {
		return false
	}
	return true
}

// latinWord reports whether token k is written without the diacritics of
// Vietnamese: in ASCII, or with only foreignLetters outside it.
func latinWord(d *Doc, k int) bool {
	t := &d.Toks[k]
	if t.Flags&Marked == 0 {
		return true
	}
	for _, r := range d.S[t.Start:t.End] {
		if r >= utf8.RuneSelf && !strings.ContainsRune(foreignLetters, r) {
			return false
		}
	}
	return true
}

// Names that start with no family name: those of clerics after their
// religious rank and of some ethnic minorities with a prefix. Like foreign
// names, they count only where the text says they are a person's (after
// an honorific or a religious rank, with a position; see officialScan).

// maxReligiousSyllables bounds a cleric's name: a Buddhist monastic name
// (Thích Minh Tuệ, Thích Nữ Như Lan), a Khmer one, or a baptismal name
// before a Vietnamese one (Giuse Nguyễn Văn Hòa).
const maxReligiousSyllables = 4

// religiousName recognises a cleric's name at token i, written after a
// religious rank and ending at or before limit: 2 to
// maxReligiousSyllables capitalised syllables of a name (see
// nameSyllable), single-spaced on one line, whatever the first (Thích is
// no family name), none starting a role, an organization, a degree, an
// honorific or a stop word of names, and not starting with a place (chùa
// Xvay Kiên names the pagoda, not the monk). It returns the index past
// the name.
func religiousName(v *lexView, i, limit int) (end int, ok bool) {
	d := v.Doc
	if i < 0 || i >= limit || limit > len(d.Toks) || knownPlaceAt(d, i, limit) > i {
		return i, false
	}
	e := i
	for e < limit && e-i < maxReligiousSyllables && (e == i || nameGap(d, e)) && plainNameWord(v, e) {
		e++
	}
	if e-i < 2 {
		return i, false
	}
	return e, true
}

// namePrefixes are the words that start the names of men (A) and women
// (Y) of the Bahnar, Xơ Đăng and Giẻ Triêng (A Pớt, Y Ngọc): without a
// family name, one or two syllables follow them. (Ê Đê men's names, Y and
// three syllables or more, are in surnames.)
var namePrefixes = NewSet("A", "Y")

// prefixedName recognises a name of namePrefixes at token i, ending at or
// before limit: the prefix, written as one capital letter, and one or two
// syllables of a name (see plainNameWord) of two letters or more, not
// followed by another capitalised word, single-spaced on one line, and
// not a place (A Lưới). The prefix is also a letter and a list marker (A
// và B, phương án A), so the caller takes the name only after an
// honorific. It returns the index past the name.
func prefixedName(v *lexView, i, limit int) (end int, ok bool) {
	d := v.Doc
	if i < 0 || i+1 >= limit || limit > len(d.Toks) {
		return i, false
	}
	if t := &d.Toks[i]; t.Kind != Word || t.End-t.Start != 1 || t.Flags&Upper == 0 || !nameUsable(d, i) {
		return i, false
	}
	if _, _, pre := namePrefixes.Match(d, i); !pre || knownPlaceAt(d, i, limit) > i {
		return i, false
	}
	e := i + 1
	for e < limit && e-i <= 2 && nameGap(d, e) && plainNameWord(v, e) && d.Toks[e].End-d.Toks[e].Start > 1 {
		e++
	}
	if e == i+1 || e < limit && nameGap(d, e) && d.Toks[e].Kind == Word && d.Toks[e].Flags&Upper != 0 {
		return i, false
	}
	return e, true
}

// plainNameWord reports whether token k may be a syllable of a name that
// starts with no family name: a usable syllable of a name (nameSyllable,
// not in capitals) that starts no role, organization, degree, honorific
// or stop word of names.
func plainNameWord(v *lexView, k int) bool {
	d := v.Doc
	if !nameSyllable(d, k, false) || !nameUsable(d, k) {
		return false
	}
	if b := v.bitsOf(k); b&(bitRole|bitHead|bitDegree|bitNameStop|bitHonorific|bitModifier) != 0 {
		return false
	}
	return true
}
