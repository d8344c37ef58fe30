package admin

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hocvuso/hocvuso/vietnam"
)

func TestAddrTokens(t *testing.T) {
	tests := []struct {
		in   string
		keys []string
		segs []int
	}{
		{"P8Q10", []string{"p", "8", "q", "10"}, []int{0, 0, 0, 0}},
		{"F.10, Q.Phú Nhuận", []string{"f", "10", "q", "phu", "nhuan"}, []int{0, 0, 1, 1, 1}},
		{"Phường 01; TP.HCM", []string{"phuong", "1", "tp", "hcm"}, []int{0, 0, 1, 1}},
		{"Ea H'Leo | Bà Rịa - Vũng Tàu", []string{"ea", "hleo", "ba", "ria", "vung", "tau"}, []int{0, 0, 1, 1, 1, 1}},
		{"42/4/6 Trương Quốc Dung", []string{"42", "4", "6", "truong", "quoc", "dung"}, []int{0, 0, 0, 0, 0, 0}},
		{"000", []string{"0"}, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var keys []string
			var segs []int
			for _, tok := range appendAddrTokens(nil, tt.in) {
				keys = append(keys, tok.key)
				segs = append(segs, tok.seg)
			}
			if diff := cmp.Diff(tt.keys, keys); diff != "" {
				t.Errorf("keys (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.segs, segs); diff != "" {
				t.Errorf("segments (-want +got):\n%s", diff)
			}
		})
	}
	toks := appendAddrTokens(nil, "P.8 Q10")
	assert.True(t, toks[0].dot, "P. is an abbreviation")
	assert.False(t, toks[2].dot)
	assert.True(t, toks[3].glued, "10 is glued to Q")
	assert.False(t, toks[1].glued)
}

// addrToneKey returns the tone key of s.
func addrToneKey(s string) string {
	var k addrKeyer
	_, tone := k.keys(vietnam.Normalize(s))
	return tone
}

func TestAddrToneKey(t *testing.T) {
	same := [][2]string{
		{"Hòa An", "Hoà An"},                     // tone placement
		{"Thủy", "Thuỷ"},                         // tone placement
		{"Hòa An", "Ho\u0300a An"},               // decomposed input
		{"HÒA AN", "hòa an"},                     // case
		{"Phường 01", "phường 1"},                // numbers
		{"Ea H'Leo", "Ea HLeo"},                  // apostrophes
		{"Lái Thiêu", "La\u0301i Thie\u0302u"},   // NFD with vowel marks
		{"Nghệ An", "Nghe\u0323\u0302 An"},       // dot below and circumflex, NFD order
		{"Nghệ An", "Nghe\u0302\u0323 An"},       // marks in the other order
		{"Đắk Lắk", "đắk lắk"},                   // đ
		{"Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu"}, // hyphens
		{"Sài Gòn", "Sa\u0300i Go\u0300n"},       // huyền in NFD
		{"Quảng Ngãi", "Qua\u0309ng Nga\u0303i"}, // hỏi and ngã in NFD
		{"Bạc Liêu", "Bạc Liêu"},                 // nặng
	}
	for _, p := range same {
		assert.Equal(t, addrToneKey(p[0]), addrToneKey(p[1]), "%q and %q", p[0], p[1])
	}
	differ := [][2]string{
		{"Hòa An", "Hoa An"},
		{"Hòa An", "Hóa An"},
		{"Tân", "Tấn"},
		{"Đông", "Dông"},
		{"Ơ", "O"},
	}
	for _, p := range differ {
		assert.NotEqual(t, addrToneKey(p[0]), addrToneKey(p[1]), "%q and %q", p[0], p[1])
	}
	assert.Equal(t, "hoa1 an", addrToneKey("Hòa An"))
}

