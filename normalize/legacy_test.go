package normalize

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// win returns the bytes that s shows when read as Windows-1252, the way
// TCVN3 and VNI text is usually quoted ("Uû ban" is "U\xfb ban"): each
// character below U+0100 becomes its byte, and bytes that are not UTF-8
// ("\x93") stay as they are.
func win(s string) string {
	var b []byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r > 0xFF {
			b = append(b, s[i:i+n]...)
		} else {
			b = append(b, byte(r))
		}
		i += n
	}
	return string(b)
}

// TestTablesMatchIconv compares the byte tables with glibc's, recorded in
// testdata/iconv_tables.txt: a second source for every row.
func TestTablesMatchIconv(t *testing.T) {
	f, err := os.Open("testdata/iconv_tables.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	encs := map[string]Encoding{"TCVN5712-1": TCVN3, "VISCII": VISCII, "CP1258": Windows1258}
	seen := map[Encoding]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Fields(line)
		enc, ok := encs[fields[0]]
		b, err := strconv.ParseUint(fields[1], 16, 8)
		if !ok || err != nil || len(fields) < 3 {
			t.Fatalf("bad line %+q", line)
		}
		want := ""
		for _, cp := range fields[2:] {
			if cp == "-" {
				break
			}
			r, err := strconv.ParseUint(strings.TrimPrefix(cp, "U+"), 16, 32)
			if err != nil {
				t.Fatalf("bad code point in %+q", line)
			}
			want += string(rune(r))
		}
		cp := codepages[enc]
		var got string
		switch {
		case b >= 0x80:
			got = cp.high[b-0x80]
		case enc == TCVN3:
			// VN1 puts 12 upper-case letters in C0; TCVN3 (VN3) keeps
			// the controls, and Encode writes those letters decomposed.
			got, want = cp.low[b], ""
		default:
			got = cp.low[b]
		}
		if got != want {
			t.Errorf("%v byte 0x%02X = %+q, iconv says %+q", enc, b, got, want)
		}
		seen[enc]++
	}
	if seen[TCVN3] < 128 || seen[VISCII] < 134 || seen[Windows1258] < 128 {
		t.Errorf("the iconv file covers too few bytes: %v", seen)
	}
}

// TestVNISpellings decodes each VNI spelling of vniSpellings, in both cases,
// and some text as VNI keyboards wrote it.
func TestVNISpellings(t *testing.T) {
	for row, spellings := range vniSpellings {
		for tone, sp := range spellings {
			for _, c := range []struct {
				bytes string
				want  rune
			}{
				{latin1Bytes(sp), toned[row][tone]},
				{latin1Bytes(upperLatin1(sp)), toned[row+upperRows][tone]},
			} {
				got, err := String(c.bytes, Options{Encoding: VNI, Tone: ToneKeep})
				if err != nil || got != string(c.want) {
					t.Errorf("VNI %+q = %+q, %v; want %+q", c.bytes, got, err, string(c.want))
				}
			}
		}
	}
	for _, tc := range []struct{ vni, want, why string }{
		{"Xin chaøo caùc baïn", "Xin chào các bạn", "the classic sample: ø grave, ù acute, ï dot"},
		{"AÙ", "Á", "upper-case mark byte"},
		{"Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam", "Ñ is Đ; ä is circumflex with dot"},
		{"Uûy ban nhaân daân tænh", "Ủy ban nhân dân tỉnh", "new-style tone normalized; æ is ỉ"},
		{"QUYEÁT ÑÒNH", "QUYẾT ĐỊNH", "Ò is Ị"},
		{"ngöôøi ñöôïc thöôûng", "người được thưởng", "ö is ư, ô is ơ"},
		{"Naüng, khaép, laëng", "Nẵng, khắp, lặng", "breve bytes ü é ë"},
		{"Ngoïc Thuûy Tieân, Yù kieán, yù", "Ngọc Thủy Tiên, Ý kiến, ý", "tone after y"},
		{"tyû, kyø, Mî", "tỷ, kỳ, Mỵ", "î is ỵ"},
		{"Aï AÏ aÏ", "Ạ Ạ ạ", "a mark byte of either case marks the letter before it"},
	} {
		if got := normOf(t, win(tc.vni), Options{Encoding: VNI}); got != tc.want {
			t.Errorf("%s: VNI %+q = %+q, want %+q", tc.why, tc.vni, got, tc.want)
		}
	}
}

