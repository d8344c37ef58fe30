package vocab_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/training/vocab"
)

func TestVocabularyErrors(t *testing.T) {
	tests := []struct {
		name  string
		terms []vocab.Term
		msg   string
	}{
		{"no code", []vocab.Term{{VI: "Cài app"}}, `vocab: term 1 (""): invalid vocabulary: a term needs a code and a Vietnamese name`},
		{"no name", []vocab.Term{{Code: "x"}}, `vocab: term 1 ("x"): invalid vocabulary: a term needs a code and a Vietnamese name`},
		{"alias twice", []vocab.Term{{Code: "a", VI: "Cài app", Aliases: []string{"App"}}, {Code: "b", VI: "App Bình Dương", Aliases: []string{"app"}}},
			`vocab: "app" names both "a" and "b": invalid vocabulary`},
		{"alias is a national name", []vocab.Term{{Code: "vneid_app", VI: "Ứng dụng VNeID", Aliases: []string{"VNeID"}}},
			`vocab: "VNeID" names both "vneid2" and "vneid_app": invalid vocabulary`},
		{"missing parent", []vocab.Term{{Code: "a", VI: "A", Parent: "b"}}, `vocab: term "a": parent "b": invalid vocabulary: no such code`},
		{"cycle", []vocab.Term{{Code: "a", VI: "A", Parent: "b"}, {Code: "b", VI: "B", Parent: "a"}}, `vocab: term "a": invalid vocabulary: its parents make a cycle`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := (*vocab.Vocabulary)(nil)
			if tt.name == "alias is a national name" {
				base = training.NationalServices()
			}
			_, err := base.With(tt.terms...)
			require.ErrorIs(t, err, vocab.ErrInvalid)
			assert.EqualError(t, err, tt.msg)
		})
	}
}
