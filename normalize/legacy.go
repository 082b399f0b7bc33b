package normalize

// detectLegacy guesses the legacy encoding of src, which is not valid UTF-8.
// ok is false when no legacy encoding reads src as Vietnamese.
func detectLegacy(src []byte) (enc Encoding, ok bool) {
	return Auto, false
}

// decodeLegacy decodes src from enc into UTF-8; the layer maps every output
// byte range back to the source bytes it came from.
func decodeLegacy(src []byte, enc Encoding) ([]byte, layer, error) {
	return nil, layer{}, &EncodingError{Offset: 0, Byte: firstByte(src), Encoding: enc}
}

func firstByte(b []byte) byte {
	if len(b) == 0 {
		return 0
	}
	return b[0]
}
