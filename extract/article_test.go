package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Pieces of small articles, written for these tests in the genre's style.
const (
	tHeadline = "Hậu Giang: Sơ kết công tác tuyên truyền 6 tháng đầu năm"
	tLead     = "(TGCT)- Sáng 12-5, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết công tác tuyên truyền 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2022. Đồng chí Trần Văn Minh, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị."
	tBody     = "Hội nghị đã đánh giá những kết quả nổi bật trong công tác tuyên truyền, đồng thời chỉ ra những hạn chế cần khắc phục trong thời gian tới, nhất là việc đổi mới nội dung, phương thức tuyên truyền trên không gian mạng."
	tLeadDate = "Sáng ngày 20/02/2020, Ban Tuyên giáo Thị ủy tổ chức Hội nghị triển khai nhiệm vụ công tác tuyên truyền, khoa giáo năm 2020."
)

// Pieces of a commune's post on a social page, written for these tests.
const (
	tPage     = "Đảng ủy xã Tân Phú"
	tPostHead = "RA QUÂN CHIẾN DỊCH GIAO THÔNG NÔNG THÔN NĂM 2024"
	tPostLead = "Sáng nay 8/6, Đoàn Thanh niên xã Tân Phú phối hợp với các ấp ra quân làm sạch tuyến đường liên ấp. Tham gia có khoảng 80 đoàn viên, thanh niên và người dân."
	tPostBar  = "👍❤️ 1,2K · 45 bình luận · 12 lượt chia sẻ"
)

// art joins the lines of an article with blank lines.
// tRecipients and tSignature end the full text of a document.
const (
	tRecipients = "Nơi nhận:\n- Ban Thường vụ Huyện ủy (b/c),\n- Các chi bộ trực thuộc,\n- Lưu VP."
	tSignature  = "T/M ĐẢNG ỦY\nBÍ THƯ\n(đã ký)\nLê Văn Thành"
)

func art(lines ...string) string { return strings.Join(lines, "\n\n") }

func TestArticleMetaDateline(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"date - time above the headline", art("04/01/2020 - 10:04", tHeadline, tLead, tBody), "2020-01-04T10:04:00+07:00"},
		{"time - date under the headline", art(tHeadline, "09:11 - 22/10/2020", tLead, tBody), "2020-10-22T09:11:00+07:00"},
		{"Print weekday date time Gốc", art("Print Thứ Năm, 11/03/2021 17:15 Gốc", tLead, tBody), "2021-03-11T17:15:00+07:00"},
		{"Ngày on its own line", art("Xem chi tiet tin - Sở Công Thương", "\u00a0", tHeadline, "Ngày 29-03-2021", tLead), "2021-03-29"},
		{"time date GMT+7", art(tHeadline, "15:39 05/08/2022 GMT+7", tLead), "2022-08-05T15:39:00+07:00"},
		{"date | time with seconds", art(tHeadline, "03.07.2020 | 14:13:08", tLead), "2020-07-03T14:13:00+07:00"},
		{"weekday and date", art(tHeadline, "Thứ Hai, 18/2/2019", tLead), "2019-02-18"},
		{"Cập nhật", art(tHeadline, "Cập nhật: 10:20 ngày 05/08/2022", tLead), "2022-08-05T10:20:00+07:00"},
		{"Ngày đăng", art(tHeadline, "Ngày đăng: 05/08/2022", tLead), "2022-08-05"},
		{"zone with minutes", art(tHeadline, "Chủ Nhật, 28/3/2021 | 08:00 GMT+07:00", tLead), "2021-03-28T08:00:00+07:00"},
		{"AM", art(tHeadline, "Thứ hai, 29/03/2021 - 10:20 AM", tLead), "2021-03-29T10:20:00+07:00"},
		{"year first with seconds", art(tHeadline, "2021-03-29 10:20:35", tLead), "2021-03-29T10:20:00+07:00"},
		{"a line with a single newline", tHeadline + "\n04/01/2020 - 10:04\n" + tLead, "2020-01-04T10:04:00+07:00"},
		{"lead with a date is no dateline", art(tLeadDate, tBody), ""},
		{"date in the first body sentence", art(tHeadline, "Ngày 5/8/2020, Bộ Chính trị ban hành Nghị quyết số 59-NQ/TW về xây dựng và phát triển thành phố.", tBody), ""},
		{"a date after the body is no dateline", art(tHeadline, tLead, tBody, "Ngày 29-03-2021"), ""},
		{"a day without year is no dateline", art(tHeadline, "Ngày 29-03", tLead), ""},
		{"other words beside the date", art(tHeadline, "Hội nghị 29-03-2021 thành công", tLead), ""},
		{"the portal's date of today is no dateline", art("Hôm nay: Thứ Hai, 29/03/2021", tHeadline, tLead), ""},
		{"weekday, dashed date, comma, time", art(tHeadline, "Thứ Tư, 05-03-2025, 08:45", tLead), "2025-03-05T08:45:00+07:00"},
		// A view counter after "|" is furniture beside the dateline.
		{"date | view counter", art(tHeadline, "Ngày 14/08/2025 | Lượt xem: 1.203", tLead), "2025-08-14"},
		{"date time | counter | print button", art(tHeadline, "14/08/2025 16:05 | Lượt xem: 87 | In bài", tLead), "2025-08-14T16:05:00+07:00"},
		{"banner, menu, headline, date | counter", art("ĐẢNG BỘ PHƯỜNG AN BÌNH", "Trang chủ > Tin tức", tHeadline, "Ngày 14/08/2025 | Lượt xem: 1.203", tLead), "2025-08-14"},
		// The same laid apart by runs of spaces, as text copied out of a
		// page gives it.
		{"date - time, spaces, view counter", art(tHeadline, "04/01/2021 - 08:30   Lượt xem: 684", tLead), "2021-01-04T08:30:00+07:00"},
		{"date, tab, counter and buttons", art(tHeadline, "04/01/2021\tLượt xem: 684  In  Chia sẻ", tLead), "2021-01-04"},
		{"date, spaces, words of the article", art(tHeadline, "Ngày 14/08/2025   Hội nghị thành công tốt đẹp", tLead), ""},
		{"date, spaces, a button alone", art(tHeadline, "Ngày 14/08/2025   Khai mạc", tLead), ""},
		// Words after "|" that are not furniture: no dateline.
		{"date | words of the article", art(tHeadline, "Ngày 14/08/2025 | Hội nghị thành công tốt đẹp", tLead), ""},
		{"date | date", art(tHeadline, "Ngày 14/08/2025 | Ngày 15/08/2025", tLead), ""},
		// The byline between the headline and the dateline does not hide it.
		{"caps byline above the dateline", art(tHeadline, "MINH TÂM", "Thứ Tư, 05-03-2025, 08:45", tLead), "2025-03-05T08:45:00+07:00"},
		// A post's timestamp under the page's name.
		{"post: weekday, date, middle dot, globe", art(tPage, "Thứ Bảy, 8/6/2024 · 🌏", tPostHead, tPostLead), "2024-06-08"},
		{"post: CN, date · time", art(tPage, "CN, 9/6/2024 · 07:55", tPostHead, tPostLead), "2024-06-09T07:55:00+07:00"},
		{"post: D tháng M, YYYY lúc time", art(tPage, "8 tháng 6, 2024 lúc 19:30 · 🌏", tPostHead, tPostLead), "2024-06-08T19:30:00+07:00"},
		{"post: Zalo OA label · date time", art(tPage, "Zalo Official Account · 08/06/2024 14:20", tPostHead, tPostLead), "2024-06-08T14:20:00+07:00"},
		// No year or a relative time: no publication date (SPEC needs
		// the year; a relative time names no day).
		{"post: the current year's timestamp has no year", art(tPage, "8 tháng 6 lúc 19:30 · Zalo Official Account", tPostHead, tPostLead), ""},
		{"post: relative timestamp", art(tPage, "3 ngày trước · 🌏", tPostHead, tPostLead), ""},
		{"post: relative timestamp, then a dated line", art(tPage, "2 giờ trước", "Ngày 14/08/2025", tPostLead), ""},
		{"post: weekday lúc time names no day", art(tPage, "Thứ Hai lúc 08:00 · 🌏", tPostHead, tPostLead), ""},
		{"post: shortened relative timestamp", art(tPage, "5 giờ · 🌏", tPostHead, tPostLead), ""},
		// Counter-example: an event's time in a schedule is no timestamp.
		{"a line with a part of day and a time is no timestamp", art(tPostHead, "Sáng 8/6 lúc 7h30", tPostLead), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := dateDoc(t, c.text, "")
			m := ArticleMeta(d)
			if got := m.Published.String(); got != c.want {
				t.Errorf("Published = %q, want %q", got, c.want)
			}
			if d.Pub != m.Published {
				t.Errorf("d.Pub = %+v, want the dateline's %+v", d.Pub, m.Published)
			}
			if c.want == "" {
				return
			}
			// The dateline is content: Dates reports it, first.
			ds := Dates(d)
			if len(ds) == 0 || !strings.HasPrefix(c.want, ds[0].Value) {
				t.Errorf("Dates()[0] = %+v, want the dateline's day %s", ds, c.want)
			}
		})
	}
}

func TestArticleMetaDatelineFurniture(t *testing.T) {
	d := dateDoc(t, art("Print Thứ Năm, 11/03/2021 17:15 Gốc", tLead), "")
	ArticleMeta(d)
	for k := 0; k < d.LineEnd(0); k++ {
		furniture := d.Toks[k].Has(Furniture)
		want := d.Tok(k) == "Print" || d.Tok(k) == "Gốc"
		if furniture != want {
			t.Errorf("token %+q: furniture %v, want %v", d.Tok(k), furniture, want)
		}
	}
}

