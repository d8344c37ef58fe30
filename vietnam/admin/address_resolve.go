package admin

import (
	"bytes"
	"cmp"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/hocvuso/hocvuso/vietnam/internal/spell"
)

// A Resolver finds the units an address names, in the era it was written
// in, and the current communes they correspond to. It reads the names of
// the units of both eras of one Dataset; build it with NewResolver, or use
// ResolveAddress for the embedded data. The zero Resolver resolves against
// the embedded data.
//
// A Resolver is safe for concurrent use. It reads the Dataset's index of
// names (about 16,500 units of both eras and the history), the one Find
// uses: constant data for the embedded dataset, built on first use, once,
// for a loaded one.
type Resolver struct {
	ds *Dataset
	// scratch holds resolveScratch values: the buffers of one
	// resolution, reused so that a resolution allocates little more than
	// its answer.
	scratch sync.Pool
}

// NewResolver returns a Resolver over ds.
func NewResolver(ds *Dataset) *Resolver { return &Resolver{ds: ds} }

// embeddedResolver resolves against the embedded data. A composite
// literal rather than a sync.OnceValue, so that importing the package runs
// no code.
var embeddedResolver = Resolver{ds: &embedded}

// ResolveAddress resolves s against the embedded data; see Resolver.Resolve.
func ResolveAddress(s string) (res Resolution, err error) {
	err = embeddedResolver.resolve(&res, s)
	return res, err
}

func (r *Resolver) dataset() *Dataset {
	if r.ds == nil {
		return &embedded
	}
	return r.ds
}

// A Reading is one way to read an address: the units it names, all of one
// era except in a mixed address (a 2025 commune with a pre-2025 province,
// or a pre-2025 district under its 2025 province).
type Reading struct {
	// Era is the era of the lowest unit read: the commune's, else the
	// district's, else the province's.
	Era Era
	// Province is the province written, or the one implied by the
	// district or commune when the address names none; it may be of the
	// other era than Commune in a mixed address.
	Province Unit
	// District is the pre-2025 district written; zero when none. When
	// the district written is the one the commune's was formed from
	// (FlagParentDistrict), it is the commune's.
	District Unit
	// Commune is the commune written; zero when none was recognised. It
	// may be an earlier state of a unit (see Formers), as written.
	Commune Unit
	// Listed is, when Commune is an earlier state, the commune of the
	// 1/3/2025 list that continues it (zero when none is known); else
	// Commune itself. Code that keeps units of that list finds it there.
	Listed Unit
	// Confidence is between 0 and 1: 1 when every part was found with its
	// type word and tones as written, less for each part found without
	// its type word or tones, with a type word of another type, missing,
	// or of another era than the rest; halved when no commune was found
	// (but for an island district, which had none); below 0.9 when the
	// commune, written with no district, may as well be one of the other
	// era that led elsewhere, or, written bare, was in none of the
	// province of that name before 2025 (eraClashConf).
	// A Resolution's Confidence is also divided among its candidates, and
	// halved when readings tie, so an ambiguous one has 0.5 at most.
	Confidence float64
}

// A Candidate is a current commune that an address may be in.
type Candidate struct {
	Unit Unit // a commune of the newest 2025 directory
	// Kind says how the commune read went into Unit: KindUnchanged for
	// an address written with 2025 units, KindWhole or KindPartial for
	// one written with pre-2025 units.
	Kind Kind
}

// A Resolution is what a Resolver made of an address: the best reading,
// the current communes it leads to, and the other readings.
//
// The zero Resolution is "nothing recognised".
//
// Candidates and Alternatives are cut from blocks that serve the
// resolutions of dozens of addresses, so that most resolutions allocate
// nothing: they are the caller's to read, write and append to (an append
// copies them out), and a Resolution kept keeps its block alive, 2.5 KB
// at most. A caller that keeps a few resolutions of many may copy those
// slices (slices.Clone) to let the blocks go.
type Resolution struct {
	Reading
	// Address is the text split into parts with the help of the names
	// that were recognised.
	Address Address
	// Candidates are the current communes the address may be in, best
	// first. One candidate is an answer. Several mean the address is
	// ambiguous: the old commune read was split among several new ones
	// (and the statistics office's notes do not say that all its
	// population went to one of them), or the text reads equally well as
	// several communes. None means no commune was recognised; Province
	// may still be set. An island district that had no communes (Côn
	// Đảo, Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn), read with no commune
	// or with a commune abolished when it lost them (Lý Sơn's An Vĩnh, An
	// Hải and An Bình, FlagNoSuccessor), has one: the special zone it
	// became whole.
	Candidates []Candidate
	// Ambiguous reports that the address does not name one current
	// commune: there are several candidates, or several readings that
	// lead to different places fit the text equally well, or the text
	// holds two addresses (see Resolve).
	Ambiguous bool
	// Alternatives are the other readings, best first: those that tied
	// with Reading when Ambiguous, then those that came close.
	Alternatives []Reading
	// Flags say what the answer rests on besides names read as written,
	// and what could not be found.
	Flags Flags
	// Unread is the part of the text where the commune should be (before
	// the district or province, by commas, type words and order) when it
	// was not recognised as a commune: FlagCommuneUnknown.
	Unread string
	// Within lists, when the address leads to a pre-2025 district but to
	// no commune, the current communes that district went into: the
	// address is in one of them. Candidates stays empty.
	Within []Unit
}

// Flags say what a Resolution rests on besides names read as written, or
// what it could not find. The zero Flags says nothing of note.
type Flags uint16

const (
	// FlagFormer: the address names a unit by a state it had between
	// 2019 and 1/3/2025 (a merged or renamed commune, a district since
	// merged: see Formers); it was followed to today through the unit
	// that continued it.
	FlagFormer Flags = 1 << iota
	// FlagNoSuccessor: the former commune named has no known successor;
	// the answer is its last known district (Resolution.District and
	// Within), not a commune, or, when that district had no communes
	// after it, the special zone the district became (Candidates).
	FlagNoSuccessor
	// FlagCommuneUnknown: the part where the commune is written was not
	// recognised (Unread); the answer is the district or province, not a
	// unit of another level read in its place.
	FlagCommuneUnknown
	// FlagTypo: a name was matched with one letter wrong (inserted,
	// missing, replaced or two swapped), the only such name in the
	// province or district established by the rest of the text.
	FlagTypo
	// FlagShortForm: a district was read from its name with the first
	// words cut to their letter ("Q.Đ.Đa", "Q. H.B.Trưng", "C/Giấy",
	// "hbtrung"), the only such district of the province read, or one of
	// those that has the commune read; or a commune so written within its
	// district ("P.BH Hòa B", "p hbphước"), the only one that fits.
	FlagShortForm
	// FlagParentDistrict: the district written is the one the commune's
	// district was formed from since 1997 (see Origins), as addresses of
	// before the decree write it ("Tây Thạnh, Tân Bình" for Phường Tây
	// Thạnh of Quận Tân Phú, formed from Tân Bình in 2003); District is
	// the commune's. Read only when no commune of the district written
	// has the name, and one commune alone of the districts formed from it
	// has, below 0.9.
	FlagParentDistrict
	// FlagMixedEras: the commune is one of 2025 and the district written
	// a pre-2025 one, as addresses written since the reform of 1/7/2025
	// mix them ("Phường Sài Gòn, Quận 1"): communes it was formed from
	// were in that district. Read only when no commune of the district
	// has the name; below 0.9 when half or fewer of them were
	// (mixedPartConf), and not at all when none was. When half or fewer
	// were, both names are written bare and the district's is a 2025
	// commune's too ("Xuân Đỉnh, Tây Hồ, Hà Nội"), the address is
	// ambiguous: the district's communes are candidates as well.
	FlagMixedEras
)

var flagWords = [...]string{"former", "no successor", "commune unknown", "typo", "short form", "parent district", "mixed eras"}

// Has reports whether f includes every flag of o. An empty o names no
// flag, so Has(0) is false: asking for nothing is not a finding.
func (f Flags) Has(o Flags) bool { return f&o == o && o != 0 }

// String returns the flags' words joined by "|" ("former|typo"), "" for
// none.
func (f Flags) String() string { return bitWords(uint16(f), flagWords[:]) }

// Current returns the one current commune of the address, and false when
// there is none or when the address is ambiguous.
func (r Resolution) Current() (Unit, bool) {
	if r.Ambiguous || len(r.Candidates) != 1 {
		return Unit{}, false
	}
	return r.Candidates[0].Unit, true
}

// Resolve reads the address s and returns its Resolution. It reads the
// text from the largest unit to the smallest: the province at the end (by
// name, with or without tones and type word, or a nickname such as
// "TPHCM", "Sài Gòn"; initials such as "BD" only when a district or
// commune inside confirms them), then the district and the commune inside
// it, trying both eras and keeping the reading that fits best. Without a
// province it looks for a district, then a commune, anywhere. Names match
// as ParseAddress reads them, and with the unit names in hand Resolve also
// splits text without commas or type words ("lai thieu thuan an binh
// duong"). Tones written must match (tone placement aside: "Hoà" is
// "Hòa"); numbers match whatever their form ("P.01", "Phường 1", and "1"
// for a name that ends in "I").
//
// An address with a district is read as pre-2025 (districts were
// abolished); one with a province but no district is read in the 2025
// units first when its names exist there, and as pre-2025 when they do
// not; a lone commune is read in both eras alike. When the text fits
// several readings equally well, Resolve says so in Ambiguous and returns
// them all rather than pick one. So it does when the text holds two
// addresses that share no commune, glued as a form that joins the address
// typed to the one a map gave back writes them ("Xã Trung Chánh, Huyện
// Hóc Môn, TP.HCM, Trung Mỹ Tây, Quận 12, TP.HCM"): the words before the
// units read name a district with its type word.
//
// It never fills a gap with a guess. A part where the commune is written
// (by commas, type words and order) that names no commune leaves the
// commune unknown, with FlagCommuneUnknown and the part in Unread: "X,
// Huyện Y, Tỉnh Z" with X unknown is district Y, never a commune named Y.
// A name matches whole ("Song Hồ" is not Hồ); a commune named with neither
// province nor district nor its type word, after other words, is a street
// ("412 Nguyễn Văn Cừ" resolves to nothing); a word written with tones
// accepts only units whose word has those tones ("Trung Tú" is not Trung
// Tự; "Trung Tu" is both). Names of 2019–2025 (Formers) are read too, and
// followed to today (FlagFormer).
//
// Resolve returns an *AddressError wrapping ErrAddressEmpty,
// ErrAddressTooLong or ErrAddressNotFound when it finds nothing.
func (r *Resolver) Resolve(s string) (res Resolution, err error) {
	err = r.resolve(&res, s)
	return res, err
}

// resolve is Resolve, which builds the Resolution in res, zero until
// then: in the caller's result where Resolve is inlined, rather than in
// a result some 400 bytes long copied out to the caller's.
func (r *Resolver) resolve(res *Resolution, s string) error {
	sc := r.getScratch()
	defer r.scratch.Put(sc)
	sc.reset()
	toks, norm, err := sc.tokenizeAddress(s)
	if err != nil {
		return err
	}
	ds := r.dataset()
	st := resolveState{ds: ds, x: ds.nameIndex(), norm: norm, toks: toks, resolveScratch: sc}
	st.noteTokens()
	st.run()
	// The parts in the other order may read better, and the better
	// score wins. Either they were turned around, read largest first,
	// and the order written is tried ("Long Cốc, Huyện Tân Sơn, P.Thọ",
	// whose "P." is the province's initial, not a ward's type word); or
	// the province comes first and the rest after it, with no type words
	// to tell ("Long An, Cần Giuộc, Long Hậu"), and they are tried turned
	// around.
	if sc.asWritten != nil || st.multiSeg && st.provinceFirst() >= 0 {
		alt := sc.sub(subOrder)
		alt.reset()
		toks := sc.asWritten
		if toks == nil {
			alt.arranged = st.largestFirst(alt.arranged[:0])
			toks = alt.arranged
		}
		st2 := resolveState{ds: ds, x: st.x, norm: norm, toks: toks, marked: st.marked, multiSeg: st.multiSeg, resolveScratch: alt}
		st2.perEnd()
		st2.run()
		if st2.bestScore() > st.bestScore() {
			st = st2
		}
	}
	if !st.readCommune() {
		// Nothing read down to a commune: a second look, which also
		// reads the damage scans do (see secondLook).
		deep := sc.sub(subSecond)
		if st2, ok := r.secondLook(s, st, deep); ok {
			st = st2
		}
	}
	st.mixedLook()
	if len(st.rs) == 0 {
		// Nothing read at all: a last part that names nothing may hide
		// the address (see withoutLastPart).
		tail := sc.sub(subLastPart)
		if st2, ok := r.withoutLastPart(st, tail); ok {
			st = st2
		}
	}
	if len(st.rs) == 0 {
		return newAddressError(s, ErrAddressNotFound)
	}
	st.resolution(res) // in the result itself, not copied to it
	if len(res.Candidates) == 1 && !res.Ambiguous && st.wordsBeforeMayRead() {
		// the words before the units may be another address (see
		// addressBefore)
		if before, ok := r.addressBefore(&st); ok {
			st.twoAddresses(res, &before)
		}
	}
	if len(res.Candidates) == 0 || res.Ambiguous {
		// no commune, or not one: the names of the address may be typed
		// again after it (see withoutCopy)
		again := sc.sub(subCopy)
		if st2, ok := r.withoutCopy(st, again); ok {
			var res2 Resolution
			if st2.resolution(&res2); len(res2.Candidates) > 0 && (len(res.Candidates) == 0 || !res2.Ambiguous) {
				*res = res2
				return nil
			}
		}
	}
	return nil
}

// noteTokens makes the tables kept per end of the tokens (perEnd) and
// sets marked and multiSeg from the tokens. Their parts are
// numbered in order, never falling (TestAddrSegmentsInOrder): the text
// has several when its first and last tokens are of two. The first
// token with tones ends the walk for marked, most often the first word.
func (st *resolveState) noteTokens() {
	st.perEnd()
	n := len(st.toks)
	if n == 0 {
		return
	}
	st.multiSeg = st.multiSeg || st.toks[0].seg != st.toks[n-1].seg
	for i := 0; i < n && !st.marked; i++ { // by index: a token is 56 bytes to copy
		st.marked = st.toks[i].marked
	}
}

// bestScore returns the score of the best reading found, before the
// order of the parts is applied; math.MinInt when there is none.
func (st *resolveState) bestScore() int {
	best := math.MinInt
	for i := range st.rs {
		best = max(best, st.rs[i].score)
	}
	return best
}

// getScratch returns buffers for one resolution; put them back in
// r.scratch when done.
func (r *Resolver) getScratch() *resolveScratch {
	if sc, _ := r.scratch.Get().(*resolveScratch); sc != nil {
		return sc
	}
	return newResolveScratch()
}

func newResolveScratch() *resolveScratch {
	return &resolveScratch{memoed: make([]addrMatch, 0, 64), rs: make([]addrReading, 0, 64)}
}

// The re-reads of one resolution, each with buffers of its own (see sub).
const (
	subOrder    = iota // the parts in the other order
	subSecond          // secondLook
	subLastPart        // withoutLastPart
	subCopy            // withoutCopy
	subDouble          // addressBefore
	subScratches
)

// sub returns the buffers of re-read k of the resolution sc is for: kept
// with sc, so that a resolution takes one set of buffers from the pool
// whatever it reads again.
func (sc *resolveScratch) sub(k int) *resolveScratch {
	if sc.subs[k] == nil {
		sc.subs[k] = newResolveScratch()
	}
	return sc.subs[k]
}

// ResolveParts resolves an address already split into parts; the parts
// are read as if separated by commas.
func (r *Resolver) ResolveParts(a Address) (Resolution, error) { return r.Resolve(a.String()) }

// Scores of the parts of a reading. A part found adds levelScore, adjusted
// by how it was written; the reading with the highest total wins.
const (
	scoreLevel           = 6
	scoreInitials        = 3  // a province given by its initials ("BD")
	scoreTypeAgrees      = 2  // "Phường" before a ward
	scoreTypeDisagrees   = -6 // "Xã" before a thị trấn, "Huyện" before a thị xã
	scoreCommTypeOther   = 2  // but a commune's type word written out before a commune of another type: its type before it changed
	scoreProvinceType    = 0  // "Tỉnh" before a city: provinces changed type (Huế, Đồng Nai)
	scoreCityNotProvince = -3 // and a city's type word before a tỉnh: "TP Cà Mau", "Ca Mau City" is its capital, a district
	scoreNoCommune       = -1 // a district and no commune: an address names a commune
	scoreAcrossPart      = -2 // a commune with a house, street or hamlet part between it and the unit above
	scoreEmptyAfter      = -4 // and its name without type word before an empty part, the district's place: "vĩnh Hưng, , Long An"
	scoreToneAgrees      = 1  // "Hòa An" for Hòa An
	scoreSegmentStart    = 1  // the part starts its comma-separated segment
	scoreDangling        = -5 // a type word left before the part with no name of its own
	scoreReread          = -8 // a district's name taken for a commune to fill the commune's place
	scoreNoProvince      = -3 // the address names no province
	scoreOldNoDistrict   = -3 // a pre-2025 commune without its district
	scoreMixedOldNew     = -3 // a pre-2025 province with a 2025 commune
	scoreMixedNewOld     = -1 // a 2025 province with a pre-2025 district
	scoreMixedElsewhere  = -2 // and the 2025 commune was not in that pre-2025 province
	scoreTypo            = -3 // a name read with one letter wrong
	scoreShortForm       = -3 // a district's name with words cut to their letter ("Q.Đ.Đa")
	scoreToneSlip        = -1 // and read with tones other than written: a name written so, of another level or era, reads better
	scoreFormer          = 0  // a unit's name before 1/3/2025 (see Formers): as good as today's
	scoreInner           = -2 // a name without type word after other words of its part ("Thôn Chua Bình Minh")
	scoreLongerName      = -3 // a district alone whose name, in a text with no comma, ends a longer name of a unit of its province ("Tả Thanh Oai")
	scoreDropped         = -1 // a word left unread after the district of a reading with no province
	scoreUnreadBefore    = -2 // words read as nothing before the province's name in its part ("Quận 1, abc Hồ Chí Minh")
	scoreProvinceCopy    = -1 // the province's name written again, bare, in the part before it ("Hà Quảng, Cao Bằng, Cao Bằng")
	unreadBeforeConf     = 0.8
	mixedPartConf        = 0.85 // a 2025 commune under an old district that held half or fewer of its predecessors
	addrMaxDroppedTokens = 3
	addrCloseAlternates  = 4 // alternatives kept: within this of the best
	addrMaxAlternatives  = 5
	addrMaxNameTokens    = 8 // longest unit name, in tokens, with its aliases
)

// An addrReading is a reading under construction, by unit positions in the index (-1: none).
type addrReading struct {
	prov, dist, comm int32
	provAt, distAt   [2]int // token spans of the parts written; [0,0) if none
	commAt           [2]int
	start            int // first token of the administrative part
	score            int
	conf             float64
	initials         bool
	typo             bool   // a name matched with one edit
	short            bool   // a district read from its name cut short (districtShort)
	lone             bool   // neither province nor district: no evidence but the commune
	distTyped        bool   // the district was written with its type word
	commTyped        bool   // the commune was written with its type word
	parentWritten    bool   // the district written is the one dist was formed from (splitOff)
	mixedEras        bool   // a 2025 commune under the pre-2025 district it was formed from (mixedCommunes)
	unread           [2]int // tokens where the commune should be but none was recognised
}

// An addrMatch is one unit whose name ends at a given token.
type addrMatch struct {
	i, j  int // tokens of the part: type word, name, and repeats
	u     int32
	score int
	conf  float64
	ini   bool // province or district initials
	typed bool // read with a type word before the name
	typo  bool // one letter wrong
	short bool // a district's name with words cut to their letter
	inner bool // untyped, after other words of its comma-separated part
	bare  bool // a district's number alone in its part ("Phường Bến Thành, 1, TP HCM")
	// named: a district read with other tones than those written, whose
	// words as written are the name of some other unit ("Phú Mỹ" for
	// Phù Mỹ): it stands only with a commune of it read inside
	named bool
}

// addrFilter says which units a match may be.
type addrFilter struct {
	level  Level
	era    Era   // EraUnknown: either
	parent int32 // -1: any
	// parentVia is, when parent is a former district, the district of
	// 1/3/2025 that continues it, whose communes are also its children
	// (Quận 2 became Thành phố Thủ Đức under the same code); -1 otherwise.
	parentVia int32
	prov      int32 // -1: any
	via       int32 // -1: any; else the 2025 province the unit's old province went into
	// from is, for a 2025 commune read under a pre-2025 province, that
	// province: a commune that was in it, whole or in part, reads better
	// than one that was not ("Thanh An, Bình Dương" is Thanh An of Dầu
	// Tiếng, not Thạnh An of Cần Giờ, though both are in Thành phố Hồ
	// Chí Minh since 2025). Zero: any.
	from Code
	// anywhere lets a district be read with one letter wrong among every
	// district of the country (see pairWithoutProvince).
	anywhere bool
	// exact leaves out the names read with one letter wrong (typos): a
	// 2025 commune under an old district (mixedCommunes) is read as
	// written or not at all, one guess being enough.
	exact bool
}

// tag returns a number that tells most filters apart, the same for equal
// filters: a memo of matches compares it before the filters.
func (f *addrFilter) tag() uint64 {
	t := uint64(uint32(f.parent))<<32 | uint64(uint32(f.prov))
	t ^= (uint64(uint32(f.parentVia))<<32 | uint64(uint32(f.via))) * 0x9e3779b97f4a7c15
	t ^= uint64(f.level) | uint64(f.era)<<4 | uint64(f.from.n)<<8
	if f.anywhere {
		t ^= 1 << 7
	}
	if f.exact {
		t ^= 1 << 6
	}
	return t
}

type resolveState struct {
	ds       *Dataset
	x        *nameIndex
	norm     string
	toks     []addrToken
	marked   bool // the text has tones: compare them
	multiSeg bool // the text has commas
	// second is set for the second look at an address the first read
	// left without a commune (see secondLook)
	second bool
	// below is, while belowProvince reads the units before a province
	// match, that match's unit + 1 and first token (0, 0 otherwise):
	// see provinceNext
	below [2]int32
	// leaving is set while run reads under the provinces, where a search
	// whose readings cannot count may be left out (leaveOut); leftOut
	// is then set, and leftMost is the most any of them could score;
	// leftMixed, when one was of 2025 communes under a pre-2025 province.
	leaving, leftOut, leftMixed bool
	leftMost                    int
	// provs are the province matches that end the text, which
	// underProvince read (kept in memoed): endsProvince reads them
	// again, where asking matches would look them up in the memo
	provs []addrMatch
	*resolveScratch
}

// resolveScratch holds the buffers of a resolution, which a Resolver
// keeps for the next one.
type resolveScratch struct {
	addrScratch
	glued []byte // scratch for a name key without spaces
	tyKey []byte // scratch for a key after a glued type word (gluedTypeWord)
	tone  []byte // the tone key of a token (toneOf)
	rs    []addrReading
	cands []addrSucc // the current communes of the best readings
	succ  []addrSucc // currentOf's answer
	// the buffers of findDistrictSuccessors, and the candidates of a
	// Resolution before they are copied into it
	dsucc    []Succession
	dtargets []uint32
	candOut  []Candidate
	// the rest of the blocks that Candidates and Alternatives are cut
	// from (handOut)
	cBlock []Candidate
	rBlock []Reading
	// typeBefore[i] holds what the scoring asks of the words before
	// token i, once computed: typeWordBefore(i) (flag 1<<31, the types
	// from bit 8, the length in tokens below) and innerName's answer
	// (innerAt, from bit 24); 0 until then.
	typeBefore []uint32
	// The names looked up for the words of tokens [i, e), which matches
	// reads for every filter at the same end: spanAt[(e-1)*addrMaxNameTokens
	// + e-i-1] is 1 + their place in spans, 0 until looked up.
	spanAt   []int32
	spans    []spanNames
	spanKeys []byte  // the keys of spans, one after the other
	respaced []int32 // the runs of spanNames.respaced
	bare     []int32 // bareBefore(i) + 2 once computed, 0 until then
	liveAt   []int32 // spansTo(e) once computed, 0 until then
	// ends holds spanAt, liveAt and memoAt, made and cleared at once
	// (perEnd)
	ends []int32
	// The answers of matches: memoAt[e*memoWays+w] is 1 + the place in
	// memo of the last one for end e in chain w, 0 for none.
	memo   []matchesMemo
	memoAt []int32
	memoed []addrMatch
	// commTypedAt[b] is communeTyped(b) once computed: 1 no, 2 yes.
	commTypedAt []uint8
	damagedAt   []uint16 // see damagedAsAt
	slip        bool     // the unit being scored is read with tones other than those written (toneSlip)
	slipNamed   bool     // and its words as written name some other unit (toneSlip, for a district)
	// secondMay is set when the typo search of the first look passes
	// by a run of words that the second look's reads (typoReaches,
	// twoEdits): the matches found may not be the second look's.
	secondMay bool
	pools     []listRun // the runs of nameIndex.lists a typo search reads
	// country are the pools of a typo search among every district of
	// the country (countryPools), made on first use and kept.
	country []listRun
	// The answers of oneEditIn, kept for the resolution: typoLast[c] is
	// 1 + the place in typoRuns of the last one of chain c, 0 for none.
	typoRuns    []typoRun
	typoAsked   []listRun
	typoUnits   []int32
	typoKeyText []byte
	typoGlued   []byte // oneEditIn's key without spaces: typoGluedCap bytes at most
	typoLast    [typoChains]int32
	namesakes   []uint64 // the namesakes of the unit a typo search picked
	twoProv     []int32  // the provinces read two edits off (twoEdits)
	// What the typo searches of a first look in these buffers passed by
	// that a second look's may read (see secondReadsMore): the runs of
	// words they skipped for starting neither a part nor after a type
	// word, and twoSites those where one gave up where twoEdits may read.
	looked   bool
	passed   []passedRun
	twoSites []twoSite
	subs     [subScratches]*resolveScratch
	twoAt    [2]int // the tokens twoEdits reads
	// the district readings mixedLook may read again
	mixedLater []mixedLater
}

