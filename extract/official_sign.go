package extract

// Signature blocks.
//
// The full text of a Party or state document ends in a signature block,
// one item a line:
//
//	T/M BAN THƯỜNG VỤ          the capacity: on whose behalf
//	PHÓ BÍ THƯ THƯỜNG TRỰC     the signer's position, in capitals
//	(đã ký)                    optional
//	Đinh Quang Huấn            the signer's name, perhaps after a rank
//
// The signer is an official, with the position line as a title as written
// (SPEC.md; blindAF README, decision 5). The capacity lines (T/M, TM., T/L,
// TL., KT., THAY MẶT, THỪA LỆNH ...) start with a word that is no
// position, so they never parse as a whole line of positions; the position
// read is only ever the line right above the "(đã ký)" or the name.

// Limits of a signature block, in tokens.
const (
	// maxSignedLine is the longest "(đã ký)" line: ( đã ký và đóng dấu ).
	maxSignedLine = 7
	// maxSignerLine is the longest name line (with a rank before it:
	// Thiếu tướng Nguyễn Văn A).
	maxSignerLine = 10
)

// signedMarks are the words of a "(đã ký)" line, besides "ký" which it
// must hold.
var signedMarks = NewSet("đã", "ký", "và", "đóng", "dấu")

// signature reads a signature block whose position line starts at token
// i, the first token of a line ending at limit: the whole line is
// positions in capitals, then perhaps a "(đã ký)" line, then a line that
// is a name alone. It records the signer and returns the index past the
// name; ok is false, and nothing is recorded, when the lines are not so.
// It reads at most the position line and two short lines after it.
func (p *officialScan) signature(i, limit int) (next int, ok bool) {
	d := p.d
	if d.Toks[i].Flags&LineStart == 0 || limit >= len(d.Toks) || !capsLine(d, i, limit) {
		return i, false
	}
	titles, k, ok := p.titleChain(i, limit)
	if !ok || k != limit {
		return i, false
	}
	s := limit
	e := shortLineEnd(d, s, maxSignedLine)
	if e > s && signedLine(d, s, e) {
		s = e
		e = shortLineEnd(d, s, maxSignerLine)
	}
	if e <= s {
		return i, false
	}
	if !d.Usable(s, e) {
		return i, false
	}
	if rankAt(p.v, s) {
		// A rank before the name is a title too (Thiếu tướng A).
		if rank, k, ok := p.titleChain(s, e); ok && k < e {
			titles, s = append(titles, rank...), k
		}
	}
	if end, ok := p.name(s, e); !ok || end != e {
		return i, false
	}
	p.start = i
	p.names = append(p.names, nameOcc{start: s, end: e, titles: titles})
	p.done = e
	return e, true
}

// capsLine reports whether the tokens [i, limit) are all words in
// capitals: a line such as PHÓ CHỦ TỊCH, not Phó Chủ tịch.
func capsLine(d *Doc, i, limit int) bool {
	for k := i; k < limit; k++ {
		if t := &d.Toks[k]; t.Kind != Word || t.Flags&AllUpper == 0 {
			return false
		}
	}
	return limit > i
}

// shortLineEnd returns the end of the line starting at token s when it
// holds at most maxToks tokens, and s otherwise (also when s is past the
// text).
func shortLineEnd(d *Doc, s, maxToks int) int {
	for k := s + 1; k < len(d.Toks) && k <= s+maxToks; k++ {
		if d.Toks[k].Flags&LineStart != 0 {
			return k
		}
	}
	if s < len(d.Toks) && len(d.Toks)-s <= maxToks {
		return len(d.Toks)
	}
	return s
}

// signedLine reports whether the tokens [s, e) are a "(đã ký)" line: words
// of signedMarks holding "ký", in parentheses.
func signedLine(d *Doc, s, e int) bool {
	if e-s < 3 || d.Tok(s) != "(" || d.Tok(e-1) != ")" {
		return false
	}
	signed := false
	for k := s + 1; k < e-1; k++ {
		if _, n, ok := signedMarks.Match(d, k); !ok || n != 1 {
			return false
		}
		signed = signed || d.Is(k, "ký")
	}
	return signed
}
