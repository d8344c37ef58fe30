package enumtext_test

import (
	"errors"

	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/internal/enumtext"
	"github.com/hocvuso/hocvuso/vietnam"
)

type level uint8

func TestTable(t *testing.T) {
	tab := &enumtext.Table{What: "x: level", Words: [][]string{{"unknown"}, {"province", "tỉnh"}, {"commune", "xã", "cấp xã"}}}
	for v, want := range []string{"", "province", "commune"} {
		b, err := tab.Marshal(uint8(v))
		require.NoError(t, err)
		assert.Equal(t, want, string(b))
		got, err := tab.Unmarshal(b)
		require.NoError(t, err)
		assert.Equal(t, uint8(v), got)
	}
	_, err := tab.Marshal(3)
	assert.EqualError(t, err, "x: level 3 has no text form")
	for in, want := range map[string]uint8{"TỈNH": 1, "Cap_Xa": 2, "cấp-xã": 2, "unknown": 0, "": 0} {
		got, err := tab.Unmarshal([]byte(in))
		require.NoError(t, err, in)
		assert.Equal(t, want, got, in)
	}
	var l level = 1
	err = enumtext.Decode(tab, &l, []byte("ward"))
	assert.EqualError(t, err, `x: level "ward": want province or commune`)
	assert.Equal(t, level(1), l, "left alone on error")
	assert.Equal(t, "cap xa", enumtext.Key(" Cấp-Xã "))
}

func TestStringAndLabel(t *testing.T) {
	status := &enumtext.Table{What: "metrics: status", Words: [][]string{{"unknown"}, {"on_track"}, {"behind"}},
		Labels: [][2]string{{"Không rõ", "Unknown"}, {"Đúng tiến độ", "On track"}, {"Chậm", "Behind"}}}
	assert.Equal(t, "on_track", status.String(1))
	assert.Equal(t, "Status(7)", status.String(7), "Type(n) out of range, the type taken from What")
	assert.Equal(t, "Đúng tiến độ", status.Label(1, vietnam.Vietnamese))
	assert.Equal(t, "Behind", status.Label(2, vietnam.English))
	assert.Equal(t, "Chậm", status.Label(2, vietnam.Lang(9)), "a language with no column reads as Vietnamese")
	assert.Equal(t, "Status(3)", status.Label(3, vietnam.English))

	named := &enumtext.Table{What: "training: fix", Type: "FixKind", Words: [][]string{{"none"}}}
	assert.Equal(t, "FixKind(4)", named.String(4))
	assert.Equal(t, "FixKind(0)", named.Label(0, vietnam.English), "no labels: every value is out of range")
}

func TestNoZero(t *testing.T) {
	fix := &enumtext.Table{What: "training: fix", Type: "FixKind", Words: [][]string{nil, {"encoding"}, nil, {"spacing"}},
		Labels: [][2]string{{}, {"chuyển mã", "encoding"}, {}, {"khoảng trắng", "spacing"}}}
	assert.Equal(t, "FixKind(0)", fix.String(0), "an unnamed zero prints as Type(0)")
	assert.Equal(t, "FixKind(0)", fix.Label(0, vietnam.Vietnamese))
	assert.Equal(t, "FixKind(2)", fix.String(2), "a gap prints as Type(n)")
	assert.Equal(t, "FixKind(2)", fix.Label(2, vietnam.English))
	assert.Equal(t, "spacing", fix.String(3))
	assert.Equal(t, "khoảng trắng", fix.Label(3, vietnam.Vietnamese))
	_, err := fix.Marshal(2)
	assert.EqualError(t, err, "training: fix 2 has no text form")
	_, err = fix.Unmarshal([]byte("tones"))
	assert.EqualError(t, err, `training: fix "tones": want encoding or spacing`)
}

func TestName(t *testing.T) {
	names := []string{"unknown", "fixed line"}
	assert.Equal(t, "unknown", enumtext.Name(names, "Kind", 0), "a named zero keeps its name")
	assert.Equal(t, "fixed line", enumtext.Name(names, "Kind", 1))
	assert.Equal(t, "Kind(2)", enumtext.Name(names, "Kind", 2))
	assert.Equal(t, "Kind(255)", enumtext.Name(names, "Kind", 255))
}

func TestErrAndZeroIsValue(t *testing.T) {
	errSyntax := errors.New("unknown name")
	kind := &enumtext.Table{What: "metrics: target kind", Type: "TargetKind", Err: errSyntax, ZeroIsValue: true,
		Words: [][]string{{"absolute"}, {"percentage"}}}
	v, err := kind.Unmarshal([]byte("Percentage"))
	require.NoError(t, err)
	assert.Equal(t, uint8(1), v)
	_, err = kind.Unmarshal([]byte("share"))
	assert.EqualError(t, err, `metrics: target kind "share": want absolute or percentage: unknown name`)
	assert.ErrorIs(t, err, errSyntax)
	_, err = kind.Marshal(5)
	assert.EqualError(t, err, "metrics: target kind 5 has no text form: unknown name")
	assert.ErrorIs(t, err, errSyntax)
	assert.EqualError(t, kind.Invalid(""), `metrics: target kind "": want absolute or percentage: unknown name`)

	one := &enumtext.Table{What: "x: kind", Words: [][]string{{"none"}, {"only"}}}
	_, err = one.Unmarshal([]byte("two"))
	assert.EqualError(t, err, `x: kind "two": want only`)
}
