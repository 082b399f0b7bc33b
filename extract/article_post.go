package extract

import (
	"unicode"
	"unicode/utf8"
)

// The shapes of a post on a social page (a Facebook fanpage, a Zalo
// Official Account) as a monitoring tool copies it into text: the page's
// name on the first line, the post's timestamp under it (22 tháng 11 lúc
// 08:15, CN, 19/3/2023 · 18:42, 3 ngày trước · 🌏), then a headline that
// emojis decorate (📢 THÔNG BÁO ..., 🌿 ... 🌿) or the text straight away.

// decoration reports whether token k is a pictograph or symbol that
// decorates a line (📢, ✅, 🇻🇳, ★, ➡, ▪️): a Punct token whose rune is a
// symbol (Unicode So, Sk or Sm) at or above U+2190 (arrows: so not ©, °,
// ±), or a mark or tag that only shapes an emoji (a variation selector,
// the keycap U+20E3, the tags of subdivision flags).
func decoration(d *Doc, k int) bool {
	t := &d.Toks[k]
	if t.Kind != Punct || d.S[t.Start] < 0xE2 { // UTF-8 of U+2000 and above
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.S[t.Start:t.End])
	switch {
	case r == '\u20E3', r >= 0xFE00 && r <= 0xFE0F, r >= 0xE0020 && r <= 0xE007F, r >= 0xE0100 && r <= 0xE01EF:
		return true
	case r < 0x2190:
		return false
	}
	return unicode.In(r, unicode.So, unicode.Sk, unicode.Sm)
}

// undecorated returns tokens [a, b) without the decorations (decoration)
// at either end, and so without the spaces next to them: a post's
// headline as SPEC's title holds it. Decorations inside stay.
func undecorated(d *Doc, a, b int) (int, int) {
	for a < b && decoration(d, a) {
		a++
	}
	for b > a && decoration(d, b-1) {
		b--
	}
	return a, b
}

// pageHeads start the name of a body that runs a page or a site, matched
// in lower case: Party committees and cells, people's committees and
// councils, the Front, the Youth Union and the other mass organizations,
// the police, schools and centres of a commune, ward or district. Not
// "Hội" or "Ban" alone, which start headlines (Hội nghị ..., Ban Chấp
// hành ... họp).
var pageHeads = NewSet("đảng bộ", "đảng ủy", "chi bộ", "ubnd", "ủy ban nhân dân", "hđnd",
	"hội đồng nhân dân", "ủy ban mttq", "ủy ban mặt trận", "mttq", "mặt trận tổ quốc",
	"đoàn thanh niên", "đoàn tncs", "đoàn phường", "đoàn xã", "đoàn thị trấn", "huyện đoàn",
	"quận đoàn", "thị đoàn", "thành đoàn", "tỉnh đoàn", "hội liên hiệp phụ nữ", "hội lhpn",
	"hội nông dân", "hội cựu chiến binh", "hội phụ nữ", "công an", "công đoàn", "tỉnh ủy",
	"thành ủy", "huyện ủy", "quận ủy", "thị ủy", "ban tuyên giáo", "ban dân vận", "văn phòng",
	"trung tâm", "trường")

// maxPageNameTokens is the longest page's name, in tokens (Đoàn Thanh
// niên Cộng sản Hồ Chí Minh phường Quang Trung).
const maxPageNameTokens = 14

// pageName reports whether l is nothing but the name of a body (a
// pageHeads word first, and the whole line an organization's name, maybe
// with a ward's number: UBND Phường 3): the page's name above a post, or
// a site's banner. It names no event, so it is never a headline.
func pageName(d *Doc, l line) bool {
	if l.b-l.a > maxPageNameTokens || !isCapWord(d, l.a) {
		return false
	}
	if _, _, ok := pageHeads.Match(d, l.a); !ok {
		return false
	}
	end, ok := orgName(d, l.a)
	if ok && end+1 == l.b && end > l.a {
		if _, digits, num := numAt(d, end); num && digits <= 2 {
			end++ // Phường 3
		}
	}
	return ok && end == l.b
}

// nextStampBar returns the index of the first "|" or "·" among tokens
// [a, b), b when none: what parts a dateline or a post's timestamp from
// the furniture beside it (Zalo Official Account · 07/10/2024 14:20).
func nextStampBar(d *Doc, a, b int) int {
	for ; a < b && !punctAt(d, a, '|') && !midDotAt(d, a); a++ {
	}
	return a
}

// stampTail reports whether tokens [a, b) may follow a post's timestamp:
// parts parted by "|" or "·", each empty, only punctuation and emojis
// (🌏, the audience's globe), or furniture (Zalo Official Account).
func stampTail(d *Doc, a, b int) bool {
	for a < b {
		bar := nextStampBar(d, a, b)
		if seg := (line{a, bar}); seg.a < seg.b && !onlyPunct(d, seg) && !furnitureLine(d, seg) {
			return false
		}
		a = bar + 1
	}
	return true
}

