package vietnam

import (
	"archive/zip"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"golang.org/x/text/unicode/norm"
)

// literatureSyllableFile counts the syllables of Vietnamese literature in
// the public domain (see literatureSyllableHeader): novels and stories of
// the 1930s and 1940s and older verse, everyday and rural words ("mợ",
// "phên", "chõng") that the laws, the Bible and the web lists lack or
// undercount. syllableCounts scales its counts by
// syllableLiteratureDivisor and leaves out its slips (literatureSlip).
const literatureSyllableFile = "testdata/literature_vi_syllables.txt"

// literatureCommit is the commit of github.com/khudocmo/khudocmo.github.io
// whose e-books literatureWorks names.
const literatureCommit = "286207b0e40212de83576988fd336d0752237a70"

// literatureWorks are the e-books of that commit counted (under
// tac-gia/), each by an author who died more than 50 years ago, so that
// the work is in the public domain in Vietnam (Law on Intellectual
// Property 2005, Article 27: 50 years after the author's death; the last
// co-author's for a joint work), written in Vietnamese by that author
// (or, for the verse of the 18th century, put into Vietnamese verse then).
// The repository's other books are left out: translations of Hán texts
// by translators of the 20th century whose death is not known (Thượng
// kinh ký sự, Hoàng Lê nhất thống chí, Truyền kỳ mạn lục, Bình Ngô đại
// cáo, Hịch tướng sĩ, Bạch Đằng giang phú, Nam quốc sơn hà), a
// translation from French (Bản án chế độ thực dân Pháp), a textbook one
// of whose co-authors' death is not known (Luân lý giáo khoa thư), and
// the .mobi and .prc files.
var literatureWorks = []struct {
	path, author string
	died         int
}{
	{"dang-tran-con/chinh-phu-ngam-khuc.epub", "Đặng Trần Côn, Vietnamese verse of Đoàn Thị Điểm", 1748},
	{"dang-tran-con/chinh-phu-ngam.epub", "Đặng Trần Côn, Vietnamese verse of Đoàn Thị Điểm", 1748},
	{"hoang-dao/bun-lay-nuoc-dong.epub", "Hoàng Đạo", 1948},
	{"hoang-dao/con-duong-sang.epub", "Hoàng Đạo", 1948},
	{"hoang-dao/truoc-vanh-mong-ngua.epub", "Hoàng Đạo", 1948},
	{"khai-hung/anh-phai-song.epub", "Khái Hưng and Nhất Linh", 1963},
	{"khai-hung/ban-khoan.epub", "Khái Hưng", 1947},
	{"khai-hung/dep.epub", "Khái Hưng", 1947},
	{"khai-hung/doi-mua-gio.epub", "Khái Hưng and Nhất Linh", 1963},
	{"khai-hung/gia-dinh.epub", "Khái Hưng", 1947},
	{"khai-hung/hanh.epub", "Khái Hưng", 1947},
	{"khai-hung/hon-buom-mo-tien.epub", "Khái Hưng", 1947},
	{"khai-hung/thua-tu.epub", "Khái Hưng", 1947},
	{"khai-hung/tieu-son-trang-si.epub", "Khái Hưng", 1947},
	{"khai-hung/trong-mai.epub", "Khái Hưng", 1947},
	{"nam-cao/bai-hoc-quet-nha.epub", "Nam Cao", 1951},
	{"nam-cao/cai-chet-cua-con-muc.epub", "Nam Cao", 1951},
	{"nam-cao/chi-pheo.epub", "Nam Cao", 1951},
	{"nam-cao/dieu-van.epub", "Nam Cao", 1951},
	{"nam-cao/doi-mat.epub", "Nam Cao", 1951},
	{"nam-cao/doi-thua.epub", "Nam Cao", 1951},
	{"nam-cao/lang-ran.epub", "Nam Cao", 1951},
	{"nam-cao/lao-hac.epub", "Nam Cao", 1951},
	{"nam-cao/mo-sam-banh.epub", "Nam Cao", 1951},
	{"nam-cao/mot-bua-no.epub", "Nam Cao", 1951},
	{"nam-cao/mot-chuyen-xuvonia.epub", "Nam Cao", 1951},
	{"nam-cao/mot-dam-cuoi.epub", "Nam Cao", 1951},
	{"nam-cao/ngheo.epub", "Nam Cao", 1951},
	{"nam-cao/song-mon.epub", "Nam Cao", 1951},
	{"nam-cao/trang-sang.epub", "Nam Cao", 1951},
	{"nam-cao/tu-ngay-me-chet.epub", "Nam Cao", 1951},
	{"ngo-tat-to/kinh-dich.epub", "Ngô Tất Tố (his translation and commentary)", 1954},
	{"ngo-tat-to/leu-chong.epub", "Ngô Tất Tố", 1954},
	{"ngo-tat-to/tat-den.epub", "Ngô Tất Tố", 1954},
	{"ngo-tat-to/viec-lang.epub", "Ngô Tất Tố", 1954},
	{"nguyen-dinh-chieu/duong-tu-ha-mau.epub", "Nguyễn Đình Chiểu", 1888},
	{"nguyen-dinh-chieu/luc-van-tien.epub", "Nguyễn Đình Chiểu", 1888},
	{"nguyen-dinh-chieu/ngu-tieu-y-thuat-van-dap.epub", "Nguyễn Đình Chiểu", 1888},
	{"nguyen-dinh-chieu/van-te-nghia-si-can-giuoc.epub", "Nguyễn Đình Chiểu", 1888},
	{"nguyen-du/truyen-kieu.epub", "Nguyễn Du", 1820},
	{"nguyen-du/van-te-thap-loai-chung-sinh.epub", "Nguyễn Du", 1820},
	{"nguyen-huy-tuong/an-tu.epub", "Nguyễn Huy Tưởng", 1960},
	{"nguyen-huy-tuong/dem-hoi-long-tri.epub", "Nguyễn Huy Tưởng", 1960},
	{"nguyen-huy-tuong/la-co-theu-sau-chu-vang.epub", "Nguyễn Huy Tưởng", 1960},
	{"nguyen-huy-tuong/luy-hoa.epub", "Nguyễn Huy Tưởng", 1960},
	{"nguyen-huy-tuong/song-mai-voi-thu-do.epub", "Nguyễn Huy Tưởng", 1960},
	{"nhat-linh/buom-trang.epub", "Nhất Linh", 1963},
	{"nhat-linh/doan-tuyet.epub", "Nhất Linh", 1963},
	{"nhat-linh/doi-ban.epub", "Nhất Linh", 1963},
	{"nhat-linh/ngheo.epub", "Nhất Linh", 1963},
	{"thach-lam/ha-noi-36-pho-phuong.epub", "Thạch Lam", 1942},
	{"thach-lam/nang-trong-vuon.epub", "Thạch Lam", 1942},
	{"thach-lam/soi-toc.epub", "Thạch Lam", 1942},
	{"tran-trong-kim/nho-giao.epub", "Trần Trọng Kim", 1953},
	{"tran-trong-kim/phat-luc.epub", "Trần Trọng Kim", 1953},
	{"tran-trong-kim/viet-nam-van-pham.epub", "Trần Trọng Kim, Bùi Kỷ and Phạm Duy Khiêm", 1974},
	{"tran-trong-kim/vuong-duong-minh.epub", "Trần Trọng Kim", 1953},
	{"vu-trong-phung/cam-bay-nguoi.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/com-thay-com-co.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/dut-tinh.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/giong-to.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/ky-nghe-lay-tay.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/lam-di.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/lay-nhau-vi-tinh.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/luc-xi.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/so-do.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/trung-so-doc-dac.epub", "Vũ Trọng Phụng", 1939},
	{"vu-trong-phung/vo-de.epub", "Vũ Trọng Phụng", 1939},
}

