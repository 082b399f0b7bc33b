package extract_test

import (
	"fmt"

	"github.com/vnie/vnie/extract"
	"github.com/vnie/vnie/normalize"
)

// doc prepares a text the way vnie.Extract does.
func doc(s string) *extract.Doc {
	t, err := normalize.Bytes([]byte(s), normalize.Options{})
	if err != nil {
		panic(err)
	}
	return extract.NewDoc(&t)
}

func ExampleArticleMeta() {
	d := doc("Đà Nẵng: Hội nghị học tập Nghị quyết số 43-NQ/TW\n10:30 - 05/03/2021\n\n(ĐNO) - Sáng 4-3, hội nghị diễn ra tại Hội trường Thành ủy.\n\nTHU HÀ\n\nChia sẻ bài viết")
	m := extract.ArticleMeta(d)
	fmt.Println(m.Title)
	fmt.Println(m.Published)
	fmt.Println(m.Authors)
	// Output:
	// Đà Nẵng: Hội nghị học tập Nghị quyết số 43-NQ/TW
	// 2021-03-05T10:30:00+07:00
	// [THU HÀ]
}

func ExampleDocuments() {
	d := doc("Quán triệt Nghị quyết số 43-NQ/TW ngày 24-1-2019 của Bộ Chính trị và Nghị định 15/2020/NĐ-CP; Nghị quyết số 43 đề ra mục tiêu đến năm 2030.")
	for _, doc := range extract.Documents(d) {
		fmt.Println(doc.ID, doc.TypeName, doc.Number, doc.Year, doc.Issuer, doc.System, doc.Issued, doc.IssuingBody, len(doc.Mentions))
	}
	// Output:
	// 43-NQ/TW Nghị quyết 43 0 TW party 2019-01-24 Bộ Chính trị 2
	// 15/2020/NĐ-CP Nghị định 15 2020 CP state   1
}

func ExampleDates() {
	d := doc("Sáng 3-1, hội nghị tổng kết năm 2019 và triển khai nhiệm vụ nhiệm kỳ 2020-2025.")
	d.Pub = extract.Published{Year: 2020, Month: 1, Day: 4}
	for _, x := range extract.Dates(d) {
		fmt.Printf("%q %s %s %s %v\n", x.Text, x.Value, x.Grain, x.PartOfDay, x.YearInferred)
	}
	// Output:
	// "Sáng 3-1" 2020-01-03 day morning true
	// "năm 2019" 2019 year  false
	// "2020-2025" 2020/2025 years  false
}

func ExampleCounts() {
	d := doc("Tại Hậu Giang có 19 điểm cầu trực tuyến, với hơn 4.100 cán bộ, đảng viên dự học.")
	for _, c := range extract.Counts(d) {
		fmt.Printf("%q %s %d %q %q %q\n", c.Text, c.Kind, c.Value, c.Qualifier, c.Unit, c.Location)
	}
	// Output:
	// "19 điểm cầu trực tuyến" connection_points 19 "" "điểm cầu" "Hậu Giang"
	// "hơn 4.100 cán bộ, đảng viên" attendees 4100 "more_than" "cán bộ, đảng viên" "Hậu Giang"
}

func ExampleOfficials() {
	d := doc("Đồng chí Trần Văn Minh, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh, chủ trì hội nghị. Thứ trưởng Bộ Y tế Lê Thị Hoa phát biểu.")
	for _, o := range extract.Officials(d) {
		fmt.Printf("%s (%q)\n", o.Name, o.Honorific)
		for _, t := range o.Titles {
			fmt.Printf("  %s = %s + %s\n", t.Text, t.Role, t.Organization)
		}
	}
	// Output:
	// Trần Văn Minh ("đồng chí")
	//   Phó Bí thư Thường trực Tỉnh ủy = Phó Bí thư Thường trực + Tỉnh ủy
	//   Chủ tịch HĐND tỉnh = Chủ tịch + HĐND tỉnh
	// Lê Thị Hoa ("")
	//   Thứ trưởng Bộ Y tế = Thứ trưởng + Bộ Y tế
}

func ExampleParsePublished() {
	p, err := extract.ParsePublished("2021-03-29T08:30")
	fmt.Println(p, err)
	_, err = extract.ParsePublished("29/03/2021")
	fmt.Println(err != nil)
	// Output:
	// 2021-03-29T08:30:00+07:00 <nil>
	// true
}

func ExampleValidDate() {
	fmt.Println(extract.ValidDate(2020, 2, 29), extract.ValidDate(2021, 2, 29), extract.ValidDate(2021, 13, 1))
	// Output: true false false
}
