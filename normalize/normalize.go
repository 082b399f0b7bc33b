// Package normalize is the first stage of the vnie pipeline: it turns the
// bytes of a Vietnamese article into one canonical UTF-8 text and keeps a
// map from every byte range of that text back to the original bytes.
//
// The steps, in order, each recorded as one layer of the offset map:
//
//  1. decode: a legacy Vietnamese encoding (TCVN3/ABC, VNI-Windows,
//     VISCII, Windows-1258) is converted to UTF-8 when the input is not
//     valid UTF-8 (detected, or chosen with Options.Encoding);
//  2. clean: Ð and Ɖ become Đ, odd spaces a space, zero-width characters
//     vanish, CRLF and CR become LF, dashes and curly quotes their ASCII
//     forms (cleanRules is the table);
//  3. NFC;
//  4. tone: one placement of the tone mark in open oa/oe/uy syllables
//     (hoà/hòa, thuỷ/thủy), the old style by default.
//
// Input that is already normal takes a fast path: Text.Norm is the input
// slice itself and nothing is allocated.
package normalize

import (
	"errors"
	"fmt"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Options select the normalization. The zero value detects the encoding,
// rejects undecodable bytes and uses the old tone style.
type Options struct {
	// Encoding of the input; Auto (the default) takes UTF-8 when the input
	// is valid UTF-8 and detects a legacy encoding otherwise.
	Encoding Encoding
	// Tone is the tone-mark placement of the normalized text.
	Tone ToneStyle
	// ReplaceInvalid turns bytes that are not valid UTF-8 (when no legacy
	// encoding is detected or chosen) into U+FFFD instead of an error.
	ReplaceInvalid bool
}

// ErrEncoding is the error wrapped by every *EncodingError.
var ErrEncoding = errors.New("not valid UTF-8 nor a recognised Vietnamese encoding")

// MaxInput is the longest input Bytes accepts, in bytes. Offsets are kept
// in 32 bits, and a legacy text may triple in length when decoded; news
// articles are some kilobytes.
const MaxInput = 256 << 20

// ErrTooLarge is returned by Bytes for an input longer than MaxInput.
var ErrTooLarge = fmt.Errorf("input longer than %d MiB", MaxInput>>20)

// checkSize returns ErrTooLarge for an input of more than MaxInput bytes.
func checkSize(n int) error {
	if n > MaxInput {
		return fmt.Errorf("normalize: %d bytes: %w", n, ErrTooLarge)
	}
	return nil
}

// EncodingError reports input bytes that could not be decoded.
type EncodingError struct {
	// Offset is the byte offset of the first undecodable byte.
	Offset int
	// Byte is the value of that byte.
	Byte byte
	// Encoding is the encoding that was tried (UTF8 when detection found
	// no legacy encoding).
	Encoding Encoding
}

// Error names the byte, its offset and the encoding tried.
func (e *EncodingError) Error() string {
	return fmt.Sprintf("normalize: byte 0x%02X at offset %d is %v (tried %v)", e.Byte, e.Offset, ErrEncoding, e.Encoding)
}

// Unwrap returns ErrEncoding.
func (e *EncodingError) Unwrap() error { return ErrEncoding }

// Text is a normalized text with the map back to its original bytes.
//
// Invariants: Norm is valid UTF-8 in NFC; for every 0 <= s <= e <=
// len(Norm), OrigSpan(s, e) returns 0 <= os <= oe <= len(Orig), monotonic
// in s and in e, and OrigSpan(0, len(Norm)) == (0, len(Orig)).
type Text struct {
	// Orig is the input, as given. It must not be modified while the Text
	// is in use: Norm and Text's methods may share its memory.
	Orig []byte
	// Norm is the normalized text. It is Orig itself when Orig was already
	// normal.
	Norm []byte
	// Encoding is the encoding Orig was read as.
	Encoding Encoding

	decoded []byte // Orig as UTF-8; Orig itself for UTF-8 input
	// decodedNFC: decoded is known to be in NFC.
	decodedNFC bool
	layers     []layer // layers[i] maps step i's output to its input; layers[0]'s input is Orig
	decode     int     // how many of layers map to Orig's bytes rather than decoded's (0 or 1)
}

// Bytes normalizes src. It fails only on bytes it cannot decode, with an
// *EncodingError (with opts.ReplaceInvalid they become U+FFFD instead), on
// an opts.Encoding that is not one of the Encoding constants, and on an
// input longer than MaxInput (ErrTooLarge).
func Bytes(src []byte, opts Options) (Text, error) {
	if err := checkSize(len(src)); err != nil {
		return Text{}, err
	}
	t := Text{Orig: src, Encoding: UTF8}
	cur := src
	enc := opts.Encoding
	if enc == Auto || enc == UTF8 {
		need, cleaned, l := scan(src, opts.Tone, true)
		if need.none() {
			t.Norm, t.decoded, t.decodedNFC = src, src, true
			return t, nil
		}
		if !need.invalid {
			// The scan did the clean step.
			t.decoded, t.decodedNFC = src, !need.nfc
			if need.clean && len(l.edits) > 0 {
				t.push(l)
			}
			need.clean = false
			return t.steps(cleaned, need, opts.Tone), nil
		}
	}
	if enc == Auto {
		if utf8.Valid(src) {
			enc = UTF8
		} else if e, ok := detectLegacy(src); ok {
			enc = e
		} else if !opts.ReplaceInvalid {
			return Text{}, invalidUTF8(src)
		} else {
			enc = UTF8
		}
	}
	t.Encoding = enc
	switch enc {
	case UTF8:
		if !utf8.Valid(src) {
			if !opts.ReplaceInvalid {
				return Text{}, invalidUTF8(src)
			}
			out, l, _ := replaceInvalid(src)
			t.push(l)
			t.decode = 1
			cur = out
		}
	default:
		if codepageOf(enc) == nil {
			return Text{}, fmt.Errorf("normalize: unknown encoding %v", enc)
		}
		out, l, err := decodeLegacy(src, enc)
		if err != nil && !opts.ReplaceInvalid {
			return Text{}, err
		}
		if len(l.edits) > 0 {
			t.push(l)
			t.decode = 1
			cur = out
		}
	}
	// Decoded text: every step may be needed.
	t.decoded = cur
	return t.steps(cur, needs{clean: true, delete: true, nfc: true, tone: true}, opts.Tone), nil
}

// steps runs the steps that need says are needed on the valid UTF-8 text
// cur and sets t.Norm. t.decoded must be set.
func (t *Text) steps(cur []byte, need needs, style ToneStyle) Text {
	if need.clean {
		if out, l, changed := cleanStep(cur); changed {
			t.push(l)
			cur = out
		}
	}
	// Characters that cleaning maps are NFC-stable, but a deleted one may
	// have stood between a letter and a combining mark.
	if need.nfc || need.delete {
		if out, l, changed := nfcStep(cur); changed {
			t.push(l)
			cur = out
		}
	}
	if need.tone || need.delete || need.nfc {
		if out, l, changed := toneStep(cur, style); changed {
			t.push(l)
			cur = out
		}
	}
	t.Norm = cur
	return *t
}

// String normalizes s with opts and returns the normalized text.
func String(s string, opts Options) (string, error) {
	t, err := Bytes([]byte(s), opts)
	if err != nil {
		return "", err
	}
	return string(t.Norm), nil
}

// push appends the layer of a step that changed the text.
func (t *Text) push(l layer) {
	if t.layers == nil {
		t.layers = make([]layer, 0, 4)
	}
	t.layers = append(t.layers, l)
}

func invalidUTF8(src []byte) error {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return &EncodingError{Offset: i, Byte: src[i], Encoding: UTF8}
		}
		i += n
	}
	return nil
}

