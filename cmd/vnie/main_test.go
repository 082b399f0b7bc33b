package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnie/vnie/schema"
)

// runCmd runs the command with the given arguments and standard input.
func runCmd(t *testing.T, stdin string, tty bool, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), tty, &out, &errOut)
	return code, out.String(), errOut.String()
}

func decode(t *testing.T, s string) schema.Article {
	t.Helper()
	var a schema.Article
	if err := json.Unmarshal([]byte(s), &a); err != nil {
		t.Fatalf("output is not an Article: %v\n%s", err, s)
	}
	return a
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFile(t *testing.T) {
	p := writeFile(t, "a.txt", []byte("Sáng 3-1, hội nghị."))
	code, out, errOut := runCmd(t, "", true, p)
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	a := decode(t, out)
	if a.Source != p || a.SchemaVersion != 1 {
		t.Errorf("source %q version %d", a.Source, a.SchemaVersion)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("compact output should be one line: %q", out)
	}
}

func TestStdinAndDash(t *testing.T) {
	for _, args := range [][]string{nil, {"-"}, {"--source", "x", "-"}} {
		code, out, errOut := runCmd(t, "Chia sẻ", false, args...)
		if code != exitOK || errOut != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
		}
		a := decode(t, out)
		if len(args) == 3 && a.Source != "x" {
			t.Errorf("--source ignored: %q", a.Source)
		}
	}
}

func TestSampleOnTerminal(t *testing.T) {
	code, out, errOut := runCmd(t, "", true, "--pretty")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(errOut, "sample") {
		t.Errorf("stderr should say the sample is used: %q", errOut)
	}
	if a := decode(t, out); a.Source != "sample.txt" {
		t.Errorf("source = %q", a.Source)
	}
	if !strings.Contains(out, "\n  \"source\"") {
		t.Errorf("--pretty should indent: %.80q", out)
	}
}

func TestErrors(t *testing.T) {
	bad := writeFile(t, "bad.txt", []byte("Hội nghị\xff\xfe"))
	cases := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"missing file", []string{filepath.Join(t.TempDir(), "none.txt")}, exitFail, "no such file"},
		{"bad encoding", []string{"--encoding", "utf-8", bad}, exitFail, "offset 12"},
		{"unknown encoding", []string{"--encoding", "latin9", bad}, exitUsage, "unknown encoding"},
		{"bad published", []string{"--published", "29/03/2021", bad}, exitUsage, "--published"},
		{"two files", []string{bad, bad}, exitUsage, "one FILE"},
		{"unknown flag", []string{"--nope"}, exitUsage, "flag provided but not defined"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCmd(t, "", true, c.args...)
			if code != c.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, c.code, errOut)
			}
			if !strings.Contains(errOut, c.stderr) {
				t.Errorf("stderr %q does not say %q", errOut, c.stderr)
			}
			if c.code == exitFail && (out != "" || strings.Count(errOut, "\n") != 1) {
				t.Errorf("want no output and a one-line message, got stdout %q stderr %q", out, errOut)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, _, errOut := runCmd(t, "", true, "--help")
	if code != exitOK || !strings.Contains(errOut, "usage: vnie") || !strings.Contains(errOut, "--published") {
		t.Errorf("exit %d, help %q", code, errOut)
	}
}

func TestPublishedFlag(t *testing.T) {
	code, out, _ := runCmd(t, "Hội nghị.", false, "--published", "2021-03-29T08:30")
	if code != exitOK {
		t.Fatal(code)
	}
	if a := decode(t, out); a.Published != "2021-03-29T08:30:00+07:00" {
		t.Errorf("published = %q", a.Published)
	}
}
