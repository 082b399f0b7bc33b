package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// cnt is a Count without its span, which checkCounts verifies apart.
type cnt struct {
	Kind, Text, Qual, Unit, Loc string
	Value                       int
}

const (
	att = schema.KindAttendees
	cp  = schema.KindConnectionPoints
)

// countDoc normalizes and tokenizes src as the pipeline does.
func countDoc(t testing.TB, src string) *Doc {
	t.Helper()
	text, err := normalize.Bytes([]byte(src), normalize.Options{})
	if err != nil {
		t.Fatalf("normalize %+q: %v", src, err)
	}
	return NewDoc(&text)
}

// checkCounts runs Counts on src, checks every span against src (text is
// the NFC form of the spanned bytes) and the text order, and returns the counts without spans.
func checkCounts(t *testing.T, src string) []cnt {
	t.Helper()
	got := []cnt{}
	last := 0
	for _, c := range Counts(countDoc(t, src)) {
		if c.Span[0] < last || c.Span[0] > c.Span[1] || c.Span[1] > len(src) {
			t.Errorf("%+q: bad span %v for %+q", src, c.Span, c.Text)
		} else if s := norm.NFC.String(src[c.Span[0]:c.Span[1]]); s != c.Text {
			t.Errorf("%+q: src[span] = %+q, text = %+q", src, s, c.Text)
		}
		last = c.Span[0]
		got = append(got, cnt{c.Kind, c.Text, c.Qualifier, c.Unit, c.Location, c.Value})
	}
	return got
}