func TestAddrTrim(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Bình Dương, Việt Nam", "binh duong"},
		{"Bình Dương, Viet Nam, VN", "binh duong"},
		{"Bình Dương (cũ)", "binh duong"},
		{"Hòa Cư", "hoa cu"}, // a name ending in "cư" stays
		{"Quận 3, TPHCM 700000", "quan 3 tphcm"},
		{"Địa chỉ: 5 Lê Lợi", "5 le loi"},
		{"Thường trú: Xã A", "xa a"},
		{"Số 5: Lê Lợi", "so 5 le loi"}, // not a label
		{"Phường 10", "phuong 10"},
		// a postal code glued to the province's name, last
		{"Ba Đình, Hà Nội100000", "ba dinh ha noi"},
		{"Đức Hòa, Long An82000, Việt Nam", "duc hoa long an"},
		// not one: too short or too long, a house's, not last
		{"Ba Đình, Hà Nội12", "ba dinh ha noi 12"},
		{"Ba Đình, Hà Nội1000000", "ba dinh ha noi 1000000"},
		{"Nhà B12345", "nha b 12345"},
		{"Kho A12345, Long An", "kho a 12345 long an"},
		// five digits as written, the first a zero
		{"Cẩm Phả, Quảng Ninh 01000", "cam pha quang ninh"},
		{"Cẩm Giàng, Hải Dương, 03100, Việt Nam", "cam giang hai duong"},
		{"Kiến An, Hải Phòng04000", "kien an hai phong"},
		{"Cẩm Phả, Quảng Ninh 0100", "cam pha quang ninh 100"},
		{"Cẩm Phả, Quảng Ninh 0001000", "cam pha quang ninh 1000"},
	}
	for _, tt := range tests {
		var sc addrScratch
		toks, norm, err := sc.tokenizeAddress(tt.in)
		assert.NoError(t, err)
		var got string
		for i, tok := range toks {
			if i > 0 {
				got += " "
			}
			got += tok.key
		}
		assert.Equal(t, tt.want, got, "%q (normalized %q)", tt.in, norm)
	}
}

// TestOneEdit checks oneEdit, and typoNear, the typo search's first look
// at a name, which keeps those one edit from the text (near) and drops
// most others without reading them.
func TestOneEdit(t *testing.T) {
	tests := []struct {
		key, glued string
		want, near bool
	}{
		{"quang ngai", "quangmngai", true, true},  // inserted at the space
		{"quang ngai", "quangngai", false, true},  // equal, spaces aside
		{"quang ngai", "quangngi", true, true},    // deleted
		{"quang ngai", "quangnagi", true, true},   // swapped
		{"quang ngai", "qaungngai", true, true},   // swapped at the start
		{"quang ngai", "quangngia", true, true},   // swapped at the end
		{"quang ngai", "quagnngai", true, true},   // swapped
		{"quang ngai", "quannggai", true, true},   // swapped across the space
		{"quang ngai", "quangngoi", true, true},   // replaced
		{"quang ngai", "xuangngai", true, true},   // the first letter replaced
		{"quang ngai", "quangngax", true, true},   // the last letter replaced
		{"quang ngai", "quangngoo", false, true},  // two replaced by one letter: only oneEdit tells
		{"quang ngai", "xuangngax", false, false}, // starts and ends otherwise
		{"quang ngai", "quangbhai", false, false}, // two letters it has not
		{"quang ngai", "quaaai", false, false},    // two of its letters missing
		{"quang ngai", "quangnga", true, true},    // last letter missing
		{"quang ngai", "uangngai", true, true},    // first letter missing
		{"quang ngai", "quangngaii", true, true},  // one letter more at the end
		{"nam dinh", "nam8dinh", true, true},
		{"lai thieu", "thuanan", false, false},
		{"ea h leo", "eahleo", false, true},
		{"ea h leo", "eahle", true, true},
		{"ea h leo", "eahl", false, true},
		{"ab", "ba", true, false}, // short: the typo search reads five letters or more
		{"a b", "ba", true, false},
		{"abc", "cba", false, false},
		{"a", "", true, false},
		{"", "a", true, false},
		{"", "", false, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, oneEdit(tt.key, []byte(tt.glued)), "%q %q", tt.key, tt.glued)
		var buf [256]byte
		glued := appendNoSpace(buf[:0], tt.key)
		assert.Equal(t, tt.want, oneEditGlued(string(glued), []byte(tt.glued)), "reference %q %q", tt.key, tt.glued)
		if len(glued) >= 3 && len(tt.glued) >= 3 {
			assert.Equal(t, tt.near, typoNear(typoSign(glued), typoSign([]byte(tt.glued))), "typoNear %q %q", tt.key, tt.glued)
		}
	}
}

// FuzzOneEdit checks oneEdit, which reads a key in place, against
// oneEditGlued of the key without its spaces.
func FuzzOneEdit(f *testing.F) {
	f.Add("quang ngai", "quangmngai")
	f.Add("ea h leo", "eahle")
	f.Add("a b", "ba")
	f.Fuzz(func(t *testing.T, key, glued string) {
		if len(key) > 200 || strings.IndexByte(glued, ' ') >= 0 {
			return
		}
		var buf [256]byte
		want := oneEditGlued(string(appendNoSpace(buf[:0], key)), []byte(glued))
		if got := oneEdit(key, []byte(glued)); got != want {
			t.Fatalf("oneEdit(%q, %q) = %v, oneEditGlued says %v", key, glued, got, want)
		}
		// the typo search's filter keeps every name one edit away
		if k := appendNoSpace(buf[:0], key); want && len(k) >= 3 && len(glued) >= 3 && !typoNear(typoSign(k), typoSign([]byte(glued))) {
			t.Fatalf("typoNear(%q, %q) = false, one edit apart", key, glued)
		}
	})
}

