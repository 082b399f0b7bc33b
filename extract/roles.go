package extract

import "strings"

// This file holds the words of positions: roles, ranks, the modifiers
// around them, honorifics and academic degrees. Everything is data written
// once; the lexicons are built from it at package initialisation and are
// read-only afterwards.
//
// How a position splits into role and organization (see SPEC.md, Title):
//
//   - The role is the position's own words with abbreviations expanded, in
//     the capitalisation of this table (Trưởng ban → Trưởng Ban).
//   - Membership of a collective organ is part of the role: Ủy viên Bộ Chính
//     trị, Ủy viên Ban Thường vụ, Bí thư Trung ương Đảng (a member of the
//     Secretariat), Ủy viên Trung ương Đảng. The organization is what
//     follows: Ủy viên Ban Thường vụ Thành ủy → role Ủy viên Ban Thường vụ,
//     organization Thành ủy; Bí thư Trung ương Đảng → organization "".
//   - A role that names the head word of its organization (Trưởng Ban,
//     Chánh Văn phòng, Trưởng đoàn) shares it: Phó Trưởng Ban Tuyên giáo
//     Trung ương → role Phó Trưởng Ban, organization Ban Tuyên giáo Trung
//     ương.
//   - Standing modifiers after the role word (Thường trực, TT, chuyên
//     trách, dự khuyết) are part of the role: PBT TT → Phó Bí thư Thường
//     trực. Nguyên and Quyền before it set Former and Acting and stay in the
//     title's text only.
//   - Military and police ranks are roles without organization.

// roleDef is one role of the table.
type roleDef struct {
	// Role is the full role, as it is written out.
	Role string
	// Head is the organization head the role names as its last word
	// (Ban in Trưởng Ban): the organization is Head followed by the
	// capitalised words after the role.
	Head string
	// Rank: a military or police rank; no organization follows.
	Rank bool
	// Council: a seat of an elected council (Đại biểu HĐND tỉnh); the
	// role counts only before the council's name (councils).
	Council bool
	// Village: Head is a village unit, one of placeQualifiers (ấp of
	// Trưởng ấp): the unit's proper name or number follows it as a place.
	Village bool
	// Envoy: a diplomatic post, held for a country (Đại sứ Nhật Bản,
	// Tổng Lãnh sự Cộng hòa Liên bang Đức tại TP Hồ Chí Minh), maybe with
	// a duty in lower case (Tham tán phụ trách kinh tế, Tùy viên quốc
	// phòng); see envoyOrgAt and envoyDuty.
	Envoy bool
	// NeedOrg: the role counts only with its organization after it
	// (Giám mục Giáo phận Vĩnh Long); alone it is a form of address.
	NeedOrg bool
	// Local: the role is held in a village or commune, written after it
	// as a place qualifier and the place's proper name or number
	// (Người có uy tín buôn Kmrơng, Người có uy tín thôn 3): that is its
	// organization.
	Local bool
}