// A spanNames holds the key of some words, the run of nameIndex.entries
// filed under it, and (glued) the units written with other spaces.
type spanNames struct {
	// key is in spanKeys, which later keys are appended to: a slice of
	// it, made once, stays valid and unchanged
	key  []byte
	name [2]uint32
	// respaced are the units whose names are the words with other spaces
	// ("Hbông" for H Bông, "Ea Chà Rang" for Eachà Rang), in unit order:
	// [respaced[0], respaced[1]) in resolveScratch.respaced, once glued.
	respaced [2]int32
	glued    bool // respaced is looked up, or known to be none (spansTo)
	// the classes of units (nearClass) whose names the key may be one
	// edit from, of those nearKey told of (spanNearOf); 1 + those the key
	// with its last i written y may be, 0 until asked (spanYKey)
	near, nearKnown, yNear uint8
	// gate is what the typo search reads of the words whatever the
	// filter (typoGate), 0 until asked
	gate uint8
	// the nameHash and length of key without spaces
	gluedHash uint64
	glen      int32
	// yAt is where the key with its last i written y is in spanKeys,
	// where spanYKey found it may be one edit from a name
	yAt [2]int32
	// The toneFit of the first spanTones tone keys met among the units
	// filed under name: the units of one name mostly share a few
	// spellings ("Phường 1" of a hundred districts, "An Bình" of twenty
	// communes), so that a few comparisons of the words serve them all.
	toneKey [spanTones]uint64 // nameUnit.toneOff<<8 | toneLen
	toneFit [spanTones]uint8
	tones   uint8
}

// spanTones is how many tone keys a spanNames keeps the fit of.
const spanTones = 4

// spanNames returns the key of tokens [i, e) and the names filed under
// it, made once per resolution. The pointer is valid until the next call;
// the key until the end of the resolution.
func (st *resolveState) spanNames(i, e int) (*spanNames, []byte) {
	k := (e-1)*addrMaxNameTokens + e - i - 1
	if v := st.spanAt[k]; v > 0 {
		sp := &st.spans[v-1]
		return sp, sp.key
	}
	if st.liveAt[e] == 0 {
		// the runs of words of a part are made by spansTo, every run
		// that ends at e at once, which then need not look whether
		// one is made
		st.spansTo(e)
		if v := st.spanAt[k]; v > 0 {
			sp := &st.spans[v-1]
			return sp, sp.key
		}
	}
	// a run across parts, which findMatches does not read
	key := st.spanKey(i, e)
	// the hashes of the key and of the key without spaces (respace's) in
	// one pass
	h, g, glen := uint64(0), uint64(0), 0
	for _, c := range key {
		h = h*nameHashMul + uint64(c)
		if c != ' ' {
			g = g*nameHashMul + uint64(c)
			glen++
		}
	}
	st.spans = append(st.spans, spanNames{key: key, name: st.x.lookupHashed(kindName, key, h), gluedHash: g, glen: int32(glen)})
	st.spanAt[k] = int32(len(st.spans))
	return &st.spans[len(st.spans)-1], key
}

// madeSpan returns the spanNames of tokens [i, e), made already (by
// spansTo): spanNames without the look whether it is, inlined where
// every run of words ending at an end is read (liveRuns, findMatches).
func (st *resolveState) madeSpan(i, e int) *spanNames {
	return &st.spans[st.spanAt[(e-1)*addrMaxNameTokens+e-i-1]-1]
}

// spanKey writes the key of tokens [i, e) in spanKeys and returns it.
func (st *resolveState) spanKey(i, e int) []byte {
	at := len(st.spanKeys)
	for x := i; x < e; x++ {
		if x > i {
			st.spanKeys = append(st.spanKeys, ' ')
		}
		st.spanKeys = append(st.spanKeys, st.toks[x].key...)
	}
	return st.spanKeys[at:len(st.spanKeys):len(st.spanKeys)]
}

// spansTo makes the spanNames of the runs of words ending at token e
// that findMatches reads (spanRuns), once per end, and returns them and
// those of them that are live (liveRuns): bit n-1 of bits 8 to 15 and of
// bits 0 to 7 for tokens [e-n, e), and bit spansMade. The runs are made
// at once: their keys are the ends of one key, that of the longest,
// written once, and their hashes are made from the last word back, each
// word's bytes read once, rather than each run's written and read again;
// and each is told live as it is made, rather than read again.
func (st *resolveState) spansTo(e int) uint32 {
	if m := st.liveAt[e]; m != 0 {
		return uint32(m)
	}
	toks := st.toks
	all := st.spanRuns(e)
	live := uint32(spansMade) | uint32(all)<<8
	first := e - bits.Len16(all)
	// the key of the longest run (spanKey's) is written from its end
	// back, each word as its bytes are hashed: a byte at a time costs
	// less than an append of each word
	size := e - first - 1 // its spaces
	for x := first; x < e; x++ {
		size += len(toks[x].key)
	}
	at := len(st.spanKeys)
	st.spanKeys = slices.Grow(st.spanKeys, size)[:at+size]
	long := st.spanKeys[at : at+size : at+size]
	// h and g are the nameHash of the words from x on with and without
	// their spaces, hp and gp nameHashMul to the power of their lengths
	// (a word's key has no space: TestAddrWordKeysHaveNoSpace)
	var h, g uint64
	hp, gp := uint64(1), uint64(1)
	start, glen := size, 0 // where the key of tokens [x, e) starts in long
	for x := e - 1; x >= first; x-- {
		if x < e-1 {
			start--
			long[start] = ' '
			h += ' ' * hp
			hp *= nameHashMul
		}
		w := toks[x].key
		start -= len(w)
		dst := long[start:]
		dst = dst[:len(w)]
		wh := copyHash(dst, w)
		wp := nameHashPow(len(w))
		h += wh * hp
		hp *= wp
		g += wh * gp
		gp *= wp
		glen += len(w)
		n := e - x
		key := long[start:size:size]
		// most runs are no key (mayHold), asked here rather than in a
		// call of lookupHashed. respace's answer where it needs no look,
		// as for most runs: none when the words glued are no key, or are
		// a name that names no other unit so glued, or, for a word, whose
		// key is its key glued, no glued name (which one scan for the
		// name tells: lookupWord)
		var name [2]uint32
		glued := true
		if n == 1 {
			if st.x.mayHold(h) {
				name, glued = st.x.lookupWord(key, h)
				glued = !glued
			}
		} else {
			if st.x.mayHold(h) {
				name = st.x.lookupHeld(kindName, key, h)
			}
			glued = !st.x.mayHold(g)
		}
		glued = glued || name[1] > name[0] && !st.x.respacesOthers(name[0])
		// the span written in its place, field by field (append builds
		// it aside and copies it): toneKey, toneFit and yAt, read only
		// where tones and yNear say they are set, are left as they are
		at := len(st.spans)
		if at == cap(st.spans) {
			st.spans = slices.Grow(st.spans, 1)
		}
		st.spans = st.spans[:at+1]
		sp := &st.spans[at]
		sp.key, sp.name, sp.respaced, sp.glued = key, name, [2]int32{}, glued
		sp.near, sp.nearKnown, sp.yNear, sp.gate, sp.tones = 0, 0, 0, 0, 0
		sp.gluedHash, sp.glen = g, int32(glen)
		// no run of the end is made before: spanNames makes them here
		st.spanAt[(e-1)*addrMaxNameTokens+n-1] = int32(at + 1)
		if !glued {
			// but two numbers are not one ("liên ấp 2-6" is not Phường
			// 26), and a unit's number ends its name
			st.respace(sp, key, n >= 2 && toks[e-1].num && toks[e-2].num)
		}
		if name[1] > name[0] || sp.respaced[1] > sp.respaced[0] {
			live |= 1 << (n - 1)
		}
	}
	// a glued type word and a name (gluedTypeWord) are a whole part:
	// the longest run, where it starts the part
	if addrSegStart(toks, first) && addrSegEnd(toks, e) && gluedTypeStart(toks[first].key) {
		live |= 1 << (e - first - 1)
	}
	st.liveAt[e] = int32(live)
	return live
}

// perEnd makes the tables kept for the ends of runs of words of the
// tokens, zero: spanAt, liveAt and memoAt, in one buffer cleared at
// once rather than three, once per resolution. It is called where a
// resolveState is given its tokens (noteTokens), so that spanNames,
// spansTo and matches need not look whether the tables are made.
func (st *resolveState) perEnd() {
	n := len(st.toks)
	sa, la := n*addrMaxNameTokens, n+1
	st.ends = append(st.ends[:0], make([]int32, sa+la+(n+1)*memoWays)...)
	st.spanAt, st.liveAt, st.memoAt = st.ends[:sa:sa], st.ends[sa:sa+la:sa+la], st.ends[sa+la:]
}

// spansMade marks an answer of spansTo, which may have no run.
const spansMade = 1 << 16

// copyHash copies w to dst, as long, and returns its nameHash.
//
//go:noinline
func copyHash(dst []byte, w string) uint64 {
	h := uint64(0)
	dst = dst[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		dst[i] = c
		h = h*nameHashMul + uint64(c)
	}
	return h
}

// reset empties sc, and lets go of buffers a very long address grew.
func (sc *resolveScratch) reset() {
	if cap(sc.rs) > 1<<12 || cap(sc.memoed) > 1<<12 || cap(sc.passed) > 1<<12 || cap(sc.mixedLater) > 1<<12 {
		*sc = resolveScratch{}
	}
	sc.glued, sc.tone = sc.glued[:0], sc.tone[:0]
	sc.rs, sc.cands, sc.succ = sc.rs[:0], sc.cands[:0], sc.succ[:0]
	sc.typeBefore, sc.spanAt, sc.spans, sc.spanKeys, sc.bare = sc.typeBefore[:0], sc.spanAt[:0], sc.spans[:0], sc.spanKeys[:0], sc.bare[:0]
	sc.respaced, sc.liveAt, sc.ends = sc.respaced[:0], sc.liveAt[:0], sc.ends[:0]
	sc.memo, sc.memoAt, sc.memoed = sc.memo[:0], sc.memoAt[:0], sc.memoed[:0]
	sc.commTypedAt, sc.damagedAt = sc.commTypedAt[:0], sc.damagedAt[:0]
	sc.twoProv = sc.twoProv[:0]
	sc.typoRuns, sc.typoAsked, sc.typoUnits, sc.typoKeyText = sc.typoRuns[:0], sc.typoAsked[:0], sc.typoUnits[:0], sc.typoKeyText[:0]
	sc.typoLast = [typoChains]int32{}
	sc.looked, sc.passed, sc.twoSites = false, sc.passed[:0], sc.twoSites[:0]
	sc.mixedLater = sc.mixedLater[:0]
}

func (st *resolveState) run() { st.read(true) }

// read is run, which leaves out the searches under a province whose
// readings cannot count (leaveOut) where leave is set.
func (st *resolveState) read(leave bool) {
	st.looked = st.looked || !st.second
	n := len(st.toks)
	mark, mixedMark := len(st.rs), len(st.mixedLater)
	st.leaving, st.leftOut, st.leftMixed = leave, false, false
	st.underProvince(n)
	st.leaving = false
	keep := st.keepFloor(st.keepEnough())
	if st.leftOut && (st.leftMost >= keep || st.leftMixed && st.bareNewBest() != nil) {
		// a search left out on the readings made before it may count
		// with all of them (the floor they give is not the floor of
		// all), or a 2025 commune under a pre-2025 province left out
		// may tell fromElsewhere where the best came from: read again,
		// leaving nothing out. The matches found are kept (matches),
		// and the readings are made in the same order.
		st.rs, st.mixedLater = st.rs[:mark], st.mixedLater[:mixedMark]
		st.underProvince(n)
		keep = st.keepFloor(st.keepEnough())
	}
	// The end may also be a district or commune whose name is a
	// province's ("Phường 2, Thành phố Sóc Trăng"): try without one too,
	// where such a reading may count (keepFloor).
	st.withoutProvince(n, keep)
	if len(st.rs) == 0 {
		st.pairWithoutProvince(n)
	}
}

// underProvince adds the readings of the provinces whose names end at
// token n, the end of the text, and of the units before them.
func (st *resolveState) underProvince(n int) {
	pms := st.matches(n, addrFilter{level: LevelProvince, parent: -1, parentVia: -1, prov: -1, via: -1})
	st.provs = pms
	for k := range pms { // by index: a match is 48 bytes to copy
		if st.provinceRead(pms, k) {
			st.belowProvince(pms[k])
		}
	}
}

// provinceRead reports whether the units below province match pms[k]
// are read: the longest writing of a province only, "Bà Rịa - Vũng Tàu"
// is not district Bà Rịa in "Vũng Tàu". But a writing longer by a type
// word of another level alone is not the province's: the word is left
// to the name before ("dan phuong ha noi" is Đan Phượng, Hà Nội written
// without tones, not "Phường Hà Nội"). A writing matched twice is read
// once, the first time.
func (st *resolveState) provinceRead(pms []addrMatch, k int) bool {
	pm := &pms[k]
	for x := range pms {
		o := &pms[x]
		if o.u == pm.u && (o.i < pm.i && !st.otherLevelType(o, pm) || o.i > pm.i && st.otherLevelType(pm, o) || x < k && o.i == pm.i) {
			return false
		}
	}
	return true
}

// otherLevelType reports whether province match o is match pm with a
// commune's or district's type word alone before it, in full, a word a
// name may end with ("phuong", "quan", "xa"), not letters ("TT Huế" is
// Thừa Thiên Huế).
func (st *resolveState) otherLevelType(o, pm *addrMatch) bool {
	if !o.typed || o.i != pm.i-1 {
		return false
	}
	switch st.toks[o.i].key {
	case "phuong", "xa", "quan", "huyen":
		return true
	}
	return false
}

// pairWithoutProvince adds, when nothing at all was read, the readings
// of a district written with one letter wrong and a commune of it before
// it, with no province: the province left out (" Minh Tân, h.Lưng Tai")
// or scanned past reading after the district ("Thị Trấn Kẻ Sặt H.Binh
// giang THải Dưong"). A typo needs a scope; the commune found under the
// district is it. The district is looked for in the whole country, the
// end at the last addrMaxDroppedTokens words too, and only a reading
// with a commune counts: a district alone so found is a guess.
func (st *resolveState) pairWithoutProvince(n int) {
	f := addrFilter{level: LevelDistrict, parent: -1, parentVia: -1, prov: -1, via: -1, anywhere: true}
	for e := n; e > 0 && e >= n-addrMaxDroppedTokens; e-- {
		mark := len(st.rs)
		base := addrReading{prov: -1, dist: -1, comm: -1, start: e, score: scoreNoProvince + (n-e)*scoreDropped, conf: 0.8, lone: true}
		if e < n {
			base.conf *= 0.9
		}
		st.districts(&base, f, 0, math.MinInt)
		kept := st.rs[:mark]
		for _, r := range st.rs[mark:] {
			if r.comm >= 0 {
				kept = append(kept, r)
			}
		}
		st.rs = kept
	}
}

// belowProvince adds the readings of the text before province match pm.
// When words of the province's part before its name are left unread
// (unreadBefore: "Quận 1, abc Hồ Chí Minh", "T.X. Hương Thủy,Thừa.t.Huế"),
// they do not hide the units of the parts before: those are read as if
// the part held the province alone, at confidence unreadBeforeConf at
// most, for the words may have been a unit not recognised.
func (st *resolveState) belowProvince(pm addrMatch) {
	base := addrReading{prov: pm.u, dist: -1, comm: -1, provAt: [2]int{pm.i, pm.j}, start: st.strayBefore(pm), score: pm.score, conf: pm.conf, initials: pm.ini, typo: pm.typo}
	mark := len(st.rs)
	st.below = [2]int32{pm.u + 1, int32(pm.i)}
	st.unitsBelow(&base)
	if first := st.unreadBefore(pm, base.start); first < base.start && len(st.rs) == mark {
		skip := base
		skip.start, skip.score, skip.conf = first, skip.score+scoreUnreadBefore, min(skip.conf, unreadBeforeConf)
		st.unitsBelow(&skip)
	}
	if s := base.start; s > 0 && sameLastWord(st.toks[s-1].key, st.toks[pm.j-1].key) && !pm.ini {
		if first := addrSegFirst(st.toks, s-1); s-first <= pm.j-pm.i && st.provinceCopy(first, s, pm.j) {
			copied := base
			copied.start, copied.score = first, copied.score+scoreProvinceCopy
			st.unitsBelow(&copied)
		}
	}
	st.below = [2]int32{}
	if !base.initials {
		st.rs = append(st.rs, base)
	}
}

// unitsBelow adds the readings of the units of province base.prov before
// base.start.
func (st *resolveState) unitsBelow(base *addrReading) {
	p := base.prov
	pu := st.x.unit(p)
	if pu.Era() == EraPre2025 {
		st.districts(base, addrFilter{level: LevelDistrict, parent: p, parentVia: -1, prov: -1, via: -1}, 0, math.MinInt)
		st.parentNamed(base)
		if !st.leaveOut(oldCommuneMost(base)) {
			st.communes(base, addrFilter{level: LevelCommune, era: EraPre2025, parent: -1, parentVia: -1, prov: p, via: -1}, scoreOldNoDistrict, 0.9)
		}
		if len(st.x.successors(p)) == 1 {
			if st.leaveOut(mixedCommuneMost(base)) {
				st.leftMixed = true
			} else {
				st.communes(base, addrFilter{level: LevelCommune, era: Era2025, parent: -1, parentVia: -1, prov: st.x.successors(p)[0].to, via: -1,
					from: st.ds.code(st.x, p)}, scoreMixedOldNew, 0.9)
			}
		}
	} else {
		if !st.leaveOut(newCommuneMost(base)) {
			st.communesAcross(base, addrFilter{level: LevelCommune, era: Era2025, parent: -1, parentVia: -1, prov: p, via: -1}, 0, 1)
		}
		st.districts(base, addrFilter{level: LevelDistrict, parent: -1, parentVia: -1, prov: -1, via: p}, scoreMixedNewOld, math.MinInt)
	}
}

// oldCommuneMost returns the most a reading of a pre-2025 commune
// without district under province reading base scores after positions:
// its match scores maxMatchScore at most, less scoreOldNoDistrict,
// which positions gives back at most (communeOfEitherEra,
// formerNameElsewhere raise it to a 2025 commune's reading that scores
// no more).
func oldCommuneMost(base *addrReading) int { return base.score + maxMatchScore }

// mixedCommuneMost returns the most a reading of a 2025 commune without
// district under pre-2025 province reading base scores after positions:
// its match less scoreMixedOldNew, and positions only lowers it
// (districtLevel, rereads).
func mixedCommuneMost(base *addrReading) int { return base.score + maxMatchScore + scoreMixedOldNew }

// newCommuneMost returns the most a reading of a 2025 commune without
// district under 2025 province reading base scores after positions: its
// match (communesAcross reads across a part for less), and positions
// only lowers it (districtLevel, rereads). It raises others, pre-2025
// communes of the same words under the province of before 2025 of that
// name (communeOfEitherEra, formerNameElsewhere), to its own score at
// most: below the floor, they stay below it.
func newCommuneMost(base *addrReading) int { return base.score + maxMatchScore }

// leaveOut reports whether run may leave out a search under a province
// whose readings score at most most after positions: they cannot count
// where most is below keepFloor's floor, as the readings withoutProvince
// leaves out cannot. Only the searches of communes without district under a
// province are left out so: of the rules of positions, such a
// reading is only raised, a pre-2025 commune's by communeOfEitherEra and
// formerNameElsewhere to a 2025 commune's reading under a 2025 province
// (oldCommuneMost), or lowered, a 2025 commune's by districtLevel and
// rereads (mixedCommuneMost, newCommuneMost), and it raises or lowers no
// other but to its own score (those rules
// change the readings of pre-2025 communes by 2025 communes under a 2025
// province, to the 2025 one's score, and of 2025 communes by districts;
// rereads reads districts);
// eraClash reads the readings kept, and fromElsewhere a 2025 commune's
// under a pre-2025 province when the best is a 2025 commune written bare
// (run checks, and reads again where a search of those was left out). Below
// the best score, it changes neither bestScore nor readCommune, and no
// second look follows (see keepFloor) that would read what its typo search
// passed by. The floor of the readings made so far may be above that of all
// (a district read later lowers a commune: districtLevel; a reading without
// commune may come to lead): run checks the floor of all, and reads again
// where it does not hold. TestLeaveOut holds the bound and the resolutions.
func (st *resolveState) leaveOut(most int) bool {
	if !st.leaving {
		return false
	}
	// the floor is addrCloseAlternates below the best score at most, and
	// none with nothing read: a search that may reach that is made
	// without asking keepFloor, whose look at the readings' districts
	// costs more than the loop for the best
	if best := st.bestScore(); best == math.MinInt || most >= best-addrCloseAlternates || most >= st.keepFloor(most) {
		return false
	}
	if !st.leftOut || most > st.leftMost {
		st.leftOut, st.leftMost = true, most
	}
	return true
}

// unreadBefore returns where the comma-separated part of province match
// pm starts when the words before its name there, up to start (see
// strayBefore), are to be passed over if they read as no unit: the part
// is not the first, and the province is not read by its initials (which
// stand only with a unit inside). Otherwise it returns start.
func (st *resolveState) unreadBefore(pm addrMatch, start int) int {
	if !st.multiSeg || pm.ini {
		return start
	}
	if first := addrSegFirst(st.toks, start); first > 0 {
		return first
	}
	return start
}

// sameLastWord reports whether two keys are the same word, asking the
// length and the first letter before the bytes: the word before a
// province's part is seldom the province's last.
func sameLastWord(a, b string) bool {
	return len(a) == len(b) && len(a) > 0 && a[0] == b[0] && a == b
}

// provinceCopy reports whether the part [first, start) right before the
// province's part is the province's name that ends at token j again, bare,
// word for word, as a form that adds the
// province picked to the text typed writes it ("Thị trấn Xuân Hòa, Huyện
// Hà Quảng, Cao Bằng, Cao Bằng"), or its last words, as people write the
// province short before its full name ("…, Hai Bà Trưng, Hà Nội, Thành
// phố Hà Nội", "…, Phú Mỹ, Vũng Tàu, Bà Rịa - Vũng Tàu"). belowProvince
// then reads the units below
// before the copy, which is no unit of the address, as well as before the
// province (where the copy reads as a district or commune named alike:
// "Phường Đề Thám, Thái Bình, Thái Bình" is in Thành phố Thái Bình,
// "Phường 7, Vũng Tàu, Bà Rịa - Vũng Tàu" in Thành phố Vũng Tàu). The
// readings compete; those that pass over the copy lose scoreProvinceCopy.
func (st *resolveState) provinceCopy(first, start, j int) bool {
	toks := st.toks
	return st.multiSeg && toks[start-1].seg != toks[start].seg &&
		(first == 0 || toks[first-1].seg != toks[first].seg) && toks[first].seg == toks[start-1].seg &&
		sameAddrKeys(toks, [2]int{first, start}, [2]int{j - (start - first), j})
}

// strayBefore returns where the part of the province read by pm starts
// when the words before it in its part are only stray letters and
// type words, which scans leave there ("TỉnhV Hà Giang", "T.u Trà Vinh",
// "Tỉnh D Nam Định"): the units below end before the part, not before
// the stray letter. Otherwise it returns i.
func (st *resolveState) strayBefore(pm addrMatch) int {
	toks, i := st.toks, pm.i
	first := addrSegFirst(toks, i)
	if first == i || first == 0 && !st.multiSeg || pm.ini {
		return i // no stray letters, or a province by its initials, which are letters too
	}
	for x := first; x < i; x++ {
		if t := toks[x]; t.num || len(t.key) > 1 && !addrProvWord(t.key) {
			return i
		}
	}
	return first
}

