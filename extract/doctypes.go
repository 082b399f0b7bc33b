package extract

import (
	"strings"

	"github.com/vnie/vnie/normalize"
)

// This file holds the data of the documents extractor: document type codes,
// the words that name a document type, and the words that shape an issuing
// body. Everything is written once, as literals, from the tables of
// conventions.md §1.3 (Party types), §2.3 (NĐ 30/2020 Phụ lục III) and §2.4
// (legal normative documents); the indexes below are built from them once
// and never modified.

// typeCode is one type abbreviation used inside a document code.
type typeCode struct {
	// Abbr is the abbreviation as the rules write it (QĐi, CTr, NĐ).
	Abbr string
	// Party and State are the full names of the type in a Party code
	// (52-NQ/TW) and a state code (21/NQ-CP); they differ only for TT.
	Party, State string
}

// typeCodes lists the type abbreviations of both systems. Case matters in
// the rules (QĐ/QĐi/QyĐ, CT/CTr, TT/TTr, HD/HĐ, ĐA/DA are distinct types);
// codes are looked up case-insensitively, which keeps them distinct, and,
// when no exact form matches, by their fold (ND for NĐ), the first entry
// of a fold winning.
var typeCodes = []typeCode{
	{"NQ", "Nghị quyết", "Nghị quyết"},
	{"QĐ", "Quyết định", "Quyết định"},
	// A Party personnel decision (Quyết định nhân sự: 1234-QĐNS/TW), by
	// which the Secretariat or a cấp ủy appoints or assigns cadres.
	{"QĐNS", "Quyết định", "Quyết định"},
	{"QĐi", "Quy định", "Quy định"},
	{"QyĐ", "Quy định", "Quy định"},
	{"CT", "Chỉ thị", "Chỉ thị"},
	{"KL", "Kết luận", "Kết luận"},
	{"QC", "Quy chế", "Quy chế"},
	{"TT", "Thông tri", "Thông tư"},
	{"HD", "Hướng dẫn", "Hướng dẫn"},
	{"TB", "Thông báo", "Thông báo"},
	{"TC", "Thông cáo", "Thông cáo"},
	{"BC", "Báo cáo", "Báo cáo"},
	{"KH", "Kế hoạch", "Kế hoạch"},
	{"CTr", "Chương trình", "Chương trình"},
	{"ĐA", "Đề án", "Đề án"},
	{"PA", "Phương án", "Phương án"},
	{"DA", "Dự án", "Dự án"},
	{"TTr", "Tờ trình", "Tờ trình"},
	{"CV", "Công văn", "Công văn"},
	{"BB", "Biên bản", "Biên bản"},
	{"BS", "Bản sao", "Bản sao"},
	{"QTr", "Quy trình", "Quy trình"},
	{"HĐ", "Hợp đồng", "Hợp đồng"},
	{"CĐ", "Công điện", "Công điện"},
	{"BGN", "Bản ghi nhớ", "Bản ghi nhớ"},
	{"BTT", "Bản thỏa thuận", "Bản thỏa thuận"},
	{"GUQ", "Giấy ủy quyền", "Giấy ủy quyền"},
	{"GM", "Giấy mời", "Giấy mời"},
	{"GGT", "Giấy giới thiệu", "Giấy giới thiệu"},
	{"GNP", "Giấy nghỉ phép", "Giấy nghỉ phép"},
	{"PG", "Phiếu gửi", "Phiếu gửi"},
	{"PC", "Phiếu chuyển", "Phiếu chuyển"},
	{"PB", "Phiếu báo", "Phiếu báo"},
	{"NĐ", "Nghị định", "Nghị định"},
	{"TTLT", "Thông tư liên tịch", "Thông tư liên tịch"},
	{"NQLT", "Nghị quyết liên tịch", "Nghị quyết liên tịch"},
	{"L", "Lệnh", "Lệnh"},
	{"VBHN", "Văn bản hợp nhất", "Văn bản hợp nhất"},
}

