package extract

import "unicode"

// Organization names: Ban Tuyên giáo Trung ương, Bộ Y tế, Bộ Thông tin và
// Truyền thông, Thành ủy Cần Thơ, HĐND thành phố, Hội Khoa học, Xã hội và
// Nhân văn TP Cần Thơ, Đoàn Khối cơ quan Dân Chính Đảng TP Cần Thơ.
//
// An organization starts with a head word (Ban, Bộ, Thành ủy, UBND) and
// goes on, word by word, while the words can belong to it:
//
//   - After a named head (Ban, Bộ, Hội, Đoàn), capitalised words, each
//     possibly followed by one lower-case syllable of the same word (Tuyên
//     giáo, Y tế, Khoa học); lower-case words of orgWords (cơ quan, nhân
//     dân); "và" before another capitalised word (Thông tin và Truyền
//     thông); a comma when the words after it reach "và" (Khoa học, Xã hội
//     và Nhân văn); a dash before a capitalised word (Lao động - Thương
//     binh).
//   - After a place head (Thành ủy, UBND, Công an) or a place qualifier
//     (tỉnh, TP, huyện), only capitalised words: a place name. A lower-case
//     word there is the sentence going on (Thị ủy chủ trì).
//   - Another head nests (Ban Tuyên giáo Thành ủy Cần Thơ).
//   - In a named part, up to maxLowerRun lower-case syllables that are
//     not orgStops, when punctuation, a place qualifier, a place or a
//     personal name closes them (Ban Chỉ đạo diễn tập, Hội Người cao
//     tuổi xã); see lowerRun.
//   - After a body set up for a task (a Purpose head: Ban Chỉ đạo, Ban
//     Chỉ huy, Quỹ), the task of prevention it is named by and what it
//     governs, commas and "và" included (Ban Chỉ đạo phòng, chống dịch
//     COVID-19 tỉnh; Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu
//     cực); see taskRun.
//   - In any part, "các cơ quan" before a capitalised word or a place
//     (Đảng ủy các cơ quan Đảng tỉnh); a hamlet or school unit with its
//     name (Chi bộ xóm Mường Khến, Đoàn trường).
//   - In a named part, the lower-case specialisations of police units
//     even without punctuation after them (Phòng Cảnh sát cơ động được
//     giao), with the commas of fixed task phrases (phòng cháy, chữa
//     cháy; cứu nạn, cứu hộ), a field after "và" in lower case (Phòng
//     Công tác Đảng và công tác chính trị; see andFields), and a unit's
//     number after "số" (Đội Cảnh sát giao thông đường bộ số 2) or, for
//     a numbered head, after the words of its name (Trung đoàn bộ binh
//     896; see unitNumberEnd).
//   - Right after a place head, a capitalised word of orgWords: the
//     forces' branch (Đảng ủy Quân sự tỉnh).
//   - In an office serving several organs, "và" between two of them that
//     share their place (Văn phòng HĐND và UBND huyện); after a person's
//     name, the name of the person a school or hospital is named after
//     (Trường Chính trị Hoàng Văn Thụ). See orgCtx.
//
// It stops before a personal name (Bộ Y tế Nguyễn Trường Sơn), a role
// word, a verb or function word (orgStops), claimed or furniture tokens,
// the end of the line and any other punctuation.

// orgMode says which words may follow an organization's head.
type orgMode uint8

const (
	// orgNamed: the head is followed by the organization's own name in
	// capitalised words (Ban Tuyên giáo, Bộ Y tế).
	orgNamed orgMode = iota + 1
	// orgPlace: the head is followed only by a place name (Thành ủy Cần
	// Thơ, UBND tỉnh Hậu Giang) or nothing.
	orgPlace
)

// orgHead is the value of orgHeads.
type orgHead struct {
	Mode orgMode
	// LowerOK: after a role the head may be written in lower case (Bí thư
	// tỉnh ủy); elsewhere a head must be capitalised.
	LowerOK bool
	// Numbered: a number may follow the head (Quân khu 7, Ban Chỉ đạo 35).
	Numbered bool
	// Caps: the head is an abbreviation (HĐND, TƯ) and matches only a
	// word written in capitals (not Tư of Sở Tư pháp). Set by withCaps.
	Caps bool
	// Eponym: the institution is often named after a person (Trường THPT
	// Chu Văn An, Bệnh viện Bạch Mai); see orgCtx.
	Eponym bool
	// Joint: an office that may serve several organs at once (Văn phòng
	// Đoàn ĐBQH và HĐND tỉnh, Văn phòng HĐND và UBND huyện).
	Joint bool
	// Board: the abbreviated name of a board (Ban) of a Party committee
	// (BTG, BTG&DV), which a role's Trưởng may precede: Trưởng BTG&DV
	// Tỉnh ủy (see boardRoleForms).
	Board bool
	// Purpose: a body set up for a task, often named by it in lower case
	// right after the head (Ban Chỉ đạo chiến dịch, BCĐ phong trào); see
	// lowerRun.
	Purpose bool
	// Company: a business (Công ty, Tập đoàn, Hợp tác xã), whose own name
	// may hold lower-case words before a capitalised one (Công ty cổ phần
	// Công nghệ số Quy Nhơn, Tổng công ty Lương thực miền Nam); see
	// lowerRun.
	Company bool
	// LegalForm: a company's head with its legal form (Công ty cổ phần,
	// Công ty TNHH, Ngân hàng TMCP): the company's own name must follow,
	// so that a first word like a personal name is the company's (Công ty
	// TNHH Minh Khang), not a person's.
	LegalForm bool
	// NeedNumber: the head is one only with a number after it (Vùng 2
	// Hải quân; not vùng sâu, Vùng biển Tây Nam).
	NeedNumber bool
	// Team: a team (Đội), often named by its work in lower case right
	// after the head (Đội vận động quần chúng, Đội công tác); see
	// teamWorks.
	Team bool
}

var (
	named       = orgHead{Mode: orgNamed}
	place       = orgHead{Mode: orgPlace}
	placeLower  = orgHead{Mode: orgPlace, LowerOK: true}
	namedLower  = orgHead{Mode: orgNamed, LowerOK: true}
	numbered    = orgHead{Mode: orgNamed, Numbered: true}
	eponym      = orgHead{Mode: orgNamed, Eponym: true}
	jointOffice = orgHead{Mode: orgNamed, Joint: true}
	board       = orgHead{Mode: orgPlace, Board: true}
	company     = orgHead{Mode: orgNamed, Company: true}
	legalForm   = orgHead{Mode: orgNamed, Company: true, LegalForm: true}
	// companyBoard: a company's board (HĐQT), followed by its company.
	companyBoard = orgHead{Mode: orgPlace}
)

// orgCtx is what an organization's name may hold in the place it is
// written, besides its usual words.
type orgCtx struct {
	// Post: the name is in a position written after the person's name
	// (TS. Trần Thị A, Phó Hiệu trưởng Trường Chính trị Hoàng Văn Thụ):
	// a personal name there, after an Eponym head and before punctuation
	// or a lower-case word, names the institution, not the next person.
	// Before a name (Hiệu trưởng Trường THPT Nguyễn Văn B) it is the
	// person's.
	Post bool
	// Eponym: an Eponym head has been read.
	Eponym bool
	// Joint: the name is that of a Joint office: "và" or "," between two
	// place heads, the second followed by the place they share, joins them.
	Joint bool
	// Purpose: the head just read, without a number after it, is a
	// Purpose head.
	Purpose bool
	// Company, LegalForm: the head just read is a Company or LegalForm
	// head.
	Company, LegalForm bool
	// Team: the head just read, without a number after it, is a Team
	// head.
	Team bool
	// Unit: the head just read, without a number after it, is a Numbered
	// head: its number may follow the words of its name (Trung đoàn bộ
	// binh 896); see unitNumberEnd.
	Unit bool
}