func TestCounts(t *testing.T) {
	tests := []struct {
		src  string
		want []cnt
		why  string
	}{
		// Digits and grouping.
		{"Hơn 7.600 đảng viên dự hội nghị.",
			[]cnt{{att, "Hơn 7.600 đảng viên", "more_than", "đảng viên", "", 7600}},
			"a dot groups thousands; Hơn is more_than and part of the text"},
		{"Hội nghị được tổ chức tại 95 điểm cầu trực tuyến trong toàn tỉnh.",
			[]cnt{{cp, "95 điểm cầu trực tuyến", "", "điểm cầu", "", 95}},
			"the unit is the noun; a modifier such as trực tuyến joins the text only (SPEC: unit điểm cầu)"},
		{"Có 1.280.404 đảng viên tham gia học tập chuyên đề năm nay.",
			[]cnt{{att, "1.280.404 đảng viên", "", "đảng viên", "", 1280404}},
			"several dot groups"},
		{"Tổng cộng 1 000 000 lượt người đã tham gia ngày hội.",
			[]cnt{{att, "1 000 000 lượt người", "", "lượt người", "", 1000000}},
			"groups of three separated by one space; lượt is part of the unit"},
		{"Hơn 7,600 người đã đăng ký dự thi.",
			[]cnt{{att, "Hơn 7,600 người", "more_than", "người", "", 7600}},
			"people are whole: a comma before three digits and no scale word groups thousands"},
		{"Hội nghị trực tuyến (45 điểm cầu) diễn ra sáng nay.",
			[]cnt{{cp, "45 điểm cầu", "", "điểm cầu", "", 45}},
			"an opening bracket may touch the number"},
		{"Chương trình có 12 điểm cầu truyền hình trực tuyến và 600 đại biểu.",
			[]cnt{
				{cp, "12 điểm cầu truyền hình trực tuyến", "", "điểm cầu", "", 12},
				{att, "600 đại biểu", "", "đại biểu", "", 600},
			},
			"two counts in text order; connection points are not chained with people"},

		// Scale words, decimals and number words.
		{"Gần 1 triệu cán bộ, đảng viên cả nước tham gia.",
			[]cnt{{att, "Gần 1 triệu cán bộ, đảng viên", "nearly", "cán bộ, đảng viên", "", 1000000}},
			"triệu after digits; nouns joined by a comma make one unit"},
		{"Chương trình thu hút 1,28 triệu đoàn viên thanh niên.",
			[]cnt{{att, "1,28 triệu đoàn viên thanh niên", "", "đoàn viên thanh niên", "", 1280000}},
			"a decimal comma before a scale word"},
		{"Hơn một triệu hội viên phụ nữ được tuyên truyền.",
			[]cnt{{att, "Hơn một triệu hội viên phụ nữ", "more_than", "hội viên phụ nữ", "", 1000000}},
			"một before a scale word is a number"},
		{"Hai nghìn học sinh tham dự lễ khai giảng.",
			[]cnt{{att, "Hai nghìn học sinh", "", "học sinh", "", 2000}},
			"number words at the start of a sentence"},
		{"Hơn 2.400 tân sinh viên dự lễ khai giảng năm học mới.",
			[]cnt{{att, "Hơn 2.400 tân sinh viên", "more_than", "tân sinh viên", "", 2400}},
			"tân sinh viên: first-year students"},
		{"Khoảng hai ngàn sinh viên dự buổi nói chuyện chuyên đề.",
			[]cnt{{att, "Khoảng hai ngàn sinh viên", "about", "sinh viên", "", 2000}},
			"ngàn is the southern nghìn"},
		{"Ước tính 3 vạn người dân đã đến viếng.",
			[]cnt{{att, "Ước tính 3 vạn người dân", "about", "người dân", "", 30000}},
			"vạn is ten thousand; ước tính is a two-word qualifier"},
		{"Hàng nghìn đoàn viên xung kích ra quân.",
			[]cnt{{att, "Hàng nghìn đoàn viên", "about", "đoàn viên", "", 1000}},
			"hàng nghìn: about a thousand"},
		{"Hàng trăm cử tri đã đến dự buổi tiếp xúc.",
			[]cnt{{att, "Hàng trăm cử tri", "about", "cử tri", "", 100}},
			"hàng trăm: about a hundred"},
		{"Hàng vạn thanh niên tình nguyện lên đường.",
			[]cnt{{att, "Hàng vạn thanh niên", "about", "thanh niên", "", 10000}},
			"hàng vạn: about ten thousand"},
		{"Hàng chục nghìn thanh niên dự lễ ra quân.",
			[]cnt{{att, "Hàng chục nghìn thanh niên", "about", "thanh niên", "", 10000}},
			"chục with no digit is ten"},
		{"Hội nghị có ba trăm hai mươi lăm đại biểu tham dự.",
			[]cnt{{att, "ba trăm hai mươi lăm đại biểu", "", "đại biểu", "", 325}},
			"hundreds, tens (mươi) and lăm for five"},
		{"Dự đại hội có 250 đại biểu, đại diện cho hơn 3.800 đảng viên.",
			[]cnt{{att, "250 đại biểu", "", "đại biểu", "", 250}},
			"the delegates take part; the members they represent do not"},
		{"Mười lăm báo cáo viên dự lớp tập huấn.",
			[]cnt{{att, "Mười lăm báo cáo viên", "", "báo cáo viên", "", 15}},
			"mười lăm is fifteen"},
		{"Buổi sinh hoạt có năm mươi đảng viên.",
			[]cnt{{att, "năm mươi đảng viên", "", "đảng viên", "", 50}},
			"năm followed by mươi is five"},
		{"Ban tổ chức mời một trăm linh năm vị đại biểu.",
			[]cnt{{att, "một trăm linh năm vị đại biểu", "", "vị đại biểu", "", 105}},
			"linh fills the empty tens; vị is part of the unit"},
		{"Hai chục cựu chiến binh kể chuyện truyền thống.",
			[]cnt{{att, "Hai chục cựu chiến binh", "", "cựu chiến binh", "", 20}},
			"chục after a digit multiplies it by ten"},
		{"Gần mười nghìn đoàn viên tham gia ngày hội.",
			[]cnt{{att, "Gần mười nghìn đoàn viên", "nearly", "đoàn viên", "", 10000}},
			"mười before a scale word"},
		{"Cả nước có 1 triệu 200 nghìn người tham gia.",
			[]cnt{{att, "1 triệu 200 nghìn người", "", "người", "", 1200000}},
			"groups of decreasing scale add up"},
		{"Hơn trăm người dân dự lễ khánh thành.",
			[]cnt{{att, "Hơn trăm người dân", "more_than", "người dân", "", 100}},
			"trăm without a digit after a qualifier"},
		{"Có 40 đồng chí dự họp.",
			[]cnt{{att, "40 đồng chí", "", "đồng chí", "", 40}},
			"đồng chí counted as people"},

		// Qualifiers.
		{"Trên 500 cán bộ, chiến sĩ dự lễ.",
			[]cnt{{att, "Trên 500 cán bộ, chiến sĩ", "more_than", "cán bộ, chiến sĩ", "", 500}},
			"trên is more_than"},
		{"Chừng 40 học viên lớp bồi dưỡng đã tốt nghiệp.",
			[]cnt{{att, "Chừng 40 học viên", "about", "học viên", "", 40}},
			"chừng is about"},
		{"Xấp xỉ 2.500 công chức, viên chức tham gia cuộc thi.",
			[]cnt{{att, "Xấp xỉ 2.500 công chức, viên chức", "about", "công chức, viên chức", "", 2500}},
			"xấp xỉ is about"},
		{"Ít nhất 30 đại biểu phát biểu ý kiến tại hội nghị.",
			[]cnt{{att, "Ít nhất 30 đại biểu", "at_least", "đại biểu", "", 30}},
			"ít nhất is at_least"},
		{"Tối thiểu 200 đoàn viên sẽ tham gia chiến dịch.",
			[]cnt{{att, "Tối thiểu 200 đoàn viên", "at_least", "đoàn viên", "", 200}},
			"tối thiểu is at_least"},
		{"Đã có ngót 900 người đăng ký dự thi.",
			[]cnt{{att, "ngót 900 người", "nearly", "người", "", 900}},
			"ngót is nearly"},
		{"Lễ mít tinh có khoảng chừng 700 người tham dự.",
			[]cnt{{att, "khoảng chừng 700 người", "about", "người", "", 700}},
			"the longest qualifier phrase is taken"},
		{"Ước tính khoảng 4.000 đoàn viên, thanh niên tham gia.",
			[]cnt{{att, "Ước tính khoảng 4.000 đoàn viên, thanh niên", "about", "đoàn viên, thanh niên", "", 4000}},
			"a three-word qualifier"},
		{"Buổi gặp mặt có trên dưới 100 đại biểu.",
			[]cnt{{att, "trên dưới 100 đại biểu", "about", "đại biểu", "", 100}},
			"trên dưới is about, not more_than"},
		{"Cuộc thi có vào khoảng 60 phóng viên tác nghiệp.",
			[]cnt{{att, "vào khoảng 60 phóng viên", "about", "phóng viên", "", 60}},
			"vào khoảng is about"},
		{"Năm nay ước 800 nông dân được tập huấn.",
			[]cnt{{att, "ước 800 nông dân", "about", "nông dân", "", 800}},
			"ước alone is about"},

		// Units.
		{"Hội nghị có sự tham dự của 1.500 lượt cán bộ.",
			[]cnt{{att, "1.500 lượt cán bộ", "", "lượt cán bộ", "", 1500}},
			"lượt before a noun of people"},
		{"Hơn 120 em học sinh tham gia buổi ngoại khóa.",
			[]cnt{{att, "Hơn 120 em học sinh", "more_than", "em học sinh", "", 120}},
			"em is a classifier of pupils"},
		{"Hội thi thu hút 350 hội viên.",
			[]cnt{{att, "350 hội viên", "", "hội viên", "", 350}},
			"a count at the end of the sentence"},
		{"Hơn 300 cán bộ, công chức và người lao động đã tham gia.",
			[]cnt{{att, "Hơn 300 cán bộ, công chức và người lao động", "more_than", "cán bộ, công chức và người lao động", "", 300}},
			"nouns joined by commas and và make one unit"},
		{"Gần 2 triệu đảng viên cán bộ, đảng viên cả nước dự học.",
			[]cnt{{att, "Gần 2 triệu đảng viên", "nearly", "đảng viên", "", 2000000}},
			"a typo'd repetition without a separator is not joined: the unit is the first noun"},
		{"Đợt này có 5.000 tuyên truyền viên được tập huấn.",
			[]cnt{{att, "5.000 tuyên truyền viên", "", "tuyên truyền viên", "", 5000}},
			"tuyên truyền viên"},

		// Location.
		{"Tại Sóc Trăng có 25 điểm cầu, với 3.210 cán bộ, đảng viên tham dự.",
			[]cnt{
				{cp, "25 điểm cầu", "", "điểm cầu", "Sóc Trăng", 25},
				{att, "3.210 cán bộ, đảng viên", "", "cán bộ, đảng viên", "Sóc Trăng", 3210},
			},
			"Tại X có scopes every count of the sentence"},
		{"Tại TP Đà Nẵng, lãnh đạo thành phố dự tại hội trường chính; hơn 5.000 đảng viên dự tại 80 điểm cầu.",
			[]cnt{
				{att, "hơn 5.000 đảng viên", "more_than", "đảng viên", "TP Đà Nẵng", 5000},
				{cp, "80 điểm cầu", "", "điểm cầu", "TP Đà Nẵng", 80},
			},
			"Tại X, at the start of the sentence scopes counts after a semicolon too; TP is kept as written"},
		{"Trong đó, ở cấp huyện có 6 điểm cầu.",
			[]cnt{{cp, "6 điểm cầu", "", "điểm cầu", "", 6}},
			"cấp huyện is a level, not a place"},
		{"Tỉnh Bắc Ninh có 210 điểm cầu kết nối với Trung ương.",
			[]cnt{{cp, "210 điểm cầu", "", "điểm cầu", "Tỉnh Bắc Ninh", 210}},
			"a named province as the subject with có"},
		{"Tại hội nghị, 150 đại biểu đã thảo luận sôi nổi.",
			[]cnt{{att, "150 đại biểu", "", "đại biểu", "", 150}},
			"hội nghị is not a place name"},
		{"Tại Bà Rịa - Vũng Tàu, gần 900 đảng viên tham dự.",
			[]cnt{{att, "gần 900 đảng viên", "nearly", "đảng viên", "Bà Rịa - Vũng Tàu", 900}},
			"a place name with a hyphen"},
		{"Tại điểm cầu Hải Phòng, có 320 đại biểu dự.",
			[]cnt{{att, "320 đại biểu", "", "đại biểu", "Hải Phòng", 320}},
			"the place of a connection point"},
		{"Tỉnh Nghệ An: Hơn 9.000 đảng viên học tập nghị quyết\n\nNội dung bài viết.",
			[]cnt{{att, "Hơn 9.000 đảng viên", "more_than", "đảng viên", "Tỉnh Nghệ An", 9000}},
			"a headline that names the province before a colon"},
		{"Tại TP. Hồ Chí Minh, 2 vạn thanh niên ra quân.",
			[]cnt{{att, "2 vạn thanh niên", "", "thanh niên", "TP. Hồ Chí Minh", 20000}},
			"the dot of TP. does not end the sentence"},
		{"Tại UBND tỉnh, 40 cán bộ dự buổi quán triệt.",
			[]cnt{{att, "40 cán bộ", "", "cán bộ", "", 40}},
			"UBND is a body, not a place"},
		{"Tại Long An có 30 điểm cầu. Ngoài ra, 200 người theo dõi qua mạng xã hội.",
			[]cnt{
				{cp, "30 điểm cầu", "", "điểm cầu", "Long An", 30},
				{att, "200 người", "", "người", "", 200},
			},
			"the scope ends with the sentence"},
		{"Đồng chí Trần Văn Nam có 3 cán bộ đi cùng.",
			[]cnt{{att, "3 cán bộ", "", "cán bộ", "", 3}},
			"a person's name before có is not a place"},
		{"Tại Tỉnh Ủy, 60 cán bộ dự buổi quán triệt.",
			[]cnt{{att, "60 cán bộ", "", "cán bộ", "", 60}},
			"a capitalized party committee is a body, not a place"},
		{"Tại Việt Nam, hơn 5 triệu đảng viên học tập nghị quyết.",
			[]cnt{{att, "hơn 5 triệu đảng viên", "more_than", "đảng viên", "Việt Nam", 5000000}},
			"a country is a place"},
		// Present out of a total (blind P): one count, of those present.
		{"Tổng Thư ký kỳ họp báo cáo có 468/482 đại biểu Hội đồng nhân dân có mặt.",
			[]cnt{{att, "468/482 đại biểu", "", "đại biểu", "", 468}},
			"present/total: the value is the numerator, the people present; the total is no second count"},
		{"Phiên bế mạc có 91/91 đại biểu dự, đạt 100%.",
			[]cnt{{att, "91/91 đại biểu", "", "đại biểu", "", 91}},
			"all present: the value is the total written twice"},
		{"Có gần 350/400 cán bộ, đảng viên tham dự.",
			[]cnt{{att, "gần 350/400 cán bộ, đảng viên", "nearly", "cán bộ, đảng viên", "", 350}},
			"a qualifier and a chained unit work as with a plain number"},
	}
	for _, tt := range tests {
		got := checkCounts(t, tt.src)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Counts(%+q) (%s) -want +got:\n%s", tt.src, tt.why, diff)
		}
	}
}

