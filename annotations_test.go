package vnie_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/vnie/vnie"
)

// annotatedSets are the sets of our own articles with hand annotations
// (NAME.txt beside NAME.json, in the reduced form of the seeds'
// annotations). The seeds have TestSeedsAgainstAnnotations.
var annotatedSets = []string{"dev", "heldout", "blindA", "blindB", "blindC", "blindD", "blindE", "blindF", "blindG", "blindH", "blindI", "blindJ", "blindK", "blindL", "blindM", "blindN", "blindO", "blindP", "blindQ", "blindR", "blindS", "blindT", "blindU", "blindV", "blindW", "blindX", "blindY", "blindZ", "blindAA", "blindAB", "blindAC", "blindAD", "blindAE", "blindAF"}

// measureOnly are the sets not yet worked through: their misses are many
// and understood as a class, and the scorer measures them.
var measureOnly = map[string]string{}

// knownMisses are the differences from the hand annotations that are
// understood and left, each with its reason. A miss not listed fails the
// test, and so does a listed one that no longer happens (delete it).
// Keys are "ID field MISSED|EXTRA item", as the test prints them.
var knownMisses = map[string]string{
	"1102_dai-hoi-dang-bo-tinh-lang-son counts MISSED attendees|14": "an elected delegation (bầu Đoàn đại biểu ... gồm 14 đại biểu chính thức): the annotator counts its members as attendees; " +
		"our rules take people a body is made of or elects (gồm, bầu) as not taking part. SPEC does not settle it",
	"1102_dai-hoi-dang-bo-tinh-lang-son qualifiers MISSED attendees|14|": "the same count",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 counts MISSED attendees|94": "members given badges or admitted, told after the fact (94 đảng viên được nhận Huy hiệu Đảng; toàn huyện có 112 đảng viên được trao Huy hiệu; chúc mừng 4 đảng viên mới): " +
		"this annotator counts them as attendees, dev's does not (1.265 đảng viên được tặng Huy hiệu Đảng), and our rules follow dev; the honorees of the ceremony itself (lễ kết nạp 4 ..., lễ trao ... cho 94 ...) are counted. SPEC does not settle it",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 qualifiers MISSED attendees|94|":      "the same count",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 counts MISSED attendees|2":            "the same class: badge recipients or new members told after the fact",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 qualifiers MISSED attendees|2|":       "the same count",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 counts MISSED attendees|6":            "the same class: badge recipients or new members told after the fact",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 qualifiers MISSED attendees|6|":       "the same count",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 counts MISSED attendees|11":           "the same class: badge recipients or new members told after the fact",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 qualifiers MISSED attendees|11|":      "the same count",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 counts MISSED attendees|75":           "the same class: badge recipients or new members told after the fact",
	"2201_vu-thu-trao-huy-hieu-dang-dot-7-11 qualifiers MISSED attendees|75|":      "the same count",
	"2202_giao-phong-ket-nap-dang-vien counts MISSED attendees|4":                  "the same class: badge recipients or new members told after the fact",
	"2202_giao-phong-ket-nap-dang-vien qualifiers MISSED attendees|4|":             "the same count",
	"2208_hung-ha-trao-huy-hieu-75-nam-tuoi-dang counts MISSED attendees|112":      "the same class: badge recipients or new members told after the fact",
	"2208_hung-ha-trao-huy-hieu-75-nam-tuoi-dang qualifiers MISSED attendees|112|": "the same count",
	"2602_trao_gcn_dau_tu_bac_ninh dates MISSED 2025": "a quarter with its year (quý I/2025): this annotator, and those of V and X, read it as a date of grain year; " +
		"those of A and P say a quarter is no date and leave the year out (their 201, 202, 1707), and our rules follow them. SPEC does not settle it",
	"1503_khanhhoa_bonhiem titles MISSED võ hòang long|phó chánh văn phòng ubnd tỉnh": "a new post given far from the name " +
		"(ông A, Trưởng phòng X, đến nhận công tác tại Y và bổ nhiệm giữ chức vụ Z): positions are read next to a name, not across a clause",
}

