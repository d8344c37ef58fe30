package admin

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// typoTestKeys returns the keys the typo search may be asked about: the
// key of every unit, every run of up to addrMaxNameTokens words of a
// part of the labelled sets, and each of those with its first, a middle
// and its last letter dropped or doubled.
func typoTestKeys(t *testing.T) [][]byte {
	t.Helper()
	x := Embedded().nameIndex()
	seen := map[string]bool{}
	var keys [][]byte
	add := func(k string) {
		if !seen[k] {
			seen[k] = true
			keys = append(keys, []byte(k))
		}
	}
	for u := range x.units {
		add(x.key(int32(u)))
	}
	for _, s := range unmendedSetAddresses(t) {
		toks, _, err := newResolveScratch().tokenizeAddress(s)
		if err != nil {
			continue
		}
		for e := 1; e <= len(toks); e++ {
			var words []string
			for ni := e - 1; ni >= 0 && e-ni <= addrMaxNameTokens && toks[ni].seg == toks[e-1].seg; ni-- {
				words = append([]string{toks[ni].key}, words...)
				add(strings.Join(words, " "))
			}
		}
	}
	for _, k := range keys[:len(keys):len(keys)] {
		if s := string(k); len(s) > 2 {
			m := len(s) / 2
			for _, v := range []string{s[1:], s[:m] + s[m+1:], s[:len(s)-1], s[:1] + s, s[:m] + s[m:m+1] + s[m:], s + s[len(s)-1:]} {
				add(v)
			}
		}
	}
	require.Greater(t, len(keys), 50000)
	return keys
}

// refLetters, refTypoLetters and refAppendFinalY are the typo search's
// helpers as first written, the reference of the faster ones.
func refLetters(k []byte) int {
	n := 0
	for _, c := range k {
		if c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

func refTypoLetters(key []byte) uint32 {
	var m uint32
	for i := 0; i < len(key); i++ {
		switch c := key[i]; {
		case c >= 'a' && c <= 'z':
			m |= 1 << (c - 'a')
		case c >= '0' && c <= '9':
			m |= 1 << (26 + (c-'0')%5)
		case c != ' ':
			m |= 1 << 31
		}
	}
	return m
}

func refAppendFinalY(dst, key []byte) (out []byte, changed bool) {
	if len(key) < 2 || bytes.IndexByte(key[1:], 'i') < 0 {
		return dst, false
	}
	at := len(dst)
	for x := 1; x < len(key); x++ {
		if key[x] != 'i' || x+1 < len(key) && key[x+1] != ' ' || strings.IndexByte("aeiouy ", key[x-1]) >= 0 {
			continue
		}
		if !changed {
			dst, changed = append(dst, key...), true
		}
		dst[at+x] = 'y'
	}
	return dst, changed
}

// TestTypoHelpersAgree holds hasLetters, typoLetters (a table) and
// appendFinalY (from one i to the next) to the helpers they replace, on
// every byte and on every key typoTestKeys gives.
func TestTypoHelpersAgree(t *testing.T) {
	for c := range 256 {
		k := []byte{byte(c)}
		require.Equal(t, refTypoLetters(k), typoLetters(k), "byte %#x", c)
		require.Equal(t, refTypoLetters(k), typoLetters(string(k)), "byte %#x", c)
		require.Equal(t, refLetters(k) >= 1, hasLetters(k, 1), "byte %#x", c)
	}
	changed := 0
	for _, k := range typoTestKeys(t) {
		require.Equal(t, refTypoLetters(k), typoLetters(k), "%q", k)
		for n := 0; n <= 9; n++ {
			require.Equal(t, refLetters(k) >= n, hasLetters(k, n), "%q %d", k, n)
		}
		want, wc := refAppendFinalY([]byte("x"), k)
		got, gc := appendFinalY([]byte("x"), k)
		require.Equal(t, wc, gc, "%q", k)
		require.Equal(t, string(want), string(got), "%q", k)
		if wc {
			changed++
		}
	}
	assert.Greater(t, changed, 1000)
}
