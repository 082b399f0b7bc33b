package extract

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Meta is what an article says about itself.
type Meta struct {
	// Title is the headline, "" when the text has none.
	Title string
	// Published is the publication date from the dateline, zero if none.
	Published Published
	// Authors are the bylines, as written.
	Authors []string
}

// Limits of the article's own furniture, in lines and words.
const (
	// headLines is how many lines (not counting furniture) at the top may
	// hold the site's banner, the headline and the dateline.
	headLines = 8
	// maxHeadlineWords is the longest headline, in words.
	maxHeadlineWords = 40
	// maxFurnitureWords is the longest line a furniture phrase may start.
	maxFurnitureWords = 25
	// tailLines is how many lines at the end are searched for the byline.
	tailLines = 40
)

// ArticleMeta finds the headline, the dateline and the bylines, and marks
// portal furniture (share buttons, counters, menus, the site's banner
// above the headline) so that no extractor reads it. It runs first.
// Unless d.PubFromCaller, it sets d.Pub to the dateline's date. The
// dateline itself is content: Dates reports it.
func ArticleMeta(d *Doc) Meta {
	m := Meta{Authors: []string{}}
	lines := docLines(d)
	d.furn = slices.Grow(d.furn[:0], len(lines))[:len(lines)]
	furn := d.furn
	clear(furn)
	for li, l := range lines {
		if furnitureLine(d, l) || hashtagLine(d, l) {
			furn[li] = true
			d.MarkFurniture(l.a, l.b)
		}
		// Under a post's counters come the comments (commenters' names,
		// Trả lời, Xem thêm bình luận): to the end, none is the post's.
		if li > 0 && reactionBar(d, l) {
			for k := li; k < len(lines); k++ {
				furn[k] = true
			}
			d.MarkFurniture(l.a, len(d.Toks))
			break
		}
	}
	// The items of a list of other articles are furniture too: their
	// dates, codes and counts are not this article's.
	for li := 0; li < len(lines); li++ {
		if furn[li] && listHead(d, lines[li]) {
			for li+1 < len(lines) && (furn[li+1] || listItem(d, lines[li+1])) {
				li++
				furn[li] = true
				d.MarkFurniture(lines[li].a, lines[li].b)
			}
			continue
		}
		// A head of the portal's own wording (Các thông báo khác, Bài
		// cùng chuyên mục, Điểm tin các ngày trước:) shows by its items:
		// two or more, bulleted, each with the day it was posted at its
		// end, and no other bulleted line after them (the article's own
		// list under Các nhiệm vụ khác: has items of other shapes).
		if furn[li] || li+2 >= len(lines) || !datedItem(d, lines[li+1]) || !namedListHead(d, lines[li]) {
			continue
		}
		end := li + 1
		for end < len(lines) && datedItem(d, lines[end]) {
			end++
		}
		if end-li-1 < minDatedItems || end < len(lines) && !furn[end] && bulleted(d, lines[end]) {
			continue
		}
		for ; li < end; li++ {
			furn[li] = true
			d.MarkFurniture(lines[li].a, lines[li].b)
		}
		li--
	}

	// The dateline: a short line near the top that is mostly a date. A
	// date right above the portal's menus is the page header's (today's
	// date, Thứ Sáu, ngày 02/01/2026): a dateline further down, under the
	// headline, is the article's.
	dateline, seen := -1, 0
	glued := -1 // where the headline ends on a dateline's line, if glued to it
	for li := 0; li < len(lines) && seen < headLines; li++ {
		if furn[li] {
			continue
		}
		if relativeStamp(d, lines[li]) {
			// 3 ngày trước · 🌏: where the dateline stands, of no date.
			dateline = li
			furn[li] = true
			d.MarkFurniture(lines[li].a, lines[li].b)
			break
		}
		if p, ok := datelineOf(d, lines[li]); ok {
			dateline, m.Published = li, p
			if li+1 < len(lines) && furn[li+1] {
				seen++
				continue
			}
			break
		}
		if p, end, ok := gluedDateline(d, lines[li]); ok {
			dateline, m.Published, glued = li, p, end
			break
		}
		if bodyStart(d, lines[li]) {
			break
		}
		seen++
	}

	h := headOf(d, lines, furn, dateline)
	if glued >= 0 {
		h = headParts{title: dateline, last: -1}
	}
	if h.title >= 0 {
		end := lines[h.title].b
		if glued >= 0 {
			end = glued
		}
		a, b := undecorated(d, lines[h.title].a, end)
		m.Title = asWritten(d, a, b)
	}
	// What stands above the headline and the dateline is the portal's:
	// banners, slogans, menus, section labels.
	top := h.title
	if top < 0 || dateline >= 0 && dateline < top {
		top = dateline
	}
	for li := 0; li < top; li++ {
		if !furn[li] {
			furn[li] = true
			d.MarkFurniture(lines[li].a, lines[li].b)
		}
	}

	// Bylines: in the head (between the headline, the dateline and the
	// body), and the one that ends the article; everything after the
	// last is portal furniture.
	var spans [][2]int
	for _, li := range h.bylines {
		s, _, _ := bylineOf(d, lines[li])
		spans = append(spans, s...)
		d.MarkByline(lines[li].a, lines[li].b)
	}
	head := max(h.title, dateline, h.last)
	if li := nextLine(lines, furn, head); li >= 0 {
		if s, labelled, ok := bylineOf(d, lines[li]); ok {
			if after := nextLine(lines, furn, li); labelled || after >= 0 && bodyStart(d, lines[after]) {
				spans = append(spans, s...)
				d.MarkByline(lines[li].a, lines[li].b)
				head = li
			}
		}
	}
	end, s, by := endByline(d, lines, furn, head)
	if end >= 0 {
		spans = append(spans, s...)
		d.MarkByline(by, lines[end].b)
		// The portal's lines follow, but for the dateline right under
		// the byline (Đăng ngày: 20/03/2026), which is the article's.
		from := end + 1
		if from < len(lines) && !furn[from] {
			if _, ok := datelineOf(d, lines[from]); ok {
				from++
			}
		}
		if from < len(lines) {
			d.MarkFurniture(lines[from].a, len(d.Toks))
		}
	}
	for _, s := range spans {
		a := asWritten(d, s[0], s[1])
		if !containsFold(m.Authors, a) {
			m.Authors = append(m.Authors, a)
		}
	}

	if dateline < 0 {
		m.Published = tailDateline(d, lines, furn, end)
	}
	if !m.Published.IsZero() && !d.PubFromCaller {
		d.Pub = m.Published
	}
	markPhotoCredits(d)
	return m
}

// tailDateline finds a dateline at the end of the article: a date on its
// own line just above or under the final byline (line end, -1 if none),
// or a labelled one (Ngày đăng: 02/02/2025 | 07:30) among the last lines.
// Only these, for the related articles listed there carry dates of their
// own.
func tailDateline(d *Doc, lines []line, furn []bool, end int) Published {
	if end >= 0 {
		for _, li := range [2]int{end - 1, end + 1} {
			if li >= 0 && li < len(lines) && !furn[li] {
				if p, ok := datelineOf(d, lines[li]); ok {
					return p
				}
			}
		}
	}
	for li := len(lines) - 1; li >= 0 && li >= len(lines)-tailLines; li-- {
		if furn[li] {
			continue
		}
		if _, _, ok := matchFolded(datelineLabels, d, lines[li].a); !ok {
			continue
		}
		if p, ok := datelineOf(d, lines[li]); ok {
			return p
		}
	}
	return Published{}
}

// nextLine returns the index of the first line after li that is not
// furniture, -1 when none.
func nextLine(lines []line, furn []bool, li int) int {
	for li++; li < len(lines); li++ {
		if !furn[li] {
			return li
		}
	}
	return -1
}

// line is one line of the text as the token range [a, b), b > a.
type line struct{ a, b int }

// docLines splits the tokens of d into lines, in the Doc's buffer d.lines
// (valid until the next call).
func docLines(d *Doc) []line {
	if len(d.Toks) == 0 {
		return nil
	}
	starts := d.starts().lines
	lines := slices.Grow(d.lines[:0], len(starts))[:len(starts)]
	for k, a := range starts {
		b := len(d.Toks)
		if k+1 < len(starts) {
			b = int(starts[k+1])
		}
		lines[k] = line{int(a), b}
	}
	d.lines = lines // the Doc keeps the buffer for the next article
	return lines
}

// words counts the word tokens of l.
func words(d *Doc, l line) int {
	n := 0
	for k := l.a; k < l.b; k++ {
		if d.Toks[k].Kind == Word {
			n++
		}
	}
	return n
}

// asWritten returns the original text of tokens [i, j) with runs of
// white space (NBSP included) made one space: titles and authors as
// written.
func asWritten(d *Doc, i, j int) string {
	return oneSpaced(d.Surface(i, j))
}