// TestArticleMetaTailDateline checks that the dateline under the final
// byline dates the article and is one of its dates, while the related
// news under it stay the portal's.
func TestArticleMetaTailDateline(t *testing.T) {
	for _, by := range []string{"Minh Tâm", "Văn phòng UBND huyện"} {
		d := dateDoc(t, art(tHeadline, tLead, tBody, by, "Đăng ngày: 12/03/2025 - 09:10",
			"Tin khác", "- Huyện họp phiên thường kỳ tháng 3 (10/03/2025)", "Lượt xem: 316"), "")
		m := ArticleMeta(d)
		if got := m.Published.String(); got != "2025-03-12T09:10:00+07:00" {
			t.Errorf("%+q: Published = %q, want the tail dateline's 2025-03-12T09:10:00+07:00", by, got)
		}
		if !slices.Equal(m.Authors, []string{by}) {
			t.Errorf("%+q: Authors = %+q, want the byline", by, m.Authors)
		}
		var got []string
		for _, x := range Dates(d) {
			got = append(got, x.Value)
		}
		if !slices.Contains(got, "2025-03-12") || slices.Contains(got, "2025-03-10") {
			t.Errorf("%+q: Dates = %+q, want the dateline's 2025-03-12 and not the related news' 2025-03-10", by, got)
		}
	}
}

func TestArticleMetaCallerDate(t *testing.T) {
	d := dateDoc(t, art(tHeadline, "09:11 - 22/10/2020", tLead), "2021-01-02")
	m := ArticleMeta(d)
	if got := m.Published.String(); got != "2020-10-22T09:11:00+07:00" {
		t.Errorf("Meta.Published = %q, want the dateline's 2020-10-22T09:11:00+07:00", got)
	}
	if got := d.Pub.String(); got != "2021-01-02" {
		t.Errorf("d.Pub = %q, want the caller's 2021-01-02", got)
	}
}

func TestArticleMetaTitle(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"headline above the dateline", art(tHeadline, "09:11 - 22/10/2020", tLead, tBody), tHeadline},
		{"headline under the dateline", art("04/01/2020 - 10:04", tHeadline, tLead, tBody), tHeadline},
		{"headline after a banner and a blank line", art("Xem chi tiet tin - Sở Công Thương", "\u00a0", tHeadline, "Ngày 29-03-2021", tLead), tHeadline},
		{"headline after a breadcrumb", art("Trang chủ > Tin tức > Chính trị", tHeadline, "Ngày 29-03-2021", tLead), tHeadline},
		{"caps banner of bodies above a Print dateline, headline under it", art("HUYỆN ỦY TÂN PHÚ - BAN TUYÊN GIÁO", "Print Thứ Ba, 02/02/2021 09:30 Gốc", tHeadline, tLead, tBody), tHeadline},
		{"a headline in capitals above the dateline stays the headline", art("HẬU GIANG SƠ KẾT CÔNG TÁC TUYÊN TRUYỀN", "09:11 - 22/10/2020", tLead, tBody), "HẬU GIANG SƠ KẾT CÔNG TÁC TUYÊN TRUYỀN"},
		{"breadcrumb of slashes above the dateline, headline under it", art("Tin tức - Sự kiện / Chính trị", "17:30 | 10/06/2022", tHeadline, tLead, tBody), tHeadline},
		{"headline then lead, no dateline", art(tHeadline, tLead, tBody), tHeadline},
		{"headline under the portal's date of today", art("Hôm nay: Thứ Hai, 29/03/2021", tHeadline, tLead), tHeadline},
		{"headline after a site banner", art("Cổng thông tin điện tử tỉnh Hậu Giang", tHeadline, tLead, tBody), tHeadline},
		{"headline in capitals", art("HẬU GIANG SƠ KẾT CÔNG TÁC TUYÊN TRUYỀN", tLead), "HẬU GIANG SƠ KẾT CÔNG TÁC TUYÊN TRUYỀN"},
		{"headline with a question", art("Làm gì để nâng cao chất lượng học tập nghị quyết?", tLead), "Làm gì để nâng cao chất lượng học tập nghị quyết?"},
		{"spaces of the headline collapse", art("Hậu Giang:\u00a0 sơ kết  công tác tuyên truyền", tLead), "Hậu Giang: sơ kết công tác tuyên truyền"},
		{"dateline then lead: no headline", art("Print Thứ Năm, 11/03/2021 17:15 Gốc", "Sáng 11/3, Ban Tuyên giáo Trung ương tổ chức Hội nghị Báo cáo viên Trung ương tháng 3/2021 bằng hình thức trực tuyến.", tBody), ""},
		{"lead first: no headline", art(tLeadDate, tBody), ""},
		{"outlet tag lead first: no headline", art(tLead, tBody), ""},
		{"one line only", tHeadline, ""},
		{"a sentence is no headline", art("Hội nghị đã thành công tốt đẹp.", tBody), ""},
		// A paragraph wrapped by hard line breaks: none of its lines is a
		// headline (and so nothing above one becomes furniture).
		{"wrapped paragraph: a line holding a sentence end", "Sáng 12-12, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số\n57-NQ/TW của Bộ Chính trị. Đồng chí Lê Văn Hải, Phó Bí thư\nThường trực Huyện ủy chủ trì hội nghị. Tham dự có hơn 200 cán bộ, đảng\nviên tại 12 điểm cầu trong toàn huyện.", ""},
		{"wrapped paragraph: a line starting in lower case", "Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Chính trị huyện tổ chức\nlớp bồi dưỡng nghiệp vụ công tác tuyên giáo cho cán bộ cơ sở\ntrong hai ngày với nhiều chuyên đề.", ""},
		{"an abbreviation's stop is no sentence end", art("TP. Hồ Chí Minh: sơ kết công tác dân vận quý I", tLead, tBody), "TP. Hồ Chí Minh: sơ kết công tác dân vận quý I"},
		{"empty", "", ""},
		// A unit's banner in capitals above the headline is the portal's.
		{"caps banner, menu, headline, lead", art("ĐẢNG BỘ XÃ TÂN PHÚ", "Trang chủ | Giới thiệu | Tin tức", tHeadline, tLead, tBody), tHeadline},
		{"caps banner, slogan, section label, headline", art("TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN", "Tận tâm - Trách nhiệm - Chuyên nghiệp", "Hoạt động đoàn thể", tHeadline, tLead, tBody), tHeadline},
		{"caps banner, search box, headline, CRLF line ends", strings.Join([]string{"HỘI NÔNG DÂN TỈNH HẬU GIANG", "Trang chủ  >  Hoạt động cơ sở", "Tìm kiếm", "", tHeadline, "", tLead, "", tBody}, "\r\n"), tHeadline},
		{"caps banner above a dated headline", art("ĐẢNG BỘ XÃ TÂN PHÚ", tHeadline, "Ngày 14/08/2025 | Lượt xem: 1.203", tLead), tHeadline},
		// The headline may come after the dateline, with the banner
		// parted from the dateline by menus.
		{"banner, breadcrumb, dateline, headline", art("Cơ quan của Đảng bộ tỉnh Hậu Giang", "Trang chủ > Xây dựng Đảng > Tuyên giáo", "Thứ Tư, 12/03/2025 - 09:10", tHeadline, tLead), tHeadline},
		{"banner, two-part breadcrumb, dateline, headline", art("Cơ quan của Đảng bộ tỉnh Hậu Giang", "Chính trị > Tin tức", "Thứ Tư, 12/03/2025 - 09:10", tHeadline, tLead), tHeadline},
		// Furniture between the headline and the dateline, nothing under.
		{"headline, share button, dateline, lead", art(tHeadline, "Chia sẻ bài viết", "09:11 - 22/10/2020", tLead), tHeadline},
		// Bylines between the headline and the dateline or the lead.
		{"caps byline between headline and dateline", art(tHeadline, "MINH TÂM", "Thứ Tư, 05-03-2025, 08:45", tLead), tHeadline},
		{"caps byline between headline and lead", art("ĐẢNG BỘ XÃ TÂN PHÚ", tHeadline, "MINH TÂM", tLead), tHeadline},
		// Short lines without a lead under them: the first line, as before.
		{"no paragraph near the top", art(tHeadline, "Hội nghị sơ kết công tác tuyên truyền", "Ban Tuyên giáo Tỉnh ủy"), tHeadline},
		// A photo between the headline and the lead: its caption is no headline.
		{"photo caption between headline and lead", art(tHeadline, "Quang cảnh hội nghị sơ kết (Ảnh: Hoài Nam)", tLead, tBody), tHeadline},
		{"illustration between headline and lead", art("ĐẢNG BỘ XÃ TÂN PHÚ", tHeadline, "Ảnh minh họa", tLead, tBody), tHeadline},
		// A counter with buttons under the headline is the portal's
		// (Lượt xem: 87 | In | Gửi), with or without a dateline.
		{"counter and buttons between headline and lead", art("ĐẢNG BỘ XÃ TÂN PHÚ", "Tin hoạt động", tHeadline, "Lượt xem: 87 | In | Gửi", tLead, tBody), tHeadline},
		{"counter and buttons between headline and dateline", art(tHeadline, "Lượt xem: 87 | In | Chia sẻ", "Thứ Tư, 05-03-2025, 08:45", tLead), tHeadline},
		// A bar in a headline does not make it furniture.
		{"headline parted by a bar", art("Hậu Giang | Sơ kết công tác tuyên truyền 6 tháng", tLead, tBody), "Hậu Giang | Sơ kết công tác tuyên truyền 6 tháng"},
		// A section's name (parts of a few words parted by dashes) next
		// to the dateline is the portal's when a headline stands under
		// the dateline.
		{"breadcrumb, section name, dateline, headline", art("ĐẢNG BỘ TỈNH HẬU GIANG", "Trang chủ | Tin tức | Xây dựng Đảng", "Kiểm tra - Giám sát", "Thứ Hai, 10/11/2025, 08:30", tHeadline, tLead, tBody), tHeadline},
		{"dateline, section name, headline", art("Thứ Hai, 10/11/2025, 08:30", "Chính trị - Xã hội", tHeadline, tLead, tBody), tHeadline},
		{"section name of three parts", art("Văn hóa - Thể thao - Du lịch", "Thứ Hai, 10/11/2025", tHeadline, tLead), tHeadline},
		// Counter-examples: a headline shaped as a section's name with the
		// lead under the dateline is the headline; a part of four words
		// names no section.
		{"short dashed headline, dateline, lead", art("Chuyển đổi số - Động lực mới", "Thứ Hai, 10/11/2025", tLead, tBody), "Chuyển đổi số - Động lực mới"},
		{"dashed headline with a long part, dateline, short line", art("Chuyển đổi số - Động lực tăng trưởng mới", "Thứ Hai, 10/11/2025", "Sở Văn hóa giới thiệu tour du lịch mới", tLead), "Chuyển đổi số - Động lực tăng trưởng mới"},
		{"a dash with a number is no section name", art("Chuyển đổi số - 5 năm nhìn lại", "Thứ Hai, 10/11/2025", "Sở Văn hóa giới thiệu tour du lịch mới", tLead), "Chuyển đổi số - 5 năm nhìn lại"},
		// The page header of a portal (a bracketed button and the day's
		// date, maybe with its weekday) above the dateline is no headline:
		// the headline stands under the dateline.
		{"search button and today's date, dateline, headline", art("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG", "Trang chủ / Tin tức - Sự kiện", "[Tìm kiếm]   Thứ Ba, 11/03/2025", "08:15 - 11/03/2025", tHeadline, tLead, tBody), tHeadline},
		{"two buttons and a written-out date, dateline, headline", art("[Đăng nhập] | [Tìm kiếm] Thứ Ba, ngày 11 tháng 3 năm 2025", "08:15 - 11/03/2025", tHeadline, tLead, tBody), tHeadline},
		{"today's date then a button, dateline, headline", art("Thứ Ba, ngày 11 tháng 3 năm 2025 [Tìm kiếm]", "08:15 - 11/03/2025", tHeadline, tLead, tBody), tHeadline},
		// Counter-examples: a headline holding a date or a bracketed tag
		// says more than the date.
		{"headline opening with a date, dateline", art("Ngày 11/3/2025: Khai mạc Kỳ họp thứ 9 HĐND tỉnh", "08:15 - 11/03/2025", tLead, tBody), "Ngày 11/3/2025: Khai mạc Kỳ họp thứ 9 HĐND tỉnh"},
		{"bracketed tag before a dated headline, dateline", art("[Video] Khai mạc Kỳ họp thứ 9 HĐND tỉnh ngày 11/3/2025", "08:15 - 11/03/2025", tLead, tBody), "[Video] Khai mạc Kỳ họp thứ 9 HĐND tỉnh ngày 11/3/2025"},
		{"bracketed tag, weekday and words, dateline", art("[Ảnh] Thứ Ba, 11/3 - ngày hội của đoàn viên thanh niên", "08:15 - 11/03/2025", tLead, tBody), "[Ảnh] Thứ Ba, 11/3 - ngày hội của đoàn viên thanh niên"},
		// A two-word label above the lead is no headline.
		{"section label above the lead", art("ĐẢNG BỘ XÃ TÂN PHÚ", "Tin tức", tLead, tBody), ""},
		// A post's headline: the emojis at its ends and the spaces next
		// to them are decorations, not the headline (SPEC: the headline).
		{"post: emoji before the headline", art(tPage, "Thứ Bảy, 8/6/2024 · 🌏", "📢 "+tPostHead, tPostLead), tPostHead},
		{"post: flags at both ends", art(tPage, "Thứ Bảy, 8/6/2024", "🇻🇳 "+tPostHead+" 🇻🇳", tPostLead), tPostHead},
		{"post: emoji with a variation selector, then a check mark", art(tPage, "Thứ Bảy, 8/6/2024", "▪️▪️ "+tPostHead+" ✅", tPostLead), tPostHead},
		{"post: decorated headline, no timestamp", art(tPage, "🌿 "+tPostHead+" 🌿", tPostLead), tPostHead},
		{"post: emoji inside the headline stays", art(tPage, "Thứ Bảy, 8/6/2024", "✅ GIẢI BÓNG ĐÁ ⚽ THANH NIÊN XÃ TÂN PHÚ", tPostLead), "GIẢI BÓNG ĐÁ ⚽ THANH NIÊN XÃ TÂN PHÚ"},
		{"a degree sign is no decoration", art("Nắng nóng gay gắt, nhiệt độ ngoài trời lên tới 40°", tLead, tBody), "Nắng nóng gay gắt, nhiệt độ ngoài trời lên tới 40°"},
		// A decorated heading of a name-like part, a dash and capitals is
		// no byline.
		{"post: decorated heading with a dash", art(tPage, "CN, 9/6/2024 · 07:55", "🌿 TUẦN LỄ XANH - TUỔI TRẺ TÂN PHÚ CHUNG TAY VÌ MÔI TRƯỜNG 🌿", tPostLead), "TUẦN LỄ XANH - TUỔI TRẺ TÂN PHÚ CHUNG TAY VÌ MÔI TRƯỜNG"},
		// The page's name above the timestamp is no headline, whatever
		// stands under the timestamp.
		{"post: page name, timestamp, headline", art("UBND phường Tân Hòa", "Chủ nhật, 9/6/2024 21:05", tPostHead, tPostLead), tPostHead},
		{"post: page name, year-less timestamp, lead", art(tPage, "8 tháng 6 lúc 19:30 · Zalo Official Account", tPostLead), ""},
		{"post: page name, relative timestamp, lead with an emoji", art("Đoàn Thanh niên phường Tân Hòa", "3 ngày trước · 🌏", "📸 "+tPostLead), ""},
		{"post: page name, Hôm qua lúc time, headline", art(tPage, "Hôm qua lúc 20:15 · 🌏", tPostHead, tPostLead), tPostHead},
		{"post: page name, weekday lúc time, headline", art(tPage, "Thứ Hai lúc 08:00", tPostHead, tPostLead), tPostHead},
		{"post: page name with a ward's number, timestamp, lead", art("Đoàn Thanh niên Phường 3", "Chủ nhật, 9/6/2024 21:05", tPostLead), ""},
		// Counter-examples: a body's name with an event is a headline,
		// and Hội nghị is no page.
		{"a body's name and what it does is a headline", art("Đảng ủy xã Tân Phú tổng kết công tác năm 2024", "Thứ Bảy, 8/6/2024", tPostLead), "Đảng ủy xã Tân Phú tổng kết công tác năm 2024"},
		{"Hội nghị and a body's name is a headline", art("Hội nghị Ban Chấp hành Đảng bộ huyện", "Thứ Bảy, 8/6/2024", tLead), "Hội nghị Ban Chấp hành Đảng bộ huyện"},
		// A sentence that opens a list (ending with ":") is no headline:
		// the heading in capitals above it is.
		{"post: sentence ending with a colon under the heading", art(tPage, "📢 THÔNG BÁO LỊCH HỌP THÁNG 7/2025",
			"Thực hiện Kế hoạch số 12-KH/ĐU ngày 20/6/2025 của Ban Thường vụ Đảng ủy xã, Văn phòng Đảng ủy xã thông báo lịch như sau:",
			"👉 Sáng 5/7: Ban Thường vụ Đảng ủy xã họp giao ban, cho ý kiến các nội dung trình Hội nghị Ban Chấp hành."), "THÔNG BÁO LỊCH HỌP THÁNG 7/2025"},
		{"a sentence ending with a colon alone is no headline", art("Văn phòng Đảng ủy xã thông báo lịch làm việc như sau:", tLead, tBody), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ArticleMeta(dateDoc(t, c.text, ""))
			if m.Title != c.want {
				t.Errorf("Title = %+q, want %+q", m.Title, c.want)
			}
		})
	}
}

