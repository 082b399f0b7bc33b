// Library use on one article: extract and print what vnie finds.
//
//	go run ./examples/library testdata/seeds/000_97e24db524a6b8a3.txt
package main

import (
	"fmt"
	"log"
	"os"

	"github.com/vnie/vnie"
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: library ARTICLE.txt")
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	a, err := vnie.Extract(src, vnie.Options{Source: os.Args[1]})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s (published %s, by %v)\n", a.Title, a.Published, a.Authors)
	for _, d := range a.Documents {
		fmt.Printf("document %-16s %s số %s, issued %s by %s\n", d.ID, d.TypeName, d.Number, d.Issued, d.IssuingBody)
	}
	for _, d := range a.Dates {
		fmt.Printf("date     %-16s %q\n", d.Value, d.Text)
	}
	for _, o := range a.Officials {
		for _, t := range o.Titles {
			fmt.Printf("official %s: %s\n", o.Name, t.Text)
		}
	}
	for _, c := range a.Counts {
		fmt.Printf("count    %-17s %d (%s) %q\n", c.Kind, c.Value, c.Qualifier, c.Text)
	}
}
