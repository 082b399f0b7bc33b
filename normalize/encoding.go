package normalize

import (
	"fmt"
	"strings"
)

// Encoding names the character encoding of an input.
type Encoding uint8

const (
	// Auto detects the encoding: UTF-8 when the input is valid UTF-8,
	// else the legacy encoding that reads it best.
	Auto Encoding = iota
	// UTF8 is UTF-8.
	UTF8
	// TCVN3 is TCVN 5712:1993 VN3, the "ABC" fonts (.VnTime).
	TCVN3
	// VNI is VNI-Windows: a base letter byte followed by a mark byte.
	VNI
	// VISCII is VISCII 1.1 (RFC 1456).
	VISCII
	// Windows1258 is Microsoft code page 1258 (base letters plus
	// combining tone marks).
	Windows1258
)

var encodingNames = [...]string{
	Auto:        "auto",
	UTF8:        "utf-8",
	TCVN3:       "tcvn3",
	VNI:         "vni",
	VISCII:      "viscii",
	Windows1258: "windows-1258",
}

// String returns the encoding's name as ParseEncoding accepts it.
func (e Encoding) String() string {
	if int(e) < len(encodingNames) {
		return encodingNames[e]
	}
	return fmt.Sprintf("Encoding(%d)", int(e))
}

// ParseEncoding returns the Encoding of a name: auto, utf-8 (utf8), tcvn3
// (abc), vni, viscii, windows-1258 (cp1258), case-insensitive.
func ParseEncoding(name string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "auto", "":
		return Auto, nil
	case "utf-8", "utf8":
		return UTF8, nil
	case "tcvn3", "tcvn", "abc":
		return TCVN3, nil
	case "vni", "vni-windows":
		return VNI, nil
	case "viscii":
		return VISCII, nil
	case "windows-1258", "windows1258", "cp1258":
		return Windows1258, nil
	}
	return Auto, fmt.Errorf("normalize: unknown encoding %q (want auto, utf-8, tcvn3, vni, viscii or windows-1258)", name)
}
