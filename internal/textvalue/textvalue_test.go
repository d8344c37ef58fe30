package textvalue_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/textvalue"
)

func TestUnmarshal(t *testing.T) {
	tests := []struct {
		text string
		want int
		err  error
	}{
		{"", 0, nil},
		{"42", 42, nil},
		{"-7", -7, nil},
		{"x", 5, strconv.ErrSyntax}, // a failed parse leaves the value alone
		{" 42", 5, strconv.ErrSyntax},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			v := 5
			err := textvalue.Unmarshal(&v, []byte(tt.text), strconv.Atoi)
			if tt.err != nil {
				require.ErrorIs(t, err, tt.err)
			} else {
				require.NoError(t, err)
			}
			assert.Equal(t, tt.want, v)
		})
	}
}
