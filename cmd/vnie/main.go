// Command vnie extracts documents, dates, officials, counts and article
// metadata from Vietnamese government and Party news articles, and prints
// them as JSON (schema: SPEC.md, package schema).
//
// Usage:
//
//	vnie [flags] [FILE | DIR | -]...
//
// One article (one FILE, "-" for standard input, or piped standard input
// with no argument) gives one Article JSON object. Several inputs, a
// directory (every *.txt file under it, recursively) or --jsonl give JSON
// Lines: one object per article, in input order, each with its source.
// With no argument and standard input a terminal, vnie runs on a sample
// article built into the binary and says so on stderr.
//
// --jsonl reads JSON Lines instead of text files: each line is an object
// {"id": ..., "text": ..., "published": ...}; its other fields are copied
// to the output line after the Article's fields (see jsonl.go). --html
// writes a self-contained HTML page that highlights every extraction.
// Run vnie --help for every flag, with examples.
//
// Exit status: 0 when every article was processed, 1 when any could not
// be read, decoded or parsed (batch mode reports each one on stderr and as
// an output line {"source": ..., "error": ...} and goes on), 2 for bad
// usage.
package main

import (
	"context"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/vnie/vnie/extract"
	"github.com/vnie/vnie/normalize"
)

//go:embed sample.txt
var sample []byte

// defaultGCPercent is the collector's target when GOGC is not set. The
// command keeps little memory alive (tens of MB on a stream of any
// length), and collecting four times less often than Go's default makes a
// JSON Lines batch about 1.3 times faster with one worker and 1.7 times
// with two (100 000 articles: 17.7 s -> 13.8 s, 14.8 s -> 8.6 s; peak RSS
// 22 -> 33 MB).
const defaultGCPercent = 400

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second signal kills at once
	}()
	code := run(os.Args[1:], env{
		ctx:       ctx,
		stdin:     os.Stdin,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
		stdout:    os.Stdout,
		stderr:    os.Stderr,
	})
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1 // an article could not be read, decoded or parsed, or output failed
	exitUsage = 2 // bad flags or arguments
)

// env is the outside world of one run: its streams, whether they are
// terminals, and its cancellation. Tests build their own.
type env struct {
	ctx       context.Context // nil means context.Background()
	stdin     io.Reader
	stdinTTY  bool // standard input is a terminal
	stdoutTTY bool // standard output is a terminal: the output shows progress itself
	stderrTTY bool // standard error is a terminal: progress may be shown
	stdout    io.Writer
	stderr    io.Writer
	// progressAfter is how long a batch runs before the progress line
	// shows (0: defaultProgressAfter; negative: at once).
	progressAfter time.Duration
	// progressEvery is the shortest time between two progress updates
	// (0: defaultProgressEvery).
	progressEvery time.Duration
}

// Output formats of --format.
const (
	formatJSON  = "json"  // one Article for one input, JSON Lines for several
	formatLines = "jsonl" // JSON Lines, even for one input
	formatHTML  = "html"  // a self-contained HTML page of one article
)

// config is a parsed command line.
type config struct {
	published string // --published, validated
	pretty    bool
	enc       normalize.Encoding
	source    string // --source
	jsonl     bool   // input is JSON Lines
	format    string // one of the format constants
	output    string // -o FILE, "" for stdout
	workers   int    // -j, >= 1
	quiet     bool
	inputs    []string // positional arguments; "-" is standard input
	// batch is set for JSON Lines output: JSON Lines input, --format
	// jsonl, several inputs or a directory.
	batch bool
}

const usageText = `usage: vnie [flags] [FILE | DIR | -]...

Extracts the documents, dates, officials and counts of Vietnamese government
and Party news articles as JSON (schema_version 1; see SPEC.md).

One article (one FILE, "-", or piped standard input) prints one Article JSON
object. Several inputs, a directory (every *.txt file under it, recursively,
each directory's entries in name order) or --jsonl print JSON Lines: one
Article per line, in input order, with "source" set to the file path or the
line's "id". With no input and standard input a terminal, vnie runs on a
sample article built in (and says so on stderr).

--jsonl reads JSON Lines (files, directories of *.jsonl files, or standard
input): one object per line, {"id": ..., "text": "...", "published": "..."}.
"text" is required; "published" (YYYY-MM-DD[THH:MM]) wins over --published.
Every other field is copied, untouched and in order, after the Article's
fields of the output line ("id" as given; a field named like an Article
field gets the prefix "input_").

An article that cannot be read, decoded or parsed is reported on stderr with
its name (and line number) and, in JSON Lines output, as a line
{"source": ..., "error": "..."}; the batch goes on and vnie exits with 1.
Exit status: 0 all articles done, 1 some failed, 2 bad usage.

Examples:
  vnie article.txt                          one article, one JSON object
  vnie --pretty --published 2021-03-29 article.txt
  curl -s URL | vnie                        piped standard input
  vnie --encoding tcvn3 old.txt             force a legacy encoding
  vnie corpus/ -o corpus.jsonl              a directory, as JSON Lines, to a file
  vnie -j 4 a.txt b.txt c.txt               several files, 4 workers, in order
  vnie --jsonl < in.jsonl > out.jsonl       JSON Lines in, JSON Lines out
  vnie --jsonl part1.jsonl part2.jsonl      several JSON Lines files
  vnie --html article.txt -o article.html   a page with every extraction highlighted
  vnie --version

Flags:
`

