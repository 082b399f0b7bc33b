package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// dateDoc builds a Doc of text; pub ("" or YYYY-MM-DD[THH:MM]) is the
// publication date given by the caller.
func dateDoc(t testing.TB, text, pub string) *Doc {
	t.Helper()
	nt, err := normalize.Bytes([]byte(text), normalize.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := NewDoc(&nt)
	p, err := ParsePublished(pub)
	if err != nil {
		t.Fatal(err)
	}
	d.Pub, d.PubFromCaller = p, !p.IsZero()
	return d
}

// dt is a Date without its span: text, value, grain, time, part of day,
// year inferred.
type dt struct {
	Text, Value, Grain, Time, Part string
	Inferred                       bool
}

// checkDates runs Dates on d and compares the result with want; every
// span must cut its text out of the original input.
func checkDates(t *testing.T, d *Doc, want []dt) {
	t.Helper()
	got := []dt{}
	for _, x := range Dates(d) {
		if s := string(d.Norm.Orig[x.Span[0]:x.Span[1]]); s != x.Text {
			t.Errorf("span %v cuts %+q, text is %+q", x.Span, s, x.Text)
		}
		got = append(got, dt{x.Text, x.Value, x.Grain, x.Time, x.PartOfDay, x.YearInferred})
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Dates(%+q) (-want +got):\n%s", d.S, diff)
	}
}

const (
	day    = schema.GrainDay
	month  = schema.GrainMonth
	year   = schema.GrainYear
	years  = schema.GrainYears
	morn   = "morning"
	noon   = "noon"
	aftern = "afternoon"
	even   = "evening"
	night  = "night"
)

func TestDates(t *testing.T) {
	cases := []struct {
		name, text, pub string
		want            []dt
	}{
		// Full days: the year is written.
		{"d-m-yyyy", "Nghị quyết số 52-NQ/TW ngày 27-9-2019 của Bộ Chính trị.", "",
			[]dt{{"ngày 27-9-2019", "2019-09-27", day, "", "", false}}},
		{"d/m/yyyy", "Nghị quyết số 21/NQ-CP ngày 26/2/2021 của Chính phủ.", "",
			[]dt{{"ngày 26/2/2021", "2021-02-26", day, "", "", false}}},
		{"d.m.yyyy", "Hội nghị diễn ra ngày 05.03.2024 tại Hà Nội.", "",
			[]dt{{"ngày 05.03.2024", "2024-03-05", day, "", "", false}}},
		{"zero padded", "Ngày 29-03-2021", "",
			[]dt{{"Ngày 29-03-2021", "2021-03-29", day, "", "", false}}},
		{"named day", "Văn bản ký ngày 05 tháng 3 năm 2024 tại Hà Nội.", "",
			[]dt{{"ngày 05 tháng 3 năm 2024", "2024-03-05", day, "", "", false}}},
		{"named day without ngày, with year", "Hà Nội, 3 tháng 2 năm 2020", "",
			[]dt{{"3 tháng 2 năm 2020", "2020-02-03", day, "", "", false}}},
		{"bare full date: the year makes it a date", "Kế hoạch ban hành 30/01/2020 đã được triển khai.", "",
			[]dt{{"30/01/2020", "2020-01-30", day, "", "", false}}},
		{"year first", "Cập nhật 2022-08-05 lúc sáng", "",
			[]dt{{"2022-08-05", "2022-08-05", day, "", "", false}}},
		{"old date with 1800s year", "Bác sinh ngày 19-5-1890 tại Nghệ An.", "",
			[]dt{{"ngày 19-5-1890", "1890-05-19", day, "", "", false}}},
		{"leap day", "Ngày 29/2/2020 là ngày nhuận.", "",
			[]dt{{"Ngày 29/2/2020", "2020-02-29", day, "", "", false}}},

		// Days without year: the year that puts them closest to publication.
		{"part of day, same year", "(CT)- Sáng 3-1, Ban Tuyên giáo Trung ương tổ chức hội nghị.", "2020-01-04",
			[]dt{{"Sáng 3-1", "2020-01-03", day, "", morn, true}}},
		{"next year is closer", "Hội nghị sẽ diễn ra ngày 5-1 tới.", "2020-12-30",
			[]dt{{"ngày 5-1", "2021-01-05", day, "", "", true}}},
		{"previous year is closer", "Đêm 31-12, thành phố bắn pháo hoa.", "2020-01-04",
			[]dt{{"Đêm 31-12", "2019-12-31", day, "", night, true}}},
		{"chiều ngày", "Hội nghị bế mạc vào chiều ngày 28-3.", "2021-03-29",
			[]dt{{"chiều ngày 28-3", "2021-03-28", day, "", aftern, true}}},
		{"trưa", "Trưa 4-1, đoàn công tác đến thăm.", "2020-01-04",
			[]dt{{"Trưa 4-1", "2020-01-04", day, "", noon, true}}},
		{"tối with slash", "Tối 2/1, chương trình nghệ thuật diễn ra.", "2020-01-04",
			[]dt{{"Tối 2/1", "2020-01-02", day, "", even, true}}},
		{"rạng sáng", "Rạng sáng 4-1, lực lượng chức năng xuất quân.", "2020-01-04",
			[]dt{{"Rạng sáng 4-1", "2020-01-04", day, "", morn, true}}},
		{"upper-case part of day", "SÁNG 3-1, HỘI NGHỊ KHAI MẠC.", "2020-01-04",
			[]dt{{"SÁNG 3-1", "2020-01-03", day, "", morn, true}}},
		{"ngày d/m", "(TGCT) Ngày 16/10, Ban Thường vụ tổ chức hội nghị.", "2020-10-22",
			[]dt{{"Ngày 16/10", "2020-10-16", day, "", "", true}}},
		{"ngày d.m", "Ngày 16.10, Ban Thường vụ tổ chức hội nghị.", "2020-10-22",
			[]dt{{"Ngày 16.10", "2020-10-16", day, "", "", true}}},
		{"no publication date: --MM-DD", "Sáng 3-1, Ban Tuyên giáo tổ chức hội nghị.", "",
			[]dt{{"Sáng 3-1", "--01-03", day, "", morn, false}}},
		{"leap day without year, no publication date", "Ngày 29-2 hằng năm", "",
			[]dt{{"Ngày 29-2", "--02-29", day, "", "", false}}},
		{"leap day takes the nearest leap year", "Ngày 29/2 vừa qua, hội nghị diễn ra.", "2021-03-01",
			[]dt{{"Ngày 29/2", "2020-02-29", day, "", "", true}}},
		{"named day without year", "Ngày 5 tháng 3, đoàn khảo sát làm việc.", "2021-03-29",
			[]dt{{"Ngày 5 tháng 3", "2021-03-05", day, "", "", true}}},

		{"sáng nay (d/m)", "Sáng nay (3/1), Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.", "2020-01-03",
			[]dt{{"Sáng nay (3/1)", "2020-01-03", day, "", morn, true}}},
		{"hôm qua (d-m)", "Hôm qua (2-1), đoàn công tác đã làm việc tại huyện.", "2020-01-03",
			[]dt{{"Hôm qua (2-1)", "2020-01-02", day, "", "", true}}},
		{"chiều hôm nay", "Chiều hôm nay (3-1), hội nghị bế mạc.", "2020-01-03",
			[]dt{{"Chiều hôm nay (3-1)", "2020-01-03", day, "", aftern, true}}},
		{"a named day's date in parentheses", "Hội nghị kỷ niệm 95 năm Ngày thành lập Mặt trận Dân tộc thống nhất Việt Nam (18-11) và Ngày Nhà giáo Việt Nam (20/11).", "2025-09-25",
			[]dt{{"18-11", "2025-11-18", day, "", "", true}, {"20/11", "2025-11-20", day, "", "", true}}},
		{"a range of days in parentheses", "Hưởng ứng Tuần lễ Biển và Hải đảo Việt Nam (1 - 8/6), huyện tổ chức nhiều hoạt động.", "2023-06-10",
			[]dt{{"1", "2023-06-01", day, "", "", true}, {"8/6", "2023-06-08", day, "", "", true}}},
		{"numbers in parentheses that are no dates", "Toàn huyện có 12 xã (1 - 2 thôn mỗi xã) tham gia.", "2023-06-10", []dt{}},
		{"a range in parentheses must close there", "Tuần lễ (1 - 8/6 hằng năm) được tổ chức.", "2023-06-10", []dt{}},
		{"a named day in lower case, its name capitalized", "Nhân kỷ niệm ngày Thương binh - Liệt sĩ 27/7 vừa qua, xã đã sửa chữa 5 ngôi nhà.", "2023-01-16",
			[]dt{{"27/7", "2022-07-27", day, "", "", true}}},
		{"the day of an event of a named person, in lower case, its date in parentheses", "Lễ trao giải dự kiến tổ chức vào dịp kỷ niệm ngày sinh của Chủ tịch Hồ Chí Minh (19/5).", "2025-03-10",
			[]dt{{"19/5", "2025-05-19", day, "", "", true}}},
		{"the founding day of a named body, no publication date", "Các cơ sở Đoàn tổ chức nhiều hoạt động chào mừng ngày thành lập Đoàn (26/3).", "",
			[]dt{{"26/3", "--03-26", day, "", "", false}}},
		{"ngày càng is no named day: a score in parentheses", "Đội bóng của huyện ngày càng tiến bộ, thắng đội Bình Định (2-1).", "2023-01-16", []dt{}},
		{"an event's day without a name: no date", "Các em được tặng quà vào ngày sinh nhật của mình (3/4 số em).", "2023-01-16", []dt{}},
		{"a founding day without parentheses: its date ends the clause", "Công đoàn phát động thi đua chào mừng Ngày thành lập Đảng Cộng sản Việt Nam 3/2.", "2023-11-20",
			[]dt{{"3/2", "2024-02-03", day, "", "", true}}},
		{"a liberation day in lower case before a list word", "Nhân dịp kỷ niệm ngày giải phóng miền Nam 30/4 và Quốc tế Lao động, xã tặng quà.", "2024-03-01",
			[]dt{{"30/4", "2024-04-30", day, "", "", true}}},
		{"a founding day's date followed by hằng năm", "Đơn vị tổ chức mít tinh vào ngày thành lập Quân đội nhân dân Việt Nam 22/12 hằng năm.", "2024-10-01",
			[]dt{{"22/12", "2024-12-22", day, "", "", true}}},
		{"a fraction after a founding day's name is no date: a count follows", "Sau ngày thành lập Hội 3/4 hội viên đã đóng hội phí.", "2024-03-01", []dt{}},
		{"a fraction after an event word whose name ends in lower case", "Từ ngày thành lập Công ty được 2/3 cổ đông tán thành.", "2024-03-01", []dt{}},

		// Lunar dates are no Gregorian dates; the solar dates around them stay.
		{"a lunar day in parentheses after the solar one", "Sáng 18/4 (tức ngày 10 tháng 3 âm lịch), xã khai mạc lễ hội đình làng.", "2024-04-18",
			[]dt{{"Sáng 18/4", "2024-04-18", day, "", morn, true}}},
		{"a lunar day and month in digits with ÂL", "Lễ giỗ tổ được tổ chức vào ngày 10/3 ÂL, tức ngày 18/4/2024.", "2024-04-01",
			[]dt{{"ngày 18/4/2024", "2024-04-18", day, "", "", false}}},
		{"a lunar day marked (AL)", "Hội làng mở vào ngày 15/8 (AL) hằng năm.", "2024-04-01", []dt{}},
		{"a lunar month alone", "Phiên chợ họp vào tháng 7 âm lịch hằng năm.", "2024-04-01", []dt{}},
		{"a lunar range with a sexagenary year; the solar range stays", "Lễ hội diễn ra từ ngày 5 đến 7/3, tức từ ngày 25 đến ngày 27 tháng 1 năm Giáp Thìn.", "2024-02-20",
			[]dt{{"ngày 5", "2024-03-05", day, "", "", true}, {"7/3", "2024-03-07", day, "", "", true}}},
		{"a year of the cycle after a year in digits is no lunar mark of a solar date", "Ngày 10/2/2024, tức mùng 1 Tết năm Giáp Thìn, xã tổ chức trồng cây.", "2024-02-12",
			[]dt{{"Ngày 10/2/2024", "2024-02-10", day, "", "", false}}},
		{"a lower-case năm and a common word after a month is no cycle year", "Kế hoạch triển khai trong tháng 3 năm tân học.", "2024-02-12",
			[]dt{{"tháng 3", "2024-03", month, "", "", true}}},
		{"a lower-case ngày before a lower-case word is no named day", "Trong ngày làm việc cuối 5-6 đại biểu đã phát biểu.", "2023-01-16", []dt{}},
		{"a named day's date right after its name", "Các đơn vị hưởng ứng Ngày Chuyển đổi số quốc gia 10-10 và Ngày Pháp luật Việt Nam 9/11.", "2023-10-16",
			[]dt{{"10-10", "2023-10-10", day, "", "", true}, {"9/11", "2023-11-09", day, "", "", true}}},
		{"a capitalized Ngày before a common word names no day", "Ngày hội có 5-6 đội thi của các xã tham gia.", "2023-10-16", []dt{}},

		// Weekdays are part of the text.
		{"weekday and time", "Print Thứ Năm, 11/03/2021 17:15 Gốc", "",
			[]dt{{"Thứ Năm, 11/03/2021 17:15", "2021-03-11", day, "17:15", "", false}}},
		{"dateline then a lead on the next paragraph", "Thứ Sáu, 30/12/2022 16:45\n\nSáng 29-12, hội nghị khai mạc.", "2022-12-30",
			[]dt{{"Thứ Sáu, 30/12/2022 16:45", "2022-12-30", day, "16:45", "", false}, {"Sáng 29-12", "2022-12-29", day, "", morn, true}}},
		{"weekday", "Thứ Hai, 18/2/2019", "",
			[]dt{{"Thứ Hai, 18/2/2019", "2019-02-18", day, "", "", false}}},
		{"Sunday", "Chủ nhật, 5/1/2020, trời nắng.", "",
			[]dt{{"Chủ nhật, 5/1/2020", "2020-01-05", day, "", "", false}}},
		{"weekday in parentheses", "Sáng thứ Bảy (4-1), đoàn xuất phát.", "2020-01-04",
			[]dt{{"Sáng thứ Bảy (4-1)", "2020-01-04", day, "", morn, true}}},
		{"numbered weekday and ngày", "Thứ 6, ngày 3/1/2020, hội nghị khai mạc.", "",
			[]dt{{"Thứ 6, ngày 3/1/2020", "2020-01-03", day, "", "", false}}},
		{"CN", "CN, 5/1/2020", "",
			[]dt{{"CN, 5/1/2020", "2020-01-05", day, "", "", false}}},

		// Clock times attached to a day.
		{"time after", "11/03/2021 17:15", "",
			[]dt{{"11/03/2021 17:15", "2021-03-11", day, "17:15", "", false}}},
		{"time after a dash", "04/01/2020 - 10:04", "",
			[]dt{{"04/01/2020 - 10:04", "2020-01-04", day, "10:04", "", false}}},
		{"time before", "09:11 - 22/10/2020", "",
			[]dt{{"09:11 - 22/10/2020", "2020-10-22", day, "09:11", "", false}}},
		{"time before, no dash", "15:39 05/08/2022 GMT+7", "",
			[]dt{{"15:39 05/08/2022", "2022-08-05", day, "15:39", "", false}}},
		{"seconds after a bar", "03.07.2020 | 14:13:08", "",
			[]dt{{"03.07.2020 | 14:13:08", "2020-07-03", day, "14:13", "", false}}},
		{"PM", "29/03/2021 10:20 PM", "",
			[]dt{{"29/03/2021 10:20 PM", "2021-03-29", day, "22:20", "", false}}},
		{"time then ngày", "Cập nhật: 10:20 ngày 05/08/2022", "",
			[]dt{{"10:20 ngày 05/08/2022", "2022-08-05", day, "10:20", "", false}}},
		{"lúc 8h00 ngày", "Hội nghị khai mạc lúc 8h00 ngày 3-1.", "2020-01-04",
			[]dt{{"lúc 8h00 ngày 3-1", "2020-01-03", day, "08:00", "", true}}},
		{"17h15", "Đoàn đến nơi 17h15 ngày 3/1.", "2020-01-04",
			[]dt{{"17h15 ngày 3/1", "2020-01-03", day, "17:15", "", true}}},
		{"giờ phút", "Vào 17 giờ 15 phút ngày 3-1, hội nghị bế mạc.", "2020-01-04",
			[]dt{{"17 giờ 15 phút ngày 3-1", "2020-01-03", day, "17:15", "", true}}},
		{"lúc after the day", "Hội nghị bắt đầu ngày 3-1 lúc 8 giờ 30.", "2020-01-04",
			[]dt{{"ngày 3-1 lúc 8 giờ 30", "2020-01-03", day, "08:30", "", true}}},
		{"2 giờ chiều is 14:00", "Đúng 2 giờ chiều ngày 3-1, lễ khai mạc bắt đầu.", "2020-01-04",
			[]dt{{"2 giờ chiều ngày 3-1", "2020-01-03", day, "14:00", aftern, true}}},
		{"part of day and lúc", "Sáng 3-1, lúc 8h, đoàn xuất phát.", "2020-01-04",
			[]dt{{"Sáng 3-1, lúc 8h", "2020-01-03", day, "08:00", morn, true}}},
		{"8 giờ tối", "Lúc 8 giờ tối 3-1, buổi diễn bắt đầu.", "2020-01-04",
			[]dt{{"Lúc 8 giờ tối 3-1", "2020-01-03", day, "20:00", even, true}}},

		// A post's timestamp on a social page: the time after a middle
		// dot, the year after a comma, no year at all.
		{"time after a middle dot", "CN, 21/4/2024 · 07:55", "",
			[]dt{{"CN, 21/4/2024 · 07:55", "2024-04-21", day, "07:55", "", false}}},
		{"year after a comma, lúc and time", "9 tháng 1, 2024 lúc 19:30 · 🌏", "",
			[]dt{{"9 tháng 1, 2024 lúc 19:30", "2024-01-09", day, "19:30", "", false}}},
		{"year after a comma, line end", "Đảng ủy xã Tân Phú\n6 tháng 5, 2023\nSáng nay, chi bộ họp.", "",
			[]dt{{"6 tháng 5, 2023", "2023-05-06", day, "", "", false}}},
		{"year after a comma, then a comma", "Ngày 19 tháng 8, 1945, nhân dân Hà Nội giành chính quyền.", "",
			[]dt{{"Ngày 19 tháng 8, 1945", "1945-08-19", day, "", "", false}}},
		// Counter-example: a number of people after the comma is no year.
		{"a count after a comma is no year", "Ngày 15 tháng 3, 2000 đoàn viên ra quân làm sạch đường làng.", "2021-03-29",
			[]dt{{"Ngày 15 tháng 3", "2021-03-15", day, "", "", true}}},
		// D tháng M with a clock time needs no word before it: the
		// current year's timestamp (unknown year without a publication
		// date, SPEC: --MM-DD).
		{"D tháng M lúc time, no publication date", "22 tháng 10 lúc 06:40", "",
			[]dt{{"22 tháng 10 lúc 06:40", "--10-22", day, "06:40", "", false}}},
		{"D tháng M lúc time, year from publication", "Hội nghị khai mạc 5 tháng 3 lúc 8h00 tại hội trường.", "2024-03-01",
			[]dt{{"5 tháng 3 lúc 8h00", "2024-03-05", day, "08:00", "", true}}},

		// Months.
		{"tháng m-yyyy", "Hội nghị Báo cáo viên Trung ương tháng 1-2020.", "",
			[]dt{{"tháng 1-2020", "2020-01", month, "", "", false}}},
		{"tháng m/yyyy", "Hội nghị Báo cáo viên tháng 3/2021 diễn ra trực tuyến.", "",
			[]dt{{"tháng 3/2021", "2021-03", month, "", "", false}}},
		{"tháng m năm yyyy", "Đến tháng 12 năm 2019, toàn tỉnh hoàn thành.", "",
			[]dt{{"tháng 12 năm 2019", "2019-12", month, "", "", false}}},
		{"tháng mm.yyyy", "Số liệu tháng 03.2021 cho thấy", "",
			[]dt{{"tháng 03.2021", "2021-03", month, "", "", false}}},
		{"month, year inferred", "Kế hoạch sẽ hoàn thành trong tháng 3.", "2021-03-29",
			[]dt{{"tháng 3", "2021-03", month, "", "", true}}},
		{"month of the previous year", "Từ tháng 12, tỉnh đã triển khai.", "2021-01-05",
			[]dt{{"tháng 12", "2020-12", month, "", "", true}}},
		{"month, no publication date", "Dự kiến tháng 7 sẽ khởi công.", "",
			[]dt{{"tháng 7", "--07", month, "", "", false}}},
		{"month range takes the later year", "từ tháng 3 đến tháng 5/2021", "",
			[]dt{{"tháng 3", "2021-03", month, "", "", false}, {"tháng 5/2021", "2021-05", month, "", "", false}}},
		{"month list with a bare month", "trong tháng 3 và 4/2021", "",
			[]dt{{"tháng 3", "2021-03", month, "", "", false}, {"4/2021", "2021-04", month, "", "", false}}},
		{"month range with a dash", "đợt cao điểm tháng 11-12/2020", "",
			[]dt{{"tháng 11", "2020-11", month, "", "", false}, {"12/2020", "2020-12", month, "", "", false}}},
		{"month range over a new year", "từ tháng 12 đến tháng 2/2021", "",
			[]dt{{"tháng 12", "2020-12", month, "", "", false}, {"tháng 2/2021", "2021-02", month, "", "", false}}},

		// Years.
		{"năm yyyy", "triển khai nhiệm vụ công tác tuyên truyền năm 2020.", "",
			[]dt{{"năm 2020", "2020", year, "", "", false}}},
		{"đến năm", "phát triển thành phố đến năm 2030, tầm nhìn đến năm 2045.", "",
			[]dt{{"năm 2030", "2030", year, "", "", false}, {"năm 2045", "2045", year, "", "", false}}},
		{"year in the 1800s", "Người sinh năm 1890 tại Nam Đàn.", "",
			[]dt{{"năm 1890", "1890", year, "", "", false}}},
		{"list of years", "trong năm 2019 và 2020, tỉnh đã hoàn thành.", "",
			[]dt{{"năm 2019", "2019", year, "", "", false}, {"2020", "2020", year, "", "", false}}},
		{"a count after a year is no year", "Năm 2020, 2000 người tham gia.", "",
			[]dt{{"Năm 2020", "2020", year, "", "", false}}},
		{"từ năm đến năm", "từ năm 2015 đến năm 2020", "",
			[]dt{{"năm 2015", "2015", year, "", "", false}, {"năm 2020", "2020", year, "", "", false}}},

		// Spans of years.
		{"nhiệm kỳ", "đại hội đảng bộ các cấp nhiệm kỳ 2020-2025 tiến tới Đại hội XIII", "",
			[]dt{{"2020-2025", "2020/2025", years, "", "", false}}},
		{"spaced dash", "giai đoạn 2021 - 2030", "",
			[]dt{{"2021 - 2030", "2021/2030", years, "", "", false}}},
		{"dash touching the second year", "(nhiệm kỳ 2020 -2025)", "",
			[]dt{{"2020 -2025", "2020/2025", years, "", "", false}}},
		{"en dash in parentheses", "kết quả thực hiện nghị quyết (2015–2020)", "",
			[]dt{{"2015–2020", "2015/2020", years, "", "", false}}},
		{"duration before the span", "Chiến lược phát triển kinh tế - xã hội 10 năm 2021-2030", "",
			[]dt{{"2021-2030", "2021/2030", years, "", "", false}}},
		{"giai đoạn đến", "trong giai đoạn 2021 đến 2025", "",
			[]dt{{"2021 đến 2025", "2021/2025", years, "", "", false}}},
		{"năm with a span", "kế hoạch năm 2020-2025 của tỉnh", "",
			[]dt{{"năm 2020-2025", "2020/2025", years, "", "", false}}},
		{"school year", "khai giảng năm học 2020-2021", "",
			[]dt{{"2020-2021", "2020/2021", years, "", "", false}}},
		{"a century", "kỷ niệm 130 năm ngày sinh (1890-2020)", "",
			[]dt{{"1890-2020", "1890/2020", years, "", "", false}}},

		// Lists and ranges of days.
		{"2 ngày 27 và 28-3", "Trong thời gian 2 ngày 27 và 28-3, gần 1 triệu đảng viên học tập.", "2021-03-29",
			[]dt{{"27", "2021-03-27", day, "", "", true}, {"28-3", "2021-03-28", day, "", "", true}}},
		{"từ ngày đến", "từ ngày 11-5 đến 14-5", "2021-05-20",
			[]dt{{"ngày 11-5", "2021-05-11", day, "", "", true}, {"14-5", "2021-05-14", day, "", "", true}}},
		{"bare day to a full date", "từ ngày 6 đến 11-11-2017", "",
			[]dt{{"ngày 6", "2017-11-06", day, "", "", false}, {"11-11-2017", "2017-11-11", day, "", "", false}}},
		{"two full dates in parentheses", "kỷ niệm 90 năm ngày thành lập Đoàn (26/3/1931-26/3/2021)…", "",
			[]dt{{"26/3/1931", "1931-03-26", day, "", "", false}, {"26/3/2021", "2021-03-26", day, "", "", false}}},
		{"three days", "Lễ hội diễn ra ngày 10, 11 và 12-2.", "2021-02-20",
			[]dt{{"ngày 10", "2021-02-10", day, "", "", true}, {"11", "2021-02-11", day, "", "", true}, {"12-2", "2021-02-12", day, "", "", true}}},
		{"range over a new year", "từ ngày 28-12 đến 3-1-2021", "",
			[]dt{{"ngày 28-12", "2020-12-28", day, "", "", false}, {"3-1-2021", "2021-01-03", day, "", "", false}}},
		{"dash between a bare day and a day", "Hội chợ diễn ra ngày 11-14/5.", "2021-05-20",
			[]dt{{"ngày 11", "2021-05-11", day, "", "", true}, {"14/5", "2021-05-14", day, "", "", true}}},
		{"two days joined by và", "vào các ngày 3-1 và 5-1", "2020-01-04",
			[]dt{{"ngày 3-1", "2020-01-03", day, "", "", true}, {"5-1", "2020-01-05", day, "", "", true}}},
		{"two ngày", "từ ngày 3/1/2020 đến ngày 5/1/2020", "",
			[]dt{{"ngày 3/1/2020", "2020-01-03", day, "", "", false}, {"ngày 5/1/2020", "2020-01-05", day, "", "", false}}},
		{"parts of day in a range", "từ sáng 3-1 đến chiều 5-1", "2020-01-04",
			[]dt{{"sáng 3-1", "2020-01-03", day, "", morn, true}, {"chiều 5-1", "2020-01-05", day, "", aftern, true}}},
		{"từ without ngày", "Lễ hội diễn ra từ 28/4 đến 1/5 hằng năm.", "2021-04-20",
			[]dt{{"28/4", "2021-04-28", day, "", "", true}, {"1/5", "2021-05-01", day, "", "", true}}},
		{"từ with a bare day", "Hội chợ mở cửa từ 20-30/4.", "2021-04-20",
			[]dt{{"20", "2021-04-20", day, "", "", true}, {"30/4", "2021-04-30", day, "", "", true}}},
		{"cho đến hết ngày", "áp dụng từ ngày 1-7 cho đến hết ngày 31-12-2021", "",
			[]dt{{"ngày 1-7", "2021-07-01", day, "", "", false}, {"ngày 31-12-2021", "2021-12-31", day, "", "", false}}},

		// Several dates of one article, in text order.
		{"article order", "Sáng 11/3, Ban Tuyên giáo tổ chức Hội nghị Báo cáo viên tháng 3/2021. Nghị quyết số 21/NQ-CP ngày 26/2/2021 của Chính phủ; nhiệm kỳ 2021-2026; từ nay đến tháng 4/2021.", "2021-03-11T17:15",
			[]dt{
				{"Sáng 11/3", "2021-03-11", day, "", morn, true},
				{"tháng 3/2021", "2021-03", month, "", "", false},
				{"ngày 26/2/2021", "2021-02-26", day, "", "", false},
				{"2021-2026", "2021/2026", years, "", "", false},
				{"tháng 4/2021", "2021-04", month, "", "", false},
			}},
		{"dates beside a document code", "Kế hoạch số 14-KH/BTGThU ngày 30/01/2020 về công tác Tuyên giáo năm 2020", "",
			[]dt{{"ngày 30/01/2020", "2020-01-30", day, "", "", false}, {"năm 2020", "2020", year, "", "", false}}},
		{"date after a colon", "Thời gian:20/02/2020", "",
			[]dt{{"20/02/2020", "2020-02-20", day, "", "", false}}},
		{"time across a line break is not attached", "Ngày 3/1/2020\n10:04 cập nhật", "",
			[]dt{{"Ngày 3/1/2020", "2020-01-03", day, "", "", false}}},

		// Unaccented text.
		{"unaccented", "Sang 3-1, Ban Tuyen giao Trung uong to chuc hoi nghi bao cao vien Trung uong thang 1-2020 bang hinh thuc truc tuyen, quan triet Nghi quyet so 52-NQ/TW ngay 27-9-2019 cua Bo Chinh tri, nhiem ky 2020-2025, den nam 2030.", "2020-01-04",
			[]dt{
				{"Sang 3-1", "2020-01-03", day, "", morn, true},
				{"thang 1-2020", "2020-01", month, "", "", false},
				{"ngay 27-9-2019", "2019-09-27", day, "", "", false},
				{"2020-2025", "2020/2025", years, "", "", false},
				{"nam 2030", "2030", year, "", "", false},
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkDates(t, dateDoc(t, c.text, c.pub), c.want)
		})
	}
}

// TestDatesNot lists what is never a date.
func TestDatesNot(t *testing.T) {
	cases := []struct{ name, text string }{
		{"thousands with points", "Hơn 7.600 đảng viên dự hội nghị."},
		{"millions with points", "Dân số toàn tỉnh là 1.280.404 người."},
		{"a count like a day.month", "có 4.119 cán bộ, đảng viên dự học."},
		{"duration in years", "những thành tựu sau 35 năm đổi mới"},
		{"duration in days", "Sau 2 ngày diễn ra nghiêm túc, hội nghị bế mạc."},
		{"duration in months", "định kỳ 6 tháng 1 lần"},
		{"bare duration before năm", "trong 10 năm qua"},
		{"ordinal", "Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"},
		{"term", "Ban Chấp hành Trung ương khóa XII"},
		{"ordinal in digits, not a weekday", "Hội nghị lần thứ 2 Ban Chấp hành Trung ương Đảng khóa XIII"},
		{"ordinal word, not a weekday", "Thứ hai, cần tăng cường công tác tuyên truyền."},
		{"clock time alone", "Hội nghị khai mạc lúc 8h00."},
		{"clock time alone, colon", "Cập nhật 10:04"},
		{"visit counter", "Đã truy cập: 135877"},
		{"statistics counter", "Thống kê: 791.935"},
		{"bare year of an event", "Festival Huế 2016 thu hút hàng nghìn du khách."},
		{"score", "Đội tuyển thắng 2-1 trong trận chung kết."},
		{"disease name", "phòng, chống dịch COVID-19 hiệu quả"},
		{"phone with points", "Điện thoại: 0292.3826.123"},
		{"phone with dashes", "Đường dây nóng 0913-456-789"},
		{"decimal range", "tăng trưởng tín dụng 0,2-0,3% mỗi tháng"},
		{"quarter", "phải hoàn thành trong quý II"},
		{"quarter with a year", "trong quý 1/2021"},
		{"state code year", "Nghị định 15/2020/NĐ-CP của Chính phủ"},
		{"circular code year", "Thông tư 01/2011/TT-BNV của Bộ Nội vụ"},
		{"party code", "Chỉ thị số 05-CT/TW của Bộ Chính trị"},
		{"plenum number", "Nghị quyết TW4 (khóa XII)"},
		{"standard", "hệ thống quản lý chất lượng ISO 9001-2015"},
		{"bare day without month", "ngày 15 hằng tháng"},
		{"bare day in a list without month", "vào ngày 10, 11 đại biểu vắng mặt"},
		{"31 February", "ngày 31-2"},
		{"30 February", "ngày 30/2/2021"},
		{"month 13", "ngày 12-13-2020"},
		{"month 13 alone", "tháng 13"},
		{"day 32", "ngày 32-1"},
		{"year out of range", "năm 3000 và năm 1500"},
		{"years reversed", "giai đoạn 2025-2020"},
		{"two-digit year", "ngày 27/9/19"},
		{"creative, not morning", "sáng tạo 2020 và sáng kiến 3-1"},
		{"one tỷ lệ", "tỷ lệ 5K"},
		{"bare day-month without a trigger", "tỷ số 3-1"},
		{"a frequency after ngày", "uống thuốc ngày 1-2 lần"},
		{"a percentage", "Sáng 2-3% hộ dân chưa có điện"},
		{"hôm without a day", "hôm nay 3-1 đội thắng"},
		{"a score in parentheses", "Đội bóng xã thắng (3-1) trong trận chung kết."},
		{"a named day too far back, in another clause", "Ngày hội văn hóa diễn ra sôi nổi. Tỷ số chung cuộc (2-1)."},
		{"từ with a quantity", "mỗi xã cử từ 2-3 người, từ 1-2 năm"},
		{"từ with one day-month only", "tăng từ 3-5 lên 7"},
		{"month without tháng", "số 12/2020"},
		{"D tháng M without a word before or a time after", "công trình thi công trong 22 tháng 11 ngày"},
		{"a relative timestamp", "3 ngày trước · 🌏"},
		{"a relative timestamp in hours", "Đoàn phường Tân Phú\n2 giờ trước"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkDates(t, dateDoc(t, c.text, "2021-03-29"), []dt{})
		})
	}
}

