package normalize

import (
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/unicode/norm"
)

// normOf returns the normalized text of s with opts, failing the test on an
// error.
func normOf(t *testing.T, s string, opts Options) string {
	t.Helper()
	got, err := String(s, opts)
	if err != nil {
		t.Fatalf("String(%+q): %v", s, err)
	}
	return got
}

func TestCleanStep(t *testing.T) {
	for _, tc := range []struct {
		in, want, why string
	}{
		{"Ðảng", "Đảng", "eth U+00D0 looks like Đ"},
		{"\u0189ức", "Đức", "African D U+0189 looks like Đ"},
		{"ðồng chí", "đồng chí", "lower-case eth looks like đ"},
		{"7\u00A0600", "7 600", "NBSP inside a number becomes a space"},
		{"Hà\u202FNội", "Hà Nội", "narrow no-break space"},
		{"Bộ\u200B Chính\u200Ctrị\uFEFF", "Bộ Chínhtrị", "zero-width characters and BOM vanish"},
		{"tự\u00ADdo", "tựdo", "soft hyphen is invisible"},
		{"dòng 1\r\ndòng 2\rdòng 3", "dòng 1\ndòng 2\ndòng 3", "CRLF and lone CR become LF"},
		{"2020\u20132025 \u2014 nay", "2020-2025 - nay", "en and em dash become '-'"},
		{"\u201CĐổi mới\u201D, \u2018ý\u2019", "\"Đổi mới\", 'ý'", "curly quotes become ASCII"},
		{"«Nghị quyết»", "\"Nghị quyết\"", "guillemets are double quotes"},
		{"dòng\u2028mới", "dòng\nmới", "line separator"},
		{"Hội nghị … kết thúc", "Hội nghị … kết thúc", "the ellipsis stays: it is one character"},
	} {
		if got := normOf(t, tc.in, Options{}); got != tc.want {
			t.Errorf("%s: String(%+q) = %+q, want %+q", tc.why, tc.in, got, tc.want)
		}
	}
}

func TestNFCStep(t *testing.T) {
	for _, tc := range []struct {
		in, want, why string
	}{
		{"Vie\u0302\u0323t Nam", "Việt Nam", "NFD ệ: base, circumflex, dot below"},
		{"Vie\u0323\u0302t", "Việt", "the marks in canonical order"},
		{"thu\u0309y", "thủy", "decomposed hỏi on u"},
		{"Đa\u0300 Na\u0306\u0303ng", "Đà Nẵng", "two decomposed letters"},
		{"x\u0301", "x\u0301", "a mark on a consonant has no precomposed form: kept"},
		{"\u0301đầu", "\u0301đầu", "a mark at the start of the text is kept"},
	} {
		if got := normOf(t, tc.in, Options{}); got != tc.want {
			t.Errorf("%s: String(%+q) = %+q, want %+q", tc.why, tc.in, got, tc.want)
		}
	}
}