// orgHeads are the words an organization's name starts with.
var orgHeads = NewLexicon(withCaps([]Entry[orgHead]{
	// Party committees and organs.
	{"Tỉnh ủy", placeLower}, {"Thành ủy", placeLower}, {"Thị ủy", placeLower},
	{"Huyện ủy", placeLower}, {"Quận ủy", placeLower}, {"Đảng ủy", placeLower},
	{"Đảng bộ", placeLower}, {"Chi bộ", placeLower}, {"Đảng đoàn", place},
	{"Ban cán sự đảng", place}, {"Trung ương", place}, {"TW", place},
	{"TƯ", place}, {"T.Ư", place}, {"Trung ương Đảng", place},
	{"Trung ương Đoàn", place}, {"Bộ Chính trị", place}, {"Ban Bí thư", place},
	{"Ban Chấp hành Trung ương", place}, {"Ban Chấp hành", place},
	{"BCH", place}, {"Ban Thường vụ", place}, {"BTV", place},
	{"Ủy ban Kiểm tra", named}, {"UBKT", place},
	// The boards, abbreviated: Tuyên giáo, Tổ chức, Dân vận, Nội chính,
	// Tuyên giáo và Dân vận (merged in 2025; conventions.md §2), Chỉ đạo.
	{"Ban", named}, {"BTG", board}, {"BTC", board}, {"BDV", board},
	{"BNC", board}, {"BTG&DV", board}, {"BTGDV", board},
	{"Ban Chỉ đạo", orgHead{Mode: orgNamed, Numbered: true, Purpose: true}},
	{"Ban Chỉ huy", orgHead{Mode: orgNamed, Purpose: true}},
	{"BCĐ", orgHead{Mode: orgPlace, Board: true, Numbered: true, Purpose: true}},
	// The front's board of a hamlet or residential area, often written
	// in lower case (Trưởng ban công tác Mặt trận thôn 2).
	{"Ban Công tác Mặt trận", placeLower},
	{"Văn phòng", jointOffice}, {"Khối", named}, {"Cụm", named},
	// State.
	{"Quốc hội", place}, {"Ủy ban Thường vụ Quốc hội", place},
	{"UBTVQH", place}, {"Chính phủ", place}, {"Nhà nước", place},
	// A Chinese province's, prefecture's or city's government, named
	// with its territory (Chính phủ Nhân dân Châu Văn Sơn, Chính phủ
	// Nhân dân tỉnh Vân Nam).
	{"Chính phủ Nhân dân", eponym},
	{"HĐND", place}, {"HDND", place}, {"UBND", place},
	{"Hội đồng nhân dân", place}, {"Ủy ban nhân dân", place},
	{"Đoàn ĐBQH", placeLower}, {"Đoàn đại biểu Quốc hội", placeLower},
	{"Bộ", named}, {"Sở", named}, {"Vụ", named}, {"Cục", named},
	{"Tổng cục", named}, {"Chi cục", named}, {"Viện", named}, {"Hạt", named},
	{"Học viện", eponym}, {"Trường", eponym}, {"Đại học", eponym},
	{"Ủy ban", named}, {"Hội đồng", named}, {"Phòng", named},
	{"Trung tâm", named}, {"Thanh tra", named}, {"Kiểm toán Nhà nước", place},
	{"Bệnh viện", eponym}, {"Khoa", named}, {"Trạm", named},
	{"Bộ môn", named},
	// A school referred to by its staff as "the school", in lower case
	// after a role (Hiệu trưởng nhà trường).
	{"Nhà trường", placeLower},
	// Cultural institutions (Nhà hát Nghệ thuật truyền thống tỉnh, Thư
	// viện tỉnh, Bảo tàng tỉnh, Nhà văn hóa thiếu nhi, Cung Văn hóa Lao
	// động).
	{"Nhà hát", eponym}, {"Thư viện", eponym}, {"Bảo tàng", eponym},
	{"Nhà văn hóa", named}, {"Cung văn hóa", named}, {"Nhà Thiếu nhi", named},
	{"Cung Thiếu nhi", named},
	// The organising board of an event, named by the event in lower case
	// right after it (Ban Tổ chức lễ hội, Ban Tổ chức liên hoan): see
	// orgPurposes.
	{"Ban Tổ chức", orgHead{Mode: orgNamed, LowerOK: true, Purpose: true}},
	{"Kho bạc Nhà nước", place}, {"Ngân hàng", named},
	{"Tòa án nhân dân", place}, {"Viện kiểm sát nhân dân", place},
	// Courts and procuracies, abbreviated (conventions.md §2.5): their
	// level follows as a place qualifier or a level word of orgWords (TAND
	// tỉnh, VKSND tối cao, VKSND khu vực 3).
	{"TAND", place}, {"TANDTC", place}, {"VKSND", place}, {"VKSNDTC", place},
	{"Viện KSND", place}, {"Tòa án", named},
	// Social insurance, a state body with a provincial branch.
	{"Bảo hiểm xã hội", place}, {"BHXH", place},
	{"Đại sứ quán", named}, {"Tổng Lãnh sự quán", named},
	// Mass organizations.
	{"MTTQ", place}, {"UBMTTQ", place}, {"Ủy ban MTTQ", place},
	{"Mặt trận Tổ quốc", place}, {"Ủy ban Mặt trận Tổ quốc", place},
	{"Hội", named}, {"Chi hội", named}, {"Hiệp hội", named}, {"Liên hiệp", named},
	{"Liên đoàn", named}, {"Đoàn", named}, {"Chi đoàn", named},
	// The presidium of a front or an association, with the body it leads
	// (Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam, Đoàn Chủ tịch
	// Trung ương Hội Nông dân Việt Nam): its Chủ tịch is no role.
	{"Đoàn Chủ tịch", named},
	// Their usual abbreviations: the trade unions (Tổng Liên đoàn Lao động
	// Việt Nam, Tổng LĐLĐ, LĐLĐ tỉnh, Công đoàn ngành, CĐ), the Women's
	// Union (HLHPN), the Farmers' (HND) and the Veterans' (HCCB).
	{"Tổng Liên đoàn", named}, {"Tổng LĐLĐ", place}, {"LĐLĐ", place},
	{"Công đoàn", named}, {"CĐ", named}, {"HLHPN", place}, {"HND", place},
	{"HCCB", place},
	{"Tỉnh đoàn", place}, {"Thành đoàn", place}, {"Huyện đoàn", place},
	{"Quận đoàn", place}, {"Thị đoàn", place},
	// Army and police.
	{"Công an", place}, {"Bộ Tư lệnh", named}, {"Bộ Chỉ huy", named},
	{"Bộ CHQS", place}, {"Quân khu", numbered}, {"Quân đoàn", numbered},
	{"Quân chủng", named}, {"Binh chủng", named}, {"Sư đoàn", numbered},
	{"Bộ đội Biên phòng", place}, {"Cảnh sát", named},
	// Their bodies abbreviated after a role (Phó Giám đốc CAT, Chỉ huy
	// trưởng BCHQS huyện, Chính ủy BĐBP tỉnh, Phó Tư lệnh QK 5): the
	// police of a province (CAT) or a city (CATP), the People's Police
	// (CAND), a district's military command (BCHQS), the border guard
	// (BĐBP), a military region (QK), the Central Military Commission
	// (QUTW), the Ministries of Defence (BQP) and of Public Security
	// (BCA), a command (BTL).
	{"CAT", place}, {"CATP", place}, {"CAND", place}, {"BCHQS", place},
	{"BĐBP", place}, {"BDBP", place}, {"QK", numbered}, {"QUTW", place},
	{"BQP", place}, {"BCA", place}, {"BTL", named},
	// The navy's and coast guard's regions and flotillas, with their number
	// before the service (Vùng 2 Hải quân) or after it (Vùng Cảnh sát
	// biển 3); Vùng alone is the common noun (vùng sâu, Vùng biển).
	{"Vùng", orgHead{Mode: orgNamed, Numbered: true, NeedNumber: true}},
	{"Vùng Cảnh sát biển", numbered}, {"Hải đoàn", numbered},
	{"Hải đội", numbered}, {"Binh đoàn", numbered},
	// Police teams and army units, often numbered (Đội 2, Tiểu đoàn 3);
	// see also "số" in orgTail.
	{"Đội", orgHead{Mode: orgNamed, Numbered: true, Team: true}}, {"Đồn", named}, {"Đại đội", numbered},
	{"Tiểu đoàn", numbered}, {"Trung đoàn", numbered}, {"Lữ đoàn", numbered},
	// Press and companies.
	{"Báo", named}, {"Đài", named}, {"Tạp chí", named},
	{"Nhà xuất bản", named}, {"Thông tấn xã", named}, {"TTXVN", place},
	{"Tập đoàn", company}, {"Tổng công ty", company}, {"Công ty", company},
	{"Hợp tác xã", company}, {"HTX", company},
	// Companies with their legal form: cổ phần (joint-stock), TNHH
	// (limited liability), MTV (one member), TMCP (commercial joint-stock
	// bank).
	{"Công ty cổ phần", legalForm}, {"Công ty CP", legalForm},
	{"CTCP", legalForm}, {"Công ty TNHH", legalForm},
	{"Công ty TNHH MTV", legalForm}, {"Công ty TNHH một thành viên", legalForm},
	{"Công ty trách nhiệm hữu hạn", legalForm},
	{"Công ty trách nhiệm hữu hạn một thành viên", legalForm},
	{"Ngân hàng TMCP", legalForm}, {"Ngân hàng thương mại cổ phần", legalForm},
	{"Tổng công ty cổ phần", legalForm},
	// A company's boards: of directors (HĐQT), of members (HĐTV).
	{"HĐQT", companyBoard}, {"HDQT", companyBoard},
	{"Hội đồng quản trị", companyBoard}, {"HĐTV", companyBoard},
	{"HDTV", companyBoard}, {"Hội đồng thành viên", companyBoard},
	{"Quỹ", orgHead{Mode: orgNamed, Purpose: true}}, // Quỹ phòng, chống thiên tai
	// Religious organizations, with their proper names: the churches
	// (Giáo hội Phật giáo Việt Nam, GHPGVN, Hội thánh Tin Lành Việt Nam
	// (miền Nam)), their local units (Giáo phận, Giáo hạt, Giáo xứ, Giáo
	// họ; Họ đạo and Thánh thất of Cao Đài) and places of worship (chùa,
	// Tịnh xá, Thiền viện, Tu viện, Niệm Phật đường, Nhà thờ), often
	// written in lower case after an office (Trụ trì chùa Xvay Kiên).
	{"Giáo hội", named}, {"GHPGVN", place}, {"Hội thánh", namedLower},
	{"Tổng Giáo phận", namedLower}, {"Giáo phận", namedLower},
	{"Giáo hạt", namedLower}, {"Giáo xứ", namedLower}, {"Giáo họ", namedLower},
	{"Họ đạo", namedLower}, {"Thánh thất", namedLower}, {"chùa", namedLower},
	{"Tịnh xá", namedLower}, {"Thiền viện", namedLower}, {"Tu viện", namedLower},
	{"Niệm Phật đường", namedLower}, {"Nhà thờ", namedLower},
	{"Tòa Giám mục", named},
}))

// withCaps sets Caps on the heads written in capitals.
func withCaps(es []Entry[orgHead]) []Entry[orgHead] {
	for k := range es {
		es[k].Value.Caps = isCapsForm(es[k].Phrase)
	}
	return es
}