// TestDatesClaims checks that Dates skips claimed tokens and claims the
// tokens of what it finds.
func TestDatesClaims(t *testing.T) {
	d := dateDoc(t, "Nghị định 15/2020/NĐ-CP ngày 5-3-2020 có hiệu lực.", "")
	// The documents extractor has claimed 15/2020/NĐ-CP (tokens 2..8).
	if d.Tok(2) != "15" || d.Tok(8) != "CP" {
		t.Fatalf("tokens 2 and 8 are %+q and %+q", d.Tok(2), d.Tok(8))
	}
	d.Claim(2, 9)
	checkDates(t, d, []dt{{"ngày 5-3-2020", "2020-03-05", day, "", "", false}})
	for k := 9; k < 15; k++ {
		if d.Usable(k, k+1) {
			t.Errorf("token %d %+q of the date is not claimed", k, d.Tok(k))
		}
	}
	if !d.Usable(15, 16) {
		t.Errorf("token 15 %+q after the date is claimed", d.Tok(15))
	}
	// Furniture is skipped too.
	d = dateDoc(t, "QR CODE: Hội nghị tháng 3/2021", "")
	d.MarkFurniture(0, len(d.Toks))
	checkDates(t, d, []dt{})
}

// TestDatesSpans checks spans when normalization changed the text before
// the date (NBSP, a decomposed letter).
func TestDatesSpans(t *testing.T) {
	text := "(TGCT)\u00a0Nga\u0300y 16/10, Ban Thu\u031bo\u031b\u0300ng vu\u0323 họp."
	d := dateDoc(t, text, "2020-10-22")
	got := Dates(d)
	if len(got) != 1 {
		t.Fatalf("Dates(%+q) = %+v, want one date", text, got)
	}
	if start := len("(TGCT)\u00a0"); got[0].Span != [2]int{start, start + len("Nga\u0300y 16/10")} {
		t.Errorf("span %v, want it to start at %d and cover the decomposed Ngày 16/10", got[0].Span, start)
	}
	if got[0].Text != "Ngày 16/10" || got[0].Value != "2020-10-16" {
		t.Errorf("got %+q %s, want %+q 2020-10-16 (NFC text)", got[0].Text, got[0].Value, "Ngày 16/10")
	}
}