func TestDecodeLegacy(t *testing.T) {
	for _, tc := range []struct {
		enc      Encoding
		in, want string
		why      string
	}{
		{TCVN3, "Uû ban nh©n d©n", "Ủy ban nhân dân", "TCVN3 read as Windows-1252 looks like this"},
		{TCVN3, "ChÊp hµnh Trung \xad¬ng", "Chấp hành Trung ương", "0xAD is ư, invisible as a soft hyphen in Windows-1252"},
		{TCVN3, "QUYÕT §ÞNH", "QUYẾT ĐỊNH", "a heading typed with the upper-case font over lower-case codes"},
		{TCVN3, "§µ N½ng", "Đà Nẵng", "one capital: a capitalised word, not a heading"},
		{TCVN3, "Bé CHÝNH TRÞ", "Bộ CHÍNH TRỊ", "each word is judged alone"},
		{TCVN3, "\x93Héi nghÞ\x94 \x96 2020", "\"Hội nghị\" - 2020", "quotes and dash outside upper-case words"},
		{TCVN3, "H\x97I \xa7\x91NH", "HỘI ĐỊNH", "the same bytes inside upper-case words are letters"},
		{TCVN3, "chê\x85", "chờ…", "ellipsis after a lower-case word"},
		{TCVN3, "U\xb3", "Ú", "a combining tone byte"},
		{TCVN3, "TP. HCM\x01", "TP. HCM\x01", "C0 bytes stay controls (VN1 letters there are not read)"},
		{VISCII, "Vi\xaet Nam", "Việt Nam", "VISCII lower case"},
		{VISCII, "\x02NG \x19", "ẲNG Ỹ", "VISCII letters in C0"},
		{VISCII, "Th\xd7a Thi\xeaN", "Thừa ThiêN", "no case rule outside TCVN3"},
		{Windows1258, "Vi\xea\xf2t Nam", "Việt Nam", "base letter plus combining dot below"},
		{Windows1258, "Ha\xcc N\xf4\xf2i, \x93\xd0\xe3\xecc\x94", "Hà Nội, \"Đắc\"", "Windows-1258 has typographic quotes"},
		{Windows1258, "ho\xe0", "hòa", "precomposed à; old tone style applied"},
	} {
		got := normOf(t, win(tc.in), Options{Encoding: tc.enc})
		if got != tc.want {
			t.Errorf("%s: %v %+q = %+q, want %+q", tc.why, tc.enc, tc.in, got, tc.want)
		}
	}
}

// TestLegacyOffsets checks that the words of a decoded text map back to the
// bytes they came from.
func TestLegacyOffsets(t *testing.T) {
	for _, tc := range []struct {
		enc   Encoding
		in    string
		words []string // each word of Norm with the source bytes it maps to
	}{
		{VNI, "Ñaûng uûy Vieät Nam", []string{"Đảng=Ñaûng", "ủy=uûy", "Việt=Vieät", "Nam=Nam"}},
		{TCVN3, "QUYÕT §ÞNH sè 52", []string{"QUYẾT=QUYÕT", "ĐỊNH=§ÞNH", "số=sè", "52=52"}},
		{Windows1258, "Vi\xea\xf2t, \xd0a\xecng", []string{"Việt=Vi\xea\xf2t", "Đáng=\xd0a\xecng"}},
		{VISCII, "Th\xd7a \xd0\xd5i", []string{"Thừa=Th\xd7a", "Đại=\xd0\xd5i"}},
	} {
		in := win(tc.in)
		text, err := Bytes([]byte(in), Options{Encoding: tc.enc})
		if err != nil {
			t.Fatal(err)
		}
		ws := words(text.Norm)
		if len(ws) != len(tc.words) {
			t.Fatalf("%v %+q: %d words in %+q, want %d", tc.enc, tc.in, len(ws), text.Norm, len(tc.words))
		}
		for i, w := range ws {
			norm, orig, _ := strings.Cut(tc.words[i], "=")
			orig = win(orig)
			s, e := text.OrigSpan(w[0], w[1])
			if got := string(text.Norm[w[0]:w[1]]); got != norm || in[s:e] != orig {
				t.Errorf("%v: word %+q maps to %+q, want %+q for %+q", tc.enc, got, in[s:e], orig, norm)
			}
			if got := text.Surface(w[0], w[1]); norm != normOf(t, got, Options{}) {
				t.Errorf("%v: Surface(%+q) = %+q", tc.enc, norm, got)
			}
		}
	}
}