// isCapsForm reports whether a lexicon phrase is an abbreviation written
// in capitals (HĐND, T.Ư, UV BTV): it has letters and none in lower case.
func isCapsForm(phrase string) bool {
	letters := false
	for _, r := range phrase {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// capsOK reports whether token i may match a phrase written in capitals
// (caps): it must be written in capitals too.
func capsOK(d *Doc, i int, caps bool) bool {
	return !caps || d.Toks[i].Flags&AllUpper != 0
}

// placeQualifiers introduce a place name inside an organization (UBND
// tỉnh Hậu Giang, HĐND thành phố, Hội ... TP Cần Thơ).
// The value is true for the units that are often numbered (ấp 3, Quận 1).
var placeQualifiers = NewLexicon([]Entry[bool]{
	{"tỉnh", false}, {"thành phố", false}, {"TP", false}, {"Tp", false},
	{"huyện", false}, {"quận", true}, {"thị xã", false}, {"xã", false},
	{"phường", true}, {"thị trấn", false}, {"thôn", true}, {"ấp", true},
	{"bản", false}, {"khu phố", true}, {"tổ dân phố", true}, {"khóm", true},
	{"xóm", true}, {"làng", false}, {"buôn", false}, {"plei", false},
	{"bon", false}, {"sóc", false}, {"khu dân cư", true},
	// A school's own unit: Đoàn trường, Chi bộ nhà trường.
	{"trường", false}, {"nhà trường", false},
})

// notOrgWords are ordinary words that start with an organization head or
// a place qualifier (Hội nghị, Khoa học, Phòng thủ, trường hợp, bản
// thân): there the head or qualifier word is not one.
var notOrgWords = NewSet(
	"hội nghị", "hội thảo", "hội thi", "hội diễn", "hội viên", "hội chợ",
	"hội họp", "hội nhập", "hội tụ", "hội trường", "đoàn kết", "đoàn viên",
	"đoàn thể", "ban hành", "ban đầu", "ban ngày", "ban đêm", "khoa học",
	"phòng thủ", "phòng chống", "phòng ngừa", "phòng họp", "phòng dịch",
	"bộ phận", "bộ đội", "bộ máy", "bộ luật", "bộ mặt", "cục bộ", "sở hữu",
	"sở trường", "viện dẫn", "vụ việc", "vụ án", "trường hợp", "trường học",
	"báo cáo", "báo chí", "trạm dừng",
	"bản thân", "bản lĩnh", "bản sắc", "bản chất", "bản đồ", "bản án",
	"bản tin", "buôn bán", "buôn lậu", "làng nghề", "xã viên", "tỉnh táo",
	"ấp ủ", "thôn xóm", "xóm làng", "bon chen", "đội ngũ", "đội viên",
	"đội hình",
)

// notOrgWordAt reports whether the one-token head or qualifier at token
// k starts one of notOrgWords.
func notOrgWordAt(d *Doc, k int) bool {
	if k+1 >= len(d.Toks) || d.Toks[k+1].Kind != Word || d.Toks[k+1].Flags&Upper != 0 {
		return false
	}
	_, n, ok := notOrgWords.Match(d, k)
	return ok && n == 2
}

// orgCollectives are the phrases of "các" and a plural noun inside the
// names of bodies of several units: the Party committees of groups of
// agencies and enterprises (Đảng ủy các cơ quan Đảng tỉnh, Đảng bộ Khối
// các cơ quan và doanh nghiệp tỉnh), boards of zones, unions of
// associations. They belong to the name when a capitalised word or a
// place qualifier follows; those valued true, the zones a management
// board governs (Ban Quản lý các khu công nghiệp, các KCN), also before
// punctuation or the end of the line, where the province goes without
// saying.
var orgCollectives = NewLexicon([]Entry[bool]{
	{"các cơ quan", false}, {"các cơ quan và doanh nghiệp", false},
	{"các doanh nghiệp", false},
	// Ban Quản lý các Khu công nghiệp tỉnh, Ban Quản lý các khu chế xuất
	// và công nghiệp TP Hồ Chí Minh, with their abbreviations (KCN, KKT,
	// KCX); Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam, Liên hiệp
	// các tổ chức hữu nghị tỉnh.
	{"các khu công nghiệp", true}, {"các khu kinh tế", true},
	{"các khu chế xuất", true}, {"các khu chế xuất và công nghiệp", true},
	{"các khu công nghệ cao", true}, {"các KCN", true}, {"các KKT", true},
	{"các KCX", true}, {"các hội", false}, {"các tổ chức hữu nghị", false},
})

// collectiveAt returns the tokens of the phrase of orgCollectives at
// token k when a capitalised word or a place qualifier follows it on the
// line before limit (or, for a phrase that may end a name, punctuation,
// the end of the line or limit), else 0.
func collectiveAt(d *Doc, k, limit int) int {
	if !d.Is(k, "các") {
		return 0
	}
	ends, n, ok := orgCollectives.Match(d, k)
	e := k + n
	if !ok || !d.Usable(k, e) || e > limit {
		return 0
	}
	if e == limit || e >= len(d.Toks) || d.Toks[e].Flags&LineStart != 0 {
		if ends {
			return n
		}
		return 0
	}
	if !d.Usable(e, e+1) {
		return 0
	}
	switch t := &d.Toks[e]; {
	case t.Kind == Punct:
		if ends && sepAt(d, e, ",;.:()-") {
			return n
		}
		return 0
	case t.Kind != Word:
		return 0
	case t.Flags&Upper != 0:
		return n
	}
	if _, _, q := placeQualifiers.Match(d, e); q {
		return n
	}
	return 0
}

// orgWords are lower-case words that may continue an organization's own
// name (Đoàn Khối cơ quan, Ủy ban nhân dân, Phát triển nông thôn); those
// of numberedOrgWords may be followed by a number (Phòng thủ khu vực 3).
// The value is true for the words that continue only a named part
// (Phòng Cảnh sát cơ động), never a place (Công an huyện điều tra: the
// sentence goes on).
var orgWords = NewLexicon([]Entry[bool]{
	{"cơ quan", false}, {"nhân dân", false}, {"nông thôn", false},
	// the level of a court or procuracy (TAND tối cao, VKSND cấp cao)
	{"tối cao", false}, {"cấp cao", false},
	{"doanh nghiệp", false}, {"khu vực", false}, {"quân sự", false},
	{"dân chính đảng", false}, {"xã hội", false}, {"quốc gia", false},
	{"chi nhánh", false},
	// police and security units: Cục An ninh nội địa, Phòng Cảnh sát hình sự
	{"nội địa", false}, {"hình sự", false}, {"giao thông", false},
	{"kinh tế", false}, {"ma túy", false}, {"trật tự", false},
	// the police's specialised units (Phòng Cảnh sát cơ động, Đội Cảnh
	// sát giao thông đường bộ, Cơ quan Cảnh sát điều tra, Phòng Cảnh sát
	// phòng cháy, chữa cháy và cứu nạn, cứu hộ)
	{"cơ động", true}, {"đặc nhiệm", true}, {"đường bộ", true},
	{"đường thủy", true}, {"đường sắt", true}, {"điều tra", true},
	{"tội phạm", true}, {"phòng cháy", true}, {"chữa cháy", true},
	{"cứu nạn", true}, {"cứu hộ", true}, {"môi trường", true},
	// fixed task phrases written with a comma: the comma is inside the
	// name (Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ)
	{"phòng cháy, chữa cháy", true}, {"phòng cháy và chữa cháy", true},
	{"cứu nạn, cứu hộ", true}, {"cứu hộ, cứu nạn", true},
	{"tìm kiếm, cứu nạn", true}, {"tìm kiếm cứu nạn", true},
	{"quản lý hành chính", true}, {"thi hành án", true},
	{"hỗ trợ tư pháp", true}, {"xuất nhập cảnh", true},
	{"phản ứng nhanh", true},
	// lower-case words that end the name of a department or an agency
	// even before a verb (Vụ Hợp tác quốc tế cho biết, Vụ Chính quyền địa
	// phương, Cục Quản lý thị trường, Học viện Hành chính và Quản trị
	// công, Trung tâm Phục vụ hành chính công); "công" alone is left out:
	// it starts verbs (công bố, công nhận)
	{"quốc tế", true}, {"địa phương", true}, {"thị trường", true},
	{"quản trị công", true}, {"hành chính công", true}, {"dịch vụ công", true},
	// the police's security units whose field ends in lower case (Phòng
	// An ninh chính trị nội bộ Công an tỉnh)
	{"chính trị nội bộ", true}, {"nội bộ", true},
	// the fields of hospital departments and medical school subjects,
	// capitalised first word and lower-case rest, which a verb may follow
	// straight away (Trưởng khoa Hồi sức tích cực trình bày, Bộ môn Hồi
	// sức cấp cứu Trường Đại học Y Dược)
	{"hồi sức tích cực", true}, {"hồi sức cấp cứu", true},
	{"hồi sức tích cực - chống độc", true}, {"gây mê hồi sức", true},
	{"chẩn đoán hình ảnh", true}, {"y học cổ truyền", true},
	{"phục hồi chức năng", true}, {"kiểm soát nhiễm khuẩn", true},
	{"tai mũi họng", true}, {"răng hàm mặt", true}, {"nội tổng hợp", true},
	{"ngoại tổng hợp", true}, {"huyết học truyền máu", true},
	{"y tế công cộng", true}, {"y học dự phòng", true},
})

// andFields are the lower-case fields that go on with a named part after
// "và", though a capitalised word comes before it: Phòng Công tác Đảng và
// công tác chính trị, Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn,
// cứu hộ. Other lower-case words after "và" are the sentence's (Hội Cựu
// chiến binh và nhân dân xã).
var andFields = NewSet(
	"công tác chính trị", "công tác quần chúng", "cứu nạn, cứu hộ", "cứu hộ, cứu nạn",
	"cứu nạn", "cứu hộ", "chữa cháy", "tìm kiếm, cứu nạn", "tìm kiếm cứu nạn",
	"phát triển nông thôn", "truyền thông", "môi trường", "đào tạo", "công nghệ",
)

// andFieldAt returns the tokens of the phrase of andFields at token k,
// usable, on the line and before limit, else 0.
func andFieldAt(d *Doc, k, limit int) int {
	if k >= limit || d.Toks[k].Kind != Word || d.Toks[k].Flags&(Upper|LineStart) != 0 {
		return 0
	}
	_, n, ok := andFields.Match(d, k)
	if !ok || k+n > limit || !d.Usable(k, k+n) {
		return 0
	}
	for m := k + 1; m < k+n; m++ {
		if d.Toks[m].Flags&LineStart != 0 {
			return 0
		}
	}
	return n
}

// numberedOrgWords are the orgWords a number may follow.
var numberedOrgWords = NewSet("khu vực")

// orgStops are lower-case words that end an organization's name even
// right after a capitalised word: verbs and function words of the
// sentence going on (Cục Thuế thông báo, Đảng ủy Khối đề nghị).
var orgStops = NewSet(
	"và", "của", "về", "tại", "với", "cho", "trong", "đã", "đang", "sẽ",
	"được", "bị", "là", "có", "không", "đến", "từ", "cùng", "để", "theo",
	"khi", "thì", "mà", "nhưng", "như", "các", "những", "này", "đó",
	"chủ trì", "phát biểu", "đề nghị", "nhấn mạnh", "giới thiệu",
	"thông tin", "thông báo", "trình bày", "cho biết", "dự", "tham dự",
	"khẳng định", "yêu cầu", "lưu ý", "chỉ đạo", "kết luận", "báo cáo",
	"đánh giá", "trao", "tặng", "làm việc", "tiếp", "thăm", "chúc",
	"ghi nhận", "quán triệt", "triển khai", "tổ chức", "ký", "đọc",
	"điều hành", "cảm ơn", "biểu dương", "hoan nghênh", "nêu", "nói",
	"gửi", "trả lời", "chia sẻ", "nhận", "đón", "kiêm", "phụ trách",
	"đồng chí", "ông", "bà", "anh", "chị",
	// More verbs and adverbs that follow a position without a comma
	// (Giám đốc Sở Y tế kiến nghị, ...): they end a name's lower-case
	// words (see lowerRun).
	"vừa", "cũng", "luôn", "đồng thời", "trực tiếp", "tiếp tục", "kiểm tra",
	"hướng dẫn", "kiến nghị", "đề xuất", "bày tỏ", "nhận định", "nhận xét",
	"phân tích", "giải thích", "giải đáp", "thừa nhận", "mong muốn",
	"tham luận", "trao đổi", "kêu gọi", "cam kết", "truyền đạt", "tham gia",
	"chứng kiến", "ban hành", "phê duyệt", "thông qua", "nhắc lại", "kể",
	"tâm sự", "hy vọng", "tin tưởng", "động viên", "chúc mừng", "ngày",
	"tháng", "năm", "lần", "nhiệm kỳ", "ra", "vào", "lên", "xuống", "nay",
	"hiện", "từng", "phải", "cần", "nên", "rằng", "ở", "bằng", "do", "vì",
	"phối hợp", "hỗ trợ", "giám sát", "tuyên truyền", "vận động",
	"lãnh đạo", "tiếp nhận", "trao tặng", "khen thưởng", "thực hiện",
	"tập huấn", "khai mạc", "bế mạc", "phát động", "ra mắt", "tiếp xúc",
	"chứng nhận", "công bố", "xác định", "đặt", "ủng hộ", "tài trợ",
)

// places are provinces, cities and other place names that start like a
// personal name (Hồ Chí Minh, Lâm Đồng, Hà Nội, Thái Bình) or that end
// an organization's name (Cần Thơ).
var places = NewSet(
	"Hồ Chí Minh", "HCM", "Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ",
	"An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa", "Vũng Tàu", "Bắc Giang",
	"Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
	"Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng",
	"Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp",
	"Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang",
	"Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum",
	"Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
	"Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
	"Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
	"Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên",
	"Thanh Hóa", "Thừa Thiên Huế", "Thừa Thiên - Huế", "Tiền Giang",
	"Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
	"Việt Nam", "Hoàng Sa", "Trường Sa", "Hà Đông", "Cao Lãnh",
	"Thái Lan", "Hàn Quốc", "Hoa Kỳ", "Hà Lan",
	// Districts and towns that start with a family name.
	"Châu Thành", "Châu Đốc", "Châu Phú", "Châu Đức", "Đồng Hới",
	"Đồng Xoài", "Đồng Văn", "Đồng Hỷ", "Đồng Phú", "Đồng Xuân",
	"Lâm Hà", "Lâm Thao", "Lâm Bình", "Cao Lộc", "Cao Phong", "Mai Sơn",
	"Mai Châu", "Kim Bôi", "Kim Sơn", "Kim Thành", "Kim Động", "Hà Trung",
	"Hà Quảng", "Hà Tiên", "Hà Hòa", "Lý Nhân", "Lý Sơn", "Văn Lâm",
	"Văn Giang", "Văn Yên", "Văn Chấn", "Văn Bàn", "Văn Quan", "Văn Lãng",
	"Giang Thành", "Thái Hòa", "Thái Thụy", "Phan Thiết", "Trần Văn Thời",
	"Tô Lịch", "La Gi", "Vũ Quang", "Cù Lao Dung",
	// Places that start with a Khmer family name (Trà, Sơn, Kim, Thạch):
	// as two-syllable names they are not people.
	"Trà Cú", "Trà Ôn", "Trà My", "Bắc Trà My", "Nam Trà My", "Trà Bồng",
	"Trà Lĩnh", "Trà Cổ", "Trà Lân", "Sơn Tây", "Sơn Trà", "Sơn Hòa",
	"Sơn Dương", "Sơn Động", "Sơn Tịnh", "Sơn Hà", "Kim Bảng", "Thạch Hà",
	"Thạch Thành", "Thạch Thất", "Thạch An",
	// Places that start like a name with the prefix A or Y (see
	// prefixedName).
	"A Lưới", "Y Tý", "A Mú Sung", "A Lù",
)

// maxOrgTokens bounds the tokens of one organization name.
const maxOrgTokens = 32

// matchOrgV is matchOrg on a lexView.
func matchOrgV(v *lexView, i, limit int) (end int, ok bool) {
	end, _, ok = matchOrgMode(v, i, limit)
	return end, ok
}

// matchOrgMode is matchOrgV that also returns the mode the name ended in.
func matchOrgMode(v *lexView, i, limit int) (end int, mode orgMode, ok bool) {
	d := v.Doc
	h, n, ok := orgHeadAt(v, i, false)
	if !ok || i+n > limit {
		return i, 0, false
	}
	limit = orgLimit(d, i, limit)
	j := i + n
	if h.Numbered {
		j = numberAfter(d, j, limit)
	}
	end, mode = orgTail(v, j, limit, h.Mode, orgCtx{Joint: h.Joint, Purpose: h.Purpose && j == i+n, Team: h.Team && j == i+n, Unit: h.Numbered && j == i+n, Company: h.Company, LegalForm: h.LegalForm})
	return end, mode, true
}

// orgLimit bounds an organization starting at token i: limit, the line,
// maxOrgTokens.
func orgLimit(d *Doc, i, limit int) int {
	return min(limit, len(d.Toks), i+maxOrgTokens)
}

// orgHeadAt matches an organization head at token i. The head must be
// capitalised, unless lower is set and the head may be written in lower
// case after a role.
func orgHeadAt(v *lexView, i int, lower bool) (h orgHead, n int, ok bool) {
	d := v.Doc
	if i < 0 || i >= len(d.Toks) || d.Toks[i].Kind != Word || v.bitsOf(i)&bitHead == 0 {
		return h, 0, false
	}
	h, n, ok = orgHeads.Match(d, i)
	if !ok || d.Toks[i].Flags&Upper == 0 && !(lower && h.LowerOK) || !capsOK(d, i, h.Caps) || !d.Usable(i, i+n) {
		return h, 0, false
	}
	if n == 1 && notOrgWordAt(d, i) {
		return h, 0, false // Hội nghị, Khoa học
	}
	if h.NeedNumber && numberAfter(d, i+n, len(d.Toks)) == i+n {
		return h, 0, false // vùng sâu, Vùng biển
	}
	return h, n, true
}

// orgTail returns the end of the organization name whose head ends just
// before token j, in mode, without passing limit, and the mode of its
// last part: orgPlace when it ends with a place or a place head. ctx
// says what else the name may hold where it is written.
func orgTail(v *lexView, j, limit int, mode orgMode, ctx orgCtx) (int, orgMode) {
	d := v.Doc
	from := j // the first token of the tail
	end, endMode := j, mode
	afterCap := false          // the last token is a capitalised word of a named part
	afterPlaceHead := true     // the last part is a place head without its place
	purposeAt := -1            // the token just after a Purpose head, if any
	taskEnd := -1              // the token just after a body's task (taskRun), if any
	purposeBody := ctx.Purpose // a Purpose head has been read
	if ctx.Purpose {
		purposeAt = j
	}
	teamAt := -1 // the token just after a Team head without a number, if any
	if ctx.Team {
		teamAt = j
	}
	company := ctx.Company // a Company head has been read
	companyAt := -1        // the token just after a Company head, if any
	legalHead := false     // the head before companyAt has a legal form
	if ctx.Company {
		companyAt, legalHead = j, ctx.LegalForm
	}
	unitOpen := ctx.Unit // the part is a Numbered head's, its number not read yet
	legalAt := -1        // the token just after a LegalForm head, if any
	// placeOpen: the last token is a place qualifier or a capitalised word
	// of a place name being read (xã Sơn), which a capitalised head word
	// may go on (xã Sơn Hội, huyện Vụ Bản, xã Đoàn Kết).
	placeOpen := false
	if ctx.LegalForm {
		legalAt = j
	}
	for ; j < limit; endMode = modeAt(end, j, mode, endMode) {
		t := &d.Toks[j]
		if t.Flags&(LineStart|Claimed|Furniture) != 0 {
			break
		}
		if ctx.Joint && mode == orgPlace && afterPlaceHead && end == j && (t.Kind == Punct && d.Tok(j) == "," || d.Is(j, "và")) {
			if jointNext(v, j+1, limit) {
				j++
				continue
			}
		}
		headJust := afterPlaceHead && end == j
		afterPlaceHead = false
		inPlace := placeOpen && end == j
		placeOpen = false
		if t.Kind == Punct {
			if !orgPunct(v, j, limit, mode) {
				break
			}
			j++
			afterCap = false
			continue
		}
		if t.Kind == Number && unitOpen && mode == orgNamed && end == j && j > from && unitNumberEnd(d, j, limit, armBefore(d, j, from)) {
			// Trung đoàn bộ binh 896, Lữ đoàn công binh 25: the unit's
			// number after the words of its name.
			j++
			end, afterCap, unitOpen = j, false, false
			continue
		}
		if t.Kind != Word {
			break
		}
		if j == companyAt {
			// Công ty TNHH Thiết bị y tế Hoàng Long: the company's lines
			// of business, then its own name.
			if e := companyLines(v, j, limit, legalHead, ctx.Post); e > j {
				j = e
				end, afterCap, legalAt = j, false, j
				continue
			}
		}
		b := v.bitsOf(j)
		if b&bitPlace != 0 && t.Flags&Upper != 0 {
			if p, n, ok := places.Match(d, j); ok && capsOK(d, j, isCapsForm(p)) {
				j += n
				end, mode, afterCap = j, orgPlace, false
				continue
			}
		}
		if b&bitSurname != 0 && startsPerson(v, j, limit) && (mode == orgNamed || likelyPerson(v, j, limit)) {
			if e, ok := placePairAt(v, j, limit); ok {
				// Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn: a place
				// named with its province, not a person.
				j = e
				end, mode, afterCap = j, orgPlace, false
				continue
			}
			if ctx.Post && ctx.Eponym && mode == orgNamed {
				if e, ok := eponymName(v, j, limit); ok {
					j = e
					end, afterCap = j, false
					continue
				}
			}
			if j == legalAt {
				// Công ty TNHH Minh Khang: the company's own name.
				if e, ok := parseNameV(v, j, limit); ok {
					j = e
					end, afterCap = j, false
					continue
				}
			}
			if e := religionEnd(d, j, from); e > j {
				// Hội thánh Tin Lành, Họ đạo Cao Đài: a religion, not a
				// person (Lành, Cao).
				j = e
				end, afterCap = j, false
				continue
			}
			if mode == orgPlace && j > from && placeEndsBefore(v, j, limit) {
				// xã Nậm Vì Lý A Hừ: the place's last word, then the name.
				j++
				end, afterCap = j, false
				continue
			}
			break
		}
		// A role ends the name; an abbreviated one is part of it (Trưởng
		// đoàn ĐBQH tỉnh).
		if b&bitRole != 0 {
			if r, _, ok := matchRole(v, j); ok && !r.Abbr {
				break
			}
		}
		if b&bitHead != 0 {
			if h, n, ok := orgHeadAt(v, j, false); ok {
				// A nested head of one capitalised word is a word of the
				// name: a syllable may follow (Sở Khoa học và Công nghệ).
				single := n == 1 && h.Mode == orgNamed && !h.Caps
				if single && inPlace {
					// Inside a place name it is a word of the place, which
					// no lower-case word goes on (Bí thư Đoàn xã Sơn Hội
					// băn khoăn: the commune is Sơn Hội).
					j++
					end, afterCap, placeOpen = j, false, true
					continue
				}
				j += n
				if h.Purpose {
					purposeAt, purposeBody = j, true
				}
				if h.LegalForm {
					legalAt = j
				}
				if h.Company {
					companyAt, legalHead = j, h.LegalForm
				}
				company = company || h.Company
				if h.Numbered && numberAfter(d, j, limit) > j {
					j, single, unitOpen = j+1, false, false
				} else {
					if h.Team {
						teamAt = j
					}
					// A head of one word inside a name is a word of it
					// (Trung đoàn Bộ binh 896): the unit stays open.
					unitOpen = h.Numbered || single && unitOpen
				}
				end, mode, afterCap = j, h.Mode, single
				afterPlaceHead = h.Mode == orgPlace
				ctx.Eponym = ctx.Eponym || h.Eponym
				continue
			}
		}
		if b&bitOrgWord != 0 && (mode == orgNamed || headJust && t.Flags&Upper != 0) {
			// After a place head, a capitalised word of organization
			// names that is not a named part's only is its branch of the
			// forces: Đảng ủy Quân sự tỉnh.
			if namedOnly, n, ok := orgWords.Match(d, j); ok && n > 1 && (mode == orgNamed || !namedOnly) {
				// Before the qualifiers: Xã hội is not the commune xã.
				if _, _, num := numberedOrgWords.Match(d, j); num {
					j = numberAfter(d, j+n, limit) - n
				}
				j += n
				end, afterCap = j, false
				continue
			}
		}
		if b&bitQualifier != 0 && !notOrgWordAt(d, j) {
			if numbered, n, ok := placeQualifiers.Match(d, j); ok {
				j += n
				if numbered {
					j = placeNumberAfter(d, j, limit)
				}
				end, mode, afterCap = j, orgPlace, false
				placeOpen = !numbered || end == j && d.Toks[j-1].Kind == Word
				continue
			}
		}
		if (d.Is(j, "khóa") || d.Is(j, "khoá")) && j+1 < limit && isRoman(d, j+1) {
			j += 2
			end, afterCap = j, false
			continue
		}
		if mode == orgNamed && j+1 < limit && d.Toks[j+1].Kind == Number && unitNumber(d, j, limit) {
			j += 2 // Đội Cảnh sát giao thông đường bộ số 2
			end, afterCap = j, false
			continue
		}
		if t.Flags&Upper != 0 {
			j++
			end = j
			afterCap = mode == orgNamed && (t.Flags&AllUpper == 0 || t.End-t.Start == 1)
			placeOpen = mode == orgPlace
			continue
		}
		// A lower-case word: a word of organization names (Ngân hàng Nhà
		// nước chi nhánh tỉnh) in any mode; in a named part, "của" before
		// a body (Ủy ban Dân tộc của Quốc hội), "và", or one syllable of
		// the capitalised word before it.
		if b&bitOrgWord != 0 {
			if namedOnly, n, ok := orgWords.Match(d, j); ok && (!namedOnly || mode == orgNamed) {
				if _, _, num := numberedOrgWords.Match(d, j); num {
					j = numberAfter(d, j+n, limit) - n // VKSND khu vực 3
				}
				j += n
				end, mode, afterCap = j, orgNamed, false
				continue
			}
		}
		if n := collectiveAt(d, j, limit); n > 0 {
			j += n
			end, mode, afterCap = j, orgNamed, false
			continue
		}
		if purposeBody && end == j && j != taskEnd {
			// The task of a body set up against something, in a named
			// part or after "về" (Ban Chỉ đạo phòng, chống dịch COVID-19,
			// Ban Chỉ đạo tỉnh về phòng, chống tham nhũng, tiêu cực): its
			// commas and "và" are inside the name.
			k := j
			if d.Is(k, "về") {
				k++
			}
			if k > j || mode == orgNamed {
				if n := taskRun(v, k, limit); n > 0 {
					j = k + n
					end, mode, afterCap, taskEnd = j, orgNamed, false, j
					continue
				}
			}
		}
		if mode != orgNamed {
			break
		}
		if d.Is(j, "vùng") {
			// Viện Kinh tế và Quy hoạch vùng Đông Nam Bộ: the region the
			// body serves ends its name, as a place.
			if e := regionAfter(v, j+1, limit); e > j+1 {
				j = e
				end, mode, afterCap = j, orgPlace, false
				continue
			}
		}
		if d.Is(j, "của") {
			if h, n, ok := orgHeadAt(v, j+1, false); ok && h.Mode == orgPlace && j+1+n <= limit {
				j += 1 + n
				end, mode, afterCap = j, orgPlace, false
				continue
			}
			break
		}
		if d.Is(j, "và") {
			if n := andFieldAt(d, j+1, limit); n > 0 {
				j += 1 + n
				end, afterCap = j, false
				continue
			}
			if !continuesOrg(v, j+1, limit) {
				break
			}
			j++
			afterCap = false
			continue
		}
		if d.Is(j, "ngành") && continuesOrg(v, j+1, limit) {
			// A sector's body, the sector named after "ngành" (Công đoàn
			// ngành Y tế, Công đoàn ngành Giáo dục huyện): the name goes
			// on only with the sector's capitalised name.
			j++
			afterCap = false
			continue
		}
		if afterCap && (!company || lineSyllable(d, j, companyAt)) {
			if _, _, stop := orgStops.Match(d, j); !stop {
				j++
				end, afterCap = j, false
				continue
			}
		}
		if end == j && j != taskEnd {
			if n := lowerRun(v, j, limit, j == purposeAt, j == teamAt, company, unitOpen); n > 0 {
				j += n
				end, afterCap = j, false
				continue
			}
		}
		break
	}
	return end, modeAt(end, j, mode, endMode)
}

// regions are the names of the country's regions written after "vùng"
// in the names of the bodies that serve them (Viện Kinh tế và Quy hoạch
// vùng Đông Nam Bộ, Ban Chỉ đạo vùng Tây Nguyên); lower-case words and a
// head word (Bộ) inside them keep other readers from their end.
var regions = NewSet(
	"Đông Nam Bộ", "Tây Nam Bộ", "Nam Bộ", "Bắc Bộ", "Trung Bộ",
	"Bắc Trung Bộ", "Nam Trung Bộ", "Duyên hải Nam Trung Bộ",
	"Duyên hải miền Trung", "Bắc Trung Bộ và Duyên hải miền Trung",
	"Tây Nguyên", "Tây Bắc", "Đông Bắc", "Đồng bằng sông Cửu Long",
	"Đồng bằng sông Hồng", "Trung du và miền núi phía Bắc",
	"Trung du miền núi phía Bắc", "Thủ đô",
)

// regionAfter returns the end of the region named at token k after
// "vùng", before limit: one of regions, or capitalised words of a name
// no lexicon knows (see properRun); k when there is none.
func regionAfter(v *lexView, k, limit int) int {
	d := v.Doc
	if k >= limit || d.Toks[k].Kind != Word || d.Toks[k].Flags&(Upper|LineStart) != Upper {
		return k
	}
	if e := namedAt(regions, d, k, limit); e > k {
		for m := k + 1; m < e; m++ {
			if d.Toks[m].Flags&LineStart != 0 {
				return k
			}
		}
		return e
	}
	return properRun(v, k, limit)
}

// religions are the names of religions and their schools that start like
// a personal name (Cao, Lành, Lâm are family names) inside the names of
// their organizations (Họ đạo Cao Đài Long Phú, Hội thánh Tin Lành Việt
// Nam, Thiền viện Trúc Lâm Phương Nam).
var religions = NewSet("Cao Đài", "Tin Lành", "Trúc Lâm")

// religionEnd returns the index past the name of one of religions that
// starts at token k, or at token k-1 when that is not before from, or k
// when there is none.
func religionEnd(d *Doc, k, from int) int {
	for s := k; s >= from && s >= k-1 && s >= 0; s-- {
		if _, n, ok := religions.Match(d, s); ok && s+n > k {
			return s + n
		}
	}
	return k
}

// jointNext reports whether a place head (HĐND, UBND, Đoàn ĐBQH) starts
// at token k, followed by a place qualifier or a place: the second organ
// of a joint office (Văn phòng Đoàn ĐBQH và HĐND tỉnh).
func jointNext(v *lexView, k, limit int) bool {
	d := v.Doc
	h, n, ok := orgHeadAt(v, k, false)
	e := k + n
	if !ok || h.Mode != orgPlace || e >= limit || d.Toks[e].Kind != Word || d.Toks[e].Flags&LineStart != 0 {
		return false
	}
	if _, _, q := placeQualifiers.Match(d, e); q && !notOrgWordAt(d, e) {
		return true
	}
	_, _, p := places.Match(d, e)
	return p
}

// eponymName returns the end of the personal name at token k when it can
// name an institution (Trường Chính trị Hoàng Văn Thụ): what follows it
// on the line is punctuation or a lower-case word, not another name.
func eponymName(v *lexView, k, limit int) (int, bool) {
	d := v.Doc
	e, ok := parseNameV(v, k, limit)
	if !ok {
		return k, false
	}
	if e >= limit || d.Toks[e].Flags&LineStart != 0 {
		return e, true
	}
	t := &d.Toks[e]
	return e, t.Kind == Punct || t.Kind == Word && t.Flags&Upper == 0
}

// maxLowerRun bounds the lower-case words of a name's own part, in
// tokens (syllables): Ban Chỉ đạo diễn tập, Khoa Hồi sức tích cực, Vụ Tổ
// chức cán bộ have two.
const maxLowerRun = 4

// maxPurposeRun bounds, in tokens, the lower-case words of a name's own
// part that start with one of orgPurposes: Ban Quản lý dự án đầu tư xây
// dựng công trình (giao thông) has eight.
const maxPurposeRun = 10

// orgPurposes are the nouns of a task a body is named after, in lower
// case after its capitalised words (Ban Quản lý dự án đầu tư xây dựng,
// Ban Chỉ đạo chiến dịch, Ban Chỉ đạo phong trào toàn dân).
var orgPurposes = NewSet(
	"chiến dịch", "phong trào", "chương trình", "cuộc vận động", "đề án",
	"dự án", "diễn tập", "tổng điều tra", "đại hội", "hội thi", "hội diễn",
	"lễ hội", "tháng hành động",
	// Events an organising board (Ban Tổ chức) is named after.
	"liên hoan", "cuộc thi", "ngày hội", "tuần lễ", "hội trại", "hội thao",
	"giải đấu", "hội chợ", "festival",
)

// lowerRun returns the number of lower-case words at token j that go on
// with the own name of an organization (Hội Người cao tuổi, Ban Chỉ đạo
// diễn tập), or 0. The words, at most maxLowerRun (maxPurposeRun when
// they start with one of orgPurposes), must not be orgStops, roles or
// honorifics, and what follows them on the line must close the name:
// punctuation, a place qualifier, a word of orgWords, a place or a
// personal name. Any other word after them means the sentence goes on
// (Sở Y tế mới ban hành quy định): none of them is taken. afterPurpose:
// token j follows a Purpose head; there a word of orgPurposes names the
// body even when a verb of orgStops follows it straight away (Trưởng Ban
// Chỉ đạo chiến dịch đề nghị); words between them could be verbs too
// (chiến dịch tiêm chủng họp với), so then a verb closes nothing.
// afterTeam: token j follows a Team head (Đội); there a phrase of
// teamWorks names the team though its words are verbs (Đội vận động quần
// chúng), and a verb after it closes the name as after a purpose (Đội
// trưởng Đội tuyên truyền lưu động cho biết).
// company: the name is a company's, whose own name may go on after its
// lower-case words with capitalised words (Công ty cổ phần Công nghệ số
// Quy Nhơn, Hợp tác xã dịch vụ nông nghiệp Tân Thành); see companyClose.
// A unit's number (số 3) closes the words too (Đội Quản lý thị trường số
// 3); orgTail reads it. unit: the words follow a Numbered head whose
// number has not been read; its plain number closes them too (Trung đoàn
// bộ binh 896; see unitNumberEnd).
func lowerRun(v *lexView, j, limit int, afterPurpose, afterTeam, company, unit bool) int {
	d := v.Doc
	e := j
	maxRun, purpose := maxLowerRun, false
	joined := false // a "và" joins two fields
	pe := j         // the end of the word of orgPurposes at j: no stop (dự of dự án)
	if _, n, ok := orgPurposes.Match(d, j); ok {
		maxRun, purpose, pe = maxPurposeRun, afterPurpose, j+n
	} else if _, n, ok := teamWorks.Match(d, j); ok && afterTeam {
		maxRun, purpose, pe = max(maxLowerRun, n+2), true, j+n
	}
	for e < limit && (e-j < maxRun || e-j == maxRun && !joined && lowerAnd(d, e, limit)) {
		t := &d.Toks[e]
		if t.Kind != Word || t.Flags&(Upper|LineStart|Claimed|Furniture) != 0 || t.Flags&SpaceBefore == 0 {
			break
		}
		if e < pe {
			e++
			continue
		}
		if unitNumber(d, e, limit) {
			break
		}
		b := v.bitsOf(e)
		if b&(bitQualifier|bitOrgWord) != 0 {
			_, _, q := placeQualifiers.Match(d, e)
			_, _, w := orgWords.Match(d, e)
			if q && !notOrgWordAt(d, e) && !(e > j && qualifierSecondAt(d, e-1)) || w {
				break
			}
		}
		if _, _, task := orgTasks.Match(d, e); task {
			return 0 // a task after a body not set up for one: the sentence's (Sở Y tế phòng, chống dịch)
		}
		if e > pe && !joined && lowerAnd(d, e, limit) {
			// Two fields joined by "và" (Phòng Quản lý nhà và thị trường
			// bất động sản), the first of at most maxRun words: the run
			// may take maxPurposeRun words.
			joined, maxRun = true, max(maxRun, maxPurposeRun)
			e++
			continue
		}
		if _, _, stop := orgStops.Match(d, e); stop {
			if purpose && e == pe {
				return e - j
			}
			// A department named by a word that is also a verb, its
			// ministry after a dash (Cục An toàn thông tin - Bộ Thông tin
			// và Truyền thông): the dash closes the name.
			if k := parentDashAt(v, e, j+maxRun, limit); k > e {
				return k - j
			}
			return 0
		}
		if b&(bitRole|bitHonorific) != 0 {
			if _, _, hon := honorifics.Match(d, e); hon || startsRole(v, e) {
				return 0
			}
		}
		e++
	}
	if e == j {
		return 0
	}
	if e >= limit || d.Toks[e].Flags&LineStart != 0 {
		return 0 // a headline goes on without punctuation (Sở Y tế phối hợp)
	}
	if unitNumber(d, e, limit) || unit && unitNumberEnd(d, e, limit, armBefore(d, e, j)) {
		return e - j
	}
	t := &d.Toks[e]
	switch {
	case t.Kind == Punct:
		switch d.Tok(e) {
		case ",", ";", ":", ".", "-", "(", ")":
			return e - j
		}
		return 0
	case t.Kind != Word:
		return 0
	case t.Flags&Upper != 0:
		b := v.bitsOf(e)
		if b&bitPlace != 0 {
			if _, _, ok := places.Match(d, e); ok {
				return e - j
			}
		}
		if b&bitSurname != 0 && startsPerson(v, e, limit) {
			return e - j
		}
		if company && companyClose(v, e, limit) {
			return e - j
		}
		return 0
	}
	// A lower-case word after them: a qualifier or a word of orgWords
	// goes on with the name.
	if _, _, q := placeQualifiers.Match(d, e); q && !notOrgWordAt(d, e) {
		return e - j
	}
	if _, _, w := orgWords.Match(d, e); w {
		return e - j
	}
	return 0
}

// teamWorks are the works a team (Đội) is named by in lower case right
// after its head, though their words are also verbs of a sentence (Đội
// vận động quần chúng, Đội tuyên truyền lưu động, Đội kiểm tra liên
// ngành); see lowerRun. A verb alone (vận động, tuyên truyền) is not one:
// after Đội it may be the sentence's (Đội 3 vận động bà con).
var teamWorks = NewSet(
	"vận động quần chúng", "công tác", "công tác dân vận", "công tác xã hội",
	"tuyên truyền lưu động", "thông tin lưu động", "văn nghệ", "văn nghệ xung kích",
	"kiểm tra liên ngành", "kiểm tra", "kiểm soát", "kiểm soát liên ngành",
	"tuần tra", "tuần tra kiểm soát", "trinh sát", "xung kích", "phản ứng nhanh",
	"thanh niên tình nguyện", "thanh niên xung kích", "tình nguyện", "dân phòng",
	"quy tắc", "quản lý trật tự đô thị", "trật tự đô thị", "bảo vệ", "vũ trang",
	"cứu hộ", "cứu nạn", "phòng cháy", "chữa cháy",
)

// parentBodies are the ministry-level bodies written after a spaced dash
// to say whose department (Cục, Vụ, Viện, Văn phòng) the name before is:
// Cục An toàn thông tin - Bộ Thông tin và Truyền thông, Vụ Tổ chức cán
// bộ - Thanh tra Chính phủ. "Bộ" counts only before a ministry's own name
// (not Bộ Chính trị, Bộ Tư lệnh: see parentBodyAt).
var parentBodies = NewSet(
	"Bộ", "Thanh tra Chính phủ", "Ngân hàng Nhà nước", "Văn phòng Chính phủ",
	"Văn phòng Quốc hội", "Văn phòng Chủ tịch nước",
	"Văn phòng Trung ương Đảng", "Ủy ban Dân tộc", "Kiểm toán Nhà nước",
	"Bảo hiểm xã hội Việt Nam", "Viện Hàn lâm", "Tổng cục",
	"Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam",
	"Đài Tiếng nói Việt Nam",
)

// parentBodyAt reports whether one of parentBodies starts at token k,
// capitalised; a bare "Bộ" only as a head of one word (Bộ Y tế, not Bộ
// Chính trị) followed by a capitalised word.
func parentBodyAt(v *lexView, k, limit int) bool {
	d := v.Doc
	if k+1 >= limit || d.Toks[k].Kind != Word || d.Toks[k].Flags&Upper == 0 || d.Toks[k+1].Flags&Upper == 0 {
		return false
	}
	_, n, ok := parentBodies.Match(d, k)
	if !ok || !d.Usable(k, k+n) {
		return false
	}
	if n == 1 {
		_, hn, head := orgHeadAt(v, k, false)
		return head && hn == 1
	}
	return true
}

// parentDashAt returns the index of a spaced dash that closes the
// lower-case words of a name from token e on, before maxEnd, when one of
// parentBodies follows it (Cục An toàn thông tin - Bộ ...); e when there
// is none. The words between must be lower-case words of the line.
func parentDashAt(v *lexView, e, maxEnd, limit int) int {
	d := v.Doc
	for k := e; k <= maxEnd && k < limit; k++ {
		t := &d.Toks[k]
		if t.Flags&(LineStart|Claimed|Furniture) != 0 || t.Flags&SpaceBefore == 0 {
			return e
		}
		if t.Kind == Punct {
			if k > e && d.Tok(k) == "-" && !d.Adjacent(k) && parentBodyAt(v, k+1, limit) {
				return k
			}
			return e
		}
		if t.Kind != Word || t.Flags&Upper != 0 {
			return e
		}
	}
	return e
}

// maxCompanyWords bounds the capitalised words that close the lower-case
// words of a company's name (Quy Nhơn, Tây Nguyên: 2).
const maxCompanyWords = 4

// companyClose reports whether the capitalised words at token e close the
// lower-case words of a company's name before them: they continue the
// name (continuesOrg), at most maxCompanyWords of them, and the name ends
// after them: punctuation, the end of the line, a word of orgStops (a verb
// of the sentence: giới thiệu), a place qualifier, a personal name or a
// role. Other lower-case words after them mean the lower-case words were
// the sentence's (Công ty Sông Đà xây dựng Nhà văn hóa: a verb and its
// object).
func companyClose(v *lexView, e, limit int) bool {
	d := v.Doc
	if !continuesOrg(v, e, limit) {
		return false
	}
	k := e + 1
	for k < limit && k-e < maxCompanyWords && d.Toks[k].Kind == Word && d.Toks[k].Flags&(Upper|LineStart) == Upper && d.Usable(k, k+1) {
		if b := v.bitsOf(k); b&bitSurname != 0 && startsPerson(v, k, limit) || b&bitRole != 0 && startsRole(v, k) {
			return true
		}
		k++
	}
	if k >= limit || d.Toks[k].Flags&LineStart != 0 || d.Toks[k].Kind != Word {
		return true
	}
	if d.Toks[k].Flags&Upper != 0 {
		return false // more capitalised words than a company's name holds
	}
	if _, _, stop := orgStops.Match(d, k); stop {
		return true
	}
	_, _, q := placeQualifiers.Match(d, k)
	return q && !notOrgWordAt(d, k)
}

// maxCompanyLines bounds, in tokens, the lines of business a company's
// name holds before its own name (Xây dựng và Thương mại, Thiết bị y tế:
// 3 to 5).
const maxCompanyLines = 12

// businessLines are lines of business in company names whose words are
// also verbs or function words of orgStops (Thiết bị: bị; Công nghệ
// thông tin: thông tin), read as words of the name.
var businessLines = NewSet(
	"thiết bị", "trang thiết bị", "thông tin", "tổ chức sự kiện",
)

// companyLines returns the end of the lines of business written between
// a company's head, just before token j, and its own capitalised name
// (Công ty TNHH Thiết bị y tế Hoàng Long; Công ty CP Xây dựng và Thương
// mại Đại Phát), which is the token returned; j when there are none.
// A line is a capitalised word with lower-case syllables after it (Thiết
// bị, Xây dựng), or lower-case words (y tế; after a legal form only,
// also first: Công ty cổ phần xây dựng Hoàng Long); "và" joins two lines.
// The own name is capitalised words (or a unit's "số" and number) that
// close the name as companyClose says, or a personal name (see
// companyOwnName). A verb or
// function word of orgStops (other than in businessLines), a role, an
// honorific, a place qualifier, punctuation or the end of the line
// before the own name mean the sentence goes on: j (Tập đoàn Viettel hỗ
// trợ Trường ...). A word in capitals (LICOGI) or a capitalised word
// without a lower-case syllable after it is the own name already.
func companyLines(v *lexView, j, limit int, legal, post bool) int {
	d := v.Doc
	lines := false // a line of business has been read
	for k := j; k < limit && k-j < maxCompanyLines; {
		t := &d.Toks[k]
		if t.Kind != Word || k > j && t.Flags&(LineStart|Claimed|Furniture) != 0 {
			return j
		}
		if _, n, ok := businessLines.Match(d, k); ok && k+n <= limit && d.Usable(k, k+n) && lineWords(d, k, k+n) {
			k += n
			lines = true
			continue
		}
		if t.Flags&Upper != 0 {
			if t.Flags&AllUpper == 0 && oneSyllable(d, k) && k+1 < limit && lowerSyllable(d, k+1) {
				if startsRole(v, k) {
					return j
				}
				k++
				lines = true
				continue
			}
			if lines && companyOwnName(v, k, limit, post) {
				return k
			}
			return j
		}
		if !legal && k == j {
			return j // Công ty đầu tư xây dựng ...: the sentence's verb
		}
		if lines && unitNumber(d, k, limit) {
			return k // Công ty Cổ phần Đầu tư xây dựng số 1
		}
		if lines && d.Is(k, "và") && k+1 < limit && lineWords(d, k, k+2) && d.Toks[k+1].Flags&(Upper|AllUpper) == Upper {
			k++
			continue
		}
		if _, _, stop := orgStops.Match(d, k); stop {
			return j
		}
		if b := v.bitsOf(k); b&(bitRole|bitHonorific) != 0 {
			if _, _, hon := honorifics.Match(d, k); hon || startsRole(v, k) {
				return j
			}
		}
		if _, _, q := placeQualifiers.Match(d, k); q && !notOrgWordAt(d, k) {
			return j // left to orgTail: Cấp nước tỉnh
		}
		k++
		lines = true
	}
	return j
}

// lineWords reports whether the tokens [i, e) are words on one line,
// spaced, usable.
func lineWords(d *Doc, i, e int) bool {
	for k := i; k < e; k++ {
		t := &d.Toks[k]
		if t.Kind != Word || t.Flags&(Claimed|Furniture) != 0 || k > i && t.Flags&LineStart != 0 || t.Flags&SpaceBefore == 0 && k > 0 {
			return false
		}
	}
	return true
}

// lineSyllable reports whether the lower-case word at token j, after a
// capitalised word of a company's name, may be that word's syllable: the
// word is one syllable (see oneSyllable) that starts a line of business,
// right after the company's head (companyAt) or after no other
// capitalised word (Công ty Cổ phần Xây dựng, Tổng công ty Lương thực).
// After a brand (Vinacafe) or the last word of an own name (Sông Đà) it
// is the sentence's verb: Công ty Sông Đà xây dựng Nhà văn hóa.
func lineSyllable(d *Doc, j, companyAt int) bool {
	if j < 2 || !oneSyllable(d, j-1) {
		return false
	}
	return j-1 == companyAt || d.Toks[j-2].Kind != Word || d.Toks[j-2].Flags&Upper == 0
}

// oneSyllable reports whether token k is written as one Vietnamese
// syllable: a single group of vowels (Thiết, Quốc, Giang, Y), not a
// brand or foreign word of several (Vinacafe, Viettel), which is a
// company's own name rather than a line of business.
func oneSyllable(d *Doc, k int) bool {
	t := &d.Toks[k]
	groups, inVowel := 0, false
	for _, r := range d.S[t.Start:t.End] {
		v := isVowel(r)
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups == 1
}

// isVowel reports whether r is a vowel letter of Vietnamese, with or
// without its diacritics (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y and their
// tones).
func isVowel(r rune) bool {
	switch {
	case r < 0x80:
		switch r | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
		return false
	case r >= 0xC0 && r <= 0xFF:
		return r != 0xD0 && r != 0xF0 && r != 0xD7 && r != 0xF7 && r != 0xD1 && r != 0xF1 && r != 0xC7 && r != 0xE7 && r != 0xDF && r != 0xDE && r != 0xFE
	case r >= 0x1EA0 && r <= 0x1EF9:
		return true
	}
	switch r {
	case 'ă', 'Ă', 'ĩ', 'Ĩ', 'ũ', 'Ũ', 'ơ', 'Ơ', 'ư', 'Ư':
		return true
	}
	return false
}

// lowerSyllable reports whether token k is a lower-case word that goes on
// the capitalised word before it as one of its syllables (Xây dựng, Thiết
// dựng): spaced, on the line, usable, not a verb or function word of
// orgStops.
func lowerSyllable(d *Doc, k int) bool {
	t := &d.Toks[k]
	if t.Kind != Word || t.Flags&(Upper|LineStart|Claimed|Furniture) != 0 || t.Flags&SpaceBefore == 0 {
		return false
	}
	_, _, stop := orgStops.Match(d, k)
	return !stop
}

// companyOwnName reports whether the capitalised words at token k can be
// a company's own name after its lines of business: they close the name
// (companyClose), or in a post (post) they are a personal name (Hoàng
// Long) followed by punctuation, the end of the line or a verb of
// orgStops.
func companyOwnName(v *lexView, k, limit int, post bool) bool {
	d := v.Doc
	if !startsPerson(v, k, limit) {
		return companyClose(v, k, limit)
	}
	if !post && likelyPerson(v, k, limit) {
		return false // Giám đốc Công ty cổ phần Xây dựng Trần Văn Bình phát biểu
	}
	e, ok := parseNameV(v, k, limit)
	if !ok {
		return false
	}
	if e >= limit || d.Toks[e].Flags&LineStart != 0 || d.Toks[e].Kind == Punct {
		return true
	}
	_, _, stop := orgStops.Match(d, e)
	return d.Toks[e].Kind == Word && d.Toks[e].Flags&Upper == 0 && stop
}

// orgTasks are the phrases of prevention a body set up for a task is
// named by, in lower case after its capitalised words, with or without
// the comma they are written with (Ban Chỉ đạo phòng, chống dịch, Ban
// Chỉ huy phòng, chống thiên tai, Quỹ phòng chống thiên tai); what they
// govern follows them (see taskRun).
var orgTasks = NewSet(
	"phòng, chống", "phòng chống", "phòng và chống", "phòng ngừa, chống",
	"đấu tranh phòng, chống", "đấu tranh phòng chống", "phòng, chống và kiểm soát",
)

// taskObjects are what a task of orgTasks governs: the epidemics, crimes
// and disasters a body is set up against (phòng, chống tham nhũng, tiêu
// cực; phòng, chống thiên tai và tìm kiếm cứu nạn). An epidemic's code
// may follow one (dịch COVID-19; see taskCode).
var taskObjects = NewSet(
	"dịch", "dịch bệnh", "bệnh", "tham nhũng", "tiêu cực", "lãng phí",
	"thiên tai", "tìm kiếm cứu nạn", "tìm kiếm, cứu nạn", "cứu nạn",
	"cứu hộ", "tội phạm", "ma túy", "tệ nạn xã hội", "tệ nạn ma túy",
	"mại dâm", "mua bán người", "buôn lậu", "gian lận thương mại",
	"hàng giả", "hàng kém chất lượng", "cháy nổ", "cháy, nổ", "bão lụt",
	"lụt bão", "bạo lực gia đình", "rửa tiền", "khủng bố", "xâm hại trẻ em",
	"tai nạn thương tích", "đuối nước", "tác hại của thuốc lá",
	"sốt xuất huyết", "sốt rét", "lao", "bệnh dại", "cúm gia cầm",
	"dịch tả lợn châu Phi", "vi phạm pháp luật", "khai thác thủy sản bất hợp pháp",
)

// maxTaskItems bounds the objects of one task (tham nhũng, lãng phí,
// tiêu cực: 3), and maxCodeTokens the tokens of an epidemic's code
// (SARS-CoV-2: 5).
const (
	maxTaskItems  = 6
	maxCodeTokens = 7
)

// taskRun returns the number of tokens at token j that name the task of
// a body in lower case (phòng, chống dịch COVID-19; phòng, chống tham
// nhũng, tiêu cực; phòng chống thiên tai và tìm kiếm cứu nạn), or 0: one
// of orgTasks, then its objects, each one of taskObjects, possibly with
// an epidemic's code, or a code alone (phòng, chống COVID-19), joined by
// "," or "và", which may also bring another task (phòng, chống AIDS và
// phòng, chống ma túy). A comma or "và" belongs to the name only before
// one more object or task: before anything else it ends the name (...,
// Trưởng Ban Chỉ đạo phòng, chống dịch, chủ trì). An object no lexicon
// knows is read as lowerRun reads a name's lower-case words, and ends
// the task. What follows the task (a place qualifier, a place) is left
// to orgTail.
func taskRun(v *lexView, j, limit int) int {
	d := v.Doc
	if j >= limit || d.Toks[j].Kind != Word || d.Toks[j].Flags&Upper != 0 {
		return 0
	}
	_, n, ok := orgTasks.Match(d, j)
	if !ok || j+n >= limit || !d.Usable(j, j+n) {
		return 0
	}
	e := taskItem(v, j+n, limit)
	if e == j+n {
		if m := lowerRun(v, e, limit, false, false, false, false); m > 0 {
			return e + m - j
		}
		return 0
	}
	for items := 1; items < maxTaskItems && e+1 < limit; items++ {
		if !(punctAt(d, e, ',') || d.Is(e, "và")) || d.Toks[e+1].Flags&LineStart != 0 {
			break
		}
		k := e + 1
		if _, tn, ok := orgTasks.Match(d, k); ok && d.Usable(k, k+tn) {
			k += tn
		}
		next := taskItem(v, k, limit)
		if next == k {
			break
		}
		e = next
	}
	return e - j
}

// taskItem returns the end of one object of a task at token k: a word of
// taskObjects in lower case, possibly followed by an epidemic's code, or
// a code alone; k when there is none.
func taskItem(v *lexView, k, limit int) int {
	d := v.Doc
	if k >= limit || d.Toks[k].Flags&(LineStart|Claimed|Furniture) != 0 || d.Toks[k].Kind != Word {
		return k
	}
	if d.Toks[k].Flags&Upper != 0 {
		return taskCode(v, k, limit)
	}
	_, n, ok := taskObjects.Match(d, k)
	if !ok || k+n > limit || !d.Usable(k, k+n) {
		return k
	}
	return taskCode(v, k+n, limit)
}

// taskCode returns the end of the code of an epidemic or a disease at
// token k (COVID-19, Covid-19, SARS-CoV-2, HIV/AIDS, H5N1), k when there is
// none: tokens joined without spaces by "-" or "/", at most
// maxCodeTokens, starting with a capitalised word; a digit among them, or
// a first word of two letters or more in capitals that no lexicon of
// names, heads or places knows (AIDS, not UBND or TP).
func taskCode(v *lexView, k, limit int) int {
	d := v.Doc
	if k >= limit || d.Toks[k].Kind != Word || d.Toks[k].Flags&Upper == 0 || !d.Usable(k, k+1) {
		return k
	}
	last, digit, caps := k, false, true // last: the end of the last word or number
	for e := k; e < limit && e-k < maxCodeTokens && d.Usable(e, e+1); e++ {
		t := &d.Toks[e]
		if e > k && !d.Adjacent(e-1) {
			break
		}
		if t.Kind == Punct {
			if e != last || !punctAt(d, e, '-') && !punctAt(d, e, '/') {
				break // a code holds no other sign, nor two in a row
			}
			continue
		}
		if t.Kind == Number {
			digit = true
		} else {
			caps = caps && t.Flags&AllUpper != 0 && t.End-t.Start >= 2
		}
		last = e + 1
	}
	if digit || caps && v.bitsOf(k)&(bitHead|bitPlace|bitQualifier|bitRole|bitHonorific|bitSurname|bitDegree) == 0 {
		return last
	}
	return k
}

// qualifierSeconds are words whose second syllable is a place qualifier
// (thị trường, văn bản): there it is no place (Phòng Quản lý nhà và thị
// trường bất động sản).
var qualifierSeconds = NewSet(
	"thị trường", "hiện trường", "chiến trường", "quảng trường",
	"công trường", "lập trường", "nông trường", "thương trường",
	"văn bản", "cơ bản", "xuất bản", "phiên bản", "tư bản", "kịch bản",
)

// qualifierSecondAt reports whether tokens k, k+1 are one of
// qualifierSeconds.
func qualifierSecondAt(d *Doc, k int) bool {
	_, n, ok := qualifierSeconds.Match(d, k)
	return ok && n == 2
}

// lowerAnd reports whether token e is "và" between two lower-case words of
// a name's own part, on one line: the word after it is usable and not one
// of orgStops (và các, và đề nghị: the sentence goes on).
func lowerAnd(d *Doc, e, limit int) bool {
	if e+1 >= limit || !d.Is(e, "và") {
		return false
	}
	t := &d.Toks[e+1]
	if t.Kind != Word || t.Flags&(Upper|LineStart|Claimed|Furniture) != 0 {
		return false
	}
	_, _, stop := orgStops.Match(d, e+1)
	return !stop
}

// unitNumber reports whether tokens j, j+1 are "số" and the number of a
// unit (Đội Cảnh sát giao thông số 2, Trường Tiểu học số 1): a number on
// the line, usable, not the start of a document code, a date or a larger
// number (số 12/QĐ, số 5-3, số 2.500).
func unitNumber(d *Doc, j, limit int) bool {
	k := j + 1
	if k >= limit || d.Toks[k].Kind != Number || d.Toks[k].Flags&LineStart != 0 || !d.Usable(k, k+1) || !d.Is(j, "số") {
		return false
	}
	if d.Adjacent(k) {
		switch d.Tok(k + 1) {
		case "/":
			return false
		case "-", ".": // 5-3, 2.500; not the full stop
			return !(d.Adjacent(k+1) && k+2 < len(d.Toks) && d.Toks[k+2].Kind == Number)
		}
	}
	return true
}

// unitArms are the arms and services a numbered unit is named by, in
// lower case between its head and its number (Trung đoàn bộ binh 896,
// Lữ đoàn công binh 25, Tiểu đoàn đặc công 33). Only nouns: a word that
// is also a verb (huấn luyện, vận tải) may be the sentence's, its number
// a count (Lữ đoàn vận tải 300 tấn hàng).
var unitArms = NewSet(
	"bộ binh", "bộ binh cơ giới", "cơ giới", "công binh", "pháo binh", "pháo phòng không",
	"phòng không", "tên lửa", "xe tăng", "thiết giáp", "tăng thiết giáp", "đặc công",
	"hóa học", "phòng hóa", "quân y", "hải quân đánh bộ", "không quân", "ra đa",
	"tác chiến điện tử", "tàu ngầm",
)

// maxArmWords bounds, in tokens, a phrase of unitArms.
const maxArmWords = 4

// armBefore reports whether the tokens just before token e, from token
// from on, are a phrase of unitArms.
func armBefore(d *Doc, e, from int) bool {
	for n := 1; n <= maxArmWords && e-n >= from; n++ {
		if _, m, ok := unitArms.Match(d, e-n); ok && m == n {
			return true
		}
	}
	return false
}

// unitNumberEnd reports whether token k is the plain number of a
// numbered unit that ends its name (Trung đoàn bộ binh 896 cho biết, Lữ
// đoàn công binh 25,): a number on the line, usable, not part of a date,
// a code or a larger number (25/12, 3-2, 2.500). After an arm (arm: see
// unitArms) that is all; else what follows it must close the name: the
// end of the line, punctuation, a capitalised word, or a lower-case word
// of orgStops or a place qualifier. Any other lower-case word makes it a
// count of the sentence (Lữ đoàn huấn luyện 300 chiến sĩ).
func unitNumberEnd(d *Doc, k, limit int, arm bool) bool {
	if k >= limit || d.Toks[k].Kind != Number || d.Toks[k].Flags&LineStart != 0 || !d.Usable(k, k+1) {
		return false
	}
	e := k + 1
	if e >= len(d.Toks) || d.Toks[e].Flags&LineStart != 0 {
		return true
	}
	t := &d.Toks[e]
	if t.Kind == Punct {
		if d.Adjacent(k) {
			switch d.Tok(e) {
			case "/", "%":
				return false
			case "-", ".", ",":
				return !(d.Adjacent(e) && e+1 < len(d.Toks) && d.Toks[e+1].Kind == Number)
			}
		}
		return true
	}
	if t.Kind != Word {
		return false
	}
	if arm || t.Flags&Upper != 0 {
		return true
	}
	if _, _, stop := orgStops.Match(d, e); stop {
		return true
	}
	_, _, q := placeQualifiers.Match(d, e)
	return q && !notOrgWordAt(d, e)
}

// abbrevOrgAt returns the end of an organization written as an
// abbreviation that orgHeads does not know, followed by its level, at
// token k just after a role (Giám đốc CDC tỉnh, Giám đốc KBNN huyện,
// Chủ tịch LHPN xã): a word of two letters or more in capitals, not a
// Roman numeral, a degree or a role, followed on the line by a place
// qualifier in lower case, a level word of orgWords (tối cao) or a place
// name not written in capitals. The rest is read as after a place head.
// In a line in capitals (a headline) nothing qualifies: there every word
// is in capitals.
func abbrevOrgAt(v *lexView, k, limit int, ctx orgCtx) (int, orgMode, bool) {
	d := v.Doc
	if k+1 >= limit || !d.Usable(k, k+2) {
		return k, 0, false
	}
	t, next := &d.Toks[k], &d.Toks[k+1]
	if t.Kind != Word || t.Flags&AllUpper == 0 || t.End-t.Start < 2 || next.Kind != Word || next.Flags&LineStart != 0 || isRoman(d, k) {
		return k, 0, false
	}
	if v.bitsOf(k)&(bitDegree|bitRole) != 0 {
		if _, _, deg := degrees.Match(d, k); deg || startsRole(v, k) {
			return k, 0, false
		}
	}
	level := false
	b := v.bitsOf(k + 1)
	switch {
	case next.Flags&Upper == 0:
		if b&bitQualifier != 0 && !notOrgWordAt(d, k+1) {
			_, _, level = placeQualifiers.Match(d, k+1)
		}
		if !level && b&bitOrgWord != 0 {
			_, _, level = orgLevels.Match(d, k+1)
		}
	case next.Flags&AllUpper == 0 && b&bitPlace != 0:
		_, _, level = places.Match(d, k+1)
	}
	if !level {
		return k, 0, false
	}
	end, mode := orgTail(v, k+1, limit, orgPlace, ctx)
	return end, mode, end > k+1
}

// orgLevels are the words of orgWords that give the level of a body
// (VKSND tối cao, TAND cấp cao).
var orgLevels = NewSet("tối cao", "cấp cao")

// modeAt returns mode when the organization ends at j (end == j), else
// the mode it had when it ended (was).
func modeAt(end, j int, mode, was orgMode) orgMode {
	if end == j {
		return mode
	}
	return was
}

// orgPunct reports whether the punctuation token j is inside the
// organization name: a comma in an enumeration that reaches "và"
// (Khoa học, Xã hội và Nhân văn), a dash before a capitalised word
// (Lao động - Thương binh), the dot of TP., the & of NN&PTNT.
func orgPunct(v *lexView, j, limit int, mode orgMode) bool {
	d := v.Doc
	if j+1 >= limit || d.Toks[j+1].Flags&LineStart != 0 {
		return false
	}
	switch d.Tok(j) {
	case ",":
		if mode != orgNamed || !continuesOrg(v, j+1, limit) {
			return false
		}
		for k := j + 2; k < limit && k < j+10; k++ {
			if d.Toks[k].Kind != Word {
				return false
			}
			if d.Is(k, "và") {
				return continuesOrg(v, k+1, limit)
			}
		}
		return false
	case "-":
		return mode == orgNamed && continuesOrg(v, j+1, limit)
	case ".":
		return j > 0 && (d.Is(j-1, "tp")) && d.Adjacent(j-1) && d.Toks[j+1].Flags&Upper != 0
	case "&":
		return d.Adjacent(j-1) && d.Adjacent(j) && d.Toks[j+1].Kind == Word
	case "'":
		// An apostrophe inside a capitalised word of a minority language
		// (chùa Kh'Leang, huyện Đắk R'Lấp).
		return j > 0 && d.Adjacent(j-1) && d.Adjacent(j) && d.Toks[j-1].Kind == Word &&
			d.Toks[j-1].Flags&Upper != 0 && d.Toks[j+1].Kind == Word && d.Toks[j+1].Flags&Upper != 0
	}
	return false
}

// continuesOrg reports whether token k is a capitalised word that can
// go on with an organization's own name: not a personal name, a role, a
// new organization or an honorific.
func continuesOrg(v *lexView, k, limit int) bool {
	d := v.Doc
	if k >= limit || d.Toks[k].Kind != Word || d.Toks[k].Flags&Upper == 0 || !d.Usable(k, k+1) {
		return false
	}
	if startsPerson(v, k, limit) || startsRole(v, k) {
		return false
	}
	if _, _, ok := orgHeadAt(v, k, false); ok {
		return false
	}
	_, _, hon := honorifics.Match(d, k)
	return !hon
}

// startsPerson reports whether a personal name starts at token k. Two
// syllables whose first is also an organization head (Đoàn Khối) are
// taken for the organization.
func startsPerson(v *lexView, k, limit int) bool {
	d := v.Doc
	end, ok := parseNameV(v, k, limit)
	if !ok {
		return false
	}
	if end-k == 2 {
		if _, _, head := orgHeads.Match(d, k); head {
			return false
		}
	}
	return true
}

// placePairAt reports whether the personal name at token k is rather a
// place written with its province after a spaced dash (Đồng Đăng - Lạng
// Sơn, Mộc Bài - Tây Ninh): the dash and a place of places follow the
// name. It returns the end of the province's name.
func placePairAt(v *lexView, k, limit int) (int, bool) {
	d := v.Doc
	ne, ok := parseNameV(v, k, limit)
	if !ok || ne+1 >= limit || d.Tok(ne) != "-" || d.Adjacent(ne-1) || d.Adjacent(ne) || d.Toks[ne+1].Flags&LineStart != 0 {
		return k, false
	}
	_, n, ok := places.Match(d, ne+1)
	if !ok || ne+1+n > limit {
		return k, false
	}
	return ne + 1 + n, true
}

// likelyPerson reports whether the personal name at token k, after a place
// head or qualifier (UBND tỉnh ...), is more likely a person than the
// place: three syllables or more, the last longer than one letter (not
// Châu Thành A).
func likelyPerson(v *lexView, k, limit int) bool {
	end, ok := parseNameV(v, k, limit)
	if !ok || end-k < 3 {
		return false
	}
	last := &v.Toks[end-1]
	return last.End-last.Start > 1
}

// startsRole reports whether a role starts at token k.
func startsRole(v *lexView, k int) bool {
	_, _, ok := matchRole(v, k)
	return ok
}

// matchRole matches roleLex at token k; a form written in capitals (PBT,
// CT) matches only words written in capitals.
func matchRole(v *lexView, k int) (roleInfo, int, bool) {
	d := v.Doc
	if k < 0 || k >= len(d.Toks) || d.Toks[k].Kind != Word || v.bitsOf(k)&bitRole == 0 {
		return roleInfo{}, 0, false
	}
	r, n, ok := roleLex.Match(d, k)
	if !ok || !capsOK(d, k, r.Caps) || r.Board && !boardAt(v, k+n) {
		return r, 0, false
	}
	// Đại sứ quán, Tổng Lãnh sự quán: the mission, not its head.
	if r.Envoy && k+n < len(d.Toks) && d.Is(k+n, "quán") {
		return r, 0, false
	}
	return r, n, true
}

// countries are the names of states as Vietnamese news write them, in
// full or transliterated, that a diplomat's post names (Đại sứ Nhật Bản,
// Tổng Lãnh sự Hoa Kỳ). A state form before them (Cộng hòa, Vương quốc)
// is read by envoyOrgAt.
var countries = NewSet(
	"Việt Nam", "Lào", "Campuchia", "Cam-pu-chia", "Trung Quốc", "Nhật Bản",
	"Hàn Quốc", "Triều Tiên", "Thái Lan", "Singapore", "Xin-ga-po",
	"Malaysia", "Ma-lai-xi-a", "Indonesia", "In-đô-nê-xi-a", "Philippines",
	"Phi-líp-pin", "Myanmar", "Mi-an-ma", "Brunei", "Bru-nây", "Đông Timor",
	"Ti-mo Lét-xtê", "Ấn Độ", "Mông Cổ", "Hoa Kỳ", "Mỹ", "Canada",
	"Ca-na-đa", "Nga", "Đức", "Pháp", "Anh", "Ý", "Italia", "I-ta-li-a",
	"Tây Ban Nha", "Bồ Đào Nha", "Hà Lan", "Bỉ", "Luxembourg",
	"Lúc-xăm-bua", "Thụy Sĩ", "Thụy Điển", "Na Uy", "Đan Mạch", "Phần Lan",
	"Ai-len", "Ireland", "Áo", "Ba Lan", "Séc", "Slovakia", "Xlô-va-ki-a",
	"Hungary", "Hung-ga-ri", "Bulgaria", "Bun-ga-ri", "Romania", "Ru-ma-ni",
	"Hy Lạp", "Ukraine", "U-crai-na", "Belarus", "Bê-la-rút", "Cuba",
	"Cu-ba", "Australia", "Ô-xtrây-li-a", "New Zealand", "Niu Di-lân",
	"Ai Cập", "Nam Phi", "Thổ Nhĩ Kỳ", "Israel", "I-xra-en", "Iran", "I-ran",
	"Ả Rập Xê-út", "Pakistan", "Pa-ki-xtan", "Bangladesh", "Băng-la-đét",
	"Sri Lanka", "Xri Lan-ca", "Nepal", "Nê-pan", "Kazakhstan",
	"Ca-dắc-xtan", "Brazil", "Bra-xin", "Argentina", "Ác-hen-ti-na",
	"Chile", "Chi-lê", "Mexico", "Mê-hi-cô", "Venezuela", "Vê-nê-xu-ê-la",
	"Liên minh châu Âu", "EU",
	// Formal names written in documents and protocol news: Đại Hàn Dân
	// Quốc (the Republic of Korea), Trung Hoa (of Cộng hòa Nhân dân Trung
	// Hoa); the Gulf states.
	"Đại Hàn Dân Quốc", "Trung Hoa", "Các Tiểu vương quốc Ả Rập Thống nhất",
	"UAE", "Qatar", "Ca-ta", "Kuwait", "Cô-oét",
)

// stateForms are the words of a state's form written before its name
// (Cộng hòa Liên bang Đức, Hợp chủng quốc Hoa Kỳ, Vương quốc Anh).
var stateForms = NewSet(
	"Cộng hòa", "Cộng hòa Liên bang", "Cộng hòa Dân chủ Nhân dân",
	"Cộng hòa Nhân dân", "Cộng hòa Xã hội chủ nghĩa", "Cộng hòa Hồi giáo",
	"Cộng hòa Ả Rập", "Liên bang", "Vương quốc", "Hợp chủng quốc",
	"Đại Công quốc", "Nhà nước",
)

// maxProperWords bounds the capitalised words of a country or city that
// no lexicon knows (Cộng hòa Xlô-ven-ni-a, tại Thượng Hải), in words.
const maxProperWords = 3

// envoyOrgAt reads what a diplomat's post names after the role, from
// token e on before limit: the country, written as one of countries or
// after a state form (Cộng hòa Liên bang Đức), then "tại" and the city or
// country of the post (tại TP Hồ Chí Minh, tại Việt Nam); or the post
// alone (Tổng Lãnh sự tại Đà Nẵng). A country no lexicon knows counts
// only after a state form or before "tại": a capitalised word after the
// role may as well start a name (Đại sứ Peter Lund). It returns the end.
func envoyOrgAt(v *lexView, e, limit int) (int, bool) {
	d := v.Doc
	k := e
	if e >= limit || d.Toks[e].Kind != Word || d.Toks[e].Flags&Upper == 0 {
		return envoyPostAt(v, e, e, limit)
	}
	if _, n, ok := stateForms.Match(d, k); ok && k+n < limit && d.Usable(k, k+n) {
		k += n
		if c := countryAt(d, k, limit); c > k {
			k = c
		} else if c := properRun(v, k, limit); c > k && c-k <= 2 {
			k = c
		} else {
			return e, false
		}
	} else if c := countryAt(d, k, limit); c > k {
		k = c
	} else if c := properRun(v, k, limit); c > k && c < limit && d.Is(c, "tại") {
		k = c
	}
	return envoyPostAt(v, e, k, limit)
}

// envoyPostAt reads "tại" and the place of a diplomat's post at token k
// (tại TP Hồ Chí Minh, tại Việt Nam, tại Thượng Hải) and returns the end
// of the organization started at e: past the place, or k without one.
func envoyPostAt(v *lexView, e, k, limit int) (int, bool) {
	d := v.Doc
	if k+1 < limit && d.Is(k, "tại") && d.Usable(k, k+1) {
		p := k + 1
		if _, n, ok := placeQualifiers.Match(d, p); ok && p+n < limit {
			p += n
			if p+1 < limit && punctAt(d, p, '.') && d.Adjacent(p-1) {
				p++ // the dot of TP. Hồ Chí Minh
			}
		}
		if c := knownPlaceAt(d, p, limit); c > p {
			k = c
		} else if c := countryAt(d, p, limit); c > p {
			k = c
		} else if c := properRun(v, p, limit); c > p {
			k = c
		}
	}
	return k, k > e
}

// knownPlaceAt returns the end of one of places written at token k,
// capitalised, usable and before limit, else k.
func knownPlaceAt(d *Doc, k, limit int) int { return namedAt(places, d, k, limit) }

// countryAt returns the end of one of countries written at token k,
// capitalised, usable and before limit, else k.
func countryAt(d *Doc, k, limit int) int { return namedAt(countries, d, k, limit) }

// namedAt returns the end of a phrase of set (a set of proper names)
// written at token k, capitalised as the set writes it, usable and before
// limit, else k.
func namedAt(set *Lexicon[string], d *Doc, k, limit int) int {
	if k >= limit || d.Toks[k].Kind != Word || d.Toks[k].Flags&Upper == 0 {
		return k
	}
	if p, n, ok := set.Match(d, k); ok && k+n <= limit && d.Usable(k, k+n) && capsOK(d, k, isCapsForm(p)) {
		return k + n
	}
	return k
}

// properRun returns the end of the run of capitalised words at token k,
// at most maxProperWords on one line and before limit (Xlô-ven-ni-a, a
// word with its syllables joined by "-", is one), stopping before a
// personal name, a role or an organization's head; k when none.
func properRun(v *lexView, k, limit int) int {
	d := v.Doc
	e, w := k, 0
	for e < limit && w < maxProperWords {
		t := &d.Toks[e]
		if t.Kind != Word || t.Flags&Upper == 0 || !d.Usable(e, e+1) || e > k && !nameGap(d, e) {
			break
		}
		if b := v.bitsOf(e); b&(bitRole|bitHead) != 0 && (startsRole(v, e) || isOrgHead(v, e)) ||
			b&bitSurname != 0 && startsPerson(v, e, limit) {
			break
		}
		e++
		for e+1 < limit && d.Adjacent(e-1) && punctAt(d, e, '-') && d.Adjacent(e) && d.Toks[e+1].Kind == Word {
			e += 2
		}
		w++
	}
	return e
}

// isOrgHead reports whether an organization's capitalised head starts at
// token k.
func isOrgHead(v *lexView, k int) bool {
	_, _, ok := orgHeadAt(v, k, false)
	return ok
}

// maxDutyWords bounds the lower-case words of a diplomat's duty after
// "phụ trách" (phụ trách hợp tác phát triển: 4).
const maxDutyWords = 4

// envoyDuty reads the duty written after a diplomat's role at token e
// (Tham tán phụ trách kinh tế, Tùy viên quốc phòng): one of envoyFields,
// in lower case or capitalised as part of the post's name (Tham tán
// Thương mại Đại sứ quán ...), or, in lower case, "phụ trách" and 1 to
// maxDutyWords lower-case words that are not orgStops (the sentence going
// on: cho biết, đã). It returns the end and the duty as written, e and ""
// when none.
func envoyDuty(d *Doc, e, limit int) (int, string) {
	if e >= limit || d.Toks[e].Kind != Word {
		return e, ""
	}
	if _, n, ok := envoyFields.Match(d, e); ok && e+n <= limit && d.Usable(e, e+n) {
		return e + n, d.Value(e, e+n)
	}
	if d.Toks[e].Flags&Upper != 0 {
		return e, ""
	}
	_, n, ok := dutyLead.Match(d, e)
	if !ok {
		return e, ""
	}
	k := e + n
	for k < limit && k-(e+n) < maxDutyWords {
		t := &d.Toks[k]
		if t.Kind != Word || t.Flags&Upper != 0 || t.Flags&LineStart != 0 || !d.Usable(k, k+1) {
			break
		}
		if _, _, stop := orgStops.Match(d, k); stop {
			break
		}
		k++
	}
	if k == e+n {
		return e, ""
	}
	return k, d.Value(e, k)
}

// boardAt reports whether the abbreviated name of a board (an orgHead
// with Board set: BTG, BTG&DV) starts at token k.
func boardAt(v *lexView, k int) bool {
	if k >= len(v.Toks) || v.bitsOf(k)&bitHead == 0 {
		return false
	}
	h, _, ok := orgHeadAt(v, k, false)
	return ok && h.Board
}

// numberAfter returns j+1 when token j is a number on the same line,
// before limit and usable (Quân khu 7, ấp 3), else j.
func numberAfter(d *Doc, j, limit int) int {
	if j < limit && d.Toks[j].Kind == Number && d.Toks[j].Flags&LineStart == 0 && d.Usable(j, j+1) {
		return j + 1
	}
	return j
}

// placeNumberAfter returns the index past the number of a numbered
// place unit at token j (ấp 3, khu phố 4), written bare or after "số"
// (khu dân cư số 7, tổ dân phố số 12; see unitNumber), else j.
func placeNumberAfter(d *Doc, j, limit int) int {
	if unitNumber(d, j, limit) {
		return j + 2
	}
	return numberAfter(d, j, limit)
}

// isRoman reports whether token k is a Roman numeral in capitals (XIII).
func isRoman(d *Doc, k int) bool {
	t := &d.Toks[k]
	if t.Kind != Word {
		return false
	}
	for _, c := range d.S[t.Start:t.End] {
		switch c {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

// matchOrg recognises an organization whose capitalised head starts at
// token i (Ban, Bộ Y tế, HĐND thành phố) and returns the index just past
// its name. The name ends before limit, before the end of the line and
// after at most maxOrgTokens tokens. It does not claim tokens.
func matchOrg(d *Doc, i, limit int) (end int, ok bool) {
	return matchOrgV(&lexView{Doc: d}, i, limit)
}