// addrProvWord reports a word of a province's type word ("tỉnh", "tp").
func addrProvWord(k string) bool {
	switch k {
	case "tinh", "tp", "thanh", "pho", "thanhpho":
		return true
	}
	return false
}

// districts adds the readings with a district matching f before base,
// and with a commune of it before that where they may score keep or
// more (see withoutProvince): a commune adds at most maxMatchScore.
func (st *resolveState) districts(base *addrReading, f addrFilter, adjust int, keep int) {
	dms := st.matches(base.start, f)
	for _, dm := range dms {
		r := *base
		r.dist, r.distAt, r.start = dm.u, [2]int{dm.i, dm.j}, dm.i
		r.distTyped = dm.typed
		r.score += dm.score + adjust
		r.conf *= dm.conf
		r.typo = r.typo || dm.typo
		r.short = dm.short
		if r.prov < 0 {
			r.prov = st.x.unit(dm.u).prov
		}
		r.lone = false // a commune inside confirms the district
		if r.score+maxMatchScore >= keep {
			mark := len(st.rs)
			st.communesAcross(&r, addrFilter{level: LevelCommune, parent: dm.u, parentVia: st.x.unit(dm.u).via, prov: -1, via: -1}, 0, 1)
			if len(st.rs) == mark {
				st.splitOff(r, dm) // no commune of its own: one of a district formed from it?
			}
			if len(st.rs) == mark && st.mixedMay(dm) {
				if base.prov >= 0 {
					// or a 2025 commune formed from its communes? (with
					// the province written, as forms write it)
					st.mixedCommunes(r, dm, false)
				}
				if len(st.rs) == mark {
					// the wider search, if nothing better is read
					// (mixedLook)
					st.mixedLater = append(st.mixedLater, mixedLater{r: r, dm: dm})
				}
			}
		}
		if dm.ini || dm.bare || dm.named || (base.lone && !dm.typed || dm.inner) && !st.districtStands(base, dm) {
			// a district's name alone is a street: "Hai Bà Trưng"; one
			// after other words of its part stands only with a commune,
			// or after a house or street (districtStands)
			continue
		}
		r.score += scoreNoCommune
		if !dm.typed && !dm.inner && st.inLongerName(dm, r.prov) {
			// with no comma, the end of a longer name of a unit of the
			// province written whole ("thôn 3 Tả Thanh Oai Hà Nội" names
			// Xã Tả Thanh Oai of Thanh Trì, not Huyện Thanh Oai), as
			// districtStands says of a name after other words of its
			// part: the district alone is read only if nothing else is
			r.score += scoreLongerName
		}
		if !dm.typed && st.emptyPartAfter(dm.j) {
			// "vĩnh Hưng, , Long An": the district's box left empty
			// after the name, which is the commune's
			r.score += scoreEmptyAfter
		}
		st.rs = append(st.rs, r)
	}
}

// mixedCommunes adds, when pre-2025 district match dm has no commune of
// its own (nor of a district formed from it) before r, the readings with
// a 2025 commune of the province its province went into that was formed
// of communes of it: since 1/7/2025 people write the new commune with
// the old district they still know ("Phường Sài Gòn, Quận 1, TP.HCM";
// Sài Gòn was formed from Bến Nghé, Đa Kao and Nguyễn Thái Bình, all of
// Quận 1). A commune formed only of communes of other districts is not
// read ("Phường Sài Gòn, Quận 3" stays the district with its commune
// unknown): one of the two names is wrong, and which cannot be told.
// One formed of communes of several districts is read as well when most
// of them were of the district written (Phường Cầu Giấy: 4 of its 6 of
// Quận Cầu Giấy, 2 of Nam Từ Liêm), and below 0.9 (mixedPartConf) when
// half or fewer were, as the part of it the district holds is small
// (Phường Hoàn Kiếm has 1 of its 14 of Quận Ba Đình, part of Điện Biên).
// It reads the commune as written right before the district; wide, as
// mixedLook asks, across a part of house or street too, and with one
// letter wrong.
func (st *resolveState) mixedCommunes(r addrReading, dm addrMatch, wide bool) {
	u := st.x.unit(dm.u)
	ss := st.x.successors(u.prov)
	if len(ss) != 1 {
		return
	}
	dist := st.ds.code(st.x, dm.u).n
	via := dist
	if u.via >= 0 {
		via = st.ds.code(st.x, u.via).n
	}
	mark := len(st.rs)
	f := addrFilter{level: LevelCommune, era: Era2025, parent: -1, parentVia: -1, prov: ss[0].to, via: -1, exact: true}
	if wide {
		// as written right before the district (asked already when
		// the province is written: the same matches), else across a
		// part of house or street, else with one letter wrong where
		// the part opens with a commune's type word and its words
		// name no unit ("Phường Sàj Gòn, Quận 1"; "Xã Phiêng Cằm,
		// Thành phố Phủ Lý" names a commune of elsewhere)
		// (the part before is where the commune goes: a bare name or
		// one after a commune's type word, not a hamlet's or house's)
		placed := st.bareBefore(r.start) >= 0 || st.typedBefore(r.start) >= 0
		live := st.liveRuns(r.start)
		if placed && live != 0 {
			st.communes(&r, f, scoreMixedOldNew, 1)
		}
		if len(st.rs) == mark {
			st.communesBeyond(&r, f, scoreMixedOldNew, 1)
		}
		if len(st.rs) == mark && placed && live == 0 && st.communeTyped(addrSegFirst(st.toks, r.start-1)) {
			f.exact = false
			st.communes(&r, f, scoreMixedOldNew, 1)
		}
	} else {
		if st.liveRuns(r.start) == 0 {
			return // no name ends before the district (asked for its communes already)
		}
		st.communes(&r, f, scoreMixedOldNew, 1)
	}
	kept := st.rs[:mark]
	for _, q := range st.rs[mark:] {
		if !q.commTyped && (addrSegFirst(st.toks, q.commAt[0]) != q.commAt[0] || st.toks[dm.i].seg == st.toks[q.commAt[0]].seg ||
			st.x.key(q.comm) == st.x.key(dm.u)) {
			// without its type word, after other words of its part,
			// in the district's part or with the district's name, it
			// is the district written twice ("Hợp Hưng Vụ Bản Vụ Bản,
			// Nam Định", "KRông Ana KRông Ana" for Huyện Krông A Na)
			// or the name of a hamlet or of the town the district
			// holds ("Bắc Giang Yên Dũng")
			continue
		}
		in, all := st.ds.predsIn(st.ds.code(st.x, q.comm).n, dist, via)
		if in == 0 {
			continue
		}
		if 2*in <= all {
			q.conf *= mixedPartConf
		}
		if st.commTypeOther(&q) {
			// the type word written is a commune's before it changed
			// (scoreCommTypeOther) only for a unit of that time, not for
			// a 2025 commune under a pre-2025 district: "TT. Cai Lậy,
			// Cai Lậy, Tiền Giang" is the town of before 2013, now parts
			// of several wards, not Phường Cai Lậy
			q.score -= scoreCommTypeOther
		}
		q.mixedEras = true
		if 2*in <= all && !dm.typed && !q.commTyped {
			st.districtNamedCommune(&q, r, dm, f)
		}
		kept = append(kept, q)
	}
	st.rs = kept
}

// districtNamedCommune lowers mixed reading q, of a 2025 commune under
// district match dm that held half or fewer of its predecessors, both
// written bare, to the score of the reading of the district with the
// commune unknown (base, the district read, with scoreNoCommune), when a
// 2025 commune of the province f asks for is named as the district is,
// as written: the text reads as well as that commune with the other name
// before it ("Xuân Đỉnh, Tây Hồ, Hà Nội": Phường Xuân Đỉnh, one of whose
// five was of Quận Tây Hồ, or somewhere in Phường Tây Hồ), and the
// district's communes, that one among them, tie with the mixed one rather
// than it be picked.
func (st *resolveState) districtNamedCommune(q *addrReading, base addrReading, dm addrMatch, f addrFilter) {
	for _, m := range st.matches(dm.j, f) {
		if m.i == dm.i && !m.typo && !m.short {
			q.score = min(q.score, base.score+scoreNoCommune)
			return
		}
	}
}

// mixedMay reports whether a 2025 commune may be read before pre-2025
// district match dm (mixedCommunes): the district is read by its name,
// as written, and with its type word or opening its part. A district's
// name after other words of its part, without its type word, is most
// often a street's: no commune is looked for before it.
func (st *resolveState) mixedMay(dm addrMatch) bool {
	return !dm.ini && !dm.bare && !dm.typo && dm.i > 0 && (dm.typed || addrSegStart(st.toks, dm.i)) &&
		st.x.unit(dm.u).Era() == EraPre2025
}

// A mixedLater is a reading of a pre-2025 district, before its
// commune, under which mixedCommunes found no 2025 commune as forms
// write it, and match dm of that district: mixedLook reads it wider.
type mixedLater struct {
	r  addrReading
	dm addrMatch
}

// mixedLook reads, when the resolution would name no commune, or name
// one by its name alone with neither province nor district,
// the 2025 communes written with the pre-2025 districts read
// (mixedLater) the wider way: with no province written ("40 Ngô Đức
// Kế, Phường Sài Gòn, Quận 1"; "TT. Ninh Hòa, Ninh Hòa", the thị trấn
// of Thị xã Ninh Hòa, Phường Ninh Hòa since 2025), across a part of
// house or street (communesAcross: "Phường Sài Gòn, 12 Lê Lợi, Quận
// 1"), and with one letter wrong (typos: "Phường Sàj Gòn, Quận 1"). Most
// addresses read a commune otherwise, and are not read again.
func (st *resolveState) mixedLook() {
	if len(st.mixedLater) == 0 {
		return
	}
	// only where the commune may lift the reading to the best score:
	// most are districts read in the words of another part
	best, may := st.bestScore(), false
	for k := range st.mixedLater { // by index: an entry is 176 bytes to copy
		may = may || st.mixedLater[k].r.score+maxMatchScore+scoreMixedOldNew >= best
	}
	if !may {
		return
	}
	commune, lone := false, true
	for i := range st.rs {
		if r := &st.rs[i]; r.score == best {
			commune, lone = commune || r.comm >= 0, lone && r.lone
		}
	}
	if commune && !lone {
		return
	}
next:
	for k := range st.mixedLater {
		ml := &st.mixedLater[k]
		if ml.r.score+maxMatchScore+scoreMixedOldNew < best {
			continue
		}
		for j := range st.mixedLater[:k] {
			// the same district at the same words, from another reading
			if o := &st.mixedLater[j]; o.dm.u == ml.dm.u && o.dm.i == ml.dm.i && o.r.score >= ml.r.score {
				continue next
			}
		}
		st.mixedCommunes(ml.r, ml.dm, true)
	}
}

// emptyPartAfter reports whether the part that ends at token e is
// followed by an empty one: two commas with nothing between, the box of
// a form left empty.
func (st *resolveState) emptyPartAfter(e int) bool {
	return e > 0 && e < len(st.toks) && st.toks[e].seg > st.toks[e-1].seg+1
}

// districtStands reports whether district match dm, with no commune of
// it before it, is the district although it follows other words of its
// part (inner) or the text names no province and no type word says it is
// a district (base.lone): it follows a house or street, as the place
// after them ("280 Quang Trung Gò Vấp", "đường 7 - Bình Tân"), not right
// after the house number or street word, where it is the street's name
// ("Số 12 Hai Bà Trưng", "Đường Hai Bà Trưng"), nor as the end of a
// longer name written whole (inLongerName). With no province it must
// also end the text, and no unit of another province may have its name:
// the words are that district or nothing (real-estate lists write the
// street and the district alone).
func (st *resolveState) districtStands(base *addrReading, dm addrMatch) bool {
	toks := st.toks
	if dm.typo || dm.i == 0 {
		return false
	}
	if first := addrSegFirst(toks, dm.i); first < dm.i {
		prev := toks[dm.i-1]
		if !looksAddrLocal(st.norm, toks, first) || prev.num || isAddrStreetWord(prev.key) && addrStreetWritten(st.norm, &prev) ||
			first+addrHouseAt(st.norm, toks, first) == dm.i {
			return false
		}
		// the end of a longer name of a unit of the province, written
		// whole ("đường Tả Thanh Oai" is named after Xã Tả Thanh Oai of
		// Thanh Trì, not after Huyện Thanh Oai)
		if !dm.typed && st.inLongerName(dm, base.prov) {
			return false
		}
	}
	if !base.lone {
		return true
	}
	// a match longer than any name (its type word and name written
	// twice: "Thành phố Thanh Hóa Thành phố Thanh Hóa") is filed under
	// no name
	if dm.j != len(toks) || dm.j-dm.i > addrMaxNameTokens {
		return false
	}
	sp, _ := st.spanNames(dm.i, dm.j)
	prov, named, elsewhere := st.x.unit(dm.u).prov, false, false
	for _, en := range st.x.entryRun(sp.name) {
		u := st.x.unit(en.unit)
		if u.Level() != LevelCommune {
			if u.Level() == LevelProvince || !st.x.sameProvince(u.prov, prov) {
				return false
			}
		} else if !st.x.sameProvince(u.prov, prov) {
			elsewhere = true
		}
		named = named || en.unit == dm.u
	}
	return named && (!elsewhere || st.afterHouseStreet(dm.i))
}

// commTypeOther reports whether the commune of q was read after a
// commune's type word, written out, of another type than its own: the
// reading scoreRead gave scoreCommTypeOther.
func (st *resolveState) commTypeOther(q *addrReading) bool {
	if !q.commTyped {
		return false
	}
	t := st.x.unit(q.comm).Type()
	for n := 1; n <= 3 && q.commAt[0]+n < q.commAt[1]; n++ {
		if ts, m := st.typeWordBefore(q.commAt[0] + n); m == n {
			return !ts.has(t) && ts&addrCommTypes != 0 && (n > 1 || len(st.toks[q.commAt[0]].key) > 1)
		}
	}
	return false
}

// afterHouseStreet reports whether token i opens a part that follows a
// part opening with a house number or a street word ("12 Thái Hà, Đống
// Đa", "Ngõ 122 Đường Láng, Đống Đa"): the place after a house and
// street, where a district's name is the district's even when communes
// of other provinces have it too (Phường Đống Đa of Vĩnh Yên and Quy
// Nhơn), as lists that write the street and the district alone mean it.
// A name after other words of its part, or after a part of other words
// ("Ấp Long Thành", "Lương Tây - Lương Sơn"), may be such a commune.
func (st *resolveState) afterHouseStreet(i int) bool {
	toks := st.toks
	if i == 0 || !addrSegStart(toks, i) {
		return false
	}
	first := addrSegFirst(toks, i-1)
	return addrHouseAt(st.norm, toks, first) > 0 || isAddrStreetWord(toks[first].key) && addrStreetWritten(st.norm, &toks[first])
}

// communes adds the readings with a commune matching f before base.
func (st *resolveState) communes(base *addrReading, f addrFilter, adjust int, conf float64) {
	cms := st.matches(base.start, f)
	for _, cm := range cms {
		if base.lone && !cm.typed {
			// A commune's name alone, without its type word, province
			// or district, is a street: "412 Nguyễn Văn Cừ", "Bà Triệu".
			continue
		}
		if cm.inner && base.dist < 0 && !looksAddrLocal(st.norm, st.toks, addrSegFirst(st.toks, cm.i)) {
			// After other words and before the province, a name is a
			// commune only after a house, street or hamlet ("Thôn 5 Tân
			// An, Hải Phòng"); "Huyên Ninh Giang", "Hy Gia Lâm" are
			// districts with their type word misspelt.
			continue
		}
		if !cm.typed && st.inLongerName(cm, base.prov) {
			continue
		}
		if base.dist < 0 && st.streetTail(cm) || base.dist >= 0 && st.houseStreet(cm) {
			continue
		}
		r := *base
		r.comm, r.commAt, r.start = cm.u, [2]int{cm.i, cm.j}, cm.i
		r.commTyped = cm.typed
		r.score += cm.score + adjust
		if !f.from.IsZero() && !st.ds.cameFromUnit(st.x, cm.u, f.from.n) {
			r.score += scoreMixedElsewhere
		}
		r.conf *= cm.conf * conf
		r.typo = r.typo || cm.typo
		r.short = r.short || cm.short
		if r.prov < 0 {
			r.prov = st.x.unit(cm.u).prov
		}
		st.rs = append(st.rs, r)
	}
}

// streetTail reports whether commune match m, in text with no comma, read
// without its type word and right before the province, ends the name of a
// street: the word before it is a street word ("Duong Ngo Quyen Hai
// Duong"), a family name ("đường triệu quang phục hải dương": Triệu Quang
// Phục), or the house number that opens the text ("255 Lĩnh Nam Hà Nội",
// read so with commas too, see score). With commas, innerName says as much;
// with no comma, no district after the name confirms it, and the street is
// as likely (a commune written so still reads with its type word or
// district). The street word must open the street (first, or after the
// house number): "Võ Văn Kiệt Vĩnh Phước" ends in kiệt, an alley's word
// too.
func (st *resolveState) streetTail(m addrMatch) bool {
	if st.multiSeg || m.typed || m.i == 0 {
		return false
	}
	p := m.i - 1
	if st.isAddrSurname(p) {
		return true
	}
	if st.toks[p].num && addrHouseAt(st.norm, st.toks, 0) == m.i {
		return true // "255 Lĩnh Nam Hà Nội"
	}
	return st.streetWordOpens(p)
}

// streetWordOpens reports whether token p is a street word ("đường",
// "phố", "ngõ": isAddrStreetWord, written as one, addrStreetWritten) that
// opens the street: first, or after the house number. The name after it
// is the street's.
func (st *resolveState) streetWordOpens(p int) bool {
	return len(st.toks[p].key) > 1 && isAddrStreetWord(st.toks[p].key) && addrStreetWritten(st.norm, &st.toks[p]) && (p == 0 || st.toks[p-1].num)
}

// houseStreet reports whether commune match m, in text with no comma,
// read without its type word, is the name of a street though a district
// follows, as it is with commas: a person's name (it opens with a family
// name) right after the house number that opens the text ("12 Trần Hưng
// Đạo Hoàn Kiếm Hà Nội"), or any name right after the street word that
// opens the street ("Đường Quang Trung TP Vinh Nghệ An", "12 Phố Quang
// Trung Hà Đông"). A ward named after a person is named after its
// street, which runs through other wards too; "số 4 Song Hồ Thuận Thành"
// still reads the commune, and so do a name that opens with the word
// ("Đường Lâm Sơn Tây") and one written twice, the street named after
// its ward and the ward ("Đường Tân Sơn Nhì Tân Sơn Nhì Tân Phú": repeat
// reads both in one match).
func (st *resolveState) houseStreet(m addrMatch) bool {
	if st.multiSeg || m.typed || m.i == 0 {
		return false
	}
	if st.toks[m.i-1].num {
		return addrHouseAt(st.norm, st.toks, 0) == m.i && st.isAddrSurname(m.i)
	}
	return st.streetWordOpens(m.i-1) && m.j-m.i == strings.Count(st.x.key(m.u), " ")+1
}

// communesAcross adds the readings with a commune matching f before
// base, as communes does, and when there is none right before it, the
// readings with a commune typed before a part of house, street or hamlet
// that stands between ("Phường Bến Nghé, 12 Lê Lợi, Quận 1": people
// write the ward first, then the street).
func (st *resolveState) communesAcross(base *addrReading, f addrFilter, adjust int, conf float64) {
	mark := len(st.rs)
	st.communes(base, f, adjust, conf)
	if len(st.rs) > mark {
		return
	}
	st.communesBeyond(base, f, adjust, conf)
}

// communesBeyond adds the readings with a commune matching f typed
// before a part of house, street or hamlet that stands right before
// base (communesAcross).
func (st *resolveState) communesBeyond(base *addrReading, f addrFilter, adjust int, conf float64) {
	mark := len(st.rs)
	toks, e := st.toks, base.start
	if e == 0 || e >= len(toks) || !addrSegStart(toks, e) {
		return
	}
	k := addrSegFirst(toks, e-1)
	// a letter alone opening the part is a type's more often than an
	// alley's ("H. Thường Xuân"), a number alone a district's
	if k == 0 || len(toks[k].key) == 1 && !toks[k].num || toks[k].num && k+1 == e || !looksAddrLocal(st.norm, toks, k) ||
		!st.communeTyped(addrSegFirst(toks, k-1)) || st.communeTyped(k) {
		return
	}
	r := *base
	r.start = k
	st.communes(&r, f, adjust+scoreAcrossPart, conf*0.9)
	// only a commune with its type word (the part before opens with
	// one): a name alone there is the street's or the hamlet's of
	// another address
	kept := st.rs[:mark]
	for _, q := range st.rs[mark:] {
		if q.commTyped {
			q.unread = [2]int{}
			kept = append(kept, q)
		}
	}
	st.rs = kept
}

// inLongerName reports whether commune match m, read without its type
// word, ends a longer name of another unit of its province, of either
// level and era, written with the words before it in its part: "Võ Quý
// Huân Bắc Từ Liêm Hà Nội" names the district Bắc Từ Liêm (until 2025),
// not the 2025 ward Từ Liêm. dropNameTails does the same among the units
// of one filter; the longer name here is another filter's, and its own
// reading stands. prov is the province read, -1 for none (then m's).
func (st *resolveState) inLongerName(m addrMatch, prov int32) bool {
	first := addrSegFirst(st.toks, m.i)
	if first == m.i {
		return false
	}
	if prov < 0 {
		prov = st.x.unit(m.u).prov
	}
	for x := m.i - 1; x >= first && m.j-x <= addrMaxNameTokens; x-- {
		sp, _ := st.spanNames(x, m.j)
		for k, en := range st.x.entryRun(sp.name) {
			u := st.x.unit(en.unit)
			if en.unit == m.u || u.Level() == LevelProvince || !st.x.sameProvince(u.prov, prov) {
				continue
			}
			if st.marked && st.nameFit(sp, k, x, m.j) == toneWrong {
				continue
			}
			return true
		}
	}
	return false
}

// sameProvince reports whether provinces a and b are one, or one of them
// went into the other in 2025.
func (x *nameIndex) sameProvince(a, b int32) bool {
	return a == b || x.wentInto(a, b) || x.wentInto(b, a)
}

// wentInto reports whether unit a went into unit b in 2025, whole or in
// part: b is one of a's successors.
func (x *nameIndex) wentInto(a, b int32) bool {
	for _, s := range x.successors(a) {
		if s.to == b {
			return true
		}
	}
	return false
}

// keepEnough is the least score above which run asks no more of
// keepFloor than that it is above (see keepFloor): withoutProvince adds
// no reading that may score more than a district's with a commune's
// without province, and run compares the floor with the most a search
// it left out could score.
func (st *resolveState) keepEnough() int {
	if st.leftOut {
		return max(scoreNoProvince+2*maxMatchScore, st.leftMost)
	}
	return scoreNoProvince + 2*maxMatchScore
}

// withoutProvince adds the readings of an address that names no province
// whose words end at token e, those that may score keep or more: a
// reading below keep cannot change the resolution (see keepFloor), and
// the searches that can only find such are not made. A district with a
// commune scores at most scoreNoProvince and two matches (maxMatchScore),
// and at most the district's match and one more (districts), a commune
// alone or a district alone less than one match more.
func (st *resolveState) withoutProvince(e int, keep int) {
	if scoreNoProvince+2*maxMatchScore < keep {
		return
	}
	base := addrReading{prov: -1, dist: -1, comm: -1, start: e, score: scoreNoProvince, conf: 0.8, lone: true}
	st.districts(&base, addrFilter{level: LevelDistrict, parent: -1, parentVia: -1, prov: -1, via: -1}, 0, keep)
	if scoreNoProvince+maxMatchScore < keep || !st.typedMayEnd(e) {
		return
	}
	st.communes(&base, addrFilter{level: LevelCommune, era: Era2025, parent: -1, parentVia: -1, prov: -1, via: -1}, 0, 1)
	// With neither province nor district nothing dates the address: a
	// commune of either era is as good a reading, and when they lead to
	// different places the resolution is ambiguous.
	st.communes(&base, addrFilter{level: LevelCommune, era: EraPre2025, parent: -1, parentVia: -1, prov: -1, via: -1}, 0, 0.9)
}

// typedMayEnd reports whether a commune may be read with its type word
// (addrMatch.typed) from a name that ends at token e, with no scope: the
// communes withoutProvince looks for stand only so (communes drops a
// lone reading's untyped matches), and most ends have no type word
// before any name, where the two searches of every commune of the
// country would find only matches dropped. Without a scope, findMatches
// makes typed matches only at the live runs (liveRuns) ending at e: by
// scoreRead, after a type word (typeWordBefore) or a damaged one of the
// unit's type (damagedTypeWordBefore: a commune's type is one of
// addrCommTypes, TestTypedMayEnd, and damagedTypeWordOf finds a word for
// a set of types wherever it finds one for a type of it), and by
// gluedTypeWord at a whole part whose first word may open with one
// (gluedTypeStart). Typos, initials and short forms need a scope.
func (st *resolveState) typedMayEnd(e int) bool {
	toks := st.toks
	for runs := st.liveRuns(e); runs != 0; runs &= runs - 1 {
		ni := e - (bits.TrailingZeros16(runs) + 1)
		if _, n := st.typeWordBefore(ni); n > 0 {
			return true
		}
		if _, n := st.damagedTypeWordOf(ni, addrCommTypes); n > 0 {
			return true
		}
		if addrSegStart(toks, ni) && addrSegEnd(toks, e) && gluedTypeStart(toks[ni].key) {
			return true
		}
	}
	return false
}

