package extract

import (
	"fmt"
	"strings"
	"testing"
	"unsafe"

	"github.com/google/go-cmp/cmp"

	"github.com/vnie/vnie/normalize"
)

// newTestDoc normalizes and tokenizes s.
func newTestDoc(t testing.TB, s string) *Doc {
	t.Helper()
	text, err := normalize.Bytes([]byte(s), normalize.Options{})
	if err != nil {
		t.Fatalf("normalize %+q: %v", s, err)
	}
	return NewDoc(&text)
}

func TestTokenize(t *testing.T) {
	d := newTestDoc(t, "Nghị quyết số 52-NQ/TW,  ngày 27-9-2019\n\nTHANH HÀ")
	type tok struct {
		text  string
		kind  Kind
		flags Flags
	}
	want := []tok{
		{"Nghị", Word, Upper | Marked | LineStart | ParaStart},
		{"quyết", Word, Marked | SpaceBefore},
		{"số", Word, Marked | SpaceBefore},
		{"52", Number, SpaceBefore},
		{"-", Punct, 0},
		{"NQ", Word, Upper | AllUpper},
		{"/", Punct, 0},
		{"TW", Word, Upper | AllUpper},
		{",", Punct, 0},
		{"ngày", Word, Marked | SpaceBefore},
		{"27", Number, SpaceBefore},
		{"-", Punct, 0},
		{"9", Number, 0},
		{"-", Punct, 0},
		{"2019", Number, 0},
		{"THANH", Word, Upper | AllUpper | SpaceBefore | LineStart | ParaStart},
		{"HÀ", Word, Upper | AllUpper | Marked | SpaceBefore},
	}
	if len(d.Toks) != len(want) {
		var got []string
		for i := range d.Toks {
			got = append(got, d.Tok(i))
		}
		t.Fatalf("got %d tokens %+q, want %d", len(d.Toks), got, len(want))
	}
	for i, w := range want {
		tk := d.Toks[i]
		if d.Tok(i) != w.text || tk.Kind != w.kind || tk.Flags != w.flags {
			t.Errorf("token %d = %+q kind %d flags %b, want %+q kind %d flags %b", i, d.Tok(i), tk.Kind, tk.Flags, w.text, w.kind, w.flags)
		}
	}
	if got := d.Lower(0) + "|" + d.Fold(0) + "|" + d.Fold(16); got != "nghị|nghi|ha" {
		t.Errorf("keys = %+q", got)
	}
}

func TestTokenizeEdges(t *testing.T) {
	for _, s := range []string{"", " ", "\n\n\n", "…", "a", "9", "\u0301", "Đ\u0301", strings.Repeat("x", 1000)} {
		d := newTestDoc(t, s)
		end := int32(0)
		for i, tk := range d.Toks {
			if tk.Start < end || tk.End <= tk.Start || int(tk.End) > len(d.S) {
				t.Errorf("%+q: token %d [%d,%d) out of order or bounds", s, i, tk.Start, tk.End)
			}
			end = tk.End
		}
	}
}