// literatureHeader heads literatureSyllableFile: its source, commit and
// terms. %d are the works, the syllables counted and the distinct ones.
const literatureHeader = `# Vietnamese syllables of Vietnamese literature in the public domain and
# how often each occurs, counted by TestWriteLiteratureSyllables from the
# e-books (EPUB) of %d works under tac-gia/ of
# github.com/khudocmo/khudocmo.github.io at commit
# ` + literatureCommit + `
# ("Khu đọc mở", a list of Vietnamese works in the public domain; the
# repository is released under the Unlicense): novels, stories and essays
# of Vũ Trọng Phụng (d. 1939), Thạch Lam (d. 1942), Khái Hưng (d. 1947),
# Hoàng Đạo (d. 1948), Nam Cao (d. 1951), Trần Trọng Kim (d. 1953), Ngô
# Tất Tố (d. 1954), Nguyễn Huy Tưởng (d. 1960), Nhất Linh (d. 1963), and
# the verse of Nguyễn Du, Nguyễn Đình Chiểu and Chinh phụ ngâm; the list
# of works and their authors' deaths is literatureWorks in
# syllable_literature_test.go. Vietnam protects a work 50 years after its
# author's death (Law on Intellectual Property 2005, Article 27), so each
# is in the public domain; only the counts are kept here, not the text.
# Left out: the pages an e-book's makers added (the pages that name a
# publisher, the e-book, its typist or proof-reader, or present the
# author or the work: literatureFrontMatter) and each page's notes from
# the first "Chú thích" or rule of dashes on (the notes of later
# editors). Ð (U+00D0), which some pages write for Đ, was read as Đ;
# words were split at what is not a letter or a hyphen and kept, in NFC,
# when written in small letters (not the names, nor the words that begin
# a sentence), with no hyphen and a well-formed Vietnamese syllable
# (strictSyllable): %d syllables, %d distinct.
# Rebuild with
# git -C khudocmo.github.io archive ` + literatureCommit + ` tac-gia | tar -x
# HOCVUSO_VI_LITERATURE=tac-gia \
#   go test -run TestWriteLiteratureSyllables ./vietnam
`