// maxMatchScore is the most a match scores (scoreRead, finishAt): the
// unit's level, its tones and type word as written, at the start of its
// part. Typos, initials, short forms and glued type words score less.
const maxMatchScore = scoreLevel + max(scoreFormer, 0) + scoreToneAgrees + scoreTypeAgrees + scoreSegmentStart

// keepFloor returns, in a first look (or a re-read other than the second
// look) whose readings so far (those under a province, underProvince)
// have a commune at their best score, the least score a further reading
// withoutProvince adds must have to change the resolution; math.MinInt
// otherwise, when any may. Such a reading (whose units end the text,
// with no province written) is below every reading so far in the order
// of the parts, and changes nothing but by its score:
//
//   - positions lowers a reading by at most its reread (rereads) and the
//     district reading a 2025 commune is levelled with (districtLevel),
//     and raises one to no more than another's score with the same
//     province written (communeOfEitherEra, formerNameElsewhere): the
//     best reading so far ends at least at the highest of their scores
//     so lowered, the floor, and a reading without province ends no
//     higher than it began. The rules that pair a reading so far with
//     another (readsAsDistrict, districtLevel, communeOfEitherEra,
//     formerNameElsewhere, eraClash, fromElsewhere) pair units at the
//     same tokens or under the same province written, and a reading
//     without province has neither: its units end the text, where the
//     province of a reading so far is.
//   - resolution drops every reading below the best score less
//     addrCloseAlternates before it ranks them, and so every reading
//     below the floor less that.
//   - below the best score, such a reading changes neither bestScore
//     nor readCommune (a commune at the best score), so no second look
//     follows (Resolve), where readings below the best would still count
//     by the typo searches they made (secondReadsMore).
//
// Where only whether the floor is above enough matters (the callers
// compare it with a score, enough the highest), keepFloor returns, once
// the readings positions leaves as they are put it above, that floor
// without looking at the others, which only raise it (most readings of
// an address with its district have one).
//
// TestKeepFloor holds the floor and the bounds of withoutProvince to the
// readings of the labelled addresses and of others made to be lowered.
func (st *resolveState) keepFloor(enough int) int {
	if st.second {
		return math.MinInt
	}
	// the readings positions leaves as they are first (those without
	// commune, or with a district), the others where they may raise it
	best, floor, commune := math.MinInt, math.MinInt, false
	for i := range st.rs {
		r := &st.rs[i]
		if r.score > best {
			best, commune = r.score, false
		}
		commune = commune || r.score == best && r.comm >= 0
		if r.comm < 0 || r.dist >= 0 {
			floor = max(floor, r.score)
		}
	}
	if !commune || best-addrCloseAlternates <= scoreNoProvince+maxMatchScore {
		return math.MinInt // withoutProvince would leave nothing out
	}
	if floor > math.MinInt && floor-addrCloseAlternates > enough {
		return floor - addrCloseAlternates
	}
	for i := range st.rs {
		if r := &st.rs[i]; r.score > floor && r.comm >= 0 && r.dist < 0 {
			low := st.districtLevel(r)
			if st.rereads(r) {
				low += scoreReread
			}
			floor = max(floor, low)
		}
	}
	return floor - addrCloseAlternates
}

// matches returns the units passing f whose name ends just before token e,
// each with its score: the name with the type word before it, if any,
// and the repeats of the part people type twice.
//
// The answer depends on e and f alone, and readings ask for the same
// one: the province of both eras ("TP HCM") for the 2025 communes of that
// province, or for the communes of a district both find. It is kept for
// the rest of the resolution: the slice returned is that kept, in
// memoed, which is only appended to, so that it stays valid and unchanged
// while the caller reads it and asks for more; the caller must not change
// it.
func (st *resolveState) matches(e int, f addrFilter) []addrMatch {
	if e <= 0 {
		return nil
	}
	// from weighs the readings communes makes of the matches, not the
	// matches: the 2025 communes of a province that kept its name are
	// asked for by its pre-2025 reading (from it) and by its 2025
	// reading (from none) at the same end, and one answer serves both
	// (TestMatchesIgnoreFrom)
	f.from = Code{}
	// the readings ask for a dozen filters at one end: each is kept in
	// one of memoWays chains there, by its tag
	tag := f.tag()
	at := e*memoWays + int(tag*0x9e3779b97f4a7c15>>(64-memoWayBits))
	for k := st.memoAt[at]; k > 0; k = st.memo[k-1].next {
		if m := &st.memo[k-1]; m.tag == tag && m.f == f && !(st.second && m.firstOnly) {
			return st.memoed[m.at : m.at+m.n : m.at+m.n]
		}
	}
	st.secondMay = false
	ms := st.findMatches(e, f) // at the end of memoed
	// written in its place, field by field: append builds it aside
	// and copies it
	k := len(st.memo)
	if k == cap(st.memo) {
		st.memo = slices.Grow(st.memo, 1)
	}
	st.memo = st.memo[:k+1]
	m := &st.memo[k]
	m.f, m.tag, m.at, m.n, m.next, m.firstOnly = f, tag, int32(len(st.memoed)-len(ms)), int32(len(ms)), st.memoAt[at], st.secondMay
	st.memoAt[at] = int32(k + 1)
	return ms
}

// memoWays is how many chains of matchesMemo an end has (resolveScratch.memoAt).
const (
	memoWayBits = 3
	memoWays    = 1 << memoWayBits
)

// A matchesMemo is an answer of matches kept in memoed: [at, at+n) for
// filter f; next is 1 + the place in memo of the one before in its
// chain at the same end, 0 for none. firstOnly marks an answer of the first look that the
// second may not give (see secondMay); the second look reads the others
// as they are.
type matchesMemo struct {
	f           addrFilter
	tag         uint64 // f.tag()
	at, n, next int32
	firstOnly   bool
}

func (st *resolveState) findMatches(e int, f addrFilter) []addrMatch {
	// The matches go at the end of st.memoed, where matches keeps them:
	// nothing findMatches calls asks for matches, which would write
	// there too.
	mark := len(st.memoed)
	out := st.memoed
	toks := st.toks
	whole := e // the first token of the longest run of words ending at e that names a unit passing f
	// the runs of words ending at e that may give a match, shortest first
	var runs uint16
	if f.level == LevelProvince {
		// every run, for the province's other writings
		runs = uint16(st.spansTo(e) >> 8 & 0xff)
	} else {
		runs = st.liveRuns(e)
	}
	for ; runs != 0; runs &= runs - 1 {
		n := bits.TrailingZeros16(runs) + 1
		ni := e - n
		found := len(out)
		sp := st.madeSpan(ni, e) // by spansTo
		es := st.x.entryRun(sp.name)
		for k := st.x.scopeFrom(es, 0, &f); k < len(es); k = st.x.scopeFrom(es, k+1, &f) {
			if u := es[k].unit; st.fromVia(u, &f) {
				fit := toneExact
				if st.marked {
					fit = st.unitFit(sp, u, ni, e)
				}
				if fit != toneWrong {
					whole = ni
				}
				// an entry of kindName is an alias where its key is not
				// the unit's (isAlias): TestNameIndexRespaces
				out = st.scoreRead(out, ni, e, u, f.level, es[k].alias, fit)
			}
		}
		// the other writings, out of line: most runs have none (for a
		// province, a letter alone and a name, or 2 to 4 letters)
		if f.level == LevelProvince {
			if n >= 2 && len(toks[ni].key) == 1 || n <= 2 && len(sp.key) >= n+1 && len(sp.key) <= n+3 {
				out = st.provinceWritings(out, ni, e, sp, found)
			}
		} else if len(out) == found && (sp.respaced[1] > sp.respaced[0] || addrSegStart(toks, ni) && addrSegEnd(toks, e)) {
			out = st.otherSpacings(out, ni, e, sp, &f)
		}
	}
	if whole < e-1 {
		out = dropNameTails(out, mark, whole)
	}
	if len(out) == mark && f.level == LevelDistrict && f.parent >= 0 {
		out = st.districtInitials(out, e, f)
		if len(out) == mark {
			out = st.districtShort(out, e, f)
		}
	}
	if len(out) == mark && f.parent >= 0 && (f.level == LevelDistrict || f.level == LevelCommune && st.x.unit(f.parent).Level() == LevelDistrict) {
		out = st.initialsGlued(out, e, f)
	}
	if len(out) == mark && !f.exact {
		out = st.typos(out, e, f)
	}
	st.memoed = out
	return out[mark:len(out):len(out)]
}

// otherSpacings appends the units passing f named by the words of
// tokens [ni, e), span sp, written with spaces other than the name's:
// "Hbông", "Ea Chà Rang" for Eachà Rang (respaced by liveRuns); else,
// where the words are a whole part, a type word glued to the name
// (gluedTypeWord). findMatches asks where the words name none.
func (st *resolveState) otherSpacings(out []addrMatch, ni, e int, sp *spanNames, f *addrFilter) []addrMatch {
	found := len(out)
	for _, u := range st.respaced[sp.respaced[0]:sp.respaced[1]] {
		if st.accept(u, *f) {
			out = st.score(out, ni, e, u, f.level, sp.key, -1)
		}
	}
	if toks := st.toks; len(out) == found && addrSegStart(toks, ni) && addrSegEnd(toks, e) && gluedTypeStart(toks[ni].key) {
		out = st.gluedTypeWord(out, ni, e, *f)
	}
	return out
}

// provinceWritings appends the provinces read from the words of tokens
// [ni, e), span sp, other than by their names (findMatches read those,
// from out[found:]): where they name none, after a letter alone
// (provinceAfterLetter), and by initials ("BD").
func (st *resolveState) provinceWritings(out []addrMatch, ni, e int, sp *spanNames, found int) []addrMatch {
	toks := st.toks
	n, key := e-ni, sp.key
	if n >= 2 && len(toks[ni].key) == 1 && !toks[ni].num && len(out) == found {
		out = st.provinceAfterLetter(out, ni, e, key)
	}
	// the words glued, whose hash the span holds (gluedHash), are
	// seldom a key (mayHold)
	if n <= 2 && len(key) >= 2+n-1 && len(key) <= 4+n-1 && !toks[ni].num && st.x.mayHold(sp.gluedHash) {
		glued := key
		if n == 2 {
			st.glued = append(append(st.glued[:0], toks[ni].key...), toks[ni+1].key...)
			glued = st.glued
		}
		for _, in := range st.x.entryRun(st.x.lookupHeld(kindInitials, glued, sp.gluedHash)) {
			m := addrMatch{i: ni, j: e, u: in.unit, score: scoreInitials, conf: 0.8, ini: true}
			if m.i == 0 || toks[m.i-1].seg != toks[m.i].seg {
				m.score += scoreSegmentStart
			}
			out = append(out, m)
		}
	}
	return out
}

// spanRuns returns the runs of words ending at token e that findMatches
// reads: bit n-1 for tokens [e-n, e), up to addrMaxNameTokens words of
// the segment of token e-1.
func (st *resolveState) spanRuns(e int) uint16 {
	toks := st.toks
	seg := toks[e-1].seg
	n := 1
	for n <= addrMaxNameTokens && e-n >= 0 && toks[e-n].seg == seg {
		n++
	}
	return 1<<(n-1) - 1
}

// liveRuns returns those of spanRuns(e) that may give a unit below the
// province: those whose words name units, or name units written with
// other spaces (respace), or may be a glued type word and a name
// (gluedTypeWord). Most runs of words are none of these, and the
// readings ask for matches at one end under many scopes: each skips the
// others without a look. Told once per end, by spansTo.
func (st *resolveState) liveRuns(e int) uint16 { return uint16(st.spansTo(e) & 0xff) }

// provinceAfterLetter appends the provinces read from tokens [ni, e)
// that start with a letter alone, when their words name none: the first
// word cut to its letter ("T.Giang", "B.Dương", kindAbbr), or a slip of
// the shift key ("THái Bình", "PHú Yên", "THừa Thiên Huế"), which the
// cleaning cut as a type letter and a name ("T. Hái Bình"): the letter
// joined to the next word names the province, or one of its other names.
// Either reads with less confidence.
func (st *resolveState) provinceAfterLetter(out []addrMatch, ni, e int, key []byte) []addrMatch {
	before := len(out)
	for _, ab := range st.x.lookup(kindAbbr, key) {
		out = st.score(out, ni, e, ab.unit, LevelProvince, key, -1)
	}
	if len(key) >= 3 && key[1] == ' ' && shiftSlipSecond(key[2]) {
		st.glued = append(append(st.glued[:0], key[0]), key[2:]...)
		for _, en := range st.x.lookup(kindName, st.glued) {
			if u := en.unit; st.x.unit(u).Level() == LevelProvince {
				out = st.score(out, ni, e, u, LevelProvince, key, -1)
			}
		}
	}
	for k := before; k < len(out); k++ {
		out[k].conf *= 0.9
	}
	return out
}

// shiftSlipSecond reports whether folded letter c may follow the first
// letter of a name's first word, a consonant (the type letter): a vowel,
// or the second letter of an onset (spell.OnsetSecond: ch, gh, kh, ng,
// nh, ph, th, tr; the u of qu and the i of gi are vowels). "T. Bình"
// cannot be one word. Any onset's second letter rather than those after
// the letter written: it reads the nicknames "S.G" and "B.RVT" too.
func shiftSlipSecond(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return spell.OnsetSecond(c)
}

// respace sets sp.respaced: the units whose key is key, the key of sp,
// with other spaces (nameIndex.appendRespaced). numbers says that the key
// ends in two numbers, which glued would be another: none then. Most
// runs of words need no look: their words glued are no key (the filter
// of keys, mayHold), or they are a unit's name that the index knows
// names no other unit so glued (respacesOthers): most respaced names are
// those of the units named key, read already ("Tân Thạnh" of seventy
// units), which respace leaves out.
func (st *resolveState) respace(sp *spanNames, key []byte, numbers bool) {
	at := int32(len(st.respaced))
	if !numbers && st.x.mayHold(sp.gluedHash) && (sp.name[1] == sp.name[0] || st.x.respacesOthers(sp.name[0])) {
		st.respaced = st.x.appendRespaced(st.respaced, key, int(sp.glen), sp.gluedHash, sp.name)
	}
	sp.respaced, sp.glued = [2]int32{at, int32(len(st.respaced))}, true
}

// addrGluedTypes are the type words that people glue, without tones, to
// the name that follows ("xavanninh", "huyenmuong cha", "xđan phượng"),
// or in capitals, where no case tells the name's start ("TPTHỦ ĐỨC",
// "TXPHÚ MỸ"), longest first; the name is one of that type.
var addrGluedTypes = [...]struct {
	word  string
	types addrTypes
}{
	{"phuong", 1 << TypeWard},
	{"huyen", 1 << TypeRuralDistrict},
	{"quan", 1 << TypeUrbanDistrict},
	{"xa", 1 << TypeCommune},
	{"tp", 1<<TypeProvincialCity | 1<<TypeMunicipalCity},
	{"tx", 1 << TypeTown},
	{"tt", 1 << TypeTownship},
	{"x", 1 << TypeCommune},
}

// gluedTypeStart reports whether key may open with one of addrGluedTypes
// and a name: a cheap look before gluedTypeWord's, made for every part.
// A Vietnamese syllable has a vowel after its x, so x and a consonant is a
// type letter glued ("xđan"), and no syllable opens with tp, tx or tt;
// the type words alone are too short.
func gluedTypeStart(key string) bool {
	switch {
	case len(key) < 3:
		return false
	case key[0] == 't':
		return len(key) >= 4 && (key[1] == 'p' || key[1] == 'x' || key[1] == 't')
	case key[0] == 'x':
		return key[1] == 'a' && len(key) >= 4 || !isFoldedVowel(key[1])
	case key[0] == 'p':
		return len(key) >= 8 && key[1] == 'h' && strings.HasPrefix(key, "phuong")
	case key[0] == 'h':
		return len(key) >= 7 && strings.HasPrefix(key, "huyen")
	case key[0] == 'q':
		return len(key) >= 6 && strings.HasPrefix(key, "quan")
	}
	return false
}

// gluedTypeWord appends the units passing f named by tokens [ni, e), a
// whole part, when the first word opens with a type word glued
// to the name, which is that type's: "XATRATAP" is Xã Trà Tập. Only where
// the words as written name nothing ("xaluong" is Xa Lương's name
// glued), and with the tones, if any, left unread.
func (st *resolveState) gluedTypeWord(out []addrMatch, ni, e int, f addrFilter) []addrMatch {
	first := st.toks[ni].key
	for _, g := range addrGluedTypes {
		rest, ok := strings.CutPrefix(first, g.word)
		if !ok || len(rest) < 2 || st.toks[ni].num {
			continue
		}
		key := append(st.tyKey[:0], rest...)
		for x := ni + 1; x < e; x++ {
			key = append(append(key, ' '), st.toks[x].key...)
		}
		st.tyKey = key
		found := len(out)
		for _, kind := range [...]uint8{kindName, kindGlued} {
			if kind == kindGlued {
				key = dropAddrSpaces(append(st.glued[:0], key...))
				st.glued = key
			}
			for _, en := range st.x.lookup(kind, key) {
				u := st.x.unit(en.unit)
				if en.alias || !st.accept(en.unit, f) || !g.types.has(u.Type()) {
					continue
				}
				m := addrMatch{i: ni, j: e, u: en.unit, score: scoreLevel + scoreTypeAgrees, conf: 0.85, typed: true}
				if u.former {
					m.score += scoreFormer
					m.conf *= 0.9
				}
				out = st.finish(out, m)
			}
		}
		if len(out) > found {
			return out
		}
	}
	return out
}

// dropNameTails drops from out[mark:] the matches read without a type
// word that start after token whole, where a longer name of a unit in
// the same scope starts: a name inside a longer one is not that name
// ("Thôn Toàn Thắng" is not Thị trấn Thắng, "Song Hồ" not Phường Hồ).
// Most calls drop none: the matches are read in place up to the first
// dropped, and only those after it are moved.
func dropNameTails(out []addrMatch, mark, whole int) []addrMatch {
	for k := mark; k < len(out); k++ {
		if m := &out[k]; m.i > whole && !m.typed {
			kept := out[:k]
			for _, m := range out[k+1:] {
				if m.i > whole && !m.typed {
					continue
				}
				kept = append(kept, m)
			}
			return kept
		}
	}
	return out
}

// districtInitials appends the districts of the province f.parent whose
// names' initials are the word of capitals that ends at e, alone in its
// part or after a district's type word: "P5, BT, TP. Hồ Chí Minh" is Quận
// Bình Thạnh or Bình Tân, "Q.TB" Quận Tân Bình. The part ends there, or the
// province follows in it, the type word then inside the part ("P12 Q.BT
// TPHCM", written without commas: provinceNext). Initials are shared often,
// so such a district counts only with a commune of it written before it
// (see districts), which picks one.
//
// The initials may carry Đ ("TP ĐBP": Điện Biên Phủ), and a city's or
// town's type word may be glued before them, in capitals too ("P1,
// TPVL, Vĩnh Long": Thành phố Vĩnh Long; "TXBM": Thị xã Bình Minh), as
// post-office and telecom lists write them; glued so, only a district of
// that type is read. Written so, with the type word, they may end the
// part of the commune ("P. Mường Thanh TPĐBP, Điện Biên", "Phường 1 TP
// VL, Vĩnh Long"), which the commune read before them confirms.
func (st *resolveState) districtInitials(out []addrMatch, e int, f addrFilter) []addrMatch {
	toks := st.toks
	t := toks[e-1]
	next := st.provinceNext(e, f.parent)
	if !addrSegEnd(toks, e) && !next || len(t.key) < 2 || len(t.key) > 5 || t.num {
		return out
	}
	ini, glued := t.key, TypeUnknown
	if len(ini) > 3 {
		switch ini[:2] {
		case "tp":
			glued = TypeProvincialCity
		case "tx":
			glued = TypeTown
		default:
			return out
		}
		ini = ini[2:]
	}
	if !addrCapitalLetters(st.norm[t.start:t.end]) {
		return out
	}
	i := e - 1
	if glued == TypeUnknown && !addrSegStart(toks, i) {
		ts, n := st.typeWordBefore(i)
		if n == 0 || ts&addrDistTypes == 0 {
			return out
		}
		i -= n
	}
	for _, u := range st.x.kids(f.parent) {
		du := st.x.unit(u)
		if du.Level() != LevelDistrict || glued != TypeUnknown && du.Type() != glued && (glued != TypeProvincialCity || du.Type() != TypeMunicipalCity) ||
			!initialsAre(st.x.key(u), ini) {
			continue
		}
		m := addrMatch{i: i, j: e, u: u, score: scoreInitials, conf: 0.8, ini: true, typed: i < e-1 || glued != TypeUnknown}
		out = st.finish(out, m)
	}
	return out
}

// addrCapitalLetters reports whether w is written in capital letters of
// the alphabet only, Đ among them.
func addrCapitalLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			continue
		}
		if strings.HasPrefix(w[i:], "Đ") {
			i++
			continue
		}
		return false
	}
	return true
}

// districtShort appends the districts of the province f.parent whose
// name the part that ends at e writes with its first words cut to their
// letter, each marked so by a dot or a slash, and the rest whole: "Q.Đ.Đa"
// (Đống Đa), "Q. H.B.Trưng" (Hai Bà Trưng), "TX.B.Cát" (Bến Cát), "C/Giấy"
// (Cầu Giấy), as shop and form addresses shorten them. The name follows a
// district's type word, or is cut by a slash ("F.Dịch Vọng C/Giấy Hà
// Nội"), or is its part whole; the words written whole must be the
// name's last words, with their tones where written.
// A short form is not a name: it reads at 0.8 and says so
// (FlagShortForm), and where several districts of the province fit it
// ("Q.B.Thạnh": Bình Thạnh; "Q.B.Tân" would be Bình Tân alone, but
// "Q.T.Phú" fits none or several), each counts only with a commune of it
// written before it (as initials do, see districts), so that none is
// picked for the text alone.
func (st *resolveState) districtShort(out []addrMatch, e int, f addrFilter) []addrMatch {
	toks, norm := st.toks, st.norm
	if t := toks[e-1]; len(t.key) < 2 || t.num {
		return out
	}
	s := addrSegFirst(toks, e-1)
	slash := func(t addrToken) bool { return len(t.key) == 1 && t.end < len(norm) && norm[t.end] == '/' }
	cutWord := func(t addrToken) bool { return len(t.key) == 1 && !t.num && (t.dot || slash(t)) }
	// from the end: the words written whole, then the letters cut before
	// them; most parts have none and are let go here
	w := e - 1 // the first word written whole
	for w > s && len(toks[w-1].key) >= 2 && !toks[w-1].num {
		w--
	}
	if w == s || !cutWord(toks[w-1]) {
		return out
	}
	i := w - 1
	for i > s && cutWord(toks[i-1]) {
		i--
	}
	// one letter, a type word's: "P. Tân Định", "H.Thanh Hà", and
	// "T.Bình" is as well a province's short form (Thái Bình), a
	// district's only as a part of its own before the province read and
	// with a commune of it ("Phường 12, T.Bình, TPHCM"), not a province
	// written twice ("Xã Đông La, T.Bình, Thái Bình"); after a
	// district's type word ("Q T.Đức", "Huyện T.Xuân") the letter is
	// the name's, cut short
	typeLetter := i == w-1 && !slash(toks[i]) && isAddrTypeLetter(toks[i].key)
	if typeLetter && !(toks[i].key == "t" && i == s && addrSegEnd(toks, e)) {
		if t, n := st.typeWordBefore(i); n == 0 || t&addrDistTypes == 0 {
			return out
		}
	}
	// the district's type word before the letters, or its letter first
	// among them ("Q.Đ.Đa"); else the letters open the part, or one is
	// cut by a slash ("Dịch Vọng C/Giấy", inside its part), or the
	// province follows in the same part ("Phường 12 B.Thạnh TPHCM",
	// written without commas: provinceNext), where such a district
	// counts only with a commune of it before it, as initials do
	next := st.provinceNext(e, f.parent)
	start := i
	var ts addrTypes
	if uw, ok := addrUnitWordAt(norm, toks, i); ok && len(uw.words) == 1 && i+1 < w && uw.kinds&addrDistTypes != 0 {
		ts, i = uw.kinds, i+1
	} else if t, n := st.typeWordBefore(i); n > 0 {
		if t&addrDistTypes == 0 {
			return out
		}
		ts, start = t, i-n
	} else if i > s && !slash(toks[i]) && !next {
		return out
	}
	cut, n := w-i, e-i
	if n > 4 || ts == 0 && !slash(toks[i]) && !addrSegEnd(toks, e) && !next {
		// letters that open a part are a district's only where they
		// end it too, or where the province follows
		return out
	}
	var found [4]int32
	nf := 0
	for _, u := range st.x.kids(f.parent) {
		if st.x.unit(u).Level() != LevelDistrict || !shortNameIs(st.x.key(u), toks[i:e], cut) {
			continue
		}
		if st.marked {
			tone := st.x.tone(u)
			for range cut {
				_, tone, _ = strings.Cut(tone, " ")
			}
			if st.toneFit(w, e, tone) == toneWrong {
				continue
			}
		}
		if nf == len(found) {
			return out
		}
		found[nf] = u
		nf++
	}
	for _, u := range found[:nf] {
		m := addrMatch{i: start, j: e, u: u, score: scoreLevel + scoreShortForm, conf: 0.8, ini: nf > 1 || typeLetter || next && ts == 0 && start > s,
			typed: ts != 0, inner: ts == 0 && start > s, short: true}
		if ts != 0 && ts.has(st.x.unit(u).Type()) {
			m.score += scoreTypeAgrees
		}
		out = st.finish(out, m)
	}
	return out
}

