package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// pageText is an article of our own in the genre, with characters that
// HTML must escape.
const pageText = "Chiều 12-4-2023, Thường trực Tỉnh ủy tổ chức hội nghị trực tuyến quán triệt " +
	"Nghị quyết số 18-NQ/TW ngày 16-6-2022 của Ban Chấp hành Trung ương.\n\n" +
	"Đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy, chủ trì hội nghị tại 35 điểm cầu với gần 2.000 đảng viên tham dự. " +
	"Đồng chí Lê Văn Hùng đề nghị <b>các cấp ủy</b> & \"chi bộ\" xây dựng kế hoạch trước ngày 30-5.\n"

// mention returns the Mention of the n-th (from 0) occurrence of sub in
// pageText.
func mention(t *testing.T, sub string, n int) schema.Mention {
	t.Helper()
	from := 0
	for ; ; n-- {
		i := strings.Index(pageText[from:], sub)
		if i < 0 {
			t.Fatalf("%q not in the text", sub)
		}
		if n == 0 {
			return schema.Mention{Text: sub, Span: schema.Span{from + i, from + i + len(sub)}}
		}
		from += i + len(sub)
	}
}

// pageArticle is what a perfect extraction of pageText gives, built by
// hand: the document's mention contains its issue date, so two kinds
// overlap.
func pageArticle(t *testing.T) *schema.Article {
	a := schema.New("bai-viet.txt")
	a.Title = "Quán triệt Nghị quyết 18"
	a.Published = "2023-04-12"
	doc := mention(t, "Nghị quyết số 18-NQ/TW ngày 16-6-2022", 0)
	a.Documents = []schema.Document{{ID: "18-NQ/TW", Type: "NQ", TypeName: "Nghị quyết", Number: "18",
		Issuer: "TW", System: "party", Issued: "2022-06-16", IssuingBody: "Ban Chấp hành Trung ương",
		Mentions: []schema.Mention{doc}}}
	for _, d := range []struct{ text, value string }{
		{"Chiều 12-4-2023", "2023-04-12"}, {"ngày 16-6-2022", "2022-06-16"}, {"ngày 30-5", "2023-05-30"},
	} {
		m := mention(t, d.text, 0)
		a.Dates = append(a.Dates, schema.Date{Text: m.Text, Span: m.Span, Value: d.value, Grain: schema.GrainDay})
	}
	a.Officials = []schema.Official{{Name: "Lê Văn Hùng", Honorific: "đồng chí",
		Titles:   []schema.Title{{Text: "Phó Bí thư Tỉnh ủy", Role: "Phó Bí thư", Organization: "Tỉnh ủy"}},
		Mentions: []schema.Mention{mention(t, "Lê Văn Hùng", 0), mention(t, "Lê Văn Hùng", 1)}}}
	for _, c := range []struct {
		text, kind, qual, unit string
		value                  int
	}{
		{"35 điểm cầu", schema.KindConnectionPoints, "", "điểm cầu", 35},
		{"gần 2.000 đảng viên", schema.KindAttendees, schema.QualNearly, "đảng viên", 2000},
	} {
		m := mention(t, c.text, 0)
		a.Counts = append(a.Counts, schema.Count{Text: m.Text, Span: m.Span, Kind: c.kind, Value: c.value, Qualifier: c.qual, Unit: c.unit})
	}
	return a
}

func TestSegments(t *testing.T) {
	// Byte offsets: "Hội" 0-5 ("ộ" 1-4), "nghị" 6-12, "ngày" 13-18 ("à"
	// 15-17), "3-1" 19-22.
	text := []byte("Hội nghị ngày 3-1")
	type seg struct{ Text, Class string }
	cases := []struct {
		name  string
		spans []hlSpan
		want  []seg
	}{
		{"none", nil, []seg{{"Hội nghị ngày 3-1", ""}}},
		{"one", []hlSpan{{start: 13, end: 22, kind: hlDate}},
			[]seg{{"Hội nghị ", ""}, {"ngày 3-1", "hl k-date"}}},
		{"overlap splits into runs", []hlSpan{{start: 0, end: 17, kind: hlDocument}, {start: 13, end: 22, kind: hlDate}},
			[]seg{{"Hội nghị ", "hl k-doc"}, {"ngà", "hl k-doc k-date"}, {"y 3-1", "hl k-date"}}},
		{"nested and identical", []hlSpan{{start: 0, end: 22, kind: hlCount}, {start: 4, end: 5, kind: hlOfficial}, {start: 4, end: 5, kind: hlOfficial}},
			[]seg{{"Hộ", "hl k-count"}, {"i", "hl k-off k-count"}, {" nghị ngày 3-1", "hl k-count"}}},
		{"out of range is clamped, empty and reversed dropped", []hlSpan{{start: -5, end: 1, kind: hlDate}, {start: 19, end: 99, kind: hlDate}, {start: 9, end: 9, kind: hlCount}, {start: 8, end: 2, kind: hlCount}},
			[]seg{{"H", "hl k-date"}, {"ội nghị ngày ", ""}, {"3-1", "hl k-date"}}},
		{"a cut through a character widens to it", []hlSpan{{start: 2, end: 3, kind: hlOfficial}, {start: 13, end: 16, kind: hlDate}},
			[]seg{{"H", ""}, {"ộ", "hl k-off"}, {"i nghị ", ""}, {"ngà", "hl k-date"}, {"y 3-1", ""}}},
	}
	for _, c := range cases {
		var got []seg
		for _, s := range segments(text, c.spans) {
			got = append(got, seg{s.Text, s.Class})
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, diff)
		}
	}
}