func TestCountsNot(t *testing.T) {
	tests := []struct{ src, why string }{
		{"Đoàn khối có 62 tổ chức cơ sở Đoàn trực thuộc.", "organizations are not attendees"},
		{"Các đại biểu đại diện cho hơn 3.800 đảng viên toàn Đảng bộ.", "represented members do not take part"},
		{"Trong nhiệm kỳ, Đảng bộ kết nạp 1.126 đảng viên.", "admitted members are not attendees"},
		{"Năm qua có 86 đảng viên mới được công nhận chính thức.", "đảng viên mới: new members, not attendees"},
		{"Ban Chấp hành khóa mới gồm 19 đồng chí.", "the composition of a committee"},
		{"Đợt này có 1.265 đảng viên được tặng Huy hiệu Đảng.", "award recipients"},
		{"Có 9 đồng chí nhận Huy hiệu 75 năm tuổi Đảng.", "award recipients"},
		{"Chương trình hỗ trợ 500 người lao động mất việc.", "beneficiaries"},
		{"Tập trung thực hiện 6 nhiệm vụ trọng tâm và 3 đột phá chiến lược.", "tasks are not attendees"},
		{"Phấn đấu 100% đoàn viên được học tập nghị quyết.", "a percentage"},
		{"Phấn đấu 100 % đảng viên tham gia.", "a percentage with a space"},
		{"Thống kê: 791.935", "a page counter"},
		{"Đã truy cập: 135877", "a page counter"},
		{"Online: 42", "a visitor counter"},
		{"Hội nghị diễn ra trong 2 ngày liên tục.", "a duration"},
		{"Sau 35 năm đổi mới, đất nước đạt nhiều thành tựu.", "a duration"},
		{"Dự án có tổng vốn 3.200 tỷ đồng.", "money"},
		{"Mỗi suất học bổng trị giá 5 triệu đồng.", "money"},
		{"Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị.", "a document code and a date"},
		{"Chiến dịch tiêm vắc xin COVID-19 người dân đồng tình ủng hộ.", "the number of a disease name"},
		{"Thực hiện tốt yêu cầu 5K trong phòng dịch.", "5K is a slogan"},
		{"Hội nghị lần thứ 2 Ban Chấp hành Trung ương Đảng khóa XIII.", "an ordinal"},
		{"Tại kỳ họp thứ 5 đại biểu Quốc hội đã thảo luận nhiều dự án luật.", "an ordinal followed by a noun of people"},
		{"Trong thời gian 2 ngày 27 và 28-3, các đại biểu nghe báo cáo.", "days of a date"},
		{"Trong năm 2021 đảng viên mới được kết nạp tăng mạnh.", "a year followed by a noun of people"},
		{"Một đại biểu cho rằng cần đổi mới phương thức tuyên truyền.", "một alone is the indefinite article"},
		{"Hàng năm đảng viên phải tự kiểm điểm.", "hàng năm is yearly"},
		{"Triệu người như một đồng lòng chống dịch.", "a scale word without digit or qualifier"},
		{"Hội nghị dự kiến có 300-400 người tham dự.", "a range is not one count"},
		{"Hội nghị dự kiến có 300 - 400 người tham dự.", "a range with spaces"},
		{"Bình quân 2,5 người một hộ.", "a decimal is not a count of people"},
		{"Mã số 12/2020 người dân cần ghi rõ.", "the number after a slash belongs to a code"},
		{"Biểu quyết có 2/3 đại biểu tán thành.", "a fraction (two thirds), not present/total: the total is below minTotal"},
		{"Nhân dịp 20/11 nhà giáo được tôn vinh.", "a day and month: the first number exceeds the second"},
		{"Tài liệu phát hành 6/2021 đảng viên đều nhận được.", "a month and year: the total far exceeds the part"},
		{"Mẫu số 15/30/2020 cán bộ phải điền.", "a slash after the total: a code, not present/total"},
		{"Trang đã có 1.200 lượt xem.", "page views are not people"},
		{"Video thu hút hơn 20.000 lượt người xem.", "viewers are not people taking part"},
		{"Buổi phát trực tiếp có 5.000 lượt người theo dõi.", "views of a stream"},
		{"Bài viết có 300 người truy cập trong ngày.", "page visitors"},
	}
	for _, tt := range tests {
		if got := checkCounts(t, tt.src); len(got) != 0 {
			t.Errorf("Counts(%+q) = %+v, want none (%s)", tt.src, got, tt.why)
		}
	}
}

