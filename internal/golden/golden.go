// Package golden compares test output with files under testdata and
// rewrites them when tests run with -update. It owns the -update flag:
// every test package that has golden files imports it, so that
// `go test ./... -update` works across the module.
package golden

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata with the current output")

// Check compares got with the golden file at path. With -update it writes
// got to path instead. On a mismatch it reports a -want +got diff.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./... -update to create it, then read it)", err)
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs from the output (-want +got):\n%s\nrun go test ./... -update to accept the output, after reading the diff", path, cmp.Diff(string(want), string(got)))
	}
}
