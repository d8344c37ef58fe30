package training_test

import (
	"testing"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/vocab"
)

// FuzzVocabularyMatch: no input panics, and whatever matches comes back
// the same through its code.
func FuzzVocabularyMatch(f *testing.F) {
	for _, s := range []string{"SmartCA", "Chữ ký số", "dvc", "VNeID mức 2", "Đoàn viên", "HS-SV", "CBCCVC", "", "\xff", "app", "Tổng đài - 1022"} {
		f.Add(s)
	}
	services, groups := training.NationalServices(), training.TargetGroups()
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []*vocab.Vocabulary{services, groups} {
			if term, ok := v.Match(s); ok {
				back, ok := v.Match(term.Code)
				if !ok || back.Code != term.Code {
					t.Fatalf("%q → %v → %v", s, term.Code, back.Code)
				}
			}
		}
		_ = training.FieldOf(s)
	})
}