var (
	tagRE     = regexp.MustCompile(`<[^>]*>`)
	articleRE = regexp.MustCompile(`(?s)<article class="text">(.*)</article>`)
)

func TestHTMLPage(t *testing.T) {
	var buf bytes.Buffer
	if err := writeHTML(&buf, []byte(pageText), pageArticle(t), ""); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	body := articleRE.FindStringSubmatch(page)
	if body == nil {
		t.Fatalf("no article element:\n%s", page)
	}
	// The text, tags removed and unescaped, is the input exactly.
	if got := html.UnescapeString(tagRE.ReplaceAllString(body[1], "")); got != pageText {
		t.Errorf("the page's text differs from the input:\n%s", cmp.Diff(pageText, got))
	}
	for _, c := range []struct{ want, why string }{
		{`&lt;b&gt;các cấp ủy&lt;/b&gt; &amp; &#34;chi bộ&#34;`, "the text is escaped"},
		{`<a class="hl k-doc" href="#doc-1" title="document 18-NQ/TW">Nghị quyết số 18-NQ/TW </a>`, "a document mention"},
		{`<a class="hl k-doc k-date" href="#doc-1" title="document 18-NQ/TW` + "\n" + `date 2022-06-16 (day)">ngày 16-6-2022</a>`, "the date inside the mention shows both kinds"},
		{`<a class="hl k-off" href="#off-1" title="official Lê Văn Hùng: Phó Bí thư Tỉnh ủy">Lê Văn Hùng</a>`, "an official"},
		{`<a class="hl k-count" href="#count-2" title="count attendees 2000">gần 2.000 đảng viên</a>`, "a count"},
		{`<tr id="doc-1"><td class="sw-row k-doc"></td><td>18-NQ/TW<br><small>party · TW</small></td><td>NQ (Nghị quyết)</td><td>18</td><td class="nw">2022-06-16</td>`, "the document's row"},
		{`<td>Ban Chấp hành Trung ương</td><td>1</td></tr>`, "its issuing body and mention count"},
		{`<li>Phó Bí thư Tỉnh ủy <small>(Phó Bí thư · Tỉnh ủy)</small></li>`, "the official's title"},
		{`<td>gần 2.000 đảng viên</td><td>attendees</td><td>2000</td><td>nearly</td>`, "the count's row"},
		{`<span class="sw k-date"></span>dates (3)`, "the legend counts the values"},
		{`.k-doc.k-date{background:linear-gradient(to bottom,#ffd43b 50%,#8ce99a 50%)}`, "overlaps have a style"},
	} {
		if !strings.Contains(page, c.want) {
			t.Errorf("the page lacks %s: %q", c.why, c.want)
		}
	}
	if n, m := strings.Count(body[1], "<a "), strings.Count(body[1], "</a>"); n != 8 || m != n {
		t.Errorf("%d links opened, %d closed; want 8 runs", n, m)
	}
	for _, bad := range []string{"ZgotmplZ", "http://", "https://", "<script", "<link"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page contains %q (unsafe value or external asset)", bad)
		}
	}
}