func TestArticleMetaAuthors(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"capitals", art(tHeadline, tLead, tBody, "ANH DŨNG", "Chia sẻ bài viết"), []string{"ANH DŨNG"}},
		// Army and police papers sign with the writer's rank, which is
		// not part of the name.
		{"an affiliation whose name holds a comma and và", art(tHeadline, tLead, tBody, "Hoàng Hiếu - Trung tâm Văn hóa, Thông tin và Thể thao huyện"), []string{"Hoàng Hiếu"}},
		{"an affiliation that reads as a sentence is no byline", art(tHeadline, tLead, tBody, "Hoàng Hiếu - Ban Tuyên giáo tổ chức hội nghị sơ kết công tác năm"), []string{}},
		{"a rank before the name", art(tHeadline, tLead, tBody, "Thiếu tá ĐOÀN VĂN PHÚC"), []string{"ĐOÀN VĂN PHÚC"}},
		// A post's byline may carry an emoji; hashtags and the counters
		// under it, and the commenters under those, are no bylines.
		{"post: labelled byline after an emoji", art(tPage, "Thứ Bảy, 8/6/2024", tPostHead, tPostLead, "✍️ Tin, ảnh: Hoàng Mai", "#TuoiTreTanPhu #GiaoThongNongThon", tPostBar, "Trần Thị Bích Ngọc", "Trả lời"), []string{"Hoàng Mai"}},
		{"post: capitals byline with a trailing emoji", art(tPage, "Thứ Bảy, 8/6/2024", tPostHead, tPostLead, "MINH KHÔI 📝"), []string{"MINH KHÔI"}},
		{"post: a commenter under the counters is no author", art(tPage, "Thứ Bảy, 8/6/2024", tPostHead, tPostLead, tPostBar, "Trần Thị Bích Ngọc"), []string{}},
		{"a label and a rank", art(tHeadline, tLead, tBody, "Tin, ảnh: Trung úy LA VĂN TÀI"), []string{"LA VĂN TÀI"}},
		{"two ranked writers", art(tHeadline, tLead, tBody, "Đại úy QUANG HUY - Thượng úy NGỌC LAN"), []string{"QUANG HUY", "NGỌC LAN"}},
		{"a rank alone is no byline", art(tHeadline, tLead, tBody, "Thiếu tá"), []string{}},
		// A byline glued to the last sentence, as text copied out of a
		// page gives it; the lines after it are the portal's.
		{"glued in capitals", art(tHeadline, tLead, tBody+" Tỉnh phấn đấu hoàn thành các chỉ tiêu năm 2026. THANH TÂM", "Tin liên quan\n- Hội nghị Ban Thường vụ Tỉnh ủy (05/12/2025)"), []string{"THANH TÂM"}},
		{"glued with a label", art(tHeadline, tLead, tBody+" Đại hội đã thành công tốt đẹp. Tin, ảnh: HÀ TRANG"), []string{"HÀ TRANG"}},
		{"a sentence after the stop is no byline", art(tHeadline, tLead, tBody+" Đại hội đã thành công. Xin trân trọng cảm ơn"), []string{}},
		{"an abbreviation in capitals after the stop is no byline", art(tHeadline, tLead, tBody+" Hội nghị đã thống nhất nội dung. HĐND tỉnh sẽ xem xét"), []string{}},
		{"label", art(tHeadline, tLead, tBody, "Tin, ảnh: TRƯỜNG SƠN", "", "Đang online: 2"), []string{"TRƯỜNG SƠN"}},
		{"name and affiliation", art(tLeadDate, tBody, "Nguyễn Thị Hường - BTG Thị ủy", "Đánh giá:"), []string{"Nguyễn Thị Hường"}},
		{"name then portal lines", art(tLead, tBody, "Hoàng Tùng", "Tiện ích thông tin\nNguồn tin\nQR Code"), []string{"Hoàng Tùng"}},
		{"name then a view counter", art(tHeadline, tLead, tBody, "Kim Xuyến", "145"), []string{"Kim Xuyến"}},
		// The full text of a document ends with its list of recipients
		// and its signature block: the signer is an official, and a
		// byline under them is the portal's.
		{"byline with affiliation under a signature", art(tHeadline, tLead, tBody, tRecipients, tSignature, "Minh Châu - BTG Đảng ủy xã"), []string{"Minh Châu"}},
		{"capitals byline under a signature", art(tHeadline, tLead, tBody, tRecipients, tSignature, "HẢI YẾN"), []string{"HẢI YẾN"}},
		{"capitals byline under the recipients", art(tHeadline, tLead, tBody, tSignature, tRecipients, "HẢI YẾN"), []string{"HẢI YẾN"}},
		{"the signer is no byline", art(tHeadline, tLead, tBody, tRecipients, tSignature), []string{}},
		{"signing capacity and position are no byline", art(tHeadline, tLead, tBody, tRecipients, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), []string{}},
		{"a signer without the signed mark is no byline", art(tHeadline, tLead, tBody, tRecipients, "CHỦ TỊCH\nNguyễn Văn Bình"), []string{}},
		{"a desk's byline under the recipients", art(tHeadline, tLead, tBody, tSignature, tRecipients, "BTV"), []string{"BTV"}},
		{"a name under a bulleted list without Nơi nhận is no byline", art(tHeadline, tLead, tBody, "- Các chi bộ trực thuộc,\n- Lưu VP.", "Lê Hoàng"), []string{}},
		{"group", art(tHeadline, tLead, tBody, "Nhóm PV"), []string{"Nhóm PV"}},
		{"two authors", art(tHeadline, tLead, tBody, "Linh Anh - Văn Kiên"), []string{"Linh Anh", "Văn Kiên"}},
		{"a surname that is also an organization word", art(tHeadline, tLead, tBody, "Linh Anh - Đoàn Văn Kiên"), []string{"Linh Anh", "Đoàn Văn Kiên"}},
		{"two authors with a comma", art(tHeadline, tLead, tBody, "Minh Tâm, Quốc Việt"), []string{"Minh Tâm", "Quốc Việt"}},
		{"affiliation in parentheses", art(tHeadline, tLead, tBody, "Minh Anh (TTXVN)"), []string{"Minh Anh"}},
		{"affiliation in lower case", art(tHeadline, tLead, tBody, "Trần Văn Hải - phóng viên thường trú"), []string{"Trần Văn Hải"}},
		{"initial", art(tHeadline, tLead, tBody, "Q. HÙNG"), []string{"Q. HÙNG"}},
		// Ê Đê and Jrai names: H' touches the syllable after it (one word),
		// Y is a word of its own.
		{"H' name and a board", art(tHeadline, tLead, tBody, "H'Lan Ênuôl - Ban Tuyên giáo Huyện ủy"), []string{"H'Lan Ênuôl"}},
		{"H' name in capitals", art(tHeadline, tLead, tBody, "H'LAN ÊNUÔL"), []string{"H'LAN ÊNUÔL"}},
		{"Y name and a unit in parentheses", art(tHeadline, tLead, tBody, "Y Dhăm Mlô (Ban Dân vận Tỉnh ủy)"), []string{"Y Dhăm Mlô"}},
		{"K' name and another author", art(tHeadline, tLead, tBody, "K'Bròn Cil - Minh Tâm"), []string{"K'Bròn Cil", "Minh Tâm"}},
		{"a prefixed word alone is one word, as in officials' names", art(tHeadline, tLead, tBody, "K'Bròn"), []string{}},
		{"H' alone is no name", art(tHeadline, tLead, tBody, "H' - Ban Tuyên giáo Huyện ủy"), []string{}},
		{"label at the end", art(tHeadline, tLead, tBody, "Bài và ảnh: Quốc Việt"), []string{"Quốc Việt"}},
		// An uncredited photo caption may stand under a labelled byline.
		{"a labelled byline above a caption without credit", art(tHeadline, tLead, tBody, "Bài, ảnh: Vi Văn Toản", "Cán bộ y tế đo huyết áp cho người cao tuổi tại trạm y tế xã.", "Lượt xem: 120"), []string{"Vi Văn Toản"}},
		{"an unlabelled name above a caption-like sentence is no byline", art(tHeadline, tLead, tBody, "Vi Văn Toản", "Cán bộ y tế đo huyết áp cho người cao tuổi tại trạm y tế xã."), []string{}},
		{"two sentences under a labelled line are the body's last paragraph, not a caption", art(tHeadline, tLead, tBody, "Tin, ảnh: Vi Văn Toản", "Hội nghị kết thúc. Các đại biểu tham quan mô hình trồng chè của xã."), []string{}},
		{"a labelled line above the last paragraph of the body", art(tHeadline, tLead, tBody, "Tin, ảnh: Vi Văn Toản", tBody), []string{}},
		{"a digest's compiler", art(tHeadline, tLead, tBody, "Tổng hợp: KIM NGÂN", "Điểm tin các ngày trước:", "- Điểm tin ngày 11/9 (11/09/2025)"), []string{"KIM NGÂN"}},
		{"label under the headline", art(tHeadline, "Bài, ảnh: Minh Tâm", tLead, tBody), []string{"Minh Tâm"}},
		{"source attribution is no author", art(tHeadline, tLead, tBody, "Theo TTXVN"), []string{}},
		{"name above a source line", art(tHeadline, tLead, tBody, "Hoàng Tùng", "(Theo Báo Nhân Dân)"), []string{"Hoàng Tùng"}},
		{"photo credit is no author", art(tHeadline, tLead, "Đồng chí Trần Văn Minh phát biểu tại hội nghị. Ảnh: Thùy Trang.", tBody), []string{}},
		{"a menu word is no name", art(tHeadline, tLead, tBody, "Video Clip"), []string{}},
		{"a last sentence is no byline", art(tHeadline, tLead, tBody, "Các đại biểu dự hội nghị."), []string{}},
		// Title-case words after portal furniture, not after the body.
		{"a name that does not follow the body", art(tHeadline, tLead, tBody, "Chia sẻ bài viết", "Hồng Lĩnh"), []string{}},
		// Đăng is a given name too (Đăng Quang, Hải Đăng); the login
		// buttons hold other words that are no names.
		{"a name with Đăng", art(tHeadline, tLead, tBody, "Đăng Quang", "Chia sẻ: Facebook Zalo"), []string{"Đăng Quang"}},
		{"login button is no name", art(tHeadline, tLead, tBody, "Đăng Nhập"), []string{}},
		// A named organization after the name may be long.
		{"long affiliation", art(tHeadline, tLead, tBody, "Lê Thị Thu Trang - Ban Tuyên giáo và Dân vận Huyện ủy Yên Lập"), []string{"Lê Thị Thu Trang"}},
		{"long affiliation in capitals", art(tHeadline, tLead, tBody, "TRẦN VĂN AN - TRUNG TÂM VĂN HÓA, THỂ THAO VÀ TRUYỀN THÔNG HUYỆN"), []string{"TRẦN VĂN AN"}},
		{"a sentence after a place is no affiliation", art(tHeadline, tLead, tBody, "Hà Tĩnh - Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết công tác tuyên truyền năm 2024"), []string{}},
		// A desk's abbreviation signs the news (SPEC: bylines as written).
		{"unit byline", art(tHeadline, tLead, tBody, "BTG", "Lượt xem: 1.027 | In bài"), []string{"BTG"}},
		{"a menu word in capitals is no unit", art(tHeadline, tLead, tBody, "TOP"), []string{}},
		{"the end mark is no unit", art(tHeadline, tLead, tBody, "HẾT"), []string{}},
		{"a unit after furniture is no byline", art(tHeadline, tLead, tBody, "Chia sẻ bài viết", "BTG"), []string{}},
		// A unit named in full signs the news too (SPEC: as written).
		{"office byline above its posting date", art(tHeadline, tLead, tBody, "Văn phòng HĐND tỉnh", "Đăng ngày: 12/03/2025 - 09:10", "Tin khác", "- Hội nghị sơ kết công tác dân vận (12/11/2025)"), []string{"Văn phòng HĐND tỉnh"}},
		{"board byline in capitals", art(tHeadline, tLead, tBody, "BAN DÂN VẬN HUYỆN ỦY", "Lượt xem: 87"), []string{"BAN DÂN VẬN HUYỆN ỦY"}},
		{"a standing board named after a task board", art(tHeadline, tLead, tBody, "Ban Tổ chức Huyện ủy", "Lượt xem: 87"), []string{"Ban Tổ chức Huyện ủy"}},
		// A board set up for one task signs the notice it issues: no byline.
		{"a funeral board's signature", art(tHeadline, tLead, tBody, "BAN LỄ TANG", "Tin khác:", "- Lễ viếng đồng chí Hoàng Văn Minh (02/9/2021)"), []string{}},
		{"a funeral board named in full", art(tHeadline, tLead, tBody, "Ban Lễ tang Nhà nước"), []string{}},
		{"an organizing board alone", art(tHeadline, tLead, tBody, "BAN TỔ CHỨC"), []string{}},
		{"an organization followed by words is no byline", art(tHeadline, tLead, tBody, "Sở Y tế đề nghị các đơn vị thực hiện nghiêm"), []string{}},
		{"an organization between paragraphs is no byline", art(tHeadline, tLead, "Văn phòng HĐND tỉnh", tBody), []string{}},
		{"a place alone is no unit", art(tHeadline, tLead, tBody, "Tỉnh Hậu Giang"), []string{}},
		// A credit of its own inside the byline: both are authors.
		{"news and photo credits", art(tHeadline, tLead, tBody, "Tin: PV - Ảnh: Hoài Nam"), []string{"PV", "Hoài Nam"}},
		{"article and photo credits", art(tHeadline, tLead, tBody, "Bài: Thu Hà - Ảnh: Quang Vinh", "Chia sẻ"), []string{"Thu Hà", "Quang Vinh"}},
		{"name then photo credit", art(tHeadline, tLead, tBody, "THU HÀ - Ảnh: QUANG VINH"), []string{"THU HÀ", "QUANG VINH"}},
		// A photo's caption under the byline, then the portal's lines.
		{"caption under a labelled byline", art(tHeadline, tLead, tBody, "Bài, ảnh: Lê Minh Thư", "[Ảnh] Các đại biểu, đoàn viên, thanh niên tham gia ra quân dọn vệ sinh môi trường, phát quang đường làng tại thôn Đông. Ảnh: L.M.T",
			"Chia sẻ   Facebook   Zalo", "Ý KIẾN BẠN ĐỌC (0)"), []string{"Lê Minh Thư"}},
		{"two writers in capitals under a label, then a caption", art(tHeadline, tLead, tBody, "Bài, ảnh: HOÀI AN - MINH KHA",
			"(Ảnh) Lãnh đạo tỉnh trao bằng khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2025. Ảnh: Minh Kha", "Lượt xem: 512"), []string{"HOÀI AN", "MINH KHA"}},
		{"caption under an unlabelled name after the body", art(tHeadline, tLead, tBody, "Hoài An", "Quang cảnh buổi lễ tuyên dương các tập thể, cá nhân điển hình tiên tiến trong phong trào thi đua yêu nước năm 2025. Ảnh: Minh Kha"), []string{"Hoài An"}},
		// ... while the credit of the last photo's caption is not.
		{"caption credit above the byline", art(tHeadline, tLead, tBody, "Các đại biểu dự hội nghị. Ảnh: Hoài Nam", "THU HÀ"), []string{"THU HÀ"}},
		{"caption with a dash credit is no byline", art(tHeadline, tLead, tBody, "Quang cảnh hội nghị - Ảnh: Hoài Nam"), []string{}},
		// A dateline between the body and the byline (Ngày 17/11/2025).
		{"dateline above the byline", art(tHeadline, tLead, tBody, "Ngày 21/11/2025\nLan Hương - Hội LHPN xã Tân Phú"), []string{"Lan Hương"}},
		// A byline in the head, between the headline or dateline and the lead.
		{"caps byline between headline and dateline", art(tHeadline, "MINH TÂM", "Thứ Tư, 05-03-2025, 08:45", tLead, tBody), []string{"MINH TÂM"}},
		{"caps byline under the dateline", art(tHeadline, "09:11 - 22/10/2020", "MINH TÂM", tLead, tBody), []string{"MINH TÂM"}},
		// The site's footer under the related news: a copyright notice
		// that reads as a sentence does not hide the byline above.
		{"byline above related news and a footer", art(tHeadline, tLead, tBody, "Minh Khôi", "Chia sẻ: Facebook | Zalo",
			"TIN LIÊN QUAN", "Hội nghị sơ kết công tác dân vận (12/11/2025)", "BÁO HẬU GIANG", "Tổng Biên tập: Trần Văn Bình",
			"Địa chỉ: Số 12 đường 30/4, phường Vị Thanh, tỉnh Hậu Giang", "Điện thoại: 0293.3876.111 - Fax: 0293.3876.112",
			"Giấy phép hoạt động báo điện tử số 12/GP-BTTTT cấp ngày 3/5/2024",
			"© Bản quyền thuộc Báo Hậu Giang. Ghi rõ nguồn khi phát hành lại thông tin từ website này."), []string{"Minh Khôi"}},
		// Under a list of other articles, a paragraph is the portal's.
		{"byline above related news and a footer paragraph", art(tHeadline, tLead, tBody, "Minh Khôi", "Tin khác",
			"Hội nghị sơ kết công tác dân vận (12/11/2025)",
			"Mọi ý kiến đóng góp xin gửi về Ban biên tập qua hộp thư điện tử của trang thông tin."), []string{"Minh Khôi"}},
		// ... but without the list, the paragraph ends the body.
		{"a name between paragraphs is no byline", art(tHeadline, tLead, "Minh Khôi", tBody), []string{}},
		{"a name above a last paragraph and a list", art(tHeadline, tLead, "Minh Khôi", tBody, "Tin khác",
			"Hội nghị sơ kết công tác dân vận (12/11/2025)"), []string{}},
		{"a name under the dateline, then no lead", art(tHeadline, "09:11 - 22/10/2020", "Minh Tâm", "Hội nghị sơ kết công tác", tLead), []string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ArticleMeta(dateDoc(t, c.text, ""))
			if diff := cmp.Diff(c.want, m.Authors); diff != "" {
				t.Errorf("Authors (-want +got):\n%s", diff)
			}
		})
	}
}