func TestToneStep(t *testing.T) {
	for _, tc := range []struct {
		in       string
		old, new string
		why      string
	}{
		{"hoà", "hòa", "hoà", "open oa: old style marks o"},
		{"hòa", "hòa", "hoà", "already old style"},
		{"thuỷ", "thủy", "thuỷ", "open uy: old style marks u"},
		{"Uỷ ban", "Ủy ban", "Uỷ ban", "capital U at the start of a word"},
		{"khoẻ", "khỏe", "khoẻ", "open oe"},
		{"HOÀ BÌNH", "HÒA BÌNH", "HOÀ BÌNH", "upper case"},
		{"Thanh Hoá", "Thanh Hóa", "Thanh Hoá", "sắc on oa"},
		{"hoạ sĩ", "họa sĩ", "hoạ sĩ", "nặng on oa"},
		{"quý", "quý", "quý", "qu+y: u belongs to the consonant"},
		{"Quỳnh", "Quỳnh", "Quỳnh", "qu+y with a final consonant"},
		{"hoàn thành", "hoàn thành", "hoàn thành", "a final consonant: both styles agree"},
		{"tuyết", "tuyết", "tuyết", "uyê nucleus with a final"},
		{"thuở", "thuở", "thuở", "uơ is not an oa/oe/uy nucleus"},
		{"khuya", "khuya", "khuya", "uya: no tone to move"},
		{"ngoài", "ngoài", "ngoài", "oai: the vowel after oa blocks the rule"},
		{"hòa, thuỷ; Uỷ", "hòa, thủy; Ủy", "hoà, thuỷ; Uỷ", "mixed styles in one sentence"},
		{"uỷ", "ủy", "uỷ", "uy at the very start of the text"},
	} {
		if got := normOf(t, tc.in, Options{Tone: ToneOld}); got != tc.old {
			t.Errorf("%s: ToneOld %+q = %+q, want %+q", tc.why, tc.in, got, tc.old)
		}
		if got := normOf(t, tc.in, Options{Tone: ToneNew}); got != tc.new {
			t.Errorf("%s: ToneNew %+q = %+q, want %+q", tc.why, tc.in, got, tc.new)
		}
		if got := normOf(t, tc.in, Options{Tone: ToneKeep}); got != tc.in {
			t.Errorf("%s: ToneKeep %+q = %+q, want it unchanged", tc.why, tc.in, got)
		}
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct {
		in, want, why string
	}{
		{"Nghị quyết", "nghi quyet", "marks removed, lower case"},
		{"nghi quyet", "nghi quyet", "unaccented text folds to itself"},
		{"ĐẢNG Cộng sản", "dang cong san", "Đ folds to d"},
		{"Ðức", "duc", "eth folds like Đ"},
		{"Vie\u0302\u0323t", "viet", "combining marks of NFD text vanish"},
		{"HÒA hoà", "hoa hoa", "both tone styles meet"},
		{"52-NQ/TW", "52-nq/tw", "ASCII punctuation and digits stay"},
		{"Ơ Ư ơ ư Ă â", "o u o u a a", "vowels with horn, breve, circumflex"},
		{"", "", "empty"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("%s: Fold(%+q) = %+q, want %+q", tc.why, tc.in, got, tc.want)
		}
		if got := string(AppendFold([]byte("x:"), tc.in)); got != "x:"+tc.want {
			t.Errorf("%s: AppendFold(x:, %+q) = %+q, want %+q", tc.why, tc.in, got, "x:"+tc.want)
		}
	}
}

func TestParseEncoding(t *testing.T) {
	for _, tc := range []struct {
		name string
		want Encoding
		ok   bool
	}{
		{"", Auto, true}, {"auto", Auto, true}, {"UTF-8", UTF8, true}, {"utf8", UTF8, true},
		{"tcvn3", TCVN3, true}, {"ABC", TCVN3, true}, {"tcvn", TCVN3, true},
		{"vni", VNI, true}, {"VNI-Windows", VNI, true}, {" viscii ", VISCII, true},
		{"windows-1258", Windows1258, true}, {"cp1258", Windows1258, true},
		{"latin1", Auto, false}, {"vps", Auto, false},
	} {
		got, err := ParseEncoding(tc.name)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseEncoding(%+q) = %v, %v; want %v, ok=%v", tc.name, got, err, tc.want, tc.ok)
		}
	}
	// String and ParseEncoding agree on every constant.
	for e := Auto; e <= Windows1258; e++ {
		if got, err := ParseEncoding(e.String()); err != nil || got != e {
			t.Errorf("ParseEncoding(%+q) = %v, %v; want %v", e.String(), got, err, e)
		}
	}
}

