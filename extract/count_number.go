package extract

import (
	"strings"

	"github.com/vnie/vnie/normalize"
)

// This file parses the number of a count: digits with Vietnamese grouping
// (7.600, 1.280.404, 1 000 000), a decimal comma before a scale word
// (1,28 triệu), scale words (nghìn, ngàn, vạn, triệu, tỷ) and number words
// (một … chín, mười, mươi, trăm, linh), alone or mixed (3 vạn, hai nghìn,
// một trăm hai mươi, 1 triệu 200 nghìn).

// numeralKind is the role of a number word in a number phrase.
type numeralKind uint8

const (
	// numDigit: một … chín; adds its value to the group.
	numDigit numeralKind = iota + 1
	// numTen: mười; adds 10 to the group.
	numTen
	// numTens: mươi, chục; multiplies the digit before it by 10
	// ("hàng chục": 10 when no digit comes before).
	numTens
	// numHundred: trăm; multiplies the digit before it by 100.
	numHundred
	// numFiller: linh, lẻ; the empty tens place (một trăm linh năm = 105).
	numFiller
	// numScale: nghìn, ngàn, vạn, triệu, tỷ; multiplies the group before.
	numScale
)

// numeral is one number word of numerals.
type numeral struct {
	kind numeralKind
	// value: the digit (numDigit) or the power (numScale: 1000, 10⁴, …).
	value int64
	// inner: the word never starts a number (tư, mốt, lăm, nhăm, linh).
	inner bool
	// notAlone: the word is a number only when another number word follows
	// it; alone it is the indefinite article (một) or the year (năm).
	notAlone bool
}

// numerals are the Vietnamese number words; numeralGate is a cheap test
// that a word may be one of them.
var (
	numerals    = NewLexicon(numeralWords)
	numeralGate = newWordGate(numeralWords)
)

// numeralWords are the Vietnamese number words, with their spelling
// variants.
var numeralWords = []Entry[numeral]{
	{"một", numeral{kind: numDigit, value: 1, notAlone: true}},
	{"mốt", numeral{kind: numDigit, value: 1, inner: true}},
	{"hai", numeral{kind: numDigit, value: 2}},
	{"ba", numeral{kind: numDigit, value: 3}},
	{"bốn", numeral{kind: numDigit, value: 4}},
	{"tư", numeral{kind: numDigit, value: 4, inner: true}},
	{"năm", numeral{kind: numDigit, value: 5, notAlone: true}},
	{"lăm", numeral{kind: numDigit, value: 5, inner: true}},
	{"nhăm", numeral{kind: numDigit, value: 5, inner: true}},
	{"sáu", numeral{kind: numDigit, value: 6}},
	{"bảy", numeral{kind: numDigit, value: 7}},
	{"bẩy", numeral{kind: numDigit, value: 7}},
	{"tám", numeral{kind: numDigit, value: 8}},
	{"chín", numeral{kind: numDigit, value: 9}},
	{"mười", numeral{kind: numTen, value: 10}},
	{"mươi", numeral{kind: numTens, value: 10, inner: true}},
	{"chục", numeral{kind: numTens, value: 10}},
	{"trăm", numeral{kind: numHundred, value: 100}},
	{"linh", numeral{kind: numFiller, inner: true}},
	{"lẻ", numeral{kind: numFiller, inner: true}},
	{"nghìn", numeral{kind: numScale, value: 1_000}},
	{"ngàn", numeral{kind: numScale, value: 1_000}},
	{"vạn", numeral{kind: numScale, value: 10_000}},
	{"triệu", numeral{kind: numScale, value: 1_000_000}},
	{"tỷ", numeral{kind: numScale, value: 1_000_000_000}},
	{"tỉ", numeral{kind: numScale, value: 1_000_000_000}},
}

// wordGate tells cheaply that a token cannot be one of a list of
// one-word phrases, by its first byte and its length; a token that passes
// may still not be one.
type wordGate struct {
	first  [256]bool // first bytes of the words' lower-case and folded keys
	maxLen int       // the longest key in bytes, with room for tone placement
}

// newWordGate builds the gate of the words of es (lower-case literals).
func newWordGate[V any](es []Entry[V]) wordGate {
	var g wordGate
	for _, e := range es {
		for _, k := range []string{strings.ToLower(e.Phrase), normalize.Fold(e.Phrase)} {
			if k != "" {
				g.first[k[0]] = true
				g.maxLen = max(g.maxLen, len(k)+2)
			}
		}
	}
	return g
}

// mayMatch reports whether the word at token i may be one of the gate's.
func (g *wordGate) mayMatch(d *Doc, i int) bool {
	lo := d.Toks[i].lo
	n := int(d.lowerEnd(i) - lo)
	return n > 0 && n <= g.maxLen && g.first[d.lower[lo]]
}