func TestEncode(t *testing.T) {
	for _, tc := range []struct {
		enc      Encoding
		in, want string
		why      string
	}{
		{TCVN3, "Ủy ban nhân dân", "\x9ey ban nh\xa9n d\xa9n", "VN1 code for Ủ"},
		{TCVN3, "Ứng Ý", "\xa6\xb3ng Y\xb3", "VN1 keeps Ứ and Ý in C0: written with a combining acute"},
		{TCVN3, "HỘI Ọ", "H\x97I O\xb4", "Ộ inside an upper-case word is 0x97; Ọ alone would read as a dash"},
		{TCVN3, "“Hội” …", "\x93H\xe9i\x94 \x85", "quotes and ellipsis outside words"},
		{VNI, "Đảng Cộng sản", "\xd1a\xfbng Co\xe4ng sa\xfbn", "base letter plus mark byte"},
		{VNI, "ĐỊNH ỵ", "\xd1\xd2NH \xee", "letters with a byte of their own"},
		{VISCII, "Thừa Thiên Huế", "Th\xd7a Thi\xean Hu\xaa", "single bytes"},
		{Windows1258, "Việt Nam, Hà", "Vi\xea\xf2t Nam, H\xe0", "precomposed where the code page has it, else a combining byte"},
		{Windows1258, "Ấp", "\xc2\xecp", "Â plus acute"},
		{UTF8, "Việt", "Việt", "UTF-8 is the bytes themselves"},
	} {
		got, err := Encode(tc.in, tc.enc)
		if err != nil || string(got) != tc.want {
			t.Errorf("%s: Encode(%+q, %v) = %+q, %v; want %+q", tc.why, tc.in, tc.enc, got, err, tc.want)
			continue
		}
		if back := normOf(t, string(got), Options{Encoding: tc.enc}); back != normOf(t, tc.in, Options{}) {
			t.Errorf("%s: %v round trip of %+q gives %+q", tc.why, tc.enc, tc.in, back)
		}
	}
	for _, tc := range []struct {
		enc    Encoding
		in     string
		offset int
		r      rune
		why    string
	}{
		{VISCII, "Hội nghị…", len("Hội nghị"), '…', "VISCII has no punctuation above ASCII"},
		{VISCII, "a\x02", 1, 0x02, "VISCII uses byte 0x02 for Ẳ"},
		{TCVN3, "Ả €", len("Ả "), '€', "TCVN3 has no euro sign"},
		{TCVN3, "ĐảNG", len("Đ"), 'ả', "lower-case toned letter in an upper-case word would be upper-cased"},
		{TCVN3, "ĐẢNG“", len("ĐẢNG"), '“', "a quote right after an upper-case word would read as Ỏ"},
		{VNI, "Ä", 0, 'Ä', "VNI uses Ä's byte as a mark"},
		{Windows1258, "ḿ ǘ ā", len("ḿ ǘ "), 'ā', "no macron in Windows-1258 (ḿ and ǘ decompose)"},
		{UTF8, "a\xffb", 1, '\uFFFD', "invalid UTF-8 input"},
	} {
		_, err := Encode(tc.in, tc.enc)
		var ee *EncodeError
		if !errors.As(err, &ee) || ee.Offset != tc.offset || ee.Rune != tc.r || ee.Encoding != tc.enc {
			t.Errorf("%s: Encode(%+q, %v) error = %v, want %q at %d", tc.why, tc.in, tc.enc, err, tc.r, tc.offset)
		}
	}
	if _, err := Encode("a", Auto); err == nil {
		t.Errorf("Encode(Auto): no error, want one")
	}
}

// TestEncodeAllLetters encodes every Vietnamese letter alone, capitalised
// in a word and inside an upper-case word, and decodes it back.
func TestEncodeAllLetters(t *testing.T) {
	for _, enc := range legacyCandidates {
		for _, row := range vowelRows {
			for _, r := range row {
				for _, s := range []string{string(r), string(r) + "n", "N" + string(r) + "NG", "x" + string(r) + "y"} {
					b, err := Encode(s, enc)
					// TCVN3 would read a lower-case toned letter inside an
					// upper-case word as upper case: Encode refuses it.
					ambiguous := enc == TCVN3 && s[0] == 'N' && r >= utf8.RuneSelf && unicode.IsLower(r)
					if ambiguous != (err != nil) {
						t.Errorf("Encode(%+q, %v): error %v, want one: %v", s, enc, err, ambiguous)
					}
					if err != nil {
						continue
					}
					if got := normOf(t, string(b), Options{Encoding: enc, Tone: ToneKeep}); got != s {
						t.Errorf("%v: %+q encodes to %+q, which decodes to %+q", enc, s, b, got)
					}
				}
			}
		}
	}
}

