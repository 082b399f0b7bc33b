package normalize

import (
	"errors"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// fuzzSeeds adds the seed articles, their legacy encodings and some tricky
// strings to a fuzz corpus through add.
func fuzzSeeds(f *testing.F, add func(data []byte, enc Encoding)) {
	// Small inputs: the fuzzer minimizes every input that finds new
	// coverage, and minimizing kilobytes takes minutes.
	const size = 200
	for _, name := range seedNames(f) {
		src := seedBytes(f, name)
		for off := 0; off < len(src); off += 4 * size {
			add(src[off:min(len(src), off+size)], Auto)
		}
		add(norm.NFD.Bytes(src[:min(len(src), size)]), Auto)
		for _, enc := range legacyCandidates {
			if b, err := Encode(string(seedNorm(f, name)), enc); err == nil {
				add(b[:min(len(b), size)], enc)
			}
		}
	}
	for _, s := range []string{
		"", "\r\n\r", "Uỷ ban hoà khoẻ quý", "HOÀ THUỶ", "Ðo\u0300ng\u200B\u00A0chí",
		"x\u0301\u0301", "\u0301", "o\u0300a\u0301", "\xff\xfe\xfd", "Hà Nội \xe1\xba",
		"QUYÕT §ÞNH \x93Héi\x94", "Vie\xe4t Nam", "\x02\x05\x06", "\u2000\u2001\u212b",
	} {
		add([]byte(s), Auto)
	}
}

// FuzzBytes checks the invariants of Bytes on any input: no error with
// ReplaceInvalid, valid UTF-8 in NFC, idempotence, and an offset map that
// is in bounds, monotonic and maps the whole text to the whole input.
func FuzzBytes(f *testing.F) {
	fuzzSeeds(f, func(data []byte, enc Encoding) { f.Add(data, uint8(enc), uint8(0)) })
	f.Fuzz(checkBytes)
}

// checkBytes is the body of FuzzBytes.
func checkBytes(t *testing.T, data []byte, encByte, toneByte uint8) {
	opts := Options{
		Encoding:       Encoding(encByte % uint8(Windows1258+1)),
		Tone:           ToneStyle(toneByte % 3),
		ReplaceInvalid: true,
	}
	text, err := Bytes(data, opts)
	if err != nil {
		t.Fatalf("Bytes(%+q, %+v): %v", data, opts, err)
	}
	if !utf8.Valid(text.Norm) || !norm.NFC.IsNormal(text.Norm) {
		t.Fatalf("Norm %+q is not valid UTF-8 in NFC", text.Norm)
	}
	again, err := Bytes(text.Norm, Options{Tone: opts.Tone})
	if err != nil || again.Changed() || string(again.Norm) != string(text.Norm) {
		t.Fatalf("not idempotent: %+q normalizes again to %+q (changed %v, %v)", text.Norm, again.Norm, again.Changed(), err)
	}
	if s, e := text.OrigSpan(0, len(text.Norm)); s != 0 || e != len(data) {
		t.Fatalf("OrigSpan(0, %d) = %d,%d; want 0,%d", len(text.Norm), s, e, len(data))
	}
	prevS, prevE := 0, 0
	for i := 0; i <= len(text.Norm); i++ {
		s, e := text.OrigSpan(i, min(i+3, len(text.Norm)))
		if s < prevS || e < prevE || s > e || e > len(data) {
			t.Fatalf("OrigSpan(%d, %d) = %d,%d after %d,%d: not monotonic or out of bounds", i, i+3, s, e, prevS, prevE)
		}
		prevS, prevE = s, e
	}
	_ = text.Surface(0, len(text.Norm))
	// Without ReplaceInvalid: the same text, or an error at a byte that
	// is really there.
	opts.ReplaceInvalid = false
	strict, err := Bytes(data, opts)
	var ee *EncodingError
	switch {
	case err == nil:
		if string(strict.Norm) != string(text.Norm) && opts.Encoding != Auto {
			t.Fatalf("strict Norm %+q differs from %+q", strict.Norm, text.Norm)
		}
	case errors.As(err, &ee):
		if ee.Offset < 0 || ee.Offset >= len(data) || data[ee.Offset] != ee.Byte {
			t.Fatalf("EncodingError %v does not name a byte of the input", err)
		}
	default:
		t.Fatalf("unexpected error %v", err)
	}
}

// FuzzLegacyRoundTrip checks that Encode and Bytes with the same encoding
// give normalized text back, and that an Encode error names a character of
// the input.
func FuzzLegacyRoundTrip(f *testing.F) {
	fuzzSeeds(f, func(data []byte, enc Encoding) {
		if utf8.Valid(data) {
			for i := range legacyCandidates {
				f.Add(string(data), uint8(i))
			}
		}
	})
	f.Fuzz(func(t *testing.T, s string, encByte uint8) {
		enc := legacyCandidates[int(encByte)%len(legacyCandidates)]
		want, err := String(s, Options{ReplaceInvalid: true})
		if err != nil {
			t.Fatal(err)
		}
		b, err := Encode(want, enc)
		if err != nil {
			var ee *EncodeError
			if !errors.As(err, &ee) || ee.Offset < 0 || ee.Offset >= len(want) {
				t.Fatalf("Encode(%+q, %v): bad error %v", want, enc, err)
			}
			if r, _ := utf8.DecodeRuneInString(want[ee.Offset:]); r != ee.Rune {
				t.Fatalf("Encode(%+q, %v): error names %q, the input has %q there", want, enc, ee.Rune, r)
			}
			return
		}
		got, err := Bytes(b, Options{Encoding: enc})
		if err != nil || string(got.Norm) != want {
			t.Fatalf("%v round trip: %+q -> %+q -> %+q (%v)", enc, want, b, got.Norm, err)
		}
	})
}