// flagged reports whether every token of the first occurrence of s in d
// has flag f.
func flagged(t *testing.T, d *Doc, s string, f Flags) bool {
	t.Helper()
	at := strings.Index(d.S, s)
	if at < 0 {
		t.Fatalf("%+q not in the text", s)
	}
	n := 0
	for k := range d.Toks {
		if int(d.Toks[k].Start) >= at && int(d.Toks[k].End) <= at+len(s) {
			n++
			if !d.Toks[k].Has(f) {
				return false
			}
		}
	}
	return n > 0
}

func TestArticleMetaBylineFlags(t *testing.T) {
	text := art(tHeadline, tLead,
		"Đồng chí Trần Văn Minh phát biểu tại hội nghị. Ảnh: Thùy Trang.",
		"Quang cảnh hội nghị (Ảnh: Thống Nhất/TTXVN)",
		"Hình ảnh: các đại biểu tham quan triển lãm.",
		tBody, "Tin, ảnh: TRƯỜNG SƠN")
	d := dateDoc(t, text, "")
	ArticleMeta(d)
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Thùy Trang", true},       // photo credit in a caption
		{"Thống Nhất/TTXVN", true}, // photo credit in parentheses
		{"TRƯỜNG SƠN", true},       // the byline
		{"Trần Văn Minh", false},   // an official
		{"các đại biểu", false},    // "Hình ảnh:" is no credit
		{"Quang cảnh hội nghị", false},
	} {
		if got := flagged(t, d, c.s, Byline); got != c.want {
			t.Errorf("%+q byline flag %v, want %v", c.s, got, c.want)
		}
	}
}