// TestCountsTakingPart checks the rule of count_role.go that tells people
// taking part from members, pupils on a roll and people a policy applies
// to: each case lists the values of the counts it must give, in order.
func TestCountsTakingPart(t *testing.T) {
	tests := []struct {
		src  string
		want []int
		why  string
	}{
		// The honorees of the ceremony the article reports attend it; the
		// people of a statistic of awards or admissions do not.
		{"Chiều 2-9, Đảng ủy xã tổ chức lễ kết nạp 5 quần chúng ưu tú vào Đảng.", []int{5}, "lễ kết nạp: the admitted are at it"},
		{"Huyện ủy tổ chức lễ trao Huy hiệu Đảng đợt 3/2 cho 56 đảng viên thuộc 20 tổ chức cơ sở đảng.", []int{56}, "lễ trao ... cho: the honorees are at it"},
		{"Năm qua, Đảng bộ kết nạp 134 đảng viên mới.", nil, "a year's admissions, no ceremony"},
		{"Đợt này, toàn huyện có 112 đảng viên được trao Huy hiệu Đảng.", nil, "a statistic of badges"},
		{"Huyện ủy tổ chức lễ mít tinh cho 300 học sinh và giáo viên.", []int{300}, "a lễ of no honouring act: the usual rules (attendees)"},
		{"Tại lễ trao Huy hiệu Đảng, đồng chí Bí thư trao quà cho 12 người có hoàn cảnh khó khăn.", nil, "cho after another act in another clause"},
		// Kin: a family's people, not a gathering's.
		{"Đoàn đến thăm gia đình ông Lê Văn Hòa, có ba người con là liệt sĩ.", nil, "người con: children"},
		{"Bà có 2 người cháu đang công tác trong quân đội.", nil, "người cháu: grandchildren"},
		// Health measures and limits on gatherings: not attendees.
		{"Đến chiều 5-4, huyện đang cách ly tập trung 156 người và theo dõi tại nhà 2.310 người về từ vùng dịch.", nil,
			"people quarantined and watched at home"},
		{"Trạm Y tế xã đã tiêm vắc xin cho 1.200 người cao tuổi.", nil, "people vaccinated"},
		{"Thực hiện giãn cách, không tụ tập quá 10 người nơi công cộng.", nil, "a limit on a gathering"},
		{"Các cuộc họp tối đa 30 người phải bảo đảm khoảng cách.", nil, "a limit on a meeting"},
		{"Hội nghị trực tuyến về phòng, chống dịch có hơn 300 người tham dự tại 25 điểm cầu.", []int{300, 25},
			"a meeting on the epidemic still counts its participants"},
		// Evacuation, relocation and relief: not attendees.
		{"Huyện đã lên phương án sơ tán 2.150 hộ với 7.940 người khỏi vùng trũng thấp.", nil,
			"the people of the evacuated households: với joins them to the item after sơ tán"},
		{"Xã Tân Hòa đã di dời khẩn cấp 86 hộ với hơn 300 người đến nơi an toàn.", nil,
			"di dời khẩn cấp, then a household item, then the people with a qualifier"},
		{"Lực lượng vũ trang tỉnh đã sơ tán 1.200 người dân ra khỏi khu vực nguy hiểm.", nil,
			"sơ tán just before the count"},
		{"Tỉnh đã cứu trợ cho 540 người dân vùng lũ.", nil, "relief: the people are helped"},
		{"Dự báo có khoảng 4.000 người phải sơ tán nếu bão đổ bộ.", nil,
			"phải sơ tán after the unit: a measure in the passive"},
		{"Đến nay, hơn 95.000 người từ 18 tuổi trở lên đã được tiêm mũi 3.", nil,
			"đã được tiêm after the unit and an age range"},
		{"Sau đợt cao điểm có 61.200 người đã tiêm đủ hai mũi vắc xin.", nil,
			"đã tiêm after the unit decides before the subject of có (đợt, an event)"},
		{"Trong tuần, 1.850 người được xét nghiệm nhanh kháng nguyên.", nil, "được xét nghiệm after the unit"},
		// Counter-examples: people taking part near the same words.
		{"Huyện tổ chức lễ ra quân chiến dịch tiêm chủng với 300 người dân tham dự.", []int{300},
			"tham dự after the count: the campaign's launch has participants"},
		{"Có 450 đoàn viên tham gia hỗ trợ sơ tán người dân.", []int{450},
			"tham gia after the count comes before the measure: they are the helpers"},
		{"Buổi diễn tập phương án sơ tán có 250 cán bộ, chiến sĩ và người dân.", []int{250},
			"sơ tán in the subject of có, not before the count: the drill's event has them"},
		{"Hội nghị được tổ chức tại 3 điểm cầu với 420 đại biểu.", []int{3, 420},
			"với after connection points does not join a list: their people take part"},
		// A founding: the members a body started with.
		{"Chi bộ đầu tiên của xã được thành lập với 5 đảng viên.", nil,
			"được thành lập với: founding members"},
		{"Câu lạc bộ ra đời với 25 thành viên là những nghệ nhân cao tuổi.", nil, "ra đời với: founding members"},
		{"Đại hội thành lập Hội Doanh nhân trẻ với 150 đại biểu tham dự.", []int{150},
			"thành lập names the congress: với does not follow it, and tham dự follows"},
		// Membership and enrolment totals: not attendees.
		{"Đảng bộ phường hiện có 27 chi bộ với 860 đảng viên.", nil,
			"an organisation as the subject of hiện có, across the count of branches"},
		{"Đến nay, toàn Đảng bộ huyện có 3.412 đảng viên.", nil,
			"toàn Đảng bộ is an organisation; the comma ends the clause before it"},
		{"Hội Cựu chiến binh xã có 245 hội viên.", nil, "a Hội has members"},
		{"Trường Tiểu học Kim Đồng có 1.120 học sinh.", nil, "a school's roll"},
		{"Nhà trường hiện có 36 lớp với 1.450 học sinh; năm nay nhà trường đạt chuẩn quốc gia.", nil,
			"enrolment; the semicolon ends the clause"},
		{"Ngành y tế tỉnh có khoảng 3.000 cán bộ, nhân viên.", nil, "the staff of a sector"},
		{"Năm 2024, cả nước có hơn 5,3 triệu đảng viên.", nil, "the country as the subject"},
		{"Đảng bộ hiện có 95 đảng viên dự bị.", nil, "dự bị (probationary) hides the participation verb dự"},
		{"Đảng bộ có 1.050 đảng viên, trong đó có 320 đảng viên nữ.", nil,
			"a subset of a membership total is a membership total"},
		{"Chi đoàn có 35 đoàn viên, sinh hoạt tại 3 tổ.", nil, "sinh hoạt tại just after a comma"},
		{"Hiện có 540 đảng viên sinh hoạt tại các chi bộ thôn.", nil, "sinh hoạt tại after the unit"},
		{"Xã hiện có 1.300 người cao tuổi.", nil, "a commune's population"},
		{"Hơn 2.000 công nhân đang làm việc tại khu công nghiệp.", nil, "staff at work, not at an event"},
		{"Đảng ủy xã trực tiếp quản lý 45 đảng viên.", nil, "quản lý just before the count"},
		{"Lớp 12A1 có sĩ số 42 học sinh.", nil, "sĩ số is a class roll"},
		{"Phấn đấu trong năm kết nạp mới 1.200 đảng viên, phát triển thêm 300 hội viên.", nil,
			"targets for admitting new members: mới and thêm between the verb and the count"},
		{"Năm qua, Hội kết nạp 120 hội viên mới, nâng tổng số lên 2.450 hội viên.", nil,
			"admitted members and the new total"},
		{"Hội LHPN phường hiện có 2.300 hội viên, nhiều hội viên tham gia mô hình sinh kế.", nil,
			"a participation verb in the next clause does not make the members attendees"},
		{"Toàn tỉnh có 18.000 người lao động tham gia bảo hiểm xã hội tự nguyện.", nil,
			"tham gia bảo hiểm is being insured, not taking part"},
		{"Hiện có 120 học viên đang theo học tại trường.", nil, "hiện có with no known subject is a standing total"},

		// The object of a personnel policy: not attendees.
		{"Cả nước có hơn 90.000 cán bộ, công chức được giải quyết chế độ nghỉ hưu.", nil,
			"được giải quyết after the unit"},
		{"Đã có khoảng 4.500 cán bộ, công chức được cấp có thẩm quyền cho nghỉ thôi việc.", nil,
			"nghỉ thôi việc further in the clause; có thẩm quyền is not a possession verb"},
		{"Tỉnh đã sắp xếp 1.200 cán bộ, công chức sau hợp nhất.", nil, "sắp xếp just before the count"},
		{"Năm qua, 300 cán bộ được tinh giản biên chế.", nil, "tinh giản biên chế after the unit"},

		// The people of a statistic: not attendees.
		{"Phong trào thi đua đã giúp 415 hội viên vươn lên thoát nghèo.", nil, "thoát nghèo: what befell them"},
		{"Năm 2025 có 120 hội viên nông dân thoát nghèo bền vững.", nil,
			"a fate after the count, where có has no known subject"},
		{"Số người chết do đuối nước giảm 7 người so với cùng kỳ.", nil, "giảm: the change of a figure"},
		{"Số vụ tai nạn tăng 3 vụ, số người bị thương tăng 5 người.", nil, "tăng: the change of a figure"},
		{"Lực lượng chức năng bắt giữ 15 người liên quan đến đường dây đánh bạc.", nil, "arrested"},
		{"Tổ công tác đã cứu sống 6 người bị nạn trên sông.", nil, "rescued"},
		{"Vụ cháy làm 3 người tử vong và 5 người bị thương.", nil, "casualties: tử vong, and bị just after the unit"},
		{"Trong kháng chiến chống Mỹ, có 42 chiến sĩ của đơn vị đã hy sinh.", nil, "fallen soldiers"},

		// Counter-examples: people who take part, near the same words.
		{"Hội nghị giúp 300 đảng viên nắm vững nội dung nghị quyết.", []int{300},
			"giúp alone is no beneficiary cue: the conference helped its participants"},
		{"Lễ tưởng niệm có 500 người dân tham dự, tăng 120 người so với năm trước.", []int{500},
			"the participants count; the increase after tăng does not"},
		{"Huyện tăng cường 200 cán bộ tham gia chiến dịch.", []int{200},
			"tăng cường is not tăng, and tham gia follows"},

		// Counter-examples: people taking part.
		{"Hội nghị có hơn 300 đảng viên tham dự.", []int{300}, "an event as the subject, and tham dự"},
		{"Đảng bộ xã có 210 đảng viên tham gia học tập chuyên đề.", []int{210},
			"an organisation as the subject, but a participation verb follows"},
		{"Tại điểm cầu xã Tân Phú có 120 đại biểu.", []int{120}, "a connection point opens the clause"},
		{"Riêng tại huyện Mỹ Xuyên có 85 đảng viên.", []int{85}, "a place opens the clause (after riêng)"},
		{"Đại hội có 150 đại biểu chính thức.", []int{150}, "the delegates of a congress take part"},
		{"Dự lễ kỷ niệm có khoảng 400 cán bộ, đảng viên và nhân dân.", []int{400},
			"a participation verb in the subject"},
		{"Trường Chính trị tỉnh tổ chức lớp bồi dưỡng có 120 học viên.", []int{120},
			"the class, an event, has them, though a school opens the subject"},
		{"Huyện có 12 điểm cầu với gần 500 cán bộ, đảng viên.", []int{12, 500},
			"people at connection points take part"},
		{"Hội nghị được kết nối tới 60 điểm cầu, với tổng số 2.500 cán bộ, đảng viên.", []int{60, 2500},
			"với tổng số after an event; the comma before với does not end the clause"},
		{"Tham gia diễn tập có 700 cán bộ, chiến sĩ; trong đó có 120 dân quân.", []int{700, 120},
			"a subset of the participants takes part too"},
		{"Hội nghị có 130 đại biểu, trong đó có 45 đại biểu nữ.", []int{130, 45},
			"a subset of the delegates"},
		{"Buổi sinh hoạt chính trị có 85 đoàn viên.", []int{85}, "a session is an event"},
		{"Ông Trần Văn Bình cho biết, có khoảng 600 cán bộ dự hội nghị.", []int{600},
			"a participation verb after the count"},
		{"Đảng bộ cơ quan có 60 đảng viên về dự lễ.", []int{60}, "về dự after the count"},
		{"Cả nước có gần 1 triệu đảng viên ở 7.439 điểm cầu.", []int{1000000, 7439},
			"a connection point after the count: its people take part"},
		{"Sáng nay, gần 300 dân quân ra quân huấn luyện.", []int{300}, "dân quân is a unit of people"},
		{"Lễ cầu an thu hút hơn 500 phật tử và người dân trong vùng tham dự.", []int{500},
			"believers at a festival take part"},
		{"Bệnh viện huy động khoảng 60 y, bác sĩ tham gia khám bệnh miễn phí cho người dân.", []int{60},
			"y, bác sĩ (y sĩ and bác sĩ) mobilised for the event take part"},
		{"Cuộc diễn tập huy động 450 sĩ quan, quân nhân và công an viên.", []int{450},
			"military and police nouns chain into one unit; huy động is taking part"},
		{"Đoàn công tác có 15 cán bộ.", []int{15}, "đoàn công tác is a delegation, not an organisation's roll"},
		// People inspected, disciplined or complained of: not attendees.
		{"Tại kỳ họp, Ủy ban Kiểm tra đã xem xét, kết luận đơn tố cáo đối với 4 đảng viên thuộc Đảng bộ phường.", nil,
			"tố cáo in the clause before đối với: the people are complained of"},
		{"Ban Thường vụ quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với hơn 2 đảng viên.", nil,
			"kỷ luật before đối với, with a qualifier before the count"},
		{"Năm 2025, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 26 đảng viên khi có dấu hiệu vi phạm.", nil,
			"kiểm tra just before the count"},
		{"Chi bộ khiển trách 2 đảng viên vi phạm quy định.", nil, "khiển trách just before the count"},
		// A list after such a verb: the verb governs every item.
		{"Trong năm, Ủy ban Kiểm tra Huyện ủy đã kiểm tra 18 tổ chức đảng và 35 đảng viên.", nil,
			"kiểm tra governs both items of the list: the members are inspected"},
		{"Cấp ủy các cấp đã thi hành kỷ luật 2 tổ chức đảng, 4 chi bộ và hơn 1.100 đảng viên vi phạm.", nil,
			"three items after kỷ luật, the last with a qualifier and grouped thousands"},
		{"Đoàn giám sát đối với 3 chi bộ và 12 đảng viên trong quý.", nil,
			"đối với after giám sát carries to the second item"},
		{"Đại hội bầu Đoàn đại biểu gồm 9 đại biểu chính thức và 1 đại biểu dự khuyết.", []int{1},
			"gồm decides only the count right after it: the breakdown of an elected delegation is not carried"},
		// Staff numbers: not attendees.
		{"Cán bộ văn hóa cấp xã còn thiếu, nhiều nơi chỉ có 1 công chức kiêm nhiệm.", nil,
			"a post held (kiêm nhiệm) and places (nhiều nơi) as the subject: staff, not attendees"},
		{"Mỗi địa phương có 2 cán bộ phụ trách công nghệ thông tin.", nil,
			"a place in general as the subject of có"},
		// Sponsored or cared for: not attendees.
		{"Chi đoàn nhận đỡ đầu 12 em học sinh có hoàn cảnh khó khăn.", nil, "sponsored pupils"},
		{"Hội Phụ nữ xã đang chăm sóc 25 người cao tuổi neo đơn.", nil, "people cared for"},
		{"Năm nay có 40 học sinh được nhận đỡ đầu đến hết cấp học.", nil, "được nhận đỡ đầu after the unit"},
		// Counter-examples: lists and staff that take part.
		{"Đoàn kiểm tra làm việc tại hội nghị có 120 đại biểu dự.", []int{120},
			"kiểm tra in the subject, not a list before the count: the delegates attend"},
		{"Chi bộ kiểm tra 3 đảng viên, với 57 đảng viên tham dự buổi sinh hoạt.", []int{57},
			"với opens no list item; the participants of the meeting attend"},
		{"Hội nghị có 5 tổ chức đảng và 60 đảng viên tham dự.", []int{60},
			"a list after có, no verb of inspection: the members attend"},
		{"Ủy ban Kiểm tra đã kiểm tra 12 tổ chức đảng và 30 đảng viên tham dự hội nghị tập huấn.", []int{30},
			"a participation verb after the count decides before the list"},
		{"Buổi tập huấn có 45 công chức chuyên trách tham dự.", []int{45}, "a staff word but a participation verb"},
		// Counter-examples: đối với without such a cue, and inspection as a topic.
		{"Trung tâm tổ chức tập huấn đối với 200 cán bộ cơ sở.", []int{200},
			"đối với with no inspection or discipline before it decides nothing"},
		{"Hội nghị tổng kết công tác kiểm tra, giám sát với 150 đại biểu tham dự.", []int{150},
			"kiểm tra, giám sát as the conference's topic, not just before the count"},
		{"Hội nghị tổng kết công tác kiểm tra có 120 đại biểu.", []int{120},
			"kiểm tra in the subject of có, not before đối với"},
		// Shortages and surpluses of staff: people who are not there.
		{"Đến nay toàn huyện còn thiếu 312 giáo viên mầm non.", nil, "a shortage against the quota"},
		{"Sau sáp nhập, sở dôi dư 35 công chức.", nil, "a surplus of staff"},
		{"Buổi tập huấn thiếu nhi có 120 giáo viên tham dự.", []int{120},
			"counter-example: thiếu inside a word before the subject, a participation verb after the count"},
		// Turns (lượt) of people: times of taking part, which no roll holds.
		{"Năm nay, toàn tỉnh phấn đấu có hơn 2 vạn lượt đoàn viên, thanh niên tình nguyện hè.", []int{20000},
			"lượt after có with a territory as subject: participations, not members"},
		{"Toàn tỉnh hiện có hơn 20.000 đoàn viên, thanh niên.", nil,
			"counter-example: the same territory with plain people is a membership total"},
		// People served by a health campaign or given gifts are not
		// attendees; the team that serves them is (blind set AA, decision 3).
		{"Đoàn đã khám bệnh, phát thuốc miễn phí cho hơn 700 người dân hai xã biên giới.", nil,
			"khám/phát thuốc ... cho: patients served"},
		{"Năm tới, Trung tâm dự kiến tầm soát ung thư vú cho khoảng 9.000 phụ nữ.", nil,
			"screening planned for people: they are served"},
		{"Trung tâm mở lớp sơ cứu ban đầu cho 80 học viên của các trường.", []int{80},
			"counter-example: a class cho its learners, no service verb"},
		{"Đợt này, Hội trao quà và khám cho 60 cựu chiến binh, còn 200 hội viên dự lễ.", []int{200},
			"the served are left out, the attendees of the same sentence kept"},
		{"Đội gồm 28 bác sĩ, điều dưỡng và đoàn viên thanh niên tình nguyện.", []int{28},
			"a team listed after gồm does the team's work"},
		{"Đại hội bầu Ban Chấp hành Đoàn gồm 25 đồng chí.", nil,
			"counter-example: an elected body of the Youth Union (Đoàn not opening the clause)"},
		// Membership said of people at the event.
		{"Dự hội nghị có hơn 90 đảng viên sinh hoạt tại 7 chi bộ.", []int{90},
			"a participation verb opens the clause: sinh hoạt tại says where they belong"},
		{"Buổi lễ còn có khoảng 70 sinh viên nước ngoài đang học tập tại Học viện Biên phòng tham gia văn nghệ.", []int{70},
			"where they study describes them; the participation verb after the place decides"},
		{"Trường hiện có 300 sinh viên đang học tập tại các khoa chuyên ngành của nhà trường.", nil,
			"a roll: no participation verb after the place"},
		{"Trường có 300 sinh viên đang học tập tại trường, tham gia nhiều hoạt động ngoại khóa.", nil,
			"the comma ends the clause: tham gia after it does not turn the roll into attendees"},
		{"Đảng bộ xã hiện có 240 đảng viên sinh hoạt tại 12 chi bộ.", nil,
			"counter-example: an organisation's roll"},
		{"Tại xã Tân Lập có 150 đảng viên sinh hoạt tại 6 chi bộ.", nil,
			"counter-example: a place opening the subject does not make it an event"},
		// The absent take part in nothing; those present do.
		{"Tuy nhiên, còn 42 đảng viên vắng mặt do đi làm ăn xa.", nil, "vắng mặt: absent"},
		{"Hội nghị có 315 đại biểu có mặt, 12 đại biểu vắng mặt có lý do.", []int{315},
			"counter-example: có mặt counts those present; the absent after the comma do not"},
		{"Có 9 đồng chí cấp ủy viên xin vắng vì lý do sức khỏe.", nil, "xin vắng: excused"},
		{"Vẫn còn 27 hội viên không tham dự buổi sinh hoạt chuyên đề.", nil, "không tham dự: not taking part"},
		{"Buổi sinh hoạt chuyên đề vắng 14 đảng viên.", nil, "vắng before the count: absent"},
		{"Hơn 480 đảng viên tham dự, chỉ 6 đảng viên chưa tham gia.", []int{480},
			"counter-example: tham dự; chưa tham gia marks only the second as absent"},
		// Audiences and festival visitors take part; a place's arrivals are a statistic.
		{"Đêm diễn thu hút khoảng 2.000 khán giả.", []int{2000}, "the audience of a performance"},
		{"Dự kiến có hàng vạn lượt du khách về dự lễ hội.", []int{10000}, "festival visitors: hàng vạn = about 10000"},
		{"Trong dịp Tết, khu du lịch đón hơn 45.000 lượt du khách.", nil, "arrivals of a place over a period"},
		{"Nhân dịp này, nhà văn hóa đón 150 du khách về dự lễ khai mạc.", []int{150},
			"counter-example: a participation verb after the arrivals"},
	}
	for _, tt := range tests {
		got := []int{}
		for _, c := range checkCounts(t, tt.src) {
			got = append(got, c.Value)
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Counts(%+q) values (%s) -want +got:\n%s", tt.src, tt.why, diff)
		}
	}
}

