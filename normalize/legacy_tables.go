package normalize

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// The byte tables of the legacy encodings, written once as data (Windows-1258
// and the Windows-1252 part of VNI come from x/text's charmaps). Rows list
// the characters of 16 consecutive bytes. legacy_test.go checks TCVN3,
// VISCII and Windows-1258 byte by byte against glibc's iconv tables
// (testdata/iconv_tables.txt), and the VNI spellings against published
// examples.

// tcvn3Rows are bytes 0x80–0xFF of TCVN 5712:1993. The ABC fonts (VN3)
// define the lower-case letters and ĂÂÊÔƠƯĐ; the upper-case letters with a
// tone mark come from VN1, the superset, so that a document written with a
// VN1 font still decodes. 0xB0–0xB4 are the combining tone marks. VN1's
// twelve letters in C0 (Ú, Ụ, Ừ...) are not read: C0 bytes stay controls,
// and Encode writes those letters as a base and a combining tone byte.
var tcvn3Rows = [8]string{
	"ÀẢÃÁẠẶẬÈẺẼÉẸỆÌỈĨ",                          // 0x80
	"ÍỊÒỎÕÓỌỘỜỞỠỚỢÙỦŨ",                          // 0x90
	"\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ",                     // 0xA0
	"\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ", // 0xB0
	"ẮẦẨẪẤỀặầẩẫấậèỂẻẽ",                          // 0xC0
	"éẹềểễếệìỉỄẾỒĩíịò",                          // 0xD0
	"Ổỏõóọồổỗốộờởỡớợù",                          // 0xE0
	"ỖủũúụừửữứựỳỷỹýỵỐ",                          // 0xF0
}

// tcvn3Punct are the bytes whose VN1 upper-case letter collides with the
// Windows-1252 punctuation that ABC fonts also carry (typographic quotes,
// dashes, bullet, ellipsis, typed by word processors). Such a byte is the
// letter only inside an upper-case word (after a letter, with no lower-case
// letter before it in the word), else the punctuation: "HỘI" but "“Hội”".
var tcvn3Punct = map[byte]rune{
	0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
}

// visciiRows are bytes 0x80–0xFF of VISCII 1.1 (RFC 1456).
var visciiRows = [8]string{
	"ẠẮẰẶẤẦẨẬẼẸẾỀỂỄỆỐ", // 0x80
	"ỒỔỖỘỢỚỜỞỊỎỌỈỦŨỤỲ", // 0x90
	"Õắằặấầẩậẽẹếềểễệố", // 0xA0
	"ồổỗỠƠộờởịỰỨỪỬơớƯ", // 0xB0
	"ÀÁÂÃẢĂẳẵÈÉÊẺÌÍĨỳ", // 0xC0
	"ĐứÒÓÔạỷừửÙÚỹỵÝỡư", // 0xD0
	"àáâãảăữẫèéêẻìíĩỉ", // 0xE0
	"đựòóôõỏọụùúũủýợỮ", // 0xF0
}

// visciiC0 are the six control-code positions where VISCII 1.1 puts
// letters; the other C0 bytes keep their ASCII meaning.
var visciiC0 = map[byte]rune{0x02: 'Ẳ', 0x05: 'Ẵ', 0x06: 'Ẫ', 0x14: 'Ỷ', 0x19: 'Ỹ', 0x1E: 'Ỵ'}