// roleDefs are the positions, written out in full. Abbreviated forms are
// generated from roleAbbrevs.
var roleDefs = []roleDef{
	// Party, central level.
	{Role: "Tổng Bí thư"},
	{Role: "Thường trực Ban Bí thư"},
	{Role: "Ủy viên Bộ Chính trị"},
	{Role: "Bí thư Trung ương Đảng"},
	{Role: "Ủy viên Ban Chấp hành Trung ương Đảng"},
	{Role: "Ủy viên Ban Chấp hành Trung ương"},
	{Role: "Ủy viên Trung ương Đảng"},
	{Role: "Ủy viên Trung ương"},
	{Role: "Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng"},
	{Role: "Ủy viên dự khuyết Trung ương Đảng"},
	// Party committees and their organs.
	{Role: "Ủy viên Ban Thường vụ"},
	{Role: "Ủy viên Ban Chấp hành"},
	{Role: "Ủy viên"},
	{Role: "Tỉnh ủy viên"},
	{Role: "Thành ủy viên"},
	{Role: "Huyện ủy viên"},
	{Role: "Quận ủy viên"},
	{Role: "Thị ủy viên"},
	{Role: "Đảng ủy viên"},
	{Role: "Bí thư"},
	{Role: "Phó Bí thư"},
	{Role: "Phó Bí thư Thường trực"},
	{Role: "Trưởng Ban", Head: "Ban"},
	{Role: "Phó Trưởng Ban", Head: "Ban"},
	{Role: "Chánh Văn phòng", Head: "Văn phòng"},
	{Role: "Phó Chánh Văn phòng", Head: "Văn phòng"},
	// The head of an office that is no committee's own (Trưởng Văn phòng
	// Điều phối nông thôn mới tỉnh, Trưởng Văn phòng đại diện, Trưởng Văn
	// phòng thường trú of a newspaper).
	{Role: "Trưởng Văn phòng", Head: "Văn phòng"},
	{Role: "Phó Trưởng Văn phòng", Head: "Văn phòng"},
	{Role: "Chủ nhiệm"},
	{Role: "Phó Chủ nhiệm"},
	// State.
	{Role: "Chủ tịch nước"},
	{Role: "Phó Chủ tịch nước"},
	{Role: "Chủ tịch"},
	{Role: "Phó Chủ tịch"},
	{Role: "Phó Chủ tịch Thường trực"},
	{Role: "Thủ tướng"},
	{Role: "Phó Thủ tướng"},
	{Role: "Bộ trưởng"},
	{Role: "Thứ trưởng"},
	{Role: "Tổng cục trưởng"},
	{Role: "Phó Tổng cục trưởng"},
	{Role: "Cục trưởng"},
	{Role: "Phó Cục trưởng"},
	{Role: "Chi cục trưởng"},
	{Role: "Phó Chi cục trưởng"},
	{Role: "Hạt trưởng"},
	{Role: "Phó Hạt trưởng"},
	{Role: "Vụ trưởng"},
	{Role: "Phó Vụ trưởng"},
	{Role: "Viện trưởng"},
	{Role: "Phó Viện trưởng"},
	{Role: "Giám đốc"},
	{Role: "Phó Giám đốc"},
	{Role: "Tổng Giám đốc"},
	{Role: "Phó Tổng Giám đốc"},
	{Role: "Trưởng phòng", Head: "Phòng"},
	{Role: "Phó Trưởng phòng", Head: "Phòng"},
	{Role: "Trưởng đoàn", Head: "Đoàn"},
	{Role: "Phó Trưởng đoàn", Head: "Đoàn"},
	{Role: "Trưởng Công an", Head: "Công an"},
	{Role: "Phó Trưởng Công an", Head: "Công an"},
	{Role: "Chánh Thanh tra", Head: "Thanh tra"},
	{Role: "Phó Chánh Thanh tra", Head: "Thanh tra"},
	{Role: "Đại biểu Quốc hội"},
	{Role: "Đại biểu", Council: true},
	{Role: "Chánh án"},
	{Role: "Phó Chánh án"},
	// Judicial posts, named at trials (Thẩm phán A làm chủ tọa; các
	// Kiểm sát viên B và C thực hành quyền công tố).
	{Role: "Thẩm phán"},
	{Role: "Kiểm sát viên"},
	{Role: "Hội thẩm nhân dân"},
	{Role: "Tổng Kiểm toán Nhà nước"},
	{Role: "Tổng Thanh tra Chính phủ"},
	{Role: "Thống đốc"},
	// Heads of provinces, cities and districts abroad (Laos, Cambodia,
	// China), named with their place, maybe a foreign name: Tỉnh trưởng
	// tỉnh Savannakhet, Phó Thị trưởng thành phố Sùng Tả, Huyện trưởng
	// huyện Hà Khẩu.
	{Role: "Tỉnh trưởng", Local: true},
	{Role: "Phó Tỉnh trưởng", Local: true},
	{Role: "Thị trưởng", Local: true},
	{Role: "Phó Thị trưởng", Local: true},
	{Role: "Huyện trưởng", Local: true},
	{Role: "Phó Huyện trưởng", Local: true},
	{Role: "Phó Thống đốc"},
	// A body's spokesperson, a post held with its body (Người phát ngôn
	// Bộ Ngoại giao, Người phát ngôn Chính phủ); alone the words are
	// common (người phát ngôn của đoàn).
	{Role: "Người phát ngôn", NeedOrg: true},
	// Diplomats, Vietnamese or foreign (Pháp lệnh Hàm, cấp ngoại giao).
	// Công sứ alone is left out: it is also a given name (Đinh Công Sứ).
	{Role: "Đại sứ", Envoy: true},
	{Role: "Đại sứ đặc mệnh toàn quyền", Envoy: true},
	{Role: "Tổng Lãnh sự", Envoy: true},
	{Role: "Phó Tổng Lãnh sự", Envoy: true},
	{Role: "Lãnh sự", Envoy: true},
	{Role: "Phó Lãnh sự", Envoy: true},
	{Role: "Đại biện", Envoy: true},
	{Role: "Tham tán Công sứ", Envoy: true},
	{Role: "Tham tán", Envoy: true},
	{Role: "Bí thư thứ nhất", Envoy: true},
	{Role: "Bí thư thứ hai", Envoy: true},
	{Role: "Bí thư thứ ba", Envoy: true},
	{Role: "Tùy viên", Envoy: true},
	// The chief representative of a foreign agency, company or
	// international organization in Vietnam, named like an envoy's post
	// (Trưởng đại diện JICA tại Việt Nam, Trưởng đại diện JETRO Hà Nội).
	{Role: "Trưởng đại diện", Envoy: true},
	{Role: "Phó Trưởng đại diện", Envoy: true},
	{Role: "Tổng Thư ký"},
	{Role: "Hiệu trưởng"},
	{Role: "Phó Hiệu trưởng"},
	// Hospitals and health stations: Trưởng khoa Nội, Trạm trưởng Trạm
	// Y tế xã.
	{Role: "Trưởng khoa", Head: "Khoa"},
	{Role: "Phó Trưởng khoa", Head: "Khoa"},
	{Role: "Trưởng trạm", Head: "Trạm"},
	{Role: "Phó Trưởng trạm", Head: "Trạm"},
	{Role: "Trạm trưởng"},
	// Universities: the head of a subject department (Trưởng bộ môn Nhi
	// Trường Đại học Y Dược).
	{Role: "Trưởng bộ môn", Head: "Bộ môn"},
	{Role: "Phó Trưởng bộ môn", Head: "Bộ môn"},
	// Exams: the head of an exam site (Trưởng điểm thi), a post of the
	// exam's own organisation; the site follows as a school, if at all.
	{Role: "Trưởng điểm thi"},
	{Role: "Phó Trưởng điểm thi"},
	{Role: "Phó Trạm trưởng"},
	// Heads of villages and residential units, named after the unit and
	// its proper name or number: Trưởng bản Nậm Pầu, Trưởng ấp 3, Phó
	// Trưởng thôn Đồng Tâm; see parseTitle. (After Trưởng Ban: unaccented, Truong ban is the board.)
	{Role: "Trưởng thôn", Head: "thôn", Village: true},
	{Role: "Phó Trưởng thôn", Head: "thôn", Village: true},
	{Role: "Trưởng ấp", Head: "ấp", Village: true},
	{Role: "Phó Trưởng ấp", Head: "ấp", Village: true},
	{Role: "Trưởng bản", Head: "bản", Village: true},
	{Role: "Phó Trưởng bản", Head: "bản", Village: true},
	{Role: "Trưởng khóm", Head: "khóm", Village: true},
	{Role: "Phó Trưởng khóm", Head: "khóm", Village: true},
	{Role: "Trưởng xóm", Head: "xóm", Village: true},
	{Role: "Phó Trưởng xóm", Head: "xóm", Village: true},
	{Role: "Trưởng làng", Head: "làng", Village: true},
	{Role: "Trưởng buôn", Head: "buôn", Village: true},
	{Role: "Phó Trưởng buôn", Head: "buôn", Village: true},
	{Role: "Trưởng sóc", Head: "sóc", Village: true},
	{Role: "Trưởng plei", Head: "plei", Village: true},
	{Role: "Trưởng bon", Head: "bon", Village: true},
	{Role: "Trưởng khu phố", Head: "khu phố", Village: true},
	{Role: "Phó Trưởng khu phố", Head: "khu phố", Village: true},
	{Role: "Trưởng khu dân cư", Head: "khu dân cư", Village: true},
	{Role: "Phó Trưởng khu dân cư", Head: "khu dân cư", Village: true},
	// The head of a street group of a ward (Tổ trưởng tổ dân phố số 5).
	{Role: "Tổ trưởng tổ dân phố", Head: "tổ dân phố", Village: true},
	{Role: "Tổ phó tổ dân phố", Head: "tổ dân phố", Village: true},
	// A person of standing in an ethnic-minority village, recognised
	// under Quyết định 12/2018/QĐ-TTg: a position with its village
	// (Người có uy tín buôn Ea Tul, người có uy tín bản Nậm Pầu). Alone
	// it is the common noun (gặp mặt người có uy tín).
	{Role: "Người có uy tín", NeedOrg: true, Local: true},
	{Role: "Tổng Biên tập"},
	{Role: "Phó Tổng Biên tập"},
	// Offices of religious organizations, held in the organization that
	// follows (Trụ trì chùa Xvay Kiên, Chánh xứ Giáo xứ Tân Hưng, Quản
	// nhiệm Hội thánh Tin Lành Cà Mau, Chánh trị sự Họ đạo Cao Đài Long
	// Phú); the Buddhist boards' (Trưởng Ban Trị sự) are Trưởng Ban's.
	// The ranks before the name (Hòa thượng, Linh mục) are not positions
	// but forms of address: see honorifics.
	{Role: "Trụ trì"},
	{Role: "Phó Trụ trì"},
	{Role: "Chánh xứ"},
	{Role: "Phó xứ"},
	{Role: "Quản xứ"},
	{Role: "Quản nhiệm"},
	{Role: "Chánh trị sự"},
	{Role: "Phó trị sự"},
	{Role: "Pháp chủ"},
	{Role: "Phó Pháp chủ"},
	{Role: "Hội trưởng"},
	{Role: "Phó Hội trưởng"},
	// Heads of the branches of mass organizations in a hamlet or an
	// agency (Chi hội trưởng Chi hội Nông dân thôn 2, Chi hội phó Chi
	// hội Phụ nữ), named with their branch.
	{Role: "Chi hội trưởng"},
	{Role: "Chi hội phó"},
	{Role: "Phó Chi hội trưởng"},
	// A bishop's see after his name (Giám mục Giáo phận Vĩnh Long); the
	// rank alone, before a name, is a form of address.
	{Role: "Giám mục", NeedOrg: true},
	{Role: "Tổng Giám mục", NeedOrg: true},
	// Army and police.
	{Role: "Tư lệnh"},
	{Role: "Phó Tư lệnh"},
	{Role: "Chính ủy"},
	{Role: "Phó Chính ủy"},
	{Role: "Tổng Tham mưu trưởng"},
	{Role: "Tham mưu trưởng"},
	{Role: "Chỉ huy trưởng"},
	{Role: "Phó Chỉ huy trưởng"},
	{Role: "Chính trị viên"},
	{Role: "Phó Chính trị viên"},
	// Police teams and army units, named after their unit: Đội trưởng
	// Đội Cảnh sát giao thông, Tiểu đoàn trưởng Tiểu đoàn 3.
	{Role: "Đội trưởng"},
	{Role: "Phó Đội trưởng"},
	{Role: "Đồn trưởng"},
	{Role: "Phó Đồn trưởng"},
	{Role: "Đại đội trưởng"},
	{Role: "Tiểu đoàn trưởng"},
	{Role: "Phó Tiểu đoàn trưởng"},
	{Role: "Trung đoàn trưởng"},
	{Role: "Phó Trung đoàn trưởng"},
	{Role: "Lữ đoàn trưởng"},
	{Role: "Phó Lữ đoàn trưởng"},
	{Role: "Sư đoàn trưởng"},
	{Role: "Phó Sư đoàn trưởng"},
	// Ranks (Luật Sĩ quan 1999, Điều 10; the police use the same names).
	{Role: "Đại tướng", Rank: true},
	{Role: "Thượng tướng", Rank: true},
	{Role: "Trung tướng", Rank: true},
	{Role: "Thiếu tướng", Rank: true},
	{Role: "Đô đốc", Rank: true},
	{Role: "Phó Đô đốc", Rank: true},
	{Role: "Chuẩn Đô đốc", Rank: true},
	{Role: "Đại tá", Rank: true},
	{Role: "Thượng tá", Rank: true},
	{Role: "Trung tá", Rank: true},
	{Role: "Thiếu tá", Rank: true},
	{Role: "Đại úy", Rank: true},
	{Role: "Thượng úy", Rank: true},
	{Role: "Trung úy", Rank: true},
	{Role: "Thiếu úy", Rank: true},
	// Enlisted ranks (Luật Nghĩa vụ quân sự 2015, Điều 8): a rank alone
	// is a title (Binh nhì Lò Văn A).
	{Role: "Thượng sĩ", Rank: true},
	{Role: "Trung sĩ", Rank: true},
	{Role: "Hạ sĩ", Rank: true},
	{Role: "Binh nhất", Rank: true},
	{Role: "Binh nhì", Rank: true},
}

