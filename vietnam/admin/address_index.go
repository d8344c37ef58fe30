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

// An addrUnit is a unit of either era as the address resolver sees it:
// the Unit, its search keys, and links by position in addrIndex.units.
type addrUnit struct {
	u      Unit
	key    string // folded name tokens: "lai thieu", "1"
	tone   string // name with tones kept and placed canonically: see toneKey
	parent int32  // district of an old commune, province otherwise; -1 for a province
	prov   int32  // province; itself for a province
	succ   []addrSucc
	// via is, for a former unit (an earlier state, see Formers), the
	// unit of the 1/3/2025 list that continues it; -1 when none is known
	// or the unit is not a former one.
	via    int32
	former bool
	glen   int // letters and digits of key, spaces aside: the typo search's first filter
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
	ds       *Dataset
	units    []addrUnit
	byKey    map[string][]int32 // folded name (and province aliases) → units
	initials map[string][]int32 // province initials ("bd", "brvt") → provinces
	glued    map[string][]int32 // folded name without spaces → units
	abbr     map[string][]int32 // province names with the first word cut to its letter ("t giang")
	// For the typo search: the provinces, the units under each unit
	// (by parent) and the districts and communes of each province.
	provinces    []int32
	kids, inProv map[int32][]int32
}

func (x *addrIndex) unit(i int32) *addrUnit { return &x.units[i] }

// buildAddrIndex indexes ds: the units in force the day before the reform
// and the newest 2025 units, with the conversion table between them.
func buildAddrIndex(ds *Dataset) *addrIndex {
	old := ds.At(Era2025.Start().AddDays(-1))
	cur := ds.Current()
	x := &addrIndex{
		ds:       ds,
		units:    make([]addrUnit, 0, old.Len(LevelProvince)+old.Len(LevelDistrict)+old.Len(LevelCommune)+cur.Len(LevelProvince)+cur.Len(LevelCommune)),
		byKey:    make(map[string][]int32, 16384),
		initials: make(map[string][]int32, 128),
		glued:    make(map[string][]int32, 16384),
		abbr:     make(map[string][]int32, 128),
	}
	byCode := make(map[Code]int32, cap(x.units))
	var k addrKeyer
	add := func(u Unit) {
		byCode[u.Code()] = int32(len(x.units))
		key, tone := k.keys(u.Name()) // names in the tables are normalized already
		x.units = append(x.units, addrUnit{u: u, key: key, tone: tone, parent: -1, via: -1})
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
	// The earlier states of districts and communes (provinces: Thừa
	// Thiên Huế is a nickname of Huế already). A former commune's district
	// is the unit of 1/3/2025 with that code when there is one (the same
	// code renamed), else the former district.
	current := len(x.units)
	formerDistricts := map[Code]int32{}
	for f := range ds.Formers() {
		if f.Unit.Level() == LevelProvince {
			continue
		}
		if f.Unit.Level() == LevelDistrict {
			formerDistricts[f.Unit.Code()] = int32(len(x.units))
		}
		key, tone := k.keys(f.Unit.Name())
		a := addrUnit{u: f.Unit, key: key, tone: tone, parent: -1, via: -1, former: true}
		if v, ok := byCode[f.Successor]; ok {
			a.via = v
		}
		x.units = append(x.units, a)
	}
	for i := range x.units {
		a := &x.units[i]
		if p, ok := byCode[a.u.Parent()]; ok {
			a.parent = p
		} else if p, ok := formerDistricts[a.u.Parent()]; ok && i >= current {
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
		// Names of several words are also found written as one
		// ("Hbông", "EaChàRang" for H Bông, Ea Chà Rang) and, the other
		// way, names written as one in the data with spaces ("S Ró").
		if glued := strings.ReplaceAll(a.key, " ", ""); glued != a.key && a.u.Level() != LevelProvince {
			x.glued[glued] = append(x.glued[glued], int32(i))
		} else if glued == a.key {
			x.glued[a.key] = append(x.glued[a.key], int32(i))
		}
		if alias, ok := romanAlias(a.key); ok {
			x.byKey[alias] = append(x.byKey[alias], int32(i))
		}
		if a.u.Level() == LevelProvince {
			x.addProvinceKeys(int32(i))
		}
	}
	x.kids = make(map[int32][]int32, 1024)
	x.inProv = make(map[int32][]int32, 128)
	for i := range x.units {
		a := &x.units[i]
		a.glen = len(a.key) - strings.Count(a.key, " ")
		if a.u.Level() == LevelProvince {
			x.provinces = append(x.provinces, int32(i))
			continue
		}
		if a.parent >= 0 {
			x.kids[a.parent] = append(x.kids[a.parent], int32(i))
		}
		x.inProv[a.prov] = append(x.inProv[a.prov], int32(i))
	}
	// A former unit leads where the unit continuing it does.
	for i := current; i < len(x.units); i++ {
		if a := &x.units[i]; a.via >= 0 {
			a.succ = x.units[a.via].succ
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
	if sp := strings.IndexByte(a.key, ' '); sp > 0 {
		// "T.Giang", "B.Dương", "Q.Ngãi": the first word by its letter
		x.abbr[a.key[:1]+a.key[sp:]] = append(x.abbr[a.key[:1]+a.key[sp:]], i)
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
	return appendToneWord(dst, s[t.start:t.end])
}