// vniSpellings gives the VNI-Windows bytes of each lower-case vowel row of
// vowelRows (bare, huyền, sắc, hỏi, ngã, nặng), written as the Windows-1252
// characters of those bytes, the way VNI text looks in a Latin font
// ("Xin chaøo caùc baïn"). A letter is a base byte and a mark byte; i, the
// horn letters ơ ư, ỵ and đ have bytes of their own. Upper case is the
// Windows-1252 upper case of every byte ("AÙ" is Á).
var vniSpellings = [12][6]string{
	{"a", "aø", "aù", "aû", "aõ", "aï"},  // a
	{"aê", "aè", "aé", "aú", "aü", "aë"}, // ă: breve bytes ê è é ú ü ë
	{"aâ", "aà", "aá", "aå", "aã", "aä"}, // â: circumflex bytes â à á å ã ä
	{"e", "eø", "eù", "eû", "eõ", "eï"},  // e
	{"eâ", "eà", "eá", "eå", "eã", "eä"}, // ê
	{"i", "ì", "í", "æ", "ó", "ò"},       // i
	{"o", "oø", "où", "oû", "oõ", "oï"},  // o
	{"oâ", "oà", "oá", "oå", "oã", "oä"}, // ô
	{"ô", "ôø", "ôù", "ôû", "ôõ", "ôï"},  // ơ
	{"u", "uø", "uù", "uû", "uõ", "uï"},  // u
	{"ö", "öø", "öù", "öû", "öõ", "öï"},  // ư
	{"y", "yø", "yù", "yû", "yõ", "î"},   // y
}

// vniD is the VNI byte of đ (Đ is its upper case, "Ñ").
const vniD = "ñ"

// Combining tone marks in the order of vowelRows' tones 1..5.
const toneMarks = "\u0300\u0301\u0309\u0303\u0323"

// codepage is one legacy encoding in both directions.
type codepage struct {
	// high is the text of bytes 0x80–0xFF ("" for an undefined byte); low
	// the text of C0 bytes that are not ASCII controls ("" for the others).
	high [128]string
	low  [32]string
	// class is the character class of high (clsUpper, clsLower, clsMark,
	// clsOther).
	class [128]uint8
	// alt is, for TCVN3's bytes in tcvn3Punct, the text the byte has
	// outside an upper-case word; "" for the other bytes.
	alt [128]string
	// caseFix turns on TCVN3's upper-casing of words typed with the
	// upper-case ABC fonts (see decodeLegacy).
	caseFix bool
	// bytes maps a character to its byte(s); characters absent from it are
	// written as a base letter and combining tone mark bytes when the
	// encoding has them (see Encode).
	bytes map[rune]string
}

// codepages holds the tables of TCVN3, VNI, VISCII and Windows-1258,
// indexed by Encoding. Read-only after package initialisation.
var codepages = buildCodepages()

func buildCodepages() [Windows1258 + 1]*codepage {
	var cps [Windows1258 + 1]*codepage
	cps[TCVN3] = rowsCodepage(&tcvn3Rows, nil)
	cps[VISCII] = rowsCodepage(&visciiRows, visciiC0)
	cps[VNI] = vniCodepage()
	cps[Windows1258] = charmapCodepage(charmap.Windows1258)
	for b, r := range tcvn3Punct {
		cps[TCVN3].alt[b-0x80] = string(r)
		cps[TCVN3].bytes[r] = string([]byte{b})
	}
	cps[TCVN3].caseFix = true
	for _, cp := range cps {
		if cp == nil {
			continue
		}
		for i := len(cp.high) - 1; i >= 0; i-- {
			r, n := utf8.DecodeRuneInString(cp.high[i])
			cp.class[i] = classOf(r)
			// A byte that is one combining mark also writes it (VNI's ù
			// is U+0301), the lower-case byte when there are two.
			if _, ok := cp.bytes[r]; !ok && n == len(cp.high[i]) && cp.class[i] == clsMark {
				cp.bytes[r] = string([]byte{byte(0x80 + i)})
			}
		}
	}
	return cps
}

// Character classes of decoded bytes, for TCVN3's word rules.
const (
	clsOther uint8 = iota
	clsUpper       // an upper-case letter
	clsLower       // a lower-case letter
	clsMark        // a combining mark: part of the letter before it
)

// classOf returns the class of r.
func classOf(r rune) uint8 {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return clsUpper
		case 'a' <= r && r <= 'z':
			return clsLower
		}
		return clsOther
	case unicode.Is(unicode.Mn, r):
		return clsMark
	case unicode.IsUpper(r):
		return clsUpper
	case unicode.IsLetter(r):
		return clsLower
	}
	return clsOther
}