// literatureFrontMatter matches a page of an e-book that its makers
// added: the cover, the colophon (publisher, typist, proof-reader, the
// site it came from) and the presentations of the author or the work,
// which are not the author's text.
var literatureFrontMatter = regexp.MustCompile(`Nhà xuất bản|NXB|[Ee]book|[Đđ]ánh máy|[Ss]oát lỗi|TÁC GIẢ|GIỚI THIỆU|[Ll]ời giới thiệu|Nguồn:|[Ww]ikipedia|isach|vnthuquan`)

// literatureNotes matches where a page's notes begin: a heading "Chú
// thích" or a rule of dashes or underscores.
var literatureNotes = regexp.MustCompile(`(?i)chú thích|[-_–—]{5,}`)

var htmlTag = regexp.MustCompile(`(?s)<head.*?</head>|<[^>]*>`)

// epubPages returns the text of each page (.html, .xhtml, .htm) of the
// EPUB at path, tags removed and entities decoded, in the zip's order.
func epubPages(t *testing.T, path string) []string {
	t.Helper()
	z, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	var pages []string
	for _, f := range z.File {
		switch strings.ToLower(filepath.Ext(f.Name)) {
		case ".html", ".xhtml", ".htm":
		default:
			continue
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, html.UnescapeString(htmlTag.ReplaceAllString(string(data), " ")))
	}
	return pages
}

// countLiteraturePage adds to counts the syllables of one page of a work
// (see literatureHeader) and returns how many it added.
func countLiteraturePage(counts map[string]int, page string) int {
	if literatureFrontMatter.MatchString(page) {
		return 0
	}
	if loc := literatureNotes.FindStringIndex(page); loc != nil {
		page = page[:loc[0]]
	}
	return countSmallSyllables(counts, strings.NewReplacer("Ð", "Đ", "ð", "đ").Replace(norm.NFC.String(page)))
}

// countSmallSyllables adds to counts the words of text, split at what is
// not a letter or a hyphen, that are written in small letters (not names,
// nor words that begin a sentence), with no hyphen and a well-formed
// syllable (strictSyllable), and returns how many it added.
func countSmallSyllables(counts map[string]int, text string) int {
	n := 0
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w == strings.ToLower(w) && !strings.Contains(w, "-") && strictSyllable([]rune(w)) == wordGood {
			counts[w]++
			n++
		}
	}
	return n
}

// TestWriteLiteratureSyllables rebuilds literatureSyllableFile from the
// tac-gia directory of the commit literatureCommit that
// HOCVUSO_VI_LITERATURE names (see literatureHeader), and then
// syllable_table.go.
func TestWriteLiteratureSyllables(t *testing.T) {
	dir := os.Getenv("HOCVUSO_VI_LITERATURE")
	if dir == "" {
		t.Skip("HOCVUSO_VI_LITERATURE is not set")
	}
	counts, total := map[string]int{}, 0
	for _, w := range literatureWorks {
		n := 0
		for _, page := range epubPages(t, filepath.Join(dir, w.path)) {
			n += countLiteraturePage(counts, page)
		}
		t.Logf("%s: %d syllables", w.path, n)
		total += n
	}
	writeSyllableCounts(t, literatureSyllableFile, fmt.Sprintf(literatureHeader, len(literatureWorks), total, len(counts)), counts)
}