func TestParseDateAt(t *testing.T) {
	cases := []struct {
		text, pub string
		ok        bool   // a day starts at token 0
		want      string // its day() value, "" when the year is unknown
		end       int    // tokens read
	}{
		{"ngày 27-9-2019 của Bộ Chính trị", "", true, "2019-09-27", 6},
		{"ngày 26/2/2021", "", true, "2021-02-26", 6},
		{"ngày 05 tháng 3 năm 2024", "", true, "2024-03-05", 6},
		{"27-9-2019", "", true, "2019-09-27", 5},
		{"ngày 28-3", "2021-03-29", true, "2021-03-28", 4},    // year from the publication date
		{"ngày 28-3", "", true, "", 4},                        // day known, year not: day() has none
		{"ngày 27 và 28-3", "2021-03-29", false, "", 0},       // a bare day
		{"27-9 của Bộ Chính trị", "2021-03-29", false, "", 0}, // no trigger word
		{"năm 2020", "", false, "", 0},                        // a year is no day
		{"của Bộ Chính trị", "", false, "", 0},
	}
	for _, c := range cases {
		d := dateDoc(t, c.text, c.pub)
		v, end, ok := parseDateAt(d, 0)
		got, _ := v.day(d)
		if !ok {
			end = 0
		}
		if ok != c.ok || got != c.want || end != c.end {
			t.Errorf("parseDateAt(%+q) = %q, end %d, %v; want %q, end %d, %v", c.text, got, end, ok, c.want, c.end, c.ok)
		}
	}
}

