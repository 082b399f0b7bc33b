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

// runCmd runs the command with the given arguments and standard input
// (tty: whether standard input is a terminal).
func runCmd(t *testing.T, stdin string, tty bool, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runEnv(t, env{stdin: strings.NewReader(stdin), stdinTTY: tty}, args...)
}

// runEnv runs the command in e, with fresh output buffers.
func runEnv(t *testing.T, e env, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	e.stdout, e.stderr = &out, &errOut
	if e.stdin == nil {
		e.stdin = strings.NewReader("")
	}
	code = run(args, e)
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
	// --quiet drops the note, not the output.
	code, out, errOut = runCmd(t, "", true, "-q")
	if code != exitOK || errOut != "" || decode(t, out).Source != "sample.txt" {
		t.Errorf("--quiet: exit %d, stderr %q", code, errOut)
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
		{"unknown flag", []string{"--nope"}, exitUsage, "flag provided but not defined"},
		{"stdin twice", []string{"-", bad, "-"}, exitUsage, "only once"},
		{"no workers", []string{"-j", "0", bad}, exitUsage, "-j 0"},
		{"unknown format", []string{"--format", "xml", bad}, exitUsage, `"xml"`},
		{"html of two files", []string{"--html", bad, bad}, exitUsage, "one article"},
		{"html of JSON Lines", []string{"--html", "--jsonl", bad}, exitUsage, "one article"},
		{"html and format disagree", []string{"--html", "--format", "jsonl", bad}, exitUsage, "disagree"},
		{"source in a batch", []string{"--source", "x", bad, bad}, exitUsage, "--source"},
		{"encoding of JSON Lines", []string{"--jsonl", "--encoding", "vni", bad}, exitUsage, "--encoding"},
		{"JSON Lines from a terminal", []string{"--jsonl"}, exitUsage, "no input"},
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
			if out != "" {
				t.Errorf("want no output, got %q", out)
			}
			// A failed article gets a one-line message; bad usage a
			// message and a pointer to --help.
			if lines := strings.Count(errOut, "\n"); c.code == exitFail && lines != 1 || c.code == exitUsage && lines != 2 {
				t.Errorf("stderr has %d lines: %q", lines, errOut)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	code, out, errOut := runCmd(t, "", true, "--help")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// The help shows every flag and an example of every mode.
	for _, want := range []string{"usage: vnie", "-published", "-pretty", "-encoding", "-source", "-jsonl",
		"-format", "-html", "-o FILE", "-j N", "-quiet", "-version",
		"vnie article.txt", "| vnie", "vnie corpus/", "vnie -j 4", "vnie --jsonl <", "vnie --html", "vnie --version"} {
		if !strings.Contains(out, want) {
			t.Errorf("help does not show %q", want)
		}
	}
}

func TestVersion(t *testing.T) {
	code, out, _ := runCmd(t, "", true, "--version")
	// Test binaries carry no module version: "devel".
	if code != exitOK || !strings.HasPrefix(out, "vnie devel (schema_version 1") {
		t.Errorf("exit %d, version %q", code, out)
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

// Flags may follow the inputs; "--" ends the flags.
func TestFlagsAfterInputs(t *testing.T) {
	p := writeFile(t, "a.txt", []byte("Hội nghị."))
	code, out, errOut := runCmd(t, "", true, p, "--published", "2021-03-29", "--pretty")
	if code != exitOK || decode(t, out).Published != "2021-03-29" || !strings.Contains(out, "\n  ") {
		t.Errorf("flags after the file: exit %d, stderr %q, out %.60q", code, errOut, out)
	}
	dashed := writeFile(t, "-x.txt", []byte("Hội nghị."))
	code, out, errOut = runCmd(t, "", true, "--", dashed)
	if code != exitOK || decode(t, out).Source != dashed {
		t.Errorf("after --: exit %d, stderr %q", code, errOut)
	}
}

// A single article written with -o lands in the file, complete, and
// nothing else is left in the directory; a failed article leaves the
// existing file as it was.
func TestOutputFileSingle(t *testing.T) {
	dir := t.TempDir()
	in := writeFile(t, "a.txt", []byte("Sáng 3-1, hội nghị."))
	target := filepath.Join(dir, "a.json")
	code, out, errOut := runCmd(t, "", true, in, "-o", target)
	if code != exitOK || out != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	got, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if a := decode(t, string(got)); a.Source != in {
		t.Errorf("source %q", a.Source)
	}
	if st, _ := os.Stat(target); st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", st.Mode().Perm())
	}
	assertOnly(t, dir, "a.json")

	code, _, _ = runCmd(t, "", true, filepath.Join(dir, "missing.txt"), "-o", target)
	if again, _ := os.ReadFile(target); code != exitFail || !bytes.Equal(again, got) {
		t.Errorf("a failed run changed the output: exit %d, %q", code, again)
	}
	assertOnly(t, dir, "a.json")
}

// assertOnly fails unless dir holds exactly the named files.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ents {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("directory holds %q, want %q", got, names)
	}
}

// An unwritable output is an error before anything is processed.
func TestOutputUnwritable(t *testing.T) {
	in := writeFile(t, "a.txt", []byte("Hội nghị."))
	code, _, errOut := runCmd(t, "", true, in, "-o", filepath.Join(t.TempDir(), "no", "such", "dir.json"))
	if code != exitFail || !strings.Contains(errOut, "cannot create") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}
