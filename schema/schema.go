// Package schema holds the output contract of vnie (schema version 1): the
// structs that Extract fills and cmd/vnie prints as JSON.
//
// The JSON names and meanings follow SPEC.md exactly. Every Span is a
// half-open byte range [start, end) into the ORIGINAL input bytes, before
// any normalization, so that for UTF-8 NFC input src[start:end] == Text.
// Slices are never nil in values produced by this module, so JSON shows []
// rather than null; use New or Normalize to get that guarantee for values
// built by hand.
//
// The package imports only the standard library.
package schema

// Version is the schema_version written in every Article.
const Version = 1

// Span is a half-open byte range [Start, End) of the original input.
// It encodes as the JSON array [start, end].
type Span [2]int

// Start returns the first byte offset of the span.
func (s Span) Start() int { return s[0] }

// End returns the byte offset just past the span.
func (s Span) End() int { return s[1] }

// Len returns the span's length in bytes.
func (s Span) Len() int { return s[1] - s[0] }

// Article is the structured form of one news article.
type Article struct {
	// SchemaVersion is always Version (1).
	SchemaVersion int `json:"schema_version"`
	// Source names where the article came from, as the caller gave it
	// (file path, URL, JSON Lines id); "" when not given.
	Source string `json:"source"`
	// Title is the headline when the text has one, else "".
	Title string `json:"title"`
	// Published is the publication date-time: "YYYY-MM-DDTHH:MM:00+07:00"
	// when a time is known, "YYYY-MM-DD" when only a date, "" when none.
	Published string `json:"published"`
	// Authors are the bylines as written; source attributions and photo
	// credits are not authors.
	Authors []string `json:"authors"`
	// Documents are the formal documents referred to, one per distinct document.
	Documents []Document `json:"documents"`
	// Dates are the calendar expressions of the body and dateline, in text order.
	Dates []Date `json:"dates"`
	// Officials are the people named with a position, one per distinct person.
	Officials []Official `json:"officials"`
	// Counts are counts of connection points and attendees, in text order.
	Counts []Count `json:"counts"`
}

// Mention is one place in the input where something is referred to.
type Mention struct {
	// Text is the surface text of the mention, as UTF-8 NFC.
	Text string `json:"text"`
	// Span is the byte range of the mention in the original input.
	Span Span `json:"span"`
}

// Document is a Party or state document referred to in the article.
type Document struct {
	// ID is the canonical code (52-NQ/TW, 15/2020/NĐ-CP): the code as
	// written, spaces removed, NFC, TƯ and T.Ư written TW; "" when the text
	// gives only a type and number (Chỉ thị số 01).
	ID string `json:"id"`
	// Type is the type abbreviation: NQ, CT, KH, HD, QĐ, QĐi, NĐ, TT, ...
	Type string `json:"type"`
	// TypeName is the type's full name: Nghị quyết, Chỉ thị, ...
	TypeName string `json:"type_name"`
	// Number is the document number as written (52, 05, 01).
	Number string `json:"number"`
	// Year is the year inside the code (15/2020/NĐ-CP → 2020), 0 if none.
	Year int `json:"year"`
	// Issuer is the issuer part of the code: TW, CP, TTg, BTGThU.
	Issuer string `json:"issuer"`
	// System is "party" (number-TYPE/ISSUER) or "state" (number/TYPE-ISSUER,
	// number/year/TYPE-ISSUER); "" when the text gives no code.
	System string `json:"system"`
	// Issued is the issue date YYYY-MM-DD when the text gives it, else "".
	Issued string `json:"issued"`
	// IssuingBody is the body named by "của ..." (Bộ Chính trị), else "".
	IssuingBody string `json:"issuing_body"`
	// Mentions lists every reference to the document, in text order,
	// including short back-references (Nghị quyết số 52).
	Mentions []Mention `json:"mentions"`
}