// TestCountsHistory checks that a sentence opening with a date long
// before publication tells history: its people are not attendees.
func TestCountsHistory(t *testing.T) {
	tests := []struct {
		src  string
		pub  int // publication year; 0 when unknown
		want []int
		why  string
	}{
		{"Ngày 19-5-1959, Đoàn vận tải quân sự đầu tiên lên đường với 440 cán bộ, chiến sĩ.", 2024, nil,
			"a date 65 years before publication opens the sentence"},
		{"Năm 1968, tại cánh đồng này, hơn 200 dân quân đã chiến đấu suốt 3 ngày đêm.", 2023, nil,
			"Năm 1968 opens the sentence; the comma after the place does not end it"},
		{"Mùa xuân năm 1975, 1.500 chiến sĩ của sư đoàn tham gia chiến dịch.", 2025, nil,
			"history even with a participation verb"},
		// Counter-examples.
		{"Ngày 19-5-1959, Đoàn vận tải quân sự đầu tiên lên đường với 440 cán bộ, chiến sĩ.", 0, []int{440},
			"no publication date: nothing to measure the past by"},
		{"Năm 2022, hội thao có 500 chiến sĩ tham gia.", 2024, []int{500},
			"two years back is a recent event, not history"},
		{"Ngày 15/3/2024, hội nghị có 300 đại biểu tham dự.", 2024, []int{300}, "the article's own event"},
		{"Từ năm 1990 đến nay, Hội đã tổ chức 20 kỳ đại hội với 3.000 hội viên tham dự.", 2024, []int{3000},
			"a span to now is no past date (and từ opens no date here)"},
		{"Năm 1975 đến nay, đơn vị đón 300 cựu chiến binh về dự lễ.", 2025, []int{300},
			"nay ends the span: not history"},
		{"Kỷ niệm 80 năm Ngày thành lập (22/12/1944), hơn 500 cán bộ, chiến sĩ dự lễ.", 2024, []int{500},
			"an old date inside the sentence does not open it"},
		{"Ngày 22-12-1944, Đội được thành lập; sáng nay 600 cán bộ dự lễ kỷ niệm.", 2024, []int{600},
			"a semicolon ends the history before the count"},
	}
	for _, tt := range tests {
		d := countDoc(t, tt.src)
		d.Pub = Published{Year: tt.pub, Month: 12, Day: 22}
		if tt.pub == 0 {
			d.Pub = Published{}
		}
		got := []int{}
		for _, c := range Counts(d) {
			got = append(got, c.Value)
		}
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("Counts(%+q) pub %d values (%s) -want +got:\n%s", tt.src, tt.pub, tt.why, diff)
		}
	}
}

