package training_test

import (
	"testing"

	"github.com/hocvuso/hocvuso/training"
)

// FuzzParseServiceAndGroup: no input panics, and whatever parses comes
// back the same through its code.
func FuzzParseServiceAndGroup(f *testing.F) {
	for _, s := range []string{"SmartCA", "Chữ ký số", "dvc", "VNeID mức 2", "Đoàn viên", "HS-SV", "CBCCVC", "", "\xff", "app"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if svc, err := training.ParseService(s); err == nil {
			back, err := training.ParseService(svc.String())
			if err != nil || back != svc {
				t.Fatalf("service %q → %v → %v, %v", s, svc, back, err)
			}
		}
		if g, err := training.ParseGroup(s); err == nil {
			b, err := g.MarshalText()
			if err != nil {
				t.Fatalf("group %q → %v: %v", s, g, err)
			}
			var back training.Group
			if err := back.UnmarshalText(b); err != nil || back != g {
				t.Fatalf("group %q → %v → %v, %v", s, g, back, err)
			}
		}
		_ = training.FieldOf(s)
	})
}