func TestDateValue(t *testing.T) {
	cases := []struct {
		v            dateValue
		value, grain string
	}{
		{dateValue{Year: 2020, Month: 1, Day: 3}, "2020-01-03", day},
		{dateValue{Month: 1, Day: 3}, "--01-03", day},
		{dateValue{Year: 2020, Month: 12}, "2020-12", month},
		{dateValue{Month: 7}, "--07", month},
		{dateValue{Year: 2045}, "2045", year},
		{dateValue{Year: 2020, Year2: 2025}, "2020/2025", years},
		{dateValue{Year: 1890, Month: 5, Day: 19}, "1890-05-19", day},
	}
	d := &Doc{} // one arena for all: each value must stay as made
	var got []string
	for _, c := range cases {
		got = append(got, c.v.value(d))
	}
	for i, c := range cases {
		if got := got[i]; got != c.value {
			t.Errorf("%+v.value() = %q, want %q", c.v, got, c.value)
		}
		if got := c.v.grain(); got != c.grain {
			t.Errorf("%+v.grain() = %q, want %q", c.v, got, c.grain)
		}
	}
	if got := (dateValue{Hour: 9, Minute: 5, HasTime: true}).clock(d); got != "09:05" {
		t.Errorf("clock() = %q, want 09:05", got)
	}
}

