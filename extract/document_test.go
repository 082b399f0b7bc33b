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

// docWant is the expected form of one schema.Document in the tables:
// every field, with the mentions reduced to their texts.
type docWant struct {
	ID, Type, TypeName, Number string
	Year                       int
	Issuer, System             string
	Issued, Body               string
	Mentions                   []string
}

// party, state and ref build docWant values compactly:
// party(id, type, type_name, number, issuer, issued, body, mentions...).
func party(id, typ, name, number, issuer, issued, body string, mentions ...string) docWant {
	return docWant{id, typ, name, number, 0, issuer, SystemParty, issued, body, mentions}
}

// state(id, type, type_name, number, year, issuer, issued, body, mentions...).
func state(id, typ, name, number string, year int, issuer, issued, body string, mentions ...string) docWant {
	return docWant{id, typ, name, number, year, issuer, SystemState, issued, body, mentions}
}

// ref(type, type_name, number, issued, body, mentions...) is a reference
// without code.
func ref(typ, name, number, issued, body string, mentions ...string) docWant {
	return docWant{"", typ, name, number, 0, "", "", issued, body, mentions}
}

// runDocuments runs Documents on text through the normalizer, as the
// pipeline does, and checks every mention's span against the input.
func runDocuments(t *testing.T, text string) ([]schema.Document, *Doc) {
	t.Helper()
	src := []byte(text)
	nt, err := normalize.Bytes(src, normalize.Options{})
	if err != nil {
		t.Fatalf("normalize %+q: %v", text, err)
	}
	d := NewDoc(&nt)
	docs := Documents(d)
	if docs == nil {
		t.Fatalf("Documents(%+q) returned nil", text)
	}
	last := -1
	for _, doc := range docs {
		if doc.Mentions == nil || len(doc.Mentions) == 0 {
			t.Errorf("document %+q has no mentions", doc.ID)
		}
		if doc.Mentions[0].Span[0] <= last {
			t.Errorf("document %+q is out of order of first mention", doc.ID)
		}
		last = doc.Mentions[0].Span[0]
		prev := -1
		for _, m := range doc.Mentions {
			if m.Span[0] < 0 || m.Span[0] > m.Span[1] || m.Span[1] > len(src) {
				t.Errorf("mention %+q: span %v out of bounds", m.Text, m.Span)
				continue
			}
			if got := string(src[m.Span[0]:m.Span[1]]); got != m.Text {
				t.Errorf("mention %+q: src[%d:%d] = %+q", m.Text, m.Span[0], m.Span[1], got)
			}
			if m.Span[0] <= prev {
				t.Errorf("mention %+q is out of text order", m.Text)
			}
			prev = m.Span[0]
		}
	}
	return docs, d
}

func reduceDocs(docs []schema.Document) []docWant {
	out := []docWant{}
	for _, d := range docs {
		w := docWant{ID: d.ID, Type: d.Type, TypeName: d.TypeName, Number: d.Number, Year: d.Year,
			Issuer: d.Issuer, System: d.System, Issued: d.Issued, Body: d.IssuingBody}
		for _, m := range d.Mentions {
			w.Mentions = append(w.Mentions, m.Text)
		}
		out = append(out, w)
	}
	return out
}

type docCase struct {
	text string
	want []docWant
	why  string
}

func checkDocCases(t *testing.T, cases []docCase) {
	t.Helper()
	for _, c := range cases {
		docs, _ := runDocuments(t, c.text)
		want := c.want
		if want == nil {
			want = []docWant{}
		}
		if diff := cmp.Diff(want, reduceDocs(docs)); diff != "" {
			t.Errorf("Documents(%+q) (%s) -want +got:\n%s", c.text, c.why, diff)
		}
	}
}

func TestDocumentsPartyCodes(t *testing.T) {
	checkDocCases(t, []docCase{
		{"Hội nghị quán triệt Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị về chủ động tham gia cách mạng công nghiệp.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "2019-09-27", "Bộ Chính trị", "Nghị quyết số 52-NQ/TW")},
			"the full citation: code, date, body stopping before về"},
		{"Các cấp tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị (khóa XII) gắn với chỉnh đốn Đảng.",
			[]docWant{party("05-CT/TW", "CT", "Chỉ thị", "05", "TW", "", "Bộ Chính trị", "Chỉ thị số 05-CT/TW")},
			"the body stops before (khóa XII); the number keeps its zero"},
		{"Căn cứ Kế hoạch số 14-KH/BTGThU ngày 30/01/2020 của Ban Tuyên giáo Thị ủy về công tác năm 2020.",
			[]docWant{party("14-KH/BTGThU", "KH", "Kế hoạch", "14", "BTGThU", "2020-01-30", "Ban Tuyên giáo Thị ủy", "Kế hoạch số 14-KH/BTGThU")},
			"a mixed-case issuer; a body of capitalized words with one lower syllable each"},
		{"Chi bộ học tập Quy định số 144-QĐ/TW ngày 9-5-2024 của Bộ Chính trị về chuẩn mực đạo đức.",
			[]docWant{party("144-QĐ/TW", "QĐ", "Quy định", "144", "TW", "2024-05-09", "Bộ Chính trị", "Quy định số 144-QĐ/TW")},
			"QĐ after the phrase Quy định names a Quy định"},
		{"Đảng viên thực hiện Quy định số 08-QĐi/TW ngày 25-10-2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương.",
			[]docWant{party("08-QĐi/TW", "QĐi", "Quy định", "08", "TW", "2018-10-25", "Ban Chấp hành Trung ương", "Quy định số 08-QĐi/TW")},
			"QĐi is distinct from QĐ"},
		{"Hai ban phối hợp theo Quy chế số 05-QC/BTCTU-BDVTU đã ký kết.",
			[]docWant{party("05-QC/BTCTU-BDVTU", "QC", "Quy chế", "05", "BTCTU-BDVTU", "", "", "Quy chế số 05-QC/BTCTU-BDVTU")},
			"joint issuers joined by a dash"},
		{"Quyết định số 1147-QĐ/BTGDVTW ngày 01/12/2025 của Ban Tuyên giáo và Dân vận Trung ương được công bố.",
			[]docWant{party("1147-QĐ/BTGDVTW", "QĐ", "Quyết định", "1147", "BTGDVTW", "2025-12-01", "Ban Tuyên giáo và Dân vận Trung ương", "Quyết định số 1147-QĐ/BTGDVTW")},
			"và inside a body name when no new body follows"},
		{"Thực hiện Chỉ thị 17- CT/TW của Ban Bí thư, các cấp ủy đã vào cuộc.",
			[]docWant{party("17-CT/TW", "CT", "Chỉ thị", "17", "TW", "", "Ban Bí thư", "Chỉ thị 17- CT/TW")},
			"a stray space after the dash; the id drops it"},
		{"Ban hành Kế hoạch số 94 - KH/BTGDVTW hướng dẫn tuyên truyền kỷ niệm ngày thành lập Đảng.",
			[]docWant{party("94-KH/BTGDVTW", "KH", "Kế hoạch", "94", "BTGDVTW", "", "", "Kế hoạch số 94 - KH/BTGDVTW")},
			"spaces around the dash"},
		{"Kết luận số 445-KL/TƯ của Ban Bí thư được quán triệt sâu rộng.",
			[]docWant{party("445-KL/TW", "KL", "Kết luận", "445", "TW", "", "Ban Bí thư", "Kết luận số 445-KL/TƯ")},
			"TƯ is written TW in the id and issuer, kept in the mention"},
		{"Nghị quyết số 35-NQ/T.Ư về bảo vệ nền tảng tư tưởng của Đảng được ban hành.",
			[]docWant{party("35-NQ/TW", "NQ", "Nghị quyết", "35", "TW", "", "", "Nghị quyết số 35-NQ/T.Ư")},
			"T.Ư is written TW; của Đảng does not follow the code, so no body"},
		{"Thực hiện Hướng dẫn số 36–HD/VPTW ngày 03–4–2018 của Văn phòng Trung ương Đảng về thể thức văn bản.",
			[]docWant{party("36-HD/VPTW", "HD", "Hướng dẫn", "36", "VPTW", "2018-04-03", "Văn phòng Trung ương Đảng", "Hướng dẫn số 36–HD/VPTW")},
			"en dashes: the id uses -, the mention keeps the original text"},
		{"Nghị quyết 52-NQ/TW đã đi vào cuộc sống ở cơ sở.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "", "", "Nghị quyết 52-NQ/TW")},
			"no số before the code"},
		{"Văn bản gốc ghi Số: 66-QĐ/TW, ban hành năm 2017.",
			[]docWant{party("66-QĐ/TW", "QĐ", "Quyết định", "66", "TW", "", "", "66-QĐ/TW")},
			"a code with no type phrase takes the name of its abbreviation"},
		{"Đảng bộ quán triệt nghị quyết số 52-nq/tw một cách nghiêm túc.",
			[]docWant{party("52-nq/tw", "NQ", "Nghị quyết", "52", "tw", "", "", "nghị quyết số 52-nq/tw")},
			"a code in lower case: the id as written, the type canonical"},
		{"Văn phòng gửi Công văn số 5053-CV/VPTW/nb của Văn phòng Trung ương Đảng tới các tỉnh ủy.",
			[]docWant{party("5053-CV/VPTW/nb", "CV", "Công văn", "5053", "VPTW", "", "Văn phòng Trung ương Đảng", "Công văn số 5053-CV/VPTW/nb")},
			"the internal /nb suffix stays in the id, not in the issuer"},
		{"Đảng ủy khối gửi Công văn 858CV/ĐUK tới các chi bộ.",
			[]docWant{party("858CV/ĐUK", "CV", "Công văn", "858", "ĐUK", "", "", "Công văn 858CV/ĐUK")},
			"a Party code missing its dash"},
		{"Theo Quyết định 84 QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn, hội thi được tổ chức.",
			[]docWant{party("84QĐ/TWĐTN", "QĐ", "Quyết định", "84", "TWĐTN", "", "Ban Bí thư Trung ương Đoàn", "Quyết định 84 QĐ/TWĐTN")},
			"a space instead of the dash"},
		{"Đoàn viên thực hiện Chương trình số 05-Ctr/ĐUK của Đảng ủy Khối về học tập.",
			[]docWant{party("05-Ctr/ĐUK", "CTr", "Chương trình", "05", "ĐUK", "", "Đảng ủy Khối", "Chương trình số 05-Ctr/ĐUK")},
			"Ctr is CTr: codes are read without regard to case"},
		{"Hai bên ký Hợp đồng số 12/HĐ-UBND và Hướng dẫn số 3/HD-UBND kèm theo.",
			[]docWant{
				state("12/HĐ-UBND", "HĐ", "Hợp đồng", "12", 0, "UBND", "", "", "Hợp đồng số 12/HĐ-UBND"),
				state("3/HD-UBND", "HD", "Hướng dẫn", "3", 0, "UBND", "", "", "Hướng dẫn số 3/HD-UBND"),
			},
			"HĐ and HD are distinct types"},
		{"Ban Thường vụ ban hành Kế hoạch số 03/-CV/BCSĐ về rà soát.",
			[]docWant{party("03/-CV/BCSĐ", "CV", "Công văn", "03", "BCSĐ", "", "", "Kế hoạch số 03/-CV/BCSĐ")},
			"the noisy /- separator; the code's type wins over a phrase it contradicts"},
		{"Đồng chí công bố Quyết định số 508-QĐNS/TW và Quyết định số 509-QĐNS/TW của Bộ Chính trị về công tác cán bộ.",
			[]docWant{
				party("508-QĐNS/TW", "QĐNS", "Quyết định", "508", "TW", "", "Bộ Chính trị", "Quyết định số 508-QĐNS/TW"),
				party("509-QĐNS/TW", "QĐNS", "Quyết định", "509", "TW", "", "Bộ Chính trị", "Quyết định số 509-QĐNS/TW"),
			},
			"QĐNS, a Party personnel decision, is a Quyết định; của after the list gives both the body"},
		{"Theo 77-QĐNS/TU, Ban Thường vụ điều động cán bộ.",
			[]docWant{party("77-QĐNS/TU", "QĐNS", "Quyết định", "77", "TU", "", "", "77-QĐNS/TU")},
			"a personnel decision cited by its code alone takes the name Quyết định"},
	})
}

