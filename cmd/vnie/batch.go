package main

import (
	"bufio"
	"bytes"
	"cmp"
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
	"github.com/vnie/vnie/schema"
)

// Batch mode is a bounded pipeline:
//
//	producer ──jobs──▶ N workers ──results──▶ ordered writer
//
// The producer walks the inputs and groups their articles (file paths,
// standard input, JSON Lines lines) into jobs of up to chunkItems articles
// and chunkBytes bytes; workers read, extract and encode; the writer puts
// results back in input order. Grouping saves the goroutine hand-offs that
// would otherwise cost as much as a small article's extraction; a job is
// sent early when its input has no complete line ready, so a caller that
// writes one line and waits for the answer gets it at once. A job takes a
// token from a semaphore of size window before it is sent and gives it
// back once written, so at most window jobs are in memory at once, however
// long the stream and however slow one article is.

// itemKind tells a worker what an item holds.
type itemKind uint8

const (
	itemText  itemKind = iota // a text article: data, or the file name to read
	itemLine                  // one JSON Lines line in data
	itemError                 // an input that failed before becoming an article: err
)

// item is one article to process.
type item struct {
	kind itemKind
	name string // file path; "-" is standard input
	line int    // 1-based line number, for itemLine and line errors
	data []byte // the text or the line; nil for a file still to read
	err  error  // for itemError

	source string // the output's source, once known (set by article)
}

// job is a run of consecutive articles.
type job struct {
	seq   int // position in the output, from 0
	items []item
}

// result is a processed job.
type result struct {
	seq      int      // the job's seq
	out      []byte   // output lines, each ending in a newline
	msgs     []string // error messages for stderr, in order
	articles int      // articles processed, failed ones included
	size     int64    // input bytes consumed
}

// Job size limits: a job holds at most chunkItems articles and, once it
// holds chunkBytes bytes of JSON Lines, takes no more.
const (
	chunkItems = 32
	chunkBytes = 256 << 10
)

// windowPerWorker sets the reorder window: the number of jobs in flight
// (read but not yet written) is at most windowPerWorker × workers. A few
// per worker keep every worker busy while the writer waits for a slow
// article.
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
	// extract is vnie.Extract; tests replace it.
	extract func([]byte, vnie.Options) (*schema.Article, error)
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
	b := &batch{cfg: cfg, stdin: e.stdin, stdinTTY: e.stdinTTY, note: st.note, extract: vnie.Extract}
	failed := 0
	if e.stdoutTTY && cfg.output == "" {
		e.stderrTTY = false // the lines scrolling by are the progress
	}
	st.startProgress(e)
	err = pipeline(e.ctx, cfg.workers, windowPerWorker*cfg.workers, b.produce, b.handle,
		func(r result) error {
			for _, msg := range r.msgs {
				failed++
				st.errorLine("vnie: " + msg)
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
	c := chunker{emit: emit}
	switch {
	case len(b.cfg.inputs) > 0:
		for _, in := range b.cfg.inputs {
			if !b.input(in, &c) {
				return
			}
		}
	case b.stdinTTY:
		b.note("vnie: no input given; running on the built-in sample article (see vnie --help)")
		c.add(item{kind: itemText, name: "sample.txt", data: sample})
	default:
		b.input("-", &c)
	}
	c.flush()
}

// chunker groups items into jobs.
type chunker struct {
	emit  func(job) bool
	items []item
	size  int // bytes of data in items
}

// add adds it to the job being built and sends the job when full. It
// returns false when the pipeline stopped.
func (c *chunker) add(it item) bool {
	c.items = append(c.items, it)
	c.size += len(it.data)
	if len(c.items) >= chunkItems || c.size >= chunkBytes {
		return c.flush()
	}
	return true
}

// flush sends the job being built, if any. It returns false when the
// pipeline stopped.
func (c *chunker) flush() bool {
	if len(c.items) == 0 {
		return true
	}
	ok := c.emit(job{items: c.items})
	c.items, c.size = nil, 0
	return ok
}

// input adds the articles of one command-line input.
func (b *batch) input(in string, c *chunker) bool {
	if in == "-" {
		if b.cfg.jsonl {
			return b.lines("-", b.stdin, c)
		}
		return c.add(item{kind: itemText, name: "-"})
	}
	st, err := os.Stat(in)
	if err != nil {
		return c.add(item{kind: itemError, name: in, err: err})
	}
	if !st.IsDir() {
		return b.file(in, c)
	}
	ext := ".txt"
	if b.cfg.jsonl {
		ext = ".jsonl"
	}
	ok := true
	// WalkDir visits each directory's entries in name order.
	werr := filepath.WalkDir(in, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if ok = c.add(item{kind: itemError, name: path, err: err}); !ok {
				return filepath.SkipAll
			}
			return nil // skip the unreadable directory, go on
		}
		if d.IsDir() || !strings.HasSuffix(path, ext) {
			return nil
		}
		if ok = b.file(path, c); !ok {
			return filepath.SkipAll
		}
		return nil
	})
	if werr != nil && ok {
		ok = c.add(item{kind: itemError, name: in, err: werr})
	}
	return ok
}

