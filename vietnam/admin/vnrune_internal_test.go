package admin

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

// vnRuneSeqs returns every sequence of bytes that vnRuneAt finds a slot
// of its tables by, and those beside them: each lead of two bytes from
// C2 to C7 before every byte, and E1 before B8 to BD and every byte,
// continuation bytes or not.
func vnRuneSeqs() []string {
	var seqs []string
	for c := 0xC2; c <= 0xC7; c++ {
		for b := range 256 {
			seqs = append(seqs, string([]byte{byte(c), byte(b)}))
		}
	}
	for b1 := 0xB8; b1 <= 0xBD; b1++ {
		for b2 := range 256 {
			seqs = append(seqs, string([]byte{0xE1, byte(b1), byte(b2)}))
		}
	}
	return seqs
}

// TestVNRuneSlots: which slot of the tables of the letters of Vietnamese
// (addrRunes, toneRunes) a rune's bytes read is vnRuneAt's rule. The
// loops the resolver runs most write it out rather than call it (a call
// a letter, not inlined, cost more than the rest of the letter):
// appendToneWord, for toneRunes, and scanAddrRune, for addrRunes; and
// addrRuneIndex gives the slot alone. Each is held here to vnRuneAt on
// every sequence of vnRuneSeqs, alone and between letters: the same
// entry and size where vnRuneAt finds one, none where it does not.
// (appendAddrTokensTo's own copy is held by FuzzAddrTokens, which
// compares every key with appendFoldWord's.)
func TestVNRuneSlots(t *testing.T) {
	tones := (*[vnRuneSlots]toneRune)(toneRunes())
	runes := addrRunes()
	found := 0
	for _, seq := range vnRuneSeqs() {
		te, tn := vnRuneAt(tones, seq, 0)
		ae, an := vnRuneAt((*[vnRuneSlots]addrRune)(runes), seq, 0)
		require.Equal(t, tn, an, "% x: the tables are read alike", seq)
		require.True(t, tn == 0 || tn == len(seq), "% x: size %d", seq, tn)
		if tn > 0 {
			found++
		}

		// appendToneWord: the entry's base and tone where vnRuneAt
		// finds one, else what the rune itself makes (appendToneWordRef)
		for _, w := range [][2]string{{"", ""}, {"a", "b"}, {"NG", "h"}} {
			in := w[0] + seq + w[1]
			want := appendToneWordRef(nil, in)
			if tn > 0 {
				want = append(append(appendToneWordRef(nil, w[0]), te.base[:te.n]...), appendToneWordRef(nil, w[1])...)
				if te.tone != vietnam.ToneLevel {
					want = append(want, '0'+byte(te.tone))
				}
			}
			assert.Equal(t, string(want), string(appendToneWord(nil, in)), "% x", in)
		}

		// scanAddrRune: the entry where vnRuneAt finds one that no
		// legacy reading suspects, none where it finds none
		s := seq + "a"
		e, n := scanAddrRune(runes, s, 0, addrScanClass[s[0]])
		switch {
		case an == 0:
			assert.Nil(t, e, "% x", seq)
			assert.Zero(t, n, "% x", seq)
		case ae.legacy&addrLegacyAlways == 0:
			require.NotNil(t, e, "% x", seq)
			assert.Equal(t, ae, *e, "% x", seq)
			assert.Equal(t, an, n, "% x", seq)
		}

		// addrRuneIndex: the slot of the entry, and the size
		x, n := addrRuneIndex(s, 0)
		assert.Equal(t, an, n, "% x", seq)
		if an > 0 {
			assert.Equal(t, ae, runes[x], "% x", seq)
		}
	}
	assert.Equal(t, vnRuneSlots, found, "every slot read by one sequence")
}