func TestDocumentsStateCodes(t *testing.T) {
	checkDocCases(t, []docCase{
		{"Bộ Y tế triển khai Nghị quyết số 21/NQ-CP ngày 26/2/2021 của Chính phủ về mua và sử dụng vắc xin.",
			[]docWant{state("21/NQ-CP", "NQ", "Nghị quyết", "21", 0, "CP", "2021-02-26", "Chính phủ", "Nghị quyết số 21/NQ-CP")},
			"an administrative state code without year"},
		{"Theo Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ phê duyệt đề án.",
			[]docWant{state("1234/QĐ-TTg", "QĐ", "Quyết định", "1234", 0, "TTg", "", "Thủ tướng Chính phủ", "Quyết định số 1234/QĐ-TTg")},
			"a mixed-case issuer; the body stops before the lower-case verb"},
		{"Công văn số 123/UBND-VX của UBND tỉnh Hậu Giang về tăng cường phòng dịch đã được gửi.",
			[]docWant{state("123/UBND-VX", "CV", "Công văn", "123", 0, "UBND-VX", "", "UBND tỉnh Hậu Giang", "Công văn số 123/UBND-VX")},
			"a công văn has no type code: the type comes from the phrase"},
		{"Nghị định số 15/2020/NĐ-CP quy định xử phạt vi phạm hành chính.",
			[]docWant{state("15/2020/NĐ-CP", "NĐ", "Nghị định", "15", 2020, "CP", "", "", "Nghị định số 15/2020/NĐ-CP")},
			"a legal normative code with a year"},
		{"Thông tư 01/2021/TT-BTC hướng dẫn quản lý kinh phí.",
			[]docWant{state("01/2021/TT-BTC", "TT", "Thông tư", "01", 2021, "BTC", "", "", "Thông tư 01/2021/TT-BTC")},
			"TT in a state code is Thông tư"},
		{"Tuyên truyền Luật số 59/2020/QH14 về doanh nghiệp tới người dân.",
			[]docWant{state("59/2020/QH14", "", "Luật", "59", 2020, "QH14", "", "", "Luật số 59/2020/QH14")},
			"a law has no type code; Luật has no abbreviation"},
		{"Thực hiện Nghị quyết số 25/2021/NQ-HĐND của Hội đồng nhân dân tỉnh Cần Thơ về chính sách hỗ trợ.",
			[]docWant{state("25/2021/NQ-HĐND", "NQ", "Nghị quyết", "25", 2021, "HĐND", "", "Hội đồng nhân dân tỉnh Cần Thơ", "Nghị quyết số 25/2021/NQ-HĐND")},
			"a council's resolution; nhân dân and tỉnh continue the body"},
		{"Nghị định 24a/2016/NĐ-CP về quản lý vật liệu xây dựng vẫn còn hiệu lực.",
			[]docWant{state("24a/2016/NĐ-CP", "NĐ", "Nghị định", "24a", 2016, "CP", "", "", "Nghị định 24a/2016/NĐ-CP")},
			"a letter in the number"},
		{"Các ngành phối hợp theo Thông tư liên tịch số 04/2021/TTLT-BCA-BQP-TANDTC-VKSNDTC đã ban hành.",
			[]docWant{state("04/2021/TTLT-BCA-BQP-TANDTC-VKSNDTC", "TTLT", "Thông tư liên tịch", "04", 2021, "BCA-BQP-TANDTC-VKSNDTC", "", "", "Thông tư liên tịch số 04/2021/TTLT-BCA-BQP-TANDTC-VKSNDTC")},
			"the longest phrase wins; four joint issuers"},
		{"Căn cứ Quyết định số 01/1999/QĐ.UB của UBND thành phố.",
			[]docWant{state("01/1999/QĐ.UB", "QĐ", "Quyết định", "01", 1999, "UB", "", "UBND thành phố", "Quyết định số 01/1999/QĐ.UB")},
			"an old code with a dot; a unit word may end the body"},
		{"Sở trình Tờ trình số 126/SKHĐT của Sở Kế hoạch và Đầu tư lên tỉnh.",
			[]docWant{state("126/SKHĐT", "TTr", "Tờ trình", "126", 0, "SKHĐT", "", "Sở Kế hoạch và Đầu tư", "Tờ trình số 126/SKHĐT")},
			"a code of a department without type"},
		{"Văn bản số 8374/VPCP-KTTH của Văn phòng Chính phủ nêu rõ yêu cầu.",
			[]docWant{state("8374/VPCP-KTTH", "CV", "Công văn", "8374", 0, "VPCP-KTTH", "", "Văn phòng Chính phủ", "Văn bản số 8374/VPCP-KTTH")},
			"Văn bản before a code without type: a công văn"},
		{"Công văn số 1234/CT-TTHT của Cục Thuế hướng dẫn quyết toán.",
			[]docWant{state("1234/CT-TTHT", "CV", "Công văn", "1234", 0, "CT-TTHT", "", "Cục Thuế", "Công văn số 1234/CT-TTHT")},
			"CT is Cục Thuế here: the phrase Công văn contradicts the type Chỉ thị"},
		{"Quốc hội thông qua Pháp lệnh số 17/2022/UBTVQH15 về chi phí tố tụng.",
			[]docWant{state("17/2022/UBTVQH15", "", "Pháp lệnh", "17", 2022, "UBTVQH15", "", "", "Pháp lệnh số 17/2022/UBTVQH15")},
			"the Standing Committee with its term number"},
		{"Theo 59/2020/QH14, doanh nghiệp phải công khai thông tin.",
			[]docWant{state("59/2020/QH14", "", "", "59", 2020, "QH14", "", "", "59/2020/QH14")},
			"a Quốc hội code needs no type phrase"},
		{"Thực hiện Kế hoạch số 12/KH-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch về tổ chức ngày hội.",
			[]docWant{state("12/KH-BVHTTDL", "KH", "Kế hoạch", "12", 0, "BVHTTDL", "", "Bộ Văn hóa, Thể thao và Du lịch", "Kế hoạch số 12/KH-BVHTTDL")},
			"a ministry's name may hold a comma"},
		{"Nhà trường áp dụng Thông tư số 30/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo từ năm học mới.",
			[]docWant{state("30/2024/TT-BGDĐT", "TT", "Thông tư", "30", 2024, "BGDĐT", "", "Bộ Giáo dục và Đào tạo", "Thông tư số 30/2024/TT-BGDĐT")},
			"the body stops before từ"},
		{"Quyết định số 576/QĐ-NHNN của Ngân hàng Nhà nước Việt Nam có hiệu lực.",
			[]docWant{state("576/QĐ-NHNN", "QĐ", "Quyết định", "576", 0, "NHNN", "", "Ngân hàng Nhà nước Việt Nam", "Quyết định số 576/QĐ-NHNN")},
			"a body of capitalized words"},
		{"Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.",
			[]docWant{state("30/2020/NĐ-CP", "NĐ", "Nghị định", "30", 2020, "CP", "2020-03-05", "Chính phủ", "Nghị định số 30/2020/NĐ-CP")},
			"the year of the code is not the issue date"},
	})
}