func TestArticleMetaFurniture(t *testing.T) {
	furniture := []string{
		"Xem chi tiet tin - Sở Công Thương",
		"Trang chủ > Tin tức > Chính trị",
		"Lượt xem: 1.234",
		"Chia sẻ bài viết",
		"Đang online: 2",
		"Hôm nay: 149",
		"Thống kê: 791.935",
		"Online: 42",
		"Đã truy cập: 135877",
		"Tổng số người xem: 12",
		"Tin khác",
		"QR Code",
		"QR CODE: Hội nghị báo cáo viên tháng 3/2021",
		"Mã QR Code truy cập vào Fanpage Cổng tin tức",
		"Tiện ích thông tin",
		"Nguồn tin",
		"Chúng tôi trên Mạng Xã hội",
		"Liên kết website",
		"Đánh giá:",
		"lượt đánh giá: , trung bình:",
		"Bạn chưa có đủ quyền truy nhập portlet này.",
		"Đã có tài khoản bằng Số Điện thoại",
		"Không biết đăng ký",
		"Từ khóa: tuyên truyền, nghị quyết",
	}
	content := []string{
		tHeadline,
		"Hôm nay, hội nghị tiếp tục thảo luận về công tác tuyên truyền trong tình hình mới.",
		"Thống kê cho thấy toàn tỉnh có 19 điểm cầu tham gia hội nghị.",
		"Đánh giá cao kết quả đạt được, đồng chí Trần Văn Minh đề nghị các cấp tiếp tục phát huy.",
		"Từ khóa XII đến nay, Đảng bộ tỉnh đã lãnh đạo thực hiện thắng lợi nhiều nhiệm vụ.",
		tLead,
	}
	// Furniture at the top and in the middle, an article without byline.
	text := art(furniture[0], furniture[1], content[0], furniture[2], content[5], content[1], content[2], content[3], content[4], art(furniture[3:]...))
	d := dateDoc(t, text, "")
	ArticleMeta(d)
	for _, s := range furniture {
		if !flagged(t, d, s, Furniture) {
			t.Errorf("%+q is not marked furniture", s)
		}
	}
	for _, s := range content {
		at := strings.Index(d.S, s)
		for k := range d.Toks {
			if int(d.Toks[k].Start) >= at && int(d.Toks[k].End) <= at+len(s) && d.Toks[k].Has(Furniture) {
				t.Errorf("%+q: token %+q is marked furniture", s, d.Tok(k))
				break
			}
		}
	}
	// Nothing is read from furniture: the QR caption's month is no date.
	for _, x := range Dates(d) {
		if x.Value == "2021-03" {
			t.Errorf("date %+q read from furniture", x.Text)
		}
	}
}

