package vietnam_test

import (
	"bufio"
	"flag"
	"fmt"
	"maps"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"

	"github.com/hocvuso/hocvuso/vietnam"
)

// wordListsFlag runs TestDetectForeignWordLists, which reads the word
// lists of Debian's wfrench, wspanish, wportuguese, witalian, wngerman and
// wcatalan packages from /usr/share/dict (apt-get install them first):
// 3.76 M words, a few minutes of Detect.
var wordListsFlag = flag.Bool("detect.wordlists", false, "measure Detect on Debian's word lists in /usr/share/dict")

// foreignWordLists are the lists TestDetectForeignWordLists reads, by
// language, as Debian's packages install them.
var foreignWordLists = []struct{ lang, file string }{
	{"French", "french"}, {"Spanish", "spanish"}, {"Portuguese", "portuguese"},
	{"Italian", "italian"}, {"German", "ngerman"}, {"Catalan", "catalan"},
}

// foreignTally counts, for one language, the words Detect reads as each
// legacy table: as written in Unicode (text, where the foreign-text rule
// wants none), and as their Latin-1 bytes (raw, not UTF-8: Windows-1252
// for œ and the like), which are no legacy table's either.
type foreignTally struct {
	words         int
	text          [vietnam.VIQR + 1]int
	raw           [vietnam.VIQR + 1]int
	textEx, rawEx [vietnam.VIQR + 1][]string
	rawWords      int // words whose bytes are not valid UTF-8 (not ASCII)
	rawUnknown    int
}

func (f *foreignTally) addWord(w string) {
	f.words++
	if e, _ := vietnam.Detect(w); e >= vietnam.TCVN3 {
		f.text[e]++
		if len(f.textEx[e]) < 12 {
			f.textEx[e] = append(f.textEx[e], w)
		}
	}
	b, err := charmap.Windows1252.NewEncoder().String(w)
	if err != nil || utf8.ValidString(b) {
		return // a letter outside Windows-1252, or ASCII: no raw bytes
	}
	f.rawWords++
	switch e, _ := vietnam.Detect(b); {
	case e >= vietnam.TCVN3:
		f.raw[e]++
		if len(f.rawEx[e]) < 12 {
			f.rawEx[e] = append(f.rawEx[e], fmt.Sprintf("%s=%s", w, e.Decode(b)))
		}
	case e == vietnam.EncodingUnknown:
		f.rawUnknown++
	}
}

// TestDetectForeignWordLists measures the foreign-text rule on real
// words: how many words of six languages' word lists (each as written and
// capitalised) Detect reads as TCVN3, VNI or VIQR, in Unicode and as
// their Latin-1 bytes. Run with -detect.wordlists.
func TestDetectForeignWordLists(t *testing.T) {
	if !*wordListsFlag {
		t.Skip("run with -detect.wordlists (needs Debian's word lists in /usr/share/dict)")
	}
	var total foreignTally
	for _, l := range foreignWordLists {
		f, err := os.Open("/usr/share/dict/" + l.file)
		require.NoError(t, err, "apt-get install w%s", l.file)
		seen := map[string]bool{}
		var words []string
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			w := strings.TrimSpace(sc.Text())
			if w == "" {
				continue
			}
			r, n := utf8.DecodeRuneInString(w)
			for _, v := range []string{w, string(unicode.ToUpper(r)) + w[n:]} {
				if !seen[v] {
					seen[v] = true
					words = append(words, v)
				}
			}
		}
		require.NoError(t, sc.Err())
		f.Close()
		workers := runtime.GOMAXPROCS(0)
		parts := make([]foreignTally, workers)
		var wg sync.WaitGroup
		for i := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := i; j < len(words); j += workers {
					parts[i].addWord(words[j])
				}
			}()
		}
		wg.Wait()
		var lt foreignTally
		for _, p := range parts {
			lt.words += p.words
			lt.rawWords += p.rawWords
			lt.rawUnknown += p.rawUnknown
			for e := range lt.text {
				lt.text[e] += p.text[e]
				lt.raw[e] += p.raw[e]
				lt.textEx[e] = append(lt.textEx[e], p.textEx[e]...)
				lt.rawEx[e] = append(lt.rawEx[e], p.rawEx[e]...)
			}
		}
		t.Logf("%-10s %8d words: as Unicode TCVN3/VNI/VIQR %d/%d/%d; %d as Latin-1 bytes: TCVN3/VNI %d/%d, Unknown %d",
			l.lang, lt.words, lt.text[vietnam.TCVN3], lt.text[vietnam.VNI], lt.text[vietnam.VIQR],
			lt.rawWords, lt.raw[vietnam.TCVN3], lt.raw[vietnam.VNI], lt.rawUnknown)
		for _, e := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI, vietnam.VIQR} {
			if ex := lt.textEx[e]; len(ex) > 0 {
				t.Logf("    as Unicode read as %s: %q", e, ex[:min(len(ex), 12)])
			}
			if ex := lt.rawEx[e]; len(ex) > 0 {
				slices.Sort(ex)
				t.Logf("    as bytes read as %s: %q", e, ex[:min(len(ex), 12)])
			}
		}
		total.words += lt.words
		total.rawWords += lt.rawWords
		total.rawUnknown += lt.rawUnknown
		for e := range total.text {
			total.text[e] += lt.text[e]
			total.raw[e] += lt.raw[e]
		}
	}
	t.Logf("all        %8d words: as Unicode TCVN3/VNI/VIQR %d/%d/%d; %d as Latin-1 bytes: TCVN3/VNI %d/%d, Unknown %d",
		total.words, total.text[vietnam.TCVN3], total.text[vietnam.VNI], total.text[vietnam.VIQR],
		total.rawWords, total.raw[vietnam.TCVN3], total.raw[vietnam.VNI], total.rawUnknown)
}