// typeCodeIndex finds a typeCode by the text of a code's type part.
type typeCodeIndex struct {
	exact, folded map[string]*typeCode
}

// typeCodesByKey indexes typeCodes by lower case and by fold.
var typeCodesByKey = func() typeCodeIndex {
	x := typeCodeIndex{exact: map[string]*typeCode{}, folded: map[string]*typeCode{}}
	for i := range typeCodes {
		tc := &typeCodes[i]
		if _, dup := x.exact[strings.ToLower(tc.Abbr)]; !dup {
			x.exact[strings.ToLower(tc.Abbr)] = tc
		}
		if _, dup := x.folded[normalize.Fold(tc.Abbr)]; !dup {
			x.folded[normalize.Fold(tc.Abbr)] = tc
		}
	}
	return x
}()

// typeCodeAt returns the type code that token i spells, if any.
func typeCodeAt(d *Doc, i int) (*typeCode, bool) {
	t := &d.Toks[i]
	if t.Kind != Word || t.End-t.Start > 8 {
		return nil, false
	}
	if tc, ok := typeCodesByKey.exact[string(d.lowerKey(i))]; ok {
		return tc, true
	}
	// The folded key on the stack: most Docs never build d.fold.
	var buf [32]byte
	tc, ok := typeCodesByKey.folded[string(d.appendFold(buf[:0], i))]
	return tc, ok
}

// typeWord is a phrase that names a document type in running text
// (Nghị quyết, Thông tư liên tịch, Luật).
type typeWord struct {
	// Abbr is the type abbreviation given to a reference without a code
	// (Chỉ thị số 01 → CT); "" for types that have none (Luật).
	Abbr string
	// Name is the type's full name (the type_name of the document).
	Name string
	// Codes are the abbreviations a code after the phrase may carry for
	// the phrase to name the same type (Quy định: QĐi, QĐ, QyĐ).
	Codes []string
	// Bare: the type is cited with a number and no "số" (Chỉ thị 03,
	// Nghị quyết 52); other types need "số" before a number without code.
	Bare bool
	// Generic: the phrase names no particular type (Văn bản); it makes a
	// document only in front of a code, whose type wins.
	Generic bool
}

// compatible reports whether a code of type abbr may follow the phrase.
func (w *typeWord) compatible(abbr string) bool {
	if w.Generic {
		return true
	}
	for _, c := range w.Codes {
		if c == abbr {
			return true
		}
	}
	return false
}

