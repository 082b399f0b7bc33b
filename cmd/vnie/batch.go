package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/vnie/vnie"
)

// Batch mode is a bounded pipeline:
//
//	producer ──jobs──▶ N workers ──results──▶ ordered writer
//
// The producer walks the inputs and emits one job per article (a file
// path, standard input, or one JSON Lines line); workers read, extract and
// encode; the writer puts results back in input order. A job takes a token
// from a semaphore of size window before it is emitted and gives it back
// once written, so at most window articles are in memory at once, however
// long the stream and however slow one article is.

// jobKind tells a worker what a job holds.
type jobKind uint8

const (
	jobText  jobKind = iota // a text article: data, or the file name to read
	jobLine                 // one JSON Lines line in data
	jobError                // an input that failed before becoming an article: err
)

// job is one article to process.
type job struct {
	seq  int     // position in the output, from 0
	kind jobKind // what the job holds
	name string  // file path; "-" is standard input
	line int     // 1-based line number, for jobLine and line errors
	data []byte  // the text or the line; nil for a file still to read
	err  error   // for jobError
}

// result is one processed article.
type result struct {
	seq  int    // the job's seq
	out  []byte // output, ending in a newline; nil for none
	msg  string // the error message for stderr ("" when the article succeeded)
	size int64  // input bytes consumed
}

// windowPerWorker sets the reorder window: the number of articles in
// flight (read but not yet written) is at most windowPerWorker × workers.
// A few per worker keep every worker busy while the writer waits for a
// slow article.
const windowPerWorker = 4

// maxLine is the longest JSON Lines line read, in bytes; a longer line is
// skipped and reported as an error.
const maxLine = 64 << 20

// pipeline runs produce, handle and write as a bounded pipeline with the
// given number of workers: produce calls emit for each job in input order
// and stops when emit returns false; write receives the results in the
// same order; flush is called whenever the writer has written everything
// ready and waits for a worker. At most window jobs are in flight.
//
// pipeline returns nil when every job was written; on a write or flush
// error, or when ctx is cancelled, it returns the error (ctx's cause) at
// once, without waiting for the jobs in flight. The producer then stops at
// its next emit and the workers at the end of their job: results has room
// for every job in flight, so no goroutine blocks on the pipeline (a
// producer blocked in a read of its input ends when the read does).
func pipeline(ctx context.Context, workers, window int, produce func(emit func(job) bool), handle func(job) result, write func(result) error, flush func() error) error {
	parent := ctx
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	tokens := make(chan struct{}, window)
	jobs := make(chan job, workers)
	results := make(chan result, window)

	go func() {
		defer close(jobs)
		seq := 0
		produce(func(j job) bool {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			j.seq = seq
			seq++
			select {
			case jobs <- j:
				return true
			case <-ctx.Done():
				return false
			}
		})
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				results <- handle(j)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := make([]result, window)
	ready := make([]bool, window)
	next := 0
	for {
		var r result
		var ok bool
		select {
		case r, ok = <-results:
		case <-parent.Done():
			return context.Cause(parent)
		}
		if !ok {
			break
		}
		slot := r.seq % window
		pending[slot], ready[slot] = r, true
		for ready[next%window] {
			slot := next % window
			if err := write(pending[slot]); err != nil {
				return err
			}
			pending[slot], ready[slot] = result{}, false
			<-tokens
			next++
		}
		if len(results) == 0 {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	return context.Cause(parent)
}

// batch holds what the producer and the workers of one batch run share.
type batch struct {
	cfg      config
	stdin    io.Reader
	stdinTTY bool
	note     func(string) // prints a note on stderr unless --quiet
}

// runBatch processes every input as a batch and writes JSON Lines.
func runBatch(cfg config, e env) int {
	st := newStatus(e, cfg.quiet)
	o, err := openOutput(cfg.output, e.stdout)
	if err != nil {
		fmt.Fprintln(e.stderr, "vnie:", err)
		return exitFail
	}
	bw := bufio.NewWriterSize(o, 64<<10)
	b := &batch{cfg: cfg, stdin: e.stdin, stdinTTY: e.stdinTTY, note: st.note}
	failed := 0
	if e.stdoutTTY && cfg.output == "" {
		e.stderrTTY = false // the lines scrolling by are the progress
	}
	st.startProgress(e)
	err = pipeline(e.ctx, cfg.workers, windowPerWorker*cfg.workers, b.produce, b.handle,
		func(r result) error {
			if r.msg != "" {
				failed++
				st.errorLine("vnie: " + r.msg)
			}
			st.add(r)
			_, err := bw.Write(r.out)
			return err
		}, bw.Flush)
	st.stopProgress()
	if err != nil {
		bw.Flush() // keep what was written (an -o file is dropped all the same)
		o.abort()
		if errors.Is(err, context.Canceled) {
			err = errors.New("interrupted")
		}
		st.errorLine("vnie: " + err.Error())
		return exitFail
	}
	if err := o.commit(); err != nil {
		st.errorLine("vnie: " + err.Error())
		return exitFail
	}
	if failed > 0 {
		return exitFail
	}
	return exitOK
}

// produce emits the jobs of every input in order. With no input it reads
// standard input, or runs on the built-in sample when standard input is a
// terminal.
func (b *batch) produce(emit func(job) bool) {
	if len(b.cfg.inputs) == 0 {
		if b.stdinTTY {
			b.note("vnie: no input given; running on the built-in sample article (see vnie --help)")
			emit(job{kind: jobText, name: "sample.txt", data: sample})
			return
		}
		b.input("-", emit)
		return
	}
	for _, in := range b.cfg.inputs {
		if !b.input(in, emit) {
			return
		}
	}
}

// input emits the jobs of one command-line input.
func (b *batch) input(in string, emit func(job) bool) bool {
	if in == "-" {
		if b.cfg.jsonl {
			return b.lines("-", b.stdin, emit)
		}
		return emit(job{kind: jobText, name: "-"})
	}
	st, err := os.Stat(in)
	if err != nil {
		return emit(job{kind: jobError, name: in, err: err})
	}
	if !st.IsDir() {
		return b.file(in, emit)
	}
	ext := ".txt"
	if b.cfg.jsonl {
		ext = ".jsonl"
	}
	ok := true
	// WalkDir visits each directory's entries in name order.
	werr := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if ok = emit(job{kind: jobError, name: path, err: err}); !ok {
				return filepath.SkipAll
			}
			return nil // skip the unreadable directory, go on
		}
		if d.IsDir() || !strings.HasSuffix(path, ext) {
			return nil
		}
		if ok = b.file(path, emit); !ok {
			return filepath.SkipAll
		}
		return nil
	})
	if werr != nil && ok {
		ok = emit(job{kind: jobError, name: in, err: werr})
	}
	return ok
}