// readForeignWords reads the word lists of foreignWordLists into a set of
// their words, each also capitalised, for TestDetectHonestTies.
func readForeignWords(t *testing.T) map[string]bool {
	t.Helper()
	set := map[string]bool{}
	for _, l := range foreignWordLists {
		data, err := os.ReadFile("/usr/share/dict/" + l.file)
		require.NoError(t, err, "apt-get install w%s", l.file)
		for w := range strings.Lines(string(data)) {
			w = strings.TrimSpace(w)
			if w == "" {
				continue
			}
			r, n := utf8.DecodeRuneInString(w)
			set[w] = true
			set[string(unicode.ToUpper(r))+w[n:]] = true
		}
	}
	return set
}

// vietnameseLetters is the alphabet of Vietnamese, both cases: a text
// written only in these letters reads as Vietnamese, or as a loan or
// minority word, as it stands.
const vietnameseLetters = "abcdefghijklmnopqrstuvwxyzàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ" +
	"ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ"

// honestTie names why no reader could tell a sample of the two forms
// shown as Windows-1252 from the text as it stands or from another
// table, with the package's knowledge (the rules of the spelling and how
// common each syllable is), or "" when nothing does. foreign is the set
// of Debian's word lists, or nil.
func honestTie(s detectSample, foreign map[string]bool) string {
	text := norm.NFC.String(s.text)
	switch {
	case foreign[text]:
		// Valid Unicode and a word of another language: the foreign-text
		// rule keeps it ("rôle", "Caïn").
		return "a word of a foreign word list as it stands"
	case vietnam.WellFormedSyllable(strings.ToLower(text)):
		// The bytes are a syllable spelt by the rules as they stand
		// ("thôm" is VNI "thơm", "hã" TCVN3 "hó"): only how common each
		// is decides, and the table holds both alike or the text's more.
		return "a syllable spelt by the rules as it stands"
	case strings.Trim(text, vietnameseLetters) == "":
		// Vietnamese letters as it stands, a loan or minority word of
		// the same bytes ("nitô" is VNI "nitơ", "Jót" TCVN3 "Jút"):
		// nothing tells a loan word from a loan word.
		return "Vietnamese letters as it stands"
	}
	for _, e := range []vietnam.Encoding{vietnam.TCVN3, vietnam.VNI} {
		if e == s.enc {
			continue
		}
		if d := e.Decode(s.text); d != s.enc.Decode(s.text) && vietnam.WellFormedSyllable(strings.ToLower(d)) {
			// The other table reads a syllable spelt by the rules ("Chö"
			// is VNI "Chư" and TCVN3 "Chử").
			return "a syllable of the other table"
		}
	}
	if !vietnam.WellFormedSyllable(s.word) {
		// A loan or minority word, or a misspelt entry ("truờng",
		// "qùy"), whose reading as it stands has letters of other
		// languages after a vowel ("Paï", "Peû") or symbols ("may«").
		return ""
	}
	return ""
}

// TestDetectHonestTies counts, of the samples of TCVN3 and VNI shown as
// Windows-1252 that Detect does not answer right (and that are not
// ambiguous), those that are honest ties (honestTie), and so the share
// of right answers that any rule keeping valid foreign and Vietnamese
// text as it stands could reach. With -detect.wordlists, words of
// Debian's foreign word lists count too.
func TestDetectHonestTies(t *testing.T) {
	var foreign map[string]bool
	if *wordListsFlag {
		foreign = readForeignWords(t)
	}
	samples := detectSamples(t)
	type tally struct {
		all, right int
		ties       map[string]int
		open       []string
	}
	rows := map[string]*tally{}
	for _, s := range samples {
		if s.form != "Windows-1252" || s.ambiguous {
			continue
		}
		key := s.enc.String() + " " + s.form
		if rows[key] == nil {
			rows[key] = &tally{ties: map[string]int{}}
		}
		r := rows[key]
		r.all++
		got, _ := vietnam.Detect(s.text)
		if got != vietnam.EncodingUnknown && got.Decode(s.text) == s.enc.Decode(s.text) {
			r.right++
			continue
		}
		why := honestTie(s, foreign)
		if why == "" {
			r.open = append(r.open, fmt.Sprintf("%s %q → %v", s.word, s.text, got))
			continue
		}
		r.ties[why]++
	}
	for _, key := range slices.Sorted(maps.Keys(rows)) {
		r := rows[key]
		ties := 0
		for _, n := range r.ties {
			ties += n
		}
		t.Logf("%s: %d samples, %d right (%.2f%%), %d missed: %d honest ties %v, %d open; at most %.2f%% right",
			key, r.all, r.right, 100*float64(r.right)/float64(r.all), r.all-r.right, ties, r.ties, len(r.open),
			100*float64(r.all-ties)/float64(r.all))
		t.Logf("    open: %q", r.open)
	}
}
