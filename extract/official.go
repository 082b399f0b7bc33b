package extract

import "github.com/vnie/vnie/schema"

// Officials finds people named with a position.
func Officials(d *Doc) []schema.Official {
	return []schema.Official{}
}