// Date is one calendar expression.
type Date struct {
	// Text is the surface text (Sáng 3-1, ngày 27-9-2019, 2020-2025).
	Text string `json:"text"`
	// Span is the byte range of Text in the original input.
	Span Span `json:"span"`
	// Value is YYYY-MM-DD, YYYY-MM, YYYY or YYYY/YYYY; --MM-DD or --MM when
	// the year is unknown.
	Value string `json:"value"`
	// Grain is "day", "month", "year" or "years".
	Grain string `json:"grain"`
	// Time is HH:MM when a clock time is attached, else "".
	Time string `json:"time"`
	// PartOfDay is morning, noon, afternoon, evening, night, or "".
	PartOfDay string `json:"part_of_day"`
	// YearInferred is true when the year was taken from the publication date.
	YearInferred bool `json:"year_inferred"`
}

// Grains of Date.Grain.
const (
	GrainDay   = "day"
	GrainMonth = "month"
	GrainYear  = "year"
	GrainYears = "years"
)

// Official is a person named together with a position.
type Official struct {
	// Name is the person's name, NFC, in the case of the text.
	Name string `json:"name"`
	// Honorific is đồng chí, ông, bà, ... when one precedes the name, else "".
	Honorific string `json:"honorific"`
	// Titles are every position the article gives the person, deduplicated
	// by text (ignoring case, spacing and tone-mark placement), in order.
	Titles []Title `json:"titles"`
	// Mentions lists every place the person is named, in text order.
	Mentions []Mention `json:"mentions"`
}

// Title is one position held by an official.
type Title struct {
	// Text is the position as written (UVBTV, Phó Trưởng Ban Tuyên giáo Trung ương).
	Text string `json:"text"`
	// Role is the role words with abbreviations expanded (Ủy viên Ban Thường vụ).
	Role string `json:"role"`
	// Organization is what the role is in (Ban Tuyên giáo Trung ương), or "".
	Organization string `json:"organization"`
	// Former is true for "Nguyên ...".
	Former bool `json:"former"`
	// Acting is true for "Quyền ...".
	Acting bool `json:"acting"`
}

// Count is a count of connection points or attendees.
type Count struct {
	// Text is the surface text (hơn 7.600 đảng viên).
	Text string `json:"text"`
	// Span is the byte range of Text in the original input.
	Span Span `json:"span"`
	// Kind is KindConnectionPoints or KindAttendees.
	Kind string `json:"kind"`
	// Value is the number counted (7.600 → 7600, 1,28 triệu → 1280000).
	Value int `json:"value"`
	// Qualifier is more_than, nearly, about, at_least, or "".
	Qualifier string `json:"qualifier"`
	// Unit is the counted noun as written (đảng viên, điểm cầu).
	Unit string `json:"unit"`
	// Location is the place the sentence scopes the count to, or "".
	Location string `json:"location"`
}

// Kinds of Count.Kind.
const (
	KindConnectionPoints = "connection_points"
	KindAttendees        = "attendees"
)

// Qualifiers of Count.Qualifier.
const (
	QualMoreThan = "more_than"
	QualNearly   = "nearly"
	QualAbout    = "about"
	QualAtLeast  = "at_least"
)

// New returns an empty Article of the current schema version with every
// slice non-nil.
func New(source string) *Article {
	a := &Article{SchemaVersion: Version, Source: source}
	a.Normalize()
	return a
}

// Normalize replaces every nil slice in a, and in the values it holds, by an
// empty one, so that JSON shows [] instead of null. It sets SchemaVersion
// when it is zero.
func (a *Article) Normalize() {
	if a.SchemaVersion == 0 {
		a.SchemaVersion = Version
	}
	a.Authors = nonNil(a.Authors)
	a.Documents = nonNil(a.Documents)
	a.Dates = nonNil(a.Dates)
	a.Officials = nonNil(a.Officials)
	a.Counts = nonNil(a.Counts)
	for i := range a.Documents {
		a.Documents[i].Mentions = nonNil(a.Documents[i].Mentions)
	}
	for i := range a.Officials {
		a.Officials[i].Titles = nonNil(a.Officials[i].Titles)
		a.Officials[i].Mentions = nonNil(a.Officials[i].Mentions)
	}
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