func TestEncodingErrors(t *testing.T) {
	for _, tc := range []struct {
		in     string
		opts   Options
		offset int
		b      byte
		why    string
	}{
		{"Hà Nội \xff\xfe", Options{}, 10, 0xFF, "UTF-8 text with two stray bytes is not a legacy text"},
		{"ab\x80", Options{Encoding: UTF8}, 2, 0x80, "forced UTF-8: a lone continuation byte"},
		{"Hà Nội \xe1\xba", Options{}, 10, 0xE1, "a truncated UTF-8 sequence at the end"},
		{"\x01\x02\x03\x9c\x9d\x9e\x9f\xfe\xff", Options{}, 3, 0x9C, "binary garbage"},
		{"Caf\xe9 cr\xe8me br\xfbl\xe9e", Options{}, 3, 0xE9, "Latin-1 French reads as no Vietnamese encoding"},
		{"H\xe0 N\x81i", Options{Encoding: Windows1258}, 4, 0x81, "0x81 is undefined in Windows-1258"},
	} {
		_, err := Bytes([]byte(tc.in), tc.opts)
		var ee *EncodingError
		if !errors.Is(err, ErrEncoding) || !errors.As(err, &ee) {
			t.Errorf("%s: Bytes(%+q) error = %v, want an *EncodingError", tc.why, tc.in, err)
			continue
		}
		if ee.Offset != tc.offset || ee.Byte != tc.b {
			t.Errorf("%s: Bytes(%+q) error at %d (0x%02X), want %d (0x%02X)", tc.why, tc.in, ee.Offset, ee.Byte, tc.offset, tc.b)
		}
		// ReplaceInvalid never fails and always gives valid UTF-8.
		opts := tc.opts
		opts.ReplaceInvalid = true
		text, err := Bytes([]byte(tc.in), opts)
		if err != nil || !utf8.Valid(text.Norm) {
			t.Errorf("%s: Bytes(%+q, ReplaceInvalid) = %+q, %v; want valid UTF-8 and no error", tc.why, tc.in, text.Norm, err)
		}
	}
	if _, err := Bytes([]byte("x"), Options{Encoding: Encoding(42)}); err == nil {
		t.Errorf("Bytes with Encoding(42): no error, want one")
	}
}

func TestReplaceInvalid(t *testing.T) {
	text, err := Bytes([]byte("Hà Nội \xff ngày"), Options{ReplaceInvalid: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Hà Nội \uFFFD ngày"; string(text.Norm) != want {
		t.Errorf("Norm = %+q, want %+q", text.Norm, want)
	}
	// The replacement character maps back to the one bad byte.
	i := len("Hà Nội ")
	if s, e := text.OrigSpan(i, i+len("\uFFFD")); s != i || e != i+1 {
		t.Errorf("OrigSpan(U+FFFD) = %d,%d; want %d,%d", s, e, i, i+1)
	}
}

func TestOrigSpan(t *testing.T) {
	// Every step changes something: decomposed letters, NBSP, CRLF, a
	// zero-width space, a new-style tone and an eth.
	src := "Ðo\u0300ng chí\u00A0Uỷ\r\nviên\u200B Hoà"
	text, err := Bytes([]byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Đòng chí Ủy\nviên Hòa"; string(text.Norm) != want {
		t.Fatalf("Norm = %+q, want %+q", text.Norm, want)
	}
	for _, tc := range []struct {
		word, orig string
	}{
		{"Đòng", "Ðo\u0300ng"},
		{"chí", "chí"},
		{"Ủy", "Uỷ"},
		{"viên", "viên"},
		{"Hòa", "Hoà"},
		{"\n", "\r\n"},
		{" Ủy", "\u00A0Uỷ"},
	} {
		i := indexOf(text.Norm, tc.word)
		s, e := text.OrigSpan(i, i+len(tc.word))
		if got := src[s:e]; got != tc.orig {
			t.Errorf("OrigSpan(%+q) = %+q, want %+q", tc.word, got, tc.orig)
		}
	}
	// Ranges cutting through a rewritten character grow to all of it.
	i := indexOf(text.Norm, "Ủ")
	if s, e := text.OrigSpan(i+1, i+2); src[s:e] != "Uỷ" {
		t.Errorf("OrigSpan inside Ủ = %+q, want %+q", src[s:e], "Uỷ")
	}
	if s, e := text.OrigSpan(0, len(text.Norm)); s != 0 || e != len(src) {
		t.Errorf("OrigSpan(all) = %d,%d; want 0,%d", s, e, len(src))
	}
	if s, e := text.OrigSpan(-5, 1<<30); s != 0 || e != len(src) {
		t.Errorf("OrigSpan(out of range) = %d,%d; want it clamped to 0,%d", s, e, len(src))
	}
	// A text that normalizes to nothing still maps as a whole to all of
	// its input (a crasher of FuzzBytes).
	if empty, err := Bytes([]byte("\u00AD\u200B"), Options{}); err != nil || len(empty.Norm) != 0 {
		t.Errorf("Bytes(soft hyphen, ZWSP) = %+q, %v; want empty", empty.Norm, err)
	} else if s, e := empty.OrigSpan(0, 0); s != 0 || e != 5 {
		t.Errorf("OrigSpan(0, 0) of an empty Norm = %d,%d; want 0,5", s, e)
	}
	if got, want := text.Surface(indexOf(text.Norm, "Hòa"), len(text.Norm)), "Hoà"; got != want {
		t.Errorf("Surface(Hòa) = %+q, want %+q (the original spelling, in NFC)", got, want)
	}
}

// indexOf is bytes.Index for a string needle; -1 fails the caller's slice.
func indexOf(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return i
		}
	}
	return -1
}