// Changed reports whether normalization changed anything (Norm differs
// from Orig).
func (t *Text) Changed() bool { return len(t.layers) > 0 }

// OrigSpan maps the byte range [start, end) of Norm to the byte range of
// Orig it came from. start and end are clamped to [0, len(Norm)]. A range
// that cuts through a character or cluster that normalization rewrote grows
// to the whole of it.
func (t *Text) OrigSpan(start, end int) (int, int) {
	return t.mapDown(start, end, 0)
}

// mapDown maps [start, end) of Norm through the layers down to layer stop.
func (t *Text) mapDown(start, end, stop int) (int, int) {
	start = max(0, min(start, len(t.Norm)))
	end = max(start, min(end, len(t.Norm)))
	if start == 0 && end == len(t.Norm) && stop < len(t.layers) {
		// The whole text, even when it is empty (a lone soft hyphen).
		return 0, t.layers[stop].inLen
	}
	for i := len(t.layers) - 1; i >= stop; i-- {
		l := &t.layers[i]
		if start == end {
			start = l.mapStart(start)
			end = start
			continue
		}
		start, end = l.mapStart(start), l.mapEnd(end)
	}
	return start, end
}

// Surface returns the original text of the byte range [start, end) of Norm,
// as UTF-8 NFC: Orig[OrigSpan(start, end)] for UTF-8 NFC input, the
// decoded and composed text for legacy or decomposed input.
func (t *Text) Surface(start, end int) string {
	s, e, _ := t.SurfaceSpan(start, end)
	return norm.NFC.String(string(t.decoded[s:e]))
}

// Decoded returns the input as UTF-8, before cleaning, NFC and tone
// placement: Orig itself for UTF-8 input. It must not be modified.
func (t *Text) Decoded() []byte { return t.decoded }

// SurfaceSpan maps the byte range [start, end) of Norm to the range of
// Decoded it came from, as OrigSpan does for Orig: Surface(start, end) is
// the NFC of Decoded()[s:e]. nfc reports that Decoded is in NFC already,
// so that Decoded()[s:e] is the surface itself.
func (t *Text) SurfaceSpan(start, end int) (s, e int, nfc bool) {
	s, e = t.mapDown(start, end, t.decode)
	return s, e, t.decodedNFC
}
