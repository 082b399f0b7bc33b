// Command vnie extracts documents, dates, officials, counts and article
// metadata from Vietnamese government and Party news articles, and prints
// them as JSON (schema: SPEC.md, package schema).
//
// Usage:
//
//	vnie [flags] [FILE]
//
// With FILE, vnie reads that file ("-" is standard input); without it,
// standard input when it is not a terminal, else a sample article built
// into the binary (it says so on stderr).
package main

import (
	_ "embed"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/vnie/vnie"
	"github.com/vnie/vnie/extract"
	"github.com/vnie/vnie/normalize"
)

//go:embed sample.txt
var sample []byte

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, isTerminal(os.Stdin), os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // an article could not be read or decoded
	exitUsage = 2 // bad flags or arguments
)

// run is the whole command, with its streams as arguments so tests can
// drive it. stdinTTY tells whether standard input is a terminal.
func run(args []string, stdin io.Reader, stdinTTY bool, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("vnie", flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date `YYYY-MM-DD[THH:MM]`; wins over the article's dateline")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	encoding := fs.String("encoding", "auto", "input `encoding`: auto, utf-8, tcvn3, vni, viscii, windows-1258")
	source := fs.String("source", "", "`name` for the article's source field (default: the file path)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: vnie [flags] [FILE]\n\nPrints the Article JSON of one Vietnamese news article.\nWith no FILE it reads standard input, or runs on a built-in sample when standard input is a terminal.\n\nExamples:\n  vnie article.txt\n  vnie --published 2021-03-29 --pretty article.txt\n  curl -s URL | vnie -\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	enc, err := normalize.ParseEncoding(*encoding)
	if err != nil {
		fmt.Fprintln(stderr, "vnie:", err)
		return exitUsage
	}
	if _, err := extract.ParsePublished(*published); err != nil {
		fmt.Fprintln(stderr, "vnie: --published:", err)
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "vnie: one FILE at most; see vnie --help")
		return exitUsage
	}
	var src []byte
	name := ""
	switch {
	case fs.NArg() == 1 && fs.Arg(0) != "-":
		name = fs.Arg(0)
		src, err = os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(stderr, "vnie:", err)
			return exitFail
		}
	case fs.NArg() == 1 || !stdinTTY:
		src, err = io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintln(stderr, "vnie: reading standard input:", err)
			return exitFail
		}
	default:
		fmt.Fprintln(stderr, "vnie: no input given; running on the built-in sample article (see vnie --help)")
		src, name = sample, "sample.txt"
	}
	if *source != "" {
		name = *source
	}
	a, err := vnie.Extract(src, vnie.Options{Source: name, Published: *published, Encoding: enc})
	if err != nil {
		if name != "" {
			fmt.Fprintf(stderr, "vnie: %s: %v\n", name, err)
		} else {
			fmt.Fprintln(stderr, "vnie:", err)
		}
		return exitFail
	}
	e := json.NewEncoder(stdout)
	e.SetEscapeHTML(false)
	if *pretty {
		e.SetIndent("", "  ")
	}
	if err := e.Encode(a); err != nil {
		fmt.Fprintln(stderr, "vnie: writing output:", err)
		return exitFail
	}
	return exitOK
}
