package extract

import "github.com/vnie/vnie/schema"

// This file finds the place that scopes the counts of a sentence: the
// sentence opens with it ("Tại Hậu Giang có 19 điểm cầu", "Tại TP Cần Thơ,
// ...", "Tỉnh Hậu Giang có ...", the headline "TP Cần Thơ: Hơn 7.600 ...").

// maxSentenceTokens bounds the look back from a count to the start of its
// sentence; a sentence longer than that gives no location.
const maxSentenceTokens = 160

// maxPlaceTokens bounds the tokens of a place name.
const maxPlaceTokens = 10

// scopeOpeners open a sentence that is scoped to a place: "Tại X," "Ở X có".
// "Riêng tại X" narrows it the same way.
var scopeOpeners = NewSet("tại", "ở", "riêng tại", "riêng ở")

// adminPrefixes name the kind of an administrative unit before its name;
// they are part of the location as written (tỉnh Hậu Giang, TP Cần Thơ).
var adminPrefixes = NewSet("tỉnh", "thành phố", "tp", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "thủ đô")

// notPlaceWords never occur in a place name; a capitalized run holding
// one names a body (Tỉnh Ủy, Sở Nội Vụ), not a place.
var notPlaceWords = NewSet("ủy", "đảng", "ban", "sở", "bộ", "ubnd", "hđnd", "mttq", "đoàn", "điểm", "trường")

// countLocation returns the place that scopes the sentence holding the
// count that starts at token i, or "".
func countLocation(d *Doc, i int) string {
	s := sentenceStart(d, i)
	if s < 0 {
		return ""
	}
	j := s
	// Opening quotes or brackets do not matter.
	for j < i && d.Toks[j].Kind == Punct && (isPunct(d, j, '"') || isPunct(d, j, '(')) {
		j++
	}
	if _, n, ok := scopeOpeners.Match(d, j); ok {
		j += n
		// Tại điểm cầu Hải Phòng, ...: the place of the connection point.
		if kind, n, ok := unitKinds.Match(d, j); ok && kind == schema.KindConnectionPoints {
			j += n
		}
		ps, pe, _, ok := placeAt(d, j, i)
		if ok && (isPunct(d, pe, ',') || isPunct(d, pe, ':') || d.Is(pe, "có")) {
			return d.Value(ps, pe)
		}
		return ""
	}
	// Tỉnh Hậu Giang có ..., TP Cần Thơ: ...: only with the kind of unit,
	// since a bare capitalized subject is more often a person.
	ps, pe, prefixed, ok := placeAt(d, j, i)
	if ok && prefixed && (isPunct(d, pe, ':') || d.Is(pe, "có")) {
		return d.Value(ps, pe)
	}
	return ""
}

// placeAt reads a place name at token j that ends before token limit: an
// optional adminPrefixes word (TP may take a dot: TP. Hồ Chí Minh,
// TP.HCM), then capitalized words, possibly joined by "-" (Bà Rịa - Vũng
// Tàu). Without a prefix the first word must not be all capitals (UBND,
// HĐND are bodies). It returns the tokens [start, end) and whether a
// prefix was read.
func placeAt(d *Doc, j, limit int) (start, end int, prefixed, ok bool) {
	start = j
	if _, n, ok := adminPrefixes.Match(d, j); ok {
		prefixed = true
		j += n
		if isPunct(d, j, '.') && d.Adjacent(j-1) {
			j++
		}
	}
	words := 0
	for j < limit && j-start < maxPlaceTokens {
		t := &d.Toks[j]
		if t.Kind == Word && t.Flags&Upper != 0 && t.Flags&(Claimed|Furniture) == 0 {
			if words == 0 && !prefixed && t.Flags&AllUpper != 0 && t.End-t.Start > 1 {
				return start, j, prefixed, false
			}
			if _, _, stop := notPlaceWords.Match(d, j); stop {
				return start, j, prefixed, false
			}
			words++
			j++
			continue
		}
		// Bà Rịa - Vũng Tàu, Thừa Thiên-Huế.
		if words > 0 && isPunct(d, j, '-') && j+1 < limit && d.Toks[j+1].Kind == Word && d.Toks[j+1].Flags&Upper != 0 {
			j++
			continue
		}
		break
	}
	if words == 0 || j >= len(d.Toks) {
		return start, j, prefixed, false
	}
	return start, j, prefixed, true
}

// sentenceStart returns the first token of the sentence holding token i:
// the token after ". ", "! ", "? " or "…", or the first of the line. It
// returns -1 when that is more than maxSentenceTokens back.
func sentenceStart(d *Doc, i int) int {
	lo := max(0, i-maxSentenceTokens)
	for k := i; k > lo; k-- {
		t := &d.Toks[k]
		if t.Flags&LineStart != 0 {
			return k
		}
		if t.Flags&SpaceBefore == 0 {
			continue
		}
		p := k - 1
		if isPunct(d, p, '!') || isPunct(d, p, '?') || d.Tok(p) == "…" {
			return k
		}
		// A dot ends a sentence unless it closes an abbreviation
		// (TP. Hồ Chí Minh, Đ.c Nguyễn Văn Hải).
		if isPunct(d, p, '.') && !(p > 0 && d.Toks[p-1].Kind == Word && d.Toks[p-1].End-d.Toks[p-1].Start <= 2 && d.Toks[p-1].Flags&Upper != 0) {
			return k
		}
	}
	if lo == 0 {
		return 0
	}
	return -1
}
