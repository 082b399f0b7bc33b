package normalize

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// EncodeError reports a character that Encode cannot write in an encoding.
type EncodeError struct {
	// Offset is the byte offset of the character in Encode's input.
	Offset int
	// Rune is the character.
	Rune rune
	// Encoding is the target encoding.
	Encoding Encoding
}

// Error names the character, its offset and the encoding.
func (e *EncodeError) Error() string {
	return fmt.Sprintf("normalize: %v cannot hold %q (U+%04X) at offset %d", e.Encoding, e.Rune, e.Rune, e.Offset)
}

// codepageOf returns the tables of a legacy encoding, nil for the others.
func codepageOf(enc Encoding) *codepage {
	if int(enc) < len(codepages) {
		return codepages[enc]
	}
	return nil
}

// decodeByte returns the text of byte c ("" for an ASCII byte that stays as
// it is, "\uFFFD" for an undefined byte) and its class. letterCtx is
// wordCase.letterContext: whether a TCVN3 byte of tcvn3Punct is a letter.
func (cp *codepage) decodeByte(c byte, letterCtx bool) (string, uint8) {
	if c < utf8.RuneSelf {
		if c < 0x20 && cp.low[c] != "" {
			return cp.low[c], clsUpper
		}
		return "", classOf(rune(c))
	}
	i := c - 0x80
	if cp.alt[i] != "" && !letterCtx {
		return cp.alt[i], clsOther
	}
	if cp.high[i] == "" {
		return "\uFFFD", clsOther
	}
	return cp.high[i], cp.class[i]
}

// maxCaseFix bounds the lower-case letters of one word that TCVN3's case
// rule rewrites; a longer run of letters is not a Vietnamese word.
const maxCaseFix = 8

// wordCase follows the letters of the current word while decoding TCVN3
// (or simulating its decoding while encoding). The ABC fonts have no
// upper-case letters with tone marks: headings were typed with the
// upper-case fonts (.VnTimeH) over the lower-case codes, so "ĐỊNH" arrives
// as "Đ" "ị" "N" "H". A word with at least two upper-case letters, no
// lower-case ASCII letter and lower-case letters from such codes is such a
// heading word, and those letters are upper-cased.
type wordCase struct {
	inWord     bool // the last character that is not a combining mark is a letter
	lower      bool // the word has a lower-case letter
	asciiLower bool // the word has a lower-case ASCII letter
	upper      int  // upper-case letters in the word
	n          int  // lower-case letters from non-ASCII bytes
	at         [maxCaseFix]int
}

// letterContext reports whether the next character continues an
// upper-case word: TCVN3's letters of tcvn3Punct are letters only there.
func (w *wordCase) letterContext() bool { return w.inWord && !w.lower }

// add records a character of class cls; ascii tells it came from an ASCII
// byte, and at is its offset (kept for lower-case letters of other bytes).
// A character of class clsOther must be preceded by a call to end.
func (w *wordCase) add(cls uint8, ascii bool, at int) {
	switch cls {
	case clsUpper:
		w.inWord = true
		w.upper++
	case clsLower:
		w.inWord, w.lower = true, true
		if ascii {
			w.asciiLower = true
		} else {
			if w.n < maxCaseFix {
				w.at[w.n] = at
			}
			w.n++
		}
	}
}

// end ends the word and returns the offsets of the letters to upper-case
// (nil when the word is not a heading word). The result is valid until the
// next call to add.
func (w *wordCase) end() []int {
	var fix []int
	if w.n > 0 && w.n <= maxCaseFix && !w.asciiLower && w.upper >= 2 {
		fix = w.at[:w.n]
	}
	at := w.at
	*w = wordCase{at: at}
	return fix
}

