package main

import (
	"fmt"
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// Progress line timing: it shows only when stderr is a terminal and the
// batch has run for defaultProgressAfter, and is redrawn at most once per
// defaultProgressEvery.
const (
	defaultProgressAfter = 2 * time.Second
	defaultProgressEvery = 250 * time.Millisecond
)

// status owns stderr during a batch: error messages, and the progress
// line that it clears before each message and redraws after.
type status struct {
	mu    sync.Mutex
	w     io.Writer
	quiet bool
	shown bool // a progress line is on the terminal, without its newline

	start               time.Time
	done, errs, bytesIn atomic.Int64 // articles written, of which failed; input bytes

	after, every time.Duration
	stop         chan struct{} // closed by stopProgress; nil when no progress
	loop         sync.WaitGroup
}

// newStatus returns the status of a batch that starts now.
func newStatus(e env, quiet bool) *status {
	s := &status{w: e.stderr, quiet: quiet, start: time.Now(), after: e.progressAfter, every: e.progressEvery}
	if s.after == 0 {
		s.after = defaultProgressAfter
	}
	if s.every <= 0 {
		s.every = defaultProgressEvery
	}
	return s
}

// add counts the articles of a written result.
func (s *status) add(r result) {
	s.done.Add(int64(r.articles))
	s.bytesIn.Add(r.size)
	s.errs.Add(int64(len(r.msgs)))
}

// errorLine prints msg and a newline on stderr, --quiet or not.
func (s *status) errorLine(msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clearLocked()
	fmt.Fprintln(s.w, msg)
}

// note prints msg and a newline on stderr unless --quiet.
func (s *status) note(msg string) {
	if !s.quiet {
		s.errorLine(msg)
	}
}

// startProgress starts the progress line when stderr is a terminal and
// --quiet is not given.
func (s *status) startProgress(e env) {
	if !e.stderrTTY || s.quiet {
		return
	}
	s.stop = make(chan struct{})
	s.loop.Go(func() {
		t := time.NewTicker(s.every)
		defer t.Stop()
		for {
			select {
			case <-s.stop:
				return
			case <-t.C:
				if time.Since(s.start) >= s.after {
					s.draw(false)
				}
			}
		}
	})
}

// stopProgress stops the progress line; when it was due (the batch ran
// long enough) it is drawn a last time and ended with a newline.
func (s *status) stopProgress() {
	if s.stop == nil {
		return
	}
	close(s.stop)
	s.loop.Wait()
	if s.shown || time.Since(s.start) >= s.after {
		s.draw(true)
	}
}

// draw redraws the progress line; final ends it with a newline.
func (s *status) draw(final bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	secs := time.Since(s.start).Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	done := s.done.Load()
	fmt.Fprintf(s.w, "\rvnie: %d articles, %.0f articles/s, %.2f MB/s, %d errors\x1b[K",
		done, float64(done)/secs, float64(s.bytesIn.Load())/secs/1e6, s.errs.Load())
	s.shown = !final
	if final {
		fmt.Fprintln(s.w)
	}
}

// clearLocked erases the progress line, if one is shown. s.mu is held.
func (s *status) clearLocked() {
	if s.shown {
		fmt.Fprint(s.w, "\r\x1b[K")
		s.shown = false
	}
}