// TestFoldKeys checks the folded keys, which are built only on demand,
// against the fold hash the tokenizer computed as it read each token, and
// against normalize.Fold: on every seed, on a text with odd letters, and
// on a pooled Doc reused for a second text.
func TestFoldKeys(t *testing.T) {
	texts := []string{"Ảnh: ĐÌNH HUỆ – Nghị quyết 52-NQ/TW… ngày 3/1 İstanbul Ǆ ﬁ e\u0301 x"}
	for _, c := range loadSeeds(t) {
		texts = append(texts, string(c.src))
	}
	matched := 0 // furniture phrases found on folded keys
	for round := range 2 {
		for _, s := range texts {
			d := newTestDoc(t, s)
			// Folded matching before the keys are built (on the stack)
			// and after (on the Doc's buffer) must agree.
			type res struct {
				v     furnKind
				n     int
				found bool
			}
			var before []res
			if !d.foldBuilt {
				for i := range d.Toks {
					v, n, ok := furniturePhrases.match(d, i, true)
					before = append(before, res{v, n, ok})
				}
				if d.foldBuilt {
					t.Errorf("folded matching built the Doc's folded keys")
				}
			}
			if d.foldBuilt != d.Unaccented {
				t.Errorf("round %d: folded keys built=%v for an accented text", round, d.foldBuilt)
			}
			for i := range d.Toks {
				key := d.foldKey(i)
				if h := foldHash(key); h != d.Toks[i].fh {
					t.Fatalf("round %d: token %d %q: fold %q hashes to %#x, tokenizer said %#x", round, i, d.Tok(i), key, h, d.Toks[i].fh)
				}
				if d.Toks[i].Kind == Word {
					if want := normalize.Fold(d.Tok(i)); string(key) != want {
						t.Errorf("token %q: fold key %q, normalize.Fold %q", d.Tok(i), key, want)
					}
				}
			}
			for i, b := range before {
				if b.found {
					matched++
				}
				v, n, ok := furniturePhrases.match(d, i, true)
				if (res{v, n, ok}) != b {
					t.Errorf("token %d %q: folded match on the stack %+v, on built keys %+v", i, d.Tok(i), b, res{v, n, ok})
				}
			}
			d.Release()
		}
	}
	if matched == 0 {
		t.Error("no furniture phrase found in the seeds: the folded matching went untested")
	}
}

func TestIsAndUnaccented(t *testing.T) {
	d := newTestDoc(t, "Ngày 3-1")
	if !d.Is(0, "ngày") || d.Is(0, "ngay") || d.Is(5, "ngày") || d.Is(-1, "ngày") {
		t.Error("Is on accented text")
	}
	if d.Unaccented {
		t.Error("short accented text taken as unaccented")
	}
	u := newTestDoc(t, strings.Repeat("Nghi quyet so 52 ngay 27 thang 9 cua Bo Chinh tri ", 3))
	if !u.Unaccented {
		t.Fatal("unaccented text not detected")
	}
	if !u.Is(0, "nghị") || !u.Is(4, "ngày") || u.Is(4, "ngà") {
		t.Error("Is on unaccented text should compare folded keys")
	}
}

// TestUnaccentedShare checks the one-in-twenty line of Unaccented, where
// the count of marked words stops early: some marked words (a quoted name,
// a heading kept with its diacritics) in a long unaccented text.
func TestUnaccentedShare(t *testing.T) {
	plain := strings.Repeat("hoi nghi tong ket cong tac nam ", 80) // 560 words
	cases := []struct {
		marked int
		want   bool
	}{
		{10, true},  // 10 of 570: unaccented
		{25, true},  // 25 of 585, 500 < 585
		{40, false}, // 40 of 600, 800 >= 600
		{200, false},
	}
	for _, c := range cases {
		text := strings.Repeat("Việt ", c.marked) + plain
		if got := newTestDoc(t, text).Unaccented; got != c.want {
			t.Errorf("%d marked words before %d plain ones: Unaccented = %v, want %v", c.marked, 560, got, c.want)
		}
	}
}

func TestLexicon(t *testing.T) {
	lex := NewLexicon([]Entry[string]{
		{"Ban Tuyên giáo", "btg"},
		{"Ban Tuyên giáo Trung ương", "btgtw"},
		{"Ban", "ban"},
		{"TP. Hồ Chí Minh", "hcm"},
		{"Uỷ ban", "uyban"}, // new-style tone in the phrase: normalized like the text
	})
	cases := []struct {
		text string
		i    int
		want string
		n    int
	}{
		{"Ban Tuyên giáo Trung ương chủ trì", 0, "btgtw", 5},
		{"Ban Tuyên giáo Thị ủy", 0, "btg", 3},
		{"BAN TUYÊN GIÁO", 0, "btg", 3},
		{"Ban   Tuyên\tgiáo", 0, "btg", 3},
		{"Ban Tuyên\ngiáo", 0, "ban", 1},
		{"tại TP. Hồ Chí Minh", 1, "hcm", 5},
		{"Ủy ban nhân dân", 0, "uyban", 2},
		{"Bàn", 0, "", 0},
		{"Tuyên giáo", 0, "", 0},
	}
	for _, c := range cases {
		d := newTestDoc(t, c.text)
		v, n, ok := lex.Match(d, c.i)
		if c.n == 0 {
			if ok {
				t.Errorf("%+q at %d: matched %q (%d tokens), want no match", c.text, c.i, v, n)
			}
			continue
		}
		if !ok || v != c.want || n != c.n {
			t.Errorf("%+q at %d: got %q, %d, %v; want %q, %d", c.text, c.i, v, n, ok, c.want, c.n)
		}
	}
	u := newTestDoc(t, strings.Repeat("Ban Tuyen giao Trung uong to chuc hoi nghi ", 4))
	if v, n, ok := lex.Match(u, 0); !ok || v != "btgtw" || n != 5 {
		t.Errorf("unaccented: got %q, %d, %v", v, n, ok)
	}
	if _, _, ok := lex.Match(u, len(u.Toks)); ok {
		t.Error("match past the end")
	}
}