// TestAnnotatedSets scores every annotated set as the project's scorer
// does (the same keys and normalization: NFC, Đ, white space, case and
// tone placement folded; counts as a multiset) and requires agreement
// with the hand annotations, but for knownMisses.
func TestAnnotatedSets(t *testing.T) {
	seen := map[string]bool{}
	for _, set := range annotatedSets {
		if why, ok := measureOnly[set]; ok {
			t.Logf("%s: measured by the scorer only: %s", set, why)
			continue
		}
		paths, err := filepath.Glob(filepath.Join("testdata", set, "*.json"))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range paths {
			id := strings.TrimSuffix(filepath.Base(p), ".json")
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			var gold annotation
			if err := json.Unmarshal(raw, &gold); err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			src, err := os.ReadFile(filepath.Join("testdata", set, id+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			a, err := vnie.Extract(src, vnie.Options{})
			if err != nil {
				t.Errorf("%s/%s: %v", set, id, err)
				continue
			}
			for _, m := range scoreMisses(id, gold, reduce(a)) {
				if _, ok := knownMisses[m]; ok {
					seen[m] = true
					continue
				}
				t.Errorf("%s: %s", set, m)
			}
		}
	}
	for m := range knownMisses {
		if !seen[m] {
			t.Errorf("known miss no longer happens; delete it from knownMisses: %s", m)
		}
	}
}

// scoreMisses lists, sorted, the items that the annotation gold and the
// output got disagree on, as "ID field MISSED|EXTRA item".
func scoreMisses(id string, gold, got annotation) []string {
	var out []string
	g, p := scoreItems(gold), scoreItems(got)
	for _, f := range []string{"documents", "doc_attrs", "dates", "names", "titles", "counts", "qualifiers", "authors"} {
		for k, n := range g[f] {
			for range n - p[f][k] {
				out = append(out, fmt.Sprintf("%s %s MISSED %s", id, f, k))
			}
		}
		for k, n := range p[f] {
			for range n - g[f][k] {
				out = append(out, fmt.Sprintf("%s %s EXTRA %s", id, f, k))
			}
		}
	}
	if gold.Published != got.Published {
		out = append(out, fmt.Sprintf("%s published want %q got %q", id, gold.Published, got.Published))
	}
	if gold.Title != "" && scoreNorm(gold.Title) != scoreNorm(got.Title) {
		out = append(out, fmt.Sprintf("%s title want %q got %q", id, gold.Title, got.Title))
	}
	sort.Strings(out)
	return out
}

// scoreItems flattens an annotation into the scorer's counted items.
func scoreItems(a annotation) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, f := range []string{"documents", "doc_attrs", "dates", "names", "titles", "counts", "qualifiers", "authors"} {
		out[f] = map[string]int{}
	}
	for _, d := range a.Documents {
		k := scoreDocKey(d.ID, d.TypeName, d.Number)
		out["documents"][k] = 1
		if d.Issued != "" {
			out["doc_attrs"][k+"|issued|"+d.Issued] = 1
		}
		if d.IssuingBody != "" {
			out["doc_attrs"][k+"|body|"+scoreFoldTone(d.IssuingBody)] = 1
		}
	}
	for _, v := range a.Dates {
		if v != "" {
			out["dates"][v] = 1
		}
	}
	for _, o := range a.Officials {
		n := scoreFoldTone(o.Name)
		if n == "" {
			continue
		}
		out["names"][n] = 1
		for _, ti := range o.Titles {
			if ti != "" {
				out["titles"][n+"|"+scoreFoldTone(ti)] = 1
			}
		}
	}
	for _, c := range a.Counts {
		if c.Kind != "attendees" && c.Kind != "connection_points" {
			continue
		}
		out["counts"][fmt.Sprintf("%s|%d", c.Kind, c.Value)]++
		out["qualifiers"][fmt.Sprintf("%s|%d|%s", c.Kind, c.Value, c.Qualifier)]++
	}
	for _, au := range a.Authors {
		if au != "" {
			out["authors"][scoreFoldTone(au)] = 1
		}
	}
	return out
}

var scoreSpaces = regexp.MustCompile(`\s+`)

// scoreNorm is the scorer's norm: NFC, Ð as Đ, white space collapsed,
// surrounding punctuation trimmed, case folded.
func scoreNorm(s string) string {
	s = norm.NFC.String(s)
	s = strings.ReplaceAll(s, "\u00d0", "\u0110")
	s = strings.TrimSpace(scoreSpaces.ReplaceAllString(s, " "))
	s = strings.Trim(s, ".,;:-–— ")
	return strings.ToLower(s)
}

// scoreTonePairs are the new-style tone placements the scorer folds to
// the old style.
var scoreTonePairs = strings.NewReplacer(
	"oà", "òa", "oá", "óa", "oả", "ỏa", "oã", "õa", "oạ", "ọa",
	"oè", "òe", "oé", "óe", "oẻ", "ỏe", "oẽ", "õe", "oẹ", "ọe",
	"uỳ", "ùy", "uý", "úy", "uỷ", "ủy", "uỹ", "ũy", "uỵ", "ụy")

// scoreFoldTone is the scorer's fold_tone.
func scoreFoldTone(s string) string { return scoreTonePairs.Replace(scoreNorm(s)) }

// scoreDocKey is the scorer's doc_key: the code without spaces, with
// TƯ/T.Ư as TW, or the type name and number of a reference.
func scoreDocKey(id, typeName, number string) string {
	i := scoreSpaces.ReplaceAllString(id, "")
	i = strings.NewReplacer("T.Ư", "TW", "TƯ", "TW").Replace(norm.NFC.String(i))
	if i != "" {
		return "id:" + scoreFoldTone(i)
	}
	return "ref:" + scoreFoldTone(typeName) + "#" + strings.TrimSpace(number)
}
