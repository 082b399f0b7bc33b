// Package vnie turns Vietnamese government and Communist Party news
// articles into structured data: the documents they cite, their dates,
// the officials they name with every title, counts of connection points
// and attendees, and the article's own title, publication date and authors.
//
// Extract is the one call most users need. It runs the pipeline
// normalize → extract and returns a schema.Article whose every span is a
// byte range of the input as given.
package vnie

import (
	"github.com/vnie/vnie/extract"
	"github.com/vnie/vnie/normalize"
	"github.com/vnie/vnie/schema"
)

// Options tune Extract. The zero value detects the encoding and takes the
// publication date from the article's dateline.
type Options struct {
	// Source names the article (file path, URL); copied to Article.Source.
	Source string
	// Published is the publication date when the caller knows it:
	// YYYY-MM-DD or YYYY-MM-DDTHH:MM. It wins over the dateline, and
	// anchors dates written without a year.
	Published string
	// Encoding forces the input encoding; normalize.Auto detects it.
	Encoding normalize.Encoding
}

// Extract extracts everything vnie knows from one article. src may be
// UTF-8 or a legacy Vietnamese encoding. Empty input gives an Article with
// empty lists. The only errors are an invalid Options.Published, bytes
// that no supported encoding decodes (a *normalize.EncodingError naming
// the offset), and an input longer than normalize.MaxInput (256 MiB,
// normalize.ErrTooLarge). src must not be modified during the call.
func Extract(src []byte, opts Options) (*schema.Article, error) {
	pub, err := extract.ParsePublished(opts.Published)
	if err != nil {
		return nil, err
	}
	text, err := normalize.Bytes(src, normalize.Options{Encoding: opts.Encoding})
	if err != nil {
		return nil, err
	}
	d := extract.NewDoc(&text)
	if !pub.IsZero() {
		d.Pub, d.PubFromCaller = pub, true
	}
	meta := extract.ArticleMeta(d)
	if d.Pub.IsZero() {
		d.Pub = meta.Published
	}
	a := schema.New(opts.Source)
	a.Title = meta.Title
	a.Published = d.Pub.String()
	a.Authors = meta.Authors
	a.Documents = extract.Documents(d)
	a.Dates = extract.Dates(d)
	a.Counts = extract.Counts(d)
	a.Officials = extract.Officials(d)
	// a owns its strings; the text's memory goes to the next article.
	mem := d.Detach(a)
	d.Release()
	normalize.Recycle(mem)
	a.Normalize()
	return a, nil
}
