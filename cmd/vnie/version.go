package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/vnie/vnie/schema"
)

// versionString is the --version line: the module version of the build
// ("devel" when there is none), the VCS revision when known, the schema
// version and the Go version.
func versionString() string {
	v, rev, dirty := "devel", "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if mv := info.Main.Version; mv != "" && mv != "(devel)" {
			v = mv
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if rev != "" {
		if dirty {
			rev += "+dirty"
		}
		rev = ", revision " + rev
	}
	return fmt.Sprintf("vnie %s (schema_version %d%s, %s)", v, schema.Version, rev, runtime.Version())
}