// TestCountsTakingPartUnaccented checks the participation rule on text
// without diacritics, matched by folded keys.
func TestCountsTakingPartUnaccented(t *testing.T) {
	src := "Dang bo xa hien co 32 chi bo truc thuoc voi 1.215 dang vien. " +
		"Hoi nghi quan triet nghi quyet cua Dang bo xa co 300 dang vien tham du."
	if d := countDoc(t, src); !d.Unaccented {
		t.Fatalf("%+q: want an unaccented Doc", src)
	}
	var got []int
	for _, c := range checkCounts(t, src) {
		got = append(got, c.Value)
	}
	if diff := cmp.Diff([]int{300}, got); diff != "" {
		t.Errorf("Counts(%+q) values -want +got:\n%s", src, diff)
	}
}

// TestCountsSkipsClaimedAndFurniture checks that tokens used by an earlier
// extractor or marked as furniture give no count, and that a count claims
// exactly its tokens.
func TestCountsSkipsClaimedAndFurniture(t *testing.T) {
	src := "Hơn 7.600 đảng viên dự tại 95 điểm cầu."
	d := countDoc(t, src)
	d.MarkFurniture(0, 5) // Hơn 7 . 600 đảng
	got := Counts(d)
	if len(got) != 1 || got[0].Value != 95 {
		t.Fatalf("Counts(%+q) with furniture = %+v, want only 95 điểm cầu", src, got)
	}
	for i := range d.Toks {
		claimed := d.Toks[i].Has(Claimed)
		want := i >= 8 && i <= 10 // 95 điểm cầu
		if claimed != want {
			t.Errorf("token %d %+q: claimed %v, want %v", i, d.Tok(i), claimed, want)
		}
	}
	d = countDoc(t, src)
	d.Claim(1, 4) // 7 . 600, say by another extractor
	if got := Counts(d); len(got) != 1 || got[0].Value != 95 {
		t.Errorf("Counts(%+q) with a claimed number = %+v, want only 95 điểm cầu", src, got)
	}
}