// provinceNext reports whether the province p (a unit of the index) is
// the one whose units belowProvince reads, and its name follows token
// e-1 in the same part: "Phường 12 B.Thạnh TPHCM", written without
// commas, where a district's short form ends where the province starts.
func (st *resolveState) provinceNext(e int, p int32) bool {
	return st.below[0] == p+1 && int(st.below[1]) == e && e < len(st.toks) && st.toks[e].seg == st.toks[e-1].seg
}

// initialsGlued appends the one unit of f.parent (a province's
// district, a district's commune) whose name the words that end at e
// write with its first words cut to their letters, glued in one word of
// consonants, and the rest whole: "P.BH Hòa B" (Bình Hưng Hòa B),
// "BHHòa B", and with the last word glued to them, "p hbphước" (Hiệp
// Bình Phước), "hbtrung" (Hai Bà Trưng), as hurried forms write them.
// The words are a part of their own or follow a type word of the level
// (or, for a district, end where the province starts: provinceNext).
// A short form is not a name: it reads at 0.8 and says so
// (FlagShortForm); a district so read counts only with a commune of it
// written before it, as initials do, and where two units fit none is.
func (st *resolveState) initialsGlued(out []addrMatch, e int, f addrFilter) []addrMatch {
	toks := st.toks
	// most parts have no word that opens with two consonants that are
	// not an onset: let go before anything else is asked
	i := e - 1
	for ; i >= 0 && i >= e-3 && toks[i].seg == toks[e-1].seg; i-- {
		if !toks[i].num && consonantsLead(toks[i].key) {
			break
		}
	}
	if i < 0 || i < e-3 || toks[i].seg != toks[e-1].seg {
		return out
	}
	next := false
	if !addrSegEnd(toks, e) {
		if next = f.level == LevelDistrict && st.provinceNext(e, f.parent); !next {
			return out
		}
	}
	s := addrSegFirst(toks, e-1)
	for ; i >= s && i >= e-3; i-- {
		if toks[i].num || !consonantsLead(toks[i].key) {
			continue
		}
		start := i
		var ts addrTypes
		if !addrSegStart(toks, i) {
			t, n := st.typeWordBefore(i)
			switch {
			case n > 0 && t&levelTypes(f.level) != 0:
				ts, start = t, i-n
			case !next:
				continue
			}
		}
		found, nf := int32(-1), 0
		for _, u := range st.x.kids(f.parent) {
			if st.x.unit(u).Level() != f.level || !st.accept(u, f) || !gluedInitialsAre(st.x.key(u), toks[i:e]) {
				continue
			}
			if found < 0 || st.x.same(found) != st.x.same(u) {
				nf++
			}
			found = u
		}
		if nf != 1 {
			continue
		}
		m := addrMatch{i: start, j: e, u: found, score: scoreLevel + scoreShortForm, conf: 0.8,
			ini: f.level == LevelDistrict, typed: ts != 0, inner: ts == 0 && start > s, short: true}
		if ts != 0 && ts.has(st.x.unit(found).Type()) {
			m.score += scoreTypeAgrees
		}
		return st.finish(out, m)
	}
	return out
}

// consonantsLead reports whether word k opens with two letters that are
// no vowel and no onset of a Vietnamese word (th, nh, ng, ch, tr, ph,
// kh, gh, gi, qu): the letters of several words, not a word.
func consonantsLead(k string) bool {
	if len(k) < 2 || !isLatinConsonant(k[0]) || !isLatinConsonant(k[1]) {
		return false
	}
	switch k[:2] {
	case "th", "nh", "ng", "ch", "tr", "ph", "kh", "gh", "gi", "qu":
		return false
	}
	return true
}

// isLatinConsonant reports whether b is a small Latin letter other than
// a vowel (a, e, i, o, u, y).
func isLatinConsonant(b byte) bool {
	switch b {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return false
	}
	return b >= 'a' && b <= 'z'
}

// gluedInitialsAre reports whether toks write key with its first words
// cut to their letters, glued in the first token: the letters of two
// words or more, then the other words whole, each a token ("bh", "hoa",
// "b" for "binh hung hoa b") or the last glued to the letters ("hbphuoc"
// for "hiep binh phuoc").
func gluedInitialsAre(key string, toks []addrToken) bool {
	first := toks[0].key
	if len(toks) == 1 {
		// the letters of all words but the last, then the last whole
		sp := strings.LastIndexByte(key, ' ')
		if sp < 0 {
			return false
		}
		last := key[sp+1:]
		k := len(first) - len(last)
		if k < 2 || first[k:] != last {
			return false
		}
		return initialsAre(key[:sp], first[:k])
	}
	// the letters of the first len(first) words, then each word a token
	rest := key
	for x := range len(first) {
		w, r, ok := strings.Cut(rest, " ")
		if !ok || w[0] != first[x] {
			return false
		}
		rest = r
	}
	for _, t := range toks[1 : len(toks)-1] {
		w, r, ok := strings.Cut(rest, " ")
		if !ok || w != t.key {
			return false
		}
		rest = r
	}
	return rest == toks[len(toks)-1].key
}

// shortNameIs reports whether key has the words of toks, the first cut of
// them written as their first letter: "dong da" and "d", "da".
func shortNameIs(key string, toks []addrToken, cut int) bool {
	if last := toks[len(toks)-1].key; len(key) <= len(last) || !strings.HasSuffix(key, last) || key[len(key)-len(last)-1] != ' ' {
		return false
	}
	for k, t := range toks {
		w, rest, _ := strings.Cut(key, " ")
		if w == "" || k < cut && w[0] != t.key[0] || k >= cut && w != t.key {
			return false
		}
		key = rest
	}
	return key == ""
}

// initialsAre reports whether the words of key start with the letters
// of ini, one each: "binh thanh" and "bt".
func initialsAre(key, ini string) bool {
	n := 0
	for w := range strings.FieldsSeq(key) {
		if n == len(ini) || w[0] != ini[n] {
			return false
		}
		n++
	}
	return n == len(ini)
}

// typos appends, when no name ends at e, the one unit passing f whose
// name is one edit (a letter inserted, missing, replaced, or two swapped)
// from the part that ends at e, when the name has 5 letters or more and
// the scope is established: a province (among the provinces), the units
// of a province or district already read. The part must start its
// segment or follow a type word; the match is marked as a typo and
// scores and weighs less.
func (st *resolveState) typos(out []addrMatch, e int, f addrFilter) []addrMatch {
	if !(f.level == LevelProvince || f.parent >= 0 || f.prov >= 0 || f.anywhere && f.level == LevelDistrict) {
		return out
	}
	var pools []listRun // made for the first run of words that calls for them
	toks := st.toks
	seg := toks[e-1].seg
	// A province that ends the text is where a province goes, with or
	// without a comma or type word before it ("Nậm Tin  Diện Biên"): when
	// no part that starts its segment or follows a type word is one edit
	// from a province, a run of whole words that ends the text may be.
	relaxed := f.level == LevelProvince && e == len(toks)
	for n, pass := 1, 0; pass < 2; n++ {
		if n > addrMaxNameTokens || e-n < 0 || toks[e-n].seg != seg {
			if pass++; !relaxed {
				break
			}
			n = 0
			continue
		}
		ni := e - n
		start := addrSegStart(toks, ni)
		if pass == 1 && (start || toks[ni].glued) {
			continue // tried, or the end of a word
		}
		// the runs of words ending at e are made (findMatches: spansTo)
		sp := st.madeSpan(ni, e)
		g := st.typoGate(sp, ni, e)
		if g&typoReads == 0 {
			// a number leads, or short: asked before the type word, as
			// every step gives up here wherever the run starts, and so
			// would a second look's (typoMayFind), which need not be
			// told of it (passed, secondMay)
			continue
		}
		inner := false // found where only a second look reads (typoReaches)
		if pass == 0 && !start {
			if _, w := st.typeWordBefore(ni); w == 0 {
				// where the search would give up before it reads a pool
				// (typoMayFind) it passes by, whether typoReaches lets it
				// look or not: asked first, as it costs less
				twoScope := f.level == LevelProvince || f.parent >= 0
				if inner = st.second && st.typoMayFind(ni, e, twoScope) && st.typoReaches(ni, f.level); !inner {
					if !st.second {
						st.passed = append(st.passed, passedRun{ni: int32(ni), e: int32(e), f: f, twoScope: twoScope})
					}
					st.secondMay = st.secondMay || !st.second
					continue
				}
			}
		}
		key := sp.key
		u, ok := st.typoOneEdit(sp, &pools, ni, e, f)
		two := false
		if long := twoEditsMay(g&typoLong != 0, f); !ok && st.second && long {
			// twoEdits, which gives up at once where twoEditsMay is
			// false, as it mostly is (short, or no scope to read)
			st.twoAt = [2]int{ni, e}
			u, ok = st.twoEdits(st.typoPoolsOnce(&pools, f), key, f)
			two = ok
		} else if !ok && !st.second && long {
			st.secondMay = true
			st.twoSites = append(st.twoSites, twoSite{ni: int32(ni), e: int32(e), f: f})
		}
		if ok && inner && !st.innerTypoFits(ni, e, u) {
			continue
		}
		if ok {
			// every unit of that name: a commune and its record before a
			// change of type ("Xã Hiệp An" became a phường), or two
			// communes of one name in a province, which the type word
			// written or a tie sorts out
			before := len(out)
			out = st.scoreNamesakes(out, ni, e, u, f, key)
			adjust := scoreTypo
			if st.slip {
				adjust += scoreToneSlip
				st.slip = false
			}
			named := st.slipNamed
			st.slipNamed = false
			for k := before; k < len(out); k++ {
				out[k].typo = true
				out[k].named = named
				out[k].score += adjust
				out[k].conf *= 0.8
				if two {
					out[k].score += scoreTwoEdits
					out[k].conf *= twoEditConf
					if f.level == LevelProvince {
						st.twoProv = append(st.twoProv, out[k].u)
					}
				}
			}
			return out
		}
	}
	return out
}

// typoOneEdit returns the one unit passing f the typo search finds one
// edit from the words of sp, tokens [ni, e), that pass its gate
// (typoGate), or spelt as they are with other tones; pools are the
// search's, made by typoPoolsOnce where nil.
func (st *resolveState) typoOneEdit(sp *spanNames, pools *[]listRun, ni, e int, f addrFilter) (u int32, ok bool) {
	if sp.name[1] > sp.name[0] {
		// The words spell a name, not one edit from another: one
		// with other tones than those written, misread by a scan
		// ("Sìn Hổ" for Sìn Hồ), when it is the only unit of the
		// scope so spelt.
		u, ok = st.toneSlip(sp, ni, e, f)
	} else if st.spanNearFor(sp, f.level) {
		u, ok = st.typo(st.typoPoolsOnce(pools, f), sp.key, f)
	}
	if !ok {
		// Keys write a word's last y as i after a consonant ("Thy"
		// is "thi"); the letter left out may be the one that kept
		// it a y: "Sơn Thy" is Sơn Thủy ("son thuy").
		if finalIIn(st.toks[ni:e]) {
			if y := st.spanYKeyFor(st.madeSpan(ni, e), f.level); y != nil {
				u, ok = st.typo(st.typoPoolsOnce(pools, f), y, f)
			}
		}
	}
	return u, ok
}

// typoMayFind reports whether the steps of typos after the start of the
// run (typoReaches) may find a unit at the words of tokens [ni, e), read
// as the first look read them, for a filter of twoEditsMay's scope
// (twoScope): false where each gives up before it reads a pool (a
// number leads, less than five letters, no name with other tones to
// read in marked text, no name one edit from the words or from them
// with their last i written y, too short or no scope for twoEdits), as
// most do.
func (st *resolveState) typoMayFind(ni, e int, twoScope bool) bool {
	sp, _ := st.spanNames(ni, e)
	g := st.typoGate(sp, ni, e)
	if g&typoReads == 0 {
		return false
	}
	return sp.name[1] > sp.name[0] && st.marked || st.spanNear(sp) || finalIIn(st.toks[ni:e]) && st.spanYKey(sp) != nil ||
		twoScope && g&typoLong != 0
}

// The typo search reads the run of words of tokens [ni, e) for each
// filter asked at e, a dozen in some texts, and what it asks of the words
// alone before it reads a pool is the same for all: typoGate asks it once
// per run, kept in its spanNames.
const (
	typoReads = 1 << iota // no number leads and 5 letters or more: the search reads the run
	typoLong              // twoEditMinLetters-1 letters or more: twoEdits may read it (twoEditsMay)
	typoAsked             // the gate is made
)

// typoGate returns the typo search's gate of sp, the run of words of
// tokens [ni, e): typoReads, typoLong.
func (st *resolveState) typoGate(sp *spanNames, ni, e int) uint8 {
	if sp.gate == 0 {
		sp.gate = st.makeTypoGate(sp, ni, e)
	}
	return sp.gate
}

// makeTypoGate makes typoGate's answer, asked once per run.
func (st *resolveState) makeTypoGate(sp *spanNames, ni, e int) uint8 {
	// not a letter counted where the key without spaces is short, as
	// most runs of one word are
	if sp.glen < 5 {
		return typoAsked
	}
	g := uint8(typoAsked)
	// the letters counted once, up to the most either asks
	if n := countLetters(sp.key, max(5, twoEditMinLetters-1)); n >= 5 && !numberLeads(st.toks, ni, e) {
		g |= typoReads
		if n >= twoEditMinLetters-1 {
			g |= typoLong
		}
	}
	return g
}

// toneSlip returns the one unit of pools passing f whose key is key, the
// key of tokens [ni, e) (whose names are sp), and whose tones are not
// those written. It returns false when the words, tones and all, are the
// name of some unit anywhere ("Trung Tú, Đống Đa" may mean Trung Tú of
// Ứng Hòa, out of place: it is not Trung Tự; a district so written it
// returns, with st.slipNamed set, to stand only with a commune of it),
// when units of that key in
// the scope have other tones (which one was misread is not known), when
// there is none, or when the text carries no tones at all (then tones
// were never compared). It sets st.slip: score leaves the tones written
// aside for the matches it makes.
func (st *resolveState) toneSlip(sp *spanNames, ni, e int, f addrFilter) (int32, bool) {
	found := int32(-1)
	if !st.marked {
		return -1, false
	}
	// a name as written, of some other unit: "Trung Tú" is not Trung
	// Tự. A district so read stands only with a commune of it inside
	// ("Mỹ Phong, Phú Mỹ, Bình Định": Phú Mỹ is no district of Bình
	// Định, Mỹ Phong is a commune of Phù Mỹ), which is asked only of a
	// district found below
	if f.level != LevelDistrict && st.namedAsWritten(sp, ni, e) {
		return -1, false
	}
	for _, o := range st.spelt(sp, f) {
		u := int32(uint32(o))
		if st.toneFit(ni, e, st.x.tone(u)) != toneWrong {
			return -1, false // read as written, and left for other reasons
		}
		if found >= 0 && st.x.same(found) != st.x.same(u) && st.x.tone(found) != st.x.tone(u) && !st.x.unit(found).former && !st.x.unit(u).former {
			return -1, false
		}
		if found < 0 || st.x.unit(found).former && !st.x.unit(u).former {
			found = u
		}
	}
	st.slip = found >= 0
	st.slipNamed = st.slip && f.level == LevelDistrict && st.namedAsWritten(sp, ni, e)
	return found, found >= 0
}

// namedAsWritten reports whether the words of tokens [ni, e), whose
// names are sp, are the name of some unit with the tones written.
func (st *resolveState) namedAsWritten(sp *spanNames, ni, e int) bool {
	for k := range st.x.entryRun(sp.name) {
		if st.nameFit(sp, k, ni, e) != toneWrong {
			return true
		}
	}
	return false
}

// typoPoolsOnce returns *pools, made by typoPools(f) where nil: the
// typo search makes them only for a run of words that may be one edit
// from a name, or spells one.
func (st *resolveState) typoPoolsOnce(pools *[]listRun, f addrFilter) []listRun {
	if *pools == nil {
		*pools = st.typoPools(f)
	}
	return *pools
}

// typoPools returns the runs of nameIndex.lists that the typo search
// for f reads in turn, as one list: the scope established.
func (st *resolveState) typoPools(f addrFilter) []listRun {
	pools := st.pools[:0]
	switch {
	case f.level == LevelProvince:
		pools = append(pools, st.x.provinces)
	case f.parent >= 0:
		pools = append(pools, st.x.kidsRun(f.parent))
		if f.parentVia >= 0 {
			pools = append(pools, st.x.kidsRun(f.parentVia))
		}
	case f.prov >= 0:
		pools = append(pools, st.x.inProvRun(f.prov))
	default: // f.anywhere: the districts of the country, province by province
		return st.countryPools()
	}
	st.pools = pools
	return pools
}

// countryPools returns the pools of f.anywhere (see typoPools): the
// districts of the pre-2025 provinces, province by province in unit
// order. They are the same for every resolution: made once for the
// Resolver's buffers.
func (st *resolveState) countryPools() []listRun {
	if st.country != nil {
		return st.country
	}
	provs := slices.Clone(st.x.provinceList())
	slices.Sort(provs)
	for _, p := range provs {
		if st.x.unit(p).Era() == EraPre2025 {
			st.country = append(st.country, st.x.kidsRun(p))
		}
	}
	return st.country
}

// scoreNamesakes appends the matches of every unit of the typo search's
// pools passing f that has the name of unit u, in the order of the pools
// (each in unit order). They are looked up by name rather than by
// walking the pools again (a province has a thousand units).
func (st *resolveState) scoreNamesakes(out []addrMatch, ni, e int, u int32, f addrFilter, key []byte) []addrMatch {
	st.glued = append(st.glued[:0], st.x.key(u)...)
	order := st.namesakes[:0]
	for _, en := range st.x.lookup(kindName, st.glued) {
		v := en.unit
		if en.alias || !st.accept(v, f) {
			continue // a unit's own name is filed once, not as an alias
		}
		if pool, ok := st.typoPoolOf(v, f); ok {
			order = append(order, uint64(pool)<<32|uint64(v))
		}
	}
	slices.Sort(order)
	st.namesakes = order
	for _, o := range order {
		out = st.score(out, ni, e, int32(uint32(o)), f.level, key, -1)
	}
	return out
}

// spelt returns the units passing f spelt as the words of sp in the
// pools of the typo search (typoPools), in unit order in each, as
// pool<<32|unit: those filed under the words' key as their own name, as
// scoreNamesakes finds them, where a pool of a province would be read
// for the few of the key's length. The answer is in st.namesakes.
func (st *resolveState) spelt(sp *spanNames, f addrFilter) []uint64 {
	order := st.namesakes[:0]
	es := st.x.entryRun(sp.name)
	for k := st.x.scopeFrom(es, 0, &f); k < len(es); k = st.x.scopeFrom(es, k+1, &f) {
		if u := es[k].unit; !es[k].alias && st.fromVia(u, &f) {
			if pool, ok := st.typoPoolOf(u, f); ok {
				order = append(order, uint64(pool)<<32|uint64(u))
			}
		}
	}
	if len(order) > 1 {
		slices.Sort(order)
	}
	st.namesakes = order
	return order
}

// typoPoolOf returns which of the pools of f (typoPools) unit v, which
// passes f, is in: the first first (in unit order, a province's for the
// districts of the country); false where v is in none.
func (st *resolveState) typoPoolOf(v int32, f addrFilter) (int64, bool) {
	switch a := st.x.unit(v); {
	case f.level == LevelProvince, f.parent < 0 && f.prov >= 0:
	case f.parent >= 0:
		if a.parent != f.parent {
			return 1, true // f.parentVia's
		}
	case f.anywhere && f.level == LevelDistrict:
		if a.parent < 0 || st.x.unit(a.parent).Level() != LevelProvince || st.x.unit(a.parent).Era() != EraPre2025 {
			return 0, false
		}
		return int64(a.parent), true // provinces in unit order
	}
	return 0, true
}

// appendFinalY appends key to dst with the last i of each word written y
// where it follows a consonant, and reports whether there was one; when
// there is none it returns dst as it was, not copying key: the typo
// search asks it of every run of words it reads. It reads the bytes one
// by one: the keys are a few words, shorter than a call of IndexByte
// for each i costs.
func appendFinalY(dst, key []byte) (out []byte, changed bool) {
	at := len(dst)
	for x := 1; x < len(key); x++ {
		if key[x] != 'i' || x+1 < len(key) && key[x+1] != ' ' {
			continue
		}
		switch key[x-1] {
		case 'a', 'e', 'i', 'o', 'u', 'y', ' ':
			continue
		}
		if !changed {
			dst, changed = append(dst, key...), true
		}
		dst[at+x] = 'y'
	}
	return dst, changed
}

// finalIIn reports whether a word of toks ends in an i after a
// consonant, which appendFinalY writes y: false where the key of their
// run written so is the key (spanYKey's nil), as for most runs. It asks
// the last two letters of each word, where appendFinalY reads every byte
// of the key: a word's key has no space (TestAddrWordKeysHaveNoSpace),
// so the words' ends are the key's.
func finalIIn(toks []addrToken) bool {
	for i := range toks {
		if k := toks[i].key; len(k) >= 2 && k[len(k)-1] == 'i' {
			switch k[len(k)-2] {
			case 'a', 'e', 'i', 'o', 'u', 'y':
			default:
				return true
			}
		}
	}
	return false
}

// typo returns the one unit of pools passing f whose key is one edit from
// key; false when there is none or more than one name.
func (st *resolveState) typo(pools []listRun, key []byte, f addrFilter) (int32, bool) {
	found := int32(-1)
	for _, u := range st.oneEditIn(pools, key) {
		if !st.accept(u, f) {
			continue
		}
		a := st.x.unit(u)
		if found >= 0 {
			// two names, or one name with other tones: "Vĩnh Hùng", "Vĩnh Hưng"
			// (a commune and another spelling of it are one)
			if fu := st.x.unit(found); st.x.same(found) != st.x.same(u) && (st.x.key(found) != st.x.key(u) ||
				st.x.tone(found) != st.x.tone(u) && !fu.former && !a.former) {
				return -1, false
			}
		}
		if found < 0 || a.former && !st.x.unit(found).former {
			found = u
		}
	}
	return found, found >= 0
}

// A typoRun is an answer of oneEditIn: the pools asked are
// typoAsked[pools[0]:pools[1]], the key typoKeyText[key[0]:key[1]], the
// units typoUnits[units[0]:units[1]].
type typoRun struct {
	pools, key, units [2]int32
	sameNext          int32 // 1 + the place in typoRuns of the one before in its chain, 0 for none
}

// typoChains is the number of chains typoRuns are kept in (typoChain).
const typoChains = 64

// typoChain returns the chain of the answers of oneEditIn for pools and
// key: the answers are many in a long text.
func typoChain(pools []listRun, key []byte) int {
	h := uint(len(pools) + 7*len(key))
	if len(pools) > 0 {
		h += 13 * uint(pools[0][1]-pools[0][0])
	}
	if len(key) > 0 {
		h += 31*uint(key[0]) + 17*uint(key[len(key)-1])
	}
	return int(h % typoChains)
}

