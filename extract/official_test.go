package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/unicode/norm"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// off is the part of an Official a case states: name, honorific, titles
// and the texts of the mentions (nil: not checked).
type off struct {
	Name      string
	Honorific string
	Titles    []schema.Title
	Mentions  []string
}

// ti builds a Title.
func ti(text, role, org string) schema.Title {
	return schema.Title{Text: text, Role: role, Organization: org}
}

// former and acting set the flags of a Title.
func former(t schema.Title) schema.Title { t.Former = true; return t }
func acting(t schema.Title) schema.Title { t.Acting = true; return t }

// docOf normalizes and tokenizes s.
func docOf(t testing.TB, s string) *Doc {
	t.Helper()
	text, err := normalize.Bytes([]byte(s), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return NewDoc(&text)
}

// officialsOf runs Officials on s, checks the spans against s, and returns
// the results in the form of off (mention texts only when withMentions).
func officialsOf(t *testing.T, s string, withMentions []bool) []off {
	t.Helper()
	got := Officials(docOf(t, s))
	if got == nil {
		t.Fatalf("Officials(%+q) = nil, want a non-nil slice", s)
	}
	var out []off
	for k, o := range got {
		r := off{Name: o.Name, Honorific: o.Honorific, Titles: o.Titles}
		for _, m := range o.Mentions {
			if m.Span[0] < 0 || m.Span[1] > len(s) || s[m.Span[0]:m.Span[1]] != m.Text {
				t.Errorf("%+q: mention %+q has span %v", s, m.Text, m.Span)
			}
			if k < len(withMentions) && withMentions[k] {
				r.Mentions = append(r.Mentions, m.Text)
			}
		}
		if len(o.Mentions) == 0 {
			t.Errorf("%+q: %s has no mention", s, o.Name)
		}
		out = append(out, r)
	}
	return out
}

// officialCases are sentences in the style of Party and government news,
// written for these tests, with the officials they name.
var officialCases = []struct {
	why  string
	text string
	want []off
}{
	// Heads of foreign provinces, cities and districts with their place,
	// the place maybe a foreign name.
	{
		"a Lao deputy provincial governor: the place after tỉnh is the organization",
		"Dự buổi gặp có bà Vongdeuan Sisomphone, Phó Tỉnh trưởng tỉnh Khammouane, cùng đoàn công tác.",
		[]off{{"Vongdeuan Sisomphone", "bà", []schema.Title{ti("Phó Tỉnh trưởng tỉnh Khammouane", "Phó Tỉnh trưởng", "tỉnh Khammouane")}, nil}},
	},
	{
		"a Chinese district head in Vietnamese reading; the verb after the place ends the title",
		"Đoàn do ông Hoàng Quốc Bình, Huyện trưởng huyện Bình Biên dẫn đầu đã thăm cửa khẩu.",
		[]off{{"Hoàng Quốc Bình", "ông", []schema.Title{ti("Huyện trưởng huyện Bình Biên", "Huyện trưởng", "huyện Bình Biên")}, nil}},
	},
	{
		"a deputy mayor before the name in the body: Phó Thị trưởng thành phố X",
		"Ông Trần Hải Phong, Phó Thị trưởng thành phố Bằng Tường, cho biết hai bên sẽ mở thêm lối thông quan.",
		[]off{{"Trần Hải Phong", "ông", []schema.Title{ti("Phó Thị trưởng thành phố Bằng Tường", "Phó Thị trưởng", "thành phố Bằng Tường")}, nil}},
	},
	{
		"a governor with no place after him: the role alone, the lower-case word after it is no place",
		"Ông Keo Sarath, Tỉnh trưởng, cảm ơn tỉnh bạn đã hỗ trợ vật tư y tế.",
		[]off{{"Keo Sarath", "ông", []schema.Title{ti("Tỉnh trưởng", "Tỉnh trưởng", "")}, nil}},
	},
	{
		"a Chinese prefecture's government: the capitalised territory after Chính phủ Nhân dân is its name, not a person",
		"Đoàn do ông Hà Chí Viễn, Chủ tịch Chính phủ Nhân dân Châu Văn Sơn làm trưởng đoàn.",
		[]off{{"Hà Chí Viễn", "ông", []schema.Title{ti("Chủ tịch Chính phủ Nhân dân Châu Văn Sơn", "Chủ tịch", "Chính phủ Nhân dân Châu Văn Sơn")}, nil}},
	},
	{
		"Chính phủ Nhân dân with a lower-case place qualifier",
		"Ông Phan Quốc Lâm, Phó Chủ tịch Chính phủ Nhân dân tỉnh Quảng Tây, phát biểu tại buổi hội đàm.",
		[]off{{"Phan Quốc Lâm", "ông", []schema.Title{ti("Phó Chủ tịch Chính phủ Nhân dân tỉnh Quảng Tây", "Phó Chủ tịch", "Chính phủ Nhân dân tỉnh Quảng Tây")}, nil}},
	},
	{
		"a rank, then a Khmer name with no honorific: the position after the comma makes it a person",
		"Trung tá Pich Sophea, Tiểu đoàn trưởng Tiểu đoàn 2 cảm ơn sự hỗ trợ của đơn vị bạn.",
		[]off{{"Pich Sophea", "", []schema.Title{ti("Trung tá", "Trung tá", ""), ti("Tiểu đoàn trưởng Tiểu đoàn 2", "Tiểu đoàn trưởng", "Tiểu đoàn 2")}, nil}},
	},
	{
		"a full diplomatic post, then a Lao name that ends the clause",
		"Dự lễ có Tổng Lãnh sự Lào tại TP Hồ Chí Minh Phetsamone Vongkhamsao; đại diện các sở, ngành.",
		[]off{{"Phetsamone Vongkhamsao", "", []schema.Title{ti("Tổng Lãnh sự Lào tại TP Hồ Chí Minh", "Tổng Lãnh sự", "Lào tại TP Hồ Chí Minh")}, nil}},
	},
	{
		"a foreign word run after a bare rank, going on with a verb, is no person's name (a company's)",
		"Thiếu tá Samsung Display cho biết nhà máy sẽ mở rộng.",
		nil,
	},
	{
		"a foreign party's central committee: the party's name goes on after Đảng, and the positions after it are read",
		"Đoàn có ông Vương Hải Đông, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Tỉnh ủy; ông ấy phát biểu.",
		[]off{{"Vương Hải Đông", "ông", []schema.Title{
			ti("Ủy viên Trung ương Đảng Cộng sản Trung Quốc", "Ủy viên Trung ương Đảng", "Đảng Cộng sản Trung Quốc"),
			ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"),
		}, nil}},
	},
	{
		"no party name after Đảng: the Vietnamese Central Committee member, the comma ends the role",
		"Đồng chí Trần Quốc Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, chủ trì hội nghị.",
		[]off{{"Trần Quốc Hưng", "đồng chí", []schema.Title{
			ti("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", ""),
			ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"),
		}, nil}},
	},
	{
		"a numbered unit under its parent unit: thuộc and the parent's number are part of the organization",
		"Trung tá Lê Minh Tâm, Tiểu đoàn trưởng Tiểu đoàn 3 thuộc Lữ đoàn 146 báo cáo kết quả tuần tra.",
		[]off{{"Lê Minh Tâm", "", []schema.Title{ti("Trung tá", "Trung tá", ""), ti("Tiểu đoàn trưởng Tiểu đoàn 3 thuộc Lữ đoàn 146", "Tiểu đoàn trưởng", "Tiểu đoàn 3 thuộc Lữ đoàn 146")}, nil}},
	},
	{
		"thuộc before a unit with no number is not taken: the unit ends at its own number",
		"Đại úy Hà Văn Lực, Đại đội trưởng Đại đội 4 thuộc biên chế của Tiểu đoàn, phát biểu.",
		[]off{{"Hà Văn Lực", "", []schema.Title{ti("Đại úy", "Đại úy", ""), ti("Đại đội trưởng Đại đội 4", "Đại đội trưởng", "Đại đội 4")}, nil}},
	},
	{
		"a border gate named with its province after a spaced dash is a place in the organization, not a person",
		"Ông Lò Văn Thắng, Phó Trưởng Ban Quản lý Khu kinh tế cửa khẩu Hoàng Mô - Quảng Ninh, báo cáo tình hình xuất nhập khẩu.",
		[]off{{"Lò Văn Thắng", "ông", []schema.Title{ti("Phó Trưởng Ban Quản lý Khu kinh tế cửa khẩu Hoàng Mô - Quảng Ninh", "Phó Trưởng Ban", "Ban Quản lý Khu kinh tế cửa khẩu Hoàng Mô - Quảng Ninh")}, nil}},
	},
	{
		"a Vietnamese place name after a comma is no person: only the named official",
		"Ông Nông Đức Hậu, Giám đốc Sở Công Thương, Cao Bằng, cho biết lượng hàng qua cửa khẩu tăng.",
		[]off{{"Nông Đức Hậu", "ông", []schema.Title{ti("Giám đốc Sở Công Thương", "Giám đốc", "Sở Công Thương")}, nil}},
	},
	{
		"a deputy political commissar of a border post",
		"Đại úy Lê Văn Khải, Phó Chính trị viên Đồn Biên phòng Tân Hội, cho biết đơn vị đã tuần tra.",
		[]off{{"Lê Văn Khải", "", []schema.Title{ti("Đại úy", "Đại úy", ""), ti("Phó Chính trị viên Đồn Biên phòng Tân Hội", "Phó Chính trị viên", "Đồn Biên phòng Tân Hội")}, nil}},
	},
	// Signature blocks at the end of a document's full text (blind set
	// AF); blocks of our own.
	{
		"a signer: the position line above (đã ký), the capacity line above it is none",
		"Các chi bộ hoàn thành trước ngày 20-5.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n(đã ký)\nLương Văn Thịnh",
		[]off{{"Lương Văn Thịnh", "", []schema.Title{ti("BÍ THƯ", "Bí thư", "")}, []string{"Lương Văn Thịnh"}}},
	},
	{
		"KT. CHỦ TỊCH is signing for the chairman: only the line above (Đã ký) is the signer's",
		"Quyết định này có hiệu lực kể từ ngày ký./.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nTạ Minh Khoa",
		[]off{{"Tạ Minh Khoa", "", []schema.Title{ti("PHÓ CHỦ TỊCH", "Phó Chủ tịch", "")}, nil}},
	},
	{
		"a signer without (đã ký), the name right under the position; the body's fuller title is a separate title",
		"Giao đồng chí Kiều Thị Lam, Phó Chánh Văn phòng Huyện ủy theo dõi.\nT/L BAN THƯỜNG VỤ\nPHÓ CHÁNH VĂN PHÒNG\nKiều Thị Lam",
		[]off{{"Kiều Thị Lam", "đồng chí", []schema.Title{
			ti("Phó Chánh Văn phòng Huyện ủy", "Phó Chánh Văn phòng", "Văn phòng Huyện ủy"),
			ti("PHÓ CHÁNH VĂN PHÒNG", "Phó Chánh Văn phòng", ""),
		}, []string{"Kiều Thị Lam", "Kiều Thị Lam"}}},
	},
	{
		"a signer's rank before the name is a second title; a name in capitals is kept as written",
		"Các đơn vị triển khai thực hiện.\n\nGIÁM ĐỐC\n(đã ký)\nThượng tá Bế Văn Quyết\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nLỤC THỊ NGÂN",
		[]off{
			{"Bế Văn Quyết", "", []schema.Title{ti("GIÁM ĐỐC", "Giám đốc", ""), ti("Thượng tá", "Thượng tá", "")}, nil},
			{"LỤC THỊ NGÂN", "", []schema.Title{ti("BÍ THƯ", "Bí thư", "")}, nil},
		},
	},
	{
		"a capacity line right above (đã ký) gives no position: the signer is not the chairman",
		"Đề nghị các sở thực hiện.\nKT. CHỦ TỊCH\n(đã ký)\nDoãn Hữu Phước",
		nil,
	},
	{
		"a heading in capitals over a sentence is no signature",
		"BÍ THƯ\nNông Thị Huệ trao quà cho các hộ nghèo trong xã.",
		nil,
	},
	// Found on blind set AC; sentences of our own.
	{
		"judicial posts before names, and a position after các shared by the list of names after it",
		"Phiên tòa do Thẩm phán Mai Văn Đức, Phó Chánh án Tòa án nhân dân tỉnh làm chủ tọa; Viện kiểm sát cử các Kiểm sát viên Lê Thị Hoa và Trịnh Văn Nam thực hành quyền công tố.",
		[]off{
			{"Mai Văn Đức", "", []schema.Title{ti("Thẩm phán", "Thẩm phán", ""), ti("Phó Chánh án Tòa án nhân dân tỉnh", "Phó Chánh án", "Tòa án nhân dân tỉnh")}, nil},
			{"Lê Thị Hoa", "", []schema.Title{ti("Kiểm sát viên", "Kiểm sát viên", "")}, nil},
			{"Trịnh Văn Nam", "", []schema.Title{ti("Kiểm sát viên", "Kiểm sát viên", "")}, nil},
		},
	},
	{
		"without các, the name after và is not given the position before the first name",
		"Dự buổi làm việc có Phó Chủ tịch UBND huyện Đặng Văn Hải và ông Lưu Văn Tâm, người dân thôn Đông.",
		[]off{{"Đặng Văn Hải", "", []schema.Title{ti("Phó Chủ tịch UBND huyện", "Phó Chủ tịch", "UBND huyện")}, nil}},
	},
	// Found on blind set AD; sentences of our own.
	{
		"forest rangers' and sub-departments' heads: Chi cục trưởng, Hạt trưởng and their deputies, with Hạt heading a body",
		"Ông Lò Văn Khuê, Chi cục trưởng Chi cục Thủy sản tỉnh, và bà Mạc Thị Hòa, Phó Hạt trưởng Hạt Kiểm lâm huyện Văn Lãng, cùng kiểm tra vùng nuôi.",
		[]off{
			{"Lò Văn Khuê", "ông", []schema.Title{ti("Chi cục trưởng Chi cục Thủy sản tỉnh", "Chi cục trưởng", "Chi cục Thủy sản tỉnh")}, nil},
			{"Mạc Thị Hòa", "bà", []schema.Title{ti("Phó Hạt trưởng Hạt Kiểm lâm huyện Văn Lãng", "Phó Hạt trưởng", "Hạt Kiểm lâm huyện Văn Lãng")}, nil},
		},
	},
	{
		"Hạt as a plain word (a seed) heads nothing",
		"Ông Hà Văn Lâm, Phó Chủ tịch UBND xã, trao hạt giống cho bà con.",
		[]off{{"Hà Văn Lâm", "ông", []schema.Title{ti("Phó Chủ tịch UBND xã", "Phó Chủ tịch", "UBND xã")}, nil}},
	},
	// Found on the dev set (testdata/dev); sentences of our own.
	{
		"people named after their positions: a position followed by a name is that name's, not the previous person's",
		"Cùng đi có Phó Chủ tịch UBND tỉnh Lê Thị Hồng, Giám đốc Sở Xây dựng Phan Văn Toàn và lãnh đạo các sở.",
		[]off{
			{"Lê Thị Hồng", "", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil},
			{"Phan Văn Toàn", "", []schema.Title{ti("Giám đốc Sở Xây dựng", "Giám đốc", "Sở Xây dựng")}, nil},
		},
	},
	{
		"the head of a National Assembly delegation: đoàn đại biểu Quốc hội is the organization",
		"Dự lễ có đồng chí Hà Văn Phúc, Phó Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh, cùng nhiều đại biểu.",
		[]off{{"Hà Văn Phúc", "đồng chí", []schema.Title{
			ti("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy"),
			ti("Trưởng đoàn đại biểu Quốc hội tỉnh", "Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh"),
		}, nil}},
	},
	{
		"a list sharing a position, each name with its own rank before it",
		"Dự buổi lễ có các đồng chí Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh: Thượng tá Ma Văn Đức, Đại tá Lục Thị Yến.",
		[]off{
			{"Ma Văn Đức", "đồng chí", []schema.Title{ti("Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh"), ti("Thượng tá", "Thượng tá", "")}, nil},
			{"Lục Thị Yến", "đồng chí", []schema.Title{ti("Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Phó Chỉ huy trưởng", "Bộ Chỉ huy Quân sự tỉnh"), ti("Đại tá", "Đại tá", "")}, nil},
		},
	},
	{
		"after ; and đồng chí a new person begins: the list's shared position stops",
		"Cùng dự có các đồng chí Phó Trưởng Ban Dân vận Tỉnh ủy: Kha Thị Nhung, Tống Văn Lực; đồng chí Mẫn Đức Tài, Bí thư Huyện ủy.",
		[]off{
			{"Kha Thị Nhung", "đồng chí", []schema.Title{ti("Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban", "Ban Dân vận Tỉnh ủy")}, nil},
			{"Tống Văn Lực", "đồng chí", []schema.Title{ti("Phó Trưởng Ban Dân vận Tỉnh ủy", "Phó Trưởng Ban", "Ban Dân vận Tỉnh ủy")}, nil},
			{"Mẫn Đức Tài", "đồng chí", []schema.Title{ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy")}, nil},
		},
	},
	{
		"Nhà trường is the school an article speaks of; a police department with lower-case words and its ministry after a dash",
		"PGS.TS Diệp Văn Hòa, Hiệu trưởng Nhà trường, và Đại tá Sơn Thị Mỹ, Phó Cục trưởng Cục Cảnh sát giao thông - Bộ Công an, dự lễ.",
		[]off{
			{"Diệp Văn Hòa", "", []schema.Title{ti("Hiệu trưởng Nhà trường", "Hiệu trưởng", "Nhà trường")}, nil},
			{"Sơn Thị Mỹ", "", []schema.Title{ti("Đại tá", "Đại tá", ""), ti("Phó Cục trưởng Cục Cảnh sát giao thông - Bộ Công an", "Phó Cục trưởng", "Cục Cảnh sát giao thông - Bộ Công an")}, nil},
		},
	},
	{
		"family names of ethnic minorities (Thái Xa, Cơ Tu Alăng)",
		"Đồng chí Xa Văn Tình, nguyên Bí thư Tỉnh ủy, và đồng chí Alăng Thị Bơ, Chủ tịch UBND huyện, dự lễ.",
		[]off{
			{"Xa Văn Tình", "đồng chí", []schema.Title{former(ti("nguyên Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"))}, nil},
			{"Alăng Thị Bơ", "đồng chí", []schema.Title{ti("Chủ tịch UBND huyện", "Chủ tịch", "UBND huyện")}, nil},
		},
	},

	// Found on the blind sets (testdata/blindA, blindB); sentences of our
	// own.
	{
		"các cơ quan before a capitalised word belongs to the committee's name",
		"Đồng chí Hoàng Minh Tâm, Bí thư Đảng ủy các cơ quan Đảng tỉnh, phát biểu khai mạc.",
		[]off{{"Hoàng Minh Tâm", "đồng chí", []schema.Title{ti("Bí thư Đảng ủy các cơ quan Đảng tỉnh", "Bí thư", "Đảng ủy các cơ quan Đảng tỉnh")}, nil}},
	},
	{
		"lower-case words of a steering board's name, closed by the comma",
		"Đồng chí Vi Văn Sáu, Phó Bí thư Tỉnh ủy, Phó Trưởng ban Chỉ đạo diễn tập, kiểm tra công tác chuẩn bị.",
		[]off{{"Vi Văn Sáu", "đồng chí", []schema.Title{
			ti("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy"),
			ti("Phó Trưởng ban Chỉ đạo diễn tập", "Phó Trưởng Ban", "Ban Chỉ đạo diễn tập"),
		}, nil}},
	},
	{
		"lower-case words of an association's name before its place qualifier",
		"Ông Lò Văn Sơn, Chủ tịch Hội Người cao tuổi xã, trao quà mừng thọ.",
		[]off{{"Lò Văn Sơn", "ông", []schema.Title{ti("Chủ tịch Hội Người cao tuổi xã", "Chủ tịch", "Hội Người cao tuổi xã")}, nil}},
	},
	{
		"a department of a ministry with lower-case words",
		"Ông Trần Văn Hà, Vụ trưởng Vụ Tổ chức cán bộ, đọc quyết định bổ nhiệm.",
		[]off{{"Trần Văn Hà", "ông", []schema.Title{ti("Vụ trưởng Vụ Tổ chức cán bộ", "Vụ trưởng", "Vụ Tổ chức cán bộ")}, nil}},
	},
	{
		"a defence-zone command: lower-case words, its number and its place after a dash",
		"Thượng tá Hà Quang Vinh, Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 2 - Mộc Châu phát biểu.",
		[]off{{"Hà Quang Vinh", "", []schema.Title{
			ti("Thượng tá", "Thượng tá", ""),
			ti("Chỉ huy trưởng Ban Chỉ huy Phòng thủ khu vực 2 - Mộc Châu", "Chỉ huy trưởng", "Ban Chỉ huy Phòng thủ khu vực 2 - Mộc Châu"),
		}, nil}},
	},
	{
		"a hamlet word (xóm) and its name belong to the Party cell",
		"Ông Hà Văn Khay, Bí thư Chi bộ xóm Bãi Sậy, vận động bà con hiến đất.",
		[]off{{"Hà Văn Khay", "ông", []schema.Title{ti("Bí thư Chi bộ xóm Bãi Sậy", "Bí thư", "Chi bộ xóm Bãi Sậy")}, nil}},
	},
	{
		"bản thân is not the hamlet word bản: the cell ends before it",
		"Ông Lò Văn Pấng, Bí thư Chi bộ bản thân luôn gương mẫu.",
		[]off{{"Lò Văn Pấng", "ông", []schema.Title{ti("Bí thư Chi bộ", "Bí thư", "Chi bộ")}, nil}},
	},
	{
		"the school's Youth Union (Đoàn trường)",
		"Thầy Nguyễn Văn Lộc, Bí thư Đoàn trường cho biết cuộc thi thu hút nhiều học sinh.",
		[]off{{"Nguyễn Văn Lộc", "", []schema.Title{ti("Bí thư Đoàn trường", "Bí thư", "Đoàn trường")}, nil}},
	},
	{
		"a hospital is an organization; degrees before the name are skipped",
		"BSCKII Hoàng Văn Minh, Bí thư Đảng ủy, Giám đốc Bệnh viện chủ trì hội nghị.",
		[]off{{"Hoàng Văn Minh", "", []schema.Title{
			ti("Bí thư Đảng ủy", "Bí thư", "Đảng ủy"),
			ti("Giám đốc Bệnh viện", "Giám đốc", "Bệnh viện"),
		}, nil}},
	},
	{
		"a cooperative is an organization (Hợp tác xã, HTX)",
		"Báo cáo với đoàn, ông Lò Văn Tính, Giám đốc Hợp tác xã Chè Tân Cương, cho biết sản lượng năm nay tăng.",
		[]off{{"Lò Văn Tính", "ông", []schema.Title{ti("Giám đốc Hợp tác xã Chè Tân Cương", "Giám đốc", "Hợp tác xã Chè Tân Cương")}, nil}},
	},
	{
		"a degree and a lower-case profession after its comma; the head of a hospital ward",
		"Tiến sĩ, bác sĩ Lương Văn Thành, Trưởng khoa Nội tổng hợp, chia sẻ kinh nghiệm.",
		[]off{{"Lương Văn Thành", "", []schema.Title{ti("Trưởng khoa Nội tổng hợp", "Trưởng khoa", "Khoa Nội tổng hợp")}, nil}},
	},
	{
		"a ward named with lower-case words and a dash, ended by the verb",
		"Thạc sĩ Phan Thị Hạnh, Phó Trưởng khoa Gây mê hồi sức - Cấp cứu đề nghị bổ sung nhân lực.",
		[]off{{"Phan Thị Hạnh", "", []schema.Title{ti("Phó Trưởng khoa Gây mê hồi sức - Cấp cứu", "Phó Trưởng khoa", "Khoa Gây mê hồi sức - Cấp cứu")}, nil}},
	},
	{
		"the front's board of a hamlet, written in lower case",
		"Ông Sầm Văn Chinh, Trưởng ban công tác Mặt trận thôn Khuổi Phầy, báo cáo kết quả.",
		[]off{{"Sầm Văn Chinh", "ông", []schema.Title{ti("Trưởng ban công tác Mặt trận thôn Khuổi Phầy", "Trưởng Ban", "Ban công tác Mặt trận thôn Khuổi Phầy")}, nil}},
	},
	{
		"a Thái family name (Đèo) before the name, with its position before it",
		"Phó Chủ tịch UBND tỉnh Đèo Văn Tâm thông tin về tiến độ xóa nhà tạm.",
		[]off{{"Đèo Văn Tâm", "", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil}},
	},
	{
		"a verb phrase that does not reach punctuation is not part of the name",
		"Ông Tô Văn Hải, Giám đốc Sở Tài chính sớm bố trí kinh phí cho các xã.",
		[]off{{"Tô Văn Hải", "ông", []schema.Title{ti("Giám đốc Sở Tài chính", "Giám đốc", "Sở Tài chính")}, nil}},
	},
	{
		"a verb of orgStops ends the name even before punctuation",
		"Bà Lâm Thị Hoa, Phó Giám đốc Sở Y tế kiến nghị, đề xuất nhiều giải pháp.",
		[]off{{"Lâm Thị Hoa", "bà", []schema.Title{ti("Phó Giám đốc Sở Y tế", "Phó Giám đốc", "Sở Y tế")}, nil}},
	},

	{
		"after the name, a personal name after a school's head names the school",
		"TS. Lê Thị Thu, Phó Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ, trình bày chuyên đề.",
		[]off{{"Lê Thị Thu", "", []schema.Title{ti("Phó Hiệu trưởng Trường Chính trị Nguyễn Văn Cừ", "Phó Hiệu trưởng", "Trường Chính trị Nguyễn Văn Cừ")}, nil}},
	},
	{
		"before a name, the name after the school's head is the person's",
		"Hiệu trưởng Trường Tiểu học Lê Văn Tám phát biểu tại lễ khai giảng.",
		[]off{{"Lê Văn Tám", "", []schema.Title{ti("Hiệu trưởng Trường Tiểu học", "Hiệu trưởng", "Trường Tiểu học")}, nil}},
	},
	{
		"in a list of people named after their positions, the name after the school is the next person",
		"Cùng dự có Phó Chủ tịch UBND tỉnh Lê Thị Hồng, Hiệu trưởng Trường THPT Trần Văn Bình và lãnh đạo các sở.",
		[]off{
			{"Lê Thị Hồng", "", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil},
			{"Trần Văn Bình", "", []schema.Title{ti("Hiệu trưởng Trường THPT", "Hiệu trưởng", "Trường THPT")}, nil},
		},
	},
	{
		"a joint office of two organs that share their place",
		"Ông Đinh Văn Quý, Phó Chánh Văn phòng HĐND và UBND huyện, đọc báo cáo thẩm tra.",
		[]off{{"Đinh Văn Quý", "ông", []schema.Title{ti("Phó Chánh Văn phòng HĐND và UBND huyện", "Phó Chánh Văn phòng", "Văn phòng HĐND và UBND huyện")}, nil}},
	},
	{
		"và before an honorific ends the office's name",
		"Ông Lê Văn Hùng, Chánh Văn phòng Tỉnh ủy và đồng chí Trần Văn Bảo, Phó Bí thư Tỉnh ủy, dự lễ.",
		[]off{
			{"Lê Văn Hùng", "ông", []schema.Title{ti("Chánh Văn phòng Tỉnh ủy", "Chánh Văn phòng", "Văn phòng Tỉnh ủy")}, nil},
			{"Trần Văn Bảo", "đồng chí", []schema.Title{ti("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy")}, nil},
		},
	},

	// Found on blind set C (testdata/blindC); sentences of our own.
	// Positions given by election or appointment.
	{
		"a position given by election after the positions held: both are the person's, the new one as written",
		"Tại phiên họp thứ nhất, đồng chí Lê Văn Quý, Phó Bí thư Đảng ủy xã, được bầu giữ chức Bí thư Đảng ủy xã.",
		[]off{{"Lê Văn Quý", "đồng chí", []schema.Title{
			ti("Phó Bí thư Đảng ủy xã", "Phó Bí thư", "Đảng ủy xã"),
			ti("Bí thư Đảng ủy xã", "Bí thư", "Đảng ủy xã"),
		}, nil}},
	},
	{
		"a bare role given by election applies to each bare name of the list before it",
		"Hội nghị cũng bầu bổ sung; các đồng chí Hà Thị Mây và Vi Văn Khương được bầu giữ chức Phó Chủ tịch.",
		[]off{
			{"Hà Thị Mây", "đồng chí", []schema.Title{ti("Phó Chủ tịch", "Phó Chủ tịch", "")}, nil},
			{"Vi Văn Khương", "đồng chí", []schema.Title{ti("Phó Chủ tịch", "Phó Chủ tịch", "")}, nil},
		},
	},
	{
		"two bare names joined by và, each with its honorific, share the position given after the second",
		"Đồng chí Ma Văn Hòa và đồng chí Tô Thị Lan được bầu giữ chức Phó Chủ tịch Hội.",
		[]off{
			{"Ma Văn Hòa", "đồng chí", []schema.Title{ti("Phó Chủ tịch Hội", "Phó Chủ tịch", "Hội")}, nil},
			{"Tô Thị Lan", "đồng chí", []schema.Title{ti("Phó Chủ tịch Hội", "Phó Chủ tịch", "Hội")}, nil},
		},
	},
	{
		"a position after the comma stays the second name's: only an appointment is shared",
		"Ông Lê Văn An và ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, kiểm tra công trình.",
		[]off{{"Trần Văn Bình", "ông", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil}},
	},
	{
		"được bầu làm: the position ends at the full stop",
		"Ủy ban Kiểm tra gồm 5 đồng chí; đồng chí Triệu Văn Sinh được bầu làm Chủ nhiệm Ủy ban Kiểm tra.",
		[]off{{"Triệu Văn Sinh", "đồng chí", []schema.Title{ti("Chủ nhiệm Ủy ban Kiểm tra", "Chủ nhiệm", "Ủy ban Kiểm tra")}, nil}},
	},
	{
		"tái đắc cử: the term after the position is not part of it",
		"Ông Lục Văn Quang tái đắc cử Chủ tịch Hội Nông dân tỉnh nhiệm kỳ mới.",
		[]off{{"Lục Văn Quang", "ông", []schema.Title{ti("Chủ tịch Hội Nông dân tỉnh", "Chủ tịch", "Hội Nông dân tỉnh")}, nil}},
	},
	{
		"được điều động, bổ nhiệm giữ chức after the position held",
		"Đồng chí Đặng Minh Tuấn, Trưởng phòng Ngân sách, được điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính.",
		[]off{{"Đặng Minh Tuấn", "đồng chí", []schema.Title{
			ti("Trưởng phòng Ngân sách", "Trưởng phòng", "Phòng Ngân sách"),
			ti("Phó Giám đốc Sở Tài chính", "Phó Giám đốc", "Sở Tài chính"),
		}, nil}},
	},
	{
		"bổ nhiệm before the names: a bare giữ chức gives each person the position after it",
		"UBND tỉnh quyết định bổ nhiệm ông Đỗ Văn Hòa giữ chức Giám đốc Sở Y tế, bà Vũ Thị Yến giữ chức Phó Giám đốc Sở Y tế.",
		[]off{
			{"Đỗ Văn Hòa", "ông", []schema.Title{ti("Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế")}, nil},
			{"Vũ Thị Yến", "bà", []schema.Title{ti("Phó Giám đốc Sở Y tế", "Phó Giám đốc", "Sở Y tế")}, nil},
		},
	},
	{
		"hiện là after a former position: the current position is kept, not former",
		"Bị kỷ luật cảnh cáo có ông Trịnh Văn Lợi, nguyên Chủ tịch UBND xã, hiện là Phó Trưởng phòng Nội vụ huyện.",
		[]off{{"Trịnh Văn Lợi", "ông", []schema.Title{
			former(ti("nguyên Chủ tịch UBND xã", "Chủ tịch", "UBND xã")),
			ti("Phó Trưởng phòng Nội vụ huyện", "Phó Trưởng phòng", "Phòng Nội vụ huyện"),
		}, nil}},
	},
	{
		"who appoints between được and the verb; a move and a post joined by a comma",
		"Đồng chí Lê Văn Tài được Ban Thường vụ Tỉnh ủy điều động, phân công giữ chức Bí thư Huyện ủy; bà Đỗ Thị Hà được Chủ tịch UBND tỉnh bổ nhiệm làm Giám đốc Sở Nội vụ.",
		[]off{
			{"Lê Văn Tài", "đồng chí", []schema.Title{ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy")}, nil},
			{"Đỗ Thị Hà", "bà", []schema.Title{ti("Giám đốc Sở Nội vụ", "Giám đốc", "Sở Nội vụ")}, nil},
		},
	},
	{
		"an election in a headline in capitals",
		"ĐỒNG CHÍ LÝ VĂN AN ĐƯỢC BẦU GIỮ CHỨC BÍ THƯ TỈNH ỦY",
		[]off{{"LÝ VĂN AN", "đồng chí", []schema.Title{ti("BÍ THƯ TỈNH ỦY", "Bí thư", "TỈNH ỦY")}, nil}},
	},
	{"được with who gives something else: no position", "Ông Lê Văn Tâm được Chủ tịch UBND tỉnh tặng Bằng khen vì thành tích xuất sắc.", nil},
	{"giữ chức without a verb of appointment before the name may tell of a past post", "Ông Tạ Văn Nhất giữ chức Bí thư Huyện ủy từ năm 1995 đến năm 2000.", nil},
	{"làm without a verb of appointment before the name", "Ông Hồ Văn Tài làm Bí thư Chi bộ suốt hai mươi năm.", nil},
	{"elected into a body is membership, not a position as written", "Đồng chí Nguyễn Văn Tư được bầu vào Ban Chấp hành Hội.", nil},
	{"được bầu before a lower-case word: no position follows", "Ông Cao Văn Lực được bầu với số phiếu cao.", nil},
	// Positions in lower case before the name.
	{
		"đại biểu Quốc hội in lower case before a name is a title as written",
		"Phát biểu tại tổ, đại biểu Quốc hội Hoàng Thị Duyên đề nghị làm rõ nguồn vốn.",
		[]off{{"Hoàng Thị Duyên", "", []schema.Title{ti("đại biểu Quốc hội", "Đại biểu Quốc hội", "")}, nil}},
	},
	{
		"a seat of a People's Council before a name",
		"Tiếp thu ý kiến, đại biểu HĐND tỉnh Lò Văn Pọm kiến nghị sửa đường.",
		[]off{{"Lò Văn Pọm", "", []schema.Title{ti("đại biểu HĐND tỉnh", "Đại biểu", "HĐND tỉnh")}, nil}},
	},
	{
		"a seat of a People's Council after a name, after the comma",
		"Ông Lý Văn Tư, đại biểu HĐND tỉnh, chất vấn Giám đốc Sở Xây dựng.",
		[]off{{"Lý Văn Tư", "ông", []schema.Title{ti("đại biểu HĐND tỉnh", "Đại biểu", "HĐND tỉnh")}, nil}},
	},
	{
		"membership of a Party organ in lower case before a name",
		"Cùng dự có ủy viên Ban Thường vụ Tỉnh ủy Mai Văn Chính.",
		[]off{{"Mai Văn Chính", "", []schema.Title{ti("ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ", "Tỉnh ủy")}, nil}},
	},
	{
		"after các, a lower-case seat is shared by the list of names",
		"Trước đó, các đại biểu Quốc hội Triệu Văn Lâm và Ma Thị Hoa đã tiếp xúc cử tri.",
		[]off{
			{"Triệu Văn Lâm", "", []schema.Title{ti("đại biểu Quốc hội", "Đại biểu Quốc hội", "")}, nil},
			{"Ma Thị Hoa", "", []schema.Title{ti("đại biểu Quốc hội", "Đại biểu Quốc hội", "")}, nil},
		},
	},
	{
		"a lower-case seat after the comma is the person's before it; one after the semicolon is the next person's",
		"Phát biểu có ông Lê Văn Hải, đại biểu HĐND tỉnh; đại biểu Quốc hội Vũ Thị Mai.",
		[]off{
			{"Lê Văn Hải", "ông", []schema.Title{ti("đại biểu HĐND tỉnh", "Đại biểu", "HĐND tỉnh")}, nil},
			{"Vũ Thị Mai", "", []schema.Title{ti("đại biểu Quốc hội", "Đại biểu Quốc hội", "")}, nil},
		},
	},
	{"đại biểu as the plural noun", "Các đại biểu dự hội nghị đã thảo luận sôi nổi.", nil},
	{"the delegates of a province, without a name", "Các vị đại biểu Quốc hội đơn vị tỉnh Cao Bằng dự kỳ họp.", nil},
	{"đại biểu of an agency is its representative, not a seat", "Thay mặt đoàn, đại biểu Sở Y tế Nguyễn Văn Tâm cho biết số ca mắc giảm.", nil},
	{"Đại biểu of an agency, capitalised, is not a seat either", "Đại biểu Sở Y tế Nguyễn Văn Tâm cho biết số ca mắc giảm.", nil},

	// Police and army units.
	{
		"a police unit's name goes on through its lower-case specialisation up to the verb",
		"Đại úy Rơ Chăm Phiu, Phó Trưởng phòng Cảnh sát đường thủy được biểu dương.",
		[]off{{"Rơ Chăm Phiu", "", []schema.Title{
			ti("Đại úy", "Đại úy", ""),
			ti("Phó Trưởng phòng Cảnh sát đường thủy", "Phó Trưởng phòng", "Phòng Cảnh sát đường thủy"),
		}, nil}},
	},
	{
		"the head of a numbered police team (Đội ... số 1)",
		"Trung úy Lê Văn Khoa, Đội trưởng Đội Cảnh sát giao thông trật tự số 1, báo cáo kết quả.",
		[]off{{"Lê Văn Khoa", "", []schema.Title{
			ti("Trung úy", "Trung úy", ""),
			ti("Đội trưởng Đội Cảnh sát giao thông trật tự số 1", "Đội trưởng", "Đội Cảnh sát giao thông trật tự số 1"),
		}, nil}},
	},
	{
		"the commander of a numbered battalion",
		"Thiếu tá Kpă Hlim, Tiểu đoàn trưởng Tiểu đoàn 2, chỉ huy diễn tập.",
		[]off{{"Kpă Hlim", "", []schema.Title{
			ti("Thiếu tá", "Thiếu tá", ""),
			ti("Tiểu đoàn trưởng Tiểu đoàn 2", "Tiểu đoàn trưởng", "Tiểu đoàn 2"),
		}, nil}},
	},
	{
		"Ê Đê and Gia Rai names: H' before a syllable, the clans Nay and Siu",
		"Bà H'Hen Niê, Phó Chủ tịch UBND huyện, và ông Nay Blang, Chủ tịch UBND xã, cùng bà Siu H'Prăk, Bí thư Chi bộ buôn, dự lễ.",
		[]off{
			{"H'Hen Niê", "bà", []schema.Title{ti("Phó Chủ tịch UBND huyện", "Phó Chủ tịch", "UBND huyện")}, nil},
			{"Nay Blang", "ông", []schema.Title{ti("Chủ tịch UBND xã", "Chủ tịch", "UBND xã")}, nil},
			{"Siu H'Prăk", "bà", []schema.Title{ti("Bí thư Chi bộ buôn", "Bí thư", "Chi bộ buôn")}, nil},
		},
	},
	{
		"a police specialisation word after a place is the sentence going on",
		"Ông Trần Văn Hưng, Trưởng Công an huyện điều tra làm rõ vụ việc.",
		[]off{{"Trần Văn Hưng", "ông", []schema.Title{ti("Trưởng Công an huyện", "Trưởng Công an", "Công an huyện")}, nil}},
	},

	// Positions after the name.
	{
		"one position after the name and a comma, ended by the verb after the next comma",
		"Đồng chí Trần Quốc Bảo, Phó Bí thư Tỉnh ủy, chủ trì hội nghị.",
		[]off{{"Trần Quốc Bảo", "đồng chí", []schema.Title{ti("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy")}, []string{"Trần Quốc Bảo"}}},
	},
	{
		"ông, a department of the province",
		"Ông Lê Thanh Tùng, Giám đốc Sở Tài chính, cho biết ngân sách đã được phân bổ.",
		[]off{{"Lê Thanh Tùng", "ông", []schema.Title{ti("Giám đốc Sở Tài chính", "Giám đốc", "Sở Tài chính")}, nil}},
	},
	{
		"bà, a nested head (Hội Liên hiệp) and a place qualifier",
		"Bà Ngô Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, phát biểu tại buổi lễ.",
		[]off{{"Ngô Thị Lan", "bà", []schema.Title{ti("Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Chủ tịch", "Hội Liên hiệp Phụ nữ tỉnh")}, nil}},
	},
	{
		"two positions separated by commas; membership of the standing committee is in the role",
		"Đồng chí Võ Minh Châu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy, trao quyết định.",
		[]off{{"Võ Minh Châu", "đồng chí", []schema.Title{
			ti("Ủy viên Ban Thường vụ Tỉnh ủy", "Ủy viên Ban Thường vụ", "Tỉnh ủy"),
			ti("Trưởng Ban Tổ chức Tỉnh ủy", "Trưởng Ban", "Ban Tổ chức Tỉnh ủy"),
		}, nil}},
	},
	{
		"a semicolon starts the next person; the singular honorific stays with the first",
		"Dự hội nghị có đồng chí Hoàng Văn Nam, Bí thư Huyện ủy; Đinh Thị Hoa, Chủ tịch UBND huyện.",
		[]off{
			{"Hoàng Văn Nam", "đồng chí", []schema.Title{ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy")}, nil},
			{"Đinh Thị Hoa", "", []schema.Title{ti("Chủ tịch UBND huyện", "Chủ tịch", "UBND huyện")}, nil},
		},
	},
	{
		"a dash after the name; the title ends before the verb",
		"Đồng chí Lý Văn Hùng - Bí thư Đảng ủy xã phát biểu chỉ đạo.",
		[]off{{"Lý Văn Hùng", "đồng chí", []schema.Title{ti("Bí thư Đảng ủy xã", "Bí thư", "Đảng ủy xã")}, nil}},
	},
	{
		"a long ministry name with và and a lower-case word of the name",
		"Ông Phùng Đức Tiến - Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn, kiểm tra công tác phòng dịch.",
		[]off{{"Phùng Đức Tiến", "ông", []schema.Title{ti("Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn", "Thứ trưởng", "Bộ Nông nghiệp và Phát triển nông thôn")}, nil}},
	},
	{
		"kiêm joins two positions",
		"Ông Tạ Quang Huy, Bí thư Huyện ủy kiêm Chủ tịch HĐND huyện, đã tiếp xúc cử tri.",
		[]off{{"Tạ Quang Huy", "ông", []schema.Title{
			ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy"),
			ti("Chủ tịch HĐND huyện", "Chủ tịch", "HĐND huyện"),
		}, nil}},
	},
	{
		"nguyên in lower case: former, kept in the text",
		"Đồng chí Trịnh Văn Quyết, nguyên Chủ tịch UBND tỉnh, được tặng Huy hiệu 50 năm tuổi Đảng.",
		[]off{{"Trịnh Văn Quyết", "đồng chí", []schema.Title{former(ti("nguyên Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh"))}, nil}},
	},
	{
		"Quyền: acting",
		"Ông Đặng Hữu Phúc, Quyền Giám đốc Sở Y tế, báo cáo tình hình dịch bệnh.",
		[]off{{"Đặng Hữu Phúc", "ông", []schema.Title{acting(ti("Quyền Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế"))}, nil}},
	},
	{
		"Q. abbreviates Quyền; the office of the UBND is its Văn phòng",
		"Ông Lương Văn Tâm, Q. Chánh Văn phòng UBND tỉnh, ký thông báo.",
		[]off{{"Lương Văn Tâm", "ông", []schema.Title{acting(ti("Q. Chánh Văn phòng UBND tỉnh", "Chánh Văn phòng", "Văn phòng UBND tỉnh"))}, nil}},
	},
	{
		"Chánh Văn phòng shares its head with the organization",
		"Đồng chí Nguyễn Văn Hiếu, Chánh Văn phòng Tỉnh ủy, đọc quyết định.",
		[]off{{"Nguyễn Văn Hiếu", "đồng chí", []schema.Title{ti("Chánh Văn phòng Tỉnh ủy", "Chánh Văn phòng", "Văn phòng Tỉnh ủy")}, nil}},
	},
	{
		"UVBTV expands; an abbreviation alone has no organization",
		"Đồng chí Bùi Văn Thắng, UVBTV, Trưởng Ban Dân vận Huyện ủy, dự và chỉ đạo hội nghị.",
		[]off{{"Bùi Văn Thắng", "đồng chí", []schema.Title{
			ti("UVBTV", "Ủy viên Ban Thường vụ", ""),
			ti("Trưởng Ban Dân vận Huyện ủy", "Trưởng Ban", "Ban Dân vận Huyện ủy"),
		}, nil}},
	},
	{
		"Đ/c is đồng chí; PBT TT expands to Phó Bí thư Thường trực",
		"Đ/c Hà Minh Đức - PBT TT Huyện ủy phát biểu.",
		[]off{{"Hà Minh Đức", "đồng chí", []schema.Title{ti("PBT TT Huyện ủy", "Phó Bí thư Thường trực", "Huyện ủy")}, nil}},
	},
	{
		"PCT expands to Phó Chủ tịch",
		"Đ/c Kiều Văn Sơn, PCT UBND xã, kiểm tra tiến độ thi công.",
		[]off{{"Kiều Văn Sơn", "đồng chí", []schema.Title{ti("PCT UBND xã", "Phó Chủ tịch", "UBND xã")}, nil}},
	},
	{
		"compound surname Tôn Thất; CT counts only with the organization after it",
		"Ông Tôn Thất Minh, CT UBND phường, tiếp công dân định kỳ.",
		[]off{{"Tôn Thất Minh", "ông", []schema.Title{ti("CT UBND phường", "Chủ tịch", "UBND phường")}, nil}},
	},
	{
		"TUV expands to Tỉnh ủy viên",
		"Đồng chí Châu Văn Lộc, TUV, Bí thư Đảng ủy phường, báo cáo kết quả.",
		[]off{{"Châu Văn Lộc", "đồng chí", []schema.Title{
			ti("TUV", "Tỉnh ủy viên", ""),
			ti("Bí thư Đảng ủy phường", "Bí thư", "Đảng ủy phường"),
		}, nil}},
	},
	{
		"UVBCT expands to Ủy viên Bộ Chính trị",
		"Đồng chí Nguyễn Văn Bình, UVBCT, Trưởng Ban Kinh tế Trung ương, dự hội thảo.",
		[]off{{"Nguyễn Văn Bình", "đồng chí", []schema.Title{
			ti("UVBCT", "Ủy viên Bộ Chính trị", ""),
			ti("Trưởng Ban Kinh tế Trung ương", "Trưởng Ban", "Ban Kinh tế Trung ương"),
		}, nil}},
	},
	{
		"UV BCT written apart",
		"Đồng chí Trương Thị Mai, UV BCT, Trưởng Ban Dân vận Trung ương, dự lễ.",
		[]off{{"Trương Thị Mai", "đồng chí", []schema.Title{
			ti("UV BCT", "Ủy viên Bộ Chính trị", ""),
			ti("Trưởng Ban Dân vận Trung ương", "Trưởng Ban", "Ban Dân vận Trung ương"),
		}, nil}},
	},
	{
		"UVTW Đảng: joined abbreviations followed by a full word",
		"Đồng chí Lê Văn Thành, UVTW Đảng, Bí thư Thành ủy Hải Phòng, thăm công trình.",
		[]off{{"Lê Văn Thành", "đồng chí", []schema.Title{
			ti("UVTW Đảng", "Ủy viên Trung ương Đảng", ""),
			ti("Bí thư Thành ủy Hải Phòng", "Bí thư", "Thành ủy Hải Phòng"),
		}, nil}},
	},
	{
		"T.Ư is Trung ương",
		"Đồng chí Bế Xuân Trường, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy Cao Bằng, làm việc với huyện.",
		[]off{{"Bế Xuân Trường", "đồng chí", []schema.Title{
			ti("Ủy viên T.Ư Đảng", "Ủy viên Trung ương Đảng", ""),
			ti("Bí thư Tỉnh ủy Cao Bằng", "Bí thư", "Tỉnh ủy Cao Bằng"),
		}, nil}},
	},
	{
		"Bí thư Trung ương Đảng is one role, without organization",
		"Ông Đinh Văn Hòa, Bí thư Trung ương Đảng, Trưởng Ban Nội chính Trung ương, phát biểu.",
		[]off{{"Đinh Văn Hòa", "ông", []schema.Title{
			ti("Bí thư Trung ương Đảng", "Bí thư Trung ương Đảng", ""),
			ti("Trưởng Ban Nội chính Trung ương", "Trưởng Ban", "Ban Nội chính Trung ương"),
		}, nil}},
	},
	{
		"Thường trực Ban Bí thư is one role",
		"Đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, phát biểu bế mạc.",
		[]off{{"Võ Văn Thưởng", "đồng chí", []schema.Title{
			ti("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị", ""),
			ti("Thường trực Ban Bí thư", "Thường trực Ban Bí thư", ""),
		}, nil}},
	},
	{
		"Bí thư Trung ương Đoàn: the role is Bí thư, the Youth Union is the organization",
		"Anh Nguyễn Minh Triết, Bí thư Trung ương Đoàn, trao học bổng cho học sinh.",
		[]off{{"Nguyễn Minh Triết", "anh", []schema.Title{ti("Bí thư Trung ương Đoàn", "Bí thư", "Trung ương Đoàn")}, nil}},
	},
	{
		"a segment after a dash that names only an organization belongs to the title",
		"Ông Phạm Văn Lực, Vụ trưởng Vụ Pháp chế - Bộ Y tế, giải đáp thắc mắc của doanh nghiệp.",
		[]off{{"Phạm Văn Lực", "ông", []schema.Title{ti("Vụ trưởng Vụ Pháp chế - Bộ Y tế", "Vụ trưởng", "Vụ Pháp chế - Bộ Y tế")}, nil}},
	},
	{
		"a comma inside the ministry's name, which reaches và",
		"Ông Hoàng Đạo Cương, Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch, dự lễ khai mạc.",
		[]off{{"Hoàng Đạo Cương", "ông", []schema.Title{ti("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Thứ trưởng", "Bộ Văn hóa, Thể thao và Du lịch")}, nil}},
	},
	{
		"a dash inside the ministry's name",
		"Bà Đào Ngọc Dung, Bộ trưởng Bộ Lao động - Thương binh và Xã hội, kiểm tra việc chi trả.",
		[]off{{"Đào Ngọc Dung", "bà", []schema.Title{ti("Bộ trưởng Bộ Lao động - Thương binh và Xã hội", "Bộ trưởng", "Bộ Lao động - Thương binh và Xã hội")}, nil}},
	},
	{
		"two dashes, each before a role",
		"Đồng chí Phạm Thị Hằng - Tỉnh ủy viên - Bí thư Huyện ủy trao quà cho các hộ nghèo.",
		[]off{{"Phạm Thị Hằng", "đồng chí", []schema.Title{
			ti("Tỉnh ủy viên", "Tỉnh ủy viên", ""),
			ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy"),
		}, nil}},
	},
	{
		"a position right after the name, without a comma",
		"Đồng chí Nguyễn Văn Thể Bí thư Đảng ủy Khối dự đại hội.",
		[]off{{"Nguyễn Văn Thể", "đồng chí", []schema.Title{ti("Bí thư Đảng ủy Khối", "Bí thư", "Đảng ủy Khối")}, nil}},
	},
	{
		"a lower-case role and head after the name, and a numbered hamlet",
		"Ông Nguyễn Văn Tư, bí thư chi bộ ấp 3, vận động bà con hiến đất.",
		[]off{{"Nguyễn Văn Tư", "ông", []schema.Title{ti("bí thư chi bộ ấp 3", "Bí thư", "chi bộ ấp 3")}, nil}},
	},
	{
		"Trưởng đoàn shares its head with the delegation",
		"Ông Đặng Xuân Phong, Trưởng đoàn ĐBQH tỉnh Lào Cai, tiếp xúc cử tri.",
		[]off{{"Đặng Xuân Phong", "ông", []schema.Title{ti("Trưởng đoàn ĐBQH tỉnh Lào Cai", "Trưởng đoàn", "Đoàn ĐBQH tỉnh Lào Cai")}, nil}},
	},
	{
		"đại biểu Quốc hội with its term",
		"Bà Nguyễn Thị Thanh, đại biểu Quốc hội khóa XV, chất vấn Bộ trưởng.",
		[]off{{"Nguyễn Thị Thanh", "bà", []schema.Title{ti("đại biểu Quốc hội khóa XV", "Đại biểu Quốc hội", "")}, nil}},
	},
	{
		"a nested organization in a Học viện, with its region number",
		"PGS.TS Nguyễn Văn Khánh, Giám đốc Học viện Chính trị khu vực I, trình bày tham luận.",
		[]off{{"Nguyễn Văn Khánh", "", []schema.Title{ti("Giám đốc Học viện Chính trị khu vực I", "Giám đốc", "Học viện Chính trị khu vực I")}, nil}},
	},
	{
		"TS. before the name is a degree, not a title",
		"TS. Lê Văn Minh, Phó Viện trưởng Viện Kinh tế Việt Nam, nhận định về tăng trưởng.",
		[]off{{"Lê Văn Minh", "", []schema.Title{ti("Phó Viện trưởng Viện Kinh tế Việt Nam", "Phó Viện trưởng", "Viện Kinh tế Việt Nam")}, nil}},
	},
	{
		"a position in parentheses after the name",
		"Ông Nguyễn Văn Hùng (Chủ tịch UBND xã Tân An) cho biết xã đã hoàn thành tiêu chí nông thôn mới.",
		[]off{{"Nguyễn Văn Hùng", "ông", []schema.Title{ti("Chủ tịch UBND xã Tân An", "Chủ tịch", "UBND xã Tân An")}, nil}},
	},
	{
		"a numbered military region",
		"Thiếu tướng Nguyễn Văn Gấu, Phó Tư lệnh Quân khu 9, thăm các đơn vị đóng quân trên địa bàn.",
		[]off{{"Nguyễn Văn Gấu", "", []schema.Title{
			ti("Thiếu tướng", "Thiếu tướng", ""),
			ti("Phó Tư lệnh Quân khu 9", "Phó Tư lệnh", "Quân khu 9"),
		}, nil}},
	},
	{
		"the role's head word starts a longer, numbered head (Ban Chỉ đạo 35)",
		"Đồng chí Nghiêm Xuân Thành, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo 35 tỉnh chủ trì hội nghị.",
		[]off{{"Nghiêm Xuân Thành", "đồng chí", []schema.Title{
			ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"),
			ti("Trưởng Ban Chỉ đạo 35 tỉnh", "Trưởng Ban", "Ban Chỉ đạo 35 tỉnh"),
		}, nil}},
	},
	{
		"a segment after a comma naming only the parent of an organization with no place; a district that starts with a family name",
		"Bà Trần Thị Thanh Hương, Phó Trưởng phòng Tuyên truyền, Ban Tuyên giáo Huyện ủy Châu Thành A được khen thưởng.",
		[]off{{"Trần Thị Thanh Hương", "bà", []schema.Title{ti("Phó Trưởng phòng Tuyên truyền, Ban Tuyên giáo Huyện ủy Châu Thành A", "Phó Trưởng phòng", "Phòng Tuyên truyền, Ban Tuyên giáo Huyện ủy Châu Thành A")}, nil}},
	},
	{
		"a name that starts like a district (Đồng Văn)",
		"Cùng dự có đồng chí Đồng Văn Thanh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
		[]off{{"Đồng Văn Thanh", "đồng chí", []schema.Title{
			ti("Phó Bí thư Tỉnh ủy", "Phó Bí thư", "Tỉnh ủy"),
			ti("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh"),
		}, nil}},
	},
	{
		"a person after a province's qualifier and a district that starts with a family name",
		"Chủ tịch UBND huyện Châu Thành Nguyễn Văn Tấn kiểm tra tiến độ.",
		[]off{{"Nguyễn Văn Tấn", "", []schema.Title{ti("Chủ tịch UBND huyện Châu Thành", "Chủ tịch", "UBND huyện Châu Thành")}, nil}},
	},
	{
		"a headline in capitals with a position: the body's spelling of the title is kept",
		"TỔNG BÍ THƯ NGUYỄN PHÚ TRỌNG LÀM VIỆC VỚI THÀNH ỦY\nSáng 15-6, Tổng Bí thư Nguyễn Phú Trọng làm việc với Ban Thường vụ Thành ủy.",
		[]off{{"Nguyễn Phú Trọng", "", []schema.Title{ti("Tổng Bí thư", "Tổng Bí thư", "")}, []string{"NGUYỄN PHÚ TRỌNG", "Nguyễn Phú Trọng"}}},
	},
	{
		"after a semicolon a rank given before the previous name is not shared",
		"Tham dự có Trung tướng Nguyễn Hải Trung, Giám đốc Công an thành phố; GS.TS Nguyễn Xuân Thắng, Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh.",
		[]off{
			{"Nguyễn Hải Trung", "", []schema.Title{ti("Trung tướng", "Trung tướng", ""), ti("Giám đốc Công an thành phố", "Giám đốc", "Công an thành phố")}, nil},
			{"Nguyễn Xuân Thắng", "", []schema.Title{ti("Giám đốc Học viện Chính trị quốc gia Hồ Chí Minh", "Giám đốc", "Học viện Chính trị quốc gia Hồ Chí Minh")}, nil},
		},
	},
	// Positions before the name.
	{
		"a ministry between the role and the name",
		"Thứ trưởng Bộ Công an Lương Tam Quang kiểm tra công tác bảo đảm an ninh.",
		[]off{{"Lương Tam Quang", "", []schema.Title{ti("Thứ trưởng Bộ Công an", "Thứ trưởng", "Bộ Công an")}, []string{"Lương Tam Quang"}}},
	},
	{
		"a rank before the name and a position after it",
		"Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng, tiếp Đại sứ Nhật Bản.",
		[]off{{"Nguyễn Chí Vịnh", "", []schema.Title{
			ti("Thượng tướng", "Thượng tướng", ""),
			ti("Thứ trưởng Bộ Quốc phòng", "Thứ trưởng", "Bộ Quốc phòng"),
		}, nil}},
	},
	{
		"Đại tá, then the police of the province",
		"Đại tá Trần Văn Hòa, Giám đốc Công an tỉnh, chỉ đạo lực lượng ứng trực.",
		[]off{{"Trần Văn Hòa", "", []schema.Title{
			ti("Đại tá", "Đại tá", ""),
			ti("Giám đốc Công an tỉnh", "Giám đốc", "Công an tỉnh"),
		}, nil}},
	},
	{
		"a rank, a comma and a degree before the name: the degree is skipped",
		"Sinh thời, Đại tướng, GS.TS Trần Đại Quang luôn quan tâm đến quê hương.",
		[]off{{"Trần Đại Quang", "", []schema.Title{ti("Đại tướng", "Đại tướng", "")}, nil}},
	},
	{
		"two positions before the name, the province ending the second",
		"Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Giang Đặng Quốc Khánh làm việc với huyện Đồng Văn.",
		[]off{{"Đặng Quốc Khánh", "", []schema.Title{
			ti("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", ""),
			ti("Bí thư Tỉnh ủy Hà Giang", "Bí thư", "Tỉnh ủy Hà Giang"),
		}, nil}},
	},
	{
		"a position, a comma and an honorific before a four-syllable name",
		"Bộ trưởng Bộ Y tế, bà Nguyễn Thị Kim Tiến, thăm bệnh viện tuyến huyện.",
		[]off{{"Nguyễn Thị Kim Tiến", "bà", []schema.Title{ti("Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế")}, nil}},
	},
	{
		"an honorific before the position; the province starts like a name (Lâm)",
		"Phát biểu tại buổi lễ, đồng chí Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận biểu dương các tập thể.",
		[]off{{"Trần Đức Quận", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy Lâm Đồng", "Bí thư", "Tỉnh ủy Lâm Đồng")}, nil}},
	},
	{
		"Phó Thủ tướng Chính phủ",
		"Phó Thủ tướng Chính phủ Lê Văn Thành dự lễ khởi công cao tốc.",
		[]off{{"Lê Văn Thành", "", []schema.Title{ti("Phó Thủ tướng Chính phủ", "Phó Thủ tướng", "Chính phủ")}, nil}},
	},
	{
		"Chủ tịch nước is one role",
		"Chủ tịch nước Võ Văn Thưởng gửi thư chúc Tết đồng bào.",
		[]off{{"Võ Văn Thưởng", "", []schema.Title{ti("Chủ tịch nước", "Chủ tịch nước", "")}, nil}},
	},
	{
		"Tổng Bí thư",
		"Tổng Bí thư Nguyễn Phú Trọng chủ trì phiên họp.",
		[]off{{"Nguyễn Phú Trọng", "", []schema.Title{ti("Tổng Bí thư", "Tổng Bí thư", "")}, nil}},
	},
	{
		"a rank alone before the name",
		"Thiếu tướng Đinh Văn Nơi chỉ đạo lực lượng công an truy bắt đối tượng.",
		[]off{{"Đinh Văn Nơi", "", []schema.Title{ti("Thiếu tướng", "Thiếu tướng", "")}, nil}},
	},
	{
		"Trung tướng before, a ministry after",
		"Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, dự lễ ra quân.",
		[]off{{"Lê Quốc Hùng", "", []schema.Title{
			ti("Trung tướng", "Trung tướng", ""),
			ti("Thứ trưởng Bộ Công an", "Thứ trưởng", "Bộ Công an"),
		}, nil}},
	},
	// Lists.
	{
		"positions given once for a list after a colon apply to each",
		"Dự hội nghị có các đồng chí Ủy viên Bộ Chính trị: Phan Đình Trạc, Trương Thị Mai, Nguyễn Xuân Thắng.",
		[]off{
			{"Phan Đình Trạc", "đồng chí", []schema.Title{ti("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "")}, nil},
			{"Trương Thị Mai", "đồng chí", []schema.Title{ti("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "")}, nil},
			{"Nguyễn Xuân Thắng", "đồng chí", []schema.Title{ti("Ủy viên Bộ Chính trị", "Ủy viên Bộ Chính trị", "")}, nil},
		},
	},
	{
		"a shared position, names separated by a comma and và",
		"Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Văn Sử, Huỳnh Quốc Việt và Nguyễn Minh Dũng.",
		[]off{
			{"Lê Văn Sử", "đồng chí", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil},
			{"Huỳnh Quốc Việt", "đồng chí", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil},
			{"Nguyễn Minh Dũng", "đồng chí", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil},
		},
	},
	{
		"các đồng chí before a list with a position each, separated by semicolons",
		"Các đồng chí Dương Văn An, Bí thư Thị ủy; Lâm Quang Thái, Chủ tịch UBND thị xã chủ trì buổi làm việc.",
		[]off{
			{"Dương Văn An", "đồng chí", []schema.Title{ti("Bí thư Thị ủy", "Bí thư", "Thị ủy")}, nil},
			{"Lâm Quang Thái", "đồng chí", []schema.Title{ti("Chủ tịch UBND thị xã", "Chủ tịch", "UBND thị xã")}, nil},
		},
	},
	{
		"a list after a colon that ends with a collective body",
		"Tham dự có các đồng chí: Mạch Văn Hùng, Phó Bí thư Thường trực Huyện ủy; Tiêu Thị Nga, Phó Chủ tịch HĐND huyện; lãnh đạo các ban, ngành huyện.",
		[]off{
			{"Mạch Văn Hùng", "đồng chí", []schema.Title{ti("Phó Bí thư Thường trực Huyện ủy", "Phó Bí thư Thường trực", "Huyện ủy")}, nil},
			{"Tiêu Thị Nga", "đồng chí", []schema.Title{ti("Phó Chủ tịch HĐND huyện", "Phó Chủ tịch", "HĐND huyện")}, nil},
		},
	},
	{
		"a list of names without positions: they are not officials",
		"Các đồng chí Nguyễn Văn Long, Trần Thị Mơ và Lê Văn Tám đã được khen thưởng.",
		nil,
	},
	{
		"two people in one sentence, each with its honorific",
		"Ông Lê Văn Sử, Phó Chủ tịch UBND tỉnh, và ông Huỳnh Quốc Việt, Giám đốc Sở Xây dựng, kiểm tra công trình.",
		[]off{
			{"Lê Văn Sử", "ông", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil},
			{"Huỳnh Quốc Việt", "ông", []schema.Title{ti("Giám đốc Sở Xây dựng", "Giám đốc", "Sở Xây dựng")}, nil},
		},
	},
	// Later mentions.
	{
		"a later mention by full name, without its position",
		"Đồng chí Lâm Văn Mẫn, Bí thư Tỉnh ủy, dự lễ. Sau đó, đồng chí Lâm Văn Mẫn đã thăm hỏi gia đình chính sách.",
		[]off{{"Lâm Văn Mẫn", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy")}, []string{"Lâm Văn Mẫn", "Lâm Văn Mẫn"}}},
	},
	{
		"the name first without a position, the position later: one person",
		"Ông Trần Văn Lâu phát biểu khai mạc. Ông Trần Văn Lâu, Bí thư Tỉnh ủy Sóc Trăng, nhấn mạnh yêu cầu đổi mới.",
		[]off{{"Trần Văn Lâu", "ông", []schema.Title{ti("Bí thư Tỉnh ủy Sóc Trăng", "Bí thư", "Tỉnh ủy Sóc Trăng")}, []string{"Trần Văn Lâu", "Trần Văn Lâu"}}},
	},
	{
		"a later mention by the position alone",
		"Đồng chí Đỗ Văn Chiến, Bí thư Trung ương Đảng, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, phát biểu. Chủ tịch Ủy ban Trung ương MTTQ Việt Nam đề nghị các cấp Mặt trận tăng cường giám sát.",
		[]off{{"Đỗ Văn Chiến", "đồng chí", []schema.Title{
			ti("Bí thư Trung ương Đảng", "Bí thư Trung ương Đảng", ""),
			ti("Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Chủ tịch", "Ủy ban Trung ương MTTQ Việt Nam"),
		}, []string{"Đỗ Văn Chiến", "Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"}}},
	},
	{
		"a later mention by honorific and position: the mention is the position",
		"Ông Tạ Văn Hạ, Phó Chủ tịch Thường trực UBND tỉnh, chủ trì. Kết luận buổi làm việc, đồng chí Phó Chủ tịch Thường trực UBND tỉnh yêu cầu các sở khẩn trương thực hiện.",
		[]off{{"Tạ Văn Hạ", "ông", []schema.Title{ti("Phó Chủ tịch Thường trực UBND tỉnh", "Phó Chủ tịch Thường trực", "UBND tỉnh")}, []string{"Tạ Văn Hạ", "Phó Chủ tịch Thường trực UBND tỉnh"}}},
	},
	{
		"a position held by two people: the mention by position alone is left out",
		"Ông Lê Văn Sử, Phó Chủ tịch UBND tỉnh, và ông Huỳnh Quốc Việt, Phó Chủ tịch UBND tỉnh, dự lễ. Phó Chủ tịch UBND tỉnh đề nghị các ngành phối hợp.",
		[]off{
			{"Lê Văn Sử", "ông", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, []string{"Lê Văn Sử"}},
			{"Huỳnh Quốc Việt", "ông", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, []string{"Huỳnh Quốc Việt"}},
		},
	},
	{
		"a later mention by the same position written out in full: same role and organization, one title",
		"Đ/c Mai Xuân Trường - PBT TT Đảng ủy xã phát biểu. Phó Bí thư Thường trực Đảng ủy xã đề nghị các chi bộ rà soát đảng viên.",
		[]off{{"Mai Xuân Trường", "đồng chí", []schema.Title{ti("PBT TT Đảng ủy xã", "Phó Bí thư Thường trực", "Đảng ủy xã")}, []string{"Mai Xuân Trường", "Phó Bí thư Thường trực Đảng ủy xã"}}},
	},
	{
		"a later mention by given name after an honorific",
		"Ông Hồ Văn Niên, Bí thư Tỉnh ủy Gia Lai, dự buổi gặp mặt. Theo ông Niên, công tác dân vận cần đổi mới.",
		[]off{{"Hồ Văn Niên", "ông", []schema.Title{ti("Bí thư Tỉnh ủy Gia Lai", "Bí thư", "Tỉnh ủy Gia Lai")}, []string{"Hồ Văn Niên", "Niên"}}},
	},
	{
		"a given name two people share: no mention added",
		"Ông Lê Văn Hải, Giám đốc Sở Nội vụ, và ông Trần Minh Hải, Giám đốc Sở Tư pháp, dự họp. Theo ông Hải, việc sắp xếp bộ máy đã hoàn thành.",
		[]off{
			{"Lê Văn Hải", "ông", []schema.Title{ti("Giám đốc Sở Nội vụ", "Giám đốc", "Sở Nội vụ")}, []string{"Lê Văn Hải"}},
			{"Trần Minh Hải", "ông", []schema.Title{ti("Giám đốc Sở Tư pháp", "Giám đốc", "Sở Tư pháp")}, []string{"Trần Minh Hải"}},
		},
	},
	{
		"a headline naming the position before the body names the person: order of first mention",
		"Bộ trưởng Bộ Y tế thăm bệnh viện tỉnh\nSáng 5-3, bà Đào Hồng Lan, Bộ trưởng Bộ Y tế, đã thăm và tặng quà các y bác sĩ.",
		[]off{{"Đào Hồng Lan", "bà", []schema.Title{ti("Bộ trưởng Bộ Y tế", "Bộ trưởng", "Bộ Y tế")}, []string{"Bộ trưởng Bộ Y tế", "Đào Hồng Lan"}}},
	},
	{
		"a later mention by a less specific form of the position",
		"Dự hội nghị có đồng chí Lê Quang Mạnh, Bí thư Thành ủy Cần Thơ. Phát biểu chỉ đạo, đ/c Bí thư Thành ủy ghi nhận những kết quả đạt được.",
		[]off{{"Lê Quang Mạnh", "đồng chí", []schema.Title{ti("Bí thư Thành ủy Cần Thơ", "Bí thư", "Thành ủy Cần Thơ")}, []string{"Lê Quang Mạnh", "Bí thư Thành ủy"}}},
	},
	{
		"Quyền as a family name: not the modifier when no role follows",
		"Ông Quyền Văn Cường, Trưởng phòng Nội vụ huyện, đọc quyết định.",
		[]off{{"Quyền Văn Cường", "ông", []schema.Title{ti("Trưởng phòng Nội vụ huyện", "Trưởng phòng", "Phòng Nội vụ huyện")}, nil}},
	},
	{
		"a plural position is not a mention of its one named holder",
		"Đồng chí Lê Văn Sử, Phó Chủ tịch UBND tỉnh, phát biểu. Các Phó Chủ tịch UBND tỉnh theo dõi lĩnh vực được phân công; các đồng chí Phó Chủ tịch UBND tỉnh dự họp.",
		[]off{{"Lê Văn Sử", "đồng chí", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, []string{"Lê Văn Sử"}}},
	},
	// Deduplication.
	{
		"titles differing in tone-mark placement are one title (Uỷ = Ủy)",
		"Đồng chí Phạm Gia Túc, Uỷ viên Trung ương Đảng, dự lễ. Sau đó, đồng chí Phạm Gia Túc, Ủy viên Trung ương Đảng, thăm nhà máy.",
		[]off{{"Phạm Gia Túc", "đồng chí", []schema.Title{ti("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", "")}, []string{"Phạm Gia Túc", "Phạm Gia Túc"}}},
	},
	{
		"titles differing in case and spacing are one title, the first as written",
		"Ông Vũ Đức Thuận, Trưởng ban Tổ chức Huyện ủy, phát biểu. Ông Vũ Đức Thuận, Trưởng Ban  Tổ chức Huyện ủy, trao quyết định.",
		[]off{{"Vũ Đức Thuận", "ông", []schema.Title{ti("Trưởng ban Tổ chức Huyện ủy", "Trưởng Ban", "Ban Tổ chức Huyện ủy")}, nil}},
	},
	{
		"one person named in a headline in capitals and in the body: the body's spelling is kept",
		"ĐỒNG CHÍ LÊ HỒNG QUANG THĂM CÁC ĐƠN VỊ\nĐồng chí Lê Hồng Quang, Bí thư Tỉnh ủy An Giang, thăm các đơn vị.",
		[]off{{"Lê Hồng Quang", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy An Giang", "Bí thư", "Tỉnh ủy An Giang")}, []string{"LÊ HỒNG QUANG", "Lê Hồng Quang"}}},
	},
	// Minority and compound names.
	{
		"a minority name with the one-letter middle name A",
		"Đồng chí Hầu A Lềnh, Ủy viên Trung ương Đảng, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc, thăm bà con vùng cao.",
		[]off{{"Hầu A Lềnh", "đồng chí", []schema.Title{
			ti("Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", ""),
			ti("Bộ trưởng", "Bộ trưởng", ""),
			ti("Chủ nhiệm Ủy ban Dân tộc", "Chủ nhiệm", "Ủy ban Dân tộc"),
		}, nil}},
	},
	{
		"Giàng, a Hmong family name",
		"Ông Giàng Páo Mỷ, Bí thư Tỉnh ủy Lai Châu, kiểm tra mô hình trồng chè.",
		[]off{{"Giàng Páo Mỷ", "ông", []schema.Title{ti("Bí thư Tỉnh ủy Lai Châu", "Bí thư", "Tỉnh ủy Lai Châu")}, nil}},
	},
	{
		"Lò, a Thai family name",
		"Đồng chí Lò Văn Giàng, Phó Chủ tịch UBND tỉnh Điện Biên, chỉ đạo khắc phục sạt lở.",
		[]off{{"Lò Văn Giàng", "đồng chí", []schema.Title{ti("Phó Chủ tịch UBND tỉnh Điện Biên", "Phó Chủ tịch", "UBND tỉnh Điện Biên")}, nil}},
	},
	{
		"Chẩu, a Tày family name",
		"Đồng chí Chẩu Văn Lâm, Bí thư Tỉnh ủy Tuyên Quang, phát động phong trào thi đua.",
		[]off{{"Chẩu Văn Lâm", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy Tuyên Quang", "Bí thư", "Tỉnh ủy Tuyên Quang")}, nil}},
	},
	{
		"an Ê Đê name of five syllables starting with Y; của before the body",
		"Đồng chí Y Thanh Hà Niê Kđăm, Chủ nhiệm Ủy ban Dân tộc của Quốc hội, phát biểu.",
		[]off{{"Y Thanh Hà Niê Kđăm", "đồng chí", []schema.Title{ti("Chủ nhiệm Ủy ban Dân tộc của Quốc hội", "Chủ nhiệm", "Ủy ban Dân tộc của Quốc hội")}, nil}},
	},
	{
		"Lữ, a less frequent family name; nguyên twice",
		"Đồng chí Lữ Văn Hùng, nguyên Ủy viên Trung ương Đảng, nguyên Bí thư Tỉnh ủy Bạc Liêu, tặng quà.",
		[]off{{"Lữ Văn Hùng", "đồng chí", []schema.Title{
			former(ti("nguyên Ủy viên Trung ương Đảng", "Ủy viên Trung ương Đảng", "")),
			former(ti("nguyên Bí thư Tỉnh ủy Bạc Liêu", "Bí thư", "Tỉnh ủy Bạc Liêu")),
		}, nil}},
	},
	{
		"a lower-case word of the organization after a place head (chi nhánh)",
		"Bà Nguyễn Thị Hồng, Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh, trình bày báo cáo.",
		[]off{{"Nguyễn Thị Hồng", "bà", []schema.Title{ti("Phó Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh", "Phó Giám đốc", "Ngân hàng Nhà nước chi nhánh tỉnh")}, nil}},
	},
	{
		"Thường trực after Phó Trưởng Ban, before the board",
		"Đồng chí Hồ Văn Mừng, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy, báo cáo.",
		[]off{{"Hồ Văn Mừng", "đồng chí", []schema.Title{ti("Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy", "Phó Trưởng Ban Thường trực", "Ban Tuyên giáo Tỉnh ủy")}, nil}},
	},
	{
		"the compound family name Âu Dương in a four-syllable name",
		"Ông Âu Dương Minh Quân, Giám đốc Trung tâm Y tế huyện, cho biết số ca mắc đã giảm.",
		[]off{{"Âu Dương Minh Quân", "ông", []schema.Title{ti("Giám đốc Trung tâm Y tế huyện", "Giám đốc", "Trung tâm Y tế huyện")}, nil}},
	},
	{
		"a headline in capitals: the name stops at three syllables",
		"CHỦ TỊCH NƯỚC NGUYỄN XUÂN PHÚC THĂM TỈNH BÌNH DƯƠNG",
		[]off{{"NGUYỄN XUÂN PHÚC", "", []schema.Title{ti("CHỦ TỊCH NƯỚC", "Chủ tịch nước", "")}, nil}},
	},
	// Heads of villages, with the village's proper name or number.
	{
		"Trưởng bản with the village's name; Tẩn, a Dao family name",
		"Chị Tẩn Thị Lai, Trưởng bản Nậm Pầu, người Dao, vận động bà con bỏ tập quán cũ.",
		[]off{{"Tẩn Thị Lai", "chị", []schema.Title{ti("Trưởng bản Nậm Pầu", "Trưởng bản", "bản Nậm Pầu")}, nil}},
	},
	{
		"Trưởng ấp before cho biết without a comma; Sơn, a Khmer family name",
		"Ông Sơn Văn Hùng, Trưởng ấp Phước Thạnh cho biết năm nay ấp không còn hộ nghèo.",
		[]off{{"Sơn Văn Hùng", "ông", []schema.Title{ti("Trưởng ấp Phước Thạnh", "Trưởng ấp", "ấp Phước Thạnh")}, nil}},
	},
	{
		"a village name ends before a lower-case word that is not a stop word",
		"Ông Lò Văn Pọm, Phó Trưởng bản Co Muông phấn khởi kể về con đường mới.",
		[]off{{"Lò Văn Pọm", "ông", []schema.Title{ti("Phó Trưởng bản Co Muông", "Phó Trưởng bản", "bản Co Muông")}, nil}},
	},
	{
		"a numbered unit; the ward after the comma is not part of it",
		"Ông Trần Văn Tám, Trưởng khu phố 5, phường 2, cho biết người dân đồng thuận.",
		[]off{{"Trần Văn Tám", "ông", []schema.Title{ti("Trưởng khu phố 5", "Trưởng khu phố", "khu phố 5")}, nil}},
	},
	{
		"Trưởng thôn written in lower case after the comma; a village named Đoàn Kết",
		"Bà Thạch Thị Mai, trưởng thôn Đoàn Kết, cho biết.",
		[]off{{"Thạch Thị Mai", "bà", []schema.Title{ti("trưởng thôn Đoàn Kết", "Trưởng thôn", "thôn Đoàn Kết")}, nil}},
	},
	{
		"Trưởng khóm; Danh, a Khmer family name",
		"Bà Danh Thị Lan, Trưởng khóm Vĩnh Phú, phát biểu.",
		[]off{{"Danh Thị Lan", "bà", []schema.Title{ti("Trưởng khóm Vĩnh Phú", "Trưởng khóm", "khóm Vĩnh Phú")}, nil}},
	},
	{
		"a village head before the name: the name is the person's, not the village's",
		"Trưởng thôn Nguyễn Văn Hải cho biết cả thôn đã hoàn thành đường bê tông.",
		[]off{{"Nguyễn Văn Hải", "", []schema.Title{ti("Trưởng thôn", "Trưởng thôn", "")}, nil}},
	},
	{
		"Trưởng Ban nhân dân ấp; Chau, which starts Khmer men's names",
		"Ông Chau Văn Sóc, Trưởng ban Nhân dân ấp Tà Lọt kiến nghị nâng cấp kênh nội đồng.",
		[]off{{"Chau Văn Sóc", "ông", []schema.Title{ti("Trưởng ban Nhân dân ấp Tà Lọt", "Trưởng Ban", "Ban Nhân dân ấp Tà Lọt")}, nil}},
	},
	{
		"Bí thư Chi bộ ấp with a village that starts like a Khmer name (Trà Cú)",
		"Ông Kim Văn Tâm, Bí thư Chi bộ ấp Trà Cú, báo cáo.",
		[]off{{"Kim Văn Tâm", "ông", []schema.Title{ti("Bí thư Chi bộ ấp Trà Cú", "Bí thư", "Chi bộ ấp Trà Cú")}, nil}},
	},
	{
		"Trưởng Ban công tác Mặt trận ấp with the hamlet's name",
		"Ông Lâm Văn Tư, Trưởng Ban công tác Mặt trận ấp Sóc Ruộng, cho biết.",
		[]off{{"Lâm Văn Tư", "ông", []schema.Title{ti("Trưởng Ban công tác Mặt trận ấp Sóc Ruộng", "Trưởng Ban", "Ban công tác Mặt trận ấp Sóc Ruộng")}, nil}},
	},
	{"a given name Sơn and the district Sơn Tây: no person starts there", "Ông Nguyễn Văn Sơn, Trưởng thôn 3, xã Sơn Tây, cho biết.",
		[]off{{"Nguyễn Văn Sơn", "ông", []schema.Title{ti("Trưởng thôn 3", "Trưởng thôn", "thôn 3")}, nil}},
	},
	// UVTV: Ủy viên Thường vụ, the Ban left out.
	{
		"UVTV is an Ủy viên Ban Thường vụ",
		"Tại điểm cầu quận, Đ/c Trần Thị Hoa, UVTV, Trưởng Ban Dân vận Quận ủy, chủ trì hội nghị.",
		[]off{
			{"Trần Thị Hoa", "đồng chí", []schema.Title{ti("UVTV", "Ủy viên Ban Thường vụ", ""), ti("Trưởng Ban Dân vận Quận ủy", "Trưởng Ban", "Ban Dân vận Quận ủy")}, nil},
		},
	},
	// Trưởng before the abbreviated name of a board.
	{
		"Trưởng BTG&DV: the B is the Ban of the role; the organization is kept as written",
		"Dự có đồng chí Lê Văn Bảy, UVBTV, Trưởng BTG&DV Tỉnh ủy; đồng chí Trần Văn Tám, Phó Trưởng BTG&DV Huyện ủy.",
		[]off{
			{"Lê Văn Bảy", "đồng chí", []schema.Title{ti("UVBTV", "Ủy viên Ban Thường vụ", ""), ti("Trưởng BTG&DV Tỉnh ủy", "Trưởng Ban", "BTG&DV Tỉnh ủy")}, nil},
			{"Trần Văn Tám", "đồng chí", []schema.Title{ti("Phó Trưởng BTG&DV Huyện ủy", "Phó Trưởng Ban", "BTG&DV Huyện ủy")}, nil},
		},
	},
	{
		"other boards abbreviated: Tổ chức, Dân vận, Chỉ đạo with its number",
		"Đồng chí Hồ Thị Ba, Phó Trưởng BTC Huyện ủy, Trưởng BDV Huyện ủy; ông Lê Văn Năm, Trưởng BCĐ 35 huyện.",
		[]off{
			{"Hồ Thị Ba", "đồng chí", []schema.Title{ti("Phó Trưởng BTC Huyện ủy", "Phó Trưởng Ban", "BTC Huyện ủy"), ti("Trưởng BDV Huyện ủy", "Trưởng Ban", "BDV Huyện ủy")}, nil},
			{"Lê Văn Năm", "ông", []schema.Title{ti("Trưởng BCĐ 35 huyện", "Trưởng Ban", "BCĐ 35 huyện")}, nil},
		},
	},
	{
		"Trưởng before anything but a board is no role (Trưởng thành); the unabridged name still works",
		"Trưởng thành từ cơ sở, đồng chí Lê Văn Bảy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, chia sẻ.",
		[]off{{"Lê Văn Bảy", "đồng chí", []schema.Title{ti("Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy", "Trưởng Ban", "Ban Tuyên giáo và Dân vận Tỉnh ủy")}, nil}},
	},
	// Found on blind set I (testdata/blindI); sentences of our own.
	{
		"the trade unions' abbreviations and full names are organizations after a role, with their level",
		"Dự lễ có đồng chí Trịnh Văn Lực, Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam; bà Nông Thị Hà, Phó Chủ tịch Tổng LĐLĐ Việt Nam. Đồng chí Vi Văn Đức, Chủ tịch LĐLĐ huyện chủ trì buổi lễ.",
		[]off{
			{"Trịnh Văn Lực", "đồng chí", []schema.Title{ti("Phó Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "Phó Chủ tịch", "Tổng Liên đoàn Lao động Việt Nam")}, nil},
			{"Nông Thị Hà", "bà", []schema.Title{ti("Phó Chủ tịch Tổng LĐLĐ Việt Nam", "Phó Chủ tịch", "Tổng LĐLĐ Việt Nam")}, nil},
			{"Vi Văn Đức", "đồng chí", []schema.Title{ti("Chủ tịch LĐLĐ huyện", "Chủ tịch", "LĐLĐ huyện")}, nil},
		},
	},
	{
		"courts and procuracies abbreviated, with the level word tối cao, a place qualifier or khu vực and its number",
		"Tham dự có ông Đinh Quang Huy, Viện trưởng VKSND tối cao; bà Lương Thị Nga, Phó Chánh án TAND tỉnh; ông Hà Văn Thắng, Viện trưởng VKSND khu vực 4, phát biểu.",
		[]off{
			{"Đinh Quang Huy", "ông", []schema.Title{ti("Viện trưởng VKSND tối cao", "Viện trưởng", "VKSND tối cao")}, nil},
			{"Lương Thị Nga", "bà", []schema.Title{ti("Phó Chánh án TAND tỉnh", "Phó Chánh án", "TAND tỉnh")}, nil},
			{"Hà Văn Thắng", "ông", []schema.Title{ti("Viện trưởng VKSND khu vực 4", "Viện trưởng", "VKSND khu vực 4")}, nil},
		},
	},
	{
		"a position with an abbreviated court before the name belongs to the name (Mai is a family name)",
		"Phát biểu tổng kết, Chánh án TAND tỉnh Mai Văn Trọng cho biết số vụ án tăng.",
		[]off{{"Mai Văn Trọng", "", []schema.Title{ti("Chánh án TAND tỉnh", "Chánh án", "TAND tỉnh")}, nil}},
	},
	{
		"the Women's, Farmers' and Veterans' associations abbreviated; a trade union named in full",
		"Đến dự có bà Lò Thị Mai, Chủ tịch HLHPN tỉnh; ông Hầu Văn Pó, Chủ tịch HND huyện; ông Cao Văn Tư, Chủ tịch HCCB xã; ông Võ Văn Bình, Chủ tịch Công đoàn Viên chức tỉnh.",
		[]off{
			{"Lò Thị Mai", "bà", []schema.Title{ti("Chủ tịch HLHPN tỉnh", "Chủ tịch", "HLHPN tỉnh")}, nil},
			{"Hầu Văn Pó", "ông", []schema.Title{ti("Chủ tịch HND huyện", "Chủ tịch", "HND huyện")}, nil},
			{"Cao Văn Tư", "ông", []schema.Title{ti("Chủ tịch HCCB xã", "Chủ tịch", "HCCB xã")}, nil},
			{"Võ Văn Bình", "ông", []schema.Title{ti("Chủ tịch Công đoàn Viên chức tỉnh", "Chủ tịch", "Công đoàn Viên chức tỉnh")}, nil},
		},
	},
	{
		"an abbreviation no lexicon knows is an organization after a role when its level or place follows",
		"Bà Trương Thị Thu, Giám đốc CDC tỉnh, khuyến cáo người dân; ông Lê Văn Hùng, Giám đốc KBNN huyện Đức Cơ, và ông Phan Văn Tài, Giám đốc BHXH Gia Lai, cùng dự.",
		[]off{
			{"Trương Thị Thu", "bà", []schema.Title{ti("Giám đốc CDC tỉnh", "Giám đốc", "CDC tỉnh")}, nil},
			{"Lê Văn Hùng", "ông", []schema.Title{ti("Giám đốc KBNN huyện Đức Cơ", "Giám đốc", "KBNN huyện Đức Cơ")}, nil},
			{"Phan Văn Tài", "ông", []schema.Title{ti("Giám đốc BHXH Gia Lai", "Giám đốc", "BHXH Gia Lai")}, nil},
		},
	},
	{
		"an unknown abbreviation followed by a word that is not a level is not taken (PVN tập đoàn)",
		"Ông Đỗ Văn Tư, Giám đốc PVN tập đoàn phát biểu khai mạc.",
		[]off{{"Đỗ Văn Tư", "ông", []schema.Title{ti("Giám đốc", "Giám đốc", "")}, nil}},
	},
	{
		"a company's board (HĐQT) is an organization; the lower-case word after it is not",
		"Ông Đỗ Văn Tư, Chủ tịch HĐQT tập đoàn phát biểu khai mạc.",
		[]off{{"Đỗ Văn Tư", "ông", []schema.Title{ti("Chủ tịch HĐQT", "Chủ tịch", "HĐQT")}, nil}},
	},
	{
		"a Ban Chỉ đạo named by its task in lower case keeps it even when a verb follows",
		"Bà Phan Thị Hạnh, Phó Giám đốc Sở Y tế, Trưởng Ban chỉ đạo chiến dịch yêu cầu các xã ra quân. Ông Lê Văn Năm, Trưởng Ban Chỉ đạo phong trào toàn dân, phát biểu.",
		[]off{
			{"Phan Thị Hạnh", "bà", []schema.Title{ti("Phó Giám đốc Sở Y tế", "Phó Giám đốc", "Sở Y tế"), ti("Trưởng Ban chỉ đạo chiến dịch", "Trưởng Ban", "Ban chỉ đạo chiến dịch")}, nil},
			{"Lê Văn Năm", "ông", []schema.Title{ti("Trưởng Ban Chỉ đạo phong trào toàn dân", "Trưởng Ban", "Ban Chỉ đạo phong trào toàn dân")}, nil},
		},
	},
	{
		"a board's task may run past maxLowerRun words when a qualifier or an organization word closes it",
		"Ông Lục Văn Khánh, Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh, báo cáo tiến độ.",
		[]off{{"Lục Văn Khánh", "ông", []schema.Title{ti("Giám đốc Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh", "Giám đốc", "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh")}, nil}},
	},
	{
		"a task word not closed by a verb, punctuation or a level leaves the board unnamed by it",
		"Ông Lê Văn Năm, Trưởng Ban Chỉ đạo chiến dịch tiêm chủng mở rộng họp với các xã.",
		[]off{{"Lê Văn Năm", "ông", []schema.Title{ti("Trưởng Ban Chỉ đạo", "Trưởng Ban", "Ban Chỉ đạo")}, nil}},
	},
	{
		"a body named by a task of prevention keeps the comma of phòng, chống and the epidemic's code; the qualifier closes it, the verb stays out",
		"Đồng chí Lương Văn Thịnh, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh chủ trì cuộc họp trực tuyến.",
		[]off{{"Lương Văn Thịnh", "đồng chí", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh"), ti("Trưởng Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh", "Trưởng Ban", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh")}, nil}},
	},
	{
		"an ordinary comma after the task's place ends the title",
		"Bà Khổng Thị Mai, Bí thư Huyện ủy, Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 huyện, yêu cầu các xã siết chặt cách ly.",
		[]off{{"Khổng Thị Mai", "bà", []schema.Title{ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy"), ti("Phó Trưởng Ban Chỉ đạo phòng, chống dịch Covid-19 huyện", "Phó Trưởng Ban", "Ban Chỉ đạo phòng, chống dịch Covid-19 huyện")}, nil}},
	},
	{
		"objects of a task joined by a comma (tham nhũng, tiêu cực) belong to the name; the comma before a verb does not",
		"Đồng chí Hứa Văn Tiến, Bí thư Tỉnh ủy, Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh, kết luận phiên họp.",
		[]off{{"Hứa Văn Tiến", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"), ti("Trưởng Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Trưởng Ban", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh")}, nil}},
	},
	{
		"a command board for disasters: objects joined by và",
		"Ông Giáp Văn Cường, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh kiểm tra hồ đập.",
		[]off{{"Giáp Văn Cường", "ông", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh"), ti("Trưởng Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh", "Trưởng Ban", "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh")}, nil}},
	},
	{
		"phòng chống without its comma; a verb straight after the object closes the name",
		"Ông Nông Văn Thuận, Trưởng Ban Chỉ đạo phòng chống dịch yêu cầu lập chốt kiểm soát.",
		[]off{{"Nông Văn Thuận", "ông", []schema.Title{ti("Trưởng Ban Chỉ đạo phòng chống dịch", "Trưởng Ban", "Ban Chỉ đạo phòng chống dịch")}, nil}},
	},
	{
		"the comma after a task's object before a lower-case verb ends the name",
		"Ông Ma Văn Khải, Trưởng Ban Chỉ đạo phòng, chống dịch, đề nghị người dân khai báo y tế.",
		[]off{{"Ma Văn Khải", "ông", []schema.Title{ti("Trưởng Ban Chỉ đạo phòng, chống dịch", "Trưởng Ban", "Ban Chỉ đạo phòng, chống dịch")}, nil}},
	},
	{
		"the body's task after its place and về",
		"Đồng chí Tống Văn Hải, Phó Trưởng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực, phát biểu.",
		[]off{{"Tống Văn Hải", "đồng chí", []schema.Title{ti("Phó Trưởng Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực", "Phó Trưởng Ban", "Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, lãng phí, tiêu cực")}, nil}},
	},
	{
		"a task after a body not set up for one is the sentence's: Sở Y tế keeps only its own name",
		"Ông Đàm Văn Lợi, Giám đốc Sở Y tế phòng, chống dịch chưa hiệu quả.",
		[]off{{"Đàm Văn Lợi", "ông", []schema.Title{ti("Giám đốc Sở Y tế", "Giám đốc", "Sở Y tế")}, nil}},
	},
	{
		"an appointment: a department named by two lower-case fields joined by và, then the new position",
		"Chủ tịch UBND tỉnh trao quyết định bổ nhiệm ông Cù Văn Lực, Trưởng phòng Quản lý đô thị và hạ tầng kỹ thuật, giữ chức Phó Giám đốc Sở Xây dựng.",
		[]off{{"Cù Văn Lực", "ông", []schema.Title{ti("Trưởng phòng Quản lý đô thị và hạ tầng kỹ thuật", "Trưởng phòng", "Phòng Quản lý đô thị và hạ tầng kỹ thuật"), ti("Phó Giám đốc Sở Xây dựng", "Phó Giám đốc", "Sở Xây dựng")}, nil}},
	},
	// Where titles stop.
	{
		"the title stops before the verb",
		"Đồng chí Nguyễn Hữu Đông, Phó Trưởng Ban Nội chính Trung ương nhấn mạnh yêu cầu phòng, chống tham nhũng.",
		[]off{{"Nguyễn Hữu Đông", "đồng chí", []schema.Title{ti("Phó Trưởng Ban Nội chính Trung ương", "Phó Trưởng Ban", "Ban Nội chính Trung ương")}, nil}},
	},
	{
		"the title stops before và and a lower-case word",
		"Đồng chí Lê Tiến Châu, Bí thư Tỉnh ủy Hậu Giang và lãnh đạo tỉnh tiếp đoàn công tác.",
		[]off{{"Lê Tiến Châu", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy Hậu Giang", "Bí thư", "Tỉnh ủy Hậu Giang")}, nil}},
	},
	{
		"the title stops at the end of the line",
		"Đồng chí Vương Đình Huệ, Chủ tịch Quốc hội\nPhát biểu tại phiên khai mạc",
		[]off{{"Vương Đình Huệ", "đồng chí", []schema.Title{ti("Chủ tịch Quốc hội", "Chủ tịch", "Quốc hội")}, nil}},
	},
	{
		"the title stops at a parenthesis",
		"Ông Lê Minh Khái, Tổng Thanh tra Chính phủ (nay là Phó Thủ tướng), cho biết kết quả thanh tra.",
		[]off{{"Lê Minh Khái", "ông", []schema.Title{ti("Tổng Thanh tra Chính phủ", "Tổng Thanh tra Chính phủ", "")}, nil}},
	},
	{
		"the organization stops before a verb that follows a one-syllable name word",
		"Ông Hà Văn Tú, Cục trưởng Cục Thuế thông báo lịch làm việc.",
		[]off{{"Hà Văn Tú", "ông", []schema.Title{ti("Cục trưởng Cục Thuế", "Cục trưởng", "Cục Thuế")}, nil}},
	},
	{
		"a place qualifier with a place name ends the organization",
		"Ông Phan Văn Mãi, Chủ tịch UBND TP Hồ Chí Minh, đối thoại với doanh nghiệp.",
		[]off{{"Phan Văn Mãi", "ông", []schema.Title{ti("Chủ tịch UBND TP Hồ Chí Minh", "Chủ tịch", "UBND TP Hồ Chí Minh")}, nil}},
	},
	{
		"the Youth Union's name holds Hồ Chí Minh, which is not a person",
		"Anh Nguyễn Tường Lâm, Bí thư Trung ương Đoàn TNCS Hồ Chí Minh, trao bằng khen.",
		[]off{{"Nguyễn Tường Lâm", "anh", []schema.Title{ti("Bí thư Trung ương Đoàn TNCS Hồ Chí Minh", "Bí thư", "Trung ương Đoàn TNCS Hồ Chí Minh")}, nil}},
	},
	// A position after "của", "thay mặt", "thừa lệnh" and before a comma
	// is the office the person after the comma acts for.
	{
		"the office a person acts for after thừa ủy quyền của is not theirs; their own follows the name",
		"Thừa ủy quyền của Chủ tịch nước, đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh trao Huân chương Lao động hạng Nhì cho Đảng bộ huyện.",
		[]off{{"Hoàng Văn Nam", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy"), ti("Chủ tịch HĐND tỉnh", "Chủ tịch", "HĐND tỉnh")}, nil}},
	},
	{
		"thay mặt: the office represented gives the person no position",
		"Thay mặt Chủ tịch UBND tỉnh, ông Lý Văn Hòa trao quyết định cho các tập thể.",
		nil,
	},
	{
		"thừa lệnh, and a position of the person's own after the name",
		"Thừa lệnh Thủ tướng Chính phủ, bà Phạm Thị Lan, Phó Chủ tịch UBND tỉnh, trao bằng khen cho 12 tập thể.",
		[]off{{"Phạm Thị Lan", "bà", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil}},
	},
	{
		"the office acted for is a mention of the one who holds it in the article",
		"Đồng chí Vũ Đức Long, Chủ tịch nước, gửi thư chúc mừng. Thừa ủy quyền của Chủ tịch nước, đồng chí Đào Quang Minh, Bí thư Tỉnh ủy, trao Huân chương.",
		[]off{
			{"Vũ Đức Long", "đồng chí", []schema.Title{ti("Chủ tịch nước", "Chủ tịch nước", "")}, []string{"Vũ Đức Long", "Chủ tịch nước"}},
			{"Đào Quang Minh", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy")}, nil},
		},
	},
	{
		"a rank before the name after the office acted for: the office is not the person's",
		"Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Đỗ Văn Khoa trao Huân chương Chiến công hạng Ba cho Phòng Cảnh sát hình sự.",
		[]off{{"Đỗ Văn Khoa", "", []schema.Title{ti("Thiếu tướng", "Thiếu tướng", "")}, nil}},
	},
	{
		"a position before the name after thay mặt and the office: only the position is the person's",
		"Thay mặt Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Lò Văn Sơn trao bằng khen cho 5 tập thể.",
		[]off{{"Lò Văn Sơn", "", []schema.Title{ti("Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch", "UBND tỉnh")}, nil}},
	},
	{
		"counter-example: after a bare của, positions and a rank before the name are all the person's",
		"Hội nghị nghe ý kiến của Thứ trưởng Bộ Công an, Trung tướng Lê Quốc Hùng về công tác bảo đảm an ninh.",
		[]off{{"Lê Quốc Hùng", "", []schema.Title{ti("Thứ trưởng Bộ Công an", "Thứ trưởng", "Bộ Công an"), ti("Trung tướng", "Trung tướng", "")}, nil}},
	},
	{
		"counter-example: after của, a position followed straight by the name is the person's",
		"Hội nghị nghe ý kiến chỉ đạo của Phó Thủ tướng Trần Lưu Quang về công tác cải cách hành chính.",
		[]off{{"Trần Lưu Quang", "", []schema.Title{ti("Phó Thủ tướng", "Phó Thủ tướng", "")}, nil}},
	},
	{
		"counter-example: a position, a comma and the name, with no của before, is the person's",
		"Phát biểu tại hội nghị, Bí thư Tỉnh ủy, đồng chí Đỗ Minh Tuấn nhấn mạnh yêu cầu đổi mới.",
		[]off{{"Đỗ Minh Tuấn", "đồng chí", []schema.Title{ti("Bí thư Tỉnh ủy", "Bí thư", "Tỉnh ủy")}, nil}},
	},
	// Foreign guests: a name that is not Vietnamese is a person's after
	// an honorific, with a position after it or before it.
	{
		"a foreign consul general after ông, with the country and city of the post",
		"Đồng chí Nguyễn Văn An, Chủ tịch UBND tỉnh, tiếp ông Thomas Keller, Tổng Lãnh sự Cộng hòa Liên bang Đức tại TP Hồ Chí Minh. Ông Thomas Keller cảm ơn lãnh đạo tỉnh; ông Keller cho biết sẽ dẫn đoàn doanh nghiệp sang khảo sát.",
		[]off{
			{"Nguyễn Văn An", "đồng chí", []schema.Title{ti("Chủ tịch UBND tỉnh", "Chủ tịch", "UBND tỉnh")}, nil},
			{"Thomas Keller", "ông", []schema.Title{ti("Tổng Lãnh sự Cộng hòa Liên bang Đức tại TP Hồ Chí Minh", "Tổng Lãnh sự", "Cộng hòa Liên bang Đức tại TP Hồ Chí Minh")}, []string{"Thomas Keller", "Thomas Keller", "Keller"}},
		},
	},
	{
		"a counsellor's duty in lower case after phụ trách is part of the role; the mission (Đại sứ quán) is no role",
		"Về phía Đại sứ quán có bà Sarah Collins, Tham tán phụ trách hợp tác phát triển.",
		[]off{{"Sarah Collins", "bà", []schema.Title{ti("Tham tán phụ trách hợp tác phát triển", "Tham tán phụ trách hợp tác phát triển", "")}, nil}},
	},
	{
		"a duty of envoyFields, then the mission as the organization",
		"Cùng dự có ông Carlos Ruiz, Tùy viên quốc phòng Đại sứ quán Tây Ban Nha.",
		[]off{{"Carlos Ruiz", "ông", []schema.Title{ti("Tùy viên quốc phòng Đại sứ quán Tây Ban Nha", "Tùy viên quốc phòng", "Đại sứ quán Tây Ban Nha")}, nil}},
	},
	{
		"the position before the honorific and the foreign name",
		"Phát biểu tại buổi làm việc, Đại sứ Nhật Bản tại Việt Nam, ngài Takeshi Yamada khẳng định hai bên còn nhiều dư địa hợp tác.",
		[]off{{"Takeshi Yamada", "ngài", []schema.Title{ti("Đại sứ Nhật Bản tại Việt Nam", "Đại sứ", "Nhật Bản tại Việt Nam")}, nil}},
	},
	{
		"the honorific before the position, a particle inside the name",
		"Ngài Đại sứ Kees van Dijk đánh giá cao môi trường đầu tư của tỉnh.",
		[]off{{"Kees van Dijk", "ngài", []schema.Title{ti("Đại sứ", "Đại sứ", "")}, nil}},
	},
	{
		"a Vietnamese diplomat: the country of the post and the name after it",
		"Đại sứ Việt Nam tại Hàn Quốc Vũ Hồng Nam thăm cộng đồng người Việt.",
		[]off{{"Vũ Hồng Nam", "", []schema.Title{ti("Đại sứ Việt Nam tại Hàn Quốc", "Đại sứ", "Việt Nam tại Hàn Quốc")}, nil}},
	},
	{
		"a country that starts like a Vietnamese name (Hà Lan) is no person",
		"Đại sứ Hà Lan tại Việt Nam đã thăm khu công nghiệp của tỉnh.",
		nil,
	},
	{
		"a foreign name with no position anywhere is no official",
		"Chủ tịch UBND tỉnh chào mừng ông Thomas Keller và đoàn doanh nghiệp Đức.",
		nil,
	},
	{
		"a foreign name followed by a noun in lower case, not a position",
		"Tỉnh cảm ơn ông Bill Gates, người sáng lập quỹ từ thiện, đã hỗ trợ thiết bị y tế.",
		nil,
	},
	// Investors and diplomats of Korea, Japan and Singapore (blind set Y,
	// sentences of our own).
	{
		"a Korean name whose first word is also a Vietnamese family name (Kim): the hyphenated given name makes it foreign, whole",
		"Tiếp đoàn có ông Kim Min-seok, Giám đốc Công ty Daesung Vina, và các kỹ sư.",
		[]off{{"Kim Min-seok", "ông", []schema.Title{ti("Giám đốc Công ty Daesung Vina", "Giám đốc", "Công ty Daesung Vina")}, nil}},
	},
	{
		"a dash glued between a Vietnamese name and a capitalised position is a separator, not a given name",
		"Ông Lê Văn Hiến-Phó Chủ tịch UBND xã phát biểu.",
		[]off{{"Lê Văn Hiến", "ông", []schema.Title{ti("Phó Chủ tịch UBND xã", "Phó Chủ tịch", "UBND xã")}, nil}},
	},
	{
		"the chief representative of a foreign agency: Trưởng đại diện, the agency and the post",
		"Bà Suzuki Emi, Trưởng đại diện JICA tại Việt Nam, ký biên bản ghi nhớ với tỉnh.",
		[]off{{"Suzuki Emi", "bà", []schema.Title{ti("Trưởng đại diện JICA tại Việt Nam", "Trưởng đại diện", "JICA tại Việt Nam")}, nil}},
	},
	{
		"Trưởng đại diện with an abbreviation and its city (a place of places)",
		"Dự buổi gặp có ông Tanaka Hiroshi, Trưởng đại diện KOTRA Hà Nội.",
		[]off{{"Tanaka Hiroshi", "ông", []schema.Title{ti("Trưởng đại diện KOTRA Hà Nội", "Trưởng đại diện", "KOTRA Hà Nội")}, nil}},
	},
	{
		"a company after Trưởng đại diện is no person: a foreign name needs an honorific or an earlier mention with a position",
		"Trưởng đại diện Samsung Electronics tại Việt Nam cho biết sẽ mở rộng đầu tư.",
		nil,
	},
	{
		"the formal name of Korea (Đại Hàn Dân Quốc) in an ambassador's post; a later Đại sứ Name adds the shorter title text (SPEC: titles deduplicated by text) and a mention",
		"Chủ tịch UBND tỉnh tiếp ngài Park Sung-ho, Đại sứ Đặc mệnh toàn quyền Đại Hàn Dân Quốc tại Việt Nam. Đại sứ Park Sung-ho cho biết sẽ kết nối doanh nghiệp.",
		[]off{{"Park Sung-ho", "ngài", []schema.Title{
			ti("Đại sứ Đặc mệnh toàn quyền Đại Hàn Dân Quốc tại Việt Nam", "Đại sứ đặc mệnh toàn quyền", "Đại Hàn Dân Quốc tại Việt Nam"),
			ti("Đại sứ", "Đại sứ", ""),
		}, []string{"Park Sung-ho", "Park Sung-ho"}}},
	},
	{
		"a consul general's city written TP. with its dot; the later Tổng Lãnh sự Name",
		"Dự lễ có ông Hiroshi Mori, Tổng Lãnh sự Nhật Bản tại TP. Đà Nẵng. Tổng Lãnh sự Hiroshi Mori chúc mừng nhà đầu tư.",
		[]off{{"Hiroshi Mori", "ông", []schema.Title{
			ti("Tổng Lãnh sự Nhật Bản tại TP. Đà Nẵng", "Tổng Lãnh sự", "Nhật Bản tại TP. Đà Nẵng"),
			ti("Tổng Lãnh sự", "Tổng Lãnh sự", ""),
		}, []string{"Hiroshi Mori", "Hiroshi Mori"}}},
	},
	{
		"a counsellor's field capitalised as part of the post's name, then the mission",
		"Cùng đi có bà Lee Soo-jin, Tham tán Kinh tế Đại sứ quán Hàn Quốc.",
		[]off{{"Lee Soo-jin", "bà", []schema.Title{ti("Tham tán Kinh tế Đại sứ quán Hàn Quốc", "Tham tán Kinh tế", "Đại sứ quán Hàn Quốc")}, nil}},
	},
	// Organizations whose names hold "các", a region, a numbered
	// residential unit.
	{
		"a management board of zones: các and a plural noun inside the name",
		"Ông Phan Đức Hậu, Phó Trưởng Ban Quản lý các khu kinh tế tỉnh, báo cáo kết quả thu hút đầu tư.",
		[]off{{"Phan Đức Hậu", "ông", []schema.Title{ti("Phó Trưởng Ban Quản lý các khu kinh tế tỉnh", "Phó Trưởng Ban", "Ban Quản lý các khu kinh tế tỉnh")}, nil}},
	},
	{
		"a union of associations (Liên hiệp các Hội), the position before the name",
		"Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lê Minh Châu phát biểu tại hội thảo.",
		[]off{{"Lê Minh Châu", "", []schema.Title{ti("Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Chủ tịch", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")}, nil}},
	},
	{
		"a research institute of a region: vùng and the region end its name",
		"Theo PGS.TS Hồ Thanh Sơn, Viện trưởng Viện Nghiên cứu Phát triển vùng Tây Nguyên, tỉnh cần quy hoạch lại vùng nguyên liệu.",
		[]off{{"Hồ Thanh Sơn", "", []schema.Title{ti("Viện trưởng Viện Nghiên cứu Phát triển vùng Tây Nguyên", "Viện trưởng", "Viện Nghiên cứu Phát triển vùng Tây Nguyên")}, nil}},
	},
	{
		"the zones a board governs end its name before a comma, abbreviated too (các KCN): the province goes without saying",
		"Ông Đỗ Văn Lực, Trưởng Ban Quản lý các KCN, và bà Mai Thị Hoa, Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp, cùng dự.",
		[]off{
			{"Đỗ Văn Lực", "ông", []schema.Title{ti("Trưởng Ban Quản lý các KCN", "Trưởng Ban", "Ban Quản lý các KCN")}, nil},
			{"Mai Thị Hoa", "bà", []schema.Title{ti("Phó Trưởng Ban Quản lý các khu chế xuất và công nghiệp", "Phó Trưởng Ban", "Ban Quản lý các khu chế xuất và công nghiệp")}, nil},
		},
	},
	{
		"the head of a ward's street group, its number after số; the head of an office that is no committee's own",
		"Ông Lê Văn Tư, Tổ trưởng tổ dân phố số 5, và ông Trần Văn Khải, Trưởng Văn phòng Điều phối nông thôn mới tỉnh, cùng kiểm tra.",
		[]off{
			{"Lê Văn Tư", "ông", []schema.Title{ti("Tổ trưởng tổ dân phố số 5", "Tổ trưởng tổ dân phố", "tổ dân phố số 5")}, nil},
			{"Trần Văn Khải", "ông", []schema.Title{ti("Trưởng Văn phòng Điều phối nông thôn mới tỉnh", "Trưởng Văn phòng", "Văn phòng Điều phối nông thôn mới tỉnh")}, nil},
		},
	},
	{
		"a residential unit numbered after số, the position before the name in a list",
		"Dự có ông Trịnh Văn Bảy, Bí thư Chi bộ khu phố số 3; Trưởng Ban Công tác Mặt trận tổ dân phố số 12 Lê Thị Hạnh cùng bà con.",
		[]off{
			{"Trịnh Văn Bảy", "ông", []schema.Title{ti("Bí thư Chi bộ khu phố số 3", "Bí thư", "Chi bộ khu phố số 3")}, nil},
			{"Lê Thị Hạnh", "", []schema.Title{ti("Trưởng Ban Công tác Mặt trận tổ dân phố số 12", "Trưởng Ban", "Ban Công tác Mặt trận tổ dân phố số 12")}, nil},
		},
	},
	{
		"Bà of a place name: its words have Vietnamese diacritics",
		"Tại Bà Rịa - Vũng Tàu, Giám đốc Sở Nội vụ phát biểu khai mạc.",
		nil,
	},
	{
		"a company's name of four capitalised words after ông is no person",
		"Về phía doanh nghiệp có ông Intel Products Vietnam Limited, Tổng Giám đốc Công ty đã phát biểu.",
		nil,
	},
	{
		"a company's name in capitals after bà is no person",
		"Đại diện có bà USAID Vietnam, Giám đốc chương trình.",
		nil,
	},
	// Companies after a role: the legal form and the company's name.
	{
		"a company's name with a lower-case word and a place after a business role",
		"Ông Tạ Quang Vinh, Tổng Giám đốc Công ty cổ phần Thủy sản xuất khẩu Phù Mỹ, cho biết đơn hàng tăng mạnh.",
		[]off{{"Tạ Quang Vinh", "ông", []schema.Title{ti("Tổng Giám đốc Công ty cổ phần Thủy sản xuất khẩu Phù Mỹ", "Tổng Giám đốc", "Công ty cổ phần Thủy sản xuất khẩu Phù Mỹ")}, nil}},
	},
	{
		"the board (HĐQT) and its company are one organization; the person after them is not taken",
		"Chủ tịch HĐQT Công ty cổ phần Dệt may Hòa Thọ Lê Văn Dũng cho biết doanh nghiệp đã tuyển thêm lao động.",
		[]off{{"Lê Văn Dũng", "", []schema.Title{ti("Chủ tịch HĐQT Công ty cổ phần Dệt may Hòa Thọ", "Chủ tịch", "HĐQT Công ty cổ phần Dệt may Hòa Thọ")}, nil}},
	},
	{
		"a company named like a person, after its legal form, and a verb after it",
		"Bà Quan Thị Hiền, Giám đốc Công ty TNHH Trần Gia trao tặng 100 suất quà cho học sinh.",
		[]off{{"Quan Thị Hiền", "bà", []schema.Title{ti("Giám đốc Công ty TNHH Trần Gia", "Giám đốc", "Công ty TNHH Trần Gia")}, nil}},
	},
	{
		"lines of business with bị (thiết bị) between the legal form and the company's own name, in a post",
		"Ông Trần Văn Bình, Giám đốc Công ty TNHH Thiết bị y tế Hoàng Long, phát biểu.",
		[]off{{"Trần Văn Bình", "ông", []schema.Title{ti("Giám đốc Công ty TNHH Thiết bị y tế Hoàng Long", "Giám đốc", "Công ty TNHH Thiết bị y tế Hoàng Long")}, nil}},
	},
	{
		"a defendant's former post in parentheses: the company's lines, then its own name",
		"Bị cáo Lê Minh Tâm (nguyên Giám đốc Công ty TNHH Thiết bị vật tư Kim Ngân Phát) bị tuyên phạt 7 năm tù.",
		[]off{{"Lê Minh Tâm", "", []schema.Title{former(ti("nguyên Giám đốc Công ty TNHH Thiết bị vật tư Kim Ngân Phát", "Giám đốc", "Công ty TNHH Thiết bị vật tư Kim Ngân Phát"))}, nil}},
	},
	{
		"two lines joined by và, then the own name, before the person's name",
		"Giám đốc Công ty CP Xây dựng và Thương mại Đại Phát Nguyễn Văn Toàn cho biết công trình sẽ xong trong tháng.",
		[]off{{"Nguyễn Văn Toàn", "", []schema.Title{ti("Giám đốc Công ty CP Xây dựng và Thương mại Đại Phát", "Giám đốc", "Công ty CP Xây dựng và Thương mại Đại Phát")}, nil}},
	},
	{
		"before the person's name, a name of three syllables after the lines is the person's, not the company's",
		"Giám đốc Công ty cổ phần Xây dựng Phạm Quốc Huy phát biểu tại buổi lễ.",
		[]off{{"Phạm Quốc Huy", "", []schema.Title{ti("Giám đốc Công ty cổ phần Xây dựng", "Giám đốc", "Công ty cổ phần Xây dựng")}, nil}},
	},
	{
		"the company's own name first, then a verb and a capitalised object: the object is not the company's",
		"Ông Hà Văn Sơn, Giám đốc Công ty Sông Đà xây dựng Nhà văn hóa cho thôn.",
		[]off{{"Hà Văn Sơn", "ông", []schema.Title{ti("Giám đốc Công ty Sông Đà", "Giám đốc", "Công ty Sông Đà")}, nil}},
	},
	{
		"a state corporation with its board of members (HĐTV)",
		"Ông Ninh Văn Quý, Chủ tịch HĐTV Tổng công ty Lương thực miền Nam, phát biểu.",
		[]off{{"Ninh Văn Quý", "ông", []schema.Title{ti("Chủ tịch HĐTV Tổng công ty Lương thực miền Nam", "Chủ tịch", "HĐTV Tổng công ty Lương thực miền Nam")}, nil}},
	},
	// Military units with their number and service.
	{
		"a naval region: its number and the service after it",
		"Đại tá Phạm Văn Lợi, Chính ủy Vùng 4 Hải quân, trao quà cho ngư dân.",
		[]off{{"Phạm Văn Lợi", "", []schema.Title{ti("Đại tá", "Đại tá", ""), ti("Chính ủy Vùng 4 Hải quân", "Chính ủy", "Vùng 4 Hải quân")}, nil}},
	},
	{
		"a coast guard region: the number after the service, under its command",
		"Thiếu tướng Trần Văn Bình, Tư lệnh Vùng Cảnh sát biển 2, phát biểu chỉ đạo.",
		[]off{{"Trần Văn Bình", "", []schema.Title{ti("Thiếu tướng", "Thiếu tướng", ""), ti("Tư lệnh Vùng Cảnh sát biển 2", "Tư lệnh", "Vùng Cảnh sát biển 2")}, nil}},
	},
	{
		"a numbered unit before the name",
		"Lữ đoàn trưởng Lữ đoàn 162 Hải quân Đại tá Đinh Văn Tú báo cáo kết quả huấn luyện.",
		[]off{{"Đinh Văn Tú", "", []schema.Title{ti("Lữ đoàn trưởng Lữ đoàn 162 Hải quân", "Lữ đoàn trưởng", "Lữ đoàn 162 Hải quân"), ti("Đại tá", "Đại tá", "")}, nil}},
	},
	// Religious dignitaries (blind set M): the rank before the name is a
	// form of address, the church office after it a position.
	{
		"a monastic name starting with Thích after Thượng tọa, with a Buddhist board's office",
		"Thượng tọa Thích Minh Đạo, Phó Trưởng Ban Trị sự GHPGVN huyện, phát biểu cảm ơn.",
		[]off{{"Thích Minh Đạo", "thượng tọa", []schema.Title{ti("Phó Trưởng Ban Trị sự GHPGVN huyện", "Phó Trưởng Ban", "Ban Trị sự GHPGVN huyện")}, nil}},
	},
	{
		"a nun's name of four syllables after Ni sư; a later mention after the rank joins her",
		"Ni sư Thích Nữ Như Hạnh, Trụ trì Tịnh xá Ngọc Thành, đón đoàn. Ni sư Thích Nữ Như Hạnh cảm ơn.",
		[]off{{"Thích Nữ Như Hạnh", "ni sư", []schema.Title{ti("Trụ trì Tịnh xá Ngọc Thành", "Trụ trì", "Tịnh xá Ngọc Thành")}, []string{"Thích Nữ Như Hạnh", "Thích Nữ Như Hạnh"}}},
	},
	{
		"a Khmer monk's name; the pagoda in lower case after Trụ trì is the office's organization",
		"Tiếp đoàn có Đại đức Danh Sóc, Trụ trì chùa Sà Lôn, cùng bà con phum sóc.",
		[]off{{"Danh Sóc", "đại đức", []schema.Title{ti("Trụ trì chùa Sà Lôn", "Trụ trì", "chùa Sà Lôn")}, nil}},
	},
	{
		"a parish priest and a pastor in one list; Tin Lành is the church's, not a person Lành",
		"Dự có Linh mục Trần Văn Bảo, Chánh xứ Giáo xứ Tân Hưng; Mục sư Lê Quang Phúc, Quản nhiệm Hội thánh Tin Lành Cà Mau.",
		[]off{
			{"Trần Văn Bảo", "linh mục", []schema.Title{ti("Chánh xứ Giáo xứ Tân Hưng", "Chánh xứ", "Giáo xứ Tân Hưng")}, nil},
			{"Lê Quang Phúc", "mục sư", []schema.Title{ti("Quản nhiệm Hội thánh Tin Lành Cà Mau", "Quản nhiệm", "Hội thánh Tin Lành Cà Mau")}, nil},
		},
	},
	{
		"a Cao Đài office: Cao Đài is the religion, not a person Cao",
		"Ông Võ Văn Mười, Chánh trị sự Họ đạo Cao Đài Long Phú, chia sẻ.",
		[]off{{"Võ Văn Mười", "ông", []schema.Title{ti("Chánh trị sự Họ đạo Cao Đài Long Phú", "Chánh trị sự", "Họ đạo Cao Đài Long Phú")}, nil}},
	},
	{
		"a bishop with his baptismal name before his Vietnamese one; the office before the rank",
		"Chủ tịch Ủy ban Bác ái Xã hội, Giám mục Giuse Đỗ Văn Hòa, trao quà.",
		[]off{{"Giuse Đỗ Văn Hòa", "giám mục", []schema.Title{ti("Chủ tịch Ủy ban Bác ái Xã hội", "Chủ tịch", "Ủy ban Bác ái Xã hội")}, nil}},
	},
	{
		"an office in lower case after the comma; an apostrophe inside a Khmer pagoda's name",
		"Hòa thượng Danh Lung, trụ trì chùa Kh'Leang, phát biểu.",
		[]off{{"Danh Lung", "hòa thượng", []schema.Title{ti("trụ trì chùa Kh'Leang", "Trụ trì", "chùa Kh'Leang")}, nil}},
	},
	{
		"Trúc Lâm, a Zen school, is the monastery's name, not a person Lâm",
		"Sư cô Thích Nữ Diệu Hạnh, Trụ trì Thiền viện Trúc Lâm Phương Nam, phát biểu.",
		[]off{{"Thích Nữ Diệu Hạnh", "sư cô", []schema.Title{ti("Trụ trì Thiền viện Trúc Lâm Phương Nam", "Trụ trì", "Thiền viện Trúc Lâm Phương Nam")}, nil}},
	},
	{
		"Giám mục with his see after the name is a position; before the name it is a form of address",
		"Đức cha Phêrô Huỳnh Văn Hai, Giám mục Giáo phận Vĩnh Long, tiếp đoàn.",
		[]off{{"Phêrô Huỳnh Văn Hai", "đức cha", []schema.Title{ti("Giám mục Giáo phận Vĩnh Long", "Giám mục", "Giáo phận Vĩnh Long")}, nil}},
	},
	{"Giám mục without a see is no position", "Ông Lê Văn Hòa, Giám mục, chủ sự thánh lễ.", nil},
	{
		"an apostrophe inside a place name of an organization",
		"Ông Lê Văn Tám, Bí thư Huyện ủy Đắk R'Lấp, dự.",
		[]off{{"Lê Văn Tám", "ông", []schema.Title{ti("Bí thư Huyện ủy Đắk R'Lấp", "Bí thư", "Huyện ủy Đắk R'Lấp")}, nil}},
	},
	{"a religious rank with no position after it gives no official", "Hòa thượng Thích Minh Đạo chủ trì lễ cầu an, Linh mục Trần Văn Bảo dâng lễ.", nil},
	{"a pagoda after a visit is a place, not a person nor an office", "Đoàn đã đến thăm chùa Som Rong và tặng quà cho các sư.", nil},
	{"a monastic name only after a religious rank (Thích is no family name)", "Ông Thích Minh Hòa, Chủ tịch UBND xã, phát biểu.", nil},
	// A presidium leads a front or an association.
	{
		"Đoàn Chủ tịch heads the organization; the chain goes on to the association",
		"Đồng chí Lương Văn Quý, Ủy viên Đoàn Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam, dự.",
		[]off{{"Lương Văn Quý", "đồng chí", []schema.Title{ti("Ủy viên Đoàn Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam", "Ủy viên", "Đoàn Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam")}, nil}},
	},
	{
		"Đoàn Chủ tịch of the front's central committee, before the name",
		"Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Hầu Thị Mai phát biểu.",
		[]off{{"Hầu Thị Mai", "", []schema.Title{ti("Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam", "Ủy viên", "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam")}, nil}},
	},
	{
		"a congress's presidium alone names nobody; its Chủ tịch is no position",
		"Đoàn Chủ tịch Đại hội điều hành phiên thảo luận; đồng chí Hoàng Văn Sinh, Chủ tịch Hội Nông dân tỉnh, phát biểu.",
		[]off{{"Hoàng Văn Sinh", "đồng chí", []schema.Title{ti("Chủ tịch Hội Nông dân tỉnh", "Chủ tịch", "Hội Nông dân tỉnh")}, nil}},
	},
	// A deputy named "đại biểu X" in National Assembly news (blind P).
	{
		"đại biểu before a name, the delegation after a dash: the title is đại biểu, the delegation no title",
		"Phát biểu tại tổ, đại biểu Lương Thị Thoa - Đoàn ĐBQH tỉnh Bắc Kạn kiến nghị sửa quy định về đất rừng.",
		[]off{{"Lương Thị Thoa", "", []schema.Title{ti("đại biểu", "Đại biểu", "")}, nil}},
	},
	{
		"Đại biểu opening a sentence, the delegation in parentheses",
		"Đại biểu Triệu Văn Khang (Đoàn ĐBQH tỉnh Lạng Sơn) đề nghị làm rõ trách nhiệm của bộ.",
		[]off{{"Triệu Văn Khang", "", []schema.Title{ti("Đại biểu", "Đại biểu", "")}, nil}},
	},
	{
		"đại biểu before a name and a post in the delegation after a comma: two titles",
		"Tranh luận lại, đại biểu Đinh Văn Sử, Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Gia Lai cho rằng cần làm rõ.",
		[]off{{"Đinh Văn Sử", "", []schema.Title{
			ti("đại biểu", "Đại biểu", ""),
			ti("Phó Trưởng đoàn chuyên trách Đoàn ĐBQH tỉnh Gia Lai", "Phó Trưởng đoàn chuyên trách", "Đoàn ĐBQH tỉnh Gia Lai"),
		}, nil}},
	},
	{
		"các đại biểu before two names: the position of each",
		"Các đại biểu Quan Văn Tài và Đàm Thị Én cùng đề nghị tăng phụ cấp.",
		[]off{
			{"Quan Văn Tài", "", []schema.Title{ti("đại biểu", "Đại biểu", "")}, nil},
			{"Đàm Thị Én", "", []schema.Title{ti("đại biểu", "Đại biểu", "")}, nil},
		},
	},
	{"counter-example: đại biểu of bodies, not before a person's name", "Dự lễ có đại biểu Đoàn TNCS Hồ Chí Minh, đại biểu Hội Cựu chiến binh và đại biểu Đoàn Thanh niên xã.", nil},
	{"counter-example: a number of delegates and a congress of delegates", "Có 60 đại biểu dự Đại hội đại biểu Đảng bộ xã; các đại biểu Quốc hội cùng theo dõi.", nil},
	{"counter-example: đại biểu Quốc hội with no name, then a name with no position", "Đại biểu Quốc hội đã chất vấn nhiều vấn đề; cử tri Nguyễn Văn Toản theo dõi.", nil},
	// A department and its ministry across " - " (blind P).
	{
		"a department named with a word that is also a verb (thông tin), its ministry after a spaced dash: one title",
		"Ông Mạc Văn Quý, Cục trưởng Cục Giám sát thông tin - Bộ Công Thương, cho biết thêm.",
		[]off{{"Mạc Văn Quý", "ông", []schema.Title{ti("Cục trưởng Cục Giám sát thông tin - Bộ Công Thương", "Cục trưởng", "Cục Giám sát thông tin - Bộ Công Thương")}, nil}},
	},
	{
		"an institute named with tổ chức (also a verb), its ministry after a dash, then the verb of the sentence",
		"Bà Ninh Thị Hạnh, Phó Viện trưởng Viện Khoa học tổ chức nhà nước - Bộ Nội vụ trình bày đề dẫn.",
		[]off{{"Ninh Thị Hạnh", "bà", []schema.Title{ti("Phó Viện trưởng Viện Khoa học tổ chức nhà nước - Bộ Nội vụ", "Phó Viện trưởng", "Viện Khoa học tổ chức nhà nước - Bộ Nội vụ")}, nil}},
	},
	{
		"counter-example: the verb thông tin and a dash that opens the next clause, no ministry after it",
		"Ông Bạch Văn Tú, Cục trưởng Cục Thuế thông tin - trong quý I, số thu tăng.",
		[]off{{"Bạch Văn Tú", "ông", []schema.Title{ti("Cục trưởng Cục Thuế", "Cục trưởng", "Cục Thuế")}, nil}},
	},
	{
		"counter-example: after the dash a new position of another body, not a ministry: two titles",
		"Bà Âu Thị Lan, Phó Vụ trưởng Vụ Pháp chế - Phó Bí thư Chi bộ, cho biết.",
		[]off{{"Âu Thị Lan", "bà", []schema.Title{ti("Phó Vụ trưởng Vụ Pháp chế", "Phó Vụ trưởng", "Vụ Pháp chế"), ti("Phó Bí thư Chi bộ", "Phó Bí thư", "Chi bộ")}, nil}},
	},
	// A spokesperson (blind P): a position held with its body.
	{
		"Người phát ngôn with its ministry after another position; later the position alone names the holder",
		"Ông Tạ Quang Vinh, Vụ trưởng, Người phát ngôn Bộ Tư pháp trả lời câu hỏi. Cuối buổi, Người phát ngôn Bộ Tư pháp cảm ơn các phóng viên.",
		[]off{{"Tạ Quang Vinh", "ông", []schema.Title{
			ti("Vụ trưởng", "Vụ trưởng", ""),
			ti("Người phát ngôn Bộ Tư pháp", "Người phát ngôn", "Bộ Tư pháp"),
		}, []string{"Tạ Quang Vinh", "Người phát ngôn Bộ Tư pháp"}}},
	},
	{
		"người phát ngôn in lower case before a name, like đại biểu Quốc hội",
		"Theo người phát ngôn Bộ Ngoại giao Đinh Thị Hoa, Việt Nam hoan nghênh thỏa thuận.",
		[]off{{"Đinh Thị Hoa", "", []schema.Title{ti("người phát ngôn Bộ Ngoại giao", "Người phát ngôn", "Bộ Ngoại giao")}, nil}},
	},
	{"a spokesperson of no named body is no position", "Ông Vương Đình Khải, người phát ngôn của đoàn, cho biết lịch trình.", nil},
	{"người phát ngôn alone, with no name", "Theo người phát ngôn Chính phủ, các bộ đã hoàn thành báo cáo.", nil},
	// Bahnar and Xơ Đăng names with the prefix A (men) or Y (women).
	{
		"A and one syllable after an honorific with positions; a later mention with the honorific joins",
		"Đồng chí A Pớt, Bí thư Huyện ủy, chủ trì. Kết luận, đồng chí A Pớt đề nghị các xã rà soát.",
		[]off{{"A Pớt", "đồng chí", []schema.Title{ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy")}, []string{"A Pớt", "A Pớt"}}},
	},
	{
		"Y and one syllable, the position before the honorific",
		"Phó Chủ tịch UBND huyện, bà Y Ngọc, trao quà cho các hộ nghèo.",
		[]off{{"Y Ngọc", "bà", []schema.Title{ti("Phó Chủ tịch UBND huyện", "Phó Chủ tịch", "UBND huyện")}, nil}},
	},
	{"A as a list marker is no name", "Ông Nguyễn Văn Tư, Chủ tịch UBND xã, cho biết phương án A và phương án B đã được lấy ý kiến.", []off{{"Nguyễn Văn Tư", "ông", []schema.Title{ti("Chủ tịch UBND xã", "Chủ tịch", "UBND xã")}, nil}}},
	{"a name with the prefix A but no position anywhere", "Anh A Thiết đã giúp dân làng sửa nhà rông.", nil},
	{"a place that starts with A after a position is the organization's", "Ông Hồ Văn Dũng, Bí thư Huyện ủy A Lưới, phát biểu.", []off{{"Hồ Văn Dũng", "ông", []schema.Title{ti("Bí thư Huyện ủy A Lưới", "Bí thư", "Huyện ủy A Lưới")}, nil}}},
	// A post given once after a list of names, each with its own position
	// (blind Q): every name of the list gets it.
	{
		"được chỉ định giữ chức after a list after các ông, bà: each name gets the post; no honorific fits all",
		"Các ông, bà: Lưu Văn Khởi, Chủ tịch Hội Nông dân xã; Hà Thị Mến, Chủ tịch Hội Liên hiệp Phụ nữ xã và Tạ Minh Đức, Bí thư Đoàn xã được chỉ định giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam xã.",
		[]off{
			{"Lưu Văn Khởi", "", []schema.Title{ti("Chủ tịch Hội Nông dân xã", "Chủ tịch", "Hội Nông dân xã"), ti("Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam xã")}, nil},
			{"Hà Thị Mến", "", []schema.Title{ti("Chủ tịch Hội Liên hiệp Phụ nữ xã", "Chủ tịch", "Hội Liên hiệp Phụ nữ xã"), ti("Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam xã")}, nil},
			{"Tạ Minh Đức", "", []schema.Title{ti("Bí thư Đoàn xã", "Bí thư", "Đoàn xã"), ti("Phó Chủ tịch Ủy ban MTTQ Việt Nam xã", "Phó Chủ tịch", "Ủy ban MTTQ Việt Nam xã")}, nil},
		},
	},
	{
		"được bầu làm after a list after các đồng chí: each name gets the post",
		"Các đồng chí: Kiều Văn Lực, Trưởng Ban Tổ chức Huyện ủy và Mạc Thị Dung, Chánh Văn phòng Huyện ủy được bầu làm Ủy viên Ban Thường vụ Huyện ủy.",
		[]off{
			{"Kiều Văn Lực", "đồng chí", []schema.Title{ti("Trưởng Ban Tổ chức Huyện ủy", "Trưởng Ban", "Ban Tổ chức Huyện ủy"), ti("Ủy viên Ban Thường vụ Huyện ủy", "Ủy viên Ban Thường vụ", "Huyện ủy")}, nil},
			{"Mạc Thị Dung", "đồng chí", []schema.Title{ti("Chánh Văn phòng Huyện ủy", "Chánh Văn phòng", "Văn phòng Huyện ủy"), ti("Ủy viên Ban Thường vụ Huyện ủy", "Ủy viên Ban Thường vụ", "Huyện ủy")}, nil},
		},
	},
	{
		"counter-example: a post held now (hiện là) after the last name of a list is that name's alone",
		"Các đồng chí: Lã Văn Tiến, Phó Giám đốc Sở Nội vụ; Khúc Thị Hằng, Trưởng phòng Tổ chức, hiện là Phó Chánh Văn phòng UBND tỉnh.",
		[]off{
			{"Lã Văn Tiến", "đồng chí", []schema.Title{ti("Phó Giám đốc Sở Nội vụ", "Phó Giám đốc", "Sở Nội vụ")}, nil},
			{"Khúc Thị Hằng", "đồng chí", []schema.Title{ti("Trưởng phòng Tổ chức", "Trưởng phòng", "Phòng Tổ chức"), ti("Phó Chánh Văn phòng UBND tỉnh", "Phó Chánh Văn phòng", "Văn phòng UBND tỉnh")}, nil},
		},
	},
	{
		"counter-example: a list followed by another verb gives no post",
		"Các đồng chí: Hồ Văn Tùng, Chủ tịch UBND xã; Bế Thị Ngân, Phó Chủ tịch UBND xã phát biểu tại hội nghị.",
		[]off{
			{"Hồ Văn Tùng", "đồng chí", []schema.Title{ti("Chủ tịch UBND xã", "Chủ tịch", "UBND xã")}, nil},
			{"Bế Thị Ngân", "đồng chí", []schema.Title{ti("Phó Chủ tịch UBND xã", "Phó Chủ tịch", "UBND xã")}, nil},
		},
	},
	{
		"counter-example: one person with a position, then elected: the post is theirs only",
		"Đồng chí Giáp Văn Long, Chủ tịch UBND xã, phát biểu; đồng chí Thân Thị Hà, Phó Bí thư Đảng ủy xã, được bầu giữ chức Bí thư Đảng ủy xã.",
		[]off{
			{"Giáp Văn Long", "đồng chí", []schema.Title{ti("Chủ tịch UBND xã", "Chủ tịch", "UBND xã")}, nil},
			{"Thân Thị Hà", "đồng chí", []schema.Title{ti("Phó Bí thư Đảng ủy xã", "Phó Bí thư", "Đảng ủy xã"), ti("Bí thư Đảng ủy xã", "Bí thư", "Đảng ủy xã")}, nil},
		},
	},
	// A team named by its work (blind R): Đội and lower-case words.
	{
		"Đội vận động quần chúng after a rank and a name",
		"Thượng úy Lầu A Chồ, Đội trưởng Đội vận động quần chúng, đã bám bản nhiều năm.",
		[]off{{"Lầu A Chồ", "", []schema.Title{ti("Thượng úy", "Thượng úy", ""), ti("Đội trưởng Đội vận động quần chúng", "Đội trưởng", "Đội vận động quần chúng")}, nil}},
	},
	{
		"counter-example: the sentence's verb after a numbered team is not its name",
		"Ông Lương Văn Sáng, Đội trưởng Đội 2 vận động bà con trồng rừng.",
		[]off{{"Lương Văn Sáng", "ông", []schema.Title{ti("Đội trưởng Đội 2", "Đội trưởng", "Đội 2")}, nil}},
	},
	// A place before a minority name (blind R): the split that gives the
	// name its shape.
	{
		"a commune of two syllables, the second a family name, before a H'Mông name",
		"Chủ tịch UBND xã Sín Vì Hạng A Dế cho biết bà con đã trồng thảo quả.",
		[]off{{"Hạng A Dế", "", []schema.Title{ti("Chủ tịch UBND xã Sín Vì", "Chủ tịch", "UBND xã Sín Vì")}, nil}},
	},
	{
		"counter-example: a Kinh name after a place of two syllables",
		"Bí thư Đảng ủy xã Tân Phú Nguyễn Văn Ân phát biểu.",
		[]off{{"Nguyễn Văn Ân", "", []schema.Title{ti("Bí thư Đảng ủy xã Tân Phú", "Bí thư", "Đảng ủy xã Tân Phú")}, nil}},
	},
	{
		"counter-example: a place of one syllable before a H'Mông name of three",
		"Chủ tịch UBND xã Pả Vừ Mí Sính phát biểu.",
		[]off{{"Vừ Mí Sính", "", []schema.Title{ti("Chủ tịch UBND xã Pả", "Chủ tịch", "UBND xã Pả")}, nil}},
	},
	// Ê Đê and Jrai names (H' for women, Y for men) and Người có uy tín.
	{
		"H' and Y names after bà/ông with positions, and Người có uy tín with its village",
		"Bà H'Lan Ênuôl, Người có uy tín buôn Ea Sar, và ông Y Dhăm Mlô, Chủ tịch UBND xã, cùng chia sẻ.",
		[]off{
			{"H'Lan Ênuôl", "bà", []schema.Title{ti("Người có uy tín buôn Ea Sar", "Người có uy tín", "buôn Ea Sar")}, nil},
			{"Y Dhăm Mlô", "ông", []schema.Title{ti("Chủ tịch UBND xã", "Chủ tịch", "UBND xã")}, nil},
		},
	},
	{
		"người có uy tín in lower case after a comma, with a numbered hamlet",
		"Ông Sùng A Chớ, người có uy tín thôn 4, vận động con cháu bỏ hủ tục.",
		[]off{{"Sùng A Chớ", "ông", []schema.Title{ti("người có uy tín thôn 4", "Người có uy tín", "thôn 4")}, nil}},
	},
	{"counter-example: người có uy tín with no village is no position", "Ông Hà Văn Lừ là người có uy tín trong cộng đồng.", nil},
	{"counter-example: a list of người có uy tín with no name", "Các Người có uy tín buôn Ea Tul và buôn Cư Bao đã dự hội nghị.", nil},
	{"counter-example: H' alone is no name", "Chữ H' đứng trước tên phụ nữ Ê Đê, theo ông Trần Văn Lộc, Trưởng phòng Dân tộc.", []off{{"Trần Văn Lộc", "ông", []schema.Title{ti("Trưởng phòng Dân tộc", "Trưởng phòng", "Phòng Dân tộc")}, nil}}},
	// The armed forces' and the police's bodies and ranks.
	{
		"a Party committee of the military command: Quân sự after the place head Đảng ủy is its branch, not the sentence",
		"Đồng chí Lò Văn Dũng, Bí thư Huyện ủy, Bí thư Đảng ủy Quân sự huyện chủ trì hội nghị.",
		[]off{{"Lò Văn Dũng", "đồng chí", []schema.Title{
			ti("Bí thư Huyện ủy", "Bí thư", "Huyện ủy"),
			ti("Bí thư Đảng ủy Quân sự huyện", "Bí thư", "Đảng ủy Quân sự huyện"),
		}, nil}},
	},
	{
		"a numbered unit named with lower-case words before its number; the verb after the number ends it",
		"Thượng tá Đinh Công Lý, Trung đoàn trưởng Trung đoàn bộ binh 742 cho biết, đơn vị đã hoàn thành kế hoạch.",
		[]off{{"Đinh Công Lý", "", []schema.Title{
			ti("Thượng tá", "Thượng tá", ""),
			ti("Trung đoàn trưởng Trung đoàn bộ binh 742", "Trung đoàn trưởng", "Trung đoàn bộ binh 742"),
		}, nil}},
	},
	{
		"a police department named by two fields joined by và, the second in lower case, and the provincial police abbreviated (CAT)",
		"Trung tá Hồ Văn Sơn, Phó Trưởng phòng Công tác Đảng và công tác chính trị CAT trình bày chuyên đề; Đại tá Y Nguôn Niê, Phó Giám đốc CAT phát biểu.",
		[]off{
			{"Hồ Văn Sơn", "", []schema.Title{
				ti("Trung tá", "Trung tá", ""),
				ti("Phó Trưởng phòng Công tác Đảng và công tác chính trị CAT", "Phó Trưởng phòng", "Phòng Công tác Đảng và công tác chính trị CAT"),
			}, nil},
			{"Y Nguôn Niê", "", []schema.Title{ti("Đại tá", "Đại tá", ""), ti("Phó Giám đốc CAT", "Phó Giám đốc", "CAT")}, nil},
		},
	},
	{
		"forces' abbreviations after a role, with and without a level after them",
		"Đại tá Phùng Văn Khải, Chính ủy BĐBP và Thượng tá Trịnh Văn Hiếu, Chỉ huy trưởng BCHQS huyện dự lễ.",
		[]off{
			{"Phùng Văn Khải", "", []schema.Title{ti("Đại tá", "Đại tá", ""), ti("Chính ủy BĐBP", "Chính ủy", "BĐBP")}, nil},
			{"Trịnh Văn Hiếu", "", []schema.Title{ti("Thượng tá", "Thượng tá", ""), ti("Chỉ huy trưởng BCHQS huyện", "Chỉ huy trưởng", "BCHQS huyện")}, nil},
		},
	},
	{
		"an enlisted rank alone is a title; the unit in parentheses is not",
		"Binh nhì Lò Văn Sáng (Đại đội 3) chia sẻ cảm xúc trong ngày đầu nhập ngũ.",
		[]off{{"Lò Văn Sáng", "", []schema.Title{ti("Binh nhì", "Binh nhì", "")}, nil}},
	},
	{
		"non-commissioned ranks before names",
		"Thượng sĩ Vàng A Páo và Hạ sĩ Đèo Văn Tiến nhận giấy khen.",
		[]off{
			{"Vàng A Páo", "", []schema.Title{ti("Thượng sĩ", "Thượng sĩ", "")}, nil},
			{"Đèo Văn Tiến", "", []schema.Title{ti("Hạ sĩ", "Hạ sĩ", "")}, nil},
		},
	},
	{
		"an association (Hiệp hội) heads an organization as Hội does",
		"Ông Mai Xuân Hòa, Chủ tịch Hiệp hội Doanh nghiệp tỉnh phản ánh khó khăn về thủ tục đất đai.",
		[]off{{"Mai Xuân Hòa", "ông", []schema.Title{ti("Chủ tịch Hiệp hội Doanh nghiệp tỉnh", "Chủ tịch", "Hiệp hội Doanh nghiệp tỉnh")}, nil}},
	},
	{
		"the commas of fixed task phrases (phòng cháy, chữa cháy; cứu nạn, cứu hộ) are inside the organization",
		"Thiếu tá Đặng Văn Lợi, Phó Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh cam kết hỗ trợ doanh nghiệp.",
		[]off{{"Đặng Văn Lợi", "", []schema.Title{
			ti("Thiếu tá", "Thiếu tá", ""),
			ti("Phó Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh", "Phó Trưởng phòng", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"),
		}, nil}},
	},
	{
		"counter-example: a comma after the task phrase, or after a word that starts one, begins the next title",
		"Đại úy Lê Văn Thành, Đội trưởng Đội Cảnh sát phòng cháy, Phó Bí thư Chi bộ và Thiếu tá Cao Văn Tú, Đội trưởng Đội Cảnh sát phòng cháy, chữa cháy, Phó Chủ tịch Hội Cựu chiến binh phường dự lễ.",
		[]off{
			{"Lê Văn Thành", "", []schema.Title{
				ti("Đại úy", "Đại úy", ""),
				ti("Đội trưởng Đội Cảnh sát phòng cháy", "Đội trưởng", "Đội Cảnh sát phòng cháy"),
				ti("Phó Bí thư Chi bộ", "Phó Bí thư", "Chi bộ"),
			}, nil},
			{"Cao Văn Tú", "", []schema.Title{
				ti("Thiếu tá", "Thiếu tá", ""),
				ti("Đội trưởng Đội Cảnh sát phòng cháy, chữa cháy", "Đội trưởng", "Đội Cảnh sát phòng cháy, chữa cháy"),
				ti("Phó Chủ tịch Hội Cựu chiến binh phường", "Phó Chủ tịch", "Hội Cựu chiến binh phường"),
			}, nil},
		},
	},
	{
		"a role before a name whose family name is also a head (Đoàn, the Youth Union): three syllables are the person",
		"Phát biểu bế mạc, Phó Thủ tướng Đoàn Văn Khang yêu cầu các bộ hoàn thành dự thảo trong tháng 10.",
		[]off{{"Đoàn Văn Khang", "", []schema.Title{ti("Phó Thủ tướng", "Phó Thủ tướng", "")}, nil}},
	},
	{
		"counter-example: a Youth Union whose name goes on after capitalised words is the organization",
		"Bí thư Đoàn Thanh niên xã Đoàn Thị Hạnh trao quà cho học sinh.",
		[]off{{"Đoàn Thị Hạnh", "", []schema.Title{ti("Bí thư Đoàn Thanh niên xã", "Bí thư", "Đoàn Thanh niên xã")}, nil}},
	},
	{
		"counter-example: the Youth Union written in title case is the organization, not a person named Đoàn Thanh Niên",
		"Bí thư Đoàn Thanh Niên phát biểu tại buổi lễ.",
		nil,
	},
	{
		"counter-example: Đoàn with two capitalised syllables stays the organization (Đoàn Khối)",
		"Phó Bí thư Đoàn Khối Trần Minh Đức chủ trì buổi sinh hoạt.",
		[]off{{"Trần Minh Đức", "", []schema.Title{ti("Phó Bí thư Đoàn Khối", "Phó Bí thư", "Đoàn Khối")}, nil}},
	},
	{
		"the head of a hamlet's branch of a mass organization, with a compound Raglai family name",
		"Bà Pi Năng Thị Hoa, Chi hội trưởng Chi hội Phụ nữ thôn Suối Đá, chia sẻ kinh nghiệm trồng sầu riêng.",
		[]off{{"Pi Năng Thị Hoa", "bà", []schema.Title{ti("Chi hội trưởng Chi hội Phụ nữ thôn Suối Đá", "Chi hội trưởng", "Chi hội Phụ nữ thôn Suối Đá")}, nil}},
	},
	{
		"the deputy of a branch, before the name",
		"Chi hội phó Chi hội Cựu chiến binh khu phố 4 Lê Văn Bảy nhận giấy khen.",
		[]off{{"Lê Văn Bảy", "", []schema.Title{ti("Chi hội phó Chi hội Cựu chiến binh khu phố 4", "Chi hội phó", "Chi hội Cựu chiến binh khu phố 4")}, nil}},
	},
	{
		"a head word inside a commune's name is the place's (Sơn Hội); the lower-case verb after it is not taken",
		"Chị Trần Thị Mơ, Bí thư Đoàn xã Phước Hội trăn trở về việc làm của thanh niên.",
		[]off{{"Trần Thị Mơ", "chị", []schema.Title{ti("Bí thư Đoàn xã Phước Hội", "Bí thư", "Đoàn xã Phước Hội")}, nil}},
	},
	{
		"a district whose name starts with a head word (Vụ Bản)",
		"Ông Ngô Văn Tài, Phó Chủ tịch UBND huyện Vụ Bản cho biết kế hoạch đã hoàn thành.",
		[]off{{"Ngô Văn Tài", "ông", []schema.Title{ti("Phó Chủ tịch UBND huyện Vụ Bản", "Phó Chủ tịch", "UBND huyện Vụ Bản")}, nil}},
	},
	// Health, education and culture posts (blind set AA, AB classes);
	// sentences of our own.
	{
		"a hospital department whose field ends in lower case, a verb straight after it",
		"BSCKII Lò Thị Hạnh, Trưởng khoa Gây mê hồi sức chia sẻ kinh nghiệm; BS Vi Văn Tùng, Phó Trưởng khoa Chẩn đoán hình ảnh báo cáo.",
		[]off{
			{"Lò Thị Hạnh", "", []schema.Title{ti("Trưởng khoa Gây mê hồi sức", "Trưởng khoa", "Khoa Gây mê hồi sức")}, nil},
			{"Vi Văn Tùng", "", []schema.Title{ti("Phó Trưởng khoa Chẩn đoán hình ảnh", "Phó Trưởng khoa", "Khoa Chẩn đoán hình ảnh")}, nil},
		},
	},
	{
		"a university subject department and its school; the degree and the surname Đoàn (also a head) before it",
		"Báo cáo viên là PGS.TS Đoàn Thị Thu Nga, Trưởng bộ môn Y học cổ truyền Trường Đại học Y khoa Bắc Hà.",
		[]off{{"Đoàn Thị Thu Nga", "", []schema.Title{ti("Trưởng bộ môn Y học cổ truyền Trường Đại học Y khoa Bắc Hà", "Trưởng bộ môn", "Bộ môn Y học cổ truyền Trường Đại học Y khoa Bắc Hà")}, nil}},
	},
	{
		"the school called nhà trường by its staff, also after nguyên",
		"Tới dự có NGƯT Hà Thị Quyên, Hiệu trưởng nhà trường; ThS Mạc Văn Tín, nguyên Phó Hiệu trưởng nhà trường.",
		[]off{
			{"Hà Thị Quyên", "", []schema.Title{ti("Hiệu trưởng nhà trường", "Hiệu trưởng", "nhà trường")}, nil},
			{"Mạc Văn Tín", "", []schema.Title{former(ti("nguyên Phó Hiệu trưởng nhà trường", "Phó Hiệu trưởng", "nhà trường"))}, nil},
		},
	},
	{
		"a sector's trade union (ngành + its capitalised name); ngành alone stays out",
		"Ông Tạ Văn Lực, Chủ tịch Công đoàn ngành Giáo dục tỉnh phát biểu; bà Cù Thị Mơ, Chủ tịch Công đoàn ngành cho biết.",
		[]off{
			{"Tạ Văn Lực", "ông", []schema.Title{ti("Chủ tịch Công đoàn ngành Giáo dục tỉnh", "Chủ tịch", "Công đoàn ngành Giáo dục tỉnh")}, nil},
			{"Cù Thị Mơ", "bà", []schema.Title{ti("Chủ tịch Công đoàn", "Chủ tịch", "Công đoàn")}, nil},
		},
	},
	{
		"a police department whose field ends in lower case, then its parent police",
		"Trung tá Lường Văn Sinh, Trưởng phòng An ninh chính trị nội bộ Công an tỉnh thông tin về tình hình.",
		[]off{{"Lường Văn Sinh", "", []schema.Title{ti("Trung tá", "Trung tá", ""), ti("Trưởng phòng An ninh chính trị nội bộ Công an tỉnh", "Trưởng phòng", "Phòng An ninh chính trị nội bộ Công an tỉnh")}, nil}},
	},
	{
		"cultural institutions: a theatre with a lower-case field, a library with its level; an arts honour is no title",
		"NSƯT Kha Văn Đức, Giám đốc Nhà hát Ca múa nhạc dân gian tỉnh; ông Bế Văn Tú, Giám đốc Bảo tàng tỉnh cùng dự.",
		[]off{
			{"Kha Văn Đức", "", []schema.Title{ti("Giám đốc Nhà hát Ca múa nhạc dân gian tỉnh", "Giám đốc", "Nhà hát Ca múa nhạc dân gian tỉnh")}, nil},
			{"Bế Văn Tú", "ông", []schema.Title{ti("Giám đốc Bảo tàng tỉnh", "Giám đốc", "Bảo tàng tỉnh")}, nil},
		},
	},
	{
		"an event's organising board named by the event in lower case, a verb straight after it; without an event it stays Ban Tổ chức",
		"Ông Lâm Văn Tạo, Trưởng ban Tổ chức hội thi cho biết; bà Mã Thị Hoa, Phó Trưởng ban Tổ chức đề nghị các đội.",
		[]off{
			{"Lâm Văn Tạo", "ông", []schema.Title{ti("Trưởng ban Tổ chức hội thi", "Trưởng Ban", "Ban Tổ chức hội thi")}, nil},
			{"Mã Thị Hoa", "bà", []schema.Title{ti("Phó Trưởng ban Tổ chức", "Phó Trưởng Ban", "Ban Tổ chức")}, nil},
		},
	},
	{
		"the Party's organisation board keeps its committee",
		"Đồng chí Lý Văn Hòa, Trưởng Ban Tổ chức Huyện ủy trao quyết định.",
		[]off{{"Lý Văn Hòa", "đồng chí", []schema.Title{ti("Trưởng Ban Tổ chức Huyện ủy", "Trưởng Ban", "Ban Tổ chức Huyện ủy")}, nil}},
	},
	{
		"the head of an exam site is a position, after the school's head",
		"Bà Ninh Thị Lan, Hiệu trưởng Trường THCS Tân Mỹ, Trưởng điểm thi cho biết.",
		[]off{{"Ninh Thị Lan", "bà", []schema.Title{ti("Hiệu trưởng Trường THCS Tân Mỹ", "Hiệu trưởng", "Trường THCS Tân Mỹ"), ti("Trưởng điểm thi", "Trưởng điểm thi", "")}, nil}},
	},
	// Not officials.
	{"a body acting with an adverb that is a field's word", "Sở Y tế tích cực triển khai các biện pháp; Bệnh viện cấp cứu kịp thời người bệnh.", nil},
	{"nhà trường and a lower-case post without a name", "Hiệu trưởng nhà trường cho biết học sinh đã sẵn sàng.", nil},
	{"places only", "Đoàn công tác đã làm việc tại TP Hồ Chí Minh và tỉnh Lâm Đồng.", nil},
	{"Hồ Chí Minh in the Youth Union's name", "Đồng chí Bí thư Tỉnh đoàn phát biểu tại lễ kỷ niệm thành lập Đoàn TNCS Hồ Chí Minh.", nil},
	{"Hồ Chí Minh after tư tưởng", "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.", nil},
	{"Chủ tịch Hồ Chí Minh: the name is taken as the city's everywhere", "Đảng viên học tập Di chúc của Chủ tịch Hồ Chí Minh.", nil},
	{"a position without a name", "Đồng chí Bí thư Thành ủy Hải Phòng đã có buổi làm việc với các sở.", nil},
	{"a province that starts like a name", "Tỉnh ủy Thái Bình tổ chức hội nghị sơ kết.", nil},
	{"a city that starts like a name", "Bí thư Thành ủy Hà Nội chủ trì hội nghị.", nil},
	{"organizations holding role words", "Ban Bí thư Trung ương Đảng tổ chức hội nghị toàn quốc.", nil},
	{"organizations only", "Ban Tuyên giáo Trung ương phối hợp với Bộ Y tế tổ chức hội nghị.", nil},
	{"an organization that starts like a name (Đoàn Khối)", "Đoàn Khối cơ quan tỉnh tổ chức ngày hội thanh niên.", nil},
	{"a degree is not a position", "ThS Đinh Thị Ngọc, giảng viên Trường Chính trị tỉnh, trình bày chuyên đề.", nil},
	{"a lower-case collective noun", "Các đồng chí bí thư chi bộ đã tham gia lớp bồi dưỡng.", nil},
	{"honorific words as kinship nouns", "Ông bà, anh chị em trong dòng họ Nguyễn tề tựu đông đủ.", nil},
	{"a name with no position anywhere (anh)", "Anh Trần Văn Tèo đã hiến đất làm đường giao thông nông thôn.", nil},
	{"a name with no position anywhere (bà)", "Gia đình bà Lê Thị Hồng được hỗ trợ xây nhà tình nghĩa.", nil},
	{"a photo credit with a position is a credit", "Quang cảnh hội nghị. Ảnh: Hồ Thị Ngân, Phó Trưởng Ban Tuyên giáo Huyện ủy", nil},
	{"a byline with an organization but no role", "Nguyễn Thị Thu - BTG Huyện ủy", nil},
	{"a byline with a merged board but no role", "Nguyễn Thị Thu - BTG&DV Huyện ủy", nil},
	{"Trưởng alone before a name is no role", "Trưởng Nguyễn Văn Hải đã nghỉ hưu.", nil},
	{"collective bodies after a list", "Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh dự hội nghị.", nil},
	{"parentheses holding no position", "Ông Nguyễn Văn Hùng (bên phải) trao quà cho các hộ nghèo.", nil},
	{"a street named after a person", "Dự án nâng cấp đường Nguyễn Văn Linh đã hoàn thành.", nil},
	{"places that start with Khmer family names", "Đoàn đã thăm các hộ ở Trà Cú, Sơn Tây và Thạch Hà, Kim Bảng.", nil},
	{"trưởng thôn alone, in lower case", "Các trưởng thôn, trưởng ấp đã được tập huấn.", nil},
}

func TestOfficials(t *testing.T) {
	for _, c := range officialCases {
		t.Run(c.why, func(t *testing.T) {
			var withMentions []bool
			for _, w := range c.want {
				withMentions = append(withMentions, w.Mentions != nil)
			}
			got := officialsOf(t, c.text, withMentions)
			if diff := cmp.Diff(c.want, got); diff != "" {
				t.Errorf("Officials(%+q) (%s) mismatch (-want +got):\n%s", c.text, c.why, diff)
			}
		})
	}
}

func TestOfficialsUnaccented(t *testing.T) {
	// Text written without diacritics: lexicons match by folded keys.
	text := "Dong chi Nguyen Van Hai, Pho Bi thu Tinh uy, chu tri hoi nghi so ket cong tac tuyen giao nam nay va de ra nhiem vu trong tam cho nam toi tai hoi truong."
	want := []off{{"Nguyen Van Hai", "đồng chí", []schema.Title{ti("Pho Bi thu Tinh uy", "Phó Bí thư", "Tinh uy")}, nil}}
	if got := officialsOf(t, text, nil); !cmp.Equal(want, got) {
		t.Errorf("Officials(%+q) mismatch (-want +got):\n%s", text, cmp.Diff(want, got))
	}
	// A dash glued to a lower-case word after a name: without diacritics
	// it cannot be told from a Korean given name (Kim Jae-won), so the
	// Vietnamese name stands.
	text = "Dong chi Nguyen Van Hai-pho Bi thu Tinh uy chu tri hoi nghi so ket cong tac tuyen giao nam nay va de ra nhiem vu trong tam cho nam toi."
	d := docOf(t, text)
	if !d.Unaccented {
		t.Fatalf("%+q: want an unaccented doc", text)
	}
	if end, ok := parseName(d, 2, len(d.Toks)); !ok || d.Value(2, end) != "Nguyen Van Hai" {
		t.Errorf("parseName(%+q) = %+q, %v; want \"Nguyen Van Hai\"", text, d.Value(2, end), ok)
	}
}

func TestOfficialsSkipBylineAndClaimed(t *testing.T) {
	text := "Đồng chí Trần Văn Sơn, Phó Bí thư Tỉnh ủy, phát biểu.\nNguyễn Thị Hương, Phó Trưởng Ban Tuyên giáo Huyện ủy"
	d := docOf(t, text)
	// The last line is a byline (ArticleMeta marks it): not an official.
	ls := d.LineStartOf(len(d.Toks) - 1)
	d.MarkByline(ls, len(d.Toks))
	// The first name is claimed by another extractor: skipped.
	d.Claim(2, 5)
	if got := Officials(d); len(got) != 0 {
		t.Errorf("Officials(%+q) = %+v, want none: the byline and the claimed name are not officials", text, got)
	}
}

func TestOfficialsClaims(t *testing.T) {
	text := "Đồng chí Trần Văn Sơn, Phó Bí thư Tỉnh ủy, phát biểu."
	d := docOf(t, text)
	got := Officials(d)
	if len(got) != 1 {
		t.Fatalf("Officials(%+q) = %+v, want one official", text, got)
	}
	for k := range d.Toks {
		claimed := d.Toks[k].Flags&Claimed != 0
		// Tokens 2-4 are the name, 6-10 the title.
		want := k >= 2 && k < 5 || k >= 6 && k < 11
		if claimed != want {
			t.Errorf("token %d %+q: claimed = %v, want %v", k, d.Tok(k), claimed, want)
		}
	}
}

func TestOfficialsEmptyAndOdd(t *testing.T) {
	for _, s := range []string{
		"", "Đồng chí", "đồng chí Nguyễn", "Bí thư", "Bí thư Tỉnh ủy,", "Ông Nguyễn Văn A,",
		"Nguyễn Văn A, Bí thư - ", ":,;- - (", "các đồng chí Ủy viên Bộ Chính trị:",
		"Thứ trưởng Bộ Y tế\nNguyễn Văn B", strings.Repeat("Nguyễn Văn A, Bí thư, ", 50),
	} {
		got := Officials(docOf(t, s))
		if got == nil {
			t.Errorf("Officials(%+q) = nil, want non-nil", s)
		}
	}
}

func TestMatchOrg(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the organization at the start, "" none
	}{
		{"Ban Tuyên giáo Trung ương tổ chức hội nghị", "Ban Tuyên giáo Trung ương"},
		{"Bộ Y tế đề nghị các địa phương", "Bộ Y tế"},
		{"Bộ Thông tin và Truyền thông phối hợp", "Bộ Thông tin và Truyền thông"},
		{"Thành ủy Cần Thơ chỉ đạo", "Thành ủy Cần Thơ"},
		{"HĐND thành phố thông qua nghị quyết", "HĐND thành phố"},
		{"Hội Khoa học, Xã hội và Nhân văn TP Cần Thơ tổ chức", "Hội Khoa học, Xã hội và Nhân văn TP Cần Thơ"},
		{"Đoàn Khối cơ quan Dân Chính Đảng TP Cần Thơ tổ chức", "Đoàn Khối cơ quan Dân Chính Đảng TP Cần Thơ"},
		{"Công an tỉnh triển khai cao điểm", "Công an tỉnh"},
		{"Ban Chấp hành Trung ương Đảng khóa XIII họp", "Ban Chấp hành Trung ương Đảng khóa XIII"},
		{"Bộ Y tế và Bộ Công an ký quy chế", "Bộ Y tế"},
		{"UBND tỉnh, Sở Y tế", "UBND tỉnh"},
		{"Bộ Y tế Nguyễn Trường Sơn", "Bộ Y tế"},
		{"Đoàn TNCS Hồ Chí Minh tỉnh", "Đoàn TNCS Hồ Chí Minh tỉnh"},
		{"UBND TP. Hồ Chí Minh", "UBND TP. Hồ Chí Minh"},
		{"Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An báo cáo", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Long An"},
		{"Cục Thuế thông báo", "Cục Thuế"},
		{"Đảng ủy Khối đề nghị", "Đảng ủy Khối"},
		{"Bộ Lao động - Thương binh và Xã hội hướng dẫn", "Bộ Lao động - Thương binh và Xã hội"},
		{"Ủy ban nhân dân tỉnh Hậu Giang quyết định", "Ủy ban nhân dân tỉnh Hậu Giang"},
		{"UBND xã Tân Phú, huyện Châu Thành", "UBND xã Tân Phú"},
		{"Ban Tuyên giáo Thị ủy, Thường trực Thị ủy", "Ban Tuyên giáo Thị ủy"},
		{"Bộ NN&PTNT chỉ đạo", "Bộ NN&PTNT"},
		{"Ban Tuyên giáo Thành ủy và các đồng chí", "Ban Tuyên giáo Thành ủy"},
		{"Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị", "Đảng ủy Khối các cơ quan tỉnh"},
		{"Ban Tuyên giáo Tỉnh ủy các cơ quan báo chí", "Ban Tuyên giáo Tỉnh ủy"}, // các cơ quan needs a capitalised word or a place after it
		{"Hội Chữ thập đỏ tỉnh phát động", "Hội Chữ thập đỏ tỉnh"},
		{"Ban Chỉ đạo diễn tập khu vực phòng thủ huyện, các xã", "Ban Chỉ đạo diễn tập khu vực phòng thủ huyện"},
		{"Sở Y tế đẩy mạnh cải cách", "Sở Y tế"},                           // a headline: no punctuation closes the lower-case words
		{"Sở Tài chính sớm bố trí kinh phí cho", "Sở Tài chính"},           // more than maxLowerRun words
		{"Sở Khoa học và Công nghệ tỉnh", "Sở Khoa học và Công nghệ tỉnh"}, // Khoa học is not the ward head Khoa
		{"Chi bộ xóm 5 họp", "Chi bộ xóm 5"},
		{"Vụ Hợp tác quốc tế cho biết", "Vụ Hợp tác quốc tế"},                                     // a lower-case end of a department's name before a verb
		{"Vụ Chính quyền địa phương đề nghị", "Vụ Chính quyền địa phương"},                        // and another
		{"Học viện Hành chính và Quản trị công cho biết", "Học viện Hành chính và Quản trị công"}, // công after Quản trị
		{"Trung tâm Phục vụ hành chính công thông báo", "Trung tâm Phục vụ hành chính công"},
		{"Bộ Công an công bố kết quả", "Bộ Công an"},               // công alone starts a verb
		{"Hội Nông dân xã Tân Hội họp", "Hội Nông dân xã Tân Hội"}, // a head word inside the commune's name
		{"Đoàn xã Sơn Hội trăn trở", "Đoàn xã Sơn Hội"},            // and no lower-case word after it
		{"Ban Công tác Mặt trận khu dân cư 4 họp", "Ban Công tác Mặt trận khu dân cư 4"},
		{"Đoàn trường phát động phong trào", "Đoàn trường"},
		{"Công an xã trường hợp vi phạm", "Công an xã"}, // trường hợp is not the school
		{"Văn phòng HĐND và UBND huyện ban hành", "Văn phòng HĐND và UBND huyện"},
		{"HĐND và UBND tỉnh thống nhất", "HĐND"},                                                   // two organs: only an office joins them
		{"Văn phòng UBND tỉnh và Sở Tư pháp", "Văn phòng UBND tỉnh"},                               // the first organ has its place: no joint name
		{"Phòng Cảnh sát cơ động được giao nhiệm vụ", "Phòng Cảnh sát cơ động"},                    // a unit's specialisation closes without punctuation
		{"Công an huyện điều tra làm rõ", "Công an huyện"},                                         // after a place, điều tra is the verb
		{"Đội Cảnh sát giao thông đường bộ số 2 ra quân", "Đội Cảnh sát giao thông đường bộ số 2"}, // the unit's number after số
		{"Trường Tiểu học số 1 xã Ia Dom khai giảng", "Trường Tiểu học số 1 xã Ia Dom"},
		{"Sở Y tế số 2.500 ca", "Sở Y tế"}, // a larger number, not a unit's
		{"Sở Y tế số 15/SYT", "Sở Y tế"},   // a document code
		{"Tiểu đoàn 3 hành quân", "Tiểu đoàn 3"},
		// A team named by its work in lower case (Team heads, teamWorks).
		{"Đội vận động quần chúng, Đồn Biên phòng", "Đội vận động quần chúng"},           // its words are verbs, but name the team
		{"Đội vận động quần chúng cho biết", "Đội vận động quần chúng"},                  // the sentence's verb after the team's name
		{"Đội 3 vận động bà con", "Đội 3"},                                               // a numbered team, then the sentence's verb
		{"Đội vận động bà con ra đồng", "Đội"},                                           // vận động alone is no team's work
		{"Đội Quản lý thị trường số 3 kiểm tra", "Đội Quản lý thị trường số 3"},          // a unit's number closes the lower-case words
		{"Đội tuyên truyền lưu động huyện biểu diễn", "Đội tuyên truyền lưu động huyện"}, // a place after the work
		{"Đội kiểm tra liên ngành số 2 làm việc", "Đội kiểm tra liên ngành số 2"},        // a work and a number
		{"Sở Y tế ban hành kiểm tra, giám sát", "Sở Y tế"},                               // teamWorks only after a Team head
		// A place before a minority name of three syllables (placeEndsBefore).
		{"Đảng ủy xã Nậm Pồ Lý A Sáng, Bí thư", "Đảng ủy xã Nậm Pồ"}, // the place's last word is also a family name (Pồ is none: a control)
		{"Đảng ủy xã Pa Vì Giàng Seo Chu", "Đảng ủy xã Pa Vì"},       // Vì Giàng Seo Chu: four syllables; Giàng Seo Chu has the shape
		{"UBND xã Tân Phú Nguyễn Văn An", "UBND xã Tân Phú"},         // a Kinh name of three syllables: nothing to split
		{"UBND xã Tân Phú Phạm Nguyễn Thị Hoa", "UBND xã Tân Phú"},   // two frequent family names: a Kinh name
		{"Đảng ủy xã Vì Lý A Hừ", "Đảng ủy xã"},                      // no word of the place before: the name stays whole
		{"Đảng ủy xã Mường Giàng Seo Phử", "Đảng ủy xã Mường"},       // a name of three syllables after a place of one word
		{"BTG&DV Huyện ủy phối hợp", "BTG&DV Huyện ủy"},              // the merged board, abbreviated
		{"BCĐ 35 huyện họp", "BCĐ 35 huyện"},                         // a board with its number
		{"Tổng Liên đoàn giao chỉ tiêu", "Tổng Liên đoàn"},
		{"LĐLĐ tỉnh tập trung chăm lo", "LĐLĐ tỉnh"},
		{"VKSND tối cao đề nghị", "VKSND tối cao"},                                                                             // the level word, then a verb
		{"TAND cấp cao tại Đà Nẵng xét xử", "TAND cấp cao"},                                                                    // tại is not taken
		{"Ban Chỉ đạo chiến dịch đề nghị", "Ban Chỉ đạo chiến dịch"},                                                           // a task word after a Purpose head, closed by a verb
		{"Ban Chỉ đạo dự họp", "Ban Chỉ đạo"},                                                                                  // dự is the verb here, not dự án
		{"Ban Chỉ đạo phong trào xã họp", "Ban Chỉ đạo phong trào xã"},                                                         // a qualifier closes the task's words
		{"Ban Chỉ đạo chiến dịch diệt lăng quăng đề nghị", "Ban Chỉ đạo"},                                                      // words between the task and the verb could be verbs
		{"Sở Y tế dự án này", "Sở Y tế"},                                                                                       // a task word after another head needs a closing word
		{"Sở Y tế chiến dịch đề nghị", "Sở Y tế"},                                                                              // only a Purpose head is closed by a verb
		{"Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Bắc Giang họp", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Bắc Giang"}, // the task keeps its comma and the epidemic's code
		{"Ban Chỉ đạo phòng, chống dịch bệnh, các sở", "Ban Chỉ đạo phòng, chống dịch bệnh"},                                   // a comma before no object ends the name
		{"Ban Chỉ đạo phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm tỉnh", "Ban Chỉ đạo phòng, chống HIV/AIDS và phòng, chống tệ nạn ma túy, mại dâm tỉnh"},
		{"Ban Chỉ đạo phòng, chống sạt lở đất huyện", "Ban Chỉ đạo phòng, chống sạt lở đất huyện"},                   // an object no lexicon knows, closed by a qualifier
		{"Ban Chỉ đạo phòng, chống sạt lở đất đá họp bàn", "Ban Chỉ đạo"},                                            // an unknown object not closed: nothing of the task
		{"Ban Chỉ đạo phòng, chống dịch và các sở", "Ban Chỉ đạo phòng, chống dịch"},                                 // và before no object ends the name
		{"Ban Chỉ đạo phòng chống dịch H5N1 xã", "Ban Chỉ đạo phòng chống dịch H5N1 xã"},                             // a code with its digits glued to letters
		{"Chi cục Quản lý chất lượng nông sản và thủy sản, tỉnh", "Chi cục Quản lý chất lượng nông sản và thủy sản"}, // "và" joins two lower-case fields, a comma closes them
		{"Phòng Quản lý đô thị và các xã", "Phòng Quản lý"},                                                          // "và" before a function word: the sentence goes on
		{"Phòng Quản lý đô thị và hạ tầng đề nghị", "Phòng Quản lý"},                                                 // nothing closes the words
		{"Phòng Quản lý thị trường lao động, các sở", "Phòng Quản lý thị trường lao động"},                           // the trường of thị trường is no school
		{"Quỹ phòng, chống thiên tai tỉnh hỗ trợ", "Quỹ phòng, chống thiên tai tỉnh"},
		{"Sở Y tế phòng, chống dịch", "Sở Y tế"},               // not a body set up for a task
		{"Công an tỉnh phòng, chống tội phạm", "Công an tỉnh"}, // after a place, the sentence's task
		// Companies: a legal form, then the company's own name, which may
		// hold place names and lower-case words before a capitalised one.
		{"Công ty cổ phần Chế biến gỗ Tây Nguyên, Sở Công Thương", "Công ty cổ phần Chế biến gỗ Tây Nguyên"}, // gỗ before a capitalised word of the name
		{"Công ty TNHH MTV Lâm nghiệp Sông Hinh tổ chức", "Công ty TNHH MTV Lâm nghiệp Sông Hinh"},
		{"Công ty TNHH Minh Khang trao tặng 50 suất quà", "Công ty TNHH Minh Khang"},       // a name like a person's right after the legal form is the company's
		{"Tổng công ty Điện lực miền Bắc Nguyễn Văn An", "Tổng công ty Điện lực miền Bắc"}, // the person after the name is not taken
		{"Ngân hàng TMCP Công Thương Việt Nam hỗ trợ", "Ngân hàng TMCP Công Thương Việt Nam"},
		{"Hợp tác xã dịch vụ nông nghiệp Tân Thành, xã", "Hợp tác xã dịch vụ nông nghiệp Tân Thành"},   // lower-case words right after the legal form
		{"Công ty cổ phần Nhựa Bình Minh ủng hộ Quỹ Vì người nghèo", "Công ty cổ phần Nhựa Bình Minh"}, // a verb before another organization ends the name
		{"Công ty cổ phần Sữa Việt Nam đề nghị tỉnh", "Công ty cổ phần Sữa Việt Nam"},                  // a verb ends it
		{"Công ty cổ phần LICOGI xây dựng Nhà văn hóa cho thôn", "Công ty cổ phần LICOGI"},             // a verb and its capitalised object: lower-case words follow them
		{"Công ty cổ phần Công nghệ số Miền Tây giới thiệu", "Công ty cổ phần Công nghệ số Miền Tây"},  // the capitalised words, then a verb of orgStops
		{"HĐQT Công ty cổ phần Cao su Đồng Phú họp", "HĐQT Công ty cổ phần Cao su Đồng Phú"},           // the board and its company are one chain
		// Lines of business between a company's head and its own name
		// (companyLines), with words that may be verbs elsewhere.
		{"Công ty TNHH Thiết bị y tế Hoàng Long, Sở Y tế", "Công ty TNHH Thiết bị y tế Hoàng Long"},            // bị of thiết bị, then a name like a person's: the company's only in a post
		{"Công ty TNHH Thiết bị y tế Hưng Thịnh Phát trao tặng", "Công ty TNHH Thiết bị y tế Hưng Thịnh Phát"}, // a verb of orgStops after the own name
		{"Công ty CP Xây dựng và Thương mại Đại Phát, các sở", "Công ty CP Xây dựng và Thương mại Đại Phát"},   // và joins two lines
		{"Công ty cổ phần xây dựng Hồng Hà, Sở Xây dựng", "Công ty cổ phần xây dựng Hồng Hà"},                  // a lower-case line right after the legal form
		{"CTCP Công nghệ thông tin Sao Mai giới thiệu", "CTCP Công nghệ thông tin Sao Mai"},                    // thông tin is a line here, not a verb
		{"Công ty Thiết bị điện Đông Anh, Bộ Công Thương", "Công ty Thiết bị điện Đông Anh"},                   // a capitalised line after a plain head
		{"Tổng công ty Đầu tư phát triển nhà Hà Nội, Sở", "Tổng công ty Đầu tư phát triển nhà Hà Nội"},         // a corporation: lines, then a place as its own name
		{"Công ty cổ phần Đầu tư xây dựng số 1 Hà Nội", "Công ty cổ phần Đầu tư xây dựng số 1 Hà Nội"},         // the lines lead to a unit's number
		{"Công ty TNHH Hoàng Long bị Thanh tra tỉnh xử phạt", "Công ty TNHH Hoàng Long"},                       // the own name first: bị and its capitalised agent are the sentence's
		{"Công ty Sông Đà xây dựng Nhà văn hóa cho thôn", "Công ty Sông Đà"},                                   // the own name first, then a verb and its object
		{"Công ty cổ phần Vinacafe xây dựng Nhà văn hóa Đông Anh.", "Công ty cổ phần Vinacafe"},                // a brand of several syllables is no line of business: xây dựng is the verb
		{"Tập đoàn Viettel hỗ trợ Trường Tiểu học Kim Đồng, xã", "Tập đoàn Viettel"},                           // a verb of orgStops after the own name
		{"Công ty đầu tư xây dựng Nhà máy Hòa Phát.", "Công ty"},                                               // after a plain head a lower-case word is the sentence's verb
		// Military units with their number, and the service after it.
		{"Vùng 2 Hải quân phối hợp với tỉnh", "Vùng 2 Hải quân"},
		{"Bộ Tư lệnh Vùng Cảnh sát biển 3 tổ chức", "Bộ Tư lệnh Vùng Cảnh sát biển 3"}, // the number after the service
		{"Hải đoàn 32 ra quân", "Hải đoàn 32"},
		{"Bộ Tư lệnh Quân khu 7 chỉ đạo", "Bộ Tư lệnh Quân khu 7"},
		// Lower-case words that are also verbs, closed by a dash before a
		// ministry (the ministry is joined by the title, not here).
		{"Cục An ninh mạng thông tin - Bộ Công an phối hợp", "Cục An ninh mạng thông tin"},
		{"Cục Thuế thông báo - Bộ Chính trị đã", "Cục Thuế"},           // Bộ Chính trị is no ministry: the verb ends the name
		{"Sở Y tế thông tin - năm nay tăng", "Sở Y tế"},                // no body after the dash
		{"Vụ Kế hoạch thông tin với báo chí - Bộ Y tế", "Vụ Kế hoạch"}, // a function word before the dash: more than maxLowerRun words
		// Numbered units named with lower-case words before their number.
		{"Trung đoàn bộ binh 896 tổ chức khai giảng", "Trung đoàn bộ binh 896"},
		{"Lữ đoàn công binh 25, Quân khu 9", "Lữ đoàn công binh 25"},
		{"Trung đoàn Bộ binh 896 khai giảng", "Trung đoàn Bộ binh 896"}, // Bộ of bộ binh is no ministry: the unit stays open
		{"Lữ đoàn vận tải 300 tấn hàng", "Lữ đoàn"},                     // vận tải may be a verb, no arm: a count after the number is the sentence's
		{"Tiểu đoàn đặc công 3 khai giảng", "Tiểu đoàn đặc công 3"},     // an arm: its number ends the name before any verb
		{"Trung đoàn khai giảng 26-3 lớp học", "Trung đoàn"},            // a date, not a number
		{"Đảng ủy Quân sự tỉnh chủ trì", "Đảng ủy Quân sự tỉnh"},        // the forces' branch after a place head
		{"Hội Nông dân và nhân dân xã", "Hội Nông dân"},                 // và before a word of no field: the sentence's
		{"Phòng Công tác Đảng và công tác chính trị CAT", "Phòng Công tác Đảng và công tác chính trị CAT"},
		{"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh cam kết", "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh"},
		// Names holding "các" and a plural noun, a region, a numbered
		// residential unit.
		{"Ban Quản lý các khu công nghiệp tỉnh Bắc Giang kiểm tra", "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang"},
		{"Ban Quản lý các khu công nghiệp đã kiểm tra", "Ban Quản lý"}, // nothing after the phrase closes the name: the sentence's các
		{"Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam tổ chức", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"},
		{"Sở Xây dựng các tỉnh phía Nam", "Sở Xây dựng"},               // các tỉnh is no body's name
		{"Ban Quản lý các KCN, Sở Công Thương", "Ban Quản lý các KCN"}, // the zones may end the name
		{"Đảng ủy các cơ quan, đơn vị trong tỉnh", "Đảng ủy"},          // but not the agencies: các cơ quan, đơn vị is the sentence's list
		{"Viện Nghiên cứu Phát triển vùng Tây Nguyên tổ chức hội thảo", "Viện Nghiên cứu Phát triển vùng Tây Nguyên"},
		{"Ban Chỉ đạo vùng Đồng bằng sông Cửu Long họp", "Ban Chỉ đạo vùng Đồng bằng sông Cửu Long"},                                               // a region with lower-case words
		{"Trung tâm Quy hoạch vùng Bắc Trung Bộ và Duyên hải miền Trung công bố", "Trung tâm Quy hoạch vùng Bắc Trung Bộ và Duyên hải miền Trung"}, // Bộ inside the region
		{"Viện Dinh dưỡng vùng\nTây Nguyên", "Viện Dinh dưỡng"},                                                                                    // not across a line
		{"Sở Nông nghiệp vùng cao đã", "Sở Nông nghiệp"},                                                                                           // vùng cao, the common noun
		{"Chi bộ khu dân cư số 4 họp", "Chi bộ khu dân cư số 4"},
		{"Ban Công tác Mặt trận tổ dân phố số 3, phường", "Ban Công tác Mặt trận tổ dân phố số 3"},
		{"Chi bộ ấp số 12/QĐ-UB", "Chi bộ ấp"}, // số and a document's code, not the hamlet's number
		{"Vùng sâu, vùng xa", ""},              // Vùng without a number is the common noun
		{"Vùng biển Tây Nam có nhiều tàu", ""}, // likewise before a capitalised word
		{"Đội ngũ cán bộ", ""},                 // đội ngũ is the staff, not a team
		{"Hội nghị đã thông qua", ""},          // Hội nghị is a meeting, not an association
		{"Khoa học công nghệ", ""},             // not a ward
		{"ban, ngành đoàn thể", ""},            // a lower-case head is a common noun
		{"Bí thư Tỉnh ủy", ""},                 // a role, not an organization
		{"Nguyễn Văn Hải phát biểu", ""},       // a name
	} {
		d := docOf(t, c.text)
		got := ""
		if end, ok := matchOrg(d, 0, len(d.Toks)); ok {
			got = d.Value(0, end)
		}
		if got != c.want {
			t.Errorf("matchOrg(%+q) = %+q, want %+q", c.text, got, c.want)
		}
	}
}

func TestTaskCode(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the code at the start, "" none
	}{
		{"COVID-19 tỉnh", "COVID-19"},
		{"Covid-19, các", "Covid-19"},    // not in capitals, but with its number
		{"HIV/AIDS và", "HIV/AIDS"},      // two abbreviations joined by a slash
		{"SARS-CoV-2 lây", "SARS-CoV-2"}, // letters and numbers in turn
		{"H5N1 ở gia cầm", "H5N1"},       // digits glued to letters
		{"AIDS.", "AIDS"},                // the full stop is not the code's
		{"COVID-19- và", "COVID-19"},     // a sign at the end is not the code's
		{"UBND huyện", ""},               // an organization's head, not a disease
		{"Covid tỉnh", ""},               // neither in capitals nor with a number
		{"Hà Nội", ""},                   // a capitalised word that is no code
		{"COVID -19", "COVID"},           // a spaced dash: the number is not joined
	} {
		d := docOf(t, c.text)
		got := ""
		if e := taskCode(&lexView{Doc: d}, 0, len(d.Toks)); e > 0 {
			got = d.Value(0, e)
		}
		if got != c.want {
			t.Errorf("taskCode(%+q) = %+q, want %+q", c.text, got, c.want)
		}
	}
}

func TestParseName(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the name at the start, "" none
	}{
		{"Nguyễn Văn A phát biểu", "Nguyễn Văn A"},
		{"Hầu A Lềnh thăm", "Hầu A Lềnh"},
		{"K'Brơi Cil phát biểu", "K'Brơi Cil"},               // a Cơ Ho man's name and clan
		{"Ka Hồng Nhung phát biểu", "Ka Hồng Nhung"},         // a Cơ Ho woman's name
		{"Pi Năng Thị Lài, Phó Chủ tịch", "Pi Năng Thị Lài"}, // a Raglai family name of two syllables
		{"Katơ Văn Dũng phát biểu", "Katơ Văn Dũng"},         // and one written as one word
		{"Tôn Nữ Thị Ninh, Đại sứ", "Tôn Nữ Thị Ninh"},
		{"Âu Dương Thị Thu Hà, Phó Chủ tịch", "Âu Dương Thị Thu Hà"},       // a compound family name counts as one syllable of four
		{"Hoàng Phủ Văn Minh Đức Anh phát biểu", "Hoàng Phủ Văn Minh Đức"}, // still at most three syllables after it
		{"Âu Văn Thanh Tùng Lâm, Bí thư", "Âu Văn Thanh Tùng"},             // Âu alone is a simple family name: four syllables
		{"Nguyễn Thị Kim Ngân Chủ tịch", "Nguyễn Thị Kim Ngân"},            // the role ends it
		{"Nguyễn Văn Hải Bí thư Thị ủy", "Nguyễn Văn Hải"},
		{"NGUYỄN VĂN HẢI, BÍ THƯ", "NGUYỄN VĂN HẢI"},
		{"Phạm Bình Minh", "Phạm Bình Minh"},
		{"Hồ Chí Minh", ""},       // the city
		{"Lâm Đồng", ""},          // the province
		{"Hải Phòng", ""},         // not a family name
		{"Nguyễn", ""},            // one syllable
		{"Y Tế cơ sở", ""},        // Y starts a name of three syllables or more
		{"Nguyễn văn a", ""},      // not capitalised
		{"Nguyễn VĂN A", ""},      // mixed case
		{"Phó Bí thư", ""},        // role words
		{"Đồng chí", ""},          // an honorific
		{"Lê Văn\nTám", "Lê Văn"}, // not across a line
		{"Trần Nguyễn Văn Hoàng Anh", "Trần Nguyễn Văn Hoàng"}, // at most four
		{"Đèo Văn Tâm phát biểu", "Đèo Văn Tâm"},               // Thái family names
		{"Khằm Thị Lan", "Khằm Thị Lan"},
		{"Lự Văn Pọm", "Lự Văn Pọm"},
		{"Bạc Liêu", ""},                       // the province, not the Thái name Bạc
		{"Nay Phi La phát biểu", "Nay Phi La"}, // Gia Rai family names
		{"Rơ Chom Thuân, Chủ tịch", "Rơ Chom Thuân"},
		{"Nay, tỉnh đã hoàn thành", ""},                  // nay the adverb: one syllable
		{"H'Hen Niê, Phó Chủ tịch", "H'Hen Niê"},         // an Ê Đê woman's name: H' takes the syllable after it
		{"H’ Mai Mlô phát biểu", "H' Mai Mlô"},           // with a curly apostrophe and a space
		{"Siu H'Prăk, Bí thư", "Siu H'Prăk"},             // H' inside a Gia Rai name
		{"H'Hen phát biểu", ""},                          // one syllable
		{"Lò Văn H', ông", "Lò Văn H"},                   // an apostrophe with no capitalised word after it: H is a syllable alone
		{"Chau Văn Sóc, Trưởng ấp", "Chau Văn Sóc"},      // Chau starts Khmer men's names
		{"Néang Thị Sa Ly phát biểu", "Néang Thị Sa Ly"}, // Néang women's
		{"Trà Thị Sô Phia, Bí thư", "Trà Thị Sô Phia"},   // Trà, a Khmer family name
		{"Trà Cú, Trà Vinh", ""},                         // a district, not a person
		{"Sơn Tây, Hà Nội", ""},                          // Sơn starts places too
		{"Thạch Hà, Hà Tĩnh", ""},                        // so does Thạch
		{"Kim Bảng và Lý Nhân", ""},                      // and Kim, Lý
		{"Sơn Văn Ni, Trưởng ấp", "Sơn Văn Ni"},          // but a person's name may start with Sơn
		{"Tẩn Thị Mai, Trưởng bản", "Tẩn Thị Mai"},       // Tẩn, a Dao family name
		{"Chảo Văn Lìn phát biểu", "Chảo Văn Lìn"},       // Chảo, another Dao clan
		{"Kim Tae-hoon, Tổng Giám đốc", ""},              // a Korean given name joined by a hyphen: not Kim Tae (see foreignName)
		{"Lê Văn Hiến-Phó Chủ tịch", "Lê Văn Hiến"},      // a glued dash before a capitalised position is a separator
		{"Kim Văn Tú-ông", "Kim Văn Tú"},                 // a lower-case word with Vietnamese marks after it: no romanized given name
	} {
		d := docOf(t, c.text)
		got := ""
		if end, ok := parseName(d, 0, len(d.Toks)); ok {
			got = d.Value(0, end)
		}
		if got != c.want {
			t.Errorf("parseName(%+q) = %+q, want %+q", c.text, got, c.want)
		}
	}
}

func TestForeignName(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the name at the start, "" none
		why        string
	}{
		{"Markus Brenner, Tổng Lãnh sự", "Markus Brenner", "two capitalised words without Vietnamese diacritics"},
		{"Park Hang-seo phát biểu", "Park Hang-seo", "a word joined by a hyphen is one"},
		{"Kim Tae-hoon, Tổng Giám đốc", "Kim Tae-hoon", "Kim is also a Vietnamese family name, but the hyphenated given name is Korean"},
		{"Goh Wei Liang, Tổng Lãnh sự", "Goh Wei Liang", "a Singaporean Chinese name of three words"},
		{"Jean-Pierre Dupont cho biết", "Jean-Pierre Dupont", "a hyphenated given name"},
		{"Ursula von der Leyen khẳng định", "Ursula von der Leyen", "particles between capitalised words"},
		{"Jürgen Müller, Tham tán", "Jürgen Müller", "German letters are not Vietnamese diacritics"},
		{"Anna Maria Schulz", "Anna Maria Schulz", "three words"},
		{"Anna Maria Louise Schulz", "", "four capitalised words: more than a name"},
		{"Brenner cho biết", "", "one word"},
		{"Bảo Ngọc, Tham tán", "", "Vietnamese diacritics"},
		{"USAID Vietnam", "", "a word in capitals"},
		{"Hà Lan", "", "a country"},
		{"Ban Tuyên giáo", "", "an organization's head"},
		{"Markus van", "", "a particle must stand between capitalised words"},
		{"Markus\nBrenner", "", "not across a line"},
	} {
		d := docOf(t, c.text)
		got := ""
		if end, ok := foreignName(newLexView(d), 0, len(d.Toks)); ok {
			got = d.Value(0, end)
		}
		if got != c.want {
			t.Errorf("foreignName(%+q) = %+q, want %+q (%s)", c.text, got, c.want, c.why)
		}
	}
}

func TestNamesWithoutFamilyName(t *testing.T) {
	for _, c := range []struct {
		text, want string // want: the name at the start, "" none
		religious  bool   // after a religious rank: religiousName, else prefixedName
		why        string
	}{
		{"Thích Minh Đạo, Phó Trưởng Ban", "Thích Minh Đạo", true, "a monastic name"},
		{"Thích Nữ Như Hạnh cảm ơn", "Thích Nữ Như Hạnh", true, "a nun's name of four syllables"},
		{"Giuse Đỗ Văn Hòa, Giám mục", "Giuse Đỗ Văn Hòa", true, "a baptismal name before a Vietnamese one"},
		{"Thích Minh Đạo Quang Huệ Tâm", "Thích Minh Đạo Quang", true, "at most four syllables"},
		{"Minh, Trụ trì", "", true, "one syllable"},
		{"Ban Trị sự", "", true, "an organization's head"},
		{"Sóc Trăng có", "", true, "a place"},
		{"A Pớt, Bí thư", "A Pớt", false, "A and one syllable"},
		{"Y Ngọc phát biểu", "Y Ngọc", false, "Y and one syllable"},
		{"A Sa Ly, Chủ tịch", "A Sa Ly", false, "A and two syllables"},
		{"A Văn Minh Tuấn", "", false, "three syllables after the prefix: no such name"},
		{"A và B", "", false, "a list marker"},
		{"A Lưới", "", false, "a district"},
		{"AB Pớt", "", false, "the prefix is one letter"},
		{"A UBND", "", false, "a word in capitals is no syllable"},
		{"A\nPớt", "", false, "not across a line"},
	} {
		d := docOf(t, c.text)
		got := ""
		name := prefixedName
		if c.religious {
			name = religiousName
		}
		if end, ok := name(newLexView(d), 0, len(d.Toks)); ok {
			got = d.Value(0, end)
		}
		if got != c.want {
			t.Errorf("name(%+q), religious %v = %+q, want %+q (%s)", c.text, c.religious, got, c.want, c.why)
		}
	}
}

func TestRoleForms(t *testing.T) {
	for _, c := range []struct {
		role string
		want []string // forms that must be generated
	}{
		{"Ủy viên Ban Thường vụ", []string{"Ủy viên Ban Thường vụ", "UV BTV", "Ủy viên BTV", "UVBTV"}},
		{"Phó Bí thư Thường trực", []string{"PBT TT", "PBTTT", "Phó Bí thư TT"}},
		{"Ủy viên Trung ương Đảng", []string{"UVTW Đảng", "Ủy viên T.Ư Đảng", "UVTƯ Đảng"}},
		{"Ủy viên Bộ Chính trị", []string{"UVBCT", "UV BCT"}},
		{"Chủ tịch", []string{"Chủ tịch", "CT"}},
	} {
		got := roleForms(c.role)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("roleForms(%+q) = %+q, missing %+q", c.role, got, w)
			}
		}
	}
	// Every generated form is recognised as its role.
	for _, e := range buildRoleEntries() {
		d := docOf(t, e.Phrase+" x")
		info, n, ok := roleLex.Match(d, 0)
		if !ok || n != len(d.Toks)-1 {
			t.Errorf("roleLex does not match all of %+q (n=%d)", e.Phrase, n)
			continue
		}
		if info.Role == "" {
			t.Errorf("roleLex(%+q) has no role", e.Phrase)
		}
	}
}

// TestOfficialsSeeds runs normalize, NewDoc and Officials on the seed
// articles and compares names and title texts with the hand annotations.
func TestOfficialsSeeds(t *testing.T) {
	for _, c := range loadSeeds(t) {
		t.Run(c.name, func(t *testing.T) {
			got := []seedOfficial{}
			for _, o := range Officials(c.doc(t)) {
				titles := []string{}
				for _, ti := range o.Titles {
					titles = append(titles, ti.Text)
				}
				got = append(got, seedOfficial{o.Name, titles})
				for _, m := range o.Mentions {
					checkSpan(t, c.src, m.Text, m.Span)
				}
			}
			if diff := cmp.Diff(c.want.Officials, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("officials differ from %s.expected.json (-want +got):\n%s", c.name, diff)
			}
		})
	}
}

func BenchmarkOfficials(b *testing.B) {
	var docs []*Doc
	var saved [][]Token
	size := 0
	for _, c := range loadSeeds(b) {
		d := c.doc(b)
		docs = append(docs, d)
		saved = append(saved, slices.Clone(d.Toks))
		size += len(c.src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for k, d := range docs {
			copy(d.Toks, saved[k]) // undo the claims of the last run
			Officials(d)
		}
	}
}

func TestOfficialsSpellingVariants(t *testing.T) {
	// The same sentence in NFC, in NFD and with new-style tone marks
	// (Uỷ, Hoà) gives the same officials, with spans into each input;
	// mentions keep the input's spelling, in NFC.
	base := "Đồng chí Lê Văn Hòa, Ủy viên Ban Thường vụ Thành ủy, Trưởng Ban Tuyên giáo Thành ủy, phát biểu. Ông Hòa nhấn mạnh yêu cầu đổi mới."
	newStyle := strings.NewReplacer("Hòa", "Hoà", "Ủy", "Uỷ", "ủy", "uỷ").Replace(base)
	want := officialsOf(t, base, nil)
	for _, src := range []string{norm.NFD.String(base), newStyle, norm.NFD.String(newStyle)} {
		got := Officials(docOf(t, src))
		if len(got) != len(want) {
			t.Fatalf("Officials(%+q) = %+v, want %d officials", src, got, len(want))
		}
		for k, o := range got {
			r := off{Name: o.Name, Honorific: o.Honorific, Titles: o.Titles}
			for _, m := range o.Mentions {
				if m.Span[0] < 0 || m.Span[1] > len(src) || m.Span[0] >= m.Span[1] || norm.NFC.String(src[m.Span[0]:m.Span[1]]) != m.Text {
					t.Errorf("%+q: mention %+q has span %v", src, m.Text, m.Span)
				}
			}
			if len(o.Mentions) != 2 {
				t.Errorf("%+q: %s has %d mentions, want 2 (full name, then Hòa)", src, o.Name, len(o.Mentions))
			}
			if diff := cmp.Diff(want[k], r); diff != "" {
				t.Errorf("Officials(%+q) differs from the NFC old-style spelling (-want +got):\n%s", src, diff)
			}
		}
	}
}

func FuzzOfficials(f *testing.F) {
	for _, c := range officialCases {
		f.Add(c.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, err := normalize.Bytes([]byte(s), normalize.Options{})
		if err != nil {
			return
		}
		a := Officials(NewDoc(&text))
		b := Officials(NewDoc(&text))
		if a == nil || !cmp.Equal(a, b) {
			t.Fatalf("Officials(%+q) is nil or differs between runs", s)
		}
		for _, o := range a {
			if len(o.Titles) == 0 || len(o.Mentions) == 0 {
				t.Errorf("%+q: official %+q without title or mention", s, o.Name)
			}
			last := -1
			for _, m := range o.Mentions {
				if m.Span[0] < 0 || m.Span[0] >= m.Span[1] || m.Span[1] > len(s) || m.Span[0] < last {
					t.Errorf("%+q: mention %+q has span %v (last start %d)", s, m.Text, m.Span, last)
				}
				last = m.Span[0]
			}
		}
	})
}