// run is the whole command, with its outside world as an argument so tests
// can drive it. It returns the exit status.
func run(args []string, e env) int {
	if e.ctx == nil {
		e.ctx = context.Background()
	}
	cfg, code, done := parseArgs(args, e)
	if done {
		return code
	}
	switch {
	case cfg.format == formatHTML:
		return runHTML(cfg, e)
	case cfg.batch:
		return runBatch(cfg, e)
	}
	return runSingle(cfg, e)
}

// parseArgs parses the command line. done reports that the run is over
// (help, version or a usage error) with exit status code.
func parseArgs(args []string, e env) (cfg config, code int, done bool) {
	fs := flag.NewFlagSet("vnie", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	published := fs.String("published", "", "publication date `YYYY-MM-DD[THH:MM]`; wins over the article's dateline")
	pretty := fs.Bool("pretty", false, "indent the JSON of one article (JSON Lines are never indented)")
	encoding := fs.String("encoding", "auto", "text input `encoding`: auto, utf-8, tcvn3, vni, viscii, windows-1258")
	source := fs.String("source", "", "`name` for the source field of the one article (default: the file path)")
	jsonl := fs.Bool("jsonl", false, `input is JSON Lines of {"id", "text", "published"} objects`)
	format := fs.String("format", formatJSON, "output `format`: json (one Article, or JSON Lines for several), jsonl (always JSON Lines), html")
	html := fs.Bool("html", false, "write a self-contained HTML page of the article with its extractions highlighted (--format html)")
	output := fs.String("o", "", "write the output to `FILE`, atomically (a temporary file renamed when complete)")
	workers := fs.Int("j", runtime.GOMAXPROCS(0), "`N` articles processed in parallel; output order is kept")
	quiet := fs.Bool("quiet", false, "no progress line and no notes on stderr (errors are still reported)")
	fs.BoolVar(quiet, "q", false, "short for --quiet")
	version := fs.Bool("version", false, "print the version and exit")
	usage := func(w io.Writer) {
		fmt.Fprint(w, usageText)
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
	}
	bad := func(format string, a ...any) (config, int, bool) {
		fmt.Fprintf(e.stderr, "vnie: "+format+"\n", a...)
		fmt.Fprintln(e.stderr, "usage: vnie [flags] [FILE | DIR | -]...; see vnie --help")
		return config{}, exitUsage, true
	}

	// Flags may come after the inputs (vnie a.txt -o a.json): parse, take
	// one positional argument, parse again, until "--" or the end.
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				usage(e.stdout)
				return config{}, exitOK, true
			}
			return bad("%v", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if consumed := args[:len(args)-len(rest)]; len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			inputs = append(inputs, rest...)
			break
		}
		inputs = append(inputs, rest[0])
		args = rest[1:]
	}
	if *version {
		fmt.Fprintln(e.stdout, versionString())
		return config{}, exitOK, true
	}

	cfg = config{
		published: *published,
		pretty:    *pretty,
		source:    *source,
		jsonl:     *jsonl,
		format:    strings.ToLower(*format),
		output:    *output,
		workers:   *workers,
		quiet:     *quiet,
		inputs:    inputs,
	}
	var err error
	if cfg.enc, err = normalize.ParseEncoding(*encoding); err != nil {
		return bad("%v", err)
	}
	if _, err := extract.ParsePublished(cfg.published); err != nil {
		return bad("--published: %v", err)
	}
	if *html {
		if cfg.format != formatJSON && cfg.format != formatHTML {
			return bad("--html and --format %s disagree", cfg.format)
		}
		cfg.format = formatHTML
	}
	switch cfg.format {
	case formatJSON, formatLines, formatHTML:
	default:
		return bad("--format %q: want json, jsonl or html", *format)
	}
	if cfg.workers < 1 || cfg.workers > maxWorkers {
		return bad("-j %d: want 1 to %d workers", cfg.workers, maxWorkers)
	}
	stdins := 0
	for _, in := range inputs {
		if in == "-" {
			stdins++
		}
	}
	if stdins > 1 {
		return bad(`standard input ("-") can be read only once`)
	}
	if cfg.jsonl && cfg.enc != normalize.Auto {
		return bad("--encoding applies to text input; JSON Lines text is UTF-8")
	}
	cfg.batch = cfg.jsonl || cfg.format == formatLines || len(inputs) > 1 || isDir(inputs)
	if cfg.source != "" && cfg.batch {
		return bad("--source names one article; in a batch each article's source is its path or id")
	}
	if cfg.format == formatHTML && (cfg.jsonl || len(inputs) > 1 || isDir(inputs)) {
		// --format html and --format jsonl exclude each other, so batch is
		// set here by the inputs alone.
		return bad("--html shows one article: give one FILE or -")
	}
	if cfg.jsonl && len(inputs) == 0 {
		if e.stdinTTY {
			return bad("--jsonl: no input; give files or pipe JSON Lines to standard input")
		}
		cfg.inputs = []string{"-"}
	}
	return cfg, exitOK, false
}

// maxWorkers bounds -j: more workers than this only cost memory.
const maxWorkers = 1024

// isDir reports whether the only input is a directory.
func isDir(inputs []string) bool {
	if len(inputs) != 1 || inputs[0] == "-" {
		return false
	}
	st, err := os.Stat(inputs[0])
	return err == nil && st.IsDir()
}