// oneEditIn returns the units of pools, runs of nameIndex.lists, whose
// keys are one edit from key, whatever their level or era: pool by pool,
// each in unit order. A name one edit from the text starts or ends as it
// does and has one letter less to one letter more (typoNear): in each
// pool only the names of about its length that start as it does, then
// those that end as it does and start otherwise, are read (typoIndex,
// letterBand). The scopes of a resolution, and the second look that
// reads on in the first's buffers, ask it of the same pools and words
// again: the answer is kept for the rest of the resolution. The typo
// search asks it only of words that may be one edit from some name
// (spanNear, spanYKey): most words are one edit from no name at all.
func (st *resolveState) oneEditIn(pools []listRun, key []byte) []int32 {
	if cap(st.typoGlued) < typoGluedCap {
		st.typoGlued = make([]byte, 0, typoGluedCap)
	}
	glued := appendNoSpace(st.typoGlued[:0:typoGluedCap], key) // once, not for each name compared
	glen := len(glued)
	if glen == 0 {
		return nil
	}
	ti := st.ds.typoIndex(st.x)
	chain := typoChain(pools, key)
	for k := st.typoLast[chain]; k > 0; k = st.typoRuns[k-1].sameNext {
		r := &st.typoRuns[k-1]
		if int(r.key[1]-r.key[0]) == len(key) && slices.Equal(st.typoAsked[r.pools[0]:r.pools[1]], pools) &&
			string(st.typoKeyText[r.key[0]:r.key[1]]) == string(key) {
			return st.typoUnits[r.units[0]:r.units[1]:r.units[1]]
		}
	}
	at := len(st.typoUnits)
	keys := ti.keys
	sign := typoSign(glued)
	first, last := glued[0], glued[glen-1]
	for _, pool := range pools {
		from := len(st.typoUnits)
		if pool[1]-pool[0] < letterPoolMin {
			for _, u := range glenBand(st.x.list(pool), keys, glen-1, glen+1) {
				if typoNear(keys[u], sign) && st.oneEditOf(u, glued, key) {
					st.typoUnits = append(st.typoUnits, u)
				}
			}
		} else {
			// the names of glen-1 to glen+1 letters that start as the
			// text does, then those that end as it does and start
			// otherwise
			list, end := ti.byFirst[pool[0]:pool[1]], uint32(first)<<16|uint32(glen+2)
			for _, u := range list[letterFrom(list, keys, 8, first, glen-1):] {
				if letterKey(keys[u], 8) >= end {
					break
				}
				if typoNear(keys[u], sign) && st.oneEditOf(u, glued, key) {
					st.typoUnits = append(st.typoUnits, u)
				}
			}
			list, end = ti.byLast[pool[0]:pool[1]], uint32(last)<<16|uint32(glen+2)
			for _, u := range list[letterFrom(list, keys, 16, last, glen-1):] {
				if letterKey(keys[u], 16) >= end {
					break
				}
				if byte(keys[u]>>8) != first && typoNear(keys[u], sign) && st.oneEditOf(u, glued, key) {
					st.typoUnits = append(st.typoUnits, u)
				}
			}
		}
		// in unit order
		if len(st.typoUnits)-from > 1 {
			slices.Sort(st.typoUnits[from:])
		}
	}
	r := typoRun{pools: [2]int32{int32(len(st.typoAsked)), 0}, key: [2]int32{int32(len(st.typoKeyText)), 0},
		units: [2]int32{int32(at), int32(len(st.typoUnits))}, sameNext: st.typoLast[chain]}
	st.typoAsked = append(st.typoAsked, pools...)
	st.typoKeyText = append(st.typoKeyText, key...)
	r.pools[1], r.key[1] = int32(len(st.typoAsked)), int32(len(st.typoKeyText))
	st.typoRuns = append(st.typoRuns, r)
	st.typoLast[chain] = int32(len(st.typoRuns))
	return st.typoUnits[at:len(st.typoUnits):len(st.typoUnits)]
}

// letterPoolMin is the length from which oneEditIn reads a pool by the
// first and last letters of the names (typoIndex) rather than every
// name of about the text's length: in a shorter one, the few names of
// that length cost less than the two searches for the letters.
const letterPoolMin = 24

// typoGluedCap is the length at which oneEditIn cuts a key without
// spaces: longer than any name (addrMaxNameTokens words).
const typoGluedCap = 2 * addrMaxNameTokens * 16

// oneEditOf reports whether unit u, near glued (typoNear), is one edit
// from it, and not by the vowel of a word of two letters replaced
// (vowelReplaced); key is glued with its spaces.
func (st *resolveState) oneEditOf(u int32, glued, key []byte) bool {
	return oneEdit(st.x.key(u), glued) && !(int(st.x.unit(u).glen) == len(glued) && vowelReplaced(st.x.key(u), glued, key))
}

// typoSign returns the signature of glued, a key without spaces, as
// typoKeys makes a unit's.
func typoSign(glued []byte) uint64 {
	if len(glued) == 0 {
		return 0
	}
	return uint64(len(glued)) | uint64(glued[0])<<8 | uint64(glued[len(glued)-1])<<16 | uint64(typoLetters(glued))<<32
}

// typoLetters returns the set of the bytes of key as bits: a letter's
// own bit, digits and other bytes sharing the rest. One edit adds at most
// one byte that is not in the other key and drops at most one: two keys
// one edit apart differ by at most one bit each way, whatever bytes share
// a bit.
func typoLetters[K string | []byte](key K) uint32 {
	var m uint32
	for i := 0; i < len(key); i++ {
		m |= typoBits[key[i]]
	}
	return m
}

// typoBits is the bit of each byte in typoLetters.
var typoBits = func() (bits [256]uint32) {
	for c := range bits {
		switch {
		case c >= 'a' && c <= 'z':
			bits[c] = 1 << (c - 'a')
		case c >= '0' && c <= '9':
			bits[c] = 1 << (26 + (c-'0')%5)
		case c != ' ':
			bits[c] = 1 << 31
		}
	}
	return bits
}()

// typoNear reports whether a name of signature name (typoKeys) may be one
// edit from a text of signature text (typoSign), both of three letters or
// more: they start or end alike, and each has at most one letter the
// other has not. Most names of a province fail it, and it reads no text.
func typoNear(name, text uint64) bool {
	if name>>8&0xff != text>>8&0xff && name>>16&0xff != text>>16&0xff {
		return false
	}
	n, t := name>>32, text>>32
	return bits.OnesCount64(n&^t) <= 1 && bits.OnesCount64(t&^n) <= 1
}

// glenBand returns the units of pool, a run of nameIndex.lists, whose
// keys have from lo to hi letters and digits (keys: typoKeys).
func glenBand(pool []int32, keys []uint64, lo, hi int) []int32 {
	i := glenFrom(pool, keys, lo)
	return pool[i : i+glenFrom(pool[i:], keys, hi+1)]
}

// glenFrom returns the place of the first unit of pool whose key has n
// letters and digits or more: a binary search written out, as the typo
// search makes one for every run of words it reads in every pool.
func glenFrom(pool []int32, keys []uint64, n int) int {
	lo, hi := 0, len(pool)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(keys[pool[m]]&0xff) < n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// vowelReplaced reports whether glued, one letter from name (spaces
// aside), has the vowel of a word of two letters replaced by a consonant
// ("Sơn Hv"): one letter is left of that word, too little to tell which
// name it was (Sơn Hà, Sơn Hội…), where a longer word ("Chất Bnnh") or one
// that lost its vowel ("Tn Lập", "Vĩnh Lc") is still read. key is glued
// with its spaces.
func vowelReplaced(name string, glued, key []byte) bool {
	const vowels = "aeiouy"
	i, n := 0, 0
	for ; n < len(name) && i < len(glued); n++ {
		if name[n] == ' ' {
			continue
		}
		if name[n] != glued[i] {
			break
		}
		i++
	}
	if n == len(name) || i == len(glued) || strings.IndexByte(vowels, name[n]) < 0 || strings.IndexByte(vowels, glued[i]) >= 0 {
		return false
	}
	// the word of key that holds glued[i]
	at := 0
	for w := range bytes.SplitSeq(key, []byte{' '}) {
		if i < at+len(w) {
			return len(w) == 2 && !bytes.ContainsAny(w, vowels)
		}
		at += len(w)
	}
	return false
}

// hasLetters reports whether key has n letters or more: it stops at the
// n-th, as the typo search asks it of every run of words it reads.
func hasLetters(key []byte, n int) bool { return countLetters(key, n) >= n }

// countLetters returns the letters of key, up to most: it stops at the
// most-th.
func countLetters(key []byte, most int) int {
	n := 0
	for _, c := range key {
		if n >= most {
			break
		}
		if c-'a' <= 'z'-'a' {
			n++
		}
	}
	return n
}

// oneEdit reports whether glued, a key without its spaces, is one letter
// from key a, spaces aside ("quangmngai" for "quang ngai"): one inserted,
// deleted or replaced, or two neighbours swapped. It is oneEditGlued of a
// without its spaces, read in place: the typo search calls it for every
// name of a province.
func oneEdit(a string, glued []byte) bool {
	b := glued
	// the longest common start, then the longest common end that does not
	// reach into it
	i, p := 0, 0
	for i < len(a) {
		if a[i] == ' ' {
			i++
			continue
		}
		if p == len(b) || a[i] != b[p] {
			break
		}
		i, p = i+1, p+1
	}
	j, q := len(a), len(b)
	for j > i {
		if a[j-1] == ' ' {
			j--
			continue
		}
		if q == p || a[j-1] != b[q-1] {
			break
		}
		j, q = j-1, q-1
	}
	// one edit leaves one letter or none on each side, or two swapped
	var ra [2]byte
	n := 0
	for x := i; x < j; x++ {
		if a[x] != ' ' {
			if n == len(ra) {
				return false
			}
			ra[n] = a[x]
			n++
		}
	}
	rb := b[p:q]
	switch {
	case n+len(rb) == 1, n == 1 && len(rb) == 1:
		return true
	case n == 2 && len(rb) == 2:
		return ra[0] == rb[1] && ra[1] == rb[0]
	}
	return false
}

// appendNoSpace appends s without its spaces to dst, up to its capacity.
func appendNoSpace[S string | []byte](dst []byte, s S) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && len(dst) < cap(dst) {
			dst = append(dst, s[i])
		}
	}
	return dst
}

// oneEditGlued is oneEditOf of the bytes of a and b.
func oneEditGlued(a string, b []byte) bool { return oneEditOf([]byte(a), b) }

func dropAddrSpaces(b []byte) []byte {
	j := 0
	for _, c := range b {
		if c != ' ' {
			b[j] = c
			j++
		}
	}
	return b[:j]
}

// accept reports whether unit i passes f: inScope of it, then its era
// and 2025 province (acceptInScope).
func (st *resolveState) accept(i int32, f addrFilter) bool {
	return st.x.inScope(i, &f) && st.acceptInScope(i, &f)
}

// inScope reports whether unit i is of f's level, parent and province:
// false when accept is.
func (x *nameIndex) inScope(i int32, f *addrFilter) bool {
	return x.units[i].inScope(uint8(f.level), f.parent, f.parentVia, f.prov)
}

// inScope reports whether u is of level, under parent (or parentVia)
// and in province prov, each -1 for any: the one spelling of the scope
// that nameIndex.inScope and scopeFrom ask.
func (u *nameUnit) inScope(level uint8, parent, parentVia, prov int32) bool {
	return u.level == level && (parent < 0 || u.parent == parent || parentVia >= 0 && u.parent == parentVia) &&
		(prov < 0 || u.prov == prov)
}

// scopeFrom returns the place of the first entry of es from from on
// whose unit is inScope of f and of its era, len(es) when none.
// findMatches tries every unit filed under a name, and most are of
// another level or province (a run of fifty units for "Phường 1"): a
// loop of its own keeps f's fields in registers, at some ten
// instructions an entry rather than thirty, and the entry's level, which
// half of them fail, is read before the unit. The era is read with the
// unit's scope, where a call of acceptInScope for each unit found would
// read it again.
func (x *nameIndex) scopeFrom(es []nameEntry, from int, f *addrFilter) int {
	level, parent, parentVia, prov, era := uint8(f.level), f.parent, f.parentVia, f.prov, uint8(f.era)
	units := x.units
	for k := from; k < len(es); k++ {
		if es[k].level == level {
			if u := &units[es[k].unit]; u.inScope(level, parent, parentVia, prov) && (era == uint8(EraUnknown) || u.era == era) {
				return k
			}
		}
	}
	return len(es)
}

// acceptInScope is accept of a unit inScope of f: its era and, for a
// filter by the 2025 province, its own province's successor.
func (st *resolveState) acceptInScope(i int32, f *addrFilter) bool {
	if f.era != EraUnknown && st.x.unit(i).Era() != f.era {
		return false
	}
	return f.via < 0 || st.fromVia(i, f)
}

// fromVia is acceptInScope of a unit that scopeFrom gave, of f's era
// already: true but for a filter by the 2025 province (via), as most
// are not, asked in line.
func (st *resolveState) fromVia(i int32, f *addrFilter) bool {
	if f.via < 0 {
		return true
	}
	u := st.x.unit(i)
	ps := st.x.successors(u.prov)
	return u.Era() == EraPre2025 && len(ps) == 1 && ps[0].to == f.via
}

// score appends the matches of unit u read from the name at tokens
// [ni, e), scored by the type word before the name, the tones, and where
// the part starts. A type word before the name gives two matches, with and
// without it: "Tĩnh" in "Trần Phú, Hà Tĩnh Hà Tĩnh" folds like "Tỉnh" but
// ends the district's name. fit is toneFit of u's tones at [ni, e) when
// known, -1 when not.
func (st *resolveState) score(out []addrMatch, ni, e int, u int32, level Level, key []byte, fit int) []addrMatch {
	return st.scoreRead(out, ni, e, u, level, st.x.isAlias(u, key), fit)
}

// scoreRead is score, told whether key is another name of the unit than
// its own (isAlias), which findMatches knows from the entry it reads.
func (st *resolveState) scoreRead(out []addrMatch, ni, e int, u int32, level Level, alias bool, fit int) []addrMatch {
	toks := st.toks
	a := st.x.unit(u)
	m := addrMatch{i: ni, j: e, u: u, score: scoreLevel, conf: 1}
	if a.former {
		// an earlier name: a unit of 1/3/2025 that fits as well wins
		m.score += scoreFormer
		m.conf *= 0.9
	}
	numeric := toks[e-1].num && ni == e-1
	before := len(out)
	switch {
	case numeric:
	case !st.marked || st.slip || alias:
		m.conf *= 0.95
	default:
		if fit < 0 {
			fit = st.toneFit(ni, e, st.x.tone(u))
		}
		switch fit {
		case toneExact:
			m.score += scoreToneAgrees
		case tonePartial:
			m.conf *= 0.95
		default:
			// Tones written must match: "Trung Tú" is not Trung Tự.
			return out
		}
	}
	ts, n := st.typeWordBefore(ni)
	damaged := false
	if n == 0 {
		// "Phưng Khâm Thiên", "Huyn Lai Vung": a type word one edit off
		ts, n = st.damagedTypeWordBefore(ni, a.Type())
		damaged = n > 0
	}
	if n > 0 {
		// A type word of another level only: "Quận Sa Đéc" is not Phường
		// Sa Đéc, "Xã Hương Sơn" not Huyện Hương Sơn, "Tỉnh An Đông" (no
		// province) not Phường An Đông. The name is not re-read at
		// another level, with or without its type word.
		if level == LevelCommune && ts&addrCommTypes == 0 && ts&(addrDistTypes|addrProvTypes) != 0 ||
			level == LevelDistrict && ts&addrDistTypes == 0 && ts&addrCommTypes != 0 {
			return out
		}
		w := m
		w.i -= n
		w.typed = true
		if damaged {
			w.conf *= 0.9
		}
		switch {
		case ts.has(a.Type()):
			w.score += scoreTypeAgrees
			out = st.finish(out, w)
		case level == LevelProvince && ts&addrProvTypes != 0:
			w.score += scoreProvinceType
			if a.Type() == TypeProvince && !ts.has(TypeProvince) {
				w.score += scoreCityNotProvince
			}
			w.conf *= 0.9
			out = st.finish(out, w)
		case !numeric: // "H. 12" is an alley, not Quận 12
			w.score += scoreTypeDisagrees
			if level == LevelCommune && ts&addrCommTypes != 0 && (n > 1 || len(toks[ni-1].key) > 1) {
				// a commune's type word written out before a commune
				// of another type: most often its type before it
				// changed ("Thị trấn Ba Hàng", a phường since 2015),
				// which people kept writing; a lone letter ("xLang
				// Chánh") says less
				w.score += scoreCommTypeOther
			}
			w.conf *= 0.8
			out = st.finish(out, w)
		}
	}
	switch {
	case numeric && level == LevelDistrict && st.multiSeg && ni > 0 && addrSegStart(toks, ni) && addrSegEnd(toks, e):
		// A number alone in its part after another part is the
		// district's, its type word left out ("Phường Bến Thành, 1, TP
		// HCM"): it stands only with a commune before it (districts).
		m.bare = true
		m.score += scoreInner
		m.conf *= 0.85
	case numeric && level != LevelProvince:
		return out // a bare number is a house or a hamlet
	case level == LevelProvince || !st.multiSeg || addrSegStart(toks, ni):
	case st.innerName(ni, e, level):
		// Forms write the commune after the hamlet or street with no
		// comma ("Thôn Chua Bình Minh, Thanh Oai"), and the commune and
		// district in one part ("Sơn Hà Nho Quan, Ninh Bình"): such a
		// name counts only below a district or province read after it
		// (see communes and districts), and weighs less.
		m.inner = true
		m.score += scoreInner
		m.conf *= 0.85
	case !toks[ni-1].num:
		// In text cut by commas, a name without its type word covers its
		// part: "Song Hồ" is not Hồ.
		return out
	case level == LevelCommune && addrSegFirst(toks, ni)+addrHouseAt(st.norm, toks, addrSegFirst(toks, ni)) == ni:
		// "12 Nguyễn Trãi, Hà Đông": a street that shares a ward's name
		return out
	}
	m.conf *= 0.97
	if len(out) > before {
		// the type word before the name is left without a name
		m.score += scoreDangling
	}
	return st.finish(out, m)
}

// innerName reports whether a name that starts at token ni, after other
// words of its comma-separated part, may be a unit written with no comma
// before it: the words before are a hamlet or a street with a name of its
// own, or a unit. It may not when the word just before is a type, street
// or hamlet word (the name is the street's or hamlet's: "Đường Lê Lợi",
// "Thôn Bình Minh"), a number ("Tổ 5 Quang Trung" is read as before), or
// when the part is a house number and the name alone ("12 Trần Phú").
// A district's name that ends a part opened by a street word, after the
// street's own words, is the district ("Phố Lê Trọng Tấn Hoài Đức - Hà
// Nội"): streets are seldom named after a district with words before it,
// while communes' names end many streets' ("Tôn Đức Thắng"). e is where
// the name ends; ni when not known.
func (st *resolveState) innerName(ni, e int, level Level) bool {
	// the answer whatever the end and level is computed once per
	// resolution (findInner): the scoring asks it of the names of every
	// level and scope that start at ni, a third of its asks again
	if len(st.typeBefore) != len(st.toks) {
		st.typeBefore = append(st.typeBefore[:0], make([]uint32, len(st.toks))...)
	}
	v := st.typeBefore[ni] >> 24 & 3
	if v == 0 {
		v = st.findInner(ni)
		st.typeBefore[ni] |= v << 24 // after findInner, which may set typeWordBefore's bits
	}
	return v == innerYes || v == innerStreet && level == LevelDistrict && (e == len(st.toks) || st.toks[e].seg != st.toks[ni].seg)
}

// What innerName says of a name that starts at a token, whatever its end
// and level (findInner), kept in resolveScratch.typeBefore.
const (
	innerNo     = 1 + iota
	innerYes    // it may be a unit written with no comma before it
	innerStreet // a street word opens its part: only a district's name that ends it
)

// findInner returns what innerName says of a name that starts at token
// ni: innerNo, innerYes or innerStreet.
func (st *resolveState) findInner(ni int) uint32 {
	toks := st.toks
	prev := ni - 1
	first := addrSegFirst(toks, ni)
	switch {
	case toks[prev].num, isAddrStreetWord(toks[prev].key) && addrStreetWritten(st.norm, &toks[prev]), st.isAddrSurname(prev) && !st.surnameInName(prev, first):
		// "Trần Hưng Đạo", "Lê Hồng Phong": a person's name is a street's
		return innerNo
	case addrHamletAt(toks, prev) > 0 && (prev == first || addrHamletStrong(toks, prev)):
		// "Thôn Bình Minh" is a hamlet; "Nà Làng Phú Bình" a hamlet
		// (Nà Làng) and a commune
		return innerNo
	case len(toks[prev].key) <= 2 && toks[prev].dot:
		return innerNo // an abbreviation: "Ng. Trãi", "P. 5"
	}
	if _, w := st.typeWordBefore(ni); w > 0 {
		return innerNo
	}
	if first+addrHouseAt(st.norm, toks, first) == ni {
		return innerNo
	}
	// "Đường Lê Lợi", "Phố Hữu Nghị": a street word opening the part
	// names a street to its end, unless a hamlet word or number cuts it
	if isAddrStreetWord(toks[first].key) && addrStreetWritten(st.norm, &toks[first]) {
		for x := first + 1; x < ni; x++ {
			if toks[x].num || addrHamletAt(toks, x) > 0 {
				return innerYes
			}
		}
		return innerStreet
	}
	return innerYes
}

// surnameInName reports whether the family name at token i, in the part
// that opens at first, is a word inside a hamlet's name rather than the
// first of a person's ("Gia Huỳnh Gia Lộc, Trảng Bàng": ấp Gia Huỳnh of
// Gia Lộc): a person's name opens its part or follows a number, a
// street, hamlet or type word, an abbreviation or another family name
// ("12 Trần Hưng Đạo", "Đường Ngô Gia Tự", "Nguyễn Trần Thanh"); here a
// word of a name stands before it.
func (st *resolveState) surnameInName(i, first int) bool {
	if i == first {
		return false
	}
	t := st.toks[i-1]
	if t.num || t.dot || len(t.key) < 2 || isAddrStreetWord(t.key) && addrStreetWritten(st.norm, &t) || st.isAddrSurname(i-1) || addrHamletAt(st.toks, i-1) > 0 {
		return false
	}
	if _, w := st.typeWordBefore(i); w > 0 {
		return false
	}
	return first+addrHouseAt(st.norm, st.toks, first) <= i-1
}

// addrSurname returns, for the folded key of one of the family names
// most streets are named after, that name as written with tones.
func addrSurname(folded string) (string, bool) {
	switch folded {
	case "nguyen":
		return "nguyễn", true
	case "tran":
		return "trần", true
	case "le":
		return "lê", true
	case "pham":
		return "phạm", true
	case "hoang":
		return "hoàng", true
	case "huynh":
		return "huỳnh", true
	case "phan":
		return "phan", true
	case "vu":
		return "vũ", true
	case "vo":
		return "võ", true
	case "dang":
		return "đặng", true
	case "bui":
		return "bùi", true
	case "do":
		return "đỗ", true
	case "ho":
		return "hồ", true
	case "ngo":
		return "ngô", true
	case "duong":
		return "dương", true
	case "ly", "li": // the key spells y as i
		return "lý", true
	case "ton":
		return "tôn", true
	case "dinh":
		return "đinh", true
	case "truong":
		return "trương", true
	case "luong":
		return "lương", true
	case "dao":
		return "đào", true
	case "trinh":
		return "trịnh", true
	case "mac":
		return "mạc", true
	case "lam":
		return "lâm", true
	case "trieu":
		return "triệu", true
	}
	return "", false
}

// isAddrSurname reports whether token i is a family name: with tones
// when written with them ("Lễ", "Định" are not Lê, Đinh), else folded.
func (st *resolveState) isAddrSurname(i int) bool {
	t := &st.toks[i]
	toned, ok := addrSurname(t.key)
	return ok && (!t.marked || strings.EqualFold(st.norm[t.start:t.end], toned))
}

// finish takes in the repeats of the part before m ("Phường 1, Phường 1")
// and scores where it starts.
func (st *resolveState) finish(out []addrMatch, m addrMatch) []addrMatch {
	if m.i == 0 || !st.endsLastWord(m.i, st.x.key(m.u)) {
		// no writing of the name ends before m, which both repeat and
		// districtCopy look for (writtenBefore): most matches
		return st.finishAt(out, m)
	}
	for m.i > 0 {
		rep, ok := st.repeat(m.i, m.u)
		if !ok || st.x.units[m.u].level == uint8(LevelProvince) && st.renamedCopy(m.u, m.i, m.j) {
			break
		}
		m.i = rep
	}
	if m.i > 0 && st.x.units[m.u].level == uint8(LevelDistrict) {
		if c, ok := st.districtCopy(m); ok {
			out = st.finishAt(out, c)
		}
	}
	return st.finishAt(out, m)
}

// finishAt scores where m starts and appends it to out.
func (st *resolveState) finishAt(out []addrMatch, m addrMatch) []addrMatch {
	if addrSegStart(st.toks, m.i) {
		m.score += scoreSegmentStart
	}
	return append(out, m)
}