// TestFurnitureLine checks single lines: the portal's counters with
// buttons, share bars and footers are furniture; sentences that open with
// the same words are not.
func TestFurnitureLine(t *testing.T) {
	cases := []struct {
		text string
		want bool
		why  string
	}{
		{"Lượt xem: 412 | In | Chia sẻ", true, "a counter with buttons"},
		{"Quốc hội | Chất vấn | Giám sát | Lập pháp | Video", true, "a menu bar of short parts"},
		{"Hà Nội | Huế | Đà Nẵng", false, "three short parts are not yet a menu bar"},
		{"Thời sự | Xây dựng Đảng | Văn hóa - Xã hội | Tiếp xúc cử tri | Video", true, "a menu bar with items of up to four words"},
		{"Tin hoạt động | Kỳ họp | Giám sát", false, "three parts, some longer than a button: not yet a menu bar"},
		{"Lượt xem: 412 | Tiếp xúc cử tri", false, "a counter beside a part longer than a button"},
		{"Bế mạc Kỳ họp thứ 7 | Quốc hội khóa XV | Chất vấn | Giám sát", false, "a part with a number is no menu item"},
		{"Hội nghị lần thứ mười một Ban Chấp hành | Tỉnh ủy | Video | In", false, "a part of six words is no menu item"},
		{"Tin tức - Sự kiện / Chính trị", true, "a breadcrumb parted by a slash standing apart"},
		{"Chính trị / Xây dựng Đảng", true, "a breadcrumb of two parts parted by a slash"},
		{"Thông tư số 15/2020/TT-BNV hướng dẫn", false, "slashes inside a code cling to it"},
		{"Giới thiệu Tin tức - Sự kiện Chính quyền Công dân Doanh nghiệp Du khách Văn bản Hỏi đáp Liên hệ Tin tức - Sự kiện » Tin hoạt động » Lãnh đạo tỉnh", true, "a menu bar glued to a breadcrumb of » (written \" by normalize), longer than a headline"},
		{"Trang chủ Thời sự Chính trị Kinh tế Xã hội Văn hóa - Thể thao Quốc phòng - An ninh Bạn đọc Video Chính trị > Xây dựng Đảng > Tin tức", true, "a menu bar glued to a breadcrumb of >"},
		{"Hội nghị quán triệt chuyên đề «Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh» và «Xây dựng Đảng» cho hơn 200 cán bộ", false, "quotation marks cling to their words"},
		{"Kết quả cho thấy tỷ lệ đạt > 90% ở các chi bộ nông thôn, tỷ lệ khá > 60% ở các chi bộ cơ quan trong toàn huyện và các xã", false, "a long line with two > among commas is prose"},
		{"Lượt xem: 412 | In | Gửi bài | Lưu", true, "buttons of two words at most"},
		{"Chia sẻ: Facebook | Zalo | Sao chép liên kết", true, "a share bar"},
		{"Chia sẻ", true, "a share button alone"},
		{"In", true, "a print button alone"},
		{"Tổng Biên tập: Trần Văn Bình", true, "the footer's editor"},
		{"Chịu trách nhiệm chính: Lê Văn Tâm - Chánh Văn phòng", true, "the footer's person in charge"},
		{"Địa chỉ: Số 12 đường 30/4, phường Vị Thanh, tỉnh Hậu Giang. Điện thoại: 0293.3876.111", true, "the footer's address"},
		{"Điện thoại: 0293.3876.111 | Email: banbientap@haugiang.gov.vn", true, "the footer's phone"},
		{"Giấy phép số 07/GP-TTĐT ngày 12/4/2023 của Sở Thông tin và Truyền thông", true, "the site's licence"},
		{"Giấy phép hoạt động báo điện tử số 12/GP-BTTTT cấp ngày 3/5/2024", true, "the paper's licence"},
		{"© Bản quyền thuộc Cổng thông tin điện tử xã. Ghi rõ nguồn khi phát hành lại thông tin từ website này.", true, "a copyright notice, a sentence after ©"},
		{"Bản quyền thuộc Đảng bộ xã Tân Phú", true, "a copyright notice without ©"},
		{"Copyright © 2025 Cổng thông tin điện tử Đảng bộ tỉnh Hậu Giang. All rights reserved, ghi rõ nguồn khi trích dẫn.", true, "a long copyright notice"},
		{"Ghi rõ nguồn \"Trang thông tin điện tử Đảng bộ xã Tân Phú\" khi phát hành lại thông tin từ website này.", true, "a long request to cite the source"},
		{"Chia sẻ   Facebook   Zalo   Sao chép liên kết", true, "a share bar laid apart by runs of spaces"},
		{"Chia sẻ   Facebook   Zalo   Twitter      Lượt xem: 956", true, "a share bar and a counter laid apart by spaces"},
		{"Cỡ chữ  A  A   |  Lượt xem: 1.532", true, "a font-size control laid apart by spaces, beside a counter after a bar"},
		{"Chia sẻ   kinh nghiệm tại hội nghị", false, "words of the article after the gap"},
		{"Ý KIẾN BẠN ĐỌC (0)", true, "a comment button with its count in brackets"},
		{"Bình luận (12)", true, "a comment button with its count in brackets"},
		{"Bình luận (2) của bạn đọc về dự thảo", false, "words after the bracketed count"},
		{"Tin khác (Hội nghị)", false, "words in the brackets, not a count"},
		{"Hà Nội   Huế", false, "short parts laid apart, none furniture"},
		{"Xem nhiều: Khai mạc Hội chợ nông nghiệp 2025 | Tỉnh ủy sơ kết công tác dân vận", true, "a list of most-read articles on its head's line"},
		{"Xem nhiều: bà con đã tham gia hội chợ nông nghiệp năm 2025", false, "no list after the colon"},
		{"Lượt xem: 12 | Hội nghị sơ kết công tác tuyên truyền", false, "a counter beside words of the article"},
		{"Hậu Giang | Sơ kết công tác tuyên truyền", false, "a headline parted by a bar"},
		{"Hà Nội | Huế", false, "two short parts without furniture"},
		{"Địa chỉ đỏ giáo dục truyền thống cách mạng được các đoàn viên thường xuyên về thăm.", false, "no colon after the footer word"},
		{"Điện thoại đường dây nóng được công khai tại trụ sở ủy ban.", false, "no colon after the footer word"},
		{"Giấy phép xây dựng được cấp đúng hạn cho 95% hồ sơ.", false, "a licence of another kind, in a sentence"},
		{"Chia sẻ tại hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh vai trò của cơ sở.", false, "chia sẻ as a verb"},
	}
	for _, c := range cases {
		d := dateDoc(t, c.text, "")
		if got := furnitureLine(d, line{0, len(d.Toks)}); got != c.want {
			t.Errorf("furnitureLine(%+q) = %v, want %v (%s)", c.text, got, c.want, c.why)
		}
	}
}

// TestArticleMetaHeadFurniture checks that what stands above the
// headline (a unit's banner, a slogan, a section label) is furniture, and
// the headline, the dateline and the body are not.
func TestArticleMetaHeadFurniture(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		furniture, kept []string
	}{
		{
			name:      "banner, slogan, section label above the headline",
			text:      art("TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN", "Tận tâm - Trách nhiệm - Chuyên nghiệp", "Hoạt động đoàn thể", tHeadline, tLead, tBody),
			furniture: []string{"TRUNG TÂM Y TẾ HUYỆN ĐÔNG SƠN", "Tận tâm - Trách nhiệm - Chuyên nghiệp", "Hoạt động đoàn thể"},
			kept:      []string{tHeadline, tLead},
		},
		{
			name:      "masthead above a dateline that precedes the headline",
			text:      art("Cơ quan của Đảng bộ tỉnh Hậu Giang", "Chính trị > Tin tức", "Thứ Tư, 12/03/2025 - 09:10", tHeadline, tLead),
			furniture: []string{"Cơ quan của Đảng bộ tỉnh Hậu Giang", "Chính trị > Tin tức"},
			kept:      []string{"12/03/2025 - 09:10", tHeadline, tLead},
		},
		{
			name:      "post: page name and relative timestamp",
			text:      art(tPage, "3 ngày trước · 🌏", "📸 "+tPostLead),
			furniture: []string{tPage, "3 ngày trước · 🌏"},
			kept:      []string{tPostLead},
		},
		{
			name:      "post: page name above a year-less timestamp; the platform's label",
			text:      art(tPage, "8 tháng 6 lúc 19:30 · Zalo Official Account", tPostLead),
			furniture: []string{tPage, "Zalo Official Account"},
			kept:      []string{"8 tháng 6 lúc 19:30", tPostLead},
		},
		{
			// Under the counters of a post come its comments: a
			// commenter's name and words are not the post's.
			name:      "post: counters and the comments under them",
			text:      art(tPage, "Thứ Bảy, 8/6/2024", tPostHead, tPostLead, tPostBar, "Nguyễn Văn Tâm", "Chúc mừng đồng chí Bí thư Đoàn xã Lê Minh Khang 👏", "Trả lời", "Xem thêm bình luận"),
			furniture: []string{tPage, tPostBar, "Nguyễn Văn Tâm", "Chúc mừng đồng chí Bí thư Đoàn xã Lê Minh Khang", "Xem thêm bình luận"},
			kept:      []string{tPostHead, tPostLead},
		},
		{
			name:      "post: hashtags",
			text:      art(tPage, "Hôm qua lúc 20:15", tPostHead, tPostLead, "#DangUyXaTanPhu #Nam2024 #Giao_thong"),
			furniture: []string{tPage, "Hôm qua lúc 20:15", "#DangUyXaTanPhu #Nam2024 #Giao_thong"},
			kept:      []string{tPostHead, tPostLead},
		},
		{
			// Counter-examples: a line opening with a hashtag and going
			// on in words, a number of days alone.
			name: "a hashtag then words, a number of days",
			text: art(tPostHead, tPostLead, "#TuoiTreTanPhu đã ra quân trong 3 ngày", "3 ngày", tBody),
			kept: []string{"#TuoiTreTanPhu đã ra quân trong 3 ngày", tBody},
		},
		{
			// Counter-example: a count of people with a middle dot is
			// no counter bar.
			name: "a sentence of counts is no counter bar",
			text: art(tHeadline, tLead, "120 đoàn viên · 45 hội viên tham gia ra quân", tBody),
			kept: []string{"120 đoàn viên · 45 hội viên tham gia ra quân", tBody},
		},
		{
			name: "no headline: nothing above the lead is furniture",
			text: art(tLeadDate, tBody),
			kept: []string{tLeadDate, tBody},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := dateDoc(t, c.text, "")
			ArticleMeta(d)
			for _, s := range c.furniture {
				if !flagged(t, d, s, Furniture) {
					t.Errorf("%+q is not marked furniture", s)
				}
			}
			for _, s := range c.kept {
				at := strings.Index(d.S, s)
				for k := range d.Toks {
					if int(d.Toks[k].Start) >= at && int(d.Toks[k].End) <= at+len(s) && d.Toks[k].Has(Furniture) {
						t.Errorf("%+q: token %+q is marked furniture", s, d.Tok(k))
						break
					}
				}
			}
		})
	}
}

