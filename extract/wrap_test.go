package extract

import (
	"strings"
	"testing"

	"github.com/vnie/vnie/normalize"
)

// A paragraph of our own, wrapped at about 80 characters as a mail client
// or a copy out of a web page leaves it.
const wrappedText = "Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2026\n" +
	"10/01/2026 08:30\n" +
	"\n" +
	"Sáng 9-1, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025, triển khai\n" +
	"nhiệm vụ năm 2026. Dự hội nghị có bà Nguyễn Thị Thanh Hà, Phó Chủ tịch UBND\n" +
	"tỉnh; ông Lê Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh\n" +
	"ủy cùng hơn 150 cán bộ, công chức của Sở và các phòng chuyên môn trực thuộc\n" +
	"trên địa bàn tỉnh.\n"

func TestSoftBreaks(t *testing.T) {
	soft := softBreaks(wrappedText)
	var at []string
	for _, nl := range soft {
		line := wrappedText[strings.LastIndexByte(wrappedText[:nl], '\n')+1 : nl]
		at = append(at, line[max(0, len(line)-12):])
	}
	// The four breaks inside the paragraph wrap it; the headline's and
	// the dateline's do not (a short line under a long one is not its
	// rest), nor does the paragraph's end.
	if len(soft) != 4 {
		t.Fatalf("softBreaks found %d breaks, after %q; want the 4 inside the paragraph", len(soft), at)
	}
	for _, nl := range soft {
		if nl < int32(strings.Index(wrappedText, "Sáng 9-1")) {
			t.Errorf("a break above the paragraph is soft: after %q", wrappedText[:nl])
		}
	}
}

func TestSoftBreaksNotInPortalText(t *testing.T) {
	for _, text := range []string{
		// One paragraph to a line, as portals give it: nothing is joined,
		// though the headline is long and has no final stop.
		"Hội nghị triển khai nhiệm vụ công tác tuyên giáo năm 2026 của tỉnh Hậu Giang\n" +
			"Ngày 10-01-2026\n" +
			"Sáng 9-1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị triển khai nhiệm vụ năm 2026 với hơn 200 đại biểu.\n" +
			"Đồng chí Trần Văn Huyến, Phó Bí thư Tỉnh ủy dự và chỉ đạo hội nghị.\n",
		// Two lines going on in lower case are not enough to call the text
		// wrapped.
		"Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Chính trị huyện tổ chức\n" +
			"lớp bồi dưỡng nghiệp vụ cho cán bộ làm công tác tuyên giáo ở cơ sở\n" +
			"trong hai ngày.\n",
		// Bullets under a long line are list items, not its rest.
		"Hội nghị thống nhất các nhiệm vụ trọng tâm của năm 2026 như sau, gồm\n" +
			"- nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản trong toàn huyện\n" +
			"- đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\n" +
			"- làm tốt công tác phát triển đảng viên mới ở các chi bộ nông thôn\n",
	} {
		if soft := softBreaks(text); len(soft) != 0 {
			t.Errorf("softBreaks(%+q) = %v, want none", text[:40], soft)
		}
	}
}