func TestDocumentsReferencesWithoutCode(t *testing.T) {
	checkDocCases(t, []docCase{
		{"Các cấp ủy cần thực hiện nghiêm Chỉ thị số 01 của Bộ Chính trị về học tập nghị quyết.",
			[]docWant{ref("CT", "Chỉ thị", "01", "", "Bộ Chính trị", "Chỉ thị số 01")},
			"a numbered reference without code"},
		{"Báo cáo viên bám sát Hướng dẫn số 169 của Ban Tuyên giáo Trung ương, mở đợt cao điểm tuyên truyền.",
			[]docWant{ref("HD", "Hướng dẫn", "169", "", "Ban Tuyên giáo Trung ương", "Hướng dẫn số 169")},
			"the body stops at the comma"},
		{"Công an huyện dẫn đầu thực hiện Đề án 06 của Chính phủ về phát triển dữ liệu dân cư.",
			[]docWant{ref("ĐA", "Đề án", "06", "", "Chính phủ", "Đề án 06")},
			"a project cited bare by its number, as Đề án 06 is"},
		{"Tổ chức quán triệt Chỉ thị 03 của Bộ Chính trị đến từng chi bộ.",
			[]docWant{ref("CT", "Chỉ thị", "03", "", "Bộ Chính trị", "Chỉ thị 03")},
			"no số: Chỉ thị is cited bare, and của follows the number"},
		{"Hội nghị học tập Nghị quyết số 18, 19, 20 của Ban Chấp hành Trung ương khóa XII.",
			[]docWant{
				ref("NQ", "Nghị quyết", "18", "", "Ban Chấp hành Trung ương", "Nghị quyết số 18"),
				ref("NQ", "Nghị quyết", "19", "", "Ban Chấp hành Trung ương", "19"),
				ref("NQ", "Nghị quyết", "20", "", "Ban Chấp hành Trung ương", "20"),
			},
			"a plural: one document per number, the body for each"},
		{"Chi bộ quán triệt Nghị quyết số 18, 19 và 20 ngày 25-10-2017 của Ban Chấp hành Trung ương.",
			[]docWant{
				ref("NQ", "Nghị quyết", "18", "2017-10-25", "Ban Chấp hành Trung ương", "Nghị quyết số 18"),
				ref("NQ", "Nghị quyết", "19", "2017-10-25", "Ban Chấp hành Trung ương", "19"),
				ref("NQ", "Nghị quyết", "20", "2017-10-25", "Ban Chấp hành Trung ương", "20"),
			},
			"a plural with và; the date after it dates every number"},
		{"Sơ kết 5 năm thực hiện các Nghị quyết số 18, 19 và 20 Hội nghị Trung ương 6 khóa XII tại địa phương.",
			[]docWant{
				ref("NQ", "Nghị quyết", "18", "", "", "Nghị quyết số 18"),
				ref("NQ", "Nghị quyết", "19", "", "", "19"),
				ref("NQ", "Nghị quyết", "20", "", "", "20"),
			},
			"after số every number of the list is a document, whatever follows the last"},
		{"Thực hiện Luật số 59/2020/QH14 và Nghị định số 80/2021/NĐ-CP của Chính phủ về hỗ trợ doanh nghiệp.",
			[]docWant{
				{ID: "59/2020/QH14", TypeName: "Luật", Number: "59", Year: 2020, Issuer: "QH14", System: "state", Mentions: []string{"Luật số 59/2020/QH14"}},
				{ID: "80/2021/NĐ-CP", Type: "NĐ", TypeName: "Nghị định", Number: "80", Year: 2021, Issuer: "CP", System: "state", Body: "Chính phủ", Mentions: []string{"Nghị định số 80/2021/NĐ-CP"}},
			},
			"của X after a list skips a member whose code names another body (QH14 is the Quốc hội's)"},
		{"Đề nghị thực hiện Chỉ thị số 01 của Bộ Chính trị, Hướng dẫn số 03 của Ban Tuyên giáo Trung ương về việc học tập.",
			[]docWant{
				ref("CT", "Chỉ thị", "01", "", "Bộ Chính trị", "Chỉ thị số 01"),
				ref("HD", "Hướng dẫn", "03", "", "Ban Tuyên giáo Trung ương", "Hướng dẫn số 03"),
			},
			"each document with its own body"},
		{"Triển khai Chỉ thị số 05, Kế hoạch số 14 của Thị ủy trong toàn Đảng bộ.",
			[]docWant{
				ref("CT", "Chỉ thị", "05", "", "Thị ủy", "Chỉ thị số 05"),
				ref("KH", "Kế hoạch", "14", "", "Thị ủy", "Kế hoạch số 14"),
			},
			"của after a list gives every member the body"},
		{"Ban Tuyên giáo đôn đốc thực hiện kế hoạch số 14 của Ban Tuyên giáo Thị ủy.",
			[]docWant{ref("KH", "Kế hoạch", "14", "", "Ban Tuyên giáo Thị ủy", "kế hoạch số 14")},
			"a lower-case phrase is a document with số"},
		{"Kết luận 01 về tiếp tục thực hiện Chỉ thị 05.",
			[]docWant{
				ref("KL", "Kết luận", "01", "", "", "Kết luận 01"),
				ref("CT", "Chỉ thị", "05", "", "", "Chỉ thị 05"),
			},
			"bare numbers before về and before the full stop"},
		{"Nội dung Quy định 37 được phổ biến rộng rãi.",
			[]docWant{ref("QĐi", "Quy định", "37", "", "", "Quy định 37")},
			"a Quy định without code takes the Party abbreviation"},
		{"Thực hiện Nghị quyết số 79-NQ/TW và Nghị quyết số 80-NQ/TW của Bộ Chính trị về kinh tế nhà nước.",
			[]docWant{
				party("79-NQ/TW", "NQ", "Nghị quyết", "79", "TW", "", "Bộ Chính trị", "Nghị quyết số 79-NQ/TW"),
				party("80-NQ/TW", "NQ", "Nghị quyết", "80", "TW", "", "Bộ Chính trị", "Nghị quyết số 80-NQ/TW"),
			},
			"của after two citations joined by và gives both the body"},
		{"Quán triệt các Nghị quyết số 79-NQ/TW và 80-NQ/TW của Bộ Chính trị tới đảng viên.",
			[]docWant{
				party("79-NQ/TW", "NQ", "Nghị quyết", "79", "TW", "", "Bộ Chính trị", "Nghị quyết số 79-NQ/TW"),
				party("80-NQ/TW", "NQ", "Nghị quyết", "80", "TW", "", "Bộ Chính trị", "80-NQ/TW"),
			},
			"a plural of codes"},
		{"Triển khai Chỉ thị số 05-CT/TW ngày 15-5-2016 và Kết luận số 01-KL/TW ngày 18-5-2021 của Bộ Chính trị.",
			[]docWant{
				party("05-CT/TW", "CT", "Chỉ thị", "05", "TW", "2016-05-15", "Bộ Chính trị", "Chỉ thị số 05-CT/TW"),
				party("01-KL/TW", "KL", "Kết luận", "01", "TW", "2021-05-18", "Bộ Chính trị", "Kết luận số 01-KL/TW"),
			},
			"each member keeps its own date; the body is shared"},
		{"Nghị quyết số 52-NQ/TW, ngày 27-9-2019, của Bộ Chính trị được quán triệt.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "2019-09-27", "", "Nghị quyết số 52-NQ/TW")},
			"a comma before ngày is allowed; after the date, only của directly after counts"},
	})
}

