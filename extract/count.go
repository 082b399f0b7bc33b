package extract

import "github.com/vnie/vnie/schema"

// Counts finds counts of connection points and attendees, and claims their
// tokens.
func Counts(d *Doc) []schema.Count {
	return []schema.Count{}
}
