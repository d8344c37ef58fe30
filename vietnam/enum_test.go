package vietnam_test

import (
	"encoding"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext/enumtexttest"
	"github.com/hocvuso/hocvuso/vietnam"
)

func TestEnumText(t *testing.T) {
	type config struct {
		Tone     vietnam.ToneStyle        `json:"tone"`
		Encoding vietnam.Encoding         `json:"encoding"`
		Numbers  vietnam.NumberConvention `json:"numbers"`
	}
	in := config{vietnam.ToneModern, vietnam.TCVN3, vietnam.NumberEnglish}
	b, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"tone":"modern","encoding":"TCVN3","numbers":"english"}`, string(b))
	var out config
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, in, out)

	// Case does not matter on input.
	require.NoError(t, json.Unmarshal([]byte(`{"tone":"Classic","encoding":"vni","numbers":"VIETNAMESE"}`), &out))
	assert.Equal(t, config{vietnam.ToneClassic, vietnam.VNI, vietnam.NumberVietnamese}, out)

	for _, tt := range []struct {
		v    encoding.TextUnmarshaler
		in   string
		want string
	}{
		{new(vietnam.ToneStyle), "hoà", `vietnam: unknown tone style "hoà": unknown name`},
		{new(vietnam.Encoding), "VISCII", `vietnam: unknown encoding "VISCII": unknown name`},
		{new(vietnam.Encoding), "VPS", `vietnam: unknown encoding "VPS": unknown name`},
		{new(vietnam.NumberConvention), "", `vietnam: unknown number convention "": unknown name`},
	} {
		err := tt.v.UnmarshalText([]byte(tt.in))
		assert.ErrorIs(t, err, vietnam.ErrUnknownName)
		assert.EqualError(t, err, tt.want)
	}
	// The names the encodings go by in offices and software read too, and
	// marshal back to the package's own names.
	for in, want := range map[string]vietnam.Encoding{
		"ABC": vietnam.TCVN3, "abc": vietnam.TCVN3, "TCVN 5712": vietnam.TCVN3, "TCVN5712": vietnam.TCVN3, "TCVN 5712:1993": vietnam.TCVN3,
		"VNI-Windows": vietnam.VNI, "vni windows": vietnam.VNI, "UTF-8": vietnam.Unicode, "utf8": vietnam.Unicode,
	} {
		var e vietnam.Encoding
		require.NoError(t, e.UnmarshalText([]byte(in)), in)
		assert.Equal(t, want, e, in)
	}
	_, err = vietnam.ToneStyle(9).MarshalText()
	assert.EqualError(t, err, "vietnam: cannot marshal tone style ToneStyle(9): unknown name")
	_, err = vietnam.Encoding(9).MarshalText()
	assert.ErrorIs(t, err, vietnam.ErrUnknownName)
	_, err = vietnam.NumberConvention(9).MarshalText()
	assert.ErrorIs(t, err, vietnam.ErrUnknownName)
}

// FuzzEnumText: no text makes an enum's UnmarshalText or ParseLang panic;
// a value read prints back to text that reads as the same value, and a
// refusal quotes the text (and, for ParseLang, wraps ErrUnknownName).
func FuzzEnumText(f *testing.F) {
	for _, s := range []string{"vi", "EN", "Tiếng Việt", "vi-VN", "en_gb", "TCVN3", "vni", "VIQR", "ABC", "VNI-Windows", "utf-8", "unicode", "modern", "Classic", "english", "", "\xff", "--"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enumtexttest.Fuzz[vietnam.Lang](t, s, (*vietnam.Lang).UnmarshalText)
		enumtexttest.Fuzz[vietnam.Encoding](t, s, (*vietnam.Encoding).UnmarshalText)
		enumtexttest.Fuzz[vietnam.NumberConvention](t, s, (*vietnam.NumberConvention).UnmarshalText)
		enumtexttest.Fuzz[vietnam.ToneStyle](t, s, (*vietnam.ToneStyle).UnmarshalText)
		l, err := vietnam.ParseLang(s)
		if err != nil {
			require.ErrorIs(t, err, vietnam.ErrUnknownName, "ParseLang(%q)", s)
			require.Contains(t, err.Error(), fmt.Sprintf("%q", s))
			return
		}
		back, err := vietnam.ParseLang(l.String())
		require.NoError(t, err, "ParseLang(%q) = %v, which does not read back", s, l)
		require.Equal(t, l, back, "ParseLang(%q)", s)
	})
}
