package vietnam

import (
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/zlib"
	"encoding/binary"
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"math"
	"math/bits"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// syllableFreqFile is the source of syllableClasses: how often each
// Vietnamese syllable occurs in text whose terms let hocvuso, MIT, ship a
// table built from it (see syllableFreqHeader). The OpenSubtitles counts
// of testdata/opensubtitles_vi_syllables.txt (CC BY-SA 4.0) only weigh
// the test's words: see testdata/SOURCES.md.
const syllableFreqFile = "testdata/vi_syllable_counts.txt"

// syllableMinCount is the fewest occurrences a syllable of the corpus
// needs to be kept. The corpus is small (about 10⁵ syllables of
// sentences and names and 3.8×10⁶ of laws, where the subtitles the
// classes were first built from had 2.5×10⁷) and edited (Common Voice's
// sentences are reviewed, the names and laws are official), so a syllable
// seen once is a word: 1.
const syllableMinCount = 1

// syllableLawDivisor scales the counts of the laws (HOCVUSO_VI_LAW) to
// the rest of the corpus: a syllable's count is the larger of its count
// in the sentences and names and its count in the laws divided by this,
// rounded up. The laws are 39 times as long as the rest (3.8×10⁶
// syllables) and of one register: they say "bộ" (ministry, code) 18,000
// times and "bé" (small, child) twice, where Common Voice's sentences say
// "bé" 88 times and "bộ" 15, and TCVN3 writes "bộ" with the bytes of "bé". Summed at full
// weight they made Detect settle such pairs by the laws' usage: 5–9% more
// of the ambiguous words wrong and 4% more wrong in running text (VNI as
// Windows-1252). Taking the larger of the two lets the laws vouch for the
// words the sentences lack (a word seen a hundred times in the laws beats
// a never-seen reading) and keeps the sentences' order of everyday
// words. Measured by TestDetectSingleWords (wrong answers on any row,
// ambiguous or not, list or running text, against the table without the
// laws): summed at 1/40 +0.9 to +2.0 points, the larger at 1/40 up to
// +0.9, at 1/50 +0.3, at 1/70 and 1/100 at most +0.04, each gaining 0.05–
// 0.3 points of right answers on the unambiguous words.
const syllableLawDivisor = 100

// syllableClassShift is added to the bit length of a syllable's count to
// make its class, so that a syllable seen once has class 4, as the
// rarest one kept from the subtitles (ten times) had. A syllable then
// beats one as common by lexMargin once it is seen 2⁶ times as often; one
// never seen it beats whatever its count (reading.commoner), since
// Unihan's readings made the table an inventory. Before that rule, a
// syllable beat one never seen once it was seen 4 times (4 in 10⁵, where
// the subtitles needed 32 in 2.5×10⁷). Measured by TestDetectSingleWords: a shift of 5 or more
// (a count of 1 enough) turned 2–3% more ambiguous words wrong, less
// than 3 made more answers Unknown and none fewer wrong. Measured again
// with the laws (syllableLawDivisor): 4 made 0.2–0.8 point more of the
// unambiguous words right and up to 3.7 points more of the ambiguous ones
// wrong, 2 made 0.1–0.5 point fewer right; 3 stays.
const syllableClassShift = 3

// syllableFreqHeader heads syllableFreqFile: its sources, their commits
// and terms.
const syllableFreqHeader = `# Vietnamese syllables and how often each occurs in text hocvuso may
# ship a table built from, counted by TestWriteSyllableFreq:
# - Common Voice's Vietnamese sentences (github.com/common-voice/
#   common-voice, server/data/vi/sentence-collector.txt at commit
#   0409f0915baa30f87ac8573ea094c802aa1421bd; sentences released CC0 1.0);
# - the names of Vietnam's administrative units before and after
#   1/7/2025 and of the 2019-2025 changes (vietnam/admin/internal/data,
#   names published by the General Statistics Office and in the
#   government's resolutions: public government data, see SOURCES.md there);
# - the names of the 54 ethnic groups and their aliases
#   (vietnam/ethnic/testdata/ethnic_groups.csv, GSO's code lists: public
#   government data);
# - the text of 207 laws and codes of Vietnam (the Constitution of 2013,
#   the Civil, Criminal, Labour, Maritime and procedure codes, laws of
#   1957-2022) as collected in underthesea's Vietnamese Legal Corpus
#   (github.com/undertheseanlp/underthesea,
#   extensions/datasets/CP_Vietnamese-VLC/output/processed/*.txt at commit
#   e0be4fc051a7af9f2c067bedfd8c761ed4b2c27b, less the UNCITRAL model law):
#   normative legal documents, which are not objects of copyright (Law on
#   Intellectual Property 2005, Article 15).
# The sentences were read 16,000 characters at a time through a code
# search index and may differ from the file by a few characters. Words
# were put in lower case and NFC and kept when they are a well-formed
# Vietnamese syllable (strictSyllable): 99,934 syllables in the sentences
# and names, 57% of them from the names, and 3,796,357 in the laws. A
# syllable's count is the larger of its count in the sentences and names
# and its count in the laws divided by 100, rounded up
# (syllableLawDivisor). Rebuild with
# git -C underthesea archive e0be4fc051a7af9f2c067bedfd8c761ed4b2c27b \
#   extensions/datasets/CP_Vietnamese-VLC/output/processed | tar -x
# HOCVUSO_VI_CV=sentence-collector.txt \
# HOCVUSO_VI_LAW=extensions/datasets/CP_Vietnamese-VLC/output/processed \
#   go test -run TestWriteSyllableFreq ./vietnam
`

// syllableNameSources are the CSV files of government names counted, with
// the columns that hold names. Each row counts once, as written.
var syllableNameSources = []struct {
	path    string
	columns []string
}{
	{"admin/internal/data/provinces_pre2025.csv", []string{"full_name"}},
	{"admin/internal/data/provinces_2025.csv", []string{"full_name"}},
	{"admin/internal/data/districts_pre2025.csv", []string{"full_name"}},
	{"admin/internal/data/communes_pre2025.csv", []string{"full_name"}},
	{"admin/internal/data/communes_2025.csv", []string{"full_name"}},
	{"admin/internal/data/history/changes_2019_2025.csv", []string{"old_full_name", "new_full_name"}},
	{"admin/internal/data/changes_after_2025-07-01.csv", []string{"before_full_name", "after_full_name"}},
	{"ethnic/testdata/ethnic_groups.csv", []string{"name", "aliases"}},
}

// countSyllables adds to counts the well-formed syllables of text.
func countSyllables(counts map[string]int, text string) {
	words := strings.FieldsFunc(norm.NFC.String(strings.ToLower(text)), func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		if strictSyllable([]rune(w)) == wordGood {
			counts[w]++
		}
	}
}

// syllableLawSkip are the files of the law corpus that are not Vietnamese
// normative documents: the UNCITRAL Model Law on International Commercial
// Arbitration is a translation of a United Nations text, not a law of
// Vietnam, so Điều 15 of the Law on Intellectual Property does not cover it.
var syllableLawSkip = []string{
	"Luat-mau-ve-trong-tai-thuong-mai-quoc-te-cua-Uy-ban-lien-hiep-quoc-ve-Luat-thuong-mai-quoc-te-1985-81043.txt",
}

// countLawCorpus raises counts to the counts of the syllables of the laws
// in dir, the plain-text files of underthesea's Vietnamese Legal Corpus
// (see syllableFreqHeader) but those of syllableLawSkip, scaled by
// syllableLawDivisor.
func countLawCorpus(t *testing.T, counts map[string]int, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("HOCVUSO_VI_LAW: no .txt file in %s", dir)
	}
	law := map[string]int{}
	for _, f := range files {
		if slices.Contains(syllableLawSkip, filepath.Base(f)) {
			continue
		}
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		countSyllables(law, string(text))
	}
	total := 0
	for w, n := range law {
		total += n
		counts[w] = max(counts[w], (n+syllableLawDivisor-1)/syllableLawDivisor)
	}
	t.Logf("laws: %d files, %d syllables, %d distinct", len(files)-len(syllableLawSkip), total, len(law))
}