// TestWrappedTextExtracts checks that names, titles and counts split by a
// wrap come out whole, and that the headline and the dateline keep their
// lines.
func TestWrappedTextExtracts(t *testing.T) {
	text, err := normalize.Bytes([]byte(wrappedText), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := NewDoc(&text)
	meta := ArticleMeta(d)
	if want := "Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2026"; meta.Title != want {
		t.Errorf("title %q, want %q", meta.Title, want)
	}
	if got := d.Pub.String(); got != "2026-01-10T08:30:00+07:00" {
		t.Errorf("published %q, want the dateline's", got)
	}
	Documents(d)
	Dates(d)
	counts := Counts(d)
	if len(counts) != 1 || counts[0].Value != 150 {
		t.Errorf("counts %+v, want the 150 cán bộ, công chức", counts)
	}
	var titles []string
	for _, o := range Officials(d) {
		for _, ti := range o.Titles {
			titles = append(titles, o.Name+": "+ti.Text)
		}
	}
	want := []string{
		"Nguyễn Thị Thanh Hà: Phó Chủ tịch UBND tỉnh",
		"Lê Văn Quang: Ủy viên Ban Thường vụ Tỉnh ủy",
		"Lê Văn Quang: Trưởng Ban Tổ chức Tỉnh ủy",
	}
	if strings.Join(titles, "; ") != strings.Join(want, "; ") {
		t.Errorf("officials %q, want %q", titles, want)
	}
}

// TestSoftBreaksNotNextToMenus keeps the lines of a page's head apart in
// a wrapped text: a page title above a menu bar, a headline above its
// dateline and counters, which are long and have no final stop, are not
// one paragraph.
func TestSoftBreaksNotNextToMenus(t *testing.T) {
	para := "Sáng 9-1, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm 2025, triển khai\n" +
		"nhiệm vụ năm 2026. Dự hội nghị có bà Nguyễn Thị Thanh Hà, Phó Chủ tịch UBND\n" +
		"tỉnh; ông Lê Văn Quang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh\n" +
		"ủy cùng hơn 150 cán bộ, công chức của Sở và các phòng chuyên môn trực thuộc\n" +
		"trên địa bàn tỉnh.\n"
	for _, head := range []string{
		"Sở Nội vụ triển khai nhiệm vụ năm 2026 - Cổng thông tin điện tử tỉnh\n" +
			"Trang chủ Giới thiệu Tin tức Văn bản Thủ tục hành chính » Tin hoạt động » Sở ngành\n",
		"Sở Nội vụ triển khai nhiệm vụ năm 2026 - Cổng thông tin điện tử tỉnh\n" +
			"Trang chủ|Thời sự|Chính trị|Kinh tế|Xã hội|Văn hóa|Thể thao|Đăng nhập\n",
		"Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ trọng tâm của năm 2026\n" +
			"Thứ Bảy, 10/01/2026 08:30\tLượt xem: 1.245\tChia sẻ\tIn bài\n",
	} {
		text := head + "\n" + para
		soft := softBreaks(text)
		if len(soft) != 4 {
			t.Errorf("%d soft breaks, want the 4 inside the paragraph:\n%s", len(soft), text)
		}
		for _, nl := range soft {
			if int(nl) < len(head) {
				t.Errorf("a break of the page head is soft: after %q", text[:nl])
			}
		}
	}
}

// TestSoftBreaksMenuNormalized: normalize writes a breadcrumb's » as ",
// which stands apart with spaces; the menu bar still parts the lines.
func TestSoftBreaksMenuNormalized(t *testing.T) {
	text := "Sở Nội vụ triển khai nhiệm vụ năm 2026 - Cổng thông tin điện tử tỉnh\n" +
		"Trang chủ Giới thiệu Tin tức Văn bản Thủ tục hành chính » Tin hoạt động » Sở ngành\n\n" +
		wrappedText[strings.Index(wrappedText, "Sáng 9-1"):]
	norm, err := normalize.Bytes([]byte(text), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := string(norm.Norm)
	for _, nl := range softBreaks(s) {
		if nl < int32(strings.Index(s, "Sáng 9-1")) {
			t.Errorf("a break of the page head is soft: after %q", s[:nl])
		}
	}
}

func TestMenuLike(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"Trang chủ > Tin tức > Hoạt động", true},
		{"Chính trị | Kinh tế | Xã hội", true},
		{"Trang chủ » Tin tức", true},
		{"Trang chủ \" Tin tức", true}, // » as normalize writes it
		{"Chia sẻ\tIn bài", true},
		{"Đồng chí nói: \"Phải làm ngay\" trong buổi làm việc", false}, // a quotation mark against a word
		{"Hội nghị quán triệt Nghị quyết số 52-NQ/TW của Bộ Chính trị", false},
		{"Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên «quý III", false}, // « is C2 AB, not » (C2 BB)
		{"", false},
	}
	for _, c := range cases {
		if got := menuLike(c.line); got != c.want {
			t.Errorf("menuLike(%+q) = %v, want %v", c.line, got, c.want)
		}
	}
}