// file emits the jobs of one file: the file itself for text input, its
// lines for JSON Lines. Text files are read by the workers.
func (b *batch) file(path string, emit func(job) bool) bool {
	if !b.cfg.jsonl {
		return emit(job{kind: jobText, name: path})
	}
	f, err := os.Open(path)
	if err != nil {
		return emit(job{kind: jobError, name: path, err: err})
	}
	defer f.Close()
	return b.lines(path, f, emit)
}

// lines emits one job per non-blank line of r, and an error job for a
// line longer than maxLine or a read error (which ends the input).
func (b *batch) lines(name string, r io.Reader, emit func(job) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, maxLine)
		switch {
		case tooLong:
			if !emit(job{kind: jobError, name: name, line: n, err: fmt.Errorf("line longer than %d MiB", maxLine>>20)}) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !emit(job{kind: jobLine, name: name, line: n, data: line}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return emit(job{kind: jobError, name: name, line: n, err: err})
		}
	}
}

// readLine reads one line from br, without its "\n" or "\r\n", into a new
// slice. A line longer than max bytes is consumed and dropped: tooLong is
// true and line nil. err is io.EOF after the last line.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			line = append(line, frag...)
			if len(line) > max+2 { // +2: room for the line end
				line, tooLong = nil, true
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		line = bytes.TrimSuffix(line, []byte("\n"))
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > max {
			return nil, true, err
		}
		return line, false, err
	}
}

// displayName names an input in messages and sources.
func displayName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return name
}

// where names a job's input in messages: the path, with :LINE for a line.
func (j *job) where() string {
	if j.line > 0 {
		return displayName(j.name) + ":" + strconv.Itoa(j.line)
	}
	return displayName(j.name)
}

// handle processes one job: it reads, extracts and encodes the article.
func (b *batch) handle(j job) result {
	r := result{seq: j.seq, size: int64(len(j.data))}
	switch j.kind {
	case jobError:
		return failed(r, j.where(), j.where(), j.err, nil, nil)
	case jobLine:
		in, err := parseLine(j.data)
		if err != nil {
			return failed(r, j.where(), sourceOf(in.id, j.where()), err, in.id, in.fields)
		}
		src := sourceOf(in.id, j.where())
		pub := in.published
		if pub == "" {
			pub = b.cfg.published
		}
		a, err := vnie.Extract([]byte(in.text), vnie.Options{Source: src, Published: pub})
		if err != nil {
			return failed(r, j.where(), src, err, in.id, in.fields)
		}
		var buf bytes.Buffer
		buf.Grow(1024)
		if err := encodeArticle(&buf, a, false); err != nil {
			return failed(r, j.where(), src, err, in.id, in.fields)
		}
		r.out = appendCarried(buf.Bytes(), in.id, in.fields)
		return r
	}
	src := j.data
	if src == nil {
		var err error
		if j.name == "-" {
			src, err = io.ReadAll(b.stdin)
		} else {
			src, err = os.ReadFile(j.name)
		}
		if err != nil {
			return failed(r, j.where(), displayName(j.name), err, nil, nil)
		}
		r.size = int64(len(src))
	}
	a, err := vnie.Extract(src, vnie.Options{Source: displayName(j.name), Published: b.cfg.published, Encoding: b.cfg.enc})
	if err != nil {
		return failed(r, j.where(), displayName(j.name), err, nil, nil)
	}
	var buf bytes.Buffer
	buf.Grow(1024)
	if err := encodeArticle(&buf, a, false); err != nil {
		return failed(r, j.where(), displayName(j.name), err, nil, nil)
	}
	r.out = buf.Bytes()
	return r
}

// failed fills r for an article that failed: the message names where
// (path or path:line), the error line names source.
func failed(r result, where, source string, err error, id []byte, fields []field) result {
	text := errText(err)
	r.msg = where + ": " + text
	r.out = errorLine(source, text, id, fields)
	return r
}