func TestSpanSurfaceValue(t *testing.T) {
	src := "Ðồng chí  Lê Mạnh\u00a0Hùng, Uỷ viên"
	d := newTestDoc(t, src)
	// Tokens: Đồng chí Lê Mạnh Hùng , Ủy viên
	if got := d.Value(2, 5); got != "Lê Mạnh Hùng" {
		t.Errorf("Value = %+q", got)
	}
	if got := d.Value(0, 2); got != "Đồng chí" {
		t.Errorf("Value of normalized Ð = %+q", got)
	}
	if got := d.Value(0, 3); got != "Đồng chí Lê" {
		t.Errorf("Value across two spaces = %+q", got)
	}
	if got := newTestDoc(t, "Ban Tuyên giáo\nTỉnh ủy").Value(0, 5); got != "Ban Tuyên giáo Tỉnh ủy" {
		t.Errorf("Value across a line break = %+q", got)
	}
	if got := newTestDoc(t, "Sở Y tế\tBình Định").Value(0, 5); got != "Sở Y tế Bình Định" {
		t.Errorf("Value across a tab = %+q", got)
	}
	if got := d.Value(2, 6); got != "Lê Mạnh Hùng," {
		t.Errorf("Value with a comma against its word = %+q", got)
	}
	sp := d.Span(0, 2)
	if got := src[sp[0]:sp[1]]; got != "Ðồng chí" {
		t.Errorf("span of the first two tokens = %+q, want the original bytes", got)
	}
	if got := d.Surface(6, 8); got != "Uỷ viên" {
		t.Errorf("Surface keeps the original tone style: %+q", got)
	}
	m := d.Mention(2, 5)
	if src[m.Span[0]:m.Span[1]] != m.Text || m.Text != "Lê Mạnh\u00a0Hùng" {
		t.Errorf("Mention = %+v", m)
	}
	// A mention that normalization left as it was is the Doc's own text,
	// not a copy; one it changed is the original, copied.
	if got := d.Surface(2, 3); got != "Lê" {
		t.Errorf("Surface(Lê) = %+q", got)
	}
	if n := testing.AllocsPerRun(10, func() { _ = d.Surface(2, 3) }); n != 0 {
		t.Errorf("Surface of an unchanged mention allocates %v times", n)
	}
	if n := testing.AllocsPerRun(10, func() { _ = d.Surface(6, 8) }); n != 1 {
		t.Errorf("Surface of a changed mention allocates %v times, want 1 (the copy)", n)
	}
}

func TestClaimUsableFurniture(t *testing.T) {
	d := newTestDoc(t, "a b c d")
	d.Claim(1, 2)
	d.MarkFurniture(3, 10)
	for _, c := range []struct {
		i, j int
		want bool
	}{{0, 1, true}, {0, 2, false}, {2, 3, true}, {2, 4, false}, {3, 3, false}, {-1, 1, false}, {2, 5, false}} {
		if got := d.Usable(c.i, c.j); got != c.want {
			t.Errorf("Usable(%d, %d) = %v, want %v", c.i, c.j, got, c.want)
		}
	}
}

func TestLines(t *testing.T) {
	d := newTestDoc(t, "a b\nc d e\n\nf")
	if got := d.LineEnd(0); got != 2 {
		t.Errorf("LineEnd(0) = %d", got)
	}
	if got := d.LineStartOf(4); got != 2 {
		t.Errorf("LineStartOf(4) = %d", got)
	}
	if got := d.LineEnd(5); got != 6 {
		t.Errorf("LineEnd(5) = %d", got)
	}
}

