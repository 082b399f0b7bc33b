package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// output is where a run writes: standard output, or (with -o) a temporary
// file beside the target that commit renames over it, so the target is
// either untouched or complete, never half written.
type output struct {
	w    io.Writer
	f    *os.File // the temporary file; nil for standard output
	path string   // the target path; "" for standard output
	done bool     // committed or aborted
}

// openOutput opens the output: stdout when path is "", else a new
// temporary file in path's directory.
func openOutput(path string, stdout io.Writer) (*output, error) {
	if path == "" || path == "-" {
		return &output{w: stdout}, nil
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("cannot create the output %s: %w", path, err)
	}
	return &output{w: f, f: f, path: path}, nil
}

// Write writes to the output.
func (o *output) Write(p []byte) (int, error) { return o.w.Write(p) }

// commit makes the output final: the temporary file is synced, given the
// target's permissions (0644 for a new file) and renamed over the target.
// On failure the temporary file is removed and the target left as it was.
func (o *output) commit() error {
	if o.f == nil || o.done {
		return nil
	}
	o.done = true
	perm := os.FileMode(0o644)
	if st, err := os.Stat(o.path); err == nil && st.Mode().IsRegular() {
		perm = st.Mode().Perm()
	}
	err := o.f.Sync()
	if cerr := o.f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(o.f.Name(), perm)
	}
	if err == nil {
		err = os.Rename(o.f.Name(), o.path)
	}
	if err != nil {
		os.Remove(o.f.Name())
		return fmt.Errorf("writing the output %s: %w", o.path, err)
	}
	return nil
}

// abort drops the temporary file; the target is left as it was. It does
// nothing for standard output or after commit.
func (o *output) abort() {
	if o.f == nil || o.done {
		return
	}
	o.done = true
	o.f.Close()
	os.Remove(o.f.Name())
}