func TestDocumentsBackReferences(t *testing.T) {
	checkDocCases(t, []docCase{
		{"Quán triệt Nghị quyết số 52 của Bộ Chính trị\nSáng 3-1, hội nghị quán triệt Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị (Nghị quyết số 52). Mục tiêu của Nghị quyết 52 là tận dụng cơ hội.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "2019-09-27", "Bộ Chính trị",
				"Nghị quyết số 52", "Nghị quyết số 52-NQ/TW", "Nghị quyết số 52", "Nghị quyết 52")},
			"a headline before the code, a bracketed and a bare back-reference: one document"},
		{"Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị. Sau 5 năm thực hiện Chỉ thị số 5, nhận thức được nâng lên.",
			[]docWant{party("05-CT/TW", "CT", "Chỉ thị", "05", "TW", "", "Bộ Chính trị", "Chỉ thị số 05-CT/TW", "Chỉ thị số 5")},
			"05 and 5 are the same number"},
		{"Nghị quyết số 01-NQ/TW và Chỉ thị số 01-CT/TW được ban hành. Chỉ thị số 01 yêu cầu rõ trách nhiệm.",
			[]docWant{
				party("01-NQ/TW", "NQ", "Nghị quyết", "01", "TW", "", "", "Nghị quyết số 01-NQ/TW"),
				party("01-CT/TW", "CT", "Chỉ thị", "01", "TW", "", "", "Chỉ thị số 01-CT/TW", "Chỉ thị số 01"),
			},
			"the back-reference goes to the document of its type"},
		{"Nghị quyết số 21/NQ-CP của Chính phủ và Nghị quyết số 21-NQ/TW của Bộ Chính trị được phổ biến. Nghị quyết số 21 của Chính phủ nêu rõ lộ trình.",
			[]docWant{
				state("21/NQ-CP", "NQ", "Nghị quyết", "21", 0, "CP", "", "Chính phủ", "Nghị quyết số 21/NQ-CP", "Nghị quyết số 21"),
				party("21-NQ/TW", "NQ", "Nghị quyết", "21", "TW", "", "Bộ Chính trị", "Nghị quyết số 21-NQ/TW"),
			},
			"the body decides between two documents of the same number"},
		{"Nghị quyết số 21-NQ/TW được quán triệt. Sau đó, Nghị quyết số 21/NQ-CP ra đời. Nghị quyết số 21 đi vào cuộc sống.",
			[]docWant{
				party("21-NQ/TW", "NQ", "Nghị quyết", "21", "TW", "", "", "Nghị quyết số 21-NQ/TW"),
				state("21/NQ-CP", "NQ", "Nghị quyết", "21", 0, "CP", "", "", "Nghị quyết số 21/NQ-CP", "Nghị quyết số 21"),
			},
			"otherwise the nearest document before the back-reference"},
		{"Đảng viên thực hiện Quy định số 144-QĐ/TW. Quy định 144 nêu chuẩn mực đạo đức.",
			[]docWant{party("144-QĐ/TW", "QĐ", "Quy định", "144", "TW", "", "", "Quy định số 144-QĐ/TW", "Quy định 144")},
			"Quy định allows the code QĐ"},
		{"Nghị quyết số 52-NQ/TW được triển khai rộng rãi. Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị đề ra mục tiêu.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "2019-09-27", "Bộ Chính trị", "Nghị quyết số 52-NQ/TW", "Nghị quyết số 52-NQ/TW")},
			"date and body from a later mention"},
		{"Hướng dẫn số 169 được gửi tới các huyện. Báo cáo viên bám sát Hướng dẫn số 169 của Ban Tuyên giáo Trung ương.",
			[]docWant{ref("HD", "Hướng dẫn", "169", "", "Ban Tuyên giáo Trung ương", "Hướng dẫn số 169", "Hướng dẫn số 169")},
			"two references without code to the same document"},
		{"Chỉ thị số 01 của Bộ Chính trị được quán triệt; Chỉ thị số 01 của Thủ tướng Chính phủ được thực hiện.",
			[]docWant{
				ref("CT", "Chỉ thị", "01", "", "Bộ Chính trị", "Chỉ thị số 01"),
				ref("CT", "Chỉ thị", "01", "", "Thủ tướng Chính phủ", "Chỉ thị số 01"),
			},
			"different bodies make different documents"},
		{"Nghị quyết số 52-NQ/TW được quán triệt. Ngoài ra, Nghị quyết 52-nq/tw cũng được nhắc lại.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "", "", "Nghị quyết số 52-NQ/TW", "Nghị quyết 52-nq/tw")},
			"the same code in another case is the same document"},
	})
}