func TestPublished(t *testing.T) {
	cases := []struct {
		in, want string
		err      bool
	}{
		{"", "", false},
		{"2021-03-29", "2021-03-29", false},
		{"2020-01-04T10:04", "2020-01-04T10:04:00+07:00", false},
		{"2020-01-04 10:04", "2020-01-04T10:04:00+07:00", false},
		{"2020-01-04T10:04:59", "2020-01-04T10:04:00+07:00", false},
		{"2020-01-04T03:04:00Z", "2020-01-04T10:04:00+07:00", false},
		{"2020-01-04T10:04:00+07:00", "2020-01-04T10:04:00+07:00", false},
		{"04/01/2020", "", true},
		{"2021-02-30", "", true},
		{"2021-3-1", "", true},
	}
	for _, c := range cases {
		p, err := ParsePublished(c.in)
		if (err != nil) != c.err {
			t.Errorf("ParsePublished(%+q) error = %v, want error %v", c.in, err, c.err)
			continue
		}
		if got := p.String(); got != c.want {
			t.Errorf("ParsePublished(%+q) = %+q, want %+q", c.in, got, c.want)
		}
	}
}

func TestValidDate(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		ok      bool
	}{{2020, 2, 29, true}, {2021, 2, 29, false}, {2021, 2, 30, false}, {2021, 4, 31, false}, {2021, 12, 31, true}, {2021, 13, 1, false}, {2021, 0, 1, false}, {2021, 1, 0, false}, {0, 1, 1, false}} {
		if got := ValidDate(c.y, c.m, c.d); got != c.ok {
			t.Errorf("ValidDate(%d, %d, %d) = %v", c.y, c.m, c.d, got)
		}
	}
}

func ExampleLexicon_Match() {
	bodies := NewSet("Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương")
	text, _ := normalize.Bytes([]byte("Chỉ thị số 01 của Bộ Chính trị"), normalize.Options{})
	d := NewDoc(&text)
	for i := range d.Toks {
		if body, n, ok := bodies.Match(d, i); ok {
			fmt.Println(body, n, d.Mention(i, i+n).Span)
		}
	}
	// Output: Bộ Chính trị 3 [26 43]
}

func ExampleNewDoc() {
	text, _ := normalize.Bytes([]byte("Sáng 3-1, 95 điểm cầu"), normalize.Options{})
	d := NewDoc(&text)
	for i, tk := range d.Toks {
		fmt.Printf("%q ", d.Tok(i))
		_ = tk
	}
	fmt.Println()
	// Output: "Sáng" "3" "-" "1" "," "95" "điểm" "cầu"
}

// BenchmarkNewDoc measures tokenization (with the key buffers) on the seeds.
func BenchmarkNewDoc(b *testing.B) {
	var texts []normalize.Text
	size := 0
	for _, c := range loadSeeds(b) {
		nt, err := normalize.Bytes(c.src, normalize.Options{})
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, nt)
		size += len(c.src)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for k := range texts {
			NewDoc(&texts[k])
		}
	}
}

// TestTokenSize keeps Token at 20 bytes: every extractor reads every
// token in every pass (see Token).
func TestTokenSize(t *testing.T) {
	if n := unsafe.Sizeof(Token{}); n != 20 {
		t.Errorf("Token is %d bytes, want 20", n)
	}
}

// TestKeep checks the string arena: strings handed out keep their bytes
// while later ones fill the chunk and overflow into new chunks, and a
// string longer than a chunk gets its own.
func TestKeep(t *testing.T) {
	d := &Doc{}
	var want, got []string
	buf := []byte("2021-03-29")
	for i := range 3 * arenaChunk / len(buf) {
		buf[9] = byte('0' + i%10)
		want = append(want, string(buf))
		got = append(got, d.keep(buf))
	}
	long := strings.Repeat("x", 2*arenaChunk)
	want, got = append(want, long), append(got, d.keep([]byte(long)))
	want, got = append(want, ""), append(got, d.keep(nil))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("kept strings changed (-want +got):\n%s", diff)
	}
}
