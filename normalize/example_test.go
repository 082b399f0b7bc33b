package normalize_test

import (
	"fmt"

	"github.com/vnie/vnie/normalize"
)

func ExampleBytes() {
	// Decomposed letters, a no-break space, an eth for Đ and a new-style
	// tone mark, as pasted from a web page.
	src := []byte("Ðo\u0300n thanh nie\u0302n\u00A0Uỷ ban")
	text, err := normalize.Bytes(src, normalize.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s\nchanged: %v, encoding: %v\n", text.Norm, text.Changed(), text.Encoding)
	// Output:
	// Đòn thanh niên Ủy ban
	// changed: true, encoding: utf-8
}

func ExampleBytes_legacy() {
	// TCVN3 (ABC) bytes: detected and decoded.
	src := []byte("\xa7\xb5 N\xbdng, Th\xac \xa7\xb9i")
	text, err := normalize.Bytes(src, normalize.Options{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s (%v)\n", text.Norm, text.Encoding)
	// Output: Đà Nẵng, Thơ Đại (tcvn3)
}

func ExampleText_OrigSpan() {
	src := []byte("Tỉnh uỷ\r\nThanh Hoá")
	text, _ := normalize.Bytes(src, normalize.Options{})
	// "Hóa" in the normalized text comes from "Hoá" in the input.
	start := len("Tỉnh ủy\nThanh ")
	s, e := text.OrigSpan(start, start+len("Hóa"))
	fmt.Printf("%q -> %q at [%d,%d)\n", text.Norm[start:start+len("Hóa")], src[s:e], s, e)
	// Output: "Hóa" -> "Hoá" at [19,23)
}

func ExampleText_Surface() {
	// VNI bytes: Surface gives the original text of a range as UTF-8.
	src := []byte("\xd1a\xfbng uy\xfb")
	text, _ := normalize.Bytes(src, normalize.Options{Encoding: normalize.VNI})
	fmt.Printf("%s | %s\n", text.Norm, text.Surface(len("Đảng "), len(text.Norm)))
	// Output: Đảng ủy | uỷ
}

func ExampleFold() {
	fmt.Println(normalize.Fold("Nghị quyết số 52-NQ/TW của Bộ Chính trị"))
	fmt.Println(normalize.Fold("ĐẢNG ỦY") == normalize.Fold("dang uy"))
	// Output:
	// nghi quyet so 52-nq/tw cua bo chinh tri
	// true
}

func ExampleEncode() {
	for _, enc := range []normalize.Encoding{normalize.TCVN3, normalize.VNI, normalize.VISCII, normalize.Windows1258} {
		b, err := normalize.Encode("Việt Nam", enc)
		fmt.Printf("%-12v %q %v\n", enc, b, err)
	}
	_, err := normalize.Encode("Hội nghị…", normalize.VISCII)
	fmt.Println(err)
	// Output:
	// tcvn3        "Vi\xd6t Nam" <nil>
	// vni          "Vie\xe4t Nam" <nil>
	// viscii       "Vi\xaet Nam" <nil>
	// windows-1258 "Vi\xea\xf2t Nam" <nil>
	// normalize: viscii cannot hold '…' (U+2026) at offset 12
}

func ExampleParseEncoding() {
	enc, err := normalize.ParseEncoding("ABC")
	fmt.Println(enc, err)
	_, err = normalize.ParseEncoding("vps")
	fmt.Println(err)
	// Output:
	// tcvn3 <nil>
	// normalize: unknown encoding "vps" (want auto, utf-8, tcvn3, vni, viscii or windows-1258)
}

func ExampleString() {
	s, err := normalize.String("Uỷ ban\u00a0nhân dân tỉnh Hoà Bình – Ðảng bộ", normalize.Options{})
	fmt.Printf("%q %v\n", s, err)
	// Output: "Ủy ban nhân dân tỉnh Hòa Bình - Đảng bộ" <nil>
}