// districtCopy returns m taking in a bare copy of its district that ends
// the part before it: a detail that names its district, and the district
// a picker appends after it ("TT Cốc Pài - Xín Mần, Xín Mần, Hà Giang",
// "Thôn 3 Đắk Rla Đắk Mil, Đắk Mil, Đắk Nông"); or, m typed, that stands
// right before it in its part: the district written bare, then again
// with its type word by a form ("xã Vĩnh Lộc B, Bình Chánh Huyện Bình
// Chánh Hồ Chí Minh"). The copy may as well be a commune named like its
// district (Xã Xín Mần, Thị trấn Đắk Mil, Xã Bình Chánh), so m without
// it is read too, and the readings' scores decide: a commune typed
// before the copy reads better than the copy taken for one. A part that
// is nothing but the name twice, bare, as a map's export writes the
// district after its own ("Hợp Hưng, Vụ Bản Vụ Bản, Nam Định"), is the
// district written once, standing like one alone in its part.
func (st *resolveState) districtCopy(m addrMatch) (addrMatch, bool) {
	if m.i == 0 || st.x.unit(m.u).Level() != LevelDistrict {
		return m, false
	}
	twice := !m.typed && !addrSegStart(st.toks, m.i)
	ni, ok := st.writtenBefore(m.i, st.x.key(m.u))
	if !ok || twice && (!addrSegStart(st.toks, ni) || !addrSegEnd(st.toks, m.j)) {
		return m, false
	}
	if twice {
		m.i, m.inner = ni, false
		return m, true
	}
	if h := ni - 1; h >= 0 && st.toks[h].num && st.toks[h].seg == st.toks[ni].seg {
		if _, w := st.typeWordBefore(h); w == 0 {
			return m, false // a house number, and a street named like the district: "165 Cầu Giấy, Cầu Giấy"
		}
	}
	if _, w := st.typeWordBefore(ni); w > 0 {
		return m, false // typed: a repeat (see repeat) or another unit
	}
	// like a district after other words of its part, the copy stands
	// only with a commune read before it: the district alone is m's
	m.i, m.inner = ni, true
	return m, true
}

// renamedCopy reports whether the province u matched at [i, j), read by
// another of its names than today's ("Thừa Thiên Huế" for Thành phố
// Huế), follows a part that writes today's name, which a district of the
// province had then: "Xã Hương Phong, Thành phố Huế, Thừa Thiên Huế"
// names the city of Huế, the district of the province before it was
// renamed, not the province twice. repeat found that writing (typed as
// the province is today); it is the district's, and the districts read
// it so. Not inlined: finish asks it only of a province's repeat, and
// finish, inlined so, costs some 30 instructions more a match.
//
//go:noinline
func (st *resolveState) renamedCopy(u int32, i, j int) bool {
	key := st.x.key(u)
	if n := strings.Count(key, " ") + 1; j-n >= i && st.spells(j-n, j, key) {
		if _, w := st.typeWordBefore(j - n); j-n-w <= i {
			return false // today's name, written twice
		}
	}
	for _, d := range st.x.kids(u) {
		if st.x.key(d) == key && st.x.unit(d).Level() == LevelDistrict {
			return true
		}
	}
	return false
}

// repeat returns where a second writing of unit u ending before token e
// starts.
func (st *resolveState) repeat(e int, u int32) (int, bool) {
	ni, ok := st.writtenBefore(e, st.x.key(u))
	if !ok {
		return 0, false
	}
	// Only a copy that cannot be another unit counts: with its own type
	// word, or bare at the commune level ("Thị trấn Dầu Tiếng, Huyện Dầu
	// Tiếng" names two units).
	ts, w := st.typeWordBefore(ni)
	a := st.x.unit(u)
	switch {
	case w > 0 && ts.has(a.Type()):
		ni -= w
	case w > 0 || a.Level() != LevelCommune:
		return 0, false
	case ni > 0 && st.toks[ni-1].seg == st.toks[ni].seg && addrHamletAt(st.toks, ni-1) > 0:
		return 0, false // "Thôn Phú Lộc, Xã Phú Lộc": a hamlet named after its commune
	}
	return ni, true
}

// writtenBefore returns where the tokens that spell key, ending just
// before token e and in the same part as token e-1, start; ok is false
// where they do not: a unit's name written again before itself (repeat,
// districtCopy).
func (st *resolveState) writtenBefore(e int, key string) (ni int, ok bool) {
	// tokens that spell key end with its last word: most do not, which
	// is asked before the words are counted
	if !st.endsLastWord(e, key) {
		return 0, false
	}
	ni = e - (strings.Count(key, " ") + 1)
	if ni < 0 || st.toks[ni].seg != st.toks[e-1].seg || !st.spells(ni, e, key) {
		return st.writtenBeforeSpaced(e, key)
	}
	return ni, true
}

// endsLastWord reports whether key ends with the word of token e-1, as
// the tokens that spell it before token e do (writtenBefore). The last
// letter is asked first: HasSuffix calls memequal.
func (st *resolveState) endsLastWord(e int, key string) bool {
	last := st.toks[e-1].key
	return len(last) <= len(key) && (len(last) == 0 || key[len(key)-1] == last[len(last)-1]) && strings.HasSuffix(key, last)
}

// writtenBeforeSpaced is writtenBefore of a name written with other
// spaces than its key's: the words of a name of a minority language are
// split or glued as forms write them ("Đắk R lấp" and "Đắk RLấp" are
// both Đắk R'Lấp, whose key is "dak rlap"), and the name read there the
// second time was found spaces aside (respace). The tokens, spaces aside,
// must spell the key, spaces aside, in the part of token e-1, and there
// be other words than the key has.
//
//go:noinline
func (st *resolveState) writtenBeforeSpaced(e int, key string) (int, bool) {
	var buf [64]byte
	if len(key) > len(buf) {
		return 0, false
	}
	g := appendNoSpace(buf[:0], key)
	seg := st.toks[e-1].seg
	for ni := e - 1; ni >= 0 && st.toks[ni].seg == seg; ni-- {
		k := st.toks[ni].key
		if len(k) > len(g) || string(g[len(g)-len(k):]) != k {
			return 0, false
		}
		if g = g[:len(g)-len(k)]; len(g) == 0 {
			return ni, e-ni != strings.Count(key, " ")+1
		}
	}
	return 0, false
}

// spells reports whether tokens [i, j) make key.
func (st *resolveState) spells(i, j int, key string) bool { return addrTokensSpell(st.toks, i, j, key) }

// How the tones written fit a unit's name.
const (
	toneWrong   = iota // a word written with marks has other marks or tone
	tonePartial        // some words carry no marks, or no tone mark
	toneExact          // every word as the unit's, tone placement aside
)

// toneFit compares the tones of tokens [i, j) with the tone key of a
// unit whose folded key they spell, word by word: a word written without
// marks accepts any tone, one written with marks must carry the unit's.
func (st *resolveState) toneFit(i, j int, key string) int {
	fit := toneExact
	toks := st.toks[i:j]
	for x := range toks {
		t := &toks[x]
		// most words written with marks carry the unit's: compared as
		// their tone key is read, with the unit's word first in key,
		// which is cut at its space only where they do not
		if t.marked {
			if n, ok := toneWordLeads(st.norm[t.start:t.end], key); ok {
				key = key[min(n+1, len(key)):]
				continue
			}
		}
		uw := key
		if sp := strings.IndexByte(key, ' '); sp >= 0 {
			uw, key = key[:sp], key[sp+1:]
		} else {
			key = ""
		}
		if !t.marked {
			if t.key != uw && !t.num {
				fit = tonePartial
			}
			continue
		}
		switch {
		case toneWordAccepts(string(st.toneOf(i+x)), uw):
			fit = tonePartial
		default:
			return toneWrong
		}
	}
	return fit
}

// nameFit returns toneFit for the k-th unit filed under the key of the
// words [ni, e), whose names are sp, computed once per tone key for the
// first spanTones keys. The readings ask it of the units of a name in
// each scope they try, seldom of one unit twice: a tone key, which the
// units of a name mostly share, is asked again.
func (st *resolveState) nameFit(sp *spanNames, k, ni, e int) int {
	return st.unitFit(sp, st.x.entryRun(sp.name)[k].unit, ni, e)
}

// unitFit is nameFit of unit u, filed under the key of the words [ni,
// e), for a caller that has read it from the entry (findMatches).
func (st *resolveState) unitFit(sp *spanNames, u int32, ni, e int) int {
	a := st.x.unit(u)
	tk := uint64(a.toneOff)<<8 | uint64(a.toneLen)
	if t := slices.Index(sp.toneKey[:sp.tones], tk); t >= 0 {
		return int(sp.toneFit[t])
	}
	fit := uint8(st.toneFit(ni, e, st.x.tone(u)))
	if t := sp.tones; t < spanTones {
		sp.toneKey[t], sp.toneFit[t] = tk, fit
		sp.tones++
	}
	return int(fit)
}

// toneOf returns the tone key of token x, in st.tone until the next
// call. It is made at each: most tokens are read without tones (no
// marks, or no name ends there), and the fit of a token's tones is
// asked of it about once (nameFit keeps it per tone key), so that a
// key kept would be read again for 6% of the asks.
func (st *resolveState) toneOf(x int) []byte {
	if t := &st.toks[x]; t.marked {
		// a letter outside ASCII, as every token asked is: neither
		// a number nor unmarked, appendWordTone's other cases,
		// which it would look for byte by byte first
		st.tone = appendToneWord(st.tone[:0], st.norm[t.start:t.end])
	} else {
		st.tone = appendAddrWordTone(st.tone[:0], st.norm, *t)
	}
	return st.tone
}

// isAlias reports whether key is another name of unit u than its own (a
// nickname, a number for a Roman numeral), which carries no tones to
// compare.
func (x *nameIndex) isAlias(u int32, key []byte) bool { return string(key) != x.key(u) }

// typeWordBefore returns the types of the type word that ends just before
// token i in the same segment, and its length in tokens (0 if none).
// The scoring asks it of the same tokens many times: the answer is kept.
func (st *resolveState) typeWordBefore(i int) (addrTypes, int) {
	if len(st.typeBefore) != len(st.toks) {
		st.typeBefore = append(st.typeBefore[:0], make([]uint32, len(st.toks))...)
	}
	if v := st.typeBefore[i]; v&(1<<31) != 0 {
		return addrTypes(v >> 8), int(v & 0xff)
	}
	ts, n := st.findTypeWordBefore(i)
	st.typeBefore[i] |= 1<<31 | uint32(ts)<<8 | uint32(n)
	return ts, n
}

func (st *resolveState) findTypeWordBefore(i int) (addrTypes, int) {
	toks := st.toks
	if i == 0 {
		return 0, 0
	}
	ws := addrUnitWordsByLast(toks[i-1].key)
	if ws == "" {
		return 0, 0
	}
	if x := i - 1; len(toks[x].key) == 1 && toks[x].glued && x > 0 && toks[x-1].num && !toks[i].num {
		// a letter glued after a number, before a name, is the end of
		// a damaged word ("T0P Buôn Ma Thuột" for "TP"), not the type
		// word of the name: "P8Q10" glues type words to numbers
		return 0, 0
	}
	if toks[i-1].key == "xa" && st.endsTonedName(i-1) {
		return 0, 0
	}
	for p := range len(ws) {
		uw := &addrUnitWords[ws[p]]
		n := len(uw.words)
		if i-n >= 0 && toks[i-n].seg == toks[i].seg && tokensPrecede(toks, i, uw.words) && st.typeWordToned(i-n, n) {
			if k := toks[i-1].key; (k == "xa" || k == "tinh") && !toks[i-1].marked && st.typeEndsName(i-1) {
				return 0, 0
			}
			return uw.kinds, n
		}
	}
	return 0, 0
}

// endsTonedName reports whether token x, "xa" written without marks
// after a word written with them, ends with that word the name of a
// commune as written, tones and all: "Bạch Xa Hàm Yên Tuyên Quang" is
// Xã Bạch Xa of Hàm Yên, not Xã Hàm Yên with "Bạch" before it. Where the
// text carries tones, "xa" without its own is the name's word (Bạch Xa,
// Bình Xa, Sập Xa, Thần Xa); "Kiệt xa Tòng Đậu", a street with tones and
// the type word typed without, spells no name and reads as before (text
// without tones is typeEndsName's). The caller asks only of "xa", which
// most type words before a name are not.
func (st *resolveState) endsTonedName(x int) bool {
	toks := st.toks
	if toks[x].marked || x == 0 || !toks[x-1].marked || toks[x-1].seg != toks[x].seg {
		return false
	}
	sp, _ := st.spanNames(x-1, x+1)
	for _, en := range st.x.entryRun(sp.name) {
		if st.x.unit(en.unit).Level() == LevelCommune && st.toneFit(x-1, x+1, st.x.tone(en.unit)) == toneExact {
			return true
		}
	}
	return false
}

// typeEndsName reports whether token t, "xa" or "tinh" written without
// tones (the type words that most names end with: Liêu Xá, Đông Xá, Sơn
// Tịnh, Vĩnh Tịnh; the caller asks of no other), ends the name of a
// district or commune written
// with the words before it in its part, as it does in text without tones
// too (where endsTonedName asks nothing): "lieu xa yen my hung yen" is
// Liêu Xá, Yên Mỹ, Hưng Yên (the only Liêu Xá), not Xã Yên Mỹ with
// "lieu" left over, and "son tinh quang ngai" is Sơn Tịnh, not Tỉnh
// Quảng Ngãi alone: the word is the name's, and the name after it is
// read without a type word.
func (st *resolveState) typeEndsName(t int) bool {
	toks := st.toks
	first := addrSegFirst(toks, t)
	for x := t - 1; x >= first && t+1-x <= addrMaxNameTokens; x-- {
		// the name opens the part, or follows a number: after another
		// word it may be that word's name that ends before the type
		// word ("phuong tay thanh quan tan binh" is Tây Thạnh, Quận Tân
		// Bình, though Thanh Quan is a name too)
		if x > first && !toks[x-1].num {
			continue
		}
		sp, _ := st.spanNames(x, t+1)
		for k, en := range st.x.entryRun(sp.name) {
			if st.x.unit(en.unit).Level() == LevelProvince {
				continue
			}
			if st.marked && st.nameFit(sp, k, x, t+1) == toneWrong {
				continue
			}
			return true
		}
	}
	return false
}

// typeWordToned reports whether the n tokens from i, when written with tones,
// carry those of the type word: "Quản" and "Tĩnh" are names, not "Quận"
// and "Tỉnh".
func (st *resolveState) typeWordToned(i, n int) bool { return typeWordToned(st.norm, st.toks, i, n) }

func typeWordToned(norm string, toks []addrToken, i, n int) bool {
	for x := i; x < i+n; x++ {
		t := &toks[x]
		if !t.marked {
			continue
		}
		// the answer is the token's alone, and the resolver asks it of
		// the same type words again and again (addrUnitWordAt at each
		// part, typeWordBefore at each run): kept in the token
		if t.toned == 0 {
			t.toned = addrTokenToned(norm, t)
		}
		if t.toned < 0 {
			return false
		}
	}
	return true
}

// addrTokenToned returns 1 where the marked token t of norm is written
// with the tones of the type word its key spells, -1 where it is not.
func addrTokenToned(norm string, t *addrToken) int8 {
	toned, ok := addrTypeWordTone(t.key)
	if !ok {
		return -1
	}
	// most are written as toned or with a capital first: compared
	// byte for byte, without EqualFold's decoding
	w := norm[t.start:t.end]
	if len(w) == len(toned) && w[0]|0x20 == toned[0] && w[1:] == toned[1:] || typeWordCase(w, toned) {
		return 1
	}
	return -1
}

// addrTypeWordTone returns a word of the type words as written with
// tones, from its folded form.
func addrTypeWordTone(folded string) (string, bool) {
	switch folded {
	case "tinh":
		return "tỉnh", true
	case "phuong":
		return "phường", true
	case "xa":
		return "xã", true
	case "quan":
		return "quận", true
	case "huyen":
		return "huyện", true
	case "thi":
		return "thị", true
	case "tran":
		return "trấn", true
	case "thanh":
		return "thành", true
	case "pho":
		return "phố", true
	case "dac":
		return "đặc", true
	case "dk":
		return "đk", true // "ĐK Cô Tô": Đặc khu
	case "truc":
		return "trực", true
	case "thuoc":
		return "thuộc", true
	case "uong":
		return "ương", true
	case "thanhpho":
		return "thànhphố", true
	case "thixa":
		return "thịxã", true
	case "thitran":
		return "thịtrấn", true
	}
	return "", false
}

func addrSegStart(toks []addrToken, i int) bool { return i == 0 || toks[i-1].seg != toks[i].seg }

// addrSegFirst returns the first token of the segment of token i.
func addrSegFirst(toks []addrToken, i int) int {
	for i > 0 && toks[i-1].seg == toks[i].seg {
		i--
	}
	return i
}

// addrSegEnd reports whether a part ends before token e.
func addrSegEnd(toks []addrToken, e int) bool {
	return e == len(toks) || toks[e].seg != toks[e-1].seg
}

// currentOf returns the current communes reading r leads to, valid until
// the next call.
func (st *resolveState) currentOf(r *addrReading) []addrSucc {
	if r.comm < 0 {
		return nil
	}
	c := st.x.unit(r.comm)
	if c.Era() == Era2025 {
		st.succ = append(st.succ[:0], addrSucc{to: r.comm, kind: KindUnchanged, allPop: true})
		return st.succ
	}
	// When the office's note says all the population of a split commune
	// went to one successor, an address (where people live) is there.
	pop := st.succ[:0]
	succ := st.x.successors(r.comm)
	for _, s := range succ {
		if s.allPop {
			pop = append(pop, s)
		}
	}
	st.succ = pop
	if len(pop) > 0 {
		return pop
	}
	return succ
}

// resolution ranks the readings and builds the Resolution in res, which
// is zero: built in place rather than returned, a Resolution being some
// 400 bytes to copy.
func (st *resolveState) resolution(res *Resolution) {
	st.positions()
	// Only the readings within addrCloseAlternates of the best can be
	// the answer, tie with it or be listed as alternatives, and sorting
	// those alone ranks them as sorting all would: the sort is stable,
	// and a reading dropped as a repeat repeats one ranked before it,
	// which scored as high. Most readings are far below the best.
	low := st.bestScore() - addrCloseAlternates
	elsewhere := st.fromElsewhere() // before the readings far below are dropped
	n := 0
	for i := range st.rs { // by index: a reading is 112 bytes to copy
		if st.rs[i].score >= low {
			if n != i { // most are kept where they are
				st.rs[n] = st.rs[i]
			}
			n++
		}
	}
	rs := st.rs[:n]
	st.rs = rs
	sortReadings(rs)
	// drop readings that repeat a better one's units
	n = 0
next:
	for i := range rs {
		r := &rs[i]
		for j := range rs[:n] {
			if st.sameUnits(&rs[j], r) {
				continue next
			}
		}
		if n != i {
			rs[n] = *r
		}
		n++
	}
	rs = rs[:n]
	best := &rs[0]
	st.public(&res.Reading, best)
	tied := 1
	for tied < len(rs) && rs[tied].score == best.score {
		tied++
	}
	cands := st.cands[:0]
	for i := range rs[:tied] {
		for _, s := range st.currentOf(&rs[i]) {
			if !slices.ContainsFunc(cands, func(c addrSucc) bool { return c.to == s.to }) {
				cands = append(cands, s)
			}
		}
	}
	st.cands = cands
	// The candidates are gathered in the scratch and copied into the
	// Resolution once, at their number.
	out := st.candOut[:0]
	for _, s := range cands {
		out = append(out, Candidate{Kind: s.kind})
		if c := &out[len(out)-1]; s.to == best.comm {
			c.Unit = res.Commune // most often the commune read is the current one
		} else {
			st.ds.setUnitOf(&c.Unit, st.x, s.to)
		}
	}
	if len(out) == 0 && best.comm < 0 && best.dist >= 0 {
		if z, ok := st.islandZone(best.dist); ok {
			// the district had no communes: it is the lowest unit, and
			// the special zone it became is the address's commune
			out = append(out, Candidate{Unit: z.New, Kind: z.Kind})
			res.Confidence = best.conf
		}
	} else if len(out) == 0 && best.comm >= 0 {
		if c := st.x.unit(best.comm); c.former && c.via < 0 && c.parent >= 0 {
			if z, ok := st.islandZone(c.parent); ok {
				// a commune abolished with no successor in a district
				// left without communes (Lý Sơn's three in 2020): the
				// whole district became the zone, the commune with it
				out = append(out, Candidate{Unit: z.New, Kind: z.Kind})
			}
		}
	}
	res.Ambiguous = len(out) > 1
	for i := range rs[1:tied] {
		if r := &rs[1+i]; (r.comm < 0) != (best.comm < 0) || best.comm < 0 && st.newProvince(r) != st.newProvince(best) {
			res.Ambiguous = true
		}
	}
	if n := len(out); n > 1 {
		res.Confidence /= float64(n)
	} else if res.Ambiguous {
		res.Confidence /= 2
	} else if n == 1 && best.dist < 0 && (elsewhere || st.eraClash(rs[1:], best)) {
		res.Confidence *= eraClashConf
	}
	if res.Ambiguous && len(out) > 0 {
		// A reading that stops at a district ties with one that names a
		// commune ("Ba Đình, Hà Nội"): the address may be anywhere in
		// that district, so its current communes are candidates too.
		for _, r := range rs[:tied] {
			if r.comm >= 0 || r.dist < 0 {
				continue
			}
			for _, s := range st.districtSuccessors(r.dist) {
				if !slices.ContainsFunc(out, func(c Candidate) bool { return c.Unit == s.New }) {
					out = append(out, Candidate{Unit: s.New, Kind: s.Kind})
				}
			}
		}
	}
	st.candOut = out
	alts := 0
	for _, r := range rs[1:] {
		if alts == addrMaxAlternatives || r.score < best.score-addrCloseAlternates {
			break
		}
		alts++
	}
	if len(out) > 0 {
		res.Candidates = handOut(&st.cBlock, len(out), candBlock)
		copy(res.Candidates, out)
	}
	if alts > 0 {
		res.Alternatives = handOut(&st.rBlock, alts, readingBlock)
		for i := range rs[1 : 1+alts] {
			st.public(&res.Alternatives[i], &rs[1+i])
		}
	}
	st.address(&res.Address, best)
	st.flag(res, *best)
}

// sortReadings sorts rs by score, highest first, keeping the order of
// readings of equal score, as slices.SortStableFunc does (there is one
// such order). The few readings close to the best are most often in
// order already: an insertion sort moves a reading only when it must,
// and compares scores rather than readings of 112 bytes passed by value.
func sortReadings(rs []addrReading) {
	if len(rs) > 32 {
		slices.SortStableFunc(rs, func(a, b addrReading) int { return b.score - a.score })
		return
	}
	for i := 1; i < len(rs); i++ {
		if rs[i].score <= rs[i-1].score {
			continue
		}
		r, j := rs[i], i
		for j > 0 && rs[j-1].score < r.score {
			rs[j] = rs[j-1]
			j--
		}
		rs[j] = r
	}
}

// eraClashConf weighs an answer whose words, with no district, also name
// a commune of the other era elsewhere: it is right for text written
// since 2025 and wrong for text written before, which nothing in the text
// tells apart, so it stays below 0.9.
const eraClashConf = 0.85

// eraClash reports whether one of readings rs, close to best, reads the
// words of best's commune, with no district either, as a commune of the
// other era that leads elsewhere than best's: "Tân Hiệp, Hồ Chí Minh" is
// Phường Tân Hiệp since 2025 (once of Bình Dương) and was Xã Tân Hiệp of
// Hóc Môn. A former commune that went whole into best's leads nowhere
// else.
func (st *resolveState) eraClash(rs []addrReading, best *addrReading) bool {
	era := st.x.unit(best.comm).Era()
	for i := range rs {
		r := &rs[i]
		if r.comm < 0 || r.dist >= 0 || r.commAt != best.commAt || st.x.unit(r.comm).Era() == era {
			continue
		}
		cur := st.currentOf(r)
		if len(cur) != 1 || cur[0].to != st.cands[0].to {
			return true
		}
	}
	return false
}

// fromElsewhere reports whether the best reading is a 2025 commune
// written bare, with no district, under a 2025 province whose name the
// province of before 2025 had too, and none of the commune was in that
// one: text written before 2025 naming that province meant no such
// commune, and its words are a street's there ("Lê Đại Hành, Hải
// Phòng" is a street of Hồng Bàng; Phường Lê Đại Hành came from Hải
// Dương). The same words read under that province (belowProvince's
// mixed reading) tell which province it was.
func (st *resolveState) fromElsewhere() bool {
	best := st.bareNewBest()
	if best == nil {
		return false
	}
	for i := range st.rs {
		if r := &st.rs[i]; r.comm == best.comm && r.dist < 0 && r.provAt == best.provAt && r.prov != best.prov && st.x.unit(r.prov).Era() == EraPre2025 {
			return !st.ds.cameFromUnit(st.x, best.comm, st.ds.code(st.x, r.prov).n)
		}
	}
	return false
}

// bareNewBest returns the first of the best readings when it is a 2025
// commune written bare, with no district, under a 2025 province (see
// fromElsewhere); nil otherwise.
func (st *resolveState) bareNewBest() *addrReading {
	if len(st.rs) == 0 {
		return nil
	}
	best := &st.rs[0] // the first of the best
	for i := range st.rs {
		if st.rs[i].score > best.score {
			best = &st.rs[i]
		}
	}
	if best.comm < 0 || best.dist >= 0 || best.commTyped || best.prov < 0 ||
		st.x.unit(best.comm).Era() != Era2025 || st.x.unit(best.prov).Era() != Era2025 {
		return nil
	}
	return best
}