// TestCountsUnaccented checks that text without diacritics gives the same
// counts, with folded lexicon matches.
func TestCountsUnaccented(t *testing.T) {
	src := "Tai Hau Giang co 19 diem cau, voi hon 4.119 can bo, dang vien du hoc. " +
		"Hoi nghi dien ra trong hai ngay voi su tham gia cua cac dong chi lanh dao tinh va hang nghin doan vien."
	d := countDoc(t, src)
	if !d.Unaccented {
		t.Fatalf("%+q: want an unaccented Doc", src)
	}
	want := []cnt{
		{cp, "19 diem cau", "", "diem cau", "Hau Giang", 19},
		{att, "hon 4.119 can bo, dang vien", "more_than", "can bo, dang vien", "Hau Giang", 4119},
		{att, "hang nghin doan vien", "about", "doan vien", "", 1000},
	}
	if diff := cmp.Diff(want, checkCounts(t, src)); diff != "" {
		t.Errorf("Counts(%+q) -want +got:\n%s", src, diff)
	}
}

// TestCountsSpansOriginal checks that spans are offsets of the original
// bytes when normalization changes them (CRLF, NBSP, decomposed marks).
func TestCountsSpansOriginal(t *testing.T) {
	src := "Tin ngắn\r\n\r\nHơn\u00a07.600 đa\u0309ng viên dự tại 95 điểm cầu."
	got := checkCounts(t, src)
	if len(got) != 2 || got[0].Value != 7600 || got[1].Value != 95 {
		t.Errorf("Counts(%+q) = %+v, want 7600 and 95", src, got)
	}
}