// rowsCodepage builds a single-byte codepage from 8 rows of 16 characters
// and the letters it puts in C0.
func rowsCodepage(rows *[8]string, c0 map[byte]rune) *codepage {
	cp := &codepage{bytes: make(map[rune]string, 160)}
	i := 0
	for _, row := range rows {
		for _, r := range row {
			if r != utf8.RuneError && i < len(cp.high) {
				cp.high[i] = string(r)
				cp.bytes[r] = string([]byte{byte(0x80 + i)})
			}
			i++
		}
	}
	for b, r := range c0 {
		cp.low[b] = string(r)
		cp.bytes[r] = string([]byte{b})
	}
	return cp
}

// charmapCodepage builds a codepage from an x/text single-byte charmap.
func charmapCodepage(cm *charmap.Charmap) *codepage {
	cp := &codepage{bytes: make(map[rune]string, 160)}
	for i := range cp.high {
		b := byte(0x80 + i)
		if r := cm.DecodeByte(b); r != utf8.RuneError {
			cp.high[i] = string(r)
			cp.bytes[r] = string([]byte{b})
		}
	}
	return cp
}

// vniCodepage builds VNI-Windows: Windows-1252 for the bytes VNI does not
// use, the letter bytes, and the mark bytes derived from vniSpellings (the
// mark of "aá" is what ấ adds to a: U+0302 U+0301).
func vniCodepage() *codepage {
	cp := charmapCodepage(charmap.Windows1252)
	cp1252 := cp.high
	for row, spellings := range vniSpellings {
		for tone, sp := range spellings {
			runes := []rune(sp)
			lower := string(toned[row][tone])
			upper := string(toned[row+upperRows][tone])
			switch {
			case len(runes) == 1 && runes[0] >= 0x80: // a letter byte of its own
				cp.setHigh(runes[0], lower)
				cp.setHigh(unicode.ToUpper(runes[0]), upper)
			case len(runes) == 2:
				base := string(runes[0])
				if runes[0] >= 0x80 {
					base = cp.high[runes[0]-0x80]
				}
				mark := norm.NFD.String(lower)[len(norm.NFD.String(base)):]
				cp.setHigh(runes[1], mark)
				cp.setHigh(unicode.ToUpper(runes[1]), mark)
			}
		}
	}
	d := []rune(vniD)[0]
	cp.setHigh(d, "đ")
	cp.setHigh(unicode.ToUpper(d), "Đ")
	// Only the Windows-1252 characters VNI left in place are written as
	// themselves; the Vietnamese letters are spelled.
	clear(cp.bytes)
	for i, s := range cp.high {
		if s != "" && s == cp1252[i] {
			cp.bytes[[]rune(s)[0]] = string([]byte{byte(0x80 + i)})
		}
	}
	for row, spellings := range vniSpellings {
		for tone, sp := range spellings {
			cp.bytes[toned[row][tone]] = latin1Bytes(sp)
			cp.bytes[toned[row+upperRows][tone]] = latin1Bytes(upperLatin1(sp))
		}
	}
	cp.bytes['đ'] = latin1Bytes(vniD)
	cp.bytes['Đ'] = latin1Bytes(upperLatin1(vniD))
	return cp
}

// setHigh sets the text of the byte whose Windows-1252 character is r.
func (cp *codepage) setHigh(r rune, text string) {
	if 0x80 <= r && r <= 0xFF {
		cp.high[r-0x80] = text
	}
}

// latin1Bytes returns the bytes of s, whose characters are all below
// U+0100 (Windows-1252 letters stand for their Latin-1 byte).
func latin1Bytes(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

// upperLatin1 upper-cases a VNI spelling: each byte's Windows-1252 letter
// has its upper case 0x20 below it (ù/Ù, ñ/Ñ), as ASCII does.
func upperLatin1(s string) string {
	b := []rune(s)
	for i, r := range b {
		b[i] = unicode.ToUpper(r)
	}
	return string(b)
}