// roleAbbrevs are the abbreviations of parts of roles. Every role of
// roleDefs is also recognised with any of its parts abbreviated (UV BTV,
// Ủy viên BTV, PBT TT) and, when every part is abbreviated, with the
// abbreviations written together (UVBTV, PBTTT, UVBCT, UVT.Ư). Longer
// parts come first: a role is split into parts greedily.
var roleAbbrevs = []struct {
	Full  string
	Abbrs []string
}{
	{"Đại biểu Quốc hội", []string{"ĐBQH"}},
	{"Ban Thường vụ", []string{"BTV"}},
	{"Ban Chấp hành", []string{"BCH"}},
	{"Bộ Chính trị", []string{"BCT"}},
	{"Tỉnh ủy viên", []string{"TUV"}},
	{"Phó Bí thư", []string{"PBT"}},
	{"Phó Chủ tịch", []string{"PCT"}},
	{"Phó Giám đốc", []string{"PGĐ"}},
	{"Trung ương", []string{"TW", "TƯ", "T.Ư", "T.W"}},
	{"Thường trực", []string{"TT"}},
	{"Ủy viên", []string{"UV"}},
	{"Bí thư", []string{"BT"}},
	{"Chủ tịch", []string{"CT"}},
	{"Giám đốc", []string{"GĐ"}},
}

