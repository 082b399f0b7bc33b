package main

// The HTML view: one self-contained page (no external assets; html/template
// escapes every piece of text) showing the article with each extraction
// highlighted by kind, a legend, and tables of the structured values.
//
// Spans are byte offsets into the original input. For UTF-8 input the page
// shows the input itself and highlights src[start:end]. For input in a
// legacy encoding (TCVN3, VNI, ...) the original bytes are not text a
// browser can show, so the page shows the normalized UTF-8 text instead,
// and the highlights come from a second Extract run on that text (whose
// spans are offsets into it); the page says so. Extraction does not depend
// on the encoding, so both runs find the same things.

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnie/vnie"
	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

//go:embed page.html.tmpl
var pageTemplate string

// pageTmpl is parsed once; html/template makes it safe for concurrent use.
var pageTmpl = template.Must(template.New("page").Parse(pageTemplate))

// hlKind is a kind of extraction, highlighted in its own colour.
type hlKind uint8

const (
	hlDocument hlKind = iota
	hlDate
	hlOfficial
	hlCount
	numKinds
)

// kindStyles are the kinds' legend names, CSS classes and colours
// (opaque sRGB, light enough for black text to stay readable).
var kindStyles = [numKinds]struct {
	name, class, colour string
}{
	hlDocument: {"documents", "k-doc", "#ffd43b"},
	hlDate:     {"dates", "k-date", "#8ce99a"},
	hlOfficial: {"officials", "k-off", "#74c0fc"},
	hlCount:    {"counts", "k-count", "#f783ac"},
}

// kindCSS returns the style rules of the kinds: one background per kind,
// and for two overlapping kinds a background split in two halves (top:
// the earlier kind). Three or more overlapping kinds show the last pair
// that applies.
func kindCSS() template.CSS {
	var b strings.Builder
	for _, k := range kindStyles {
		fmt.Fprintf(&b, ".%s{background:%s}\n", k.class, k.colour)
	}
	for i := range kindStyles {
		for j := i + 1; j < len(kindStyles); j++ {
			fmt.Fprintf(&b, ".%s.%s{background:linear-gradient(to bottom,%s 50%%,%s 50%%)}\n",
				kindStyles[i].class, kindStyles[j].class, kindStyles[i].colour, kindStyles[j].colour)
		}
	}
	return template.CSS(b.String()) // built from the constants above only
}

// hlSpan is one highlighted byte range of the shown text.
type hlSpan struct {
	start, end int
	kind       hlKind
	label      string // the tooltip line: what was extracted
	ref        string // id of the table row of the value
}

// segment is a run of the shown text with one set of highlights.
type segment struct {
	Text  string
	Class string // CSS classes; "" for plain text
	Title string // the tooltip: one line per extraction covering the run
	Ref   string // the table row of the first extraction covering the run
}

// page is the data of pageTemplate.
type page struct {
	Title     string
	Source    string
	Published string
	Authors   string
	Note      string
	CSS       template.CSS
	Legend    []legendItem
	Segments  []segment
	Documents []docRow
	Dates     []dateRow
	Officials []officialRow
	Counts    []countRow
}

type legendItem struct {
	Name, Class string
	N           int
}

type docRow struct {
	Ref, ID, Type, TypeName, Number, Issuer, System, Issued, Body string
	Year, Mentions                                                int
}

type dateRow struct {
	Ref, Text, Value, Grain, Time, PartOfDay string
	YearInferred                             bool
}

type officialRow struct {
	Ref, Name, Honorific string
	Titles               []schema.Title
	Mentions             int
}

type countRow struct {
	Ref, Text, Kind, Qualifier, Unit, Location string
	Value                                      int
}

// runHTML writes the HTML page of the one article.
func runHTML(cfg config, e env) int {
	src, name, code := readSingle(cfg, e)
	if code != exitOK {
		return code
	}
	opts := vnie.Options{Source: name, Published: cfg.published, Encoding: cfg.enc}
	a, err := vnie.Extract(src, opts)
	if err != nil {
		fmt.Fprintf(e.stderr, "vnie: %s: %v\n", displaySingle(name), err)
		return exitFail
	}
	text, note := src, ""
	if t, err := normalize.Bytes(src, normalize.Options{Encoding: cfg.enc}); err == nil && t.Encoding != normalize.UTF8 {
		// Legacy input: show the normalized text, with spans from a run on it.
		text = t.Norm
		opts.Encoding = normalize.UTF8
		if a, err = vnie.Extract(text, opts); err != nil {
			fmt.Fprintf(e.stderr, "vnie: %s: %v\n", displaySingle(name), err)
			return exitFail
		}
		note = fmt.Sprintf("The input is in the %s encoding: this page shows it converted to UTF-8 and normalized; "+
			"the JSON output's spans are byte offsets into the original bytes.", t.Encoding)
	}
	var buf bytes.Buffer
	if err := writeHTML(&buf, text, a, note); err != nil {
		fmt.Fprintln(e.stderr, "vnie: rendering the page:", err)
		return exitFail
	}
	return writeAll(cfg, e, buf.Bytes())
}

// displaySingle names a single input in messages.
func displaySingle(name string) string {
	if name == "" {
		return "stdin"
	}
	return name
}

// writeHTML writes the page of article a, whose spans are byte offsets
// into text. Spans out of range are clamped, spans that cut a UTF-8
// character grow to whole characters, and overlapping spans split the
// text into runs, so the page is well formed whatever a holds.
func writeHTML(w io.Writer, text []byte, a *schema.Article, note string) error {
	p := page{
		Title:     a.Title,
		Source:    a.Source,
		Published: a.Published,
		Authors:   strings.Join(a.Authors, ", "),
		Note:      note,
		CSS:       kindCSS(),
	}
	if p.Title == "" {
		p.Title = a.Source
	}
	spans, counts := p.fill(a)
	for k, s := range kindStyles {
		p.Legend = append(p.Legend, legendItem{Name: s.name, Class: s.class, N: counts[k]})
	}
	p.Segments = segments(text, spans)
	return pageTmpl.Execute(w, p)
}