// typeWords are the phrases that name a document type before its number
// or code. The longest phrase wins (Thông tư liên tịch over Thông tư).
var typeWords = NewLexicon([]Entry[typeWord]{
	{"Nghị quyết", typeWord{Abbr: "NQ", Name: "Nghị quyết", Codes: []string{"NQ"}, Bare: true}},
	{"Nghị quyết liên tịch", typeWord{Abbr: "NQLT", Name: "Nghị quyết liên tịch", Codes: []string{"NQLT"}, Bare: true}},
	{"Quyết định", typeWord{Abbr: "QĐ", Name: "Quyết định", Codes: []string{"QĐ", "QĐNS"}, Bare: true}},
	{"Quy định", typeWord{Abbr: "QĐi", Name: "Quy định", Codes: []string{"QĐi", "QĐ", "QyĐ"}, Bare: true}},
	{"Chỉ thị", typeWord{Abbr: "CT", Name: "Chỉ thị", Codes: []string{"CT"}, Bare: true}},
	{"Kết luận", typeWord{Abbr: "KL", Name: "Kết luận", Codes: []string{"KL"}, Bare: true}},
	{"Quy chế", typeWord{Abbr: "QC", Name: "Quy chế", Codes: []string{"QC"}}},
	{"Thông tri", typeWord{Abbr: "TT", Name: "Thông tri", Codes: []string{"TT"}}},
	{"Thông tư", typeWord{Abbr: "TT", Name: "Thông tư", Codes: []string{"TT"}, Bare: true}},
	{"Thông tư liên tịch", typeWord{Abbr: "TTLT", Name: "Thông tư liên tịch", Codes: []string{"TTLT"}, Bare: true}},
	{"Hướng dẫn", typeWord{Abbr: "HD", Name: "Hướng dẫn", Codes: []string{"HD"}, Bare: true}},
	{"Thông báo", typeWord{Abbr: "TB", Name: "Thông báo", Codes: []string{"TB"}, Bare: true}},
	{"Thông báo kết luận", typeWord{Abbr: "TB", Name: "Thông báo", Codes: []string{"TB"}, Bare: true}},
	{"Thông cáo", typeWord{Abbr: "TC", Name: "Thông cáo", Codes: []string{"TC"}}},
	{"Báo cáo", typeWord{Abbr: "BC", Name: "Báo cáo", Codes: []string{"BC"}}},
	{"Kế hoạch", typeWord{Abbr: "KH", Name: "Kế hoạch", Codes: []string{"KH"}}},
	{"Chương trình", typeWord{Abbr: "CTr", Name: "Chương trình", Codes: []string{"CTr"}}},
	{"Chương trình hành động", typeWord{Abbr: "CTr", Name: "Chương trình", Codes: []string{"CTr"}}},
	{"Đề án", typeWord{Abbr: "ĐA", Name: "Đề án", Codes: []string{"ĐA"}, Bare: true}}, // Đề án 06 của Chính phủ
	{"Phương án", typeWord{Abbr: "PA", Name: "Phương án", Codes: []string{"PA"}}},
	{"Dự án", typeWord{Abbr: "DA", Name: "Dự án", Codes: []string{"DA"}}},
	{"Tờ trình", typeWord{Abbr: "TTr", Name: "Tờ trình", Codes: []string{"TTr"}}},
	{"Công văn", typeWord{Abbr: "CV", Name: "Công văn", Codes: []string{"CV"}}},
	{"Biên bản", typeWord{Abbr: "BB", Name: "Biên bản", Codes: []string{"BB"}}},
	{"Công điện", typeWord{Abbr: "CĐ", Name: "Công điện", Codes: []string{"CĐ"}}},
	{"Hợp đồng", typeWord{Abbr: "HĐ", Name: "Hợp đồng", Codes: []string{"HĐ"}}},
	{"Bản ghi nhớ", typeWord{Abbr: "BGN", Name: "Bản ghi nhớ", Codes: []string{"BGN"}}},
	{"Giấy mời", typeWord{Abbr: "GM", Name: "Giấy mời", Codes: []string{"GM"}}},
	{"Nghị định", typeWord{Abbr: "NĐ", Name: "Nghị định", Codes: []string{"NĐ"}, Bare: true}},
	{"Luật", typeWord{Name: "Luật", Bare: true}},
	{"Bộ luật", typeWord{Name: "Bộ luật", Bare: true}},
	{"Pháp lệnh", typeWord{Name: "Pháp lệnh", Bare: true}},
	{"Lệnh", typeWord{Abbr: "L", Name: "Lệnh", Codes: []string{"L"}}},
	{"Văn bản hợp nhất", typeWord{Abbr: "VBHN", Name: "Văn bản hợp nhất", Codes: []string{"VBHN"}}},
	{"Văn bản", typeWord{Name: "Văn bản", Generic: true}},
})

// lawIssuerPrefixes are the issuers whose codes carry no type code and
// need no type word to be recognized: Quốc hội and its Standing Committee
// followed by the term number (59/2020/QH14, 17/2022/UBTVQH15).
var lawIssuerPrefixes = []string{"QH", "UBTVQH"}