// roleExtraForms are written forms that are not a part-by-part
// abbreviation of their role.
var roleExtraForms = []Entry[string]{
	{"BTV", "Ủy viên Ban Thường vụ"},
	// Ủy viên Thường vụ, the Ban left out (Đ/c A, UVTV, Trưởng Ban
	// Tuyên giáo Thành ủy)
	{"UVTV", "Ủy viên Ban Thường vụ"},
	{"UV TV", "Ủy viên Ban Thường vụ"},
}

// boardRoleForms are the role words written before the abbreviated name
// of a Party committee's board, whose B stands for the Ban of the role
// (Trưởng BTG&DV Tỉnh ủy: Trưởng Ban Tuyên giáo và Dân vận; Phó Trưởng
// BTC Huyện ủy). They count only before such an abbreviation, an orgHead
// with Board set; the organization is the abbreviation as written.
var boardRoleForms = []Entry[string]{
	{"Trưởng", "Trưởng Ban"},
	{"Phó Trưởng", "Phó Trưởng Ban"},
	{"Phó Trưởng Thường trực", "Phó Trưởng Ban Thường trực"},
}

// roleInfo is the value of roleLex: one written form of a role.
type roleInfo struct {
	Role string
	Head string
	Rank bool
	// Council, Village, Envoy, Local: see roleDef.
	Council, Village, Envoy, Local bool
	// NeedOrg: the role is one of roleDef.NeedOrg, or the form is a bare
	// abbreviation of one or two letters (CT, BT); either counts only when
	// an organization follows (CT UBND).
	NeedOrg bool
	// Caps: the form is written in capitals (PBT TT) and matches only
	// words in capitals.
	Caps bool
	// Abbr: the form is one word in capitals (ĐBQH, UVBTV); inside an
	// organization's name it is part of the name (Đoàn ĐBQH tỉnh).
	Abbr bool
	// Board: a form of boardRoleForms, a role only before the abbreviation
	// of a board (see matchRole).
	Board bool
}