// TestAddrWordStarts: the switches that reject most words before a walk
// of the type and hamlet words know the first word of each, and the last
// of each type word.
func TestAddrWordStarts(t *testing.T) {
	for k, uw := range addrUnitWords {
		assert.Contains(t, addrUnitWordsOf(uw.words[0]), string(rune(k)), "%q", uw.words)
		assert.Contains(t, addrUnitWordsByLast(uw.words[len(uw.words)-1]), string(rune(k)), "%q", uw.words)
	}
	for _, w := range addrHamletWords {
		assert.NotEmpty(t, addrHamletWordsOf(w[0]), "%q", w)
	}
	for _, w := range []string{"lai", "thieu", "1", "ho", "chi", "minh", "binh", "duong"} {
		assert.Empty(t, addrUnitWordsOf(w), w)
		assert.Empty(t, addrUnitWordsByLast(w), w)
		assert.Empty(t, addrHamletWordsOf(w), w)
	}
}

// The parts are turned around only when written from the largest unit
// down, and never when the first is a house, street or hamlet: "Khối 2"
// and "Tiểu khu 3" open a hamlet as "KP.15" and "Tổ 5" do.
func TestArrangeAddrSegments(t *testing.T) {
	tests := []struct {
		in       string
		reversed bool
	}{
		{"TP HCM, Quận 1, Phường Bến Nghé", true},
		{"Tỉnh Long An, Huyện Cần Giuộc, Xã Tân Kim", true},
		{"Long Cốc, Huyện Tân Sơn, P.Thọ", true}, // the resolver reads both orders
		{"KP.15, Long Cốc, Huyện Tân Sơn, P.Thọ", false},
		{"Tổ 5, Long Cốc, Huyện Tân Sơn, P.Thọ", false},
		{"Khối 2, Long Cốc, Huyện Tân Sơn, P.Thọ", false},
		{"Tiểu khu 3, Long Cốc, Huyện Tân Sơn, P.Thọ", false},
		{"Phường Bến Nghé, Quận 1, TP HCM", false},
	}
	for _, tt := range tests {
		var sc addrScratch
		_, _, err := sc.tokenizeAddress(tt.in)
		assert.NoError(t, err)
		assert.Equal(t, tt.reversed, sc.asWritten != nil, "%q", tt.in)
	}
}

// addrUnitWordsByLast, generated, gives the places of addrUnitWords under
// their last word as a walk of the list files them: every type word once,
// in the order of addrUnitWords (longest first: "thanh pho" before "t"),
// which findTypeWordBefore takes the first of.
func TestAddrUnitWordsByLast(t *testing.T) {
	want := map[string]string{}
	for w, uw := range addrUnitWords {
		last := uw.words[len(uw.words)-1]
		want[last] += string([]byte{byte(w)})
	}
	for last, ws := range want {
		assert.Equal(t, ws, addrUnitWordsByLast(last), "%q", last)
	}
	assert.Equal(t, "\x01\x09", addrUnitWordsByLast("pho"), "\"thanh pho\", then \"t pho\"")
	for _, w := range []string{"", "thanh", "ph0", "pho ", "Pho", "xaa"} {
		assert.Empty(t, addrUnitWordsByLast(w), "%q", w)
	}
}

// isAddrTypeFirstOfTwo, generated, opens the type words of two words of
// addrUnitWords, written out ("Thị xã", "Thành phố", "Đặc khu"), and no
// other word: not a letter ("T. Phố"), a type word of one, the last of
// two, a glued one, the first of a longer one's ("trực thuộc"), a name.
func TestAddrTypeFirstOfTwo(t *testing.T) {
	for _, tt := range []struct {
		k    string
		want bool
	}{
		{"thi", true}, {"thanh", true}, {"dac", true},
		{"t", false}, {"tp", false}, {"phuong", false}, {"xa", false}, {"tran", false}, {"pho", false},
		{"khu", false}, {"thixa", false}, {"thanhpho", false}, {"truc", false}, {"thach", false}, {"", false},
	} {
		assert.Equal(t, tt.want, isAddrTypeFirstOfTwo(tt.k), "%q", tt.k)
	}
	for _, uw := range addrUnitWords {
		if len(uw.words) == 2 && len(uw.words[0]) > 1 {
			assert.True(t, isAddrTypeFirstOfTwo(uw.words[0]), "%q", uw.words)
		}
	}
}