// maxNumber bounds a parsed number (10¹⁵) so that no arithmetic overflows.
const maxNumber = 1_000_000_000_000_000

// maxNumberTokens bounds the tokens one number phrase may span.
const maxNumberTokens = 24

// number is a parsed number phrase: tokens [start, end) of a Doc.
type number struct {
	value      int64
	start, end int
	// implied: the phrase starts with a multiplier and no digit (trăm,
	// nghìn, chục: "hàng nghìn", "hơn trăm"); its value takes 1 for the
	// missing digit. Such a phrase is a count only after a qualifier.
	implied bool
}

// digits is a run of digit tokens read by readDigits: the integer part,
// and the fraction after a decimal comma (frac, with fracLen digits; 0
// when there is none).
type digits struct {
	whole         int64
	frac          int64
	fracLen       int
	end           int
	commaGrouping bool // the comma separated groups of three (7,600)
}

// tokenInt returns the value of the Number token i, and false when it has
// more than 15 digits.
func tokenInt(d *Doc, i int) (int64, int, bool) {
	t := &d.Toks[i]
	n := int(t.End - t.Start)
	if n > 15 {
		return 0, n, false
	}
	var v int64
	for k := t.Start; k < t.End; k++ {
		v = v*10 + int64(d.S[k]-'0')
	}
	return v, n, true
}

// isPunct reports whether token i is the punctuation character c.
func isPunct(d *Doc, i int, c byte) bool {
	if i < 0 || i >= len(d.Toks) {
		return false
	}
	t := &d.Toks[i]
	return t.Kind == Punct && t.End == t.Start+1 && d.S[t.Start] == c
}

// isNumberLen reports whether token i is a Number of exactly n digits.
func isNumberLen(d *Doc, i, n int) bool {
	if i < 0 || i >= len(d.Toks) {
		return false
	}
	t := &d.Toks[i]
	return t.Kind == Number && int(t.End-t.Start) == n
}

// readDigits reads the digits that start at the Number token i: groups of
// three joined by a dot (7.600, 1.280.404), or by one space when the first
// group has at most three digits (1 000 000), then an optional decimal
// comma (1,28). A comma followed by groups of three digits that are not a
// decimal (7,600, 1,280,404) is flagged commaGrouping; the caller decides
// from the word after it.
func readDigits(d *Doc, i int) (r digits, ok bool) {
	v, n, ok := tokenInt(d, i)
	if !ok {
		return r, false
	}
	j := i + 1
	grouped := false
	if n <= 3 {
		// 7.600 and 1.280.404: dot, then exactly three digits, touching.
		for isPunct(d, j, '.') && d.Adjacent(j-1) && d.Adjacent(j) && isNumberLen(d, j+1, 3) {
			g, _, _ := tokenInt(d, j+1)
			v = v*1000 + g
			j += 2
			grouped = true
			if v >= maxNumber/1000 {
				return r, false
			}
		}
		// 1 000 000: one space, then exactly three digits.
		for !grouped && isNumberLen(d, j, 3) && d.Toks[j].Flags&LineStart == 0 &&
			d.Toks[j].Start == d.Toks[j-1].End+1 && d.S[d.Toks[j-1].End] == ' ' {
			g, _, _ := tokenInt(d, j)
			v = v*1000 + g
			j++
			if v >= maxNumber/1000 {
				return r, false
			}
		}
	}
	r = digits{whole: v, end: j}
	// 1,28 or 7,600: a comma touching digits on both sides.
	if isPunct(d, j, ',') && d.Adjacent(j-1) && d.Adjacent(j) && j+1 < len(d.Toks) && d.Toks[j+1].Kind == Number {
		f, fn, ok := tokenInt(d, j+1)
		if !ok {
			return r, false
		}
		r.frac, r.fracLen, r.end = f, fn, j+2
		if fn == 3 && n <= 3 && !grouped {
			// 1,280,404: more comma groups make it a grouping for sure.
			r.commaGrouping = true
			k := j + 2
			for isPunct(d, k, ',') && d.Adjacent(k-1) && d.Adjacent(k) && isNumberLen(d, k+1, 3) {
				g, _, _ := tokenInt(d, k+1)
				r.frac = r.frac*1000 + g
				r.fracLen += 3
				k += 2
				if r.fracLen > 9 {
					return r, false
				}
			}
			r.end = k
		}
	}
	return r, true
}

// pow10 returns 10ⁿ for 0 ≤ n ≤ 15.
func pow10(n int) int64 {
	p := int64(1)
	for ; n > 0; n-- {
		p *= 10
	}
	return p
}