// roleLex maps every written form of a role to its roleInfo.
var roleLex = NewLexicon(buildRoleEntries())

// buildRoleEntries expands roleDefs with roleAbbrevs and roleExtraForms.
func buildRoleEntries() []Entry[roleInfo] {
	var out []Entry[roleInfo]
	for _, def := range roleDefs {
		for _, form := range roleForms(def.Role) {
			info := roleInfo{Role: def.Role, Head: def.Head, Rank: def.Rank, Council: def.Council, Village: def.Village, Envoy: def.Envoy, Local: def.Local}
			info.NeedOrg = def.NeedOrg || !strings.Contains(form, " ") && len([]rune(form)) <= 2
			info.Caps = isCapsForm(form)
			info.Abbr = info.Caps && !strings.ContainsAny(form, " .")
			out = append(out, Entry[roleInfo]{form, info})
		}
	}
	for _, e := range roleExtraForms {
		caps := isCapsForm(e.Phrase)
		out = append(out, Entry[roleInfo]{e.Phrase, roleInfo{Role: e.Value, Caps: caps, Abbr: caps}})
	}
	for _, e := range boardRoleForms {
		out = append(out, Entry[roleInfo]{e.Phrase, roleInfo{Role: e.Value, Board: true}})
	}
	return out
}

// roleForms returns role written out and with every combination of its
// parts abbreviated.
func roleForms(role string) []string {
	words := strings.Fields(role)
	// Split into parts: the longest abbreviable phrase at each word.
	var parts []rolePart
	for i := 0; i < len(words); {
		best, bestN := -1, 0
		for k, a := range roleAbbrevs {
			aw := strings.Fields(a.Full)
			if len(aw) > bestN && i+len(aw) <= len(words) && strings.EqualFold(strings.Join(words[i:i+len(aw)], " "), a.Full) {
				best, bestN = k, len(aw)
			}
		}
		if best < 0 {
			parts = append(parts, rolePart{full: words[i]})
			i++
			continue
		}
		parts = append(parts, rolePart{full: strings.Join(words[i:i+bestN], " "), abbrs: roleAbbrevs[best].Abbrs})
		i += bestN
	}
	// Every combination of full and abbreviated parts, written with
	// spaces; and the forms whose leading parts, two or more, are all
	// abbreviated and written together (UVBTV, UVTW Đảng).
	forms := combineParts(parts, " ")
	for k := len(parts); k >= 2; k-- {
		lead := []string{""}
		for _, p := range parts[:k] {
			var next []string
			for _, f := range lead {
				for _, a := range p.abbrs {
					next = append(next, f+a)
				}
			}
			lead = next
		}
		if len(lead) == 0 {
			continue
		}
		for _, f := range lead {
			for _, rest := range combineParts(parts[k:], " ") {
				forms = append(forms, strings.TrimSpace(f+" "+rest))
			}
		}
	}
	return forms
}

