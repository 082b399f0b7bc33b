package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vnie/vnie/normalize"
)

// FuzzArticleMeta checks ArticleMeta on any input: it never panics, gives
// the same Meta twice, a title and authors that are single trimmed lines
// with single spaces, authors distinct and non-empty, and a publication
// date that is a real day and time which ParsePublished reads back.
// (FuzzDates runs ArticleMeta too, but checks only the date.)
func FuzzArticleMeta(f *testing.F) {
	// Small inputs only (under 500 bytes): the fuzzer minimizes every
	// input that finds new coverage.
	for _, s := range []string{
		"04/01/2020 - 10:04\n\nTP Cần Thơ: Hơn 7.600 đảng viên học tập Nghị quyết\n\nSáng 3-1, hội nghị.\n\nANH DŨNG\n\nChia sẻ bài viết",
		"Bế mạc Kỳ họp thứ 15\n03.07.2020 | 14:13:08\n\n(TGCT)- Sáng 12-5, Ban Tuyên giáo tổ chức hội nghị.\n\nTin, ảnh: TRƯỜNG SƠN",
		"Print Thứ Năm, 11/03/2021 17:15 Gốc\n\nNội dung.\n\nNguyễn Thị Hường - BTG Thị ủy\n\nĐang online: 2\nThống kê: 791.935",
		"Tiêu đề\n\nNgày 29-03-2021\n\nNội dung bài.\n\nTheo TTXVN\n\n(Ảnh: Thống Nhất/TTXVN)",
		"Thu hai, 29/03/2021 - 10:20 AM\n\nTieu de bai viet ve hoi nghi\n\nHoang Tung",
		"Chủ Nhật, 28/3/2021 | 08:00 GMT+07:00\n\n\u00a0\n\nA\n\nB - C\n\nD, E",
		"2021-03-29 10:20:35\n\n\n\n:\n\nẢnh:\n\nTin:",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, err := normalize.Bytes([]byte(s), normalize.Options{ReplaceInvalid: true})
		if err != nil {
			return
		}
		d := NewDoc(&text)
		m := ArticleMeta(d)
		if again := ArticleMeta(NewDoc(&text)); !cmp.Equal(m, again) {
			t.Fatalf("%+q: two runs differ: %+v and %+v", s, m, again)
		}
		if d.Pub != m.Published {
			t.Errorf("%+q: d.Pub = %+v, the dateline gives %+v", s, d.Pub, m.Published)
		}
		if p := m.Published; !p.IsZero() {
			if !ValidDate(p.Year, p.Month, p.Day) || p.Hour < 0 || p.Hour > 23 || p.Minute < 0 || p.Minute > 59 || !p.HasTime && (p.Hour != 0 || p.Minute != 0) {
				t.Fatalf("%+q: published %+v is no day and time", s, p)
			}
			if back, err := ParsePublished(p.String()); err != nil || back != p {
				t.Fatalf("%+q: published %+v writes %q, which reads back as %+v (%v)", s, p, p.String(), back, err)
			}
		}
		oneLine := func(what, v string) {
			if v != strings.Join(strings.Fields(v), " ") {
				t.Errorf("%+q: %s %+q is not one trimmed line with single spaces", s, what, v)
			}
		}
		oneLine("title", m.Title)
		if m.Authors == nil {
			t.Errorf("%+q: Authors is nil", s)
		}
		seen := map[string]bool{}
		for _, a := range m.Authors {
			oneLine("author", a)
			if a == "" || seen[normalize.Fold(a)] {
				t.Errorf("%+q: author %+q is empty or repeated in %+q", s, a, m.Authors)
			}
			seen[normalize.Fold(a)] = true
		}
	})
}
