package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The tests here run the real binary, built once per test run.
var (
	binOnce sync.Once
	binPath string
	binErr  error
	binDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

// binary returns the path of the vnie binary built from this package,
// skipping the test when no go command is found.
func binary(t *testing.T) string {
	t.Helper()
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build the binary")
	}
	binOnce.Do(func() {
		if binDir, binErr = os.MkdirTemp("", "vnie-bin-"); binErr != nil {
			return
		}
		binPath = filepath.Join(binDir, "vnie")
		out, err := exec.Command(goCmd, "build", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			binErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if binErr != nil {
		t.Fatal(binErr)
	}
	return binPath
}

// execVnie runs the binary with stdin and returns its exit status and
// outputs.
func execVnie(t *testing.T, stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Stdin = stdin
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return code, out.String(), errOut.String()
}

func TestExecBinary(t *testing.T) {
	file := writeFile(t, "a.txt", []byte("Sáng 3-1, hội nghị."))
	jsonl := "{\"id\": \"a\", \"text\": \"Sáng 3-1.\"}\n{\"id\": \"b\", \"text\": 1}\n{\"id\": \"c\", \"text\": \"Chiều 5-2.\"}\n"
	cases := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		lines  []string // the sources of the output lines ("!" for errors); nil: not JSON Lines
		stdout string   // a substring of stdout
		stderr string   // a substring of stderr
	}{
		{"one file", "", []string{file}, exitOK, nil, `"source":"` + file + `"`, ""},
		{"piped text", "Hội nghị.", nil, exitOK, nil, `"schema_version":1`, ""},
		{"JSON Lines with a bad line", jsonl, []string{"--jsonl", "-j", "2"}, exitFail, []string{"a", "!b", "c"}, "", `vnie: stdin:2: "text" is not a string`},
		{"files and a missing one", "", []string{file, file + ".none", file}, exitFail, []string{file, "!" + file + ".none", file}, "", "no such file"},
		{"bad usage", "", []string{"--nope"}, exitUsage, nil, "", "see vnie --help"},
		{"version", "", []string{"--version"}, exitOK, nil, "vnie ", ""},
		{"help", "", []string{"--help"}, exitOK, nil, "Examples:", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := execVnie(t, strings.NewReader(c.stdin), c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, errOut)
			}
			if !strings.Contains(out, c.stdout) || !strings.Contains(errOut, c.stderr) {
				t.Errorf("stdout %q should contain %q, stderr %q should contain %q", out, c.stdout, errOut, c.stderr)
			}
			if c.lines != nil {
				if got := sources(lines(t, out)); strings.Join(got, " ") != strings.Join(c.lines, " ") {
					t.Errorf("sources %q, want %q", got, c.lines)
				}
			}
		})
	}
}

// startSlow starts the binary writing JSON Lines to -o target from a pipe,
// feeds it two lines and waits until they reach the temporary file.
func startSlow(t *testing.T, target string) (*exec.Cmd, io.WriteCloser) {
	t.Helper()
	cmd := exec.Command(binary(t), "--jsonl", "-o", target)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	fmt.Fprintln(stdin, `{"id": 1, "text": "Sáng 3-1."}`)
	fmt.Fprintln(stdin, `{"id": 2, "text": "Chiều 5-2."}`)
	deadline := time.Now().Add(20 * time.Second)
	for {
		tmps, _ := filepath.Glob(filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*"))
		if len(tmps) == 1 {
			if b, _ := os.ReadFile(tmps[0]); bytes.Count(b, []byte("\n")) == 2 {
				return cmd, stdin
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatal("the lines never reached the temporary file")
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Killed in the middle of a batch, vnie leaves the target untouched (a
// crash can leave only its temporary file); interrupted, it also removes
// the temporary file.
func TestExecOutputAtomic(t *testing.T) {
	for _, sig := range []os.Signal{os.Kill, os.Interrupt, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "out.jsonl")
			if err := os.WriteFile(target, []byte("old\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			cmd, stdin := startSlow(t, target)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			stdin.Close()
			if b, _ := os.ReadFile(target); string(b) != "old\n" {
				t.Errorf("target changed: %q", b)
			}
			if sig == os.Kill {
				return // the temporary file stays; the target is whole
			}
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitFail {
				t.Errorf("exit: %v, want status 1", err)
			}
			assertOnly(t, dir, "out.jsonl")
		})
	}
}

// Run to its end, the same stream gives a complete file.
func TestExecOutputComplete(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.jsonl")
	cmd, stdin := startSlow(t, target)
	if _, err := os.Stat(target); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the target exists before the end: %v", err)
	}
	fmt.Fprintln(stdin, `{"id": 3, "text": "Ngày 7-3."}`)
	stdin.Close()
	if err := cmd.Wait(); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(target)
	if got := sources(lines(t, string(b))); strings.Join(got, " ") != "1 2 3" {
		t.Errorf("sources %q", got)
	}
	assertOnly(t, dir, "out.jsonl")
}
