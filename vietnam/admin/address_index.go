package admin

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
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

// An addrUnit is a unit of either era as the address resolver sees it:
// the Unit, its search keys, and links by position in addrIndex.units.
type addrUnit struct {
	u      Unit
	key    string // folded name tokens: "lai thieu", "1"
	tone   string // name with tones kept and placed canonically: see toneKey
	parent int32  // district of an old commune, province otherwise; -1 for a province
	prov   int32  // province; itself for a province
	succ   []addrSucc
}

// An addrSucc is a successor of an old commune or province.
type addrSucc struct {
	to     int32
	kind   Kind
	allPop bool // all of the old unit's population went there
}

// addrIndex holds every unit of both eras of a Dataset with the keys the
// resolver looks names up by. It is built once per Resolver and read-only
// afterwards.
type addrIndex struct {
	units    []addrUnit
	byKey    map[string][]int32 // folded name (and province aliases) → units
	initials map[string][]int32 // province initials ("bd", "brvt") → provinces
}

func (x *addrIndex) unit(i int32) *addrUnit { return &x.units[i] }

// buildAddrIndex indexes ds: the units in force the day before the reform
// and the newest 2025 units, with the conversion table between them.
func buildAddrIndex(ds *Dataset) *addrIndex {
	old := ds.At(Era2025.Start().AddDays(-1))
	cur := ds.Current()
	x := &addrIndex{
		units:    make([]addrUnit, 0, old.Len(LevelProvince)+old.Len(LevelDistrict)+old.Len(LevelCommune)+cur.Len(LevelProvince)+cur.Len(LevelCommune)),
		byKey:    make(map[string][]int32, 16384),
		initials: make(map[string][]int32, 128),
	}
	byCode := make(map[Code]int32, cap(x.units))
	var k addrKeyer
	add := func(u Unit) {
		byCode[u.Code()] = int32(len(x.units))
		key, tone := k.keys(u.Name()) // names in the tables are normalized already
		x.units = append(x.units, addrUnit{u: u, key: key, tone: tone, parent: -1})
	}
	for _, d := range []*Directory{old, cur} {
		for u := range d.Provinces() {
			add(u)
		}
		for u := range d.Districts() {
			add(u)
		}
		for u := range d.Communes() {
			add(u)
		}
	}
	for i := range x.units {
		a := &x.units[i]
		if p, ok := byCode[a.u.Parent()]; ok {
			a.parent = p
		}
		a.prov = byCode[a.u.Province()]
		if a.u.Era() == Era2025 {
			// Walking the 3,355 new units' predecessors visits each link
			// once, in the order Successors gives (new code), for less
			// than asking each of the 10,098 old units for its successors.
			for _, s := range ds.Predecessors(a.u.Code()) {
				if from, ok := byCode[s.Old.Code()]; ok && s.Old.Level() != LevelDistrict {
					o := &x.units[from]
					o.succ = append(o.succ, addrSucc{to: int32(i), kind: s.Kind, allPop: s.AllPopulation()})
				}
			}
		}
		x.byKey[a.key] = append(x.byKey[a.key], int32(i))
		if alias, ok := romanAlias(a.key); ok {
			x.byKey[alias] = append(x.byKey[alias], int32(i))
		}
		if a.u.Level() == LevelProvince {
			x.addProvinceKeys(int32(i))
		}
	}
	return x
}

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

// addProvinceKeys indexes the other names of province i: nicknames, the
// name without spaces ("danang"), and its initials ("bd"), which are kept
// apart because they need a lower unit to confirm them.
func (x *addrIndex) addProvinceKeys(i int32) {
	a := &x.units[i]
	for _, n := range addrProvinceNicknames {
		if n.name == a.key {
			for _, alias := range n.alias {
				x.byKey[alias] = append(x.byKey[alias], i)
			}
		}
	}
	if glued := strings.ReplaceAll(a.key, " ", ""); glued != a.key {
		x.byKey[glued] = append(x.byKey[glued], i)
	}
	if strings.Contains(a.key, " ") {
		var ini []byte
		for _, w := range strings.Fields(a.key) {
			ini = append(ini, w[0])
		}
		x.initials[string(ini)] = append(x.initials[string(ini)], i)
	}
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
	if t.num || !t.marked {
		return append(dst, t.key...)
	}
	var tone byte
	for _, r := range s[t.start:t.end] {
		switch {
		case r < utf8.RuneSelf:
			if r >= 'A' && r <= 'Z' {
				r += 'a' - 'A'
			}
			if r != '\'' && r != '`' {
				dst = append(dst, byte(r))
			}
			continue
		case r >= 0x300 && r < 0x370: // a combining mark of NFD input
			if t := addrMarkTone(r); t != 0 {
				tone = t
				continue
			}
		case r >= addrToneLo && r < addrToneHi:
			e := addrToneTable()[r-addrToneLo]
			if e.tone != 0 {
				tone = e.tone
			}
			r = e.base
		case isAddrApostrophe(r):
			continue
		}
		dst = utf8.AppendRune(dst, r)
	}
	if tone != 0 {
		dst = append(dst, tone)
	}
	return dst
}

// The precomposed letters of Vietnamese are in U+00C0–U+1EF9.
const (
	addrToneLo = 0xC0
	addrToneHi = 0x1EFA
)

type addrToneEntry struct {
	base rune // lower case, vowel marks kept, tone taken off: ệ → ê
	tone byte // '1'–'5', 0 for none
}

// addrTones maps each rune of [addrToneLo, addrToneHi) to its
// addrToneEntry. It is derived from Unicode's decompositions on first use
// and read-only after; a zero value rather than a sync.OnceValue, so that
// importing the package runs no code.
var addrTones struct {
	once  sync.Once
	table []addrToneEntry
}

func addrToneTable() []addrToneEntry {
	addrTones.once.Do(func() { addrTones.table = buildAddrToneTable() })
	return addrTones.table
}

func buildAddrToneTable() []addrToneEntry {
	t := make([]addrToneEntry, addrToneHi-addrToneLo)
	for r := rune(addrToneLo); r < addrToneHi; r++ {
		var base []rune
		var tone byte
		for _, m := range norm.NFD.String(strings.ToLower(string(r))) {
			if x := addrMarkTone(m); x != 0 {
				tone = x
				continue
			}
			base = append(base, m)
		}
		b := []rune(norm.NFC.String(string(base)))
		if len(b) != 1 {
			b = []rune{unicode.ToLower(r)}
			tone = 0
		}
		t[r-addrToneLo] = addrToneEntry{base: b[0], tone: tone}
	}
	return t
}

// addrMarkTone returns the digit of a combining tone mark, 0 for other runes.
func addrMarkTone(m rune) byte {
	switch m {
	case 0x300: // huyền
		return '1'
	case 0x301: // sắc
		return '2'
	case 0x303: // ngã
		return '3'
	case 0x309: // hỏi
		return '4'
	case 0x323: // nặng
		return '5'
	}
	return 0
}
