package training_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"golang.org/x/text/encoding/charmap"

	"github.com/hocvuso/hocvuso/training"
	"github.com/hocvuso/hocvuso/vietnam"
	"github.com/hocvuso/hocvuso/vietnam/admin"
)

// asTyped is text typed in a legacy font encoding as a data officer's
// spreadsheet shows it: the encoding's bytes read as Windows-1252. Unicode
// is the text as it stands.
func asTyped(t *testing.T, enc vietnam.Encoding, s string) string {
	t.Helper()
	if enc == vietnam.Unicode {
		return s
	}
	raw, err := enc.Encode(s)
	require.NoError(t, err, s)
	w, err := charmap.Windows1252.NewDecoder().String(raw)
	require.NoError(t, err, s)
	return w
}

// legacyRow is a roster row typed by hand: the name and address as meant,
// the encoding they were typed in, and, for rows copied from real files,
// the cells as the spreadsheet showed them.
type legacyRow struct {
	enc           vietnam.Encoding
	name, address string
	shown         [2]string // name and address as shown, when copied from a file
	foreign       bool      // not Vietnamese: kept as it stands
}

// TestLegacyRowsAsFound: the cells copied from real files are what the
// package's encoders write for the same text, so the rows made with them
// are as the world types them.
func TestLegacyRowsAsFound(t *testing.T) {
	for _, r := range legacyRows {
		if r.shown != [2]string{} {
			assert.Equal(t, r.shown, [2]string{asTyped(t, r.enc, r.name), asTyped(t, r.enc, r.address)}, "%v %s", r.enc, r.name)
		}
	}
}

func (r legacyRow) cells(t *testing.T) [2]string {
	if r.shown != [2]string{} {
		return r.shown
	}
	return [2]string{asTyped(t, r.enc, r.name), asTyped(t, r.enc, r.address)}
}

var legacyRows = []legacyRow{
	// As found in a roster of Đắk Nông: the name alone was not sent to
	// the detector ("eã" is VNI's ễ), and the address alone reads as VNI
	// with confidence 0.40 (Đắk and R'Tíh are not syllables of the
	// national language).
	{enc: vietnam.VNI, name: "Nguyễn Minh Loan", address: "Đắk R'Tíh, Tuy Đức, Đắk Nông",
		shown: [2]string{"Nguyeãn Minh Loan", "Ñaék R'Tíh, Tuy Ñöùc, Ñaék Noâng"}},
	{enc: vietnam.TCVN3, name: "Nguyễn Minh Loan", address: "Đắk R'Tíh, Tuy Đức, Đắk Nông",
		shown: [2]string{"NguyÔn Minh Loan", "§¾k R'TÝh, Tuy §øc, §¾k N«ng"}},
	// Neither cell is convincing alone: "Phöôùc" has letters of other
	// alphabets as it stands, the address minority words; together they
	// are VNI.
	{enc: vietnam.VNI, name: "Ksor Y Phước", address: "Đắk R'Tíh, Tuy Đức, Đắk Nông"},
	{enc: vietnam.TCVN3, name: "Ksor Y Phước", address: "Đắk R'Tíh, Tuy Đức, Đắk Nông"},
	{enc: vietnam.VNI, name: "Lê Văn Tám", address: "Thôn 3, xã Quảng Tín, huyện Đắk R'Lấp, tỉnh Đắk Nông"},
	{enc: vietnam.VNI, name: "Y Thông", address: "Buôn Đôn, Đắk Lắk"},
	{enc: vietnam.TCVN3, name: "Đinh Thị Bé", address: "Đam Rông, Lâm Đồng"},
	{enc: vietnam.VNI, name: "Hà Thị Xuân", address: "Phường Lái Thiêu, TP. Thuận An, Bình Dương"},
	{enc: vietnam.TCVN3, name: "Bế Văn Tú", address: "Xã Tân Định, huyện Bắc Tân Uyên, tỉnh Bình Dương"},
	// Unicode, Vietnamese or not, is never decoded.
	{enc: vietnam.Unicode, name: "Nguyễn Minh Loan", address: "Đắk R'Tíh, Tuy Đức, Đắk Nông"},
	{enc: vietnam.Unicode, name: "Lê Thị Hoà", address: "Khu phố Quá Giang, phường Giàu Có"},
	{enc: vietnam.Unicode, name: "Hans Müller", address: "Où est la gare?", foreign: true},
	{enc: vietnam.Unicode, name: "José Peña", address: "São Paulo", foreign: true},
	{enc: vietnam.Unicode, name: "Françoise Lefèvre", address: "Crème brûlée, Zoë", foreign: true},
}

