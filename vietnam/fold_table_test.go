package vietnam

import (
	"fmt"
	"strings"
	"testing"
)

// TestFoldByteTables derives foldTwo and foldViet from foldCode, the
// Unicode-based classification, and prints the constants to paste when
// the literals in fold.go disagree (after a Unicode upgrade, say).
func TestFoldByteTables(t *testing.T) {
	for _, tc := range []struct {
		name     string
		lo, hi   rune
		constant string
	}{
		{"foldTwoCodes", 0x80, 0x380, foldTwoCodes},
		{"foldVietCodes", 0x1E80, 0x1F00, foldVietCodes},
	} {
		var want []byte
		for r := tc.lo; r < tc.hi; r++ {
			want = append(want, foldCode(r))
		}
		if string(want) == tc.constant {
			continue
		}
		var lit strings.Builder
		for i := 0; i < len(want); i += 64 {
			if i > 0 {
				lit.WriteString(" +\n\t")
			}
			fmt.Fprintf(&lit, "%q", want[i:min(i+64, len(want))])
		}
		t.Errorf("%s disagrees with foldCode; want\n\t%s = %s", tc.name, tc.name, lit.String())
	}
}