// --html on a file writes the page; with nothing found the tables say so.
func TestHTMLCommand(t *testing.T) {
	in := writeFile(t, "a.txt", []byte("Hội nghị <tổng kết> đã diễn ra."))
	target := filepath.Join(t.TempDir(), "a.html")
	for _, args := range [][]string{{"--html", in, "-o", target}, {"--format", "html", in, "-o", target}} {
		code, out, errOut := runCmd(t, "", true, args...)
		page, _ := os.ReadFile(target)
		if code != exitOK || out != "" || errOut != "" || !bytes.HasPrefix(page, []byte("<!DOCTYPE html>")) {
			t.Fatalf("%q: exit %d, stdout %q, stderr %q", args, code, out, errOut)
		}
		if !bytes.Contains(page, []byte("Hội nghị &lt;tổng kết&gt; đã diễn ra.")) || !bytes.Contains(page, []byte(in)) {
			t.Errorf("the page lacks the text or the source")
		}
	}
	code, _, errOut := runCmd(t, "", true, "--html", filepath.Join(t.TempDir(), "none.txt"))
	if code != exitFail || !strings.Contains(errOut, "no such file") {
		t.Errorf("missing file: exit %d, stderr %q", code, errOut)
	}
}

// Legacy input: the page shows the decoded text and says so.
func TestHTMLLegacy(t *testing.T) {
	// "Hội nghị." in Windows-1258: ô (0xF4) and i, each with a combining
	// dot below (0xF2).
	src := []byte("H\xf4\xf2i nghi\xf2.")
	if _, err := normalize.Bytes(src, normalize.Options{Encoding: normalize.Windows1258}); err != nil {
		t.Skipf("legacy decoding is not available yet: %v", err)
	}
	in := writeFile(t, "old.txt", src)
	code, out, errOut := runCmd(t, "", true, "--html", "--encoding", "windows-1258", in)
	if code != exitOK || !strings.Contains(out, ">Hội nghị.") || !strings.Contains(out, "windows-1258 encoding") {
		t.Errorf("exit %d, stderr %q, page %s", code, errOut, out)
	}
}

// chromium returns the path of a Chromium or Chrome binary, or "".
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// screenshot renders the page in headless Chromium and returns, for each
// kind, how many pixels have exactly its colour.
func screenshot(t *testing.T, browser, page, pngPath string) [numKinds]int {
	t.Helper()
	htmlPath := strings.TrimSuffix(pngPath, ".png") + ".html"
	if err := os.WriteFile(htmlPath, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--force-color-profile=srgb", "--hide-scrollbars", "--user-data-dir="+t.TempDir(),
		"--screenshot="+pngPath, "--window-size=1280,1000", "file://"+htmlPath)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, out)
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	var want [numKinds][3]uint32
	for k, s := range kindStyles {
		var r, g, b uint32
		if _, err := fmt.Sscanf(s.colour, "#%02x%02x%02x", &r, &g, &b); err != nil {
			t.Fatal(err)
		}
		want[k] = [3]uint32{r, g, b}
	}
	var n [numKinds]int
	bounds := img.Bounds()
	for y := bounds.Min.Y; y < bounds.Max.Y; y++ {
		for x := bounds.Min.X; x < bounds.Max.X; x++ {
			r, g, b, _ := img.At(x, y).RGBA()
			for k, w := range want {
				if r>>8 == w[0] && g>>8 == w[1] && b>>8 == w[2] {
					n[k]++
				}
			}
		}
	}
	return n
}

// TestHTMLInBrowser renders the page in headless Chromium (skipped when
// none is installed) and checks that every kind's highlights show: the
// page with highlights has many more pixels of each kind's colour than
// the same page with the spans removed (legend and tables alike). Set
// VNIE_SCREENSHOTS=DIR to keep the PNGs.
func TestHTMLInBrowser(t *testing.T) {
	browser := chromium()
	if browser == "" {
		t.Skip("no chromium installed (apt-get install chromium)")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	dir := os.Getenv("VNIE_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	a := pageArticle(t)
	var with, without bytes.Buffer
	if err := writeHTML(&with, []byte(pageText), a, ""); err != nil {
		t.Fatal(err)
	}
	for i := range a.Documents {
		a.Documents[i].Mentions = nil
	}
	for i := range a.Officials {
		a.Officials[i].Mentions = nil
	}
	for i := range a.Dates {
		a.Dates[i].Span = schema.Span{}
	}
	for i := range a.Counts {
		a.Counts[i].Span = schema.Span{}
	}
	if err := writeHTML(&without, []byte(pageText), a, ""); err != nil {
		t.Fatal(err)
	}
	on := screenshot(t, browser, with.String(), filepath.Join(dir, "highlights.png"))
	off := screenshot(t, browser, without.String(), filepath.Join(dir, "no-highlights.png"))
	for k, s := range kindStyles {
		// A highlighted word is some 20 × 60 pixels.
		if on[k]-off[k] < 500 {
			t.Errorf("%s: %d pixels of %s with highlights, %d without", s.name, on[k], s.colour, off[k])
		}
	}
	t.Logf("pixels per kind with highlights %v, without %v (PNGs in %s)", on, off, dir)
}