// file adds the articles of one file: the file itself for text input, its
// lines for JSON Lines. Text files are read by the workers.
func (b *batch) file(path string, c *chunker) bool {
	if !b.cfg.jsonl {
		return c.add(item{kind: itemText, name: path})
	}
	f, err := os.Open(path)
	if err != nil {
		return c.add(item{kind: itemError, name: path, err: err})
	}
	defer f.Close()
	return b.lines(path, f, c)
}

// lines adds one item per non-blank line of r, and an error item for a
// line longer than maxLine or a read error (which ends the input). Before
// a read that may wait for input it sends the job being built.
func (b *batch) lines(name string, r io.Reader, c *chunker) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		if !lineReady(br) && !c.flush() {
			return false
		}
		line, tooLong, err := readLine(br, maxLine)
		switch {
		case tooLong:
			if !c.add(item{kind: itemError, name: name, line: n, err: fmt.Errorf("line longer than %d MiB", maxLine>>20)}) {
				return false
			}
		case len(bytes.TrimSpace(line)) > 0:
			if !c.add(item{kind: itemLine, name: name, line: n, data: line}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return c.add(item{kind: itemError, name: name, line: n, err: err})
		}
	}
}

// lineReady reports whether br holds a whole line, so that reading it
// does not wait.
func lineReady(br *bufio.Reader) bool {
	buf, _ := br.Peek(br.Buffered())
	return bytes.IndexByte(buf, '\n') >= 0
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

// where names an item's input in messages: the path, with :LINE for a
// line.
func (it *item) where() string {
	if it.line > 0 {
		return displayName(it.name) + ":" + strconv.Itoa(it.line)
	}
	return displayName(it.name)
}

// handle processes one job: it reads, extracts and encodes its articles.
func (b *batch) handle(j job) result {
	r := result{seq: j.seq, articles: len(j.items)}
	var buf bytes.Buffer
	for i := range j.items {
		if msg := b.safeArticle(&j.items[i], &buf, &r.size); msg != "" {
			r.msgs = append(r.msgs, msg)
		}
	}
	r.out = buf.Bytes()
	return r
}

// safeArticle is article, except that a panic (a bug) fails the one
// article with an error line instead of ending the batch.
func (b *batch) safeArticle(it *item, out *bytes.Buffer, size *int64) (msg string) {
	start := out.Len()
	defer func() {
		if p := recover(); p != nil {
			out.Truncate(start)
			msg = failed(out, it.where(), cmp.Or(it.source, it.where()), fmt.Errorf("internal error, please report it: %v", p), nil, nil)
		}
	}()
	return b.article(it, out, size)
}

// article processes one article: it appends its output line to out, adds
// its input size to size, and returns the error message ("" on success).
func (b *batch) article(it *item, out *bytes.Buffer, size *int64) string {
	*size += int64(len(it.data))
	switch it.kind {
	case itemError:
		return failed(out, it.where(), it.where(), it.err, nil, nil)
	case itemLine:
		in, err := parseLine(it.data)
		src := sourceOf(in.id, it.where())
		it.source = src
		if err != nil {
			return failed(out, it.where(), src, err, in.id, in.fields)
		}
		pub := in.published
		if pub == "" {
			pub = b.cfg.published
		}
		a, err := b.extract([]byte(in.text), vnie.Options{Source: src, Published: pub})
		if err != nil {
			return failed(out, it.where(), src, err, in.id, in.fields)
		}
		start := out.Len()
		if err := encodeArticle(out, a, false); err != nil {
			out.Truncate(start)
			return failed(out, it.where(), src, err, in.id, in.fields)
		}
		if in.id != nil || len(in.fields) > 0 {
			// Replace the closing "}\n" by the carried fields and "}\n".
			tail := appendCarried([]byte("}\n"), in.id, in.fields)
			out.Truncate(out.Len() - 2)
			out.Write(tail)
		}
		return ""
	}
	src := it.data
	if src == nil {
		var err error
		if it.name == "-" {
			src, err = io.ReadAll(b.stdin)
		} else {
			src, err = os.ReadFile(it.name)
		}
		if err != nil {
			return failed(out, it.where(), displayName(it.name), err, nil, nil)
		}
		*size += int64(len(src))
	}
	a, err := b.extract(src, vnie.Options{Source: displayName(it.name), Published: b.cfg.published, Encoding: b.cfg.enc})
	if err != nil {
		return failed(out, it.where(), displayName(it.name), err, nil, nil)
	}
	start := out.Len()
	if err := encodeArticle(out, a, false); err != nil {
		out.Truncate(start)
		return failed(out, it.where(), displayName(it.name), err, nil, nil)
	}
	return ""
}

// failed appends the error line of an article that failed to out and
// returns its message: the message names where (path or path:line), the
// error line names source.
func failed(out *bytes.Buffer, where, source string, err error, id []byte, fields []field) string {
	text := errText(err)
	out.Write(errorLine(source, text, id, fields))
	return where + ": " + text
}