// decodeLegacy decodes src from enc into UTF-8; the layer maps every output
// character back to the source byte it came from (an identity layer, with
// no edits, when src is ASCII). Undefined bytes become U+FFFD and the error
// names the first one; the output is valid either way.
//
// TCVN3 has two context rules (see tcvn3Punct and wordCase); the other
// encodings decode byte by byte. VNI mark bytes and the tone-mark bytes of
// TCVN3 and Windows-1258 become combining marks, composed by the NFC step.
func decodeLegacy(src []byte, enc Encoding) ([]byte, layer, error) {
	cp := codepageOf(enc)
	if cp == nil {
		return nil, layer{}, &EncodingError{Offset: 0, Byte: firstByte(src), Encoding: enc}
	}
	high := 0
	for _, c := range src {
		if c >= utf8.RuneSelf {
			high++
		}
	}
	b := builder{in: src}
	if high > 0 {
		// A byte decodes to at most 4 bytes (VNI's "\u0302\u0301").
		b.grow(len(src)+3*high, high)
	}
	errAt := cp.decodeInto(&b)
	out, l, changed := b.finish()
	if !changed {
		l = layer{outLen: len(src), inLen: len(src)}
	}
	var err error
	if errAt >= 0 {
		err = &EncodingError{Offset: errAt, Byte: src[errAt], Encoding: enc}
	}
	return out, l, err
}

// decodeInto decodes b.in into b and returns the offset of the first
// undefined byte, or -1.
func (cp *codepage) decodeInto(b *builder) int {
	var w wordCase
	errAt := -1
	fix := func(offsets []int) {
		for _, o := range offsets {
			r, n := utf8.DecodeRune(b.out[o:])
			if u := unicode.ToUpper(r); utf8.RuneLen(u) == n {
				utf8.EncodeRune(b.out[o:], u)
			}
		}
	}
	for i, c := range b.in {
		text, cls := cp.decodeByte(c, w.letterContext())
		if cls == clsOther && w.inWord {
			if offsets := w.end(); cp.caseFix {
				fix(offsets)
			}
		}
		at := 0
		if text != "" {
			if errAt < 0 && text == "\uFFFD" {
				errAt = i
			}
			b.replace(i, i+1, text)
			at = len(b.out) - len(text)
		}
		w.add(cls, c < utf8.RuneSelf, at)
	}
	if offsets := w.end(); cp.caseFix {
		fix(offsets)
	}
	return errAt
}

func firstByte(b []byte) byte {
	if len(b) == 0 {
		return 0
	}
	return b[0]
}

// Encode writes s, which should be NFC, in enc: TCVN3, VNI, VISCII or
// Windows-1258 (UTF8 returns s's bytes). Bytes(Encode(s, enc), Options{
// Encoding: enc}) gives s back when s is normalized text (its Norm); a
// character the encoding cannot hold is an *EncodeError naming the first
// one.
//
// Letters the encoding lacks as one byte are written as a base letter and
// tone-mark bytes where the encoding has them (Windows-1258 "ậ" is "â" and
// a dot below; TCVN3 "Ú" is "U" and an acute). A TCVN3 word whose decoding
// would be ambiguous under TCVN3's case rule (a lower-case toned letter
// among upper-case ones, as in "ĐảNG") is an error too.
func Encode(s string, enc Encoding) ([]byte, error) {
	if enc == UTF8 {
		if !utf8.ValidString(s) {
			i := invalidUTF8([]byte(s)).(*EncodingError).Offset
			return nil, &EncodeError{Offset: i, Rune: utf8.RuneError, Encoding: enc}
		}
		return []byte(s), nil
	}
	cp := codepageOf(enc)
	if cp == nil {
		return nil, fmt.Errorf("normalize: cannot encode to %v", enc)
	}
	out := make([]byte, 0, len(s)+len(s)/4)
	var w wordCase
	wordEnd := func() error {
		if offsets := w.end(); cp.caseFix && len(offsets) > 0 {
			r, _ := utf8.DecodeRuneInString(s[offsets[0]:])
			return &EncodeError{Offset: offsets[0], Rune: r, Encoding: enc}
		}
		return nil
	}
	var cands [3]string
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return nil, &EncodeError{Offset: i, Rune: r, Encoding: enc}
			}
		}
		// Candidate byte strings, best first: the character's own byte(s),
		// then its base letter and tone-mark bytes.
		c := cands[:0]
		if r < utf8.RuneSelf {
			c = append(c, string(rune(r)))
		} else if b, ok := cp.bytes[r]; ok {
			c = append(c, b)
		}
		if alt, ok := cp.decomposed(r); ok {
			c = append(c, alt)
		}
		done := false
		for _, cand := range c {
			sim := w
			if !cp.decodesTo(cand, &sim, r) {
				continue
			}
			// Commit: replay with the real state (word ends included).
			for j := 0; j < len(cand); j++ {
				_, cls := cp.decodeByte(cand[j], w.letterContext())
				if cls == clsOther && w.inWord {
					if err := wordEnd(); err != nil {
						return nil, err
					}
				}
				w.add(cls, cand[j] < utf8.RuneSelf, i)
			}
			out = append(out, cand...)
			done = true
			break
		}
		if !done {
			return nil, &EncodeError{Offset: i, Rune: r, Encoding: enc}
		}
	}
	if err := wordEnd(); err != nil {
		return nil, err
	}
	return out, nil
}