// fill fills the tables of p from a and returns the spans to highlight and
// the number of values of each kind.
func (p *page) fill(a *schema.Article) (spans []hlSpan, counts [numKinds]int) {
	for i, d := range a.Documents {
		ref := "doc-" + strconv.Itoa(i+1)
		name := d.ID
		if name == "" {
			name = strings.TrimSpace(d.TypeName + " số " + d.Number)
		}
		p.Documents = append(p.Documents, docRow{Ref: ref, ID: d.ID, Type: d.Type, TypeName: d.TypeName,
			Number: d.Number, Issuer: d.Issuer, System: d.System, Issued: d.Issued, Body: d.IssuingBody,
			Year: d.Year, Mentions: len(d.Mentions)})
		for _, m := range d.Mentions {
			spans = append(spans, hlSpan{m.Span.Start(), m.Span.End(), hlDocument, "document " + name, ref})
		}
	}
	for i, d := range a.Dates {
		ref := "date-" + strconv.Itoa(i+1)
		p.Dates = append(p.Dates, dateRow{Ref: ref, Text: d.Text, Value: d.Value, Grain: d.Grain,
			Time: d.Time, PartOfDay: d.PartOfDay, YearInferred: d.YearInferred})
		spans = append(spans, hlSpan{d.Span.Start(), d.Span.End(), hlDate, "date " + d.Value + " (" + d.Grain + ")", ref})
	}
	for i, o := range a.Officials {
		ref := "off-" + strconv.Itoa(i+1)
		p.Officials = append(p.Officials, officialRow{Ref: ref, Name: o.Name, Honorific: o.Honorific,
			Titles: o.Titles, Mentions: len(o.Mentions)})
		label := "official " + o.Name
		for j, t := range o.Titles {
			if j == 0 {
				label += ": "
			} else {
				label += "; "
			}
			label += t.Text
		}
		for _, m := range o.Mentions {
			spans = append(spans, hlSpan{m.Span.Start(), m.Span.End(), hlOfficial, label, ref})
		}
	}
	for i, c := range a.Counts {
		ref := "count-" + strconv.Itoa(i+1)
		p.Counts = append(p.Counts, countRow{Ref: ref, Text: c.Text, Kind: c.Kind, Qualifier: c.Qualifier,
			Unit: c.Unit, Location: c.Location, Value: c.Value})
		spans = append(spans, hlSpan{c.Span.Start(), c.Span.End(), hlCount, "count " + c.Kind + " " + strconv.Itoa(c.Value), ref})
	}
	counts = [numKinds]int{len(a.Documents), len(a.Dates), len(a.Officials), len(a.Counts)}
	return spans, counts
}

// segments cuts text into runs at every span boundary; each run lists the
// spans covering it. Spans are clamped to the text and widened to whole
// UTF-8 characters; empty spans are dropped. Time O(n log n + runs ×
// overlap) for n spans.
func segments(text []byte, spans []hlSpan) []segment {
	clean := spans[:0:0]
	for _, s := range spans {
		s.start = runeStart(text, max(0, min(s.start, len(text))))
		s.end = runeEnd(text, max(0, min(s.end, len(text))))
		if s.start < s.end {
			clean = append(clean, s)
		}
	}
	slices.SortStableFunc(clean, func(a, b hlSpan) int { return a.start - b.start })
	cuts := make([]int, 0, 2*len(clean)+2)
	cuts = append(cuts, 0, len(text))
	for _, s := range clean {
		cuts = append(cuts, s.start, s.end)
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)

	var segs []segment
	var active []hlSpan
	next := 0 // the first span of clean not yet active
	for i := 0; i+1 < len(cuts); i++ {
		from, to := cuts[i], cuts[i+1]
		active = slices.DeleteFunc(active, func(s hlSpan) bool { return s.end <= from })
		for next < len(clean) && clean[next].start <= from {
			active = append(active, clean[next])
			next++
		}
		seg := segment{Text: string(text[from:to])}
		if len(active) > 0 {
			var has [numKinds]bool
			var title strings.Builder
			for j, s := range active {
				has[s.kind] = true
				if j > 0 {
					title.WriteByte('\n')
				}
				title.WriteString(s.label)
			}
			var class strings.Builder
			class.WriteString("hl")
			for k, ok := range has {
				if ok {
					class.WriteString(" " + kindStyles[k].class)
				}
			}
			seg.Class, seg.Title, seg.Ref = class.String(), title.String(), active[0].ref
		}
		// Merge with the previous run when the highlights are the same.
		if n := len(segs); n > 0 && segs[n-1].Class == seg.Class && segs[n-1].Title == seg.Title {
			segs[n-1].Text += seg.Text
			continue
		}
		segs = append(segs, seg)
	}
	return segs
}

// runeStart moves i back to the start of the UTF-8 character it is in.
func runeStart(b []byte, i int) int {
	for j := 0; j < utf8.UTFMax && i > 0 && i < len(b) && !utf8.RuneStart(b[i]); j++ {
		i--
	}
	return i
}

// runeEnd moves i forward to the end of the UTF-8 character it is in.
func runeEnd(b []byte, i int) int {
	for j := 0; j < utf8.UTFMax && i > 0 && i < len(b) && !utf8.RuneStart(b[i]); j++ {
		i++
	}
	return i
}
