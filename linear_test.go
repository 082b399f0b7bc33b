package vnie_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/vnie/vnie"
)

// adversarial builds inputs that would expose super-linear work: each
// returns about n bytes.
var adversarial = []struct {
	name  string
	build func(n int) []byte
}{
	{"digits and dashes", func(n int) []byte {
		return repeatTo("12-9-2019-15/2020/NĐ-CP-3-1-", n)
	}},
	{"one long line", func(n int) []byte {
		return repeatTo("Đồng chí Lê Văn Hùng, Phó Bí thư Thường trực Tỉnh ủy, dự hội nghị ngày 3-1 với hơn 7.600 đảng viên tại 95 điểm cầu; ", n)
	}},
	{"Nghị quyết số repeated", func(n int) []byte {
		return repeatTo("Nghị quyết số ", n)
	}},
	{"nested parentheses", func(n int) []byte {
		half := repeatTo("(", n/2)
		return append(half, bytes.Repeat([]byte(")"), len(half))...)
	}},
	{"capitalised syllables", func(n int) []byte {
		return repeatTo("Nguyễn Văn Minh Hoàng Trần Lê Phạm ", n)
	}},
	{"numbers and units", func(n int) []byte {
		return repeatTo("1.000.000 cán bộ, đảng viên, ", n)
	}},
	{"titles without names", func(n int) []byte {
		return repeatTo("Phó Trưởng Ban Tuyên giáo Trung ương, ", n)
	}},
	{"appointments and seats in one sentence", func(n int) []byte {
		return repeatTo("các đồng chí Lò Văn A và đại biểu Quốc hội Siu H'Nga được bầu giữ chức Phó Chủ tịch, hiện là ", n)
	}},
	{"organisation names through lower-case words", func(n int) []byte {
		return repeatTo("Ban Chỉ đạo diễn tập khu vực phòng thủ số 3 các cơ quan Đảng tỉnh ", n)
	}},
	{"counts in one clause", func(n int) []byte {
		return repeatTo("Hội nghị có hơn 300 đảng viên với tổng số 20 hội viên giảm 18 người tham dự ", n)
	}},
}

func repeatTo(s string, n int) []byte {
	return []byte(strings.Repeat(s, max(1, n/len(s))))
}

// fastest returns the least CPU time of five runs of Extract on src: the
// least is the run least disturbed by other work.
func fastest(t *testing.T, src []byte) time.Duration {
	t.Helper()
	best := time.Duration(1<<63 - 1)
	for range 5 {
		runtime.GC() // no collector debt from the previous run
		start := cpuTime()
		if _, err := vnie.Extract(src, vnie.Options{}); err != nil {
			t.Fatal(err)
		}
		best = min(best, cpuTime()-start)
	}
	return best
}

// TestLinearTime checks that Extract's work grows linearly with the input
// on adversarial inputs: eight times the input may take at most four
// times longer than linear growth would (a quadratic rule is eight times
// longer; cache and collector effects on a busy machine have shown up to
// three). The ratio of two measurements is compared, not any absolute time, and the time is this process's CPU
// time, so tests running beside it do not count.
func TestLinearTime(t *testing.T) {
	if testing.Short() {
		t.Skip("builds megabyte inputs")
	}
	const small, large = 1 << 17, 1 << 20 // both above the Doc pool's limit
	for _, c := range adversarial {
		t.Run(c.name, func(t *testing.T) {
			a, b := c.build(small), c.build(large)
			fastest(t, a) // warm up
			ta, tb := fastest(t, a), fastest(t, b)
			ratio := float64(tb) / float64(max(ta, time.Microsecond)) / (float64(len(b)) / float64(len(a)))
			t.Logf("%d bytes: %v; %d bytes: %v; growth beyond linear: ×%.2f", len(a), ta, len(b), tb, ratio)
			if ratio > 4 {
				t.Errorf("work grows faster than the input: ×%.2f beyond linear", ratio)
			}
		})
	}
}

// TestRepeatedKeyword runs Extract on "Nghị quyết số " repeated 100 000
// times (1.9 MB of a document reference that never gets its number).
func TestRepeatedKeyword(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 2 MB input")
	}
	src := []byte(strings.Repeat("Nghị quyết số ", 100000))
	a, err := vnie.Extract(src, vnie.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Documents) != 0 {
		t.Errorf("%d documents found in references without numbers", len(a.Documents))
	}
}

// TestHugeLine runs Extract on one 5 MB line without a line break.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 5 MB input")
	}
	src := adversarial[1].build(5 << 20)
	if _, err := vnie.Extract(src, vnie.Options{}); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkAdversarial reports throughput on each adversarial input at two
// sizes; MB/s should not fall as the input grows.
func BenchmarkAdversarial(b *testing.B) {
	for _, c := range adversarial {
		for _, n := range []int{1 << 16, 1 << 20} {
			src := c.build(n)
			b.Run(c.name+"/"+sizeName(n), func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					_, _ = vnie.Extract(src, vnie.Options{})
				}
			})
		}
	}
}

func sizeName(n int) string {
	if n >= 1<<20 {
		return itoa(n>>20) + "MB"
	}
	return itoa(n>>10) + "KB"
}

func itoa(n int) string {
	var b []byte
	for {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
		if n == 0 {
			return string(b)
		}
	}
}