// decodesTo reports whether the bytes cand, decoded from state w (which it
// advances), give r (up to canonical equivalence).
func (cp *codepage) decodesTo(cand string, w *wordCase, r rune) bool {
	var buf [16]byte
	got := buf[:0]
	for j := 0; j < len(cand); j++ {
		text, cls := cp.decodeByte(cand[j], w.letterContext())
		if text == "" {
			text = cand[j : j+1]
		}
		if text == "\uFFFD" && r != utf8.RuneError {
			return false
		}
		if cls == clsOther && w.inWord {
			w.end()
		}
		w.add(cls, cand[j] < utf8.RuneSelf, 0)
		got = append(got, text...)
	}
	var want [utf8.UTFMax]byte
	n := utf8.EncodeRune(want[:], r)
	if string(got) == string(want[:n]) {
		return true
	}
	return norm.NFD.String(string(got)) == norm.NFD.String(string(want[:n]))
}

// decomposed returns r written as its base letter and tone-mark bytes,
// when r has a tone mark and the encoding has the base and the marks.
func (cp *codepage) decomposed(r rune) (string, bool) {
	if r < utf8.RuneSelf {
		return "", false
	}
	d := norm.NFD.String(string(r))
	var base, marks strings.Builder
	for _, m := range d {
		if strings.ContainsRune(toneMarks, m) {
			marks.WriteRune(m)
		} else {
			base.WriteRune(m)
		}
	}
	if marks.Len() == 0 {
		return "", false
	}
	b := norm.NFC.String(base.String())
	br, n := utf8.DecodeRuneInString(b)
	if n != len(b) {
		return "", false
	}
	var out []byte
	if br < utf8.RuneSelf {
		out = append(out, byte(br))
	} else if bb, ok := cp.bytes[br]; ok {
		out = append(out, bb...)
	} else {
		return "", false
	}
	for _, m := range marks.String() {
		mb, ok := cp.bytes[m]
		if !ok {
			return "", false
		}
		out = append(out, mb...)
	}
	return string(out), true
}

// detectSample bounds the bytes detectLegacy reads, so detection costs the
// same on any input length.
const detectSample = 8 << 10

// legacyCandidates are the encodings detectLegacy tries, the most common
// first (it wins ties).
var legacyCandidates = [...]Encoding{TCVN3, VNI, VISCII, Windows1258}

// detectLegacy guesses the legacy encoding of src, which is not valid UTF-8.
// It decodes a sample with each candidate and counts the words with a
// non-ASCII letter that are written like Vietnamese syllables (isSyllable)
// against those that are not; the best count wins. ok is false when no
// candidate reads mostly as Vietnamese (at least two good words for each
// bad one), or when src is mostly valid UTF-8 with a few broken bytes.
func detectLegacy(src []byte) (enc Encoding, ok bool) {
	// The sample starts a little before the first byte above ASCII, so a
	// long ASCII preamble does not hide the text.
	start := 0
	for start < len(src) && src[start] < utf8.RuneSelf {
		start++
	}
	start = max(0, start-256)
	sample := src[start:min(len(src), start+detectSample)]
	if mostlyUTF8(sample) {
		return Auto, false
	}
	bestScore, bestCommon := 0, 0
	var decoded, composed []byte
	for _, cand := range legacyCandidates {
		b := builder{in: sample, out: decoded[:0], noEdits: true}
		codepages[cand].decodeInto(&b)
		decoded, _, _ = b.finish()
		composed = norm.NFC.Append(composed[:0], decoded...)
		good, bad, common := scoreVietnamese(composed)
		if good < 2*bad || good-bad < bestScore || good-bad == 0 {
			continue
		}
		// On a tie (a few words, which misread still look like
		// syllables: Quảng Trị in VISCII reads Quọng Trá in TCVN3), the
		// reading with more common syllables wins.
		if good-bad > bestScore || common > bestCommon {
			enc, bestScore, bestCommon, ok = cand, good-bad, common, true
		}
	}
	return enc, ok
}