// oneSpaced returns s without the characters dropInvisible drops, with
// every run of white space made one space and none at either end (as
// strings.Fields and Join would make it), and invalid UTF-8 as U+FFFD.
// When that changes nothing it returns s itself.
func oneSpaced(s string) string {
	if spacedOnce(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is owed before the next character
	for _, r := range s {
		switch {
		case dropInvisible(r) < 0:
		case unicode.IsSpace(r):
			space = b.Len() > 0
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}

// spacedOnce reports whether oneSpaced(s) == s: s is valid UTF-8 with no
// invisible character, and its only white space is single ASCII spaces
// between other characters.
func spacedOnce(s string) bool {
	space := true // at the start a space would be leading
	for k := 0; k < len(s); {
		c := s[k]
		if c < utf8.RuneSelf {
			isSpace := asciiClass[c] == asciiSpace
			if isSpace && (space || c != ' ') {
				return false
			}
			space = isSpace
			k++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[k:])
		if r == utf8.RuneError && n == 1 || unicode.IsSpace(r) || dropInvisible(r) < 0 {
			return false
		}
		space = false
		k += n
	}
	return !space || s == ""
}

// dropInvisible drops the characters normalize deletes as invisible
// (zero-width spaces and joiners, byte-order mark, soft hyphen): a title
// or a byline written with them reads the same without.
func dropInvisible(r rune) rune {
	switch r {
	case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD':
		return -1
	}
	return r
}

// furnKind says how a furniture phrase makes its line furniture.
type furnKind uint8

const (
	// furnExact: the line is the phrase, maybe with ":" and a number
	// (Tin khác, Hôm nay: 149).
	furnExact furnKind = iota + 1
	// furnColon: the phrase and ":" start a short line (Từ khóa: ...,
	// Địa chỉ: ...), or the phrase is the line (Chia sẻ).
	furnColon
	// furnPrefix: the phrase starts a short line (QR Code Fanpage).
	furnPrefix
	// furnList: the phrase heads a list of other articles (Tin liên
	// quan): the line, maybe with ":", and the list items after it.
	furnList
	// furnBanner: the phrase starts a line of at most maxBannerWords
	// words: a site's name (Cổng thông tin điện tử tỉnh Hậu Giang).
	furnBanner
)

// maxBannerWords is the longest site banner, in words.
const maxBannerWords = 12

// furniturePhrases are the phrases that start portal lines. They are
// matched on folded keys, so accented and unaccented menus both match.
var furniturePhrases = NewLexicon([]Entry[furnKind]{
	// sharing, printing
	{"chia sẻ", furnColon}, {"chia sẻ bài viết", furnPrefix}, {"in", furnExact},
	{"gửi bài viết", furnPrefix}, {"in bài viết", furnPrefix}, {"bản in", furnExact},
	{"lưu bài viết", furnPrefix}, {"in trang", furnExact}, {"in bài", furnExact}, {"print", furnExact},
	{"gửi email", furnExact}, {"email", furnExact}, {"facebook", furnExact},
	{"zalo", furnExact}, {"zalo official account", furnExact}, {"official account", furnExact},
	{"zalo oa", furnExact}, {"twitter", furnExact}, {"tweet", furnExact}, {"like", furnExact},
	{"share", furnExact}, {"cỡ chữ", furnColon}, {"font chữ", furnColon},
	{"sao chép liên kết", furnExact}, {"sao chép link", furnExact}, {"copy link", furnExact},
	// counters
	{"đang online", furnExact}, {"online", furnExact}, {"đang truy cập", furnExact},
	{"hôm nay", furnColon}, {"hôm qua", furnColon}, {"tuần này", furnExact},
	{"tháng này", furnExact}, {"tất cả", furnExact}, {"tổng cộng", furnExact},
	{"đã truy cập", furnExact}, {"lượt truy cập", furnExact}, {"tổng truy cập", furnExact},
	{"tổng lượt truy cập", furnExact}, {"số lượt truy cập", furnExact},
	{"thống kê", furnExact}, {"thống kê truy cập", furnPrefix}, {"lượt xem", furnExact},
	{"số lượt xem", furnExact}, {"lượt đọc", furnExact}, {"lượt thích", furnExact},
	{"truy cập", furnExact},
	// related news
	{"tin khác", furnList}, {"các tin khác", furnList}, {"tin liên quan", furnList},
	{"bài viết liên quan", furnList}, {"tin cùng chuyên mục", furnList},
	{"tin mới", furnList}, {"tin mới nhất", furnList}, {"tin đọc nhiều", furnList},
	{"tin xem nhiều", furnList}, {"tin bài khác", furnList}, {"các bài khác", furnList},
	{"xem thêm", furnList}, {"đọc thêm", furnList}, {"tin đã đưa", furnList},
	{"tin tức khác", furnList}, {"xem nhiều", furnList}, {"đọc nhiều", furnList},
	// the same heads with a plural marker (Các tin đã đưa, Những tin khác)
	{"các tin đã đưa", furnList}, {"các tin bài đã đưa", furnList}, {"tin bài đã đưa", furnList},
	{"các tin liên quan", furnList}, {"các bài viết liên quan", furnList}, {"các bài liên quan", furnList},
	{"các tin cùng chuyên mục", furnList}, {"các tin mới", furnList}, {"các tin bài khác", furnList},
	{"các tin tức khác", furnList}, {"những tin khác", furnList}, {"những bài viết khác", furnList},
	{"các bài đã đăng", furnList}, {"bài đã đăng", furnList}, {"tin cũ hơn", furnList}, {"các tin cũ hơn", furnList},
	{"tin mới hơn", furnList}, {"các tin mới hơn", furnList}, {"bài mới hơn", furnList}, {"bài cũ hơn", furnList},
	// QR codes, widgets, links
	{"qr code", furnPrefix}, {"mã qr", furnPrefix}, {"mã qr code", furnPrefix},
	{"tiện ích thông tin", furnExact}, {"tiện ích", furnExact}, {"nguồn tin", furnExact},
	{"chúng tôi trên mạng xã hội", furnPrefix}, {"theo dõi chúng tôi", furnPrefix},
	{"liên kết website", furnPrefix}, {"liên kết web", furnPrefix}, {"liên kết", furnExact},
	{"website liên kết", furnPrefix}, {"trang chủ", furnPrefix}, {"về đầu trang", furnExact},
	{"đầu trang", furnExact}, {"quay lại", furnExact}, {"trở về", furnExact}, {"tìm kiếm", furnExact},
	{"từ khóa", furnColon}, {"tags", furnColon}, {"tag", furnColon},
	{"xem chi tiết tin", furnPrefix}, {"chi tiết tin", furnExact}, {"chi tiết tin tức", furnExact},
	{"cổng thông tin điện tử", furnBanner}, {"cổng thông tin", furnBanner},
	{"trang thông tin điện tử", furnBanner}, {"trang tin điện tử", furnBanner},
	{"báo điện tử", furnBanner}, {"tạp chí điện tử", furnBanner}, {"bản quyền", furnBanner},
	{"copyright", furnPrefix}, {"ghi rõ nguồn", furnPrefix}, {"bản quyền thuộc", furnPrefix},
	// the site's footer: who runs it, where, its licence
	{"tổng biên tập", furnColon}, {"phó tổng biên tập", furnColon}, {"chịu trách nhiệm", furnColon},
	{"chịu trách nhiệm chính", furnColon}, {"chịu trách nhiệm nội dung", furnColon},
	{"chịu trách nhiệm xuất bản", furnColon}, {"cơ quan chủ quản", furnColon}, {"địa chỉ", furnColon},
	{"điện thoại", furnColon}, {"fax", furnColon}, {"đường dây nóng", furnColon},
	{"giấy phép số", furnPrefix}, {"giấy phép hoạt động", furnPrefix},
	{"giấy phép thiết lập", furnPrefix}, {"giấy phép xuất bản", furnPrefix},
	// ratings and comments
	{"đánh giá", furnExact}, {"lượt đánh giá", furnPrefix}, {"bình chọn", furnExact},
	{"bình luận", furnExact}, {"ý kiến bạn đọc", furnExact}, {"gửi ý kiến", furnPrefix},
	{"viết bình luận", furnPrefix}, {"gửi bình luận", furnPrefix},
	// login and access prompts
	{"bạn chưa có đủ quyền", furnPrefix}, {"bạn không có quyền", furnPrefix},
	{"đã có tài khoản", furnPrefix}, {"bạn có tài khoản", furnPrefix},
	{"không biết đăng ký", furnPrefix}, {"chưa đăng ký", furnExact}, {"chưa có tài khoản", furnPrefix},
	{"đăng nhập", furnExact}, {"đăng ký", furnExact}, {"quên mật khẩu", furnExact},
	{"tên đăng nhập", furnColon}, {"mật khẩu", furnColon},
})

// matchFolded matches x at token i on folded keys, whatever the accents
// of the text.
func matchFolded[V any](x *Lexicon[V], d *Doc, i int) (v V, n int, ok bool) {
	if i < 0 || i >= len(d.Toks) {
		return v, 0, false
	}
	return x.match(d, i, true)
}

// matchExact matches x at token i on lower-case keys only, even in an
// unaccented text.
func matchExact[V any](x *Lexicon[V], d *Doc, i int) (v V, n int, ok bool) {
	if i < 0 || i >= len(d.Toks) {
		return v, 0, false
	}
	return x.match(d, i, false)
}

// furnitureLine reports whether l is portal furniture: a furniture phrase
// line, a copyright notice (© ...), a counter (Label: 1.234), or a
// breadcrumb menu (A > B > C).
func furnitureLine(d *Doc, l line) bool {
	sh := shapeOf(d, l)
	w := sh.words
	if d.Toks[l.a].Kind == Punct && d.Tok(l.a) == "©" && w <= maxFurnitureWords {
		return true
	}
	if kind, n, ok := matchFolded(furniturePhrases, d, l.a); ok {
		rest := l.a + n
		switch kind {
		case furnPrefix:
			if w <= maxFurnitureWords {
				return true
			}
		case furnBanner:
			if w <= maxBannerWords {
				return true
			}
		case furnColon:
			if rest == l.b || punctAt(d, rest, ':') && w <= maxFurnitureWords {
				return true
			}
		case furnExact, furnList:
			if rest == l.b || counterTail(d, rest, l.b) || rest+1 == l.b && sepAt(d, rest, ":.") || bracketedCount(d, rest, l.b) {
				return true
			}
			// A list's items on its head's line, parted by "|" (Xem
			// nhiều: Khai mạc hội chợ | Tỉnh ủy sơ kết ...).
			if kind == furnList && punctAt(d, rest, ':') && sh.bar > rest && w <= maxFurnitureWords {
				return true
			}
		}
	}
	// Counters and buttons side by side: Lượt xem: 1.234 | Đang online: 5,
	// Lượt xem: 412 | In | Gửi bài.
	if bar := sh.bar; bar > l.a && bar < l.b-1 {
		return barredFurniture(d, l)
	}
	// The same laid apart by runs of spaces, as text copied out of a
	// page gives a share bar: Chia sẻ   Facebook   Zalo   Lượt xem: 956.
	if w <= maxFurnitureWords && gappedLine(d, l) && gappedFurniture(d, l.a, l.b) {
		return true
	}
	// Label: number, with a label of at most 4 words.
	for k := l.a; k < l.b && k-l.a <= 4; k++ {
		if d.Toks[k].Kind != Word {
			if k > l.a && counterTail(d, k, l.b) {
				return true
			}
			break
		}
	}
	// A > B > C (a menu bar glued to it, of any length, when no comma or
	// stop makes it prose), and a short A > B without digits or a final
	// stop.
	return sh.crumbs >= 2 && (w <= 20 || !sh.prose) || sh.crumbs == 1 && w <= maxCrumbWords && !sh.digits && !sentenceEnd(d, l.b-1)
}

// lineShape is what furnitureLine reads of a whole line, gathered in one
// pass over its tokens.
type lineShape struct {
	words  int  // word tokens
	bar    int  // the first "|", or the line's first token
	crumbs int  // breadcrumb separators (>, ›, and » or / spaced apart) inside the line
	digits bool // a number token
	prose  bool // a comma or a sentence's stop
}

// shapeOf reads the shape of line l.
func shapeOf(d *Doc, l line) lineShape {
	sh := lineShape{bar: l.a}
	barSeen := false
	toks := d.Toks[:l.b]
	for k := l.a; k < len(toks); k++ {
		t := &toks[k]
		switch t.Kind {
		case Word:
			sh.words++
		case Number:
			sh.digits = true
		case Punct:
			switch d.S[t.Start] {
			case ',', '.', ';', '?', '!':
				sh.prose = true
			case '|':
				if !barSeen {
					sh.bar, barSeen = k, true
				}
			case '>':
				if k > l.a && k < l.b-1 {
					sh.crumbs++
				}
			case '/':
				// Tin tức / Chính trị: a slash standing apart; one
				// inside a code or a date (15/2020, 52-NQ/TW) clings.
				if k > l.a && k < l.b-1 && t.Flags&SpaceBefore != 0 && toks[k+1].Flags&SpaceBefore != 0 {
					sh.crumbs++
				}
			case '"':
				// A breadcrumb's » (which normalize writes ") stands
				// apart, with spaces on both sides; a quotation mark
				// clings to its words.
				if k > l.a && k < l.b-1 && t.Flags&SpaceBefore != 0 && toks[k+1].Flags&SpaceBefore != 0 {
					sh.crumbs++
				}
			case 0xE2: // › U+203A
				if k > l.a && k < l.b-1 && d.S[t.Start:t.End] == "›" {
					sh.crumbs++
				}
			}
		}
	}
	return sh
}

// maxCrumbWords is the longest breadcrumb of two parts (Chính trị > Tin
// tức), in words.
const maxCrumbWords = 10

// maxButtonWords is the longest button beside a counter on a line parted
// by "|" (In, Gửi bài), in words.
const maxButtonWords = 2

// barredFurniture reports whether the line l, parted by "|", is furniture:
// either every part is furniture or a button (a part of at most
// maxButtonWords words and no digits) and at least one is furniture, or
// it is a menu bar: minMenuParts parts or more, each furniture, a button
// or a menu item (menuItem). Empty parts (| |) are skipped.
func barredFurniture(d *Doc, l line) bool {
	furniture, items := false, false
	parts := 0
	for a := l.a; a < l.b; {
		bar := nextBar(d, a, l.b)
		if seg := (line{a, bar}); seg.a < seg.b {
			parts++
			switch {
			case furnitureLine(d, seg):
				furniture = true
			case button(d, seg):
			case menuItem(d, seg):
				items = true
			default:
				return false
			}
		}
		a = bar + 1
	}
	// A menu bar: many short parts (Quốc hội | Chất vấn | Giám sát |
	// Lập pháp | Video; Thời sự | Xây dựng Đảng | Văn hóa - Xã hội |
	// Tiếp xúc cử tri), none of them known furniture.
	return furniture && !items || parts >= minMenuParts
}

// wideGapBefore reports whether a wide gap parts token k from the one
// before it on its line: a tab, or two white-space characters or more,
// as a page's controls stand apart when its text is copied out.
func wideGapBefore(d *Doc, k int) bool {
	if k <= 0 || k >= len(d.Toks) {
		return false
	}
	gap := d.S[d.Toks[k-1].End:d.Toks[k].Start]
	return gap == "\t" || len(gap) >= 2 && utf8.RuneCountInString(gap) >= 2
}

// gappedLine reports whether a wide gap (wideGapBefore) parts two tokens
// of l.
func gappedLine(d *Doc, l line) bool {
	for k := l.a + 1; k < l.b; k++ {
		if d.Toks[k].Flags&SpaceBefore != 0 && wideGapBefore(d, k) {
			return true
		}
	}
	return false
}

// gappedFurniture reports whether tokens [a, b) of a line, parted by wide
// gaps (wideGapBefore), are the portal's controls:
// every part furniture or a button, and at least one furniture (Chia sẻ
// Facebook   Zalo   Sao chép liên kết; Lượt xem: 684 after a dateline).
func gappedFurniture(d *Doc, a, b int) bool {
	furniture := false
	for a < b {
		e := a + 1
		for e < b && !wideGapBefore(d, e) {
			e++
		}
		switch seg := (line{a, e}); {
		case furnitureLine(d, seg):
			furniture = true
		case !button(d, seg):
			return false
		}
		a = e
	}
	return furniture
}

// minMenuParts is the fewest parts of a menu bar of short words parted by
// "|" (a headline has at most one bar, before the site's name).
const minMenuParts = 4

// maxMenuItemWords is the longest item of a menu bar (Tiếp xúc cử tri,
// Mặt trận - Đoàn thể), in words.
const maxMenuItemWords = 4

// menuItem reports whether l reads as an item of a menu bar: at most
// maxMenuItemWords words, nothing else but a dash between two of them
// (Văn hóa - Xã hội).
func menuItem(d *Doc, l line) bool {
	words := 0
	for k := l.a; k < l.b; k++ {
		switch {
		case d.Toks[k].Kind == Word:
			words++
		case k > l.a && k < l.b-1 && punctAt(d, k, '-') && d.Toks[k-1].Kind == Word:
		default:
			return false
		}
	}
	return words <= maxMenuItemWords
}

// button reports whether l is short enough to be a button (In, Gửi bài):
// at most maxButtonWords words, and nothing but words.
func button(d *Doc, l line) bool {
	if l.b-l.a > maxButtonWords {
		return false
	}
	for k := l.a; k < l.b; k++ {
		if d.Toks[k].Kind != Word {
			return false
		}
	}
	return true
}

// listHead reports whether l heads a list of other articles (Tin liên
// quan:, Các tin khác).
func listHead(d *Doc, l line) bool {
	kind, n, ok := matchFolded(furniturePhrases, d, l.a)
	return ok && kind == furnList && (l.a+n == l.b || l.a+n+1 == l.b && sepAt(d, l.a+n, ":."))
}

// listItem reports whether l reads as an item of a list of articles: a
// bulleted line, or a short line with no final period (a headline), maybe
// ending with its date in brackets.
func listItem(d *Doc, l line) bool {
	switch d.Tok(l.a) {
	case "-", "+", "*", "•", "·", "»", ">":
		return true
	}
	return words(d, l) <= maxHeadlineWords && !sentenceEnd(d, l.b-1)
}

// maxListHeadWords is the longest head of a list of other articles in
// the portal's own wording (Điểm tin các ngày trước), in words.
const maxListHeadWords = 6

// listTails end the head of a list of other articles in the portal's
// own wording: Các thông báo khác, Bài cùng chuyên mục, Các lịch công tác
// khác, Điểm tin các ngày trước. Matched on folded keys.
var listTails = NewSet("khác", "liên quan", "cùng chuyên mục", "cùng chủ đề", "cùng loại",
	"các ngày trước", "các số trước", "các kỳ trước", "kỳ trước", "đã đưa", "đã đăng",
	"cũ hơn", "mới hơn", "mới nhất", "xem nhiều", "đọc nhiều")

// namedListHead reports whether l may head a list of other articles in
// the portal's own wording: a capitalized line of 2 to maxListHeadWords
// words that ends with a listTails phrase, maybe and ":".
func namedListHead(d *Doc, l line) bool {
	b := l.b
	if punctAt(d, b-1, ':') {
		b--
	}
	if b-l.a < 2 || b-l.a > maxListHeadWords || d.Toks[l.a].Kind != Word || d.Toks[l.a].Flags&Upper == 0 {
		return false
	}
	for k := l.a; k < b; k++ {
		if d.Toks[k].Kind != Word {
			return false
		}
	}
	for k := l.a + 1; k < b; k++ {
		if _, n, ok := matchFolded(listTails, d, k); ok && k+n == b {
			return true
		}
	}
	return false
}

// minDatedItems is the fewest items of a list of other articles that
// namedListHead's wording heads.
const minDatedItems = 2

// bulleted reports whether l starts with a bullet: -, +, *, •, ·, >, or
// », which normalize writes ".
func bulleted(d *Doc, l line) bool {
	switch d.Tok(l.a) {
	case "-", "+", "*", "•", "·", ">", "\"":
		return true
	}
	return false
}

// datedItem reports whether l reads as an item of a list of other
// articles with the day each was posted: bulleted, then words, then a
// day with its year in brackets or after a dash at the end ((15/9/2023),
// - 27/10/2023).
func datedItem(d *Doc, l line) bool {
	if !bulleted(d, l) {
		return false
	}
	k := l.b - 1
	closed := punctAt(d, k, ')')
	if closed {
		k--
	}
	// d sep m sep yyyy, the two separators alike
	if k-5 <= l.a || !sepAt(d, k-1, "/-.") || !punctAt(d, k-3, d.S[d.Toks[k-1].Start]) {
		return false
	}
	y, yd, ok1 := numAt(d, k)
	m, _, ok2 := numAt(d, k-2)
	day, _, ok3 := numAt(d, k-4)
	if !ok1 || !ok2 || !ok3 || yd != 4 || !ValidDate(y, m, day) {
		return false
	}
	if closed {
		return punctAt(d, k-5, '(')
	}
	return punctAt(d, k-5, '-') || punctAt(d, k-5, '|')
}

// counterTail reports whether tokens [k, b) are ":" and a number
// (135877, 791.935).
func counterTail(d *Doc, k, b int) bool {
	if !punctAt(d, k, ':') || k+1 >= b {
		return false
	}
	return onlyNumber(d, line{k + 1, b})
}

// bracketedCount reports whether tokens [k, b) are a number in
// parentheses, as a button shows how many comments it holds (Bình luận
// (2), Ý kiến bạn đọc (0)).
func bracketedCount(d *Doc, k, b int) bool {
	return k+3 == b && punctAt(d, k, '(') && d.Toks[k+1].Kind == Number && punctAt(d, k+2, ')')
}

// onlyNumber reports whether l is a number, maybe with thousands
// separators (145, 791.935).
func onlyNumber(d *Doc, l line) bool {
	if d.Toks[l.a].Kind != Number || d.Toks[l.b-1].Kind != Number {
		return false
	}
	for k := l.a; k < l.b; k++ {
		if d.Toks[k].Kind != Number && !sepAt(d, k, ".,") {
			return false
		}
	}
	return true
}

// bodyLike reports whether l reads as a paragraph of the article: long,
// or a sentence that ends with its stop.
func bodyLike(d *Doc, l line) bool {
	w := words(d, l)
	return w >= 20 || w >= 6 && sentenceEnd(d, l.b-1)
}

// sentenceEnd reports whether token k is a sentence's final mark.
func sentenceEnd(d *Doc, k int) bool {
	t := &d.Toks[k]
	if t.Kind != Punct {
		return false
	}
	switch d.S[t.Start:t.End] {
	case ".", "!", "?", "…":
		return true
	}
	return false
}

// datelineWords may stand beside the date on a dateline (Print, Gốc,
// GMT+7, Cập nhật, Ngày đăng).
var datelineWords = NewSet("print", "in", "gốc", "gmt", "utc", "ict", "cập", "nhật", "đăng",
	"ngày", "lúc", "thời", "gian", "giờ", "bản", "bài", "updated", "posted", "published", "date",
	"xuất", "lần", "cuối", "sửa", "đổi", "viết", "tạo", "am", "pm")

// datelineLabels start a labelled dateline, the only kind looked for at
// the end of an article.
var datelineLabels = NewSet("ngày đăng", "đăng ngày", "đăng lúc", "ngày cập nhật", "cập nhật",
	"cập nhật lúc", "cập nhật ngày", "thời gian đăng", "ngày xuất bản", "xuất bản", "posted",
	"published", "updated")

// maxDatelineTokens is the longest dateline, in tokens; with counters
// and buttons beside it after "|", maxDatelineBarTokens.
const (
	maxDatelineTokens    = 24
	maxDatelineBarTokens = 40
)

// datelineOf reads l as a dateline: a day with its year (and maybe a
// weekday and a time), with beside it only dateline words, punctuation
// and a time zone offset, or portal furniture after a "|" or a "·" (Ngày
// 12/09/2025 | Lượt xem: 356, Zalo Official Account · 07/10/2024 14:20),
// which it marks. A post's timestamp without its year (22 tháng 11 lúc
// 08:15, stampDay) is a dateline too, of zero date: SPEC's published
// needs the year.
func datelineOf(d *Doc, l line) (Published, bool) {
	if p, ok := datelineAlone(d, l); ok {
		return p, true
	}
	if l.b-l.a > maxDatelineBarTokens || nextStampBar(d, l.a, l.b) == l.b {
		return Published{}, false
	}
	var p Published
	found := false
	for a := l.a; a < l.b; {
		bar := nextStampBar(d, a, l.b)
		seg := line{a, bar}
		switch {
		case seg.a == seg.b:
		case furnitureLine(d, seg):
		case !found:
			if p, found = datelineAlone(d, seg); !found {
				return Published{}, false
			}
		default:
			return Published{}, false
		}
		a = bar + 1
	}
	if !found {
		return Published{}, false
	}
	for a := l.a; a < l.b; {
		bar := nextStampBar(d, a, l.b)
		if seg := (line{a, bar}); seg.a < seg.b && furnitureLine(d, seg) {
			d.MarkFurniture(seg.a, seg.b)
		}
		a = bar + 1
	}
	return p, true
}

// tabbedButtons reports whether tokens [i, j) of a line are the page's
// buttons set off by tabs, as text copied out of a page gives the controls
// beside a dateline (<TAB>Cỡ chữ: A A A<TAB>In trang<TAB>Gửi email): a
// tab before i, and every part between tabs short (at most
// maxTabbedButtonWords words) and no sentence.
func tabbedButtons(d *Doc, i, j int) bool {
	if i <= 0 || i >= j || !tabBefore(d, i) {
		return false
	}
	words := 0
	for k := i; k < j; k++ {
		if k > i && tabBefore(d, k) {
			words = 0
		}
		switch t := &d.Toks[k]; {
		case t.Kind == Word:
			if words++; words > maxTabbedButtonWords {
				return false
			}
		case sentenceEnd(d, k):
			return false
		}
	}
	return true
}

// maxTabbedButtonWords is the most words of a control set off by tabs
// beside a dateline (Cỡ chữ: A A A has five).
const maxTabbedButtonWords = 6

// tabBefore reports whether a tab stands between token k and the one
// before it.
func tabBefore(d *Doc, k int) bool {
	return k > 0 && strings.IndexByte(d.S[d.Toks[k-1].End:d.Toks[k].Start], '\t') >= 0
}

// gluedDateline reads a headline with its dateline glued to its end, as
// text copied out of a page may give it (Tỉnh ủy ... năm 2026 - 12/12/2025
// 08:15): a line that reads as a headline up to a " - " or " | ", and as
// a dateline after it. It returns the date and the token where the
// headline ends.
func gluedDateline(d *Doc, l line) (Published, int, bool) {
	for k := max(l.a+minGluedHeadline, l.b-maxDatelineTokens); k < l.b-1; k++ {
		if !punctAt(d, k, '-') && !punctAt(d, k, '|') || d.Adjacent(k-1) || d.Adjacent(k) {
			continue
		}
		if !headlineLike(d, line{l.a, k}) || openParen(d, l.a, k) {
			continue // a range of dates closes a headline: (3/2/1930 - 3/2/2025)
		}
		if p, ok := datelineAlone(d, line{k + 1, l.b}); ok {
			return p, k, true
		}
	}
	return Published{}, 0, false
}

// openParen reports whether tokens [i, j) leave a parenthesis open.
func openParen(d *Doc, i, j int) bool {
	depth := 0
	for k := i; k < j; k++ {
		switch {
		case punctAt(d, k, '('):
			depth++
		case punctAt(d, k, ')'):
			depth--
		}
	}
	return depth > 0
}

// minGluedHeadline is the fewest tokens of a headline that gluedDateline
// takes (a headline names an event: four words at least).
const minGluedHeadline = 4

// nextBar returns the index of the first "|" among tokens [a, b), b
// when none.
func nextBar(d *Doc, a, b int) int {
	for ; a < b && !punctAt(d, a, '|'); a++ {
	}
	return a
}

// datelineAlone reads l as a dateline without furniture beside it.
func datelineAlone(d *Doc, l line) (Published, bool) {
	if l.b-l.a > maxDatelineTokens {
		return Published{}, false
	}
	for k := l.a; k < l.b && k < l.a+8; k++ {
		if t := &d.Toks[k]; t.Kind == Punct || !dateStart(d, k) {
			continue
		}
		e, ok := parseElement(d, k, false, kindNone)
		if !ok || e.bare || e.v.Day == 0 || !e.hasYear && !stampDay(d, &e) {
			continue
		}
		if !datelineRest(d, l.a, e.start) {
			return Published{}, false
		}
		if !datelineRest(d, e.end, l.b) {
			// Cỡ chữ: A A A<TAB>In trang; 08:30   Lượt xem: 684.
			if !tabbedButtons(d, e.end, l.b) && !(wideGapBefore(d, e.end) && gappedFurniture(d, e.end, l.b)) {
				return Published{}, false
			}
			d.MarkFurniture(e.end, l.b)
		}
		// Print, Gốc: the words beside the date are furniture.
		for j := l.a; j < l.b; j++ {
			if (j < e.start || j >= e.end) && d.Toks[j].Kind == Word {
				d.MarkFurniture(j, j+1)
			}
		}
		if !e.hasYear {
			return Published{}, true
		}
		v := e.v
		return Published{Year: v.Year, Month: v.Month, Day: v.Day, Hour: v.Hour, Minute: v.Minute, HasTime: v.HasTime}, true
	}
	return Published{}, false
}

// datelineRest reports whether tokens [i, j) may stand beside the date
// of a dateline.
func datelineRest(d *Doc, i, j int) bool {
	n := 0
	for k := i; k < j; k++ {
		switch d.Toks[k].Kind {
		case Word:
			if _, m, ok := matchFolded(datelineWords, d, k); !ok || m != 1 {
				return false
			}
			if n++; n > 5 {
				return false
			}
		case Number: // GMT+7, GMT+07:00
			if _, digits, _ := numAt(d, k); digits > 2 || !sepAt(d, k-1, "+-:") {
				return false
			}
		}
	}
	return true
}

// headParts is what stands at the top of an article besides the dateline.
type headParts struct {
	// title is the headline's line, -1 if none.
	title int
	// bylines are the lines of bylines between the headline and the
	// dateline or the body (THÀNH ĐẠT under the headline).
	bylines []int
	// last is the last line of bylines, -1 if none.
	last int
}

// maxHeadBylines is how many byline lines may stand between the headline
// and the dateline or the body.
const maxHeadBylines = 3

// headOf finds the headline among lines, given the dateline's line (-1
// when none). With a dateline, the headline is the line just above it
// (past bylines), or the line just under it when furniture parts the
// line above from the dateline; without one, it is the line just above
// the first paragraph of the body, past the site's banners, menus and
// section labels. A headline is short, without a final stop, and the
// article follows it.
func headOf(d *Doc, lines []line, furn []bool, dateline int) headParts {
	h := headParts{title: -1, last: -1}
	set := func(title int, bylines []int) headParts {
		h.title, h.bylines = title, bylines
		if len(bylines) > 0 {
			h.last = bylines[0] // found upwards: the first is the lowest
		}
		return h
	}
	if dateline >= 0 {
		above, adjacent, by := headlineAbove(d, lines, furn, dateline)
		after := nextLine(lines, furn, dateline)
		if after >= 0 && sectionLabel(d, lines[after]) {
			after = nextLine(lines, furn, after) // the section's name, then the headline
		}
		under := after >= 0 && headlineLike(d, lines[after]) && nextLine(lines, furn, after) >= 0
		// A section's name just above the dateline is the portal's when
		// a headline stands under the dateline.
		if above >= 0 && adjacent && !(under && len(by) == 0 && (sectionLabel(d, lines[above]) || capsBanner(d, lines[above]))) {
			return set(above, by)
		}
		if under {
			return set(after, nil)
		}
		if above >= 0 {
			return set(above, by)
		}
		return h
	}
	seen := 0
	for li := nextLine(lines, furn, -1); li >= 0 && seen < headLines; li = nextLine(lines, furn, li) {
		if bodyStart(d, lines[li]) {
			if above, _, by := headlineAbove(d, lines, furn, li); above >= 0 {
				return set(above, by)
			}
			return h
		}
		seen++
	}
	// No paragraph near the top: the first line, when the text goes on.
	if first := nextLine(lines, furn, -1); first >= 0 && headlineLike(d, lines[first]) && nextLine(lines, furn, first) >= 0 {
		return set(first, nil)
	}
	return h
}

// capsBanner reports whether l is a site's banner in capitals naming the
// bodies that run it (HUYỆN ỦY CỜ ĐỎ - BAN TUYÊN GIÁO): every word in
// capitals, and a body's head word first. A headline is rarely so
// shaped, and then names an event, not a body.
func capsBanner(d *Doc, l line) bool {
	for k := l.a; k < l.b; k++ {
		if t := &d.Toks[k]; t.Kind == Word && t.Flags&AllUpper == 0 {
			return false
		}
	}
	_, _, ok := bodyHeads.Match(d, l.a)
	return ok
}

// maxLabelPartWords is how many words each part of a section's name may
// have (Kiểm tra - Giám sát, Tổ chức - Xây dựng Đảng).
const maxLabelPartWords = 3

// sectionLabel reports whether l reads as the name of a portal's section
// (Kiểm tra - Giám sát, Chính trị - Xã hội, Văn hóa - Thể thao): two or
// more parts parted by "-", each of 1 to maxLabelPartWords words, the
// first capitalized, and nothing else (no number, no other punctuation).
// A headline so shaped is rare, and a headline cut so short names no
// event (Hà Nội - Điểm đến an toàn has a part of 4 words).
func sectionLabel(d *Doc, l line) bool {
	if l.b-l.a > 4*maxLabelPartWords {
		return false
	}
	parts, n := 1, 0
	for k := l.a; k < l.b; k++ {
		t := &d.Toks[k]
		switch {
		case t.Kind == Word:
			if n == 0 && t.Flags&Upper == 0 {
				return false
			}
			if n++; n > maxLabelPartWords {
				return false
			}
		case punctAt(d, k, '-') && n > 0:
			parts, n = parts+1, 0
		default:
			return false
		}
	}
	return parts >= 2 && n > 0
}

// headlineAbove returns the headline just above line li: the nearest line
// that is not furniture, past up to maxHeadBylines byline lines and as
// many photo captions, when it reads as a headline (else -1); whether no
// furniture parts it from li; and the byline lines, lowest first.
func headlineAbove(d *Doc, lines []line, furn []bool, li int) (title int, adjacent bool, bylines []int) {
	adjacent = true
	skipped := 0 // photo captions
	for k := li - 1; k >= 0; k-- {
		if furn[k] {
			adjacent = false
			continue
		}
		if _, _, ok := bylineOf(d, lines[k]); ok && len(bylines) < maxHeadBylines {
			bylines = append(bylines, k)
			continue
		}
		if photoLine(d, lines[k]) && skipped < maxHeadBylines {
			skipped++
			continue
		}
		if headlineLike(d, lines[k]) {
			return k, adjacent, bylines
		}
		break
	}
	return -1, false, nil
}

// bodyStart reports whether l reads as the first paragraph of the body:
// longer than a headline, or a sentence of 6 words or more that ends
// with a period (a headline may end with ? or !) or with the colon that
// opens a list (... thông báo lịch như sau:), maybe before emojis.
func bodyStart(d *Doc, l line) bool {
	w := words(d, l)
	if w > maxHeadlineWords {
		return true
	}
	_, b := undecorated(d, l.a, l.b)
	k := b - 1
	if k > l.a && (punctAt(d, k, '"') || punctAt(d, k, ')')) {
		k--
	}
	return w >= 6 && (sentenceEnd(d, k) && !punctAt(d, k, '?') && !punctAt(d, k, '!') || punctAt(d, k, ':'))
}

// headlineLike reports whether l may be a headline: 3 to
// maxHeadlineWords words, no final stop, comma or colon (a line ending
// with ":" opens a list), not a lead that opens with an outlet tag ((CT)-)
// or a date (Sáng 3-1, ...), not a byline, not a page's name (pageName),
// and not a piece of a paragraph wrapped by hard line breaks: a headline
// neither starts in lower case nor holds the end of a sentence. The
// emojis that decorate a post's headline (📢, ✅ ... 🇻🇳) are not read.
func headlineLike(d *Doc, l line) bool {
	w := words(d, l)
	if w < 3 || w > maxHeadlineWords {
		return false
	}
	a, b := undecorated(d, l.a, l.b)
	decorated := a != l.a || b != l.b
	l.a, l.b = a, b
	if punctAt(d, l.b-1, '.') || punctAt(d, l.b-1, ',') || punctAt(d, l.b-1, ':') || punctAt(d, l.a, '(') || pageName(d, l) {
		return false
	}
	if d.Toks[l.a].Kind == Word && d.Toks[l.a].Flags&Upper == 0 || sentenceInside(d, l) {
		return false
	}
	if e, ok := parseElement(d, l.a, false, kindNone); ok && (punctAt(d, e.end, ',') || w > 15) {
		return false
	}
	// A post's heading decorated with emojis is no byline unless
	// labelled (✍️ Tin, ảnh: ...): CHỦ NHẬT XANH - TUỔI TRẺ PHƯỜNG reads
	// as a name in capitals and its unit.
	if _, labelled, ok := bylineOf(d, l); ok && (labelled || !decorated) {
		return false
	}
	return !pageDateLine(d, l)
}

// maxUILabelWords is the longest label of a portal's button written in
// brackets ([Tìm kiếm], [Đăng nhập]), in words.
const maxUILabelWords = 4

// pageDateLine reports whether l is the page header of a portal: the day
// it is shown (a date with its year, maybe after a weekday and "ngày")
// with at most bracketed button labels beside it ([Tìm kiếm]   Thứ Sáu,
// 28/03/2025). Such a line names no event: it is never a headline. A
// headline that holds a date says more (Ngày 28/3: khai mạc Kỳ họp), and
// one after a bracketed tag goes on in words ([Video] Khai mạc ...).
func pageDateLine(d *Doc, l line) bool {
	k := skipUILabels(d, l.a, l.b)
	if k >= l.b {
		return false
	}
	e, ok := parseElement(d, k, false, kindNone)
	if !ok || e.bare || e.v.Day == 0 || !e.hasYear || e.end > l.b {
		return false
	}
	return skipUILabels(d, e.end, l.b) == l.b
}

// skipUILabels returns the index past the bracketed button labels ([Tìm
// kiếm] [Đăng nhập], each of 1 to maxUILabelWords words) and the "|"
// between them from token k on, before b.
func skipUILabels(d *Doc, k, b int) int {
	for k < b {
		if punctAt(d, k, '|') {
			k++
			continue
		}
		if !punctAt(d, k, '[') {
			return k
		}
		j := k + 1
		for j < b && j-k <= maxUILabelWords && d.Toks[j].Kind == Word {
			j++
		}
		if j == k+1 || j >= b || !punctAt(d, j, ']') {
			return k
		}
		k = j + 1
	}
	return k
}

// sentenceInside reports whether a sentence ends inside l: a full stop
// after a lower-case word, then a capitalized word (hội nghị. Tham dự);
// TP. Hồ Chí Minh and ThS. Lê Văn A are abbreviations, not ends.
func sentenceInside(d *Doc, l line) bool {
	for k := l.a + 1; k+1 < l.b; k++ {
		if !punctAt(d, k, '.') || d.Adjacent(k) {
			continue
		}
		prev, next := &d.Toks[k-1], &d.Toks[k+1]
		if prev.Kind == Word && prev.Flags&Upper == 0 && next.Kind == Word && next.Flags&Upper != 0 {
			return true
		}
	}
	return false
}

// Rules as data: bylines.
var (
	// bylineLabels introduce the authors: "Tin, ảnh: TRƯỜNG SƠN".
	bylineLabels = NewSet("tin, ảnh", "tin và ảnh", "tin - ảnh", "tin/ảnh", "tin ảnh",
		"bài, ảnh", "bài và ảnh", "bài - ảnh", "bài/ảnh", "bài ảnh", "tin, bài", "tin bài",
		"tin", "bài", "tác giả", "người viết", "thực hiện", "nhóm thực hiện", "ghi chép",
		"bài và ảnh", "tin, ảnh, video", "bài, ảnh, video", "phóng viên", "tổng hợp")
	// creditLabels introduce a second credit inside a byline (Tin: PV -
	// Ảnh: Minh Tú).
	creditLabels = NewSet("ảnh", "video", "clip", "đồ họa", "ảnh và video", "ảnh, video", "tin",
		"bài", "tin, ảnh", "bài, ảnh", "tin và ảnh", "bài và ảnh", "thực hiện")
	// groupAuthors are collective bylines (Nhóm PV).
	groupAuthors = NewSet("nhóm pv", "nhóm phóng viên", "nhóm ctv", "nhóm tác giả", "pv", "ctv",
		"btv", "nhóm pv-ctv", "pv-ctv", "phóng viên")
	// signingBoards are boards set up for one task, which sign what they
	// issue (BAN LỄ TANG under an obituary, Ban Tổ chức under a contest's
	// notice): an issuer's signature, not a byline, when the line is the
	// board's name alone; with any words after it for a funeral board
	// (true), which is never a standing body (Ban Lễ tang Nhà nước),
	// while Ban Tổ chức Tỉnh ủy and Hội đồng nhân dân tỉnh are.
	signingBoards = NewLexicon([]Entry[bool]{
		{"ban lễ tang", true}, {"ban tổ chức", false}, {"ban chỉ đạo", false},
		{"ban giám khảo", false}, {"hội đồng", false}, {"tiểu ban", false},
		{"ban điều hành", false}, {"ban vận động", false}, {"hội đồng thi", false},
		{"hội đồng tuyển dụng", false}, {"hội đồng xét tuyển", false}, {"ban tổ chức hội thi", false},
	})
	// affiliationHeads start an affiliation after an author's name
	// (Nguyễn Thị Hường - BTG Thị ủy). Matched exactly (matchExact), and
	// without words that are also names (Đoàn, Trường).
	affiliationHeads = NewSet("ban", "báo", "đài", "trung tâm", "phòng", "sở", "văn phòng", "huyện ủy",
		"thị ủy", "tỉnh ủy", "thành ủy", "đảng ủy", "quận ủy", "ủy ban", "hội", "cổng",
		"tạp chí", "công an", "bộ", "cục", "chi cục", "viện", "thông tấn xã", "chi bộ",
		"btg", "ubnd", "hđnd", "ttxvn", "vna", "vov", "vtv", "ttvh", "ttbd", "đảng bộ", "xã",
		"phường", "thị trấn", "huyện", "tỉnh", "thành phố", "tp", "công ty", "ngân hàng",
		"bệnh viện", "liên đoàn", "mặt trận", "cơ quan", "khối", "btgtu", "btgthu", "btghu")
	// notNames are words no byline name holds: they mark menus, sources
	// and captions written in title case. Matched exactly (matchExact):
	// folded, many would be names (dang: Đặng, thang: Thắng).
	notNames = NewSet("theo", "nguồn", "video", "clip", "tin", "bài", "xem", "chia",
		"tags", "tag", "từ", "in", "gửi", "email", "facebook", "zalo", "twitter", "youtube",
		"print", "top", "home", "ký", "nhập", "quay", "lại", "các", "những", "một",
		"nghị", "ban", "đảng", "ủy", "tỉnh", "phố", "huyện", "xã", "bộ", "sở", "báo", "đài",
		"cổng", "tức", "của", "với", "tại", "trong", "về", "số", "ngày", "tháng", "biểu", "ông",
		"bà", "qr", "code", "fanpage", "website", "online", "copyright", "bản", "quyền", "đồ",
		"hết")
)

// Limits of a byline, in tokens.
const (
	// maxNameReach is how far from the start of an unlabelled byline its
	// names may reach.
	maxNameReach = 14
	// maxShortAffiliation is the longest affiliation that may be any words
	// (- phóng viên thường trú).
	maxShortAffiliation = 10
	// maxAffiliation is the longest affiliation: a named organization
	// (- Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ).
	maxAffiliation = 16
)

// bylineOf reads l as a byline: an optional label (Tin, ảnh:), then one
// or more names (2 to 6 capitalized words; one suffices after a label)
// separated by -, "," or và, each maybe under a credit label of its own
// (Tin: PV - Ảnh: Minh Tú), then optionally an affiliation (- BTG Thị
// ủy, (TTXVN)). Emojis at its ends (✍️) are not read. It returns the
// names' token ranges and whether a label was given.
func bylineOf(d *Doc, l line) (spans [][2]int, labelled, ok bool) {
	k, b := undecorated(d, l.a, l.b) // ✍️ Tin, ảnh: ...
	for b > k && (punctAt(d, b-1, '.') || punctAt(d, b-1, ';')) {
		b--
	}
	if _, n, ok := matchFolded(bylineLabels, d, k); ok && punctAt(d, k+n, ':') {
		k, labelled = k+n+1, true
	}
	if k >= b || b-k > 30 {
		return nil, false, false
	}
	k = skipRank(d, k, b) // Thiếu tá ĐOÀN VĂN PHÚC: the name is the author
	caps := d.Toks[k].Flags&AllUpper != 0
	// one: a one-word name suffices (after a label); fresh: a name may be
	// a collective byline (PV, Nhóm phóng viên), at the start or after a
	// label.
	one, fresh := labelled, true
	for {
		var e, w int
		if _, n, ok := groupAuthors.Match(d, k); fresh && ok && (k+n == b || punctAt(d, k+n, '(') || punctAt(d, k+n, '-')) {
			e, w = k+n, 2 // a collective byline stands alone
		} else {
			e, w = nameAt(d, k, b)
		}
		if w == 0 || w < 2 && !one || !labelled && e-l.a > maxNameReach {
			return nil, false, false
		}
		spans = append(spans, [2]int{k, e})
		k, fresh = e, false
		if k == b {
			return spans, labelled, true
		}
		switch {
		case punctAt(d, k, '('):
			if b-k > maxShortAffiliation {
				return nil, false, false
			}
			return spans, labelled, true
		case punctAt(d, k, '-') || punctAt(d, k, ',') || punctAt(d, k, '&') || punctAt(d, k, '/') || d.Is(k, "và"):
			k++
			if k >= b {
				return nil, false, false
			}
			// A credit of its own: - Ảnh: Minh Tú.
			if _, n, ok := creditLabels.Match(d, k); ok && punctAt(d, k+n, ':') {
				k += n + 1
				one, fresh = true, true
				if k >= b {
					return nil, false, false
				}
				continue
			}
			// Another name, or the affiliation: a known organization,
			// or whatever short words end the line (- phóng viên).
			k = skipRank(d, k, b)
			if e, w := nameAt(d, k, b); affiliationAt(d, k, caps) || w < 2 && !(one && w == 1 && e == b) {
				if !affiliationFits(d, k, b) {
					return nil, false, false
				}
				return spans, labelled, true
			}
			if len(spans) >= 4 {
				return nil, false, false
			}
		default:
			return nil, false, false
		}
	}
}

// skipRank returns the token after a military or police rank at token
// k (Thiếu tá, Thượng úy) that a name follows before b, or k: in a
// byline the rank goes with the name but is not part of it.
func skipRank(d *Doc, k, b int) int {
	if r, n, ok := roleLex.Match(d, k); ok && r.Rank && k+n < b && d.Toks[k+n].Kind == Word {
		return k + n
	}
	return k
}

// affiliationFits reports whether tokens [k, b) may be the affiliation
// that ends a byline: short, or a named organization (a known
// organization word first, and no fewer capitalized words than lower-case
// ones that are not a capitalized word's second syllable: Ban Tuyên giáo
// và Dân vận Tỉnh ủy Phú Thọ, Trung tâm Văn hóa, Thông tin và Thể thao
// huyện, not Ban Tuyên giáo tổ chức hội nghị sơ kết công tác).
func affiliationFits(d *Doc, k, b int) bool {
	if b-k <= maxShortAffiliation {
		return true
	}
	if b-k > maxAffiliation {
		return false
	}
	if _, _, ok := matchExact(affiliationHeads, d, k); !ok {
		return false
	}
	// A lower-case syllable right after a capitalized word is the rest
	// of that word (Văn hóa, Thông tin); only the other lower-case words
	// weigh against the name (và, huyện; tổ chức hội nghị).
	upper, lower := 0, 0
	afterUpper := false
	for j := k; j < b; j++ {
		t := &d.Toks[j]
		switch {
		case t.Kind != Word:
		case t.Flags&Upper != 0:
			upper++
			afterUpper = true
			continue
		case !afterUpper:
			lower++
		}
		afterUpper = false
	}
	return upper >= lower
}

// maxUnitBylineWords is the longest unit named in full as a byline
// (Văn phòng Ủy ban nhân dân tỉnh), in words.
const maxUnitBylineWords = 10

// unitByline reports whether l is a unit's byline: a lone abbreviation in
// capitals (BTG, VP), as the desks of a Party committee sign their
// news, or the whole line an organization's name that starts with a
// body's head word (Văn phòng UBND tỉnh, Ban Tuyên giáo Huyện ủy, Sở Y
// tế): SPEC takes bylines as written.
func unitByline(d *Doc, l line) bool {
	if l.b-l.a != 1 {
		if w := words(d, l); w < 2 || w > maxUnitBylineWords || !isCapWord(d, l.a) {
			return false
		}
		if _, _, ok := bodyHeads.Match(d, l.a); !ok {
			return false
		}
		if always, n, ok := signingBoards.Match(d, l.a); ok && (always || l.a+n == l.b) {
			return false // BAN LỄ TANG: the board that issues the notice signs it
		}
		end, ok := orgName(d, l.a)
		return ok && end == l.b
	}
	t := &d.Toks[l.a]
	if t.Kind != Word || t.Flags&AllUpper == 0 || t.End-t.Start < 2 || utf8.RuneCountInString(d.S[t.Start:t.End]) > 6 {
		return false
	}
	_, _, stop := matchExact(notNames, d, l.a)
	return !stop
}

// nameAt returns the end of the run of capitalized words at token k
// (before b) and how many words it has; 0 when they are not a name.
// Initials with a point (T.Hùng, Q. Anh) belong to the name; so does the
// prefix of Ê Đê and Jrai women's names and Cơ Ho men's, H' or K'
// touching the syllable after it, which makes one word with it (H'Xuân
// Niê, H'XUÂN NIÊ), as officials' names read it (letterSyllableEnd).
func nameAt(d *Doc, k, b int) (end, w int) {
	j := k
	for j < b && w < 6 {
		t := &d.Toks[j]
		if t.Kind != Word || t.Flags&Upper == 0 {
			break
		}
		if _, n, ok := matchExact(notNames, d, j); ok && n == 1 {
			return k, 0
		}
		if t.End-t.Start == 1 {
			e := letterSyllableEnd(d, j, b, false)
			if e == j+1 {
				e = letterSyllableEnd(d, j, b, true) // in capitals
			}
			j = e
		} else {
			j++
		}
		w++
		if punctAt(d, j, '.') && d.Adjacent(j-1) && d.Toks[j-1].End-d.Toks[j-1].Start <= 3 {
			j++
		}
	}
	if j < b && (d.Toks[j].Kind == Word || d.Toks[j].Kind == Number) {
		return k, 0 // a name ends at punctuation or the line's end
	}
	return j, w
}

// affiliationAt reports whether an affiliation (BTG Thị ủy, Báo Hậu
// Giang) starts at token k. In a byline written in capitals, only the
// known organization words count.
func affiliationAt(d *Doc, k int, caps bool) bool {
	if _, _, ok := matchExact(affiliationHeads, d, k); ok {
		return true
	}
	t := &d.Toks[k]
	return !caps && t.Kind == Word && t.Flags&AllUpper != 0 && t.End-t.Start >= 2
}

// endByline finds the byline that ends the article: scanning up from the
// end over furniture, view counters and source lines (Theo TTXVN), the
// first line that reads as a byline, after the last paragraph of the
// body. It returns its line index (-1 when none) and the author names'
// token ranges. Lines up to floor (the headline) are not searched.
// A paragraph under the head of a list of other articles (Tin liên quan)
// is the portal's footer, not the body: the search goes on above the
// list.
func endByline(d *Doc, lines []line, furn []bool, floor int) (end int, spans [][2]int, from int) {
	footer := false // a paragraph was passed: only a list head above it lets the search go on
	for li, seen := len(lines)-1, 0; li > floor && seen < tailLines; li-- {
		if furn[li] {
			if footer && listHead(d, lines[li]) {
				footer = false
			}
			continue
		}
		seen++
		l := lines[li]
		if footer {
			continue
		}
		if onlyNumber(d, l) || sourceLine(d, l) {
			continue
		}
		spans, labelled, ok := bylineOf(d, l)
		if !ok && unitByline(d, l) {
			spans, ok = [][2]int{{l.a, l.b}}, true
		}
		// An unlabelled name comes right after a paragraph of the body,
		// after the caption of its last photo, or after a dateline that
		// follows the body.
		if ok && !labelled && signatureLine(d, l) {
			ok = false // KT. CHÁNH VĂN PHÒNG, PHÓ BÍ THƯ: the signer's, not a byline
		}
		if ok && (labelled || afterBody(d, lines, furn, li-1, floor)) {
			return li, spans, l.a
		}
		// A photo's caption may stand under the byline, above the
		// portal's lines (Bài, ảnh: LAN ANH / [Ảnh] Quang cảnh hội
		// nghị. Ảnh: L.A).
		if !ok && photoLine(d, l) {
			continue
		}
		if bodyLike(d, l) {
			// The last paragraph: its byline may be glued to its last
			// sentence, as text copied out of a page gives it.
			if spans, from, ok := gluedByline(d, l); ok {
				return li, spans, from
			}
			// An uncredited photo caption may stand under a labelled
			// byline (Bài, ảnh: X / Bác sĩ khám bệnh cho người dân.):
			// one short sentence, under the label that says so.
			if above := li - 1; above > floor && !furn[above] && captionSentence(d, l) {
				if spans, labelled, ok := bylineOf(d, lines[above]); ok && labelled {
					return above, spans, lines[above].a
				}
			}
			footer = true
		}
	}
	return -1, nil, 0
}

// maxCaptionWords is the most words of an uncredited photo caption.
const maxCaptionWords = 30

// captionSentence reports whether l may be an uncredited photo caption:
// one sentence (no sentence's end but at the end of the line) of at most
// maxCaptionWords words.
func captionSentence(d *Doc, l line) bool {
	if words(d, l) > maxCaptionWords {
		return false
	}
	for k := l.a; k < l.b-1; k++ {
		if sentenceEnd(d, k) && d.Toks[k+1].Flags&SpaceBefore != 0 {
			return false
		}
	}
	return true
}

// gluedByline reads a byline glued to the last sentence of a paragraph
// (... phát triển bền vững. THU HÀ; ... hiện đại. Tin, ảnh: HÀ TRANG): after
// the line's last full stop, a labelled byline, or names in capitals. It
// returns the names and the token where the byline starts.
func gluedByline(d *Doc, l line) ([][2]int, int, bool) {
	k := l.b - 1
	for k > l.a && !punctAt(d, k, '.') {
		k--
	}
	if k <= l.a || k+1 >= l.b || l.b-(k+1) > maxGluedByline || !sentenceEnd(d, k) {
		return nil, 0, false
	}
	by := line{k + 1, l.b}
	spans, labelled, ok := bylineOf(d, by)
	if !ok {
		return nil, 0, false
	}
	if !labelled {
		for j := by.a; j < by.b; j++ {
			if t := &d.Toks[j]; t.Kind == Word && t.Flags&AllUpper == 0 {
				return nil, 0, false // a sentence's words, not a name in capitals
			}
		}
	}
	return spans, by.a, true
}

// maxGluedByline is the most tokens of a byline glued to a paragraph.
const maxGluedByline = 12

// afterBody reports whether line li, above a byline, ends the body: a
// paragraph, a photo caption, or a dateline under a paragraph (Ngày
// 17/11/2025). Lines up to floor are not read.
func afterBody(d *Doc, lines []line, furn []bool, li, floor int) bool {
	if li <= floor || furn[li] {
		return false
	}
	if bodyLike(d, lines[li]) || captionLine(d, lines[li]) {
		return true
	}
	// The full text of a document ends with its signature or its list
	// of recipients; a byline under them is the portal's.
	if signatureEnd(d, lines, furn, li, floor) || recipientsEnd(d, lines, furn, li, floor) {
		return true
	}
	if _, ok := datelineOf(d, lines[li]); ok {
		return li-1 > floor && !furn[li-1] && bodyLike(d, lines[li-1])
	}
	return false
}

// signatureEnd reports whether line li ends a document's signature
// block: the signer's name (2 to 6 capitalized words alone on the line)
// under the mark that the document was signed ((đã ký), (Ký)). The signer
// is an official, never a byline; lines up to floor are not read.
func signatureEnd(d *Doc, lines []line, furn []bool, li, floor int) bool {
	if li-1 <= floor || furn[li-1] || !signedMark(d, lines[li-1]) {
		return false
	}
	l := lines[li]
	e, w := nameAt(d, l.a, l.b)
	return w >= 2 && e == l.b
}

// signedMark reports whether l is the mark that a document was signed:
// "(đã ký)", "(Ký)", "đã ký", maybe with a closing point.
func signedMark(d *Doc, l line) bool {
	k, b := l.a, l.b
	if punctAt(d, k, '(') {
		if !punctAt(d, b-1, ')') {
			return false
		}
		k, b = k+1, b-1
	}
	if d.Is(k, "đã") {
		k++
	}
	return d.Is(k, "ký") && k+1 == b
}

// signingCapacities open the line of a signature block that says in
// whose name the signer signs (T/M BAN THƯỜNG VỤ, KT. CHỦ TỊCH, TM. ỦY
// BAN NHÂN DÂN, T/L, TUQ.).
var signingCapacities = NewSet("t/m", "t/l", "tm.", "tl.", "kt.", "tuq.", "q/")

// signatureLine reports whether l is a line of a document's signature
// block other than the signer's name: a signing capacity (KT. CHÁNH VĂN
// PHÒNG), or a position written in capitals (PHÓ BÍ THƯ THƯỜNG TRỰC),
// which no byline is. A rank is not a position here: a byline may open
// with one (Thiếu tá ĐOÀN VĂN PHÚC).
func signatureLine(d *Doc, l line) bool {
	if _, _, ok := signingCapacities.Match(d, l.a); ok {
		return true
	}
	if _, _, ok := groupAuthors.Match(d, l.a); ok {
		return false // BTV: the desk's byline, though a role's abbreviation too
	}
	r, _, ok := roleLex.Match(d, l.a)
	return ok && !r.Rank && d.Toks[l.a].Flags&AllUpper != 0
}

// maxRecipients bounds the items of a list of recipients (Nơi nhận:)
// that recipientsEnd reads up over.
const maxRecipients = 12

// recipientsEnd reports whether line li is the last item of a
// document's list of recipients: a bulleted line (- Lưu VT.) under
// other bulleted lines, at most maxRecipients of them, that the
// "Nơi nhận" line heads. Lines up to floor are not read.
func recipientsEnd(d *Doc, lines []line, furn []bool, li, floor int) bool {
	if !bulleted(d, lines[li]) {
		return false
	}
	for k := li - 1; k > floor && li-k <= maxRecipients; k-- {
		if furn[k] {
			return false
		}
		if l := lines[k]; d.Is(l.a, "nơi") && d.Is(l.a+1, "nhận") {
			return true
		}
		if !bulleted(d, lines[k]) {
			return false
		}
	}
	return false
}

// photoLine reports whether l is about a photo: a caption with its
// credit, or a line that starts with Ảnh ((Ảnh minh họa)).
func photoLine(d *Doc, l line) bool {
	k := l.a
	if punctAt(d, k, '(') {
		k++
	}
	return d.Is(k, "ảnh") || captionLine(d, l)
}

// captionLine reports whether l is a photo caption: it credits the photo
// (... phát biểu tại hội nghị. Ảnh: Bảo Trân).
func captionLine(d *Doc, l line) bool {
	for k := l.a; k+1 < l.b; k++ {
		if d.Toks[k].Flags&Upper != 0 && d.Is(k, "ảnh") && punctAt(d, k+1, ':') {
			return true
		}
	}
	return false
}

// sourceLine reports whether l attributes the article to a source
// (Theo TTXVN, (Nguồn: VOV)): not a byline.
func sourceLine(d *Doc, l line) bool {
	k := l.a
	if punctAt(d, k, '(') {
		k++
	}
	return (d.Is(k, "theo") || d.Is(k, "nguồn")) && words(d, l) <= 10
}

// foldHashAnh is the fold hash of ảnh (anh).
var foldHashAnh = foldHash([]byte("anh"))

// markPhotoCredits marks the names after "Ảnh:" in captions (Ảnh: Thùy
// Trang., (Ảnh: Thống Nhất/TTXVN)) as bylines, up to the closing
// parenthesis, the end of the sentence or of the line.
func markPhotoCredits(d *Doc) {
	// From the colons of the text, found by IndexByte, to the word before
	// each: colons are few, tokens many.
	toks := d.Toks
	c := 0 // the first token that may be a colon
	for off := 0; ; {
		at := strings.IndexByte(d.S[off:], ':')
		if at < 0 {
			break
		}
		at += off
		off = at + 1
		// The colon's token: the first at or after it, by a search from
		// the last one found (the colons come in order).
		c += sort.Search(len(toks)-c, func(k int) bool { return int(toks[c+k].Start) >= at })
		if c >= len(toks) {
			break
		}
		if int(toks[c].Start) != at || c == 0 {
			continue
		}
		i := c - 1
		t := &toks[i]
		if t.fh != foldHashAnh || t.Kind != Word || !d.Is(i, "ảnh") || !punctAt(d, i+1, ':') {
			continue
		}
		if i > 0 && t.Flags&LineStart == 0 && d.Toks[i-1].Kind != Punct {
			continue // hình ảnh: ...
		}
		j := i + 2
		for j < len(d.Toks) && j < i+14 && d.Toks[j].Flags&LineStart == 0 && !punctAt(d, j, ')') {
			if punctAt(d, j, '.') && (j+1 >= len(d.Toks) || !d.Adjacent(j)) {
				break
			}
			j++
		}
		d.MarkByline(i, j)
	}
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