// TestImportLegacyRow: a row typed in VNI or TCVN3 imports as the same
// row typed in Unicode, its address found in the same commune, with one
// encoding fix a cell; a row in Unicode is left as it stands.
func TestImportLegacyRow(t *testing.T) {
	opts := training.ImportOptions{Resolver: admin.NewResolver(admin.Embedded())}
	for _, r := range legacyRows {
		cells := r.cells(t)
		t.Run(r.enc.String()+" "+cells[0], func(t *testing.T) {
			got, rep, err := importString(t, "Họ tên,Địa chỉ\n"+csvLine(cells[0], cells[1]), opts)
			require.NoError(t, err)
			require.Len(t, got, 1, "rejected: %v", rep.Rejected)
			want, _, err := importString(t, "Họ tên,Địa chỉ\n"+csvLine(r.name, r.address), opts)
			require.NoError(t, err)
			require.Len(t, want, 1)
			if diff := cmp.Diff(want[0].Learner, got[0].Learner, equateValues); diff != "" {
				t.Errorf("learner (-typed in Unicode +typed in %v)\n%s", r.enc, diff)
			}
			assert.Equal(t, want[0].Written, got[0].Written)
			if !r.foreign {
				assert.Equal(t, r.address, got[0].Learner.Address)
			}
			var fixes []training.Fix
			for _, f := range got[0].Fixes {
				if f.Kind == training.FixEncoding {
					fixes = append(fixes, f)
				}
			}
			var wantFixes []training.Fix
			if r.enc != vietnam.Unicode {
				wantFixes = []training.Fix{
					{Kind: training.FixEncoding, Column: "Họ tên", From: cells[0], To: r.name},
					{Kind: training.FixEncoding, Column: "Địa chỉ", From: cells[1], To: r.address},
				}
			}
			assert.Equal(t, wantFixes, fixes)
		})
	}
}

// TestImportLegacyRowsInFile: in a file where only some rows were typed
// in a legacy encoding, each row is decided on its own: the legacy rows
// are decoded, the Unicode ones kept, in any order.
func TestImportLegacyRowsInFile(t *testing.T) {
	var file, unicode strings.Builder
	file.WriteString("STT,Họ tên,Địa chỉ,Đối tượng\n")
	unicode.WriteString("STT,Họ tên,Địa chỉ,Đối tượng\n")
	legacy := 0
	for i, r := range legacyRows {
		cells := r.cells(t)
		group := "Người cao tuổi"
		if r.enc != vietnam.Unicode {
			group = asTyped(t, r.enc, "Người cao tuổi")
			legacy++
		}
		file.WriteString(strings.Join([]string{string(rune('1' + i)), csvLine(cells[0], cells[1], group)}, ","))
		unicode.WriteString(strings.Join([]string{string(rune('1' + i)), csvLine(r.name, r.address, "Người cao tuổi")}, ","))
	}
	// A legacy row whose group was picked from a list typed in Unicode:
	// that cell is kept, the others decoded.
	file.WriteString("99," + csvLine(asTyped(t, vietnam.VNI, "Trần Văn Hùng"), asTyped(t, vietnam.VNI, "Buôn Đôn, Đắk Lắk"), "Người cao tuổi"))
	unicode.WriteString("99," + csvLine("Trần Văn Hùng", "Buôn Đôn, Đắk Lắk", "Người cao tuổi"))
	legacy++
	// The same where neither cell alone is convincing: the row's reading
	// leaves the Unicode cell out, which no legacy reading could have.
	file.WriteString("98," + csvLine(asTyped(t, vietnam.VNI, "Ksor Y Phước"), asTyped(t, vietnam.VNI, "Đắk R'Tíh, Tuy Đức, Đắk Nông"), "Người cao tuổi"))
	unicode.WriteString("98," + csvLine("Ksor Y Phước", "Đắk R'Tíh, Tuy Đức, Đắk Nông", "Người cao tuổi"))
	legacy++
	got, rep, err := importString(t, file.String(), training.ImportOptions{})
	require.NoError(t, err)
	require.Empty(t, rep.Rejected)
	want, _, err := importString(t, unicode.String(), training.ImportOptions{})
	require.NoError(t, err)
	require.Len(t, got, len(legacyRows)+2)
	for i := range got {
		if diff := cmp.Diff(want[i].Learner, got[i].Learner, equateValues); diff != "" {
			t.Errorf("row %d (-typed in Unicode +as typed)\n%s", got[i].Row, diff)
		}
	}
	assert.Equal(t, 3*legacy-2, rep.Fixes[training.FixEncoding], "name, address and group of each legacy row, but the Unicode groups")
}

// csvLine quotes each cell and ends the line.
func csvLine(cells ...string) string {
	for i, c := range cells {
		cells[i] = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
	}
	return strings.Join(cells, ",") + "\n"
}