// inScope, tried before accept where every unit filed under a name is
// read, passes every unit accept passes, and acceptInScope after it is
// accept, for filters of each kind the resolver makes: by level and era,
// under a district (and the district of 1/3/2025 that continues a
// former one), in a province, and in the pre-2025 provinces that went
// into a 2025 one. scopeFrom finds in a run of entries the next unit
// inScope finds of the filter's era, from every place of the run, and
// fromVia after it is accept.
func TestInScopeBeforeAccept(t *testing.T) {
	// acceptSpelt is the filter's rule spelt out in one piece, as
	// accept is documented, against which inScope and acceptInScope are
	// held
	acceptSpelt := func(x *nameIndex, i int32, f addrFilter) bool {
		u := x.unit(i)
		switch {
		case u.Level() != f.level,
			f.era != EraUnknown && u.Era() != f.era,
			f.parent >= 0 && u.parent != f.parent && (f.parentVia < 0 || u.parent != f.parentVia),
			f.prov >= 0 && u.prov != f.prov:
			return false
		case f.via >= 0:
			ps := x.successors(u.prov)
			return u.Era() == EraPre2025 && len(ps) == 1 && ps[0].to == f.via
		}
		return true
	}
	x := embedded.nameIndex()
	st := resolveState{ds: &embedded, x: x}
	open := addrFilter{parent: -1, parentVia: -1, prov: -1, via: -1}
	var filters []addrFilter
	for _, level := range []Level{LevelProvince, LevelDistrict, LevelCommune} {
		for _, era := range []Era{EraUnknown, EraPre2025, Era2025} {
			f := open
			f.level, f.era = level, era
			filters = append(filters, f)
		}
	}
	for i := range x.units {
		u := int32(i)
		switch a := x.unit(u); {
		case a.Level() == LevelDistrict && i%5 == 0:
			f := open
			f.level, f.parent, f.parentVia = LevelCommune, u, a.via
			filters = append(filters, f)
		case a.Level() == LevelProvince:
			f := open
			f.level, f.prov = LevelCommune, u
			filters = append(filters, f)
			f = open
			f.level, f.via = LevelDistrict, u
			filters = append(filters, f)
		}
	}
	passed := 0
	for _, f := range filters {
		for i := range x.units {
			if acceptSpelt(x, int32(i), f) {
				passed++
				require.True(t, x.inScope(int32(i), &f), "unit %d, %+v", i, f)
			}
			require.Equal(t, acceptSpelt(x, int32(i), f), st.accept(int32(i), f), "unit %d, %+v", i, f)
		}
	}
	assert.Greater(t, passed, len(x.units))
	// the runs of entries of kindName, each key's: every entry of the
	// index once
	var runs [][]nameEntry
	for i := 0; i < len(x.entries); {
		j := i + 1
		for j < len(x.entries) && x.entries[j].keyOff == x.entries[i].keyOff && x.entries[j].kind == x.entries[i].kind {
			j++
		}
		if x.entries[i].kind == kindName {
			runs = append(runs, x.entries[i:j])
		}
		i = j
	}
	found := 0
	for n, f := range filters {
		if n%31 != 0 && n >= 9 && f.parentVia < 0 {
			continue // the level and era filters, those under a former district, and some of the others
		}
		for _, es := range runs {
			next := len(es)
			for from := len(es); from >= 0; from-- {
				if from < len(es) && x.inScope(es[from].unit, &f) && (f.era == EraUnknown || x.unit(es[from].unit).Era() == f.era) {
					require.Equal(t, st.accept(es[from].unit, f), st.fromVia(es[from].unit, &f), "unit %d, %+v", es[from].unit, f)
					next = from
					found++
				}
				require.Equal(t, next, x.scopeFrom(es, from, &f), "%q from %d, %+v", x.entryKey(&es[0]), from, f)
			}
		}
	}
	assert.Greater(t, found, len(runs))
}

// districtSuccessors keeps its answers for the districts of 1/3/2025
// only, one place each (they are together in unit order), and gives for
// every district, of that list or former, what findDistrictSuccessors
// makes afresh.
func TestDistrictSuccessorsKept(t *testing.T) {
	ds := &Dataset{d: &embeddedData}
	x := ds.nameIndex()
	st := resolveState{ds: ds, x: x, resolveScratch: &resolveScratch{}}
	districts, within := 0, 0
	for i := range x.units {
		a := x.unit(int32(i))
		if a.Level() != LevelDistrict || a.Era() != EraPre2025 {
			continue
		}
		if !a.former {
			districts++
		}
		want := slices.Clone(st.findDistrictSuccessors(int32(i)))
		require.Equal(t, want, st.districtSuccessors(int32(i)), "unit %d", i)
		require.Equal(t, want, st.districtSuccessors(int32(i)), "unit %d, again", i)
		within += len(want)
	}
	assert.Len(t, ds.districtSuccs.get(nil).succ, districts)
	assert.Greater(t, within, districts)
}