// rolePart is a word, or a phrase of roleAbbrevs with its abbreviations.
type rolePart struct {
	full  string
	abbrs []string
}

// combineParts returns every way to write parts, each in full or
// abbreviated, joined by sep.
func combineParts(parts []rolePart, sep string) []string {
	forms := []string{""}
	for _, p := range parts {
		var next []string
		for _, f := range forms {
			next = append(next, strings.TrimPrefix(f+sep+p.full, sep))
			for _, a := range p.abbrs {
				next = append(next, strings.TrimPrefix(f+sep+a, sep))
			}
		}
		forms = next
	}
	return forms
}

// roleSuffixes are standing modifiers written after a role word and kept
// in the role (Phó Bí thư Thường trực, Phó Bí thư chuyên trách).
var roleSuffixes = NewLexicon([]Entry[string]{
	{"Thường trực", "Thường trực"},
	{"TT", "Thường trực"},
	{"chuyên trách", "chuyên trách"},
	{"dự khuyết", "dự khuyết"},
})

// modifier is what a word before a role says about it.
type modifier uint8

const (
	modFormer modifier = iota + 1 // nguyên: no longer holds the position
	modActing                     // quyền: holds it ad interim
)

// roleModifiers are the words before a role that set Title.Former or
// Title.Acting; they stay in the title's text.
var roleModifiers = NewLexicon([]Entry[modifier]{
	{"nguyên", modFormer},
	{"cố", modFormer},
	{"quyền", modActing},
	{"Q.", modActing},
})

// honorific is the value of honorifics.
type honorific struct {
	// Word is the honorific as Official.Honorific reports it.
	Word string
	// List: a plural form (các đồng chí) that introduces several names.
	List bool
	// Religious: a religious rank (Hòa thượng, Linh mục), after which a
	// name need not start with a family name (Thích Minh Tuệ, Giuse
	// Nguyễn Văn Hòa; see religiousName).
	Religious bool
}

// honorifics are the forms of address before a name.
var honorifics = NewLexicon([]Entry[honorific]{
	{"đồng chí", honorific{Word: "đồng chí"}},
	{"đ/c", honorific{Word: "đồng chí"}},
	{"đ.c", honorific{Word: "đồng chí"}},
	{"đ / c", honorific{Word: "đồng chí"}},
	{"các đồng chí", honorific{Word: "đồng chí", List: true}},
	{"các đ/c", honorific{Word: "đồng chí", List: true}},
	{"ông", honorific{Word: "ông"}},
	{"bà", honorific{Word: "bà"}},
	{"anh", honorific{Word: "anh"}},
	{"chị", honorific{Word: "chị"}},
	{"ngài", honorific{Word: "ngài"}},
	{"các ông", honorific{Word: "ông", List: true}},
	{"các bà", honorific{Word: "bà", List: true}},
	{"các ngài", honorific{Word: "ngài", List: true}},
	// A list of men and women: no one honorific is each person's.
	{"các ông, bà", honorific{List: true}},
	{"các ông bà", honorific{List: true}},
	{"các bà, ông", honorific{List: true}},
	{"các đồng chí, ông, bà", honorific{List: true}},
	// Religious ranks: the SPEC's titles are positions and military or
	// police ranks only, so a cleric's rank is a form of address, neither
	// title nor name (Thượng tọa Thích Minh Tuệ, Phó Trưởng Ban Trị sự
	// ...). Buddhist (Hòa thượng, Thượng tọa, Đại đức; nuns: Ni trưởng,
	// Ni sư, Sư cô), Catholic (Hồng y, Tổng Giám mục, Giám mục, Đức cha,
	// Linh mục), Protestant (Mục sư, Truyền đạo) and Cao Đài (Giáo hữu,
	// Lễ sanh, Phối sư, Chánh phối sư).
	{"hòa thượng", honorific{Word: "hòa thượng", Religious: true}},
	{"thượng tọa", honorific{Word: "thượng tọa", Religious: true}},
	{"đại đức", honorific{Word: "đại đức", Religious: true}},
	{"ni trưởng", honorific{Word: "ni trưởng", Religious: true}},
	{"ni sư", honorific{Word: "ni sư", Religious: true}},
	{"sư cô", honorific{Word: "sư cô", Religious: true}},
	{"hồng y", honorific{Word: "hồng y", Religious: true}},
	{"tổng giám mục", honorific{Word: "tổng giám mục", Religious: true}},
	{"giám mục", honorific{Word: "giám mục", Religious: true}},
	{"đức cha", honorific{Word: "đức cha", Religious: true}},
	{"linh mục", honorific{Word: "linh mục", Religious: true}},
	{"mục sư", honorific{Word: "mục sư", Religious: true}},
	{"truyền đạo", honorific{Word: "truyền đạo", Religious: true}},
	{"giáo hữu", honorific{Word: "giáo hữu", Religious: true}},
	{"lễ sanh", honorific{Word: "lễ sanh", Religious: true}},
	{"phối sư", honorific{Word: "phối sư", Religious: true}},
	{"chánh phối sư", honorific{Word: "chánh phối sư", Religious: true}},
})

