package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vnie/vnie"
	"github.com/vnie/vnie/schema"
)

// lines splits JSON Lines output into decoded objects, failing on a line
// that is not a JSON object.
func lines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	for _, l := range strings.SplitAfter(out, "\n") {
		if l == "" {
			continue
		}
		if !strings.HasSuffix(l, "\n") {
			t.Fatalf("last line has no newline: %q", l)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line is not a JSON object: %v\n%s", err, l)
		}
		objs = append(objs, m)
	}
	return objs
}

// sources returns the "source" of every output line, with "!" prefixed to
// error lines.
func sources(objs []map[string]any) []string {
	var s []string
	for _, o := range objs {
		src, _ := o["source"].(string)
		if _, bad := o["error"]; bad {
			src = "!" + src
		}
		s = append(s, src)
	}
	return s
}

// tree writes files (path → content) under a new directory and returns it.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// A directory gives JSON Lines of every *.txt file under it, each
// directory's entries in name order, other files skipped; -j 1 and -j 4
// print the same bytes.
func TestBatchDirectory(t *testing.T) {
	dir := tree(t, map[string]string{
		"b.txt":         "Sáng 3-1, hội nghị.",
		"a/2.txt":       "Hội nghị trực tuyến.",
		"a/1.txt":       "Chiều 5-2.",
		"a/notes.md":    "not an article",
		"c/d/e.txt":     "Ngày 7-3.",
		"z.txt.bak":     "not an article",
		"a-first.txt":   "Xếp trước a/ theo tên.",
		"empty/.keep":   "",
		"unicode/é.txt": "Tiếng Việt.",
	})
	var outputs []string
	for _, j := range []string{"1", "4"} {
		code, out, errOut := runCmd(t, "", true, "-j", j, dir)
		if code != exitOK || errOut != "" {
			t.Fatalf("-j %s: exit %d, stderr %q", j, code, errOut)
		}
		outputs = append(outputs, out)
	}
	if outputs[0] != outputs[1] {
		t.Errorf("-j 1 and -j 4 differ:\n%s\n%s", outputs[0], outputs[1])
	}
	var want []string
	for _, f := range []string{"a/1.txt", "a/2.txt", "a-first.txt", "b.txt", "c/d/e.txt", "unicode/é.txt"} {
		want = append(want, filepath.Join(dir, filepath.FromSlash(f)))
	}
	// WalkDir order: "a" sorts before "a-first.txt", and its files come first.
	if diff := cmp.Diff(want, sources(lines(t, outputs[0]))); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// A bad file in the middle of a batch gives an error line in its place
// and a message naming it; the others still come out, and the exit
// status is 1.
func TestBatchErrorsInTheMiddle(t *testing.T) {
	dir := tree(t, map[string]string{
		"1.txt":   "Sáng 3-1, hội nghị.",
		"bad.txt": "Hội nghị\xff\xfe", // not UTF-8 nor a legacy encoding
		"3.txt":   "Chiều 5-2.",
	})
	p := func(name string) string { return filepath.Join(dir, name) }
	args := []string{p("1.txt"), p("missing.txt"), p("bad.txt"), dir + "/", p("3.txt")}
	code, out, errOut := runCmd(t, "", true, append([]string{"-j", "3"}, args...)...)
	if code != exitFail {
		t.Errorf("exit %d, want %d", code, exitFail)
	}
	objs := lines(t, out)
	// The directory's walk gives 1.txt, 3.txt, bad.txt.
	want := []string{p("1.txt"), "!" + p("missing.txt"), "!" + p("bad.txt"),
		p("1.txt"), p("3.txt"), "!" + p("bad.txt"), p("3.txt")}
	if diff := cmp.Diff(want, sources(objs)); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if msg, _ := objs[1]["error"].(string); msg != "no such file or directory" {
		t.Errorf("error of the missing file: %q", msg)
	}
	if msg, _ := objs[2]["error"].(string); !strings.Contains(msg, "offset 12") {
		t.Errorf("error of the bad file: %q", msg)
	}
	wantErr := "vnie: " + p("missing.txt") + ": no such file or directory\n"
	if !strings.HasPrefix(errOut, wantErr) || strings.Count(errOut, "\n") != 3 || strings.Count(errOut, "bad.txt: normalize") != 2 {
		t.Errorf("stderr should name each failed file once per failure, in order:\n%s", errOut)
	}
}

// Several files, one of them standard input.
func TestBatchFilesAndStdin(t *testing.T) {
	a := writeFile(t, "a.txt", []byte("Sáng 3-1."))
	code, out, errOut := runCmd(t, "Chiều 5-2.", false, a, "-", a)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if diff := cmp.Diff([]string{a, "stdin", a}, sources(lines(t, out))); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// With no input, a batch reads standard input, or the sample (with a note)
// when standard input is a terminal.
func TestBatchNoInput(t *testing.T) {
	code, out, errOut := runCmd(t, "", true, "--format", "jsonl")
	if objs := lines(t, out); code != exitOK || len(objs) != 1 || objs[0]["source"] != "sample.txt" || !strings.Contains(errOut, "sample") {
		t.Errorf("terminal: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, errOut = runCmd(t, "Sáng 3-1.", false, "--format", "jsonl")
	if objs := lines(t, out); code != exitOK || len(objs) != 1 || objs[0]["source"] != "stdin" || errOut != "" {
		t.Errorf("pipe: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// --format jsonl writes one line with the source even for one article;
// --pretty does not indent JSON Lines.
func TestFormatLinesForOne(t *testing.T) {
	a := writeFile(t, "a.txt", []byte("Sáng 3-1."))
	code, out, _ := runCmd(t, "", true, "--format", "jsonl", "--pretty", a)
	if objs := lines(t, out); code != exitOK || len(objs) != 1 || objs[0]["source"] != a {
		t.Errorf("exit %d, output %q", code, out)
	}
}

func TestJSONLines(t *testing.T) {
	in := strings.Join([]string{
		`{"id": "a1", "text": "Sáng 3-1, hội nghị.", "url": "https://x.vn/1", "tags": ["a", {"b": 1}]}`,
		``, // blank lines are skipped, but counted
		`{"id": 42, "text": "Chiều 5-2.", "published": "2021-03-29"}`,
		`{"text": "Không có id.", "published": null}`,
		`{"id": "bad", "text": "x", "published": "29/03/2021"}`,
		`{"id": "x", "text": `, // cut short
		`{"text": "Tên trùng.", "title": "mine", "input_title": "also mine", "error": 0}` + "\r",
		`{"id": "no-text"}`,
	}, "\n") + "\n"
	code, out, errOut := runCmd(t, in, false, "--jsonl", "--published", "2020-01-01")
	if code != exitFail {
		t.Errorf("exit %d, want 1", code)
	}
	objs := lines(t, out)
	want := []string{"a1", "42", "stdin:4", "!bad", "!stdin:6", "stdin:7", "!no-text"}
	if diff := cmp.Diff(want, sources(objs)); diff != "" {
		t.Fatalf("sources (-want +got):\n%s", diff)
	}
	raw := strings.Split(out, "\n")
	cases := []struct {
		line int
		want string // a substring of the output line
		why  string
	}{
		{0, `"counts":[],"id":"a1","url":"https://x.vn/1","tags":["a", {"b": 1}]}`, "id then extras after the Article, values untouched"},
		{1, `"published":"2021-03-29"`, "the line's published wins over --published"},
		{1, `"id":42}`, "a numeric id is carried as a number"},
		{2, `"published":"2020-01-01"`, "no published: --published applies"},
		{3, `"error":"extract: publication date \"29/03/2021\" is not`, "a bad published fails the article"},
		{4, `{"source":"stdin:6","error":"invalid JSON at byte `, "a broken line is named by its line number"},
		{5, `"title":"","published"`, "the Article's title is not overwritten"},
		{5, `"input_input_title":"mine","input_title":"also mine","input_error":0}`, "a colliding name gets input_ until free; other fields keep theirs"},
		{6, `{"source":"no-text","error":"the object has no \"text\"","id":"no-text"}`, "an error line carries the id"},
	}
	for _, c := range cases {
		if !strings.Contains(raw[c.line], c.want) {
			t.Errorf("line %d should contain %q (%s):\n%s", c.line, c.want, c.why, raw[c.line])
		}
	}
	for _, w := range []string{"vnie: stdin:5: extract: publication date", "vnie: stdin:6: invalid JSON", `vnie: stdin:8: the object has no "text"`} {
		if !strings.Contains(errOut, w) {
			t.Errorf("stderr should say %q:\n%s", w, errOut)
		}
	}
}

// JSON Lines from files and directories (*.jsonl), named path:line.
func TestJSONLinesFiles(t *testing.T) {
	dir := tree(t, map[string]string{
		"b.jsonl":   `{"text": "b1"}` + "\n" + `{"text": "b2"}`, // no final newline
		"a.jsonl":   `{"text": "a1"}` + "\n",
		"skip.txt":  `{"text": "not JSON Lines input"}`,
		"d/c.jsonl": `{"text": "c1"}` + "\n",
	})
	code, out, errOut := runCmd(t, "", true, "--jsonl", dir, filepath.Join(dir, "a.jsonl"))
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	p := func(s string) string { return filepath.Join(dir, s) }
	want := []string{p("a.jsonl") + ":1", p("b.jsonl") + ":1", p("b.jsonl") + ":2", p("d/c.jsonl") + ":1", p("a.jsonl") + ":1"}
	if diff := cmp.Diff(want, sources(lines(t, out))); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
}

// Output order and bytes do not depend on the number of workers, even when
// articles take very different times.
func TestWorkersSameOutput(t *testing.T) {
	var in strings.Builder
	seeds, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(seeds) == 0 {
		t.Fatal("no seeds")
	}
	for i := range 100 {
		text, err := os.ReadFile(seeds[i%len(seeds)])
		if err != nil {
			t.Fatal(err)
		}
		if i%7 == 0 { // a much longer article now and then
			text = []byte(strings.Repeat(string(text), 4))
		}
		line, _ := json.Marshal(map[string]any{"id": i, "text": string(text), "n": i})
		in.Write(line)
		in.WriteByte('\n')
	}
	var first string
	for _, j := range []string{"1", "4", "7"} {
		code, out, errOut := runCmd(t, in.String(), false, "--jsonl", "-j", j)
		if code != exitOK || errOut != "" {
			t.Fatalf("-j %s: exit %d, stderr %q", j, code, errOut)
		}
		if j == "1" {
			first = out
			for i, o := range lines(t, out) {
				if o["id"] != float64(i) {
					t.Fatalf("line %d has id %v", i, o["id"])
				}
			}
		} else if out != first {
			t.Errorf("-j %s output differs from -j 1", j)
		}
	}
}

// While a batch runs, -o's target does not exist (the lines go to a
// temporary file beside it); when it ends the target is complete.
func TestOutputFileAtomicBatch(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.jsonl")
	pr, pw := io.Pipe()
	done := make(chan int)
	go func() {
		code, _, _ := runEnv(t, env{stdin: pr}, "--jsonl", "-o", target)
		done <- code
	}()
	fmt.Fprintln(pw, `{"id": 1, "text": "Sáng 3-1."}`)
	fmt.Fprintln(pw, `{"id": 2, "text": "Chiều 5-2."}`)
	// Wait until the first lines reach the temporary file.
	deadline := time.Now().Add(10 * time.Second)
	for {
		tmps, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
		if len(tmps) == 1 {
			if b, _ := os.ReadFile(tmps[0]); strings.Count(string(b), "\n") == 2 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("the first lines never reached a temporary file")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := os.Stat(target); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("target exists before the batch ends: %v", err)
	}
	fmt.Fprintln(pw, `{"id": 3, "text": "Ngày 7-3."}`)
	pw.Close()
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d", code)
	}
	b, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"1", "2", "3"}, sources(lines(t, string(b)))); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	assertOnly(t, dir, "out.jsonl")
}

// An interrupted batch leaves no output file and no temporary file, and
// an existing target unchanged.
func TestOutputFileInterrupted(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(target, []byte("old\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan int)
	var errOut string
	go func() {
		var code int
		code, _, errOut = runEnv(t, env{ctx: ctx, stdin: pr}, "--jsonl", "-o", target)
		done <- code
	}()
	fmt.Fprintln(pw, `{"id": 1, "text": "Sáng 3-1."}`)
	cancel()
	pw.Close()
	if code := <-done; code != exitFail || !strings.Contains(errOut, "interrupted") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if b, _ := os.ReadFile(target); string(b) != "old\n" {
		t.Errorf("target changed: %q", b)
	}
	assertOnly(t, dir, "out.jsonl")
}

// A batch with errors still writes its complete -o file, error lines
// included, and keeps an existing target's permissions.
func TestOutputFileWithErrors(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.jsonl")
	if err := os.WriteFile(target, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	in := "{\"text\": \"a\"}\n{oops\n{\"text\": \"c\"}\n"
	code, out, _ := runCmd(t, in, false, "--jsonl", "-o", target)
	b, _ := os.ReadFile(target)
	if code != exitFail || out != "" || strings.Count(string(b), "\n") != 3 {
		t.Errorf("exit %d, stdout %q, file %q", code, out, b)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the old 0600", st.Mode().Perm())
	}
}

// The progress line shows on a terminal (here at once), ends with a
// newline, and is silenced by --quiet or a non-terminal stderr.
func TestProgress(t *testing.T) {
	in := strings.Repeat(`{"text": "Sáng 3-1."}`+"\n", 5) + "{bad\n"
	outFile := filepath.Join(t.TempDir(), "out.jsonl")
	cases := []struct {
		name      string
		tty       bool // stderr is a terminal
		stdoutTTY bool
		args      []string
		want      string // "" for no progress at all
	}{
		{"terminal", true, false, nil, "vnie: 6 articles, "},
		{"quiet", true, false, []string{"--quiet"}, ""},
		{"not a terminal", false, false, nil, ""},
		{"output on the terminal too", true, true, nil, ""},
		{"output to a file from a terminal", true, true, []string{"-o", outFile}, "vnie: 6 articles, "},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := env{stdin: strings.NewReader(in), stderrTTY: c.tty, stdoutTTY: c.stdoutTTY, progressAfter: -1, progressEvery: time.Millisecond}
			_, _, errOut := runEnv(t, e, append([]string{"--jsonl"}, c.args...)...)
			// The error message is there in every case.
			if !strings.Contains(errOut, "vnie: stdin:6: invalid JSON") {
				t.Errorf("no error message: %q", errOut)
			}
			got := strings.Contains(errOut, "articles/s")
			if c.want == "" && got {
				t.Errorf("unexpected progress: %q", errOut)
			}
			if c.want != "" && (!strings.Contains(errOut, c.want) || !strings.Contains(errOut, "MB/s, 1 errors\x1b[K\n")) {
				t.Errorf("progress should end with %q...1 errors: %q", c.want, errOut)
			}
		})
	}
}

func TestReadLine(t *testing.T) {
	cases := []struct {
		in   string
		want []string // "!" for a line too long
		why  string
	}{
		{"a\nb\n", []string{"a", "b", ""}, "the final newline leaves an empty last line"},
		{"a\r\nb", []string{"a", "b"}, "CRLF is a line end; no final newline"},
		{"", []string{""}, "empty input"},
		{"12345678\n123456789\n1234567890\nx", []string{"12345678", "!", "!", "x"}, "a line over max is dropped whole"},
		{"12345678\r\n", []string{"12345678", ""}, "\\r is not counted in the length"},
	}
	for _, c := range cases {
		// A 16-byte buffer, so long lines come in several fragments.
		br := bufio.NewReaderSize(strings.NewReader(c.in), 16)
		var got []string
		for {
			line, tooLong, err := readLine(br, 8)
			if tooLong {
				got = append(got, "!")
			} else {
				got = append(got, string(line))
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		if diff := cmp.Diff(c.want, got); diff != "" {
			t.Errorf("%+q (%s) (-want +got):\n%s", c.in, c.why, diff)
		}
	}
}

// The pipeline keeps at most window jobs in flight, writes in order, and
// stops reading on a write error without hanging.
func TestPipeline(t *testing.T) {
	const n, window = 2000, 8
	var emitted, written atomic.Int64
	var maxInFlight int64
	produce := func(emit func(job) bool) {
		for i := range n {
			if !emit(job{items: []item{{line: i}}}) {
				return
			}
			emitted.Add(1)
		}
	}
	handle := func(j job) result {
		if j.seq%97 == 0 {
			time.Sleep(100 * time.Microsecond) // out of order
		}
		return result{seq: j.seq, out: []byte(fmt.Sprint(j.items[0].line))}
	}
	next := 0
	write := func(r result) error {
		if in := emitted.Load() - written.Load(); in > maxInFlight {
			maxInFlight = in
		}
		if string(r.out) != fmt.Sprint(next) {
			return fmt.Errorf("got %s, want %d", r.out, next)
		}
		next++
		written.Add(1)
		return nil
	}
	if err := pipeline(context.Background(), 4, window, produce, handle, write, func() error { return nil }); err != nil {
		t.Fatal(err)
	}
	if next != n || maxInFlight > window {
		t.Errorf("wrote %d of %d; at most %d in flight, want <= %d", next, n, maxInFlight, window)
	}

	emitted.Store(0)
	errFull := errors.New("disk full")
	calls := 0
	err := pipeline(context.Background(), 4, window, produce, handle, func(r result) error {
		if calls++; calls == 5 {
			return errFull
		}
		return nil
	}, func() error { return nil })
	if !errors.Is(err, errFull) || emitted.Load() > 5+window {
		t.Errorf("err %v; %d emitted after a write error at the 5th", err, emitted.Load())
	}
}

// A caller that writes one line and waits for its answer before writing
// the next (as a Python coprocess does) gets each answer at once.
func TestJSONLinesLockstep(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- run([]string{"--jsonl", "-j", "2"}, env{stdin: inR, stdout: outW, stderr: io.Discard})
		outW.Close()
	}()
	answers := bufio.NewReader(outR)
	for i := range 5 {
		fmt.Fprintf(inW, `{"id": %d, "text": "Sáng %d-1."}`+"\n", i, i+1)
		got := make(chan string, 1)
		go func() {
			line, _ := answers.ReadString('\n')
			got <- line
		}()
		select {
		case line := <-got:
			if !strings.Contains(line, fmt.Sprintf(`"source":"%d"`, i)) {
				t.Fatalf("answer %d: %q", i, line)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("no answer to line %d while the input stays open", i)
		}
	}
	inW.Close()
	if code := <-done; code != exitOK {
		t.Errorf("exit %d", code)
	}
}

// A panic while extracting one article (a bug) fails that article only.
func TestBatchPanic(t *testing.T) {
	var out bytes.Buffer
	b := &batch{extract: func(src []byte, o vnie.Options) (*schema.Article, error) {
		if string(src) == "boom" {
			panic("index out of range")
		}
		return vnie.Extract(src, o)
	}}
	r := b.handle(job{items: []item{
		{kind: itemLine, name: "-", line: 1, data: []byte(`{"id": "a", "text": "ok"}`)},
		{kind: itemLine, name: "-", line: 2, data: []byte(`{"id": "b", "text": "boom"}`)},
		{kind: itemLine, name: "-", line: 3, data: []byte(`{"id": "c", "text": "ok"}`)},
	}})
	out.Write(r.out)
	if diff := cmp.Diff([]string{"a", "!b", "c"}, sources(lines(t, out.String()))); diff != "" {
		t.Errorf("sources (-want +got):\n%s", diff)
	}
	if len(r.msgs) != 1 || !strings.Contains(r.msgs[0], "stdin:2: internal error, please report it: index out of range") {
		t.Errorf("messages %q", r.msgs)
	}
}
