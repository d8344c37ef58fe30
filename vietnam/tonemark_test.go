package vietnam_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestSplitTone(t *testing.T) {
	tests := []struct {
		in   rune
		base rune
		tone vietnam.Tone
	}{
		{'a', 'a', vietnam.ToneLevel},
		{'Ậ', 'â', vietnam.ToneDot},
		{'ờ', 'ơ', vietnam.ToneGrave},
		{'Ứ', 'ư', vietnam.ToneAcute},
		{'ỷ', 'y', vietnam.ToneHook},
		{'Ẽ', 'e', vietnam.ToneTilde},
		{'é', 'e', vietnam.ToneAcute},
		{'ư', 'ư', vietnam.ToneLevel},
		{'Đ', 'đ', vietnam.ToneLevel},
		{'Q', 'q', vietnam.ToneLevel},
		{'7', '7', vietnam.ToneLevel},
		{'\u0300', 0, vietnam.ToneGrave},
		{'\u0301', 0, vietnam.ToneAcute},
		{'\u0309', 0, vietnam.ToneHook},
		{'\u0303', 0, vietnam.ToneTilde},
		{'\u0323', 0, vietnam.ToneDot},
		{'\u0302', '\u0302', vietnam.ToneLevel}, // a vowel mark, not a tone
		{'Ж', 'ж', vietnam.ToneLevel},
	}
	for _, tc := range tests {
		base, tone := vietnam.SplitTone(tc.in)
		assert.Equal(t, string(tc.base), string(base), "%q", tc.in)
		assert.Equal(t, tc.tone, tone, "%q", tc.in)
	}
}

func TestToneString(t *testing.T) {
	assert.Equal(t, "ngang", vietnam.ToneLevel.String())
	assert.Equal(t, "nặng", vietnam.ToneDot.String())
	assert.Equal(t, "Tone(9)", vietnam.Tone(9).String())
}

func ExampleSplitTone() {
	for _, r := range "Hoà" {
		base, tone := vietnam.SplitTone(r)
		fmt.Printf("%c %v\n", base, tone)
	}
	// Output:
	// h ngang
	// o ngang
	// a huyền
}
