package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/vnie/vnie"
	"github.com/vnie/vnie/schema"
)

// runSingle prints the Article JSON of one article: the one input, piped
// standard input, or the built-in sample. On failure it prints a one-line
// message on stderr, writes nothing and returns exitFail.
func runSingle(cfg config, e env) int {
	src, name, code := readSingle(cfg, e)
	if code != exitOK {
		return code
	}
	a, err := vnie.Extract(src, vnie.Options{Source: name, Published: cfg.published, Encoding: cfg.enc})
	if err != nil {
		if name != "" {
			fmt.Fprintf(e.stderr, "vnie: %s: %v\n", name, err)
		} else {
			fmt.Fprintln(e.stderr, "vnie:", err)
		}
		return exitFail
	}
	var buf bytes.Buffer
	if err := encodeArticle(&buf, a, cfg.pretty); err != nil {
		fmt.Fprintln(e.stderr, "vnie: encoding the output:", err)
		return exitFail
	}
	return writeAll(cfg, e, buf.Bytes())
}

// readSingle reads the one article of a non-batch run and returns it with
// its source name: the --source flag, else the file path, "" for standard
// input, "sample.txt" for the built-in sample.
func readSingle(cfg config, e env) (src []byte, name string, code int) {
	var err error
	switch {
	case len(cfg.inputs) == 1 && cfg.inputs[0] != "-":
		name = cfg.inputs[0]
		if src, err = os.ReadFile(name); err != nil {
			fmt.Fprintf(e.stderr, "vnie: %s: %s\n", name, errText(err))
			return nil, "", exitFail
		}
	case len(cfg.inputs) == 1 || !e.stdinTTY:
		if src, err = io.ReadAll(e.stdin); err != nil {
			fmt.Fprintln(e.stderr, "vnie: reading standard input:", err)
			return nil, "", exitFail
		}
	default:
		if !cfg.quiet {
			fmt.Fprintln(e.stderr, "vnie: no input given; running on the built-in sample article (see vnie --help)")
		}
		src, name = sample, "sample.txt"
	}
	if cfg.source != "" {
		name = cfg.source
	}
	return src, name, exitOK
}

// encodeArticle writes a as JSON followed by a newline, indented when
// pretty. HTML characters are not escaped: the text stays readable.
func encodeArticle(w io.Writer, a *schema.Article, pretty bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	return enc.Encode(a)
}

// writeAll writes out to standard output or, with -o, atomically to the
// output file.
func writeAll(cfg config, e env, out []byte) int {
	o, err := openOutput(cfg.output, e.stdout)
	if err != nil {
		fmt.Fprintln(e.stderr, "vnie:", err)
		return exitFail
	}
	if _, err := o.Write(out); err != nil {
		o.abort()
		fmt.Fprintln(e.stderr, "vnie: writing output:", err)
		return exitFail
	}
	if err := o.commit(); err != nil {
		fmt.Fprintln(e.stderr, "vnie:", err)
		return exitFail
	}
	return exitOK
}

// errText is the message of err without the file path that a
// *fs.PathError repeats (the caller names the file itself).
func errText(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