func TestFastPathIsInput(t *testing.T) {
	src := []byte("Ủy ban nhân dân tỉnh Quảng Ninh, ngày 3-1-2020.")
	text, err := Bytes(src, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if text.Changed() || &text.Norm[0] != &src[0] || len(text.Norm) != len(src) {
		t.Errorf("already-normal input: Changed=%v, Norm shares input=%v; want false, true", text.Changed(), &text.Norm[0] == &src[0])
	}
	if diff := cmp.Diff("nhân dân", text.Surface(indexOf(src, "nhân"), indexOf(src, "nhân")+len("nhân dân"))); diff != "" {
		t.Errorf("Surface on the fast path (-want +got):\n%s", diff)
	}
}

func TestZeroAllocsOnNormalInput(t *testing.T) {
	for _, name := range seedNames(t) {
		src := seedNorm(t, name)
		allocs := testing.AllocsPerRun(20, func() {
			text, err := Bytes(src, Options{})
			if err != nil || text.Changed() {
				t.Fatalf("%s: Bytes(Norm) changed it or failed: %v", name, err)
			}
		})
		if allocs != 0 {
			t.Errorf("%s: Bytes on already-normal input: %v allocations, want 0", name, allocs)
		}
	}
	s := "Hội nghị Ban Chấp hành Trung ương"
	if allocs := testing.AllocsPerRun(20, func() { _ = AppendFold(make([]byte, 0, 64)[:0], s) }); allocs > 1 {
		t.Errorf("AppendFold: %v allocations, want at most the buffer", allocs)
	}
}

// TestNFCStable checks nfcStable's ranges against norm's properties: every
// rune there is a starter in NFC that never combines with what precedes it.
func TestNFCStable(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if !nfcStable(r) || !utf8.ValidRune(r) {
			continue
		}
		p := norm.NFC.PropertiesString(string(r))
		if p.CCC() != 0 || !p.BoundaryBefore() || !norm.NFC.IsNormalString(string(r)) {
			t.Errorf("U+%04X is in nfcStable's ranges but ccc=%d, boundary before=%v", r, p.CCC(), p.BoundaryBefore())
		}
	}
}

// TestScanNeedsAgrees checks the fast path against the steps: scan
// must name every step that would change the text, and Bytes must change
// exactly the texts that need something.
func TestScanNeedsAgrees(t *testing.T) {
	for _, tc := range []struct {
		in   string
		tone ToneStyle
		want needs
	}{
		{"Ủy ban nhân dân, 7.600 đảng viên", ToneOld, needs{}},
		{"Uỷ ban", ToneOld, needs{tone: true}},
		{"Ủy ban", ToneNew, needs{tone: true}},
		{"Uỷ ban", ToneKeep, needs{}},
		{"quý hoàn", ToneOld, needs{}},
		{"a\r\nb", ToneOld, needs{clean: true}},
		{"a\u00A0b", ToneOld, needs{clean: true}},
		{"o\u200Bà", ToneOld, needs{clean: true, delete: true}},
		{"e\u0301", ToneOld, needs{nfc: true}},
		{"x\u0301", ToneOld, needs{}},
		{"\u212B", ToneOld, needs{nfc: true}},
		{"ab\xff", ToneOld, needs{invalid: true}},
		{"Ðảng", ToneOld, needs{clean: true}},
		{"“Đổi mới” hoà", ToneOld, needs{clean: true, tone: true}},
	} {
		if got, _, _ := scan([]byte(tc.in), tc.tone, false); got != tc.want {
			t.Errorf("scan(%+q, %v) = %+v, want %+v", tc.in, tc.tone, got, tc.want)
		}
		text, err := Bytes([]byte(tc.in), Options{Tone: tc.tone, ReplaceInvalid: true})
		if err != nil || text.Changed() == tc.want.none() {
			t.Errorf("Bytes(%+q, %v): Changed = %v, %v; want %v", tc.in, tc.tone, text.Changed(), err, !tc.want.none())
		}
	}
	// A deleted zero-width character may join a tone pair: o + ZWSP + à.
	if got, _ := String("ho\u200Bà", Options{}); got != "hòa" {
		t.Errorf("String(ho ZWSP à) = %+q, want %+q", got, "hòa")
	}
}