// bodyHeads are the words that begin the name of an organization. After
// "và" such a word starts a second body (Bộ Chính trị và Ban Bí thư), so
// the first body's name stops before it.
var bodyHeads = NewSet(
	"Ban", "Bộ", "Sở", "Ủy ban", "Hội đồng", "UBND", "HĐND", "Chính phủ",
	"Quốc hội", "Thủ tướng", "Văn phòng", "Mặt trận", "Tổng cục", "Cục",
	"Vụ", "Viện", "Học viện", "Trường", "Tỉnh ủy", "Thành ủy", "Huyện ủy",
	"Thị ủy", "Quận ủy", "Đảng ủy", "Đảng đoàn", "Chủ tịch", "Tòa án",
	"Viện kiểm sát", "Kiểm toán", "Ngân hàng", "Đoàn", "Hội", "Công an",
	"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành", "Ban Thường vụ",
)

// bodyLowerPhrases continue an organization name although they are in
// lower case: the people's committees and councils, names of Party boards
// typed without their capitals (Ban tuyên giáo; not the verbs tổ chức,
// kiểm tra, which also name boards), and administrative units
// (Ủy ban nhân dân tỉnh Cần Thơ, UBND huyện). The value is true for a unit,
// which must end the name or be followed by a capitalized place name.
var bodyLowerPhrases = NewLexicon([]Entry[bool]{
	{"nhân dân", false}, {"chấp hành", false}, {"tuyên giáo", false},
	{"bí thư", false}, {"thường vụ", false}, {"dân vận", false},
	{"trung ương", false}, {"cơ quan", false}, {"doanh nghiệp", false},
	{"tỉnh", true}, {"thành phố", true}, {"huyện", true}, {"quận", true},
	{"thị xã", true}, {"xã", true}, {"phường", true}, {"thị trấn", true},
})

// bodyStops end an organization name: the words that follow a body in a
// citation (của Bộ Chính trị về ..., của Tỉnh ủy khóa XII, của Cục Thuế
// hướng dẫn ...).
// campaignWords name what a text may list after a body with "và" that is
// no part of the body's name: a campaign, a movement, a programme (Bộ
// Chính trị và Cuộc vận động "Phát huy truyền thống ...").
var campaignWords = NewSet("cuộc vận động", "phong trào", "chương trình", "đề án", "dự án",
	"chiến lược", "cuộc thi", "hội thi", "chuyên đề", "mô hình")

var bodyStops = NewSet(
	"về", "tại", "trong", "ngày", "đã", "được", "là", "và", "của", "với",
	"cho", "để", "nhằm", "theo", "khóa", "số", "đến", "từ", "thì",
	"sẽ", "có", "này", "đó", "ban hành", "đề ra", "gồm", "trên", "qua",
	"nhiệm kỳ", "lần", "năm", "tháng", "tới", "lên", "ra", "vào", "gửi",
	"hướng dẫn", "quy định", "yêu cầu", "chỉ đạo", "đề nghị", "triển khai",
	"thực hiện", "phê duyệt", "công bố", "nêu", "giao", "cũng", "mà",
	"các", "những", "phải", "vừa", "đang", "không", "chưa", "tổ chức",
	"kiểm tra", "tuyên truyền", "quán triệt", "phát động", "chủ trì",
)