// syllableLiteratureDivisor scales the counts of literatureSyllableFile
// as syllableBibleDivisor does the Bible's: a syllable's count is the
// larger of its count there and its count in the literature divided by
// this, rounded down; one the literature has fewer times and no other
// source has is known, not counted (syllableKnownClass, as Unihan's
// readings). The literature (2.2×10⁶ syllables) is 22 times as long as
// the sentences and names. Measured by TestDetectSingleWords: rounded up,
// as the Bible's are, a syllable the literature has once or twice (most
// of them a typist's slips: "khú", "hoái", "trõng") was as common as
// one the sentences have twenty times, and 227 answers that were right
// became Unknown ("khó", "phút", "giỏi" in running text: 99.89% right for
// Unicode, where it was 99.97); 30 made the same answers on the words
// that are not ambiguous and 0.3 point more of the ambiguous ones wrong.
const syllableLiteratureDivisor = 100

// literatureMinCount is the fewest times a syllable of
// literatureSyllableFile must occur there to count at all: a syllable
// seen once there is as often a typist's slip as a word. Measured by
// TestDetectSingleWords: 1 made 0.03-0.06 point fewer answers right on
// the words that are not ambiguous and 1-1.8 points fewer of the
// ambiguous ones wrong (58 more Unknown, 17 more wrong); 3 made 0.01-0.05
// point fewer right and 0.3-0.6 point more of the ambiguous words wrong.
const literatureMinCount = 2

// literatureSlipRatio: a syllable of literatureSyllableFile whose
// spelling with đ for its d, or with the other of hỏi and ngã, occurs
// this many times as often there is a slip of the typist ("dời" 76
// times for "đời", "sẻ" 59 for "sẽ", "chổ" 24 for "chỗ") and is not
// counted (literatureSlip), as the Bible's slips are not (bibleSlipRatio).
const literatureSlipRatio = 50

// literatureSlip tells whether w, seen n times in lit, is a slip: a
// spelling of it with đ for its first d, or with ngã for its hỏi or hỏi
// for its ngã, occurs literatureSlipRatio times as often.
func literatureSlip(lit map[string]int, w string, n int) bool {
	var variants []string
	if rest, ok := strings.CutPrefix(w, "d"); ok {
		variants = append(variants, "đ"+rest)
	}
	d := norm.NFD.String(w)
	switch {
	case strings.Contains(d, "\u0309"):
		variants = append(variants, norm.NFC.String(strings.Replace(d, "\u0309", "\u0303", 1)))
	case strings.Contains(d, "\u0303"):
		variants = append(variants, norm.NFC.String(strings.Replace(d, "\u0303", "\u0309", 1)))
	}
	for _, v := range variants {
		if lit[v] >= literatureSlipRatio*n {
			return true
		}
	}
	return false
}

// TestLiteratureSyllablesInTable: the everyday words the literature
// brings are in the table, seen (a class above syllableKnownClass) or
// known; a syllable it has once (a typist's slip) and its slips of hỏi
// for ngã are not.
func TestLiteratureSyllablesInTable(t *testing.T) {
	for _, tc := range []struct {
		syllable string
		in, seen bool
	}{
		{"mợ", true, true},      // a maternal uncle's wife: 333 times
		{"phên", true, false},   // a bamboo screen: 38 times, known
		{"lườm", true, false},   // to glare
		{"trõng", false, false}, // once, a slip
		{"hoái", false, false},  // once, a slip
		{"khẻ", false, false},   // a slip for "khẽ": 7 times, "khẽ" 481
	} {
		class, ok := syllableClasses()[tc.syllable]
		assert.Equal(t, tc.in, ok, tc.syllable)
		if tc.seen {
			assert.Greater(t, class, uint8(syllableKnownClass), tc.syllable)
		} else if tc.in {
			assert.Equal(t, uint8(syllableKnownClass), class, tc.syllable)
		}
	}
}

// TestLiteratureSlip: a syllable is a slip of the literature's typists
// when its spelling with đ, or with the other of hỏi and ngã, is
// literatureSlipRatio times as common there; not when it is common
// itself, nor when no such spelling is.
func TestLiteratureSlip(t *testing.T) {
	lit := map[string]int{"đời": 5000, "dời": 76, "sẽ": 3000, "sẻ": 59, "chỗ": 1300, "chổ": 24, "dì": 400, "đì": 3, "ngã": 100, "ngả": 60}
	for _, tc := range []struct {
		w    string
		slip bool
	}{
		{"dời", true}, {"sẻ", true}, {"chổ", true},
		{"đời", false}, {"sẽ", false}, {"chỗ", false},
		{"dì", false},                  // "đì" is rarer
		{"ngả", false}, {"ngã", false}, // both words
		{"mợ", false}, // no other spelling
	} {
		assert.Equal(t, tc.slip, literatureSlip(lit, tc.w, max(lit[tc.w], 1)), tc.w)
	}
}