func TestDetectLegacy(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Encoding
		ok   bool
		why  string
	}{
		{"Uû ban nh©n d©n tØnh", TCVN3, true, "TCVN3"},
		{"UÛy ban nhaân daân tænh", VNI, true, "VNI"},
		{"\x9cy ban nh\xe2n d\xe2n t\xefnh", VISCII, true, "VISCII"},
		{"U\xd2y ban nh\xe2n d\xe2n ti\xd2nh", Windows1258, true, "Windows-1258"},
		{"Xin ch\xe0o c\xe1c ba\xf2n", Windows1258, true, "Windows-1258 with precomposed à, á: VISCII would read baòn"},
		{"Hà Nội \xff", Auto, false, "UTF-8 with one broken byte"},
		{"Caf\xe9 cr\xe8me", Auto, false, "Latin-1 French"},
		{"\x9c\x9d\x9e\x9f\x80", Auto, false, "a run of control-range bytes is not a word of any encoding"},
		{"Qu\xe4ng Tr\xb8", VISCII, true, "two words of VISCII, which TCVN3 reads as Quọng Trá, syllables too: the common syllables break the tie"},
	} {
		in := tc.in
		if tc.want == TCVN3 || tc.want == VNI {
			in = win(in)
		}
		got, ok := detectLegacy([]byte(in))
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("%s: detectLegacy(%+q) = %v, %v; want %v, %v", tc.why, tc.in, got, ok, tc.want, tc.ok)
		}
		// The same after a long ASCII preamble (more than the sample).
		got, ok = detectLegacy([]byte(strings.Repeat("ASCII header line\n", 2000) + in))
		if ok != tc.ok || ok && got != tc.want {
			t.Errorf("%s: after 36 KB of ASCII, detectLegacy(%+q) = %v, %v; want %v, %v", tc.why, tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestIsSyllable(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"nghiêng", true}, {"người", true}, {"Quyết", true}, {"khuỷu", true}, {"giữa", true},
		{"gìn", true}, {"ĐƯỢC", true}, {"thuở", true}, {"oanh", true}, {"ấy", true}, {"xoong", true},
		{"Vieọt", false}, // VNI read as TCVN3: ieo is no nucleus
		{"baòn", false},  // ao takes no final consonant
		{"nhÂn", false},  // upper case after lower case
		{"nh©n", false},  // a symbol in the word
		{"hóà", false},   // two tone marks
		{"café", false},  // f is not Vietnamese
		{"ĐảNG", false},  // mixed case
		{"strông", false},
	} {
		if got := isSyllable([]byte(norm.NFC.String(tc.word))); got != tc.want {
			t.Errorf("isSyllable(%+q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestDetectShortTexts encodes short texts of our own in every legacy
// encoding: a headline or a place name alone must be read back in the
// encoding it was written in.
func TestDetectShortTexts(t *testing.T) {
	for _, s := range []string{
		"Sáng 3-1, đồng chí Nguyễn Văn Hùng chủ trì hội nghị.",
		"Hội nghị quán triệt Nghị quyết số 52-NQ/TW của Bộ Chính trị.",
		"Chiều ngày 28-3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị trực tuyến.",
		"Đồng chí Lê Thị Thu Hà, Phó Bí thư Thường trực Tỉnh ủy phát biểu.",
		"Tham dự có hơn 7.600 đảng viên tại 95 điểm cầu.",
		"Ủy ban nhân dân tỉnh",
		"Tỉnh ủy",
		"Quảng Trị",
		"Thành phố Hồ Chí Minh",
	} {
		for _, enc := range legacyCandidates {
			b, err := Encode(s, enc)
			if err != nil {
				t.Fatal(err)
			}
			if got, ok := detectLegacy(b); !ok || got != enc {
				t.Errorf("%+q in %v: detected %v, %v", s, enc, got, ok)
			}
		}
	}
}
