package main

// JSON Lines input and output.
//
// An input line is one JSON object. Its fields:
//
//   - "text" (string, required): the article;
//   - "id" (any JSON value, optional): names the article; the output's
//     "source" is the id when it is a string, its JSON text otherwise
//     (42 → "42"), and NAME:LINE when the id is absent or null;
//   - "published" (string or null, optional): YYYY-MM-DD[THH:MM]; wins
//     over --published;
//   - any other field: carried through.
//
// The output line is the Article object (schema fields in schema order),
// then "id" exactly as given (when the input had one), then every carried
// field, untouched and in input order. A carried field whose name is
// taken by the output (an Article field, "error" or "id") is renamed with
// the prefix "input_" (repeated until the name is free), so nothing the
// caller sent is lost or overwritten. "text" and "published" are not
// copied: the caller has them, and the Article has its own "published".
//
// An article that fails gives {"source": ..., "error": "..."}, followed by
// "id" and the carried fields when the line could be parsed.

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// field is one carried-through field of an input line.
type field struct {
	name  string          // the output name (renamed on a collision)
	value json.RawMessage // the value's JSON text, as in the input
}

// lineInput is one parsed input line.
type lineInput struct {
	id        json.RawMessage // nil when the line has no "id"
	text      string
	published string
	fields    []field
}

// outputNames are the names an output line uses itself; a carried field
// with one of them is renamed.
var outputNames = []string{
	"schema_version", "source", "title", "published", "authors",
	"documents", "dates", "officials", "counts", "error", "id",
}

// errNotObject is the error for a line that is valid JSON but no object.
var errNotObject = errors.New("the line is not a JSON object")

// parseLine parses one input line (without its newline). When the line
// is not valid JSON the lineInput is empty; when it is a valid object with
// a bad field (no "text", a "text" that is no string, ...) the lineInput
// holds its id and carried fields, so that the error line can carry them.
func parseLine(data []byte) (lineInput, error) {
	var in lineInput
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return lineInput{}, syntaxErr(data, err)
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		if json.Valid(data) {
			return lineInput{}, errNotObject
		}
		return lineInput{}, syntaxErr(data, nil)
	}
	var bad error // the first bad field
	hasText := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return lineInput{}, syntaxErr(data, err)
		}
		key, _ := tok.(string)
		switch key {
		case "text", "published":
			// Decoded straight into the string: one scan of the text. A
			// value of another type is consumed whole and reported.
			var s *string // nil for null
			err := dec.Decode(&s)
			var te *json.UnmarshalTypeError
			switch {
			case errors.As(err, &te):
				bad = cmp.Or(bad, fmt.Errorf("%q is not a string", key))
			case err != nil:
				return lineInput{}, syntaxErr(data, err)
			case key == "text" && s == nil:
				bad = cmp.Or(bad, errors.New(`"text" is not a string`))
			case key == "text":
				in.text, hasText = *s, true
			case s == nil:
				in.published = ""
			default:
				in.published = *s
			}
			continue
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return lineInput{}, syntaxErr(data, err)
		}
		if key == "id" {
			in.id = raw
		} else {
			in.fields = append(in.fields, field{name: key, value: raw})
		}
	}
	if _, err := dec.Token(); err != nil { // the closing brace
		return lineInput{}, syntaxErr(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return lineInput{}, syntaxErr(data, errors.New("more after the object"))
	}
	renameCollisions(in.fields)
	if bad == nil && !hasText {
		bad = errors.New(`the object has no "text"`)
	}
	return in, bad
}

// syntaxErr words the JSON syntax error of data for a person, with its
// byte offset (the streaming decoder's errors say less).
func syntaxErr(data []byte, err error) error {
	var se *json.SyntaxError
	if verr := json.Unmarshal(data, new(json.RawMessage)); errors.As(verr, &se) {
		return fmt.Errorf("invalid JSON at byte %d: %v", se.Offset, se)
	}
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return errors.New("invalid JSON: the line ends inside a value")
	}
	return fmt.Errorf("invalid JSON: %v", err)
}

// renameCollisions renames every field whose name the output uses itself
// to "input_" + name, adding "input_" again while that name is taken by
// the output or by another field. Fields with other names keep theirs,
// duplicates included (they are copied as given).
func renameCollisions(fields []field) {
	var used map[string]bool // built at the first collision only
	for i := range fields {
		if !isOutputName(fields[i].name) {
			continue
		}
		if used == nil {
			used = make(map[string]bool, len(outputNames)+len(fields))
			for _, n := range outputNames {
				used[n] = true
			}
			for _, f := range fields {
				used[f.name] = true
			}
		}
		name := "input_" + fields[i].name
		for used[name] {
			name = "input_" + name
		}
		used[name] = true
		fields[i].name = name
	}
}

// isOutputName reports whether an output line uses name itself.
func isOutputName(name string) bool {
	for _, n := range outputNames {
		if n == name {
			return true
		}
	}
	return false
}

// sourceOf returns the source of a line: its id as a string, or fallback
// when it has none.
func sourceOf(id json.RawMessage, fallback string) string {
	if len(id) == 0 || string(id) == "null" {
		return fallback
	}
	if id[0] == '"' {
		var s string
		if json.Unmarshal(id, &s) == nil {
			return s
		}
	}
	var buf bytes.Buffer
	if json.Compact(&buf, id) == nil {
		return buf.String()
	}
	return string(id)
}

// appendCarried appends the output line's tail after the Article's
// fields: ,"id":ID when id is not nil, then every carried field. line
// must end in "}\n" (an encoded object); the result does too.
func appendCarried(line []byte, id json.RawMessage, fields []field) []byte {
	if id == nil && len(fields) == 0 {
		return line
	}
	line = bytes.TrimRight(line, "\n")
	line = line[:len(line)-1] // the closing brace
	if id != nil {
		line = append(line, `,"id":`...)
		line = append(line, id...)
	}
	for _, f := range fields {
		line = append(line, ',')
		line = appendJSONString(line, f.name)
		line = append(line, ':')
		line = append(line, f.value...)
	}
	return append(line, '}', '\n')
}

// errorLine returns the output line of an article that failed:
// {"source":S,"error":E} followed by the id and carried fields.
func errorLine(source, msg string, id json.RawMessage, fields []field) []byte {
	line := append([]byte(nil), `{"source":`...)
	line = appendJSONString(line, source)
	line = append(line, `,"error":`...)
	line = appendJSONString(line, msg)
	line = append(line, '}', '\n')
	return appendCarried(line, id, fields)
}

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD; only the characters JSON requires are escaped.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				dst = append(dst, '\\', c)
			case c == '\n':
				dst = append(dst, '\\', 'n')
			case c == '\t':
				dst = append(dst, '\\', 't')
			case c < 0x20:
				dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
			default:
				dst = append(dst, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			dst = append(dst, "\ufffd"...)
		} else {
			dst = append(dst, s[i:i+n]...)
		}
		i += n
	}
	return append(dst, '"')
}