func TestDocumentsBodies(t *testing.T) {
	checkDocCases(t, []docCase{
		{"Đảng ủy quán triệt Nghị quyết số 51-NQ/TW ngày 20-7-2005 của Bộ Chính trị và Cuộc vận động \"Phát huy truyền thống\" trong toàn đơn vị.",
			[]docWant{party("51-NQ/TW", "NQ", "Nghị quyết", "51", "TW", "2005-07-20", "Bộ Chính trị", "Nghị quyết số 51-NQ/TW")},
			"a campaign listed after the body with và is no part of its name"},
		{"Thực hiện Kế hoạch số 12-KH/TU của Ban Tuyên giáo và Dân vận Tỉnh ủy, các chi bộ đã triển khai.",
			[]docWant{party("12-KH/TU", "KH", "Kế hoạch", "12", "TU", "", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Kế hoạch số 12-KH/TU")},
			"và inside a body's name stays"},
		{"Các chi bộ thực hiện tốt Kế hoạch 09 của Ban Thường vụ Quận ủy về công tác tuyên truyền.",
			[]docWant{ref("KH", "Kế hoạch", "09", "", "Ban Thường vụ Quận ủy", "Kế hoạch 09")},
			"a type cited without số makes a reference when its issuer follows the number"},
		{"Trong kế hoạch 5 của đơn vị có nhiều việc.", nil,
			"not in lower case, nor before a lower-case word"},
		{"Thực hiện Công văn số 712-CV/ĐUK ngày 3-8-2021 của Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh, các chi bộ đã sinh hoạt trực tuyến.",
			[]docWant{party("712-CV/ĐUK", "CV", "Công văn", "712", "ĐUK", "2021-08-03", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh", "Công văn số 712-CV/ĐUK")},
			"a bloc named by its two halves keeps its dash"},
		{"Đơn vị được tặng Huân chương Lao động hạng Ba theo Quyết định số 845/QĐ-CTN ngày 12-5-2022 của Chủ tịch nước, vì thành tích xuất sắc.",
			[]docWant{state("845/QĐ-CTN", "QĐ", "Quyết định", "845", 0, "CTN", "2022-05-12", "Chủ tịch nước", "Quyết định số 845/QĐ-CTN")},
			"Chủ tịch nước, the state president, is one body"},
		// A back-reference in a list stays the document it names; the
		// list's body is its last member's.
		{"Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ. Các xã thực hiện nghiêm Chỉ thị số 16 và Kế hoạch số 40/KH-UBND của UBND huyện.",
			[]docWant{
				state("16/CT-TTg", "CT", "Chỉ thị", "16", 0, "TTg", "", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg", "Chỉ thị số 16"),
				state("40/KH-UBND", "KH", "Kế hoạch", "40", 0, "UBND", "", "UBND huyện", "Kế hoạch số 40/KH-UBND"),
			},
			"a back-reference first in a list does not take the list's body"},
		{"Các xã thực hiện Chỉ thị số 16 và Kế hoạch số 40/KH-UBND của UBND huyện.",
			[]docWant{
				ref("CT", "Chỉ thị", "16", "", "UBND huyện", "Chỉ thị số 16"),
				state("40/KH-UBND", "KH", "Kế hoạch", "40", 0, "UBND", "", "UBND huyện", "Kế hoạch số 40/KH-UBND"),
			},
			"with no document of that number before it, the list's body is the member's too"},
		{"Thực hiện Kết luận số 01-KL/TW của Bộ Chính trị và Ban Bí thư về tiếp tục thực hiện Chỉ thị.",
			[]docWant{party("01-KL/TW", "KL", "Kết luận", "01", "TW", "", "Bộ Chính trị và Ban Bí thư", "Kết luận số 01-KL/TW")},
			"two bodies joined by và, closed by về, issue the document together"},
		{"Quán triệt Kết luận số 21-KL/TW ngày 5/4/2024 của Bộ Chính trị, Ban Bí thư, toàn Đảng bộ đã vào cuộc.",
			[]docWant{party("21-KL/TW", "KL", "Kết luận", "21", "TW", "2024-04-05", "Bộ Chính trị, Ban Bí thư", "Kết luận số 21-KL/TW")},
			"a comma list of bodies closed by a comma is kept whole"},
		{"Thực hiện Kết luận số 22-KL/TW của Bộ Chính trị, Ban Bí thư, bộ máy của xã đã ổn định.",
			[]docWant{party("22-KL/TW", "KL", "Kết luận", "22", "TW", "", "Bộ Chính trị, Ban Bí thư", "Kết luận số 22-KL/TW")},
			"a lower-case head word (bộ máy) after the list's comma starts no further body"},
		{"Thực hiện Hướng dẫn số 12-HD/TW của Ban Tổ chức Trung ương, Ban Tuyên giáo Trung ương và Văn phòng Trung ương Đảng.",
			[]docWant{party("12-HD/TW", "HD", "Hướng dẫn", "12", "TW", "", "Ban Tổ chức Trung ương, Ban Tuyên giáo Trung ương và Văn phòng Trung ương Đảng", "Hướng dẫn số 12-HD/TW")},
			"three bodies, the last after và, closed by the full stop"},
		{"Thực hiện Kế hoạch số 30-KH/TU của Tỉnh ủy, Ban Dân vận Tỉnh ủy đã tổ chức 8 hội nghị.",
			[]docWant{party("30-KH/TU", "KH", "Kế hoạch", "30", "TU", "", "Tỉnh ủy", "Kế hoạch số 30-KH/TU")},
			"a body after the comma followed by a verb is the main clause's subject"},
		{"Thực hiện Công điện số 9/CĐ-TTg của Thủ tướng Chính phủ, UBND tỉnh và Sở Xây dựng đã triển khai ngay.",
			[]docWant{state("9/CĐ-TTg", "CĐ", "Công điện", "9", 0, "TTg", "", "Thủ tướng Chính phủ", "Công điện số 9/CĐ-TTg")},
			"a list of subjects after the comma closed by a verb joins nothing"},
		{"Thực hiện Chỉ thị số 04/CT-VKSTC của Viện trưởng VKSND tối cao về công tác kiểm sát.",
			[]docWant{state("04/CT-VKSTC", "CT", "Chỉ thị", "04", 0, "VKSTC", "", "Viện trưởng VKSND tối cao", "Chỉ thị số 04/CT-VKSTC")},
			"tối cao is the level that ends the body's name"},
		{"Theo Nghị quyết số 03/2024/NQ-HĐTP của Hội đồng Thẩm phán Tòa án nhân dân tối cao, các tòa áp dụng thống nhất.",
			[]docWant{state("03/2024/NQ-HĐTP", "NQ", "Nghị quyết", "03", 2024, "HĐTP", "", "Hội đồng Thẩm phán Tòa án nhân dân tối cao", "Nghị quyết số 03/2024/NQ-HĐTP")},
			"tối cao after nhân dân"},
		{"Triển khai Kế hoạch số 10/KH-BTTTT của Bộ Thông tin và Truyền thông về chuyển đổi số.",
			[]docWant{state("10/KH-BTTTT", "KH", "Kế hoạch", "10", 0, "BTTTT", "", "Bộ Thông tin và Truyền thông", "Kế hoạch số 10/KH-BTTTT")},
			"và inside a ministry's name"},
		{"Quán triệt Nghị quyết số 05-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XII tới đảng viên.",
			[]docWant{party("05-NQ/TW", "NQ", "Nghị quyết", "05", "TW", "", "Ban Chấp hành Trung ương Đảng", "Nghị quyết số 05-NQ/TW")},
			"the body stops before khóa"},
		{"Nghị quyết số 52-NQ/TW do Bộ Chính trị ban hành đã đi vào cuộc sống.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "", "Bộ Chính trị", "Nghị quyết số 52-NQ/TW")},
			"do ... ban hành names the body too"},
		{"Kế hoạch số 155/KH-UBND của Ủy ban nhân dân tỉnh Hậu Giang, Sở Y tế được giao chủ trì.",
			[]docWant{state("155/KH-UBND", "KH", "Kế hoạch", "155", 0, "UBND", "", "Ủy ban nhân dân tỉnh Hậu Giang", "Kế hoạch số 155/KH-UBND")},
			"a comma ends a body that is not a ministry"},
		{"Thực hiện Chỉ thị số 15-CT/ĐU của Đảng ủy Quân khu 7 về công tác dân vận, các đơn vị đã triển khai.",
			[]docWant{party("15-CT/ĐU", "CT", "Chỉ thị", "15", "ĐU", "", "Đảng ủy Quân khu 7", "Chỉ thị số 15-CT/ĐU")},
			"the number that names a military region is part of the body"},
		{"Theo Kế hoạch số 45/KH-BTL của Bộ Tư lệnh Vùng 4 Hải quân, các đơn vị huấn luyện.",
			[]docWant{state("45/KH-BTL", "KH", "Kế hoạch", "45", 0, "BTL", "", "Bộ Tư lệnh Vùng 4 Hải quân", "Kế hoạch số 45/KH-BTL")},
			"a numbered unit inside a longer name"},
		{"Thực hiện Chỉ thị số 07-CT/ĐU của Đảng ủy Sư đoàn 2/2025 về huấn luyện.",
			[]docWant{party("07-CT/ĐU", "CT", "Chỉ thị", "07", "ĐU", "", "Đảng ủy Sư đoàn", "Chỉ thị số 07-CT/ĐU")},
			"a number glued to / is not the unit's"},
		{"Thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy. Đồng chí Bí thư chủ trì hội nghị.",
			[]docWant{party("12-CT/TU", "CT", "Chỉ thị", "12", "TU", "", "Tỉnh ủy", "Chỉ thị số 12-CT/TU")},
			"the full stop ends the body"},
		{"QUÁN TRIỆT NGHỊ QUYẾT SỐ 52-NQ/TW CỦA BỘ CHÍNH TRỊ VỀ CÁCH MẠNG CÔNG NGHIỆP",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "", "BỘ CHÍNH TRỊ", "NGHỊ QUYẾT SỐ 52-NQ/TW")},
			"an upper-case headline: VỀ still ends the body"},
		{"Thực hiện Chỉ thị số 12-CT/TU của Tỉnh ủy\nBan Tuyên giáo chủ trì.",
			[]docWant{party("12-CT/TU", "CT", "Chỉ thị", "12", "TU", "", "Tỉnh ủy", "Chỉ thị số 12-CT/TU")},
			"a line break ends the body"},
		{"Thực hiện Kế hoạch số 05-KH/BTGTU của Ban Tuyên giáo Tỉnh ủy tổ chức hội thi tìm hiểu.",
			[]docWant{party("05-KH/BTGTU", "KH", "Kế hoạch", "05", "BTGTU", "", "Ban Tuyên giáo Tỉnh ủy", "Kế hoạch số 05-KH/BTGTU")},
			"the verb tổ chức ends the body"},
		{"Theo Công văn số 77/CT-TTHT của Cục Thuế hướng dẫn quyết toán.",
			[]docWant{state("77/CT-TTHT", "CV", "Công văn", "77", 0, "CT-TTHT", "", "Cục Thuế", "Công văn số 77/CT-TTHT")},
			"a one-syllable last word does not take the verb after it"},
		{"Căn cứ Thông tư số 26/2024/TT-BTNMT của Bộ Tài nguyên và Môi trường về quan trắc.",
			[]docWant{state("26/2024/TT-BTNMT", "TT", "Thông tư", "26", 2024, "BTNMT", "", "Bộ Tài nguyên và Môi trường", "Thông tư số 26/2024/TT-BTNMT")},
			"listed and unlisted two-syllable words of a ministry"},
		{"Quyết định số 3917-QĐ/ĐUK của Đảng ủy Khối cơ quan tỉnh được công bố.",
			[]docWant{party("3917-QĐ/ĐUK", "QĐ", "Quyết định", "3917", "ĐUK", "", "Đảng ủy Khối cơ quan tỉnh", "Quyết định số 3917-QĐ/ĐUK")},
			"cơ quan continues a name; a unit may end it"},
		{"Thực hiện Nghị quyết số 52-NQ/TW của Đảng, các cấp ủy vào cuộc.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "", "Đảng", "Nghị quyết số 52-NQ/TW")},
			"a one-word body"},
		{"Thực hiện Nghị quyết số 52-NQ/TW của các cấp ủy trong tỉnh.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "", "", "Nghị quyết số 52-NQ/TW")},
			"của before a lower-case word names no body"},
		{"Theo Nghị quyết số 09-NQ/ĐU của Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh, năm tới tập trung vào chuyển đổi số.",
			[]docWant{party("09-NQ/ĐU", "NQ", "Nghị quyết", "09", "ĐU", "", "Ban Chấp hành Đảng bộ các cơ quan Đảng tỉnh", "Nghị quyết số 09-NQ/ĐU")},
			"các cơ quan before a capitalised word goes on with the committee's name"},
		{"Thực hiện Kế hoạch số 21-KH/ĐUK của Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh về công tác dân vận.",
			[]docWant{party("21-KH/ĐUK", "KH", "Kế hoạch", "21", "ĐUK", "", "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", "Kế hoạch số 21-KH/ĐUK")},
			"các cơ quan và doanh nghiệp before a place qualifier"},
		{"Nhà trường đánh giá học sinh theo Thông tư số 12/2022/TT-BGDĐT ngày 3/8/2022 của Bộ GD&ĐT, bảo đảm khách quan.",
			[]docWant{state("12/2022/TT-BGDĐT", "TT", "Thông tư", "12", 2022, "BGDĐT", "2022-08-03", "Bộ GD&ĐT", "Thông tư số 12/2022/TT-BGDĐT")},
			"an abbreviated body joined by & is one name"},
		{"Các trường triển khai Công văn số 905/SGDĐT-GDTrH của Sở GD&ĐT về dạy thêm.",
			[]docWant{state("905/SGDĐT-GDTrH", "CV", "Công văn", "905", 0, "SGDĐT-GDTrH", "", "Sở GD&ĐT", "Công văn số 905/SGDĐT-GDTrH")},
			"& inside a department's abbreviation; về still ends it"},
		{"Thực hiện Kế hoạch số 40/KH-UBND của UBND huyện & Ban Tuyên giáo Huyện ủy.",
			[]docWant{state("40/KH-UBND", "KH", "Kế hoạch", "40", 0, "UBND", "", "UBND huyện", "Kế hoạch số 40/KH-UBND")},
			"a spaced & joins no abbreviation"},
		{"Đoàn nghệ thuật biểu diễn theo Kế hoạch số 17/KH-SVHTTDL ngày 9/1/2025 của Sở Văn hóa, Thể thao và Du lịch về mừng Xuân.",
			[]docWant{state("17/KH-SVHTTDL", "KH", "Kế hoạch", "17", 0, "SVHTTDL", "2025-01-09", "Sở Văn hóa, Thể thao và Du lịch", "Kế hoạch số 17/KH-SVHTTDL")},
			"a department's sectors joined by a comma and và are its name"},
		{"Thực hiện Công văn số 210/SLĐTBXH của Sở Lao động - Thương binh và Xã hội, các xã rà soát hộ nghèo.",
			[]docWant{state("210/SLĐTBXH", "CV", "Công văn", "210", 0, "SLĐTBXH", "", "Sở Lao động - Thương binh và Xã hội", "Công văn số 210/SLĐTBXH")},
			"a dash between sectors, closed by a comma"},
		{"Thực hiện Kế hoạch số 55/KH-SYT của Sở Y tế, Trung tâm Y tế huyện đã tổ chức tiêm chủng.",
			[]docWant{state("55/KH-SYT", "KH", "Kế hoạch", "55", 0, "SYT", "", "Sở Y tế", "Kế hoạch số 55/KH-SYT")},
			"a unit after the comma is no sector: the comma ends the body"},
		{"Thực hiện Kế hoạch số 56/KH-SYT của Sở Y tế, Giáo dục cộng đồng được đẩy mạnh.",
			[]docWant{state("56/KH-SYT", "KH", "Kế hoạch", "56", 0, "SYT", "", "Sở Y tế", "Kế hoạch số 56/KH-SYT")},
			"a sector word after the comma without a closing và and sector is the clause going on"},
		{"Thực hiện Kế hoạch số 21-KH/ĐU của Đảng ủy các cơ quan, đơn vị trong tỉnh.",
			[]docWant{party("21-KH/ĐU", "KH", "Kế hoạch", "21", "ĐU", "", "Đảng ủy", "Kế hoạch số 21-KH/ĐU")},
			"các cơ quan before a comma is the sentence going on, not the name"},
	})
}

// TestDocumentsUnaccented checks text typed without diacritics.
func TestDocumentsUnaccented(t *testing.T) {
	checkDocCases(t, []docCase{
		{"Hoi nghi quan triet Nghi quyet so 52-NQ/TW ngay 27-9-2019 cua Bo Chinh tri ve mot so chu truong, chinh sach chu dong tham gia cuoc cach mang cong nghiep lan thu tu cho can bo, dang vien.",
			[]docWant{party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "2019-09-27", "Bo Chinh tri", "Nghi quyet so 52-NQ/TW")},
			"phrases, số, ngày and của match by their folded keys"},
		{"Cac cap uy can thuc hien nghiem Chi thi so 01 cua Bo Chinh tri va Huong dan so 03 cua Ban Tuyen giao Trung uong ve viec hoc tap nghi quyet dai hoi cua Dang.",
			[]docWant{
				ref("CT", "Chỉ thị", "01", "", "Bo Chinh tri", "Chi thi so 01"),
				ref("HD", "Hướng dẫn", "03", "", "Ban Tuyen giao Trung uong", "Huong dan so 03"),
			},
			"references without code in unaccented text"},
	})
}

// TestDocumentsNFD checks that decomposed input and the other tone style
// give the same documents, with spans into the input as given.
func TestDocumentsNFD(t *testing.T) {
	text := "Quán triệt Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị; Kế hoạch số 14-KH/BTGThU của Ban Tuyên giáo Thị uỷ về công tác năm 2020."
	want := []docWant{
		party("52-NQ/TW", "NQ", "Nghị quyết", "52", "TW", "2019-09-27", "Bộ Chính trị", "Nghị quyết số 52-NQ/TW"),
		party("14-KH/BTGThU", "KH", "Kế hoạch", "14", "BTGThU", "", "Ban Tuyên giáo Thị ủy", "Kế hoạch số 14-KH/BTGThU"),
	}
	src := norm.NFD.String(text)
	nt, err := normalize.Bytes([]byte(src), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs := Documents(NewDoc(&nt))
	if diff := cmp.Diff(want, reduceDocs(docs)); diff != "" {
		t.Errorf("Documents(NFD %+q) -want +got:\n%s", src, diff)
	}
	for _, doc := range docs {
		for _, m := range doc.Mentions {
			if got := norm.NFC.String(src[m.Span[0]:m.Span[1]]); got != m.Text {
				t.Errorf("mention %+q: NFC(src[%d:%d]) = %+q", m.Text, m.Span[0], m.Span[1], got)
			}
		}
	}
}

// TestDocumentsNever lists what is never a document.
func TestDocumentsNever(t *testing.T) {
	checkDocCases(t, []docCase{
		{"Mọi ý kiến xin gửi về số điện thoại 0292.3821.234 hoặc 0913 456 789.", nil, "phone numbers"},
		{"Đường dây nóng: (0292) 3.822.115 - 3.822.116.", nil, "phone numbers with dashes"},
		{"Xem toàn văn tại https://tuyengiao.vn/van-ban/52-NQ/TW.html và http://dangcongsan.vn/21/NQ-CP ngay hôm nay.", nil, "codes inside URLs"},
		{"Truy cập tuyengiao.vn/nghi-quyet-52-nq-tw để biết thêm.", nil, "a slug"},
		{"Đội tuyển thắng 2-1 trong trận chung kết, tỷ số 3 - 1 ở lượt về.", nil, "scores"},
		{"Ngày 26/2/2021, hội nghị khai mạc; ngày 27-9-2019 là mốc quan trọng; 5.8.2020 cũng vậy.", nil, "dates: a code needs letters"},
		{"Tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng.", nil, "an ordinal"},
		{"Đưa Nghị quyết Đại hội XIII của Đảng đi vào cuộc sống.", nil, "a resolution without number"},
		{"Gắn với thực hiện Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.", nil, "a plenum number"},
		{"Chỉ thị gắn với Nghị quyết TW4 (khóa XII) về chỉnh đốn Đảng.", nil, "a plenum number glued to TW"},
		{"Ban Chấp hành Trung ương Đảng khóa XII đã họp Hội nghị lần thứ 2.", nil, "a term and a session number"},
		{"Phòng, chống dịch COVID-19 và biến chủng SARS-CoV-2.", nil, "a disease name with digits"},
		{"Hơn 7.600 đảng viên tham dự tại 95 điểm cầu.", nil, "counts"},
		{"Kế hoạch 5 năm 2021-2025 được thông qua.", nil, "a five-year plan is not plan number 5"},
		{"Đề án 5 năm về chuyển đổi số được triển khai.", nil, "a five-year project is not project number 5"},
		{"Tổ chức thực hiện Đề án 3 nội dung trọng tâm.", nil, "a bare number must be followed by của, về, and the like"},
		{"Thông qua Kế hoạch 2021 của tỉnh.", nil, "a year after the phrase"},
		{"Chương trình 135 hỗ trợ đồng bào dân tộc thiểu số.", nil, "a programme's name: Chương trình needs số before a bare number"},
		{"Các chi bộ học tập nghị quyết 52 của Bộ Chính trị.", nil, "a lower-case phrase with a bare number"},
		{"Nghị quyết số 12/3 về kinh tế chưa được ban hành.", nil, "a date-like number after số"},
		{"Thông báo số 7.600 lượt truy cập.", nil, "a thousands-grouped number after số"},
		{"Nghị quyết 4 khóa XII được tổng kết.", nil, "a bare number before khóa"},
		{"Bộ Y tế thông báo số 3 ca mắc mới trong ngày.", nil, "thông báo the verb: a count follows the number"},
		{"Kế hoạch số 5 năm nay chưa rõ.", nil, "năm without a year after the number"},
		{"Mạng 5G/4G phủ sóng toàn tỉnh.", nil, "a technical name"},
		{"Thực hiện 52-NQ chưa có cơ quan ban hành.", nil, "a Party code without issuer"},
		{"Mã số 52-XY/TW không phải văn bản.", nil, "an unknown type abbreviation"},
		{"Xã có 5 CV/ngày được xử lý.", nil, "a lower-case word after the slash"},
		{"Công văn 123/ubnd-vx bị gõ sai.", nil, "a type-less code needs a capital issuer"},
		{"Tỷ lệ đạt 1/3, còn 12/TP chưa báo cáo.", nil, "number over an abbreviation with no type phrase"},
	})
}

// TestDocumentsClaims checks that mentions are claimed and issue dates are
// left for the date extractor.
func TestDocumentsClaims(t *testing.T) {
	text := "Theo Nghị định số 15/2020/NĐ-CP ngày 03/02/2020 của Chính phủ, Chỉ thị 03 được thực hiện."
	_, d := runDocuments(t, text)
	for i := range d.Toks {
		claimed := d.Toks[i].Has(Claimed)
		start := int(d.Toks[i].Start)
		var want bool
		switch {
		case start >= strings.Index(text, "Nghị định") && start < strings.Index(text, " ngày"):
			want = true // the mention, with the year inside the code
		case start >= strings.Index(text, "Chỉ thị") && start < strings.Index(text, " được"):
			want = true
		}
		if claimed != want {
			t.Errorf("token %d %+q: claimed = %v, want %v", i, d.Tok(i), claimed, want)
		}
	}
}

// TestDocumentsFurniture checks that portal furniture is not read.
func TestDocumentsFurniture(t *testing.T) {
	src := []byte("Tin liên quan: Nghị quyết số 52-NQ/TW của Bộ Chính trị")
	nt, err := normalize.Bytes(src, normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := NewDoc(&nt)
	d.MarkFurniture(0, len(d.Toks))
	if got := Documents(d); len(got) != 0 {
		t.Errorf("Documents on furniture = %+v, want none", got)
	}
}

// TestDocumentsSeeds runs the pipeline up to Documents on the seed
// articles and compares the documents with the hand annotations.
func TestDocumentsSeeds(t *testing.T) {
	for _, c := range loadSeeds(t) {
		t.Run(c.name, func(t *testing.T) {
			d := c.doc(t)
			ArticleMeta(d)
			got := []seedDocument{}
			for _, doc := range Documents(d) {
				got = append(got, seedDocument{doc.ID, doc.TypeName, doc.Number, doc.Issued, doc.IssuingBody})
				for _, m := range doc.Mentions {
					checkSpan(t, c.src, m.Text, m.Span)
				}
			}
			if diff := cmp.Diff(c.want.Documents, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("documents differ from the annotation (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDocumentsHostile checks that odd and long inputs neither panic nor
// produce broken spans.
func TestDocumentsHostile(t *testing.T) {
	inputs := []string{
		"",
		"52",
		"52-",
		"52-NQ",
		"52-NQ/",
		"Nghị quyết số",
		"Nghị quyết số 52-NQ/TW ngày",
		"của",
		"Nghị quyết số 52 của",
		"T.Ư",
		"1/2/",
		"15/2020/",
		"15/2020/NĐ-",
		"24a/",
		strings.Repeat("Nghị quyết số 1, ", 200),
		strings.Repeat("52-NQ/TW-", 500),
		strings.Repeat("của Bộ và Ban ", 300),
		strings.Repeat("1/", 1000),
	}
	for _, in := range inputs {
		runDocuments(t, in)
	}
}

// FuzzDocuments checks that Documents never panics and that its spans
// stay valid.
func FuzzDocuments(f *testing.F) {
	f.Add("Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị (Nghị quyết số 52).")
	f.Add("Công văn số 123/UBND-VX; Luật số 59/2020/QH14; 05-QC/BTCTU-BDVTU/nb")
	f.Add("Nghị quyết số 18, 19 và 20 của Ban Chấp hành Trung ương")
	f.Fuzz(func(t *testing.T, s string) {
		src := []byte(s)
		nt, err := normalize.Bytes(src, normalize.Options{ReplaceInvalid: true})
		if err != nil {
			return
		}
		d := NewDoc(&nt)
		for _, doc := range Documents(d) {
			for _, m := range doc.Mentions {
				if m.Span[0] < 0 || m.Span[0] > m.Span[1] || m.Span[1] > len(src) {
					t.Fatalf("mention %+q: span %v out of bounds", m.Text, m.Span)
				}
			}
		}
	})
}

// BenchmarkDocuments measures Documents on the seed articles (the doc is
// built once; only the claims are reset between runs).
func BenchmarkDocuments(b *testing.B) {
	paths, _ := filepath.Glob("../testdata/seeds/*.txt")
	var docs []*Doc
	size := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		nt, err := normalize.Bytes(src, normalize.Options{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, NewDoc(&nt))
		size += len(src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			for i := range d.Toks {
				d.Toks[i].Flags &^= Claimed
			}
			Documents(d)
		}
	}
}

// TestDocumentsIssuedWithoutYear: an issue date written without its year
// takes the year from the publication date, as the dates do (the closest
// to it), and gives no issue date when the publication date is unknown.
func TestDocumentsIssuedWithoutYear(t *testing.T) {
	const text = "Theo Quyết định số 2156/QĐ-CTN ngày 28/12 của Chủ tịch nước, tập thể Sở được tặng thưởng Huân chương Lao động hạng Ba."
	cases := []struct {
		pub, want string
	}{
		{"2024-01-03", "2023-12-28"}, // the December just past
		{"2023-12-30", "2023-12-28"},
		{"", ""}, // no year to take
	}
	for _, c := range cases {
		docs := Documents(dateDoc(t, text, c.pub))
		if len(docs) != 1 || docs[0].Issued != c.want {
			t.Errorf("published %q: documents %+v, want one issued %q", c.pub, docs, c.want)
		}
	}
}

// TestDocumentsIssuedBefore: a sentence that opens with a date and says
// a body issued the document dates it.
func TestDocumentsIssuedBefore(t *testing.T) {
	cases := []struct {
		text, want, why string
	}{
		{"Ngày 4/6/2024, UBND tỉnh ban hành Kế hoạch số 1987/KH-UBND tổ chức ngày hội.", "2024-06-04", "the date opens the sentence"},
		{"Tin vắn. Ngày 12-3-2021, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 05-CT/TU về công tác cán bộ.", "2021-03-12", "after another sentence, with đã"},
		{"Ngày 4/6/2024, đoàn công tác kiểm tra việc ban hành Kế hoạch số 1987/KH-UBND của huyện.", "", "not the body's act: kiểm tra việc ban hành"},
		{"Ngày 4/6/2024, UBND tỉnh tổ chức hội nghị và ban hành Kế hoạch số 1987/KH-UBND.", "", "another verb before ban hành"},
		{"UBND tỉnh ban hành Kế hoạch số 1987/KH-UBND ngày 5/6/2024.", "2024-06-05", "the date after the code still wins"},
		{"Sau đó, UBND tỉnh ban hành Kế hoạch số 1987/KH-UBND.", "", "no date opens the sentence"},
		{"Chi bộ học tập Chỉ thị số 05-CT/TW\nNgày 18-12-2024\nChi bộ đã tổ chức học tập chuyên đề.", "", "a headline's code: the dateline on the next line is not its issue date"},
		{"Chi bộ học tập Chỉ thị số 05-CT/TW,\nngày 18-12-2024 cả chi bộ họp.", "", "the date after a comma on the next line is not the issue date either"},
		{"Chi bộ học tập Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị.", "2016-05-15", "a date after a comma on the code's line is"},
	}
	for _, c := range cases {
		docs, _ := runDocuments(t, c.text)
		if len(docs) != 1 || docs[0].Issued != c.want {
			t.Errorf("%s: Documents(%+q) = %+v, want one issued %q", c.why, c.text, docs, c.want)
		}
	}
}

// TestDocumentsHeaderIssued: the place-and-date line of a document's
// header block dates the code that the header gives after "Số".
func TestDocumentsHeaderIssued(t *testing.T) {
	cases := []struct {
		text, want, why string
	}{
		{"HUYỆN ỦY TÂN AN\n*\nSố 96-BC/HU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân An, ngày 4 tháng 9 năm 2023\n\nBÁO CÁO\nkết quả công tác dân vận", "2023-09-04", "Party header: the right column between code and date"},
		{"ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC LINH\nSố: 2207/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nĐức Linh, ngày 11 tháng 10 năm 2022\n\nQUYẾT ĐỊNH", "2022-10-11", "state header: Số: and the national motto"},
		{"SỞ Y TẾ\nSố: 415/TB-SYT\nV/v tăng cường phòng, chống dịch\nTP. Hồ Chí Minh, ngày 2 tháng 3 năm 2024", "2024-03-02", "a subject line under the code; a place with a point"},
		{"ĐẢNG CỘNG SẢN VIỆT NAM\nTân An, ngày 4 tháng 9 năm 2023\nHUYỆN ỦY TÂN AN\n*\nSố 96-BC/HU\n\nBÁO CÁO", "2023-09-04", "the right column flattened above the left one"},
		{"Tân An, ngày 4 tháng 9 năm 2023\nA\nB\nC\nD\nE\nSố 96-BC/HU", "", "a place-date line far above the code is not its header's"},
		{"Số 96-BC/HU\nTân An, ngày 4-9", "", "no year in the header date: nothing to infer it from"},
		{"Huyện ủy đã có Báo cáo số 96-BC/HU.\nTân An, ngày 4 tháng 9 năm 2023", "", "the code in prose is no header"},
		{"Số 96-BC/HU\nTân An, ngày 4 tháng 9 năm 2023, Huyện ủy tổ chức hội nghị.", "", "the place and date open a sentence: not a header line"},
		{"Số 96-BC/HU được gửi các chi bộ.\nTân An, ngày 4 tháng 9 năm 2023", "", "the code does not end its line"},
		{"Số 96-BC/HU\nA\nB\nC\nD\nE\nTân An, ngày 4 tháng 9 năm 2023", "", "the date line is too far under the code"},
		{"Số 96-BC/HU\nSáng nay, ngày 4 tháng 9 năm 2023", "", "a lower-case word is no place name"},
	}
	for _, c := range cases {
		docs, _ := runDocuments(t, c.text)
		if len(docs) != 1 || docs[0].Issued != c.want {
			t.Errorf("%s: Documents(%+q) = %+v, want one issued %q", c.why, c.text, docs, c.want)
		}
	}
}

// TestDocumentsCommitteeUnit: after a people's committee or council, an
// administrative unit belongs to the body whatever word follows it.
func TestDocumentsCommitteeUnit(t *testing.T) {
	cases := []struct {
		text, want, why string
	}{
		{"Sở Tài chính hoàn thành theo Kế hoạch số 52/KH-UBND ngày 3/4/2023 của UBND tỉnh trước ngày 30 tháng 6.", "UBND tỉnh", "a lower-case word after the unit"},
		{"Các xã thực hiện Kế hoạch số 52/KH-UBND của Ủy ban nhân dân huyện kịp thời.", "Ủy ban nhân dân huyện", "the full name, then an adverb"},
		{"Các xã thực hiện Kế hoạch số 52/KH-UBND của HĐND thị xã nghiêm túc.", "HĐND thị xã", "a two-word unit"},
		{"Các xã thực hiện Kế hoạch số 52/KH-UBND của Sở Nội vụ tỉnh táo.", "Sở Nội vụ", "not after a committee: tỉnh táo is no unit"},
	}
	for _, c := range cases {
		docs, _ := runDocuments(t, c.text)
		if len(docs) != 1 || docs[0].IssuingBody != c.want {
			t.Errorf("%s: Documents(%+q) = %+v, want one with body %q", c.why, c.text, docs, c.want)
		}
	}
}