// bodyOrgWords are the two-syllable words of organization names whose second
// syllable is written in lower case (Bộ Chính trị, Ban Tuyên giáo, Bộ Tài
// nguyên và Môi trường). A capitalized word followed by a lower-case
// syllable not listed here takes it only when a plain lower-case word does
// not follow (Cục Thuế hướng dẫn: the body is Cục Thuế).
var bodyOrgWords = NewSet(
	"chính trị", "tuyên giáo", "trung ương", "bí thư", "chấp hành",
	"thường vụ", "thường trực", "tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy",
	"quận ủy", "đảng ủy", "đảng đoàn", "chính phủ", "quốc hội", "tổ chức",
	"dân vận", "kiểm tra", "văn phòng", "thủ tướng", "ủy ban", "hội đồng",
	"mặt trận", "tổ quốc", "thanh niên", "cộng sản", "y tế", "tài chính",
	"nội vụ", "tư pháp", "ngoại giao", "xây dựng", "công an", "quốc phòng",
	"giáo dục", "đào tạo", "khoa học", "công nghệ", "kế hoạch", "đầu tư",
	"thông tin", "truyền thông", "văn hóa", "thể thao", "du lịch",
	"lao động", "thương binh", "xã hội", "tài nguyên", "môi trường",
	"nông nghiệp", "phát triển", "nông thôn", "giao thông", "vận tải",
	"công thương", "nội chính", "kinh tế", "đối ngoại", "dân tộc",
	"tôn giáo", "liên hiệp", "liên đoàn", "phụ nữ", "cựu chiến binh",
	"nông dân", "nhà nước", "tuyên huấn", "hành chính", "lý luận",
	"tư tưởng", "chủ tịch", "chủ tịch nước", "chủ nhiệm", "tổng cục", "học viện", "công đoàn",
	"ngân hàng", "kiểm toán", "tòa án", "viện kiểm sát", "thanh tra",
	"bảo hiểm", "biên phòng", "quân sự", "quân khu", "tư lệnh", "bộ đội",
	// a bloc named by its two halves (Đảng ủy Khối Cơ quan - Doanh
	// nghiệp thành phố)
	"cơ quan - doanh nghiệp", "doanh nghiệp",
)

// sectorWords are the sectors a ministry or department names, joined by
// commas and "và" (Sở Văn hóa, Thể thao và Du lịch; Sở Lao động - Thương
// binh và Xã hội): after a comma, a list of them ending in "và" goes on
// with the body's name.
var sectorWords = NewSet(
	"văn hóa", "thể thao", "du lịch", "thông tin", "truyền thông", "gia đình",
	"lao động", "thương binh", "xã hội", "khoa học", "công nghệ", "giáo dục",
	"đào tạo", "tài nguyên", "môi trường", "nông nghiệp", "phát triển nông thôn",
	"kế hoạch", "đầu tư", "giao thông", "vận tải", "xây dựng", "y tế",
	"dân số", "thương mại", "công thương", "nội vụ", "tài chính", "ngoại vụ",
)

// bareFollowers are the words after which a number cited without "số"
// (Chỉ thị 03 của ..., Nghị quyết 52 về ...) ends a reference. After
// anything else (Kế hoạch 5 năm, Nghị quyết 4 khóa XII) the number is not a
// document number.
var bareFollowers = NewSet(
	"của", "về", "và", "đã", "được", "là", "nhằm", "với", "trong", "tại",
	"do", "này", "đó", "thì", "sẽ", "cũng", "ban hành", "nêu", "xác định",
	"chỉ rõ", "đề ra", "yêu cầu", "gắn với", "đi vào", "vào",
)

// countNouns follow a number that counts things rather than numbers a
// document (Thông báo số 3 ca mắc mới: thông báo is the verb). After
// "ngày" or "năm" a number may still follow: a date (Chỉ thị số 01 ngày
// 5-1) or a year (Nghị quyết số 52 năm 2019) dates the document.
var countNouns = NewSet(
	"ca", "người", "lượt", "lần", "đảng viên", "cán bộ", "đại biểu",
	"điểm", "điểm cầu", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "vạn",
	"đơn vị", "học viên", "học sinh", "hộ", "trường hợp", "ngày", "năm",
	"tháng", "tuần", "giờ", "phút", "giây", "km", "ha", "tấn", "đồng",
	"USD", "bệnh nhân", "bài", "tin", "chiếc", "cuộc", "buổi", "lớp",
	"đoàn viên", "nội dung", "nhiệm vụ", "vấn đề", "giải pháp", "chỉ tiêu",
	"văn bản", "xã", "huyện", "tỉnh", "cơ sở", "chi bộ", "tổ chức",
)
