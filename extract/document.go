package extract

import "github.com/vnie/vnie/schema"

// Documents finds Party and state document codes and numbered references
// to documents, and claims their tokens.
func Documents(d *Doc) []schema.Document {
	return []schema.Document{}
}
