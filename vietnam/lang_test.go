package vietnam_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestParseLang(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want vietnam.Lang
		err  bool
	}{
		{"vi", vietnam.Vietnamese, false},
		{"VI", vietnam.Vietnamese, false},
		{"vi-VN", vietnam.Vietnamese, false},
		{"Tiếng Việt", vietnam.Vietnamese, false},
		{"en", vietnam.English, false},
		{"en-US", vietnam.English, false},
		{"English", vietnam.English, false},
		{"fr", vietnam.Vietnamese, true},
		{"", vietnam.Vietnamese, true},
	} {
		got, err := vietnam.ParseLang(tc.in)
		if tc.err {
			assert.ErrorIs(t, err, vietnam.ErrUnknownName, tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, tc.want, got, tc.in)
	}
}

func TestLangText(t *testing.T) {
	for _, l := range []vietnam.Lang{vietnam.Vietnamese, vietnam.English} {
		b, err := l.MarshalText()
		require.NoError(t, err)
		var back vietnam.Lang
		require.NoError(t, back.UnmarshalText(b))
		assert.Equal(t, l, back)
	}
	assert.Equal(t, "Lang(7)", vietnam.Lang(7).String())
	_, err := vietnam.Lang(7).MarshalText()
	assert.ErrorIs(t, err, vietnam.ErrUnknownName)
}

func ExampleParseLang() {
	l, _ := vietnam.ParseLang("en-US")
	fmt.Println(l, vietnam.Lang(0))
	// Output: en vi
}