// onlyPunct reports whether l holds only punctuation and symbols.
func onlyPunct(d *Doc, l line) bool {
	for k := l.a; k < l.b; k++ {
		if d.Toks[k].Kind != Punct {
			return false
		}
	}
	return true
}

// relativeUnits are the units a relative timestamp counts back in (3
// ngày trước).
var relativeUnits = NewSet("giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm")

// relativeStamp reports whether l is a post's relative timestamp: N unit
// trước (3 ngày trước, 2 giờ trước) or N unit before a "·" (3 ngày ·),
// Vừa xong, Hôm qua, Hôm nay or a weekday and lúc HH:MM (Thứ Hai lúc
// 08:00), then only what stampTail allows (· 🌏). It stands where the
// dateline does but gives no date (SPEC needs the day): neither
// published nor a Date.
func relativeStamp(d *Doc, l line) bool {
	k := l.a
	switch {
	case d.Toks[k].Kind == Number && wordAt(d, k+1):
		if _, n, ok := relativeUnits.Match(d, k+1); !ok || n != 1 {
			return false
		}
		k += 2
		switch {
		case d.Is(k, "trước"):
			k++
		case !midDotAt(d, k):
			return false // 3 ngày · 🌏, as the app shortens it; not 3 ngày alone
		}
	case d.Is(k, "vừa") && d.Is(k+1, "xong"):
		k += 2
	default:
		// Hôm qua lúc 20:15, Thứ Hai lúc 08:00 (a day of this week)
		if d.Is(k, "hôm") && (d.Is(k+1, "qua") || d.Is(k+1, "nay")) {
			k += 2
		} else if n, ok := weekdayAt(d, k); ok {
			k += n
		} else {
			return false
		}
		if !d.Is(k, "lúc") {
			return false
		}
		_, _, end, weak, ok := timeAt(d, k+1)
		if !ok || weak {
			return false
		}
		k = end
	}
	return k <= l.b && stampTail(d, k, l.b)
}

// hashtagLine reports whether l holds only hashtags (#DangBoXaTanPhu
// #ChuyenDoiSo): furniture, for they tag the post and say nothing.
func hashtagLine(d *Doc, l line) bool {
	if !punctAt(d, l.a, '#') {
		return false // most lines, at their first token
	}
	for k := l.a; k < l.b; {
		if !punctAt(d, k, '#') || !d.Adjacent(k) {
			return false
		}
		for k++; k+1 < l.b && d.Adjacent(k); k++ {
		}
		k++
	}
	return true
}

// stampDay reports whether e, a day without its year, is a post's
// timestamp for the current year (22 tháng 11 lúc 08:15): with a clock
// time, and no word before the day (Sáng 14/1 lúc 8h00 in a schedule is
// an event's time, not a timestamp).
func stampDay(d *Doc, e *elem) bool {
	return e.v.HasTime && e.v.Part == "" && d.Toks[e.start].Kind == Number
}

// reactionLabels name what a post's counters count, after the number
// (356 bình luận, 89 lượt chia sẻ). Matched on folded keys.
var reactionLabels = NewSet("bình luận", "lượt bình luận", "chia sẻ", "lượt chia sẻ", "lượt thích",
	"lượt xem", "lượt tương tác", "người theo dõi", "comments", "comment", "shares", "share",
	"likes", "views")

// reactionBar reports whether l is the bar of a post's counters under
// it (👍❤️ 1,2K · 356 bình luận · 89 lượt chia sẻ): parts parted by "·",
// each emojis and a number (1,2K, 856) with maybe a reactionLabels
// phrase after it, and at least one such phrase. What follows it is the
// comments: not the post's content.
func reactionBar(d *Doc, l line) bool {
	labelled := false
	for k := l.a; k < l.b; {
		for k < l.b && decoration(d, k) {
			k++
		}
		if k >= l.b || d.Toks[k].Kind != Number {
			return false // most lines, at their first token
		}
		k++
		// 1,2K, 3.4M, 12K: a decimal part and a unit glued to the number
		if sepAt(d, k, ",.") && d.Adjacent(k-1) && d.Adjacent(k) && k+1 < l.b && d.Toks[k+1].Kind == Number {
			k += 2
		}
		if k < l.b && d.Adjacent(k-1) && (d.Is(k, "k") || d.Is(k, "m") || d.Is(k, "n")) {
			k++
		}
		if k < l.b && !midDotAt(d, k) {
			_, n, ok := matchFolded(reactionLabels, d, k)
			if !ok {
				return false
			}
			k += n
			labelled = true
		}
		switch {
		case k == l.b:
		case midDotAt(d, k) && k+1 < l.b:
			k++
		default:
			return false
		}
	}
	return labelled
}