// TestWriteSyllableFreq rebuilds syllableFreqFile from Common Voice's
// sentences, when HOCVUSO_VI_CV gives their path, the laws, when
// HOCVUSO_VI_LAW gives the directory of their .txt files, and the
// government names of syllableNameSources, and then syllable_table.go
// from it (see syllableFreqHeader for where the files come from).
func TestWriteSyllableFreq(t *testing.T) {
	src, lawDir := os.Getenv("HOCVUSO_VI_CV"), os.Getenv("HOCVUSO_VI_LAW")
	if src == "" || lawDir == "" {
		t.Skip("HOCVUSO_VI_CV and HOCVUSO_VI_LAW are not both set")
	}
	counts := map[string]int{}
	text, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	countSyllables(counts, string(text))
	for _, s := range syllableNameSources {
		f, err := os.Open(s.path)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", s.path, err)
		}
		for _, col := range s.columns {
			i := slices.Index(rows[0], col)
			if i < 0 {
				t.Fatalf("%s: no column %s", s.path, col)
			}
			for _, row := range rows[1:] {
				countSyllables(counts, row[i])
			}
		}
	}
	countLawCorpus(t, counts, lawDir)
	var out strings.Builder
	out.WriteString(syllableFreqHeader)
	words := make([]string, 0, len(counts))
	for w, n := range counts {
		if n >= syllableMinCount {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	for _, w := range words {
		fmt.Fprintf(&out, "%s %d\n", w, counts[w])
	}
	if err := os.WriteFile(syllableFreqFile, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("syllable_table.go", []byte(syllableTableSource(t)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// webSyllableFile lists the syllables of Tesseract's Vietnamese word
// lists (see webSyllableHeader) with their ranks there. It vouches for
// the syllables of web text that the small corpus of syllableFreqFile
// lacks ("sụi", "hông" are in neither; "bướm", "nhắn" only here).
const webSyllableFile = "testdata/tesseract_vie_syllables.txt"

// webSyllableHeader heads webSyllableFile: its source, commit and terms.
const webSyllableHeader = `# Vietnamese syllables of web text and where each first occurs in
# Tesseract's Vietnamese word lists, both ordered from the commonest:
# vie/vie.wordlist (34,401 words) and vie/vie.word.bigrams (266,465 pairs
# of words) of github.com/tesseract-ocr/langdata at commit
# bc528bf11370d6e469190a96e846b71c741425ba, of the Tesseract OCR project,
# licensed under the Apache License 2.0 (a copy is
# testdata/LICENSE-tesseract-langdata). Changed here: words were split at
# what is not a letter, put in lower case and NFC, and kept when they have
# a letter outside ASCII and are a well-formed Vietnamese syllable
# (strictSyllable); each line is a syllable, its rank among the lines of
# vie.wordlist and among those of vie.word.bigrams (0: not there).
# Rebuild with HOCVUSO_TESS_LANGDATA=<a checkout of that commit> \
#   go test -run TestWriteWebSyllables ./vietnam
`

// Ranks in webSyllableFile stand for counts on the scale of
// syllableFreqFile: a syllable first seen on line r of vie.wordlist counts
// 2^(webWordBits - webWordSlope·log₂ r), one first seen on line r of the
// bigrams 2^(webPairBits - webPairSlope·log₂ r), the larger of the two,
// and any syllable of the lists at least once. The constants are the
// least-squares lines of log₂ count on log₂ rank over the syllables that
// the corpus shares with vie.wordlist (3,128) and with the bigrams
// (3,099), so that a rank says what the corpus would have counted.
const (
	webWordBits  = 12.2
	webWordSlope = 0.83
	webPairBits  = 9.6
	webPairSlope = 0.53
)

// webCount is the count on the scale of syllableFreqFile that the ranks
// of a syllable in Tesseract's lists stand for (see webWordBits).
func webCount(wordRank, pairRank int) int {
	c := 1.0
	if wordRank > 0 {
		c = max(c, math.Exp2(webWordBits-webWordSlope*math.Log2(float64(wordRank))))
	}
	if pairRank > 0 {
		c = max(c, math.Exp2(webPairBits-webPairSlope*math.Log2(float64(pairRank))))
	}
	return int(math.Round(c))
}

// TestWriteWebSyllables rebuilds webSyllableFile from a checkout of
// Tesseract's langdata (see webSyllableHeader) that
// HOCVUSO_TESS_LANGDATA names, and then syllable_table.go.
func TestWriteWebSyllables(t *testing.T) {
	dir := os.Getenv("HOCVUSO_TESS_LANGDATA")
	if dir == "" {
		t.Skip("HOCVUSO_TESS_LANGDATA is not set")
	}
	ranks := map[string]*[2]int{}
	for i, name := range []string{"vie/vie.wordlist", "vie/vie.word.bigrams"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		line := 0
		for l := range strings.Lines(string(data)) {
			line++
			words := strings.FieldsFunc(norm.NFC.String(strings.ToLower(l)), func(r rune) bool { return !unicode.IsLetter(r) })
			for _, w := range words {
				if isASCIIWord(w) || strictSyllable([]rune(w)) != wordGood {
					continue
				}
				if ranks[w] == nil {
					ranks[w] = &[2]int{}
				}
				if ranks[w][i] == 0 {
					ranks[w][i] = line
				}
			}
		}
	}
	words := slices.Sorted(maps.Keys(ranks))
	var out strings.Builder
	out.WriteString(webSyllableHeader)
	for _, w := range words {
		fmt.Fprintf(&out, "%s %d %d\n", w, ranks[w][0], ranks[w][1])
	}
	if err := os.WriteFile(webSyllableFile, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("syllable_table.go", []byte(syllableTableSource(t)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// bibleSyllableFile counts the syllables of the Vietnamese Bible of 1934
// (see bibleSyllableHeader), a public-domain text of literary and older
// vocabulary ("gùi", "khòm", "sõi" are in no other source; "quì" only in
// Unihan's readings). syllableCounts scales its counts by
// syllableBibleDivisor and leaves out its slips (bibleSlipRatio).
const bibleSyllableFile = "testdata/bible1934_vi_syllables.txt"

// bibleSyllableHeader heads bibleSyllableFile: its source, commit and
// terms.
const bibleSyllableHeader = `# Vietnamese syllables of the Vietnamese Bible of 1934 (Kinh Thánh Tiếng
# Việt, the Bản Truyền Thống of 1926 as revised in 1934) and how often
# each occurs, counted by TestWriteBibleSyllables from the SWORD module
# "Viet" (version 1.4.1, 2013-08-20; text supplied by Phien Nguyen via
# unbound.biola.edu) in sources/vi/Viet/Viet.zip of
# github.com/scrollmapper/bible_databases at commit
# a228a19a29099a41c196c2a310cd93e50a390e30. The module's conf
# (mods.d/viet.conf) says: "Published without a copyright statement. The
# Bible Text is PUBLIC DOMAIN", DistributionLicense=Public Domain; Phan
# Khôi, its Vietnamese translator with the missionaries of the Christian
# and Missionary Alliance, died in 1959, and Vietnam protects a work 50
# years after its author's death (Law on Intellectual Property 2005,
# Article 27). Only the counts are kept here, not the text. Verses with a
# character of U+0080-U+00BF (38 of 31,102: bytes of a broken
# conversion, "Tr»»i") were left out; words were split at what is not a
# letter or a hyphen and kept, in NFC, when written in small letters (not
# the names, "Gióp", nor the words that begin a sentence), with no hyphen
# (not the transliterated names, "Giê-hô-va", "Y-sơ-ra-ên") and a
# well-formed Vietnamese syllable (strictSyllable): 719,559 syllables,
# 3,653 distinct. Rebuild with
# git -C bible_databases show \
#   a228a19a29099a41c196c2a310cd93e50a390e30:sources/vi/Viet/Viet.zip >Viet.zip
# unzip Viet.zip && HOCVUSO_VI_BIBLE=modules/texts/ztext/viet \
#   go test -run TestWriteBibleSyllables ./vietnam
`

// syllableBibleDivisor scales the counts of bibleSyllableFile to the
// rest of the corpus, as syllableLawDivisor does the laws': a syllable's
// count is the larger of its count there and its count in the Bible
// divided by this, rounded up. The Bible (719,559 syllables counted) is 7
// times as long as the sentences and names. Measured by
// TestDetectSingleWords: 30 made the same answers, 10 as many right on
// the words that are not ambiguous but 10-16 points fewer of the
// ambiguous VNI words right in running text (the Bible's usage settling
// them); a Bible-only syllable counted as known only (as Unihan's,
// syllableKnownClass) rather than seen made as many right and 0.1-0.6
// point more of the ambiguous words wrong, and counting only what the
// Bible has at least twice 0.2-0.6 point more of them wrong.
const syllableBibleDivisor = 100

// bibleSlipRatio: a syllable of bibleSyllableFile that starts with d
// and whose spelling with đ occurs this many times as often there is a
// slip of the text for đ ("dược" 18 times, "được" 4,682) and is not
// counted. The text writes d for đ now and then; counted, "dổ" made VNI
// "dỉ" the TCVN3 reading "dổ" (two wrong answers more). Of the 17
// syllables this leaves out, the words ("di", "diều", "dứa") are in the
// table from the other sources.
const bibleSlipRatio = 50

// zTextVerses reads the verses of a SWORD zText module (the .bzs, .bzv
// and .bzz files of dir for the Old and the New Testament): blocks of
// zlib-compressed text, and for each verse its block, offset and length.
func zTextVerses(t *testing.T, dir string) []string {
	t.Helper()
	var verses []string
	for _, testament := range []string{"ot", "nt"} {
		read := func(ext string) []byte {
			data, err := os.ReadFile(filepath.Join(dir, testament+ext))
			if err != nil {
				t.Fatal(err)
			}
			return data
		}
		bzs, bzv, bzz := read(".bzs"), read(".bzv"), read(".bzz")
		var blocks [][]byte
		for i := 0; i+12 <= len(bzs); i += 12 {
			off, size := binary.LittleEndian.Uint32(bzs[i:]), binary.LittleEndian.Uint32(bzs[i+4:])
			r, err := zlib.NewReader(bytes.NewReader(bzz[off : off+size]))
			if err != nil {
				t.Fatal(err)
			}
			block, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if len(block) != int(binary.LittleEndian.Uint32(bzs[i+8:])) {
				t.Fatalf("%s.bzs: block %d is %d bytes", testament, i/12, len(block))
			}
			blocks = append(blocks, block)
		}
		for i := 0; i+10 <= len(bzv); i += 10 {
			b, off := binary.LittleEndian.Uint32(bzv[i:]), binary.LittleEndian.Uint32(bzv[i+4:])
			size := uint32(binary.LittleEndian.Uint16(bzv[i+8:]))
			if size > 0 {
				verses = append(verses, string(blocks[b][off:off+size]))
			}
		}
	}
	return verses
}

// TestWriteBibleSyllables rebuilds bibleSyllableFile from the SWORD
// module whose directory HOCVUSO_VI_BIBLE names (see
// bibleSyllableHeader), and then syllable_table.go.
func TestWriteBibleSyllables(t *testing.T) {
	dir := os.Getenv("HOCVUSO_VI_BIBLE")
	if dir == "" {
		t.Skip("HOCVUSO_VI_BIBLE is not set")
	}
	counts := map[string]int{}
	verses, skipped, total := zTextVerses(t, dir), 0, 0
	for _, v := range verses {
		if strings.ContainsFunc(v, func(r rune) bool { return r >= 0x80 && r <= 0xbf }) {
			skipped++
			continue
		}
		for _, w := range strings.FieldsFunc(norm.NFC.String(v), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
			if w == strings.ToLower(w) && !strings.Contains(w, "-") && strictSyllable([]rune(w)) == wordGood {
				counts[w]++
				total++
			}
		}
	}
	t.Logf("%d verses, %d left out, %d syllables, %d distinct", len(verses), skipped, total, len(counts))
	writeSyllableCounts(t, bibleSyllableFile, bibleSyllableHeader, counts)
}

// readSyllableCounts reads a testdata file of well-formed syllables and
// their counts, one "syllable count" a line.
func readSyllableCounts(t *testing.T, path string) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, line := range dataLines(t, path) {
		w, count, _ := strings.Cut(line, " ")
		n, err := strconv.Atoi(count)
		if err != nil || n < 1 || strictSyllable([]rune(w)) != wordGood {
			t.Fatalf("%s: bad line %q", path, line)
		}
		counts[w] = n
	}
	return counts
}

// writeSyllableCounts writes path, header and then counts in the form
// readSyllableCounts reads, and then syllable_table.go.
func writeSyllableCounts(t *testing.T, path, header string, counts map[string]int) {
	t.Helper()
	var out strings.Builder
	out.WriteString(header)
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		fmt.Fprintf(&out, "%s %d\n", w, counts[w])
	}
	if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("syllable_table.go", []byte(syllableTableSource(t)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// unihanSyllableFile lists the Vietnamese readings of the Unihan
// database (see unihanSyllableHeader): syllables of the dictionaries
// behind it, Sino-Vietnamese and Nôm, with no count. They make the
// syllable table an inventory as well as a frequency list: a syllable
// only there is known without a count (syllableKnownClass), and a
// reading with a syllable no source has is the rarer (reading.commoner).
const unihanSyllableFile = "testdata/unihan_vi_syllables.txt"

// unihanSyllableHeader heads unihanSyllableFile: its source and terms.
const unihanSyllableHeader = `# Vietnamese syllables of the Unihan database: the readings of its
# kVietnamese field, Unihan_Readings.txt of Unicode 15.0.0 (dated
# 2022-08-01; as shipped by Debian's unicode-data 15.0.0-1), Copyright
# 1991-2022 Unicode, Inc., under the Unicode license whose text is
# testdata/LICENSE-unicode. Changed here: readings put in lower case and
# NFC and kept when they are a well-formed Vietnamese syllable
# (strictSyllable); one a line, sorted.
# Rebuild with HOCVUSO_UNIHAN=<path of Unihan_Readings.txt or .txt.bz2> \
#   go test -run TestWriteUnihanSyllables ./vietnam
`

// TestWriteUnihanSyllables rebuilds unihanSyllableFile from the
// Unihan_Readings.txt (or its .bz2) that HOCVUSO_UNIHAN names, and then
// syllable_table.go.
func TestWriteUnihanSyllables(t *testing.T) {
	path := os.Getenv("HOCVUSO_UNIHAN")
	if path == "" {
		t.Skip("HOCVUSO_UNIHAN is not set")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".bz2") {
		r = bzip2.NewReader(f)
	}
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		// U+346B<TAB>kVietnamese<TAB>nộm[ reading...]
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 || fields[1] != "kVietnamese" {
			continue
		}
		for _, w := range strings.Fields(norm.NFC.String(strings.ToLower(fields[2]))) {
			if strictSyllable([]rune(w)) == wordGood {
				seen[w] = true
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(seen) < 3000 {
		t.Fatalf("%s: %d readings; is it Unihan_Readings.txt?", path, len(seen))
	}
	var out strings.Builder
	out.WriteString(unihanSyllableHeader)
	for _, w := range slices.Sorted(maps.Keys(seen)) {
		out.WriteString(w + "\n")
	}
	if err := os.WriteFile(unihanSyllableFile, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("syllable_table.go", []byte(syllableTableSource(t)), 0o644); err != nil {
		t.Fatal(err)
	}
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// syllableCounts reads the counts of syllableFreqFile, raises them to
// those of bibleSyllableFile and literatureSyllableFile scaled
// (syllableBibleDivisor, syllableLiteratureDivisor) and to what the ranks
// of webSyllableFile stand for (webCount), and adds with a count of 0 the
// syllables of unihanSyllableFile, those of literatureSyllableFile seen
// fewer than syllableLiteratureDivisor times and those of
// thieuChuuSyllableFile seen thieuChuuMinCount times or more, that none
// has.
func syllableCounts(t *testing.T) map[string]int {
	t.Helper()
	counts := map[string]int{}
	for _, line := range dataLines(t, syllableFreqFile) {
		w, count, _ := strings.Cut(line, " ")
		n, err := strconv.Atoi(count)
		if err != nil || n < syllableMinCount {
			t.Fatalf("%s: bad line %q", syllableFreqFile, line)
		}
		counts[w] = n
	}
	bible := readSyllableCounts(t, bibleSyllableFile)
	for w, n := range bible {
		if rest, ok := strings.CutPrefix(w, "d"); ok && bible["đ"+rest] >= bibleSlipRatio*n {
			continue // a slip for đ: "dược", "dất"
		}
		counts[w] = max(counts[w], (n+syllableBibleDivisor-1)/syllableBibleDivisor)
	}
	lit := readSyllableCounts(t, literatureSyllableFile)
	for w, n := range lit {
		if n < literatureMinCount || literatureSlip(lit, w, n) {
			continue
		}
		if _, ok := counts[w]; !ok || n >= syllableLiteratureDivisor {
			counts[w] = max(counts[w], n/syllableLiteratureDivisor) // 0: known, not counted
		}
	}
	tc := readSyllableCounts(t, thieuChuuSyllableFile)
	for w, n := range tc {
		if _, ok := counts[w]; !ok && n >= thieuChuuMinCount && !literatureSlip(tc, w, n) {
			counts[w] = 0 // known, not counted: a dictionary's prose, not running text
		}
	}
	for _, line := range dataLines(t, webSyllableFile) {
		f := strings.Fields(line)
		if len(f) != 3 {
			t.Fatalf("%s: bad line %q", webSyllableFile, line)
		}
		wr, err1 := strconv.Atoi(f[1])
		pr, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || wr == 0 && pr == 0 {
			t.Fatalf("%s: bad line %q", webSyllableFile, line)
		}
		counts[f[0]] = max(counts[f[0]], webCount(wr, pr))
	}
	for _, w := range dataLines(t, unihanSyllableFile) {
		if strictSyllable([]rune(w)) != wordGood {
			t.Fatalf("%s: bad line %q", unihanSyllableFile, w)
		}
		if _, ok := counts[w]; !ok {
			counts[w] = 0 // known, not counted: syllableKnownClass
		}
	}
	return counts
}

// dataLines reads the lines of a testdata file but its # comments,
// trimmed.
func dataLines(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for line := range strings.Lines(string(data)) {
		if !strings.HasPrefix(line, "#") {
			lines = append(lines, strings.TrimSpace(line))
		}
	}
	return lines
}

// syllableTableSource is syllable_table.go as built from syllableFreqFile,
// bibleSyllableFile, webSyllableFile and unihanSyllableFile.
func syllableTableSource(t *testing.T) string {
	t.Helper()
	counts := syllableCounts(t)
	var b strings.Builder
	b.WriteString(`// Code generated by TestWriteSyllableFreq from ` + syllableFreqFile + `,
// ` + bibleSyllableFile + `, ` + literatureSyllableFile + `,
// ` + thieuChuuSyllableFile + `,
// ` + webSyllableFile + ` and ` + unihanSyllableFile + `; DO NOT EDIT.
// The second to fourth count public-domain texts, the fifth is derived
// from Tesseract's langdata (Apache License 2.0), the sixth from the
// Unihan database (Copyright 1991-2022 Unicode, Inc., Unicode license in
// testdata/LICENSE-unicode); see testdata/SOURCES.md.

package vietnam

// syllableClassData lists the syllables of the corpus, of the Bible of
// 1934, of public-domain literature, of Thiều Chửu's dictionary, of
// Tesseract's web word lists and of Unihan's Vietnamese readings in
// order, each followed by its class
// (the bit length of its count, plus ` + strconv.Itoa(syllableClassShift) + ` for the corpus's size; ` + strconv.Itoa(syllableKnownClass) + ` for
// the syllables known but not counted: Unihan's readings, the
// literature's rarer ones and the dictionary's) as a capital letter, 'A' for 0: syllables
// are in lower case.
const syllableClassData = "`)
	width := 0
	for _, w := range slices.Sorted(maps.Keys(counts)) {
		n := counts[w]
		if width > 64 {
			b.WriteString("\" +\n\t\"")
			width = 0
		}
		width += utf8.RuneCountInString(w) + 1
		class := syllableClassShift + bits.Len(uint(n))
		if n == 0 {
			class = syllableKnownClass
		}
		fmt.Fprintf(&b, "%s%c", w, 'A'+class)
	}
	b.WriteString("\"\n")
	writeKnownRhymes(&b, slices.Collect(maps.Keys(counts)))
	return b.String()
}

// writeKnownRhymes writes knownRhymeKeys and knownRhymeCounts, the toned
// rhymes (appendTonedRhyme) of syllables and how many of them have each,
// as arrays the linker lays out: no work at start or first use, where
// counting them from the table's map took some 14 million instructions.
func writeKnownRhymes(b *strings.Builder, syllables []string) {
	count := map[string]int{}
	for _, s := range syllables {
		if k, ok := appendTonedRhyme(nil, []rune(s)); ok {
			count[string(k)]++
		}
	}
	keys := slices.Sorted(maps.Keys(count))
	b.WriteString(`
// knownRhymeKeys are the toned rhymes (appendTonedRhyme) of the syllables
// of syllableClassData, sorted; knownRhymeCounts says how many syllables
// have each.
var knownRhymeKeys = [...]string{`)
	for i, k := range keys {
		if i%8 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%q,", k)
	}
	b.WriteString("\n}\n\nvar knownRhymeCounts = [...]uint8{")
	for i, k := range keys {
		if i%16 == 0 {
			b.WriteString("\n\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "%d,", min(count[k], math.MaxUint8))
	}
	b.WriteString("\n}\n")
}

// TestWriteSyllableTable rebuilds syllable_table.go from the testdata
// files it is made of, when HOCVUSO_WRITE_TABLE is set: after a change to
// how the table is written rather than to its sources.
func TestWriteSyllableTable(t *testing.T) {
	if os.Getenv("HOCVUSO_WRITE_TABLE") == "" {
		t.Skip("HOCVUSO_WRITE_TABLE is not set")
	}
	if err := os.WriteFile("syllable_table.go", []byte(syllableTableSource(t)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestKnownRhymesAgree: knownRhymeKeys and knownRhymeCounts are the toned
// rhymes of the syllables the table holds, counted.
func TestKnownRhymesAgree(t *testing.T) {
	want := map[string]int{}
	for s := range syllableClasses() {
		if k, ok := appendTonedRhyme(nil, []rune(s)); ok {
			want[string(k)]++
		}
	}
	got := map[string]int{}
	for i, k := range knownRhymeKeys {
		got[k] = int(knownRhymeCounts[i])
		if i > 0 && knownRhymeKeys[i-1] >= k {
			t.Fatalf("knownRhymeKeys not sorted at %q", k)
		}
	}
	if !maps.Equal(got, want) {
		t.Fatal("knownRhymeKeys and knownRhymeCounts are stale: run TestWriteSyllableTable")
	}
	for k, n := range want {
		if c := knownRhymeCount([]byte(k)); c != n {
			t.Fatalf("knownRhymeCount(%q) = %d, want %d", k, c, n)
		}
	}
	if c := knownRhymeCount([]byte("ựi5")); c != 0 {
		t.Fatalf("knownRhymeCount of a rhyme no syllable has = %d", c)
	}
}

// TestSyllableTableAgrees: syllable_table.go is what its generator makes
// of syllableFreqFile, bibleSyllableFile, webSyllableFile and
// unihanSyllableFile.
func TestSyllableTableAgrees(t *testing.T) {
	got, err := os.ReadFile("syllable_table.go")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != syllableTableSource(t) {
		t.Fatal("syllable_table.go is stale: run TestWriteSyllableFreq as testdata/vi_syllable_counts.txt says")
	}
}

// TestBibleSyllablesInTable: the words of the Bible of 1934 that no other
// source has are in the table, seen (a class above syllableKnownClass),
// and its slips of d for đ are not.
func TestBibleSyllablesInTable(t *testing.T) {
	for _, tc := range []struct {
		syllable string
		in       bool
	}{
		{"gùi", true},  // a back-basket: the Bible's only
		{"khòm", true}, // stooped
		{"sõi", true},
		{"quì", true},  // Unihan's, seen in the Bible
		{"dổ", false},  // "đổ" 475 times, "dổ" 5
		{"dất", false}, // "đất" 2,004 times
	} {
		class, ok := syllableClasses()[tc.syllable]
		assert.Equal(t, tc.in, ok, tc.syllable)
		if tc.in {
			assert.Greater(t, class, uint8(syllableKnownClass), tc.syllable)
		}
	}
}