// TestDecodeRuneMatchesUTF8 checks the inline decoder against
// utf8.DecodeRune on valid and invalid sequences.
func TestDecodeRuneMatchesUTF8(t *testing.T) {
	inputs := []string{"a", "đ", "ấ", "€", "𝄞", "\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\xA0\x80",
		"\xED\xA0\x80", "\xED\x9F\xBF", "\xEF\xBF\xBF", "\xE1\x80", "\xE1", "\xC3", "\xC3\x28", "\xF4\x90\x80\x80", "\xFF"}
	for _, s := range inputs {
		b := []byte(s)
		r1, n1 := decodeRune(b, 0)
		r2, n2 := utf8.DecodeRune(b)
		if r1 != r2 || n1 != n2 {
			t.Errorf("decodeRune(%+q) = %U, %d; utf8 gives %U, %d", s, r1, n1, r2, n2)
		}
	}
	for r := rune(0); r <= 0xFFFF; r++ {
		b := utf8.AppendRune(nil, r)
		if r1, n1 := decodeRune(b, 0); r1 != utf8.RuneError && (r1 != r || n1 != len(b)) {
			t.Fatalf("decodeRune(%U) = %U, %d", r, r1, n1)
		}
	}
}

// TestSkipASCII checks the word-at-a-time skip against a byte loop.
func TestSkipASCII(t *testing.T) {
	for _, s := range []string{"", "a", "abcdefgh", "abcdefghijklmnop\r", "abcdefgh\rijk", "abcdefghijklmnopq", "abc\u00e0defghijklmnop", "\r", "abcdefghijklmnopqrstuvwxyz\xff", "0123456\r89",
		// A CR and a non-ASCII byte in the same eight bytes, either first;
		// bytes one off a CR, and a CR with its high bit set.
		"ab\r\u00e0cdefghij", "ab\u00e0\rcdefghij", "\x0c\x0e\x8d\r abcdefgh", "abcdefg\x8d", "\x0c\x0e\x0c\x0e\x0c\x0e\x0c\x0e\x0c\x0e"} {
		b := []byte(s)
		for i := 0; i <= len(b); i++ {
			want := i
			for want < len(b) && b[want] < utf8.RuneSelf && b[want] != '\r' {
				want++
			}
			if got := skipASCII(b, i); got != want {
				t.Errorf("skipASCII(%+q, %d) = %d, want %d", s, i, got, want)
			}
		}
	}
}

// TestCheckSize pins the input limit of Bytes: MaxInput bytes pass, one
// more is ErrTooLarge (a real input that long is too heavy for a test).
func TestCheckSize(t *testing.T) {
	if err := checkSize(MaxInput); err != nil {
		t.Errorf("checkSize(MaxInput) = %v, want nil", err)
	}
	if err := checkSize(MaxInput + 1); !errors.Is(err, ErrTooLarge) {
		t.Errorf("checkSize(MaxInput+1) = %v, want ErrTooLarge", err)
	}
}

// TestComposeAcrossOtherMarks: a Vietnamese vowel whose marks go on past
// U+036F (a mark of another script between two of ours) is composed as
// NFC composes the whole segment, not from the vowel table up to the
// foreign mark (found by FuzzBytes).
func TestComposeAcrossOtherMarks(t *testing.T) {
	for _, s := range []string{
		"A\u0309\u06db\u0323",            // hook, Arabic mark, dot below
		"o\u0302\u0591\u0301 x",          // circumflex, Hebrew accent, acute
		"e\u0323\u0302\u1dc4",            // dot below, circumflex, a mark of the supplement
		"Hội nghi\u0323 \u0110a\u0309ng", // plain Vietnamese, for contrast
	} {
		got, err := String(s, Options{})
		if err != nil {
			t.Fatalf("String(%+q): %v", s, err)
		}
		if want := norm.NFC.String(s); got != want && !norm.NFC.IsNormal([]byte(got)) {
			t.Errorf("String(%+q) = %+q, not NFC (norm gives %+q)", s, got, want)
		}
	}
}