// mostlyUTF8 reports whether b has more multi-byte UTF-8 characters than
// invalid bytes: UTF-8 with damage, not a legacy encoding (whose bytes
// above 0x7F rarely form valid UTF-8 sequences).
func mostlyUTF8(b []byte) bool {
	multi, invalid := 0, 0
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		} else {
			multi++
		}
		i += n
	}
	return multi > invalid
}

// scoreVietnamese counts the words of text (runs of letters and marks) that
// contain a non-ASCII character and are (good) or are not (bad) written
// like a Vietnamese syllable, and, of the good ones, those that are
// among commonSyllables. A word with a non-letter symbol inside it
// ("nh©n") counts as bad.
func scoreVietnamese(text []byte) (good, bad, common int) {
	start, nonASCII := -1, false
	var lower []byte
	flush := func(end int) {
		if start >= 0 && nonASCII {
			if w := text[start:end]; isSyllable(w) {
				good++
				lower = appendLower(lower[:0], w)
				if commonSyllables[string(lower)] {
					common++
				}
			} else {
				bad++
			}
		}
		start, nonASCII = -1, false
	}
	for i := 0; i < len(text); {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(text[i:])
		}
		// Words end at ASCII non-letters and white space; other symbols
		// stay inside the word and spoil it.
		sep := r < utf8.RuneSelf && !('a' <= r|0x20 && r|0x20 <= 'z') || unicode.IsSpace(r)
		if sep {
			flush(i)
		} else {
			if start < 0 {
				start = i
			}
			nonASCII = nonASCII || r >= utf8.RuneSelf
		}
		i += n
	}
	flush(len(text))
	return good, bad, common
}

// appendLower appends the lower case of the UTF-8 word w to dst.
func appendLower(dst, w []byte) []byte {
	for _, r := range string(w) {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

// commonSyllables are frequent syllables of Vietnamese news with a letter
// outside ASCII (lower case, NFC, both tone placements where they differ):
// the tie-break between legacy readings of a short text.
var commonSyllables = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		của và là được những người một đã này về năm tỉnh huyện xã đồng chí
		đảng ủy uỷ hội nghị quyết chính trị nhân dân công tác cán bộ viên
		thành phố quảng trường tại đến với các từ để có việc phát triển tế
		xây dựng thực hiện tuyên giáo lãnh đạo chỉ thị kế hoạch số ngày
		tháng thứ sáng chiều tối tổ chức nước quốc văn hóa hoá học tập
		đại biểu điểm cầu trực tuyến thường vụ bí thư phó chủ tịch giám đốc
		sở trưởng đoàn niên phụ nữ mặt trận việt nội hồ nguyễn trần lê
		phạm hoàng huỳnh võ đặng bùi đỗ ngô dương lý thị đức hùng quân sự
		phòng chống kiểm giám sát nhiệm kỳ giai đoạn mới nhiều cơ địa
		phương tiếp tục đẩy mạnh nâng chất lượng hiệu quả vì vậy đó trên
		dưới hơn gần khoảng đánh giá kết báo cáo khai quán triệt tư tưởng
		phong cách hòa hoà bình thủy thuỷ điện tử thông tin đề án luật
		định hướng dẫn tuổi lần khóa khoá đầu tư sản xuất nông thôn
		miền bắc trung ương tây đông khu vực bảo vệ an toàn sức khỏe khoẻ`) {
		m[w] = true
	}
	return m
}()
