package normalize

// The golden package owns the -update flag; importing it here lets
// go test ./... -update run this package's tests too.
import _ "github.com/vnie/vnie/internal/golden"