// degrees are academic degrees, honorary titles and professions written
// before a name (GS.TS, Nhà giáo Ưu tú, Thạc sĩ, bác sĩ). They are not
// positions: they are skipped, never made titles.
var degrees = NewSet(
	"GS.TS", "GS.TSKH", "PGS.TS", "PGS.TSKH", "GS", "PGS", "TS", "TSKH",
	"ThS", "Ths", "BS", "BSCKI", "BSCKII", "KS", "CN", "NCS", "Th.S", "NGND",
	"NGƯT", "NSND", "NSƯT", "Giáo sư", "Phó Giáo sư", "Tiến sĩ", "Thạc sĩ",
	"Bác sĩ", "Dược sĩ", "Kỹ sư", "Luật sư", "Nhà giáo Nhân dân",
	"Nhà giáo Ưu tú", "Nghệ sĩ Nhân dân", "Nghệ sĩ Ưu tú", "Nhà báo",
	"Nhà văn", "Anh hùng Lao động",
	"Anh hùng Lực lượng vũ trang nhân dân",
	"CKI", "CKII", "Kiến trúc sư", "Nhạc sĩ", "Họa sĩ", "Nhà thơ",
	"Nghệ nhân", "Nghệ nhân Nhân dân", "Nghệ nhân Ưu tú",
	"Thầy thuốc Nhân dân", "Thầy thuốc Ưu tú",
)

// councils are the heads of the elected councils whose seats are
// positions (Đại biểu HĐND tỉnh; Đại biểu Quốc hội is a role of its own).
var councils = NewSet("HĐND", "HDND", "Hội đồng nhân dân")

// lowerTitles are the positions written in lower case before a name:
// seats of elected bodies and membership of Party organs (đại biểu Quốc
// hội Triệu Thị B, đại biểu HĐND tỉnh Lê Văn C, ủy viên Ban Thường vụ
// Tỉnh ủy Hà Văn D; người phát ngôn Bộ Ngoại giao E). They count only
// when a name follows; alone they are the plural noun (các đại biểu, đại
// biểu dự hội nghị).
var lowerTitles = NewSet(
	"đại biểu Quốc hội", "đại biểu HĐND", "đại biểu Hội đồng nhân dân",
	"ủy viên Ban Thường vụ", "ủy viên Ban Chấp hành", "ủy viên Ủy ban",
	"ủy viên Trung ương", "ủy viên Bộ Chính trị", "người phát ngôn",
)

// appointment says what an appointment phrase needs around it.
type appointment uint8

const (
	// appointAny: the phrase gives the position wherever it is written
	// (được bầu giữ chức, tái đắc cử). Written once after a list of names,
	// each with a position of its own, it gives the position to every
	// name of the list (see officialScan.peopleList).
	appointAny appointment = iota + 1
	// appointAfterVerb: the phrase gives the position only after a verb
	// of appointment before the name (bầu đồng chí A giữ chức Chủ tịch);
	// elsewhere it may tell of a past post (ông B giữ chức Bí thư từ năm
	// 1990).
	appointAfterVerb
	// appointHeld: a post the person holds now (hiện là, đang giữ chức),
	// wherever it is written; it is the last name's alone, never a list's.
	appointHeld
)

// appointments are the phrases between a name and a position given to
// the person: election, appointment, a current post (đồng chí A được bầu
// giữ chức Chủ tịch; ông B, nguyên Bí thư Đảng ủy xã, hiện là Phó Trưởng
// Ban Tổ chức Tỉnh ủy). The position must follow straight after.
var appointments = NewLexicon(appointmentEntries())