func TestArticleMetaAfterByline(t *testing.T) {
	text := art(tHeadline, tLead, tBody, "Nguyễn Thị Hường - BTG Thị ủy",
		"Các ca khúc hay về Hồng Lĩnh\nBản đồ thị xã Hồng Lĩnh\nNgày 3-1-2020 hội chợ xuân")
	d := dateDoc(t, text, "")
	m := ArticleMeta(d)
	if diff := cmp.Diff([]string{"Nguyễn Thị Hường"}, m.Authors); diff != "" {
		t.Errorf("Authors (-want +got):\n%s", diff)
	}
	for _, s := range []string{"Các ca khúc hay về Hồng Lĩnh", "Bản đồ thị xã Hồng Lĩnh", "Ngày 3-1-2020 hội chợ xuân"} {
		if !flagged(t, d, s, Furniture) {
			t.Errorf("%+q after the byline is not marked furniture", s)
		}
	}
	if flagged(t, d, tBody, Furniture) {
		t.Error("the body is marked furniture")
	}
	if ds := Dates(d); len(ds) != 2 { // Sáng 12-5 and năm 2022 of the lead
		t.Errorf("Dates = %+v, want only the lead's two dates", ds)
	}
}

func TestArticleMetaUnaccented(t *testing.T) {
	text := art("Ha Noi: Trien khai nhiem vu tuyen truyen nam 2021",
		"Cap nhat: 08:30 ngay 15/01/2021",
		"Chieu 14-1, Ban Tuyen giao Thanh uy to chuc hoi nghi trien khai nhiem vu cong tac tuyen giao nam 2021. Hoi nghi danh gia ket qua nhiem ky 2015-2020 va de ra phuong huong giai doan 2021 - 2025.",
		"Tin, anh: MINH ANH", "Chia se bai viet")
	d := dateDoc(t, text, "")
	if !d.Unaccented {
		t.Fatal("the test text is not taken as unaccented")
	}
	m := ArticleMeta(d)
	got := []string{m.Title, m.Published.String()}
	got = append(got, m.Authors...)
	want := []string{"Ha Noi: Trien khai nhiem vu tuyen truyen nam 2021", "2021-01-15T08:30:00+07:00", "MINH ANH"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("title, published, authors (-want +got):\n%s", diff)
	}
	if !flagged(t, d, "Chia se bai viet", Furniture) {
		t.Error("unaccented share button is not furniture")
	}
}

func TestArticleMetaEmpty(t *testing.T) {
	for _, s := range []string{"", "\n\n", "145", "Hoàng Tùng", "Print", "04/01/2020 - 10:04"} {
		m := ArticleMeta(dateDoc(t, s, ""))
		if m.Authors == nil {
			t.Errorf("ArticleMeta(%+q).Authors is nil", s)
		}
	}
}

