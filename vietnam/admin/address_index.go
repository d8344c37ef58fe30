package admin

import (
	"strconv"
	"strings"
)

// addrTypes is a set of unit Types, for the type words that name several
// ("TP" is a centrally-run, provincial or municipal city).
type addrTypes uint16

func (s addrTypes) has(t Type) bool { return t < 16 && s&(1<<t) != 0 }

// The types of each level.
const (
	addrProvTypes = addrTypes(1<<TypeProvince | 1<<TypeCentralCity)
	addrDistTypes = addrTypes(1<<TypeUrbanDistrict | 1<<TypeRuralDistrict | 1<<TypeTown | 1<<TypeProvincialCity | 1<<TypeMunicipalCity)
	addrCommTypes = addrTypes(1<<TypeCommune | 1<<TypeWard | 1<<TypeTownship | 1<<TypeSpecialZone)
)

// romanNumerals are the numbers some names end with ("Phường IV",
// "Xã Tam Xuân II"), which people also write in digits.
var romanNumerals = [...]string{"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"}

// romanAlias returns key with a last word in Roman numerals written in
// digits ("tam xuan ii" → "tam xuan 2").
func romanAlias(key string) (string, bool) {
	head, last := "", key
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		head, last = key[:i+1], key[i+1:]
	}
	for n, r := range romanNumerals {
		if last == r {
			return head + strconv.Itoa(n+1), true
		}
	}
	return "", false
}

// An addrKeyer makes the keys of unit names, reusing its buffers.
type addrKeyer struct {
	toks []addrToken
	b    []byte
}

// keys returns the keys of a normalized unit name: the folded key, its
// tokens joined by one space ("Bà Rịa - Vũng Tàu" is "ba ria vung tau",
// "01" is "1"); and the tone key, which keeps letters, vowel marks and
// tones but not where the tone mark sits: each word lower-cased, its tone
// mark taken off and written as a digit after it, so that "Hòa" and "Hoà"
// give "hoa1" and "Hoa" gives "hoa".
func (k *addrKeyer) keys(name string) (key, tone string) {
	k.toks = appendAddrTokens(k.toks[:0], name)
	k.b = k.b[:0]
	for i, t := range k.toks {
		if i > 0 {
			k.b = append(k.b, ' ')
		}
		k.b = append(k.b, t.key...)
	}
	key = string(k.b)
	k.b = k.b[:0]
	for i, t := range k.toks {
		if i > 0 {
			k.b = append(k.b, ' ')
		}
		k.b = appendAddrWordTone(k.b, name, t)
	}
	if string(k.b) == key {
		return key, key // no tones: share the string
	}
	return key, string(k.b)
}

// appendAddrWordTone appends the tone key of token t of s.
func appendAddrWordTone(dst []byte, s string, t addrToken) []byte {
	return appendWordTone(dst, s[t.start:t.end], t.key)
}
