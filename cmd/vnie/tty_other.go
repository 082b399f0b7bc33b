//go:build !linux

package main

import "os"

// isTerminal reports whether f is a character device, the nearest portable
// test for a terminal.
func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