// The Candidates and Alternatives of the resolutions a scratch makes are
// cut from blocks it keeps (handOut), so that most resolutions allocate
// nothing for them: one allocation serves the candidates of dozens of
// resolutions, where each took one or two. A slice handed out is never
// written again by the scratch, and its capacity is its length, so that
// a caller's append copies it out; a Resolution kept keeps its block
// alive, 2.5 KB at most.
const (
	candBlock    = 40 // Candidates of 56 bytes
	readingBlock = 12 // Readings of 208 bytes
)

// handOut returns n zero values cut from *block, a new block of size
// (or of n, when more) once the rest is too short; no other caller is
// handed them.
func handOut[T any](block *[]T, n, size int) []T {
	if len(*block) < n {
		*block = make([]T, max(n, size))
	}
	v := (*block)[:n:n]
	*block = (*block)[n:]
	return v
}

// sameUnits reports whether two readings name the same units, the
// province counted by its 2025 successor: the same address read once under
// "TP HCM" of each era.
func (st *resolveState) sameUnits(a, b *addrReading) bool {
	return st.x.same(a.comm) == st.x.same(b.comm) && a.dist == b.dist && (a.prov == b.prov || st.newProvince(a) == st.newProvince(b))
}

// newProvince returns the 2025 province of r's province, or -1.
func (st *resolveState) newProvince(r *addrReading) int32 {
	if r.prov < 0 {
		return -1
	}
	p := st.x.unit(r.prov)
	if p.Era() == Era2025 {
		return r.prov
	}
	if ps := st.x.successors(r.prov); len(ps) == 1 {
		return ps[0].to
	}
	return -1
}

// public sets out, which is zero, to the exported form of reading r.
func (st *resolveState) public(out *Reading, r *addrReading) {
	// each Unit built in its place (out is zero: none is built for -1)
	unit := func(u *Unit, i int32) {
		if i >= 0 {
			st.ds.setUnitOf(u, st.x, i)
		}
	}
	unit(&out.Province, r.prov)
	unit(&out.District, r.dist)
	unit(&out.Commune, r.comm)
	out.Listed = out.Commune
	if r.comm >= 0 && st.x.unit(r.comm).former {
		out.Listed = Unit{}
		unit(&out.Listed, st.x.unit(r.comm).via)
	}
	switch {
	case r.comm >= 0:
		out.Era = out.Commune.Era()
	case r.dist >= 0:
		out.Era = EraPre2025
	default:
		out.Era = out.Province.Era()
	}
	out.Confidence = r.conf
	if r.comm < 0 {
		out.Confidence /= 2
	}
}

// address sets a, which is zero, to the text split by reading r.
func (st *resolveState) address(a *Address, r *addrReading) {
	part := func(at [2]int) string { return addrSpanSegments(st.norm, st.toks, at[0], at[1]) }
	a.Province, a.District, a.Commune = part(r.provAt), part(r.distAt), part(r.commAt)
	parseAddrLocal(a, st.norm, st.toks, r.start)
	// a part of house, street or hamlet between the commune and the
	// unit above (communesAcross)
	next := r.provAt[0]
	if r.dist >= 0 {
		next = r.distAt[0]
	}
	if k := r.commAt[1]; r.comm >= 0 && k < next && addrSegStart(st.toks, k) && looksAddrLocal(st.norm, st.toks, k) {
		var b Address
		parseAddrLocal(&b, st.norm, st.toks[k:], next-k)
		a.House = cmp.Or(a.House, b.House)
		a.Street = joinAddrParts(a.Street, b.Street)
		a.Hamlet = joinAddrParts(a.Hamlet, b.Hamlet)
	}
}

// joinAddrParts joins two parts of an Address with ", ", either empty.
func joinAddrParts(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + ", " + b
}

// flag sets the Flags, Unread and Within of res, whose best reading is r.
func (st *resolveState) flag(res *Resolution, r addrReading) {
	if r.comm >= 0 && st.x.unit(r.comm).former || r.dist >= 0 && st.x.unit(r.dist).former {
		res.Flags |= FlagFormer
	}
	if r.typo {
		res.Flags |= FlagTypo
	}
	if r.short {
		res.Flags |= FlagShortForm
	}
	if r.parentWritten {
		res.Flags |= FlagParentDistrict
	}
	if r.mixedEras {
		res.Flags |= FlagMixedEras
	}
	if r.comm >= 0 {
		c := st.x.unit(r.comm)
		if !c.former || c.via >= 0 {
			return
		}
		// A former commune with no known successor: its last district.
		res.Flags |= FlagNoSuccessor
		if r.dist < 0 && c.parent >= 0 {
			r.dist = c.parent
			res.District = st.ds.unitOf(st.x, c.parent)
		}
		if len(res.Candidates) > 0 {
			return // its district had no communes after it: the zone it became (islandZone)
		}
	}
	if r.comm < 0 && r.dist >= 0 && !res.Ambiguous && len(res.Candidates) == 1 {
		return // an island district without communes (islandZone): no commune is missing
	}
	if r.unread[1] > r.unread[0] {
		res.Flags |= FlagCommuneUnknown
		res.Unread = addrSpanSegments(st.norm, st.toks, r.unread[0], r.unread[1])
	}
	if r.dist >= 0 && !res.Ambiguous {
		if ss := st.districtSuccessors(r.dist); len(ss) > 0 {
			res.Within = make([]Unit, len(ss))
			for i, s := range ss {
				res.Within[i] = s.New
			}
		}
	}
}

// islandZone returns, when pre-2025 district d had no communes, the
// special zone (đặc khu) it became whole on 1/7/2025 (KindIslandDistrict:
// Côn Đảo, Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn).
func (st *resolveState) islandZone(d int32) (Succession, bool) {
	if ss := st.districtSuccessors(d); len(ss) == 1 && ss[0].Kind == KindIslandDistrict {
		return ss[0], true
	}
	return Succession{}, false
}

// districtSuccessors returns the links of district d (or of the district
// of 1/3/2025 that continues it) to the current communes, as
// Dataset.Successors does; empty when no successor is known. The answer
// is shared: read it, do not change it. Gathering it reads the links of
// every commune of the district, so it is made once per district and
// kept in the Dataset (see districtSuccs).
func (st *resolveState) districtSuccessors(dist int32) []Succession {
	cache := st.ds.districtSuccs.get(func() *districtSuccs { return newDistrictSuccs(st.x) })
	d := st.continuing(dist) // the answer is the continuing district's (findDistrictSuccessors)
	if d < cache.lo || int(d-cache.lo) >= len(cache.succ) {
		return st.findDistrictSuccessors(dist) // not a district of 1/3/2025: none
	}
	p := &cache.succ[d-cache.lo]
	if ss := p.Load(); ss != nil {
		return *ss
	}
	ss := st.findDistrictSuccessors(dist)
	p.CompareAndSwap(nil, &ss)
	return *p.Load()
}

// continuing returns district d, or the district that continues it when
// d is a former one.
func (st *resolveState) continuing(d int32) int32 {
	if u := st.x.unit(d); u.former && u.via >= 0 {
		return u.via
	}
	return d
}

// districtSuccs holds the answers of districtSuccessors, which only the
// districts of 1/3/2025 have: succ[i] for unit lo+i of the name index,
// those districts being together in unit order (buildNameIndex).
type districtSuccs struct {
	lo   int32
	succ []atomic.Pointer[[]Succession]
}

func newDistrictSuccs(x *nameIndex) *districtSuccs {
	lo, hi := int32(-1), int32(-1)
	for i := range x.units {
		if a := &x.units[i]; !a.former && a.Era() == EraPre2025 && a.Level() == LevelDistrict {
			if lo < 0 {
				lo = int32(i)
			}
			hi = int32(i)
		}
	}
	if lo < 0 {
		return &districtSuccs{}
	}
	return &districtSuccs{lo: lo, succ: make([]atomic.Pointer[[]Succession], hi-lo+1)}
}

func (st *resolveState) findDistrictSuccessors(dist int32) []Succession {
	d := st.continuing(dist)
	if st.x.unit(d).former {
		return nil
	}
	u, ok := st.ds.beforeReform().Unit(st.ds.code(st.x, d))
	if !ok || u.code.level != LevelDistrict {
		return nil
	}
	st.dsucc, st.dtargets = st.ds.appendDistrictSuccessors(st.dsucc[:0], st.dtargets, u, st.ds.Current())
	return slices.Clone(st.dsucc)
}

// positions applies what the order of the parts says. The segment just
// before a reading's first part, when it is a bare name (no house number,
// street, hamlet word or number), stands where the commune is written: a
// reading without a commune leaves it unread (FlagCommuneUnknown), and a
// reading that takes the next part for a commune, when that part also
// reads as a district, re-reads a district as a commune to fill the gap
// ("Sơn An, Hương Sơn, Hà Tĩnh" is not Xã Hương Sơn) and loses to the
// district reading.
func (st *resolveState) positions() {
	// These three level only readings of a 2025 commune with no
	// district, which most addresses have none of.
	if st.any2025CommuneAlone() {
		st.districtOrCommune()
		st.communeOfEitherEra()
		st.formerNameElsewhere()
	}
	// resolution keeps only the readings within addrCloseAlternates of
	// the best, and about a third are further below: those need no
	// place. A place only lowers a score (scoreReread), so the readings
	// close to the best as it stands are placed first, then, when that
	// lowered the best, those that came within reach of the new best. A
	// reading further below stays below, placed or not.
	if len(st.rs) > 64 {
		for i := range st.rs { // more than a bit each: all of them
			st.place(&st.rs[i])
		}
		return
	}
	top := st.bestScore()
	best := math.MinInt
	var placed uint64
	for i := range st.rs {
		if r := &st.rs[i]; r.score >= top-addrCloseAlternates {
			st.place(r)
			placed |= 1 << i
			best = max(best, r.score)
		}
	}
	if best == top {
		return
	}
	for i := range st.rs {
		if r := &st.rs[i]; placed>>i&1 == 0 && r.score >= best-addrCloseAlternates {
			st.place(r)
		}
	}
}

// place applies to reading r what the order of the parts says (see
// positions).
func (st *resolveState) place(r *addrReading) {
	switch {
	case st.rereads(r):
		r.score += scoreReread
		r.conf *= 0.5
	case st.communeNamedBefore(r):
		r.conf = min(r.conf, namedBeforeConf)
	case r.comm < 0 && (r.dist >= 0 || r.prov >= 0):
		if b := st.bareBefore(r.start); b >= 0 {
			r.unread = [2]int{b, r.start}
		} else if b := st.typedBefore(r.start); b >= 0 {
			r.unread = [2]int{b, r.start}
		}
	}
}

// rereads reports whether reading r takes a larger unit's name for its
// commune, to fill the commune's place, which positions weighs by
// scoreReread: a commune read after a part that names the commune
// ("Xã Phong Mỹ, Hy Phong Điền, …"), a commune written bare after a part
// that names a district so, the district written twice ("huyện Đạ Tẻh,
// Đạ Tẻh, Lâm Đồng": districtEcho), or one whose words another reading
// takes for a district after a bare name, the commune's place ("Sơn An,
// Hương Sơn, Hà Tĩnh" is not Xã Hương Sơn). It reads the units and
// places of the readings, which positions leaves as they are.
func (st *resolveState) rereads(r *addrReading) bool {
	if r.comm < 0 || r.dist >= 0 {
		return false
	}
	if r.start > 0 {
		if first := addrSegFirst(st.toks, r.start); first > 0 {
			b := addrSegFirst(st.toks, first-1)
			if st.communeTyped(b) || !r.commTyped && first == r.commAt[0] && st.districtEcho(b, first, r.commAt[1]) {
				return true
			}
		}
	}
	// the segment before (bareBefore) asked last
	return st.readsAsDistrict(r.commAt) && st.bareBefore(r.start) >= 0
}

// districtEcho reports whether the part [b, e) is a district's type word
// ("Huyện", "Quận", "Thị xã", "H.", not "Thành phố", which a province
// has too) and the words that tokens [e, end) write, the next part whole:
// a district written, then its name again, as a form that adds the
// fields picked to the text typed does ("131 đường 3/2, huyện Đạ Tẻh,
// Đạ Tẻh, Lâm Đồng"). The name repeated is the district's, not a
// commune's of that name (the 2025 Xã Đạ Tẻh is one of several the
// district went into).
func (st *resolveState) districtEcho(b, e, end int) bool {
	toks := st.toks
	if !addrSegEnd(toks, end) {
		return false
	}
	uw, ok := addrUnitWordAt(st.norm, toks, b)
	if !ok || uw.kinds&addrDistTypes == 0 || uw.kinds&(addrCommTypes|addrProvTypes) != 0 {
		return false
	}
	return sameAddrKeys(toks, [2]int{b + len(uw.words), e}, [2]int{e, end})
}

// namedBeforeConf is the confidence at most of a 2025 commune read
// without type word or district after a bare name that is another
// commune of its province (communeNamedBefore).
const namedBeforeConf = 0.85

// communeNamedBefore reports whether reading r takes for its commune a
// 2025 one, written without type word or district, right after a part
// that is a bare name of another commune of the province, of either era,
// that did not go into it, or of no commune of the province at all:
// "Nghĩa Tân, Từ Liêm, Hà Nội" writes a ward of Cầu Giấy, then the
// district as it was called before 2014 (Bắc and Nam Từ Liêm since),
// which is also the name of a 2025 ward, and "Cổ Nhuế, Từ Liêm, Hà Nội"
// a ward split in 2013 (Cổ Nhuế 1 and 2 since) before it (a ward of Bắc
// or Nam Từ Liêm there reads in its district: parentNamed). Commune,
// district, province is the order people write, so the words read as the
// commune may be the district's, under a name no list of 2019–2025 has;
// or the bare name is a village's. Nothing says which: the reading
// stands, but below 0.9. An old commune then the 2025 one it went into
// whole agree, as do a name written twice; one that went into it in
// part does not: the address may be in another of its parts
// (leadsWholeTo). A 2025 commune with the name of a district the Origins
// know by name only (Từ Liêm) is below 0.9 whatever comes before it
// (parentNamedCommune): "Từ Liêm, Hà Nội" may be that district.
func (st *resolveState) communeNamedBefore(r *addrReading) bool {
	if r.comm < 0 || r.dist >= 0 || r.commTyped || st.x.unit(r.comm).Era() != Era2025 {
		return false
	}
	if st.parentNamedCommune(r.comm) {
		return true
	}
	b := st.bareBefore(r.start)
	if b < 0 || r.start-b > addrMaxNameTokens {
		return false
	}
	sp, _ := st.spanNames(b, r.start)
	prov := st.x.unit(r.comm).prov
	for k, en := range st.x.entryRun(sp.name) {
		u := st.x.unit(en.unit)
		if u.Level() != LevelCommune || !st.x.sameProvince(u.prov, prov) ||
			st.marked && st.nameFit(sp, k, b, r.start) == toneWrong {
			continue
		}
		if st.leadsWholeTo(en.unit, r.comm) {
			return false // one commune so named went into it whole: they agree
		}
	}
	return true // another commune, or none of the province: a village's name, or the commune's
}

// leadsWholeTo reports whether commune u, of either era, is 2025 commune
// c or went into it whole, or with all its population (the statistics
// office's note): an address in u is in c. One that went into c in part
// may be in another of its parts.
func (st *resolveState) leadsWholeTo(u, c int32) bool {
	if u == c {
		return true
	}
	if v := st.x.unit(u).via; v >= 0 {
		u = v
	}
	for _, s := range st.x.successors(u) {
		if s.to == c {
			return s.kind == KindWhole || s.allPop
		}
	}
	return false
}

// any2025CommuneAlone reports whether a reading has a 2025 commune and
// no district.
func (st *resolveState) any2025CommuneAlone() bool {
	for i := range st.rs {
		if r := &st.rs[i]; r.comm >= 0 && r.dist < 0 && st.x.unit(r.comm).Era() == Era2025 {
			return true
		}
	}
	return false
}

// communeTyped reports whether the part at token b opens with a
// commune's type word ("Xã", "P.", "Thị trấn").
func (st *resolveState) communeTyped(b int) bool {
	// asked for every reading: kept per token, as 1 (no) or 2 (yes)
	if len(st.commTypedAt) != len(st.toks) {
		st.commTypedAt = append(st.commTypedAt[:0], make([]uint8, len(st.toks))...)
	}
	if v := st.commTypedAt[b]; v != 0 {
		return v == 2
	}
	uw, ok := addrUnitWordAt(st.norm, st.toks, b)
	typed := ok && uw.kinds&addrCommTypes != 0 && uw.kinds&addrDistTypes == 0
	st.commTypedAt[b] = 1
	if typed {
		st.commTypedAt[b] = 2
	}
	return typed
}

// districtOrCommune levels a reading that takes a name written without
// type word for a 2025 commune with a reading that takes the same words
// for a pre-2025 district: "Ba Đình, Hà Nội" and "Tổ 5, Ngũ Hành Sơn, Đà
// Nẵng" are Quận Ba Đình and Quận Ngũ Hành Sơn in the lists of 2019–2025
// and Phường Ba Đình, Phường Ngũ Hành Sơn since; nothing in the text
// says which, so the resolution is ambiguous rather than a pick.
func (st *resolveState) districtOrCommune() {
	for i := range st.rs {
		r := &st.rs[i]
		r.score = st.districtLevel(r)
	}
}

// districtLevel returns the score districtOrCommune gives reading r: that
// of the best reading that takes r's commune, a 2025 one written without
// type word or district, for a district and scores less, or r's own. It
// reads the scores of readings without commune, which districtOrCommune
// leaves as they are.
func (st *resolveState) districtLevel(r *addrReading) int {
	if r.comm < 0 || r.dist >= 0 || r.commTyped || st.x.unit(r.comm).Era() != Era2025 {
		return r.score
	}
	level := r.score
	for j := range st.rs {
		if q := &st.rs[j]; q.dist >= 0 && q.comm < 0 && !q.distTyped && q.distAt == r.commAt && q.score < r.score &&
			(level == r.score || q.score > level) {
			level = q.score // the best district reading
		}
	}
	return level
}

// communeOfEitherEra levels a reading that takes a commune under a
// province named alike in both eras ("Thanh Hóa") for the 2025 commune
// with one that takes the same words for a pre-2025 commune of that
// province that went elsewhere, when both were read through a typo:
// "Xã Trug Thành, Thanh Hóa" is the 2025 Xã Trung Thành or the other
// pre-2025 commune so called. The district, which would date the address,
// is not written; the pre-2025 reading lost only for that
// (scoreOldNoDistrict), so the resolution lists both rather than pick the
// 2025 one. A 2025 commune written out stays itself, with or without
// tones: lists typed since 2025 write them so; but a name written without
// tones that is also another pre-2025 commune's name with other tones
// names either, and so does one written with tones that are the pre-2025
// commune's and the 2025 one's only with a word's marks left off
// (tonesNameOld).
func (st *resolveState) communeOfEitherEra() {
	for i := range st.rs {
		r := &st.rs[i] // the loop below changes other readings only, of the other era
		if r.comm < 0 || r.dist >= 0 || r.prov < 0 || st.x.unit(r.comm).Era() != Era2025 || st.x.unit(r.prov).Era() != Era2025 {
			continue
		}
		for j := range st.rs {
			q := &st.rs[j]
			if q.comm < 0 || q.dist >= 0 || q.prov < 0 || q.commAt != r.commAt || q.provAt != r.provAt ||
				st.x.unit(q.comm).Era() != EraPre2025 || st.x.unit(q.prov).Era() != EraPre2025 ||
				q.score >= r.score || q.score-scoreOldNoDistrict < r.score {
				continue
			}
			if (!r.typo || !q.typo) && !st.toneless(r, q) && !st.tonesNameOld(r, q) {
				continue // the name written out: the 2025 unit (its own name, its own province)
			}
			if !slices.ContainsFunc(st.currentOf(q), func(s addrSucc) bool { return s.to == r.comm }) {
				q.score = r.score
			}
		}
	}
}

// toneless reports whether the commune of readings r and q, written
// without tones, names two units whose names differ in their tones only:
// "nam can, nghe an" is Nậm Cắn (2025) or Nậm Càn (Kỳ Sơn, merged into Na
// Ngoi), and nothing written says which.
func (st *resolveState) toneless(r, q *addrReading) bool {
	for x := r.commAt[0]; x < r.commAt[1]; x++ {
		if st.toks[x].marked {
			return false
		}
	}
	return st.x.tone(r.comm) != st.x.tone(q.comm)
}

// tonesNameOld reports whether the words of the commune of readings r
// (2025) and q (pre-2025), as written, tones and all, are q's name and
// r's only with a tone on a word written without marks: "Xã Mường Sai,
// Sơn La" is the pre-2025 Xã Mường Sai of Sông Mã as written, or the 2025
// Xã Mường Sại with the dot left off, and nothing written says which.
func (st *resolveState) tonesNameOld(r, q *addrReading) bool {
	if !st.marked || r.typo || q.typo {
		return false
	}
	key := st.x.tone(q.comm)
	if key == st.x.tone(r.comm) {
		return false
	}
	i := r.commAt[1] - strings.Count(key, " ") - 1
	return i >= r.commAt[0] && st.toneFit(i, r.commAt[1], key) == toneExact
}

// bareBefore returns the first token of the segment that ends just before
// token start when it is a bare name, or -1.
func (st *resolveState) bareBefore(start int) int {
	// asked for the start of every reading: kept per token, as 2+b
	if len(st.bare) != len(st.toks)+1 {
		st.bare = append(st.bare[:0], make([]int32, len(st.toks)+1)...)
	}
	if start < 0 || start >= len(st.bare) {
		return st.findBareBefore(start)
	}
	if v := st.bare[start]; v != 0 {
		return int(v) - 2
	}
	b := st.findBareBefore(start)
	st.bare[start] = int32(b + 2)
	return b
}

func (st *resolveState) findBareBefore(start int) int {
	toks := st.toks
	if start <= 0 || start > len(toks) || !addrSegStart(toks, start) {
		return -1
	}
	// [b, start) is the whole segment: a house number there opens with a
	// number token of it ("12A", "Số 5"), which the loop finds, so the
	// loop alone is looksAddrLocal and more.
	b := addrSegFirst(toks, start-1)
	for x := b; x < start; x++ {
		if toks[x].num || isAddrStreetWord(toks[x].key) && addrStreetWritten(st.norm, &toks[x]) || addrHamletAt(toks, x) > 0 {
			return -1
		}
	}
	return b
}

// typedBefore returns where the segment just before start opens when it
// opens with a commune's type word and a name: the commune is written
// there as much as in a bare name (bareBefore), whose first word may
// read as a number, a hamlet's or a street's word to bareBefore
// ("Phường 5, Quận 6" a numbered ward, "Phường Bàn Cờ, Quận 1" a ward
// of another district: "Bàn" is "bản" without tones); -1 otherwise.
func (st *resolveState) typedBefore(start int) int {
	toks := st.toks
	if start <= 1 || start > len(toks) || !addrSegStart(toks, start) {
		return -1
	}
	b := addrSegFirst(toks, start-1)
	if b >= start-1 || !commWordKey(toks[b].key) {
		return -1
	}
	uw, ok := addrUnitWordAt(st.norm, toks, b)
	if !ok || uw.kinds&addrCommTypes == 0 || uw.kinds&addrDistTypes != 0 {
		return -1
	}
	// the name's first word may be any ("Phường 15", "Xã Bản Lầu",
	// "Phường Phố Huế"); a house number, street or hamlet after it
	// makes the part one of those ("Phường 5 Hẻm 12")
	for x := b + len(uw.words) + 1; x < start; x++ {
		if toks[x].num || isAddrStreetWord(toks[x].key) && addrStreetWritten(st.norm, &toks[x]) || addrHamletAt(toks, x) > 0 {
			return -1
		}
	}
	return b
}

// commWordKey reports whether key may open a commune's type word
// (addrUnitWordAt tells): most parts open with a house number, a
// street's or hamlet's word, or a district's type word, asked first as
// it costs less.
func commWordKey(key string) bool {
	switch key[0] {
	case 'c', 'f', 'p', 't', 'w', 'x': // "commune", "f", "p", "phường", "thị trấn", "tt", "ward", "xã"
	default:
		return false
	}
	places := addrUnitWordsOf(key)
	for p := 0; p < len(places); p++ {
		if k := addrUnitWords[places[p]].kinds; k&addrCommTypes != 0 && k&addrDistTypes == 0 {
			return true
		}
	}
	return false
}

// readsAsDistrict reports whether some reading takes the tokens at for a
// district.
func (st *resolveState) readsAsDistrict(at [2]int) bool {
	for i := range st.rs {
		if q := &st.rs[i]; q.dist >= 0 && q.distAt == at {
			return true
		}
	}
	return false
}