// TestSeedsMetaAndDates runs normalize, NewDoc, ArticleMeta and Dates on
// the seeds and compares title, published, authors and the date values
// (each once, in text order) with the hand annotations.
func TestSeedsMetaAndDates(t *testing.T) {
	for _, c := range loadSeeds(t) {
		t.Run(c.name, func(t *testing.T) {
			d := c.doc(t)
			m := ArticleMeta(d)
			want := seedAnnotation{Title: c.want.Title, Published: c.want.Published, Authors: c.want.Authors, Dates: c.want.Dates}
			got := seedAnnotation{Title: m.Title, Published: m.Published.String(), Authors: m.Authors}
			seen := map[string]bool{}
			for _, x := range Dates(d) {
				checkSpan(t, c.src, x.Text, x.Span)
				if !seen[x.Value] {
					seen[x.Value] = true
					got.Dates = append(got.Dates, x.Value)
				}
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// seedBenchDocs prepares the seed articles once for a benchmark and
// returns them with their total size in bytes.
func seedBenchDocs(b *testing.B) ([]*Doc, int64) {
	var docs []*Doc
	var n int64
	for _, c := range loadSeeds(b) {
		docs = append(docs, c.doc(b))
		n += int64(len(c.src))
	}
	return docs, n
}

// clearFlags undoes what the extractors marked, so a Doc can be read again.
func clearFlags(d *Doc) {
	for k := range d.Toks {
		d.Toks[k].Flags &^= Claimed | Furniture | Byline
	}
}

func BenchmarkDates(b *testing.B) {
	docs, n := seedBenchDocs(b)
	for _, d := range docs {
		ArticleMeta(d) // furniture and publication date, as in the pipeline
	}
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			for k := range d.Toks {
				d.Toks[k].Flags &^= Claimed
			}
			Dates(d)
		}
	}
}

func BenchmarkArticleMeta(b *testing.B) {
	docs, n := seedBenchDocs(b)
	b.SetBytes(n)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			clearFlags(d)
			d.Pub = Published{}
			ArticleMeta(d)
		}
	}
}

// TestPortalShapes covers portal layouts found by the held-out set, on
// articles of our own: a list of related articles after the byline, a
// labelled dateline at the end, counters side by side, and a byline right
// under a photo caption.
func TestPortalShapes(t *testing.T) {
	const body = "Sáng 12-3, Huyện ủy tổ chức hội nghị sơ kết công tác dân vận quý I với sự tham dự của các đồng chí trong Ban Thường vụ và bí thư các chi bộ trực thuộc trên địa bàn huyện.\n\n"
	cases := []struct {
		name, text     string
		pub            string
		authors        []string
		dates, notDate []string
	}{
		{
			name: "related list after the byline is furniture; the byline above it stays",
			text: "10:15 - 13/03/2024\n\n" + body + "Đồng chí Bí thư Huyện ủy phát biểu. Ảnh: Minh Châu\n\nTHU TRANG\n\nTin liên quan:\n- Đại hội Hội Nông dân xã nhiệm kỳ 2023-2028 (20/02/2024)\n- Quán triệt Kết luận số 14-KL/TW của Bộ Chính trị (05/01/2024)\n\nLượt xem: 2.045 | Đang online: 12\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{"THU TRANG"},
			dates: []string{"2024-03-13", "2024-03-12"}, notDate: []string{"2024-02-20", "2024-01-05", "2023/2028"},
		},
		{
			name: "lists of newer and older articles (Tin mới hơn:, Tin cũ hơn:) are furniture",
			// after the share buttons, as army portals end a page
			text: "10:15 - 13/03/2024\n\n" + body + "Bài, ảnh: Thượng úy THU TRANG\n\nChia sẻ | Bình luận | Gửi bài viết\n\nTin mới hơn:\n- Huyện đoàn ra quân tháng Thanh niên (15-03-2024)\n- Hội nghị giao ban dân vận quý I (14-03-2024)\nTin cũ hơn:\n- Hội nghị Ban Chấp hành Đảng bộ huyện (05-03-2024)\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{"THU TRANG"},
			dates: []string{"2024-03-13", "2024-03-12"}, notDate: []string{"2024-03-15", "2024-03-14", "2024-03-05"},
		},
		{
			name: "a related list under a plural head (Các tin đã đưa) with > items is furniture",
			text: "10:15 - 13/03/2024\n\n" + body + "Chia sẻ bài viết: [f] [Zalo]\nĐã xem: 1.024\n\nCác tin đã đưa\n> Tân Phú: Hội nghị báo cáo viên tháng 2/2024 (22/02/2024)\n> Kỷ niệm 94 năm Ngày thành lập Đảng (03/02/2024)\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{},
			dates: []string{"2024-03-13", "2024-03-12"}, notDate: []string{"2024-02", "2024-02-22", "2024-02-03"},
		},
		{
			name: "a list under a head of the portal's own wording (Các thông báo khác:), its items dated, is furniture",
			text: "10:15 - 13/03/2024\n\n" + body + "Ban Tuyên giáo Huyện ủy trân trọng thông báo./.\n\nCác thông báo khác:\n+ Thông báo lịch tiếp công dân tháng 2/2024 (15/2/2024)\n+ Thông báo mở lớp bồi dưỡng nghiệp vụ năm 2024 (28/1/2024)\n\nSố lượt truy cập: 1.106.273 | Đang trực tuyến: 19\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{},
			dates: []string{"2024-03-13", "2024-03-12"}, notDate: []string{"2024-02", "2024-02-15", "2024-01-28", "2024"},
		},
		{
			name: "a list under BÀI CÙNG CHUYÊN MỤC, items after » dated after a dash, is furniture even without a byline",
			text: "10:15 - 13/03/2024\n\n" + body + "Theo TTXVN\n\nBÀI CÙNG CHUYÊN MỤC\n» Kỳ họp thứ 12: đề nghị kỷ luật nguyên Chủ tịch UBND huyện - 07/03/2024\n» Hội nghị giao ban công tác kiểm tra quý I - 01/03/2024\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{},
			dates: []string{"2024-03-13", "2024-03-12"}, notDate: []string{"2024-03-07", "2024-03-01"},
		},
		{
			name: "a schedule's own list (Các lịch công tác khác:) with a range and the posting day is furniture",
			text: "10:15 - 13/03/2024\n\n" + body + "Các lịch công tác khác:\n- Lịch công tác tuần 10 (từ ngày 04/3 đến ngày 08/3/2024) - 01/03/2024\n- Lịch công tác tuần 9 (từ ngày 26/02 đến ngày 01/3/2024) - 23/02/2024\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{},
			dates: []string{"2024-03-13", "2024-03-12"}, notDate: []string{"2024-03-04", "2024-03-08", "2024-03-01", "2024-02-26", "2024-02-23"},
		},
		{
			name: "a list of the article's own tasks under Các nhiệm vụ khác: stays content",
			text: "10:15 - 13/03/2024\n\n" + body + "Các nhiệm vụ khác:\n- Hoàn thành báo cáo gửi Huyện ủy (25/3/2024)\n- Nộp danh sách đại biểu (18/3/2024)\n- Tổ chức hội nghị sơ kết vào ngày 20/3/2024.\n\n" + body,
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{},
			dates: []string{"2024-03-13", "2024-03-12", "2024-03-25", "2024-03-18", "2024-03-20"},
		},
		{
			name: "a single dated item under a wording of the portal is not yet a list",
			text: "10:15 - 13/03/2024\n\n" + body + "Các hạn nộp khác:\n- Báo cáo gửi Huyện ủy (25/3/2024)\n\n" + body,
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{},
			dates: []string{"2024-03-13", "2024-03-12", "2024-03-25"},
		},
		{
			name: "the page header's date over the menus is not the dateline; the one under the headline is",
			text: "ĐẢNG BỘ HUYỆN TÂN PHÚ\nThứ Tư, ngày 13/03/2024\nTrang chủ > Chính trị > Xây dựng Đảng\nĐăng nhập | Đăng ký\n\nHuyện ủy sơ kết công tác dân vận quý I\n\n13/03/2024 - 10:15\n\n" + body + "MINH CHÂU\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{"MINH CHÂU"},
			dates: []string{"2024-03-13", "2024-03-12"},
		},
		{
			name: "a dateline over a counter line, with no other dateline below, stays the dateline",
			text: "Huyện ủy sơ kết công tác dân vận quý I\n13/03/2024 - 10:15\nLượt xem: 356 | In | Chia sẻ\n\n" + body + "MINH CHÂU\n",
			pub:  "2024-03-13T10:15:00+07:00", authors: []string{"MINH CHÂU"},
			dates: []string{"2024-03-13", "2024-03-12"},
		},
		{
			name: "a labelled dateline at the end gives the publication date",
			text: body + "Ngày đăng: 13/03/2024 | 08:40\nTin, ảnh: HỒNG NHUNG\n\nChia sẻ | Bản in\n",
			pub:  "2024-03-13T08:40:00+07:00", authors: []string{"HỒNG NHUNG"},
			dates: []string{"2024-03-12", "2024-03-13"},
		},
		{
			name: "a date on its own line above the final byline is the dateline",
			text: body + "Ngày 13/03/2024\nLan Hương - Hội LHPN xã Tân Phú\n\nTin cùng chuyên mục\n- Hội LHPN xã ra mắt câu lạc bộ phụ nữ khởi nghiệp (02/03/2024)\n",
			pub:  "2024-03-13", authors: []string{"Lan Hương"},
			dates: []string{"2024-03-12", "2024-03-13"}, notDate: []string{"2024-03-02"},
		},
		{
			name: "a date on its own line under the final byline is the dateline",
			text: body + "HỒNG NHUNG\nNgày 13/03/2024\n\nChia sẻ | In trang\n",
			pub:  "2024-03-13", authors: []string{"HỒNG NHUNG"},
			dates: []string{"2024-03-12"},
		},
		{
			name: "a date | counter under the headline is the dateline",
			text: "ĐẢNG BỘ XÃ TÂN PHÚ\nTrang chủ > Tin tức\n\nHuyện ủy sơ kết công tác dân vận quý I\n\nNgày 13/03/2024 | Lượt xem: 356\n\n" + body + "BTG\n",
			pub:  "2024-03-13", authors: []string{"BTG"},
			dates: []string{"2024-03-13", "2024-03-12"},
		},
		{
			name: "a date between paragraphs is not a dateline",
			text: body + "Ngày 13/03/2024\n\n" + body + "HỒNG NHUNG\n",
			pub:  "", authors: []string{"HỒNG NHUNG"},
		},
		{
			name: "an unlabelled date at the end is not a dateline",
			text: body + "Hội nghị kết thúc lúc 11 giờ cùng ngày 12/03/2024.\n\nHỒNG NHUNG\n",
			pub:  "", authors: []string{"HỒNG NHUNG"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newTestDoc(t, c.text)
			m := ArticleMeta(d)
			if m.Published.String() != c.pub {
				t.Errorf("published = %q, want %q", m.Published.String(), c.pub)
			}
			if !cmp.Equal(m.Authors, c.authors) {
				t.Errorf("authors = %q, want %q", m.Authors, c.authors)
			}
			if !m.Published.IsZero() {
				d.Pub = m.Published
			}
			got := map[string]bool{}
			for _, x := range Dates(d) {
				got[x.Value] = true
			}
			for _, v := range c.dates {
				if !got[v] {
					t.Errorf("date %s missing (got %v)", v, got)
				}
			}
			for _, v := range c.notDate {
				if got[v] {
					t.Errorf("date %s comes from the related list, which is furniture", v)
				}
			}
			if docs := Documents(d); len(docs) != 0 {
				t.Errorf("documents from furniture: %+v", docs)
			}
		})
	}
}

// TestArticleMetaGluedDateline reads a headline with its dateline glued to
// the end of its line, as text copied out of a page may give it: the
// headline is the part before " - " or " | ", the date the dateline's.
func TestArticleMetaGluedDateline(t *testing.T) {
	const head = "Huyện ủy Tân Phú triển khai nhiệm vụ năm 2026"
	cases := []struct {
		name, text, title, published string
	}{
		{"after a dash, with a time", art(head+" - 12/12/2025 08:15", tLead, tBody), head, "2025-12-12T08:15:00+07:00"},
		{"after a bar", art(head+" | 12/12/2025", tLead, tBody), head, "2025-12-12"},
		{"under the page title and a menu", art(head+" - Cổng thông tin điện tử huyện", "Trang chủ > Tin tức > Xây dựng Đảng", head+" - Thứ Sáu, 12/12/2025 08:15", tLead, tBody), head, "2025-12-12T08:15:00+07:00"},
		// A range of dates closes a headline; it is no dateline.
		// The page's controls beside a dateline, set off by tabs.
		{"dateline with tabbed buttons", art(head, "09:30 - 08/01/2026\t\tCỡ chữ: A A A\tIn trang\tGửi email", tLead, tBody), head, "2026-01-08T09:30:00+07:00"},
		{"dateline and a sentence after a tab", art(head, "09:30 - 08/01/2026\tHội nghị đã thành công tốt đẹp.", tLead, tBody), "-", ""},
		{"a range in brackets", art("Kỷ niệm 95 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930 - 1/8/2025)", tLead, tBody), "Kỷ niệm 95 năm Ngày truyền thống ngành Tuyên giáo (1/8/1930 - 1/8/2025)", ""},
		// A dash before something else than a date is part of the headline.
		{"a dash and words", art("Hội nghị báo cáo viên tháng 12 - nhiều chuyên đề thời sự", "Ngày 12/12/2025", tLead), "Hội nghị báo cáo viên tháng 12 - nhiều chuyên đề thời sự", "2025-12-12"},
		// A sentence before the date is no headline: no dateline either
		// (the title is not checked: "-").
		{"a sentence and a date", art("Sáng nay, hội nghị đã bế mạc sau hai ngày làm việc. - 12/12/2025", tBody), "-", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := ArticleMeta(dateDoc(t, c.text, ""))
			if c.title != "-" && m.Title != c.title {
				t.Errorf("title = %q, want %q", m.Title, c.title)
			}
			if got := m.Published.String(); got != c.published {
				t.Errorf("published = %q, want %q", got, c.published)
			}
		})
	}
}

// TestOneSpaced checks oneSpaced against what it replaces: strings.Map
// with dropInvisible, then Fields and Join.
func TestOneSpaced(t *testing.T) {
	cases := []string{
		"", " ", "Tin, ảnh: TRƯỜNG SƠN", "  Tin, ảnh:  TRƯỜNG SƠN ",
		"Nguyễn\u00a0Thị Hường - BTG Thị ủy", "Hội nghị\u200b quán triệt", "a \u200b b",
		"Ban\tTuyên giáo\n", "\u200bTHU HÀ\u200b", "Đ\u00adảng", "x\u3000y", "bad \xff byte", "\xe1\xba",
	}
	for _, s := range cases {
		want := strings.Join(strings.Fields(strings.Map(dropInvisible, s)), " ")
		if got := oneSpaced(s); got != want {
			t.Errorf("oneSpaced(%+q) = %+q, want %+q", s, got, want)
		}
		if spacedOnce(s) != (oneSpaced(s) == s) {
			t.Errorf("spacedOnce(%+q) = %v, but oneSpaced gives %+q", s, spacedOnce(s), oneSpaced(s))
		}
	}
}

func FuzzOneSpaced(f *testing.F) {
	f.Add("Tin, ảnh: TRƯỜNG SƠN")
	f.Add("a \u200b\u00a0 b\xff")
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.Join(strings.Fields(strings.Map(dropInvisible, s)), " ")
		if got := oneSpaced(s); got != want {
			t.Errorf("oneSpaced(%+q) = %+q, want %+q", s, got, want)
		}
	})
}

// TestMarkPhotoCredits checks which names after "Ảnh:" become bylines,
// now that the colons are found in the text: after a parenthesis or at a
// line's start, up to the closing parenthesis or the sentence's end; not
// after a word (hình ảnh: a phrase of the text).
func TestMarkPhotoCredits(t *testing.T) {
	cases := []struct {
		text   string
		byline []string // words marked Byline
	}{
		{"Các đại biểu dự hội nghị (Ảnh: Thùy Trang)", []string{"Ảnh", "Thùy", "Trang"}},
		{"Ảnh: Minh Khôi. Đồng chí Lê Văn Tám phát biểu.", []string{"Ảnh", "Minh", "Khôi"}},
		{"Triển lãm hình ảnh: Bác Hồ với nhân dân tỉnh nhà", nil},
		{"Thời gian: 8 giờ; địa điểm: hội trường (ảnh: Hải Nam)", []string{"ảnh", "Hải", "Nam"}},
		{"Không có dấu hai chấm nào ở đây", nil},
	}
	for _, c := range cases {
		d := newTestDoc(t, c.text)
		markPhotoCredits(d)
		var got []string
		for i := range d.Toks {
			if d.Toks[i].Flags&Byline != 0 && d.Toks[i].Kind == Word {
				got = append(got, d.Tok(i))
			}
		}
		if !slices.Equal(got, c.byline) {
			t.Errorf("%+q: bylines %+q, want %+q", c.text, got, c.byline)
		}
	}
}