// appointmentVerbs are the verbs of appointment passive after "được" and
// active before a name (được bổ nhiệm; bổ nhiệm ông A): verbs alone,
// and a move (điều động, luân chuyển) joined by "," or "và"
// to a post (bổ nhiệm, phân công, chỉ định).
var appointmentVerbs = func() []string {
	out := []string{
		"bầu", "bầu lại", "bầu bổ sung", "bổ nhiệm", "bổ nhiệm lại",
		"tái bổ nhiệm", "điều động", "luân chuyển", "phân công", "chỉ định",
		"cử", "giao", "phê chuẩn", "giới thiệu",
	}
	for _, move := range []string{"điều động", "luân chuyển"} {
		for _, post := range []string{"bổ nhiệm", "phân công", "chỉ định", "bổ nhiệm lại"} {
			out = append(out, move+", "+post, move+" và "+post)
		}
	}
	return out
}()

// appointmentEntries writes appointments out: [adverb] được VERB [giữ
// chức | giữ chức vụ | làm], the phrases of election and current posts,
// and the bare tails, which need a verb before the name.
func appointmentEntries() []Entry[appointment] {
	adverbs := []string{"", "tiếp tục ", "đã ", "vừa ", "chính thức "}
	tails := []string{"", " giữ chức", " giữ chức vụ", " làm"}
	var out []Entry[appointment]
	for _, a := range adverbs {
		for _, v := range appointmentVerbs {
			for _, t := range tails {
				out = append(out, Entry[appointment]{a + "được " + v + t, appointAny})
			}
		}
	}
	for _, p := range []string{
		"đắc cử", "tái đắc cử", "trúng cử", "đắc cử chức", "tái đắc cử chức",
	} {
		out = append(out, Entry[appointment]{p, appointAny})
	}
	for _, p := range []string{
		"hiện là", "hiện đang là", "nay là", "hiện nay là", "đang là",
		"hiện giữ chức", "hiện đang giữ chức", "đang giữ chức",
		"tiếp tục giữ chức", "tiếp tục làm", "tiếp tục là",
	} {
		out = append(out, Entry[appointment]{p, appointHeld})
	}
	for _, p := range []string{"giữ chức", "giữ chức vụ", "làm"} {
		out = append(out, Entry[appointment]{p, appointAfterVerb})
	}
	return out
}

// appointingVerbs are appointmentVerbs written before the name they
// appoint (bổ nhiệm ông A giữ chức Giám đốc).
var appointingVerbs = NewSet(appointmentVerbs...)

// proxyPhrases are written before the office that a person acts for or
// on behalf of (Thừa ủy quyền của Chủ tịch nước, đồng chí A trao; Thay
// mặt Chủ tịch UBND tỉnh, ông B, Phó Chủ tịch, phát biểu): a position
// right after them and before a comma is not the person's after the
// comma.
var proxyPhrases = NewSet(
	"của", "thay mặt", "thừa lệnh", "thừa ủy quyền", "ủy quyền",
	"được ủy quyền", "ủy nhiệm",
)

// behalfPhrases are the proxyPhrases that say by themselves that someone
// acts for an office (all but a bare "của"), perhaps followed by "của" or
// "cho" (Thừa ủy quyền của Chủ tịch nước, Thay mặt cho Ban Thường vụ).
// After them, a position and a comma name the office even when positions
// or a rank follow before the person's name (Thừa ủy quyền của Chủ tịch
// nước, Trung tướng A trao); after a bare "của" such a chain is one
// person's (ý kiến của Thứ trưởng Bộ Công an, Trung tướng A).
var behalfPhrases = NewSet(
	"thay mặt", "thừa lệnh", "thừa ủy quyền", "ủy quyền", "được ủy quyền",
	"ủy nhiệm",
)

// envoyFields are the duties written in lower case right after a
// diplomat's role (Tùy viên quốc phòng, Tham tán thương mại); after
// "phụ trách" any few lower-case words are one (see envoyDuty).
var envoyFields = NewSet(
	"quốc phòng", "thương mại", "kinh tế", "kinh tế - thương mại",
	"văn hóa", "báo chí", "chính trị", "giáo dục", "khoa học",
	"khoa học - công nghệ", "lãnh sự", "công an", "an ninh", "nông nghiệp",
	"đầu tư", "hợp tác", "hợp tác phát triển", "báo chí - văn hóa",
)

// dutyLead introduces a diplomat's duty of any lower-case words (Tham tán
// phụ trách kinh tế).
var dutyLead = NewSet("phụ trách")
