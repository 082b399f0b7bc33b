package schema_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/vnie/vnie/schema"
)

// fullArticle uses every object and field of the schema, with the JSON
// names and order the structs give.
const fullArticle = `{
  "schema_version": 1,
  "source": "a.txt",
  "title": "TP Cần Thơ: Hơn 7.600 đảng viên quán triệt Nghị quyết số 52",
  "published": "2020-01-04T10:04:00+07:00",
  "authors": [
    "ANH DŨNG"
  ],
  "documents": [
    {
      "id": "52-NQ/TW",
      "type": "NQ",
      "type_name": "Nghị quyết",
      "number": "52",
      "year": 0,
      "issuer": "TW",
      "system": "party",
      "issued": "2019-09-27",
      "issuing_body": "Bộ Chính trị",
      "mentions": [
        {
          "text": "Nghị quyết số 52-NQ/TW",
          "span": [
            10,
            38
          ]
        }
      ]
    }
  ],
  "dates": [
    {
      "text": "Sáng 3-1",
      "span": [
        0,
        9
      ],
      "value": "2020-01-03",
      "grain": "day",
      "time": "",
      "part_of_day": "morning",
      "year_inferred": true
    }
  ],
  "officials": [
    {
      "name": "Lê Mạnh Hùng",
      "honorific": "đồng chí",
      "titles": [
        {
          "text": "Nguyên Phó Trưởng Ban Tuyên giáo Trung ương",
          "role": "Phó Trưởng Ban",
          "organization": "Ban Tuyên giáo Trung ương",
          "former": true,
          "acting": false
        }
      ],
      "mentions": [
        {
          "text": "Lê Mạnh Hùng",
          "span": [
            50,
            66
          ]
        }
      ]
    }
  ],
  "counts": [
    {
      "text": "hơn 7.600 đảng viên",
      "span": [
        70,
        95
      ],
      "kind": "attendees",
      "value": 7600,
      "qualifier": "more_than",
      "unit": "đảng viên",
      "location": ""
    }
  ]
}
`

func TestRoundTrip(t *testing.T) {
	var a schema.Article
	dec := json.NewDecoder(bytes.NewReader([]byte(fullArticle)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&a); err != nil {
		t.Fatal(err)
	}
	if buf.String() != fullArticle {
		t.Errorf("round trip changed the JSON:\n got %s\nwant %s", buf.String(), fullArticle)
	}
}

func TestNewHasEmptyLists(t *testing.T) {
	b, err := json.Marshal(schema.New(""))
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schema_version":1,"source":"","title":"","published":"","authors":[],"documents":[],"dates":[],"officials":[],"counts":[]}`
	if string(b) != want {
		t.Errorf("got %s\nwant %s", b, want)
	}
}

func TestNormalizeFillsNestedSlices(t *testing.T) {
	a := &schema.Article{
		Documents: []schema.Document{{ID: "21/NQ-CP"}},
		Officials: []schema.Official{{Name: "Nguyễn Huy Dũng"}},
	}
	a.Normalize()
	if a.SchemaVersion != schema.Version {
		t.Errorf("SchemaVersion = %d, want %d", a.SchemaVersion, schema.Version)
	}
	if a.Documents[0].Mentions == nil || a.Officials[0].Titles == nil || a.Officials[0].Mentions == nil || a.Authors == nil || a.Dates == nil || a.Counts == nil {
		t.Errorf("nil slice left after Normalize: %+v", a)
	}
}

func TestSpan(t *testing.T) {
	s := schema.Span{3, 10}
	if s.Start() != 3 || s.End() != 10 || s.Len() != 7 {
		t.Errorf("Span{3, 10}: Start %d End %d Len %d", s.Start(), s.End(), s.Len())
	}
}

func ExampleNew() {
	a := schema.New("article.txt")
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	// Output: {"schema_version":1,"source":"article.txt","title":"","published":"","authors":[],"documents":[],"dates":[],"officials":[],"counts":[]}
}

func ExampleSpan() {
	src := []byte("Sáng 3-1, hội nghị")
	d := schema.Date{Text: "Sáng 3-1", Span: schema.Span{0, 9}}
	fmt.Println(string(src[d.Span.Start():d.Span.End()]) == d.Text)
	// Output: true
}