func TestDaysFromCivil(t *testing.T) {
	for _, c := range []struct{ y, m, d, want int }{
		{1970, 1, 1, 0}, {2000, 3, 1, 11017}, {2020, 1, 4, 18265}, {1969, 12, 31, -1},
	} {
		if got := daysFromCivil(c.y, c.m, c.d); got != c.want {
			t.Errorf("daysFromCivil(%d, %d, %d) = %d, want %d", c.y, c.m, c.d, got, c.want)
		}
	}
}

// FuzzDates checks that ArticleMeta and Dates never panic, that date
// spans cut their text out of the input in order, and that a
// publication date is a real day.
func FuzzDates(f *testing.F) {
	for _, s := range []string{"Sáng 3-1", "ngày 10, 11 và 12-2", "(26/3/1931-26/3/2021)", "09:11 - 22/10/2020",
		"tháng 3 và 4/2021", "2 ngày 27 và 28-3", "ngày 1/2/", "Print Thứ Năm, 11/03/2021 17:15 Gốc\n\nSáng nay (",
		"Tiêu đề bài\n\nNgày 29-03-2021\n\nNội dung.\n\nTin, ảnh: A\n\n145", "Ảnh:", "sáng thứ Hai ("} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		nt, err := normalize.Bytes([]byte(s), normalize.Options{ReplaceInvalid: true})
		if err != nil {
			return
		}
		d := NewDoc(&nt)
		m := ArticleMeta(d)
		if p := m.Published; !p.IsZero() && !ValidDate(p.Year, p.Month, p.Day) {
			t.Fatalf("published %+v is no day", p)
		}
		if d.Pub.IsZero() {
			d.Pub = Published{Year: 2021, Month: 3, Day: 29}
		}
		last := 0
		for _, x := range Dates(d) {
			if x.Span[0] < last || x.Span[1] > len(s) || x.Span[0] > x.Span[1] {
				t.Fatalf("span %v out of order or bounds (len %d)", x.Span, len(s))
			}
			last = x.Span[0]
		}
	})
}