func TestParseNumber(t *testing.T) {
	tests := []struct {
		src     string
		value   int64
		tokens  int // tokens of the number phrase
		implied bool
		ok      bool
	}{
		{"7.600 x", 7600, 3, false, true},
		{"1.280.404 x", 1280404, 5, false, true},
		{"1 000 000 x", 1000000, 3, false, true},
		{"2020 100 x", 2020, 1, false, true}, // a 4-digit number starts no space groups
		{"12 34 x", 12, 1, false, true},      // a space group has three digits
		{"1,28 triệu x", 1280000, 4, false, true},
		{"1,5 nghìn x", 1500, 4, false, true},
		{"7,600 x", 7600, 3, false, true},
		{"1,280,404 x", 1280404, 5, false, true},
		{"7,5 x", 0, 3, false, false},
		{"3 vạn x", 30000, 2, false, true},
		{"hai nghìn năm trăm x", 2500, 4, false, true},
		{"một trăm hai mươi mốt x", 121, 5, false, true},
		{"nghìn x", 1000, 1, true, true},
		{"chục nghìn x", 10000, 2, true, true},
		{"trăm nghìn x", 100000, 2, true, true},
		{"một x", 0, 1, false, false},
		{"năm 2020", 0, 1, false, false},
		{"hai ba x", 2, 1, false, true},
		{"một trăm linh x", 100, 2, false, true},
		{"mươi x", 0, 1, false, false},
		{"1 nghìn tỷ x", 1000000000000, 3, false, true},
		{"2 triệu 3 triệu x", 2000000, 2, false, true},
		{"1 triệu 200 x", 1000000, 2, false, true},           // digits after a scale need a smaller scale
		{"1 triệu 200 nghìn 300 x", 1200000, 4, false, true}, // so the last group is not read
		{"7.600 triệu x", 7600000000, 4, false, true},
		{"9999999999999999 x", 0, 1, false, false},
		{"999.999.999.999.999 x", 0, 1, false, false},
	}
	for _, tt := range tests {
		d := countDoc(t, tt.src)
		num, ok := parseNumber(d, 0)
		if ok != tt.ok || ok && (num.value != tt.value || num.end != tt.tokens || num.implied != tt.implied) {
			t.Errorf("parseNumber(%+q) = %d over %d tokens, implied %v, ok %v; want %d over %d, implied %v, ok %v",
				tt.src, num.value, num.end, num.implied, ok, tt.value, tt.tokens, tt.implied, tt.ok)
		}
	}
}

// TestCountsSeeds runs normalize, NewDoc and Counts on the seed articles
// and compares kind, value and qualifier, in order, with the hand
// annotations.
func TestCountsSeeds(t *testing.T) {
	for _, c := range loadSeeds(t) {
		t.Run(c.name, func(t *testing.T) {
			got := []seedCount{}
			for _, x := range Counts(c.doc(t)) {
				checkSpan(t, c.src, x.Text, x.Span)
				got = append(got, seedCount{x.Kind, x.Value, x.Qualifier})
			}
			if diff := cmp.Diff(c.want.Counts, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("counts -want +got:\n%s", diff)
			}
		})
	}
}

// FuzzCounts checks that Counts never panics, keeps spans inside the input
// and in order, and gives the same result twice.
func FuzzCounts(f *testing.F) {
	for _, s := range []string{
		"Hơn 7.600 đảng viên dự tại 95 điểm cầu.",
		"Tại Hậu Giang có 19 điểm cầu, với 4.119 cán bộ, đảng viên.",
		"hàng chục nghìn lượt người; 1,28 triệu đoàn viên; 1 000 000 người",
		"một trăm linh năm vị đại biểu 9999999999999999999 người",
		"TP.: 1,2,3 nghìn tỷ triệu người",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		text, err := normalize.Bytes([]byte(src), normalize.Options{})
		if err != nil {
			return
		}
		a := Counts(NewDoc(&text))
		b := Counts(NewDoc(&text))
		if !cmp.Equal(a, b) {
			t.Fatalf("two runs differ on %+q", src)
		}
		last := 0
		for _, c := range a {
			if c.Span[0] < last || c.Span[0] > c.Span[1] || c.Span[1] > len(src) {
				t.Fatalf("%+q: bad span %v", src, c.Span)
			}
			last = c.Span[0]
			if c.Value <= 0 {
				t.Fatalf("%+q: value %d", src, c.Value)
			}
		}
	})
}

// BenchmarkCounts measures Counts on the seed articles (the Doc is built
// once; its flags are reset before each run).
func BenchmarkCounts(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	var all []byte
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		all = append(all, src...)
		all = append(all, '\n', '\n')
	}
	text, err := normalize.Bytes(all, normalize.Options{})
	if err != nil {
		b.Fatal(err)
	}
	d := NewDoc(&text)
	toks := append([]Token(nil), d.Toks...)
	b.SetBytes(int64(len(all)))
	b.ReportAllocs()
	for b.Loop() {
		copy(d.Toks, toks)
		Counts(d)
	}
}

// TestNumeralGate checks that the cheap gate lets every number word
// through, capitalized or folded, and stops a long word.
func TestNumeralGate(t *testing.T) {
	for _, e := range numeralWords {
		for _, w := range []string{e.Phrase, strings.ToUpper(e.Phrase[:1]) + e.Phrase[1:], normalize.Fold(e.Phrase)} {
			d := countDoc(t, w)
			if !numeralGate.mayMatch(d, 0) {
				t.Errorf("numeralGate stops %+q", w)
			}
		}
	}
	if d := countDoc(t, "nghiêngnghiêng"); numeralGate.mayMatch(d, 0) {
		t.Errorf("numeralGate lets %+q through", d.S)
	}
}