// parseNumber parses the number phrase that starts at token i. When ok is
// false, num.end is still past the tokens the parser read as part of a
// number (at least i+1), so a caller can skip them.
func parseNumber(d *Doc, i int) (num number, ok bool) {
	num = number{start: i, end: i + 1}
	var (
		total      int64 // the groups closed by a scale word
		group      int64 // the group being read (below 1000 in words)
		last       int64 // the last digit of group, not yet given a place
		prev       numeralKind
		prevScale  int64 // the last scale word's multiplier
		started    bool  // a digit, number word or Number has been read
		digitToken bool  // the previous token was a Number
		words      int   // number words read
		notAlone   bool  // the first word is một or năm
		// After a scale word, digits start a new group that must end in a
		// smaller scale word (1 triệu 200 nghìn); rollback is where the
		// phrase ends when it does not (1 triệu 200 người is 1 triệu).
		rollback int
	)
	j := i
loop:
	for j < len(d.Toks) && j-i < maxNumberTokens {
		t := &d.Toks[j]
		if j > i && t.Flags&LineStart != 0 {
			break
		}
		if t.Kind == Number {
			// Digits start the phrase, or a new group after a scale word
			// (1 triệu 200 nghìn).
			if j > i && prev != numScale {
				break
			}
			if j > i {
				rollback = j
			}
			r, ok := readDigits(d, j)
			if !ok {
				num.end = max(j, i+1)
				return num, false
			}
			if r.fracLen > 0 {
				sc, scN, isScale := scaleAt(d, r.end)
				switch {
				case isScale && r.fracLen <= 3 && (prevScale == 0 || sc < prevScale) && r.whole < maxNumber/sc:
					// 1,28 triệu: the decimal comma before a scale word.
					total += r.whole*sc + r.frac*sc/pow10(r.fracLen)
					prev, prevScale = numScale, sc
					digitToken, started = false, true
					j = r.end + scN
					if total >= maxNumber {
						return num, false
					}
					continue
				case r.commaGrouping && !isScale:
					// 7,600 người: a count of people is a whole number, so
					// here the comma groups thousands.
					r.whole = r.whole*pow10(r.fracLen) + r.frac
				default:
					// 7,5 người: a decimal, not a count.
					num.end = r.end
					return num, false
				}
			}
			group, last = r.whole, r.whole
			prev, digitToken, started = numDigit, true, true
			j = r.end
			continue
		}
		if t.Kind != Word {
			break
		}
		nw, n, ok := numerals.Match(d, j)
		if !ok || n != 1 || j == i && nw.inner {
			break
		}
		switch nw.kind {
		case numDigit:
			// A digit starts the phrase, or follows mười, mươi, trăm,
			// linh or a scale word.
			if started && (digitToken || prev == numDigit) {
				break loop
			}
			group += nw.value
			last = nw.value
		case numTen:
			if started && prev != numHundred && prev != numScale {
				break loop
			}
			group += 10
			last = 0
		case numTens:
			switch {
			case prev == numDigit && !digitToken && (group-last)%100 == 0:
				group += last * 9 // hai mươi: the digit becomes tens
			case !started:
				group, num.implied = 10, true // hàng chục
			default:
				break loop
			}
			last = 0
		case numHundred:
			switch {
			case prev == numDigit && last > 0 && last < 10 && group == last:
				group += last * 99 // ba trăm: the digit becomes hundreds
			case !started:
				group, num.implied = 100, true // hơn trăm, hàng trăm
			default:
				break loop
			}
			last = 0
		case numFiller:
			if prev != numHundred {
				break loop
			}
		case numScale:
			if total >= maxNumber/nw.value || group >= maxNumber/nw.value {
				return num, false
			}
			switch {
			case prev == numScale && group == 0 && nw.value > prevScale:
				total *= nw.value // nghìn tỷ
			case group > 0 && (prevScale == 0 || nw.value < prevScale):
				total += group * nw.value
			case !started:
				total, num.implied = nw.value, true // hàng nghìn, gần triệu
			default:
				break loop
			}
			group, last, prevScale, rollback = 0, 0, nw.value, 0
		}
		if words == 0 && j == i {
			notAlone = nw.notAlone
		}
		words++
		prev, digitToken, started = nw.kind, false, true
		j++
		if total >= maxNumber || group >= maxNumber {
			return num, false
		}
	}
	if j == i {
		return num, false
	}
	num.end = j
	if rollback > 0 && prev != numScale {
		num.end, group = rollback, 0
	}
	// A phrase that ends on a filler (một trăm linh) stops before it.
	if prev == numFiller {
		num.end--
	}
	if notAlone && num.end == i+1 {
		return num, false // một, năm alone
	}
	num.value = total + group
	return num, num.value > 0
}

// scaleAt returns the multiplier of the scale word at token i.
func scaleAt(d *Doc, i int) (int64, int, bool) {
	if i >= len(d.Toks) || d.Toks[i].Kind != Word || d.Toks[i].Flags&LineStart != 0 {
		return 0, 0, false
	}
	nw, n, ok := numerals.Match(d, i)
	if !ok || nw.kind != numScale {
		return 0, 0, false
	}
	return nw.value, n, true
}
